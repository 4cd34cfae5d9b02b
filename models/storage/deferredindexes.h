#pragma once

#include "models/core/result.h"

#include <QSqlDatabase>
#include <QStringList>

// Secondary indexes taken down for a bulk load and built again after it (a large import into a small table:
// building an index once over the loaded rows costs far less than keeping it up to date row by row).
//
// defer() drops the table's non-unique indexes and records each one's CREATE statement in workspace_meta
// ("deferred_index:<name>"), in one transaction; restore() runs the recorded statements and deletes the records,
// in one transaction. Workspace::open() calls restoreAbandoned() on every open, so an import killed half way leaves a
// workspace that gets its indexes back the next time any program opens it: nothing is ever lost, only deferred.
// Unique indexes (constraints) are never dropped.
//
// The importer is recorded beside the indexes ("deferred_index_owner": pid@host, "deferred_index_lease": until when,
// ms since the epoch, renewed by renewLease()), so a program that opens the workspace while the import still runs
// leaves the indexes to it instead of building them under its feet: restoreAbandoned() builds them only when that
// process is gone (same host: no such pid) or its lease ran out (another host, or a hung importer).
namespace DeferredIndexes {

// Drops the non-unique indexes of these tables; returns their names (none dropped on an error).
Result<QStringList> defer(QSqlDatabase db, const QStringList &tables);
// Builds every recorded index again (the importer, at its end).
Result<void> restore(QSqlDatabase db);
// The same for any other opener: only when the recorded importer is gone; else nothing is done (still pending).
Result<void> restoreAbandoned(QSqlDatabase db);
// The importer, now and then while it loads: its lease runs kLeaseMs from now.
Result<void> renewLease(QSqlDatabase db);
// True while the recorded importer may still be loading (its process alive and its lease current).
bool importerAlive(QSqlDatabase db);

inline constexpr qint64 kLeaseMs = 10 * 60 * 1000;
// True when an index is waiting to be built again.
bool pending(QSqlDatabase db);

} // namespace DeferredIndexes
