#include "contactimporter.h"

#include "csvreader.h"
#include "csvwriter.h"
#include "phonenormalizer.h"
#include "workspace.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVarLengthArray>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcImport, "herald.import")

// How an import runs (see ContactImporter::run):
//
// A worker thread reads the CSV, normalises the numbers and merges rows with the same number into one contact,
// one batch at a time, and hands the calling thread each batch as JSON. The calling thread writes batch N with a
// handful of set-based statements (INSERT … SELECT FROM json_each(?) ON CONFLICT DO UPDATE) in one transaction
// while the worker prepares batch N + 1, so both cores are busy and the per-row cost stays inside SQLite.
// The worker never touches the database; the calling thread is the only one using workspace.database().
//
// Merging: a later non-empty value wins for the name, attributes are merged key by key (an empty cell never
// erases a value), tags are unioned. Consent: an opt-in (from the file, or ImportOptions::optedIn) only fills a
// contact that has neither opted in nor opted out; an opt-out is never overridden by an import (only the contact
// opting in again explicitly clears it), and an opt-out in the file is always applied.

namespace {

constexpr int kRejectedSampleSize = 1000;

QString normalizedHeader(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        if (c.isSpace() || c == u'_' || c == u'-' || c == u'.')
            continue;
        out.append(c.toLower());
    }
    return out;
}

ColumnRole::Kind kindForHeader(const QString &header)
{
    using K = ColumnRole::Kind;
    static const QHash<QString, K> aliases = [] {
        QHash<QString, K> h;
        for (const char *a : {"phone", "phonenumber", "phoneno", "mobile", "mobilenumber", "mobileno", "mobilephone",
                              "whatsapp", "whatsappnumber", "whatsappno", "number", "msisdn", "cell", "cellphone",
                              "cellnumber", "telephone", "telephonenumber", "tel", "contact", "contactnumber"})
            h.insert(QLatin1String(a), K::Phone);
        for (const char *a : {"name", "fullname", "contactname", "displayname"})
            h.insert(QLatin1String(a), K::Name);
        for (const char *a : {"firstname", "givenname", "forename"})
            h.insert(QLatin1String(a), K::FirstName);
        for (const char *a : {"lastname", "surname", "familyname"})
            h.insert(QLatin1String(a), K::LastName);
        for (const char *a : {"optedin", "optin", "consent", "whatsappoptin"})
            h.insert(QLatin1String(a), K::OptedIn);
        for (const char *a : {"optinsource", "consentsource"})
            h.insert(QLatin1String(a), K::OptInSource);
        for (const char *a : {"tags", "tag", "labels", "label"})
            h.insert(QLatin1String(a), K::Tags);
        for (const char *a : {"optinat", "optedinat"})
            h.insert(QLatin1String(a), K::OptInAt);
        for (const char *a : {"optedout", "optout"})
            h.insert(QLatin1String(a), K::OptedOut);
        for (const char *a : {"optoutat", "optedoutat"})
            h.insert(QLatin1String(a), K::OptOutAt);
        h.insert(QStringLiteral("optoutreason"), K::OptOutReason);
        // Bookkeeping columns of our own export: the workspace sets them.
        h.insert(QStringLiteral("createdat"), K::Ignore);
        h.insert(QStringLiteral("updatedat"), K::Ignore);
        return h;
    }();
    return aliases.value(normalizedHeader(header), K::Attribute);
}

QString attributeKey(const QStringList &header, qsizetype column)
{
    const QString name = column < header.size() ? header[column].trimmed() : QString();
    return name.isEmpty() ? QStringLiteral("column_%1").arg(column + 1) : name;
}

std::optional<bool> parseYesNo(QByteArrayView raw)
{
    const QString v = QString::fromUtf8(raw).trimmed().toLower();
    static const QSet<QString> yes = {QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"),
                                      QStringLiteral("1"), QStringLiteral("x"), QStringLiteral("opted in"),
                                      QStringLiteral("opted-in"), QStringLiteral("si"), QStringLiteral("s\u00ed"),
                                      QStringLiteral("ja"), QStringLiteral("oui")};
    // The negatives of the languages accepted for yes (a file that says "ja" says "nein").
    static const QSet<QString> no = {QStringLiteral("no"),   QStringLiteral("n"),   QStringLiteral("false"),
                                     QStringLiteral("0"),    QString(),             QStringLiteral("nein"),
                                     QStringLiteral("non"),  QStringLiteral("n\u00e3o"), QStringLiteral("nao")};
    if (yes.contains(v))
        return true;
    if (no.contains(v))
        return false;
    return std::nullopt;
}

std::optional<qint64> parseTime(QByteArrayView raw)
{
    const QString v = QString::fromUtf8(raw);
    QDateTime t = QDateTime::fromString(v, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return t.toMSecsSinceEpoch();
}

void appendJsonString(QByteArray &out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    qsizetype plain = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = uchar(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.data() + plain, i - plain);
        plain = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            out.append("\\u00");
            out.append(hex[c >> 4]);
            out.append(hex[c & 0xF]);
        }
    }
    out.append(utf8.data() + plain, utf8.size() - plain);
    out.append('"');
}

// Undoes CsvWriter::neutralize(), so our own exports re-import unchanged: "'=1+2" was "=1+2".
QByteArrayView unneutralized(QByteArrayView v)
{
    if (v.size() >= 2 && v[0] == '\'' && QByteArrayView("=+-@\t\r").contains(v[1]))
        return v.sliced(1);
    return v;
}

// Tags compare the way the tags table does (COLLATE NOCASE: ASCII letters only).
QByteArray tagKey(QByteArrayView tag)
{
    QByteArray k = tag.toByteArray();
    for (char &c : k) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return k;
}

// A value inside a batch's arena; length < 0: absent.
struct Ref
{
    qsizetype offset = 0;
    qsizetype length = -1;
    bool present() const { return length >= 0; }
};

struct PreparedContact
{
    QByteArray phone;  // E.164, ASCII
    Ref name;
    std::optional<qint64> optInAt;
    Ref optInSource;
    std::optional<qint64> optOutAt;
    Ref optOutReason;
    QVarLengthArray<std::pair<int, Ref>, 8> attributes;  // column -> value
    QVarLengthArray<int, 4> tags;                        // indices into Batch::tagNames
    bool seenInEarlierBatch = false;
};

struct Batch
{
    QByteArray arena;
    QList<PreparedContact> contacts;
    QList<QByteArray> tagNames;
    QHash<QByteArray, int> tagIndex;
    QList<RejectedRow> rejected;
    qint64 rows = 0;
    qint64 duplicates = 0;
    qsizetype endPosition = 0;
    bool atEnd = false;
    QString error;

    Ref store(QByteArrayView v)
    {
        const Ref r {arena.size(), v.size()};
        arena.append(v);
        return r;
    }
    QByteArrayView view(Ref r) const { return QByteArrayView(arena.constData() + r.offset, r.length); }
    int tag(QByteArrayView name)
    {
        const QByteArray key = tagKey(name);
        const auto it = tagIndex.constFind(key);
        if (it != tagIndex.cend())
            return *it;
        tagNames.append(name.toByteArray());
        tagIndex.insert(key, int(tagNames.size() - 1));
        return int(tagNames.size() - 1);
    }
};

// Reads and prepares batches; runs on a pool thread, one batch at a time.
class BatchBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ContactImporter)

public:
    BatchBuilder(CsvReader &reader, const QStringList &header, const QList<ColumnRole> &roles,
                 const ImportOptions &options, QByteArrayView defaultSource)
        : m_reader(reader)
        , m_header(header)
        , m_roles(roles)
        , m_options(options)
        , m_defaultSource(defaultSource.toByteArray())
    {
        for (qsizetype i = 0; i < roles.size(); ++i) {
            if (roles[i].kind == ColumnRole::Kind::Attribute) {
                QByteArray key;
                appendJsonString(key, roles[i].attribute.toUtf8());
                key.append(':');
                m_attributeKeys.append(key);
            } else {
                m_attributeKeys.append(QByteArray());
            }
        }
        for (const QString &t : options.tags) {
            if (!t.trimmed().isEmpty())
                m_optionTags.append(t.trimmed().toUtf8());
        }
        m_seen.reserve(1 << 16);
    }

    Batch next();
    QByteArray toJson(const Batch &batch, QByteArray *tagsJson, QByteArray *pairsJson) const;

    // The file is mapped: pages the reader has passed are dropped from memory as it goes (every value a batch
    // keeps is a copy), so a large file does not stay resident. Linux only, where MADV_DONTNEED on a read-only
    // file mapping simply drops clean pages.
    void setMapping(const char *base, qsizetype dataOffset)
    {
        m_mapping = base;
        m_dataOffset = dataOffset;
    }
    void releaseConsumed()
    {
#ifdef Q_OS_LINUX
        if (!m_mapping)
            return;
        static const qsizetype page = sysconf(_SC_PAGESIZE);
        const qsizetype upTo = ((m_reader.position() + m_dataOffset) / page) * page;
        if (upTo > m_released) {
            madvise(const_cast<char *>(m_mapping) + m_released, std::size_t(upTo - m_released), MADV_DONTNEED);
            m_released = upTo;
        }
#endif
    }

private:
    void reject(Batch &batch, const CsvReader::Fields &fields, const QString &reason) const;

    CsvReader &m_reader;
    const QStringList m_header;
    const QList<ColumnRole> m_roles;
    const ImportOptions m_options;
    const QByteArray m_defaultSource;
    QList<QByteArray> m_attributeKeys;
    QList<QByteArray> m_optionTags;
    QSet<quint64> m_seen;        // every number of the file so far
    QSet<QString> m_seenLong;    // the rare number too long for a quint64 key
    const char *m_mapping = nullptr;
    qsizetype m_dataOffset = 0;
    qsizetype m_released = 0;
};

void BatchBuilder::reject(Batch &batch, const CsvReader::Fields &fields, const QString &reason) const
{
    RejectedRow row;
    row.line = m_reader.line();
    row.reason = reason;
    row.fields.reserve(fields.size());
    for (const QByteArrayView f : fields)
        row.fields.append(QString::fromUtf8(f));
    batch.rejected.append(row);
}

Batch BatchBuilder::next()
{
    using K = ColumnRole::Kind;
    Batch batch;
    batch.contacts.reserve(m_options.batchSize);
    batch.arena.reserve(qsizetype(m_options.batchSize) * 96);
    QHash<quint64, qsizetype> inBatch;
    inBatch.reserve(m_options.batchSize);
    CsvReader::Fields fields;
    const qsizetype columns = m_roles.size();
    const int batchSize = qMax(1, m_options.batchSize);

    while (batch.rows < batchSize) {
        if (!m_reader.next(&fields)) {
            batch.atEnd = true;
            batch.error = m_reader.error();
            break;
        }
        bool allEmpty = true;
        for (const QByteArrayView f : fields) {
            if (!f.trimmed().isEmpty()) {
                allEmpty = false;
                break;
            }
        }
        if (allEmpty)
            continue;  // ",,,," lines that spreadsheets leave at the end
        ++batch.rows;

        bool extra = false;
        for (qsizetype i = columns; i < fields.size(); ++i)
            extra = extra || !fields[i].trimmed().isEmpty();
        if (extra) {
            reject(batch, fields,
                   tr("the row has %1 values but the header has %2 columns (a value probably contains an unquoted "
                      "separator)")
                       .arg(fields.size())
                       .arg(columns));
            continue;
        }

        PreparedContact c;
        for (const QByteArray &t : m_optionTags) {  // first, so the options' spelling names a new tag
            const int index = batch.tag(t);
            if (!c.tags.contains(index))
                c.tags.append(index);
        }
        QByteArrayView phone;
        QByteArrayView first;
        QByteArrayView last;
        std::optional<bool> optedIn = false;
        std::optional<bool> optedOut = false;
        QString problem;
        const qsizetype n = qMin(columns, fields.size());
        for (qsizetype i = 0; i < n && problem.isEmpty(); ++i) {
            const QByteArrayView v = unneutralized(fields[i].trimmed());
            switch (m_roles[i].kind) {
            case K::Ignore:
                break;
            case K::Phone:
                phone = v;
                break;
            case K::Name:
                if (!v.isEmpty())
                    c.name = batch.store(v);
                break;
            case K::FirstName:
                first = v;
                break;
            case K::LastName:
                last = v;
                break;
            case K::OptedIn:
                optedIn = parseYesNo(v);
                if (!optedIn)
                    problem = tr("the opt-in value %1 in column %2 is not understood; use yes or no")
                                  .arg(u'\u201C' + QString::fromUtf8(v) + u'\u201D', m_header.value(i));
                break;
            case K::OptedOut:
                optedOut = parseYesNo(v);
                if (!optedOut)
                    problem = tr("the opt-out value %1 in column %2 is not understood; use yes or no")
                                  .arg(u'\u201C' + QString::fromUtf8(v) + u'\u201D', m_header.value(i));
                break;
            case K::OptInSource:
                if (!v.isEmpty())
                    c.optInSource = batch.store(v);
                break;
            case K::OptOutReason:
                if (!v.isEmpty())
                    c.optOutReason = batch.store(v);
                break;
            case K::OptInAt:
            case K::OptOutAt:
                if (!v.isEmpty()) {
                    const std::optional<qint64> t = parseTime(v);
                    if (!t)
                        problem = tr("the date %1 in column %2 is not an ISO 8601 date such as 2024-05-31T14:00:00Z")
                                      .arg(u'\u201C' + QString::fromUtf8(v) + u'\u201D', m_header.value(i));
                    else if (m_roles[i].kind == K::OptInAt)
                        c.optInAt = t;
                    else
                        c.optOutAt = t;
                }
                break;
            case K::Tags: {
                qsizetype start = 0;
                for (qsizetype j = 0; j <= v.size(); ++j) {
                    if (j < v.size() && v[j] != ',' && v[j] != ';' && v[j] != '|')
                        continue;
                    const QByteArrayView t = v.sliced(start, j - start).trimmed();
                    start = j + 1;
                    if (!t.isEmpty()) {
                        const int index = batch.tag(t);
                        if (!c.tags.contains(index))
                            c.tags.append(index);
                    }
                }
                break;
            }
            case K::Attribute:
                if (!v.isEmpty())
                    c.attributes.append({int(i), batch.store(v)});
                break;
            }
        }
        if (!problem.isEmpty()) {
            reject(batch, fields, problem);
            continue;
        }
        const PhoneNormalizer::Result number = PhoneNormalizer::normalize(QString::fromUtf8(phone),
                                                                          m_options.defaultRegion);
        if (!number.ok()) {
            reject(batch, fields, number.error);
            continue;
        }
        c.phone = number.e164.toLatin1();
        if (!c.name.present() && (!first.isEmpty() || !last.isEmpty())) {
            const QByteArray joined = first.isEmpty() || last.isEmpty()
                ? (first.isEmpty() ? last : first).toByteArray()
                : first.toByteArray() + ' ' + last.toByteArray();
            c.name = batch.store(joined);
        }
        if (*optedOut || c.optOutAt) {
            if (!c.optOutAt)
                c.optOutAt = QDateTime::currentMSecsSinceEpoch();
        } else {
            c.optOutReason = {};
        }
        // The file's own opt-in time is kept as written (it round-trips our export); "yes" alone means now.
        const bool consent = *optedIn || m_options.optedIn;
        if (!consent && !c.optOutAt)
            c.optInAt.reset();  // "opted_in: no" with a stale date: no consent
        if (consent && !c.optOutAt && !c.optInAt)
            c.optInAt = QDateTime::currentMSecsSinceEpoch();
        if (c.optInAt && !c.optInSource.present())
            c.optInSource = batch.store(m_defaultSource);
        if (!c.optInAt)
            c.optInSource = {};

        // Same number seen before in this file: merge.
        const quint64 key = PhoneNormalizer::key(number.e164);
        bool seenBefore = false;
        if (key != 0) {
            seenBefore = m_seen.contains(key);
            if (!seenBefore)
                m_seen.insert(key);
        } else {
            seenBefore = m_seenLong.contains(number.e164);
            if (!seenBefore)
                m_seenLong.insert(number.e164);
        }
        if (seenBefore)
            ++batch.duplicates;
        const auto existing = key != 0 && seenBefore ? inBatch.constFind(key) : inBatch.cend();
        if (existing == inBatch.cend()) {
            c.seenInEarlierBatch = seenBefore;
            if (key != 0)
                inBatch.insert(key, batch.contacts.size());
            batch.contacts.append(std::move(c));
            continue;
        }
        PreparedContact &into = batch.contacts[*existing];
        if (c.name.present())
            into.name = c.name;
        for (const auto &[column, value] : c.attributes) {
            auto it = std::find_if(into.attributes.begin(), into.attributes.end(),
                                   [column = column](const auto &a) { return a.first == column; });
            if (it == into.attributes.end())
                into.attributes.append({column, value});
            else
                it->second = value;
        }
        for (const int t : c.tags) {
            if (!into.tags.contains(t))
                into.tags.append(t);
        }
        if (c.optOutAt && !into.optOutAt) {
            into.optOutAt = c.optOutAt;
            into.optOutReason = c.optOutReason;
        }
        if (!into.optOutAt && !into.optInAt && c.optInAt) {
            into.optInAt = c.optInAt;
            into.optInSource = c.optInSource;
        }
    }
    batch.endPosition = m_reader.position();
    releaseConsumed();
    return batch;
}

// The batch as [[phone, name, opt_in_at, opt_in_source, opt_out_at, opt_out_reason, {attributes}], …], plus the
// distinct tag names and the [position in the batch, phone, tag] triples.
QByteArray BatchBuilder::toJson(const Batch &batch, QByteArray *tagsJson, QByteArray *pairsJson) const
{
    QByteArray out;
    out.reserve(batch.arena.size() + batch.contacts.size() * 64 + 16);
    auto text = [&](QByteArray &to, Ref r) {
        if (r.present())
            appendJsonString(to, batch.view(r));
        else
            to.append("null");
    };
    auto time = [](QByteArray &to, const std::optional<qint64> &t) {
        if (t)
            to.append(QByteArray::number(*t));
        else
            to.append("null");
    };
    out.append('[');
    pairsJson->clear();
    pairsJson->append('[');
    for (qsizetype i = 0; i < batch.contacts.size(); ++i) {
        const PreparedContact &c = batch.contacts[i];
        if (i > 0)
            out.append(',');
        out.append("[\"");
        out.append(c.phone);
        out.append("\",");
        if (c.name.present())
            appendJsonString(out, batch.view(c.name));
        else
            out.append("\"\"");
        out.append(',');
        time(out, c.optInAt);
        out.append(',');
        text(out, c.optInSource);
        out.append(',');
        time(out, c.optOutAt);
        out.append(',');
        text(out, c.optOutReason);
        out.append(",{");
        for (qsizetype a = 0; a < c.attributes.size(); ++a) {
            if (a > 0)
                out.append(',');
            out.append(m_attributeKeys[c.attributes[a].first]);
            appendJsonString(out, batch.view(c.attributes[a].second));
        }
        out.append("}]");
        for (const int t : c.tags) {
            if (pairsJson->size() > 1)
                pairsJson->append(',');
            pairsJson->append('[');
            pairsJson->append(QByteArray::number(i));
            pairsJson->append(",\"");
            pairsJson->append(c.phone);
            pairsJson->append("\",");
            appendJsonString(*pairsJson, batch.tagNames[t]);
            pairsJson->append(']');
        }
    }
    out.append(']');
    pairsJson->append(']');
    tagsJson->clear();
    tagsJson->append('[');
    for (qsizetype i = 0; i < batch.tagNames.size(); ++i) {
        if (i > 0)
            tagsJson->append(',');
        appendJsonString(*tagsJson, batch.tagNames[i]);
    }
    tagsJson->append(']');
    return out;
}

// The statements one batch needs, prepared once on the writing thread's connection.
class BatchWriter
{
    Q_DECLARE_TR_FUNCTIONS(ContactImporter)

public:
    explicit BatchWriter(QSqlDatabase db)
        : m_db(db)
        , m_begin(db)
        , m_maxId(db)
        , m_upsert(db)
        , m_tags(db)
        , m_contactTags(db)
        , m_countNew(db)
        , m_contactTagsById(db)
        , m_phoneOf(db)
        , m_end(db)
    {
    }

    bool prepare(QString *error)
    {
        const bool ok = m_maxId.prepare(QStringLiteral("SELECT coalesce(max(id), 0) FROM contacts"))
            && m_upsert.prepare(QStringLiteral(
                "INSERT INTO contacts (phone, name, opt_in_at, opt_in_source, opt_out_at, opt_out_reason, attributes, "
                "created_at, updated_at) "
                "SELECT r.value->>0, r.value->>1, r.value->>2, r.value->>3, r.value->>4, r.value->>5, r.value->>6, "
                "?, ? FROM json_each(?) AS r WHERE true "
                "ON CONFLICT (phone) DO UPDATE SET "
                "name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE contacts.name END, "
                "attributes = CASE WHEN excluded.attributes = '{}' THEN contacts.attributes "
                "ELSE json_patch(contacts.attributes, excluded.attributes) END, "
                "opt_in_source = CASE WHEN contacts.opt_in_at IS NULL AND contacts.opt_out_at IS NULL "
                "AND excluded.opt_in_at IS NOT NULL THEN excluded.opt_in_source ELSE contacts.opt_in_source END, "
                "opt_in_at = CASE WHEN contacts.opt_in_at IS NULL AND contacts.opt_out_at IS NULL "
                "THEN excluded.opt_in_at ELSE contacts.opt_in_at END, "
                "opt_out_reason = CASE WHEN contacts.opt_out_at IS NULL AND excluded.opt_out_at IS NOT NULL "
                "THEN excluded.opt_out_reason ELSE contacts.opt_out_reason END, "
                "opt_out_at = coalesce(contacts.opt_out_at, excluded.opt_out_at), "
                "updated_at = excluded.updated_at"))
            && m_tags.prepare(QStringLiteral("INSERT OR IGNORE INTO tags (name) SELECT value FROM json_each(?)"))
            && m_contactTags.prepare(QStringLiteral(
                "INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) "
                "SELECT c.id, t.id FROM json_each(?) AS p "
                "JOIN contacts AS c ON c.phone = p.value->>1 "
                "JOIN tags AS t ON t.name = p.value->>2"))
            && m_contactTagsById.prepare(QStringLiteral(
                "INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) "
                "SELECT ? + p.value->>0, t.id FROM json_each(?) AS p "
                "JOIN tags AS t ON t.name = p.value->>2"))
            && m_phoneOf.prepare(QStringLiteral("SELECT phone FROM contacts WHERE id = ?"))
            && m_countNew.prepare(QStringLiteral("SELECT count(*) FROM contacts WHERE id > ?"));
        if (!ok)
            *error = lastError();
        return ok;
    }

    // Writes the batch in one transaction; *imported receives the number of new contacts.
    bool write(const QList<QByteArray> &ends, const QByteArray &rows, const QByteArray &tags,
               const QByteArray &pairs, qint64 contacts, qint64 *imported, QString *error)
    {
        if (!m_begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            *error = tr("Cannot start writing to the workspace: %1").arg(m_begin.lastError().text());
            return false;
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        bool ok = m_maxId.exec() && m_maxId.next();
        const qint64 maxId = ok ? m_maxId.value(0).toLongLong() : 0;
        m_maxId.finish();
        if (ok) {
            m_upsert.addBindValue(now);
            m_upsert.addBindValue(now);
            m_upsert.addBindValue(QString::fromUtf8(rows));
            ok = m_upsert.exec();
        }
        if (ok) {
            m_countNew.addBindValue(maxId);
            ok = m_countNew.exec() && m_countNew.next();
            *imported = ok ? m_countNew.value(0).toLongLong() : 0;
            m_countNew.finish();
        }
        if (ok && tags.size() > 2) {
            m_tags.addBindValue(QString::fromUtf8(tags));
            ok = m_tags.exec();
            if (ok && *imported == contacts && allNewInOrder(ends, maxId, contacts)) {
                // Every row of the batch was new, so row i got id maxId + 1 + i: no phone lookups needed.
                m_contactTagsById.addBindValue(maxId + 1);
                m_contactTagsById.addBindValue(QString::fromUtf8(pairs));
                ok = m_contactTagsById.exec();
            } else if (ok) {
                m_contactTags.addBindValue(QString::fromUtf8(pairs));
                ok = m_contactTags.exec();
            }
        }
        if (ok)
            ok = m_end.exec(QStringLiteral("COMMIT"));
        if (!ok) {
            *error = tr("Cannot write to the workspace: %1").arg(lastError());
            m_end.exec(QStringLiteral("ROLLBACK"));
        }
        return ok;
    }

private:
    // True when the batch's rows got the ids maxId + 1 … maxId + n in order (checked at both ends: new rows take
    // max(id) + 1 one after the other, in the order json_each() yields them).
    bool allNewInOrder(const QList<QByteArray> &ends, qint64 maxId, qint64 contacts)
    {
        auto phoneOf = [&](qint64 id) {
            m_phoneOf.addBindValue(id);
            const QString phone = m_phoneOf.exec() && m_phoneOf.next() ? m_phoneOf.value(0).toString() : QString();
            m_phoneOf.finish();
            return phone;
        };
        return ends.size() == 2 && phoneOf(maxId + 1) == QLatin1String(ends.first())
            && phoneOf(maxId + contacts) == QLatin1String(ends.last());
    }

    QString lastError() const
    {
        for (const QSqlQuery *q : {&m_maxId, &m_upsert, &m_tags, &m_contactTags, &m_countNew, &m_contactTagsById,
                                   &m_phoneOf, &m_end}) {
            if (q->lastError().isValid())
                return q->lastError().text();
        }
        return m_db.lastError().text();
    }

    QSqlDatabase m_db;
    QSqlQuery m_begin;
    QSqlQuery m_maxId;
    QSqlQuery m_upsert;
    QSqlQuery m_tags;
    QSqlQuery m_contactTags;
    QSqlQuery m_countNew;
    QSqlQuery m_contactTagsById;
    QSqlQuery m_phoneOf;
    QSqlQuery m_end;
};

// The file's bytes: mapped when possible (no copy), read otherwise.
struct FileBytes
{
    QFile file;
    QByteArray copy;
    QByteArrayView bytes;

    bool open(const QString &path, QString *error)
    {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = ContactImporter::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
        if (file.size() == 0) {
            *error = ContactImporter::tr("%1 is empty.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        if (uchar *p = file.map(0, file.size())) {
            bytes = QByteArrayView(reinterpret_cast<const char *>(p), file.size());
            return true;
        }
        copy = file.readAll();
        if (copy.size() != file.size()) {
            *error = ContactImporter::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
        bytes = copy;
        return true;
    }
};

// Opens, decodes and reads the header. Fills *error (file-level failures) or returns the reader.
struct OpenedCsv
{
    FileBytes file;
    QByteArray decoded;
    QByteArrayView utf8;
    CsvReader::Encoding encoding = CsvReader::Encoding::Utf8;
    CsvReader reader;
    QStringList header;

    bool open(const QString &path, QString *error)
    {
        if (!file.open(path, error))
            return false;
        if (!CsvReader::decode(file.bytes, QFileInfo(path).fileName(), &utf8, &decoded, &encoding, error))
            return false;
        reader = CsvReader(utf8);
        if (!reader.next(&header)) {
            *error = reader.hasError()
                ? ContactImporter::tr("%1: %2").arg(QFileInfo(path).fileName(), reader.error())
                : ContactImporter::tr("%1 has no header row.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        for (QString &h : header)
            h = h.trimmed();
        return true;
    }
};

QList<ColumnRole> completeMapping(const QStringList &header, const QList<ColumnRole> &given)
{
    QList<ColumnRole> roles = given.isEmpty() ? ContactImporter::suggestMapping(header) : given;
    while (roles.size() < header.size())
        roles.append({ColumnRole::Kind::Attribute, {}});
    for (qsizetype i = 0; i < roles.size(); ++i) {
        if (roles[i].kind == ColumnRole::Kind::Attribute && roles[i].attribute.isEmpty())
            roles[i].attribute = attributeKey(header, i);
    }
    // With a name column, first and last names are kept as attributes.
    const bool hasName = std::any_of(roles.cbegin(), roles.cend(),
                                     [](const ColumnRole &r) { return r.kind == ColumnRole::Kind::Name; });
    for (qsizetype i = 0; i < roles.size(); ++i) {
        if (hasName && (roles[i].kind == ColumnRole::Kind::FirstName || roles[i].kind == ColumnRole::Kind::LastName))
            roles[i] = {ColumnRole::Kind::Attribute, attributeKey(header, i)};
    }
    return roles;
}

} // namespace

QList<ColumnRole> ContactImporter::suggestMapping(const QStringList &header)
{
    using K = ColumnRole::Kind;
    QList<ColumnRole> roles;
    QSet<K> taken;
    for (qsizetype i = 0; i < header.size(); ++i) {
        K kind = kindForHeader(header[i]);
        // The first column of a kind gets the role; a second "mobile" or "tags" column is kept as an attribute.
        if (kind != K::Attribute && kind != K::Ignore && taken.contains(kind))
            kind = K::Attribute;
        taken.insert(kind);
        roles.append({kind, kind == K::Attribute ? attributeKey(header, i) : QString()});
    }
    if (taken.contains(K::Name)) {
        for (qsizetype i = 0; i < roles.size(); ++i) {
            if (roles[i].kind == K::FirstName || roles[i].kind == K::LastName)
                roles[i] = {K::Attribute, attributeKey(header, i)};
        }
    }
    return roles;
}

CsvPreview ContactImporter::preview(const QString &path, int rows)
{
    CsvPreview preview;
    OpenedCsv csv;
    if (!csv.open(path, &preview.error))
        return preview;
    preview.encoding = CsvReader::encodingName(csv.encoding);
    preview.separator = QLatin1Char(csv.reader.separator());
    preview.header = csv.header;
    preview.mapping = suggestMapping(csv.header);
    QStringList fields;
    while (preview.rows.size() < rows && csv.reader.next(&fields))
        preview.rows.append(fields);
    if (csv.reader.hasError() && preview.rows.size() < rows)
        preview.error = csv.reader.error();
    else if (std::none_of(preview.mapping.cbegin(), preview.mapping.cend(),
                          [](const ColumnRole &r) { return r.kind == ColumnRole::Kind::Phone; }))
        preview.error = tr("No column looks like a phone number; the header is: %1").arg(csv.header.join(u", "));
    return preview;
}

bool ContactImporter::writeRejected(const QString &path, const QStringList &header, const QList<RejectedRow> &rows,
                                    QString *error)
{
    CsvWriter writer;
    if (!writer.open(path, error))
        return false;
    writer.writeRow(header + QStringList {QStringLiteral("line"), QStringLiteral("reason")});
    for (const RejectedRow &r : rows) {
        QStringList cells = r.fields;
        // Line and reason stay under their header even when the row was short or had too many values.
        while (cells.size() < header.size())
            cells.append(QString());
        cells.insert(header.size(), QString::number(r.line));
        cells.insert(header.size() + 1, r.reason);
        writer.writeRow(cells);
    }
    return writer.close(error);
}

ImportResult ContactImporter::run(Workspace &workspace, const QString &path, const ImportOptions &options,
                                  const Progress &progress)
{
    ImportResult result;
    OpenedCsv csv;
    if (!csv.open(path, &result.error))
        return result;
    result.header = csv.header;

    const QList<ColumnRole> roles = completeMapping(csv.header, options.mapping);
    if (std::none_of(roles.cbegin(), roles.cend(), [](const ColumnRole &r) { return r.kind == ColumnRole::Kind::Phone; })) {
        result.error = tr("No column looks like a phone number; the header is: %1").arg(csv.header.join(u", "));
        return result;
    }
    if (!options.defaultRegion.isEmpty() && !PhoneNormalizer::isKnownRegion(options.defaultRegion)) {
        result.error = tr("%1 is not a region code Herald knows; use a two-letter ISO code such as IN, DE or BR.")
                           .arg(options.defaultRegion);
        return result;
    }

    QSqlDatabase db = workspace.database();
    BatchWriter writer(db);
    if (!writer.prepare(&result.error)) {
        result.error = tr("Cannot prepare the import: %1").arg(result.error);
        return result;
    }
    CsvWriter errors;
    if (!options.errorsPath.isEmpty()) {
        if (!errors.open(options.errorsPath, &result.error))
            return result;
        errors.writeRow(csv.header + QStringList {QStringLiteral("line"), QStringLiteral("reason")});
    }
    // A bigger page cache keeps the phone and name indexes in memory while a large file goes in.
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA cache_size"));
    const QVariant previousCacheSize = pragma.next() ? pragma.value(0) : QVariant();
    pragma.finish();
    pragma.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    pragma.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    // Every contact_tags row references a contact and a tag this import has just written or read, so the foreign
    // key checks (two lookups per row) are switched off for the import's own transactions and back on after.
    pragma.exec(QStringLiteral("PRAGMA foreign_keys"));
    const bool foreignKeys = pragma.next() && pragma.value(0).toInt() == 1;
    pragma.finish();
    if (foreignKeys)
        pragma.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));

    const QString defaultSource = !options.optInSource.isEmpty()
        ? options.optInSource
        : QStringLiteral("import %1").arg(QFileInfo(path).fileName());
    BatchBuilder builder(csv.reader, csv.header, roles, options, defaultSource.toUtf8());
    if (csv.file.copy.isEmpty() && csv.decoded.isEmpty())
        builder.setMapping(csv.file.bytes.data(), csv.file.bytes.size() - csv.utf8.size());
    auto prepareNext = [&builder] {
        Batch batch = builder.next();
        QByteArray tags;
        QByteArray pairs;
        QByteArray rows = builder.toJson(batch, &tags, &pairs);
        return std::make_tuple(std::move(batch), std::move(rows), std::move(tags), std::move(pairs));
    };
    using Prepared = decltype(prepareNext());

    const qint64 total = csv.utf8.size();
    QFuture<Prepared> pending = QtConcurrent::run(prepareNext);
    QElapsedTimer clock;
    qint64 waitedNs = 0;
    qint64 writingNs = 0;
    for (;;) {
        clock.start();
        auto [batch, rows, tags, pairs] = pending.takeResult();
        waitedNs += clock.nsecsElapsed();
        const bool last = batch.atEnd;
        if (!last)
            pending = QtConcurrent::run(prepareNext);  // the worker reads on while this thread writes
        result.rows += batch.rows;
        if (!batch.error.isEmpty()) {
            result.error = tr("%1: %2 Nothing after the last committed batch was imported.")
                               .arg(QFileInfo(path).fileName(), batch.error);
            break;
        }
        qint64 imported = 0;
        clock.start();
        bool written = true;
        if (!batch.contacts.isEmpty()) {
            const QList<QByteArray> ends {batch.contacts.first().phone, batch.contacts.last().phone};
            written = writer.write(ends, rows, tags, pairs, batch.contacts.size(), &imported, &result.error);
        }
        writingNs += clock.nsecsElapsed();
        if (!written)
            break;
        qint64 fresh = 0;
        for (const PreparedContact &c : batch.contacts)
            fresh += c.seenInEarlierBatch ? 0 : 1;
        result.imported += imported;
        result.updated += fresh - imported;
        result.duplicates += batch.duplicates;
        result.rejected += batch.rejected.size();
        result.committedRows += batch.rows;
        for (const RejectedRow &r : std::as_const(batch.rejected)) {
            if (result.rejectedSample.size() < kRejectedSampleSize)
                result.rejectedSample.append(r);
            if (errors.isOpen()) {
                QStringList cells = r.fields;
                while (cells.size() < csv.header.size())
                    cells.append(QString());
                cells.insert(csv.header.size(), QString::number(r.line));
                cells.insert(csv.header.size() + 1, r.reason);
                errors.writeRow(cells);
            }
        }
        if (progress && !progress(last ? total : batch.endPosition, total)) {
            result.cancelled = !last;
            break;
        }
        if (last)
            break;
    }
    if (pending.isValid())
        pending.waitForFinished();  // a batch read ahead of a cancel or a failure is dropped

    if (foreignKeys)
        pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    pragma.exec(QStringLiteral("PRAGMA temp_store = DEFAULT"));
    if (previousCacheSize.isValid())
        pragma.exec(QStringLiteral("PRAGMA cache_size = %1").arg(previousCacheSize.toLongLong()));
    if (errors.isOpen()) {
        QString error;
        if (!errors.close(&error) && result.error.isEmpty())
            result.error = error;
    }
    qCDebug(lcImport) << "waited for the reader" << waitedNs / 1000000 << "ms, wrote for" << writingNs / 1000000 << "ms";
    qCInfo(lcImport) << "imported" << path << "rows" << result.rows << "new" << result.imported << "updated"
                     << result.updated << "duplicates" << result.duplicates << "rejected" << result.rejected
                     << (result.cancelled ? "cancelled" : "") << result.error;
    return result;
}
