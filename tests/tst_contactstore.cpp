#include "models/contacts/contactstore.h"
#include "models/storage/workspace.h"
#include "testworkspace.h"

#include <QSqlQuery>
#include <QTest>

namespace {

Contact make(const QString &phone, const QString &name, const QStringList &tags = {})
{
    Contact c;
    c.phone = phone;
    c.name = name;
    c.tags = tags;
    return c;
}

} // namespace

class TestContactStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void upsertMergesByPhone();
    void countsFollowConsent();
    void tagsAddAndRemove();
    void searchMatchesNamePhoneTagAttribute_data();
    void searchMatchesNamePhoneTagAttribute();
    void sortOrders();
    void removeCascadesTags();
};

void TestContactStore::upsertMergesByPhone()
{
    TestWorkspace t;
    ContactStore store(t.workspace().database());
    QString error;
    Contact a = make(QStringLiteral("+919876543210"), QStringLiteral("Asha"), {QStringLiteral("vip")});
    a.attributes.insert(QStringLiteral("city"), QStringLiteral("Pune"));
    const qint64 id = store.upsert(a, &error);
    QVERIFY2(id > 0, qPrintable(error));

    Contact b = make(QStringLiteral("+919876543210"), QString(), {QStringLiteral("newsletter")});
    b.attributes.insert(QStringLiteral("plan"), QStringLiteral("gold"));
    const qint64 again = store.upsert(b, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(again, id);

    const auto merged = store.byId(id, &error);
    QVERIFY(merged);
    QCOMPARE(merged->name, QStringLiteral("Asha"));   // an empty name does not erase the known one
    QCOMPARE(merged->tags, (QStringList{QStringLiteral("newsletter"), QStringLiteral("vip")}));
    QCOMPARE(merged->attributes.value(QStringLiteral("city")).toString(), QStringLiteral("Pune"));
    QCOMPARE(merged->attributes.value(QStringLiteral("plan")).toString(), QStringLiteral("gold"));
    QCOMPARE(store.counts(&error)->contacts, 1);
}

void TestContactStore::countsFollowConsent()
{
    TestWorkspace t;
    ContactStore store(t.workspace().database());
    QString error;
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids << store.upsert(make(QStringLiteral("+4915112345%1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("C%1").arg(i)), &error);
    QVERIFY(store.optIn(ids.mid(0, 4), QStringLiteral("web form"), &error));
    QVERIFY(store.optOut(ids.mid(3, 2), QStringLiteral("asked by phone"), &error));
    const auto counts = store.counts(&error);
    QVERIFY(counts);
    QCOMPARE(counts->contacts, 5);
    QCOMPARE(counts->optedIn, 3);
    QCOMPARE(counts->optedOut, 2);
    const auto out = store.byId(ids.at(3), &error);
    QCOMPARE(out->consent(), Contact::Consent::OptedOut);
    QCOMPARE(out->optOutReason, QStringLiteral("asked by phone"));
    QVERIFY(out->optOutAt.isValid());
    QCOMPARE(out->optInSource, QStringLiteral("web form"));   // the history of the opt-in is kept
    // Opting in again clears the opt-out.
    QVERIFY(store.optIn({ids.at(3)}, QStringLiteral("re-subscribed"), &error));
    QCOMPARE(store.byId(ids.at(3), &error)->consent(), Contact::Consent::OptedIn);
}

void TestContactStore::tagsAddAndRemove()
{
    TestWorkspace t;
    ContactStore store(t.workspace().database());
    QString error;
    const qint64 a = store.upsert(make(QStringLiteral("+12025550101"), QStringLiteral("A")), &error);
    const qint64 b = store.upsert(make(QStringLiteral("+12025550102"), QStringLiteral("B")), &error);
    QVERIFY(store.addTag({a, b}, QStringLiteral("Spring sale"), &error));
    QVERIFY(store.addTag({a}, QStringLiteral("spring SALE"), &error));   // same tag, any case
    QCOMPARE(store.tagNames(&error), QStringList{QStringLiteral("Spring sale")});
    QVERIFY(store.removeTag({a}, QStringLiteral("spring sale"), &error));
    QVERIFY(store.byId(a, &error)->tags.isEmpty());
    QCOMPARE(store.byId(b, &error)->tags, QStringList{QStringLiteral("Spring sale")});
    QVERIFY(store.removeTag({a}, QStringLiteral("no such tag"), &error));
    QVERIFY(!store.addTag({a}, QStringLiteral("  "), &error));
}

void TestContactStore::searchMatchesNamePhoneTagAttribute_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("name") << QStringLiteral("mari") << QStringList{QStringLiteral("Mariana")};
    QTest::newRow("phone") << QStringLiteral("55119") << QStringList{QStringLiteral("Mariana")};
    QTest::newRow("tag") << QStringLiteral("vip") << QStringList{QStringLiteral("Budi")};
    QTest::newRow("attribute") << QStringLiteral("jakarta") << QStringList{QStringLiteral("Budi")};
    QTest::newRow("like wildcards are literal") << QStringLiteral("%") << QStringList{};
    QTest::newRow("empty") << QString() << QStringList{QStringLiteral("Mariana"), QStringLiteral("Budi"), QStringLiteral("Ana")};
}

void TestContactStore::searchMatchesNamePhoneTagAttribute()
{
    QFETCH(QString, search);
    QFETCH(QStringList, names);
    TestWorkspace t;
    ContactStore store(t.workspace().database());
    QString error;
    store.upsert(make(QStringLiteral("+5511987654321"), QStringLiteral("Mariana")), &error);
    Contact budi = make(QStringLiteral("+6281234567890"), QStringLiteral("Budi"), {QStringLiteral("VIP")});
    budi.attributes.insert(QStringLiteral("city"), QStringLiteral("Jakarta"));
    store.upsert(budi, &error);
    store.upsert(make(QStringLiteral("+34612345678"), QStringLiteral("Ana")), &error);
    ContactQuery q;
    q.search = search;
    const auto ids = store.ids(q, &error);
    QVERIFY2(ids, qPrintable(error));
    QStringList got;
    for (const Contact &c : store.fetch(*ids, &error))
        got << c.name;
    QCOMPARE(got, names);
}

void TestContactStore::sortOrders()
{
    TestWorkspace t;
    ContactStore store(t.workspace().database());
    QString error;
    store.upsert(make(QStringLiteral("+34612345678"), QStringLiteral("carla")), &error);
    store.upsert(make(QStringLiteral("+12025550101"), QStringLiteral("Bea")), &error);
    store.upsert(make(QStringLiteral("+5511987654321"), QStringLiteral("Aldo")), &error);
    auto namesFor = [&](ContactQuery::SortKey key, Qt::SortOrder order) {
        ContactQuery q;
        q.sort = key;
        q.order = order;
        QStringList got;
        for (const Contact &c : store.fetch(*store.ids(q, &error), &error))
            got << c.name;
        return got;
    };
    QCOMPARE(namesFor(ContactQuery::SortKey::Created, Qt::AscendingOrder),
             (QStringList{QStringLiteral("carla"), QStringLiteral("Bea"), QStringLiteral("Aldo")}));
    QCOMPARE(namesFor(ContactQuery::SortKey::Name, Qt::AscendingOrder),
             (QStringList{QStringLiteral("Aldo"), QStringLiteral("Bea"), QStringLiteral("carla")}));
    QCOMPARE(namesFor(ContactQuery::SortKey::Name, Qt::DescendingOrder),
             (QStringList{QStringLiteral("carla"), QStringLiteral("Bea"), QStringLiteral("Aldo")}));
    QCOMPARE(namesFor(ContactQuery::SortKey::Phone, Qt::AscendingOrder),
             (QStringList{QStringLiteral("Bea"), QStringLiteral("carla"), QStringLiteral("Aldo")}));
}

void TestContactStore::removeCascadesTags()
{
    TestWorkspace t;
    ContactStore store(t.workspace().database());
    QString error;
    const qint64 a = store.upsert(make(QStringLiteral("+12025550101"), QStringLiteral("A"), {QStringLiteral("x")}), &error);
    QVERIFY(store.remove({a}, &error));
    QVERIFY(!store.byId(a, &error));
    QSqlQuery q(t.workspace().database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM contact_tags")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestContactStore)
#include "tst_contactstore.moc"
