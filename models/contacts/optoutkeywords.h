#pragma once

#include <QString>

// Recognises a customer's "stop sending me marketing" message (issue 5, item 4).
//
// A message opts out when the WHOLE message, after normalisation, is one of the keywords below:
// case-folded, accents removed (NFKD without non-spacing marks, so "PARÁR", "parar" and "Parar!" match),
// punctuation, symbols and emoji treated as spaces, whitespace collapsed. "stop" matches, "please stop
// calling at night" does not (a person reads those). The lists cover English, Hindi, Portuguese, Spanish and
// Indonesian, following the STOP words carriers and BSPs honour (Twilio: STOP, STOPALL, UNSUBSCRIBE, CANCEL,
// END, QUIT, OPTOUT, REVOKE) plus the local words for stop / unsubscribe / cancel.
//
// Quick-reply buttons: a tap opts out when the button's text is a keyword (a template's quick reply
// "Stop promotions", "Parar promoções", …) or when its payload is a keyword or starts with
// kOptOutPayloadPrefix ("HERALD_OPT_OUT"), the payload a campaign maps to its opt-out button.
namespace OptOutKeywords {

inline constexpr char kOptOutPayloadPrefix[] = "HERALD_OPT_OUT";

// The message reduced to the form the keywords are compared in.
QString normalize(const QString &text);
// True when the whole message is an opt-out keyword in one of the five languages.
bool isOptOutText(const QString &text);
// True for a quick-reply / interactive button payload that opts out (see above).
bool isOptOutPayload(const QString &payload);

} // namespace OptOutKeywords
