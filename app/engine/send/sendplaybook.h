#pragma once

#include "engine/send/runprogress.h"
#include "engine/send/sendoptions.h"
#include "models/ledger/ledger.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QNetworkReply;

// What one send request came to, read from the HTTP answer (Cloud API §1.3/§1.4) or the network error.
struct SendResult
{
    enum class Kind {
        Accepted,    // HTTP 2xx with messages[0].id
        ApiError,    // Meta's error envelope (any HTTP status)
        HttpError,   // an HTTP error status without Meta's envelope (e.g. a bare 502 from a proxy)
        NotSent,     // failed before the request left: connection refused, host not found, never written
        NoAnswer,    // the request was written, then timeout / connection dropped: it may have been sent
        Malformed,   // HTTP 2xx whose body is not JSON or lacks the wamid: it may have been sent
    };
    Kind kind = Kind::NoAnswer;
    int httpStatus = 0;
    QString wamid;
    QString waId;               // contacts[0].wa_id: how WhatsApp names the recipient (models/contacts/waid.h); may be empty
    bool held = false;          // message_status held_for_quality_assessment
    int code = 0;               // error.code
    QString title;              // error.message without its "(#code) " prefix, or the network error
    QString details;            // error.error_data.details
    QString fbtraceId;

    // `written`: the request body was handed to the connection (QNetworkReply::uploadProgress > 0).
    static SendResult fromReply(QNetworkReply *reply, bool written);
    // The answer to a request that was written.
    static SendResult fromHttp(int httpStatus, const QByteArray &body);
};

// The error playbook (issue 4, whatsapp-api.md §3 and §9): what to do with each result.
class SendPlaybook
{
    Q_DECLARE_TR_FUNCTIONS(SendPlaybook)

public:
    enum class Action {
        Accept,       // accepted (or held): the row waits for status reports
        Retry,        // transient: planned again after exponential backoff with jitter
        Throttle,     // 130429: the pacer slows down, the row is planned again
        PairBackoff,  // 131056: planned again after 4^n seconds
        Fail,         // permanent for this recipient: failed(code, title, details)
        Uncertain,    // the message may have gone out: never resent silently
        StopRun,      // account-level: the row goes back to planned unsent and the whole run stops
        PauseRun,     // the template is paused or disabled: the row goes back to planned, the run pauses
    };
    struct Decision
    {
        Action action = Action::Fail;
        qint64 delayMs = 0;                  // Retry, Throttle, PairBackoff
        RecipientLedger::Failure failure;    // Fail (and the code behind StopRun/PauseRun)
        QString reason;                      // StopRun/PauseRun: for the operator; Retry…: the row's note
    };

    explicit SendPlaybook(const SendOptions &options);

    // `attempts` counts this request; `backoffCount` the 131056 waits so far.
    Decision decide(const SendResult &result, int attempts, int backoffCount) const;

    // The send policy, a pure function: the action for a Meta error code returned with an HTTP status, read from
    // the code's record in the failure catalogue (FailureCatalogue::Policy::onSend); a code whose record says Fail
    // is retried when it came with a 5xx.
    static Action actionForCode(int code, int httpStatus);
    static QString actionName(Action a);   // "accept", "retry", …

    // Exponential backoff with "equal jitter": half fixed, half random.
    qint64 retryDelayMs(int attempts) const;
    qint64 pairDelayMs(int backoffCount) const;   // 4^n × pairBaseMs

private:
    SendOptions m_options;
};
