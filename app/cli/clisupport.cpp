#include "cli/clisupport.h"

#include "cli/clicommands.h"
#include "engine/secrets/workspacepassword.h"
#include "cli/commandregistry.h"
#include "engine/secrets/accesstoken.h"
#include "engine/secrets/secretstore.h"
#include "models/accounts/account.h"
#include "models/storage/workspace.h"

#include <QEventLoop>
#include <QFile>

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

const QCommandLineOption &separatorOption()
{
    static const QCommandLineOption o(
        QStringLiteral("separator"),
        CliCommands::tr("Column separator of the CSV file: , (default), ; or tab (Excel where the decimal separator "
                        "is a comma expects ;)."),
        QStringLiteral("SEP"), QStringLiteral(","));
    return o;
}

bool separator(const QCommandLineParser &p, char *separator, QString *error)
{
    const QString value = p.value(separatorOption());
    if (value == QLatin1String(",") || value == QLatin1String(";")) {
        *separator = value.at(0).toLatin1();
        return true;
    }
    if (value == QLatin1String("tab") || value == QLatin1String("\\t")) {
        *separator = '\t';
        return true;
    }
    *error = CliCommands::tr("--separator must be , or ; or tab, not “%1”.").arg(value);
    return false;
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
    err() << usageText() << Qt::endl;
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

QString stdinLine()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

bool openWorkspace(Workspace &ws, const QString &globalOption, const QCommandLineParser &p, QString *error)
{
    const QString option = p.isSet(workspaceOption()) ? p.value(workspaceOption()) : globalOption;
    return WorkspacePassword::open(ws, Workspace::resolvePath(option), error);
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

AccountTest::Result runAccountTest(AccountTest &test)
{
    AccountTest::Result result;
    QEventLoop loop;
    QObject::connect(&test, &AccountTest::finished, &loop, [&](const AccountTest::Result &r) {
        result = r;
        loop.quit();
    });
    test.start();
    loop.exec();
    return result;
}

} // namespace Cli
