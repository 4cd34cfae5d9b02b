#include "models/contacts/importwriter.h"
#include "models/contacts/contactupsert.h"

#include "models/core/clock.h"
#include "models/storage/deferredindexes.h"
#include "models/storage/sqltransaction.h"
#include "models/storage/workspace.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QVarLengthArray>

#include <limits>
#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcImportWriter, "herald.import.writer", QtInfoMsg)

namespace {

// The page cache while importing: enough for the phone and name indexes of about a million contacts, which every
// batch of new numbers touches all over.
constexpr int kImportCacheKiB = 64 * 1024;

// WAL pages between checkpoints while importing, instead of SQLite's 1,000 (which a batch of a large import always
// passes): 64 MiB of 4 KiB pages, so the WAL stays under about 100 MiB.
constexpr int kCheckpointPages = 16384;

// A bulk load (bulkLoadIfLarge) for imports of at least kBulkRows rows and kBulkFactor times the contacts there are.
constexpr qint64 kBulkRows = 100000;
constexpr qint64 kBulkFactor = 2;

// Never a rowid SQLite assigns to a new row (that is max(rowid) + 1 or a random free one): "nothing inserted".
constexpr qint64 kNoRowid = std::numeric_limits<qint64>::min();

// ?1 is the time; what happens to a contact that exists is described with the class.
const QByteArray kUpsert = QByteArray(R"SQL(
INSERT INTO contacts (phone, name, opt_in_at, opt_in_source, opt_out_at, opt_out_reason, attributes,
                      created_at, updated_at)
VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?1, ?1)
ON CONFLICT (phone) DO UPDATE SET
    name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE contacts.name END,
    attributes = CASE WHEN excluded.attributes = '{}' THEN contacts.attributes
                      ELSE json_patch(contacts.attributes, excluded.attributes) END,)SQL")
    + ContactUpsert::kConsentColumns;

// contact_tags rows per INSERT: with one statement per row the statement overhead costs as much again as the
// b-tree work. (Contacts go one per statement: a multi-row upsert needs a statement journal and is slower.)
constexpr int kChunk = 32;

QByteArray contactTagsSql(int rows)
{
    QByteArray sql = "INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) VALUES ";
    for (int i = 0; i < rows; ++i)
        sql += (i ? ",(?" : "(?") + QByteArray::number(2 * i + 1) + ",?" + QByteArray::number(2 * i + 2) + ')';
    return sql;
}

// SQLITE_STATIC: the batch outlives every step of the statement, and write() clears the bindings before it returns.
void bindText(sqlite3_stmt *statement, int index, QByteArrayView utf8)
{
    sqlite3_bind_text(statement, index, utf8.data(), int(utf8.size()), SQLITE_STATIC);
}

void bindText(sqlite3_stmt *statement, int index, const ImportBatch &batch, ImportRef value)
{
    if (value.present())
        bindText(statement, index, batch.view(value));
    else
        sqlite3_bind_null(statement, index);
}

void bindTime(sqlite3_stmt *statement, int index, const std::optional<qint64> &time)
{
    if (time)
        sqlite3_bind_int64(statement, index, *time);
    else
        sqlite3_bind_null(statement, index);
}

// Runs a statement that returns no rows, or the first row of one that does; false on an error (in errmsg).
bool step(sqlite3_stmt *statement)
{
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

} // namespace

ImportWriter::ImportWriter(QSqlDatabase db)
    : m_db(db)
    , m_handle(Workspace::sqliteHandle(db))
{
}

ImportWriter::~ImportWriter()
{
    QString error;
    if (!finish(&error))
        qCWarning(lcImportWriter) << "indexes not built again yet (the next open does it):" << error;
    if (m_committed)  // now, rather than in whichever write next passes the usual checkpoint size
        sqlite3_wal_checkpoint_v2(m_handle, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    for (auto it = m_changedPragmas.crbegin(); it != m_changedPragmas.crend(); ++it) {
        const QByteArray sql = "PRAGMA " + it->first + " = " + QByteArray::number(it->second);
        sqlite3_exec(m_handle, sql.constData(), nullptr, nullptr, nullptr);
    }
}

std::optional<qint64> ImportWriter::pragma(const char *name)
{
    SqlStatement statement;
    if (!prepare(&statement, QByteArray("PRAGMA ").append(name)) || sqlite3_step(statement.get()) != SQLITE_ROW)
        return std::nullopt;
    return sqlite3_column_int64(statement.get(), 0);
}

void ImportWriter::changePragma(const char *name, qint64 value)
{
    const std::optional<qint64> previous = pragma(name);
    if (!previous || *previous == value)
        return;
    const QByteArray sql = "PRAGMA " + QByteArray(name) + " = " + QByteArray::number(value);
    if (sqlite3_exec(m_handle, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK)
        m_changedPragmas.append({QByteArray(name), *previous});
}

bool ImportWriter::bulkLoadIfLarge(qint64 expectedRows)
{
    if (m_bulk || expectedRows < kBulkRows)
        return false;
    {
        SqlStatement count;   // finalized before the indexes are dropped
        if (!prepare(&count, "SELECT count(*) FROM contacts") || sqlite3_step(count.get()) != SQLITE_ROW
            || sqlite3_column_int64(count.get(), 0) * kBulkFactor > expectedRows)
            return false;
    }
    const Result<QStringList> deferred = DeferredIndexes::defer(m_db, {QStringLiteral("contacts"),
                                                                       QStringLiteral("contact_tags")});
    if (!deferred) {
        qCWarning(lcImportWriter) << "bulk load not used:" << deferred.error();
        return false;
    }
    m_bulk = true;
    m_leaseRenewAtMs = Clock::nowMs() + DeferredIndexes::kLeaseMs / 2;
    changePragma("wal_autocheckpoint", 0);   // one checkpoint, at the end
    qCDebug(lcImportWriter) << "bulk load: indexes deferred" << *deferred;
    return true;
}

bool ImportWriter::finish(QString *error)
{
    if (!m_bulk)
        return true;
    m_bulk = false;
    const Result<void> restored = DeferredIndexes::restore(m_db);
    if (!restored) {
        *error = tr("Cannot build the contacts' indexes again: %1. They are built the next time the workspace is "
                    "opened.")
                     .arg(restored.error());
        return false;
    }
    return true;
}

bool ImportWriter::prepare(SqlStatement *statement, QByteArrayView sql)
{
    QString ignored;   // errorText() reads it from the connection
    return statement->prepare(m_handle, sql, &ignored);
}

bool ImportWriter::open(QString *error)
{
    if (!m_handle) {
        *error = tr("the workspace is not an open SQLite database");
        return false;
    }
    const bool ok = prepare(&m_upsert, kUpsert)
        && prepare(&m_contactId, "SELECT id FROM contacts WHERE phone = ?1")
        && prepare(&m_insertTag, "INSERT OR IGNORE INTO tags (name) VALUES (?1)")
        && prepare(&m_tagId, "SELECT id FROM tags WHERE name = ?1")
        && prepare(&m_contactTags, contactTagsSql(1)) && prepare(&m_contactTagsChunk, contactTagsSql(kChunk));
    if (!ok) {
        *error = errorText();
        return false;
    }
    // Each commit writes every page the batch touched; a bigger cache keeps the phone and name indexes in memory
    // between batches instead of reading them back.
    changePragma("cache_size", -kImportCacheKiB);
    // Every contact_tags row references a contact and a tag this import has just written or read in the same
    // transaction, so the foreign key checks (two lookups per row) are switched off while the writer exists.
    if (pragma("foreign_keys") == 1)
        changePragma("foreign_keys", 0);
    // FULL syncs the WAL at each commit, so a committed batch survives a power cut (NORMAL syncs only at
    // checkpoints). That lets checkpoints, which copy every page back into the database file and sync it, come every
    // few batches instead of after each one: a large import is faster for it and each batch more durable.
    if (pragma("synchronous").value_or(2) < 2)
        changePragma("synchronous", 2);
    changePragma("wal_autocheckpoint", kCheckpointPages);
    return true;
}

bool ImportWriter::write(const ImportBatch &batch, qint64 *imported, QString *error)
{
    *imported = 0;
    SqlTransaction transaction(m_db);
    if (const Result<void> begun = transaction.begin(); !begun) {
        *error = tr("Cannot start writing to the workspace: %1").arg(begun.error());
        return false;
    }
    const bool rowsWritten = writeRows(batch, imported);
    if (rowsWritten && m_bulk && Clock::nowMs() >= m_leaseRenewAtMs) {
        // Still loading: other openers keep leaving the indexes to this import (DeferredIndexes).
        if (const Result<void> renewed = DeferredIndexes::renewLease(m_db); !renewed)
            qCWarning(lcImportWriter) << "bulk load lease not renewed:" << renewed.error();
        m_leaseRenewAtMs = Clock::nowMs() + DeferredIndexes::kLeaseMs / 2;
    }
    const Result<void> written = rowsWritten ? transaction.commit() : ErrorMessage{errorText()};
    const bool ok = written.ok();
    m_committed = m_committed || ok;
    if (!ok) {
        *error = tr("Cannot write to the workspace: %1").arg(written.error());
        *imported = 0;
        transaction.rollback();   // some errors have rolled back already; then this does nothing
    }
    for (const SqlStatement *s : {&m_upsert, &m_contactId, &m_insertTag, &m_tagId})
        sqlite3_clear_bindings(s->get());
    return ok;
}

bool ImportWriter::writeRows(const ImportBatch &batch, qint64 *imported)
{
    m_pairs.clear();
    QVarLengthArray<qint64, 32> tagIds;
    for (const QByteArray &name : batch.tagNames) {
        const std::optional<qint64> id = tagId(name);
        if (!id)
            return false;
        tagIds.append(*id);
    }
    sqlite3_stmt *const upsert = m_upsert.get();
    sqlite3_bind_int64(upsert, 1, Clock::nowMs());
    for (const int index : batch.order) {
        const ImportContact &c = batch.contacts[index];
        bindText(upsert, 2, batch.view(c.phone));
        bindText(upsert, 3, c.name.present() ? batch.view(c.name) : QByteArrayView(""));
        bindTime(upsert, 4, c.optInAt);
        bindText(upsert, 5, batch, c.optInSource);
        bindTime(upsert, 6, c.optOutAt);
        bindText(upsert, 7, batch, c.optOutReason);
        bindText(upsert, 8, c.attributes.present() ? batch.view(c.attributes) : QByteArrayView("{}"));
        // An upsert that updates leaves the last insert rowid alone: it tells a new contact from an update.
        sqlite3_set_last_insert_rowid(m_handle, kNoRowid);
        if (!step(upsert))
            return false;
        qint64 id = sqlite3_last_insert_rowid(m_handle);
        if (id != kNoRowid)
            ++*imported;
        if (c.tags.isEmpty())
            continue;
        if (id == kNoRowid && !contactId(batch.view(c.phone), &id))
            return false;
        for (const int t : c.tags)
            m_pairs.append({id, tagIds[t]});
    }
    return writeContactTags();
}

bool ImportWriter::contactId(QByteArrayView phone, qint64 *id)
{
    sqlite3_stmt *const select = m_contactId.get();
    bindText(select, 1, phone);
    const bool found = sqlite3_step(select) == SQLITE_ROW;
    if (found)
        *id = sqlite3_column_int64(select, 0);
    sqlite3_reset(select);
    return found;
}

// The batch's (contact, tag) pairs, kChunk rows per statement.
bool ImportWriter::writeContactTags()
{
    qsizetype i = 0;
    while (i < m_pairs.size()) {
        const int rows = m_pairs.size() - i >= kChunk ? kChunk : 1;
        sqlite3_stmt *const insert = rows == kChunk ? m_contactTagsChunk.get() : m_contactTags.get();
        for (int j = 0; j < rows; ++j) {
            sqlite3_bind_int64(insert, 2 * j + 1, m_pairs[i + j].first);
            sqlite3_bind_int64(insert, 2 * j + 2, m_pairs[i + j].second);
        }
        if (!step(insert))
            return false;
        i += rows;
    }
    m_pairs.clear();
    return true;
}

// The tag's id, inserting it when it is new; ids are looked up in each batch's own transaction, so none can be
// stale.
std::optional<qint64> ImportWriter::tagId(QByteArrayView name)
{
    sqlite3_stmt *const insert = m_insertTag.get();
    bindText(insert, 1, name);
    if (!step(insert))
        return std::nullopt;
    if (sqlite3_changes(m_handle) > 0)
        return sqlite3_last_insert_rowid(m_handle);
    sqlite3_stmt *const select = m_tagId.get();
    bindText(select, 1, name);
    const bool found = sqlite3_step(select) == SQLITE_ROW;
    const qint64 id = found ? sqlite3_column_int64(select, 0) : 0;
    sqlite3_reset(select);
    return found ? std::optional<qint64>(id) : std::nullopt;
}

QString ImportWriter::errorText() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_handle));
}
