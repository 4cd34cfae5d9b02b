// herald-cli account …: sending accounts and their secrets.
#include "cli/clicommands.h"
#include "cli/clisupport.h"
#include "engine/cloudapi/accounttest.h"
#include "engine/secrets/secretstore.h"
#include "engine/send/campaignrunner.h"
#include "models/accounts/account.h"
#include "models/storage/workspace.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>

using namespace Cli;

namespace {

QJsonObject toJson(const Account &a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("kind"), Account::kindName(a.kind)},
            {QStringLiteral("graph_url"), a.kind == Account::Kind::Sandbox ? QString() : a.graphUrl},
            {QStringLiteral("api_version"), a.apiVersion},
            {QStringLiteral("phone_number_id"), a.phoneNumberId},
            {QStringLiteral("waba_id"), a.wabaId},
            {QStringLiteral("relay_url"), a.relayUrl},
            {QStringLiteral("messaging_tier"), a.messagingTier},
            {QStringLiteral("max_rate"), a.maxRate},
            {QStringLiteral("portfolio_id"), a.portfolioId},
            {QStringLiteral("auto_resolve"), a.autoResolve},
            {QStringLiteral("default"), a.isDefault}};
}

} // namespace

int AccountSetCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption kind(QStringLiteral("kind"), tr("sandbox or cloud-api."), QStringLiteral("KIND"));
    const QCommandLineOption graphUrl(QStringLiteral("graph-url"), tr("Graph API base URL (default https://graph.facebook.com)."),
                                      QStringLiteral("URL"));
    const QCommandLineOption version(QStringLiteral("api-version"), tr("Graph API version, e.g. v23.0."), QStringLiteral("V"));
    const QCommandLineOption phone(QStringLiteral("phone-number-id"), tr("The business phone number's ID."), QStringLiteral("ID"));
    const QCommandLineOption waba(QStringLiteral("waba-id"), tr("The WhatsApp Business Account ID."), QStringLiteral("ID"));
    const QCommandLineOption relay(QStringLiteral("relay-url"), tr("The herald-relay feed URL."), QStringLiteral("URL"));
    const QCommandLineOption tier(QStringLiteral("messaging-tier"),
                                  tr("Meta's messaging limit for the number: TIER_250, TIER_2K, TIER_10K, TIER_100K or "
                                     "TIER_UNLIMITED (unique recipients per 24 h)."),
                                  QStringLiteral("TIER"));
    const QCommandLineOption maxRate(QStringLiteral("max-rate"),
                                     tr("Messages per second the number may send (80 by default, up to 1000)."),
                                     QStringLiteral("MPS"));
    const QCommandLineOption portfolio(QStringLiteral("portfolio"),
                                       tr("Meta business portfolio ID: accounts of one portfolio share one daily "
                                          "messaging limit ('' = grouped by WABA ID)."),
                                       QStringLiteral("ID"));
    const QCommandLineOption autoResolve(QStringLiteral("auto-resolve"),
                                         tr("on (default) or off: resend uncertain messages automatically once the "
                                            "account's delivery reports prove the feed is flowing."),
                                         QStringLiteral("on|off"));
    p.addOptions({nameOption(), kind, graphUrl, version, phone, waba, relay, tier, maxRate, portfolio, autoResolve,
                  jsonOption()});
    QString error;
    if (!parse(p, QStringLiteral("account set"), args, &error))
        return usage(error);
    if (!p.positionalArguments().isEmpty())
        return usage(tr("account set takes no positional arguments (secrets go through account set-secret)."));
    std::optional<Account::Kind> newKind;
    if (p.isSet(kind)) {
        newKind = Account::kindFromName(p.value(kind));
        if (!newKind)
            return usage(tr("--kind must be sandbox or cloud-api, not “%1”.").arg(p.value(kind)));
    }

    Workspace ws;
    if (!openWorkspace(ws, workspace, p, &error))
        return fail(error);
    AccountStore store(ws.database());
    std::optional<Account> existing = p.isSet(nameOption()) ? store.byName(p.value(nameOption()), &error)
                                                            : store.defaultAccount(&error);
    Account a = existing.value_or(Account{});
    if (!existing) {
        if (!newKind)
            return usage(tr("A new account needs --kind sandbox|cloud-api."));
        a.name = p.isSet(nameOption()) ? p.value(nameOption()) : QStringLiteral("default");
    }
    if (newKind)
        a.kind = *newKind;
    if (a.kind == Account::Kind::CloudApi && a.graphUrl == QLatin1String("sandbox:"))
        a.graphUrl = Account().graphUrl;
    if (p.isSet(graphUrl))
        a.graphUrl = p.value(graphUrl);
    if (p.isSet(version))
        a.apiVersion = p.value(version);
    if (p.isSet(phone))
        a.phoneNumberId = p.value(phone).trimmed();
    if (p.isSet(waba))
        a.wabaId = p.value(waba).trimmed();
    if (p.isSet(relay))
        a.relayUrl = p.value(relay).trimmed();
    if (p.isSet(tier))
        a.messagingTier = p.value(tier).trimmed().toUpper();
    if (p.isSet(maxRate)) {
        bool ok = false;
        a.maxRate = p.value(maxRate).toInt(&ok);
        if (!ok)
            return usage(tr("--max-rate must be a whole number of messages per second."));
    }
    if (p.isSet(portfolio))
        a.portfolioId = p.value(portfolio).trimmed();
    if (p.isSet(autoResolve)) {
        const QString v = p.value(autoResolve).trimmed().toLower();
        if (v != QLatin1String("on") && v != QLatin1String("off"))
            return usage(tr("--auto-resolve must be on or off, not “%1”.").arg(p.value(autoResolve)));
        a.autoResolve = v == QLatin1String("on");
    }
    const qint64 id = store.save(a, &error);
    if (id == 0)
        return fail(tr("The account was not saved: %1").arg(error));
    if (const QString warning = AccountStore::graphHostWarning(a); !warning.isEmpty() && p.isSet(graphUrl))
        err() << tr("Warning: %1").arg(warning) << Qt::endl;
    const Account saved = store.byId(id, &error).value_or(a);
    if (p.isSet(jsonOption()))
        printJson(toJson(saved));
    else
        out() << (existing ? tr("Account “%1” updated.") : tr("Account “%1” created.")).arg(saved.name) << Qt::endl;
    return 0;
}

int AccountListCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(jsonOption());
    QString error;
    if (!parse(p, QStringLiteral("account list"), args, &error))
        return usage(error);
    Workspace ws;
    if (!openWorkspace(ws, workspace, p, &error))
        return fail(error);
    const QList<Account> accounts = AccountStore(ws.database()).list(&error);
    if (!error.isEmpty())
        return fail(error);
    if (p.isSet(jsonOption())) {
        QJsonArray list;
        for (const Account &a : accounts)
            list.append(toJson(a));
        printJson({{QStringLiteral("accounts"), list}});
        return 0;
    }
    for (const Account &a : accounts) {
        out() << (a.isDefault ? QStringLiteral("* ") : QStringLiteral("  ")) << a.name << QStringLiteral("  ")
              << Account::kindName(a.kind);
        if (a.kind == Account::Kind::CloudApi)
            out() << QStringLiteral("  ") << a.graphUrl << QLatin1Char('/') << a.apiVersion << QStringLiteral("  phone ")
                  << a.phoneNumberId << QStringLiteral("  waba ") << a.wabaId;
        out() << Qt::endl;
    }
    return 0;
}

int AccountShowCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions({nameOption(), jsonOption()});
    QString error;
    if (!parse(p, QStringLiteral("account show"), args, &error))
        return usage(error);
    Workspace ws;
    const std::optional<Account> a = openAccount(ws, workspace, p, &error);
    if (!a)
        return fail(error);
    // Say which secrets are stored, never what they are.
    QJsonObject secrets;
    QString keychainProblem;   // said once, however many secrets it hides
    for (SecretStore::Secret s : {SecretStore::Secret::AccessToken, SecretStore::Secret::RelayFeedToken,
                                  SecretStore::Secret::RelayIngestToken}) {
        const SecretStore::Result r = keychain(
            [&](SecretStore &store, QObject *ctx, SecretStore::Callback done) { store.read(a->id, s, ctx, done); },
            ws.workspaceId());
        if (!r.ok() && r.status != SecretStore::Status::NotFound && keychainProblem.isEmpty())
            keychainProblem = r.message;
        secrets.insert(SecretStore::secretName(s),
                       r.ok() ? QStringLiteral("set")
                              : r.status == SecretStore::Status::NotFound ? QStringLiteral("missing")
                                                                          : QStringLiteral("unavailable"));
    }
    if (!keychainProblem.isEmpty())
        err() << tr("Warning: %1").arg(keychainProblem) << Qt::endl;
    QJsonObject o = toJson(*a);
    o.insert(QStringLiteral("secrets"), secrets);
    // What is left of the daily messaging limit (unique recipients in the last 24 h).
    Account budgeted = *a;
    if (budgeted.kind == Account::Kind::Sandbox)
        budgeted.messagingTier = QStringLiteral("TIER_UNLIMITED");
    const Headroom headroom = CampaignRunner::headroom(ws, budgeted, &error);
    o.insert(QStringLiteral("headroom"),
             QJsonObject{{QStringLiteral("tier_known"), headroom.tierKnown},
                         {QStringLiteral("limit"), headroom.limit},
                         {QStringLiteral("used"), headroom.used},
                         {QStringLiteral("remaining"), headroom.remaining()},
                         {QStringLiteral("message"), headroom.describe()}});
    if (p.isSet(jsonOption())) {
        printJson(o);
        return 0;
    }
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key() == QLatin1String("secrets"))
            continue;
        out() << it.key() << QStringLiteral(": ") << it.value().toVariant().toString() << Qt::endl;
    }
    for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it)
        out() << it.key() << QStringLiteral(": ") << it.value().toString() << Qt::endl;
    out() << tr("daily limit: %1").arg(headroom.describe()) << Qt::endl;
    return 0;
}

int AccountTestCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption timeout(QStringLiteral("timeout"), tr("Seconds to wait for the Graph API (default 30)."),
                                     QStringLiteral("S"), QStringLiteral("30"));
    p.addOptions({nameOption(), timeout, jsonOption()});
    QString error;
    if (!parse(p, QStringLiteral("account test"), args, &error))
        return usage(error);
    Workspace ws;
    const std::optional<Account> a = openAccount(ws, workspace, p, &error);
    if (!a)
        return fail(error);
    QString token;
    if (!accessToken(ws, *a, &token, &error))
        return fail(error);
    AccountTest test(*a, token);
    test.setTimeout(qMax(1, p.value(timeout).toInt()) * 1000);
    const AccountTest::Result result = runAccountTest(test);
    if (p.isSet(jsonOption())) {
        QJsonObject o = result.phone;
        o.insert(QStringLiteral("ok"), result.ok);
        o.insert(QStringLiteral("account"), a->name);
        o.insert(QStringLiteral("message"), result.message);
        if (!result.ok && !result.graphError.ok()) {
            o.insert(QStringLiteral("error"),
                     QJsonObject{{QStringLiteral("code"), result.graphError.code},
                                 {QStringLiteral("http_status"), result.graphError.httpStatus},
                                 {QStringLiteral("message"), result.graphError.message},
                                 {QStringLiteral("fbtrace_id"), result.graphError.fbtraceId}});
        }
        printJson(o);
    } else if (result.ok) {
        out() << result.message << Qt::endl;
    }
    return result.ok ? 0 : fail(result.message);
}

int AccountSetSecretCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("SECRET"),
                            tr("access-token, relay-feed-token, relay-app-secret or relay-ingest-token."));
    p.addOptions({nameOption(), jsonOption()});
    QString error;
    if (!parse(p, QStringLiteral("account set-secret"), args, &error))
        return usage(error);
    if (p.positionalArguments().size() != 1)
        return usage(tr("account set-secret needs the secret's name; the value is read from standard input."));
    const auto secret = SecretStore::secretFromName(p.positionalArguments().first());
    if (!secret)
        return usage(tr("Unknown secret “%1”: use access-token, relay-feed-token, relay-app-secret or "
                        "relay-ingest-token.")
                         .arg(p.positionalArguments().first()));
    Workspace ws;
    const std::optional<Account> a = openAccount(ws, workspace, p, &error);
    if (!a)
        return fail(error);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return fail(tr("Cannot read standard input."));
    const QString value = QString::fromUtf8(in.readAll()).trimmed();
    if (value.isEmpty())
        return fail(tr("No value on standard input. Pipe the secret in, e.g. herald-cli account set-secret %1 < file")
                        .arg(SecretStore::secretName(*secret)));
    const SecretStore::Result r = keychain(
        [&](SecretStore &s, QObject *ctx, SecretStore::Callback done) { s.write(a->id, *secret, value, ctx, done); },
        ws.workspaceId());
    if (!r.ok())
        return fail(r.message);
    if (p.isSet(jsonOption()))
        printJson({{QStringLiteral("account"), a->name}, {QStringLiteral("secret"), SecretStore::secretName(*secret)},
                   {QStringLiteral("stored"), true}});
    else
        out() << tr("Stored the %1 of account “%2” in the system keychain.").arg(SecretStore::secretName(*secret), a->name)
              << Qt::endl;
    return 0;
}
