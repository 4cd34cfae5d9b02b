#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Migrations {

// The schema version this build writes and understands.
int latestVersion();

// The version stored in the database (PRAGMA user_version); -1 when it cannot be read.
int currentVersion(QSqlDatabase &db, QString *error);

// Runs every migration after the stored version, each in its own transaction. A failed migration
// rolls back and leaves the database at the previous version.
bool migrate(QSqlDatabase &db, QString *error);
// Migrates only up to `target` (tests build older workspaces with it).
bool migrate(QSqlDatabase &db, QString *error, int target);

} // namespace Migrations
