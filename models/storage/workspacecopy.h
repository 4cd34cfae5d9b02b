#pragma once

#include "models/core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

class Workspace;

// Moving a workspace between a file and a PostgreSQL database (either way, or file to file): `herald-cli workspace
// copy FROM TO`. Every row of every table is copied from one consistent snapshot of FROM into TO inside one write
// transaction of TO, parents before children (the order comes from the schema's foreign keys), with the same ids;
// the counters that triggers keep (row_counts, run_stat_counts) are rebuilt by TO's own triggers and compared with
// FROM's. Before the commit every table's row count in TO is checked against FROM's snapshot: on any difference, or
// any error, TO is rolled back and holds exactly what it held before. TO must be a new workspace (nothing but the
// sandbox account a new workspace starts with). The workspace id travels too, so the keychain entries of the
// accounts (scoped by that id) keep working on this computer. This is the one place that decides how a workspace
// is copied.
class WorkspaceCopy
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCopy)

public:
    struct Table
    {
        QString name;
        qint64 rows = 0;
    };
    struct Copied
    {
        QList<Table> tables;   // in copy order, with the rows copied (= the rows in FROM and in TO)
        qint64 rows = 0;
        QString workspaceId;
    };
    // Called after each batch: the table being copied, its rows copied so far and its rows in all.
    using Progress = std::function<void(const QString &table, qint64 done, qint64 total)>;

    static Result<Copied> copy(const Workspace &from, const Workspace &to, const Progress &progress = {});
};
