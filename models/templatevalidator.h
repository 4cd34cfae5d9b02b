#pragma once

#include "messagetemplate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// One broken rule, with where it is so an editor can highlight it.
struct TemplateViolation
{
    enum class Part { Name, Language, Category, Header, Body, Footer, Buttons, Button };
    Part part = Part::Body;
    int buttonIndex = -1;    // Part::Button
    int start = -1;          // character range inside that part's text, -1 when the whole part
    int length = 0;
    QString rule;            // stable id, e.g. "body.length", "body.leading_variable"
    QString message;         // translated sentence a person can act on

    QString partName() const;   // "body", "header", "buttons[2]", …
};

// Meta's documented template rules (whatsapp-api.md §4.3). Pure: no I/O.
class TemplateValidator
{
    Q_DECLARE_TR_FUNCTIONS(TemplateValidator)

public:
    static QList<TemplateViolation> validate(const MessageTemplate &t);
};
