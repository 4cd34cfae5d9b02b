#include "models/campaigns/audiencetext.h"

#include "models/campaigns/campaign.h"
#include "models/ledger/failurecatalogue.h"
#include "models/stats/campaignstats.h"

#include <QSqlQuery>
#include <algorithm>
#include <array>
#include <limits>

namespace {

using Stat = CampaignStats::Stat;

QString translate(const char *text)
{
    return QCoreApplication::translate("AudienceText", text);
}

QString quoted(const QString &s)
{
    return AudienceText::tr("“%1”").arg(s);
}

// What a retargeting term says about its campaign or run, positive and negative; %1 is the campaign or run.
struct StatWords
{
    Stat stat;
    const char *positive;
    const char *negative;
};

constexpr std::array<StatWords, 8> kStatWords{{
    {Stat::Attempted, QT_TRANSLATE_NOOP("AudienceText", "were messaged in %1"),
     QT_TRANSLATE_NOOP("AudienceText", "were not messaged in %1")},
    {Stat::Sent, QT_TRANSLATE_NOOP("AudienceText", "were sent %1"),
     QT_TRANSLATE_NOOP("AudienceText", "were not sent %1")},
    {Stat::Delivered, QT_TRANSLATE_NOOP("AudienceText", "received %1"),
     QT_TRANSLATE_NOOP("AudienceText", "did not receive %1")},
    {Stat::Read, QT_TRANSLATE_NOOP("AudienceText", "read %1"), QT_TRANSLATE_NOOP("AudienceText", "did not read %1")},
    {Stat::Replied, QT_TRANSLATE_NOOP("AudienceText", "replied to %1"),
     QT_TRANSLATE_NOOP("AudienceText", "did not reply to %1")},
    {Stat::Failed, QT_TRANSLATE_NOOP("AudienceText", "could not be sent %1"),
     QT_TRANSLATE_NOOP("AudienceText", "were not among the failures of %1")},
    {Stat::Unqualified, QT_TRANSLATE_NOOP("AudienceText", "were found not to be on WhatsApp by %1"),
     QT_TRANSLATE_NOOP("AudienceText", "were not found off WhatsApp by %1")},
    {Stat::Pending, QT_TRANSLATE_NOOP("AudienceText", "are still waiting for %1"),
     QT_TRANSLATE_NOOP("AudienceText", "are not waiting for %1")},
}};

struct Retarget
{
    bool byCampaign = true;
    qint64 id = 0;
    Stat stat = Stat::Attempted;
    std::optional<int> code;
};

std::optional<Retarget> readRetarget(const QString &token)
{
    const QStringList parts = token.split(QLatin1Char(':'));
    Retarget r;
    r.byCampaign = parts.first().compare(QLatin1String("campaign"), Qt::CaseInsensitive) == 0;
    bool ok = false;
    r.id = parts.value(1).toLongLong(&ok);
    const auto stat = CampaignStats::statFromName(parts.value(2).toLower());
    if (!ok || r.id <= 0 || !stat || parts.size() > (r.byCampaign ? 3 : 4))
        return std::nullopt;
    r.stat = *stat;
    if (parts.size() == 4) {
        r.code = parts.at(3).toInt(&ok);
        if (!ok || r.stat != Stat::Failed)
            return std::nullopt;
    }
    return r;
}

QString campaignWords(const AudienceText::Names &names, qint64 id)
{
    const QString name = names.campaigns.value(id);
    return name.isEmpty() ? AudienceText::tr("campaign #%1").arg(id)
                          : AudienceText::tr("campaign %1").arg(quoted(name));
}

QString retargetRef(const Retarget &r, const AudienceText::Names &names)
{
    if (r.byCampaign)
        return campaignWords(names, r.id);
    const auto run = names.runs.find(r.id);
    if (run == names.runs.end())
        return AudienceText::tr("run #%1").arg(r.id);
    return AudienceText::tr("run %1 of %2").arg(run->number).arg(campaignWords(names, run->campaignId));
}

QString retargetWords(const Retarget &r, const QString &ref, bool negate)
{
    for (const StatWords &w : kStatWords) {
        if (w.stat != r.stat)
            continue;
        QString text = translate(negate ? w.negative : w.positive).arg(ref);
        if (r.code) {
            const QString title = *r.code == FailureCatalogue::kNetworkError
                ? AudienceText::tr("no answer from the network")
                : FailureCatalogue::lookup(*r.code).title;
            text = AudienceText::tr("%1 (error %2: %3)").arg(text).arg(*r.code).arg(title);
        }
        return text;
    }
    return {};
}

} // namespace

AudienceText::Names AudienceText::load(QSqlDatabase db, const QString &expr)
{
    Names names;
    QString error;
    QSqlQuery campaign(db);
    campaign.prepare(QStringLiteral("SELECT name FROM campaigns WHERE id = ?"));
    QSqlQuery run(db);
    run.prepare(QStringLiteral("SELECT r.campaign_id, (SELECT count(*) FROM campaign_runs o "
                               "WHERE o.campaign_id = r.campaign_id AND o.id <= r.id) FROM campaign_runs r WHERE r.id = ?"));
    auto loadCampaign = [&](qint64 id) {
        if (names.campaigns.contains(id))
            return;
        campaign.addBindValue(id);
        if (campaign.exec() && campaign.next())
            names.campaigns.insert(id, campaign.value(0).toString());
        campaign.finish();
    };
    for (const QString &token : Audience::terms(expr, &error)) {
        const auto r = readRetarget(token);
        if (!r)
            continue;
        if (r->byCampaign) {
            loadCampaign(r->id);
            continue;
        }
        run.addBindValue(r->id);
        if (run.exec() && run.next()) {
            const qint64 campaignId = run.value(0).toLongLong();
            names.runs.insert(r->id, {campaignId, run.value(1).toInt()});
            run.finish();
            loadCampaign(campaignId);
        }
        run.finish();
    }
    return names;
}

QString AudienceText::describe(QSqlDatabase db, const QString &expr)
{
    return describe(expr, load(db, expr));
}

QString AudienceText::withCount(const QString &description, qint64 count)
{
    return tr("%1 (%n contact(s))", nullptr, int(std::min<qint64>(count, std::numeric_limits<int>::max())))
        .arg(description);
}

QString AudienceText::describe(const QString &expr, const Names &names)
{
    QString error;
    const QStringList tokens = Audience::terms(expr.trimmed(), &error);
    const QString custom = tr("Custom audience: %1").arg(expr.trimmed());
    if (!error.isEmpty())
        return custom;
    if (tokens.isEmpty() || (tokens.size() == 1 && tokens.first().compare(QLatin1String("all"), Qt::CaseInsensitive) == 0))
        return tr("Everyone who opted in");

    QString text;
    QString join;
    QString lastRef;
    bool lastRetarget = false;
    bool negate = false;
    bool expectTerm = true;
    for (const QString &token : tokens) {
        const QString lower = token.toLower();
        if (!expectTerm) {
            if (lower != QLatin1String("and") && lower != QLatin1String("or"))
                return custom;
            join = lower;
            expectTerm = true;
            continue;
        }
        if (lower == QLatin1String("not")) {
            negate = !negate;
            continue;
        }
        QString clause;
        bool retarget = false;
        if (lower == QLatin1String("all")) {
            clause = negate ? tr("are no one") : tr("are any contact");
        } else if (lower.startsWith(QLatin1String("tag:")) && token.size() > 4) {
            clause = (negate ? tr("are not tagged %1") : tr("are tagged %1")).arg(quoted(token.mid(4)));
        } else if (lower.startsWith(QLatin1String("attr:")) && token.indexOf(QLatin1Char('=')) > 5) {
            const qsizetype eq = token.indexOf(QLatin1Char('='));
            clause = (negate ? tr("do not have %1 %2") : tr("have %1 %2"))
                         .arg(token.mid(5, eq - 5), quoted(token.mid(eq + 1)));
        } else if (const auto r = readRetarget(token); r && (lower.startsWith(QLatin1String("campaign:"))
                                                            || lower.startsWith(QLatin1String("run:")))) {
            const QString ref = retargetRef(*r, names);
            clause = retargetWords(*r, ref == lastRef ? tr("it") : ref, negate);
            lastRef = ref;
            retarget = true;
        } else {
            return custom;
        }
        if (text.isEmpty())
            text = clause;
        else if (join == QLatin1String("or"))
            text = tr("%1 or %2").arg(text, clause);
        else if (negate && retarget && lastRetarget)
            text = tr("%1 but %2").arg(text, clause);
        else
            text = tr("%1 and %2").arg(text, clause);
        lastRetarget = retarget;
        negate = false;
        expectTerm = false;
    }
    if (expectTerm)
        return custom;
    return tr("Contacts who %1").arg(text);
}
