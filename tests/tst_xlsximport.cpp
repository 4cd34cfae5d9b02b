// Importing contacts from an Excel workbook (models/contacts/xlsxreader.*): the same cases as tst_contactimporter's
// CSV, in .xlsx files this test writes itself (tests/support/xlsxfixture.*), plus what only workbooks have — numbers
// stored as numbers, dates, sheets, merged cells — and broken workbooks with errors that say what to do. The last
// case runs `herald-cli contacts import FILE.xlsx --sheet NAME`.
#include "clirun.h"
#include "models/contacts/contactimporter.h"
#include "models/contacts/xlsxreader.h"
#include "models/storage/workspace.h"
#include "testworkspace.h"
#include "xlsxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace XlsxFixture;

namespace {

struct Row
{
    bool found = false;
    QString name;
    QJsonObject attributes;
    QStringList tags;
    bool optedIn = false;
    qint64 optInAt = 0;
};

Row contact(Workspace &ws, const QString &phone)
{
    Row r;
    QSqlQuery q(ws.database());
    q.prepare(QStringLiteral("SELECT id, name, attributes, opt_in_at FROM contacts WHERE phone = ?"));
    q.addBindValue(phone);
    if (!q.exec() || !q.next())
        return r;
    r.found = true;
    r.name = q.value(1).toString();
    r.attributes = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    r.optedIn = !q.value(3).isNull();
    r.optInAt = q.value(3).toLongLong();
    QSqlQuery t(ws.database());
    t.prepare(QStringLiteral("SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = ? "
                             "ORDER BY t.name"));
    t.addBindValue(q.value(0));
    t.exec();
    while (t.next())
        r.tags.append(t.value(0).toString());
    return r;
}

ImportOptions region(const QString &code, const QString &sheet = {})
{
    ImportOptions o;
    o.defaultRegion = code;
    o.sheet = sheet;
    return o;
}

QString workbook(TestWorkspace &tw, const QString &name, const QList<Sheet> &sheets, const QStringList &strings = {},
                 bool date1904 = false)
{
    const QString path = tw.filePath(name);
    const QString error = write(path, sheets, strings, date1904);
    if (!error.isEmpty())
        qFatal("cannot write %s: %s", qPrintable(name), qPrintable(error));
    return path;
}

} // namespace

class TestXlsxImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cellKindsAndAliases();
    void badRowsRejectedWithSheetRows_data();
    void badRowsRejectedWithSheetRows();
    void duplicatesMergeAndOptOutKept();
    void sheetChosenByName();
    void mergedTitleAndTwoRowHeader();
    void numberText_data();
    void numberText();
    void dateText_data();
    void dateText();
    void isDateFormat_data();
    void isDateFormat();
    void brokenWorkbooks_data();
    void brokenWorkbooks();
    void previewListsSheets();
    void cliImportsASheet();
};

// The header aliases of a CSV, every kind of cell, a phone stored as a number (plain and in exponent form), a national
// number as a number, a boolean opt-in, a date-formatted opt-in time, a formula's text, rich text.
void TestXlsxImport::cellKindsAndAliases()
{
    TestWorkspace tw;
    const QStringList strings{QStringLiteral("Mobile Number"), QStringLiteral("Full Name"), QStringLiteral("Tags"),
                              QStringLiteral("Opted In"), QStringLiteral("opt_in_at"), QStringLiteral("City"),
                              QStringLiteral("Asha Rao"), QStringLiteral("<r><t>Ravi </t></r><r><t>Kumar</t></r>"
                                                                         "<rPh><t>ラビ</t></rPh>"),
                              QStringLiteral("vip;mumbai")};
    const QString path = workbook(
        tw, QStringLiteral("contacts.xlsx"),
        {{QStringLiteral("Contacts"),
          {row(1, {shared(QStringLiteral("A1"), 0), shared(QStringLiteral("B1"), 1), shared(QStringLiteral("C1"), 2),
                   shared(QStringLiteral("D1"), 3), shared(QStringLiteral("E1"), 4), shared(QStringLiteral("F1"), 5)}),
           row(2, {number(QStringLiteral("A2"), QStringLiteral("919876543210")), shared(QStringLiteral("B2"), 6),
                   shared(QStringLiteral("C2"), 8), boolean(QStringLiteral("D2"), true),
                   number(QStringLiteral("E2"), QStringLiteral("46363.5"), DateTime),
                   inlineString(QStringLiteral("F2"), QStringLiteral("Pune, MH"))}),
           row(3, {number(QStringLiteral("A3"), QStringLiteral("9.19876543211E+11")), shared(QStringLiteral("B3"), 7),
                   boolean(QStringLiteral("D3"), false),
                   formulaString(QStringLiteral("F3"), QStringLiteral("UPPER(\"delhi\")"), QStringLiteral("DELHI"))}),
           row(4, {number(QStringLiteral("A4"), QStringLiteral("9876543212"), Text),
                   inlineString(QStringLiteral("B4"), QStringLiteral("  Meera \"M\" Iyer ")),
                   number(QStringLiteral("E4"), QStringLiteral("46363"), Date),
                   number(QStringLiteral("F4"), QStringLiteral("411001"), Decimal)})},
          {}}},
        strings);
    const ImportResult r = ContactImporter::run(tw.workspace(), path, region(QStringLiteral("IN")));
    QCOMPARE(r.error, QString());
    QCOMPARE(r.sheet, QStringLiteral("Contacts"));
    QCOMPARE(r.header.first(), QStringLiteral("Mobile Number"));
    QCOMPARE(r.rows, 3);
    QCOMPARE(r.rejected, 0);
    QCOMPARE(r.imported, 3);

    const Row asha = contact(tw.workspace(), QStringLiteral("+919876543210"));
    QVERIFY(asha.found);
    QCOMPARE(asha.name, QStringLiteral("Asha Rao"));
    QCOMPARE(asha.tags, (QStringList{QStringLiteral("mumbai"), QStringLiteral("vip")}));
    QVERIFY(asha.optedIn);
    QCOMPARE(asha.optInAt, QDateTime(QDate(2026, 12, 7), QTime(12, 0)).toMSecsSinceEpoch());
    QCOMPARE(asha.attributes.value(QStringLiteral("City")).toString(), QStringLiteral("Pune, MH"));

    const Row ravi = contact(tw.workspace(), QStringLiteral("+919876543211"));   // exponent form, exact digits
    QVERIFY(ravi.found);
    QCOMPARE(ravi.name, QStringLiteral("Ravi Kumar"));   // rich text runs joined, the phonetic run left out
    QVERIFY(!ravi.optedIn);
    QCOMPARE(ravi.attributes.value(QStringLiteral("City")).toString(), QStringLiteral("DELHI"));

    const Row meera = contact(tw.workspace(), QStringLiteral("+919876543212"));   // national, region IN
    QVERIFY(meera.found);
    QCOMPARE(meera.name, QStringLiteral("Meera \"M\" Iyer"));
    QCOMPARE(meera.attributes.value(QStringLiteral("City")).toString(), QStringLiteral("411001"));   // not 411001.00
}

void TestXlsxImport::badRowsRejectedWithSheetRows_data()
{
    QTest::addColumn<QString>("cell");   // the phone cell of row 5
    QTest::addColumn<QString>("reason");
    QTest::newRow("letters") << inlineString(QStringLiteral("A5"), QStringLiteral("call me")) << QStringLiteral("letters");
    QTest::newRow("too short") << inlineString(QStringLiteral("A5"), QStringLiteral("+91 12")) << QStringLiteral("too short");
    QTest::newRow("invalid for country") << inlineString(QStringLiteral("A5"), QStringLiteral("+1 555 555 5555"))
                                         << QStringLiteral("United States");
    QTest::newRow("empty phone") << QString() << QStringLiteral("empty");
}

// A rejected row's line is its row in the sheet, blank rows in between included; the reason names the column.
void TestXlsxImport::badRowsRejectedWithSheetRows()
{
    QFETCH(QString, cell);
    QFETCH(QString, reason);
    TestWorkspace tw;
    const QString path = workbook(
        tw, QStringLiteral("bad.xlsx"),
        {{QStringLiteral("Leads"),
          {row(1, {inlineString(QStringLiteral("A1"), QStringLiteral("phone")),
                   inlineString(QStringLiteral("B1"), QStringLiteral("opted_in"))}),
           row(2, {inlineString(QStringLiteral("A2"), QStringLiteral("+4915123456789")),
                   inlineString(QStringLiteral("B2"), QStringLiteral("no"))}),
           row(3, {}),   // formatted but empty: skipped like a blank CSV line
           row(5, {cell, inlineString(QStringLiteral("B5"), QStringLiteral("yes"))}),
           row(6, {inlineString(QStringLiteral("A6"), QStringLiteral("+4915123456780")),
                   inlineString(QStringLiteral("B6"), QStringLiteral("maybe"))})},
          {}}});
    const ImportResult r = ContactImporter::run(tw.workspace(), path, {});
    QCOMPARE(r.error, QString());
    QCOMPARE(r.rows, 3);
    QCOMPARE(r.imported, 1);
    QCOMPARE(r.rejected, 2);
    QCOMPARE(r.rejectedSample.at(0).line, 5);
    QVERIFY2(r.rejectedSample.at(0).reason.contains(reason), qPrintable(r.rejectedSample.at(0).reason));
    QCOMPARE(r.rejectedSample.at(1).line, 6);
    QVERIFY2(r.rejectedSample.at(1).reason.contains(QStringLiteral("column opted_in")),
             qPrintable(r.rejectedSample.at(1).reason));
}

void TestXlsxImport::duplicatesMergeAndOptOutKept()
{
    TestWorkspace tw;
    const QString path = workbook(
        tw, QStringLiteral("dups.xlsx"),
        {{QStringLiteral("Sheet1"),
          {row(1, {inlineString(QStringLiteral("A1"), QStringLiteral("phone")),
                   inlineString(QStringLiteral("B1"), QStringLiteral("name")),
                   inlineString(QStringLiteral("C1"), QStringLiteral("opted_out"))}),
           row(2, {number(QStringLiteral("A2"), QStringLiteral("919876543210")),
                   inlineString(QStringLiteral("B2"), QStringLiteral("Asha"))}),
           row(3, {inlineString(QStringLiteral("A3"), QStringLiteral("098765 43210")),
                   inlineString(QStringLiteral("B3"), QStringLiteral("Asha Rao")), boolean(QStringLiteral("C3"), true)})},
          {}}});
    ImportOptions options = region(QStringLiteral("IN"));
    options.optedIn = true;
    const ImportResult r = ContactImporter::run(tw.workspace(), path, options);
    QCOMPARE(r.error, QString());
    QCOMPARE(r.imported, 1);
    QCOMPARE(r.duplicates, 1);
    const Row asha = contact(tw.workspace(), QStringLiteral("+919876543210"));
    QCOMPARE(asha.name, QStringLiteral("Asha Rao"));
    QSqlQuery q(tw.workspace().database());
    QVERIFY(q.exec(QStringLiteral("SELECT opt_out_at IS NOT NULL FROM contacts")) && q.next());
    QVERIFY(q.value(0).toBool());   // the file's opt-out wins over --opted-in
}

void TestXlsxImport::sheetChosenByName()
{
    TestWorkspace tw;
    const QString path = workbook(
        tw, QStringLiteral("two.xlsx"),
        {{QStringLiteral("Notes"), {row(1, {inlineString(QStringLiteral("A1"), QStringLiteral("Exported by the shop"))})}, {}},
         {QStringLiteral("Customers"),
          {row(1, {inlineString(QStringLiteral("A1"), QStringLiteral("WhatsApp"))}),
           row(2, {inlineString(QStringLiteral("A2"), QStringLiteral("+55 11 96123-4567"))})},
          {}}});
    // The first sheet by default: no phone column there.
    ImportResult r = ContactImporter::run(tw.workspace(), path, {});
    QVERIFY2(r.error.contains(QStringLiteral("No column looks like a phone number")), qPrintable(r.error));
    r = ContactImporter::run(tw.workspace(), path, region({}, QStringLiteral("Customers")));
    QCOMPARE(r.error, QString());
    QCOMPARE(r.sheet, QStringLiteral("Customers"));
    QCOMPARE(r.imported, 1);
    r = ContactImporter::run(tw.workspace(), path, region({}, QStringLiteral("customers")));   // ignoring case
    QCOMPARE(r.error, QString());
    QCOMPARE(r.updated, 1);
    r = ContactImporter::run(tw.workspace(), path, region({}, QStringLiteral("Orders")));
    QVERIFY2(r.error.contains(QStringLiteral("two.xlsx has no sheet “Orders”. Its sheets are: Notes, Customers.")),
             qPrintable(r.error));
    // A CSV has no sheets.
    const QString csv = tw.writeFile(QStringLiteral("plain.csv"), "phone\n+5511961234567\n");
    r = ContactImporter::run(tw.workspace(), csv, region({}, QStringLiteral("Customers")));
    QVERIFY2(r.error.contains(QStringLiteral("no sheets")), qPrintable(r.error));
}

// A title merged above the header is skipped, a header merged over two rows becomes one, and a value merged down
// several rows belongs to each of them.
void TestXlsxImport::mergedTitleAndTwoRowHeader()
{
    TestWorkspace tw;
    const QString path = workbook(
        tw, QStringLiteral("merged.xlsx"),
        {{QStringLiteral("December"),
          {row(1, {inlineString(QStringLiteral("A1"), QStringLiteral("Diwali customers 2026"))}),
           row(2, {inlineString(QStringLiteral("A2"), QStringLiteral("Phone")),
                   inlineString(QStringLiteral("B2"), QStringLiteral("Name")),
                   inlineString(QStringLiteral("D2"), QStringLiteral("City"))}),
           row(3, {inlineString(QStringLiteral("B3"), QStringLiteral("First")),
                   inlineString(QStringLiteral("C3"), QStringLiteral("Last"))}),
           row(4, {number(QStringLiteral("A4"), QStringLiteral("919876543210")),
                   inlineString(QStringLiteral("B4"), QStringLiteral("Asha")),
                   inlineString(QStringLiteral("C4"), QStringLiteral("Rao")),
                   inlineString(QStringLiteral("D4"), QStringLiteral("Pune"))}),
           row(5, {number(QStringLiteral("A5"), QStringLiteral("919876543211")),
                   inlineString(QStringLiteral("B5"), QStringLiteral("Ravi"))})},
          {QStringLiteral("A1:D1"), QStringLiteral("A2:A3"), QStringLiteral("B2:C2"), QStringLiteral("D2:D3"),
           QStringLiteral("D4:D5")}}});
    const ImportResult r = ContactImporter::run(tw.workspace(), path, region(QStringLiteral("IN")));
    QCOMPARE(r.error, QString());
    QCOMPARE(r.header, (QStringList{QStringLiteral("Phone"), QStringLiteral("Name First"), QStringLiteral("Name Last"),
                                    QStringLiteral("City")}));
    QCOMPARE(r.rows, 2);
    QCOMPARE(r.imported, 2);
    const Row ravi = contact(tw.workspace(), QStringLiteral("+919876543211"));
    QCOMPARE(ravi.attributes.value(QStringLiteral("City")).toString(), QStringLiteral("Pune"));
    QCOMPARE(contact(tw.workspace(), QStringLiteral("+919876543210")).attributes.value(QStringLiteral("Name Last")),
             QJsonValue(QStringLiteral("Rao")));
}

void TestXlsxImport::numberText_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("phone") << QStringLiteral("919876543210") << QStringLiteral("919876543210");
    QTest::newRow("phone, exponent") << QStringLiteral("9.19876543210E+11") << QStringLiteral("919876543210");
    QTest::newRow("phone, short exponent") << QStringLiteral("9.1987654321E+11") << QStringLiteral("919876543210");
    QTest::newRow("15 digits") << QStringLiteral("5.51196123456789E+14") << QStringLiteral("551196123456789");
    QTest::newRow("decimal") << QStringLiteral("1.5") << QStringLiteral("1.5");
    QTest::newRow("negative") << QStringLiteral("-3") << QStringLiteral("-3");
    QTest::newRow("small") << QStringLiteral("1E-3") << QStringLiteral("0.001");
    QTest::newRow("float noise") << QStringLiteral("0.30000000000000004") << QStringLiteral("0.3");
    QTest::newRow("17 digits") << QStringLiteral("12345678901234567") << QStringLiteral("12345678901234600");
    QTest::newRow("round up carries") << QStringLiteral("9.9999999999999999") << QStringLiteral("10");
    QTest::newRow("trailing zeros") << QStringLiteral("100") << QStringLiteral("100");
    QTest::newRow("zero") << QStringLiteral("0") << QStringLiteral("0");
    QTest::newRow("not a number") << QStringLiteral("abc") << QString();
}

void TestXlsxImport::numberText()
{
    QFETCH(QString, value);
    QFETCH(QString, text);
    QCOMPARE(XlsxReader::numberText(value), text);
}

void TestXlsxImport::dateText_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QString>("text");
    QTest::newRow("a day") << 46363.0 << false << QStringLiteral("2026-12-07");
    QTest::newRow("noon") << 46363.5 << false << QStringLiteral("2026-12-07T12:00:00");
    QTest::newRow("time only") << 0.75 << false << QStringLiteral("18:00:00");
    QTest::newRow("1 January 1900") << 1.0 << false << QStringLiteral("1900-01-01");
    QTest::newRow("1 March 1900") << 61.0 << false << QStringLiteral("1900-03-01");
    QTest::newRow("1904 system") << 44901.0 << true << QStringLiteral("2026-12-07");
    QTest::newRow("a second before midnight") << 46363.99999 << false << QStringLiteral("2026-12-07T23:59:59");
}

void TestXlsxImport::dateText()
{
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(QString, text);
    QCOMPARE(XlsxReader::dateText(serial, date1904), text);
}

void TestXlsxImport::isDateFormat_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("date");
    QTest::newRow("general") << 0 << QString() << false;
    QTest::newRow("built-in date") << 14 << QString() << true;
    QTest::newRow("built-in time") << 21 << QString() << true;
    QTest::newRow("text") << 49 << QString() << false;
    QTest::newRow("custom date") << 164 << QStringLiteral("dd/mm/yyyy") << true;
    QTest::newRow("custom number") << 164 << QStringLiteral("0.00") << false;
    QTest::newRow("colour") << 165 << QStringLiteral("[Red]0.00;[Blue]-0.00") << false;
    QTest::newRow("quoted words") << 166 << QStringLiteral("\"Days: \"0") << false;
    QTest::newRow("locale date") << 167 << QStringLiteral("[$-409]d-mmm-yy") << true;
    QTest::newRow("General spelled") << 168 << QStringLiteral("General") << false;
}

void TestXlsxImport::isDateFormat()
{
    QFETCH(int, id);
    QFETCH(QString, code);
    QFETCH(bool, date);
    QCOMPARE(XlsxReader::isDateFormat(id, code), date);
}

void TestXlsxImport::brokenWorkbooks_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("a CSV named .xlsx") << QStringLiteral("csv") << QStringLiteral("it is not a zip file");
    QTest::newRow("an .xls") << QStringLiteral("xls") << QStringLiteral("Excel 97–2003 workbook (.xls)");
    QTest::newRow("a zip without workbook") << QStringLiteral("noworkbook") << QStringLiteral("xl/workbook.xml");
    QTest::newRow("damaged sheet XML") << QStringLiteral("badxml") << QStringLiteral("sheet “Sheet1”: its part xl/worksheets/sheet1.xml is not valid XML");
    QTest::newRow("missing shared string") << QStringLiteral("badshared") << QStringLiteral("cell B2 of sheet “Sheet1” refers to shared string 7");
    QTest::newRow("empty sheet") << QStringLiteral("empty") << QStringLiteral("Sheet “Sheet1” of broken.xlsx is empty");
}

void TestXlsxImport::brokenWorkbooks()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    TestWorkspace tw;
    const QString path = tw.filePath(QStringLiteral("broken.xlsx"));
    const QString header = row(1, {inlineString(QStringLiteral("A1"), QStringLiteral("phone"))});
    QString error;
    if (kind == QLatin1String("csv")) {
        tw.writeFile(QStringLiteral("broken.xlsx"), "phone\n+919876543210\n");
    } else if (kind == QLatin1String("xls")) {
        tw.writeFile(QStringLiteral("broken.xlsx"), QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'));
    } else if (kind == QLatin1String("noworkbook")) {
        error = writeParts(path, {{QStringLiteral("word/document.xml"), "<w/>"}});
    } else if (kind == QLatin1String("badxml")) {
        error = write(path, {{QStringLiteral("Sheet1"), {header, QStringLiteral("<row r=\"2\"><c r=\"A2\"><v>1</row>")}, {}}});
    } else if (kind == QLatin1String("badshared")) {
        error = write(path, {{QStringLiteral("Sheet1"), {header, row(2, {shared(QStringLiteral("B2"), 7)})}, {}}});
    } else {
        error = write(path, {{QStringLiteral("Sheet1"), {}, {}}});
    }
    QCOMPARE(error, QString());
    const ImportResult r = ContactImporter::run(tw.workspace(), path, {});
    QVERIFY2(r.error.contains(message), qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("broken.xlsx")), qPrintable(r.error));
    if (kind != QLatin1String("empty"))
        QVERIFY2(r.error.contains(QStringLiteral(".xlsx (or as CSV)")), qPrintable(r.error));   // what to do next
    QCOMPARE(r.imported, 0);
    QSqlQuery q(tw.workspace().database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM contacts")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestXlsxImport::previewListsSheets()
{
    TestWorkspace tw;
    const QString path = workbook(
        tw, QStringLiteral("p.xlsx"),
        {{QStringLiteral("Empty"), {}, {}},
         {QStringLiteral("List"),
          {row(1, {inlineString(QStringLiteral("A1"), QStringLiteral("Phone")),
                   inlineString(QStringLiteral("B1"), QStringLiteral("Name"))}),
           row(2, {number(QStringLiteral("A2"), QStringLiteral("919876543210")),
                   inlineString(QStringLiteral("B2"), QStringLiteral("Asha"))})},
          {}}});
    CsvPreview p = ContactImporter::preview(path);
    QVERIFY2(p.error.contains(QStringLiteral("is empty")), qPrintable(p.error));
    QCOMPARE(p.sheets, (QStringList{QStringLiteral("Empty"), QStringLiteral("List")}));   // another can be chosen
    QCOMPARE(p.sheet, QStringLiteral("Empty"));
    p = ContactImporter::preview(path, 20, QStringLiteral("List"));
    QCOMPARE(p.error, QString());
    QCOMPARE(p.sheet, QStringLiteral("List"));
    QCOMPARE(p.header, (QStringList{QStringLiteral("Phone"), QStringLiteral("Name")}));
    QCOMPARE(p.rows, (QList<QStringList>{{QStringLiteral("919876543210"), QStringLiteral("Asha")}}));
    QCOMPARE(p.mapping.at(0).kind, ColumnRole::Kind::Phone);
}

void TestXlsxImport::cliImportsASheet()
{
    TestWorkspace tw;
    const QString path = workbook(
        tw, QStringLiteral("cli.xlsx"),
        {{QStringLiteral("Notes"), {row(1, {inlineString(QStringLiteral("A1"), QStringLiteral("nothing here"))})}, {}},
         {QStringLiteral("Customers"),
          {row(1, {inlineString(QStringLiteral("A1"), QStringLiteral("phone"))}),
           row(2, {number(QStringLiteral("A2"), QStringLiteral("9.19876543210E+11"))}),
           row(4, {inlineString(QStringLiteral("A4"), QStringLiteral("call me"))})},
          {}}});
    const QString ws = tw.filePath(QStringLiteral("cli.herald"));
    CliRun run = runCli(QStringLiteral(HERALD_CLI_PATH), {QStringLiteral("--workspace"), ws, QStringLiteral("contacts"),
                                                          QStringLiteral("import"), path, QStringLiteral("--default-region"), QStringLiteral("IN"), QStringLiteral("--sheet"),
                                                          QStringLiteral("Customers"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject o = run.json();
    QCOMPARE(o.value(QStringLiteral("sheet")).toString(), QStringLiteral("Customers"));
    QCOMPARE(o.value(QStringLiteral("imported")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("rejections")).toArray().at(0).toObject().value(QStringLiteral("line")).toInt(), 4);
    run = runCli(QStringLiteral(HERALD_CLI_PATH), {QStringLiteral("--workspace"), ws, QStringLiteral("contacts"),
                                                   QStringLiteral("import"), path, QStringLiteral("--default-region"), QStringLiteral("IN"), QStringLiteral("--sheet"),
                                                   QStringLiteral("Customers")});
    QVERIFY2(run.out.contains("sheet “Customers”, row 4:"), run.out.constData());
    run = runCli(QStringLiteral(HERALD_CLI_PATH), {QStringLiteral("--workspace"), ws, QStringLiteral("contacts"),
                                                   QStringLiteral("import"), path, QStringLiteral("--default-region"), QStringLiteral("IN"), QStringLiteral("--sheet"),
                                                   QStringLiteral("Orders")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("no sheet “Orders”. Its sheets are: Notes, Customers."), run.err.constData());
}

QTEST_GUILESS_MAIN(TestXlsxImport)
#include "tst_xlsximport.moc"
