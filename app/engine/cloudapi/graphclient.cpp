#include "engine/cloudapi/graphclient.h"

#include "engine/cloudapi/cloudapi.h"
#include "engine/cloudapi/tokenrequest.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

Q_LOGGING_CATEGORY(lcGraph, "herald.graph", QtInfoMsg)

QString GraphError::describe() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Timeout:
        return tr("The Graph API did not answer in time. Check your internet connection and the Graph API URL, "
                  "then try again.");
    case Kind::Tls:
        return tr("The secure connection to the Graph API failed (%1). Check the Graph API URL and your system's "
                  "date and certificates.")
            .arg(message);
    case Kind::Network:
        return tr("Cannot reach the Graph API (%1). Check your internet connection and the Graph API URL.").arg(message);
    case Kind::BadResponse:
        return tr("The Graph API answered something Herald does not understand (%1).").arg(message);
    case Kind::Http:
        return tr("The Graph API answered HTTP %1 (%2). Try again later.").arg(httpStatus).arg(message);
    case Kind::Redirect:
        return message;
    case Kind::Api:
        break;
    }
    QString what;
    if (code == 190 || code == 0)
        what = tr("The access token is invalid or has expired: create a new one in Meta Business Manager and store it "
                  "with “Set token”.");
    else if (code == 100 || code == 33)
        what = tr("An ID in the account settings is wrong or not visible to this token: check the phone number ID "
                  "and the WhatsApp Business Account ID.");
    else if (code == 10 || (code >= 200 && code <= 299) || code == 131005)
        what = tr("The token lacks a permission (whatsapp_business_messaging and whatsapp_business_management).");
    else if (code == 4 || code == 80007)
        what = tr("Meta's rate limit was reached; wait a while and try again.");
    else
        what = tr("See Meta's error reference for this code.");
    QString text = tr("Meta refused the request: %1 (code %2). %3").arg(message).arg(code).arg(what);
    if (!details.isEmpty())
        text += QLatin1Char(' ') + tr("Details: %1").arg(details);
    if (!fbtraceId.isEmpty())
        text += QLatin1Char(' ') + tr("(trace id %1)").arg(fbtraceId);
    return text;
}

GraphClient::GraphClient(const Account &account, const QString &accessToken, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_token(accessToken)
    , m_nam(new QNetworkAccessManager(this))
{
}

QUrl GraphClient::url(const QString &path, const QUrlQuery &query) const
{
    return CloudApi::url(m_account, path, query);
}

bool GraphClient::isSameOrigin(const QUrl &url) const
{
    return CloudApi::isSameOrigin(m_account, url);
}

void GraphClient::get(const QUrl &url, Callback done)
{
    handle(m_nam->get(CloudApi::request(url, m_token, m_timeoutMs)), done);
}

void GraphClient::post(const QUrl &url, const QJsonObject &body, Callback done)
{
    post(url, QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(done));
}

void GraphClient::post(const QUrl &url, const QByteArray &json, Callback done)
{
    handle(m_nam->post(CloudApi::jsonRequest(url, m_token, m_timeoutMs), json), done);
}

void GraphClient::handle(QNetworkReply *reply, const Callback &done)
{
    connect(reply, &QNetworkReply::finished, this, [reply, done] {
        reply->deleteLater();
        GraphError error;
        error.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray bytes = reply->readAll();
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
        const QJsonObject body = doc.object();
        const auto apiError = CloudApi::errorEnvelope(body);
        if (const auto redirect = TokenRequest::redirectOf(reply)) {
            error.kind = GraphError::Kind::Redirect;
            error.message = TokenRequest::redirectError(*redirect);
        } else if (apiError) {
            // Meta's error envelope, whatever the HTTP status (mostly 400/401/403/500).
            error.kind = GraphError::Kind::Api;
            error.code = apiError->code;
            error.subcode = apiError->subcode;
            error.type = apiError->type;
            error.message = apiError->message;
            error.details = apiError->details;
            error.fbtraceId = apiError->fbtraceId;
        } else if (reply->error() == QNetworkReply::OperationCanceledError
                   || reply->error() == QNetworkReply::TimeoutError) {
            error.kind = GraphError::Kind::Timeout;
            error.message = reply->errorString();
        } else if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
            error.kind = GraphError::Kind::Tls;
            error.message = reply->errorString();
        } else if (error.httpStatus >= 400) {
            error.kind = GraphError::Kind::Http;
            error.message = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        } else if (reply->error() != QNetworkReply::NoError) {
            error.kind = GraphError::Kind::Network;
            error.message = reply->errorString();
        } else if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            error.kind = GraphError::Kind::BadResponse;
            error.message = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                          : tr("the answer is not a JSON object");
        }
        if (!error.ok()) {
            // The URL path and query hold no secret (the token travels in a header).
            qCWarning(lcGraph) << "request failed:" << reply->url().path() << int(error.kind) << error.httpStatus
                               << error.code;
        }
        done(error.ok() ? body : QJsonObject(), error);
    });
}
