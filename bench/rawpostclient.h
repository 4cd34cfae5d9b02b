#pragma once
// The send benchmark's reference: a minimal HTTP/1.1 keep-alive client over raw QTcpSockets that POSTs the same
// template messages (built by CloudApi::messageBody, with the headers QNetworkAccessManager sends) to the same
// loopback server, `connections` requests in flight at once — what the machine and the server allow, without
// Herald's ledger, pacer or Qt's HTTP stack. Runs in the calling thread's event loop.

#include <QByteArray>
#include <QList>
#include <QUrl>

class QTcpSocket;

class RawPostClient
{
public:
    RawPostClient(const QUrl &messagesUrl, const QByteArray &token, int connections);
    // Sends `count` messages and returns once every answer arrived; false if a connection broke.
    bool run(int count);

private:
    QByteArray nextRequest();

    QUrl m_url;
    QByteArray m_head;   // request line and headers up to Content-Length
    int m_connections;
    int m_next = 0;
};
