#include "engine/send/sendplaybook.h"

#include "engine/cloudapi/cloudapi.h"
#include "models/ledger/failurecatalogue.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <algorithm>

SendResult SendResult::fromHttp(int httpStatus, const QByteArray &body)
{
    SendResult r;
    r.httpStatus = httpStatus;
    QJsonParseError parseError{};
    const QJsonObject object = QJsonDocument::fromJson(body, &parseError).object();
    if (httpStatus >= 200 && httpStatus < 300) {
        const CloudApi::SendAnswer answer = CloudApi::sendAnswer(object);
        r.wamid = answer.wamid;
        if (parseError.error != QJsonParseError::NoError || r.wamid.isEmpty()) {
            r.kind = Kind::Malformed;
            r.title = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                    : QStringLiteral("no messages[0].id");
            return r;
        }
        r.kind = Kind::Accepted;
        r.waId = answer.waId;
        r.held = answer.held;
        return r;
    }
    if (const auto error = CloudApi::errorEnvelope(object); error && error->hasCode) {
        r.kind = Kind::ApiError;
        r.code = error->code;
        r.title = error->title();
        r.details = error->details;
        r.fbtraceId = error->fbtraceId;
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
    // The code's record in the failure catalogue decides; nothing else here names a code.
    switch (FailureCatalogue::policy(code).onSend) {
    case FailureCatalogue::OnSend::Throttle:
        return Action::Throttle;
    case FailureCatalogue::OnSend::PairBackoff:
        return Action::PairBackoff;
    case FailureCatalogue::OnSend::PauseRun:
        return Action::PauseRun;
    case FailureCatalogue::OnSend::StopRun:
        return Action::StopRun;
    case FailureCatalogue::OnSend::Backoff:
        return Action::Retry;
    case FailureCatalogue::OnSend::Fail:
        break;
    }
    // 131026, 131050, 130472, 131049, other 132xxx, 100…: never retried. A code that came with a 5xx is the
    // server's trouble, not the recipient's.
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
        action = actionForCode(FailureCatalogue::kNetworkError, 0);   // nothing left: transient
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
