#include "engine/cloudapi/tokenrequest.h"

#include <QNetworkReply>

QNetworkRequest TokenRequest::build(const QUrl &url, const QString &token, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

std::optional<TokenRequest::Redirect> TokenRequest::redirectOf(const QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (status < 300 || status > 399 || !target.isValid() || target.isEmpty())
        return std::nullopt;
    return Redirect{origin(reply->url()), origin(reply->url().resolved(target))};
}

QString TokenRequest::redirectError(const Redirect &redirect)
{
    return tr("%1 redirected the request to %2. Herald never sends an access token or a message anywhere but the "
              "configured host, so the request was not repeated there; check the URL in the account settings.")
        .arg(redirect.from, redirect.to);
}

QString TokenRequest::origin(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toString(QUrl::FullyEncoded);
}
