#include "sendplaybook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <algorithm>

namespace {

bool isTransientCode(int code)
{
    switch (code) {
    case 1:        // API unknown
    case 2:        // API service (downtime/overload)
    case 131000:   // something went wrong
    case 131016:   // service unavailable
    case 133004:   // server temporarily unavailable
    case 131057:   // account in maintenance mode (throughput upgrade)
        return true;
    default:
        return false;
    }
}

// Codes that no other recipient can get past: stop the run (issue 4's list, plus the rest of §3.5 and
// 133010 from §9, which fail every message the same way).
bool isAccountCode(int code)
{
    switch (code) {
    case 0:        // AuthException
    case 190:      // access token expired
    case 10:       // permission denied
    case 368:      // temporarily blocked for policy violations
    case 131031:   // account locked
    case 131042:   // payment issue
    case 131048:   // spam rate limit
    case 3:        // API method / capability
    case 33:       // business phone number deleted
    case 131005:   // access denied
    case 131037:   // display name needs approval
    case 131045:   // incorrect certificate
    case 133010:   // our business number is not registered
        return true;
    default:
        return code >= 200 && code <= 299;   // API permission
    }
}

// Meta puts "(#131026) " before the title in error.message.
QString titleOf(const QString &message)
{
    static const QRegularExpression prefix(QStringLiteral("^\\(#\\d+\\)\\s*"));
    QString title = message;
    title.remove(prefix);
    return title;
}

QByteArray jsonString(const QString &s)
{
    // A one-element array serialises the string with JSON escaping; strip the brackets.
    QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

} // namespace

SendResult SendResult::fromHttp(int httpStatus, const QByteArray &body)
{
    SendResult r;
    r.httpStatus = httpStatus;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject object = doc.object();
    if (httpStatus >= 200 && httpStatus < 300) {
        const QJsonObject message = object.value(QLatin1String("messages")).toArray().first().toObject();
        r.wamid = message.value(QLatin1String("id")).toString();
        if (parseError.error != QJsonParseError::NoError || r.wamid.isEmpty()) {
            r.kind = Kind::Malformed;
            r.title = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                    : QStringLiteral("no messages[0].id");
            return r;
        }
        r.kind = Kind::Accepted;
        r.waId = object.value(QLatin1String("contacts")).toArray().first().toObject().value(QLatin1String("wa_id"))
                     .toString();
        r.held = message.value(QLatin1String("message_status")).toString()
            == QLatin1String("held_for_quality_assessment");
        return r;
    }
    const QJsonObject error = object.value(QLatin1String("error")).toObject();
    if (!error.isEmpty() && error.contains(QLatin1String("code"))) {
        r.kind = Kind::ApiError;
        r.code = error.value(QLatin1String("code")).toInt();
        r.title = titleOf(error.value(QLatin1String("message")).toString());
        r.details = error.value(QLatin1String("error_data")).toObject().value(QLatin1String("details")).toString();
        r.fbtraceId = error.value(QLatin1String("fbtrace_id")).toString();
        return r;
    }
    r.kind = Kind::HttpError;
    r.title = QStringLiteral("HTTP %1").arg(httpStatus);
    return r;
}

SendResult SendResult::fromReply(QNetworkReply *reply, bool written)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status > 0)
        return fromHttp(status, reply->readAll());
    SendResult r;
    r.title = reply->errorString();
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        r.kind = Kind::NotSent;   // no connection, so no request
        break;
    default:
        // Timeout, connection closed or reset: harmless only if the request never left.
        r.kind = written ? Kind::NoAnswer : Kind::NotSent;
        break;
    }
    return r;
}

SendPlaybook::SendPlaybook(const SendOptions &options)
    : m_options(options)
{
}

SendPlaybook::Action SendPlaybook::actionForCode(int code, int httpStatus)
{
    if (code == 130429 || code == 4 || code == 80007)
        return Action::Throttle;
    if (code == 131056)
        return Action::PairBackoff;
    if (code == 132015 || code == 132016)
        return Action::PauseRun;
    if (isAccountCode(code))
        return Action::StopRun;
    if (isTransientCode(code))
        return Action::Retry;
    // 131026, 131050, 130472, 131049, other 132xxx, 100…: never retried. An unknown code that came with a
    // 5xx is the server's trouble, not the recipient's.
    return httpStatus >= 500 ? Action::Retry : Action::Fail;
}

QString SendPlaybook::actionName(Action a)
{
    switch (a) {
    case Action::Accept:
        return QStringLiteral("accept");
    case Action::Retry:
        return QStringLiteral("retry");
    case Action::Throttle:
        return QStringLiteral("throttle");
    case Action::PairBackoff:
        return QStringLiteral("pair-backoff");
    case Action::Fail:
        return QStringLiteral("fail");
    case Action::Uncertain:
        return QStringLiteral("uncertain");
    case Action::StopRun:
        return QStringLiteral("stop-run");
    case Action::PauseRun:
        return QStringLiteral("pause-run");
    }
    return {};
}

qint64 SendPlaybook::retryDelayMs(int attempts) const
{
    const int exponent = std::clamp(attempts - 1, 0, 20);
    const qint64 full = std::min<qint64>(qint64(m_options.retryBaseMs) << exponent, m_options.retryMaxMs);
    return full / 2 + qint64(QRandomGenerator::global()->bounded(double(full / 2 + 1)));
}

qint64 SendPlaybook::pairDelayMs(int backoffCount) const
{
    qint64 delay = m_options.pairBaseMs;
    for (int i = 0; i < backoffCount; ++i)
        delay *= 4;
    return delay;
}

SendPlaybook::Decision SendPlaybook::decide(const SendResult &r, int attempts, int backoffCount) const
{
    Decision d;
    d.failure.code = r.code;
    d.failure.title = r.title;
    d.failure.details = r.details;
    d.failure.hasCode = r.kind == SendResult::Kind::ApiError;
    Action action = Action::Fail;
    switch (r.kind) {
    case SendResult::Kind::Accepted:
        d.action = Action::Accept;
        return d;
    case SendResult::Kind::NoAnswer:
    case SendResult::Kind::Malformed:
        d.action = Action::Uncertain;
        return d;
    case SendResult::Kind::NotSent:
        action = Action::Retry;
        break;
    case SendResult::Kind::HttpError:
        action = r.httpStatus >= 500 ? Action::Retry : (r.httpStatus == 429 ? Action::Throttle : Action::Fail);
        break;
    case SendResult::Kind::ApiError:
        action = actionForCode(r.code, r.httpStatus);
        break;
    }
    const QString codeText = d.failure.hasCode ? QString::number(r.code) : r.title;
    switch (action) {
    case Action::Retry:
        if (attempts >= m_options.maxAttempts)
            break;   // bounded: fail with this code
        d.action = Action::Retry;
        d.delayMs = retryDelayMs(attempts);
        d.reason = tr("Retrying after a temporary error (%1).").arg(codeText);
        return d;
    case Action::Throttle:
        if (attempts >= m_options.maxThrottledAttempts)
            break;
        d.action = Action::Throttle;
        d.delayMs = m_options.throttleRequeueMs;
        d.reason = tr("Meta's throughput limit was reached (%1); sending slower.").arg(codeText);
        return d;
    case Action::PairBackoff:
        if (backoffCount >= m_options.maxPairBackoffs)
            break;
        d.action = Action::PairBackoff;
        d.delayMs = pairDelayMs(backoffCount);
        d.reason = tr("Too many messages to this number (131056); waiting %n second(s).", nullptr,
                      int((d.delayMs + 999) / 1000));
        return d;
    case Action::StopRun:
        d.action = Action::StopRun;
        d.reason = tr("Meta refused the account (code %1: %2). The run was stopped; nothing more is sent until "
                      "the account is fixed and the run is started again.")
                       .arg(r.code)
                       .arg(r.title);
        return d;
    case Action::PauseRun:
        d.action = Action::PauseRun;
        d.reason = r.code == 132016
            ? tr("The template is disabled (code 132016: %1). The run was paused; use a new template.").arg(r.title)
            : tr("The template is paused for low quality (code 132015: %1). The run was paused; resume it when the "
                 "template is active again.")
                  .arg(r.title);
        return d;
    case Action::Accept:
    case Action::Fail:
    case Action::Uncertain:
        break;
    }
    d.action = Action::Fail;
    return d;
}

QByteArray SendPlaybook::messageBody(const QString &phone, qint64 recipientId, const QString &templateName,
                                     const QString &language, const QByteArray &components, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(components.isEmpty() ? QByteArray("[]") : components, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
        if (error)
            *error = tr("The frozen message content of this recipient is damaged (%1).")
                         .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                            : tr("not a JSON array"));
        return {};
    }
    // Always E.164 with '+': without it Meta would prefix the business number's country code.
    const QString to = phone.startsWith(QLatin1Char('+')) ? phone : QLatin1Char('+') + phone;
    QByteArray body;
    body.reserve(256 + components.size());
    body += R"({"messaging_product":"whatsapp","recipient_type":"individual","to":)";
    body += jsonString(to);
    body += R"(,"type":"template","biz_opaque_callback_data":)";
    body += jsonString(RecipientLedger::callbackData(recipientId));
    body += R"(,"template":{"name":)";
    body += jsonString(templateName);
    body += R"(,"language":{"code":)";
    body += jsonString(language);
    body += R"(},"components":)";
    body += doc.toJson(QJsonDocument::Compact);
    body += "}}";
    return body;
}
