#include "models/campaigns/preflight.h"
#include "models/storage/sqldialect.h"

#include "models/accounts/account.h"
#include "models/accounts/headroom.h"
#include "models/campaigns/ratecard.h"
#include "models/contacts/contact.h"
#include "models/contacts/phonenormalizer.h"
#include "models/core/clock.h"
#include "models/templates/templatestore.h"

#include <cmath>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString substitute(const QString &text, const QString &part, const QList<ParamMapping> &params, const Contact &c,
    const QJsonObject &event)
{
    QString out = text;
    for (const QString &var : MessageTemplate::variables(text)) {
        const QString slot = part + QLatin1Char('.') + var;
        for (const ParamMapping &p : params) {
            if (p.slot != slot)
                continue;
            const QString value = p.resolve(c, event);
            if (!value.isEmpty())
                out.replace(QStringLiteral("{{") + var + QStringLiteral("}}"), value);
            break;
        }
    }
    return out;
}

// The first slot of a render problem ("body.2 has no value …").
QString problemSlot(const QString &problem)
{
    return problem.section(QLatin1Char(' '), 0, 0);
}

} // namespace

QString Preflight::renderText(
    const MessageTemplate &t, const QList<ParamMapping> &params, const Contact &c, const QJsonObject &event)
{
    QStringList parts;
    if (t.headerFormat == MessageTemplate::HeaderFormat::Text && !t.headerText.isEmpty())
        parts << substitute(t.headerText, QStringLiteral("header"), params, c, event);
    else if (t.headerFormat != MessageTemplate::HeaderFormat::None)
        parts << QLatin1Char('[') + MessageTemplate::headerFormatName(t.headerFormat).toLower() + QLatin1Char(']');
    parts << substitute(t.body, QStringLiteral("body"), params, c, event);
    if (!t.footer.isEmpty())
        parts << t.footer;
    return parts.join(QLatin1Char('\n'));
}

std::optional<Contact> Preflight::firstRecipient(QSqlDatabase db, const QString &audience, QString *error)
{
    QString where;
    QVariantList values;
    if (!Audience::toSql(audience, &where, &values, error))
        return std::nullopt;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT c.id, c.phone, c.name, c.attributes FROM contacts c WHERE ") + where
        + QStringLiteral(" ORDER BY c.id LIMIT 1"));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    Contact c;
    c.id = q.value(0).toLongLong();
    c.phone = q.value(1).toString();
    c.name = q.value(2).toString();
    c.attributes = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    return c;
}

MessageTemplate Preflight::renderedTemplate(
    const MessageTemplate &t, const QList<ParamMapping> &params, const Contact &c, const QJsonObject &event)
{
    MessageTemplate out = t;
    if (t.headerFormat == MessageTemplate::HeaderFormat::Text)
        out.headerText = substitute(t.headerText, QStringLiteral("header"), params, c, event);
    out.body = substitute(t.body, QStringLiteral("body"), params, c, event);
    return out;
}

PreflightReport Preflight::check(QSqlDatabase db, const Campaign &campaign, const Options &options)
{
    PreflightReport r;
    r.triggered = campaign.kind == QLatin1String("triggered");
    const qint64 now = options.now > 0 ? options.now : Clock::nowMs();
    QString error;

    // The template: found, APPROVED, mapped.
    const auto tmpl = TemplateStore(db).find(campaign.accountId, campaign.templateName, campaign.language, &error);
    if (tmpl) {
        r.templateFound = true;
        r.templateStatus = tmpl->deleted ? QStringLiteral("DELETED") : tmpl->status;
        r.templateQuality = tmpl->quality;
        r.templateCategory = tmpl->category;
        if (!tmpl->isSendable())
            r.problems << tr("The template “%1” (%2) is %3; only APPROVED templates can be sent.")
                              .arg(tmpl->name, tmpl->language, tmpl->deleted ? tr("deleted upstream") : tmpl->status);
        if (tmpl->quality.compare(QLatin1String("RED"), Qt::CaseInsensitive) == 0)
            r.warnings << tr("The template's quality is low (red): Meta may pause it if people keep blocking it.");
        const QString mapping = MessageRenderer::checkMapping(*tmpl, campaign.params);
        if (!mapping.isEmpty())
            r.problems << mapping;
    } else {
        r.problems << (error.isEmpty() ? tr("There is no template “%1” in language %2 for this account; sync the "
                                            "templates.")
                                             .arg(campaign.templateName, campaign.language)
                                       : error);
        error.clear();
    }

    // The audience and who it leaves out.
    const auto excluded = Audience::exclusions(db, campaign.audience, &error);
    if (!excluded) {
        r.problems << error;
        return r;
    }
    r.matched = excluded->matched;
    r.audience = excluded->sendable();
    r.excludedOptedOut = excluded->optedOut;
    r.excludedNotOptedIn = excluded->notOptedIn;

    QString where;
    QVariantList values;
    Audience::toSql(campaign.audience, &where, &values, &error);
    QSqlQuery q(db);
    q.setForwardOnly(SqlDialect::forwardOnly(q));
    q.prepare(QStringLiteral("SELECT c.id, c.phone, c.name, c.attributes FROM contacts c WHERE ") + where
        + QStringLiteral(" ORDER BY c.id"));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec()) {
        r.problems << q.lastError().text();
        return r;
    }
    const std::optional<Account> account = AccountStore(db).byId(campaign.accountId, &error);
    const RateCard rateCard(db);
    const bool haveRates = !rateCard.list(&error).isEmpty();
    QHash<QString, std::optional<RateCard::Rate>> rateByCountry;
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date(); // the rates valid today (CampaignCost too)
    const std::optional<SendWindow> window = SendWindow::fromJson(campaign.sendWindow, &error);
    if (!window) {
        r.problems << error;
        error.clear();
    }
    r.sendWindow = window ? window->describe() : QString();
    SendWindowPlan::Waves waves(window.value_or(SendWindow{}), SendWindowPlan::campaignZone(campaign), now);
    QStringList currencies;
    while (q.next()) {
        Contact c;
        c.id = q.value(0).toLongLong();
        c.phone = q.value(1).toString();
        c.name = q.value(2).toString();
        c.attributes = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        if (tmpl && !r.triggered) {
            const RenderedMessage m = MessageRenderer::render(*tmpl, campaign.params, c);
            if (!m.problem.isEmpty()) {
                ++r.missingParams;
                if (r.missingSample.size() < options.missingSamples)
                    r.missingSample << PreflightReport::MissingParam { c.phone, problemSlot(m.problem) };
                continue;
            }
        }
        if (tmpl && r.samples.size() < options.samples)
            r.samples << PreflightReport::Sample { c.phone, renderText(*tmpl, campaign.params, c) };
        if (r.triggered && r.samples.size() >= options.samples)
            break;
        ++r.sendable;
        if (!r.triggered)
            waves.add(c.phone, c.attributes);
        if (haveRates && tmpl && !r.triggered) {
            const QString country = PhoneNormalizer::regionOf(c.phone);
            auto it = rateByCountry.find(country);
            if (it == rateByCountry.end())
                it = rateByCountry.insert(country, rateCard.lookup(tmpl->category, country, today, &error));
            if (*it) {
                r.cost += (*it)->price;
                if (!currencies.contains((*it)->currency))
                    currencies << (*it)->currency;
            } else {
                ++r.unpriced;
            }
        }
    }

    // The account: tier headroom (the one rule the sender uses too) and speed.
    if (account) {
        const Headroom headroom = Headroom::compute(db, *account, now, &error);
        r.tier = headroom.tier;
        r.tierLimit = headroom.limit;
        r.tierUsed = headroom.used;
        r.tierRemaining = headroom.remaining();
        r.rate = account->sendRate();   // the sender's pace too (SendOptions::effectiveRate)
        // Several numbers send at once, each at its own pace (SendWorker's lanes): their rates add up.
        AccountStore store(db);
        for (const qint64 other : campaign.accountIds) {
            if (other == account->id)
                continue;
            if (const auto more = store.byId(other, &error))
                r.rate += more->sendRate();
        }
    } else {
        r.problems << tr("The campaign's account (id %1) does not exist.").arg(campaign.accountId);
        r.rate = Account::kDefaultRate;
    }

    if (r.triggered) {
        r.sendable = 0;
        r.warnings << tr("This campaign is triggered by events: its audience is decided per event, so there is no "
                         "count, duration or cost up front.");
        return r;
    }
    r.durationSeconds = double(r.sendable) / r.rate;
    r.waves = waves.hours();
    r.lastSendAt = waves.lastSendAt(r.rate);
    if (haveRates && tmpl) {
        r.hasCost = currencies.size() <= 1 && r.sendable > r.unpriced;
        r.currency = currencies.value(0);
        if (currencies.size() > 1)
            r.warnings << tr("The rate card mixes currencies (%1): no cost estimate.")
                              .arg(currencies.join(QStringLiteral(", ")));
        if (r.unpriced > 0)
            r.warnings << tr("%n recipient(s) have no rate for category %1 in their country; the estimate leaves them "
                             "out.",
                "", int(r.unpriced))
                              .arg(tmpl->category);
        r.cost = std::round(r.cost * 10000.0) / 10000.0;
    }
    if (r.audience == 0)
        r.problems << tr("The audience is empty: no opted-in contact matches it.");
    else if (r.sendable == 0)
        r.problems << tr("No recipient can get this message: every one is missing a parameter value.");
    if (r.missingParams > 0)
        r.warnings << tr("%n recipient(s) miss a parameter value and have no fallback; they will be skipped.", "",
            int(r.missingParams));
    if (r.tierRemaining >= 0 && r.tierRemaining < r.sendable)
        r.warnings << tr("The account may message %1 more people in the next 24 hours (%2), fewer than the %3 "
                         "recipients; the rest wait for the limit.")
                          .arg(r.tierRemaining)
                          .arg(r.tier)
                          .arg(r.sendable);
    return r;
}

QJsonObject PreflightReport::toJson() const
{
    const auto isoUtc = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate); };
    QJsonArray wavesJson;
    for (const SendWindowPlan::Wave &w : waves)
        wavesJson.append(QJsonObject { { QStringLiteral("hour"), isoUtc(w.hourUtc) },
            { QStringLiteral("recipients"), w.recipients } });
    QJsonArray missing;
    for (const MissingParam &m : missingSample)
        missing.append(QJsonObject { { QStringLiteral("phone"), m.phone }, { QStringLiteral("slot"), m.slot } });
    QJsonArray sampleArray;
    for (const Sample &s : samples)
        sampleArray.append(QJsonObject { { QStringLiteral("phone"), s.phone }, { QStringLiteral("text"), s.text } });
    QJsonObject o {
        { QStringLiteral("triggered"), triggered },
        { QStringLiteral("audience"), triggered ? QJsonValue() : QJsonValue(audience) },
        { QStringLiteral("matched"), matched },
        { QStringLiteral("excluded"),
            QJsonObject { { QStringLiteral("opted_out"), excludedOptedOut },
                { QStringLiteral("not_opted_in"), excludedNotOptedIn } } },
        { QStringLiteral("missing_params"),
            QJsonObject { { QStringLiteral("count"), missingParams }, { QStringLiteral("sample"), missing } } },
        { QStringLiteral("sendable"), sendable },
        { QStringLiteral("template"),
            QJsonObject { { QStringLiteral("status"), templateFound ? QJsonValue(templateStatus) : QJsonValue() },
                { QStringLiteral("quality"), templateQuality }, { QStringLiteral("category"), templateCategory } } },
        { QStringLiteral("samples"), sampleArray },
        { QStringLiteral("headroom"),
            QJsonObject { { QStringLiteral("tier"), tier },
                { QStringLiteral("limit"), tierLimit < 0 ? QJsonValue() : QJsonValue(tierLimit) },
                { QStringLiteral("used"), tierUsed },
                { QStringLiteral("remaining"), tierRemaining < 0 ? QJsonValue() : QJsonValue(tierRemaining) } } },
        { QStringLiteral("rate"), rate },
        { QStringLiteral("duration_seconds"), triggered ? QJsonValue() : QJsonValue(durationSeconds) },
        { QStringLiteral("cost"),
            hasCost ? QJsonValue(
                QJsonObject { { QStringLiteral("amount"), cost }, { QStringLiteral("currency"), currency } })
                    : QJsonValue() },
        { QStringLiteral("unpriced"), unpriced },
        { QStringLiteral("send_window"), sendWindow.isEmpty() ? QJsonValue() : QJsonValue(sendWindow) },
        { QStringLiteral("waves"), wavesJson },
        { QStringLiteral("last_send_at"), lastSendAt > 0 ? QJsonValue(isoUtc(lastSendAt)) : QJsonValue() },
        { QStringLiteral("problems"), QJsonArray::fromStringList(problems) },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(warnings) },
    };
    return o;
}
