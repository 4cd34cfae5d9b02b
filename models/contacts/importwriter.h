#pragma once

#include "models/contacts/importbatch.h"
#include "models/storage/sqlstatement.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

// Writes ImportBatches into the workspace, one transaction per batch: the importer's storage side (all of its
// SQL is here). It binds each batch's UTF-8 values straight to prepared statements through the SQLite C API on
// the connection's own handle, because a million rows through QSqlQuery and QVariant cost more than SQLite's own
// work. For as long as it exists the connection has a bigger page cache, no foreign key checks (every contact_tags
// row it writes references a contact and a tag of the same transaction), synchronous = FULL (each committed batch
// is synced) and fewer WAL checkpoints; the destructor checkpoints what was written and puts the settings back.
// Indexes are only taken down for a bulk load (bulkLoadIfLarge), and always built again: by finish() or the
// destructor, else (a killed import) by the next Workspace::open().
//
// Upsert rules: a non-empty name replaces the stored one, attributes are merged key by key, an opt-in only fills
// a contact that has neither opted in nor opted out, an opt-out is never cleared and is recorded if there was
// none, tags are added.
class ImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ContactImporter)

public:
    explicit ImportWriter(QSqlDatabase db);
    ~ImportWriter();
    ImportWriter(const ImportWriter &) = delete;
    ImportWriter &operator=(const ImportWriter &) = delete;

    // Prepares the statements and sets up the connection; on failure fills *error.
    bool open(QString *error);

    // Writes the batch in one transaction, or nothing (rolled back) and fills *error. *imported receives the
    // number of contacts that were not in the workspace before.
    bool write(const ImportBatch &batch, qint64 *imported, QString *error);

    // Bulk load, for an import of about `expectedRows` rows that dwarfs the contacts already there: the secondary
    // indexes of contacts and contact_tags are taken down until finish() (DeferredIndexes: a killed import gets
    // them back when the workspace is next opened) and the WAL is checkpointed once, at the end. Returns whether
    // it switched; a failure to switch is not an error (the import goes on the usual way).
    bool bulkLoadIfLarge(qint64 expectedRows);
    // Builds the deferred indexes again (the destructor does it too, then only logging a failure).
    bool finish(QString *error);

private:
    bool prepare(SqlStatement *statement, QByteArrayView sql);
    std::optional<qint64> pragma(const char *name);
    void changePragma(const char *name, qint64 value);  // the destructor sets it back
    bool writeRows(const ImportBatch &batch, qint64 *imported);
    bool contactId(QByteArrayView phone, qint64 *id);
    bool writeContactTags();
    std::optional<qint64> tagId(QByteArrayView name);
    QString errorText() const;

    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    QList<std::pair<QByteArray, qint64>> m_changedPragmas;  // name, previous value
    bool m_committed = false;
    bool m_bulk = false;
    qint64 m_leaseRenewAtMs = 0;   // bulk load: when to renew the deferred indexes' lease
    SqlStatement m_upsert;
    SqlStatement m_contactId;
    SqlStatement m_insertTag;
    SqlStatement m_tagId;
    SqlStatement m_contactTags;
    SqlStatement m_contactTagsChunk;
    QList<std::pair<qint64, qint64>> m_pairs;  // the batch's (contact id, tag id), written after its contacts
};
