#include "engine/cloudapi/cloudapi.h"

#include "engine/cloudapi/tokenrequest.h"
#include "models/accounts/account.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace {

QByteArray jsonString(const QString &s)
{
    // A one-element array serialises the string with JSON escaping; strip the brackets.
    QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

int defaultPort(const QUrl &url)
{
    return url.scheme() == QLatin1String("https") ? 443 : 80;
}

} // namespace

QUrl CloudApi::url(const Account &account, const QString &path, const QUrlQuery &query)
{
    QUrl u(account.graphUrl);
    QString base = u.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    u.setPath(base + QLatin1Char('/') + account.apiVersion + QLatin1Char('/') + path);
    u.setQuery(query);
    return u;
}

QUrl CloudApi::messagesUrl(const Account &account)
{
    return url(account, account.phoneNumberId + QStringLiteral("/messages"));
}

bool CloudApi::isSameOrigin(const Account &account, const QUrl &url)
{
    const QUrl base(account.graphUrl);
    return url.scheme() == base.scheme() && url.host().compare(base.host(), Qt::CaseInsensitive) == 0
        && url.port(defaultPort(base)) == base.port(defaultPort(base));
}

QNetworkRequest CloudApi::request(const QUrl &url, const QString &accessToken, int timeoutMs)
{
    return TokenRequest::build(url, accessToken, timeoutMs);
}

QNetworkRequest CloudApi::jsonRequest(const QUrl &url, const QString &accessToken, int timeoutMs)
{
    QNetworkRequest r = request(url, accessToken, timeoutMs);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return r;
}

QByteArray CloudApi::componentsJson(const QJsonArray &components)
{
    return QJsonDocument(components).toJson(QJsonDocument::Compact);
}

QByteArray CloudApi::messageBody(const TemplateMessage &m, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc
        = QJsonDocument::fromJson(m.components.isEmpty() ? QByteArray("[]") : m.components, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
        if (error)
            *error = tr("The frozen message content of this recipient is damaged (%1).")
                         .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                            : tr("not a JSON array"));
        return {};
    }
    const QString to = m.to.startsWith(QLatin1Char('+')) ? m.to : QLatin1Char('+') + m.to;
    QByteArray body;
    body.reserve(256 + m.components.size());
    body += R"({"messaging_product":"whatsapp","recipient_type":"individual","to":)";
    body += jsonString(to);
    body += R"(,"type":"template","biz_opaque_callback_data":)";
    body += jsonString(m.callbackData);
    body += R"(,"template":{"name":)";
    body += jsonString(m.templateName);
    body += R"(,"language":{"code":)";
    body += jsonString(m.language);
    body += R"(},"components":)";
    body += doc.toJson(QJsonDocument::Compact);
    body += "}}";
    return body;
}

CloudApi::SendAnswer CloudApi::sendAnswer(const QJsonObject &body)
{
    const auto first = [&body](const char *list) {
        return body.value(QLatin1String(list)).toArray().first().toObject();
    };
    const QJsonObject message = first("messages");
    SendAnswer a;
    a.wamid = message.value(QLatin1String("id")).toString();
    a.waId = first("contacts").value(QLatin1String("wa_id")).toString();
    a.held = message.value(QLatin1String("message_status")).toString() == QLatin1String("held_for_quality_assessment");
    return a;
}

QString CloudApi::ErrorEnvelope::title() const
{
    // Meta puts "(#131026) " before the title in error.message.
    static const QRegularExpression prefix(QStringLiteral("^\\(#\\d+\\)\\s*"));
    QString t = message;
    t.remove(prefix);
    return t;
}

std::optional<CloudApi::ErrorEnvelope> CloudApi::errorEnvelope(const QJsonObject &body)
{
    const QJsonObject error = body.value(QLatin1String("error")).toObject();
    if (error.isEmpty())
        return std::nullopt;
    ErrorEnvelope e;
    e.hasCode = error.contains(QLatin1String("code"));
    e.code = error.value(QLatin1String("code")).toInt();
    e.subcode = error.value(QLatin1String("error_subcode")).toInt();
    e.type = error.value(QLatin1String("type")).toString();
    e.message = error.value(QLatin1String("message")).toString();
    e.details = error.value(QLatin1String("error_data")).toObject().value(QLatin1String("details")).toString();
    e.fbtraceId = error.value(QLatin1String("fbtrace_id")).toString();
    return e;
}
