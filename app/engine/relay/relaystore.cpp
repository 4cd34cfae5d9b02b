#include "engine/relay/relaystore.h"

#include "models/storage/storageerror.h"
#include "models/storage/workspace.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

constexpr int kSchemaVersion = 3;

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("herald-relay-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

void setError(QString *error, const QString &what, const QSqlError &sqlError, const QString &path = {})
{
    if (!error)
        return;
    // A full disk or a folder we may not write to is said as such, never as a failure of the database itself.
    const StorageError::Kind kind = StorageError::classify(sqlError, path);
    if (!path.isEmpty() && kind != StorageError::Kind::Other && kind != StorageError::Kind::None)
        *error = StorageError::describe(kind, path, sqlError.databaseText());
    else
        *error = what + QStringLiteral(": ") + sqlError.text();
}

// Binds an insert's received_at, kind, body_sha256 and body (positions 0 to 3).
void bindEvent(QSqlQuery &insert, const QString &kind, const QByteArray &body, qint64 receivedAtMs)
{
    insert.bindValue(0, receivedAtMs);
    insert.bindValue(1, kind);
    insert.bindValue(2, QCryptographicHash::hash(body, QCryptographicHash::Sha256));
    // A null QByteArray would be bound as SQL NULL; an empty body is still a (zero-length) body.
    insert.bindValue(3, body.isNull() ? QByteArray("", 0) : body);
}

} // namespace

QString RelayStore::kindWhatsApp()
{
    return QStringLiteral("whatsapp");
}
QString RelayStore::kindInvalid()
{
    return QStringLiteral("invalid");
}
QString RelayStore::kindBusiness()
{
    return QStringLiteral("business");
}

RelayStore::RelayStore()
    : m_connectionName(nextConnectionName())
{ }

RelayStore::~RelayStore()
{
    if (!m_path.isEmpty())
        Workspace::unregisterDatabaseFile(m_path);
    m_insert.reset();
    m_page.reset();
    m_insertKeyed.reset();
    m_byKey.reset();
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool RelayStore::open(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = QStringLiteral("cannot create directory ") + info.absolutePath();
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        setError(error, QStringLiteral("cannot open database"), db.lastError(), path);
        return false;
    }
    QSqlQuery q(db);
    // WAL lets the single writer commit with one fsync of the log; FULL makes that fsync happen at every
    // commit, so a committed append is on disk before the HTTP 200 goes out.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
        setError(error, QStringLiteral("cannot switch the database to WAL"), q.lastError(), path);
        return false;
    }
    if (!q.next() || q.value(0).toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0) {
        // SQLite keeps the old journal mode when it cannot write the WAL header: say why when the disk is full.
        if (error)
            *error = StorageError::diskFull(path)
                ? StorageError::describe(StorageError::Kind::DiskFull, path)
                : QStringLiteral("the database does not support WAL journaling");
        return false;
    }
    if (!q.exec(QStringLiteral("PRAGMA synchronous=FULL")) || !q.exec(QStringLiteral("PRAGMA busy_timeout=5000"))) {
        setError(error, QStringLiteral("cannot configure database"), q.lastError(), path);
        return false;
    }
    if (!migrate(error))
        return false;

    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM events")) || !q.next()) {
        setError(error, QStringLiteral("cannot count events"), q.lastError());
        return false;
    }
    m_count = q.value(0).toLongLong();

    m_insert = std::make_unique<QSqlQuery>(db);
    m_page = std::make_unique<QSqlQuery>(db);
    m_insertKeyed = std::make_unique<QSqlQuery>(db);
    m_byKey = std::make_unique<QSqlQuery>(db);
    if (!m_insert->prepare(QStringLiteral("INSERT INTO events (received_at, kind, body_sha256, body) "
                                          "VALUES (?, ?, ?, ?)"))
        || !m_insertKeyed->prepare(QStringLiteral("INSERT INTO events (received_at, kind, body_sha256, body, "
                                                  "dedup_key) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"))
        || !m_byKey->prepare(QStringLiteral("SELECT cursor FROM events WHERE dedup_key = ?"))
        || !m_page->prepare(QStringLiteral("SELECT cursor, received_at, kind, body FROM events "
                                           "WHERE cursor > ? ORDER BY cursor LIMIT ?"))) {
        setError(error, QStringLiteral("cannot prepare statements"), db.lastError());
        return false;
    }
    m_page->setForwardOnly(true);
    m_byKey->setForwardOnly(true);
    m_open = true;
    // Exports and imports refuse it like the workspace (their close() would drop SQLite's locks on it).
    m_path = info.absoluteFilePath();
    Workspace::registerDatabaseFile(m_path);
    return true;
}

bool RelayStore::migrate(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        setError(error, QStringLiteral("cannot read schema version"), q.lastError());
        return false;
    }
    const int version = q.value(0).toInt();
    if (version > kSchemaVersion) {
        if (error)
            *error = QStringLiteral("the database was written by a newer herald-relay (schema %1)").arg(version);
        return false;
    }
    if (version == kSchemaVersion)
        return true;

    db.transaction();
    // Version 1. kind separates Meta webhooks from later sources (business events); body_sha256 lets an
    // operator spot Meta's retried duplicates without the relay dropping any of them.
    bool ok = version >= 1
        || q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS events ("
                                 " cursor INTEGER PRIMARY KEY AUTOINCREMENT,"
                                 " received_at INTEGER NOT NULL,"
                                 " kind TEXT NOT NULL,"
                                 " body_sha256 BLOB NOT NULL,"
                                 " body BLOB NOT NULL)"));
    // Version 2. One row that /healthz rewrites to prove the database still takes writes.
    ok = ok
        && q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS health_probe ("
                                 " id INTEGER PRIMARY KEY CHECK (id = 1),"
                                 " written_at INTEGER NOT NULL)"));
    // Version 3. Shop webhooks (Shopify, WooCommerce, the generic signed webhook) are stored once per delivery
    // key although the platforms retry and duplicate them; Meta's webhooks carry no key (NULL, never unique).
    ok = ok && (version >= 3
                   || (q.exec(QStringLiteral("ALTER TABLE events ADD COLUMN dedup_key TEXT"))
                       && q.exec(QStringLiteral("CREATE UNIQUE INDEX events_dedup_key ON events(dedup_key) "
                                                "WHERE dedup_key IS NOT NULL"))))
        && q.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
    if (!ok || !db.commit()) {
        setError(error, QStringLiteral("cannot create schema"), q.lastError());
        db.rollback();
        return false;
    }
    return true;
}

std::optional<qint64> RelayStore::append(
    const QString &kind, const QByteArray &body, qint64 receivedAtMs, QString *error)
{
    if (!m_open) {
        if (error)
            *error = QStringLiteral("store not open");
        return std::nullopt;
    }
    // One statement in autocommit mode is one transaction: when exec() returns, it is committed.
    bindEvent(*m_insert, kind, body, receivedAtMs);
    if (!m_insert->exec()) {
        setError(error, QStringLiteral("cannot store event"), m_insert->lastError());
        return std::nullopt;
    }
    const qint64 cursor = m_insert->lastInsertId().toLongLong();
    m_insert->finish();
    ++m_count;
    return cursor;
}

std::optional<RelayStore::Appended> RelayStore::appendOnce(
    const QString &kind, const QByteArray &body, qint64 receivedAtMs, const QString &key, QString *error)
{
    if (key.isEmpty()) {
        const auto cursor = append(kind, body, receivedAtMs, error);
        return cursor ? std::optional<Appended>(Appended { *cursor, false }) : std::nullopt;
    }
    if (!m_open) {
        if (error)
            *error = QStringLiteral("store not open");
        return std::nullopt;
    }
    // One statement, one transaction: the unique index decides, so a retry racing its original cannot store twice.
    bindEvent(*m_insertKeyed, kind, body, receivedAtMs);
    m_insertKeyed->bindValue(4, key);
    if (!m_insertKeyed->exec()) {
        setError(error, QStringLiteral("cannot store event"), m_insertKeyed->lastError());
        return std::nullopt;
    }
    const bool inserted = m_insertKeyed->numRowsAffected() > 0;
    const qint64 insertedCursor = inserted ? m_insertKeyed->lastInsertId().toLongLong() : 0;
    m_insertKeyed->finish();
    if (inserted) {
        ++m_count;
        return Appended { insertedCursor, false };
    }
    m_byKey->bindValue(0, key);
    if (!m_byKey->exec() || !m_byKey->next()) {
        setError(error, QStringLiteral("cannot read the stored event"), m_byKey->lastError());
        m_byKey->finish();
        return std::nullopt;
    }
    const qint64 cursor = m_byKey->value(0).toLongLong();
    m_byKey->finish();
    return Appended { cursor, true };
}

std::optional<RelayStore::Page> RelayStore::eventsAfter(qint64 after, int limit, qint64 maxBytes, QString *error)
{
    if (!m_open) {
        if (error)
            *error = QStringLiteral("store not open");
        return std::nullopt;
    }
    m_page->bindValue(0, after);
    m_page->bindValue(1, limit + 1); // one more tells whether there is more
    if (!m_page->exec()) {
        setError(error, QStringLiteral("cannot read events"), m_page->lastError());
        return std::nullopt;
    }
    Page page;
    qint64 bytes = 0;
    while (m_page->next()) {
        if (page.events.size() == limit || (!page.events.isEmpty() && bytes >= maxBytes)) {
            page.hasMore = true;
            break;
        }
        Event e;
        e.cursor = m_page->value(0).toLongLong();
        e.receivedAtMs = m_page->value(1).toLongLong();
        e.kind = m_page->value(2).toString();
        e.body = m_page->value(3).toByteArray();
        bytes += e.body.size();
        page.events.append(std::move(e));
    }
    m_page->finish();
    return page;
}

bool RelayStore::ping()
{
    if (!m_open)
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

bool RelayStore::probeWrite(qint64 nowMs, QString *error)
{
    if (!m_open) {
        if (error)
            *error = QStringLiteral("store not open");
        return false;
    }
    // One committed write transaction, fsynced like an append: it fails on a full disk, a read-only file
    // system or a file size limit just as a webhook's insert would.
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT INTO health_probe (id, written_at) VALUES (1, ?) "
                             "ON CONFLICT (id) DO UPDATE SET written_at = excluded.written_at"));
    q.addBindValue(nowMs);
    if (!q.exec()) {
        setError(error, QStringLiteral("cannot write to the database"), q.lastError());
        return false;
    }
    return true;
}
