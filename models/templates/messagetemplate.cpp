#include "models/templates/messagetemplate.h"

#include <QJsonArray>

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString upper(const QJsonObject &o, const char *key)
{
    return str(o, key).trimmed().toUpper();
}

// An id may come as a string ("9000000000001") or, from hand-written JSON, as a number.
QString idString(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return v.toString();
}

QStringList stringList(const QJsonValue &v)
{
    QStringList result;
    if (v.isString()) {
        result.append(v.toString());
        return result;
    }
    for (const QJsonValue &e : v.toArray())
        result.append(e.isString() ? e.toString() : e.toVariant().toString());
    return result;
}

QList<QPair<QString, QString>> namedParams(const QJsonValue &v)
{
    QList<QPair<QString, QString>> result;
    for (const QJsonValue &e : v.toArray()) {
        const QJsonObject p = e.toObject();
        result.append({str(p, "param_name"), p.value(QLatin1String("example")).toVariant().toString()});
    }
    return result;
}

QJsonArray namedParamsJson(const QList<QPair<QString, QString>> &params)
{
    QJsonArray a;
    for (const auto &p : params)
        a.append(QJsonObject{{QStringLiteral("param_name"), p.first}, {QStringLiteral("example"), p.second}});
    return a;
}

MessageTemplate::HeaderFormat headerFormatFromName(const QString &name)
{
    using F = MessageTemplate::HeaderFormat;
    if (name == QLatin1String("TEXT"))
        return F::Text;
    if (name == QLatin1String("IMAGE"))
        return F::Image;
    if (name == QLatin1String("VIDEO"))
        return F::Video;
    if (name == QLatin1String("DOCUMENT"))
        return F::Document;
    if (name == QLatin1String("LOCATION"))
        return F::Location;
    return F::None;
}

TemplateButton buttonFromJson(const QJsonObject &b)
{
    TemplateButton button;
    button.typeName = upper(b, "type");
    button.text = str(b, "text");
    if (button.typeName == QLatin1String("QUICK_REPLY")) {
        button.type = TemplateButton::Type::QuickReply;
    } else if (button.typeName == QLatin1String("URL")) {
        button.type = TemplateButton::Type::Url;
        button.url = str(b, "url");
        button.examples = stringList(b.value(QLatin1String("example")));
    } else if (button.typeName == QLatin1String("PHONE_NUMBER")) {
        button.type = TemplateButton::Type::PhoneNumber;
        button.phoneNumber = str(b, "phone_number");
    } else if (button.typeName == QLatin1String("COPY_CODE")) {
        button.type = TemplateButton::Type::CopyCode;
        button.examples = stringList(b.value(QLatin1String("example")));
    } else {
        button.type = TemplateButton::Type::Other;
        button.typeName = str(b, "type");
        button.extra = b;
    }
    return button;
}

QJsonObject buttonToJson(const TemplateButton &b)
{
    if (b.type == TemplateButton::Type::Other && !b.extra.isEmpty())
        return b.extra;
    QJsonObject o;
    switch (b.type) {
    case TemplateButton::Type::QuickReply:
        o.insert(QStringLiteral("type"), QStringLiteral("QUICK_REPLY"));
        break;
    case TemplateButton::Type::Url:
        o.insert(QStringLiteral("type"), QStringLiteral("URL"));
        o.insert(QStringLiteral("url"), b.url);
        if (!b.examples.isEmpty())
            o.insert(QStringLiteral("example"), QJsonArray::fromStringList(b.examples));
        break;
    case TemplateButton::Type::PhoneNumber:
        o.insert(QStringLiteral("type"), QStringLiteral("PHONE_NUMBER"));
        o.insert(QStringLiteral("phone_number"), b.phoneNumber);
        break;
    case TemplateButton::Type::CopyCode:
        o.insert(QStringLiteral("type"), QStringLiteral("COPY_CODE"));
        // The creation payload takes the coupon example as a plain string.
        if (!b.examples.isEmpty())
            o.insert(QStringLiteral("example"), b.examples.first());
        break;
    case TemplateButton::Type::Other:
        o.insert(QStringLiteral("type"), b.typeName);
        break;
    }
    if (!b.text.isEmpty() || b.type != TemplateButton::Type::CopyCode)
        o.insert(QStringLiteral("text"), b.text);
    return o;
}

bool isNameChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
}

TemplateVariableToken::Kind classify(const QString &inner)
{
    using K = TemplateVariableToken::Kind;
    if (inner.isEmpty())
        return K::Malformed;
    bool digits = true;
    for (QChar c : inner) {
        if (!isNameChar(c))
            return K::Malformed;
        if (!c.isDigit())
            digits = false;
    }
    if (digits)
        return inner.size() > 1 && inner.front() == QLatin1Char('0') ? K::Malformed : K::Positional;
    return K::Named;
}

} // namespace

bool MessageTemplate::isFlaggedStatus(const QString &status)
{
    static const QStringList flagged{
        QStringLiteral("PAUSED"),        QStringLiteral("DISABLED"),       QStringLiteral("IN_APPEAL"),
        QStringLiteral("PENDING_DELETION"), QStringLiteral("DELETED"),     QStringLiteral("ARCHIVED"),
        QStringLiteral("LIMIT_EXCEEDED"), QStringLiteral("FLAGGED"),       QStringLiteral("LOCKED"),
    };
    return flagged.contains(status.trimmed().toUpper());
}

bool MessageTemplate::isFlagged() const
{
    return deleted || isFlaggedStatus(status);
}

QList<TemplateVariableToken> MessageTemplate::scanVariables(const QString &text)
{
    using K = TemplateVariableToken::Kind;
    QList<TemplateVariableToken> tokens;
    const int n = int(text.size());
    int i = 0;
    int previousEnd = 0;
    const auto isOpen
        = [&](int at) { return at + 1 < n && text.at(at) == QLatin1Char('{') && text.at(at + 1) == QLatin1Char('{'); };
    const auto isClose
        = [&](int at) { return at + 1 < n && text.at(at) == QLatin1Char('}') && text.at(at + 1) == QLatin1Char('}'); };
    while (i < n) {
        if (isOpen(i)) {
            TemplateVariableToken t;
            t.start = i;
            int j = i;
            while (j < n && text.at(j) == QLatin1Char('{'))
                ++j;
            const int opens = j - i;
            const int innerStart = j;
            while (j < n && text.at(j) != QLatin1Char('{') && text.at(j) != QLatin1Char('}')
                   && text.at(j) != QLatin1Char('\n'))
                ++j;
            t.name = text.mid(innerStart, j - innerStart);
            int k = j;
            while (k < n && text.at(k) == QLatin1Char('}'))
                ++k;
            const int closes = k - j;
            if (closes == 0) {
                // Never closed: highlight the braces and the first word after them.
                int end = innerStart;
                while (end < j && !text.at(end).isSpace())
                    ++end;
                t.kind = K::Malformed;
                t.length = end - i;
                t.name = text.mid(innerStart, end - innerStart);
                i = end > i + opens ? end : innerStart;
            } else {
                t.kind = opens == 2 && closes == 2 ? classify(t.name) : K::Malformed;
                t.length = k - i;
                i = k;
            }
            tokens.append(t);
            previousEnd = i;
        } else if (isClose(i)) {
            // A "}}" that closes nothing, as in "{1}}": take in a single "{" and a name just before it.
            int b = i;
            while (b > previousEnd && isNameChar(text.at(b - 1)))
                --b;
            const int start = b > previousEnd && text.at(b - 1) == QLatin1Char('{') ? b - 1 : i;
            int k = i;
            while (k < n && text.at(k) == QLatin1Char('}'))
                ++k;
            TemplateVariableToken t;
            t.kind = K::Malformed;
            t.start = start;
            t.length = k - start;
            t.name = text.mid(start, k - start);
            tokens.append(t);
            i = previousEnd = k;
        } else {
            ++i;
        }
    }
    return tokens;
}

QStringList MessageTemplate::variables(const QString &text)
{
    QStringList names;
    for (const TemplateVariableToken &t : scanVariables(text)) {
        if (t.kind != TemplateVariableToken::Kind::Malformed && !names.contains(t.name))
            names.append(t.name);
    }
    return names;
}

QString MessageTemplate::headerFormatName(HeaderFormat f)
{
    switch (f) {
    case HeaderFormat::None:
        return {};
    case HeaderFormat::Text:
        return QStringLiteral("TEXT");
    case HeaderFormat::Image:
        return QStringLiteral("IMAGE");
    case HeaderFormat::Video:
        return QStringLiteral("VIDEO");
    case HeaderFormat::Document:
        return QStringLiteral("DOCUMENT");
    case HeaderFormat::Location:
        return QStringLiteral("LOCATION");
    }
    return {};
}

QString MessageTemplate::parameterFormatName(ParameterFormat f)
{
    return f == ParameterFormat::Named ? QStringLiteral("NAMED") : QStringLiteral("POSITIONAL");
}

MessageTemplate MessageTemplate::fromGraphJson(const QJsonObject &o)
{
    MessageTemplate t;
    t.remoteId = idString(o.value(QLatin1String("id")));
    t.name = str(o, "name");
    const QJsonValue language = o.value(QLatin1String("language"));
    t.language = language.isObject() ? str(language.toObject(), "code") : language.toString();
    t.category = upper(o, "category");
    t.status = upper(o, "status");
    t.quality = o.value(QLatin1String("quality_score")).toObject().value(QLatin1String("score")).toString().toUpper();
    t.rejectedReason = str(o, "rejected_reason");
    if (t.rejectedReason == QLatin1String("NONE"))   // what the API says for templates that were not rejected
        t.rejectedReason.clear();
    const QString format = upper(o, "parameter_format");

    bool sawNamedExamples = false;
    for (const QJsonValue &v : o.value(QLatin1String("components")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString type = upper(c, "type");
        const QJsonObject example = c.value(QLatin1String("example")).toObject();
        if (type == QLatin1String("HEADER")) {
            t.headerFormat = headerFormatFromName(upper(c, "format"));
            t.headerText = str(c, "text");
            if (t.headerFormat == HeaderFormat::Text) {
                t.headerExamples = stringList(example.value(QLatin1String("header_text")));
                t.headerNamedExamples = namedParams(example.value(QLatin1String("header_text_named_params")));
                sawNamedExamples = sawNamedExamples || !t.headerNamedExamples.isEmpty();
            } else {
                // Media headers: the sample's upload handle (or URL) is the example.
                t.headerExamples = stringList(example.value(QLatin1String("header_handle")));
            }
        } else if (type == QLatin1String("BODY")) {
            t.body = str(c, "text");
            // body_text is a list of example sets ([[…]]); take the first. Accept a flat list too.
            const QJsonArray sets = example.value(QLatin1String("body_text")).toArray();
            if (!sets.isEmpty())
                t.bodyExamples = stringList(sets.first().isArray() ? sets.first() : QJsonValue(sets));
            t.bodyNamedExamples = namedParams(example.value(QLatin1String("body_text_named_params")));
            sawNamedExamples = sawNamedExamples || !t.bodyNamedExamples.isEmpty();
        } else if (type == QLatin1String("FOOTER")) {
            t.footer = str(c, "text");
        } else if (type == QLatin1String("BUTTONS")) {
            for (const QJsonValue &b : c.value(QLatin1String("buttons")).toArray())
                t.buttons.append(buttonFromJson(b.toObject()));
        }
    }
    if (format == QLatin1String("NAMED") || (format.isEmpty() && sawNamedExamples))
        t.parameterFormat = ParameterFormat::Named;
    return t;
}

QJsonObject MessageTemplate::toGraphJson() const
{
    const bool named = parameterFormat == ParameterFormat::Named;
    QJsonArray components;
    if (headerFormat != HeaderFormat::None) {
        QJsonObject header{{QStringLiteral("type"), QStringLiteral("HEADER")},
                           {QStringLiteral("format"), headerFormatName(headerFormat)}};
        if (headerFormat == HeaderFormat::Text) {
            header.insert(QStringLiteral("text"), headerText);
            if (named && !headerNamedExamples.isEmpty()) {
                header.insert(
                    QStringLiteral("example"),
                    QJsonObject{{QStringLiteral("header_text_named_params"), namedParamsJson(headerNamedExamples)}});
            } else if (!headerExamples.isEmpty()) {
                header.insert(QStringLiteral("example"),
                              QJsonObject{{QStringLiteral("header_text"), QJsonArray::fromStringList(headerExamples)}});
            }
        } else if (!headerExamples.isEmpty() && headerFormat != HeaderFormat::Location) {
            header.insert(QStringLiteral("example"),
                          QJsonObject{{QStringLiteral("header_handle"), QJsonArray::fromStringList(headerExamples)}});
        }
        components.append(header);
    }
    QJsonObject bodyObject{{QStringLiteral("type"), QStringLiteral("BODY")}, {QStringLiteral("text"), body}};
    if (named && !bodyNamedExamples.isEmpty()) {
        bodyObject.insert(QStringLiteral("example"),
                          QJsonObject{{QStringLiteral("body_text_named_params"), namedParamsJson(bodyNamedExamples)}});
    } else if (!bodyExamples.isEmpty()) {
        bodyObject.insert(
            QStringLiteral("example"),
            QJsonObject{{QStringLiteral("body_text"), QJsonArray{QJsonArray::fromStringList(bodyExamples)}}});
    }
    components.append(bodyObject);
    if (!footer.isEmpty())
        components.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("FOOTER")}, {QStringLiteral("text"), footer}});
    if (!buttons.isEmpty()) {
        QJsonArray list;
        for (const TemplateButton &b : buttons)
            list.append(buttonToJson(b));
        components.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("BUTTONS")}, {QStringLiteral("buttons"), list}});
    }
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("language"), language},
                       {QStringLiteral("category"), category},
                       {QStringLiteral("parameter_format"), parameterFormatName(parameterFormat)},
                       {QStringLiteral("components"), components}};
}
