#include "ui/workspacegate.h"

#include "engine/secrets/workspacepassword.h"
#include "models/storage/workspace.h"
#include "models/storage/workspacebackup.h"
#include "ui/filedialogs.h"
#include "ui/messagebox.h"

#include <sqlite3.h>

#include <QApplication>
#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace {

QAtomicInt g_watching;
QAtomicInt g_reported;

void sqliteLog(void *, int code, const char *message)
{
    const int primary = code & 0xff;
    if ((primary != SQLITE_CORRUPT && primary != SQLITE_NOTADB) || g_watching.loadRelaxed() == 0
        || !g_reported.testAndSetRelaxed(0, 1))
        return;
    const QString detail = QString::fromUtf8(message);
    QMetaObject::invokeMethod(
        qApp,
        [detail] {
            MessageBox::critical(QApplication::activeWindow(), WorkspaceGate::tr("The workspace is damaged"),
                                 WorkspaceGate::tr("SQLite reports the workspace as damaged (%1). Herald stops now so "
                                                   "that nothing more is written to it. Start Herald again: it offers "
                                                   "to restore the newest automatic backup and keeps the damaged file.")
                                     .arg(detail));
            QApplication::exit(3);
        },
        Qt::QueuedConnection);
}

} // namespace

void WorkspaceGate::installDamageLog()
{
    // Only possible before SQLite initialises (the first database opened); later it answers SQLITE_MISUSE.
    sqlite3_config(SQLITE_CONFIG_LOG, &sqliteLog, nullptr);
}

void WorkspaceGate::setWatching(bool on)
{
    g_watching.storeRelaxed(on ? 1 : 0);
}

bool WorkspaceGate::open(Workspace &workspace, const QString &path, const QDateTime &now)
{
    QString current = path;
    for (;;) {
        QString error;
        if (WorkspacePassword::open(workspace, current, &error))
            return true;
        const StorageError::Kind kind = workspace.openError();
        const bool damaged = kind == StorageError::Kind::Damaged || kind == StorageError::Kind::NotADatabase;
        const QString newest = damaged ? WorkspaceBackup::list(current).value(0) : QString();
        QString text = error;
        MessageBox::Buttons buttons = QMessageBox::Open | QMessageBox::Close;
        MessageBox::Button preferred = QMessageBox::Close;
        QString acceptText;
        if (!newest.isEmpty()) {
            text += QStringLiteral("\n\n")
                + tr("The newest automatic backup was made %1 (%2). Restoring it moves the damaged file aside (it is "
                     "kept next to the workspace) and puts the backup in its place.")
                      .arg(QLocale().toString(QFileInfo(newest).lastModified(), QLocale::ShortFormat),
                           QDir::toNativeSeparators(newest));
            buttons |= QMessageBox::Yes;
            preferred = QMessageBox::Yes;
            acceptText = tr("Restore Newest Backup");
        } else if (damaged) {
            text += QStringLiteral("\n\n")
                + tr("There is no automatic backup in %1. Open another workspace, or quit and restore one with "
                     "`herald-cli workspace restore FILE`.")
                      .arg(QDir::toNativeSeparators(WorkspaceBackup::folderFor(current)));
        } else if (kind != StorageError::Kind::Other) {
            buttons |= QMessageBox::Retry;
            preferred = QMessageBox::Retry;
        }
        const MessageBox::Button answer = MessageBox::critical(nullptr, tr("Cannot open the workspace"), text,
                                                               buttons, preferred, acceptText);
        if (answer == QMessageBox::Yes) {
            if (!WorkspaceBackup::replaceUnopenable(current, newest, now, &error))
                MessageBox::critical(nullptr, tr("Cannot restore the backup"), error);
        } else if (answer == QMessageBox::Open) {
            const QString chosen = FileDialogs::getOpenFileName(nullptr, tr("Open a Workspace"),
                                                                QFileInfo(current).absolutePath(),
                                                                tr("Herald workspaces (*.herald);;All files (*)"));
            if (!chosen.isEmpty())
                current = chosen;
        } else if (answer != QMessageBox::Retry) {
            return false;
        }
    }
}
