#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// A streaming RFC 4180 reader over UTF-8 bytes (typically a QFile::map()ped file, converted first by decode()).
//
// - The separator is ',' ';' or '\t': the one found most often outside quotes in the first record (ties go to
//   ',' then ';'), unless the file starts with Excel's "sep=X" line, which is honoured and skipped.
// - Records end at CRLF, LF or a lone CR; quoted fields may hold separators, line breaks and doubled quotes.
//   A stray quote inside an unquoted field is kept literally; text after a closing quote is appended.
// - Entirely blank lines are skipped. line() is the 1-based physical line where the last record started.
// - A quoted field still open at the end of the data is an error that names the line where it started.
// - Limits: a record with a field longer than kMaxFieldBytes or more than kMaxColumns fields is still read to its
//   end (so the next record starts in the right place), but recordProblem() says why it cannot be used; only its
//   first kMaxColumns fields are returned. A contact row has no reason to come near either, and a file that does
//   (a 10 MB line, a line of commas) is refused row by row instead of filling memory.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr qsizetype kMaxFieldBytes = 64 * 1024;   // one cell: far above any name, note or tag list
    static constexpr qsizetype kMaxColumns = 1000;           // fields in one record: far above any contact export

    enum class Encoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1252 };
    static QString encodingName(Encoding encoding);

    // Turns a whole file's bytes into UTF-8 without BOM. UTF-8 (with or without BOM) is not copied: *utf8 views
    // `raw`. UTF-16 with a BOM and Windows-1252 (chosen only when the bytes are not valid UTF-8) are converted
    // into *storage. Text that is neither (NUL bytes, bytes Windows-1252 leaves undefined, a mix of UTF-8 and
    // something else) is refused with an error naming `fileName` and the line: guessing would garble names.
    static bool decode(QByteArrayView raw, const QString &fileName, QByteArrayView *utf8, QByteArray *storage,
                       Encoding *encoding, QString *error);

    // The separator the first record suggests; `headerLineLength` (optional) receives the length of a "sep=X"
    // line to skip, 0 when there is none.
    static char detectSeparator(QByteArrayView utf8, qsizetype *sepLineLength = nullptr);

    // A record as views into the data (or into the reader's scratch buffer for unescaped quoted fields); valid
    // until the next call to next().
    using Fields = QList<QByteArrayView>;

    CsvReader() = default;
    // `utf8` must outlive the reader. separator 0: detect.
    explicit CsvReader(QByteArrayView utf8, char separator = 0);

    char separator() const { return m_separator; }
    bool next(Fields *fields);
    bool next(QStringList *fields);
    bool atEnd() const { return m_pos >= m_data.size(); }
    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    qint64 line() const { return m_recordLine; }
    // Empty unless the last record broke a limit (kMaxFieldBytes, kMaxColumns): then a sentence saying which.
    QString recordProblem() const { return m_recordProblem; }
    qsizetype position() const { return m_pos; }
    qsizetype size() const { return m_data.size(); }

private:
    struct Span
    {
        qsizetype offset;
        qsizetype length;
        bool scratch;
    };
    bool readRecord();

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    char m_separator = ',';
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    QList<Span> m_spans;
    QByteArray m_scratch;
    QString m_error;
    QString m_recordProblem;
};
