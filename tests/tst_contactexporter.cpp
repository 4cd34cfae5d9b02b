#include "models/contacts/contactexporter.h"
#include "models/contacts/contactimporter.h"
#include "models/contacts/csvreader.h"
#include "models/storage/workspace.h"
#include "testworkspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

namespace {

QList<QStringList> readCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = f.readAll();
    QByteArrayView utf8;
    QByteArray storage;
    CsvReader::Encoding encoding {};
    QString error;
    if (!CsvReader::decode(bytes, path, &utf8, &storage, &encoding, &error))
        return {};
    CsvReader reader(utf8);
    QList<QStringList> rows;
    QStringList fields;
    while (reader.next(&fields))
        rows.append(fields);
    return rows;
}

// Everything a contact is, as one comparable string per contact (timestamps of the workspace itself excluded).
QStringList snapshot(Workspace &ws)
{
    QSqlQuery q(ws.database());
    q.exec(u"SELECT c.phone, c.name, c.opt_in_at, c.opt_in_source, c.opt_out_at, c.opt_out_reason, c.attributes, "
           "(SELECT group_concat(name, '|') FROM (SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
           " WHERE ct.contact_id = c.id ORDER BY t.name)) "
           "FROM contacts c ORDER BY c.phone"_qs);
    QStringList out;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < 8; ++i)
            cells.append(q.value(i).isNull() ? u"<null>"_qs : q.value(i).toString());
        // Attribute key order is not part of the data.
        const QJsonObject attributes = QJsonDocument::fromJson(cells[6].toUtf8()).object();
        cells[6] = QString::fromUtf8(QJsonDocument(attributes).toJson(QJsonDocument::Compact));
        out.append(cells.join(u" ; "));
    }
    return out;
}

void exec(Workspace &ws, const QString &sql)
{
    QSqlQuery q(ws.database());
    if (!q.exec(sql))
        qFatal("%s", qPrintable(sql));
}

} // namespace

class TestContactExporter : public QObject
{
    Q_OBJECT

private slots:
    void columnsAndValues();
    void injectionNeutralisedButPhonesKept_data();
    void injectionNeutralisedButPhonesKept();
    void roundTrip();
    void emptyWorkspace();
    void progressAndCancel();
    void unwritablePath();
};

void TestContactExporter::columnsAndValues()
{
    TestWorkspace tw;
    Workspace &ws = tw.workspace();
    // 2024-05-31T12:00:00.000Z = 1717156800000
    exec(ws, u"INSERT INTO contacts (id, phone, name, opt_in_at, opt_in_source, opt_out_at, opt_out_reason, "
             "attributes, created_at, updated_at) VALUES "
             "(1, '+4915123456789', 'Jos\u00e9 M\u00fcller', 1717156800000, 'web', NULL, NULL, "
             " '{\"city\":\"K\u00f6ln\",\"zip\":\"50667\"}', 1717156800000, 1717156800123),"
             "(2, '+919876543210', 'Asha', 1717156800000, 'shop', 1717160400000, 'STOP', '{\"plan\":\"gold\"}', "
             " 1717156800000, 1717156800000),"
             "(3, '+5511961234567', '', NULL, NULL, NULL, NULL, '{}', 1717156800000, 1717156800000)"_qs);
    exec(ws, u"INSERT INTO tags (id, name) VALUES (1, 'vip'), (2, 'Berlin'), (3, 'b2b')"_qs);
    exec(ws, u"INSERT INTO contact_tags VALUES (1, 1), (1, 2), (1, 3), (2, 1)"_qs);

    const QString path = tw.filePath(u"out.csv"_qs);
    QString error;
    QCOMPARE(ContactExporter::exportAll(ws, path, &error), 3);
    QCOMPARE(error, QString());

    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFphone,name,"));
    QVERIFY(bytes.contains("\r\n"));

    const QList<QStringList> rows = readCsv(path);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0], (QStringList {u"phone"_qs, u"name"_qs, u"opted_in"_qs, u"opt_in_source"_qs, u"opt_in_at"_qs,
                                    u"opted_out"_qs, u"opt_out_at"_qs, u"opt_out_reason"_qs, u"tags"_qs,
                                    u"created_at"_qs, u"updated_at"_qs, u"city"_qs, u"plan"_qs, u"zip"_qs}));
    QCOMPARE(rows[1], (QStringList {u"+4915123456789"_qs, u"Jos\u00e9 M\u00fcller"_qs, u"yes"_qs, u"web"_qs,
                                    u"2024-05-31T12:00:00.000Z"_qs, u"no"_qs, QString(), QString(),
                                    u"b2b, Berlin, vip"_qs, u"2024-05-31T12:00:00.000Z"_qs,
                                    u"2024-05-31T12:00:00.123Z"_qs, u"K\u00f6ln"_qs, QString(), u"50667"_qs}));
    // Opted out after opting in: not opted in any more, both dates kept.
    QCOMPARE(rows[2].mid(0, 9), (QStringList {u"+919876543210"_qs, u"Asha"_qs, u"no"_qs, u"shop"_qs,
                                              u"2024-05-31T12:00:00.000Z"_qs, u"yes"_qs,
                                              u"2024-05-31T13:00:00.000Z"_qs, u"STOP"_qs, u"vip"_qs}));
    QCOMPARE(rows[2][12], u"gold"_qs);
    QCOMPARE(rows[3].mid(0, 9), (QStringList {u"+5511961234567"_qs, QString(), u"no"_qs, QString(), QString(),
                                              u"no"_qs, QString(), QString(), QString()}));
}

void TestContactExporter::injectionNeutralisedButPhonesKept_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("formula") << u"=HYPERLINK(\"http://x\",\"y\")"_qs << u"'=HYPERLINK(\"http://x\",\"y\")"_qs;
    QTest::newRow("plus") << u"+SUM(1)"_qs << u"'+SUM(1)"_qs;
    QTest::newRow("minus") << u"-1+1"_qs << u"'-1+1"_qs;
    QTest::newRow("negative number") << u"-1"_qs << u"-1"_qs;
    QTest::newRow("negative decimal") << u"-12.5"_qs << u"-12.5"_qs;
    QTest::newRow("minus dot") << u"-1."_qs << u"'-1."_qs;
    QTest::newRow("at") << u"@cmd"_qs << u"'@cmd"_qs;
    QTest::newRow("tab") << u"\t=1"_qs << u"'\t=1"_qs;
    QTest::newRow("phone-looking name kept") << u"+4915123456780"_qs << u"+4915123456780"_qs;
    QTest::newRow("harmless") << u"Ana"_qs << u"Ana"_qs;
}

void TestContactExporter::injectionNeutralisedButPhonesKept()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    TestWorkspace tw;
    QSqlQuery q(tw.workspace().database());
    q.prepare(u"INSERT INTO contacts (phone, name, attributes, created_at, updated_at) VALUES (?, ?, ?, 0, 0)"_qs);
    q.addBindValue(u"+4915123456789"_qs);
    q.addBindValue(name);
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonObject {{u"note"_qs, name}}).toJson(QJsonDocument::Compact)));
    QVERIFY(q.exec());
    exec(tw.workspace(), u"INSERT INTO tags (id, name) VALUES (1, '=evil()')"_qs);
    exec(tw.workspace(), u"INSERT INTO contact_tags VALUES (1, 1)"_qs);
    const QString path = tw.filePath(u"out.csv"_qs);
    QString error;
    QCOMPARE(ContactExporter::exportAll(tw.workspace(), path, &error), 1);
    const QList<QStringList> rows = readCsv(path);
    QCOMPARE(rows[1][0], u"+4915123456789"_qs);  // the E.164 phone stays dialable
    QCOMPARE(rows[1][1], expected);
    QCOMPARE(rows[1][8], u"'=evil()"_qs);
    QCOMPARE(rows[1].last(), expected);  // attributes too
}

void TestContactExporter::roundTrip()
{
    TestWorkspace first;
    ImportOptions options;
    options.defaultRegion = u"IN"_qs;
    const QString source = first.writeFile(
        u"in.csv"_qs,
        "phone;name;email;city;opted_in;tags;note;first_name\r\n"
        "+91 98765 43210;Asha Rao;asha@example.com;Pune;yes;vip, b2b;\"=1+2\";Asha\r\n"
        "098765 43211;\"Ravi \"\"R\"\" Kumar\";;Delhi;no;;\"multi\nline\";\r\n"
        "0091 98765 43212;Jos\xC3\xA9;;;y;@home;-5;\r\n"
        "+4915123456789;;x@y.z;;;;+49 151;\r\n");
    ImportResult r = ContactImporter::run(first.workspace(), source, options);
    QCOMPARE(r.error, QString());
    QCOMPARE(r.imported, 4);
    // An opt-out, so the export carries one.
    exec(first.workspace(), u"UPDATE contacts SET opt_out_at = opt_in_at + 1000, opt_out_reason = 'STOP, please' "
                            "WHERE phone = '+919876543212'"_qs);

    const QString exported = first.filePath(u"export.csv"_qs);
    QString error;
    QCOMPARE(ContactExporter::exportAll(first.workspace(), exported, &error), 4);

    TestWorkspace second;
    r = ContactImporter::run(second.workspace(), exported, {});  // no region needed: the export is E.164
    QCOMPARE(r.error, QString());
    QCOMPARE(r.rejected, 0);
    QCOMPARE(r.imported, 4);
    const QStringList before = snapshot(first.workspace());
    const QStringList after = snapshot(second.workspace());
    QCOMPARE(after, before);
    QVERIFY(before.join(u'\n').contains(u"=1+2"_qs));  // neutralised in the file, restored on import

    // And the second export is byte-for-byte the first (apart from the workspace's own timestamps).
    const QString again = second.filePath(u"export2.csv"_qs);
    QCOMPARE(ContactExporter::exportAll(second.workspace(), again, &error), 4);
    auto withoutBookkeeping = [](QList<QStringList> rows) {
        for (QStringList &row : rows) {
            row.removeAt(10);
            row.removeAt(9);
        }
        return rows;
    };
    QCOMPARE(withoutBookkeeping(readCsv(again)), withoutBookkeeping(readCsv(exported)));
}

void TestContactExporter::emptyWorkspace()
{
    TestWorkspace tw;
    const QString path = tw.filePath(u"empty.csv"_qs);
    QString error;
    QCOMPARE(ContactExporter::exportAll(tw.workspace(), path, &error), 0);
    const QList<QStringList> rows = readCsv(path);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].size(), 11);
}

void TestContactExporter::progressAndCancel()
{
    TestWorkspace tw;
    exec(tw.workspace(), u"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 11999) "
                         "INSERT INTO contacts (phone, name, created_at, updated_at) "
                         "SELECT '+4915123' || (400000 + i), 'n' || i, 0, 0 FROM n"_qs);
    QString error;
    QList<qint64> seen;
    QCOMPARE(ContactExporter::exportAll(tw.workspace(), tw.filePath(u"a.csv"_qs), &error,
                                        [&](qint64 done, qint64 total) {
                                            seen.append(done);
                                            return total == 12000;
                                        }),
             12000);
    QVERIFY(seen.size() >= 2);
    QCOMPARE(seen.last(), 12000);
    QCOMPARE(ContactExporter::exportAll(tw.workspace(), tw.filePath(u"b.csv"_qs), &error,
                                        [](qint64, qint64) { return false; }),
             -1);
    QVERIFY(error.contains(u"cancelled"_qs));
}

void TestContactExporter::unwritablePath()
{
    TestWorkspace tw;
    QString error;
    QCOMPARE(ContactExporter::exportAll(tw.workspace(), tw.filePath(u"no/such/dir/x.csv"_qs), &error), -1);
    QVERIFY(error.contains(u"x.csv"_qs));
}

QTEST_GUILESS_MAIN(TestContactExporter)
#include "tst_contactexporter.moc"
