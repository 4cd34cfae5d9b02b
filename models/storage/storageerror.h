#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

// What went wrong with a database file, decided from SQLite's own result code (never by reading the file
// ourselves: a close() of any descriptor on it would drop SQLite's POSIX locks), and said in words a person
// can act on. The workspace, its backups and the relay's store share it, so a full disk or a read-only folder
// is never reported as a "damaged" file.
class StorageError
{
    Q_DECLARE_TR_FUNCTIONS(StorageError)

public:
    enum class Kind {
        None,
        NotADatabase,   // SQLITE_NOTADB: not an SQLite file, or its header is unreadable
        Damaged,        // SQLITE_CORRUPT
        DiskFull,       // SQLITE_FULL, or a write that failed with no space left
        NoPermission,   // SQLITE_READONLY / SQLITE_PERM / SQLITE_CANTOPEN where the file or folder is not writable
        CannotOpen,     // SQLITE_CANTOPEN for another reason (missing folder, a folder instead of a file, …)
        Busy,           // SQLITE_BUSY / SQLITE_LOCKED: another program holds the lock
        Other,
    };

    // The kind of SQLite result code `code` (primary or extended). `path` is the database file: it refines an
    // ambiguous code with what the file system says (permissions, free space) without opening the file.
    static Kind classify(int code, const QString &path = {});
    // The SQLite code behind a Qt SQL error (its native error code), or 0 when it has none.
    static int sqliteCode(const QSqlError &error);
    static Kind classify(const QSqlError &error, const QString &path = {});
    // True when the folder holding `path` has (almost) no free space left.
    static bool diskFull(const QString &path);

    // A sentence that says what is wrong with `path`, that nothing was lost where that is true, and what to do.
    // `detail` is SQLite's own message, appended in brackets.
    static QString describe(Kind kind, const QString &path, const QString &detail = {});
};
