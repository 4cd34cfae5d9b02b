#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

struct Campaign;

// What `campaign create` and `campaign edit` share (defined in campaigncommands.cpp).
namespace Cli {

// The campaign-type options: --type, --at, --tz, --grace, --every …, --event, --when … --cooldown.
QList<QCommandLineOption> campaignTypeOptions();
// Whether any of them is set.
bool anyCampaignTypeOption(const QCommandLineParser &p);
// Fills c->kind, c->schedule and c->trigger from those options (no --type = once); *error names the option.
bool applyCampaignType(const QCommandLineParser &p, Campaign *c, QString *error);
// The send-window options (issue 18 §2): --local-time HH:MM, --quiet-hours HH:MM-HH:MM ("none" clears one).
// Defined in campaignwindowoptions.cpp.
QList<QCommandLineOption> sendWindowOptions();
// Changes c->sendWindow by the options given (the others keep their value); *error names the option.
bool applySendWindow(const QCommandLineParser &p, Campaign *c, QString *error);
// --accounts A,B (and/or a repeated --account): the campaign's numbers, all of one portfolio (CampaignNumbers).
QCommandLineOption campaignAccountsOption();
// Sets c->accountId (the first named) and c->accountIds from --account/--accounts; false + *error naming the account.
// Nothing named: c is left as it is.
bool applyCampaignAccounts(QSqlDatabase db, const QCommandLineParser &p, const QCommandLineOption &account,
                           Campaign *c, QString *error);
// A campaign as `campaign show --json` prints it.
QJsonObject campaignToJson(const Campaign &c);

} // namespace Cli
