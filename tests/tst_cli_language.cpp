// herald-cli speaks the user's language (HERALD_LANGUAGE, else Settings → Language, else the system's) in its human
// output, while --json and the CSV files stay the same for scripts; --separator chooses a CSV's column separator.
#include "clirun.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTest>

namespace {

CliRun cli(const QStringList &args, const QString &language)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HERALD_LANGUAGE"), language);
    return runCli(QStringLiteral(HERALD_CLI_PATH), args, {}, env, 120000);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void humanOutputIsTranslated();
    void jsonNeverChanges();
    void separatorOption_data();
    void separatorOption();
    void badSeparatorIsAUsageError();

private:
    QTemporaryDir m_dir;
    QString m_ws;
};

void TestCliLanguage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ws = m_dir.filePath(QStringLiteral("w.herald"));
    const CliRun r
        = cli({ QStringLiteral("--workspace"), m_ws, QStringLiteral("contacts"), QStringLiteral("add"),
                  QStringLiteral("+5511987650001"), QStringLiteral("--name"), QStringLiteral("Renata; Alves"),
                  QStringLiteral("--opted-in"), QStringLiteral("--opt-in-source"), QStringLiteral("loja") },
            QStringLiteral("C"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestCliLanguage::humanOutputIsTranslated()
{
    const QStringList args { QStringLiteral("--workspace"), m_ws, QStringLiteral("contacts"), QStringLiteral("count") };
    const CliRun english = cli(args, QStringLiteral("C"));
    QCOMPARE(english.exitCode, 0);
    QVERIFY2(english.out.contains("1 contacts: 1 opted in, 0 opted out."), english.out.constData());
    const CliRun portuguese = cli(args, QStringLiteral("pt_BR"));
    QCOMPARE(portuguese.exitCode, 0);
    QVERIFY2(portuguese.out.contains("1 contatos: 1 inscritos, 0 descadastrados."), portuguese.out.constData());
    // Errors too, on stderr.
    const CliRun error = cli({ QStringLiteral("--workspace"), m_ws, QStringLiteral("contacts"), QStringLiteral("count"),
                                 QStringLiteral("extra") },
        QStringLiteral("pt_BR"));
    QCOMPARE(error.exitCode, 2);
    QVERIFY2(error.err.contains("contacts count não aceita argumentos."), error.err.constData());
    // A Mexican system gets the Latin American Spanish file (Qt's own lookup would not find es_419 for es_MX).
    QTranslator spanish;
    QVERIFY(spanish.load(QStringLiteral("herald_es_419.qm"), QStringLiteral(":/i18n")));
    const QString expected
        = spanish.translate("CliCommands", "%1 contacts: %2 opted in, %3 opted out.").arg(1).arg(1).arg(0);
    QVERIFY(!expected.isEmpty() && !expected.startsWith(QLatin1String("1 contacts")));
    const CliRun mexico = cli(args, QStringLiteral("es_MX"));
    QCOMPARE(mexico.exitCode, 0);
    QVERIFY2(QString::fromUtf8(mexico.out).contains(expected), mexico.out.constData());
}

void TestCliLanguage::jsonNeverChanges()
{
    const QStringList args { QStringLiteral("--workspace"), m_ws, QStringLiteral("contacts"), QStringLiteral("count"),
        QStringLiteral("--json") };
    const CliRun english = cli(args, QStringLiteral("C"));
    const CliRun portuguese = cli(args, QStringLiteral("pt_BR"));
    QCOMPARE(english.exitCode, 0);
    QCOMPARE(portuguese.exitCode, 0);
    QCOMPARE(portuguese.out, english.out);
    QCOMPARE(portuguese.json().value(QStringLiteral("opted_in")).toInt(), 1);
}

void TestCliLanguage::separatorOption_data()
{
    QTest::addColumn<QStringList>("option");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("name"); // a name holding the separator is quoted
    QTest::newRow("default") << QStringList() << QByteArray("phone,name,") << QByteArray("Renata; Alves");
    QTest::newRow("semicolon") << QStringList { QStringLiteral("--separator"), QStringLiteral(";") }
                               << QByteArray("phone;name;") << QByteArray("\"Renata; Alves\"");
    QTest::newRow("tab") << QStringList { QStringLiteral("--separator"), QStringLiteral("tab") }
                         << QByteArray("phone\tname\t") << QByteArray("Renata; Alves");
}

void TestCliLanguage::separatorOption()
{
    QFETCH(QStringList, option);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, name);
    const QString file = m_dir.filePath(QStringLiteral("out-%1.csv").arg(QString::fromLatin1(QTest::currentDataTag())));
    // The language never changes the separator: scripts get ',' unless they ask.
    const CliRun r = cli(
        QStringList { QStringLiteral("--workspace"), m_ws, QStringLiteral("contacts"), QStringLiteral("export"), file }
            + option,
        QStringLiteral("pt_BR"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray text = readAll(file);
    QVERIFY2(text.contains(header), text.constData());
    QVERIFY2(text.contains(name), text.constData());
}

void TestCliLanguage::badSeparatorIsAUsageError()
{
    const CliRun r
        = cli({ QStringLiteral("--workspace"), m_ws, QStringLiteral("contacts"), QStringLiteral("export"),
                  m_dir.filePath(QStringLiteral("x.csv")), QStringLiteral("--separator"), QStringLiteral("|") },
            QStringLiteral("C"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--separator must be , or ; or tab"), r.err.constData());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.csv"))));
}

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_cli_language.moc"
