// A rate card from a CSV (issue 18 §3): a good file with dates is imported in one go; a bad line is refused with its
// number and field and nothing at all is written; re-importing replaces prices instead of adding rows.
#include "models/campaigns/ratecard.h"
#include "models/campaigns/ratecardimport.h"
#include "models/storage/workspace.h"
#include "testworkspace.h"

#include <QTest>

class TestRateCardImport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_tw;
    QSqlDatabase db() { return m_tw->workspace().database(); }
    QList<RateCard::Rate> rates()
    {
        QString error;
        const QList<RateCard::Rate> list = RateCard(db()).list(&error);
        if (!error.isEmpty())
            qFatal("list: %s", qPrintable(error));
        return list;
    }

private Q_SLOTS:
    void init() { m_tw = std::make_unique<TestWorkspace>(); }
    void cleanup() { m_tw.reset(); }

    void goodFileWithDates()
    {
        const QString path = m_tw->writeFile(QStringLiteral("rates.csv"),
                                             "Category,Country,Price,Currency,Valid_From\n"
                                             "marketing,IN,0.0107,USD,\n"
                                             "MARKETING,IN,0.0118,usd,2025-07-01\n"
                                             "utility,,0.0040,USD,2025-07-01\n"
                                             "AUTHENTICATION,DE,\"0,0768\",EUR,\n");
        const Result<RateCardImport::Summary> s = RateCardImport::importFile(db(), path);
        QVERIFY2(s, s ? "" : qPrintable(s.error()));
        QCOMPARE(s->rates, qint64(4));
        QCOMPARE(s->added, qint64(4));
        QCOMPARE(s->replaced, qint64(0));
        QCOMPARE(s->currencies, (QStringList { QStringLiteral("USD"), QStringLiteral("EUR") }));
        QCOMPARE(rates().size(), 4);
        QString error;
        RateCard card(db());
        QCOMPARE(card.lookup(QStringLiteral("MARKETING"), QStringLiteral("IN"), QDate(2025, 6, 30), &error)->price, 0.0107);
        QCOMPARE(card.lookup(QStringLiteral("MARKETING"), QStringLiteral("IN"), QDate(2025, 7, 1), &error)->price, 0.0118);
        QVERIFY(!card.lookup(QStringLiteral("UTILITY"), QStringLiteral("BR"), QDate(2025, 6, 30), &error));
        QCOMPARE(card.lookup(QStringLiteral("UTILITY"), QStringLiteral("BR"), QDate(2025, 8, 1), &error)->price, 0.0040);
        const auto auth = card.lookup(QStringLiteral("AUTHENTICATION"), QStringLiteral("DE"), QDate(2025, 1, 1), &error);
        QCOMPARE(auth->price, 0.0768);   // a spreadsheet's decimal comma
        QCOMPARE(auth->currency, QStringLiteral("EUR"));

        // The same file again replaces the four prices; nothing is added.
        const Result<RateCardImport::Summary> again = RateCardImport::importFile(db(), path);
        QVERIFY(again);
        QCOMPARE(again->replaced, qint64(4));
        QCOMPARE(again->added, qint64(0));
        QCOMPARE(rates().size(), 4);
    }

    void badLineNamed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        const QByteArray header = "category,country,price,currency,valid_from\n";
        const QByteArray good = "MARKETING,IN,0.0107,USD,\n";
        QTest::newRow("price") << header + good + "UTILITY,IN,abc,USD,\n" << QStringLiteral("Line 3, field price");
        QTest::newRow("negative price") << header + good + "UTILITY,IN,-1,USD,\n" << QStringLiteral("Line 3, field price");
        QTest::newRow("country") << header + good + QByteArray("MARKETING,XX,0.0107,USD,\n") << QStringLiteral("Line 3, field country");
        QTest::newRow("currency") << header + good + "UTILITY,IN,0.1,DOLLARS,\n" << QStringLiteral("Line 3, field currency");
        QTest::newRow("date") << header + good + "UTILITY,IN,0.1,USD,1 July\n" << QStringLiteral("Line 3, field valid_from");
        QTest::newRow("category") << header + good + ",IN,0.1,USD,\n" << QStringLiteral("Line 3, field category");
        QTest::newRow("twice") << header + good + "marketing,in,0.2,USD,\n" << QStringLiteral("Line 3: the same");
        QTest::newRow("no header") << good + good << QStringLiteral("Line 1 (the header)");
        QTest::newRow("missing column") << QByteArray("category,country,price\nMARKETING,IN,0.1\n")
                                        << QStringLiteral("the column “currency” is missing");
    }
    void badLineNamed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QString error;
        QVERIFY2(RateCard(db()).set({ QStringLiteral("SERVICE"), QString(), 0, QStringLiteral("USD"), {} }, &error),
                 qPrintable(error));
        const QString path = m_tw->writeFile(QStringLiteral("bad.csv"), body);
        const Result<RateCardImport::Summary> s = RateCardImport::importFile(db(), path);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(expected), qPrintable(s.error()));
        QVERIFY2(s.error().contains(QStringLiteral("Nothing was imported")), qPrintable(s.error()));
        // All or nothing: the good line before the bad one was not written; the rate that was there stays.
        const QList<RateCard::Rate> after = rates();
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().category, QStringLiteral("SERVICE"));
    }
};

QTEST_GUILESS_MAIN(TestRateCardImport)
#include "tst_ratecardimport.moc"
