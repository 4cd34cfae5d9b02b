#include "models/ledger/failurecatalogue.h"

#include <iterator>

namespace {

using Group = FailureCatalogue::Group;
using Retry = FailureCatalogue::Retry;
using OnSend = FailureCatalogue::OnSend;

constexpr qint64 kHour = 3'600'000;

struct Row
{
    int code;
    Group group;
    int httpStatus;
    const char *title;          // Meta's title, not translated
    const char *description;    // QT_TRANSLATE_NOOP("FailureCatalogue", …)
    const char *action;         // QT_TRANSLATE_NOOP("FailureCatalogue", …)
    Retry retry;
    OnSend onSend = OnSend::Fail;
    qint64 cooldownMs = 0;
    const char *noRetryRegion = nullptr;
};

// whatsapp-api.md §3, in its order. Groups as in campaign-stats.md (see failurecatalogue.h for the rest).
constexpr Row kRows[] = {
    // --- 3.1 recipient cannot receive -----------------------------------------------------------------
    {131026, Group::Unqualified, 400, "Message undeliverable",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "This number cannot receive WhatsApp messages: it is not on WhatsApp, the person has not accepted "
         "WhatsApp's latest terms, or their app is too old."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald counts the recipient as unqualified and never retries. Check the number or reach the person "
         "another way."),
     Retry::No},
    {131021, Group::Template, 400, "Recipient cannot be sender",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "The message was addressed to your own business number."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald marks it failed and does not retry. Remove your own number from the contact list."), Retry::No},
    {133010, Group::Account, 400, "Phone number not registered",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Your business phone number is not registered with the WhatsApp Cloud API (this is about your number, "
         "not the customer's)."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald stops the campaign. Register the number in Meta's WhatsApp Manager, then resume."),
     Retry::No, OnSend::StopRun},
    {100, Group::Template, 400, "Invalid parameter",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "WhatsApp rejected a value in the request: a misspelled field, a value that is too long, or an ID in "
         "the account settings that does not exist."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald marks the message failed and does not retry. Check the account settings and the template's "
         "values."),
     Retry::No},
    // --- 3.2 spam, frequency and rate limits ------------------------------------------------------------
    {130429, Group::SpamLimits, 400, "Rate limit hit",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Messages were sent faster than your number's WhatsApp speed limit (80 messages per second by "
         "default)."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald slows down and sends the message again automatically."), Retry::Yes, OnSend::Throttle},
    {131056, Group::SpamLimits, 400, "(Business, Consumer) pair rate limit hit",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Too many messages went to this one person in a short time. Other customers are not affected."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald waits (1 s, 4 s, 16 s, …) and sends the message again automatically."),
     Retry::Yes, OnSend::PairBackoff},
    {131048, Group::SpamLimits, 400, "Spam rate limit hit",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "WhatsApp is limiting your sending because many earlier messages were blocked or reported as spam."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald stops the campaign. Check your number's quality in WhatsApp Manager and send less "
         "promotional content before trying again."),
     Retry::Later, OnSend::StopRun, 24 * kHour},
    {131049, Group::SpamLimits, 400, "This message was not delivered to maintain healthy ecosystem engagement.",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "WhatsApp chose not to deliver this marketing message: the person has received many marketing "
         "messages lately (and US numbers get no marketing messages at all)."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald marks it failed. Sending again only makes sense after at least 24 hours, and never to US "
         "numbers."),
     Retry::Later, OnSend::Fail, 24 * kHour, "US"},
    {130472, Group::SpamLimits, 400, "User's number is part of an experiment",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "WhatsApp is running an experiment that keeps marketing messages from this person. You are not "
         "charged."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald marks it failed and does not retry: it would fail the same way."), Retry::No},
    {131050, Group::Account, 400, "User stopped marketing messages",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "The person asked WhatsApp to stop your marketing messages."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald marks it failed, records the opt-out and leaves the contact out of future marketing "
         "campaigns."),
     Retry::No},
    {4, Group::SpamLimits, 400, "API Too Many Calls",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Your Meta app made too many requests in a short time."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald waits and tries again later."), Retry::Yes, OnSend::Throttle},
    {80007, Group::SpamLimits, 400, "Rate limit issues",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Your WhatsApp Business Account reached its hourly request limit."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald waits and tries again later."), Retry::Yes, OnSend::Throttle},
    {133016, Group::SpamLimits, 400, "Account register deregister rate limit exceeded",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Too many attempts to register or deregister your business number. This does not concern sending."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald reports it; wait before registering the number again."), Retry::Later},
    // --- 3.3 template text, length or variables -------------------------------------------------------------
    {132000, Group::Template, 400, "Number of parameters does not match the expected number of params",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "The message had a different number of values than the template has placeholders."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald marks it failed and does not retry. Fix the column mapping of the campaign."), Retry::No},
    {132001, Group::Template, 404, "Template does not exist",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "The template does not exist in this language, or it is not approved yet."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald marks it failed and does not retry. Sync the templates and choose an approved one."),
     Retry::No},
    {132005, Group::Template, 400, "Translated text too long",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "With the values filled in, the message is longer than WhatsApp allows."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald marks it failed and does not retry. Shorten the values (for example long names)."), Retry::No},
    {132007, Group::Template, 400, "Template format character policy violated",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "The filled-in message breaks WhatsApp's formatting or content rules."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald marks it failed and does not retry. Check the values for unusual characters or content."),
     Retry::No},
    {132012, Group::Template, 400, "Template parameter format mismatch",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "A value does not have the form the template expects (for example named instead of numbered "
         "placeholders, or text where an image was expected)."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald marks it failed and does not retry. Sync the templates and check the campaign's mapping."),
     Retry::No},
    {132015, Group::Template, 400, "Template is paused",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "WhatsApp paused the template because of low quality (too many people blocked or reported it)."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald pauses the campaign. It can continue once WhatsApp reactivates the template (after 3 or 6 "
         "hours)."),
     Retry::Later, OnSend::PauseRun, 3 * kHour},
    {132016, Group::Template, 400, "Template is disabled",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "WhatsApp disabled the template for good after it was paused too often."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald pauses the campaign. Create a new template and use it for the remaining recipients."),
     Retry::No, OnSend::PauseRun},
    {131008, Group::Template, 400, "Required parameter is missing",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "The request lacked a value WhatsApp requires."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald marks it failed and does not retry. Check the template's values and the campaign's mapping."),
     Retry::No},
    {131009, Group::Template, 400, "Parameter value is not valid",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "One of the values is not acceptable to WhatsApp (for example an empty value or a malformed phone "
         "number)."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald marks it failed and does not retry. Correct the value in the contact list."), Retry::No},
    {131051, Group::Template, 400, "Unsupported message type",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "WhatsApp does not support this kind of message."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald marks it failed and does not retry."), Retry::No},
    {131053, Group::Template, 400, "Media upload error",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "The picture, video or document in the message header could not be fetched or uploaded."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald marks it failed. Fix the media link or file, then retry the failed recipients."), Retry::Later},
    {135000, Group::Template, 400, "Generic user error",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "WhatsApp rejected the request for a reason it did not name."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald marks it failed and does not retry. Check the template and its values."), Retry::No},
    {131047, Group::Template, 400, "Re-engagement message",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "More than 24 hours have passed since the person last wrote to you, so only an approved template may "
         "be sent."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald marks it failed. Send an approved template instead."), Retry::No},
    {2388040, Group::Template, 400, "Field character limit exceeded",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "A part of the template is longer than WhatsApp allows (template creation)."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald shows the error in the template editor; shorten the text and submit again."), Retry::No},
    {2388047, Group::Template, 400, "Header format incorrect",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "The template's header does not follow WhatsApp's rules (template creation)."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald shows the error in the template editor; correct the header and submit again."), Retry::No},
    {2388072, Group::Template, 400, "Body format incorrect",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "The template's body does not follow WhatsApp's rules (template creation)."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald shows the error in the template editor; correct the body and submit again."), Retry::No},
    {2388073, Group::Template, 400, "Footer format incorrect",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "The template's footer does not follow WhatsApp's rules (template creation)."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald shows the error in the template editor; correct the footer and submit again."), Retry::No},
    {2388293, Group::Template, 400, "Parameters and text length ratio is too high",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "The template has too many placeholders for the length of its text (template creation)."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald shows the error in the template editor; add text or remove placeholders."), Retry::No},
    {2388299, Group::Template, 400, "Leading or trailing parameter not allowed",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "The template starts or ends with a placeholder, which WhatsApp does not allow (template creation)."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald shows the error in the template editor; add text before the first or after the last "
         "placeholder."),
     Retry::No},
    {2388019, Group::Template, 400, "Message template count limit exceeded",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Your WhatsApp Business Account already has as many templates as it may (template creation)."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald shows the error; delete templates you no longer use in WhatsApp Manager."), Retry::No},
    // --- 3.4 provider / technical -----------------------------------------------------------------------
    {1, Group::Technical, 400, "API Unknown",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "WhatsApp had an unexplained problem, possibly a temporary outage."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald tries again a limited number of times, waiting longer each time."), Retry::Yes, OnSend::Backoff},
    {2, Group::Technical, 503, "API Service",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "WhatsApp's service is temporarily down or overloaded."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald tries again a limited number of times, waiting longer each time."), Retry::Yes, OnSend::Backoff},
    {131000, Group::Technical, 500, "Something went wrong",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "WhatsApp could not send the message because of an internal error."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald tries again a limited number of times, waiting longer each time."), Retry::Yes, OnSend::Backoff},
    {131016, Group::Technical, 500, "Service unavailable",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "WhatsApp's service is temporarily unavailable."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald tries again a limited number of times, waiting longer each time."), Retry::Yes, OnSend::Backoff},
    {133004, Group::Technical, 503, "Server temporarily unavailable",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "WhatsApp's server is temporarily unavailable."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald tries again a limited number of times, waiting longer each time."), Retry::Yes, OnSend::Backoff},
    {131057, Group::Technical, 500, "Account in maintenance mode",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Your business account is in maintenance for a minute, for example while WhatsApp raises its speed "
         "limit."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald waits briefly and sends the message again."), Retry::Yes, OnSend::Backoff},
    {FailureCatalogue::kNetworkError, Group::Technical, 0, "Network error",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "No usable answer came back: the connection timed out or was cut, or the server answered with an "
         "error page."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald tries again only when it is sure the message was not accepted; otherwise it marks the "
         "recipient uncertain until a status update settles it."),
     Retry::Yes, OnSend::Backoff},
    // --- 3.5 policy, payment, account, auth -----------------------------------------------------------------
    {368, Group::Account, 403, "Temporarily blocked for policies violations",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Meta has temporarily blocked your WhatsApp account for violating its policies."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald stops the campaign. Check Account Quality in Meta Business Manager."), Retry::No, OnSend::StopRun},
    {130497, Group::Account, 403, "Business account is restricted from messaging users in this country",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Your business may not send messages to people in this country."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald marks it failed and does not retry. Leave numbers from this country out of campaigns."),
     Retry::No},
    {131031, Group::Account, 403, "Account has been locked",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Your WhatsApp account is locked, for a policy violation or because of wrong verification data (such "
         "as the two-step PIN)."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald stops the campaign. Unlock the account in Meta Business Manager."), Retry::No, OnSend::StopRun},
    {131042, Group::Account, 400, "Business eligibility payment issue",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "There is a problem with your payment setup: no payment method, credit line exceeded, or the account "
         "is suspended."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald stops the campaign. Fix the payment settings in Meta Business Manager, then resume."),
     Retry::No, OnSend::StopRun},
    {131037, Group::Account, 400, "WhatsApp provided number needs display name approval before message can be sent.",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Your business number's display name has not been approved yet."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald stops the campaign. Wait for the display name approval in WhatsApp Manager."),
     Retry::No, OnSend::StopRun},
    {131045, Group::Account, 500, "Incorrect certificate",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Your business number's registration is broken."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald stops the campaign. Register the number again in WhatsApp Manager."), Retry::No, OnSend::StopRun},
    {0, Group::Account, 401, "AuthException",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald could not sign in to WhatsApp: the access token expired or was revoked."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald stops the campaign. Store a new access token for the account, then resume."),
     Retry::No, OnSend::StopRun},
    {190, Group::Account, 401, "Access token has expired",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "The access token for this account is invalid or has expired."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald stops the campaign. Store a new access token for the account, then resume."),
     Retry::No, OnSend::StopRun},
    {3, Group::Account, 500, "API Method",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Your Meta app is not allowed to use this function."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald stops the campaign. Check the app's permissions in Meta's app dashboard."),
     Retry::No, OnSend::StopRun},
    {10, Group::Account, 403, "Permission denied",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "The access token lacks a permission Herald needs (whatsapp_business_messaging)."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald stops the campaign. Create a token with the WhatsApp permissions, then resume."),
     Retry::No, OnSend::StopRun},
    {200, Group::Account, 403, "API Permission",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "The access token lacks a permission for this request."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald stops the campaign. Create a token with the WhatsApp permissions, then resume."),
     Retry::No, OnSend::StopRun},
    {131005, Group::Account, 403, "Access denied",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "The access token is not allowed to send from this number."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald stops the campaign. Create a token with the WhatsApp permissions, then resume."),
     Retry::No, OnSend::StopRun},
    {33, Group::Account, 400, "Parameter value is not valid",
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "The business phone number in the account settings has been deleted or does not exist."),
     QT_TRANSLATE_NOOP("FailureCatalogue",
         "Herald stops the campaign. Check the phone number ID in the account settings."), Retry::No, OnSend::StopRun},
};


const Row *find(int code)
{
    if (code > 200 && code <= 299)
        code = 200;   // the whole "API Permission" family shares one entry
    for (const Row &r : kRows) {
        if (r.code == code)
            return &r;
    }
    return nullptr;
}

QString translate(const char *text)
{
    return QCoreApplication::translate("FailureCatalogue", text);
}

FailureCatalogue::Policy policyOf(const Row &r)
{
    FailureCatalogue::Policy p;
    p.known = true;
    p.group = r.group;
    p.retry = r.retry;
    p.onSend = r.onSend;
    p.cooldownMs = r.cooldownMs;
    if (r.noRetryRegion)
        p.noRetryRegion = QString::fromLatin1(r.noRetryRegion);
    return p;
}

} // namespace

FailureCatalogue::Entry FailureCatalogue::lookup(int code, const QString &providerTitle)
{
    Entry e;
    e.code = code;
    e.reference = referenceUrl();
    if (const Row *r = find(code)) {
        e.known = true;
        e.group = r->group;
        e.httpStatus = r->httpStatus;
        e.title = QString::fromUtf8(r->title);
        e.description = translate(r->description);
        e.action = translate(r->action);
        e.retry = r->retry;
        e.policy = policyOf(*r);
        return e;
    }
    e.title = providerTitle.trimmed().isEmpty() ? tr("Error %1").arg(code) : providerTitle.trimmed();
    e.description = tr("WhatsApp reported error %1, which Herald does not know yet. The provider's description "
                       "is shown as it was received.")
                        .arg(code);
    e.action = tr("Herald marks the message failed and does not retry it. Look the code up in Meta's error "
                  "reference.");
    e.retry = Retry::No;
    return e;
}

FailureCatalogue::Policy FailureCatalogue::policy(int code)
{
    const Row *r = find(code);
    return r ? policyOf(*r) : Policy{};
}

bool FailureCatalogue::contains(int code)
{
    return find(code) != nullptr;
}

QList<int> FailureCatalogue::codes()
{
    QList<int> result;
    result.reserve(int(std::size(kRows)));
    for (const Row &r : kRows)
        result.append(r.code);
    return result;
}

QString FailureCatalogue::providerTitle(int code)
{
    const Row *r = find(code);
    return r ? QString::fromUtf8(r->title) : QString();
}

QList<FailureCatalogue::Group> FailureCatalogue::groups()
{
    return {Group::Unqualified, Group::SpamLimits, Group::Template, Group::Technical, Group::Account, Group::Other};
}

QString FailureCatalogue::groupName(Group group)
{
    switch (group) {
    case Group::Unqualified:
        return tr("Unqualified — number not on WhatsApp");
    case Group::SpamLimits:
        return tr("Spam / messaging limits");
    case Group::Template:
        return tr("Template text length or variables");
    case Group::Technical:
        return tr("Provider / technical problem");
    case Group::Account:
        return tr("Account, policy or payment");
    case Group::Other:
        break;
    }
    return tr("Other / unknown");
}

QString FailureCatalogue::groupKey(Group group)
{
    switch (group) {
    case Group::Unqualified:
        return QStringLiteral("unqualified");
    case Group::SpamLimits:
        return QStringLiteral("spam-limits");
    case Group::Template:
        return QStringLiteral("template");
    case Group::Technical:
        return QStringLiteral("technical");
    case Group::Account:
        return QStringLiteral("account");
    case Group::Other:
        break;
    }
    return QStringLiteral("other");
}

QUrl FailureCatalogue::referenceUrl()
{
    return QUrl(QStringLiteral(
        "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"));
}
