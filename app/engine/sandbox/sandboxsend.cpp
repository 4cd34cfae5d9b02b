// POST /{version}/{phone-number-id}/messages: validates a template message the way Meta does, then decides
// its seeded outcome (whatsapp-api.md §1, §3, §5).
#include "engine/sandbox/sandboxapi.h"
#include "models/core/clock.h"

#include "models/contacts/waid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QSet>

namespace {

constexpr int kMaxCallbackData = 512;
constexpr int kMaxBodyText = 1024;
constexpr int kMaxHeaderText = 60;

const QString kTextKey = QStringLiteral("text");

using Reply = SandboxApi::Reply;

Reply required(const QString &what)
{
    return SandboxApi::error(131008, QStringLiteral("The parameter %1 is required.").arg(what));
}

Reply countMismatch(const QString &where, qsizetype got, qsizetype expected)
{
    return SandboxApi::error(132000, QStringLiteral("%1: number of localizable_params (%2) does not match the expected "
                                                    "number of params (%3)")
                                         .arg(where)
                                         .arg(got)
                                         .arg(expected));
}

Reply formatMismatch(const QString &where, const QString &what)
{
    return SandboxApi::error(132012, QStringLiteral("%1: %2").arg(where, what));
}

// "+1 (650) 555-1234" → "16505551234"; empty when it cannot be an international number.
QString e164Digits(const QString &to)
{
    QString digits;
    for (QChar c : to) {
        if (c.isDigit())
            digits.append(c);
        else if (c != QLatin1Char('+') && c != QLatin1Char('-') && c != QLatin1Char('(') && c != QLatin1Char(')')
                 && !c.isSpace())
            return {};
    }
    if (digits.size() < 8 || digits.size() > 15 || digits.startsWith(QLatin1Char('0')))
        return {};
    return digits;
}

// Checks text parameters against the template's variables (in order of appearance) and fills `values`
// (variable → value) for the length check.
std::optional<Reply> checkTextParameters(const QString &where, const QStringList &variables, const QJsonArray &params,
                                         bool named, bool headerOnlyText, QHash<QString, QString> *values)
{
    if (params.size() != variables.size())
        return countMismatch(where, params.size(), variables.size());
    QSet<QString> seen;
    for (qsizetype i = 0; i < params.size(); ++i) {
        const QJsonObject p = params.at(i).toObject();
        const QString type = p.value(QStringLiteral("type")).toString().toLower();
        QString value;
        if (type == kTextKey) {
            value = p.value(kTextKey).toString();
            if (value.isEmpty())
                return SandboxApi::error(131008, QStringLiteral("%1: parameter text is missing.").arg(where));
        } else if (!headerOnlyText && (type == QLatin1String("currency") || type == QLatin1String("date_time"))) {
            const QJsonObject o = p.value(type).toObject();
            value = o.value(QStringLiteral("fallback_value")).toString();
            if (value.isEmpty())
                return SandboxApi::error(131008, QStringLiteral("%1: %2.fallback_value is missing.").arg(where, type));
        } else {
            return formatMismatch(where, QStringLiteral("parameter type (%1) is not valid for a text placeholder.")
                                             .arg(type.isEmpty() ? QStringLiteral("none") : type));
        }
        const bool hasName = p.contains(QStringLiteral("parameter_name"));
        const QString name = p.value(QStringLiteral("parameter_name")).toString();
        if (named) {
            if (!hasName || name.isEmpty())
                return formatMismatch(where, QStringLiteral("the template uses named parameters; parameter_name is "
                                                            "missing."));
            if (!variables.contains(name))
                return formatMismatch(where, QStringLiteral("parameter_name (%1) is not a parameter of the template.")
                                                 .arg(name));
            if (seen.contains(name))
                return formatMismatch(where, QStringLiteral("parameter_name (%1) is given twice.").arg(name));
            seen.insert(name);
            values->insert(name, value);
        } else {
            if (hasName)
                return formatMismatch(where, QStringLiteral("the template uses positional parameters; parameter_name "
                                                            "is not expected."));
            values->insert(variables.at(i), value);
        }
    }
    return std::nullopt;
}

QString hydrate(QString text, const QHash<QString, QString> &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        text.replace(QStringLiteral("{{") + it.key() + QStringLiteral("}}"), it.value());
    return text;
}

std::optional<Reply> checkHeader(const MessageTemplate &t, const QJsonObject &component, bool named)
{
    const QString where = QStringLiteral("header");
    const QJsonArray params = component.value(QStringLiteral("parameters")).toArray();
    using F = MessageTemplate::HeaderFormat;
    if (t.headerFormat == F::None || t.headerFormat == F::Text) {
        const QStringList vars = t.headerFormat == F::Text ? MessageTemplate::variables(t.headerText) : QStringList();
        QHash<QString, QString> values;
        if (auto e = checkTextParameters(where, vars, params, named, true, &values))
            return e;
        if (hydrate(t.headerText, values).size() > kMaxHeaderText)
            return SandboxApi::error(132005, QStringLiteral("header: text is longer than %1 characters after "
                                                            "substitution.").arg(kMaxHeaderText));
        return std::nullopt;
    }
    if (params.size() != 1)
        return countMismatch(where, params.size(), 1);
    const QString format = MessageTemplate::headerFormatName(t.headerFormat).toLower();
    const QJsonObject p = params.first().toObject();
    const QString type = p.value(QStringLiteral("type")).toString().toLower();
    if (type != format)
        return formatMismatch(where, QStringLiteral("parameter type (%1) does not match the template's %2 header.")
                                         .arg(type.isEmpty() ? QStringLiteral("none") : type, format.toUpper()));
    const QJsonObject media = p.value(format).toObject();
    if (t.headerFormat == F::Location) {
        if (!media.contains(QStringLiteral("latitude")) || !media.contains(QStringLiteral("longitude")))
            return SandboxApi::error(131008, QStringLiteral("header: location needs latitude and longitude."));
    } else if (media.value(QStringLiteral("id")).toString().isEmpty()
               && media.value(QStringLiteral("link")).toString().isEmpty()) {
        return SandboxApi::error(131008, QStringLiteral("header: %1 needs an id or a link.").arg(format));
    }
    return std::nullopt;
}

std::optional<Reply> checkButton(const TemplateButton &b, int index, const QJsonObject *component)
{
    const QString where = QStringLiteral("button at index %1").arg(index);
    using T = TemplateButton::Type;
    const bool urlVariable = b.type == T::Url && b.url.contains(QStringLiteral("{{"));
    if (!component) {
        if (urlVariable || b.type == T::CopyCode)
            return countMismatch(where, 0, 1);
        return std::nullopt;
    }
    const QString subType = component->value(QStringLiteral("sub_type")).toString().toLower();
    const QJsonArray params = component->value(QStringLiteral("parameters")).toArray();
    const QJsonObject p = params.isEmpty() ? QJsonObject() : params.first().toObject();
    const QString type = p.value(QStringLiteral("type")).toString().toLower();
    switch (b.type) {
    case T::QuickReply:
        if (subType != QLatin1String("quick_reply"))
            break;
        if (params.size() > 1)
            return countMismatch(where, params.size(), 1);
        if (!params.isEmpty() && type != QLatin1String("payload"))
            return formatMismatch(where, QStringLiteral("a quick-reply parameter must be of type payload."));
        return std::nullopt;
    case T::Url:
        if (subType != QLatin1String("url"))
            break;
        if (params.size() != (urlVariable ? 1 : 0))
            return countMismatch(where, params.size(), urlVariable ? 1 : 0);
        if (urlVariable && (type != kTextKey || p.value(kTextKey).toString().isEmpty()))
            return formatMismatch(where, QStringLiteral("a URL button parameter must be of type text."));
        return std::nullopt;
    case T::CopyCode:
        // Coupon templates send copy_code + coupon_code; authentication templates send the code as a url button.
        if (subType == QLatin1String("copy_code")) {
            if (params.size() != 1)
                return countMismatch(where, params.size(), 1);
            if (type != QLatin1String("coupon_code") || p.value(QStringLiteral("coupon_code")).toString().isEmpty())
                return formatMismatch(where, QStringLiteral("a copy-code parameter must be of type coupon_code."));
            return std::nullopt;
        }
        if (subType == QLatin1String("url")) {
            if (params.size() != 1)
                return countMismatch(where, params.size(), 1);
            if (type != kTextKey || p.value(kTextKey).toString().isEmpty())
                return formatMismatch(where, QStringLiteral("the code must be a text parameter."));
            return std::nullopt;
        }
        break;
    case T::PhoneNumber:
    case T::Other:
        break;
    }
    return SandboxApi::error(131009, QStringLiteral("%1: sub_type (%2) does not match the template's %3 button.")
                                         .arg(where, subType.isEmpty() ? QStringLiteral("none") : subType, b.typeName));
}

} // namespace

std::optional<Reply> SandboxApi::checkComponents(const MessageTemplate &t, const QJsonObject &templateObject) const
{
    const QJsonValue componentsValue = templateObject.value(QStringLiteral("components"));
    if (!componentsValue.isUndefined() && !componentsValue.isArray())
        return error(131009, QStringLiteral("template.components must be an array."));
    QJsonObject header;
    QJsonObject body;
    QHash<int, QJsonObject> buttons;
    for (const QJsonValue &v : componentsValue.toArray()) {
        const QJsonObject c = v.toObject();
        const QString type = c.value(QStringLiteral("type")).toString().toLower();
        if (!c.value(QStringLiteral("parameters")).isUndefined() && !c.value(QStringLiteral("parameters")).isArray())
            return error(131009, QStringLiteral("%1: parameters must be an array.").arg(type));
        if (type == QLatin1String("header") || type == QLatin1String("body")) {
            QJsonObject &slot = type == QLatin1String("header") ? header : body;
            if (!slot.isEmpty())
                return error(131009, QStringLiteral("The %1 component is given twice.").arg(type));
            slot = c;
        } else if (type == QLatin1String("button")) {
            const QJsonValue iv = c.value(QStringLiteral("index"));
            bool ok = iv.isDouble();
            const int index = iv.isDouble() ? iv.toInt() : iv.toString().toInt(&ok);
            if (!ok || index < 0 || index >= t.buttons.size())
                return error(131009, QStringLiteral("There is no button at index %1 in the template.")
                                         .arg(iv.isDouble() ? QString::number(iv.toInt()) : iv.toString()));
            if (buttons.contains(index))
                return error(131009, QStringLiteral("The button at index %1 is given twice.").arg(index));
            buttons.insert(index, c);
        } else {
            return error(131009, QStringLiteral("Component type (%1) is not supported.").arg(type));
        }
    }
    const bool named = t.parameterFormat == MessageTemplate::ParameterFormat::Named;
    if (auto e = checkHeader(t, header, named))
        return e;
    QHash<QString, QString> values;
    if (auto e = checkTextParameters(QStringLiteral("body"), MessageTemplate::variables(t.body),
                                     body.value(QStringLiteral("parameters")).toArray(), named, false, &values))
        return e;
    const QString hydrated = hydrate(t.body, values);
    if (hydrated.size() > kMaxBodyText)
        return error(132005, QStringLiteral("body: text is %1 characters long after substitution; the limit is %2.")
                                 .arg(hydrated.size())
                                 .arg(kMaxBodyText));
    for (int i = 0; i < t.buttons.size(); ++i) {
        const auto it = buttons.constFind(i);
        if (auto e = checkButton(t.buttons.at(i), i, it == buttons.constEnd() ? nullptr : &*it))
            return e;
    }
    return std::nullopt;
}

SandboxApi::Reply SandboxApi::sendMessage(const QString &phoneNumberId, const QByteArray &authorization,
                                          const QByteArray &body, SandboxRecord *accepted)
{
    if (!authorized(authorization))
        return error(190, QStringLiteral("The access token could not be decrypted."),
                     QStringLiteral("Invalid OAuth access token - Cannot parse access token"));
    if (!isNumericId(phoneNumberId))
        return error(100, QStringLiteral("Unsupported post request. Object with ID '%1' does not exist, cannot be "
                                         "loaded due to missing permissions, or does not support this operation.")
                              .arg(phoneNumberId));
    if (!takeToken(phoneNumberId))
        return error(130429, QStringLiteral("Cloud API message throughput has been reached."));

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return error(100, QStringLiteral("The request body is not a JSON object."));
    const QJsonObject request = doc.object();
    if (!request.contains(QStringLiteral("messaging_product")))
        return error(100, QStringLiteral("The parameter messaging_product is required."));
    if (request.value(QStringLiteral("messaging_product")).toString() != QLatin1String("whatsapp"))
        return error(100, QStringLiteral("Param messaging_product must be one of {WHATSAPP} - got \"%1\".")
                              .arg(request.value(QStringLiteral("messaging_product")).toString()));
    const QString recipientType
        = request.value(QStringLiteral("recipient_type")).toString(QStringLiteral("individual"));
    if (recipientType != QLatin1String("individual"))
        return error(131009, QStringLiteral("recipient_type (%1) is not simulated by the sandbox.").arg(recipientType));
    const QString to = request.value(QStringLiteral("to")).toString();
    if (to.isEmpty())
        return required(QStringLiteral("to"));
    const QString dialled = e164Digits(to);
    if (dialled.isEmpty())
        return error(131009, QStringLiteral("to (%1) is not a valid phone number.").arg(to));
    const QString type = request.value(QStringLiteral("type")).toString();
    if (type.isEmpty())
        return required(QStringLiteral("type"));
    if (type != QLatin1String("template")) {
        static const QStringList freeForm { QStringLiteral("text"), QStringLiteral("image"), QStringLiteral("video"),
            QStringLiteral("audio"), QStringLiteral("document"), QStringLiteral("sticker"), QStringLiteral("location"),
            QStringLiteral("contacts"), QStringLiteral("interactive"), QStringLiteral("reaction") };
        if (freeForm.contains(type))   // the sandbox's contacts never wrote in: outside the 24 h window
            return error(131047, QStringLiteral("Message failed to send because more than 24 hours have passed since "
                                                "the customer last replied to this number."));
        return error(131051, QStringLiteral("Message type (%1) is not supported.").arg(type));
    }
    const QJsonObject templateObject = request.value(QStringLiteral("template")).toObject();
    if (templateObject.isEmpty())
        return required(QStringLiteral("template"));
    const QString name = templateObject.value(QStringLiteral("name")).toString();
    const QString language
        = templateObject.value(QStringLiteral("language")).toObject().value(QStringLiteral("code")).toString();
    if (name.isEmpty())
        return required(QStringLiteral("template.name"));
    if (language.isEmpty())
        return required(QStringLiteral("template.language.code"));
    const QString callbackData = request.value(QStringLiteral("biz_opaque_callback_data")).toString();
    if (callbackData.size() > kMaxCallbackData)
        return error(
            131009, QStringLiteral("biz_opaque_callback_data is longer than %1 characters.").arg(kMaxCallbackData));

    const qsizetype found = findTemplate(name, language);
    if (found < 0)
        return error(132001, QStringLiteral("template name (%1) does not exist in %2").arg(name, language));
    const MessageTemplate &t = m_parsed.at(found);
    if (t.status == QLatin1String("PAUSED"))
        return error(132015, QStringLiteral("Template %1 (%2) is paused because of low quality.").arg(name, language));
    if (t.status == QLatin1String("DISABLED"))
        return error(132016, QStringLiteral("Template %1 (%2) is disabled.").arg(name, language));
    if (t.status != QLatin1String("APPROVED"))
        return error(
            132001, QStringLiteral("template name (%1) in %2 is %3, not APPROVED").arg(name, language, t.status));
    if (auto e = checkComponents(t, templateObject))
        return *e;

    // The seeded outcomes.
    if (dialled == e164Digits(QString::fromLatin1(kDisplayPhoneNumber)))
        return error(131021, QStringLiteral("Recipient phone number is the sender's own number."));
    if (!isOnWhatsApp(dialled))
        return error(131026, QStringLiteral("Message Undeliverable."));
    if (t.category == QLatin1String("MARKETING") && hitsMarketingLimit(dialled))
        return error(131049, QStringLiteral("In order to maintain healthy ecosystem engagement, the message failed to "
                                            "be delivered."));

    SandboxRecord r;
    r.phoneNumberId = phoneNumberId;
    r.to = to;
    r.waId = whatsAppId(dialled);
    r.templateName = name;
    r.templateLanguage = language;
    r.templateCategory = t.category;
    r.callbackData = callbackData;
    r.acceptedAt = Clock::nowUtc();
    {
        QMutexLocker lock(&m_mutex);
        r.sequence = ++m_sequence;
        const QByteArray raw = "HERALD:" + dialled.toLatin1() + ':' + QByteArray::number(m_nonce, 36) + ':'
                               + QByteArray::number(r.sequence);
        r.wamid = QStringLiteral("wamid.")
                  + QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        m_byWamid.insert(r.wamid, m_records.size());
        m_records.append(r);
    }
    if (accepted)
        *accepted = r;
    return { 200,
        QJsonObject { { QStringLiteral("messaging_product"), QStringLiteral("whatsapp") },
            { QStringLiteral("contacts"),
                QJsonArray { QJsonObject { { QStringLiteral("input"), to }, { QStringLiteral("wa_id"), r.waId } } } },
            { QStringLiteral("messages"),
                QJsonArray { QJsonObject { { QStringLiteral("id"), r.wamid },
                    { QStringLiteral("message_status"), QStringLiteral("accepted") } } } } } };
}
