#include "xlsxfixture.h"

#include <QFile>

#include <zip.h>

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

namespace XlsxFixture {

QString shared(const QString &ref, int index)
{
    return QStringLiteral(R"(<c r="%1" t="s"><v>%2</v></c>)").arg(ref).arg(index);
}

QString inlineString(const QString &ref, const QString &text)
{
    return QStringLiteral(R"(<c r="%1" t="inlineStr"><is><t xml:space="preserve">%2</t></is></c>)").arg(ref, escaped(text));
}

QString number(const QString &ref, const QString &value, int style)
{
    const QString s = style == General ? QString() : QStringLiteral(R"( s="%1")").arg(style);
    return QStringLiteral(R"(<c r="%1"%2><v>%3</v></c>)").arg(ref, s, value);
}

QString boolean(const QString &ref, bool value)
{
    return QStringLiteral(R"(<c r="%1" t="b"><v>%2</v></c>)").arg(ref).arg(value ? 1 : 0);
}

QString formulaString(const QString &ref, const QString &formula, const QString &result)
{
    return QStringLiteral(R"(<c r="%1" t="str"><f>%2</f><v>%3</v></c>)").arg(ref, escaped(formula), escaped(result));
}

QString row(int number, const QStringList &cells)
{
    return QStringLiteral(R"(<row r="%1">%2</row>)").arg(number).arg(cells.join(QString()));
}

QString write(const QString &path, const QList<Sheet> &sheets, const QStringList &sharedStrings, bool date1904)
{
    QMap<QString, QByteArray> parts;
    QString sheetList;
    QString rels;
    QString types;
    for (int i = 0; i < sheets.size(); ++i) {
        const int n = i + 1;
        sheetList += QStringLiteral(R"(<sheet name="%1" sheetId="%2" r:id="rId%2"/>)").arg(escaped(sheets[i].name)).arg(n);
        rels += QStringLiteral(R"(<Relationship Id="rId%1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%1.xml"/>)")
                    .arg(n);
        types += QStringLiteral(R"(<Override PartName="/xl/worksheets/sheet%1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>)")
                     .arg(n);
        QString merges;
        if (!sheets[i].merges.isEmpty()) {
            merges = QStringLiteral(R"(<mergeCells count="%1">)").arg(sheets[i].merges.size());
            for (const QString &m : sheets[i].merges)
                merges += QStringLiteral(R"(<mergeCell ref="%1"/>)").arg(m);
            merges += QStringLiteral("</mergeCells>");
        }
        parts.insert(QStringLiteral("xl/worksheets/sheet%1.xml").arg(n),
                     QStringLiteral(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
                                    R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
                                    "<sheetData>%1</sheetData>%2</worksheet>")
                         .arg(sheets[i].rows.join(QString()), merges)
                         .toUtf8());
    }
    const int sharedId = int(sheets.size()) + 1;
    rels += QStringLiteral(R"(<Relationship Id="rId%1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>)")
                .arg(sharedId);
    rels += QStringLiteral(R"(<Relationship Id="rId%1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)")
                .arg(sharedId + 1);
    parts.insert(QStringLiteral("[Content_Types].xml"),
                 QStringLiteral(R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
                                R"(<Default Extension="xml" ContentType="application/xml"/>%1</Types>)")
                     .arg(types)
                     .toUtf8());
    parts.insert(QStringLiteral("xl/workbook.xml"),
                 QStringLiteral(R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
                                R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
                                R"(<workbookPr date1904="%1"/><sheets>%2</sheets></workbook>)")
                     .arg(date1904 ? 1 : 0)
                     .arg(sheetList)
                     .toUtf8());
    parts.insert(QStringLiteral("xl/_rels/workbook.xml.rels"),
                 QStringLiteral(R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%1</Relationships>)")
                     .arg(rels)
                     .toUtf8());
    QString si;
    for (const QString &s : sharedStrings)
        si += s.startsWith(QLatin1Char('<')) ? QStringLiteral("<si>%1</si>").arg(s)
                                             : QStringLiteral("<si><t>%1</t></si>").arg(escaped(s));
    parts.insert(QStringLiteral("xl/sharedStrings.xml"),
                 QStringLiteral(R"(<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%1">%2</sst>)")
                     .arg(sharedStrings.size())
                     .arg(si)
                     .toUtf8());
    parts.insert(QStringLiteral("xl/styles.xml"),
                 QByteArray(R"(<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
                            R"(<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy hh:mm"/><numFmt numFmtId="165" formatCode="0.00"/></numFmts>)"
                            R"(<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/>)"
                            R"(<xf numFmtId="49" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/></cellXfs></styleSheet>)"));
    return writeParts(path, parts);
}

QString writeParts(const QString &path, const QMap<QString, QByteArray> &parts)
{
    QFile::remove(path);
    int code = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!zip)
        return QStringLiteral("zip_open failed (%1)").arg(code);
    QList<QByteArray> keep = parts.values();   // libzip reads the buffers at zip_close
    int i = 0;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it, ++i) {
        zip_source_t *source = zip_source_buffer(zip, keep[i].constData(), zip_uint64_t(keep[i].size()), 0);
        if (!source || zip_file_add(zip, it.key().toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            if (source)
                zip_source_free(source);
            const QString why = QString::fromUtf8(zip_strerror(zip));
            zip_discard(zip);
            return why;
        }
    }
    if (zip_close(zip) != 0) {
        const QString why = QString::fromUtf8(zip_strerror(zip));
        zip_discard(zip);
        return why;
    }
    return {};
}

} // namespace XlsxFixture
