#pragma once

// Private to the template validator: the checker its rules are written in, one file per group of parts
// (templatevalidator.cpp: name, language, category, header, body, footer and variables;
// templatevalidator_buttons.cpp: buttons).

#include "models/templates/templatevalidator.h"

namespace TemplateValidatorPrivate {

using Part = TemplateViolation::Part;
using Field = TemplateViolation::Field;
using Kind = TemplateVariableToken::Kind;
using Tokens = QList<TemplateVariableToken>;

inline QString braced(const QString &name)
{
    return QStringLiteral("{{") + name + QStringLiteral("}}");
}

// Collects the violations of one template; each check adds the ones of its part.
class Checker
{
    Q_DECLARE_TR_FUNCTIONS(TemplateValidator)

public:
    explicit Checker(const MessageTemplate &t)
        : m_t(t)
    {
    }

    QList<TemplateViolation> run();

private:
    TemplateViolation &add(Part part, const char *rule, const QString &message, int start = -1, int length = 0)
    {
        TemplateViolation v;
        v.part = part;
        v.rule = QLatin1String(rule);
        v.message = message;
        v.start = start;
        v.length = length;
        v.buttonIndex = m_button;
        v.field = m_field;
        if (part != Part::Button) {
            v.buttonIndex = -1;
            v.field = Field::Text;
        }
        m_out.append(v);
        return m_out.last();
    }
    TemplateViolation &at(Part part, const char *rule, const QString &message, const TemplateVariableToken &token)
    {
        return add(part, rule, message, token.start, token.length);
    }
    // Over the limit: highlights the characters past it.
    void length(Part part, const char *rule, const QString &text, int max, const QString &what);

    void checkName();
    void checkHeader(const Tokens &tokens);
    void checkBody(const Tokens &tokens);
    void checkFooter();
    void checkButtons();
    void checkUrl(const TemplateButton &b);
    void checkMalformed(Part part, const QString &text, const Tokens &tokens);
    void checkSequence(Part part, const Tokens &tokens, int maxDistinct);
    void checkFormats(const Tokens &header, const Tokens &body);
    void checkNamedDuplicates(Part part, const QList<QPair<QString, QString>> &named, const Tokens &tokens);
    void checkExamples(Part part, const char *rule, const Tokens &tokens, const QStringList &positional,
                       const QList<QPair<QString, QString>> &named);

    const MessageTemplate &m_t;
    QList<TemplateViolation> m_out;
    int m_button = -1;
    Field m_field = Field::Text;
};

} // namespace TemplateValidatorPrivate
