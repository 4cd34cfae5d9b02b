#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <initializer_list>

// herald-cli's one translation context: every command class and the helpers of app/cli translate as "CliCommands",
// the context the .ts files know.
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    CliCommands() = delete;
};

// One herald-cli command (KeePassXC's src/cli/Command.h is the model): its name ("campaign run", "sync"), where
// and how `herald-cli --help` lists it, a one-line description for `herald-cli help`, and execute(). Each command
// is a class of its own (header <name>command.h, listed in clicommands.h); commandregistry.cpp holds one instance
// of each, in the order `herald-cli --help` lists them. A command's options are its QCommandLineParser, set up at the start of
// execute() and parsed with Cli::parse(), which also answers `--help` (`herald-cli help NAME` runs that).
//
// execute() returns the process exit code: 0 success, 1 failure, 2 usage error (agent: 3 standing by; campaign
// run/start: kExitWaiting). With --json a command prints one JSON object on stdout; otherwise a short human
// summary. Errors always go to stderr. What commands share (streams, --json, opening the workspace, the chosen
// account) is in clisupport.h.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    // The groups of `herald-cli --help`, in its order.
    enum class Section { Contacts, Accounts, Templates, Campaigns, Investigation, Workspace };

    static constexpr int kExitWaiting = 4;   // the run waits for the daily messaging limit (not an error)

    // One verb of a class that serves several with one execute() (`campaign pause|resume|stop`): its synopsis
    // (nullptr: another verb's line shows it) and description, both marked QT_TRANSLATE_NOOP("CliCommands", …).
    struct VerbText
    {
        const char *verb;
        const char *synopsis;
        const char *description;
    };

    // synopsis: the command's line(s) in `herald-cli --help`, without the leading indent; empty when the line of
    // another command shows it too (`campaign pause|resume|stop ID`).
    Command(const QString &name, Section section, const QString &synopsis, const QString &description);
    // "<group> <verb>", with the texts of `verb` among `verbs`.
    Command(const QString &group, const QString &verb, Section section, std::initializer_list<VerbText> verbs);
    virtual ~Command();
    Q_DISABLE_COPY_MOVE(Command)

    QString name() const { return m_name; }
    // The last word of the name ("run" of "campaign run").
    QString verb() const;
    Section section() const { return m_section; }
    QString synopsis() const { return m_synopsis; }
    QString description() const { return m_description; }

    // workspace: the global --workspace option given before the command (empty: none); args: the words after the
    // command's name.
    virtual int execute(const QString &workspace, const QStringList &args) = 0;

private:
    QString m_name;
    Section m_section;
    QString m_synopsis;
    QString m_description;
};
