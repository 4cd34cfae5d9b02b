#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// A WhatsApp message template as the Graph API describes it (GET /{waba-id}/message_templates).
// Identity within an account: name + language.
struct TemplateButton
{
    enum class Type { QuickReply, Url, PhoneNumber, CopyCode, Other };
    Type type = Type::QuickReply;
    QString typeName;        // as the API spells it (QUICK_REPLY, URL, PHONE_NUMBER, COPY_CODE, …)
    QString text;            // the label
    QString url;             // URL buttons; may end in {{1}}
    QString phoneNumber;     // PHONE_NUMBER buttons
    QStringList examples;    // URL variable example / copy-code example
    QJsonObject extra;       // Type::Other: the API's object as received, written back unchanged
};

// One "{{…}}" occurrence in a piece of template text (see MessageTemplate::scanVariables).
struct TemplateVariableToken
{
    enum class Kind {
        Positional,   // {{1}}: digits only, no leading zero
        Named,        // {{first_name}}: letters, digits, underscores (the validator checks Meta's narrower rule)
        Malformed,    // {{ 1 }}, {{1}, {{#x}}, {{}}, {{{1}}}, a stray "}}" …
    };
    Kind kind = Kind::Malformed;
    int start = 0;           // index in the text (QString / UTF-16 positions, as QTextCursor counts)
    int length = 0;          // the whole token including braces
    QString name;            // between the braces ("1", "first_name"); for Malformed the raw inside
};

struct MessageTemplate
{
    enum class HeaderFormat { None, Text, Image, Video, Document, Location };
    enum class ParameterFormat { Positional, Named };

    qint64 id = 0;           // local row id
    qint64 accountId = 0;
    QString remoteId;        // the template id at Meta
    QString name;
    QString language;        // e.g. en_US
    QString category;        // MARKETING, UTILITY, AUTHENTICATION
    QString status;          // APPROVED, PENDING, REJECTED, PAUSED, DISABLED, …
    QString quality;         // GREEN, YELLOW, RED, UNKNOWN (quality_score.score)
    QString rejectedReason;
    ParameterFormat parameterFormat = ParameterFormat::Positional;

    HeaderFormat headerFormat = HeaderFormat::None;
    QString headerText;
    QStringList headerExamples;              // one per header variable (positional) …
    QList<QPair<QString, QString>> headerNamedExamples;   // … or (param_name, example)
    QString body;
    QStringList bodyExamples;                // positional examples in order
    QList<QPair<QString, QString>> bodyNamedExamples;     // (param_name, example)
    QString footer;
    QList<TemplateButton> buttons;

    bool deleted = false;    // removed upstream; kept for history, never sendable
    QDateTime deletedAt;     // when a sync first missed it (TemplateStore)
    QDateTime syncedAt;      // the last sync that saw it (TemplateStore); invalid for a local draft

    bool isSendable() const { return status == QLatin1String("APPROVED") && !deleted; }
    // PAUSED / DISABLED and similar states a user must be warned about.
    // True for PAUSED, DISABLED, IN_APPEAL, PENDING_DELETION, DELETED, ARCHIVED, LIMIT_EXCEEDED, FLAGGED,
    // LOCKED, and for a template removed upstream (`deleted`). False for APPROVED, PENDING (normal review),
    // REJECTED (a review outcome shown with its reason, never usable, not a change to warn about),
    // REINSTATED, an empty status (a local draft) and statuses Herald does not know.
    bool isFlagged() const;
    static bool isFlaggedStatus(const QString &status);

    // The variables in a piece of text, in order of first appearance, each once: "1", "2" or "first_name".
    // Malformed tokens ({{ 1 }}, {{1}, {{#x}}, {{}}) are not variables and are left out; the validator
    // reports them (scanVariables() lists them with their positions).
    static QStringList variables(const QString &text);
    // Every "{{…}}" token (and every stray "}}") in the text, in order, with its position.
    static QList<TemplateVariableToken> scanVariables(const QString &text);

    static QString headerFormatName(HeaderFormat f);          // "TEXT", "IMAGE", … ("" for None)
    static QString parameterFormatName(ParameterFormat f);    // "POSITIONAL" / "NAMED"

    // Parses one element of the Graph API's `data` array. Unknown component kinds are ignored.
    static MessageTemplate fromGraphJson(const QJsonObject &o);
    // The creation payload for POST /{waba-id}/message_templates.
    QJsonObject toGraphJson() const;
};
