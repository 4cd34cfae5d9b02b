// herald-relay: the always-on webhook receiver desktops poll for delivery statuses and replies (docs/relay.md).
// Links herald_engine and herald_models only; no Widgets.
#include "relayserver.h"

#include <csignal>
#include <cstdio>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <sys/socket.h>
#include <unistd.h>

namespace {

struct RelayMain
{
    Q_DECLARE_TR_FUNCTIONS(RelayMain)
};

QString levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return QStringLiteral("debug");
    case QtInfoMsg:
        return QStringLiteral("info");
    case QtWarningMsg:
        return QStringLiteral("warning");
    case QtCriticalMsg:
        return QStringLiteral("error");
    case QtFatalMsg:
        return QStringLiteral("fatal");
    }
    return QStringLiteral("info");
}

// One JSON object per line on stderr. The relay's own records arrive as compact JSON (relayLog()) and get
// time and level added; anything else Qt prints is wrapped as {"event":"log","category":…,"message":…}.
void jsonMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QJsonObject record;
    if (context.category && qstrcmp(context.category, "herald.relay") == 0)
        record = QJsonDocument::fromJson(message.toUtf8()).object();
    if (record.isEmpty()) {
        record.insert(QStringLiteral("event"), QStringLiteral("log"));
        record.insert(QStringLiteral("category"), QString::fromUtf8(context.category ? context.category : "default"));
        record.insert(QStringLiteral("message"), message);
    }
    record.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    record.insert(QStringLiteral("level"), levelName(type));
    const QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr); // one write per line
    if (type == QtFatalMsg)
        std::abort();
}

void refuse(const QString &message)
{
    relayLog(QtCriticalMsg,
        { { QStringLiteral("event"), QStringLiteral("startup.refused") }, { QStringLiteral("message"), message } });
}

// "HOST:PORT", "[v6]:PORT" or "localhost:PORT".
bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint value = text.mid(colon + 1).toUInt(&ok);
    if (!ok || value > 65535)
        return false;
    *port = static_cast<quint16>(value);
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0) {
        *address = QHostAddress(QHostAddress::LocalHost);
        return true;
    }
    return address->setAddress(host);
}

QString defaultDatabasePath()
{
    // systemd's StateDirectory= sets STATE_DIRECTORY; otherwise the per-user data directory.
    const QString state = qEnvironmentVariable("STATE_DIRECTORY").section(QLatin1Char(':'), 0, 0);
    const QString dir = state.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : state;
    return QDir(dir).filePath(QStringLiteral("relay.sqlite"));
}

// SIGTERM/SIGINT end the event loop cleanly (the self-pipe trick: the handler only writes one byte).
int g_signalFds[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFds[0], &byte, 1);
}

void installSignalHandlers(QCoreApplication *app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalFds[1], &byte, 1);
        relayLog(QtInfoMsg, { { QStringLiteral("event"), QStringLiteral("shutdown") } });
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("herald-relay"));
    QCoreApplication::setOrganizationName(QStringLiteral("Herald"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HERALD_VERSION));
    qInstallMessageHandler(jsonMessageHandler);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        RelayMain::tr("Receives WhatsApp webhooks from Meta, stores them durably and serves them to Herald desktops.\n"
                      "Secrets come only from the environment: HERALD_RELAY_APP_SECRET, HERALD_RELAY_VERIFY_TOKEN,\n"
                      "HERALD_RELAY_FEED_TOKEN; optionally HERALD_RELAY_INGEST_TOKEN, which enables\n"
                      "POST /v1/business-events."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listenOption(QStringLiteral("listen"), RelayMain::tr("Address and port to listen on."),
        QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption databaseOption(QStringLiteral("database"),
        RelayMain::tr("SQLite file for the stored events."), QStringLiteral("PATH"), defaultDatabasePath());
    const QCommandLineOption maxBodyOption(QStringLiteral("max-body"),
        RelayMain::tr("Largest webhook body accepted, in bytes (larger ones get 413)."), QStringLiteral("BYTES"),
        QString::number(RelayConfig().maxBodyBytes));
    parser.addOptions({ listenOption, databaseOption, maxBodyOption });
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        refuse(RelayMain::tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
        return 2;
    }

    RelayConfig config;
    QStringList missing;
    const auto secret = [&missing](const char *name) {
        const QByteArray value = qgetenv(name);
        if (value.isEmpty())
            missing.append(QString::fromLatin1(name));
        return value;
    };
    config.appSecret = secret("HERALD_RELAY_APP_SECRET");
    config.verifyToken = secret("HERALD_RELAY_VERIFY_TOKEN");
    config.feedToken = secret("HERALD_RELAY_FEED_TOKEN");
    // Optional: without it POST /v1/business-events answers 503, so existing deployments keep starting.
    config.ingestToken = qgetenv("HERALD_RELAY_INGEST_TOKEN");
    if (!missing.isEmpty()) {
        refuse(RelayMain::tr("Refusing to start: set %1 in the environment (secrets are never accepted as options).")
                   .arg(missing.join(QStringLiteral(", "))));
        return 2;
    }
    if (!parseListen(parser.value(listenOption), &config.address, &config.port)) {
        refuse(RelayMain::tr("Invalid --listen value \"%1\"; expected HOST:PORT.").arg(parser.value(listenOption)));
        return 2;
    }
    bool ok = false;
    config.maxBodyBytes = parser.value(maxBodyOption).toLongLong(&ok);
    if (!ok || config.maxBodyBytes < 1) {
        refuse(RelayMain::tr("Invalid --max-body value \"%1\"; expected a positive number of bytes.")
                   .arg(parser.value(maxBodyOption)));
        return 2;
    }
    config.databasePath = parser.value(databaseOption);

    RelayServer server(std::move(config));
    QString error;
    if (!server.start(&error)) {
        refuse(RelayMain::tr("Cannot start: %1").arg(error));
        return 1;
    }
    installSignalHandlers(&app);
    return QCoreApplication::exec();
}
