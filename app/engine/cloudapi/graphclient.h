#pragma once

#include "models/accounts/account.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

// What went wrong with a Graph API call, in our own terms.
struct GraphError
{
    Q_DECLARE_TR_FUNCTIONS(GraphError)

public:
    enum class Kind { None, Network, Timeout, Tls, Http, Api, BadResponse, Redirect };
    Kind kind = Kind::None;
    int httpStatus = 0;
    int code = 0;            // error.code from Meta (190 = bad or expired token, …)
    int subcode = 0;
    QString type;            // OAuthException, …
    QString message;         // Meta's message, the network error text, or the refused redirect
    QString details;         // error_data.details
    QString fbtraceId;

    bool ok() const { return kind == Kind::None; }
    // One sentence for a person: what happened and what to do about it.
    QString describe() const;
};

// A thin Graph API client bound to one account and its access token. Every request is built by CloudApi
// (base URL and version, bearer token, transfer timeout, no redirect followed); replies are parsed into JSON or a
// GraphError (Meta's envelope read by CloudApi::errorEnvelope). Lives in one thread and
// owns its QNetworkAccessManager there.
class GraphClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const QJsonObject &body, const GraphError &error)>;

    GraphClient(const Account &account, const QString &accessToken, QObject *parent = nullptr);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }

    // https://graph.facebook.com/v23.0/<path>?<query>
    QUrl url(const QString &path, const QUrlQuery &query = {}) const;

    void get(const QUrl &url, Callback done);
    void post(const QUrl &url, const QJsonObject &body, Callback done);
    // POST with a body already serialised as JSON (CloudApi::messageBody).
    void post(const QUrl &url, const QByteArray &json, Callback done);

    // True when `url` points at the account's Graph host (paging links are only followed there, so the
    // token never goes to another host).
    bool isSameOrigin(const QUrl &url) const;

private:
    void handle(QNetworkReply *reply, const Callback &done);

    Account m_account;
    QString m_token;
    QNetworkAccessManager *m_nam;
    int m_timeoutMs = 30000;
};
