// Money and times as the reader's locale writes them (models/core/localformat.*).
#include "models/core/localformat.h"

#include <QDateTime>
#include <QtTest>

class TestLocalFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void money_data();
    void money();
    void dateTimeSecondsFollowsTheLocale();
};

void TestLocalFormat::money_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("symbol"); // what names the currency in the text
    QTest::addColumn<QString>("number"); // 1234.56 in the locale's digits and separators
    QTest::newRow("pt_BR, its own currency")
        << QStringLiteral("pt_BR") << QStringLiteral("BRL") << QStringLiteral("R$") << QStringLiteral("1.234,56");
    QTest::newRow("pt_BR, dollars") << QStringLiteral("pt_BR") << QStringLiteral("USD") << QStringLiteral("USD")
                                    << QStringLiteral("1.234,56");
    QTest::newRow("en_US, reais") << QStringLiteral("en_US") << QStringLiteral("brl") << QStringLiteral("BRL")
                                  << QStringLiteral("1,234.56");
    QTest::newRow("hi_IN, rupees") << QStringLiteral("hi_IN") << QStringLiteral("INR") << QStringLiteral("₹")
                                   << QStringLiteral("1,234.56");
    QTest::newRow("id_ID, rupiah") << QStringLiteral("id_ID") << QStringLiteral("IDR") << QStringLiteral("Rp")
                                   << QStringLiteral("1.234,56");
    QTest::newRow("es_MX, pesos") << QStringLiteral("es_MX") << QStringLiteral("MXN") << QStringLiteral("$")
                                  << QStringLiteral("1,234.56");
}

void TestLocalFormat::money()
{
    QFETCH(QString, locale);
    QFETCH(QString, code);
    QFETCH(QString, symbol);
    QFETCH(QString, number);
    const QString text = LocalFormat::money(1234.56, code, QLocale(locale));
    QVERIFY2(text.contains(symbol) && text.contains(number), qPrintable(text));
    // Never the old "1234.56 BRL": the number is grouped.
    QVERIFY(!text.contains(QLatin1String("1234")));
    // A currency code is never glued to the number ("USD1,234.56").
    if (symbol == code.toUpper())
        QVERIFY2(text.contains(symbol + QChar(QChar::Nbsp)) || text.contains(QChar(QChar::Nbsp) + symbol), qPrintable(text));
}

void TestLocalFormat::dateTimeSecondsFollowsTheLocale()
{
    const qint64 ms = QDateTime(QDate(2026, 12, 7), QTime(14, 5, 9)).toMSecsSinceEpoch();
    const QString br = LocalFormat::dateTimeSeconds(ms, QLocale(QStringLiteral("pt_BR")));
    QVERIFY2(br.startsWith(QLatin1String("07/12/2026")) && br.endsWith(QLatin1String("14:05:09")), qPrintable(br));
    const QString us = LocalFormat::dateTimeSeconds(ms, QLocale(QStringLiteral("en_US")));
    QVERIFY2(us.startsWith(QLatin1String("12/7/26")) && us.contains(QLatin1String("2:05:09")), qPrintable(us));
    QVERIFY(LocalFormat::dateTimeSeconds(0).isEmpty());
}

QTEST_GUILESS_MAIN(TestLocalFormat)
#include "tst_localformat.moc"
