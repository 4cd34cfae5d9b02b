#include "models/templates/templatestore.h"
#include "models/storage/sqldialect.h"

#include "models/core/clock.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const char kColumns[] = "id, account_id, name, language, remote_id, category, status, quality, rejected_reason, "
                        "parameter_format, components, deleted_at, synced_at";

QJsonArray componentsOf(const MessageTemplate &t)
{
    return t.toGraphJson().value(QLatin1String("components")).toArray();
}

QString componentsJson(const MessageTemplate &t)
{
    return QString::fromUtf8(QJsonDocument(componentsOf(t)).toJson(QJsonDocument::Compact));
}

QJsonArray parseComponents(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).array();
}

QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// Rebuilds the template from a row: the stored components go back through the Graph parser.
MessageTemplate fromRow(const QSqlQuery &q)
{
    QJsonObject graph{{QStringLiteral("id"), q.value(4).toString()},
                      {QStringLiteral("name"), q.value(2).toString()},
                      {QStringLiteral("language"), q.value(3).toString()},
                      {QStringLiteral("category"), q.value(5).toString()},
                      {QStringLiteral("status"), q.value(6).toString()},
                      {QStringLiteral("rejected_reason"), q.value(8).toString()},
                      {QStringLiteral("parameter_format"), q.value(9).toString()},
                      {QStringLiteral("components"), parseComponents(q.value(10).toString())}};
    if (!q.value(7).toString().isEmpty())
        graph.insert(QStringLiteral("quality_score"), QJsonObject{{QStringLiteral("score"), q.value(7).toString()}});
    MessageTemplate t = MessageTemplate::fromGraphJson(graph);
    t.id = q.value(0).toLongLong();
    t.accountId = q.value(1).toLongLong();
    t.deletedAt = fromMs(q.value(11));
    t.deleted = t.deletedAt.isValid();
    t.syncedAt = fromMs(q.value(12));
    return t;
}

QString key(const QString &name, const QString &language)
{
    return name + QLatin1Char('\n') + language;
}

// What a sync compares: everything Meta can change about a template.
struct Stored
{
    qint64 id = 0;
    QString remoteId, category, status, quality, rejectedReason, parameterFormat;
    QJsonArray components;
    bool deleted = false;
};

bool differs(const Stored &s, const MessageTemplate &t)
{
    return s.remoteId != t.remoteId || s.category != t.category || s.status != t.status || s.quality != t.quality
        || s.rejectedReason != t.rejectedReason
        || s.parameterFormat != MessageTemplate::parameterFormatName(t.parameterFormat)
        || s.components != componentsOf(t);
}

// The text columns are NOT NULL: a null QString would bind as NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

void bindContent(QSqlQuery &q, const MessageTemplate &t)
{
    q.bindValue(QStringLiteral(":remote_id"), text(t.remoteId));
    q.bindValue(QStringLiteral(":category"), text(t.category));
    q.bindValue(QStringLiteral(":status"), text(t.status));
    q.bindValue(QStringLiteral(":quality"), text(t.quality));
    q.bindValue(QStringLiteral(":rejected_reason"), text(t.rejectedReason));
    q.bindValue(QStringLiteral(":parameter_format"), MessageTemplate::parameterFormatName(t.parameterFormat));
    q.bindValue(QStringLiteral(":components"), componentsJson(t));
}

} // namespace

TemplateStore::TemplateStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<MessageTemplate> TemplateStore::list(qint64 accountId, QString *error, bool includeDeleted) const
{
    QList<MessageTemplate> result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM templates WHERE account_id = ? %2 ORDER BY name, language")
                  .arg(QLatin1String(kColumns),
                       includeDeleted ? QString() : QStringLiteral("AND deleted_at IS NULL")));
    q.addBindValue(accountId);
    if (!q.exec()) {
        *error = tr("Cannot read the templates: %1").arg(q.lastError().text());
        return result;
    }
    while (q.next())
        result.append(fromRow(q));
    return result;
}

std::optional<MessageTemplate> TemplateStore::find(qint64 accountId, const QString &name, const QString &language,
                                                   QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM templates WHERE account_id = ? AND name = ? AND language = ?")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(accountId);
    q.addBindValue(name);
    q.addBindValue(language);
    if (!q.exec()) {
        *error = tr("Cannot read the template “%1” (%2): %3").arg(name, language, q.lastError().text());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

std::optional<TemplateSyncCounts> TemplateStore::applySync(qint64 accountId, const QList<MessageTemplate> &fetched,
                                                           QString *error)
{
    if (!m_db.transaction()) {
        *error = tr("Cannot start saving the templates: %1").arg(m_db.lastError().text());
        return std::nullopt;
    }
    const auto failed = [&](const QSqlQuery &q) {
        *error = tr("Cannot save the templates: %1").arg(q.lastError().text());
        m_db.rollback();
        return std::nullopt;
    };
    const qint64 now = Clock::nowMs();

    QHash<QString, Stored> stored;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name, language, remote_id, category, status, quality, rejected_reason, "
                             "parameter_format, components, deleted_at FROM templates WHERE account_id = ?"));
    q.addBindValue(accountId);
    if (!q.exec())
        return failed(q);
    while (q.next()) {
        Stored s;
        s.id = q.value(0).toLongLong();
        s.remoteId = q.value(3).toString();
        s.category = q.value(4).toString();
        s.status = q.value(5).toString();
        s.quality = q.value(6).toString();
        s.rejectedReason = q.value(7).toString();
        s.parameterFormat = q.value(8).toString();
        s.components = parseComponents(q.value(9).toString());
        s.deleted = !q.value(10).isNull();
        stored.insert(key(q.value(1).toString(), q.value(2).toString()), s);
    }

    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO templates (account_id, name, language, remote_id, category, status, quality, rejected_reason, "
        "parameter_format, components, synced_at, created_at, updated_at) VALUES (:account_id, :name, :language, "
        ":remote_id, :category, :status, :quality, :rejected_reason, :parameter_format, :components, :synced_at, "
        ":created_at, :updated_at) RETURNING id"));
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral(
        "UPDATE templates SET remote_id = :remote_id, category = :category, status = :status, quality = :quality, "
        "rejected_reason = :rejected_reason, parameter_format = :parameter_format, components = :components, "
        "deleted_at = NULL, synced_at = :synced_at, updated_at = :updated_at WHERE id = :id"));
    QSqlQuery touch(m_db);
    touch.prepare(QStringLiteral("UPDATE templates SET synced_at = ? WHERE id = ?"));

    TemplateSyncCounts counts;
    counts.total = int(fetched.size());
    QSet<QString> seen;
    for (const MessageTemplate &t : fetched) {
        if (t.name.isEmpty() || t.language.isEmpty())
            continue;   // cannot be addressed; TemplateSync drops these already
        const QString k = key(t.name, t.language);
        seen.insert(k);
        auto it = stored.find(k);
        if (it == stored.end()) {
            insert.bindValue(QStringLiteral(":account_id"), accountId);
            insert.bindValue(QStringLiteral(":name"), t.name);
            insert.bindValue(QStringLiteral(":language"), t.language);
            bindContent(insert, t);
            insert.bindValue(QStringLiteral(":synced_at"), now);
            insert.bindValue(QStringLiteral(":created_at"), now);
            insert.bindValue(QStringLiteral(":updated_at"), now);
            if (!insert.exec())
                return failed(insert);
            ++counts.added;
            Stored s;
            s.id = SqlDialect::insertedId(insert);
            it = stored.insert(k, s);
        } else if (it->deleted || differs(*it, t)) {
            update.bindValue(QStringLiteral(":id"), it->id);
            bindContent(update, t);
            update.bindValue(QStringLiteral(":synced_at"), now);
            update.bindValue(QStringLiteral(":updated_at"), now);
            if (!update.exec())
                return failed(update);
            ++counts.updated;
        } else {
            touch.addBindValue(now);
            touch.addBindValue(it->id);
            if (!touch.exec())
                return failed(touch);
            continue;
        }
        // Remember what is stored now, so a duplicate later in `fetched` compares against it.
        it->remoteId = t.remoteId;
        it->category = t.category;
        it->status = t.status;
        it->quality = t.quality;
        it->rejectedReason = t.rejectedReason;
        it->parameterFormat = MessageTemplate::parameterFormatName(t.parameterFormat);
        it->components = componentsOf(t);
        it->deleted = false;
    }

    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral("UPDATE templates SET deleted_at = ?, synced_at = ?, updated_at = ? WHERE id = ?"));
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (seen.contains(it.key()) || it->deleted)
            continue;
        remove.addBindValue(now);
        remove.addBindValue(now);
        remove.addBindValue(now);
        remove.addBindValue(it->id);
        if (!remove.exec())
            return failed(remove);
        ++counts.removed;
    }
    if (!m_db.commit()) {
        *error = tr("Cannot save the templates: %1").arg(m_db.lastError().text());
        m_db.rollback();
        return std::nullopt;
    }
    return counts;
}

qint64 TemplateStore::save(const MessageTemplate &t, QString *error)
{
    if (t.accountId <= 0 || t.name.isEmpty() || t.language.isEmpty()) {
        *error = tr("A template needs an account, a name and a language before it can be saved.");
        return 0;
    }
    // Join the caller's transaction if there is one.
    const bool own = m_db.transaction();
    const auto failed = [&](const QSqlQuery &q) -> qint64 {
        *error = tr("Cannot save the template “%1” (%2): %3").arg(t.name, t.language, q.lastError().text());
        if (own)
            m_db.rollback();
        return 0;
    };
    const qint64 now = Clock::nowMs();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM templates WHERE account_id = ? AND name = ? AND language = ?"));
    q.addBindValue(t.accountId);
    q.addBindValue(t.name);
    q.addBindValue(t.language);
    if (!q.exec())
        return failed(q);
    qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    QSqlQuery w(m_db);
    if (id == 0) {
        w.prepare(QStringLiteral(
            "INSERT INTO templates (account_id, name, language, remote_id, category, status, quality, "
            "rejected_reason, parameter_format, components, deleted_at, synced_at, created_at, updated_at) VALUES "
            "(:account_id, :name, :language, :remote_id, :category, :status, :quality, :rejected_reason, "
            ":parameter_format, :components, :deleted_at, :synced_at, :created_at, :updated_at) RETURNING id"));
        w.bindValue(QStringLiteral(":created_at"), now);
        w.bindValue(QStringLiteral(":account_id"), t.accountId);
        w.bindValue(QStringLiteral(":name"), t.name);
        w.bindValue(QStringLiteral(":language"), t.language);
    } else {
        // A saved template keeps its first deletion time and its last sync unless the caller sets them.
        w.prepare(QStringLiteral(
            "UPDATE templates SET remote_id = :remote_id, category = :category, status = :status, quality = :quality, "
            "rejected_reason = :rejected_reason, parameter_format = :parameter_format, components = :components, "
            "deleted_at = CASE WHEN :deleted = 1 THEN COALESCE(deleted_at, :deleted_at) END, "
            "synced_at = COALESCE(:synced_at, synced_at), updated_at = :updated_at WHERE id = :id"));
        w.bindValue(QStringLiteral(":id"), id);
        w.bindValue(QStringLiteral(":deleted"), t.deleted ? 1 : 0);
    }
    bindContent(w, t);
    const QDateTime deletedAt = t.deleted && !t.deletedAt.isValid() ? QDateTime::fromMSecsSinceEpoch(now) : t.deletedAt;
    w.bindValue(QStringLiteral(":deleted_at"), t.deleted ? msOrNull(deletedAt) : QVariant());
    w.bindValue(QStringLiteral(":synced_at"), msOrNull(t.syncedAt));
    w.bindValue(QStringLiteral(":updated_at"), now);
    if (!w.exec())
        return failed(w);
    if (id == 0)
        id = SqlDialect::insertedId(w);
    if (own && !m_db.commit()) {
        *error = tr("Cannot save the template “%1” (%2): %3").arg(t.name, t.language, m_db.lastError().text());
        m_db.rollback();
        return 0;
    }
    return id;
}

Result<int> TemplateStore::applyWebhook(const QString &field, const QJsonObject &value, qint64 now)
{
    const QString remoteId = value.value(QLatin1String("message_template_id")).toVariant().toString();
    if (remoteId.isEmpty())
        return 0;
    QString column;
    QString newValue;
    if (field == QLatin1String("message_template_status_update")) {
        newValue = value.value(QLatin1String("event")).toString().trimmed().toUpper();
        if (newValue == QLatin1String("REINSTATED"))
            newValue = QStringLiteral("APPROVED");
        if (newValue.isEmpty() || newValue == QLatin1String("FLAGGED"))
            return 0;
        column = QStringLiteral("status");
    } else if (field == QLatin1String("message_template_quality_update")) {
        newValue = value.value(QLatin1String("new_quality_score")).toString().trimmed().toUpper();
        if (newValue.isEmpty())
            return 0;
        column = QStringLiteral("quality");
    } else {
        return 0;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE templates SET %1 = ?, updated_at = ? WHERE remote_id = ? AND %1 <> ?").arg(column));
    q.addBindValue(newValue);
    q.addBindValue(now);
    q.addBindValue(remoteId);
    q.addBindValue(newValue);
    if (!q.exec())
        return ErrorMessage{tr("Cannot record the template update: %1").arg(q.lastError().text())};
    return q.numRowsAffected();
}

bool TemplateStore::blocksSending(const QString &status)
{
    return status == QLatin1String("PAUSED") || status == QLatin1String("DISABLED");
}
