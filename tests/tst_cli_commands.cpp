// herald-cli's commands as classes (issue 12 §7): the registry behind `herald-cli help` lists exactly the commands
// README.md's synopsis documents, each with a description, and every one answers `herald-cli help NAME` and
// `herald-cli NAME --help` with its options. Real herald-cli processes.
#include "clirun.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

// The command names in README.md's herald-cli synopsis: "contacts tag|untag PHONE..." → contacts tag, contacts
// untag; "campaign list [--json] | campaign show ID" → campaign list, campaign show. Continuation lines (indented)
// and alternatives of options ("[--json | --csv FILE]") name no command.
QStringList readmeCommands()
{
    QFile f(QStringLiteral(HERALD_README));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(f.readAll());
    const qsizetype from = text.indexOf(QLatin1String("## herald-cli\n\n```\n"));
    if (from < 0)
        return {};
    const qsizetype end = text.indexOf(QLatin1String("```"), from + 20);
    QStringList names;
    const QStringList lines = text.mid(from, end - from).split(QLatin1Char('\n'));
    static const QRegularExpression program(QStringLiteral("^herald-cli (\\[--workspace PATH\\] )?"));
    static const QRegularExpression word(QStringLiteral("^[a-z][a-z|-]*$"));
    for (const QString &line : lines) {
        if (!line.startsWith(QLatin1String("herald-cli ")))
            continue;
        for (const QString &part : QString(line).remove(program).split(QLatin1String(" | "))) {
            const QStringList words = part.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (words.isEmpty() || !word.match(words.first()).hasMatch())
                continue;   // "--csv FILE]": an option's alternative
            const QString group = words.first();
            if (group == QLatin1String("sync") || group == QLatin1String("agent") || group == QLatin1String("cost")
                || group == QLatin1String("portfolio")) {
                names << group;
                continue;
            }
            if (words.size() < 2 || !word.match(words.at(1)).hasMatch())
                continue;
            for (const QString &verb : words.at(1).split(QLatin1Char('|')))
                names << group + QLatin1Char(' ') + verb;
        }
    }
    names.removeDuplicates();
    return names;
}

} // namespace

class TestCliCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registryListsTheReadmeCommands();
    void helpPerCommand_data();
    void helpPerCommand();
    void helpForAnUnknownCommand();

private:
    static CliRun cli(const QStringList &args) { return runCli(QStringLiteral(HERALD_CLI_PATH), args); }
};

void TestCliCommands::registryListsTheReadmeCommands()
{
    const QStringList documented = readmeCommands();
    QVERIFY2(documented.size() > 30, qPrintable(documented.join(QLatin1String(", "))));

    const CliRun r = cli({QStringLiteral("help")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'));
    QVERIFY(lines.size() > 2);
    QCOMPARE(lines.first(), QStringLiteral("Commands:"));
    QStringList listed;
    static const QRegularExpression row(QStringLiteral("^  (\\S+(?: \\S+)?)  +(\\S.*)$"));
    for (const QString &line : lines.mid(1)) {
        if (line.isEmpty())
            break;
        const QRegularExpressionMatch m = row.match(line);
        QVERIFY2(m.hasMatch(), qPrintable(QStringLiteral("no name and description: ") + line));
        listed << m.captured(1);
    }
    QCOMPARE(QSet<QString>(listed.begin(), listed.end()).size(), listed.size());   // each command once
    for (const QString &name : documented)
        QVERIFY2(listed.contains(name),
                 qPrintable(name + QStringLiteral(" is in README.md but not in herald-cli help")));
    for (const QString &name : listed)
        QVERIFY2(documented.contains(name),
                 qPrintable(name + QStringLiteral(" is in herald-cli help but not in README.md")));
}

void TestCliCommands::helpPerCommand_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : readmeCommands())
        QTest::newRow(qPrintable(name)) << name;
}

void TestCliCommands::helpPerCommand()
{
    QFETCH(QString, name);
    const QStringList words = name.split(QLatin1Char(' '));

    const CliRun viaHelp = cli(QStringList{QStringLiteral("help")} + words);
    QCOMPARE(viaHelp.exitCode, 0);
    const QString text = QString::fromUtf8(viaHelp.out);
    QVERIFY2(text.contains(QStringLiteral("herald-cli ") + name + QLatin1Char('\n')), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("--workspace <PATH>")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("--help")), qPrintable(text));

    const CliRun viaOption = cli(words + QStringList{QStringLiteral("--help")});
    QCOMPARE(viaOption.exitCode, 0);
    QCOMPARE(viaOption.out, viaHelp.out);
}

void TestCliCommands::helpForAnUnknownCommand()
{
    const CliRun r = cli({QStringLiteral("help"), QStringLiteral("campaign"), QStringLiteral("launch")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("Unknown command “campaign launch”."), r.err.constData());
    QVERIFY2(r.err.contains("Usage: herald-cli"), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_cli_commands.moc"
