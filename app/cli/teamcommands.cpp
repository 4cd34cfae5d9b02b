// herald-cli team add|list|remove: the people of a team workspace and their roles (models/storage/teamroles.h).
#include "cli/clicommands.h"

#include "cli/clisupport.h"
#include "models/storage/teamroles.h"
#include "models/storage/workspace.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Cli;

int TeamAddCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption role(QStringLiteral("role"), tr("admin, sender or viewer."), QStringLiteral("ROLE"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           tr("Read the person's password from standard input (one line)."));
    p.addOptions({role, passwordStdin, jsonOption()});
    p.addPositionalArgument(QStringLiteral("NAME"), tr("The person's PostgreSQL user name."));
    QString error;
    if (!parse(p, QStringLiteral("team add"), args, &error))
        return usage(error);
    if (p.positionalArguments().size() != 1)
        return usage(tr("team add takes one NAME, e.g. team add maria --role sender"));
    const std::optional<TeamRoles::Role> r = TeamRoles::parseRole(p.value(role));
    if (!r)
        return usage(tr("--role must be admin, sender or viewer (got “%1”).").arg(p.value(role)));
    QString password;
    if (p.isSet(passwordStdin)) {
        password = stdinLine();
        if (password.isEmpty())
            return fail(tr("No password on standard input. Pipe it in: herald-cli team add NAME --role ROLE "
                           "--password-stdin < password-file"));
    }
    Workspace ws;
    if (!openWorkspace(ws, workspace, p, &error))
        return fail(error);
    const QString name = p.positionalArguments().constFirst();
    if (const Result<void> added = TeamRoles::add(ws.database(), name, *r, password); !added)
        return fail(added.error());
    if (p.isSet(jsonOption())) {
        printJson({{QStringLiteral("name"), name},
                   {QStringLiteral("role"), TeamRoles::roleName(*r)},
                   {QStringLiteral("password"), !password.isEmpty()}});
    } else {
        out() << tr("Added %1 as %2. They open the workspace with: herald --workspace postgresql://%1@HOST/DATABASE")
                     .arg(name, TeamRoles::roleName(*r))
              << Qt::endl;
    }
    return 0;
}

int TeamListCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(jsonOption());
    QString error;
    if (!parse(p, QStringLiteral("team list"), args, &error))
        return usage(error);
    if (!p.positionalArguments().isEmpty())
        return usage(tr("team list takes no arguments."));
    Workspace ws;
    if (!openWorkspace(ws, workspace, p, &error))
        return fail(error);
    const Result<QList<TeamRoles::Member>> members = TeamRoles::list(ws.database());
    if (!members)
        return fail(members.error());
    if (p.isSet(jsonOption())) {
        QJsonArray people;
        for (const TeamRoles::Member &m : *members) {
            people.append(QJsonObject{{QStringLiteral("name"), m.name},
                                      {QStringLiteral("role"), TeamRoles::roleName(m.role)},
                                      {QStringLiteral("can_log_in"), m.canLogIn}});
        }
        printJson({{QStringLiteral("members"), people}});
        return 0;
    }
    if (members->isEmpty())
        out() << tr("No one has been added yet: herald-cli team add NAME --role admin|sender|viewer") << Qt::endl;
    for (const TeamRoles::Member &m : *members)
        out() << m.name << '\t' << TeamRoles::roleName(m.role) << Qt::endl;
    return 0;
}

int TeamRemoveCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(jsonOption());
    p.addPositionalArgument(QStringLiteral("NAME"), tr("The person's PostgreSQL user name."));
    QString error;
    if (!parse(p, QStringLiteral("team remove"), args, &error))
        return usage(error);
    if (p.positionalArguments().size() != 1)
        return usage(tr("team remove takes one NAME."));
    Workspace ws;
    if (!openWorkspace(ws, workspace, p, &error))
        return fail(error);
    const QString name = p.positionalArguments().constFirst();
    const Result<bool> dropped = TeamRoles::remove(ws.database(), name);
    if (!dropped)
        return fail(dropped.error());
    if (p.isSet(jsonOption())) {
        printJson({{QStringLiteral("name"), name}, {QStringLiteral("removed"), true},
                   {QStringLiteral("user_dropped"), *dropped}});
    } else if (*dropped) {
        out() << tr("Removed %1 from the team; their PostgreSQL user is gone.").arg(name) << Qt::endl;
    } else {
        out() << tr("Removed %1 from the team; their PostgreSQL user stays (it belongs to something else too).").arg(name)
              << Qt::endl;
    }
    return 0;
}
