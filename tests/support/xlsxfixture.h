#pragma once
// Small Excel workbooks written by the test itself (with libzip, the library the reader uses), so every .xlsx case
// is visible in the test's source: sheets as rows of cell XML, shared strings, styles with date formats.

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace XlsxFixture {

struct Sheet
{
    QString name;
    QStringList rows;     // <row> elements, see row()
    QStringList merges;   // "A1:C1"
};

// Cell styles of every fixture (the s attribute): 0 general, 1 a date (built-in 14), 2 a custom date and time
// ("dd/mm/yyyy hh:mm"), 3 text ("@"), 4 a custom number ("0.00").
enum Style { General = 0, Date = 1, DateTime = 2, Text = 3, Decimal = 4 };

// A shared-string cell (index into `shared`), an inline string, a number as Excel writes it, a boolean, a formula
// with its cached string result.
QString shared(const QString &ref, int index);
QString inlineString(const QString &ref, const QString &text);
QString number(const QString &ref, const QString &value, int style = General);
QString boolean(const QString &ref, bool value);
QString formulaString(const QString &ref, const QString &formula, const QString &result);
// <row r="N">cells</row>
QString row(int number, const QStringList &cells);

// Writes a workbook with these sheets and shared strings (a rich-text entry: "<r><t>a</t></r><r><t>b</t></r>" as
// raw XML when it starts with '<'). Empty on success, else why.
QString write(const QString &path, const QList<Sheet> &sheets, const QStringList &sharedStrings = {},
              bool date1904 = false);
// Writes a zip holding exactly these parts (for broken workbooks). Empty on success, else why.
QString writeParts(const QString &path, const QMap<QString, QByteArray> &parts);

} // namespace XlsxFixture
