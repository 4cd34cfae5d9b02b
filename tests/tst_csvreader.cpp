#include "models/contacts/csvreader.h"
#include "models/contacts/csvwriter.h"

#include <QTest>

namespace {

struct Parsed
{
    QList<QStringList> records;
    QList<qint64> lines;
    QString error;
    char separator = 0;
};

Parsed parse(const QByteArray &bytes)
{
    Parsed p;
    CsvReader reader(bytes);
    p.separator = reader.separator();
    QStringList fields;
    while (reader.next(&fields)) {
        p.records.append(fields);
        p.lines.append(reader.line());
    }
    p.error = reader.error();
    return p;
}

QString decodeToString(const QByteArray &raw, CsvReader::Encoding *encoding, QString *error)
{
    QByteArrayView utf8;
    QByteArray storage;
    if (!CsvReader::decode(raw, QStringLiteral("contacts.csv"), &utf8, &storage, encoding, error))
        return {};
    return QString::fromUtf8(utf8);
}

} // namespace

using Records = QList<QStringList>;

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void records_data();
    void records();
    void lineNumbers();
    void unterminatedQuote();
    void separator_data();
    void separator();
    void encodings_data();
    void encodings();
    void refusedEncodings_data();
    void refusedEncodings();
    void utf8IsNotCopied();
    void writerQuotesAndRoundTrips();
    void writerFile();
    void neutralize_data();
    void neutralize();
    void limitsRefuseTheRecordNotTheFile();
};

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<Records>("expected");

    QTest::newRow("lf") << QByteArray("a,b\n1,2\n") << Records {{u"a"_qs, u"b"_qs}, {u"1"_qs, u"2"_qs}};
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << Records {{u"a"_qs, u"b"_qs}, {u"1"_qs, u"2"_qs}};
    QTest::newRow("cr") << QByteArray("a,b\r1,2\r") << Records {{u"a"_qs, u"b"_qs}, {u"1"_qs, u"2"_qs}};
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << Records {{u"a"_qs, u"b"_qs}, {u"1"_qs, u"2"_qs}};
    QTest::newRow("empty fields") << QByteArray("a,,c,\n") << Records {{u"a"_qs, QString(), u"c"_qs, QString()}};
    QTest::newRow("quoted separator") << QByteArray("\"a,b\",c\n") << Records {{u"a,b"_qs, u"c"_qs}};
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\n")
                                    << Records {{u"say \"hi\""_qs, u"x"_qs}};
    QTest::newRow("only doubled quotes") << QByteArray("\"\"\"\"\n") << Records {{u"\""_qs}};
    QTest::newRow("quoted empty") << QByteArray("\"\",b\n") << Records {{QString(), u"b"_qs}};
    QTest::newRow("embedded lf") << QByteArray("\"line1\nline2\",b\n") << Records {{u"line1\nline2"_qs, u"b"_qs}};
    QTest::newRow("embedded crlf") << QByteArray("\"line1\r\nline2\",b\r\nc,d\r\n")
                                   << Records {{u"line1\r\nline2"_qs, u"b"_qs}, {u"c"_qs, u"d"_qs}};
    QTest::newRow("blank lines skipped") << QByteArray("a\n\n\r\n   \nb\n") << Records {{u"a"_qs}, {u"b"_qs}};
    QTest::newRow("stray quote kept") << QByteArray("5\" screen,b\n") << Records {{u"5\" screen"_qs, u"b"_qs}};
    QTest::newRow("text after closing quote") << QByteArray("\"ab\"cd,e\n") << Records {{u"abcd"_qs, u"e"_qs}};
    QTest::newRow("utf8") << QByteArray("Jos\xC3\xA9,M\xC3\xBCller\n") << Records {{u"Jos\u00e9"_qs, u"M\u00fcller"_qs}};
    QTest::newRow("spaces kept") << QByteArray(" a , b \n") << Records {{u" a "_qs, u" b "_qs}};
    QTest::newRow("excel sep line") << QByteArray("sep=;\r\na;b\r\n1;2\r\n")
                                    << Records {{u"a"_qs, u"b"_qs}, {u"1"_qs, u"2"_qs}};
    QTest::newRow("empty input") << QByteArray() << Records {};
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, csv);
    QFETCH(Records, expected);
    const Parsed p = parse(csv);
    QCOMPARE(p.error, QString());
    QCOMPARE(p.records, expected);
}

void TestCsvReader::lineNumbers()
{
    const QByteArray csv = "h1,h2\r\n"          // 1
                           "a,\"multi\r\n"       // 2
                           "line\"\r\n"          // 3
                           "\r\n"                // 4 blank
                           "b,c\r\n"             // 5
                           "\"x\ny\nz\",w\n"     // 6-8
                           "last,row";           // 9
    const Parsed p = parse(csv);
    QCOMPARE(p.error, QString());
    QCOMPARE(p.records.size(), 5);
    QCOMPARE(p.lines, (QList<qint64> {1, 2, 5, 6, 9}));
    QCOMPARE(p.records[3], (QStringList {u"x\ny\nz"_qs, u"w"_qs}));

    const Parsed cr = parse("a\rb\r\rc");
    QCOMPARE(cr.lines, (QList<qint64> {1, 2, 4}));
    const Parsed sep = parse("sep=,\na\nb");
    QCOMPARE(sep.lines, (QList<qint64> {2, 3}));
}

void TestCsvReader::unterminatedQuote()
{
    const Parsed p = parse("phone,name\n+4915123456789,ok\n+4915123456780,\"never closed\nmore\nlines\n");
    QCOMPARE(p.records.size(), 2);
    QVERIFY(!p.error.isEmpty());
    QVERIFY2(p.error.contains(u"line 3"_qs), qPrintable(p.error));
}

void TestCsvReader::separator_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<char>("expected");
    QTest::addColumn<int>("columns");

    QTest::newRow("comma") << QByteArray("phone,name,city\n1,2,3\n") << ',' << 3;
    QTest::newRow("semicolon") << QByteArray("phone;name;city\n1;2,5;3\n") << ';' << 3;
    QTest::newRow("tab") << QByteArray("phone\tname\tcity\n1\t2\t3\n") << '\t' << 3;
    QTest::newRow("semicolon beats quoted commas") << QByteArray("\"a,b,c\";d;e\n1;2;3\n") << ';' << 3;
    QTest::newRow("comma beats quoted semicolons") << QByteArray("\"a;b;c;d\",e\n1,2\n") << ',' << 2;
    QTest::newRow("quoted newline in header") << QByteArray("\"a\nb;c\";d;e\n") << ';' << 3;
    QTest::newRow("single column") << QByteArray("phone\n+4915123456789\n") << ',' << 1;
    QTest::newRow("leading blank lines") << QByteArray("\n\na\tb\n") << '\t' << 2;
    QTest::newRow("sep hint") << QByteArray("sep=\t\na,b\tc\n") << '\t' << 2;
}

void TestCsvReader::separator()
{
    QFETCH(QByteArray, csv);
    QFETCH(char, expected);
    QFETCH(int, columns);
    QCOMPARE(CsvReader::detectSeparator(csv), expected);
    const Parsed p = parse(csv);
    QCOMPARE(p.separator, expected);
    QVERIFY(!p.records.isEmpty());
    QCOMPARE(p.records.first().size(), columns);
}

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("text");
    QTest::addColumn<CsvReader::Encoding>("encoding");

    const QString name = u"Jos\u00e9 M\u00fcller \u20ac5 \u201cq\u201d"_qs;
    QTest::newRow("utf8") << name.toUtf8() << name << CsvReader::Encoding::Utf8;
    QTest::newRow("utf8 bom") << QByteArray("\xEF\xBB\xBF") + name.toUtf8() << name << CsvReader::Encoding::Utf8Bom;
    QTest::newRow("ascii") << QByteArray("a,b") << u"a,b"_qs << CsvReader::Encoding::Utf8;
    QByteArray le("\xFF\xFE");
    QByteArray be("\xFE\xFF");
    const QString withEmoji = name + u" \U0001F600"_qs;
    for (const QChar c : withEmoji) {
        le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    }
    QTest::newRow("utf16 le") << le << withEmoji << CsvReader::Encoding::Utf16LE;
    QTest::newRow("utf16 be") << be << withEmoji << CsvReader::Encoding::Utf16BE;
    // "José Müller €5 “q”" as Excel's "CSV (Comma delimited)" writes it on a Western Windows.
    QTest::newRow("windows-1252") << QByteArray("Jos\xE9 M\xFCller \x80" "5 \x93q\x94") << name
                                  << CsvReader::Encoding::Windows1252;
    QTest::newRow("windows-1252 high table") << QByteArray("\x8A\x9A\x8C\x9C\x9F\x85\x99\x96\x97")
                                             << u"\u0160\u0161\u0152\u0153\u0178\u2026\u2122\u2013\u2014"_qs
                                             << CsvReader::Encoding::Windows1252;
    QTest::newRow("latin-1 range") << QByteArray("\xA0\xC0\xFF") << u"\u00A0\u00C0\u00FF"_qs
                                   << CsvReader::Encoding::Windows1252;
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, text);
    QFETCH(CsvReader::Encoding, encoding);
    CsvReader::Encoding detected {};
    QString error;
    QCOMPARE(decodeToString(raw, &detected, &error), text);
    QCOMPARE(error, QString());
    QCOMPARE(detected, encoding);
    QVERIFY(!CsvReader::encodingName(detected).isEmpty());
}

void TestCsvReader::refusedEncodings_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("line");

    QTest::newRow("undefined 0x81") << QByteArray("phone,name\n+49151,Jos\xE9\n+49152,a\x81z\n") << u"line 3"_qs;
    QTest::newRow("undefined 0x8D") << QByteArray("a\x8D") << u"line 1"_qs;
    QTest::newRow("undefined 0x8F") << QByteArray("\xE9\n\x8F") << u"line 2"_qs;
    QTest::newRow("undefined 0x90") << QByteArray("\x90") << u"line 1"_qs;
    QTest::newRow("undefined 0x9D") << QByteArray("\xFC\r\n\r\n\x9D") << u"line 3"_qs;
    QTest::newRow("nul byte") << QByteArray("a,b\n\0c", 6) << u"line 2"_qs;
    QTest::newRow("utf16 without bom") << QByteArray("p\0h\0o\0n\0e\0", 10) << u"line 1"_qs;
    QTest::newRow("mixed utf8 and latin1") << QByteArray("Jos\xC3\xA9\nM\xFCller") << u"line 2"_qs;
    QTest::newRow("bom then invalid") << QByteArray("\xEF\xBB\xBFJos\xE9") << u"line 1"_qs;
    QTest::newRow("utf16 odd length") << QByteArray("\xFF\xFE\x61\x00\x62") << u"line 1"_qs;
    QTest::newRow("utf16 lone surrogate") << QByteArray("\xFF\xFE\x61\x00\x00\xD8\x62\x00") << u"line 1"_qs;
    QTest::newRow("utf16 nul") << QByteArray("\xFF\xFE\x61\x00\x00\x00", 6) << u"line 1"_qs;
}

void TestCsvReader::refusedEncodings()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, line);
    CsvReader::Encoding detected {};
    QString error;
    QByteArrayView utf8;
    QByteArray storage;
    QVERIFY(!CsvReader::decode(raw, u"contacts.csv"_qs, &utf8, &storage, &detected, &error));
    QVERIFY2(error.contains(u"contacts.csv is not UTF-8 or Windows-1252 text"_qs), qPrintable(error));
    QVERIFY2(error.contains(u"save it as CSV UTF-8 from Excel and try again"_qs), qPrintable(error));
    QVERIFY2(error.contains(line), qPrintable(error));
}

void TestCsvReader::utf8IsNotCopied()
{
    const QByteArray raw("\xEF\xBB\xBFphone\n+1");
    QByteArrayView utf8;
    QByteArray storage;
    CsvReader::Encoding encoding {};
    QString error;
    QVERIFY(CsvReader::decode(raw, u"f"_qs, &utf8, &storage, &encoding, &error));
    QCOMPARE(utf8.data(), raw.constData() + 3);
    QVERIFY(storage.isEmpty());
}

void TestCsvReader::writerQuotesAndRoundTrips()
{
    const QStringList cells {u"plain"_qs, u"a,b"_qs, u"say \"hi\""_qs, u"two\nlines"_qs, u"cr\rhere"_qs, QString(),
                             u" spaced "_qs, u"Jos\u00e9"_qs};
    const QByteArray row = CsvWriter::formatRow(cells);
    QCOMPARE(row, QByteArray("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",, spaced ,Jos\xC3\xA9"));
    const Parsed p = parse(row + "\r\n");
    QCOMPARE(p.records, Records {cells});

    CsvWriter::Options semicolon;
    semicolon.separator = ';';
    QCOMPARE(CsvWriter::formatRow({u"a;b"_qs, u"c,d"_qs}, semicolon), QByteArray("\"a;b\";c,d"));
}

void TestCsvReader::writerFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.csv"_qs);
    CsvWriter writer;
    QString error;
    QVERIFY(writer.open(path, &error));
    writer.writeRow({u"phone"_qs, u"note"_qs});
    writer.writeRow({u"+919876543210"_qs, u"=HYPERLINK(\"x\")"_qs});
    QVERIFY2(writer.close(&error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("\xEF\xBB\xBFphone,note\r\n+919876543210,\"'=HYPERLINK(\"\"x\"\")\"\r\n"));

    CsvWriter bad;
    QVERIFY(!bad.open(dir.filePath(u"missing/dir/out.csv"_qs), &error));
    QVERIFY(error.contains(u"out.csv"_qs));
}

void TestCsvReader::neutralize_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");

    QTest::newRow("formula") << u"=1+2"_qs << u"'=1+2"_qs;
    QTest::newRow("dde") << u"=cmd|' /C calc'!A0"_qs << u"'=cmd|' /C calc'!A0"_qs;
    QTest::newRow("plus") << u"+SUM(A1)"_qs << u"'+SUM(A1)"_qs;
    QTest::newRow("minus") << u"-2+3"_qs << u"'-2+3"_qs;
    QTest::newRow("at") << u"@SUM(A1)"_qs << u"'@SUM(A1)"_qs;
    QTest::newRow("tab") << u"\t=1"_qs << u"'\t=1"_qs;
    QTest::newRow("cr") << u"\r=1"_qs << u"'\r=1"_qs;
    QTest::newRow("e164 kept") << u"+919876543210"_qs << u"+919876543210"_qs;
    QTest::newRow("shortest e164 kept") << u"+1234567"_qs << u"+1234567"_qs;
    QTest::newRow("longest e164 kept") << u"+123456789012345"_qs << u"+123456789012345"_qs;
    QTest::newRow("too long for e164") << u"+1234567890123456"_qs << u"'+1234567890123456"_qs;
    QTest::newRow("too short for e164") << u"+123456"_qs << u"'+123456"_qs;
    QTest::newRow("phone with spaces") << u"+91 98765 43210"_qs << u"'+91 98765 43210"_qs;
    QTest::newRow("leading zero cc") << u"+0123456789"_qs << u"'+0123456789"_qs;
    QTest::newRow("e164 then formula") << u"+919876543210+1"_qs << u"'+919876543210+1"_qs;
    QTest::newRow("plain") << u"Jos\u00e9"_qs << u"Jos\u00e9"_qs;
    QTest::newRow("inner equals") << u"a=b"_qs << u"a=b"_qs;
    QTest::newRow("empty") << QString() << QString();
}

void TestCsvReader::neutralize()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::neutralize(cell), expected);
}

void TestCsvReader::limitsRefuseTheRecordNotTheFile()
{
    // A field over kMaxFieldBytes (plain and quoted with doubled quotes), a record over kMaxColumns; the records
    // around them are read normally, and the oversized ones keep their line numbers.
    QByteArray data = "a,b\n1," + QByteArray(CsvReader::kMaxFieldBytes + 1, 'x') + "\n2,ok\n3,\"";
    for (qsizetype i = 0; i <= CsvReader::kMaxFieldBytes; ++i)
        data += "\"\"";   // each doubled quote is one character of the value
    data += "\"\n4" + QByteArray(CsvReader::kMaxColumns, ',') + "\n5,end\n";
    CsvReader reader(data);
    CsvReader::Fields fields;
    QList<qint64> refused;
    QStringList firsts;
    while (reader.next(&fields)) {
        QVERIFY(fields.size() <= CsvReader::kMaxColumns);
        for (const QByteArrayView f : fields)
            QVERIFY(f.size() <= CsvReader::kMaxFieldBytes);
        firsts << QString::fromUtf8(fields.value(0));
        if (!reader.recordProblem().isEmpty())
            refused << reader.line();
    }
    QVERIFY(!reader.hasError());
    QCOMPARE(firsts.join(QLatin1Char(' ')), QStringLiteral("a 1 2 3 4 5"));
    QCOMPARE(refused, (QList<qint64>{2, 4, 5}));
    // Exactly at the limits is fine.
    const QByteArray edge = QByteArray(CsvReader::kMaxFieldBytes, 'y') + QByteArray(CsvReader::kMaxColumns - 1, ',');
    CsvReader atLimit(edge);
    QVERIFY(atLimit.next(&fields));
    QCOMPARE(fields.size(), CsvReader::kMaxColumns);
    QCOMPARE(atLimit.recordProblem(), QString());
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
