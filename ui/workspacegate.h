#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class Workspace;

// How the window gets its workspace, and what it does when the workspace cannot be used: a blocking message that
// says what is wrong and offers a way out — restore the newest automatic backup (a damaged file), try again (a
// full disk, no permission, a lock), open another workspace, or quit. Never a status-bar line.
class WorkspaceGate
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceGate)

public:
    // Opens `path` into `workspace`, asking until it opens (true) or the user quits (false). `now` names the
    // damaged file kept aside when a backup is restored.
    static bool open(Workspace &workspace, const QString &path, const QDateTime &now);

    // Routes SQLite's error log here, so a database found damaged (SQLITE_CORRUPT / SQLITE_NOTADB) while Herald
    // runs stops it with a blocking message instead of writing on. Call first in main(), before anything opens a
    // database; reports count only while watching is on (the window is up), not while open() probes files.
    static void installDamageLog();
    static void setWatching(bool on);
};
