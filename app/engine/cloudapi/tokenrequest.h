#pragma once

#include <QCoreApplication>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>
#include <optional>

class QNetworkReply;

// The one place that builds every HTTP request carrying a secret: the Graph access token (sends, test sends,
// template sync and submit, account test) and the relay's ingest and feed tokens. Such a request never follows
// a redirect (Qt 6 follows them by default and re-sends the Authorization header and a 307/308 body to the
// other host): a 3xx answer comes back to the caller, which refuses it with redirectError().
class TokenRequest
{
    Q_DECLARE_TR_FUNCTIONS(TokenRequest)

public:
    // `url` with `Authorization: Bearer <token>`, a transfer timeout and no automatic redirect.
    static QNetworkRequest build(const QUrl &url, const QString &token, int timeoutMs);

    struct Redirect
    {
        QString from;   // scheme://host:port the request went to
        QString to;     // scheme://host:port the answer pointed at
    };
    // The answer was a redirect (3xx with a Location): where from and where to; nullopt otherwise.
    static std::optional<Redirect> redirectOf(const QNetworkReply *reply);
    // One sentence naming both hosts and what to check.
    static QString redirectError(const Redirect &redirect);

    // scheme://host[:port] of a URL, never its user-info, path or query (safe for messages and logs).
    static QString origin(const QUrl &url);
};
