#include "models/contacts/importreader.h"

#include "models/contacts/phonenormalizer.h"
#include "models/core/clock.h"
#include "models/core/errortext.h"

#include <QDateTime>

#include <algorithm>
#include <numeric>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>
#endif

ImportReader::ImportReader(CsvReader &reader, const QStringList &header, const QList<ColumnRole> &roles,
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
            ImportMapping::appendJsonString(key, roles[i].attribute.toUtf8());
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

void ImportReader::reject(ImportBatch &batch, const CsvReader::Fields &fields, const QString &reason) const
{
    RejectedRow row;
    row.line = m_reader.line();
    row.reason = reason;
    row.fields.reserve(fields.size());
    const bool overLimit = !m_reader.recordProblem().isEmpty();
    for (const QByteArrayView f : fields)
        row.fields.append(overLimit ? ErrorText::elide(QString::fromUtf8(f), 200) : QString::fromUtf8(f));
    batch.rejected.append(row);
}

ImportBatch ImportReader::next()
{
    using K = ColumnRole::Kind;
    ImportBatch batch;
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
        if (const QString problem = m_reader.recordProblem(); !problem.isEmpty()) {
            reject(batch, fields, problem);
            continue;
        }

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

        ImportContact c;
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
            const QByteArrayView v = ImportMapping::unneutralized(fields[i].trimmed());
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
                optedIn = ImportMapping::parseYesNo(v);
                if (!optedIn)
                    problem = tr("the opt-in value %1 in column %2 is not understood; use yes or no")
                                  .arg(ErrorText::quote(QString::fromUtf8(v)), ErrorText::elide(m_header.value(i)));
                break;
            case K::OptedOut:
                optedOut = ImportMapping::parseYesNo(v);
                if (!optedOut)
                    problem = tr("the opt-out value %1 in column %2 is not understood; use yes or no")
                                  .arg(ErrorText::quote(QString::fromUtf8(v)), ErrorText::elide(m_header.value(i)));
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
                    const std::optional<qint64> t = ImportMapping::parseTime(v);
                    if (!t)
                        problem = tr("the date %1 in column %2 is not an ISO 8601 date such as 2024-05-31T14:00:00Z")
                                      .arg(ErrorText::quote(QString::fromUtf8(v)), ErrorText::elide(m_header.value(i)));
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
                    c.cells.append({int(i), batch.store(v)});
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
        c.phone = batch.store(number.e164.toLatin1());
        if (!c.name.present() && (!first.isEmpty() || !last.isEmpty())) {
            const QByteArray joined = first.isEmpty() || last.isEmpty()
                ? (first.isEmpty() ? last : first).toByteArray()
                : first.toByteArray() + ' ' + last.toByteArray();
            c.name = batch.store(joined);
        }
        if (*optedOut || c.optOutAt) {
            if (!c.optOutAt)
                c.optOutAt = Clock::nowMs();
        } else {
            c.optOutReason = {};
        }
        // The file's own opt-in time is kept as written (it round-trips our export); "yes" alone means now.
        const bool consent = *optedIn || m_options.optedIn;
        if (!consent && !c.optOutAt)
            c.optInAt.reset();  // "opted_in: no" with a stale date: no consent
        if (consent && !c.optOutAt && !c.optInAt)
            c.optInAt = Clock::nowMs();
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
        ImportContact &into = batch.contacts[*existing];
        if (c.name.present())
            into.name = c.name;
        for (const auto &[column, value] : c.cells) {
            auto it = std::find_if(into.cells.begin(), into.cells.end(),
                                   [column = column](const auto &a) { return a.first == column; });
            if (it == into.cells.end())
                into.cells.append({column, value});
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
    finish(batch);
    releaseConsumed();
    return batch;
}

// Each contact's attribute values as one JSON object in the arena, ready to bind, and the order to write them in.
void ImportReader::finish(ImportBatch &batch) const
{
    batch.order.resize(batch.contacts.size());
    std::iota(batch.order.begin(), batch.order.end(), 0);
    if (batch.contacts.size() >= kSortedBatch) {
        // The first eight bytes as a big-endian number order like the bytes; whole numbers break the rare ties.
        QList<std::pair<quint64, int>> keys;
        keys.reserve(batch.contacts.size());
        for (int i = 0; i < batch.contacts.size(); ++i) {
            const QByteArrayView phone = batch.view(batch.contacts[i].phone);
            quint64 key = 0;
            for (qsizetype b = 0; b < 8; ++b)
                key = (key << 8) | (b < phone.size() ? uchar(phone[b]) : 0);
            keys.append({key, i});
        }
        std::sort(keys.begin(), keys.end(), [&batch](const auto &a, const auto &b) {
            if (a.first != b.first)
                return a.first < b.first;
            return batch.view(batch.contacts[a.second].phone) < batch.view(batch.contacts[b.second].phone);
        });
        for (qsizetype i = 0; i < keys.size(); ++i)
            batch.order[i] = keys[i].second;
    }
    QByteArray json;
    for (ImportContact &c : batch.contacts) {
        if (c.cells.isEmpty())
            continue;
        json.clear();
        json.append('{');
        for (qsizetype a = 0; a < c.cells.size(); ++a) {
            if (a > 0)
                json.append(',');
            json.append(m_attributeKeys[c.cells[a].first]);
            ImportMapping::appendJsonString(json, batch.view(c.cells[a].second));
        }
        json.append('}');
        c.attributes = batch.store(json);
        c.cells.clear();
    }
}

void ImportReader::releaseConsumed()
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
