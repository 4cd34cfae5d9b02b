#pragma once

#include "models/templates/messagetemplate.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QMutex>
#include <QString>
#include <QUrl>
#include <QUrlQuery>
#include <optional>

// How the sandbox behaves. Outcomes are decided from `seed` and the recipient's number only, so one number
// always gets the same outcome from one seed, whatever order or speed messages arrive in.
struct SandboxOptions
{
    quint64 seed = 20240601;
    double notOnWhatsAppShare = 0.04;    // share of numbers answered with 131026 (not on WhatsApp)
    double marketingLimitShare = 0.02;   // share of numbers answered with 131049 for MARKETING templates
    // Meta's WhatsApp ids (models/contacts/waid.h): this share of Brazilian mobiles lose the ninth digit in contacts[].wa_id
    // and every webhook; every Mexican number gets the "1" after 52.
    double brazilNinthDigitDropShare = 0.5;
    int throughput = 80;                 // messages per second per phone number ID (token bucket, 1 s of burst)
    QString accessToken;                 // the bearer token it accepts; empty = SandboxApi::defaultAccessToken()
    QString templatesFile = QStringLiteral(":/sandbox/templates.json");   // Graph-shaped {"data":[…]}
};

// One message the sandbox accepted (HTTP 200 + wamid). The status-feed simulation builds its webhooks
// (sent, delivered, read, failed, replies) from these.
struct SandboxRecord
{
    quint64 sequence = 0;        // 1, 2, 3 … in order of acceptance
    QString wamid;
    QString phoneNumberId;       // the business number that sent it
    QString to;                  // `to` as the client sent it (contacts[].input)
    QString waId;                // the recipient's WhatsApp ID: digits of `to`, rewritten like Meta (whatsAppId)
    QString templateName;
    QString templateLanguage;
    QString templateCategory;    // MARKETING, UTILITY, AUTHENTICATION
    QString callbackData;        // biz_opaque_callback_data, empty when none was sent
    QDateTime acceptedAt;        // UTC
};
Q_DECLARE_METATYPE(SandboxRecord)

// The simulated WhatsApp Cloud API without the HTTP: every endpoint validates and answers like Meta
// (whatsapp-api.md §1, §3, §4, §5). Thread-safe; SandboxServer calls it from its own thread.
class SandboxApi
{
public:
    struct Reply
    {
        int status = 200;
        QJsonObject body;
    };

    static constexpr const char *kPhoneNumberId = "100000000000001";
    static constexpr const char *kWabaId = "200000000000001";
    static constexpr const char *kDisplayPhoneNumber = "+1 555 0100";
    static constexpr const char *kVerifiedName = "Herald Sandbox";
    static QString defaultAccessToken();

    explicit SandboxApi(const SandboxOptions &options);

    const SandboxOptions &options() const { return m_options; }
    // The server's own address, for absolute paging links (http://127.0.0.1:<port>).
    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const;
    // False when the templates file could not be read (every template lookup then fails with 132001).
    bool templatesLoaded() const { return m_templatesLoaded; }

    // POST /{version}/{phone-number-id}/messages. `authorization` is the Authorization header's value.
    // On success `accepted` (if given) receives the record that was stored.
    Reply sendMessage(const QString &phoneNumberId, const QByteArray &authorization, const QByteArray &body,
                      SandboxRecord *accepted = nullptr);
    // GET /{version}/{waba-id}/message_templates?fields=&limit=&after=&before=&status=&name=
    Reply listTemplates(const QString &wabaId, const QByteArray &authorization, const QString &path,
                        const QUrlQuery &query) const;
    // GET /{version}/{phone-number-id}?fields=…
    Reply phoneNumber(const QString &phoneNumberId, const QByteArray &authorization, const QUrlQuery &query) const;
    // Any other method or path.
    static Reply unsupported(const QString &method, const QString &path);

    // Meta's error envelope: {"error":{"message":"(#code) title","type":"OAuthException","code":…,
    // "error_data":{"messaging_product":"whatsapp","details":…},"fbtrace_id":…}} with the code's HTTP status.
    static Reply error(int code, const QString &details, const QString &title = {});

    // The seeded outcomes, also for the status-feed simulation: a number in [0, 1) fixed by seed, salt and
    // number (digits only).
    double roll(const QString &waId, quint64 salt) const;
    bool isOnWhatsApp(const QString &waId) const;
    bool hitsMarketingLimit(const QString &waId) const;
    // The wa_id Meta would answer for the dialled digits (models/contacts/waid.h): seeded per number for Brazil.
    QString whatsAppId(const QString &dialledDigits) const;

    // A number's quality rating as the phone-number endpoint reports it (GREEN unless set), for tests and demos.
    void setQuality(const QString &phoneNumberId, const QString &rating);
    QString quality(const QString &phoneNumberId) const;

    QList<SandboxRecord> records() const;
    std::optional<SandboxRecord> record(const QString &wamid) const;
    qsizetype recordCount() const;
    void clearRecords();

private:
    bool authorized(const QByteArray &authorization, const QUrlQuery &query = {}) const;
    bool takeToken(const QString &phoneNumberId);   // the throughput bucket; false = 130429
    qsizetype findTemplate(const QString &name, const QString &language) const;   // -1: none
    // Checks the template components of a send request against the template: the first problem as an error
    // reply, or nothing.
    std::optional<Reply> checkComponents(const MessageTemplate &t, const QJsonObject &templateObject) const;
    static bool isNumericId(const QString &id);

    SandboxOptions m_options;
    QList<QJsonObject> m_templates;              // as served, in file order
    QList<MessageTemplate> m_parsed;             // same order
    bool m_templatesLoaded = false;

    mutable QMutex m_mutex;                      // guards everything below
    QUrl m_baseUrl;
    struct Bucket
    {
        double tokens = 0;
        qint64 atNs = 0;
    };
    QHash<QString, Bucket> m_buckets;
    QHash<QString, QString> m_quality;           // phone number id → quality rating
    QElapsedTimer m_clock;
    QList<SandboxRecord> m_records;
    QHash<QString, qsizetype> m_byWamid;
    quint64 m_nonce = 0;                         // makes wamids unique across instances
    quint64 m_sequence = 0;
};
