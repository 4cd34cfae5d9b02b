#include "clisupport.h"

#include "accesstoken.h"
#include "account.h"
#include "clicommands.h"
#include "secretstore.h"
#include "workspace.h"

#include <QEventLoop>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <cstdio>
#include <cstdlib>

namespace Cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

void printJson(const QJsonObject &o)
{
    out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    out().flush();
}

int fail(const QString &message, int code)
{
    err() << QStringLiteral("herald-cli: ") << message << Qt::endl;
    return code;
}

QString trCli(const char *text)
{
    return QCoreApplication::translate("CliCommands", text);
}

const QCommandLineOption &workspaceOption()
{
    static const QCommandLineOption o({QStringLiteral("w"), QStringLiteral("workspace")},
                                      trCli("Workspace file (default: $HERALD_WORKSPACE, then the per-user workspace)."),
                                      QStringLiteral("PATH"));
    return o;
}

const QCommandLineOption &jsonOption()
{
    static const QCommandLineOption o(QStringLiteral("json"), trCli("Print one JSON object on standard output."));
    return o;
}

int usage(const QString &problem)
{
    if (!problem.isEmpty())
        err() << QStringLiteral("herald-cli: ") << problem << Qt::endl;
    err() << trCli("Usage: herald-cli [--workspace PATH] <command> [options]\n"
                   "\n"
                   "Contacts:\n"
                   "  contacts import FILE [--default-region CC] [--tag T]... [--opted-in --opt-in-source S]\n"
                   "                       [--errors OUT.csv] [--json]\n"
                   "  contacts count [--json]\n"
                   "  contacts export FILE [--json]\n"
                   "  contacts add PHONE [--name N] [--default-region CC] [--tag T]... [--attr KEY=VALUE]...\n"
                   "                     [--opted-in --opt-in-source S] [--json]\n"
                   "  contacts edit PHONE [--name N] [--attr KEY=VALUE]... [--unset-attr KEY]... [--json]\n"
                   "  contacts tag|untag PHONE... --tag T [--json]\n"
                   "  contacts opt-in PHONE... --source S [--json] | contacts opt-out PHONE... [--reason R] [--json]\n"
                   "  contacts delete PHONE... [--json]\n"
                   "  contacts search TEXT [--limit N] [--json]\n"
                   "Accounts:\n"
                   "  account set [--name N] --kind sandbox|cloud-api [--graph-url URL] [--api-version V]\n"
                   "              [--phone-number-id ID] [--waba-id ID] [--relay-url URL] [--json]\n"
                   "              [--portfolio ID] [--auto-resolve on|off]\n"
                   "  account list [--json]\n"
                   "  account show [--name N] [--json]\n"
                   "  account test [--name N] [--json]\n"
                   "  account set-secret access-token|relay-feed-token|relay-app-secret|relay-ingest-token [--name N]\n"
                   "                                                          (value on stdin)\n"
                   "Templates:\n"
                   "  templates sync [--name N] [--json]\n"
                   "  templates list [--name N] [--json]\n"
                   "  templates validate FILE.json [--json]\n"
                   "  templates create FILE.json [--name N] [--replace] [--json]\n"
                   "  templates submit NAME --language L [--name N] [--json]\n"
                   "Campaigns and delivery reports:\n"
                   "  campaign create --name N --template NAME --language CODE [--audience EXPR]\n"
                   "                  [--param SLOT=SOURCE[|FALLBACK]]... [--account N] [--json]\n"
                   "                  [--type once|scheduled|recurring|triggered] (see campaign create --help)\n"
                   "  campaign list [--json] | campaign show ID [--json]\n"
                   "  campaign edit ID [campaign create's options: only those given change] [--json]\n"
                   "  campaign retry ID [--run R] [--json]\n"
                   "  campaign start ID [--json]\n"
                   "  campaign run ID [--rate MPS] [--new-run] [--json]\n"
                   "  campaign pause|resume|stop ID\n"
                   "  campaign stats ID [--run R] [--json | --csv FILE]\n"
                   "  campaign recipients ID --stat STAT|skipped [--reason CODE] [--run R] [--json | --csv FILE]\n"
                   "  campaign preflight ID [--samples N] [--json]\n"
                   "  campaign test-send ID --phone P [--json]\n"
                   "  campaign resolve ID (--resend | --mark-failed) [--run R] [--quiet-minutes N] [--json]\n"
                   "  ratecard set CATEGORY PRICE [--country CC] [--currency CUR] [--json]\n"
                   "  ratecard list [--json] | ratecard remove CATEGORY [--country CC] [--json]\n"
                   "  sync [--name N] [--until-idle SECONDS] [--json]\n"
                   "Business events and investigation:\n"
                   "  events push NAME --phone P [--data JSON] [--occurred-at ISO] [--account A] [--json]\n"
                   "  contacts history PHONE [--default-region CC] [--json]\n"
                   "  agent [--tick SECONDS] [--once] [--json]\n"
                   "Workspace:\n"
                   "  workspace backup [--to FILE] [--json]\n"
                   "  workspace restore FILE [--json]\n"
                   "\n"
                   "Run 'herald-cli <command> --help' for a command's options.")
          << Qt::endl;
    return 2;
}

bool parse(QCommandLineParser &p, const QString &words, const QStringList &args, QString *error)
{
    p.setApplicationDescription(QStringLiteral("herald-cli ") + words);
    p.addOption(workspaceOption());
    p.addHelpOption();
    if (!p.parse(QStringList{QStringLiteral("herald-cli")} + args)) {
        *error = p.errorText();
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        out().flush();
        std::exit(0);
    }
    return true;
}

bool openWorkspace(Workspace &ws, const QString &globalOption, const QCommandLineParser &p, QString *error)
{
    const QString option = p.isSet(workspaceOption()) ? p.value(workspaceOption()) : globalOption;
    return ws.open(Workspace::resolvePath(option), error);
}

std::optional<qint64> idArgument(const QCommandLineParser &p)
{
    if (p.positionalArguments().size() != 1)
        return std::nullopt;
    bool ok = false;
    const qint64 id = p.positionalArguments().constFirst().toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

const QCommandLineOption &nameOption()
{
    static const QCommandLineOption o(QStringLiteral("name"), trCli("Account name (default: the workspace's default account)."),
                                      QStringLiteral("N"));
    return o;
}

// The account named by `option`, or the default one. Fills *error when there is none.
std::optional<Account> chosenAccount(Workspace &ws, const QCommandLineParser &p, QString *error,
                                     const QCommandLineOption &option)
{
    AccountStore store(ws.database());
    QString dbError;
    std::optional<Account> a = p.isSet(option) ? store.byName(p.value(option), &dbError) : store.defaultAccount(&dbError);
    if (!a) {
        *error = !dbError.isEmpty() ? dbError
            : p.isSet(option)
            ? CliCommands::tr("There is no account named “%1”. Create it with: herald-cli account set --name %1 --kind …")
                  .arg(p.value(option))
            : CliCommands::tr("The workspace has no account. Create one with: herald-cli account set --kind …");
    }
    return a;
}

std::optional<Account> openAccount(Workspace &ws, const QString &globalOption, const QCommandLineParser &p,
                                   QString *error)
{
    if (!openWorkspace(ws, globalOption, p, error))
        return std::nullopt;
    return chosenAccount(ws, p, error);
}

// Runs one keychain call to completion. This waits in an event loop (the keychain answers over D-Bus),
// never in a busy loop.
SecretStore::Result keychain(const std::function<void(SecretStore &, QObject *, SecretStore::Callback)> &call,
                             const QString &workspaceId)
{
    SecretStore store(workspaceId);
    QEventLoop loop;
    SecretStore::Result result;
    call(store, &loop, [&](const SecretStore::Result &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}


// Reads the access token for a Cloud API account; a sandbox account needs none.
bool accessToken(Workspace &ws, const Account &a, QString *token, QString *error)
{
    const AccessToken::Result r = AccessToken::fetchBlocking(ws.workspaceId(), a);
    if (!r.ok()) {
        *error = r.message;
        return false;
    }
    *token = r.token;
    return true;
}

QJsonValue isoOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject ledgerCountsJson(const RecipientLedger::Counts &c)
{
    using State = RecipientLedger::State;
    QJsonObject o;
    for (State s : {State::Planned, State::Claimed, State::Accepted, State::Sent, State::Delivered, State::Read,
                    State::Failed, State::Uncertain, State::Skipped})
        o.insert(RecipientLedger::stateName(s), c.value(s));
    o.insert(QStringLiteral("total"), c.total);
    o.insert(QStringLiteral("pending"), c.pending());
    return o;
}

} // namespace Cli
