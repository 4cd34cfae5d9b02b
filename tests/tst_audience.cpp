// Audience expressions: every term kind, retargeting over crafted recipient rows, consent exclusions.
#include "models/campaigns/campaign.h"
#include "models/contacts/contact.h"
#include "models/contacts/contactstore.h"
#include "models/storage/workspace.h"
#include "testworkspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestAudience : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void matches_data();
    void matches();
    void rejects_data();
    void rejects();
    void exclusions_data();
    void exclusions();

private:
    qint64 addContact(const QString &phone, const QString &name, const QStringList &tags, const QString &city,
        const QString &consent);
    qint64 addRun(qint64 campaignId);
    void addRecipient(qint64 runId, qint64 contactId, const QString &state, bool replied, int errorCode = 0);
    QStringList names(const QString &expr);

    std::unique_ptr<TestWorkspace> m_t;
    QHash<QString, qint64> m_ids;
};

qint64 TestAudience::addContact(
    const QString &phone, const QString &name, const QStringList &tags, const QString &city, const QString &consent)
{
    ContactStore store(m_t->workspace().database());
    QString error;
    Contact c;
    c.phone = phone;
    c.name = name;
    c.tags = tags;
    if (!city.isEmpty())
        c.attributes.insert(QStringLiteral("city"), city);
    const qint64 id = store.upsert(c, &error);
    if (consent != QLatin1String("none"))
        store.optIn({ id }, QStringLiteral("test"), &error);
    if (consent == QLatin1String("out"))
        store.optOut({ id }, QStringLiteral("STOP"), &error);
    m_ids.insert(name, id);
    return id;
}

qint64 TestAudience::addRun(qint64 campaignId)
{
    QSqlQuery q(m_t->workspace().database());
    // Runs that were sent (a campaign has at most one unfinished run).
    q.prepare(
        QStringLiteral("INSERT OR IGNORE INTO campaigns (id, name, account_id, template_name, language, created_at, "
                       "updated_at) VALUES (?, 'c', 1, 'order_update', 'en_US', 0, 0)"));
    q.addBindValue(campaignId);
    if (!q.exec())
        qFatal("%s", qPrintable(q.lastError().text()));
    q.prepare(QStringLiteral("INSERT INTO campaign_runs (campaign_id, status, planned_at, updated_at) VALUES (?, 'sent', 0, 0)"));
    q.addBindValue(campaignId);
    if (!q.exec())
        qFatal("%s", qPrintable(q.lastError().text()));
    return q.lastInsertId().toLongLong();
}

void TestAudience::addRecipient(qint64 runId, qint64 contactId, const QString &state, bool replied, int errorCode)
{
    QSqlQuery q(m_t->workspace().database());
    q.prepare(
        QStringLiteral("INSERT INTO recipients (run_id, contact_id, phone, state, replied_at, error_code, updated_at) "
                       "SELECT ?, id, phone, ?, ?, ?, 0 FROM contacts WHERE id = ?"));
    q.addBindValue(runId);
    q.addBindValue(state);
    q.addBindValue(replied ? QVariant(qint64(1000)) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(errorCode ? QVariant(errorCode) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(contactId);
    if (!q.exec())
        qFatal("%s", qPrintable(q.lastError().text()));
}

void TestAudience::init()
{
    m_t = std::make_unique<TestWorkspace>();
    m_ids.clear();
    const qint64 ana = addContact(QStringLiteral("+5511987654321"), QStringLiteral("Ana"), { QStringLiteral("vip") },
        QString(), QStringLiteral("in"));
    const qint64 bea = addContact(
        QStringLiteral("+919876543210"), QStringLiteral("Bea"), {}, QStringLiteral("Pune"), QStringLiteral("in"));
    const qint64 caio = addContact(QStringLiteral("+34612345678"), QStringLiteral("Caio"),
        { QStringLiteral("spring sale"), QStringLiteral("vip") }, QStringLiteral("Pune"), QStringLiteral("in"));
    const qint64 dana = addContact(
        QStringLiteral("+4915112345678"), QStringLiteral("Dana"), {}, QStringLiteral("Berlin"), QStringLiteral("in"));
    const qint64 never = addContact(QStringLiteral("+12025550123"), QStringLiteral("Never"), { QStringLiteral("vip") },
        QStringLiteral("Pune"), QStringLiteral("none"));
    const qint64 gone = addContact(QStringLiteral("+447911123456"), QStringLiteral("Gone"), { QStringLiteral("vip") },
        QStringLiteral("Pune"), QStringLiteral("out"));
    // Campaign 7, run 1: Ana read and replied, Bea read only, Caio delivered, Dana failed 131026, Gone and Never
    // read (they would be retargeted if consent did not exclude them).
    const qint64 r1 = addRun(7);
    addRecipient(r1, ana, QStringLiteral("read"), true);
    addRecipient(r1, bea, QStringLiteral("read"), false);
    addRecipient(r1, caio, QStringLiteral("delivered"), false);
    addRecipient(r1, dana, QStringLiteral("failed"), false, 131026);
    addRecipient(r1, gone, QStringLiteral("read"), false);
    addRecipient(r1, never, QStringLiteral("read"), false);
    // Campaign 7, run 2: Caio now read; Dana failed with 131049.
    const qint64 r2 = addRun(7);
    addRecipient(r2, caio, QStringLiteral("read"), false);
    addRecipient(r2, dana, QStringLiteral("failed"), false, 131049);
    // Campaign 8, run 3: Bea accepted (pending), Dana failed without a code.
    const qint64 r3 = addRun(8);
    addRecipient(r3, bea, QStringLiteral("accepted"), false);
    addRecipient(r3, dana, QStringLiteral("failed"), false);
    QCOMPARE(r1, 1);
    QCOMPARE(r2, 2);
    QCOMPARE(r3, 3);
}

void TestAudience::cleanup()
{
    m_t.reset();
}

QStringList TestAudience::names(const QString &expr)
{
    QString where;
    QVariantList values;
    QString error;
    if (!Audience::toSql(expr, &where, &values, &error))
        return { QStringLiteral("ERROR: ") + error };
    QSqlQuery q(m_t->workspace().database());
    q.prepare(QStringLiteral("SELECT c.name FROM contacts c WHERE ") + where + QStringLiteral(" ORDER BY c.id"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return { QStringLiteral("SQL: ") + q.lastError().text() };
    QStringList got;
    while (q.next())
        got << q.value(0).toString();
    return got;
}

void TestAudience::matches_data()
{
    QTest::addColumn<QString>("expr");
    QTest::addColumn<QStringList>("expected");
    const auto l = [](const char *s) { return QString::fromLatin1(s).split(QLatin1Char(' '), Qt::SkipEmptyParts); };
    // Never (never opted in) and Gone (opted out) match many of these terms but are never in an audience.
    QTest::newRow("empty = all opted in") << QString() << l("Ana Bea Caio Dana");
    QTest::newRow("all") << QStringLiteral("all") << l("Ana Bea Caio Dana");
    QTest::newRow("tag") << QStringLiteral("tag:vip") << l("Ana Caio");
    QTest::newRow("quoted tag") << QStringLiteral("tag:\"spring sale\"") << l("Caio");
    QTest::newRow("attr") << QStringLiteral("attr:city=Pune") << l("Bea Caio");
    QTest::newRow("and") << QStringLiteral("tag:vip and attr:city=Pune") << l("Caio");
    QTest::newRow("or") << QStringLiteral("tag:vip or attr:city=Berlin") << l("Ana Caio Dana");
    QTest::newRow("not") << QStringLiteral("not tag:vip") << l("Bea Dana");
    QTest::newRow("not attr includes contacts without it") << QStringLiteral("not attr:city=Pune") << l("Ana Dana");
    QTest::newRow("AND upper case") << QStringLiteral("attr:city=Pune AND NOT tag:vip") << l("Bea");
    QTest::newRow("campaign read") << QStringLiteral("campaign:7:read") << l("Ana Bea Caio");
    QTest::newRow("read but did not reply")
        << QStringLiteral("campaign:7:read and not campaign:7:replied") << l("Bea Caio");
    QTest::newRow("campaign delivered") << QStringLiteral("campaign:7:delivered") << l("Ana Bea Caio");
    QTest::newRow("campaign failed") << QStringLiteral("campaign:7:failed") << l("Dana");
    QTest::newRow("campaign unqualified") << QStringLiteral("campaign:7:unqualified") << l("Dana");
    QTest::newRow("campaign replied") << QStringLiteral("campaign:7:replied") << l("Ana");
    QTest::newRow("campaign pending") << QStringLiteral("campaign:8:pending") << l("Bea");
    QTest::newRow("campaign attempted") << QStringLiteral("campaign:8:attempted") << l("Bea Dana");
    QTest::newRow("run read") << QStringLiteral("run:1:read") << l("Ana Bea");
    QTest::newRow("run 2 read") << QStringLiteral("run:2:read") << l("Caio");
    QTest::newRow("run failed code") << QStringLiteral("run:1:failed:131026") << l("Dana");
    QTest::newRow("run failed other code") << QStringLiteral("run:1:failed:131049") << QStringList();
    QTest::newRow("run failed no code") << QStringLiteral("run:3:failed:-1") << l("Dana");
    QTest::newRow("run 2 failed no code") << QStringLiteral("run:2:failed:-1") << QStringList();
    QTest::newRow("unknown campaign") << QStringLiteral("campaign:99:read") << QStringList();
    QTest::newRow("retarget or segment") << QStringLiteral("campaign:8:pending or attr:city=Berlin") << l("Bea Dana");
    QTest::newRow("retarget and tag") << QStringLiteral("campaign:7:read and tag:vip") << l("Ana Caio");
}

void TestAudience::matches()
{
    QFETCH(QString, expr);
    QFETCH(QStringList, expected);
    QCOMPARE(names(expr), expected);
}

void TestAudience::rejects_data()
{
    QTest::addColumn<QString>("expr");
    QTest::newRow("unknown term") << QStringLiteral("city=Pune");
    QTest::newRow("dangling and") << QStringLiteral("tag:vip and");
    QTest::newRow("two terms") << QStringLiteral("tag:vip tag:x");
    QTest::newRow("unknown stat") << QStringLiteral("campaign:7:clicked");
    QTest::newRow("campaign no id") << QStringLiteral("campaign::read");
    QTest::newRow("campaign zero") << QStringLiteral("campaign:0:read");
    QTest::newRow("campaign with code") << QStringLiteral("campaign:7:failed:131026");
    QTest::newRow("code on read") << QStringLiteral("run:1:read:131026");
    QTest::newRow("code not a number") << QStringLiteral("run:1:failed:x");
    QTest::newRow("run too many parts") << QStringLiteral("run:1:failed:1:2");
    QTest::newRow("unclosed quote") << QStringLiteral("tag:\"vip");
}

void TestAudience::rejects()
{
    QFETCH(QString, expr);
    QString where;
    QVariantList values;
    QString error;
    QVERIFY(!Audience::toSql(expr, &where, &values, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!Audience::exclusions(m_t->workspace().database(), expr, &error));
    QVERIFY(!error.isEmpty());
}

void TestAudience::exclusions_data()
{
    QTest::addColumn<QString>("expr");
    QTest::addColumn<qint64>("matched");
    QTest::addColumn<qint64>("optedOut");
    QTest::addColumn<qint64>("notOptedIn");
    QTest::newRow("all") << QString() << qint64(6) << qint64(1) << qint64(1);
    QTest::newRow("tag vip") << QStringLiteral("tag:vip") << qint64(4) << qint64(1) << qint64(1);
    QTest::newRow("Pune") << QStringLiteral("attr:city=Pune") << qint64(4) << qint64(1) << qint64(1);
    QTest::newRow("Berlin") << QStringLiteral("attr:city=Berlin") << qint64(1) << qint64(0) << qint64(0);
    QTest::newRow("read not replied") << QStringLiteral("campaign:7:read and not campaign:7:replied") << qint64(4)
                                      << qint64(1) << qint64(1);
    QTest::newRow("none") << QStringLiteral("tag:nobody") << qint64(0) << qint64(0) << qint64(0);
}

void TestAudience::exclusions()
{
    QFETCH(QString, expr);
    QFETCH(qint64, matched);
    QFETCH(qint64, optedOut);
    QFETCH(qint64, notOptedIn);
    QString error;
    const auto e = Audience::exclusions(m_t->workspace().database(), expr, &error);
    QVERIFY2(e, qPrintable(error));
    QCOMPARE(e->matched, matched);
    QCOMPARE(e->optedOut, optedOut);
    QCOMPARE(e->notOptedIn, notOptedIn);
    // What is left is exactly the audience toSql() selects.
    QCOMPARE(e->sendable(), qint64(names(expr).size()));
}

QTEST_GUILESS_MAIN(TestAudience)
#include "tst_audience.moc"
