#pragma once

#include "models/core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Reads one sheet of an Excel workbook (.xlsx: a zip of XML parts, opened with libzip, parsed with
// QXmlStreamReader) as the CSV text the contact import already understands, so an .xlsx goes through exactly the
// same validation as a CSV file (ContactImporter).
//
// - The sheet: the first one, or the one named (exactly, else ignoring case).
// - Cells: shared strings (rich text runs joined, phonetic runs left out), inline strings, formula results,
//   booleans (TRUE/FALSE), errors (#N/A) as written. Numbers come out as the digits Excel shows, never as a float: a
//   phone 919876543210 stored as a number, even written 9.19876543210E+11, reads "919876543210". A number whose cell
//   has a date or time format becomes an ISO date ("2026-12-07", "2026-12-07T09:30:00", "09:30:00"; 1900 and 1904 date
//   systems). Line breaks inside a cell become spaces.
// - Rows keep their numbers: CSV line N is the sheet's row N (empty rows are blank lines, which the import skips), so
//   a rejected row's line is the row a person finds in Excel.
// - Merged cells: a title row above the header (one value merged across columns) is skipped; a header merged over
//   two rows ("Name" above "First" and "Last") becomes one header row ("Name First", "Name Last"); elsewhere a merged
//   value fills every cell it covers, as it appears on screen.
// Errors name the file, the sheet and the cell, and say what to do (save it again as .xlsx or CSV).
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    struct Sheet
    {
        QString name;        // the sheet read
        QStringList sheets;  // every sheet of the workbook, in order
        QByteArray csv;      // UTF-8, comma-separated, RFC 4180 quoting
    };

    // Whether `path` looks like a workbook: its suffix (.xlsx, .xlsm, .xls) or a zip's first bytes with an .xlsx
    // part. A CSV with an .xlsx name is still opened as a workbook, and fails with a clear error.
    static bool isWorkbook(const QString &path);
    // The sheet `sheet` (empty: the first) of the workbook at `path`.
    static Result<Sheet> read(const QString &path, const QString &sheet = {});

    // The workbook's sheets, in order (empty when it cannot be read): the choice a failed read() still offers.
    static QStringList sheetNames(const QString &path);

    // Excel's number text as the digits it shows (exponent form expanded, at most 15 significant digits); pure.
    static QString numberText(const QString &value);
    // The ISO text of an Excel date serial (1900 system, or 1904 when `date1904`); pure.
    static QString dateText(double serial, bool date1904);
    // Whether an Excel number format (built-in id, custom format code) shows a date or a time; pure.
    static bool isDateFormat(int numFmtId, const QString &formatCode);
};
