// `herald --help` and `herald --version` answer on the terminal without a display: no DISPLAY, no WAYLAND_DISPLAY and
// no QT_QPA_PLATFORM, where constructing the window's QApplication would abort.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

class TestHeraldCmdline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersWithoutADisplay_data();
    void answersWithoutADisplay();
    void windowNeedsADisplay();

private:
    static QProcessEnvironment headless(const QString &home)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "HERALD_LANGUAGE"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HOME"), home);   // no settings or log of the person running the tests
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        return env;
    }
};

void TestHeraldCmdline::answersWithoutADisplay_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help") << QStringLiteral("--help") << QStringLiteral("--workspace <PATH>");
    QTest::newRow("-h") << QStringLiteral("-h") << QStringLiteral("--demo");
    QTest::newRow("--version") << QStringLiteral("--version") << QStringLiteral("Herald " HERALD_VERSION);
}

void TestHeraldCmdline::answersWithoutADisplay()
{
    QFETCH(QString, option);
    QFETCH(QString, expected);
    QTemporaryDir home;
    QProcess herald;
    herald.setProcessEnvironment(headless(home.path()));
    herald.start(QStringLiteral(HERALD_GUI_PATH), {option});
    QVERIFY(herald.waitForFinished(60000));
    const QString out = QString::fromUtf8(herald.readAllStandardOutput());
    QVERIFY2(herald.exitStatus() == QProcess::NormalExit && herald.exitCode() == 0,
             qPrintable(QString::fromUtf8(herald.readAllStandardError())));
    QVERIFY2(out.contains(expected), qPrintable(out));
    if (option != QStringLiteral("--version"))
        QVERIFY2(out.contains(QStringLiteral("Usage:")), qPrintable(out));
}

// The check above means something: without --help the same environment cannot open a window.
void TestHeraldCmdline::windowNeedsADisplay()
{
    QTemporaryDir home;
    QProcess herald;
    herald.setProcessEnvironment(headless(home.path()));
    herald.start(QStringLiteral(HERALD_GUI_PATH), {QStringLiteral("--workspace"), home.filePath(QStringLiteral("w.herald"))});
    QVERIFY(herald.waitForFinished(60000));
    QVERIFY(herald.exitStatus() != QProcess::NormalExit || herald.exitCode() != 0);
}

QTEST_GUILESS_MAIN(TestHeraldCmdline)
#include "tst_herald_cmdline.moc"
