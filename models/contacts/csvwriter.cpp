#include "models/contacts/csvwriter.h"

#include "models/storage/workspace.h"

#include <QDir>

namespace {

constexpr qsizetype kFlushThreshold = 1 << 20;

void appendUtf8Field(QByteArray &out, QByteArrayView utf8, char separator)
{
    bool quote = false;
    for (const char c : utf8) {
        if (c == separator || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out.append(utf8);
        return;
    }
    out.append('"');
    for (const char c : utf8) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

void appendField(QByteArray &out, const QString &cell, char separator)
{
    appendUtf8Field(out, cell.toUtf8(), separator);
}

// A cell starting with one of these may run as a formula in a spreadsheet (CSV injection).
bool isFormulaLead(char16_t c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// "-1", "-12.5": a negative number is data, not a formula, and stays a number in a spreadsheet.
bool isPlainNumber(QByteArrayView v)
{
    if (v.size() < 2 || v.size() > 24 || v[0] != '-')
        return false;
    bool digits = false;
    bool dot = false;
    for (qsizetype i = 1; i < v.size(); ++i) {
        if (v[i] >= '0' && v[i] <= '9')
            digits = true;
        else if (v[i] == '.' && !dot && digits)
            dot = true;
        else
            return false;
    }
    return digits && v.back() != '.';
}

} // namespace

CsvWriter::~CsvWriter()
{
    if (m_file.isOpen()) {
        QString ignored;
        close(&ignored);
    }
}

bool CsvWriter::isE164(QStringView value)
{
    if (value.size() < 8 || value.size() > 16 || value[0] != u'+' || value[1] < u'1' || value[1] > u'9')
        return false;
    for (qsizetype i = 2; i < value.size(); ++i) {
        if (value[i] < u'0' || value[i] > u'9')
            return false;
    }
    return true;
}

bool CsvWriter::isE164(QByteArrayView value)
{
    if (value.size() < 8 || value.size() > 16 || value[0] != '+' || value[1] < '1' || value[1] > '9')
        return false;
    for (qsizetype i = 2; i < value.size(); ++i) {
        if (value[i] < '0' || value[i] > '9')
            return false;
    }
    return true;
}

void CsvWriter::writeCell(QByteArrayView utf8)
{
    if (m_rowStarted)
        m_buffer.append(m_options.separator);
    m_rowStarted = true;
    if (m_options.neutralize && !utf8.isEmpty()) {
        if (isFormulaLead(char16_t(uchar(utf8.front()))) && !isE164(utf8) && !isPlainNumber(utf8)) {
            QByteArray prefixed;
            prefixed.reserve(utf8.size() + 1);
            prefixed.append('\'').append(utf8);
            appendUtf8Field(m_buffer, prefixed, m_options.separator);
            return;
        }
    }
    appendUtf8Field(m_buffer, utf8, m_options.separator);
}

void CsvWriter::endRow()
{
    m_rowStarted = false;
    m_buffer.append("\r\n");
    if (m_buffer.size() >= kFlushThreshold) {
        if (m_file.write(m_buffer) != m_buffer.size())
            m_failed = true;
        m_buffer.clear();
    }
}

char CsvWriter::localeSeparator(const QLocale &locale)
{
    return locale.decimalPoint() == QStringLiteral(",") ? ';' : ',';
}

QString CsvWriter::neutralize(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    if (!isFormulaLead(cell.front().unicode()) || isE164(cell) || isPlainNumber(cell.toLatin1()))
        return cell;
    return u'\'' + cell;
}

QByteArray CsvWriter::formatRow(const QStringList &cells)
{
    return formatRow(cells, Options());
}

QByteArray CsvWriter::formatRow(const QStringList &cells, const Options &options)
{
    QByteArray out;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out.append(options.separator);
        appendField(out, options.neutralize ? neutralize(cells[i]) : cells[i], options.separator);
    }
    return out;
}

bool CsvWriter::open(const QString &path, QString *error)
{
    return open(path, Options(), error);
}

bool CsvWriter::open(const QString &path, const Options &options, QString *error)
{
    m_options = options;
    m_failed = false;
    m_buffer.clear();
    // Truncating the open workspace (or its -wal/-shm) would destroy it.
    if (Workspace::isOpenWorkspaceFile(path)) {
        *error = Workspace::openWorkspaceFileError(path);
        return false;
    }
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), m_file.errorString());
        return false;
    }
    if (options.byteOrderMark)
        m_buffer.append("\xEF\xBB\xBF");
    return true;
}

void CsvWriter::writeRow(const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_buffer.append(m_options.separator);
        appendField(m_buffer, m_options.neutralize ? neutralize(cells[i]) : cells[i], m_options.separator);
    }
    m_buffer.append("\r\n");
    if (m_buffer.size() >= kFlushThreshold) {
        if (m_file.write(m_buffer) != m_buffer.size())
            m_failed = true;
        m_buffer.clear();
    }
}

bool CsvWriter::close(QString *error)
{
    if (!m_file.isOpen())
        return !m_failed;
    if (!m_buffer.isEmpty() && m_file.write(m_buffer) != m_buffer.size())
        m_failed = true;
    m_buffer.clear();
    if (!m_file.flush())
        m_failed = true;
    const QString reason = m_file.errorString();
    m_file.close();
    if (m_failed) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_file.fileName()), reason);
        return false;
    }
    return true;
}
