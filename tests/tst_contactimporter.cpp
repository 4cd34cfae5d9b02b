#include "models/contacts/contactimporter.h"
#include "models/contacts/csvreader.h"
#include "models/contacts/importreader.h"
#include "models/storage/workspace.h"
#include "testworkspace.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

Q_DECLARE_METATYPE(ColumnRole::Kind)

namespace {

struct Row
{
    bool found = false;
    QString name;
    QJsonObject attributes;
    QStringList tags;
    bool optedIn = false;
    QString optInSource;
    bool optedOut = false;
    qint64 optInAt = 0;
};

Row contact(Workspace &ws, const QString &phone)
{
    Row r;
    QSqlQuery q(ws.database());
    q.prepare(u"SELECT id, name, attributes, opt_in_at, opt_in_source, opt_out_at FROM contacts WHERE phone = ?"_qs);
    q.addBindValue(phone);
    if (!q.exec() || !q.next())
        return r;
    r.found = true;
    const qint64 id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.attributes = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    r.optedIn = !q.value(3).isNull();
    r.optInAt = q.value(3).toLongLong();
    r.optInSource = q.value(4).toString();
    r.optedOut = !q.value(5).isNull();
    QSqlQuery t(ws.database());
    t.prepare(u"SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = ? "
              "ORDER BY t.name"_qs);
    t.addBindValue(id);
    t.exec();
    while (t.next())
        r.tags.append(t.value(0).toString());
    return r;
}

qint64 scalar(Workspace &ws, const QString &sql)
{
    QSqlQuery q(ws.database());
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

ImportResult import(TestWorkspace &tw, const QByteArray &csv, ImportOptions options = {},
                    const ContactImporter::Progress &progress = {})
{
    static int n = 0;
    const QString path = tw.writeFile(u"in%1.csv"_qs.arg(++n), csv);
    return ContactImporter::run(tw.workspace(), path, options, progress);
}

ImportOptions region(const QString &code)
{
    ImportOptions o;
    o.defaultRegion = code;
    return o;
}

} // namespace

class TestContactImporter : public QObject
{
    Q_OBJECT

private slots:
    void headerAliases_data();
    void headerAliases();
    void secondColumnOfAKindIsAnAttribute();
    void bomSemicolonCrlfAliases();
    void nameFromFirstAndLast();
    void nationalFormats_data();
    void nationalFormats();
    void scientificNotationRejectedWithLine();
    void badRowsRejected_data();
    void badRowsRejected();
    void rejectedRowsFile();
    void writeRejectedKeepsColumnsAligned();
    void duplicatesMerge();
    void duplicatesAcrossBatches();
    void existingContactsUpdated();
    void optedInOptionNeverOverridesOptOut();
    void optionTags();
    void windows1252File();
    void undecodableFileRefused();
    void fileLevelErrors_data();
    void fileLevelErrors();
    void blankAndEmptyRowsSkipped();
    void cancelKeepsCommittedBatches();
    void databaseFailureRollsBackCurrentBatch();
    void largeBatchMixesNewAndExisting_data();
    void largeBatchMixesNewAndExisting();
    void connectionSettingsRestored();
    void unterminatedQuoteStopsImport();
    void progressReportsBytes();
    void customMapping();
    void preview();
};

void TestContactImporter::headerAliases_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<ColumnRole::Kind>("kind");
    using K = ColumnRole::Kind;
    const QList<std::pair<const char *, K>> cases {
        {"phone", K::Phone},         {"Phone Number", K::Phone},     {"PHONE_NUMBER", K::Phone},
        {"mobile", K::Phone},        {"Mobile-Number", K::Phone},    {"WhatsApp", K::Phone},
        {"whatsapp_number", K::Phone}, {"Number", K::Phone},         {"MSISDN", K::Phone},
        {"cell", K::Phone},          {"Telephone", K::Phone},        {"contact", K::Phone},
        {" name ", K::Name},         {"Full Name", K::Name},         {"full_name", K::Name},
        {"First Name", K::FirstName}, {"firstname", K::FirstName},   {"given_name", K::FirstName},
        {"Last-Name", K::LastName},  {"lastname", K::LastName},      {"Surname", K::LastName},
        {"Opted In", K::OptedIn},    {"opt_in", K::OptedIn},         {"OPTIN", K::OptedIn},
        {"consent", K::OptedIn},     {"WhatsApp Opt-In", K::OptedIn}, {"opt_in_source", K::OptInSource},
        {"Tags", K::Tags},           {"tag", K::Tags},               {"Labels", K::Tags},
        {"opt_in_at", K::OptInAt},   {"opted_out", K::OptedOut},     {"opt_out_at", K::OptOutAt},
        {"opt_out_reason", K::OptOutReason}, {"created_at", K::Ignore}, {"email", K::Attribute},
        {"City", K::Attribute},      {"phones", K::Attribute},
    };
    for (const auto &[header, kind] : cases)
        QTest::newRow(header) << QString::fromLatin1(header) << kind;
}

void TestContactImporter::headerAliases()
{
    QFETCH(QString, header);
    QFETCH(ColumnRole::Kind, kind);
    const QList<ColumnRole> roles = ContactImporter::suggestMapping({header});
    QCOMPARE(roles.size(), 1);
    QCOMPARE(roles[0].kind, kind);
    if (kind == ColumnRole::Kind::Attribute)
        QCOMPARE(roles[0].attribute, header.trimmed());
}

void TestContactImporter::secondColumnOfAKindIsAnAttribute()
{
    const QList<ColumnRole> roles = ContactImporter::suggestMapping(
        {u"mobile"_qs, u"Phone"_qs, u"name"_qs, u"first_name"_qs, u"Last Name"_qs, u""_qs});
    QCOMPARE(roles[0].kind, ColumnRole::Kind::Phone);
    QCOMPARE(roles[1].kind, ColumnRole::Kind::Attribute);
    QCOMPARE(roles[1].attribute, u"Phone"_qs);
    QCOMPARE(roles[2].kind, ColumnRole::Kind::Name);
    QCOMPARE(roles[3].kind, ColumnRole::Kind::Attribute);  // a name column exists
    QCOMPARE(roles[3].attribute, u"first_name"_qs);
    QCOMPARE(roles[4].attribute, u"Last Name"_qs);
    QCOMPARE(roles[5].attribute, u"column_6"_qs);
}

void TestContactImporter::bomSemicolonCrlfAliases()
{
    TestWorkspace tw;
    ImportOptions options = region(u"IN"_qs);
    const ImportResult r = ContactImporter::run(tw.workspace(), TestWorkspace::dataFile(u"contacts_aliases.csv"_qs),
                                                options);
    QCOMPARE(r.error, QString());
    QCOMPARE(r.rows, 3);
    QCOMPARE(r.imported, 3);
    QCOMPARE(r.rejected, 0);
    QCOMPARE(r.header.first(), u"Mobile Number"_qs);  // BOM stripped

    const Row asha = contact(tw.workspace(), u"+919876543210"_qs);
    QVERIFY(asha.found);
    QCOMPARE(asha.name, u"Asha Rao"_qs);
    QCOMPARE(asha.attributes.value(u"E-Mail"_qs).toString(), u"asha@example.com"_qs);
    QCOMPARE(asha.attributes.value(u"First Name"_qs).toString(), u"Asha"_qs);  // name column exists
    QCOMPARE(asha.tags, (QStringList {u"mumbai"_qs, u"vip"_qs}));
    QVERIFY(asha.optedIn);

    const Row ravi = contact(tw.workspace(), u"+919876543211"_qs);
    QCOMPARE(ravi.name, u"Rao; Ravi"_qs);
    QVERIFY(!ravi.optedIn);
    QVERIFY(ravi.tags.isEmpty());

    const Row multi = contact(tw.workspace(), u"+919876543212"_qs);
    QCOMPARE(multi.name, u"Multi\r\nLine Name"_qs);
    QVERIFY(!multi.attributes.contains(u"E-Mail"_qs));  // empty cells are not stored
    QCOMPARE(multi.tags, (QStringList {u"delhi"_qs, u"vip"_qs}));
    QVERIFY(multi.optedIn);
    QCOMPARE(scalar(tw.workspace(), u"SELECT count(*) FROM tags"_qs), 3);
}

void TestContactImporter::nameFromFirstAndLast()
{
    TestWorkspace tw;
    const ImportResult r = import(tw, "First Name,last_name,phone,Customer ID\n"
                                      "Ana,Silva,+5511961234567,C-1\n"
                                      ",Costa,+5511961234568,\n"
                                      "Bia,,+5511961234569,\"=1+2\"\n");
    QCOMPARE(r.error, QString());
    QCOMPARE(r.imported, 3);
    const Row ana = contact(tw.workspace(), u"+5511961234567"_qs);
    QCOMPARE(ana.name, u"Ana Silva"_qs);
    QCOMPARE(ana.attributes, (QJsonObject {{u"Customer ID"_qs, u"C-1"_qs}}));  // first/last are not attributes
    QCOMPARE(contact(tw.workspace(), u"+5511961234568"_qs).name, u"Costa"_qs);
    QCOMPARE(contact(tw.workspace(), u"+5511961234569"_qs).name, u"Bia"_qs);
    QCOMPARE(contact(tw.workspace(), u"+5511961234569"_qs).attributes.value(u"Customer ID"_qs).toString(),
             u"=1+2"_qs);
}

void TestContactImporter::nationalFormats_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("e164");
    QTest::newRow("0 prefix") << u"098765 43210"_qs << u"IN"_qs << u"+919876543210"_qs;
    QTest::newRow("00 prefix") << u"0091 98765 43210"_qs << u"IN"_qs << u"+919876543210"_qs;
    QTest::newRow("no prefix") << u"98765-43210"_qs << u"IN"_qs << u"+919876543210"_qs;
    QTest::newRow("+ and spaces") << u"+91 98765 43210"_qs << u"DE"_qs << u"+919876543210"_qs;
    QTest::newRow("DE national") << u"(0151) 234-567-89"_qs << u"DE"_qs << u"+4915123456789"_qs;
    QTest::newRow("lower-case region") << u"0151.23456789"_qs << u"de"_qs << u"+4915123456789"_qs;
}

void TestContactImporter::nationalFormats()
{
    QFETCH(QString, raw);
    QFETCH(QString, region);
    QFETCH(QString, e164);
    TestWorkspace tw;
    const ImportResult r = import(tw, "phone\n\"" + raw.toUtf8() + "\"\n", ::region(region));
    QCOMPARE(r.error, QString());
    QCOMPARE(r.rejected, 0);
    QCOMPARE(r.imported, 1);
    QVERIFY(contact(tw.workspace(), e164).found);
}

void TestContactImporter::scientificNotationRejectedWithLine()
{
    TestWorkspace tw;
    const ImportResult r = import(tw, "phone,name\r\n+919876543210,ok\r\n\r\n9.19876E+11,excel\r\n", region(u"IN"_qs));
    QCOMPARE(r.imported, 1);
    QCOMPARE(r.rejected, 1);
    QCOMPARE(r.rejectedSample.size(), 1);
    QCOMPARE(r.rejectedSample[0].line, 4);
    QCOMPARE(r.rejectedSample[0].fields, (QStringList {u"9.19876E+11"_qs, u"excel"_qs}));
    QVERIFY2(r.rejectedSample[0].reason.contains(u"scientific notation"_qs), qPrintable(r.rejectedSample[0].reason));
    QVERIFY(r.rejectedSample[0].reason.contains(u"Text"_qs));
}

void TestContactImporter::badRowsRejected_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("reason");
    QTest::newRow("letters") << QByteArray("call me,yes,") << u"letters"_qs;
    QTest::newRow("empty phone") << QByteArray(",yes,") << u"empty"_qs;
    QTest::newRow("opt-in not understood") << QByteArray("+919876543210,maybe,") << u"\u201Cmaybe\u201D"_qs;
    QTest::newRow("too short") << QByteArray("+91 12,yes,") << u"too short"_qs;
    QTest::newRow("no region") << QByteArray("98765 43210,yes,") << u"default region"_qs;
    QTest::newRow("invalid for country") << QByteArray("+1 555 555 5555,yes,") << u"United States"_qs;
    QTest::newRow("too many values") << QByteArray("+919876543210,yes,a,b") << u"4 values"_qs;
    QTest::newRow("bad date") << QByteArray("+919876543210,yes,last tuesday") << u"ISO 8601"_qs;
}

void TestContactImporter::badRowsRejected()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, reason);
    TestWorkspace tw;
    const ImportResult r = import(tw, "phone,opted_in,opt_in_at\n+4915123456789,no,\n" + row + "\n+4915123456780,si,\n");
    QCOMPARE(r.error, QString());
    QCOMPARE(r.rows, 3);
    QCOMPARE(r.imported, 2);
    QCOMPARE(r.rejected, 1);
    QCOMPARE(r.rejectedSample.first().line, 3);
    QVERIFY2(r.rejectedSample.first().reason.contains(reason), qPrintable(r.rejectedSample.first().reason));
    QVERIFY(contact(tw.workspace(), u"+4915123456780"_qs).optedIn);
    QCOMPARE(scalar(tw.workspace(), u"SELECT count(*) FROM contacts"_qs), 2);
}

void TestContactImporter::rejectedRowsFile()
{
    TestWorkspace tw;
    ImportOptions options = region(u"IN"_qs);
    options.errorsPath = tw.filePath(u"rejected.csv"_qs);
    options.batchSize = 2;
    const ImportResult r = import(tw, "Phone;Name;Note\n+919876543210;A;x\n9.19876E+11;B;=HYPERLINK(1)\n"
                                      "+919876543211;C;\nabc;\"D;E\";\"multi\nline\"\n",
                                  options);
    QCOMPARE(r.rejected, 2);
    QFile f(options.errorsPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QByteArrayView utf8;
    QByteArray storage;
    CsvReader::Encoding encoding {};
    QString error;
    QVERIFY(CsvReader::decode(bytes, options.errorsPath, &utf8, &storage, &encoding, &error));
    CsvReader reader(utf8);
    QStringList fields;
    QVERIFY(reader.next(&fields));
    QCOMPARE(fields, (QStringList {u"Phone"_qs, u"Name"_qs, u"Note"_qs, u"line"_qs, u"reason"_qs}));
    QVERIFY(reader.next(&fields));
    QCOMPARE(fields.mid(0, 4), (QStringList {u"9.19876E+11"_qs, u"B"_qs, u"'=HYPERLINK(1)"_qs, u"3"_qs}));
    QVERIFY(fields[4].contains(u"scientific"_qs));
    QVERIFY(reader.next(&fields));
    QCOMPARE(fields.mid(0, 4), (QStringList {u"abc"_qs, u"D;E"_qs, u"multi\nline"_qs, u"5"_qs}));
    QVERIFY(fields[4].contains(u"letters"_qs));
    QVERIFY(!reader.next(&fields));
}

void TestContactImporter::writeRejectedKeepsColumnsAligned()
{
    TestWorkspace tw;
    const QString path = tw.filePath(u"r.csv"_qs);
    QString error;
    QVERIFY(ContactImporter::writeRejected(path, {u"a"_qs, u"b"_qs},
                                           {{7, {u"1"_qs}, u"short"_qs}, {9, {u"1"_qs, u"2"_qs, u"3"_qs}, u"long"_qs}},
                                           &error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("\xEF\xBB\xBF" "a,b,line,reason\r\n1,,7,short\r\n1,2,9,long,3\r\n"));
}

void TestContactImporter::duplicatesMerge()
{
    TestWorkspace tw;
    const ImportResult r = import(tw, "phone,name,city,email,tags\n"
                                      "+91 98765 43210,Asha,Pune,,a\n"
                                      "098765-43210,,Mumbai,asha@example.com,b\n"
                                      "0091 9876543210,Asha Rao,,,A;c\n"
                                      "+919876543211,Other,,,\n",
                                  region(u"IN"_qs));
    QCOMPARE(r.error, QString());
    QCOMPARE(r.rows, 4);
    QCOMPARE(r.imported, 2);
    QCOMPARE(r.duplicates, 2);
    QCOMPARE(r.updated, 0);
    QCOMPARE(scalar(tw.workspace(), u"SELECT count(*) FROM contacts"_qs), 2);
    const Row asha = contact(tw.workspace(), u"+919876543210"_qs);
    QCOMPARE(asha.name, u"Asha Rao"_qs);                    // later non-empty wins
    QCOMPARE(asha.attributes.value(u"city"_qs).toString(), u"Mumbai"_qs);
    QCOMPARE(asha.attributes.value(u"email"_qs).toString(), u"asha@example.com"_qs);
    QCOMPARE(asha.tags, (QStringList {u"a"_qs, u"b"_qs, u"c"_qs}));  // "A" is the tag "a"
}

void TestContactImporter::duplicatesAcrossBatches()
{
    TestWorkspace tw;
    ImportOptions options = region(u"IN"_qs);
    options.batchSize = 1;
    const ImportResult r = import(tw, "phone,name,city,tags\n"
                                      "+919876543210,Asha,Pune,a\n"
                                      "+919876543211,B,,\n"
                                      "098765 43210,,Mumbai,b\n"
                                      "+919876543210,Asha R,,\n",
                                  options);
    QCOMPARE(r.imported, 2);
    QCOMPARE(r.duplicates, 2);
    QCOMPARE(r.updated, 0);
    const Row asha = contact(tw.workspace(), u"+919876543210"_qs);
    QCOMPARE(asha.name, u"Asha R"_qs);
    QCOMPARE(asha.attributes.value(u"city"_qs).toString(), u"Mumbai"_qs);
    QCOMPARE(asha.tags, (QStringList {u"a"_qs, u"b"_qs}));
}

void TestContactImporter::existingContactsUpdated()
{
    TestWorkspace tw;
    QVERIFY(import(tw, "phone,name,city,vip\n+4915123456789,Old,Berlin,yes\n").error.isEmpty());
    const ImportResult r = import(tw, "phone,name,city,tags\n+49 151 23456789,,Hamburg,t\n+4915123456780,New,,\n");
    QCOMPARE(r.imported, 1);
    QCOMPARE(r.updated, 1);
    QCOMPARE(r.duplicates, 0);
    const Row old = contact(tw.workspace(), u"+4915123456789"_qs);
    QCOMPARE(old.name, u"Old"_qs);  // an empty cell does not erase
    QCOMPARE(old.attributes,
             (QJsonObject {{u"city"_qs, u"Hamburg"_qs}, {u"vip"_qs, u"yes"_qs}}));
    QCOMPARE(old.tags, QStringList {u"t"_qs});
}

void TestContactImporter::optedInOptionNeverOverridesOptOut()
{
    TestWorkspace tw;
    QVERIFY(import(tw, "phone,opted_out,opt_out_reason\n+4915123456789,yes,STOP\n+4915123456781,no,\n")
                .error.isEmpty());
    QVERIFY(contact(tw.workspace(), u"+4915123456789"_qs).optedOut);
    ImportOptions options;
    options.optedIn = true;
    options.optInSource = u"web form"_qs;
    const ImportResult r = import(tw, "phone,opted_in,opt_in_source\n+4915123456789,yes,\n+4915123456780,no,\n"
                                      "+4915123456781,,shop\n",
                                  options);
    QCOMPARE(r.updated, 2);
    QCOMPARE(r.imported, 1);
    const Row out = contact(tw.workspace(), u"+4915123456789"_qs);
    QVERIFY(out.optedOut);
    QVERIFY(!out.optedIn);
    const Row fresh = contact(tw.workspace(), u"+4915123456780"_qs);
    QVERIFY(fresh.optedIn);  // the option covers rows that say no
    QCOMPARE(fresh.optInSource, u"web form"_qs);
    const Row shop = contact(tw.workspace(), u"+4915123456781"_qs);
    QVERIFY(shop.optedIn);
    QCOMPARE(shop.optInSource, u"shop"_qs);  // the row's own source wins
    const qint64 firstOptIn = shop.optInAt;
    QVERIFY(import(tw, "phone,opted_in\n+4915123456781,yes\n", options).error.isEmpty());
    QCOMPARE(contact(tw.workspace(), u"+4915123456781"_qs).optInAt, firstOptIn);  // the first consent is kept
}

void TestContactImporter::optionTags()
{
    TestWorkspace tw;
    ImportOptions options;
    options.tags = {u"Campaign 1"_qs, u" "_qs};
    QVERIFY(import(tw, "phone,tags\n+4915123456789,x|campaign 1\n+4915123456780,\n", options).error.isEmpty());
    QCOMPARE(contact(tw.workspace(), u"+4915123456789"_qs).tags, (QStringList {u"Campaign 1"_qs, u"x"_qs}));
    QCOMPARE(contact(tw.workspace(), u"+4915123456780"_qs).tags, QStringList {u"Campaign 1"_qs});
}

void TestContactImporter::windows1252File()
{
    TestWorkspace tw;
    const QString path = TestWorkspace::dataFile(u"contacts_cp1252.csv"_qs);
    const ImportResult r = ContactImporter::run(tw.workspace(), path, region(u"DE"_qs));
    QCOMPARE(r.error, QString());
    QCOMPARE(r.imported, 2);
    const Row jose = contact(tw.workspace(), u"+4915123456789"_qs);
    QCOMPARE(jose.name, u"Jos\u00e9 M\u00fcller"_qs);
    QCOMPARE(jose.attributes.value(u"City"_qs).toString(), u"M\u00fcnchen"_qs);
    QVERIFY(jose.optedIn);
    const Row francoise = contact(tw.workspace(), u"+4915123456780"_qs);
    QCOMPARE(francoise.name, u"Fran\u00e7oise \u20ac Sch\u00f6n"_qs);
    QVERIFY(!francoise.optedIn);
    QCOMPARE(ContactImporter::preview(path).encoding, u"Windows-1252"_qs);
}

void TestContactImporter::undecodableFileRefused()
{
    TestWorkspace tw;
    const ImportResult r = import(tw, "phone,name\n+4915123456789,ok\n+4915123456780,bad \x81 byte\n");
    QVERIFY(r.error.contains(u"is not UTF-8 or Windows-1252 text"_qs));
    QVERIFY(r.error.contains(u"save it as CSV UTF-8 from Excel and try again"_qs));
    QVERIFY(r.error.contains(u"line 3"_qs));
    QCOMPARE(r.imported, 0);
    QCOMPARE(scalar(tw.workspace(), u"SELECT count(*) FROM contacts"_qs), 0);
}

void TestContactImporter::fileLevelErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("error");
    QTest::newRow("no phone column") << QByteArray("name,email\nA,a@x\n") << QString()
                                     << u"no column looks like a phone number; the header is: name, email"_qs;
    QTest::newRow("empty file") << QByteArray() << QString() << u"is empty"_qs;
    QTest::newRow("only blank lines") << QByteArray("\r\n\r\n") << QString() << u"no header row"_qs;
    QTest::newRow("unknown region") << QByteArray("phone\n1\n") << u"XX"_qs << u"XX is not a region code"_qs;
    QTest::newRow("utf16 without bom") << QByteArray("p\0h\0o\0n\0e\0\n\0", 12) << QString() << u"not UTF-8"_qs;
}

void TestContactImporter::fileLevelErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, region);
    QFETCH(QString, error);
    TestWorkspace tw;
    const ImportResult r = import(tw, csv, ::region(region));
    QVERIFY2(r.error.contains(error, Qt::CaseInsensitive), qPrintable(r.error));
    QCOMPARE(r.rows, 0);

    const ImportResult missing = ContactImporter::run(tw.workspace(), tw.filePath(u"nope.csv"_qs), {});
    QVERIFY(missing.error.contains(u"Cannot read"_qs));
}

void TestContactImporter::blankAndEmptyRowsSkipped()
{
    TestWorkspace tw;
    const ImportResult r = import(tw, "phone,name\n\n+4915123456789,A\n,,\n , \n\r\n+4915123456780,B\n,\n");
    QCOMPARE(r.error, QString());
    QCOMPARE(r.rows, 2);
    QCOMPARE(r.rejected, 0);
    QCOMPARE(r.imported, 2);
}

void TestContactImporter::cancelKeepsCommittedBatches()
{
    TestWorkspace tw;
    QByteArray csv = "phone,name\n";
    for (int i = 0; i < 100; ++i)
        csv += "+49151234" + QByteArray::number(50000 + i) + ",n" + QByteArray::number(i) + "\n";
    ImportOptions options;
    options.batchSize = 10;
    int calls = 0;
    const ImportResult r = import(tw, csv, options, [&](qint64 done, qint64 total) {
        Q_UNUSED(done);
        Q_UNUSED(total);
        return ++calls < 3;
    });
    QVERIFY(r.cancelled);
    QCOMPARE(r.error, QString());
    QCOMPARE(calls, 3);
    QCOMPARE(r.committedRows, 30);
    QCOMPARE(r.imported, 30);
    QCOMPARE(scalar(tw.workspace(), u"SELECT count(*) FROM contacts"_qs), 30);
    QCOMPARE(scalar(tw.workspace(), u"SELECT count(*) FROM contacts WHERE name = 'n29'"_qs), 1);
    // The workspace is usable afterwards: the rest goes in on a second run.
    const ImportResult again = import(tw, csv, options);
    QCOMPARE(again.imported, 70);
    QCOMPARE(again.updated, 30);
    QCOMPARE(scalar(tw.workspace(), u"SELECT count(*) FROM contacts"_qs), 100);
}

void TestContactImporter::databaseFailureRollsBackCurrentBatch()
{
    TestWorkspace tw;
    QSqlQuery q(tw.workspace().database());
    QVERIFY(q.exec(u"CREATE TRIGGER boom BEFORE INSERT ON contacts WHEN NEW.phone = '+4915123450025' "
                   "BEGIN SELECT RAISE(ABORT, 'boom'); END"_qs));
    QByteArray csv = "phone,tags\n";
    for (int i = 0; i < 50; ++i)
        csv += "+49151234" + QByteArray::number(50000 + i) + ",t\n";
    ImportOptions options;
    options.batchSize = 10;
    const ImportResult r = import(tw, csv, options);
    QVERIFY(r.error.contains(u"boom"_qs));
    QVERIFY(!r.cancelled);
    QCOMPARE(r.committedRows, 20);
    QCOMPARE(r.imported, 20);
    QCOMPARE(scalar(tw.workspace(), u"SELECT count(*) FROM contacts"_qs), 20);
    QCOMPARE(scalar(tw.workspace(), u"SELECT count(*) FROM contact_tags"_qs), 20);
    // No transaction is left open.
    QVERIFY(q.exec(u"DROP TRIGGER boom"_qs));
    QCOMPARE(import(tw, csv, options).imported, 30);
}

void TestContactImporter::largeBatchMixesNewAndExisting_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("batchSize");
    QTest::addColumn<bool>("numberOrder");  // new contacts' ids follow the numbers, not the file
    QTest::newRow("one batch") << 300 << 50000 << false;
    QTest::newRow("batches of 7") << 300 << 7 << false;
    QTest::newRow("batches of 100") << 300 << 100 << false;
    QTest::newRow("big batches, written in number order") << 2 * ImportReader::kSortedBatch + 2 << 50000 << true;
}

// Many rows per batch, some numbers new and some already in the workspace, tagged and untagged, in no particular
// order: every contact ends up with its own values and tags, and new and updated are told apart.
void TestContactImporter::largeBatchMixesNewAndExisting()
{
    QFETCH(int, rows);
    QFETCH(int, batchSize);
    QFETCH(bool, numberOrder);
    TestWorkspace tw;
    // Row i's number: a permutation of 0 … rows - 1 (7919 is prime and divides neither row count).
    auto phone = [rows](int i) -> QByteArray { return "+4915123" + QByteArray::number(450000 + (i * 7919LL) % rows); };
    QByteArray first = "phone,name,tags\n";
    for (int i = 0; i < rows; i += 2)  // the even rows' numbers exist, every third one tagged "old"
        first += phone(i) + ",old" + QByteArray::number(i) + (i % 3 == 0 ? ",old\n" : ",\n");
    ImportOptions options;
    options.batchSize = batchSize;
    QCOMPARE(import(tw, first, options).imported, rows / 2);
    const qint64 maxId = scalar(tw.workspace(), u"SELECT max(id) FROM contacts"_qs);

    QByteArray second = "phone,name,city,tags\n";
    QStringList newInFileOrder;
    for (int i = 0; i < rows; ++i) {  // every fifth row untagged
        second += phone(i) + ",new" + QByteArray::number(i) + ",c" + QByteArray::number(i)
            + (i % 5 == 0 ? QByteArray(",\n") : ",new|n" + QByteArray::number(i % 4) + '\n');
        if (i % 2 == 1)
            newInFileOrder.append(QString::fromLatin1(phone(i)));
    }
    const ImportResult r = import(tw, second, options);
    QCOMPARE(r.error, QString());
    QCOMPARE(r.rows, rows);
    QCOMPARE(r.imported, rows / 2);
    QCOMPARE(r.updated, rows / 2);
    QCOMPARE(r.duplicates, 0);
    QCOMPARE(scalar(tw.workspace(), u"SELECT count(*) FROM contacts"_qs), rows);

    qint64 pairs = 0;
    for (int i = 0; i < rows; ++i) {
        const bool old = i % 2 == 0 && i % 3 == 0;
        pairs += (old ? 1 : 0) + (i % 5 != 0 ? 2 : 0);
        if (rows > 300 && i % 97 != 0)
            continue;  // a sample of the big variant
        const Row c = contact(tw.workspace(), QString::fromLatin1(phone(i)));
        QStringList tags;
        if (old)
            tags << u"old"_qs;
        if (i % 5 != 0)
            tags << u"n%1"_qs.arg(i % 4) << u"new"_qs;
        tags.sort();
        QVERIFY2(c.tags == tags, qPrintable(u"%1: %2 instead of %3"_qs.arg(i).arg(c.tags.join(u' '), tags.join(u' '))));
        QCOMPARE(c.name, u"new%1"_qs.arg(i));
        QCOMPARE(c.attributes.value(u"city"_qs).toString(), u"c%1"_qs.arg(i));
    }
    QCOMPARE(scalar(tw.workspace(), u"SELECT count(*) FROM contact_tags"_qs), pairs);
    QCOMPARE(scalar(tw.workspace(), u"SELECT count(*) FROM pragma_foreign_key_check"_qs), 0);

    QStringList newInIdOrder;
    QSqlQuery q(tw.workspace().database());
    QVERIFY(q.exec(u"SELECT phone FROM contacts WHERE id > %1 ORDER BY id"_qs.arg(maxId)));
    while (q.next())
        newInIdOrder.append(q.value(0).toString());
    if (numberOrder)
        newInFileOrder.sort();
    QCOMPARE(newInIdOrder, newInFileOrder);
}

// The importer changes its connection's foreign keys, page cache, sync and checkpoint settings; whatever happens,
// the connection gets its settings back, and the WAL is checkpointed.
void TestContactImporter::connectionSettingsRestored()
{
    TestWorkspace tw;
    QSqlQuery q(tw.workspace().database());
    QVERIFY(q.exec(u"PRAGMA cache_size = -1234"_qs));
    auto settings = [&] {
        QStringList values;
        for (const char *name : {"foreign_keys", "cache_size", "synchronous", "wal_autocheckpoint", "journal_mode"}) {
            QSqlQuery p(tw.workspace().database());
            values << (p.exec(u"PRAGMA "_qs + QLatin1String(name)) && p.next() ? p.value(0).toString() : u"?"_qs);
        }
        return values.join(u' ');
    };
    const QString before = settings();
    QCOMPARE(before, u"1 -1234 1 1000 wal"_qs);

    QVERIFY(import(tw, "phone,tags\n+4915123456789,a\n").error.isEmpty());
    QCOMPARE(settings(), before);
    // Checkpointed: the database file itself holds every page (the file grows only when pages are copied back).
    QCOMPARE(QFileInfo(tw.workspace().path()).size(),
             scalar(tw.workspace(), u"PRAGMA page_count"_qs) * scalar(tw.workspace(), u"PRAGMA page_size"_qs));

    QVERIFY(q.exec(u"CREATE TRIGGER boom BEFORE INSERT ON contacts BEGIN SELECT RAISE(ABORT, 'boom'); END"_qs));
    QVERIFY(import(tw, "phone\n+4915123456780\n").error.contains(u"boom"_qs));
    QCOMPARE(settings(), before);

    QVERIFY(q.exec(u"DROP TRIGGER boom"_qs));
    QByteArray csv = "phone\n";
    for (int i = 0; i < 30; ++i)
        csv += "+49151234" + QByteArray::number(50000 + i) + "\n";
    ImportOptions options;
    options.batchSize = 10;
    QVERIFY(import(tw, csv, options, [](qint64, qint64) { return false; }).cancelled);
    QCOMPARE(settings(), before);
}

void TestContactImporter::unterminatedQuoteStopsImport()
{
    TestWorkspace tw;
    ImportOptions options;
    options.batchSize = 2;
    const ImportResult r = import(tw, "phone,name\n+4915123456781,a\n+4915123456782,b\n+4915123456783,\"c\n"
                                      "+4915123456784,d\n", options);
    QVERIFY2(r.error.contains(u"line 4"_qs), qPrintable(r.error));
    QCOMPARE(r.committedRows, 2);
    QCOMPARE(scalar(tw.workspace(), u"SELECT count(*) FROM contacts"_qs), 2);
}

void TestContactImporter::progressReportsBytes()
{
    TestWorkspace tw;
    QByteArray csv = "phone\n";
    for (int i = 0; i < 25; ++i)
        csv += "+49151234" + QByteArray::number(50000 + i) + "\n";
    ImportOptions options;
    options.batchSize = 10;
    QList<qint64> done;
    qint64 total = 0;
    const ImportResult r = import(tw, csv, options, [&](qint64 d, qint64 t) {
        done.append(d);
        total = t;
        return true;
    });
    QVERIFY(!r.cancelled);
    QCOMPARE(done.size(), 3);
    QCOMPARE(total, csv.size());
    QCOMPARE(done.last(), total);
    QVERIFY(done[0] < done[1] && done[1] < done[2]);
}

void TestContactImporter::customMapping()
{
    TestWorkspace tw;
    ImportOptions options;
    options.mapping = {{ColumnRole::Kind::Ignore, {}}, {ColumnRole::Kind::Phone, {}},
                       {ColumnRole::Kind::Attribute, u"Plan"_qs}};
    const ImportResult r = import(tw, "id,whatever,p\n7,+4915123456789,gold\n", options);
    QCOMPARE(r.imported, 1);
    QCOMPARE(contact(tw.workspace(), u"+4915123456789"_qs).attributes, (QJsonObject {{u"Plan"_qs, u"gold"_qs}}));
}

void TestContactImporter::preview()
{
    TestWorkspace tw;
    const QString path = tw.writeFile(u"p.csv"_qs, "\xEF\xBB\xBFname\tmobile\tcity\nA\t+4915123456789\tX\nB\t1\tY\n");
    const CsvPreview p = ContactImporter::preview(path, 1);
    QCOMPARE(p.error, QString());
    QCOMPARE(p.encoding, u"UTF-8 (BOM)"_qs);
    QCOMPARE(p.separator, QChar(u'\t'));
    QCOMPARE(p.header, (QStringList {u"name"_qs, u"mobile"_qs, u"city"_qs}));
    QCOMPARE(p.rows.size(), 1);
    QCOMPARE(p.mapping[1].kind, ColumnRole::Kind::Phone);
    QCOMPARE(p.mapping[2].attribute, u"city"_qs);

    const QString bad = tw.writeFile(u"b.csv"_qs, "name,city\nA,B\n");
    QVERIFY(ContactImporter::preview(bad).error.contains(u"phone"_qs));
}

QTEST_GUILESS_MAIN(TestContactImporter)
#include "tst_contactimporter.moc"
