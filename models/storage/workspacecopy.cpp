#include "models/storage/workspacecopy.h"

#include "models/storage/sqltransaction.h"
#include "models/storage/workspace.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>

namespace {

// Counters the migrations' triggers keep (migration 6's run_stat_counts, migration 14's row_counts): TO's triggers
// rebuild them from the copied rows, and the copy compares them with FROM's instead of inserting them.
const QStringList kTriggerKept = {QStringLiteral("run_stat_counts"), QStringLiteral("row_counts")};
// Rows of workspace_meta that belong to an import in progress (DeferredIndexes), never to a copy.
const QString kDeferredPrefix = QStringLiteral("deferred_index");

struct TableShape
{
    QString name;
    QStringList columns;
    QStringList blobColumns;   // declared BLOB: always bound as bytes (SQLite may hold text there)
    QStringList keyColumns;    // primary key, for a stable order
    bool hasId = false;        // an `id` column (an identity on PostgreSQL whose sequence must follow)
};

QString dbError(const QSqlQuery &q)
{
    return q.lastError().text();
}

// The tables of this version's schema in an order where every table comes after the tables its foreign keys name,
// read from a new SQLite workspace (the same migrations make both kinds of workspace).
Result<QList<TableShape>> schemaShapes()
{
    QTemporaryDir dir;
    Workspace scratch;
    QString error;
    if (!dir.isValid() || !scratch.open(dir.filePath(QStringLiteral("schema.herald")), &error))
        return ErrorMessage{WorkspaceCopy::tr("Cannot read this version's tables: %1").arg(error)};
    QSqlDatabase db = scratch.database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
                               "ORDER BY name")))
        return ErrorMessage{dbError(q)};
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    QHash<QString, TableShape> shapes;
    QHash<QString, QSet<QString>> parents;
    for (const QString &name : std::as_const(names)) {
        TableShape s;
        s.name = name;
        QList<QPair<int, QString>> key;
        if (!q.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(name)))
            return ErrorMessage{dbError(q)};
        while (q.next()) {
            const QString column = q.value(1).toString();
            s.columns << column;
            if (q.value(2).toString().compare(QLatin1String("BLOB"), Qt::CaseInsensitive) == 0)
                s.blobColumns << column;
            if (q.value(5).toInt() > 0)
                key.append({q.value(5).toInt(), column});
            s.hasId = s.hasId || column == QLatin1String("id");
        }
        std::sort(key.begin(), key.end());
        for (const auto &k : std::as_const(key))
            s.keyColumns << k.second;
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_list(\"%1\")").arg(name)))
            return ErrorMessage{dbError(q)};
        while (q.next()) {
            const QString parent = q.value(2).toString();
            if (parent != name)
                parents[name].insert(parent);
        }
        shapes.insert(name, s);
    }
    QList<TableShape> ordered;
    QSet<QString> placed;
    while (placed.size() < names.size()) {
        bool progressed = false;
        for (const QString &name : std::as_const(names)) {
            if (placed.contains(name))
                continue;
            const QSet<QString> &p = parents.value(name);
            if (std::all_of(p.begin(), p.end(), [&](const QString &t) { return placed.contains(t); })) {
                ordered << shapes.value(name);
                placed.insert(name);
                progressed = true;
            }
        }
        if (!progressed)
            return ErrorMessage{WorkspaceCopy::tr("The workspace's tables refer to each other in a circle; cannot copy.")};
    }
    return ordered;
}

Result<qint64> countRows(const QSqlDatabase &db, const QString &table, const QString &where = {})
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1%2").arg(table, where)) || !q.next())
        return ErrorMessage{WorkspaceCopy::tr("Cannot count the rows of %1: %2").arg(table, dbError(q))};
    return q.value(0).toLongLong();
}

// Every row of a small table, sorted, as text: to compare two workspaces' trigger-kept counters.
Result<QStringList> rowsAsText(const QSqlDatabase &db, const TableShape &t)
{
    QSqlQuery q(db);
    // A counter that went back to zero may stay as a row in one workspace and never exist in the other.
    const QString nonZero = t.columns.contains(QLatin1String("n")) ? QStringLiteral(" WHERE n <> 0") : QString();
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2%3").arg(t.columns.join(QLatin1Char(',')), t.name, nonZero)))
        return ErrorMessage{WorkspaceCopy::tr("Cannot read %1: %2").arg(t.name, dbError(q))};
    QStringList rows;
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < t.columns.size(); ++i)
            values << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
        rows << values.join(QLatin1Char('|'));
    }
    rows.sort();
    return rows;
}

// TO must be a new workspace: nothing but what the migrations put there (the sandbox account, the workspace id and
// the zero counters).
Result<void> checkEmpty(const QSqlDatabase &to, const QList<TableShape> &tables, const QString &shown)
{
    QStringList holding;
    for (const TableShape &t : tables) {
        if (kTriggerKept.contains(t.name) || t.name == QLatin1String("workspace_meta"))
            continue;
        const Result<qint64> n = t.name == QLatin1String("accounts")
            ? countRows(to, t.name, QStringLiteral(" WHERE kind <> 'sandbox'"))
            : countRows(to, t.name);
        if (!n)
            return ErrorMessage{n.error()};
        if (*n > 0)
            holding << QStringLiteral("%1 (%2)").arg(t.name).arg(*n);
    }
    const Result<qint64> sandboxes = countRows(to, QStringLiteral("accounts"));
    if (!sandboxes)
        return ErrorMessage{sandboxes.error()};
    if (*sandboxes > 1)
        holding << QStringLiteral("accounts (%1)").arg(*sandboxes);
    if (!holding.isEmpty())
        return ErrorMessage{WorkspaceCopy::tr("%1 is not a new workspace: it holds %2. Copy into a new file or an empty "
                                              "PostgreSQL database.")
                                .arg(shown, holding.join(QStringLiteral(", ")))};
    return {};
}

QVariant bindable(const QVariant &v, bool blob)
{
    if (v.isNull() || !blob || v.typeId() == QMetaType::QByteArray)
        return v;
    return v.toByteArray();
}

class Copier
{
public:
    Copier(QSqlDatabase from, QSqlDatabase to, const WorkspaceCopy::Progress &progress)
        : m_from(std::move(from)), m_to(std::move(to)), m_progress(progress)
    {
    }

    Result<qint64> copyTable(const TableShape &t, qint64 total, const QString &where)
    {
        QSqlQuery read(m_from);
        read.setForwardOnly(true);
        const QString order = t.keyColumns.isEmpty() ? QString()
                                                     : QStringLiteral(" ORDER BY ") + t.keyColumns.join(QLatin1Char(','));
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2%3%4").arg(t.columns.join(QLatin1Char(',')), t.name, where, order)))
            return ErrorMessage{WorkspaceCopy::tr("Cannot read %1: %2").arg(t.name, dbError(read))};
        // Several rows per INSERT: far fewer round trips to a server; well under both engines' parameter limits.
        const int perBatch = std::max(1, std::min(500, 30000 / int(t.columns.size())));
        QList<QVariant> pending;
        pending.reserve(perBatch * t.columns.size());
        QList<bool> blob;
        for (const QString &c : t.columns)
            blob << t.blobColumns.contains(c);
        qint64 done = 0;
        while (read.next()) {
            for (int i = 0; i < t.columns.size(); ++i)
                pending << bindable(read.value(i), blob.at(i));
            if (pending.size() == perBatch * t.columns.size()) {
                if (const Result<void> w = write(t, pending); !w)
                    return ErrorMessage{w.error()};
                done += perBatch;
                if (m_progress)
                    m_progress(t.name, done, total);
            }
        }
        if (read.lastError().isValid())
            return ErrorMessage{WorkspaceCopy::tr("Cannot read %1: %2").arg(t.name, dbError(read))};
        const qint64 rest = pending.size() / t.columns.size();
        if (rest > 0) {
            if (const Result<void> w = write(t, pending); !w)
                return ErrorMessage{w.error()};
            done += rest;
        }
        if (m_progress)
            m_progress(t.name, done, total);
        return done;
    }

private:
    Result<void> write(const TableShape &t, QList<QVariant> &values)
    {
        const int rows = int(values.size() / t.columns.size());
        QSqlQuery &insert = m_inserts[t.name + QLatin1Char('/') + QString::number(rows)];
        if (insert.lastQuery().isEmpty()) {
            insert = QSqlQuery(m_to);
            const QString row = QLatin1Char('(') + QStringList(t.columns.size(), QStringLiteral("?")).join(QLatin1Char(','))
                + QLatin1Char(')');
            const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                    .arg(t.name, t.columns.join(QLatin1Char(',')),
                                         QStringList(rows, row).join(QLatin1Char(',')));
            if (!insert.prepare(sql))
                return ErrorMessage{WorkspaceCopy::tr("Cannot write %1: %2").arg(t.name, dbError(insert))};
        }
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i, values.at(i));
        values.clear();
        if (!insert.exec())
            return ErrorMessage{WorkspaceCopy::tr("Cannot write %1: %2").arg(t.name, dbError(insert))};
        return {};
    }

    QSqlDatabase m_from;
    QSqlDatabase m_to;
    WorkspaceCopy::Progress m_progress;
    QHash<QString, QSqlQuery> m_inserts;
};

// One consistent snapshot of FROM for the whole copy: a read transaction (SQLite's WAL snapshot; REPEATABLE READ on
// PostgreSQL), ended when the copy ends.
class Snapshot
{
public:
    explicit Snapshot(QSqlDatabase db, bool server)
        : m_db(std::move(db))
    {
        QSqlQuery q(m_db);
        m_open = q.exec(server ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                               : QStringLiteral("BEGIN"));
        m_error = dbError(q);
    }
    ~Snapshot()
    {
        if (m_open)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_open = false;
    QString m_error;
};

} // namespace

Result<WorkspaceCopy::Copied> WorkspaceCopy::copy(const Workspace &from, const Workspace &to, const Progress &progress)
{
    if (from.path() == to.path())
        return ErrorMessage{tr("FROM and TO are the same workspace (%1); name another file or database.").arg(to.path())};
    const Result<QList<TableShape>> tables = schemaShapes();
    if (!tables)
        return ErrorMessage{tables.error()};
    QSqlDatabase source = from.database();
    QSqlDatabase target = to.database();
    const Snapshot snapshot(source, from.isDatabaseServer());
    if (!snapshot.isOpen())
        return ErrorMessage{tr("Cannot read %1: %2").arg(from.path(), snapshot.error())};
    const Result<qint64> importing =
        countRows(source, QStringLiteral("workspace_meta"), QStringLiteral(" WHERE key LIKE '%1%'").arg(kDeferredPrefix));
    if (!importing)
        return ErrorMessage{importing.error()};
    if (*importing > 0)
        return ErrorMessage{tr("An import into %1 is still building its indexes; copy when it has finished.").arg(from.path())};

    SqlTransaction tx(target);
    if (const Result<void> b = tx.begin(); !b)
        return ErrorMessage{tr("Cannot write %1: %2").arg(to.path(), b.error())};
    if (const Result<void> empty = checkEmpty(target, *tables, to.path()); !empty)
        return ErrorMessage{empty.error()};
    QSqlQuery clear(target);
    if (!clear.exec(QStringLiteral("DELETE FROM accounts")) || !clear.exec(QStringLiteral("DELETE FROM workspace_meta")))
        return ErrorMessage{tr("Cannot write %1: %2").arg(to.path(), dbError(clear))};

    Copied copied;
    Copier copier(source, target, progress);
    for (const TableShape &t : *tables) {
        if (kTriggerKept.contains(t.name))
            continue;
        const QString where = t.name == QLatin1String("workspace_meta")
            ? QStringLiteral(" WHERE key NOT LIKE '%1%'").arg(kDeferredPrefix)
            : QString();
        const Result<qint64> total = countRows(source, t.name, where);
        if (!total)
            return ErrorMessage{total.error()};
        const Result<qint64> done = copier.copyTable(t, *total, where);
        if (!done)
            return ErrorMessage{done.error()};
        const Result<qint64> inTarget = countRows(target, t.name);
        if (!inTarget)
            return ErrorMessage{inTarget.error()};
        if (*done != *total || *inTarget != *total)
            return ErrorMessage{tr("%1: %2 rows in %3 but %4 copied and %5 in %6; nothing was copied.")
                                    .arg(t.name)
                                    .arg(*total)
                                    .arg(from.path())
                                    .arg(*done)
                                    .arg(*inTarget)
                                    .arg(to.path())};
        if (to.isDatabaseServer() && t.hasId) {
            // Ids were copied as they were: the identity's next value follows the largest one.
            QSqlQuery seq(target);
            if (!seq.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                         "coalesce((SELECT max(id) FROM %1), 0) + 1, false)")
                              .arg(t.name)))
                return ErrorMessage{tr("Cannot write %1: %2").arg(to.path(), dbError(seq))};
        }
        copied.tables << Table{t.name, *done};
        copied.rows += *done;
    }
    for (const TableShape &t : *tables) {
        if (!kTriggerKept.contains(t.name))
            continue;
        const Result<QStringList> a = rowsAsText(source, t);
        const Result<QStringList> b = rowsAsText(target, t);
        if (!a || !b)
            return ErrorMessage{!a ? a.error() : b.error()};
        if (*a != *b)
            return ErrorMessage{tr("%1 differs after the copy (%2 rows in %3, %4 in %5); nothing was copied.")
                                    .arg(t.name)
                                    .arg(a->size())
                                    .arg(from.path())
                                    .arg(b->size())
                                    .arg(to.path())};
    }
    if (const Result<void> c = tx.commit(); !c)
        return ErrorMessage{tr("Cannot write %1: %2").arg(to.path(), c.error())};
    copied.workspaceId = to.workspaceId();
    return copied;
}
