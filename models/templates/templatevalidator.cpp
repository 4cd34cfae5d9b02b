// Meta's template rules (whatsapp-api.md §4.3), one stable rule id each:
//
//   name.required name.length name.characters · language.required · category.required category.unknown
//   header.text_required header.length header.variable_count header.example_missing
//   body.required body.length body.leading_variable body.trailing_variable body.adjacent_variables
//   body.example_missing · footer.length footer.variable
//   buttons.count buttons.quick_reply_count buttons.url_count buttons.phone_count buttons.copy_code_count
//   buttons.quick_reply_grouping · button.label_required button.label_length button.url_required
//   button.url_length button.url_variable_count button.url_variable_position button.url_variable_format
//   button.phone_required button.phone_length button.copy_code_length button.example_missing
//   variable.malformed variable.named_format variable.named_duplicate variable.sequence variable.mixed
//   variable.format_mismatch
//
// Choices where the documentation leaves room:
// - Lengths are counted in Unicode code points (an emoji is one character); ranges are QString indices.
// - "Starts/ends with a variable" ignores surrounding whitespace only: "{{1}}." and "({{1}}) is…" are fine,
//   "Hi {{1}}" and "{{1}} is your code" are not. AUTHENTICATION templates are exempt from the leading rule
//   (Meta's own authentication body is "{{1}} is your verification code."), not from the trailing one.
// - Adjacent variables: two variables with nothing or only whitespace between them; any other character
//   ("{{1}}, {{2}}", "{{1}}-{{2}}") separates them.
// - Positional numbers: the distinct numbers used in a part must be exactly 1…n (repeats and any order are
//   fine, so translations may reorder); "{{01}}" is malformed. A header's only variable must be {{1}}.
// - Named variables: lowercase a–z and underscores only (the reference lists no digits). "Unique" means
//   the example list names each variable once; using the same variable twice in the text is fine, as
//   it is for positional ones.
// - A header has at most one distinct variable. Only the header and the body may hold variables; a URL
//   button may end in {{1}} (always numbered, whatever the template's parameter format).
// - Media headers (IMAGE, VIDEO, DOCUMENT) need a sample (header_handle); LOCATION needs none.
// - Buttons of kinds Herald does not know (OTP, FLOW, …) are counted towards the 10 but not checked.
// - Not checked: the variable-to-length ratio (2388293, undocumented) and the unconfirmed BSP rules
//   (newlines in header/footer, emoji/markdown in header, 4 consecutive spaces).
#include "models/templates/templatevalidator.h"

#include "models/core/errortext.h"
#include "models/templates/templatevalidator_p.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <climits>

namespace {

constexpr int kNameMax = 512;
constexpr int kHeaderMax = 60;
constexpr int kBodyMax = 1024;
constexpr int kFooterMax = 60;

int codePoints(const QString &s)
{
    int n = 0;
    for (int i = 0; i < s.size(); ++i, ++n) {
        if (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
            ++i;
    }
    return n;
}

// QString index of code point number `cp`.
int indexOfCodePoint(const QString &s, int cp)
{
    int i = 0;
    for (int n = 0; n < cp && i < s.size(); ++n, ++i) {
        if (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
            ++i;
    }
    return i;
}

bool isValidNamed(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z_]+$"));
    return re.match(name).hasMatch();
}

const QString *exampleFor(const QList<QPair<QString, QString>> &named, const QString &name)
{
    for (const auto &p : named) {
        if (p.first == name)
            return &p.second;
    }
    return nullptr;
}

} // namespace

namespace TemplateValidatorPrivate {

void Checker::length(Part part, const char *rule, const QString &text, int max, const QString &what)
{
    const int n = codePoints(text);
    if (n <= max)
        return;
    const int start = indexOfCodePoint(text, max);
    add(part, rule,
        (n - max == 1
             ? tr("%1 is %2 characters long; the limit is %3. Shorten it by one character.")
             : tr("%1 is %2 characters long; the limit is %3. Shorten it by %Ln characters.", nullptr, n - max))
            .arg(what, QLocale().toString(n), QLocale().toString(max)),
        start, int(text.size()) - start);
}

QList<TemplateViolation> Checker::run()
{
    checkName();
    if (m_t.language.trimmed().isEmpty())
        add(Part::Language, "language.required", tr("Choose the template's language, for example “en_US”."));
    static const QStringList categories{QStringLiteral("MARKETING"), QStringLiteral("UTILITY"),
                                        QStringLiteral("AUTHENTICATION")};
    if (m_t.category.trimmed().isEmpty()) {
        add(Part::Category, "category.required", tr("Choose a category: MARKETING, UTILITY or AUTHENTICATION."));
    } else if (!categories.contains(m_t.category)) {
        add(Part::Category, "category.unknown",
            tr("%1 is not a template category; use MARKETING, UTILITY or AUTHENTICATION.").arg(ErrorText::quote(m_t.category)));
    }
    const bool textHeader = m_t.headerFormat == MessageTemplate::HeaderFormat::Text;
    const Tokens header = textHeader ? MessageTemplate::scanVariables(m_t.headerText) : Tokens();
    const Tokens body = MessageTemplate::scanVariables(m_t.body);
    checkHeader(header);
    checkBody(body);
    checkFormats(header, body);
    checkFooter();
    checkButtons();
    return m_out;
}

void Checker::checkName()
{
    const QString &name = m_t.name;
    if (name.isEmpty()) {
        add(Part::Name, "name.required",
            tr("The template has no name. Give it one made of lowercase letters, digits and underscores, such as "
               "“order_update”."));
        return;
    }
    length(Part::Name, "name.length", name, kNameMax, tr("The name"));
    const auto allowed = [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || c == QLatin1Char('_');
    };
    int first = -1;
    int end = -1;
    QString suggestion;
    for (int i = 0; i < name.size(); ++i) {
        const QChar lower = name.at(i).toLower();
        suggestion += allowed(lower) ? lower : QLatin1Char('_');
        if (allowed(name.at(i)))
            continue;
        if (first < 0)
            first = end = i;
        else if (end == i - 1)
            end = i;
    }
    if (first >= 0) {
        add(Part::Name, "name.characters",
            tr("The name contains %1, which is not allowed: use only lowercase letters, digits and underscores "
               "(for example %2).")
                .arg(ErrorText::quote(name.mid(first, end - first + 1)), ErrorText::quote(suggestion)),
            first, end - first + 1);
    }
}

void Checker::checkMalformed(Part part, const QString &text, const Tokens &tokens)
{
    for (const TemplateVariableToken &t : tokens) {
        if (t.kind == Kind::Malformed) {
            QString inner = t.name;
            inner.remove(QLatin1Char('{')).remove(QLatin1Char('}'));
            inner = inner.simplified().remove(QLatin1Char(' '));
            const TemplateVariableToken fixed = MessageTemplate::scanVariables(braced(inner)).value(0);
            const QString what = text.mid(t.start, t.length);
            if (!inner.isEmpty() && fixed.kind != Kind::Malformed) {
                at(part, "variable.malformed",
                   tr("%1 is not a valid variable: write it as %2, with two braces on each side and no spaces.")
                       .arg(ErrorText::quote(what), ErrorText::elide(braced(inner))),
                   t);
            } else {
                at(part, "variable.malformed",
                   tr("%1 is not a valid variable. Write variables as {{1}}, {{2}}… or as {{first_name}}: two "
                      "braces on each side, only letters, digits or underscores inside, no spaces.")
                       .arg(ErrorText::quote(what)),
                   t);
            }
        } else if (t.kind == Kind::Named && !isValidNamed(t.name)) {
            QString fixed = t.name.toLower();
            fixed.remove(QRegularExpression(QStringLiteral("[^a-z_]")));
            at(part, "variable.named_format",
               fixed.isEmpty()
                   ? tr("%1: named variables may only use lowercase letters and underscores.").arg(braced(t.name))
                   : tr("%1: named variables may only use lowercase letters and underscores; write %2.")
                         .arg(braced(t.name), braced(fixed)),
               t);
        }
    }
}

// The distinct numbers used must be exactly 1…n (and at most maxDistinct of them).
void Checker::checkSequence(Part part, const Tokens &tokens, int maxDistinct)
{
    QList<int> numbers;
    for (const TemplateVariableToken &t : tokens) {
        if (t.kind == Kind::Positional && !numbers.contains(t.name.toInt()))
            numbers.append(t.name.toInt());
    }
    std::sort(numbers.begin(), numbers.end());
    for (int i = 0; i < numbers.size() && i < maxDistinct; ++i) {
        const int expected = i + 1;
        if (numbers.at(i) == expected)
            continue;
        for (const TemplateVariableToken &t : tokens) {
            if (t.kind == Kind::Positional && t.name.toInt() == numbers.at(i)) {
                at(part, "variable.sequence",
                   expected == 1
                       ? tr("Numbered variables start at {{1}}; rename %1 to {{1}}.").arg(braced(t.name))
                       : tr("%1 skips %2: numbered variables must run 1, 2, 3… without gaps. Rename it to %2.")
                             .arg(braced(t.name), braced(QString::number(expected))),
                   t);
                return;
            }
        }
    }
}

void Checker::checkFormats(const Tokens &header, const Tokens &body)
{
    const TemplateVariableToken *firstPositional = nullptr;
    const TemplateVariableToken *firstNamed = nullptr;
    Part positionalPart = Part::Body;
    Part namedPart = Part::Body;
    for (Part part : {Part::Header, Part::Body}) {
        for (const TemplateVariableToken &t : part == Part::Header ? header : body) {
            if (t.kind == Kind::Positional && !firstPositional) {
                firstPositional = &t;
                positionalPart = part;
            } else if (t.kind == Kind::Named && !firstNamed) {
                firstNamed = &t;
                namedPart = part;
            }
        }
    }
    const bool named = m_t.parameterFormat == MessageTemplate::ParameterFormat::Named;
    const TemplateVariableToken *odd = named ? firstPositional : firstNamed;
    const Part oddPart = named ? positionalPart : namedPart;
    if (!odd)
        return;
    if (firstPositional && firstNamed) {
        at(oddPart, "variable.mixed",
           tr("%1 mixes a %2 variable into a template that also uses %3 ones (%4); use one kind throughout.")
               .arg(braced(odd->name), named ? tr("numbered") : tr("named"), named ? tr("named") : tr("numbered"),
                    braced((named ? firstNamed : firstPositional)->name)),
           *odd);
    } else if (named) {
        at(oddPart, "variable.format_mismatch",
           tr("The template uses named variables but also the numbered variable %1. Give it a name such as "
              "{{first_name}}, or number all the variables {{1}}, {{2}}….")
               .arg(braced(odd->name)),
           *odd);
    } else {
        at(oddPart, "variable.format_mismatch",
           tr("The template uses numbered variables but also the named variable %1. Number it like the others "
              "({{1}}, {{2}}…), or give all the variables names such as {{first_name}}.")
               .arg(braced(odd->name)),
           *odd);
    }
}

void Checker::checkNamedDuplicates(Part part, const QList<QPair<QString, QString>> &named, const Tokens &tokens)
{
    QSet<QString> seen;
    for (const auto &p : named) {
        if (!seen.contains(p.first)) {
            seen.insert(p.first);
            continue;
        }
        const QString message = tr("The examples name %1 more than once; give each named variable exactly one example.")
                                    .arg(braced(p.first));
        const auto it = std::find_if(tokens.begin(), tokens.end(), [&](const TemplateVariableToken &t) {
            return t.kind == Kind::Named && t.name == p.first;
        });
        if (it != tokens.end())
            at(part, "variable.named_duplicate", message, *it);
        else
            add(part, "variable.named_duplicate", message);
    }
}

void Checker::checkExamples(Part part, const char *rule, const Tokens &tokens, const QStringList &positional,
                            const QList<QPair<QString, QString>> &named)
{
    // Positional examples are listed in number order: the k-th smallest number takes the k-th example.
    QList<int> numbers;
    for (const TemplateVariableToken &t : tokens) {
        if (t.kind == Kind::Positional && !numbers.contains(t.name.toInt()))
            numbers.append(t.name.toInt());
    }
    std::sort(numbers.begin(), numbers.end());
    QSet<QString> reported;
    for (const TemplateVariableToken &t : tokens) {
        if (t.kind == Kind::Malformed || reported.contains(t.name))
            continue;
        QString example;
        if (t.kind == Kind::Positional) {
            example = positional.value(int(numbers.indexOf(t.name.toInt())));
        } else if (const QString *e = exampleFor(named, t.name)) {
            example = *e;
        }
        if (!example.trimmed().isEmpty())
            continue;
        reported.insert(t.name);
        at(part, rule,
           tr("%1 has no example value. Add one (for instance what a real customer would see) so Meta can review "
              "the template.")
               .arg(braced(t.name)),
           t);
    }
}

void Checker::checkHeader(const Tokens &tokens)
{
    using F = MessageTemplate::HeaderFormat;
    if (m_t.headerFormat == F::Image || m_t.headerFormat == F::Video || m_t.headerFormat == F::Document) {
        if (m_t.headerExamples.isEmpty() || m_t.headerExamples.first().trimmed().isEmpty()) {
            add(Part::Header, "header.example_missing",
                tr("The %1 header needs a sample file (header_handle) so Meta can review the template; upload one.")
                    .arg(MessageTemplate::headerFormatName(m_t.headerFormat).toLower()));
        }
        return;
    }
    if (m_t.headerFormat != F::Text)
        return;
    if (m_t.headerText.trimmed().isEmpty()) {
        add(Part::Header, "header.text_required",
            tr("The header is set to text but has none. Type the header text or remove the header."));
        return;
    }
    length(Part::Header, "header.length", m_t.headerText, kHeaderMax, tr("The header"));
    checkMalformed(Part::Header, m_t.headerText, tokens);
    QStringList distinct;
    for (const TemplateVariableToken &t : tokens) {
        if (t.kind == Kind::Malformed)
            continue;
        if (!distinct.contains(t.name))
            distinct.append(t.name);
        if (distinct.size() == 2) {
            const int end = tokens.last().start + tokens.last().length;
            add(Part::Header, "header.variable_count",
                tr("The header uses %1 different variables; a header may have only one. Keep %2 and move the "
                   "others into the body.")
                    .arg(MessageTemplate::variables(m_t.headerText).size())
                    .arg(braced(distinct.first())),
                t.start, end - t.start);
            break;
        }
    }
    checkSequence(Part::Header, tokens, 1);
    checkNamedDuplicates(Part::Header, m_t.headerNamedExamples, tokens);
    checkExamples(Part::Header, "header.example_missing", tokens, m_t.headerExamples, m_t.headerNamedExamples);
}

void Checker::checkBody(const Tokens &tokens)
{
    const QString &body = m_t.body;
    if (body.trimmed().isEmpty()) {
        add(Part::Body, "body.required", tr("The body is empty. Every template needs body text."));
        return;
    }
    length(Part::Body, "body.length", body, kBodyMax, tr("The body"));
    checkMalformed(Part::Body, body, tokens);
    checkSequence(Part::Body, tokens, INT_MAX);
    checkNamedDuplicates(Part::Body, m_t.bodyNamedExamples, tokens);

    Tokens vars;
    std::copy_if(tokens.begin(), tokens.end(), std::back_inserter(vars),
                 [](const TemplateVariableToken &t) { return t.kind != Kind::Malformed; });
    if (!vars.isEmpty()) {
        int first = 0;
        while (first < body.size() && body.at(first).isSpace())
            ++first;
        int last = int(body.size());
        while (last > 0 && body.at(last - 1).isSpace())
            --last;
        const TemplateVariableToken &head = vars.first();
        const TemplateVariableToken &tail = vars.last();
        if (head.start == first && m_t.category != QLatin1String("AUTHENTICATION")) {
            at(Part::Body, "body.leading_variable",
               tr("The body may not start with a variable (%1). Put some words before it, for example “Hi %1”.")
                   .arg(braced(head.name)),
               head);
        }
        if (tail.start + tail.length == last) {
            at(Part::Body, "body.trailing_variable",
               tr("The body may not end with a variable (%1). Add some words or a full stop after it.")
                   .arg(braced(tail.name)),
               tail);
        }
        for (int i = 1; i < vars.size(); ++i) {
            const TemplateVariableToken &a = vars.at(i - 1);
            const TemplateVariableToken &b = vars.at(i);
            const int gap = a.start + a.length;
            if (!body.mid(gap, b.start - gap).trimmed().isEmpty())
                continue;
            add(Part::Body, "body.adjacent_variables",
                tr("%1 and %2 sit next to each other; put words or punctuation between them.")
                    .arg(braced(a.name), braced(b.name)),
                a.start, b.start + b.length - a.start);
        }
    }
    checkExamples(Part::Body, "body.example_missing", tokens, m_t.bodyExamples, m_t.bodyNamedExamples);
}

void Checker::checkFooter()
{
    if (m_t.footer.isEmpty())
        return;
    length(Part::Footer, "footer.length", m_t.footer, kFooterMax, tr("The footer"));
    for (const TemplateVariableToken &t : MessageTemplate::scanVariables(m_t.footer)) {
        at(Part::Footer, "footer.variable",
           tr("The footer cannot contain variables; remove %1 or move it into the body.")
               .arg(ErrorText::quote(m_t.footer.mid(t.start, t.length))),
           t);
    }
}

} // namespace TemplateValidatorPrivate

QString TemplateViolation::partName() const
{
    switch (part) {
    case Part::Name:
        return QStringLiteral("name");
    case Part::Language:
        return QStringLiteral("language");
    case Part::Category:
        return QStringLiteral("category");
    case Part::Header:
        return QStringLiteral("header");
    case Part::Body:
        return QStringLiteral("body");
    case Part::Footer:
        return QStringLiteral("footer");
    case Part::Buttons:
        return QStringLiteral("buttons");
    case Part::Button:
        return QStringLiteral("buttons[%1]").arg(buttonIndex);
    }
    return {};
}

QString TemplateViolation::fieldName() const
{
    switch (field) {
    case Field::Text:
        return QStringLiteral("text");
    case Field::Url:
        return QStringLiteral("url");
    case Field::PhoneNumber:
        return QStringLiteral("phone_number");
    case Field::Example:
        return QStringLiteral("example");
    }
    return {};
}

QList<TemplateViolation> TemplateValidator::validate(const MessageTemplate &t)
{
    return TemplateValidatorPrivate::Checker(t).run();
}
