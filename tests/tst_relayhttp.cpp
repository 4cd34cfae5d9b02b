// RelayHttpParser, the relay's strict HTTP/1.1 request parser: every request is fed whole and one byte at a time
// (a head or body split anywhere must parse the same), limits fail as soon as they are passed, and the smuggling
// and framing errors of RFC 9112 are refused.
#include "engine/relay/relayhttp.h"

#include <QTest>

namespace {

struct Outcome
{
    RelayHttpParser::State state = RelayHttpParser::State::Head;
    RelayHttpRequest request;
    int error = 0;
    QByteArray rest; // bytes left for the next request
};

Outcome parse(const QByteArray &bytes, bool byteByByte, RelayHttpParser::Limits limits = {})
{
    RelayHttpParser parser(limits);
    Outcome out;
    QByteArray buffer;
    for (qsizetype i = 0; i < bytes.size(); i += byteByByte ? 1 : bytes.size()) {
        buffer += bytes.mid(i, byteByByte ? 1 : bytes.size());
        out.state = parser.feed(buffer);
        if (out.state == RelayHttpParser::State::Complete || out.state == RelayHttpParser::State::Failed) {
            out.rest = buffer + bytes.mid(i + (byteByByte ? 1 : bytes.size()));
            break;
        }
    }
    if (out.state == RelayHttpParser::State::Complete)
        out.request = parser.takeRequest();
    if (out.state == RelayHttpParser::State::Failed)
        out.error = parser.errorStatus();
    return out;
}

} // namespace

class TestRelayHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void refused_data();
    void refused();
    void limitsFailBeforeTheBytesArrive();
    void pipelinedRequestsAreLeftInTheBuffer();
    void responseBytes();
};

void TestRelayHttp::valid_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("GET with query") << QByteArray("GET /v1/events?after=5&limit=2 HTTP/1.1\r\nHost: x\r\n\r\n")
                                    << QByteArray("GET") << QStringLiteral("/v1/events") << QByteArray() << true;
    QTest::newRow("POST with Content-Length")
        << QByteArray("POST /webhooks/whatsapp HTTP/1.1\r\nHost: x\r\nContent-Length: 7\r\n\r\n{\"a\":1}")
        << QByteArray("POST") << QStringLiteral("/webhooks/whatsapp") << QByteArray("{\"a\":1}") << true;
    QTest::newRow("chunked with extension and trailer")
        << QByteArray("POST /p HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: Chunked\r\n\r\n"
                      "3;ext=1\r\nabc\r\nA\r\n0123456789\r\n0\r\nX-Trailer: 1\r\n\r\n")
        << QByteArray("POST") << QStringLiteral("/p") << QByteArray("abc0123456789") << true;
    QTest::newRow("bare LF line ends, leading empty line")
        << QByteArray("\r\nGET /healthz HTTP/1.1\nHost: x\n\n") << QByteArray("GET") << QStringLiteral("/healthz")
        << QByteArray() << true;
    QTest::newRow("Connection: close") << QByteArray(
        "GET / HTTP/1.1\r\nHost: x\r\nConnection: keep-alive, Close\r\n\r\n")
                                       << QByteArray("GET") << QStringLiteral("/") << QByteArray() << false;
    QTest::newRow("HTTP/1.0 closes, needs no Host") << QByteArray("GET /healthz HTTP/1.0\r\n\r\n") << QByteArray("GET")
                                                    << QStringLiteral("/healthz") << QByteArray() << false;
    QTest::newRow("percent-encoded path") << QByteArray("GET /v1/%65vents HTTP/1.1\r\nHost: x\r\n\r\n")
                                          << QByteArray("GET") << QStringLiteral("/v1/events") << QByteArray() << true;
    QTest::newRow("identical Content-Length twice")
        << QByteArray("POST /p HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\ncontent-length: 2\r\n\r\nok")
        << QByteArray("POST") << QStringLiteral("/p") << QByteArray("ok") << true;
}

void TestRelayHttp::valid()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(bool, keepAlive);
    for (const bool byteByByte : { false, true }) {
        const Outcome out = parse(bytes, byteByByte);
        QCOMPARE(out.state, RelayHttpParser::State::Complete);
        QCOMPARE(out.request.method, method);
        QCOMPARE(out.request.path, path);
        QCOMPARE(out.request.body, body);
        QCOMPARE(out.request.keepAlive, keepAlive);
        QVERIFY(out.rest.isEmpty());
    }
    const Outcome out = parse(bytes, false);
    if (path == QLatin1String("/v1/events") && bytes.contains("after"))
        QCOMPARE(out.request.query.queryItemValue(QStringLiteral("after")), QStringLiteral("5"));
    QCOMPARE(out.request.header("host").isEmpty(), bytes.contains("HTTP/1.0"));
}

void TestRelayHttp::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::newRow("garbage") << QByteArray("\x16\x03\x01\x02\xfc\x03\x03\r\n\r\n") << 400;
    QTest::newRow("no version") << QByteArray("GET /\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 505;
    QTest::newRow("absolute target") << QByteArray("GET http://evil/ HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("no Host in HTTP/1.1") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n") << 400;
    QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n 2\r\n\r\n") << 400;
    QTest::newRow("control character in a value") << QByteArray("GET / HTTP/1.1\r\nHost: x\x01y\r\n\r\n") << 400;
    QTest::newRow("conflicting Content-Length")
        << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nabc") << 400;
    QTest::newRow("Content-Length not a number")
        << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: +2\r\n\r\n") << 400;
    QTest::newRow("Transfer-Encoding and Content-Length (smuggling)")
        << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
        << 400;
    QTest::newRow("unknown transfer coding")
        << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n") << 501;
    QTest::newRow("bad chunk size") << QByteArray(
        "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                                    << 400;
    QTest::newRow("chunk data too long") << QByteArray(
        "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n")
                                         << 400;
    QTest::newRow("unknown Expect") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nExpect: magic\r\n\r\n") << 417;
}

void TestRelayHttp::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    for (const bool byteByByte : { false, true }) {
        const Outcome out = parse(bytes, byteByByte);
        QCOMPARE(out.state, RelayHttpParser::State::Failed);
        QCOMPARE(out.error, status);
    }
}

void TestRelayHttp::limitsFailBeforeTheBytesArrive()
{
    RelayHttpParser::Limits limits;
    limits.maxHeaderBytes = 1024;
    limits.maxBodyBytes = 100;
    limits.maxHeaderCount = 5;
    // A head that never ends fails once the limit is reached, with the rest never looked at.
    RelayHttpParser parser(limits);
    QByteArray buffer = "GET / HTTP/1.1\r\nX-Pad: " + QByteArray(1000, 'a');
    QCOMPARE(parser.feed(buffer), RelayHttpParser::State::Head);
    buffer = QByteArray(100, 'a');
    QCOMPARE(parser.feed(buffer), RelayHttpParser::State::Failed);
    QCOMPARE(parser.errorStatus(), 431);
    // Too many fields.
    QByteArray many = "GET / HTTP/1.1\r\nHost: x\r\n";
    for (int i = 0; i < 5; ++i)
        many += "X-" + QByteArray::number(i) + ": 1\r\n";
    QCOMPARE(parse(many + "\r\n", false, limits).error, 431);
    // A body over the limit is refused from its Content-Length, with no body byte sent.
    const Outcome big = parse("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 101\r\n\r\n", true, limits);
    QCOMPARE(big.state, RelayHttpParser::State::Failed);
    QCOMPARE(big.error, 413);
    QCOMPARE(
        parse("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n" + QByteArray(100, 'b'), true, limits).state,
        RelayHttpParser::State::Complete);
    // Chunked: refused at the chunk-size line that would pass the limit.
    const Outcome chunked = parse(
        "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n32\r\n" + QByteArray(50, 'c') + "\r\n33\r\n",
        true, limits);
    QCOMPARE(chunked.error, 413);
    // Expect: 100-continue is reported once the head is in and a body is still to come.
    RelayHttpParser expecting(limits);
    QByteArray head = "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nExpect: 100-continue\r\n\r\n";
    QCOMPARE(expecting.feed(head), RelayHttpParser::State::Body);
    QVERIFY(expecting.expectsContinue());
}

void TestRelayHttp::pipelinedRequestsAreLeftInTheBuffer()
{
    const QByteArray first = "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nhi";
    const QByteArray second = "GET /b HTTP/1.1\r\nHost: x\r\n\r\n";
    RelayHttpParser parser({});
    QByteArray buffer = first + second;
    QCOMPARE(parser.feed(buffer), RelayHttpParser::State::Complete);
    QCOMPARE(parser.takeRequest().body, QByteArray("hi"));
    QCOMPARE(buffer, second);
    parser.reset();
    QCOMPARE(parser.feed(buffer), RelayHttpParser::State::Complete);
    QCOMPARE(parser.takeRequest().path, QStringLiteral("/b"));
    QVERIFY(buffer.isEmpty());
}

void TestRelayHttp::responseBytes()
{
    RelayHttpResponse r = RelayHttpResponse::error(QStringLiteral("unauthorized"), 401);
    r.headers.append({ QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer") });
    QCOMPARE(r.serialize(true),
        QByteArray("HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nContent-Length: 24\r\n"
                   "WWW-Authenticate: Bearer\r\nConnection: close\r\n\r\n{\"error\":\"unauthorized\"}"));
    QVERIFY(!r.serialize(false, true).endsWith("}")); // HEAD: no body, same Content-Length
}

QTEST_GUILESS_MAIN(TestRelayHttp)
#include "tst_relayhttp.moc"
