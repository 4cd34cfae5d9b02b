// ErrorText: values quoted in error messages are cut to a readable length, never a 10 MB line.
#include "models/core/errortext.h"

#include <QLocale>
#include <QTest>

class TestErrorText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shortValuesStayWhole();
    void longValuesKeepStartEndAndLength();
    void surrogatePairsAreNotCut();
};

void TestErrorText::shortValuesStayWhole()
{
    const QString v(ErrorText::kMaxQuoted, QLatin1Char('a'));
    QCOMPARE(ErrorText::elide(v), v);
    QCOMPARE(ErrorText::quote(QStringLiteral("x")), QStringLiteral("“x”"));
}

void TestErrorText::longValuesKeepStartEndAndLength()
{
    const QString v = QStringLiteral("START") + QString(10 * 1024 * 1024, QLatin1Char('m')) + QStringLiteral("END");
    const QString e = ErrorText::elide(v);
    QVERIFY2(e.size() < 2 * ErrorText::kMaxQuoted, qPrintable(e));
    QVERIFY(e.startsWith(QStringLiteral("START")));
    QVERIFY(e.contains(QStringLiteral("END (")));
    QVERIFY(e.contains(QLocale().toString(qlonglong(v.size()))));
    QVERIFY(ErrorText::quote(v).size() < 2 * ErrorText::kMaxQuoted);
    QVERIFY(ErrorText::elide(v, 10).size() < 40);
}

void TestErrorText::surrogatePairsAreNotCut()
{
    QString v;
    for (int i = 0; i < 200; ++i)
        v += QStringLiteral("😀");   // two UTF-16 units each
    for (int max : {9, 10, 11, 80}) {
        const QString e = ErrorText::elide(v, max);
        for (qsizetype i = 0; i < e.size(); ++i) {
            if (e.at(i).isHighSurrogate())
                QVERIFY(i + 1 < e.size() && e.at(i + 1).isLowSurrogate());
            else if (e.at(i).isLowSurrogate())
                QVERIFY(i > 0 && e.at(i - 1).isHighSurrogate());
        }
    }
}

QTEST_GUILESS_MAIN(TestErrorText)
#include "tst_errortext.moc"
