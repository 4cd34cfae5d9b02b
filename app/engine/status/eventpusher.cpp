#include "engine/status/eventpusher.h"

#include "engine/cloudapi/tokenrequest.h"
#include "models/core/clock.h"
#include "models/storage/workspace.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

Q_LOGGING_CATEGORY(lcEventPusher, "herald.events", QtInfoMsg)

EventPusher::EventPusher(QObject *parent)
    : QObject(parent)
{
}

EventPusher::~EventPusher()
{
    if (m_reply)
        m_reply->abort();
}

QUrl EventPusher::endpoint(const QString &relayUrl)
{
    QUrl url(relayUrl.trimmed());
    url = url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    url.setPath(url.path() + QStringLiteral("/v1/business-events"));
    return url;
}

QByteArray EventPusher::requestBody(const BusinessEvent &event)
{
    QJsonObject o{{QStringLiteral("event"), event.name}, {QStringLiteral("phone"), event.phone},
                  {QStringLiteral("data"), event.data}};
    if (event.occurredAtMs > 0)
        o.insert(QStringLiteral("occurred_at"), event.occurredAtMs);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

EventPusher::Result EventPusher::recordLocally(Workspace &workspace, const Account &account, BusinessEvent event)
{
    Result r;
    if (const QString problem = BusinessEventStore::nameProblem(event.name); !problem.isEmpty()) {
        r.outcome = Outcome::Invalid;
        r.field = QStringLiteral("event");
        r.message = problem;
        return r;
    }
    const qint64 now = Clock::nowMs();
    event.accountId = account.id;
    event.relayCursor = 0;
    event.receivedAtMs = now;
    if (event.occurredAtMs <= 0)
        event.occurredAtMs = now;
    QString error;
    const auto id = BusinessEventStore(workspace.database()).insert(event, &error);
    if (!id) {
        r.outcome = Outcome::DatabaseError;
        r.message = tr("Cannot record the event in the workspace: %1").arg(error);
        return r;
    }
    r.outcome = Outcome::Stored;
    r.id = *id;
    return r;
}

void EventPusher::push(const QString &relayUrl, const QString &ingestToken, const BusinessEvent &event)
{
    if (!m_nam)
        m_nam = std::make_unique<QNetworkAccessManager>();
    m_url = endpoint(relayUrl);
    QNetworkRequest request = TokenRequest::build(m_url, ingestToken, m_timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    m_reply = m_nam->post(request, requestBody(event));
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void EventPusher::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    Result r;
    r.viaRelay = true;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QString where = m_url.adjusted(QUrl::RemovePath | QUrl::RemoveUserInfo).toString(); // never a password
    if (const auto redirect = TokenRequest::redirectOf(reply)) {
        r.outcome = Outcome::RelayError;
        r.message = TokenRequest::redirectError(*redirect);
    } else if (r.httpStatus == 0) {
        r.outcome = Outcome::Unreachable;
        r.message = reply->error() == QNetworkReply::OperationCanceledError
            ? tr("The relay at %1 did not answer within %2 seconds.").arg(where).arg(m_timeoutMs / 1000)
            : tr("Cannot reach the relay at %1: %2").arg(where, reply->errorString());
    } else if (r.httpStatus == 200) {
        r.cursor = json.value(QLatin1String("cursor")).toInteger();
        if (json.value(QLatin1String("status")).toString() == QLatin1String("stored") && r.cursor > 0) {
            r.outcome = Outcome::Stored;
        } else {
            r.outcome = Outcome::RelayError;
            r.message = tr("The relay at %1 answered without storing the event.").arg(where);
        }
    } else if (r.httpStatus == 401 || r.httpStatus == 403) {
        r.outcome = Outcome::Unauthorized;
        r.message = tr("The ingest token was refused; set it with herald-cli account set-secret relay-ingest-token");
    } else if (r.httpStatus == 400) {
        r.outcome = Outcome::Invalid;
        r.field = json.value(QLatin1String("field")).toString();
        r.message = tr("The relay refused the event: %1").arg(json.value(QLatin1String("error")).toString());
    } else {
        r.outcome = Outcome::RelayError;
        const QString reason = json.value(QLatin1String("error")).toString();
        r.message = tr("The relay at %1 answered HTTP %2%3")
                        .arg(where)
                        .arg(r.httpStatus)
                        .arg(reason.isEmpty() ? QString() : QStringLiteral(": ") + reason);
    }
    qCDebug(lcEventPusher) << "business event push finished" << r.outcome << r.httpStatus;
    Q_EMIT finished(r);
}
