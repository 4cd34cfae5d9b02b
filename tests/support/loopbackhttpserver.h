#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <functional>

class QTcpSocket;

// A real HTTP/1.1 server on 127.0.0.1 for network tests, with fault injection: a handler decides each
// answer, which may also be to hang (never answer) or to drop the connection. Records every request.
class LoopbackHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QUrl url;                              // path and query, relative
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };
    struct Response
    {
        enum class Fault { None, Hang, Drop };
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        Fault fault = Fault::None;
        QByteArray location;   // sent as a Location header when set (redirects)

        static Response json(int status, const QByteArray &body) { return {status, body, "application/json", Fault::None, {}}; }
        static Response redirect(int status, const QUrl &to)
        {
            return {status, {}, "text/plain", Fault::None, to.toEncoded()};
        }
        static Response hang() { return {0, {}, {}, Fault::Hang, {}}; }
        static Response drop() { return {0, {}, {}, Fault::Drop, {}}; }
    };
    using Handler = std::function<Response(const Request &)>;

    explicit LoopbackHttpServer(QObject *parent = nullptr);
    bool listen();
    QUrl baseUrl() const;   // http://127.0.0.1:<port>
    void setHandler(Handler h) { m_handler = std::move(h); }
    const QList<Request> &requests() const { return m_requests; }
    int openConnections() const { return m_open; }   // 0: every client closed and everything it sent was read

private:
    void onReadyRead(QTcpSocket *socket);

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_open = 0;
};
