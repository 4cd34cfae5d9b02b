#include "engine/relay/relayhttp.h"

#include <algorithm>
#include <QJsonDocument>
#include <QUrl>

namespace {

constexpr qint64 kMaxChunkLine = 4096; // a chunk-size line with extensions
constexpr qsizetype kMaxHexDigits = 15; // below 2^60, so the sum cannot overflow

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text)
        if (!isTokenChar(c))
            return false;
    return true;
}

// A comma-separated header value contains token (case-insensitive), e.g. "Connection: keep-alive, close".
bool listContains(const QByteArray &value, QByteArrayView token)
{
    for (const QByteArray &part : value.split(','))
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// Strips one line ending (CRLF, or a bare LF, which RFC 9112 §2.2 lets a recipient accept).
QByteArrayView chopLineEnd(QByteArrayView line)
{
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

QByteArray RelayHttpRequest::header(QByteArrayView lowerCaseName) const
{
    for (const auto &[name, value] : headers)
        if (name == lowerCaseName)
            return value;
    return {};
}

RelayHttpResponse RelayHttpResponse::json(const QJsonObject &body, int status)
{
    RelayHttpResponse r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

RelayHttpResponse RelayHttpResponse::error(const QString &message, int status)
{
    return json(QJsonObject { { QStringLiteral("error"), message } }, status);
}

const char *relayHttpReason(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 417:
        return "Expectation Failed";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

QByteArray RelayHttpResponse::serialize(bool close, bool headRequest) const
{
    QByteArray out;
    out.reserve(body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + relayHttpReason(status) + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (!headRequest)
        out += body;
    return out;
}

void RelayHttpParser::reset()
{
    const Limits limits = m_limits;
    *this = RelayHttpParser(limits);
}

RelayHttpParser::State RelayHttpParser::fail(int status, const QString &message)
{
    m_errorStatus = status;
    m_errorMessage = message;
    return m_state = State::Failed;
}

RelayHttpRequest RelayHttpParser::takeRequest()
{
    return std::move(m_request);
}

RelayHttpParser::State RelayHttpParser::feed(QByteArray &buffer)
{
    if (m_state == State::Head) {
        // Empty lines before a request line are skipped (RFC 9112 §2.2).
        while (!m_headStarted && !buffer.isEmpty() && (buffer.front() == '\r' || buffer.front() == '\n'))
            buffer.remove(0, 1);
        if (buffer.isEmpty())
            return m_state;
        m_headStarted = true;
        // Look for the blank line that ends the head only in the bytes that can still belong to it.
        const qsizetype searchFrom = std::max<qsizetype>(0, m_head.size() - 3);
        const qsizetype room = m_limits.maxHeaderBytes - m_head.size();
        const qsizetype take = std::min<qsizetype>(buffer.size(), std::max<qsizetype>(room, 0));
        m_head += buffer.left(take);
        qsizetype end = -1;
        for (qsizetype i = searchFrom; i < m_head.size(); ++i) {
            if (m_head.at(i) != '\n')
                continue;
            if (i >= 1 && m_head.at(i - 1) == '\n') {
                end = i + 1;
                break;
            }
            if (i >= 2 && m_head.at(i - 1) == '\r' && m_head.at(i - 2) == '\n') {
                end = i + 1;
                break;
            }
        }
        if (end < 0) {
            buffer.remove(0, take);
            if (m_head.size() >= m_limits.maxHeaderBytes)
                return fail(
                    431, QStringLiteral("the request head is larger than %1 bytes").arg(m_limits.maxHeaderBytes));
            return m_state;
        }
        // Give back what follows the head: the body, or the next request.
        const qsizetype consumed = take - (m_head.size() - end);
        buffer.remove(0, consumed);
        m_head.truncate(end);
        if (parseHead(m_head) == State::Failed)
            return m_state;
        m_head.clear();
    }
    if (m_state == State::Body)
        return m_chunked ? feedChunked(buffer) : feedBody(buffer);
    return m_state;
}

RelayHttpParser::State RelayHttpParser::parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QByteArrayView requestLine = chopLineEnd(lines.constFirst());
    const QList<QByteArrayView> parts = [&] {
        QList<QByteArrayView> out;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= requestLine.size(); ++i) {
            if (i == requestLine.size() || requestLine.at(i) == ' ') {
                out.append(requestLine.sliced(start, i - start));
                start = i + 1;
            }
        }
        return out;
    }();
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty())
        return fail(400, QStringLiteral("malformed request line"));
    if (parts[2] == "HTTP/1.0")
        m_http10 = true;
    else if (parts[2] != "HTTP/1.1")
        return fail(parts[2].startsWith("HTTP/") ? 505 : 400, QStringLiteral("only HTTP/1.1 and HTTP/1.0 are served"));
    if (!parts[1].startsWith('/'))
        return fail(400, QStringLiteral("the request target must be a path"));
    const QUrl url = QUrl::fromEncoded(parts[1].toByteArray(), QUrl::StrictMode);
    if (!url.isValid())
        return fail(400, QStringLiteral("malformed request target"));
    m_request.method = parts[0].toByteArray();
    m_request.path = url.path(QUrl::FullyDecoded);
    m_request.query = QUrlQuery(url);

    int count = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = chopLineEnd(lines.at(i));
        if (line.isEmpty())
            continue; // the blank line that ends the head
        if (++count > m_limits.maxHeaderCount)
            return fail(431, QStringLiteral("more than %1 header fields").arg(m_limits.maxHeaderCount));
        if (parseHeaderLine(line) == State::Failed)
            return m_state;
    }
    return finishHead();
}

RelayHttpParser::State RelayHttpParser::parseHeaderLine(QByteArrayView line)
{
    if (line.front() == ' ' || line.front() == '\t')
        return fail(400, QStringLiteral("folded header lines are not accepted"));
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.first(colon)))
        return fail(400, QStringLiteral("malformed header field"));
    const QByteArray value = line.sliced(colon + 1).trimmed().toByteArray();
    for (char c : value)
        if ((c >= 0 && c < 0x20 && c != '\t') || c == 0x7f)
            return fail(400, QStringLiteral("control character in a header value"));
    m_request.headers.append({ line.first(colon).toByteArray().toLower(), value });
    return m_state;
}

RelayHttpParser::State RelayHttpParser::finishHead()
{
    QByteArray contentLength;
    QByteArray transferEncoding;
    bool host = false;
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        if (name == "content-length") {
            // Several differing lengths are a smuggling attempt; identical repeats are harmless.
            if (!contentLength.isNull() && contentLength != value)
                return fail(400, QStringLiteral("conflicting Content-Length fields"));
            contentLength = value;
        } else if (name == "transfer-encoding") {
            transferEncoding += (transferEncoding.isEmpty() ? "" : ",") + value;
        } else if (name == "host") {
            host = true;
        } else if (name == "connection" && listContains(value, "close")) {
            m_request.keepAlive = false;
        } else if (name == "expect") {
            if (value.compare("100-continue", Qt::CaseInsensitive) != 0)
                return fail(417, QStringLiteral("unsupported Expect field"));
            m_expectContinue = true;
        }
    }
    if (m_http10)
        m_request.keepAlive = false;
    else if (!host)
        return fail(400, QStringLiteral("the Host header field is missing"));
    if (!transferEncoding.isNull()) {
        if (!contentLength.isNull() || m_http10)
            return fail(400, QStringLiteral("Transfer-Encoding together with Content-Length or HTTP/1.0"));
        if (transferEncoding.trimmed().compare("chunked", Qt::CaseInsensitive) != 0)
            return fail(501, QStringLiteral("only the chunked transfer coding is supported"));
        m_chunked = true;
        m_chunk = Chunk::Size;
        return m_state = State::Body;
    }
    if (!contentLength.isNull()) {
        bool ok = !contentLength.isEmpty() && contentLength.size() <= 18;
        for (char c : std::as_const(contentLength))
            ok = ok && c >= '0' && c <= '9';
        if (!ok)
            return fail(400, QStringLiteral("malformed Content-Length"));
        m_remaining = contentLength.toLongLong();
        if (m_remaining > m_limits.maxBodyBytes)
            return fail(413, QStringLiteral("body larger than %1 bytes").arg(m_limits.maxBodyBytes));
    }
    if (m_remaining == 0)
        return m_state = State::Complete;
    m_request.body.reserve(std::min<qint64>(m_remaining, 64 * 1024)); // grows as bytes come, not as promised
    return m_state = State::Body;
}

RelayHttpParser::State RelayHttpParser::feedBody(QByteArray &buffer)
{
    const qsizetype take = std::min<qint64>(buffer.size(), m_remaining);
    m_request.body += buffer.left(take);
    buffer.remove(0, take);
    m_remaining -= take;
    if (m_remaining == 0)
        m_state = State::Complete;
    return m_state;
}

RelayHttpParser::State RelayHttpParser::feedChunked(QByteArray &buffer)
{
    while (!buffer.isEmpty() && m_state == State::Body) {
        if (m_chunk == Chunk::Data) {
            const qsizetype take = std::min<qint64>(buffer.size(), m_remaining);
            m_request.body += buffer.left(take);
            buffer.remove(0, take);
            m_remaining -= take;
            if (m_remaining == 0)
                m_chunk = Chunk::DataEnd;
            continue;
        }
        // Size, DataEnd and Trailer are lines: collect up to the LF, bounded.
        const qsizetype lf = buffer.indexOf('\n');
        const qsizetype take = lf < 0 ? buffer.size() : lf + 1;
        m_line += buffer.left(take);
        buffer.remove(0, take);
        if (m_chunk == Chunk::Trailer)
            m_trailerBytes += take;
        if (m_line.size() > kMaxChunkLine || m_trailerBytes > m_limits.maxHeaderBytes)
            return fail(m_chunk == Chunk::Trailer ? 431 : 400, QStringLiteral("chunk line or trailer too long"));
        if (lf < 0)
            return m_state;
        const QByteArrayView line = chopLineEnd(m_line);
        if (m_chunk == Chunk::DataEnd) {
            if (!line.isEmpty())
                return fail(400, QStringLiteral("chunk data not followed by a line end"));
            m_chunk = Chunk::Size;
        } else if (m_chunk == Chunk::Trailer) {
            if (line.isEmpty())
                m_state = State::Complete; // trailer fields are read and ignored
        } else {
            const qsizetype semicolon = line.indexOf(';');
            const QByteArrayView hex = (semicolon < 0 ? line : line.first(semicolon)).trimmed();
            bool ok = !hex.isEmpty() && hex.size() <= kMaxHexDigits;
            const qint64 size = ok ? QByteArray(hex.data(), hex.size()).toLongLong(&ok, 16) : 0;
            if (!ok || size < 0)
                return fail(400, QStringLiteral("malformed chunk size"));
            if (m_request.body.size() + size > m_limits.maxBodyBytes)
                return fail(413, QStringLiteral("body larger than %1 bytes").arg(m_limits.maxBodyBytes));
            m_remaining = size;
            m_chunk = size == 0 ? Chunk::Trailer : Chunk::Data;
        }
        m_line.clear();
    }
    return m_state;
}
