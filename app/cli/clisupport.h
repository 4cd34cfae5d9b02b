#pragma once

#include "engine/cloudapi/accounttest.h"
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QTextStream>

#include "engine/secrets/secretstore.h"
#include "models/accounts/account.h"
#include "models/ledger/ledger.h"

#include <functional>
#include <optional>

class Workspace;

// What every herald-cli command shares: output streams, JSON printing, error exits, option parsing.
namespace Cli {

QTextStream &out();
QTextStream &err();
void printJson(const QJsonObject &o);
// Prints "herald-cli: message" on stderr and returns `code`.
int fail(const QString &message, int code = 1);
// Prints the problem and the usage text on stderr; returns 2.
int usage(const QString &problem = {});
// One line of standard input without its line end (a password piped in: never an argument); empty when none.
QString stdinLine();

QString trCli(const char *text);
const QCommandLineOption &workspaceOption();
const QCommandLineOption &jsonOption();
// --separator ',' | ';' | tab: the column separator of a CSV the command writes (default ',', for scripts; ';' for
// a spreadsheet that reads numbers with a decimal comma). False with *error for anything else.
const QCommandLineOption &separatorOption();
bool separator(const QCommandLineParser &p, char *separator, QString *error);

// Parses a sub-command's arguments (adds --workspace and --help); prints help and exits on --help.
bool parse(QCommandLineParser &p, const QString &words, const QStringList &args, QString *error);
// Opens the workspace named by the command's --workspace, else the global one, else the default.
bool openWorkspace(Workspace &ws, const QString &globalOption, const QCommandLineParser &p, QString *error);
// The command's only positional argument as a positive ID (a campaign's); nullopt when it is not exactly that.
std::optional<qint64> idArgument(const QCommandLineParser &p);


// --name N: which account a command works on.
const QCommandLineOption &nameOption();
// The account named by `option` (--name unless the command calls it otherwise), or the workspace's default one;
// fills *error when there is none.
std::optional<Account> chosenAccount(Workspace &ws, const QCommandLineParser &p, QString *error,
                                     const QCommandLineOption &option = nameOption());
// openWorkspace() then chosenAccount(): the start of every account-scoped command. nullopt + *error on failure.
std::optional<Account> openAccount(Workspace &ws, const QString &globalOption, const QCommandLineParser &p,
                                   QString *error);
// Runs one keychain call to completion in a local event loop (never a busy-wait).
SecretStore::Result keychain(const std::function<void(SecretStore &, QObject *, SecretStore::Callback)> &call,
                             const QString &workspaceId);
// The access token of a Cloud API account from the keychain; a sandbox account needs none.
bool accessToken(Workspace &ws, const Account &a, QString *token, QString *error);
// Runs the account test to its end (an event loop of its own) and returns its answer.
AccountTest::Result runAccountTest(AccountTest &test);

// A time in ms since the epoch as `--json` prints it: ISO 8601 UTC, or null when it is not set (<= 0).
QJsonValue isoOrNull(qint64 ms);

// --run R, and the run of the campaign ID argument it names (default: the newest run); 0 + *error when there is
// none (campaignstats.cpp).
const QCommandLineOption &runOption();
qint64 chosenRun(Workspace &ws, const QCommandLineParser &p, qint64 *campaignId, QString *error);

// A run's recipients by ledger state, plus total and pending, as `--json` prints them.
QJsonObject ledgerCountsJson(const RecipientLedger::Counts &c);

} // namespace Cli
