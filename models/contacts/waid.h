#pragma once

#include <QString>

// WhatsApp ids (wa_id) versus the numbers Herald sends to (whatsapp-api.md §1.3, §2.3, §2.4; issue 11 §1).
//
// Meta answers a send with contacts[].wa_id and names the person in every webhook by that id
// (statuses[].recipient_id, messages[].from, contacts[].wa_id, user_preferences[].wa_id). It is digits
// without "+", and for two countries it is often not the dialled number:
//   - Brazil (+55): mobiles are dialled 55 AA 9 NNNN NNNN (13 digits); Meta often drops the ninth digit
//     and answers 55 AA NNNN NNNN (12 digits, the pre-2016 form). Only numbers whose 8-digit local part
//     starts with 6–9 (mobile ranges) have such a twin; landlines (2–5) never gain or lose a 9.
//   - Mexico (+52): dialled 52 + 10 digits (12 digits); Meta answers 521 + 10 digits (the old mobile prefix).
// Herald learns each contact's wa_id (send responses, status webhooks) and resolves inbound events through
// it: learned id first, else the exact number, else the one twin below — only when no other contact claims it.
namespace WaId {

// The digits of a wa_id / phone ("+55 11 9…" → "5511 9…"), empty when there are none.
QString digits(const QString &idOrPhone);
// "+" and the digits; empty when there are none.
QString e164(const QString &idOrPhone);

// The one other E.164 number the same WhatsApp account may have been dialled as (the Brazilian ninth digit
// or the Mexican "1", in either direction); empty when the number has no such twin.
QString twin(const QString &idOrPhone);

// True when `waId` names the number `e164`: the same digits, or its twin.
bool matches(const QString &waId, const QString &e164);

// What Meta answers for a dialled number: Mexican numbers get the 1; Brazilian mobiles lose the ninth digit
// when `dropNinthDigit` (Meta does it for many, not all). Other numbers are unchanged. Digits in, digits out.
QString asMetaWould(const QString &dialledDigits, bool dropNinthDigit);

// True for a Brazilian mobile in the dialled 13-digit form (55 AA 9 + 8 digits).
bool isBrazilianNinthDigitMobile(const QString &digits);

} // namespace WaId
