#pragma once

#include "models/contacts/contactimporter.h"
#include "models/contacts/csvreader.h"
#include "models/contacts/importbatch.h"

#include <QSet>

// Reads a CSV file into ImportBatches: checks each row, normalises the number and merges rows with the same
// number. Touches no database, so it runs on a worker thread while the previous batch is written.
//
// Merging: a later non-empty value wins for the name, attributes are merged key by key (an empty cell never
// erases a value), tags are unioned, the first opt-out and (without an opt-out) the first opt-in are kept.
//
// Write order: a batch of fewer than kSortedBatch contacts is written in file order. A bigger one is written in
// number order: each insert then lands next to the previous one in the phone index, which cuts the time SQLite
// spends inserting the contacts of a large import (whose phone index no longer fits in the CPU caches) by about a
// fifth. New contacts' ids, and so the contacts list's "created" order and the export's order, then follow the file
// batch by batch and the number within a batch.
class ImportReader
{
    Q_DECLARE_TR_FUNCTIONS(ContactImporter)

public:
    static constexpr int kSortedBatch = 10000;

    // `reader` is positioned after the header; `roles` has one entry per column (ImportMapping::complete).
    ImportReader(CsvReader &reader, const QStringList &header, const QList<ColumnRole> &roles,
                 const ImportOptions &options, QByteArrayView defaultSource);

    // The next ImportOptions::batchSize rows; atEnd is set on the last batch.
    ImportBatch next();

    // The file is mapped: pages the reader has passed are dropped from memory as it goes (every value a batch
    // keeps is a copy), so a large file does not stay resident. Linux only, where MADV_DONTNEED on a read-only
    // file mapping simply drops clean pages.
    void setMapping(const char *base, qsizetype dataOffset)
    {
        m_mapping = base;
        m_dataOffset = dataOffset;
    }

private:
    void reject(ImportBatch &batch, const CsvReader::Fields &fields, const QString &reason) const;
    void finish(ImportBatch &batch) const;
    void releaseConsumed();

    CsvReader &m_reader;
    const QStringList m_header;
    const QList<ColumnRole> m_roles;
    const ImportOptions m_options;
    const QByteArray m_defaultSource;
    QList<QByteArray> m_attributeKeys;  // per column: "key": as JSON, empty for other roles
    QList<QByteArray> m_optionTags;
    QSet<quint64> m_seen;               // every number of the file so far
    QSet<QString> m_seenLong;           // the rare number too long for a quint64 key
    const char *m_mapping = nullptr;
    qsizetype m_dataOffset = 0;
    qsizetype m_released = 0;
};
