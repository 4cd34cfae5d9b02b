#pragma once

#include "models/campaigns/campaign.h"
#include "models/campaigns/sendwindowplan.h"
#include "models/contacts/contact.h"

#include <optional>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The pre-flight check every start goes through: one report with the audience, who is excluded and why, rows
// the mapping cannot fill, the template's state, sample messages, the daily-tier headroom, how long the send
// takes and what it costs. Problems block the start; warnings are shown and may be accepted.
struct PreflightReport
{
    struct MissingParam
    {
        QString phone;
        QString slot; // the first slot without a value, e.g. body.2
    };
    struct Sample
    {
        QString phone;
        QString text; // header, body and footer with the parameters substituted
    };

    bool triggered = false; // the audience is per event: no counts, duration or cost
    qint64 matched = 0; // contacts the audience expression names, consent aside
    qint64 audience = 0; // of them, opted in and not opted out
    qint64 excludedOptedOut = 0;
    qint64 excludedNotOptedIn = 0;
    qint64 missingParams = 0; // audience rows with a parameter that has no value and no fallback
    QList<MissingParam> missingSample;
    qint64 sendable = 0; // audience - missingParams
    bool templateFound = false;
    QString templateStatus; // APPROVED, PAUSED, … ("DELETED" when removed upstream)
    QString templateQuality;
    QString templateCategory;
    QList<Sample> samples;
    QString tier; // as stored on the account, '' = not known
    qint64 tierLimit = -1; // -1 = unlimited or unknown
    qint64 tierUsed = 0; // unique phones messaged in the last 24 h
    qint64 tierRemaining = -1; // -1 = unlimited or unknown
    int rate = 0; // messages per second (the sum of the campaign's numbers' max_rate)
    double durationSeconds = 0; // sendable / rate
    bool hasCost = false; // false: no rate card, no estimate
    double cost = 0;
    QString currency;
    qint64 unpriced = 0; // sendable recipients without a rate for their category and country
    // Send windows (issue 18 §2): recipients per UTC hour of their not-before time (one wave "now" without a window)
    // and when the last send happens at `rate` (UTC ms; 0 = nobody), the daily limit aside.
    QString sendWindow; // SendWindow::describe(), "" = none
    QList<SendWindowPlan::Wave> waves;
    qint64 lastSendAt = 0;
    QStringList problems; // block the start
    QStringList warnings;

    bool ok() const { return problems.isEmpty(); }
    // The JSON `herald-cli campaign preflight --json` prints.
    QJsonObject toJson() const;
};

class Preflight
{
    Q_DECLARE_TR_FUNCTIONS(Preflight)

public:
    struct Options
    {
        int samples = 3; // rendered messages for the first N recipients
        int missingSamples = 5; // sample of rows missing a parameter
        qint64 now = 0; // UTC ms; 0 = the current time
    };

    // Checks `campaign` as it is (it may be unsaved: the wizard checks its current state).
    static PreflightReport check(QSqlDatabase db, const Campaign &campaign, const Options &options);
    static PreflightReport check(QSqlDatabase db, const Campaign &campaign) { return check(db, campaign, Options {}); }
    // The message a person reads: header, body and footer of `t` with every variable replaced by the mapping's
    // value for the contact (the variable's own {{…}} stays when it has no value).
    static QString renderText(
        const MessageTemplate &t, const QList<ParamMapping> &params, const Contact &c, const QJsonObject &event = {});
    // The first contact the audience sends to (by id), for previews; std::nullopt when none (or *error).
    static std::optional<Contact> firstRecipient(QSqlDatabase db, const QString &audience, QString *error);
    // `t` with its header and body text substituted the same way (for a live preview of the mapping).
    static MessageTemplate renderedTemplate(
        const MessageTemplate &t, const QList<ParamMapping> &params, const Contact &c, const QJsonObject &event = {});
};
