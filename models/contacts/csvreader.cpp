#include "models/contacts/csvreader.h"

#include <QDir>
#include <algorithm>
#include <cstring>

namespace {

// Windows-1252 0x80–0x9F; 0 marks the five bytes the code page leaves undefined. 0xA0–0xFF are Latin-1.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80–87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,       // 88–8F
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90–97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,  // 98–9F
};

struct Utf8Scan
{
    qsizetype firstInvalid = -1;  // offset of the first byte that is not valid UTF-8
    qsizetype firstNul = -1;
    bool multibyte = false;       // at least one valid multi-byte sequence
};

Utf8Scan scanUtf8(QByteArrayView data)
{
    Utf8Scan scan;
    const auto *p = reinterpret_cast<const uchar *>(data.data());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        // ASCII fast path, eight bytes at a time.
        if (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            const bool ascii = (word & 0x8080808080808080ULL) == 0;
            const bool nul = ((word - 0x0101010101010101ULL) & ~word & 0x8080808080808080ULL) != 0;
            if (ascii && !nul) {
                i += 8;
                continue;
            }
        }
        const uchar c = p[i];
        if (c < 0x80) {
            if (c == 0 && scan.firstNul < 0)
                scan.firstNul = i;
            ++i;
            continue;
        }
        int length = 0;
        uint min = 0;
        uint cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            cp = c & 0x1F;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            cp = c & 0x0F;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            cp = c & 0x07;
            min = 0x10000;
        }
        bool valid = length > 0 && i + length <= n;
        for (int k = 1; valid && k < length; ++k) {
            const uchar cc = p[i + k];
            if ((cc & 0xC0) != 0x80)
                valid = false;
            else
                cp = (cp << 6) | (cc & 0x3F);
        }
        if (valid && (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)))
            valid = false;
        if (!valid) {
            if (scan.firstInvalid < 0)
                scan.firstInvalid = i;
            ++i;
            continue;
        }
        scan.multibyte = true;
        i += length;
    }
    return scan;
}

qint64 lineAt(QByteArrayView data, qsizetype offset)
{
    qint64 line = 1;
    for (qsizetype i = 0; i < offset && i < data.size(); ++i) {
        if (data[i] == '\n' || (data[i] == '\r' && (i + 1 >= data.size() || data[i + 1] != '\n')))
            ++line;
    }
    return line;
}

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

} // namespace

QString CsvReader::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf8Bom:
        return QStringLiteral("UTF-8 (BOM)");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16 LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16 BE");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

bool CsvReader::decode(QByteArrayView raw, const QString &fileName, QByteArrayView *utf8, QByteArray *storage,
                       Encoding *encoding, QString *error)
{
    const QString name = QDir::toNativeSeparators(fileName);
    auto refuse = [&](qint64 line) {
        *error = tr("%1 is not UTF-8 or Windows-1252 text (the first problem is on line %2); save it as CSV UTF-8 "
                    "from Excel and try again.")
                     .arg(name)
                     .arg(line);
        return false;
    };

    if (raw.size() >= 2 && ((uchar(raw[0]) == 0xFF && uchar(raw[1]) == 0xFE)
                            || (uchar(raw[0]) == 0xFE && uchar(raw[1]) == 0xFF))) {
        const bool le = uchar(raw[0]) == 0xFF;
        *encoding = le ? Encoding::Utf16LE : Encoding::Utf16BE;
        const QByteArrayView body = raw.sliced(2);
        if (body.size() % 2 != 0)
            return refuse(1);
        QString text(body.size() / 2, Qt::Uninitialized);
        char16_t *units = reinterpret_cast<char16_t *>(text.data());
        qint64 line = 1;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const auto lo = uchar(body[2 * i + (le ? 0 : 1)]);
            const auto hi = uchar(body[2 * i + (le ? 1 : 0)]);
            units[i] = char16_t(lo | (hi << 8));
        }
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t u = units[i];
            if (u == u'\n')
                ++line;
            const bool high = u >= 0xD800 && u <= 0xDBFF;
            const bool low = u >= 0xDC00 && u <= 0xDFFF;
            if (u == 0 || low || (high && (i + 1 >= text.size() || units[i + 1] < 0xDC00 || units[i + 1] > 0xDFFF)))
                return refuse(line);
            if (high)
                ++i;
        }
        *storage = text.toUtf8();
        *utf8 = *storage;
        return true;
    }

    const bool bom = raw.size() >= 3 && uchar(raw[0]) == 0xEF && uchar(raw[1]) == 0xBB && uchar(raw[2]) == 0xBF;
    const QByteArrayView body = bom ? raw.sliced(3) : raw;
    const Utf8Scan scan = scanUtf8(body);
    if (scan.firstNul >= 0)
        return refuse(lineAt(body, scan.firstNul));
    if (scan.firstInvalid < 0) {
        *encoding = bom ? Encoding::Utf8Bom : Encoding::Utf8;
        *utf8 = body;
        return true;
    }
    // Not UTF-8. Decoding as Windows-1252 is right for a file Excel saved as "CSV" on a Western Windows, but a
    // BOM or valid UTF-8 sequences elsewhere mean a mixed file, and undefined bytes mean another code page.
    if (bom || scan.multibyte)
        return refuse(lineAt(body, scan.firstInvalid));
    storage->clear();
    storage->reserve(body.size() + body.size() / 8);
    for (qsizetype i = 0; i < body.size(); ++i) {
        const auto c = uchar(body[i]);
        if (c < 0x80) {
            storage->append(char(c));
        } else if (c < 0xA0) {
            const char16_t u = kCp1252High[c - 0x80];
            if (u == 0)
                return refuse(lineAt(body, i));
            appendUtf8(*storage, u);
        } else {
            appendUtf8(*storage, c);
        }
    }
    *encoding = Encoding::Windows1252;
    *utf8 = *storage;
    return true;
}

char CsvReader::detectSeparator(QByteArrayView utf8, qsizetype *sepLineLength)
{
    if (sepLineLength)
        *sepLineLength = 0;
    // Excel's "sep=;" hint line.
    if (utf8.size() >= 5 && utf8.first(4).compare("sep=", Qt::CaseInsensitive) == 0) {
        const char c = utf8[4];
        qsizetype end = 5;
        if (end < utf8.size() && utf8[end] == '\r')
            ++end;
        if (end < utf8.size() && utf8[end] == '\n')
            ++end;
        if ((end > 5 || end == utf8.size()) && (c == ',' || c == ';' || c == '\t' || c == '|')) {
            if (sepLineLength)
                *sepLineLength = end;
            return c;
        }
    }
    qsizetype i = 0;
    while (i < utf8.size() && (utf8[i] == '\r' || utf8[i] == '\n'))
        ++i;
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (c == '"') {
            quoted = !quoted;  // a doubled quote toggles twice
        } else if (quoted) {
            continue;
        } else if (c == '\n' || c == '\r') {
            break;
        } else if (c == ',') {
            ++commas;
        } else if (c == ';') {
            ++semicolons;
        } else if (c == '\t') {
            ++tabs;
        }
    }
    if (tabs > commas && tabs > semicolons)
        return '\t';
    if (semicolons > commas)
        return ';';
    return ',';
}

CsvReader::CsvReader(QByteArrayView utf8, char separator)
    : m_data(utf8)
{
    qsizetype skip = 0;
    const char detected = detectSeparator(utf8, &skip);
    m_separator = separator ? separator : detected;
    if (skip > 0) {
        m_pos = skip;
        m_line = 2;
    }
}

bool CsvReader::readRecord()
{
    const char *d = m_data.data();
    const qsizetype n = m_data.size();
    const char sep = m_separator;
    for (;;) {
        if (m_pos >= n || hasError())
            return false;
        // Blank lines between records.
        if (d[m_pos] == '\n') {
            ++m_pos;
            ++m_line;
            continue;
        }
        if (d[m_pos] == '\r') {
            ++m_pos;
            if (m_pos < n && d[m_pos] == '\n')
                ++m_pos;
            ++m_line;
            continue;
        }
        m_recordLine = m_line;
        m_spans.clear();
        m_scratch.clear();
        m_recordProblem.clear();
        qsizetype fieldCount = 0;
        qsizetype longestField = 0;
        bool anyQuoted = false;
        for (;;) {
            Span span {m_pos, 0, false};
            if (m_pos < n && d[m_pos] == '"') {
                anyQuoted = true;
                const qint64 fieldLine = m_line;
                qsizetype start = ++m_pos;
                bool inScratch = false;
                const qsizetype scratchStart = m_scratch.size();
                for (;;) {
                    for (; m_pos < n; ++m_pos) {
                        const char c = d[m_pos];
                        if (c == '"')
                            break;
                        if (c == '\n' || (c == '\r' && (m_pos + 1 >= n || d[m_pos + 1] != '\n')))
                            ++m_line;
                    }
                    if (m_pos >= n) {
                        m_error = tr("the quoted field that starts on line %1 is never closed (a closing \" is "
                                     "missing)")
                                      .arg(fieldLine);
                        return false;
                    }
                    if (m_pos + 1 < n && d[m_pos + 1] == '"') {
                        m_scratch.append(d + start, m_pos + 1 - start);
                        inScratch = true;
                        m_pos += 2;
                        start = m_pos;
                        continue;
                    }
                    if (inScratch) {
                        m_scratch.append(d + start, m_pos - start);
                        span = {scratchStart, m_scratch.size() - scratchStart, true};
                    } else {
                        span = {start, m_pos - start, false};
                    }
                    ++m_pos;
                    break;
                }
                // Lenient: text after the closing quote belongs to the same field.
                if (m_pos < n && d[m_pos] != sep && d[m_pos] != '\r' && d[m_pos] != '\n') {
                    if (!span.scratch) {
                        const qsizetype from = m_scratch.size();
                        m_scratch.append(d + span.offset, span.length);
                        span = {from, span.length, true};
                    }
                    const qsizetype rest = m_pos;
                    while (m_pos < n && d[m_pos] != sep && d[m_pos] != '\r' && d[m_pos] != '\n')
                        ++m_pos;
                    m_scratch.append(d + rest, m_pos - rest);
                    span.length = m_scratch.size() - span.offset;
                }
            } else {
                const qsizetype start = m_pos;
                while (m_pos < n) {
                    const char c = d[m_pos];
                    if (c == sep || c == '\n' || c == '\r')
                        break;
                    ++m_pos;
                }
                span = {start, m_pos - start, false};
            }
            ++fieldCount;
            longestField = std::max(longestField, span.length);
            if (span.length > kMaxFieldBytes) {
                span.length = kMaxFieldBytes;   // the record is refused; the cut value is only ever shown elided
                if (span.scratch)
                    m_scratch.truncate(span.offset + span.length);
            }
            if (m_spans.size() < kMaxColumns)
                m_spans.append(span);
            if (m_pos < n && d[m_pos] == sep) {
                ++m_pos;
                continue;
            }
            if (m_pos < n) {
                if (d[m_pos] == '\r' && m_pos + 1 < n && d[m_pos + 1] == '\n')
                    ++m_pos;
                ++m_pos;
                ++m_line;
            }
            break;
        }
        if (fieldCount > kMaxColumns)
            m_recordProblem = tr("the row has %1 values; at most %2 are read per row").arg(fieldCount).arg(kMaxColumns);
        else if (longestField > kMaxFieldBytes)
            m_recordProblem = tr("a value is %1 KiB long; at most %2 KiB are allowed per value")
                                  .arg((longestField + 1023) / 1024)
                                  .arg(kMaxFieldBytes / 1024);
        // A line of nothing but spaces counts as blank.
        if (!anyQuoted && m_spans.size() == 1) {
            const QByteArrayView only(d + m_spans[0].offset, m_spans[0].length);
            if (only.trimmed().isEmpty())
                continue;
        }
        return true;
    }
}

bool CsvReader::next(Fields *fields)
{
    if (!readRecord())
        return false;
    fields->resize(m_spans.size());
    for (qsizetype i = 0; i < m_spans.size(); ++i) {
        const Span &s = m_spans[i];
        (*fields)[i] = QByteArrayView((s.scratch ? m_scratch.constData() : m_data.data()) + s.offset, s.length);
    }
    return true;
}

bool CsvReader::next(QStringList *fields)
{
    Fields views;
    if (!next(&views))
        return false;
    fields->clear();
    fields->reserve(views.size());
    for (const QByteArrayView v : views)
        fields->append(QString::fromUtf8(v));
    return true;
}
