#include "models/contacts/contactstore.h"
#include "models/storage/sqldialect.h"

#include "models/core/clock.h"
#include "models/storage/pagedrows.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString kColumns = QStringLiteral(
    "c.id, c.phone, c.name, c.opt_in_at, c.opt_in_source, c.opt_out_at, c.opt_out_reason, c.attributes, "
    "c.created_at, c.updated_at, "
    "(SELECT group_concat(t.name, ',') FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
    "WHERE ct.contact_id = c.id)");

Contact readContact(const QSqlQuery &q)
{
    Contact c;
    c.id = q.value(0).toLongLong();
    c.phone = q.value(1).toString();
    c.name = q.value(2).toString();
    c.optInAt = fromStoredTime(q.value(3));
    c.optInSource = q.value(4).toString();
    c.optOutAt = fromStoredTime(q.value(5));
    c.optOutReason = q.value(6).toString();
    c.attributes = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    c.createdAt = fromStoredTime(q.value(8));
    c.updatedAt = fromStoredTime(q.value(9));
    const QString tags = q.value(10).toString();
    if (!tags.isEmpty()) {
        c.tags = tags.split(QLatin1Char(','));
        c.tags.sort(Qt::CaseInsensitive);
    }
    return c;
}

QString idList(const QList<qint64> &ids)
{
    QString s;
    s.reserve(ids.size() * 8);
    for (qint64 id : ids) {
        if (!s.isEmpty())
            s += QLatin1Char(',');
        s += QString::number(id);
    }
    return s;
}

qint64 now()
{
    return Clock::nowMs();
}

// Runs a statement once per chunk of ids (SQLite limits the number of bound values).
template<typename F>
bool forChunks(const QList<qint64> &ids, F &&f)
{
    constexpr qsizetype kChunk = 500;
    for (qsizetype i = 0; i < ids.size(); i += kChunk) {
        if (!f(idList(ids.mid(i, kChunk))))
            return false;
    }
    return true;
}

} // namespace

ContactStore::ContactStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<ContactCounts> ContactStore::counts(QString *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*), "
                               "count(CASE WHEN opt_out_at IS NULL AND opt_in_at IS NOT NULL THEN 1 END), "
                               "count(opt_out_at) FROM contacts"))
        || !q.next()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    return ContactCounts{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

std::optional<QList<qint64>> ContactStore::ids(const ContactQuery &query, QString *error) const
{
    const QString dir = query.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString orderBy;
    switch (query.sort) {
    case ContactQuery::SortKey::Created:
        orderBy = QStringLiteral("c.id ") + dir;
        break;
    case ContactQuery::SortKey::Name:
        orderBy = QStringLiteral("c.name COLLATE NOCASE ") + dir + QStringLiteral(", c.id ") + dir;
        break;
    case ContactQuery::SortKey::Phone:
        orderBy = QStringLiteral("c.phone ") + dir;
        break;
    }
    QString sql = QStringLiteral("SELECT c.id FROM contacts c");
    const QString search = query.search.trimmed();
    if (!search.isEmpty()) {
        sql += SqlDialect::caseInsensitiveLike(m_db, QStringLiteral(
            " WHERE c.name LIKE :p ESCAPE '\\' OR c.phone LIKE :p ESCAPE '\\' OR c.attributes LIKE :p ESCAPE '\\'"
            " OR c.id IN (SELECT ct.contact_id FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id"
            " WHERE t.name LIKE :p ESCAPE '\\')"));
    }
    sql += QStringLiteral(" ORDER BY ") + orderBy;
    QList<std::pair<QString, QVariant>> bindings;
    if (!search.isEmpty())
        bindings.append({QStringLiteral(":p"), likePattern(search)});
    return readIds(m_db, sql, bindings, error);
}

std::optional<qint64> ContactStore::count(QString *error) const
{
    QSqlQuery q(m_db);
    // Kept by triggers (migration 13): no scan of a million rows.
    if (!q.exec(QStringLiteral("SELECT n FROM row_counts WHERE name = 'contacts'")) || !q.next()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

std::optional<QList<qint64>> ContactStore::idsAfter(const ContactQuery &query, qint64 afterId, int limit,
                                                    QString *error) const
{
    const bool asc = query.order == Qt::AscendingOrder;
    const QString dir = asc ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString beyond = asc ? QStringLiteral(">") : QStringLiteral("<");
    // The key of the contact the last chunk ended with; each condition is a range on the sort's index.
    QString after;
    QString orderBy;
    switch (query.sort) {
    case ContactQuery::SortKey::Created:
        after = QStringLiteral("c.id %1 :after").arg(beyond);
        orderBy = QStringLiteral("c.id ") + dir;
        break;
    case ContactQuery::SortKey::Name:
        after = QStringLiteral("c.name COLLATE NOCASE %1= (SELECT name FROM contacts WHERE id = :after) AND "
                               "(c.name COLLATE NOCASE %1 (SELECT name FROM contacts WHERE id = :after) "
                               "OR c.id %1 :after)")
                    .arg(beyond);
        orderBy = QStringLiteral("c.name COLLATE NOCASE %1, c.id %1").arg(dir);
        break;
    case ContactQuery::SortKey::Phone:
        after = QStringLiteral("c.phone %1 (SELECT phone FROM contacts WHERE id = :after)").arg(beyond);
        orderBy = QStringLiteral("c.phone ") + dir;
        break;
    }
    QString sql = QStringLiteral("SELECT c.id FROM contacts c");
    QList<std::pair<QString, QVariant>> bindings {{QStringLiteral(":limit"), limit}};
    if (afterId > 0) {
        sql += QStringLiteral(" WHERE ") + after;
        bindings.append({QStringLiteral(":after"), afterId});
    }
    sql += QStringLiteral(" ORDER BY ") + orderBy + QStringLiteral(" LIMIT :limit");
    return readIds(m_db, sql, bindings, error);
}

QList<Contact> ContactStore::fetch(const QList<qint64> &ids, QString *error) const
{
    QList<Contact> result;
    if (ids.isEmpty())
        return result;
    QHash<qint64, Contact> byId;
    byId.reserve(ids.size());
    forChunks(ids, [&](const QString &list) {
        QSqlQuery q(m_db);
        q.setForwardOnly(SqlDialect::forwardOnly(q));
        if (!q.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM contacts c WHERE c.id IN (") + list
                    + QLatin1Char(')'))) {
            *error = q.lastError().text();
            return false;
        }
        while (q.next()) {
            Contact c = readContact(q);
            byId.insert(c.id, std::move(c));
        }
        return true;
    });
    result.reserve(ids.size());
    for (qint64 id : ids) {
        auto it = byId.find(id);
        if (it != byId.end())
            result.append(std::move(*it));
    }
    return result;
}

std::optional<Contact> ContactStore::byId(qint64 id, QString *error) const
{
    const QList<Contact> one = fetch({id}, error);
    if (one.isEmpty())
        return std::nullopt;
    return one.first();
}

std::optional<Contact> ContactStore::byPhone(const QString &e164, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM contacts WHERE phone = ?"));
    q.addBindValue(e164);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return byId(q.value(0).toLongLong(), error);
}

bool ContactStore::inTransaction(const std::function<bool()> &body, QString *error)
{
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    if (!body()) {
        m_db.rollback();
        return false;
    }
    if (!m_db.commit()) {
        *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

qint64 ContactStore::upsert(const Contact &c, QString *error)
{
    qint64 id = 0;
    const bool ok = inTransaction(
        [&] {
            const qint64 t = now();
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral(
                "INSERT INTO contacts (phone, name, opt_in_at, opt_in_source, opt_out_at, opt_out_reason, attributes, "
                "created_at, updated_at) VALUES (:phone, coalesce(:name, ''), :in, :src, :out, :why, :attrs, :t, :t) "
                "ON CONFLICT(phone) DO UPDATE SET "
                "name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE contacts.name END, "
                "opt_in_at = coalesce(excluded.opt_in_at, contacts.opt_in_at), "
                "opt_in_source = coalesce(excluded.opt_in_source, contacts.opt_in_source), "
                "opt_out_at = coalesce(excluded.opt_out_at, contacts.opt_out_at), "
                "opt_out_reason = coalesce(excluded.opt_out_reason, contacts.opt_out_reason), "
                "attributes = json_patch(contacts.attributes, excluded.attributes), "
                "updated_at = excluded.updated_at "
                "RETURNING id"));
            q.bindValue(QStringLiteral(":phone"), c.phone);
            q.bindValue(QStringLiteral(":name"), c.name);
            q.bindValue(QStringLiteral(":in"), c.optInAt.isValid() ? QVariant(toStoredTime(c.optInAt)) : QVariant());
            q.bindValue(QStringLiteral(":src"), c.optInAt.isValid() ? QVariant(c.optInSource) : QVariant());
            q.bindValue(QStringLiteral(":out"), c.optOutAt.isValid() ? QVariant(toStoredTime(c.optOutAt)) : QVariant());
            q.bindValue(QStringLiteral(":why"), c.optOutAt.isValid() ? QVariant(c.optOutReason) : QVariant());
            q.bindValue(QStringLiteral(":attrs"),
                        QString::fromUtf8(QJsonDocument(c.attributes).toJson(QJsonDocument::Compact)));
            q.bindValue(QStringLiteral(":t"), t);
            if (!q.exec() || !q.next()) {
                *error = q.lastError().text();
                return false;
            }
            id = q.value(0).toLongLong();
            q.finish();
            for (const QString &tag : c.tags) {
                const qint64 tid = tagId(tag, true, error);
                QSqlQuery link(m_db);
                link.prepare(QStringLiteral("INSERT INTO contact_tags (contact_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
                link.addBindValue(id);
                link.addBindValue(tid);
                if (tid == 0 || !link.exec()) {
                    if (tid != 0)
                        *error = link.lastError().text();
                    return false;
                }
            }
            return true;
        },
        error);
    return ok ? id : 0;
}

std::optional<Contact> ContactStore::recordFromEvent(const Contact &c, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO contacts (phone, name, opt_in_at, opt_in_source, attributes, created_at, updated_at) "
        "VALUES (:phone, :name, :in, :src, :attrs, :t, :t) ON CONFLICT(phone) DO UPDATE SET "
        "name = CASE WHEN contacts.name = '' THEN excluded.name ELSE contacts.name END, "
        "opt_in_source = CASE WHEN contacts.opt_in_at IS NULL AND contacts.opt_out_at IS NULL "
        "  THEN excluded.opt_in_source ELSE contacts.opt_in_source END, "
        "opt_in_at = CASE WHEN contacts.opt_in_at IS NULL AND contacts.opt_out_at IS NULL "
        "  THEN excluded.opt_in_at ELSE contacts.opt_in_at END, "
        "updated_at = excluded.updated_at RETURNING id"));
    q.bindValue(QStringLiteral(":phone"), c.phone);
    q.bindValue(QStringLiteral(":name"), c.name.isNull() ? QStringLiteral("") : c.name);
    q.bindValue(QStringLiteral(":in"), c.optInAt.isValid() ? QVariant(toStoredTime(c.optInAt)) : QVariant());
    q.bindValue(QStringLiteral(":src"), c.optInAt.isValid() ? QVariant(c.optInSource) : QVariant());
    q.bindValue(QStringLiteral(":attrs"), QString::fromUtf8(QJsonDocument(c.attributes).toJson(QJsonDocument::Compact)));
    q.bindValue(QStringLiteral(":t"), now());
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    auto stored = byId(id, error);
    if (!stored && error->isEmpty())
        *error = tr("The contact %1 was not stored.").arg(c.phone);
    return stored;
}

qint64 ContactStore::tagId(const QString &tag, bool create, QString *error)
{
    QSqlQuery q(m_db);
    if (create) {
        q.prepare(QStringLiteral("INSERT INTO tags (name) VALUES (?) ON CONFLICT DO NOTHING"));
        q.addBindValue(tag);
        if (!q.exec()) {
            *error = q.lastError().text();
            return 0;
        }
    }
    q.prepare(QStringLiteral("SELECT id FROM tags WHERE name = ?"));
    q.addBindValue(tag);
    if (!q.exec()) {
        *error = q.lastError().text();
        return 0;
    }
    if (!q.next()) {
        if (create)
            *error = tr("The tag “%1” could not be created.").arg(tag);
        return 0;
    }
    return q.value(0).toLongLong();
}

bool ContactStore::addTag(const QList<qint64> &ids, const QString &tag, QString *error)
{
    const QString name = tag.trimmed();
    if (name.isEmpty()) {
        *error = tr("A tag needs a name.");
        return false;
    }
    return inTransaction(
        [&] {
            const qint64 tid = tagId(name, true, error);
            if (tid == 0)
                return false;
            return forChunks(ids, [&](const QString &list) {
                QSqlQuery q(m_db);
                const bool ok = q.exec(QStringLiteral("INSERT INTO contact_tags (contact_id, tag_id) "
                                                      "SELECT id, %1 FROM contacts WHERE id IN (%2) ON CONFLICT DO NOTHING")
                                           .arg(tid)
                                           .arg(list))
                    && q.exec(QStringLiteral("UPDATE contacts SET updated_at = %1 WHERE id IN (%2)").arg(now()).arg(list));
                if (!ok)
                    *error = q.lastError().text();
                return ok;
            });
        },
        error);
}

bool ContactStore::removeTag(const QList<qint64> &ids, const QString &tag, QString *error)
{
    return inTransaction(
        [&] {
            QString lookupError;
            const qint64 tid = tagId(tag.trimmed(), false, &lookupError);
            if (tid == 0) {
                if (!lookupError.isEmpty())
                    *error = lookupError;
                return lookupError.isEmpty();   // no such tag: nothing to remove
            }
            return forChunks(ids, [&](const QString &list) {
                QSqlQuery q(m_db);
                const bool ok = q.exec(QStringLiteral("DELETE FROM contact_tags WHERE tag_id = %1 AND contact_id IN (%2)")
                                           .arg(tid)
                                           .arg(list))
                    && q.exec(QStringLiteral("UPDATE contacts SET updated_at = %1 WHERE id IN (%2)").arg(now()).arg(list));
                if (!ok)
                    *error = q.lastError().text();
                return ok;
            });
        },
        error);
}

bool ContactStore::optOut(const QList<qint64> &ids, const QString &reason, QString *error)
{
    return inTransaction(
        [&] {
            const qint64 t = now();
            return forChunks(ids, [&](const QString &list) {
                QSqlQuery q(m_db);
                q.prepare(QStringLiteral("UPDATE contacts SET opt_out_at = :t, opt_out_reason = :r, updated_at = :t "
                                         "WHERE opt_out_at IS NULL AND id IN (")
                          + list + QLatin1Char(')'));
                q.bindValue(QStringLiteral(":t"), t);
                q.bindValue(QStringLiteral(":r"), reason);
                if (!q.exec()) {
                    *error = q.lastError().text();
                    return false;
                }
                return true;
            });
        },
        error);
}

bool ContactStore::optIn(const QList<qint64> &ids, const QString &source, QString *error)
{
    return inTransaction(
        [&] {
            const qint64 t = now();
            return forChunks(ids, [&](const QString &list) {
                QSqlQuery q(m_db);
                q.prepare(QStringLiteral("UPDATE contacts SET opt_in_at = :t, opt_in_source = :s, opt_out_at = NULL, "
                                         "opt_out_reason = NULL, updated_at = :t WHERE id IN (")
                          + list + QLatin1Char(')'));
                q.bindValue(QStringLiteral(":t"), t);
                q.bindValue(QStringLiteral(":s"), source);
                if (!q.exec()) {
                    *error = q.lastError().text();
                    return false;
                }
                return true;
            });
        },
        error);
}

bool ContactStore::remove(const QList<qint64> &ids, QString *error)
{
    return inTransaction(
        [&] {
            return forChunks(ids, [&](const QString &list) {
                QSqlQuery q(m_db);
                if (!q.exec(QStringLiteral("DELETE FROM contacts WHERE id IN (") + list + QLatin1Char(')'))) {
                    *error = q.lastError().text();
                    return false;
                }
                return true;
            });
        },
        error);
}

QStringList ContactStore::tagNames(QString *error) const
{
    QStringList names;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT name FROM tags ORDER BY name COLLATE NOCASE"))) {
        *error = q.lastError().text();
        return names;
    }
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

QStringList ContactStore::attributeKeys(QString *error) const
{
    QStringList keys;
    QSqlQuery q(m_db);
    q.setForwardOnly(SqlDialect::forwardOnly(q));
    if (!q.exec(QStringLiteral("SELECT DISTINCT j.key FROM (SELECT attributes FROM contacts ORDER BY id DESC "
                               "LIMIT 10000) AS c, json_each(c.attributes) AS j ORDER BY 1"))) {
        *error = q.lastError().text();
        return keys;
    }
    while (q.next())
        keys.append(q.value(0).toString());
    return keys;
}
