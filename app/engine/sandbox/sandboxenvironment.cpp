#include "engine/sandbox/sandboxenvironment.h"

#include "engine/relay/relayserver.h"
#include "engine/sandbox/sandboxserver.h"
#include "models/storage/workspacelocation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonArray>
#include <QFile>
#include <QSaveFile>
#include <QLockFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QThread>

Q_LOGGING_CATEGORY(lcSandboxEnvironment, "herald.sandbox.environment", QtInfoMsg)

namespace {

QMutex g_instanceMutex;
SandboxEnvironment *g_instance = nullptr;
bool g_instanceGone = false;
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void destroyInstance()
{
    QMutexLocker lock(&g_instanceMutex);
    delete g_instance;
    g_instance = nullptr;
    g_instanceGone = true;
}

QByteArray randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes.toHex();
}

// The embedded relay logs one info line per request, which is right for herald-relay's journal but noise in
// the GUI and the CLI: keep only its warnings and errors there.
void quietRelayFilter(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrcmp(category->categoryName(), "herald.relay") == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

void quietRelayLogs()
{
    static bool installed = false;
    if (!installed) {
        installed = true;
        g_previousFilter = QLoggingCategory::installFilter(quietRelayFilter);
    }
}

} // namespace

SandboxEnvironment::SandboxEnvironment(SandboxServer *server, const Options &options, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_options(options)
    , m_databasePath(options.databasePath.isEmpty() ? defaultDatabasePath() : options.databasePath)
{ }

SandboxEnvironment::~SandboxEnvironment()
{
    stop();
}

bool SandboxEnvironment::start(QString *error)
{
    if (m_relay)
        return true;
    if (!m_server || !m_server->start(error))
        return false;
    quietRelayLogs();
    m_appSecret = randomToken();
    m_verifyToken = randomToken();
    m_feedToken = randomToken();

    RelayConfig config;
    config.appSecret = m_appSecret;
    config.verifyToken = m_verifyToken;
    config.feedToken = m_feedToken;
    config.databasePath = m_databasePath;
    config.address = QHostAddress::LocalHost;
    config.port = 0;
    m_relayThread = new QThread;
    m_relayThread->setObjectName(QStringLiteral("herald-sandbox-relay"));
    QObject context; // lives in the relay's thread for the call below
    context.moveToThread(m_relayThread);
    m_relayThread->start();
    QString relayError;
    QMetaObject::invokeMethod(
        &context,
        [this, &config, &relayError] {
            auto relay = std::make_unique<RelayServer>(config); // created here: it belongs to this thread
            if (relay->start(&relayError))
                m_relay = relay.release();
        },
        Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(
        &context, [&context] { context.moveToThread(nullptr); }, Qt::BlockingQueuedConnection);
    if (!m_relay) {
        stop();
        if (error)
            *error = tr("The sandbox relay could not start: %1").arg(relayError);
        return false;
    }
    m_relayUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_relay->port()));

    m_webhookThread = new QThread;
    m_webhookThread->setObjectName(QStringLiteral("herald-sandbox-webhooks"));
    m_webhooks = new SandboxWebhooks(m_options.webhooks);
    m_webhooks->setTarget(m_relayUrl.resolved(QUrl(QStringLiteral("/webhooks/whatsapp"))), m_appSecret);
    m_webhooks->loadTemplates(m_server->options().templatesFile);
    m_webhooks->moveToThread(m_webhookThread);
    m_webhookThread->start();
    // Direct: schedule() runs in the sandbox's thread and queues the events into the webhooks' thread.
    m_acceptedConnection
        = connect(m_server, &SandboxServer::accepted, m_webhooks, &SandboxWebhooks::schedule, Qt::DirectConnection);
    // Reports a previous process had planned but not sent yet: sent now at their time (or at once if overdue).
    m_webhooks->restore(takeSavedEvents());
    qCDebug(lcSandboxEnvironment) << "sandbox relay on" << m_relayUrl.toString() << "database" << m_databasePath;
    return true;
}

void SandboxEnvironment::stop()
{
    disconnect(m_acceptedConnection);
    if (m_webhookThread) {
        if (m_webhooks) {
            QJsonArray queued;
            QMetaObject::invokeMethod(
                m_webhooks, [this, &queued] { queued = m_webhooks->takeQueued(); }, Qt::BlockingQueuedConnection);
            saveEvents(queued);
            QMetaObject::invokeMethod(
                m_webhooks, [this] { delete m_webhooks; }, Qt::BlockingQueuedConnection);
            m_webhooks = nullptr;
        }
        m_webhookThread->quit();
        m_webhookThread->wait();
        delete m_webhookThread;
        m_webhookThread = nullptr;
    }
    if (m_relayThread) {
        if (m_relay) {
            QMetaObject::invokeMethod(
                m_relay, [this] { delete m_relay; }, Qt::BlockingQueuedConnection);
            m_relay = nullptr;
        }
        m_relayThread->quit();
        m_relayThread->wait();
        delete m_relayThread;
        m_relayThread = nullptr;
    }
    m_relayUrl.clear();
}

QString SandboxEnvironment::savedEventsPath() const
{
    return m_databasePath + QStringLiteral(".pending.json");
}

void SandboxEnvironment::saveEvents(const QJsonArray &events)
{
    if (events.isEmpty())
        return;
    // Another process on the same workspace may save or take at the same moment: one at a time, and append.
    QLockFile lock(savedEventsPath() + QStringLiteral(".lock"));
    if (!lock.tryLock(5000)) {
        qCWarning(lcSandboxEnvironment) << events.size() << "simulated webhook events dropped: the file is locked";
        return;
    }
    QJsonArray all;
    QFile existing(savedEventsPath());
    if (existing.open(QIODevice::ReadOnly))
        all = QJsonDocument::fromJson(existing.readAll()).array();
    existing.close();
    for (const QJsonValue &v : events)
        all.append(v);
    QSaveFile out(savedEventsPath());
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(all).toJson(QJsonDocument::Compact)) < 0
        || !out.commit()) {
        qCWarning(lcSandboxEnvironment) << events.size() << "simulated webhook events dropped:" << out.errorString();
        return;
    }
    qCDebug(lcSandboxEnvironment) << events.size() << "simulated webhook events kept for the next start";
}

QJsonArray SandboxEnvironment::takeSavedEvents()
{
    QLockFile lock(savedEventsPath() + QStringLiteral(".lock"));
    if (!lock.tryLock(5000))
        return {};
    QFile file(savedEventsPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray events = QJsonDocument::fromJson(file.readAll()).array();
    file.close();
    file.remove();
    return events;
}

QString SandboxEnvironment::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("sandbox-relay.sqlite"));
}

QString SandboxEnvironment::databasePathFor(const QString &workspacePath)
{
    if (workspacePath.isEmpty())
        return defaultDatabasePath();
    // A PostgreSQL workspace: this machine's simulated relay keeps its store in the per-user folder, by URL.
    if (WorkspaceLocation::isDatabaseUrl(workspacePath))
        return QFileInfo(defaultDatabasePath()).absolutePath() + QStringLiteral("/sandbox-relay-%1.sqlite")
            .arg(QString::fromLatin1(QCryptographicHash::hash(workspacePath.toUtf8(), QCryptographicHash::Sha1)
                                         .toHex()
                                         .left(16)));
    return workspacePath + QStringLiteral(".sandbox-relay.sqlite");
}

SandboxEnvironment *SandboxEnvironment::ensureRunning(const QString &workspacePath, QString *error)
{
    QMutexLocker lock(&g_instanceMutex);
    if (g_instance || g_instanceGone)
        return g_instance;
    SandboxServer *server = SandboxServer::instance();
    if (!server) {
        if (error)
            *error = tr("The sandbox could not start.");
        return nullptr;
    }
    Options options;
    options.databasePath = databasePathFor(workspacePath);
    bool ok = false;
    const double speed = qEnvironmentVariable("HERALD_SANDBOX_SPEED").toDouble(&ok);
    if (ok && speed > 0)
        options.webhooks.speed = speed;
    auto environment = std::make_unique<SandboxEnvironment>(server, options);
    QString reason;
    if (!environment->start(&reason)) {
        qCWarning(lcSandboxEnvironment) << "cannot start the sandbox relay:" << reason;
        if (error)
            *error = reason;
        return nullptr;
    }
    if (QCoreApplication *app = QCoreApplication::instance()) {
        environment->moveToThread(app->thread());
        // Post routines run last-added first: this one before the sandbox server's.
        qAddPostRoutine(destroyInstance);
    }
    g_instance = environment.release();
    return g_instance;
}

SandboxEnvironment *SandboxEnvironment::instance()
{
    return ensureRunning(QString());
}
