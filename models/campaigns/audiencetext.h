#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

// An audience expression (the grammar of Audience, models/campaigns/campaign.h) in words a shop owner reads:
// "campaign:7:read and not campaign:7:replied" → "read campaign “Diwali” but did not reply to it". The one
// describer the wizard, the Campaigns page and the dashboard show; the expression itself stays available to
// power users (the wizard's Advanced field, tooltips).
class AudienceText
{
    Q_DECLARE_TR_FUNCTIONS(AudienceText)

public:
    // What the words name: campaigns by id, and runs by id (their campaign and their number in it, 1 = first).
    struct Names
    {
        struct Run
        {
            qint64 campaignId = 0;
            int number = 0;
        };
        QHash<qint64, QString> campaigns;
        QHash<qint64, Run> runs;
    };
    // The names the expression refers to, read from the workspace (unknown ids are simply left out).
    static Names load(QSqlDatabase db, const QString &expr);

    // The audience in words. Empty or "all": everyone who opted in. An expression Audience cannot read is
    // returned as "Custom audience: <expression>". Consent is not mentioned unless the expression is empty;
    // it always applies (see Audience::toSql).
    static QString describe(const QString &expr, const Names &names = {});
    // describe(), reading the names from the workspace.
    static QString describe(QSqlDatabase db, const QString &expr);
    // "<description> (%n contact(s))", with the plural of the language: the words first, for narrow columns.
    static QString withCount(const QString &description, qint64 count);
};
