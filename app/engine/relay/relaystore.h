#pragma once

#include <memory>
#include <optional>
#include <QByteArray>
#include <QList>
#include <QString>

class QSqlQuery;

// herald-relay's own SQLite file: one append-only table of received payloads. All SQL of the relay lives
// here so the store can move to PostgreSQL without touching the HTTP side.
//
// Durability: WAL with synchronous=FULL, and every append() is its own committed transaction, so when
// append() returns a cursor the payload is in the fsynced WAL and survives a crash or a SIGKILL.
//
// Ordering: cursor is an INTEGER PRIMARY KEY AUTOINCREMENT. A RelayStore is one connection used from one
// thread, and the relay has exactly one, so appends are committed one after the other in cursor order:
// a reader can never see cursor N+1 while N is still uncommitted, which is what makes "after=N" paging
// gap-free. (A failed insert rolls back its AUTOINCREMENT allocation too, so no hole appears.)
class RelayStore
{
public:
    // Event kinds. Meta webhooks are "whatsapp"; a correctly signed body that is not a JSON object is kept
    // as "invalid" so nothing Meta sent is lost. "business" is reserved for POST /v1/business-events.
    static QString kindWhatsApp();
    static QString kindInvalid();
    static QString kindBusiness();

    struct Event
    {
        qint64 cursor = 0;
        qint64 receivedAtMs = 0;
        QString kind;
        QByteArray body; // the raw bytes as received
    };

    struct Page
    {
        QList<Event> events;
        bool hasMore = false;
    };

    RelayStore();
    ~RelayStore();
    RelayStore(const RelayStore &) = delete;
    RelayStore &operator=(const RelayStore &) = delete;

    // Opens (creating if needed) the database at path and migrates it. Must be called, and the store then
    // used, from one thread only.
    bool open(const QString &path, QString *error = nullptr);
    bool isOpen() const { return m_open; }

    // Appends one payload and commits it durably; returns its cursor, or nullopt on a database error.
    std::optional<qint64> append(
        const QString &kind, const QByteArray &body, qint64 receivedAtMs, QString *error = nullptr);

    struct Appended
    {
        qint64 cursor = 0;
        bool duplicate = false; // an event with the same key was stored before: cursor is that event's
    };
    // Appends one payload under a unique key (e.g. "shopify:shop.myshopify.com:orders/create:<event id>"), once:
    // when the key is already stored nothing is written and the earlier event's cursor comes back as a duplicate.
    // An empty key stores unconditionally, like append().
    std::optional<Appended> appendOnce(const QString &kind, const QByteArray &body, qint64 receivedAtMs,
        const QString &key, QString *error = nullptr);

    // Events with cursor > after in cursor order: at most limit of them, stopping early (but never before the
    // first) once the bodies add up to maxBytes. hasMore tells whether further events exist right now.
    std::optional<Page> eventsAfter(qint64 after, int limit, qint64 maxBytes, QString *error = nullptr);

    // Number of stored events (kept in memory; counted once at open()).
    qint64 count() const { return m_count; }

    // Cheap liveness probe of the connection.
    bool ping();
    // A tiny committed write (one row of its own table): false with the reason when the database cannot be
    // written right now (disk full, read-only, file size limit). Used by /healthz.
    bool probeWrite(qint64 nowMs, QString *error = nullptr);

private:
    bool migrate(QString *error);

    QString m_connectionName;
    QString m_path;
    std::unique_ptr<QSqlQuery> m_insert;
    std::unique_ptr<QSqlQuery> m_page;
    std::unique_ptr<QSqlQuery> m_insertKeyed;
    std::unique_ptr<QSqlQuery> m_byKey;
    qint64 m_count = 0;
    bool m_open = false;
};
