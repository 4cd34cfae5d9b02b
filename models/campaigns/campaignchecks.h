#pragma once

#include "models/campaigns/campaign.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// What a campaign about to be created or edited must satisfy beyond its own fields (CampaignStore checks
// those): a template that can be sent now, an audience that names only campaigns and runs that exist, and a
// scheduled time that has not passed. Used by `campaign create` and `campaign edit`; the first problem found
// names its field (the CLI option) and says what to do.
class CampaignChecks
{
    Q_DECLARE_TR_FUNCTIONS(CampaignChecks)

public:
    struct Problem
    {
        QString field;     // "template", "audience", "at"
        QString message;
    };

    // A scheduled campaign's time (local, in its zone) before the current minute there. No database needed,
    // so the CLI checks it with its options (a usage error).
    static std::optional<Problem> checkSchedule(const Campaign &c, qint64 nowUtcMs);
    // The template is missing or not sendable (MessageTemplate::isSendable): names its status.
    static std::optional<Problem> checkTemplate(QSqlDatabase db, const Campaign &c);
    // campaign:ID:… / run:ID:… terms naming a campaign or run that does not exist.
    static std::optional<Problem> checkAudience(QSqlDatabase db, const QString &audience);
    // All three, in that order.
    static std::optional<Problem> check(QSqlDatabase db, const Campaign &c, qint64 nowUtcMs);
};
