#pragma once

#include "engine/cloudapi/graphclient.h"
#include "models/accounts/account.h"
#include "models/campaigns/campaign.h"

#include <optional>
#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

// Sends a campaign's message once to one chosen number, through the account (sandbox or Cloud API) with the
// same request shape as the send worker. The number gets the contact's values when it is a contact, else
// every parameter's fallback. Nothing is written to the ledger: a test send never counts in any statistic; it is
// kept in test_sends (setLog) so the number's history shows it.
class TestSend : public QObject
{
    Q_OBJECT

public:
    struct Message
    {
        QString phone; // E.164
        QString templateName;
        QString language;
        QJsonArray components; // template.components with parameters
        QString text; // what the person reads (Preflight::renderText)
    };
    struct Result
    {
        bool ok = false;
        QString wamid;
        QString waId; // contacts[0].wa_id of the answer: how WhatsApp names the number (models/contacts/waid.h)
        QString message; // a sentence for a person: sent, or what went wrong and what to do
        GraphError graphError;
    };

    // Renders the campaign's message for `phone` (any notation; normalised to E.164). std::nullopt + *error
    // when the number is not valid, the template is missing or not APPROVED, or a parameter has no value.
    static std::optional<Message> prepare(
        QSqlDatabase db, const Campaign &campaign, const QString &phone, QString *error);
    // The Cloud API request body (callback data "herald:test", never matched to a recipient), as sent: built by
    // CloudApi::messageBody like the send worker's.
    static QByteArray requestJson(const Message &message);
    // The same, parsed.
    static QJsonObject requestBody(const Message &message);

    TestSend(const Account &account, const QString &accessToken, QObject *parent = nullptr);
    void setTimeout(int milliseconds) { m_client.setTimeout(milliseconds); }
    // Keeps every send of this object in the workspace's test_sends (TestSendLog), for the number's history. `db`
    // must belong to the thread this object lives in.
    void setLog(QSqlDatabase db, qint64 campaignId);
    // Sends once; finished() follows, also for an account without a phone number ID.
    void send(const Message &message);

Q_SIGNALS:
    void finished(const TestSend::Result &result);

private:
    void log(const Message &message, const Result &result, qint64 sentAtMs);

    Account m_account;
    GraphClient m_client;
    QSqlDatabase m_logDb;
    qint64 m_logCampaignId = 0;
};

Q_DECLARE_METATYPE(TestSend::Result)
