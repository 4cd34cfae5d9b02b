#include "models/contacts/serverimportwriter.h"
#include "models/contacts/contactupsert.h"

#include "models/core/clock.h"
#include "models/storage/sqldialect.h"
#include "models/storage/sqltransaction.h"

#include <QSqlError>
#include <QVariant>

namespace {

// ImportWriter's upsert; RETURNING tells an inserted row (xmax = 0) from an updated one.
const QString kUpsert = QStringLiteral(R"SQL(
INSERT INTO contacts (phone, name, opt_in_at, opt_in_source, opt_out_at, opt_out_reason, attributes,
                      created_at, updated_at)
VALUES (:phone, :name, :in_at, :in_source, :out_at, :out_reason, :attributes, :now, :now)
ON CONFLICT (phone) DO UPDATE SET
    name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE contacts.name END,
    attributes = CASE WHEN excluded.attributes = '{}' THEN contacts.attributes
                      ELSE CAST(CAST(contacts.attributes AS jsonb) || CAST(excluded.attributes AS jsonb) AS TEXT) END,)SQL")
    + QLatin1String(ContactUpsert::kConsentColumns) + QStringLiteral("RETURNING id, xmax = 0\n");

QVariant text(const ImportBatch &batch, ImportRef value)
{
    if (!value.present())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(batch.view(value));
}

QVariant time(const std::optional<qint64> &t)
{
    return t ? QVariant(qlonglong(*t)) : QVariant(QMetaType::fromType<qlonglong>());
}

} // namespace

ServerImportWriter::ServerImportWriter(QSqlDatabase db)
    : m_db(std::move(db))
    , m_upsert(m_db)
    , m_insertTag(m_db)
    , m_tagId(m_db)
    , m_contactTag(m_db)
{
}

bool ServerImportWriter::open(QString *error)
{
    const bool ok = m_upsert.prepare(kUpsert)
        && m_insertTag.prepare(QStringLiteral("INSERT INTO tags (name) VALUES (?) ON CONFLICT DO NOTHING"))
        && m_tagId.prepare(QStringLiteral("SELECT id FROM tags WHERE name = ?"))
        && m_contactTag.prepare(
            QStringLiteral("INSERT INTO contact_tags (contact_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    if (!ok) {
        for (const QSqlQuery *q : {&m_upsert, &m_insertTag, &m_tagId, &m_contactTag}) {
            if (q->lastError().isValid())
                *error = q->lastError().text();
        }
    }
    return ok;
}

bool ServerImportWriter::write(const ImportBatch &batch, qint64 *imported, QString *error)
{
    *imported = 0;
    SqlTransaction transaction(m_db);
    if (const Result<void> begun = transaction.begin(); !begun) {
        *error = tr("Cannot start writing to the workspace: %1").arg(begun.error());
        return false;
    }
    QString detail;
    const Result<void> written = writeRows(batch, imported, &detail) ? transaction.commit() : ErrorMessage{detail};
    if (!written) {
        *error = tr("Cannot write to the workspace: %1").arg(written.error());
        *imported = 0;
        return false;
    }
    return true;
}

bool ServerImportWriter::writeRows(const ImportBatch &batch, qint64 *imported, QString *error)
{
    QList<qint64> tagIds;
    for (const QByteArray &name : batch.tagNames) {
        const std::optional<qint64> id = tagId(name, error);
        if (!id)
            return false;
        tagIds.append(*id);
    }
    const qint64 now = Clock::nowMs();
    for (const int index : batch.order) {
        const ImportContact &c = batch.contacts[index];
        m_upsert.bindValue(QStringLiteral(":phone"), QString::fromUtf8(batch.view(c.phone)));
        m_upsert.bindValue(QStringLiteral(":name"), c.name.present() ? text(batch, c.name) : QVariant(QString(QLatin1String(""))));
        m_upsert.bindValue(QStringLiteral(":in_at"), time(c.optInAt));
        m_upsert.bindValue(QStringLiteral(":in_source"), text(batch, c.optInSource));
        m_upsert.bindValue(QStringLiteral(":out_at"), time(c.optOutAt));
        m_upsert.bindValue(QStringLiteral(":out_reason"), text(batch, c.optOutReason));
        m_upsert.bindValue(QStringLiteral(":attributes"),
                           c.attributes.present() ? text(batch, c.attributes) : QVariant(QStringLiteral("{}")));
        m_upsert.bindValue(QStringLiteral(":now"), now);
        if (!m_upsert.exec() || !m_upsert.next()) {
            *error = m_upsert.lastError().text();
            return false;
        }
        const qint64 id = m_upsert.value(0).toLongLong();
        if (m_upsert.value(1).toBool())
            ++*imported;
        m_upsert.finish();
        for (const int t : c.tags) {
            m_contactTag.bindValue(0, id);
            m_contactTag.bindValue(1, tagIds[t]);
            if (!m_contactTag.exec()) {
                *error = m_contactTag.lastError().text();
                return false;
            }
        }
    }
    return true;
}

std::optional<qint64> ServerImportWriter::tagId(const QByteArray &name, QString *error)
{
    m_insertTag.bindValue(0, QString::fromUtf8(name));
    if (!m_insertTag.exec()) {
        *error = m_insertTag.lastError().text();
        return std::nullopt;
    }
    m_tagId.bindValue(0, QString::fromUtf8(name));
    if (!m_tagId.exec() || !m_tagId.next()) {
        *error = m_tagId.lastError().text();
        return std::nullopt;
    }
    const qint64 id = m_tagId.value(0).toLongLong();
    m_tagId.finish();
    return id;
}
