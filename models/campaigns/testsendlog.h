#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// The test sends of the workspace (table test_sends, TestSend in app/engine/cloudapi/testsend.cpp): never in the ledger or
// a statistic, but part of the number's history (ContactHistory) — a reply or a "Stop promotions" tap to a test
// message otherwise has no message to belong to. A successful answer's wa_id is learned by the contact too.
struct TestSendEntry
{
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 campaignId = 0;
    QString phone;          // E.164 as dialled
    QString waId;           // contacts[0].wa_id of the answer (digits), empty when none
    QString templateName;
    QString language;
    QString wamid;          // empty when the send failed
    bool ok = false;
    QString message;        // the sentence shown to the user (sent, or what went wrong)
    qint64 sentAtMs = 0;
};

namespace TestSendLog {

// Stores one test send (and the wa_id on the contact with that number). False with *error on a database error.
bool record(QSqlDatabase db, const TestSendEntry &entry, QString *error);
// The test sends to `e164`, newest first (test_sends_phone). nullopt with *error on a database error.
std::optional<QList<TestSendEntry>> byPhone(QSqlDatabase db, const QString &e164, QString *error);

} // namespace TestSendLog
