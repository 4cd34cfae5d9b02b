// herald-cli workspace backup|restore: SQLite online-backup copies of the workspace (WorkspaceBackup).
#include "cli/clicommands.h"
#include "models/core/clock.h"

#include "cli/clisupport.h"
#include "models/contacts/contactstore.h"
#include "models/storage/workspace.h"
#include "models/storage/workspacebackup.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

using namespace Cli;

int WorkspaceBackupCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("Write the backup to this file instead of the rolling folder <workspace>.backups/."),
                                QStringLiteral("FILE"));
    p.addOptions({to, jsonOption()});
    QString error;
    if (!parse(p, QStringLiteral("workspace backup"), args, &error))
        return usage(error);
    if (!p.positionalArguments().isEmpty())
        return usage(tr("workspace backup takes no arguments (use --to FILE to choose the file)."));
    Workspace ws;
    if (!openWorkspace(ws, workspace, p, &error))
        return fail(error);
    const auto copy = p.isSet(to) ? WorkspaceBackup::copy(ws.database(), p.value(to), &error)
                                  : WorkspaceBackup::rolling(ws.database(), ws.path(), Clock::nowUtc(),
                                                             QStringLiteral("manual"), &error);
    if (!copy)
        return fail(error);
    if (p.isSet(jsonOption())) {
        printJson({{QStringLiteral("workspace"), ws.path()},
                   {QStringLiteral("file"), copy->file},
                   {QStringLiteral("bytes"), copy->bytes}});
    } else {
        out() << tr("Backed up %1 to %2 (%3 bytes).")
                     .arg(QDir::toNativeSeparators(ws.path()), QDir::toNativeSeparators(copy->file))
                     .arg(copy->bytes)
              << Qt::endl;
    }
    return 0;
}

int WorkspaceRestoreCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The backup to restore."));
    p.addOption(jsonOption());
    QString error;
    if (!parse(p, QStringLiteral("workspace restore"), args, &error))
        return usage(error);
    if (p.positionalArguments().size() != 1)
        return usage(tr("workspace restore needs exactly one FILE (a backup, e.g. from <workspace>.backups/)."));
    const QString source = p.positionalArguments().constFirst();
    const QDateTime now = Clock::nowUtc();
    Workspace ws;
    std::optional<WorkspaceBackup::Restored> restored;
    if (openWorkspace(ws, workspace, p, &error)) {
        restored = WorkspaceBackup::restore(ws, source, now, &error);
    } else if (ws.openError() == StorageError::Kind::Damaged || ws.openError() == StorageError::Kind::NotADatabase) {
        // A workspace SQLite cannot read is moved aside (kept) and the backup takes its place.
        const QString path = Workspace::resolvePath(p.isSet(workspaceOption()) ? p.value(workspaceOption()) : workspace);
        restored = WorkspaceBackup::replaceUnopenable(path, source, now, &error);
        if (restored && !ws.open(path, &error))
            return fail(tr("The backup was put in place but cannot be opened: %1").arg(error));
    } else {
        return fail(error);
    }
    if (!restored)
        return fail(error);
    const auto counts = ContactStore(ws.database()).counts(&error);
    const qint64 contacts = counts ? counts->contacts : -1;
    if (p.isSet(jsonOption())) {
        printJson({{QStringLiteral("workspace"), ws.path()},
                   {QStringLiteral("restored_from"), restored->from},
                   {QStringLiteral("previous_state"), restored->previousBackup},
                   {QStringLiteral("schema"), Workspace::schemaVersion()},
                   {QStringLiteral("contacts"), contacts}});
    } else {
        out() << tr("Restored %1 from %2 (%3 contacts). Its previous state is kept in %4.")
                     .arg(QDir::toNativeSeparators(ws.path()), QDir::toNativeSeparators(restored->from))
                     .arg(contacts)
                     .arg(QDir::toNativeSeparators(restored->previousBackup))
              << Qt::endl;
    }
    return 0;
}
