#include "engine/send/sendconnections.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

SendConnections::SendConnections(int maxInFlight, QObject *parent)
    : QObject(parent)
    , m_maxManagers(std::max(1, (maxInFlight + kConnectionsPerManager - 1) / kConnectionsPerManager))
{
}

SendConnections::Manager &SendConnections::pick()
{
    qsizetype best = -1;
    for (qsizetype i = 0; i < m_managers.size(); ++i) {
        if (best < 0 || m_managers.at(i).outstanding < m_managers.at(best).outstanding)
            best = i;
    }
    if (best < 0 || (m_managers.at(best).outstanding >= kConnectionsPerManager && m_managers.size() < m_maxManagers)) {
        m_managers.append(Manager{new QNetworkAccessManager(this), 0});
        best = m_managers.size() - 1;
    }
    return m_managers[best];
}

QNetworkReply *SendConnections::post(const QNetworkRequest &request, QIODevice *body)
{
    Manager &manager = pick();
    QNetworkAccessManager *nam = manager.nam;
    ++manager.outstanding;
    QNetworkReply *reply = nam->post(request, body);
    body->setParent(reply);
    connect(reply, &QNetworkReply::finished, this, [this, nam] {
        for (Manager &m : m_managers) {
            if (m.nam == nam) {
                --m.outstanding;
                break;
            }
        }
    });
    return reply;
}
