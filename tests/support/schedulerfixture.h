#pragma once

// A workspace with the built-in sandbox account and its templates, contacts, campaigns and business events, and a
// Scheduler on a fake clock: what tst_scheduler and tst_triggerconsent share. Header-only.
#include "engine/sandbox/sandboxenvironment.h"
#include "engine/scheduler/scheduler.h"
#include "models/accounts/account.h"
#include "models/campaigns/campaign.h"
#include "models/contacts/contactstore.h"
#include "models/storage/workspace.h"
#include "models/templates/templatestore.h"
#include "testworkspace.h"

#include <QDebug>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace SchedulerTest {

struct Fixture
{
    TestWorkspace t;
    qint64 accountId = 0;
    qint64 clock = 0;

    Workspace &ws() { return t.workspace(); }

    bool setUp(QString *error)
    {
        if (!SandboxEnvironment::ensureRunning(ws().path(), error))
            return false;
        const auto account = AccountStore(ws().database()).defaultAccount(error);
        if (!account)
            return false;
        accountId = account->id;
        QFile f(qEnvironmentVariable("HERALD_TEST_DATA") + QStringLiteral("/../../resources/sandbox/templates.json"));
        if (!f.open(QIODevice::ReadOnly))
            return false;
        QList<MessageTemplate> templates;
        for (const QJsonValue &v :
            QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("data")).toArray())
            templates << MessageTemplate::fromGraphJson(v.toObject());
        return bool(TemplateStore(ws().database()).applySync(accountId, templates, error));
    }

    qint64 addContact(const QString &phone, const QString &name, bool optedIn = true)
    {
        QString error;
        ContactStore contacts(ws().database());
        Contact c;
        c.phone = phone;
        c.name = name;
        const qint64 id = contacts.upsert(c, &error);
        if (optedIn)
            contacts.optIn({ id }, QStringLiteral("test"), &error);
        return id;
    }

    qint64 createCampaign(const QString &kind, const QJsonObject &schedule, const QJsonObject &trigger, QString *error)
    {
        Campaign c;
        c.name = kind;
        c.accountId = accountId;
        c.kind = kind;
        c.schedule = schedule;
        c.trigger = trigger;
        if (kind == QLatin1String("triggered")) {
            c.templateName = QStringLiteral("order_update");
            c.language = QStringLiteral("en_US");
            for (const char *p : { "header.1=event:order_id", "body.1=field:name", "body.2=event:status|placed",
                     "body.3=text:Friday", "button.0=event:order_id" })
                c.params << *ParamMapping::parse(QString::fromLatin1(p), error);
        } else {
            c.templateName = QStringLiteral("appointment_reminder");
            c.language = QStringLiteral("en_US");
            for (const char *p : { "body.1=field:name", "body.2=text:12 March", "body.3=text:10:30" })
                c.params << *ParamMapping::parse(QString::fromLatin1(p), error);
        }
        return CampaignStore(ws().database()).create(c, error);
    }

    Scheduler::Options options(bool startRuns = true)
    {
        Scheduler::Options o;
        o.tickMs = 3600 * 1000; // the tests call tick() themselves
        o.clock = [this] { return clock; };
        o.send.rate = 1000;
        o.startRuns = startRuns;
        return o;
    }

    QList<QList<qint64>> runs(qint64 campaignId) // {run id, recipients, occurrence_at}
    {
        QList<QList<qint64>> result;
        QSqlQuery q(ws().database());
        q.prepare(
            QStringLiteral("SELECT r.id, (SELECT count(*) FROM recipients WHERE run_id = r.id), "
                           "coalesce(r.occurrence_at, 0) FROM campaign_runs r WHERE campaign_id = ? ORDER BY r.id"));
        q.addBindValue(campaignId);
        q.exec();
        while (q.next())
            result << QList<qint64> { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong() };
        return result;
    }

    qint64 addEvent(const QString &name, const QString &phone, qint64 at, const QJsonObject &data)
    {
        QSqlQuery q(ws().database());
        q.prepare(
            QStringLiteral("INSERT INTO business_events (account_id, name, phone, occurred_at, data, received_at) "
                           "VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(accountId);
        q.addBindValue(name);
        q.addBindValue(phone);
        q.addBindValue(at);
        q.addBindValue(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
        q.addBindValue(at);
        if (!q.exec())
            qWarning() << q.lastError().text();
        return q.lastInsertId().toLongLong();
    }
};

} // namespace SchedulerTest
