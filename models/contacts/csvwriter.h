#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QString>
#include <QStringList>

// Writes RFC 4180 CSV: fields quoted only when they hold the separator, a quote or a line break (quotes are
// doubled), records end with CRLF. Files start with a UTF-8 byte-order mark: without it Excel on Windows reads
// UTF-8 as the ANSI code page and garbles every accented name; our own reader (and most tools) skip it.
//
// By default every cell goes through neutralize() so a file opened in a spreadsheet cannot run formulas.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    struct Options
    {
        char separator = ',';
        bool byteOrderMark = true;
        bool neutralize = true;
    };

    CsvWriter() = default;
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    // Creates (or truncates) the file. On failure returns false with a sentence in *error.
    bool open(const QString &path, QString *error);
    bool open(const QString &path, const Options &options, QString *error);
    bool isOpen() const { return m_file.isOpen(); }
    void writeRow(const QStringList &cells);
    // Byte-level streaming for big exports: cells already in UTF-8, same quoting and neutralisation rules.
    void writeCell(QByteArrayView utf8);
    void endRow();
    // Flushes and closes; false with *error when anything could not be written (disk full, …).
    bool close(QString *error);

    // The separator a spreadsheet in `locale` splits columns by: ';' where the decimal separator is a comma
    // (Excel in pt_BR, es_ES, id …), ',' elsewhere. Exports from the window default to it; herald-cli keeps ','.
    static char localeSeparator(const QLocale &locale);

    // One record (without the line end) as it would be written.
    static QByteArray formatRow(const QStringList &cells);
    static QByteArray formatRow(const QStringList &cells, const Options &options);

    // OWASP CSV-injection guard: a cell starting with = + - @ TAB or CR gets a leading apostrophe, so a
    // spreadsheet shows it as text instead of evaluating it. An E.164 phone number (+ and 7–15 digits, no
    // leading zero) is left as it is so it stays dialable and re-imports unchanged, and so is a plain negative
    // number such as -1 (a number, not a formula).
    static QString neutralize(const QString &cell);
    static bool isE164(QStringView value);
    static bool isE164(QByteArrayView utf8);

private:
    QFile m_file;
    Options m_options;
    QByteArray m_buffer;
    bool m_failed = false;
    bool m_rowStarted = false;
};
