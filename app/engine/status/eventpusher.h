#pragma once

#include "models/accounts/account.h"
#include "models/status/businessevents.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class Workspace;

// Records a business event (e.g. "order_placed" for a phone) the way `herald-cli events push` does.
//   - An account with a relay URL: POST {relay}/v1/business-events with the ingest token as a bearer token
//     (docs/relay.md); desktops then receive the event through the feed like every other relay event.
//   - An account without one (the sandbox account, a Cloud API account without a relay): the event goes
//     straight into the workspace's business_events (BusinessEventStore), where triggered campaigns see it.
// The token travels only in the Authorization header; it is never logged or put in a message.
class EventPusher : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Stored, Invalid, Unauthorized, Unreachable, RelayError, DatabaseError };
    Q_ENUM(Outcome)

    struct Result
    {
        Outcome outcome = Outcome::RelayError;
        bool viaRelay = false;
        qint64 cursor = 0;        // relay: the event's feed cursor
        qint64 id = 0;            // local: the business_events row
        int httpStatus = 0;       // relay: the HTTP status (0 without an answer)
        QString field;            // Invalid: the relay's or the store's offending field (event, phone, …)
        QString message;          // what went wrong and what to do, for a person; empty when stored
        bool ok() const { return outcome == Outcome::Stored; }
    };

    explicit EventPusher(QObject *parent = nullptr);
    ~EventPusher() override;

    // Whether events of this account go to a relay (a relay URL is stored) or into the workspace.
    static bool usesRelay(const Account &account) { return !account.relayUrl.trimmed().isEmpty(); }
    // The endpoint for a relay URL: {relay}/v1/business-events (a path prefix of the relay URL is kept).
    static QUrl endpoint(const QString &relayUrl);
    // The JSON body the relay takes.
    static QByteArray requestBody(const BusinessEvent &event);

    // Stores the event in the workspace (no relay). Synchronous.
    static Result recordLocally(Workspace &workspace, const Account &account, BusinessEvent event);

    // POSTs the event to the relay; finished() follows exactly once. One push at a time per pusher.
    void push(const QString &relayUrl, const QString &ingestToken, const BusinessEvent &event);
    void setTimeout(int ms) { m_timeoutMs = ms; }

Q_SIGNALS:
    void finished(const EventPusher::Result &result);

private:
    void onFinished(QNetworkReply *reply);

    std::unique_ptr<QNetworkAccessManager> m_nam;
    QPointer<QNetworkReply> m_reply;
    QUrl m_url;
    int m_timeoutMs = 30000;
};
