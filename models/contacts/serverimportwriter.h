#pragma once

#include "models/contacts/importbatch.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

// ImportWriter's twin for a PostgreSQL workspace: the same upsert rules (see ImportWriter) and one transaction per
// batch, through Qt's QPSQL driver with prepared statements — the ordinary QSqlQuery path, not yet libpq's COPY
// (issue 13's bulk path: COPY the batch into a temporary table, then one INSERT … ON CONFLICT from it).
class ServerImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ContactImporter)

public:
    explicit ServerImportWriter(QSqlDatabase db);

    bool open(QString *error);
    // Writes the batch in one transaction, or nothing; *imported: contacts that were not in the workspace before.
    bool write(const ImportBatch &batch, qint64 *imported, QString *error);

private:
    bool writeRows(const ImportBatch &batch, qint64 *imported, QString *error);
    std::optional<qint64> tagId(const QByteArray &name, QString *error);

    QSqlDatabase m_db;
    QSqlQuery m_upsert;
    QSqlQuery m_insertTag;
    QSqlQuery m_tagId;
    QSqlQuery m_contactTag;
};
