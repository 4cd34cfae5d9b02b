#include "models/contacts/xlsxreader.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>

#include <zip.h>

#include <cmath>

namespace {

constexpr qint64 kMaxPartBytes = 512LL * 1024 * 1024;   // one XML part, uncompressed: refuses zip bombs
constexpr int kMaxColumns = 1000;                        // CsvReader::kMaxColumns
constexpr int kMaxRows = 1048576;                        // Excel's own limit

QString fileLabel(const QString &path)
{
    return QFileInfo(path).fileName();
}

// The workbook's zip, open for reading.
class Zip
{
public:
    ~Zip()
    {
        if (m_zip)
            zip_discard(m_zip);
    }
    bool open(const QString &path, QString *error)
    {
        int code = 0;
        m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
        if (m_zip)
            return true;
        zip_error_t e;
        zip_error_init_with_code(&e, code);
        *error = QString::fromUtf8(zip_error_strerror(&e));
        zip_error_fini(&e);
        return false;
    }
    bool has(const QString &name) const { return zip_name_locate(m_zip, name.toUtf8().constData(), 0) >= 0; }
    // The part's bytes; false with *error when it is missing, too large or damaged.
    bool read(const QString &name, QByteArray *out, QString *error) const
    {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat(m_zip, name.toUtf8().constData(), 0, &st) != 0) {
            *error = XlsxReader::tr("the part %1 is missing").arg(name);
            return false;
        }
        if (!(st.valid & ZIP_STAT_SIZE) || st.size > quint64(kMaxPartBytes)) {
            *error = XlsxReader::tr("the part %1 is larger than Herald reads (512 MB uncompressed)").arg(name);
            return false;
        }
        zip_file_t *f = zip_fopen(m_zip, name.toUtf8().constData(), 0);
        if (!f) {
            *error = QString::fromUtf8(zip_strerror(m_zip));
            return false;
        }
        out->resize(qsizetype(st.size));
        const zip_int64_t n = zip_fread(f, out->data(), st.size);
        const QString why = n < 0 ? QString::fromUtf8(zip_file_strerror(f)) : QString();
        zip_fclose(f);
        if (n != zip_int64_t(st.size)) {
            *error = XlsxReader::tr("the part %1 cannot be decompressed: %2")
                         .arg(name, why.isEmpty() ? XlsxReader::tr("it is shorter than its size says") : why);
            return false;
        }
        return true;
    }

private:
    zip_t *m_zip = nullptr;
};

// "B12" → column 1 (0-based), row 12; false when it is not a cell reference.
bool parseRef(QStringView ref, int *column, int *row)
{
    int c = 0;
    qsizetype i = 0;
    while (i < ref.size() && ref[i].isLetter() && ref[i].unicode() < 128) {
        c = c * 26 + (ref[i].toUpper().unicode() - 'A' + 1);
        if (c > 16384)
            return false;
        ++i;
    }
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    if (i == 0 || !ok || r < 1 || r > kMaxRows)
        return false;
    *column = c - 1;
    *row = r;
    return true;
}

QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

// The text of the <t> elements under the current element (an <si> or <is>), phonetic runs (<rPh>) left out.
QString readText(QXmlStreamReader &xml)
{
    QString text;
    const QString end = xml.name().toString();
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && phonetic == 0)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.isEndElement()) {
            if (xml.name() == u"rPh")
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return text;
}

QString xmlProblem(const QString &part, const QXmlStreamReader &xml)
{
    return XlsxReader::tr("its part %1 is not valid XML (line %2: %3)")
        .arg(part)
        .arg(xml.lineNumber())
        .arg(xml.errorString());
}

struct Workbook
{
    QStringList names;
    QStringList parts;   // the sheet parts, "xl/worksheets/sheet1.xml"
    bool date1904 = false;
    QStringList shared;
    QList<bool> dateStyles;   // by cell style index (the s attribute)
};

bool readWorkbook(const Zip &zip, Workbook *wb, QString *error)
{
    QByteArray bytes;
    if (!zip.read(QStringLiteral("xl/_rels/workbook.xml.rels"), &bytes, error))
        return false;
    QHash<QString, QString> targets;
    {
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"Relationship") {
                QString target = xml.attributes().value(QLatin1String("Target")).toString();
                target = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
                targets.insert(xml.attributes().value(QLatin1String("Id")).toString(), QDir::cleanPath(target));
            }
        }
        if (xml.hasError()) {
            *error = xmlProblem(QStringLiteral("xl/_rels/workbook.xml.rels"), xml);
            return false;
        }
    }
    if (!zip.read(QStringLiteral("xl/workbook.xml"), &bytes, error))
        return false;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"workbookPr") {
            const auto v = xml.attributes().value(QLatin1String("date1904"));
            wb->date1904 = v == u"1" || v == u"true";
        } else if (xml.name() == u"sheet") {
            QString id;
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                if (a.name() == u"id")   // r:id, whatever the prefix is called
                    id = a.value().toString();
            }
            wb->names.append(xml.attributes().value(QLatin1String("name")).toString());
            wb->parts.append(targets.value(id));
        }
    }
    if (xml.hasError()) {
        *error = xmlProblem(QStringLiteral("xl/workbook.xml"), xml);
        return false;
    }
    if (wb->names.isEmpty()) {
        *error = XlsxReader::tr("it has no sheet");
        return false;
    }
    return true;
}

bool readSharedStrings(const Zip &zip, Workbook *wb, QString *error)
{
    const QString part = QStringLiteral("xl/sharedStrings.xml");
    if (!zip.has(part))
        return true;
    QByteArray bytes;
    if (!zip.read(part, &bytes, error))
        return false;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"si")
            wb->shared.append(readText(xml));
    }
    if (xml.hasError()) {
        *error = xmlProblem(part, xml);
        return false;
    }
    return true;
}

bool readStyles(const Zip &zip, Workbook *wb, QString *error)
{
    const QString part = QStringLiteral("xl/styles.xml");
    if (!zip.has(part))
        return true;
    QByteArray bytes;
    if (!zip.read(part, &bytes, error))
        return false;
    QHash<int, QString> formats;
    QXmlStreamReader xml(bytes);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"numFmt")
                formats.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                               xml.attributes().value(QLatin1String("formatCode")).toString());
            else if (xml.name() == u"cellXfs")
                inCellXfs = true;
            else if (inCellXfs && xml.name() == u"xf") {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                wb->dateStyles.append(XlsxReader::isDateFormat(id, formats.value(id)));
            }
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    if (xml.hasError()) {
        *error = xmlProblem(part, xml);
        return false;
    }
    return true;
}

struct Merge
{
    int top, left, bottom, right;   // rows 1-based, columns 0-based
};

struct Grid
{
    QMap<int, QStringList> rows;   // by row number
    QList<Merge> merges;
    int columns = 0;

    QString cell(int row, int column) const { return rows.value(row).value(column); }
    void set(int row, int column, const QString &text)
    {
        QStringList &r = rows[row];
        while (r.size() <= column)
            r.append(QString());
        r[column] = text;
        columns = qMax(columns, column + 1);
    }
    bool blank(int row) const
    {
        const QStringList r = rows.value(row);
        return std::all_of(r.cbegin(), r.cend(), [](const QString &s) { return s.trimmed().isEmpty(); });
    }
};

QString cellText(const Workbook &wb, const QString &type, const QString &value, int style, const QString &inlineText,
                 const QString &where, QString *error)
{
    if (type == QLatin1String("inlineStr"))
        return inlineText;
    if (type == QLatin1String("s")) {
        bool ok = false;
        const int index = value.toInt(&ok);
        if (!ok || index < 0 || index >= wb.shared.size()) {
            *error = XlsxReader::tr("cell %1 refers to shared string %2, which the workbook does not have")
                         .arg(where, value);
            return {};
        }
        return wb.shared.at(index);
    }
    if (type == QLatin1String("b"))
        return value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == QLatin1String("str") || type == QLatin1String("e") || type == QLatin1String("d"))
        return value;
    // A number (t="n" or none).
    if (value.isEmpty())
        return {};
    if (style >= 0 && style < wb.dateStyles.size() && wb.dateStyles.at(style)) {
        bool ok = false;
        const double serial = value.toDouble(&ok);
        if (ok)
            return XlsxReader::dateText(serial, wb.date1904);
    }
    const QString text = XlsxReader::numberText(value);
    if (text.isEmpty())
        *error = XlsxReader::tr("cell %1 holds “%2”, which is not a number").arg(where, value);
    return text;
}

bool readSheet(const Zip &zip, const Workbook &wb, const QString &part, const QString &sheet, Grid *grid,
               QString *error)
{
    QByteArray bytes;
    if (!zip.read(part, &bytes, error))
        return false;
    QXmlStreamReader xml(bytes);
    int rowNumber = 0;
    int nextColumn = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"row") {
            const int r = xml.attributes().value(QLatin1String("r")).toInt();
            rowNumber = r > 0 ? r : rowNumber + 1;
            nextColumn = 0;
        } else if (xml.name() == u"c") {
            const QXmlStreamAttributes a = xml.attributes();
            int column = nextColumn;
            int row = rowNumber;
            const QString ref = a.value(QLatin1String("r")).toString();
            if (!ref.isEmpty() && !parseRef(ref, &column, &row)) {
                *error = XlsxReader::tr("sheet “%1” has a cell named “%2”, which is not a cell reference")
                             .arg(sheet, ref);
                return false;
            }
            if (column >= kMaxColumns) {
                *error = XlsxReader::tr("sheet “%1” uses column %2; Herald reads at most %3 columns")
                             .arg(sheet, columnName(column))
                             .arg(kMaxColumns);
                return false;
            }
            nextColumn = column + 1;
            const QString type = a.value(QLatin1String("t")).toString();
            const int style = a.hasAttribute(QStringLiteral("s")) ? a.value(QLatin1String("s")).toInt() : -1;
            QString value;
            QString inlineText;
            while (!xml.atEnd()) {   // the cell's <v>, <is> (and <f>, ignored) up to </c>
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"v")
                    value = xml.readElementText();
                else if (xml.isStartElement() && xml.name() == u"is")
                    inlineText = readText(xml);
                else if (xml.isStartElement() && xml.name() == u"f")
                    xml.skipCurrentElement();
                else if (xml.isEndElement() && xml.name() == u"c")
                    break;
            }
            const QString where = XlsxReader::tr("%1 of sheet “%2”").arg(columnName(column) + QString::number(row), sheet);
            QString problem;
            QString text = cellText(wb, type, value, style, inlineText, where, &problem);
            if (!problem.isEmpty()) {
                *error = problem;
                return false;
            }
            static const QRegularExpression breaks(QStringLiteral("[\\r\\n]+"));
            text.replace(breaks, QStringLiteral(" "));
            if (!text.isEmpty())
                grid->set(row, column, text);
        } else if (xml.name() == u"mergeCell") {
            const QStringList corners = xml.attributes().value(QLatin1String("ref")).toString().split(QLatin1Char(':'));
            Merge m{};
            if (corners.size() == 2 && parseRef(corners[0], &m.left, &m.top) && parseRef(corners[1], &m.right, &m.bottom)
                && m.right < kMaxColumns)
                grid->merges.append(m);
        }
    }
    if (xml.hasError()) {
        *error = XlsxReader::tr("sheet “%1”: %2").arg(sheet, xmlProblem(part, xml));
        return false;
    }
    return true;
}

// Title rows, a two-row header and merged values (see the class comment).
void applyMerges(Grid *grid)
{
    // The header: the first row that is not a title (one value, merged across columns).
    int header = 0;
    for (auto it = grid->rows.cbegin(); it != grid->rows.cend(); ++it) {
        if (grid->blank(it.key()))
            continue;
        const int filled = int(std::count_if(it->cbegin(), it->cend(), [](const QString &s) { return !s.isEmpty(); }));
        const bool title = filled == 1 && std::any_of(grid->merges.cbegin(), grid->merges.cend(), [&](const Merge &m) {
                               return m.top == it.key() && m.right > m.left;
                           });
        if (!title) {
            header = it.key();
            break;
        }
    }
    for (auto it = grid->rows.begin(); it != grid->rows.end() && it.key() < header; ++it)
        it->clear();   // titles above the header become blank lines
    if (header == 0)
        return;

    // A header merged over two rows: each column's name is its upper and lower parts.
    const bool twoRows = std::any_of(grid->merges.cbegin(), grid->merges.cend(), [&](const Merge &m) {
        return m.top == header && m.bottom > header;
    });
    // Every merged value fills its range (the header's cells covered across get the name too, then the lower part).
    for (const Merge &m : std::as_const(grid->merges)) {
        const QString value = grid->cell(m.top, m.left);
        for (int r = m.top; r <= m.bottom; ++r) {
            for (int c = m.left; c <= m.right; ++c) {
                if ((r != m.top || c != m.left) && !(twoRows && r == header + 1 && m.top == header))
                    grid->set(r, c, value);
            }
        }
    }
    if (twoRows) {
        for (int c = 0; c < grid->columns; ++c) {
            const QString upper = grid->cell(header, c).trimmed();
            const QString lower = grid->cell(header + 1, c).trimmed();
            const bool coveredDown = std::any_of(grid->merges.cbegin(), grid->merges.cend(), [&](const Merge &m) {
                return m.top == header && m.bottom > header && c >= m.left && c <= m.right && m.right == m.left;
            });
            QString name = upper;
            if (!lower.isEmpty() && lower != upper && !coveredDown)
                name = upper.isEmpty() ? lower : upper + QLatin1Char(' ') + lower;
            grid->set(header, c, name);
        }
        grid->rows[header + 1].clear();
    }
}

QByteArray toCsv(const Grid &grid)
{
    QByteArray out;
    const int last = grid.rows.isEmpty() ? 0 : grid.rows.lastKey();
    for (int r = 1; r <= last; ++r) {
        if (!grid.blank(r)) {
            const QStringList cells = grid.rows.value(r);
            for (int c = 0; c < grid.columns; ++c) {
                if (c > 0)
                    out.append(',');
                const QString text = cells.value(c);
                if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
                    || text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' '))) {
                    QString quoted = text;
                    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
                    out.append('"').append(quoted.toUtf8()).append('"');
                } else {
                    out.append(text.toUtf8());
                }
            }
        }
        out.append('\n');
    }
    return out;
}

} // namespace

bool XlsxReader::isWorkbook(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm") || suffix == QLatin1String("xls"))
        return true;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.peek(4) != QByteArrayView("PK\x03\x04"))
        return false;
    f.close();
    Zip zip;
    QString ignored;
    return zip.open(path, &ignored) && zip.has(QStringLiteral("xl/workbook.xml"));
}

Result<XlsxReader::Sheet> XlsxReader::read(const QString &path, const QString &sheetName)
{
    const QString file = fileLabel(path);
    const auto failed = [&](const QString &why) {
        return ErrorMessage{tr("%1 cannot be read as an Excel workbook: %2. Open it in Excel or LibreOffice and save it "
                               "again as .xlsx (or as CSV).")
                                .arg(file, why)};
    };
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return ErrorMessage{tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString())};
        if (f.peek(8) == QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
            return ErrorMessage{tr("%1 is an Excel 97–2003 workbook (.xls). Herald reads .xlsx: open it in Excel or "
                                   "LibreOffice and save it as .xlsx (or as CSV).")
                                    .arg(file)};
    }
    Zip zip;
    QString error;
    if (!zip.open(path, &error))
        return failed(tr("it is not a zip file (%1)").arg(error));
    if (!zip.has(QStringLiteral("xl/workbook.xml")))
        return failed(tr("it has no workbook part (xl/workbook.xml)"));
    Workbook wb;
    if (!readWorkbook(zip, &wb, &error) || !readSharedStrings(zip, &wb, &error) || !readStyles(zip, &wb, &error))
        return failed(error);

    int index = 0;
    if (!sheetName.isEmpty()) {
        index = int(wb.names.indexOf(sheetName));
        if (index < 0) {
            const auto same = std::find_if(wb.names.cbegin(), wb.names.cend(), [&](const QString &n) {
                return n.compare(sheetName, Qt::CaseInsensitive) == 0;
            });
            index = same == wb.names.cend() ? -1 : int(same - wb.names.cbegin());
        }
        if (index < 0)
            return ErrorMessage{tr("%1 has no sheet “%2”. Its sheets are: %3.")
                                    .arg(file, sheetName, wb.names.join(QStringLiteral(", ")))};
    }
    Sheet sheet;
    sheet.name = wb.names.at(index);
    sheet.sheets = wb.names;
    const QString part = wb.parts.at(index);
    if (part.isEmpty())
        return failed(tr("sheet “%1” has no part in the workbook's relationships").arg(sheet.name));
    Grid grid;
    if (!readSheet(zip, wb, part, sheet.name, &grid, &error))
        return failed(error);
    applyMerges(&grid);
    sheet.csv = toCsv(grid);
    if (grid.rows.isEmpty() || std::all_of(grid.rows.keyBegin(), grid.rows.keyEnd(), [&](int r) { return grid.blank(r); }))
        return ErrorMessage{tr("Sheet “%1” of %2 is empty. Choose the sheet that holds the contacts.")
                                .arg(sheet.name, file)};
    return sheet;
}

QStringList XlsxReader::sheetNames(const QString &path)
{
    Zip zip;
    Workbook wb;
    QString error;
    if (!zip.open(path, &error) || !readWorkbook(zip, &wb, &error))
        return {};
    return wb.names;
}

QString XlsxReader::numberText(const QString &value)
{
    static const QRegularExpression number(QStringLiteral(R"(^\s*([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?\s*$)"));
    const QRegularExpressionMatch m = number.match(value);
    if (!m.hasMatch() || (m.captured(2).isEmpty() && m.captured(3).isEmpty()))
        return {};
    QString digits = m.captured(2) + m.captured(3);
    qsizetype point = m.captured(2).size() + m.captured(4).toInt();   // where the decimal point goes in `digits`
    // Leading zeros carry nothing.
    qsizetype lead = 0;
    while (lead < digits.size() && digits[lead] == QLatin1Char('0'))
        ++lead;
    digits.remove(0, lead);
    point -= lead;
    while (!digits.isEmpty() && digits.back() == QLatin1Char('0') && digits.size() > point)
        digits.chop(1);
    if (digits.isEmpty())
        return QStringLiteral("0");
    // Excel shows 15 significant digits: 0.30000000000000004 is 0.3 on screen.
    if (digits.size() > 15) {
        const bool up = digits[15] >= QLatin1Char('5');
        digits.truncate(15);
        for (qsizetype i = 14; up && i >= 0; --i) {
            if (digits[i] == QLatin1Char('9')) {
                digits[i] = QLatin1Char('0');
                if (i == 0) {
                    digits.prepend(QLatin1Char('1'));
                    ++point;
                }
            } else {
                digits[i] = QChar(digits[i].unicode() + 1);
                break;
            }
        }
        while (!digits.isEmpty() && digits.back() == QLatin1Char('0') && digits.size() > point)
            digits.chop(1);
    }
    QString text;
    if (point <= 0)
        text = QStringLiteral("0.") + QString(-point, QLatin1Char('0')) + digits;
    else if (point >= digits.size())
        text = digits + QString(point - digits.size(), QLatin1Char('0'));
    else
        text = digits.left(point) + QLatin1Char('.') + digits.mid(point);
    return m.captured(1) == QLatin1String("-") ? QLatin1Char('-') + text : text;
}

QString XlsxReader::dateText(double serial, bool date1904)
{
    double days = std::floor(serial);
    const qint64 seconds = qRound64((serial - days) * 86400.0);
    if (seconds >= 86400)
        days += 1;
    const QTime time = QTime(0, 0).addSecs(int(seconds % 86400));
    if (serial < 1 && !date1904)
        return time.toString(QStringLiteral("HH:mm:ss"));
    // 1900 system: serial 1 is 1900-01-01, and Excel counts a 29 February 1900 that never was (serial 60), so from
    // serial 61 on the days count from 1899-12-30.
    const QDate base = date1904 ? QDate(1904, 1, 1) : days < 61 ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
    const QDate date = base.addDays(qint64(days));
    return seconds % 86400 == 0 ? date.toString(Qt::ISODate)
                                : date.toString(Qt::ISODate) + QLatin1Char('T') + time.toString(QStringLiteral("HH:mm:ss"));
}

bool XlsxReader::isDateFormat(int numFmtId, const QString &formatCode)
{
    if ((numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 27 && numFmtId <= 36) || (numFmtId >= 45 && numFmtId <= 47)
        || (numFmtId >= 50 && numFmtId <= 58))
        return true;
    if (numFmtId < 164 || formatCode.isEmpty())
        return false;
    // A custom format shows a date or time when, outside quoted text, escapes and [colour]/[$-locale] sections, it
    // uses d, m, y, h or s.
    QString code = formatCode;
    static const QRegularExpression noise(QStringLiteral(R"("[^"]*"|\\.|_.|\*.|\[[^\]]*\])"));
    code.remove(noise);
    code = code.section(QLatin1Char(';'), 0, 0).toLower();
    if (code == QLatin1String("general"))
        return false;
    static const QRegularExpression dateLetters(QStringLiteral("[dmyhs]"));
    return code.contains(dateLetters);
}
