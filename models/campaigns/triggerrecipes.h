#pragma once

#include "models/campaigns/campaign.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Ready-made triggers for shop orders (issue 14), offered on the campaign wizard's trigger page: each fills in the
// event, delay, conditions, unless-event, cooldown and consent field (the TriggerSpec JSON of
// models/campaigns/schedule.h) and maps the template's parameters to the event's normalised keys, which the relay
// gives orders of every shop platform: order_number, total, currency, first_name, items, tracking_number,
// tracking_url, order_status_url, checkout_url.
struct TriggerRecipe
{
    Q_DECLARE_TR_FUNCTIONS(TriggerRecipe)

public:
    QString id;          // order_confirmation, shipping_update, abandoned_checkout, cod_confirmation
    QString title;       // for people
    QString description; // one sentence: when it sends
    QJsonObject trigger;
    QString header;      // the source of a text header's variable ("event:order_number")
    QStringList body;    // sources of body variables 1, 2, … in order
    QString button;      // the source of a URL or copy-code button's variable

    // The parameter mapping for a template's slots (MessageRenderer::requiredSlots): header.N → header, body.N →
    // body[N-1], button.N → button. Slots the recipe has nothing for (named body variables, body.N beyond the list)
    // are left out, so the caller keeps what it had for them.
    QList<ParamMapping> mappingFor(const QStringList &slotNames) const;

    static QList<TriggerRecipe> all();
    // The consent fields of the common shop set-ups, {path, label}, for the wizard's suggestions.
    static QList<QPair<QString, QString>> consentFields();
};
