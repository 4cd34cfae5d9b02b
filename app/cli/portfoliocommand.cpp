#include "cli/portfoliocommand.h"

#include "cli/clisupport.h"
#include "engine/cloudapi/accounttest.h"
#include "engine/sandbox/sandboxenvironment.h"
#include "models/accounts/numberquality.h"
#include "models/accounts/portfolio.h"
#include "models/core/clock.h"
#include "models/storage/workspace.h"

#include <QCommandLineParser>
#include <QEventLoop>

using namespace Cli;

namespace {

// Asks the phone-number endpoint about `a` and records what it says; empty or a sentence naming the account.
QString refresh(Workspace &ws, const Account &a)
{
    QString error;
    if (a.kind == Account::Kind::Sandbox && !SandboxEnvironment::ensureRunning(ws.path(), &error))
        return error;
    QString token;
    if (!accessToken(ws, a, &token, &error))
        return error;
    AccountTest test(a, token);
    const AccountTest::Result result = runAccountTest(test);
    if (!result.ok)
        return CliCommands::tr("%1: %2").arg(a.name, result.message);
    NumberQuality::Update u = NumberQuality::fromPhoneNumber(result.phone);
    u.phoneNumberId.clear();   // the account asked, whatever id the endpoint echoes
    const auto applied = NumberQuality::apply(ws.database(), a.id, u, Clock::nowMs());
    return applied ? QString() : applied.error();
}

QString campaignsText(const QList<Portfolio::CampaignRef> &refs)
{
    QStringList parts;
    for (const Portfolio::CampaignRef &c : refs)
        parts << QStringLiteral("%1 “%2”").arg(c.id).arg(c.name);
    return parts.isEmpty() ? CliCommands::tr("none") : parts.join(QStringLiteral(", "));
}

} // namespace

int PortfolioCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption refreshOption(QStringLiteral("refresh"),
                                           tr("Ask each number's phone-number endpoint for its quality and throughput "
                                              "first."));
    p.addOptions({refreshOption, jsonOption()});
    QString error;
    if (!parse(p, QStringLiteral("portfolio"), args, &error))
        return usage(error);
    Workspace ws;
    if (!openWorkspace(ws, workspace, p, &error))
        return fail(error);
    if (p.isSet(refreshOption)) {
        for (const Account &a : AccountStore(ws.database()).list(&error)) {
            const QString problem = refresh(ws, a);
            if (!problem.isEmpty())
                err() << tr("Could not refresh the quality of %1: %2").arg(a.name, problem) << Qt::endl;
        }
    }
    const auto groups = Portfolio::load(ws.database(), Clock::nowMs());
    if (!groups)
        return fail(groups.error());
    if (p.isSet(jsonOption())) {
        printJson(Portfolio::toJson(*groups));
        return 0;
    }
    for (const Portfolio::Group &g : *groups) {
        out() << tr("Portfolio %1: %2").arg(g.portfolio, g.headroom.describe()) << Qt::endl;
        for (const Portfolio::Number &n : g.numbers) {
            out() << tr("  %1 (%2): quality %3%4, %5 msg/s, tier %6, %7 recipients in 24 h")
                         .arg(n.account.name, n.account.phoneNumberId.isEmpty() ? tr("no number id") : n.account.phoneNumberId,
                              NumberQuality::label(NumberQuality::ratingFromName(n.account.qualityRating)),
                              n.account.isFlagged() ? tr(" — flagged, nothing is sent from it") : QString())
                         .arg(n.account.sendRate())
                         .arg(n.account.messagingTier.isEmpty() ? tr("not known") : n.account.messagingTier)
                         .arg(n.recipients24h)
                  << Qt::endl;
            out() << tr("    running: %1; scheduled: %2").arg(campaignsText(n.running), campaignsText(n.scheduled))
                  << Qt::endl;
        }
    }
    return 0;
}
