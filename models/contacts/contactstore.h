#pragma once

#include "models/contacts/contact.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <functional>
#include <optional>

struct ContactCounts
{
    qint64 contacts = 0;
    qint64 optedIn = 0;   // opted in and not opted out
    qint64 optedOut = 0;
};

// What the contacts list shows and in which order. Search matches name, phone, tag or attribute value.
struct ContactQuery
{
    enum class SortKey { Created, Name, Phone };
    QString search;
    SortKey sort = SortKey::Created;
    Qt::SortOrder order = Qt::AscendingOrder;
};

// All SQL about contacts lives here (so PostgreSQL can be swapped in behind it).
class ContactStore
{
    Q_DECLARE_TR_FUNCTIONS(ContactStore)

public:
    explicit ContactStore(QSqlDatabase db);

    std::optional<ContactCounts> counts(QString *error) const;

    // Ids matching the query, in display order (the contacts model pages through them).
    std::optional<QList<qint64>> ids(const ContactQuery &query, QString *error) const;
    // Paging by key, for the list without a search: how many contacts there are, and up to `limit` ids in the
    // query's order after the contact `afterId` (0: from the first). A million ids cost ~130 ms to read at once;
    // the contacts model reads the first ones for the first paint and the rest in chunks (PagedIds).
    std::optional<qint64> count(QString *error) const;
    std::optional<QList<qint64>> idsAfter(const ContactQuery &query, qint64 afterId, int limit, QString *error) const;
    // Full rows for the given ids, in the same order; ids that no longer exist are left out.
    QList<Contact> fetch(const QList<qint64> &ids, QString *error) const;
    std::optional<Contact> byId(qint64 id, QString *error) const;
    std::optional<Contact> byPhone(const QString &e164, QString *error) const;

    // Inserts a new contact or merges into the one with the same phone. Returns the id, 0 on error.
    qint64 upsert(const Contact &c, QString *error);

    // A customer met by a business event (a triggered campaign's fire), inside the caller's transaction (no BEGIN of
    // its own): a new phone becomes a contact with c's name, attributes and opt-in (if any); an existing contact gets
    // c's name only when it has none, and c's opt-in only when it never opted in and is not opted out — an opt-out
    // is never overridden. Returns the stored contact.
    std::optional<Contact> recordFromEvent(const Contact &c, QString *error);

    bool addTag(const QList<qint64> &ids, const QString &tag, QString *error);
    bool removeTag(const QList<qint64> &ids, const QString &tag, QString *error);
    bool optOut(const QList<qint64> &ids, const QString &reason, QString *error);
    bool optIn(const QList<qint64> &ids, const QString &source, QString *error);
    bool remove(const QList<qint64> &ids, QString *error);

    // Every tag name in use, sorted.
    QStringList tagNames(QString *error) const;
    // The attribute keys of the newest 10,000 contacts, sorted: the pick-lists of the campaign wizard and the
    // contact dialog (bounded, so a million contacts are never all read for a combo box).
    QStringList attributeKeys(QString *error) const;

private:
    bool inTransaction(const std::function<bool()> &body, QString *error);
    qint64 tagId(const QString &tag, bool create, QString *error);

    QSqlDatabase m_db;
};
