// Meta's rules for a template's buttons (see the list at the top of templatevalidator.cpp).
#include "models/templates/templatevalidator_p.h"

#include "models/core/errortext.h"

#include <QHash>
#include <algorithm>

namespace {

constexpr int kButtonsMax = 10;
constexpr int kQuickRepliesMax = 10;
constexpr int kUrlButtonsMax = 2;
constexpr int kLabelMax = 25;
constexpr int kUrlMax = 2000;
constexpr int kPhoneMax = 20;
constexpr int kCopyCodeMax = 15;

} // namespace

namespace TemplateValidatorPrivate {

void Checker::checkUrl(const TemplateButton &b)
{
    m_field = Field::Url;
    if (b.url.trimmed().isEmpty()) {
        add(Part::Button, "button.url_required", tr("The URL button %1 has no web address; add one.").arg(ErrorText::quote(b.text)));
        return;
    }
    length(Part::Button, "button.url_length", b.url, kUrlMax, tr("The web address"));
    const Tokens tokens = MessageTemplate::scanVariables(b.url);
    checkMalformed(Part::Button, b.url, tokens);
    Tokens vars;
    std::copy_if(tokens.begin(), tokens.end(), std::back_inserter(vars),
                 [](const TemplateVariableToken &t) { return t.kind != Kind::Malformed; });
    if (vars.isEmpty())
        return;
    if (vars.size() > 1) {
        const TemplateVariableToken &second = vars.at(1);
        add(Part::Button, "button.url_variable_count",
            tr("A web address may contain only one variable, at its very end; remove the others."), second.start,
            vars.last().start + vars.last().length - second.start);
    }
    const TemplateVariableToken &v = vars.first();
    int end = int(b.url.size());
    while (end > 0 && b.url.at(end - 1).isSpace())
        --end;
    if (v.start + v.length != end) {
        at(Part::Button, "button.url_variable_position",
           tr("The variable %1 must be the very end of the web address, as in “https://example.com/track/{{1}}”.")
               .arg(braced(v.name)),
           v);
    }
    if (v.name != QLatin1String("1")) {
        at(Part::Button, "button.url_variable_format",
           tr("A web address's variable is always written {{1}}; replace %1.").arg(braced(v.name)), v);
    }
    if (b.examples.isEmpty() || b.examples.first().trimmed().isEmpty()) {
        at(Part::Button, "button.example_missing",
           tr("The web address's variable %1 has no example; add the part of a real address it stands for.")
               .arg(braced(v.name)),
           v);
    }
}

void Checker::checkButtons()
{
    using T = TemplateButton::Type;
    const QList<TemplateButton> &buttons = m_t.buttons;
    if (buttons.size() > kButtonsMax) {
        add(Part::Buttons, "buttons.count",
            tr("The template has %1 buttons; the limit is %2. Remove %n of them.", nullptr,
               int(buttons.size()) - kButtonsMax)
                .arg(buttons.size())
                .arg(kButtonsMax));
    }
    QHash<int, int> seen;
    bool quickReplies = false;
    bool brokenGroup = false;
    bool groupReported = false;
    for (int i = 0; i < buttons.size(); ++i) {
        const TemplateButton &b = buttons.at(i);
        m_button = i;
        m_field = Field::Text;
        const int count = ++seen[int(b.type)];
        const auto limit = [&](T type, int max, const char *rule, const QString &message) {
            if (b.type == type && count == max + 1)
                add(Part::Button, rule, message);
        };
        limit(T::QuickReply, kQuickRepliesMax, "buttons.quick_reply_count",
              tr("A template may have at most %1 quick-reply buttons; remove this one and any after it.")
                  .arg(kQuickRepliesMax));
        limit(T::Url, kUrlButtonsMax, "buttons.url_count",
              tr("A template may have at most %1 web-address buttons; remove this one.").arg(kUrlButtonsMax));
        limit(T::PhoneNumber, 1, "buttons.phone_count",
              tr("A template may have only one call button; remove this one."));
        limit(T::CopyCode, 1, "buttons.copy_code_count",
              tr("A template may have only one copy-code button; remove this one."));
        if (b.type == T::QuickReply) {
            if (brokenGroup && !groupReported) {
                groupReported = true;
                add(Part::Button, "buttons.quick_reply_grouping",
                    tr("Quick-reply buttons must sit together; move %1 next to the other quick replies.")
                        .arg(ErrorText::quote(b.text)));
            }
            quickReplies = true;
        } else if (quickReplies) {
            brokenGroup = true;
        }
        if (b.type == T::Other)
            continue;   // kinds Herald does not know (OTP, FLOW, …): counted, not checked
        if (b.type != T::CopyCode && b.text.trimmed().isEmpty())
            add(Part::Button, "button.label_required", tr("This button has no label; type the text it shows."));
        length(Part::Button, "button.label_length", b.text, kLabelMax, tr("The label %1").arg(ErrorText::quote(b.text)));
        if (b.type == T::Url) {
            checkUrl(b);
        } else if (b.type == T::PhoneNumber) {
            m_field = Field::PhoneNumber;
            if (b.phoneNumber.trimmed().isEmpty())
                add(Part::Button, "button.phone_required",
                    tr("The call button %1 has no phone number; add one.").arg(ErrorText::quote(b.text)));
            else
                length(Part::Button, "button.phone_length", b.phoneNumber, kPhoneMax, tr("The phone number"));
        } else if (b.type == T::CopyCode) {
            m_field = Field::Example;
            if (b.examples.isEmpty() || b.examples.first().trimmed().isEmpty())
                add(Part::Button, "button.example_missing",
                    tr("The copy-code button needs an example code (up to %1 characters).").arg(kCopyCodeMax));
            else
                length(Part::Button, "button.copy_code_length", b.examples.first(), kCopyCodeMax,
                       tr("The example code"));
        }
    }
    m_button = -1;
    m_field = Field::Text;
}

} // namespace TemplateValidatorPrivate
