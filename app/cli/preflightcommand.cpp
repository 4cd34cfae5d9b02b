// herald-cli campaign preflight|test-send and ratecard set|list|remove.
#include "cli/clicommands.h"
#include "cli/clisupport.h"
#include "engine/cloudapi/testsend.h"
#include "models/campaigns/campaign.h"
#include "models/campaigns/preflight.h"
#include "models/campaigns/ratecard.h"
#include "models/core/localformat.h"
#include "models/storage/workspace.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>

using namespace Cli;

namespace {

std::optional<Campaign> chosenCampaign(
    Workspace &ws, const QString &globalWorkspace, const QCommandLineParser &p, QString *error)
{
    const std::optional<qint64> id = idArgument(p);
    if (!id) {
        *error = CliCommands::tr("Give one campaign ID.");
        return std::nullopt;
    }
    if (!openWorkspace(ws, globalWorkspace, p, error))
        return std::nullopt;
    return CampaignStore(ws.database()).byId(*id, error);
}

QString duration(double seconds)
{
    const qint64 s = qint64(seconds + 0.999);
    if (s < 60)
        return CliCommands::tr("%n second(s)", "", int(s));
    if (s < 3600)
        return CliCommands::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return CliCommands::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

void printReport(const PreflightReport &r)
{
    QTextStream &o = out();
    if (r.triggered)
        o << CliCommands::tr("Audience: decided per event (triggered campaign)") << Qt::endl;
    else
        o << CliCommands::tr("Audience: %1 contact(s)").arg(r.audience) << Qt::endl;
    o << CliCommands::tr("Excluded: %1 opted out, %2 never opted in").arg(r.excludedOptedOut).arg(r.excludedNotOptedIn)
      << Qt::endl;
    o << CliCommands::tr("Missing parameters: %1").arg(r.missingParams) << Qt::endl;
    for (const PreflightReport::MissingParam &m : r.missingSample)
        o << QStringLiteral("  ") << m.phone << QStringLiteral("  ") << m.slot << Qt::endl;
    o << CliCommands::tr("Template: %1, quality %2, category %3")
             .arg(r.templateFound ? r.templateStatus : CliCommands::tr("not found"),
                 r.templateQuality.isEmpty() ? CliCommands::tr("unknown") : r.templateQuality, r.templateCategory)
      << Qt::endl;
    for (const PreflightReport::Sample &s : r.samples) {
        o << CliCommands::tr("Sample for %1:").arg(s.phone) << Qt::endl;
        for (const QString &line : s.text.split(QLatin1Char('\n')))
            o << QStringLiteral("  | ") << line << Qt::endl;
    }
    if (r.tierLimit < 0)
        o << CliCommands::tr("Headroom: no limit known (%1)")
                 .arg(r.tier.isEmpty() ? CliCommands::tr("tier not known") : r.tier)
          << Qt::endl;
    else
        o << CliCommands::tr("Headroom: %1 of %2 left today (%3, %4 used)")
                 .arg(r.tierRemaining)
                 .arg(r.tierLimit)
                 .arg(r.tier)
                 .arg(r.tierUsed)
          << Qt::endl;
    if (!r.triggered) {
        o << CliCommands::tr("Duration: about %1 at %2 msg/s").arg(duration(r.durationSeconds)).arg(r.rate) << Qt::endl;
        o << (r.hasCost ? CliCommands::tr("Cost: %1").arg(LocalFormat::money(r.cost, r.currency))
                        : CliCommands::tr("Cost: no estimate (the rate card is empty)"))
          << Qt::endl;
        if (!r.sendWindow.isEmpty()) {
            o << CliCommands::tr("Send window: %1; waves (recipients per hour, UTC):").arg(r.sendWindow) << Qt::endl;
            for (const SendWindowPlan::Wave &w : r.waves)
                o << QStringLiteral("  ") << QDateTime::fromMSecsSinceEpoch(w.hourUtc, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                  << QStringLiteral("  ") << w.recipients << Qt::endl;
        }
        if (r.lastSendAt > 0)
            o << CliCommands::tr("Last send: about %1 UTC")
                     .arg(QDateTime::fromMSecsSinceEpoch(r.lastSendAt, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
              << Qt::endl;
    }
    for (const QString &w : r.warnings)
        o << CliCommands::tr("Warning: %1").arg(w) << Qt::endl;
    for (const QString &pr : r.problems)
        o << CliCommands::tr("Problem: %1").arg(pr) << Qt::endl;
    o << (r.ok() ? CliCommands::tr("Ready to start.") : CliCommands::tr("Cannot start until the problems are fixed."))
      << Qt::endl;
}

QJsonObject rateJson(const RateCard::Rate &r)
{
    return QJsonObject { { QStringLiteral("category"), r.category }, { QStringLiteral("country"), r.country },
        { QStringLiteral("price"), r.price }, { QStringLiteral("currency"), r.currency },
        { QStringLiteral("valid_from"), r.validFrom.isValid() ? QJsonValue(RateCard::dateKey(r.validFrom)) : QJsonValue() } };
}

} // namespace

int CampaignPreflightCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ID"), tr("Campaign id."));
    const QCommandLineOption samples(QStringLiteral("samples"), tr("Rendered messages to show (default 3)."),
        QStringLiteral("N"), QStringLiteral("3"));
    p.addOptions({ samples, jsonOption() });
    QString error;
    if (!parse(p, QStringLiteral("campaign preflight"), args, &error))
        return usage(error);
    Workspace ws;
    const std::optional<Campaign> c = chosenCampaign(ws, workspace, p, &error);
    if (!c)
        return fail(error);
    Preflight::Options options;
    options.samples = qMax(0, p.value(samples).toInt());
    const PreflightReport report = Preflight::check(ws.database(), *c, options);
    if (p.isSet(jsonOption()))
        printJson(report.toJson());
    else
        printReport(report);
    return report.ok() ? 0 : 1;
}

int CampaignTestSendCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ID"), tr("Campaign id."));
    const QCommandLineOption phone(
        QStringLiteral("phone"), tr("The number to send the test to (with country code)."), QStringLiteral("P"));
    p.addOptions({ phone, jsonOption() });
    QString error;
    if (!parse(p, QStringLiteral("campaign test-send"), args, &error))
        return usage(error);
    if (!p.isSet(phone))
        return usage(tr("campaign test-send needs --phone."));
    Workspace ws;
    const std::optional<Campaign> c = chosenCampaign(ws, workspace, p, &error);
    if (!c)
        return fail(error);
    const std::optional<Account> account = AccountStore(ws.database()).byId(c->accountId, &error);
    if (!account)
        return fail(error);
    const std::optional<TestSend::Message> message = TestSend::prepare(ws.database(), *c, p.value(phone), &error);
    if (!message)
        return fail(error);
    QString token;
    if (!accessToken(ws, *account, &token, &error))
        return fail(error);
    TestSend send(*account, token);
    send.setLog(ws.database(), c->id);
    TestSend::Result result;
    QEventLoop loop;
    QObject::connect(&send, &TestSend::finished, &loop, [&](const TestSend::Result &r) {
        result = r;
        loop.quit();
    });
    send.send(*message);
    loop.exec();
    if (p.isSet(jsonOption())) {
        QJsonObject o { { QStringLiteral("ok"), result.ok }, { QStringLiteral("phone"), message->phone },
            { QStringLiteral("text"), message->text }, { QStringLiteral("message"), result.message } };
        if (result.ok)
            o.insert(QStringLiteral("wamid"), result.wamid);
        if (!result.graphError.ok())
            o.insert(QStringLiteral("error"),
                QJsonObject { { QStringLiteral("code"), result.graphError.code },
                    { QStringLiteral("http_status"), result.graphError.httpStatus },
                    { QStringLiteral("message"), result.graphError.message } });
        printJson(o);
    } else if (result.ok) {
        out() << result.message << Qt::endl;
    }
    return result.ok ? 0 : fail(result.message);
}

int RateCardCommand::execute(const QString &workspace, const QStringList &args)
{
    const QString command = verb();
    QCommandLineParser p;
    const QCommandLineOption country(
        QStringLiteral("country"), tr("ISO country code (default: any country)."), QStringLiteral("CC"));
    const QCommandLineOption currency(
        QStringLiteral("currency"), tr("Currency (default USD)."), QStringLiteral("CUR"), QStringLiteral("USD"));
    const QCommandLineOption validFrom(QStringLiteral("valid-from"),
        tr("The day (UTC) the price applies from; messages sent before keep the earlier price (default: since "
           "always)."),
        QStringLiteral("YYYY-MM-DD"));
    if (command == QLatin1String("set")) {
        p.addPositionalArgument(QStringLiteral("CATEGORY"), tr("MARKETING, UTILITY, AUTHENTICATION or SERVICE."));
        p.addPositionalArgument(QStringLiteral("PRICE"), tr("Price of one message."));
        p.addOptions({ country, currency, validFrom, jsonOption() });
    } else if (command == QLatin1String("remove")) {
        p.addPositionalArgument(QStringLiteral("CATEGORY"), tr("The rate's category."));
        p.addOptions({ country, validFrom, jsonOption() });
    } else {
        p.addOption(jsonOption());
    }
    QString error;
    if (!parse(p, QStringLiteral("ratecard ") + command, args, &error))
        return usage(error);
    const QStringList pos = p.positionalArguments();
    if ((command == QLatin1String("set") && pos.size() != 2) || (command == QLatin1String("remove") && pos.size() != 1)
        || (command == QLatin1String("list") && !pos.isEmpty()))
        return usage(tr("Usage: ratecard set CATEGORY PRICE [--country CC] [--currency CUR] [--valid-from DATE] | "
                        "ratecard list | ratecard remove CATEGORY [--country CC] [--valid-from DATE]"));
    QDate from;
    if (p.isSet(validFrom)) {
        from = QDate::fromString(p.value(validFrom), Qt::ISODate);
        if (!from.isValid())
            return usage(tr("“%1” is not a date; write --valid-from like 2025-07-01.").arg(p.value(validFrom)));
    }
    Workspace ws;
    if (!openWorkspace(ws, workspace, p, &error))
        return fail(error);
    RateCard card(ws.database());
    if (command == QLatin1String("set")) {
        bool ok = false;
        const double price = pos.at(1).toDouble(&ok);
        if (!ok)
            return usage(tr("“%1” is not a price; write it like 0.0107.").arg(pos.at(1)));
        const RateCard::Rate rate { pos.at(0), p.value(country), price, p.value(currency), from };
        if (!card.set(rate, &error))
            return fail(error);
    } else if (command == QLatin1String("remove")) {
        if (!card.remove(pos.at(0), p.value(country), &error, from))
            return fail(error);
    }
    const QList<RateCard::Rate> rates = card.list(&error);
    if (!error.isEmpty())
        return fail(error);
    if (p.isSet(jsonOption())) {
        QJsonArray a;
        for (const RateCard::Rate &r : rates)
            a.append(rateJson(r));
        printJson(QJsonObject { { QStringLiteral("rates"), a } });
    } else if (command == QLatin1String("list")) {
        if (rates.isEmpty())
            out() << tr("The rate card is empty: pre-flight checks give no cost estimate.") << Qt::endl;
        for (const RateCard::Rate &r : rates)
            out() << r.category << QLatin1Char('\t') << (r.country.isEmpty() ? tr("any") : r.country)
                  << QLatin1Char('\t') << QString::number(r.price, 'g', 10) << QLatin1Char(' ') << r.currency
                  << (r.validFrom.isValid() ? QLatin1Char('\t') + tr("from %1").arg(RateCard::dateKey(r.validFrom))
                                            : QString())
                  << Qt::endl;
    } else {
        out() << (command == QLatin1String("set") ? tr("Rate saved.") : tr("Rate removed.")) << Qt::endl;
    }
    return 0;
}
