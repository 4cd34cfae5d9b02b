#pragma once

#include "models/core/result.h"
#include "models/templates/messagetemplate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <optional>

struct Contact;

// Where one template parameter's value comes from: `field:name`, `field:phone`, `attr:KEY`,
// `text:VALUE` or `event:KEY`, with an optional `|FALLBACK` used when the source is empty.
struct ParamMapping
{
    enum class Source { Field, Attribute, Text, Event };
    QString slot;          // header.1, body.1, body.first_name, button.0
    Source source = Source::Text;
    QString key;           // field name, attribute key, literal text or event key
    QString fallback;
    bool hasFallback = false;

    // Parses "body.1=attr:city|Pune". Fills *error with a sentence naming the problem.
    static std::optional<ParamMapping> parse(const QString &text, QString *error);
    QString toString() const;
    // The value for one contact; empty when missing and there is no fallback.
    QString resolve(const Contact &c, const QJsonObject &event = {}) const;
};

struct Campaign
{
    qint64 id = 0;
    QString name;
    qint64 accountId = 0;
    // The numbers it sends from when more than one (CampaignNumbers): accountId first, all of one portfolio.
    // Empty or one entry = accountId alone.
    QList<qint64> accountIds;
    QString templateName;
    QString language;
    QString audience;      // '' = every opted-in contact; see Audience
    QList<ParamMapping> params;
    QString status = QStringLiteral("draft");
    // once (send when started), scheduled, recurring or triggered; schedule and trigger are the JSON
    // objects documented in models/campaigns/schedule.h (empty for once).
    QString kind = QStringLiteral("once");
    QJsonObject schedule;
    QJsonObject trigger;
    bool active = false;          // the scheduler may start runs of it (set by start, cleared by stop)
    qint64 nextFireAt = 0;        // UTC ms of the next scheduled occurrence, 0 = none
    QJsonObject sendWindow;       // SendWindow JSON (models/campaigns/sendwindow.h), {} = none
};

// A recipient's frozen send content, or why the contact cannot get this message.
struct RenderedMessage
{
    QJsonArray components;   // the Cloud API's template.components with parameters
    QString problem;         // non-empty: e.g. "body.1 has no value for this contact"
};

// Turns a template + parameter mapping into Cloud API send components for one contact.
class MessageRenderer
{
    Q_DECLARE_TR_FUNCTIONS(MessageRenderer)

public:
    // Every slot the template needs (header.1, body.1…, body.first_name…, button.N), in send order.
    static QStringList requiredSlots(const MessageTemplate &t);
    // Empty when the mapping covers the template; else the first problem (unknown or missing slot).
    static QString checkMapping(const MessageTemplate &t, const QList<ParamMapping> &params);
    static RenderedMessage render(const MessageTemplate &t, const QList<ParamMapping> &params, const Contact &c,
                                  const QJsonObject &event = {});
};

// Who a campaign goes to. Grammar (case-insensitive keywords):
//   EXPR := TERM ((and|or) TERM)*     evaluated left to right
//   TERM := all | tag:NAME | attr:KEY=VALUE | campaign:ID:STAT | run:ID:STAT[:CODE] | not TERM
//   STAT := attempted | sent | delivered | read | replied | failed | unqualified | pending
// campaign:ID:STAT — contacts counted under STAT (campaign-stats.md) in any run of campaign ID;
// run:ID:STAT — in run ID only; run:ID:failed:CODE — failed with that error code (-1: without a code).
// Retargeting example, "read but did not reply": campaign:7:read and not campaign:7:replied.
// Opted-out and never-opted-in contacts are always excluded.
class Audience
{
    Q_DECLARE_TR_FUNCTIONS(Audience)

public:
    // SQL condition over `contacts c` with bound values, or *error with the offending word.
    static bool toSql(const QString &expr, QString *where, QVariantList *values, QString *error);
    // The expression's condition without the consent rule (the contacts it names, consent aside).
    static bool matchSql(const QString &expr, QString *where, QVariantList *values, QString *error);

    struct Exclusions
    {
        qint64 matched = 0;      // contacts the expression names, consent aside
        qint64 optedOut = 0;     // of them: opted out (an opt-out wins over an opt-in)
        qint64 notOptedIn = 0;   // of them: never opted in (and not opted out)
        qint64 sendable() const { return matched - optedOut - notOptedIn; }
    };
    // The expression's words (quotes removed), e.g. {"campaign:7:read", "and", "not", "tag:vip"}.
    static QStringList terms(const QString &expr, QString *error);
    // The contacts the expression matches but that are never sent to, by reason. std::nullopt + *error.
    static std::optional<Exclusions> exclusions(QSqlDatabase db, const QString &expr, QString *error);
};

// All SQL about campaigns and planning runs.
class CampaignStore
{
    Q_DECLARE_TR_FUNCTIONS(CampaignStore)

public:
    explicit CampaignStore(QSqlDatabase db);

    qint64 create(const Campaign &c, QString *error);
    std::optional<Campaign> byId(qint64 id, QString *error) const;
    Result<QList<Campaign>> list() const;
    bool setStatus(qint64 id, const QString &status, QString *error);
    // Rewrites an existing campaign's editable fields (name, account, template, audience, params, kind,
    // schedule, trigger) after the same checks as create().
    bool update(const Campaign &c, QString *error);
    // Scheduler state: whether runs may be started and the next occurrence (0 = none).
    bool setActive(qint64 id, bool active, qint64 nextFireAt, QString *error);

    struct PlanResult
    {
        qint64 runId = 0;
        qint64 planned = 0;
        qint64 skipped = 0;      // e.g. a parameter with no value and no fallback
        // planRetryRun only: failures left out, and the earliest time a cooling-down one may be retried (0 = none)
        qint64 notRetryable = 0;     // a retry cannot help (FailureCatalogue), or 131049 to a US number
        qint64 coolingDown = 0;      // a retry helps, but not yet (131049: 24 h after failing)
        qint64 optedOut = 0;         // the contact opted out (or was deleted) since
        qint64 alreadyRetried = 0;   // already in an earlier retry run of the same run
        qint64 retryableAfter = 0;   // UTC ms
    };
    // What kind of run planRun creates: the occurrence a scheduled/recurring run is for (0 = none) and
    // campaign_runs.run_kind ('normal', 'retry', 'triggered').
    struct PlanOptions
    {
        qint64 occurrenceAt = 0;
        QString runKind = QStringLiteral("normal");
        // Called (on the planning thread) before the first row, every kPlanProgressRows rows and after the last with how many
        // audience rows are written and how many there are; returning false cancels: the planning transaction is
        // rolled back, so no run and no recipient row stays (*error says it was cancelled).
        std::function<bool(qint64 done, qint64 total)> progress;
    };
    static constexpr qint64 kPlanProgressRows = 64;
    // Creates a run: one recipient row per audience contact with its rendered components frozen, in one IMMEDIATE
    // transaction. Refuses a template that is not APPROVED, and a campaign that already has an unfinished run
    // (checked inside that transaction). The audience is evaluated afresh on every call.
    std::optional<PlanResult> planRun(qint64 campaignId, QString *error);
    std::optional<PlanResult> planRun(qint64 campaignId, QString *error, const PlanOptions &options);
    // A linked run (parent_run_id = runId, run_kind 'retry') for the failures of `runId` that a retry may help
    // (FailureCatalogue::Policy::retryHelpsFor), that are not cooling down (the code's record: 131049 24 h after
    // failing, 131048 24 h, 132015 3 h), whose contact has not opted out and that no earlier retry run of the
    // same run holds; each with its frozen components copied. Refuses while the run is still sending, and when
    // nothing is left to retry (*error says why, with the counts).
    std::optional<PlanResult> planRetryRun(qint64 runId, QString *error);
    // How long after failing with `code` a retry may be sent (0 = at once): FailureCatalogue::Policy::cooldownMs.
    static qint64 retryCooldownMs(int code);
    // The newest run of a campaign: 0 when it has none; std::nullopt (and *error) when it could not be read, so a
    // query error never reads as "no run yet".
    std::optional<qint64> latestRun(qint64 campaignId, QString *error) const;

    // Whether a run in this status has not finished sending: planned, running, paused (anything but stopped, sent and
    // finished). A campaign has at most one such run; a partial UNIQUE index on campaign_runs enforces it.
    static bool isUnfinished(const QString &runStatus);
    struct RunRef
    {
        qint64 id = 0;   // 0: the campaign has no run
        QString status;
        qint64 plannedAt = 0;
    };
    // The campaign's unfinished run if it has one, else its newest run; std::nullopt + *error on a query error.
    std::optional<RunRef> currentRun(qint64 campaignId, QString *error) const;

    // A stopped run's recipients that were never sent (still planned): how many a new run may send to, and how many
    // of them opted out (or were deleted) since and are left out. (campaignunreached.cpp)
    struct Unreached
    {
        qint64 sendable = 0;
        qint64 optedOut = 0;
    };
    std::optional<Unreached> unreached(qint64 stoppedRunId, QString *error) const;
    // A linked run (parent_run_id = stoppedRunId, run_kind 'unreached') for exactly those sendable recipients, each
    // with its frozen components, in one IMMEDIATE transaction that refuses when the run is not stopped, when the
    // campaign already has an unfinished run, or when nobody is left to send to.
    std::optional<PlanResult> planUnreachedRun(qint64 stoppedRunId, QString *error);

private:
    bool check(const Campaign &c, QString *error) const;
    // True (with *error saying why) when the campaign has an unfinished run, or when that cannot be read.
    bool refuseWhenUnfinished(qint64 campaignId, QString *error) const;

    QSqlDatabase m_db;
};
