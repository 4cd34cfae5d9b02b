#pragma once

#include "models/contacts/contactimporter.h"
#include "models/contacts/importmapping.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QVarLengthArray>
#include <optional>
#include <utility>

// What ImportReader hands ImportWriter: one batch of a CSV file, read, checked, normalised and merged by number.
// Every value is UTF-8 in the batch's arena, so the writer can bind it to SQLite without a copy.

// A value inside a batch's arena; length < 0: absent.
struct ImportRef
{
    qsizetype offset = 0;
    qsizetype length = -1;
    bool present() const { return length >= 0; }
};

// One contact: every row of the batch with its number, merged.
struct ImportContact
{
    ImportRef phone;         // E.164, ASCII
    ImportRef name;          // absent: no name in the file (an existing name is kept)
    std::optional<qint64> optInAt;
    ImportRef optInSource;
    std::optional<qint64> optOutAt;
    ImportRef optOutReason;
    ImportRef attributes;    // a JSON object, set when the batch is complete; absent: no attribute values
    QVarLengthArray<std::pair<int, ImportRef>, 8> cells;  // attribute column -> value, while reading
    QVarLengthArray<int, 4> tags;                         // indices into ImportBatch::tagNames
    bool seenInEarlierBatch = false;                      // the number was in an earlier batch of the file
};

struct ImportBatch
{
    QByteArray arena;
    QList<ImportContact> contacts;   // in the order of the numbers' first rows in the file
    QList<int> order;                // the order to write them in (and so of their ids): see ImportReader
    QList<QByteArray> tagNames;      // distinct (ignoring ASCII case), as first written
    QHash<QByteArray, int> tagIndex; // ImportMapping::tagKey -> index into tagNames
    QList<RejectedRow> rejected;
    qint64 rows = 0;                 // records read, rejected ones included
    qint64 duplicates = 0;           // rows whose number was already in the file
    qsizetype endPosition = 0;       // bytes of the file consumed
    bool atEnd = false;
    QString error;                   // non-empty: the file cannot be read on from here

    ImportRef store(QByteArrayView v)
    {
        const ImportRef r {arena.size(), v.size()};
        arena.append(v);
        return r;
    }
    QByteArrayView view(ImportRef r) const { return QByteArrayView(arena.constData() + r.offset, r.length); }
    int tag(QByteArrayView name)
    {
        const QByteArray key = ImportMapping::tagKey(name);
        const auto it = tagIndex.constFind(key);
        if (it != tagIndex.cend())
            return *it;
        tagNames.append(name.toByteArray());
        tagIndex.insert(key, int(tagNames.size() - 1));
        return int(tagNames.size() - 1);
    }
};
