#include "cli/workspacecopycommand.h"

#include "cli/clisupport.h"
#include "engine/secrets/workspacepassword.h"
#include "models/storage/workspace.h"
#include "models/storage/workspacecopy.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>

using namespace Cli;

namespace {

// The shown name of a workspace argument: a URL as written (never with a password: opening refuses one), a file in
// the platform's form.
QString shown(const QString &path)
{
    return path.contains(QLatin1String("://")) ? path : QDir::toNativeSeparators(path);
}

// A file this command created for TO goes again when the copy fails, so a failed copy leaves nothing behind.
void removeCreatedFile(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

int WorkspaceCopyCommand::execute(const QString &, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FROM"), tr("The workspace to copy: a file or a postgresql:// URL."));
    p.addPositionalArgument(QStringLiteral("TO"), tr("A new workspace: a file that does not exist yet, or an empty database."));
    p.addOption(jsonOption());
    QString error;
    if (!parse(p, QStringLiteral("workspace copy"), args, &error))
        return usage(error);
    if (p.positionalArguments().size() != 2)
        return usage(tr("workspace copy needs FROM and TO, e.g. workspace copy shop.herald postgresql://me@db/shop"));
    const QString fromPath = p.positionalArguments().at(0);
    const QString toPath = p.positionalArguments().at(1);
    const bool toIsFile = !toPath.startsWith(QLatin1String("postgresql://"));
    if (!fromPath.startsWith(QLatin1String("postgresql://")) && !QFileInfo::exists(fromPath))
        return fail(tr("%1 does not exist; FROM must be an existing workspace.").arg(shown(fromPath)));
    const bool createdTo = toIsFile && !QFileInfo::exists(toPath);

    Workspace from;
    if (!WorkspacePassword::open(from, fromPath, &error))
        return fail(tr("Cannot open %1: %2").arg(shown(fromPath), error));
    Workspace to;
    if (!WorkspacePassword::open(to, toPath, &error)) {
        if (createdTo)
            removeCreatedFile(toPath);
        return fail(tr("Cannot open %1: %2").arg(shown(toPath), error));
    }

    const bool json = p.isSet(jsonOption());
    QElapsedTimer shownAt;
    shownAt.start();
    QString lastTable;
    const QLocale locale;
    const auto progress = [&](const QString &table, qint64 done, qint64 total) {
        // A line per table that has rows, and one every second within a long one.
        if (table == lastTable && done < total && shownAt.elapsed() < 1000)
            return;
        if (total == 0)
            return;
        lastTable = table;
        shownAt.restart();
        err() << tr("Copying %1: %2 of %3 rows").arg(table, locale.toString(done), locale.toString(total)) << Qt::endl;
    };
    const Result<WorkspaceCopy::Copied> copied = WorkspaceCopy::copy(from, to, progress);
    if (!copied) {
        to.close();
        if (createdTo)
            removeCreatedFile(toPath);
        return fail(copied.error());
    }
    if (json) {
        QJsonObject tables;
        for (const WorkspaceCopy::Table &t : copied->tables)
            tables.insert(t.name, t.rows);
        printJson({{QStringLiteral("from"), from.path()},
                   {QStringLiteral("to"), to.path()},
                   {QStringLiteral("workspace_id"), copied->workspaceId},
                   {QStringLiteral("rows"), copied->rows},
                   {QStringLiteral("tables"), tables},
                   {QStringLiteral("verified"), true}});
    } else {
        out() << tr("Copied %1 rows in %2 tables from %3 to %4; every table's row count matches.")
                     .arg(locale.toString(copied->rows))
                     .arg(copied->tables.size())
                     .arg(shown(from.path()), shown(to.path()))
              << Qt::endl;
    }
    return 0;
}
