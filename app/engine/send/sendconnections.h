#pragma once

#include <QList>
#include <QObject>

class QIODevice;
class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

// The sender's connections to the Graph host. One QNetworkAccessManager opens at most 6 HTTP/1.1 connections
// per host and queues the rest behind them, so a few requests that hang (until their timeout) would hold every
// connection and stop the run. The sender therefore spreads its requests over several managers: a request goes
// to the manager with the fewest requests outstanding, and a new manager (new connections) is added when every
// one already has kConnectionsPerManager outstanding, up to the number needed for the sender's largest number
// of requests in flight. Over HTTP/2 (Meta's Graph over TLS) each manager multiplexes its requests on one
// connection, where a hung stream blocks nobody. Lives in the sender's thread.
class SendConnections : public QObject
{
    Q_OBJECT

public:
    static constexpr int kConnectionsPerManager = 6;   // Qt's limit of HTTP/1.1 connections per host

    // `maxInFlight`: the most requests the sender ever has outstanding at once.
    explicit SendConnections(int maxInFlight, QObject *parent = nullptr);

    // POSTs `body` (which the reply then owns) on a manager with a free connection.
    QNetworkReply *post(const QNetworkRequest &request, QIODevice *body);

    int managerCount() const { return int(m_managers.size()); }

private:
    struct Manager
    {
        QNetworkAccessManager *nam = nullptr;
        int outstanding = 0;
    };
    Manager &pick();

    QList<Manager> m_managers;
    int m_maxManagers;
};
