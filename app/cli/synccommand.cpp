// herald-cli sync: polls the account's relay feed and applies statuses, replies and opt-outs — the same
// RelayFeedPoller the GUI runs.
#include "cli/clicommands.h"
#include "cli/clisupport.h"
#include "engine/sandbox/accountendpoint.h"
#include "engine/sandbox/sandboxenvironment.h"
#include "engine/status/relayfeedpoller.h"
#include "models/storage/workspace.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

using namespace Cli;

int SyncCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption untilIdle(QStringLiteral("until-idle"),
                                       tr("Keep polling until the feed has had no new events for SECONDS "
                                          "(default: one pass until the relay has nothing more)."),
                                       QStringLiteral("SECONDS"));
    p.addOptions({nameOption(), untilIdle, jsonOption()});
    QString error;
    if (!parse(p, QStringLiteral("sync"), args, &error))
        return usage(error);
    if (!p.positionalArguments().isEmpty())
        return usage(tr("sync takes no positional arguments."));
    int idleSeconds = 0;
    if (p.isSet(untilIdle)) {
        bool ok = false;
        idleSeconds = p.value(untilIdle).toInt(&ok);
        if (!ok || idleSeconds < 1)
            return usage(tr("--until-idle needs a whole number of seconds, at least 1."));
    }

    Workspace ws;
    const std::optional<Account> account = openAccount(ws, workspace, p, &error);
    if (!account)
        return fail(error);
    if (account->kind == Account::Kind::Sandbox && !SandboxEnvironment::ensureRunning(ws.path(), &error))
        return fail(tr("The built-in sandbox could not start: %1").arg(error));
    const Account effective = effectiveAccount(*account);
    if (effective.relayUrl.isEmpty())
        return fail(tr("The account “%1” has no relay. Set one with: herald-cli account set --name %1 --relay-url URL")
                        .arg(account->name));
    QString stored;
    if (account->kind != Account::Kind::Sandbox) {
        const SecretStore::Result r = keychain(
            [&](SecretStore &s, QObject *ctx, SecretStore::Callback done) {
                s.read(account->id, SecretStore::Secret::RelayFeedToken, ctx, done);
            },
            ws.workspaceId());
        if (r.status == SecretStore::Status::NotFound)
            return fail(tr("No relay feed token is stored for the account “%1”. Store it with: "
                           "herald-cli account set-secret relay-feed-token --name %1 < token.txt")
                            .arg(account->name));
        if (!r.ok())
            return fail(r.message);
        stored = r.value;
    }

    RelayFeedPoller::Options options;
    options.accountId = account->id;
    options.accountName = account->name;
    options.relayUrl = QUrl(effective.relayUrl);
    options.feedToken = effectiveRelayFeedToken(*account, stored);
    options.cursorKey = relayCursorKey(*account, ws.path());
    options.requestTimeoutMs = 30000;
    if (idleSeconds > 0)
        options.pollIntervalMs = std::clamp(idleSeconds * 250, 200, 3000);
    RelayFeedPoller poller(ws, options);

    QEventLoop loop;
    QElapsedTimer idle;   // time since the last page that had events (or since the start)
    idle.start();
    QString lastError;
    QObject::connect(&poller, &RelayFeedPoller::pageApplied, &loop, [&](const WebhookApplier::Counts &page, qint64) {
        lastError.clear();
        if (page.events > 0)
            idle.restart();
    });
    QObject::connect(&poller, &RelayFeedPoller::caughtUp, &loop, [&](qint64) {
        if (idleSeconds == 0)
            loop.exit(0);
    });
    QObject::connect(&poller, &RelayFeedPoller::errorOccurred, &loop,
                     [&](RelayFeedPoller::ErrorKind, const QString &message, int retryInMs) {
                         lastError = message;
                         if (retryInMs < 0 || idleSeconds == 0)
                             loop.exit(1);
                     });
    QTimer idleCheck;
    if (idleSeconds > 0) {
        QObject::connect(&idleCheck, &QTimer::timeout, &loop, [&] {
            if (idle.elapsed() >= qint64(idleSeconds) * 1000)
                loop.exit(lastError.isEmpty() ? 0 : 1);
        });
        idleCheck.start(100);
    }
    QTimer::singleShot(0, &poller, &RelayFeedPoller::start);
    const int code = loop.exec();
    poller.stop();
    if (code != 0)
        return fail(lastError.isEmpty() ? tr("The sync stopped.") : lastError);

    const WebhookApplier::Counts t = poller.totals();
    const qint64 unmatched = t.unmatched + t.unattributed;
    if (p.isSet(jsonOption())) {
        printJson({{QStringLiteral("account"), account->name},
                   {QStringLiteral("events"), t.events},
                   {QStringLiteral("statuses"), t.statuses},
                   {QStringLiteral("duplicates"), t.duplicates},
                   {QStringLiteral("replies"), t.replies},
                   {QStringLiteral("inbound"), t.inbound},
                   {QStringLiteral("opt_outs"), t.optOuts},
                   {QStringLiteral("opt_ins"), t.optIns},
                   {QStringLiteral("unmatched"), unmatched},
                   {QStringLiteral("business_events"), t.business},
                   {QStringLiteral("business_rejected"), t.businessRejected},
                   {QStringLiteral("cursor"), poller.cursor()}});
    } else {
        out() << tr("%1 events from the relay: %2 statuses applied (%3 duplicates), %4 replies attributed, "
                    "%5 opt-outs, %6 opt-ins, %7 unmatched. Cursor %8.")
                     .arg(t.events)
                     .arg(t.statuses)
                     .arg(t.duplicates)
                     .arg(t.replies)
                     .arg(t.optOuts)
                     .arg(t.optIns)
                     .arg(unmatched)
                     .arg(poller.cursor())
              << Qt::endl;
        if (t.business > 0 || t.businessRejected > 0)
            out() << tr("%1 business events stored, %2 not usable (kept as raw payloads).")
                         .arg(t.business)
                         .arg(t.businessRejected)
                  << Qt::endl;
    }
    return 0;
}
