// herald-relay: the always-on webhook receiver desktops poll for delivery statuses and replies (docs/relay.md).
// Links herald_engine and herald_models only; no Widgets.
#include "engine/relay/relayserver.h"
#include "models/core/clock.h"

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <optional>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <sys/resource.h>
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
    record.insert(QStringLiteral("time"), Clock::nowUtc().toString(Qt::ISODateWithMs));
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

// Descriptors kept free for everything that is not a client connection: stdio, the database, its WAL and
// shared-memory files, the listening socket, the signal pipe, Qt's event dispatcher and a margin.
constexpr rlim_t kReservedDescriptors = 64;
constexpr int kMaxDefaultConnections = 4096;

// The soft RLIMIT_NOFILE (systemd: LimitNOFILE=), or 0 when unknown or unlimited.
rlim_t descriptorLimit()
{
    struct rlimit limit = {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return 0;
    return limit.rlim_cur;
}

// Connections the descriptor limit leaves room for (each one is one descriptor).
int connectionsForDescriptors(rlim_t limit)
{
    if (limit == 0)
        return kMaxDefaultConnections;
    if (limit <= kReservedDescriptors + 8)
        return 8;
    return int(std::min<rlim_t>(limit - kReservedDescriptors, kMaxDefaultConnections));
}

// A positive number of seconds with an optional fraction ("0.5"), as milliseconds; nullopt otherwise.
std::optional<int> seconds(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value <= 0 || value > 24 * 3600)
        return std::nullopt;
    return std::max(1, int(value * 1000));
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
        RelayMain::tr("Receives WhatsApp webhooks from Meta and order webhooks from shops, stores them durably and\n"
                      "serves them to Herald desktops.\n"
                      "Secrets come only from the environment: HERALD_RELAY_APP_SECRET, HERALD_RELAY_VERIFY_TOKEN,\n"
                      "HERALD_RELAY_FEED_TOKEN; optionally HERALD_RELAY_INGEST_TOKEN, which enables\n"
                      "POST /v1/business-events, HERALD_RELAY_SHOPIFY_SECRET (POST /webhooks/shopify),\n"
                      "HERALD_RELAY_WOOCOMMERCE_SECRET (POST /webhooks/woocommerce) and, for each source NAME of\n"
                      "--events-config, HERALD_RELAY_EVENTS_<NAME>_SECRET (POST /webhooks/events/NAME, signed with\n"
                      "X-Herald-Signature: sha256=<hex HMAC-SHA256 of the body>)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listenOption(QStringLiteral("listen"), RelayMain::tr("Address and port to listen on."),
        QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption databaseOption(QStringLiteral("database"),
        RelayMain::tr("SQLite file for the stored events."), QStringLiteral("PATH"), defaultDatabasePath());
    const QCommandLineOption maxBodyOption(QStringLiteral("max-body"),
        RelayMain::tr("Largest webhook body accepted, in bytes (larger ones get 413)."), QStringLiteral("BYTES"),
        QString::number(RelayConfig().http.request.maxBodyBytes));
    const RelayConfig defaults;
    const int defaultConnections = connectionsForDescriptors(descriptorLimit());
    const QCommandLineOption maxHeaderOption(QStringLiteral("max-header"),
        RelayMain::tr("Largest request head (request line and header fields), in bytes (larger ones get 431)."),
        QStringLiteral("BYTES"), QString::number(defaults.http.request.maxHeaderBytes));
    const QCommandLineOption maxConnectionsOption(QStringLiteral("max-connections"),
        RelayMain::tr("Most client connections at once (default: the open-files limit minus %1, at most %2).")
            .arg(kReservedDescriptors)
            .arg(kMaxDefaultConnections),
        QStringLiteral("N"), QString::number(defaultConnections));
    const QCommandLineOption perAddressOption(QStringLiteral("max-connections-per-address"),
        RelayMain::tr("Most connections from one client address."), QStringLiteral("N"),
        QString::number(defaults.http.maxConnectionsPerAddress));
    const QCommandLineOption headerTimeoutOption(QStringLiteral("header-timeout"),
        RelayMain::tr("Seconds a client has to send a request's head (and finish a TLS handshake)."),
        QStringLiteral("SECONDS"), QString::number(defaults.http.headerTimeoutMs / 1000.0));
    const QCommandLineOption bodyTimeoutOption(QStringLiteral("body-timeout"),
        RelayMain::tr("Seconds a client has to send a request's body."), QStringLiteral("SECONDS"),
        QString::number(defaults.http.bodyTimeoutMs / 1000.0));
    const QCommandLineOption idleTimeoutOption(QStringLiteral("idle-timeout"),
        RelayMain::tr("Seconds an idle keep-alive connection (or a client not reading its answer) is kept."),
        QStringLiteral("SECONDS"), QString::number(defaults.http.idleTimeoutMs / 1000.0));
    const QCommandLineOption bodyMemoryOption(QStringLiteral("max-body-memory"),
        RelayMain::tr("Most memory the request bodies being read may hold together, in bytes (more get 503)."),
        QStringLiteral("BYTES"), QString::number(defaults.http.maxBodyMemory));
    const QCommandLineOption probeOption(QStringLiteral("health-probe-interval"),
        RelayMain::tr("Seconds between the test writes /healthz makes to the database."), QStringLiteral("SECONDS"),
        QString::number(defaults.healthProbeIntervalMs / 1000.0));
    const QCommandLineOption tlsCertOption(QStringLiteral("tls-cert"),
        RelayMain::tr("Serve HTTPS with this PEM certificate chain (needs --tls-key)."), QStringLiteral("FILE"));
    const QCommandLineOption tlsKeyOption(QStringLiteral("tls-key"),
        RelayMain::tr("Unencrypted PEM private key of --tls-cert (keep it readable by the relay only)."),
        QStringLiteral("FILE"));
    const QCommandLineOption eventsConfigOption(QStringLiteral("events-config"),
        RelayMain::tr("JSON file of generic webhook sources: for each NAME the JSON paths of event, phone, region, "
                      "occurred_at, data and id in its body (docs/relay.md, \"Any other platform\")."),
        QStringLiteral("FILE"));
    parser.addOptions({ listenOption, databaseOption, maxBodyOption, maxHeaderOption, maxConnectionsOption,
        perAddressOption, headerTimeoutOption, bodyTimeoutOption, idleTimeoutOption, bodyMemoryOption, probeOption,
        tlsCertOption, tlsKeyOption, eventsConfigOption });
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
    // Optional too: each shop endpoint answers 503 until its secret is set.
    config.shopifySecret = qgetenv("HERALD_RELAY_SHOPIFY_SECRET");
    config.wooCommerceSecret = qgetenv("HERALD_RELAY_WOOCOMMERCE_SECRET");
    if (parser.isSet(eventsConfigOption)) {
        QString configError;
        const auto sources = EventSources::load(parser.value(eventsConfigOption),
            [](const QString &variable) { return qgetenv(variable.toLatin1().constData()); }, &configError);
        if (!sources) {
            refuse(RelayMain::tr("Invalid --events-config: %1").arg(configError));
            return 2;
        }
        config.eventSources = *sources;
    }
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
    config.http.request.maxBodyBytes = parser.value(maxBodyOption).toLongLong(&ok);
    if (!ok || config.http.request.maxBodyBytes < 1) {
        refuse(RelayMain::tr("Invalid --max-body value \"%1\"; expected a positive number of bytes.")
                   .arg(parser.value(maxBodyOption)));
        return 2;
    }
    config.databasePath = parser.value(databaseOption);

    const auto positive = [&parser](const QCommandLineOption &option, qint64 *out) {
        bool valid = false;
        *out = parser.value(option).toLongLong(&valid);
        if (valid && *out >= 1)
            return true;
        refuse(RelayMain::tr("Invalid --%1 value \"%2\"; expected a positive whole number.")
                   .arg(option.names().constFirst(), parser.value(option)));
        return false;
    };
    qint64 maxHeader = 0;
    qint64 maxConnections = 0;
    qint64 perAddress = 0;
    qint64 bodyMemory = 0;
    if (!positive(maxHeaderOption, &maxHeader) || !positive(maxConnectionsOption, &maxConnections)
        || !positive(perAddressOption, &perAddress) || !positive(bodyMemoryOption, &bodyMemory))
        return 2;
    const rlim_t descriptors = descriptorLimit();
    if (descriptors != 0 && rlim_t(maxConnections) + kReservedDescriptors > descriptors) {
        refuse(RelayMain::tr("--max-connections %1 does not fit the open-files limit of %2 (%3 are kept for the "
                             "database and the relay itself): lower it or raise LimitNOFILE= / ulimit -n.")
                   .arg(maxConnections)
                   .arg(qulonglong(descriptors))
                   .arg(kReservedDescriptors));
        return 2;
    }
    config.http.request.maxHeaderBytes = std::max<qint64>(maxHeader, 1024);
    config.http.maxConnections = int(std::min<qint64>(maxConnections, 1'000'000));
    config.http.maxConnectionsPerAddress = int(std::min<qint64>(perAddress, 1'000'000));
    config.http.maxBodyMemory = bodyMemory;
    const std::pair<const QCommandLineOption *, int *> timeouts[]
        = { { &headerTimeoutOption, &config.http.headerTimeoutMs }, { &bodyTimeoutOption, &config.http.bodyTimeoutMs },
              { &idleTimeoutOption, &config.http.idleTimeoutMs } };
    for (const auto &[option, target] : timeouts) {
        const auto ms = seconds(parser.value(*option));
        if (!ms) {
            refuse(RelayMain::tr("Invalid --%1 value \"%2\"; expected a positive number of seconds, e.g. 10 or 0.5.")
                       .arg(option->names().constFirst(), parser.value(*option)));
            return 2;
        }
        *target = *ms;
    }
    bool probeOk = false;
    const double probeSeconds = parser.value(probeOption).toDouble(&probeOk);
    if (!probeOk || probeSeconds < 0 || probeSeconds > 3600) {
        refuse(RelayMain::tr("Invalid --health-probe-interval value \"%1\"; expected 0 to 3600 seconds.")
                   .arg(parser.value(probeOption)));
        return 2;
    }
    config.healthProbeIntervalMs = int(probeSeconds * 1000);
    config.tlsCertificateFile = parser.value(tlsCertOption);
    config.tlsKeyFile = parser.value(tlsKeyOption);
    // A file size limit (RLIMIT_FSIZE) then makes a write fail like a full disk instead of killing the relay.
    std::signal(SIGXFSZ, SIG_IGN);

    RelayServer server(std::move(config));
    QString error;
    if (!server.start(&error)) {
        refuse(RelayMain::tr("Cannot start: %1").arg(error));
        return 1;
    }
    installSignalHandlers(&app);
    return QCoreApplication::exec();
}
