#include "engine/cloudapi/templatesync.h"

#include "engine/sandbox/accountendpoint.h"
#include "models/storage/workspace.h"

#include <QJsonArray>
#include <QTimer>

namespace {
constexpr int kMaxPages = 10000;
}

TemplateSync::TemplateSync(Workspace &workspace, const Account &account, const QString &accessToken, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_account(effectiveAccount(account))
    , m_client(m_account, effectiveAccessToken(account, accessToken))
{
    m_client.setParent(this);
}

QString TemplateSync::fields()
{
    return QStringLiteral("id,name,language,status,category,components,parameter_format,quality_score,rejected_reason");
}

QList<MessageTemplate> TemplateSync::parsePage(const QJsonObject &page)
{
    QList<MessageTemplate> result;
    for (const QJsonValue &v : page.value(QStringLiteral("data")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("name")).toString().isEmpty() || o.value(QStringLiteral("language")).toString().isEmpty())
            continue;   // not a template we could ever address
        result.append(MessageTemplate::fromGraphJson(o));
    }
    return result;
}

void TemplateSync::start()
{
    m_fetched.clear();
    m_seenPages.clear();
    m_pages = 0;
    if (m_account.wabaId.isEmpty())
        return fail(tr("The account “%1” has no WhatsApp Business Account ID; set it first (account set --waba-id).")
                        .arg(m_account.name));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fields"), fields());
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    fetch(m_client.url(m_account.wabaId + QStringLiteral("/message_templates"), query));
}

void TemplateSync::fetch(const QUrl &url)
{
    m_client.get(url, [this](const QJsonObject &body, const GraphError &error) {
        if (!error.ok())
            return fail(tr("Template sync stopped after %n page(s): %1", nullptr, m_pages).arg(error.describe()), error);
        if (!body.value(QStringLiteral("data")).isArray())
            return fail(tr("The Graph API's answer has no template list (“data”)."));
        ++m_pages;
        m_fetched += parsePage(body);
        Q_EMIT progress(m_pages, int(m_fetched.size()));
        const QString next = body.value(QStringLiteral("paging")).toObject().value(QStringLiteral("next")).toString();
        if (next.isEmpty())
            return apply();
        const QUrl nextUrl(next);
        if (!m_client.isSameOrigin(nextUrl))
            return fail(tr("The Graph API pointed the next page at another host (%1); Herald does not send the token "
                           "there.")
                            .arg(nextUrl.host()));
        if (m_seenPages.contains(next) || m_pages >= kMaxPages)
            return fail(tr("The Graph API's paging does not end (page %1 repeats).").arg(m_pages));
        m_seenPages.insert(next);
        fetch(nextUrl);
    });
}

void TemplateSync::fail(const QString &message, const GraphError &error)
{
    TemplateSyncResult r;
    r.error = message;
    r.graphError = error;
    r.pages = m_pages;
    QTimer::singleShot(0, this, [this, r] { Q_EMIT finished(r); });
}

void TemplateSync::apply()
{
    TemplateSyncResult r;
    r.pages = m_pages;
    QString error;
    const auto counts = TemplateStore(m_workspace.database()).applySync(m_account.id, m_fetched, &error);
    if (!counts) {
        r.error = tr("The templates could not be saved: %1").arg(error);
    } else {
        r.ok = true;
        r.counts = *counts;
    }
    Q_EMIT finished(r);
}
