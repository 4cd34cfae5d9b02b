// The failure catalogue against whatsapp-api.md §3 and campaign-stats.md's failure groups.
#include "models/ledger/failurecatalogue.h"

#include <QSet>
#include <QTest>

using Group = FailureCatalogue::Group;
using Retry = FailureCatalogue::Retry;

class TestFailureCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyDocumentedCode_data();
    void everyDocumentedCode();
    void dashboardGroups_data();
    void dashboardGroups();
    void retryAdvice_data();
    void retryAdvice();
    void unknownCodeKeepsProviderTitle();
    void permissionFamily();
    void groupsAreNamed();
};

void TestFailureCatalogue::everyDocumentedCode_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("http");
    // whatsapp-api.md §3.1–3.5 with their HTTP status, then the template-creation-only codes.
    const QList<std::pair<int, int>> codes{
        {131026, 400}, {131021, 400}, {133010, 400}, {100, 400},                                      // 3.1
        {130429, 400}, {131056, 400}, {131048, 400}, {131049, 400}, {130472, 400}, {131050, 400},   // 3.2
        {4, 400},      {80007, 400},  {133016, 400},
        {132000, 400}, {132001, 404}, {132005, 400}, {132007, 400}, {132012, 400}, {132015, 400},   // 3.3
        {132016, 400}, {131008, 400}, {131009, 400}, {131051, 400}, {131053, 400}, {135000, 400},
        {131047, 400},
        {1, 400},      {2, 503},      {131000, 500}, {131016, 500}, {133004, 503}, {131057, 500},   // 3.4
        {368, 403},    {130497, 403}, {131031, 403}, {131042, 400}, {131037, 400}, {131045, 500},   // 3.5
        {0, 401},      {190, 401},    {3, 500},      {10, 403},     {200, 403},    {131005, 403},
        {33, 400},
        {2388040, 400}, {2388047, 400}, {2388072, 400}, {2388073, 400}, {2388293, 400}, {2388299, 400},
        {2388019, 400},
    };
    for (const auto &[code, http] : codes)
        QTest::addRow("%d", code) << code << http;
}

void TestFailureCatalogue::everyDocumentedCode()
{
    QFETCH(int, code);
    QFETCH(int, http);
    QVERIFY(FailureCatalogue::contains(code));
    QVERIFY(FailureCatalogue::codes().contains(code));
    const FailureCatalogue::Entry e = FailureCatalogue::lookup(code, QStringLiteral("ignored for known codes"));
    QVERIFY(e.known);
    QCOMPARE(e.code, code);
    QVERIFY(e.group != Group::Other);
    QCOMPARE(e.httpStatus, http);
    QVERIFY(!e.title.isEmpty());
    QVERIFY(e.title != QLatin1String("ignored for known codes"));
    QCOMPARE(FailureCatalogue::providerTitle(code), e.title);
    QVERIFY2(e.description.size() > 20, qPrintable(e.description));
    QVERIFY2(e.action.startsWith(QStringLiteral("Herald ")), qPrintable(e.action));
    QCOMPARE(e.reference.host(), QStringLiteral("developers.facebook.com"));
    QVERIFY(e.reference.path().endsWith(QStringLiteral("/error-codes")));
}

void TestFailureCatalogue::dashboardGroups_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("group");
    // campaign-stats.md, "Failure reasons", exactly.
    const QList<std::pair<Group, QList<int>>> table{
        {Group::Unqualified, {131026}},
        {Group::SpamLimits, {131048, 131049, 131056, 130429, 130472}},
        {Group::Template, {132000, 132001, 132005, 132007, 132012, 132015, 132016, 131008, 131009}},
        {Group::Technical, {1, 2, 131000, 131016, 133004, 131057, FailureCatalogue::kNetworkError}},
        {Group::Account, {368, 130497, 131031, 131042, 131050, 0, 190, 10}},
    };
    for (const auto &[group, codes] : table) {
        for (int code : codes)
            QTest::addRow("%d", code) << code << int(group);
    }
}

void TestFailureCatalogue::dashboardGroups()
{
    QFETCH(int, code);
    QFETCH(int, group);
    QCOMPARE(int(FailureCatalogue::lookup(code).group), group);
}

void TestFailureCatalogue::retryAdvice_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("retry");
    // whatsapp-api.md's Retry column.
    for (int code : {130429, 131056, 4, 80007, 2, 131000, 131016, 133004, 131057, 1})
        QTest::addRow("%d retries", code) << code << int(Retry::Yes);
    for (int code : {131049, 132015, 131048, 131053})
        QTest::addRow("%d later", code) << code << int(Retry::Later);
    for (int code : {131026, 131021, 131050, 130472, 132000, 132001, 132005, 132012, 132016, 190, 0, 368, 131042})
        QTest::addRow("%d never", code) << code << int(Retry::No);
}

void TestFailureCatalogue::retryAdvice()
{
    QFETCH(int, code);
    QFETCH(int, retry);
    const FailureCatalogue::Entry e = FailureCatalogue::lookup(code);
    QCOMPARE(int(e.retry), retry);
    QCOMPARE(e.retryHelps(), retry != int(Retry::No));
}

void TestFailureCatalogue::unknownCodeKeepsProviderTitle()
{
    QVERIFY(!FailureCatalogue::contains(131999));
    const FailureCatalogue::Entry e = FailureCatalogue::lookup(131999, QStringLiteral("  Brand new problem "));
    QVERIFY(!e.known);
    QCOMPARE(e.code, 131999);
    QCOMPARE(e.group, Group::Other);
    QCOMPARE(e.title, QStringLiteral("Brand new problem"));
    QVERIFY(e.description.contains(QStringLiteral("131999")));
    QVERIFY(!e.retryHelps());
    QVERIFY(e.reference.isValid());
    const FailureCatalogue::Entry untitled = FailureCatalogue::lookup(4242);
    QCOMPARE(untitled.group, Group::Other);
    QVERIFY(untitled.title.contains(QStringLiteral("4242")));
    QVERIFY(FailureCatalogue::providerTitle(4242).isEmpty());
}

void TestFailureCatalogue::permissionFamily()
{
    for (int code : {200, 250, 299}) {
        const FailureCatalogue::Entry e = FailureCatalogue::lookup(code);
        QVERIFY(e.known);
        QCOMPARE(e.code, code);
        QCOMPARE(e.group, Group::Account);
        QCOMPARE(e.title, QStringLiteral("API Permission"));
    }
    QVERIFY(!FailureCatalogue::contains(300));
}

void TestFailureCatalogue::groupsAreNamed()
{
    const QList<Group> groups = FailureCatalogue::groups();
    QCOMPARE(groups.size(), 6);
    QCOMPARE(groups.last(), Group::Other);
    QSet<QString> names;
    QSet<QString> keys;
    for (Group g : groups) {
        names.insert(FailureCatalogue::groupName(g));
        keys.insert(FailureCatalogue::groupKey(g));
    }
    QCOMPARE(names.size(), 6);
    QCOMPARE(keys.size(), 6);
    QVERIFY(FailureCatalogue::groupName(Group::Unqualified).contains(QStringLiteral("WhatsApp")));
    // Every catalogued code is in exactly one real group, and no code is listed twice.
    const QList<int> codes = FailureCatalogue::codes();
    QCOMPARE(QSet<int>(codes.cbegin(), codes.cend()).size(), codes.size());
    for (int code : codes)
        QVERIFY(FailureCatalogue::lookup(code).group != Group::Other);
}

QTEST_GUILESS_MAIN(TestFailureCatalogue)
#include "tst_failurecatalogue.moc"
