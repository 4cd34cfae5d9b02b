#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>
#include <QUrlQuery>
#include <optional>

struct Account;

// The WhatsApp Cloud API's wire format, in one place (whatsapp-api.md §1): where a request goes (the account's
// Graph URL and API version), how it is authorised (bearer token, transfer timeout, no redirect: TokenRequest), the
// template-message body, the send answer and Meta's error envelope. Every caller that talks to Graph — the send
// worker, the test send, template sync and submission, the account test — builds its requests and reads its answers
// here; what to DO with an error code is the failure catalogue's record (FailureCatalogue::policy).
class CloudApi
{
    Q_DECLARE_TR_FUNCTIONS(CloudApi)

public:
    // <graph url>/<api version>/<path>?<query>, e.g. https://graph.facebook.com/v23.0/<phone-number-id>/messages.
    static QUrl url(const Account &account, const QString &path, const QUrlQuery &query = {});
    // POST /<phone-number-id>/messages.
    static QUrl messagesUrl(const Account &account);
    // True when `url` points at the account's Graph host (scheme, host and port): paging links are only followed
    // there, so the token never goes to another host.
    static bool isSameOrigin(const Account &account, const QUrl &url);

    // A request with `Authorization: Bearer <token>`, a transfer timeout and no automatic redirect.
    static QNetworkRequest request(const QUrl &url, const QString &accessToken, int timeoutMs);
    // The same, for a JSON body (Content-Type: application/json).
    static QNetworkRequest jsonRequest(const QUrl &url, const QString &accessToken, int timeoutMs);

    // One template message (§1.2). `to` gets a '+' when it lacks one: without it Meta would prefix the business
    // number's country code. `components` is the template.components JSON array (compact or not; empty = []).
    struct TemplateMessage
    {
        QString to;
        QString callbackData;   // biz_opaque_callback_data, echoed in the status webhooks
        QString templateName;
        QString language;
        QByteArray components;
    };
    // The request body, compact JSON in the order of §1.2. Empty with *error when `components` is not a JSON array.
    static QByteArray messageBody(const TemplateMessage &message, QString *error);
    static QByteArray componentsJson(const QJsonArray &components);

    // What an accepted send answered (§1.3). wamid is empty when the answer has no messages[0].id.
    struct SendAnswer
    {
        QString wamid;   // messages[0].id
        QString waId;    // contacts[0].wa_id (models/contacts/waid.h); may be empty
        bool held = false;   // messages[0].message_status == held_for_quality_assessment
    };
    static SendAnswer sendAnswer(const QJsonObject &body);

    // Meta's error envelope (§1.4), whatever the HTTP status.
    struct ErrorEnvelope
    {
        bool hasCode = false;   // error.code was present
        int code = 0;
        int subcode = 0;        // error.error_subcode (deprecated, optional)
        QString type;           // OAuthException, …
        QString message;        // error.message as sent: "(#130429) Rate limit hit"
        QString details;        // error.error_data.details
        QString fbtraceId;

        // error.message without its "(#code) " prefix.
        QString title() const;
    };
    // The envelope of an answer body, or nullopt when it has no (non-empty) "error" object.
    static std::optional<ErrorEnvelope> errorEnvelope(const QJsonObject &body);
};
