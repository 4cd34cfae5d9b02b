#pragma once

#include "models/templates/messagetemplate.h"

#include <QCoreApplication>
#include <QString>

// The template text around one parameter slot, so a person sees what they fill in: for body.1 of "Hello {{1}},
// your order {{2}} has shipped" → "Hello {{1}}, your order…". Slots as MessageRenderer::requiredSlots names them
// (header.N, body.N or body.NAME, button.N).
class SlotContext
{
    Q_DECLARE_TR_FUNCTIONS(SlotContext)

public:
    // Up to `radius` characters of text on each side of the slot's {{…}} (cut at a word, marked with "…"), on one
    // line; a media header or a copy-code button is described in words. Empty for a slot the template lacks.
    static QString around(const MessageTemplate &t, const QString &slot, int radius = 28);
};
