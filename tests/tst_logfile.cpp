// Herald's log file (app/engine/log/logfile.*): what qWarning & co. write reaches <dir>/herald.log without tokens or
// message bodies, and the file rotates at its size limit keeping a fixed number of files.
#include "engine/log/logfile.h"
#include "models/core/clock.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

Q_LOGGING_CATEGORY(lcLogTest, "herald.logtest", QtInfoMsg)

class TestLogFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { LogFile::uninstall(); }
    void redactsSecretsAndBodies_data();
    void redactsSecretsAndBodies();
    void warningReachesTheFileWithoutTheToken();
    void rotatesAtTheLimitKeepingFiles();

private:
    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

void TestLogFile::redactsSecretsAndBodies_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("kept");
    QTest::newRow("bearer header") << QStringLiteral("POST /v21.0/123/messages Authorization: Bearer EAAGm0PX4ZCpsBAbc.def")
                                   << QStringLiteral("EAAGm0PX4ZCpsBAbc.def") << QStringLiteral("/v21.0/123/messages");
    QTest::newRow("query token") << QStringLiteral("GET https://graph.facebook.com/debug_token?input_token=XYZ987&access_token=ABC123&x=1")
                                 << QStringLiteral("ABC123") << QStringLiteral("x=1");
    QTest::newRow("input token") << QStringLiteral("GET /debug_token?input_token=XYZ987&fields=a")
                                 << QStringLiteral("XYZ987") << QStringLiteral("fields=a");
    QTest::newRow("json token") << QStringLiteral(R"(reply {"access_token": "EAAtok\"en42", "expires_in": 5})")
                                << QStringLiteral("en42") << QStringLiteral(R"("expires_in": 5)");
    QTest::newRow("message body") << QStringLiteral(R"(sent {"to":"+919876543210","text":{"body":"Hello Priya, 20% off"}})")
                                  << QStringLiteral("Hello Priya") << QStringLiteral("+919876543210");
    QTest::newRow("reply text") << QStringLiteral(R"(webhook {"type":"text","text":"Call me at 5"})")
                                << QStringLiteral("Call me") << QStringLiteral(R"("type":"text")");
}

void TestLogFile::redactsSecretsAndBodies()
{
    QFETCH(QString, line);
    QFETCH(QString, secret);
    QFETCH(QString, kept);
    const QString out = LogFile::redact(line);
    QVERIFY2(!out.contains(secret), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("[redacted]")), qPrintable(out));
    QVERIFY2(out.contains(kept), qPrintable(out));
}

void TestLogFile::warningReachesTheFileWithoutTheToken()
{
    QTemporaryDir dir;
    const QString logs = dir.filePath(QStringLiteral("logs"));
    TestClock clock(QDateTime(QDate(2026, 12, 7), QTime(10, 15, 30), Qt::UTC));
    ScopedClock useClock(clock);
    QVERIFY(LogFile::install({logs, 1024 * 1024, 5, false}));
    QCOMPARE(LogFile::directory(), logs);
    qCWarning(lcLogTest, "send failed: Authorization: Bearer EAAGsecretTOKEN42 body {\"text\":{\"body\":\"Diwali 30%% off\"}}");
    qInfo("token refreshed: access_token=EAAGother99&debug=all");
    LogFile::uninstall();

    const QByteArray text = readAll(QDir(logs).filePath(LogFile::fileName()));
    QVERIFY2(text.contains("2026-12-07T10:15:30.000Z W herald.logtest: send failed"), text.constData());
    QVERIFY2(text.contains("I herald: token refreshed"), text.constData());
    QVERIFY(text.contains("debug=all"));
    QVERIFY2(!text.contains("EAAGsecretTOKEN42"), text.constData());
    QVERIFY2(!text.contains("EAAGother99"), text.constData());
    QVERIFY2(!text.contains("Diwali"), text.constData());
    // Uninstalled: nothing more is written.
    qWarning("after uninstall");
    QVERIFY(!readAll(QDir(logs).filePath(LogFile::fileName())).contains("after uninstall"));
}

void TestLogFile::rotatesAtTheLimitKeepingFiles()
{
    QTemporaryDir dir;
    const qint64 limit = 4096;
    QVERIFY(LogFile::install({dir.path(), limit, 3, false}));
    const QString filler(100, QLatin1Char('x'));
    const int lines = 400;   // ~50 KB: many rotations
    for (int i = 0; i < lines; ++i)
        QVERIFY(LogFile::write(QtWarningMsg, "herald.logtest", QStringLiteral("line %1 %2").arg(i).arg(filler)));
    LogFile::uninstall();

    const QDir d(dir.path());
    const QStringList files = d.entryList(QDir::Files, QDir::Name);
    QCOMPARE(files, QStringList({QStringLiteral("herald.log"), QStringLiteral("herald.log.1"),
                                 QStringLiteral("herald.log.2")}));
    for (const QString &f : files) {
        const qint64 size = QFileInfo(d.filePath(f)).size();
        QVERIFY2(size > 0 && size <= limit, qPrintable(f + QStringLiteral(": ") + QString::number(size)));
    }
    // The newest line is in herald.log, older ones in .1 then .2, and the oldest are gone.
    const QByteArray current = readAll(d.filePath(QStringLiteral("herald.log")));
    QVERIFY(current.contains(QStringLiteral("line %1 ").arg(lines - 1).toUtf8()));
    const QByteArray oldest = readAll(d.filePath(QStringLiteral("herald.log.2")));
    QVERIFY(!oldest.contains(QStringLiteral("line %1 ").arg(lines - 1).toUtf8()));
    const QByteArray all = current + readAll(d.filePath(QStringLiteral("herald.log.1"))) + oldest;
    QVERIFY(!all.contains("line 0 "));
    // Lines are never split across files.
    for (const QString &f : files)
        QVERIFY(readAll(d.filePath(f)).endsWith('\n'));
}

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
