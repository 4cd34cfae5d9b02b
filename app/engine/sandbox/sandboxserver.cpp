#include "engine/sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>

Q_LOGGING_CATEGORY(lcSandbox, "herald.sandbox", QtInfoMsg)

namespace {

QMutex g_instanceMutex;
SandboxServer *g_instance = nullptr;
bool g_instanceGone = false;

void destroyInstance()
{
    QMutexLocker lock(&g_instanceMutex);
    delete g_instance;
    g_instance = nullptr;
    g_instanceGone = true;
}

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QHttpServerResponse toResponse(const SandboxApi::Reply &reply)
{
    return QHttpServerResponse(reply.body, static_cast<QHttpServerResponse::StatusCode>(reply.status));
}

QString methodName(QHttpServerRequest::Method method)
{
    return QString::fromLatin1(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method))).toLower();
}

} // namespace

SandboxServer::SandboxServer(const Options &options, QObject *parent)
    : QObject(parent)
    , m_api(std::make_unique<SandboxApi>(options))
{
    qRegisterMetaType<SandboxRecord>();
    if (!m_api->templatesLoaded())
        qCWarning(lcSandbox) << "no sandbox templates in" << options.templatesFile;
}

SandboxServer::~SandboxServer()
{
    stop();
}

bool SandboxServer::start(QString *error)
{
    if (m_http)
        return true;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("herald-sandbox"));
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    m_thread->start();
    quint16 port = 0;
    QMetaObject::invokeMethod(
        m_context,
        [this, &port] {
            m_http = new QHttpServer;
            addRoutes();
            port = m_http->listen(QHostAddress::LocalHost, 0);
        },
        Qt::BlockingQueuedConnection);
    if (port == 0) {
        stop();
        if (error)
            *error = tr("The sandbox could not listen on 127.0.0.1.");
        return false;
    }
    m_baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    m_api->setBaseUrl(m_baseUrl);
    qCDebug(lcSandbox) << "listening on" << m_baseUrl.toString();
    return true;
}

void SandboxServer::stop()
{
    if (!m_thread)
        return;
    if (m_http) {
        QMetaObject::invokeMethod(
            m_context,
            [this] {
                delete m_http;
                m_http = nullptr;
            },
            Qt::BlockingQueuedConnection);
    }
    m_thread->quit();
    m_thread->wait();
    delete m_context;
    delete m_thread;
    m_context = nullptr;
    m_thread = nullptr;
    m_baseUrl.clear();
    m_api->setBaseUrl({});
}

SandboxServer *SandboxServer::instance()
{
    QMutexLocker lock(&g_instanceMutex);
    if (g_instance || g_instanceGone)
        return g_instance;
    auto server = std::make_unique<SandboxServer>();
    QString error;
    if (!server->start(&error)) {
        qCWarning(lcSandbox) << "cannot start the sandbox:" << error;
        return nullptr;
    }
    if (QCoreApplication *app = QCoreApplication::instance()) {
        // Whichever thread asked first, the instance belongs to the application's thread and ends with it.
        server->moveToThread(app->thread());
        qAddPostRoutine(destroyInstance);
    }
    g_instance = server.release();
    return g_instance;
}

void SandboxServer::addRoutes()
{
    // Specific paths first: the router takes the first rule that matches.
    m_http->route(QStringLiteral("/<arg>/<arg>/messages"), QHttpServerRequest::Method::Post,
                  [this](const QString &, const QString &phoneNumberId, const QHttpServerRequest &request) {
                      SandboxRecord record;
                      const SandboxApi::Reply reply = m_api->sendMessage(
                          phoneNumberId, headerValue(request, "authorization"), request.body(), &record);
                      if (reply.status == 200)
                          Q_EMIT accepted(record);
                      return toResponse(reply);
                  });
    m_http->route(QStringLiteral("/<arg>/<arg>/message_templates"), QHttpServerRequest::Method::Get,
                  [this](const QString &, const QString &wabaId, const QHttpServerRequest &request) {
                      return toResponse(m_api->listTemplates(wabaId, headerValue(request, "authorization"),
                                                             request.url().path(), request.query()));
                  });
    m_http->route(QStringLiteral("/<arg>/<arg>"), QHttpServerRequest::Method::Get,
                  [this](const QString &, const QString &phoneNumberId, const QHttpServerRequest &request) {
                      return toResponse(
                          m_api->phoneNumber(phoneNumberId, headerValue(request, "authorization"), request.query()));
                  });
    m_http->setMissingHandler([](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const SandboxApi::Reply reply = SandboxApi::unsupported(methodName(request.method()), request.url().path());
        responder.write(QJsonDocument(reply.body), static_cast<QHttpServerResponder::StatusCode>(reply.status));
    });
}
