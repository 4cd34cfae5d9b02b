#include "models/core/clock.h"
#include "models/storage/workspace.h"
#include "models/templates/templatestore.h"
#include "testworkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>
#include <functional>

using Change = std::function<void(MessageTemplate &)>;
Q_DECLARE_METATYPE(Change)

namespace {

constexpr qint64 kSandbox = 1;   // every new workspace has the sandbox account as id 1

QList<MessageTemplate> sandboxTemplates()
{
    QFile f(TestWorkspace::dataFile(QStringLiteral("../../resources/sandbox/templates.json")));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    QList<MessageTemplate> list;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("data")).toArray())
        list.append(MessageTemplate::fromGraphJson(v.toObject()));
    return list;
}

MessageTemplate &named(QList<MessageTemplate> &list, const QString &name)
{
    for (MessageTemplate &t : list) {
        if (t.name == name)
            return t;
    }
    qFatal("no template %s", qPrintable(name));
}

QList<MessageTemplate> without(QList<MessageTemplate> list, const QStringList &names)
{
    list.removeIf([&](const MessageTemplate &t) { return names.contains(t.name); });
    return list;
}

#define SYNC(store, fetched, ADDED, UPDATED, REMOVED, TOTAL)                                                           \
    do {                                                                                                               \
        QString error_;                                                                                                \
        const auto counts_ = (store).applySync(kSandbox, fetched, &error_);                                            \
        QVERIFY2(counts_.has_value(), qPrintable(error_));                                                             \
        QCOMPARE(counts_->added, (ADDED));                                                                             \
        QCOMPARE(counts_->updated, (UPDATED));                                                                         \
        QCOMPARE(counts_->removed, (REMOVED));                                                                         \
        QCOMPARE(counts_->total, (TOTAL));                                                                             \
    } while (false)

int rowCount(Workspace &ws)
{
    QSqlQuery q(ws.database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM templates")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestTemplateStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstSyncAddsAll();
    void unchangedSyncCountsNothing();
    void detectsEachChange_data();
    void detectsEachChange();
    void removedAndUndeleted();
    void accountsAreSeparate();
    void failureRollsBackEverything();
    void saveInsertsThenUpdates();
    void listAndFindRoundTripContent();
};

void TestTemplateStore::firstSyncAddsAll()
{
    TestWorkspace w;
    TemplateStore store(w.workspace().database());
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    SYNC(store, sandboxTemplates(), 8, 0, 0, 8);
    QString error;
    const QList<MessageTemplate> list = store.list(kSandbox, &error);
    QVERIFY(error.isEmpty());
    QStringList keys;
    for (const MessageTemplate &t : list) {
        keys.append(t.name + QLatin1Char('/') + t.language);
        QVERIFY(t.id > 0);
        QCOMPARE(t.accountId, kSandbox);
        QVERIFY(!t.deleted);
        QVERIFY(t.syncedAt.toMSecsSinceEpoch() >= before);
    }
    QCOMPARE(keys, (QStringList{QStringLiteral("appointment_reminder/en_US"), QStringLiteral("appointment_reminder/es"),
                                QStringLiteral("festive_offer/en_US"), QStringLiteral("flash_sale/en_US"),
                                QStringLiteral("login_code/en_US"), QStringLiteral("order_update/en_US"),
                                QStringLiteral("store_location/pt_BR"), QStringLiteral("win_a_prize/en_US")}));
}

void TestTemplateStore::unchangedSyncCountsNothing()
{
    TestWorkspace w;
    TestClock clock;   // sync times come from it: moving it replaces a sleep
    ScopedClock useClock(clock);
    TemplateStore store(w.workspace().database());
    SYNC(store, sandboxTemplates(), 8, 0, 0, 8);
    QString error;
    const QDateTime firstSync
        = store.find(kSandbox, QStringLiteral("order_update"), QStringLiteral("en_US"), &error)->syncedAt;
    clock.advance(5);
    SYNC(store, sandboxTemplates(), 0, 0, 0, 8);
    // The sync time moves on even when nothing changed.
    QVERIFY(store.find(kSandbox, QStringLiteral("order_update"), QStringLiteral("en_US"), &error)->syncedAt
            > firstSync);
    // Two identical entries upstream count once.
    QList<MessageTemplate> doubled = sandboxTemplates();
    doubled.append(doubled.first());
    SYNC(store, doubled, 0, 0, 0, 9);
    QCOMPARE(rowCount(w.workspace()), 8);
}

void TestTemplateStore::detectsEachChange_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<int>("updated");
    QTest::newRow("status") << Change([](MessageTemplate &t) { t.status = QStringLiteral("PAUSED"); }) << 1;
    QTest::newRow("category") << Change([](MessageTemplate &t) { t.category = QStringLiteral("MARKETING"); }) << 1;
    QTest::newRow("quality") << Change([](MessageTemplate &t) { t.quality = QStringLiteral("RED"); }) << 1;
    QTest::newRow("remote id") << Change([](MessageTemplate &t) { t.remoteId = QStringLiteral("42"); }) << 1;
    QTest::newRow("rejected reason") << Change([](MessageTemplate& t) { t.rejectedReason = QStringLiteral("SCAM"); })
                                     << 1;
    QTest::newRow("parameter format")
        << Change([](MessageTemplate &t) { t.parameterFormat = MessageTemplate::ParameterFormat::Named; }) << 1;
    QTest::newRow("body") << Change([](MessageTemplate &t) { t.body += QStringLiteral(" Thanks!"); }) << 1;
    QTest::newRow("body example") << Change([](MessageTemplate& t) { t.bodyExamples[0] = QStringLiteral("Ravi"); })
                                  << 1;
    QTest::newRow("header") << Change([](MessageTemplate& t) { t.headerText = QStringLiteral("Your order {{1}}"); })
                            << 1;
    QTest::newRow("footer") << Change([](MessageTemplate &t) { t.footer.clear(); }) << 1;
    QTest::newRow("button") << Change([](MessageTemplate &t) { t.buttons.removeLast(); }) << 1;
    QTest::newRow("url example") << Change([](MessageTemplate& t) { t.buttons[0].examples = {QStringLiteral("1")}; })
                                 << 1;
    // Not part of what Meta changes, and not stored: no update.
    QTest::newRow("local id only") << Change([](MessageTemplate &t) { t.id = 999; }) << 0;
}

void TestTemplateStore::detectsEachChange()
{
    QFETCH(Change, change);
    QFETCH(int, updated);
    TestWorkspace w;
    TemplateStore store(w.workspace().database());
    QList<MessageTemplate> fetched = sandboxTemplates();
    SYNC(store, fetched, 8, 0, 0, 8);
    change(named(fetched, QStringLiteral("order_update")));
    SYNC(store, fetched, 0, updated, 0, 8);
    SYNC(store, fetched, 0, 0, 0, 8);   // and the change is stored: syncing it again changes nothing
    QString error;
    const auto stored = store.find(kSandbox, QStringLiteral("order_update"), QStringLiteral("en_US"), &error);
    QVERIFY(stored);
    const MessageTemplate &expected = named(fetched, QStringLiteral("order_update"));
    QCOMPARE(stored->status, expected.status);
    QCOMPARE(stored->category, expected.category);
    QCOMPARE(stored->quality, expected.quality);
    QCOMPARE(stored->remoteId, expected.remoteId);
    QCOMPARE(stored->rejectedReason, expected.rejectedReason);
    QCOMPARE(stored->parameterFormat, expected.parameterFormat);
    QCOMPARE(stored->toGraphJson(), expected.toGraphJson());
}

void TestTemplateStore::removedAndUndeleted()
{
    TestWorkspace w;
    TestClock clock;   // sync times come from it: moving it replaces a sleep
    ScopedClock useClock(clock);
    TemplateStore store(w.workspace().database());
    const QList<MessageTemplate> all = sandboxTemplates();
    SYNC(store, all, 8, 0, 0, 8);
    const QStringList gone{QStringLiteral("flash_sale"), QStringLiteral("win_a_prize")};
    SYNC(store, without(all, gone), 0, 0, 2, 6);
    QString error;
    QCOMPARE(store.list(kSandbox, &error).size(), 8);   // kept for history
    QCOMPARE(store.list(kSandbox, &error, false).size(), 6);
    auto flash = store.find(kSandbox, QStringLiteral("flash_sale"), QStringLiteral("en_US"), &error);
    QVERIFY(flash && flash->deleted && flash->deletedAt.isValid());
    QVERIFY(!flash->isSendable());
    QVERIFY(flash->isFlagged());
    const QDateTime deletedAt = flash->deletedAt;
    // Still gone: not counted again, deletion time kept.
    clock.advance(5);
    SYNC(store, without(all, gone), 0, 0, 0, 6);
    QCOMPARE(store.find(kSandbox, QStringLiteral("flash_sale"), QStringLiteral("en_US"), &error)->deletedAt, deletedAt);
    // One comes back: an update, not an addition.
    SYNC(store, without(all, {QStringLiteral("win_a_prize")}), 0, 1, 0, 7);
    flash = store.find(kSandbox, QStringLiteral("flash_sale"), QStringLiteral("en_US"), &error);
    QVERIFY(flash && !flash->deleted && !flash->deletedAt.isValid());
    // Upstream is empty: everything left is removed.
    SYNC(store, {}, 0, 0, 7, 0);
    QCOMPARE(store.list(kSandbox, &error, false).size(), 0);
    QCOMPARE(rowCount(w.workspace()), 8);
}

void TestTemplateStore::accountsAreSeparate()
{
    TestWorkspace w;
    QSqlQuery q(w.workspace().database());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO accounts (name, kind, created_at, updated_at) "
                                  "VALUES ('shop', 'cloud-api', 0, 0)")));
    const qint64 shop = q.lastInsertId().toLongLong();
    TemplateStore store(w.workspace().database());
    SYNC(store, sandboxTemplates(), 8, 0, 0, 8);
    QString error;
    QList<MessageTemplate> shopTemplates = sandboxTemplates().mid(0, 2);
    auto counts = store.applySync(shop, shopTemplates, &error);
    QVERIFY2(counts, qPrintable(error));
    QCOMPARE(counts->added, 2);   // same name + language, another account: new rows
    counts = store.applySync(shop, {}, &error);
    QCOMPARE(counts->removed, 2);
    QCOMPARE(store.list(kSandbox, &error, false).size(), 8);
    QCOMPARE(store.list(shop, &error, false).size(), 0);
}

void TestTemplateStore::failureRollsBackEverything()
{
    TestWorkspace w;
    TemplateStore store(w.workspace().database());
    QList<MessageTemplate> all = sandboxTemplates();
    SYNC(store, all, 8, 0, 0, 8);
    QSqlQuery q(w.workspace().database());
    QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON templates WHEN NEW.name = 'boom' "
                                  "BEGIN SELECT RAISE(ABORT, 'refused by test'); END")));
    // An update, a new template, then one the database refuses; flash_sale would be removed.
    QList<MessageTemplate> fetched = without(all, {QStringLiteral("flash_sale")});
    named(fetched, QStringLiteral("order_update")).status = QStringLiteral("PAUSED");
    MessageTemplate fresh = all.first();
    fresh.name = QStringLiteral("aaa_new");
    MessageTemplate boom = all.first();
    boom.name = QStringLiteral("boom");
    fetched << fresh << boom;
    QString error;
    QVERIFY(!store.applySync(kSandbox, fetched, &error));
    QVERIFY2(error.contains(QLatin1String("refused by test")), qPrintable(error));
    // Nothing of it stuck.
    QCOMPARE(rowCount(w.workspace()), 8);
    QCOMPARE(store.find(kSandbox, QStringLiteral("order_update"), QStringLiteral("en_US"), &error)->status,
             QStringLiteral("APPROVED"));
    QVERIFY(!store.find(kSandbox, QStringLiteral("flash_sale"), QStringLiteral("en_US"), &error)->deleted);
    QVERIFY(!store.find(kSandbox, QStringLiteral("aaa_new"), QStringLiteral("en_US"), &error));
    // And no transaction was left open.
    fetched.removeLast();
    SYNC(store, fetched, 1, 1, 1, 8);
}

void TestTemplateStore::saveInsertsThenUpdates()
{
    TestWorkspace w;
    TemplateStore store(w.workspace().database());
    MessageTemplate draft = sandboxTemplates().first();
    draft.accountId = kSandbox;
    draft.name = QStringLiteral("my_draft");
    draft.status.clear();
    draft.remoteId.clear();
    QString error;
    const qint64 id = store.save(draft, &error);
    QVERIFY2(id > 0, qPrintable(error));
    auto found = store.find(kSandbox, QStringLiteral("my_draft"), QStringLiteral("en_US"), &error);
    QVERIFY(found);
    QCOMPARE(found->id, id);
    QVERIFY(!found->syncedAt.isValid());
    QCOMPARE(found->toGraphJson(), draft.toGraphJson());

    draft.status = QStringLiteral("PENDING");
    draft.remoteId = QStringLiteral("777");
    draft.body = QStringLiteral("Hello {{1}}, your order is {{2}}, arriving {{3}}.");
    QCOMPARE(store.save(draft, &error), id);
    found = store.find(kSandbox, QStringLiteral("my_draft"), QStringLiteral("en_US"), &error);
    QCOMPARE(found->status, QStringLiteral("PENDING"));
    QCOMPARE(found->remoteId, QStringLiteral("777"));
    QCOMPARE(found->body, draft.body);
    QCOMPARE(rowCount(w.workspace()), 1);

    // A sync that does not know the draft marks it deleted; a sync that lists it counts an update.
    SYNC(store, {}, 0, 0, 1, 0);
    SYNC(store, {draft}, 0, 1, 0, 1);

    MessageTemplate nameless = draft;
    nameless.name.clear();
    QCOMPARE(store.save(nameless, &error), 0);
    QVERIFY(!error.isEmpty());
}

void TestTemplateStore::listAndFindRoundTripContent()
{
    TestWorkspace w;
    TemplateStore store(w.workspace().database());
    const QList<MessageTemplate> all = sandboxTemplates();
    SYNC(store, all, 8, 0, 0, 8);
    QString error;
    for (const MessageTemplate &t : all) {
        const auto stored = store.find(kSandbox, t.name, t.language, &error);
        QVERIFY2(stored, qPrintable(t.name));
        QCOMPARE(stored->remoteId, t.remoteId);
        QCOMPARE(stored->status, t.status);
        QCOMPARE(stored->quality, t.quality);
        QCOMPARE(stored->rejectedReason, t.rejectedReason);
        QCOMPARE(stored->headerFormat, t.headerFormat);
        QCOMPARE(stored->bodyNamedExamples, t.bodyNamedExamples);
        QCOMPARE(stored->buttons.size(), t.buttons.size());
        QCOMPARE(stored->toGraphJson(), t.toGraphJson());
    }
    QVERIFY(!store.find(kSandbox, QStringLiteral("nope"), QStringLiteral("en_US"), &error));
    QVERIFY(error.isEmpty());
}

QTEST_GUILESS_MAIN(TestTemplateStore)
#include "tst_templatestore.moc"
