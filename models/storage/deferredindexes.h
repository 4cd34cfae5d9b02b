#pragma once

#include "models/core/result.h"

#include <QSqlDatabase>
#include <QStringList>

// Secondary indexes taken down for a bulk load and built again after it (a large import into a small table:
// building an index once over the loaded rows costs far less than keeping it up to date row by row).
//
// defer() drops the table's non-unique indexes and records each one's CREATE statement in workspace_meta
// ("deferred_index:<name>"), in one transaction; restore() runs the recorded statements and deletes the records,
// in one transaction. Workspace::open() calls restore() on every open, so an import killed half way leaves a
// workspace that gets its indexes back the next time any program opens it: nothing is ever lost, only deferred.
// Unique indexes (constraints) are never dropped.
namespace DeferredIndexes {

// Drops the non-unique indexes of these tables; returns their names (none dropped on an error).
Result<QStringList> defer(QSqlDatabase db, const QStringList &tables);
// Builds every recorded index again; true when there was nothing to do.
Result<void> restore(QSqlDatabase db);
// True when an index is waiting to be built again.
bool pending(QSqlDatabase db);

} // namespace DeferredIndexes
