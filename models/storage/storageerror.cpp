#include "models/storage/storageerror.h"

#include <sqlite3.h>

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStorageInfo>

namespace {

// The folder a database file lives in (the file may not exist yet).
QString folderOf(const QString &path)
{
    return QFileInfo(path).absolutePath();
}

// access(2)-style checks only: they never open the file.
bool writable(const QString &path)
{
    const QFileInfo file(path);
    const QFileInfo folder(folderOf(path));
    // WAL needs the -wal and -shm files next to the database, so the folder must be writable too.
    return folder.isWritable() && (!file.exists() || file.isWritable());
}

} // namespace

bool StorageError::diskFull(const QString &path)
{
    QStorageInfo storage(folderOf(path));
    if (!storage.isValid())
        return false;
    storage.refresh();
    // SQLite needs a few pages at least (a new page, the WAL frame, the -shm); under 64 KiB nothing fits.
    return storage.bytesAvailable() >= 0 && storage.bytesAvailable() < 64 * 1024;
}

StorageError::Kind StorageError::classify(int code, const QString &path)
{
    switch (code & 0xff) {
    case SQLITE_OK:
    case SQLITE_ROW:
    case SQLITE_DONE:
        return Kind::None;
    case SQLITE_NOTADB:
        return Kind::NotADatabase;
    case SQLITE_CORRUPT:
        return Kind::Damaged;
    case SQLITE_FULL:
        return Kind::DiskFull;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return Kind::NoPermission;
    case SQLITE_CANTOPEN:
        if (!path.isEmpty() && diskFull(path))
            return Kind::DiskFull;
        if (!path.isEmpty() && !writable(path))
            return Kind::NoPermission;
        return Kind::CannotOpen;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Kind::Busy;
    case SQLITE_IOERR:
        // A write that failed for want of space can surface as an I/O error (e.g. growing the -shm).
        if (!path.isEmpty() && diskFull(path))
            return Kind::DiskFull;
        return Kind::Other;
    default:
        return Kind::Other;
    }
}

int StorageError::sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code : 0;
}

StorageError::Kind StorageError::classify(const QSqlError &error, const QString &path)
{
    if (error.type() == QSqlError::NoError)
        return Kind::None;
    const int code = sqliteCode(error);
    if (code != 0)
        return classify(code, path);
    return !path.isEmpty() && diskFull(path) ? Kind::DiskFull : Kind::Other;
}

QString StorageError::describe(Kind kind, const QString &path, const QString &detail)
{
    const QString file = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const QString folder = QDir::toNativeSeparators(folderOf(path));
    QString text;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::NotADatabase:
        text = tr("%1 is not a Herald workspace: it is not an SQLite database, or its header is damaged. The file "
                  "was left untouched; choose another file or a new path, or restore it from a backup.")
                   .arg(file);
        break;
    case Kind::Damaged:
        text = tr("The workspace %1 is damaged (SQLite reports a malformed database). It was left untouched; "
                  "restore it from a backup or choose another file.")
                   .arg(file);
        break;
    case Kind::DiskFull:
        text = tr("The disk holding %1 is full. Nothing was lost: the last change was not saved and the file "
                  "is intact. Free some space on that disk and try again.")
                   .arg(folder);
        break;
    case Kind::NoPermission:
        text = tr("Herald may not write to %1 (no write permission for the file or its folder %2). Nothing was "
                  "lost and nothing was changed. Make the folder writable or choose another place.")
                   .arg(file, folder);
        break;
    case Kind::CannotOpen:
        text = tr("Cannot open %1. Check that the path names a file (not a folder) in a folder that exists. "
                  "Nothing was changed.")
                   .arg(file);
        break;
    case Kind::Busy:
        text = tr("%1 is locked by another program that uses it. Nothing was changed; close that program (another "
                  "Herald window, an agent or herald-cli) or wait for it, then try again.")
                   .arg(file);
        break;
    case Kind::Other:
        text = tr("Cannot use %1.").arg(file);
        break;
    }
    if (!detail.isEmpty())
        text += QLatin1Char(' ') + tr("(SQLite: %1)").arg(detail);
    return text;
}
