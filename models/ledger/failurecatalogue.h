#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

// Every WhatsApp Cloud API error code Herald knows (whatsapp-api.md §3), grouped the way the campaign
// dashboard groups failure reasons (campaign-stats.md), each with a plain-language description, whether
// a retry can help and what Herald does about it. Descriptions are translated when looked up.
//
// Codes the dashboard's table does not list are put in the closest group:
//   Template  — request-data errors like 131009: 100 (invalid parameter), 131021 (recipient is the
//               business's own number), 131047, 131051, 131053, 135000 and the template-creation codes
//               2388019/2388040/2388047/2388072/2388073/2388293/2388299;
//   SpamLimits — the other rate limits: 4, 80007, 133016;
//   Account   — 3, 33, 200–299, 131005, 131037, 131045, 133010;
//   Technical — kNetworkError (a timeout or an answer without a body; not a Meta code).
// Group::Unqualified holds 131026 only, so that grouping and the "Unqualified" statistic agree.
//
// Each code has ONE record: its group, whether a retry by the user can help (Retry), what the sender does when a
// send is answered with it (OnSend: SendPlaybook::actionForCode reads nothing else), how long a retry run waits
// after the failure (cooldownMs: CampaignStore::planRetryRun) and the region it is never retried to.
class FailureCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(FailureCatalogue)

public:
    enum class Group { Unqualified, SpamLimits, Template, Technical, Account, Other };
    enum class Retry {
        No,        // the same message fails again: fix the data, the template or the account first
        Yes,       // transient: retrying (with backoff) usually works
        Later,     // only after waiting (≥ 24 h, a paused template coming back, a fixed media link)
    };
    // What the sender does with a send answered with the code (whatsapp-api.md §3 and §9).
    enum class OnSend {
        Fail,          // permanent for this recipient (an unknown code that came with a 5xx is retried instead)
        Backoff,       // transient: sent again after exponential backoff, a bounded number of times
        Throttle,      // a throughput limit: the pacer slows down and the row is sent again
        PairBackoff,   // 131056: sent again after 4^n seconds
        StopRun,       // no other recipient can get past it (account, token, payment): the run stops
        PauseRun,      // the template is paused or disabled: the run pauses
    };

    // The decisions of one code's record, without its texts (cheap: the sender looks it up for every error).
    struct Policy
    {
        bool known = false;
        Group group = Group::Other;
        Retry retry = Retry::No;
        OnSend onSend = OnSend::Fail;
        qint64 cooldownMs = 0;   // a retry run sends again no earlier than this after the failure
        QString noRetryRegion;   // never retried to numbers of this region (131049: "US", no marketing there)

        bool retryHelps() const { return retry != Retry::No; }
        // retryHelps(), and the number's region (PhoneNormalizer::regionOf) is not excluded.
        bool retryHelpsFor(const QString &region) const
        {
            return retryHelps() && (noRetryRegion.isEmpty() || region != noRetryRegion);
        }
    };

    // Herald's own code for "no usable answer": a timeout, a dropped connection, a 5xx without a body.
    static constexpr int kNetworkError = -1;

    struct Entry
    {
        int code = 0;
        bool known = false;      // false: a code this catalogue has never heard of (group Other)
        Group group = Group::Other;
        int httpStatus = 0;      // the HTTP status Meta answers with when the error is synchronous; 0 = n/a
        QString title;           // the provider's title (English, as Meta sends it)
        QString description;     // translated, for a shop owner
        QString action;          // translated: what Herald does
        Retry retry = Retry::No;
        QUrl reference;          // Meta's error-code reference
        Policy policy;           // the whole record's decisions (policy.retry == retry)

        bool retryHelps() const { return retry != Retry::No; }
    };

    // The entry for `code`. An unknown code keeps `providerTitle` (or "Error <code>" without one) in
    // group Other. Any code in 200–299 is Meta's "API Permission" family.
    static Entry lookup(int code, const QString &providerTitle = {});
    // The decisions for `code` (an unknown code: group Other, never retried, Fail on send).
    static Policy policy(int code);
    static bool contains(int code);
    // Every code of the catalogue in table order (200 stands for the 200–299 family).
    static QList<int> codes();
    // The provider's title for a known code, empty otherwise.
    static QString providerTitle(int code);

    static QList<Group> groups();                 // in dashboard order, Other last
    static QString groupName(Group group);        // translated, e.g. "Unqualified — number not on WhatsApp"
    static QString groupKey(Group group); // stable: unqualified, spam-limits, template, technical, account, other
    static QUrl referenceUrl();                   // Meta's error-code page
};
