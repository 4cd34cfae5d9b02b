#pragma once

#include "models/templates/messagetemplate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// One broken rule, with where it is so an editor can highlight it.
struct TemplateViolation
{
    enum class Part { Name, Language, Category, Header, Body, Footer, Buttons, Button };
    // Part::Button: which of the button's strings start/length index into.
    enum class Field { Text, Url, PhoneNumber, Example };
    Part part = Part::Body;
    int buttonIndex = -1;    // Part::Button
    Field field = Field::Text;
    int start = -1;          // character range inside that part's text, -1 when the whole part
    int length = 0;          // (QString indices: UTF-16 code units, as QTextCursor counts)
    QString rule;            // stable id, e.g. "body.length", "body.leading_variable"
    QString message;         // translated sentence a person can act on

    QString partName() const;   // "body", "header", "buttons[2]", …
    QString fieldName() const;  // "text", "url", "phone_number", "example"
};

// Meta's documented template rules (whatsapp-api.md §4.3). Pure: no I/O. The rule ids and the choices made
// where Meta's documentation is vague are listed at the top of templatevalidator.cpp.
class TemplateValidator
{
    Q_DECLARE_TR_FUNCTIONS(TemplateValidator)

public:
    static QList<TemplateViolation> validate(const MessageTemplate &t);
};
