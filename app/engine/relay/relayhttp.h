#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>
#include <utility>

// The relay's own strict HTTP/1.1 wire format (RFC 9112), small enough to read in one sitting: one request
// at a time per connection, bounded everywhere. It exists because QHttpServer 6.4 reads a whole header and a
// whole body into memory before any code of ours runs (docs/relay.md, "Why its own HTTP server").

// One request as the relay's routes see it. Header names are lower-case.
struct RelayHttpRequest
{
    QByteArray method; // as sent, e.g. "GET"
    QString path; // percent-decoded path of the request target
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool keepAlive = true; // false for HTTP/1.0 or "Connection: close"

    QByteArray header(QByteArrayView lowerCaseName) const;
};

struct RelayHttpResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; // extra headers

    static RelayHttpResponse json(const QJsonObject &body, int status);
    static RelayHttpResponse error(const QString &message, int status);
    // The bytes on the wire; "Connection: close" when close is set. A response to HEAD carries no body.
    QByteArray serialize(bool close, bool headRequest = false) const;
};

const char *relayHttpReason(int status);

// Incremental parser of one request. feed() consumes bytes and stops at the end of the request, so what is
// left in the buffer belongs to the next (pipelined) one. Limits are checked as the bytes arrive, never after
// buffering: a header section over maxHeaderBytes is 431 as soon as that many bytes came without its end; a
// Content-Length over maxBodyBytes is 413 right after the headers, before any body byte is read; a chunked
// body is counted chunk by chunk.
class RelayHttpParser
{
public:
    enum class State { Head, Body, Complete, Failed };

    struct Limits
    {
        qint64 maxHeaderBytes = 16 * 1024;
        int maxHeaderCount = 100;
        qint64 maxBodyBytes = 1024 * 1024;
    };

    explicit RelayHttpParser(Limits limits)
        : m_limits(limits)
    { }

    // Consumes bytes from the front of buffer (all of them unless the request ends inside it).
    State feed(QByteArray &buffer);
    State state() const { return m_state; }
    // True once the head is read and the client asked for "Expect: 100-continue" with a body still to come.
    bool expectsContinue() const { return m_expectContinue && m_state == State::Body; }
    bool headStarted() const { return m_headStarted; }
    // In state Body: the most the body can still grow to (its Content-Length, or the limit when chunked).
    qint64 bodyBound() const { return m_chunked ? m_limits.maxBodyBytes : m_request.body.size() + m_remaining; }

    // Valid in state Complete.
    RelayHttpRequest takeRequest();
    // Valid in state Failed: the status to answer (400, 413, 431, 501, 505) and why.
    int errorStatus() const { return m_errorStatus; }
    const QString &errorMessage() const { return m_errorMessage; }
    void reset();

private:
    State fail(int status, const QString &message);
    State parseHead(const QByteArray &head);
    State parseHeaderLine(QByteArrayView line);
    State finishHead();
    State feedBody(QByteArray &buffer);
    State feedChunked(QByteArray &buffer);

    enum class Chunk { Size, Data, DataEnd, Trailer };

    Limits m_limits;
    State m_state = State::Head;
    RelayHttpRequest m_request;
    QByteArray m_head;
    bool m_headStarted = false;
    bool m_chunked = false;
    bool m_expectContinue = false;
    bool m_http10 = false;
    qint64 m_remaining = 0; // Content-Length bytes still to read, or of the current chunk
    Chunk m_chunk = Chunk::Size;
    QByteArray m_line; // current chunk-size or trailer line
    qint64 m_trailerBytes = 0;
    int m_errorStatus = 0;
    QString m_errorMessage;
};
