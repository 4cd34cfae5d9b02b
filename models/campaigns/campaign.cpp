#include "models/campaigns/campaign.h"
#include "models/campaigns/campaignnumbers.h"
#include "models/storage/sqldialect.h"

#include "models/accounts/account.h"
#include "models/campaigns/runstatus.h"
#include "models/campaigns/sendwindow.h"
#include "models/campaigns/sendwindowplan.h"
#include "models/contacts/contact.h"
#include "models/core/clock.h"
#include "models/core/errortext.h"
#include "models/ledger/failurecatalogue.h"
#include "models/stats/campaignstats.h"
#include "models/storage/sqltransaction.h"
#include "models/templates/templatestore.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace {

QString trC(const char *text)
{
    return QCoreApplication::translate("CampaignStore", text);
}

bool isMediaHeader(MessageTemplate::HeaderFormat f)
{
    using HF = MessageTemplate::HeaderFormat;
    return f == HF::Image || f == HF::Video || f == HF::Document;
}

QString mediaType(MessageTemplate::HeaderFormat f)
{
    using HF = MessageTemplate::HeaderFormat;
    return f == HF::Image ? QStringLiteral("image") : f == HF::Video ? QStringLiteral("video") : QStringLiteral("document");
}

// Positional names sort as numbers ("2" before "10"); named ones keep their order of appearance.
QStringList orderedVariables(const QString &text)
{
    QStringList vars = MessageTemplate::variables(text);
    const bool positional = std::all_of(vars.cbegin(), vars.cend(), [](const QString &v) {
        bool ok = false;
        v.toInt(&ok);
        return ok;
    });
    if (positional)
        std::sort(vars.begin(), vars.end(), [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    return vars;
}

bool isNumber(const QString &s)
{
    bool ok = false;
    s.toInt(&ok);
    return ok;
}

const ParamMapping *findSlot(const QList<ParamMapping> &params, const QString &slot)
{
    for (const ParamMapping &p : params) {
        if (p.slot == slot)
            return &p;
    }
    return nullptr;
}

QJsonObject textParameter(const QString &name, const QString &value)
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), value}};
    if (!isNumber(name))
        o.insert(QStringLiteral("parameter_name"), name);
    return o;
}

} // namespace

// ---- ParamMapping ---------------------------------------------------------------------------------

std::optional<ParamMapping> ParamMapping::parse(const QString &text, QString *error)
{
    static const QRegularExpression slotRe(QStringLiteral("^(header|body)\\.([0-9]+|[a-z_][a-z0-9_]*)$|^button\\.([0-9])$"));
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0) {
        *error = trC("Parameter %1 should look like body.1=field:name (slot=source).").arg(ErrorText::quote(text));
        return std::nullopt;
    }
    ParamMapping m;
    m.slot = text.left(eq).trimmed();
    if (!slotRe.match(m.slot).hasMatch()) {
        *error = trC("Unknown parameter slot %1: use header.1, body.1 (or body.first_name for named parameters) "
                     "or button.0.")
                     .arg(ErrorText::quote(m.slot));
        return std::nullopt;
    }
    QString source = text.mid(eq + 1);
    // The fallback follows the first '|'; a literal '|' in text:VALUE is not supported.
    const qsizetype bar = source.indexOf(QLatin1Char('|'));
    if (bar >= 0) {
        m.fallback = source.mid(bar + 1);
        m.hasFallback = true;
        source = source.left(bar);
    }
    const qsizetype colon = source.indexOf(QLatin1Char(':'));
    const QString kind = colon < 0 ? source : source.left(colon);
    m.key = colon < 0 ? QString() : source.mid(colon + 1);
    if (kind == QLatin1String("field")) {
        m.source = Source::Field;
        if (m.key != QLatin1String("name") && m.key != QLatin1String("phone")) {
            *error = trC("Unknown contact field “%1” in %2: use field:name or field:phone, or attr:KEY for an attribute.")
                         .arg(m.key, m.slot);
            return std::nullopt;
        }
    } else if (kind == QLatin1String("attr")) {
        m.source = Source::Attribute;
    } else if (kind == QLatin1String("text")) {
        m.source = Source::Text;
    } else if (kind == QLatin1String("event")) {
        m.source = Source::Event;
    } else {
        *error = trC("Unknown parameter source “%1” in %2: use field:, attr:, text: or event:.").arg(kind, m.slot);
        return std::nullopt;
    }
    if (m.key.isEmpty() && m.source != Source::Text) {
        *error = trC("%1 needs a name after “%2:”.").arg(m.slot, kind);
        return std::nullopt;
    }
    return m;
}

QString ParamMapping::toString() const
{
    static const char *const kinds[] = {"field", "attr", "text", "event"};
    QString s = slot + QLatin1Char('=') + QLatin1String(kinds[int(source)]) + QLatin1Char(':') + key;
    if (hasFallback)
        s += QLatin1Char('|') + fallback;
    return s;
}

QString ParamMapping::resolve(const Contact &c, const QJsonObject &event) const
{
    QString value;
    switch (source) {
    case Source::Field:
        value = key == QLatin1String("phone") ? c.phone : c.name;
        break;
    case Source::Attribute: {
        const QJsonValue v = c.attributes.value(key);
        value = v.isString() ? v.toString() : v.isDouble() ? QString::number(v.toDouble()) : QString();
        break;
    }
    case Source::Text:
        value = key;
        break;
    case Source::Event: {
        const QJsonValue v = event.value(key);
        value = v.isString() ? v.toString() : v.isDouble() ? QString::number(v.toDouble()) : QString();
        break;
    }
    }
    value = value.trimmed();
    return value.isEmpty() && hasFallback ? fallback : value;
}

// ---- MessageRenderer ------------------------------------------------------------------------------

QStringList MessageRenderer::requiredSlots(const MessageTemplate &t)
{
    QStringList names;
    if (t.headerFormat == MessageTemplate::HeaderFormat::Text) {
        for (const QString &v : orderedVariables(t.headerText))
            names << QStringLiteral("header.") + v;
    } else if (isMediaHeader(t.headerFormat)) {
        names << QStringLiteral("header.1");   // the media link (or uploaded media id)
    }
    for (const QString &v : orderedVariables(t.body))
        names << QStringLiteral("body.") + v;
    for (int i = 0; i < t.buttons.size(); ++i) {
        const TemplateButton &b = t.buttons.at(i);
        if ((b.type == TemplateButton::Type::Url && !MessageTemplate::variables(b.url).isEmpty())
            || b.type == TemplateButton::Type::CopyCode)
            names << QStringLiteral("button.%1").arg(i);
    }
    return names;
}

QString MessageRenderer::checkMapping(const MessageTemplate &t, const QList<ParamMapping> &params)
{
    if (t.headerFormat == MessageTemplate::HeaderFormat::Location)
        return tr("Templates with a location header cannot be sent by Herald yet.");
    const QStringList required = requiredSlots(t);
    for (const QString &slot : required) {
        if (!findSlot(params, slot))
            return tr("The template “%1” needs a value for %2: add --param %2=SOURCE (e.g. field:name or text:…).")
                .arg(t.name, slot);
    }
    for (const ParamMapping &p : params) {
        const bool quickReply = p.slot.startsWith(QLatin1String("button."))
            && t.buttons.value(p.slot.mid(7).toInt()).type == TemplateButton::Type::QuickReply
            && p.slot.mid(7).toInt() < t.buttons.size();
        if (!required.contains(p.slot) && !quickReply)
            return tr("The template “%1” has no parameter %2; it takes: %3.")
                .arg(t.name, p.slot, required.isEmpty() ? tr("none") : required.join(QStringLiteral(", ")));
    }
    return {};
}

RenderedMessage MessageRenderer::render(const MessageTemplate &t, const QList<ParamMapping> &params, const Contact &c,
                                        const QJsonObject &event)
{
    RenderedMessage out;
    auto value = [&](const QString &slot) -> QString {
        const ParamMapping *p = findSlot(params, slot);
        const QString v = p ? p->resolve(c, event) : QString();
        if (v.isEmpty() && out.problem.isEmpty())
            out.problem = tr("%1 has no value for this contact and no fallback").arg(slot);
        return v;
    };

    if (t.headerFormat == MessageTemplate::HeaderFormat::Text) {
        QJsonArray parameters;
        for (const QString &v : orderedVariables(t.headerText))
            parameters.append(textParameter(v, value(QStringLiteral("header.") + v)));
        if (!parameters.isEmpty())
            out.components.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("header")},
                                              {QStringLiteral("parameters"), parameters}});
    } else if (isMediaHeader(t.headerFormat)) {
        const QString media = value(QStringLiteral("header.1"));
        const QString type = mediaType(t.headerFormat);
        const QJsonObject ref = isNumber(media) ? QJsonObject{{QStringLiteral("id"), media}}
                                                : QJsonObject{{QStringLiteral("link"), media}};
        out.components.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("header")},
            {QStringLiteral("parameters"), QJsonArray{QJsonObject{{QStringLiteral("type"), type}, {type, ref}}}}});
    }
    QJsonArray body;
    for (const QString &v : orderedVariables(t.body))
        body.append(textParameter(v, value(QStringLiteral("body.") + v)));
    if (!body.isEmpty())
        out.components.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("body")}, {QStringLiteral("parameters"), body}});
    for (int i = 0; i < t.buttons.size(); ++i) {
        const TemplateButton &b = t.buttons.at(i);
        const QString slot = QStringLiteral("button.%1").arg(i);
        QJsonObject parameter;
        QString subType;
        if (b.type == TemplateButton::Type::Url && !MessageTemplate::variables(b.url).isEmpty()) {
            subType = QStringLiteral("url");
            parameter = {{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), value(slot)}};
        } else if (b.type == TemplateButton::Type::CopyCode) {
            subType = QStringLiteral("copy_code");
            parameter = {{QStringLiteral("type"), QStringLiteral("coupon_code")}, {QStringLiteral("coupon_code"), value(slot)}};
        } else if (b.type == TemplateButton::Type::QuickReply && findSlot(params, slot)) {
            subType = QStringLiteral("quick_reply");
            parameter = {{QStringLiteral("type"), QStringLiteral("payload")}, {QStringLiteral("payload"), value(slot)}};
        } else {
            continue;
        }
        out.components.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("button")},
                                          {QStringLiteral("sub_type"), subType},
                                          {QStringLiteral("index"), QString::number(i)},
                                          {QStringLiteral("parameters"), QJsonArray{parameter}}});
    }
    return out;
}

// ---- Audience -------------------------------------------------------------------------------------

namespace {

QStringList tokenize(const QString &expr, QString *error)
{
    QStringList tokens;
    QString current;
    bool quoted = false;
    for (QChar ch : expr) {
        if (ch == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (ch.isSpace() && !quoted) {
            if (!current.isEmpty())
                tokens << current;
            current.clear();
        } else {
            current += ch;
        }
    }
    if (quoted)
        *error = trC("The audience %1 has an unclosed quote.").arg(ErrorText::quote(expr));
    if (!current.isEmpty())
        tokens << current;
    return tokens;
}

// campaign:ID:STAT or run:ID:STAT[:CODE] -> a condition on contacts c over the recipient ledger.
bool retargetTerm(const QString &token, QString *term, QVariantList *values, QString *error)
{
    const QStringList parts = token.split(QLatin1Char(':'));
    const bool byCampaign = parts.first().compare(QLatin1String("campaign"), Qt::CaseInsensitive) == 0;
    bool idOk = false;
    const qint64 id = parts.value(1).toLongLong(&idOk);
    const auto stat = CampaignStats::statFromName(parts.value(2).toLower());
    bool codeOk = parts.size() < 4;
    const int code = parts.size() == 4 ? parts.at(3).toInt(&codeOk) : 0;
    if (!idOk || id <= 0 || !stat || parts.size() > (byCampaign ? 3 : 4) || !codeOk
        || (parts.size() == 4 && *stat != CampaignStats::Stat::Failed)) {
        *error = trC("Unknown retargeting term %1: use campaign:ID:STAT or run:ID:STAT (run:ID:failed:CODE), "
                     "STAT one of %2.")
                     .arg(ErrorText::quote(token), CampaignStats::statNames().join(QStringLiteral(", ")));
        return false;
    }
    QString sql = QStringLiteral("c.id IN (SELECT contact_id FROM recipients WHERE contact_id IS NOT NULL AND ");
    sql += byCampaign ? QStringLiteral("run_id IN (SELECT id FROM campaign_runs WHERE campaign_id = ?)")
                      : QStringLiteral("run_id = ?");
    values->append(id);
    sql += QStringLiteral(" AND ") + CampaignStats::condition(*stat);
    if (parts.size() == 4) {
        if (code == FailureCatalogue::kNetworkError) {
            sql += QStringLiteral(" AND error_code IS NULL");
        } else {
            sql += QStringLiteral(" AND error_code = ?");
            values->append(code);
        }
    }
    *term = sql + QLatin1Char(')');
    return true;
}

} // namespace

QStringList Audience::terms(const QString &expr, QString *error)
{
    return tokenize(expr, error);
}

bool Audience::toSql(const QString &expr, QString *where, QVariantList *values, QString *error)
{
    // Consent first, always: never opted in or opted out means never sent to.
    const QString consent = QStringLiteral("c.opt_out_at IS NULL AND c.opt_in_at IS NOT NULL");
    QString condition;
    if (!matchSql(expr, &condition, values, error))
        return false;
    *where = condition == QLatin1String("1") ? consent : consent + QStringLiteral(" AND (") + condition + QLatin1Char(')');
    return true;
}

std::optional<Audience::Exclusions> Audience::exclusions(QSqlDatabase db, const QString &expr, QString *error)
{
    QString where;
    QVariantList values;
    if (!matchSql(expr, &where, &values, error))
        return std::nullopt;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*), coalesce(sum(c.opt_out_at IS NOT NULL), 0), "
                             "coalesce(sum(c.opt_out_at IS NULL AND c.opt_in_at IS NULL), 0) FROM contacts c WHERE ")
              + where);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    Exclusions e;
    e.matched = q.value(0).toLongLong();
    e.optedOut = q.value(1).toLongLong();
    e.notOptedIn = q.value(2).toLongLong();
    return e;
}

bool Audience::matchSql(const QString &expr, QString *where, QVariantList *values, QString *error)
{
    const QStringList tokens = tokenize(expr.trimmed(), error);
    if (!error->isEmpty())
        return false;
    if (tokens.isEmpty()) {
        *where = QStringLiteral("1");
        return true;
    }
    QString condition;
    QString pendingJoin;
    bool negate = false;
    bool expectTerm = true;
    for (const QString &token : tokens) {
        const QString lower = token.toLower();
        if (!expectTerm) {
            if (lower != QLatin1String("and") && lower != QLatin1String("or")) {
                *error = tr("Expected “and” or “or” before %1 in the audience.").arg(ErrorText::quote(token));
                return false;
            }
            pendingJoin = lower.toUpper();
            expectTerm = true;
            continue;
        }
        if (lower == QLatin1String("not")) {
            negate = !negate;
            continue;
        }
        QString term;
        if (lower == QLatin1String("all")) {
            term = QStringLiteral("1 = 1");
        } else if (lower.startsWith(QLatin1String("tag:")) && token.size() > 4) {
            term = QStringLiteral("c.id IN (SELECT ct.contact_id FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
                                  "WHERE t.name = ?)");
            values->append(token.mid(4));
        } else if (lower.startsWith(QLatin1String("attr:")) && token.indexOf(QLatin1Char('=')) > 5) {
            const qsizetype eq = token.indexOf(QLatin1Char('='));
            QString key = token.mid(5, eq - 5);
            key.replace(QLatin1Char('"'), QStringLiteral("\\\""));
            // coalesce: a contact without the attribute does not match, so "not attr:…" does include it.
            term = QStringLiteral("coalesce(json_extract(c.attributes, ?) = ?, 1 = 0)");
            values->append(QString(QStringLiteral("$.\"") + key + QLatin1Char('"')));
            values->append(token.mid(eq + 1));
        } else if (lower.startsWith(QLatin1String("campaign:")) || lower.startsWith(QLatin1String("run:"))) {
            if (!retargetTerm(token, &term, values, error))
                return false;
        } else {
            *error = tr("Unknown audience term %1: use all, tag:NAME, attr:KEY=VALUE, campaign:ID:STAT, "
                        "run:ID:STAT[:CODE], not, and, or.")
                         .arg(ErrorText::quote(token));
            return false;
        }
        if (negate)
            term = QStringLiteral("NOT (") + term + QLatin1Char(')');
        negate = false;
        condition = condition.isEmpty() ? term : QLatin1Char('(') + condition + QStringLiteral(") ") + pendingJoin
                + QLatin1Char(' ') + term;
        expectTerm = false;
    }
    if (expectTerm) {
        *error = tr("The audience %1 ends without a condition.").arg(ErrorText::quote(expr));
        return false;
    }
    *where = condition;
    return true;
}

// ---- CampaignStore --------------------------------------------------------------------------------

namespace {

QJsonArray paramsJson(const QList<ParamMapping> &params)
{
    QJsonArray a;
    for (const ParamMapping &p : params)
        a.append(p.toString());
    return a;
}

QList<ParamMapping> paramsFromJson(const QString &json)
{
    QList<ParamMapping> params;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        QString error;
        if (auto m = ParamMapping::parse(v.toString(), &error))
            params << *m;
    }
    return params;
}

Campaign readCampaign(const QSqlQuery &q)
{
    Campaign c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.accountId = q.value(2).toLongLong();
    c.templateName = q.value(3).toString();
    c.language = q.value(4).toString();
    c.audience = q.value(5).toString();
    c.params = paramsFromJson(q.value(6).toString());
    c.status = q.value(7).toString();
    c.kind = q.value(8).toString();
    c.schedule = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
    c.trigger = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object();
    c.active = q.value(11).toBool();
    c.nextFireAt = q.value(12).toLongLong();
    c.sendWindow = QJsonDocument::fromJson(q.value(13).toString().toUtf8()).object();
    return c;
}

const QString kCampaignColumns =
    QStringLiteral("SELECT id, name, account_id, template_name, language, audience, params, status, kind, schedule, "
                   "trigger_spec, active, next_fire_at, send_window FROM campaigns ");

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Binds, in order, the columns that insert() and update() both write: name, account_id, template_name,
// language, audience, params, kind, schedule, trigger_spec, send_window.
void bindEditableColumns(QSqlQuery &q, const Campaign &c)
{
    q.addBindValue(c.name.trimmed());
    q.addBindValue(c.accountId);
    q.addBindValue(c.templateName);
    q.addBindValue(c.language);
    q.addBindValue(c.audience.isNull() ? QStringLiteral("") : c.audience);
    q.addBindValue(QString::fromUtf8(QJsonDocument(paramsJson(c.params)).toJson(QJsonDocument::Compact)));
    q.addBindValue(c.kind);
    q.addBindValue(compactJson(c.schedule));
    q.addBindValue(compactJson(c.trigger));
    q.addBindValue(compactJson(c.sendWindow));
}

// The runs whose sending is not over (CampaignStore::isUnfinished), as SQL; the partial index of migrations.cpp uses
// the same condition.
const char kUnfinishedRun[] = "(status NOT IN ('stopped', 'sent', 'finished'))";

const QStringList kKinds = {QStringLiteral("once"), QStringLiteral("scheduled"), QStringLiteral("recurring"),
                            QStringLiteral("triggered")};

} // namespace

CampaignStore::CampaignStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool CampaignStore::check(const Campaign &c, QString *error) const
{
    if (c.name.trimmed().isEmpty()) {
        *error = tr("The campaign needs a name.");
        return false;
    }
    QString where;
    QVariantList values;
    if (!Audience::toSql(c.audience, &where, &values, error))
        return false;
    const auto tmpl = TemplateStore(m_db).find(c.accountId, c.templateName, c.language, error);
    if (!tmpl) {
        if (error->isEmpty())
            *error = tr("There is no template “%1” in language %2 for this account. Sync the templates first "
                        "(herald-cli templates sync).")
                         .arg(c.templateName, c.language);
        return false;
    }
    const QString problem = MessageRenderer::checkMapping(*tmpl, c.params);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (const QString numbers = CampaignNumbers::check(m_db, c); !numbers.isEmpty()) {
        *error = numbers;
        return false;
    }
    if (!kKinds.contains(c.kind)) {
        *error = tr("Unknown campaign type “%1”: use once, scheduled, recurring or triggered.").arg(c.kind);
        return false;
    }
    if (!SendWindow::fromJson(c.sendWindow, error))
        return false;
    return true;
}

qint64 CampaignStore::create(const Campaign &c, QString *error)
{
    if (!check(c, error))
        return 0;
    const qint64 now = Clock::nowMs();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO campaigns (name, account_id, template_name, language, audience, params, status, "
                             "kind, schedule, trigger_spec, send_window, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindEditableColumns(q, c);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec()) {
        *error = q.lastError().text();
        return 0;
    }
    const qint64 id = SqlDialect::insertedId(q);
    if (!CampaignNumbers::save(m_db, id, c.accountIds).report(error))
        return 0;
    return id;
}

bool CampaignStore::update(const Campaign &c, QString *error)
{
    if (!check(c, error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE campaigns SET name = ?, account_id = ?, template_name = ?, language = ?, audience = ?, "
                             "params = ?, kind = ?, schedule = ?, trigger_spec = ?, send_window = ?, updated_at = ? WHERE id = ?"));
    bindEditableColumns(q, c);
    q.addBindValue(Clock::nowMs());
    q.addBindValue(c.id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() != 1) {
        *error = tr("There is no campaign with id %1.").arg(c.id);
        return false;
    }
    return CampaignNumbers::save(m_db, c.id, c.accountIds).report(error);
}

bool CampaignStore::setActive(qint64 id, bool active, qint64 nextFireAt, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE campaigns SET active = ?, next_fire_at = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(active ? 1 : 0);
    q.addBindValue(nextFireAt > 0 ? QVariant(nextFireAt) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(Clock::nowMs());
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

std::optional<Campaign> CampaignStore::byId(qint64 id, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(kCampaignColumns + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next()) {
        *error = tr("There is no campaign with id %1.").arg(id);
        return std::nullopt;
    }
    Campaign c = readCampaign(q);
    const auto numbers = CampaignNumbers::load(m_db, c.id, c.accountId);
    if (!numbers.report(error))
        return std::nullopt;
    c.accountIds = *numbers;
    return c;
}

Result<QList<Campaign>> CampaignStore::list() const
{
    QList<Campaign> result;
    QSqlQuery q(m_db);
    if (!q.exec(kCampaignColumns + QStringLiteral("ORDER BY id")))
        return ErrorMessage{q.lastError().text()};
    while (q.next())
        result << readCampaign(q);
    // Each campaign's numbers (CampaignNumbers), in one query.
    if (!q.exec(QStringLiteral("SELECT campaign_id, account_id FROM campaign_accounts ORDER BY campaign_id, position")))
        return ErrorMessage{q.lastError().text()};
    QHash<qint64, QList<qint64>> numbers;
    while (q.next())
        numbers[q.value(0).toLongLong()] << q.value(1).toLongLong();
    for (Campaign &c : result) {
        const QList<qint64> more = numbers.value(c.id);
        if (more.size() > 1)
            c.accountIds = more;
    }
    return result;
}

bool CampaignStore::setStatus(qint64 id, const QString &status, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE campaigns SET status = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(Clock::nowMs());
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

std::optional<qint64> CampaignStore::latestRun(qint64 campaignId, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT coalesce(max(id), 0) FROM campaign_runs WHERE campaign_id = ?"));
    q.addBindValue(campaignId);
    if (!q.exec() || !q.next()) {
        *error = tr("Cannot read the runs of campaign %1: %2").arg(campaignId).arg(q.lastError().text());
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

bool CampaignStore::isUnfinished(const QString &runStatus)
{
    // The same as kUnfinishedRun above and the partial index of migrations.cpp.
    return RunStatuses::isLive(RunStatuses::fromString(runStatus));
}

std::optional<CampaignStore::RunRef> CampaignStore::currentRun(qint64 campaignId, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, status, planned_at FROM campaign_runs WHERE campaign_id = ? ORDER BY ")
              + QLatin1String(kUnfinishedRun) + QStringLiteral(" DESC, id DESC LIMIT 1"));
    q.addBindValue(campaignId);
    if (!q.exec()) {
        *error = tr("Cannot read the runs of campaign %1: %2").arg(campaignId).arg(q.lastError().text());
        return std::nullopt;
    }
    RunRef ref;
    if (q.next())
        ref = {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()};
    return ref;
}

bool CampaignStore::refuseWhenUnfinished(qint64 campaignId, QString *error) const
{
    const auto current = currentRun(campaignId, error);
    if (!current)
        return true;
    if (current->id == 0 || !isUnfinished(current->status))
        return false;
    *error = tr("Campaign %1 already has an unfinished run (run %2, %3); continue or stop that run first.")
                 .arg(campaignId)
                 .arg(current->id)
                 .arg(current->status);
    return true;
}

std::optional<CampaignStore::PlanResult> CampaignStore::planRun(qint64 campaignId, QString *error)
{
    return planRun(campaignId, error, PlanOptions{});
}

std::optional<CampaignStore::PlanResult> CampaignStore::planRun(qint64 campaignId, QString *error,
                                                                const PlanOptions &options)
{
    const auto campaign = byId(campaignId, error);
    if (!campaign)
        return std::nullopt;
    const auto tmpl = TemplateStore(m_db).find(campaign->accountId, campaign->templateName, campaign->language, error);
    if (!tmpl) {
        if (error->isEmpty())
            *error = tr("The template “%1” (%2) is no longer in the workspace; sync the templates.")
                         .arg(campaign->templateName, campaign->language);
        return std::nullopt;
    }
    if (!tmpl->isSendable()) {
        *error = tr("The template “%1” (%2) is %3; only APPROVED templates can be sent.")
                     .arg(tmpl->name, tmpl->language, tmpl->deleted ? tr("deleted upstream") : tmpl->status);
        return std::nullopt;
    }
    const QString problem = MessageRenderer::checkMapping(*tmpl, campaign->params);
    if (!problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    QString where;
    QVariantList values;
    if (!Audience::toSql(campaign->audience, &where, &values, error))
        return std::nullopt;

    SqlTransaction transaction(m_db);
    if (!transaction.begin().report(error))
        return std::nullopt;
    PlanResult result;
    const bool ok = [&] {
        // Another process may have planned one since the caller looked: decided again under the write lock.
        if (refuseWhenUnfinished(campaignId, error))
            return false;
        const qint64 now = Clock::nowMs();
        QSqlQuery run(m_db);
        run.prepare(QStringLiteral("INSERT INTO campaign_runs (campaign_id, status, template_json, planned_at, updated_at, "
                                   "occurrence_at, run_kind) VALUES (?, 'planned', ?, ?, ?, ?, ?) RETURNING id"));
        run.addBindValue(campaignId);
        run.addBindValue(QString::fromUtf8(QJsonDocument(tmpl->toGraphJson()).toJson(QJsonDocument::Compact)));
        run.addBindValue(now);
        run.addBindValue(now);
        run.addBindValue(options.occurrenceAt > 0 ? QVariant(options.occurrenceAt) : QVariant(QMetaType::fromType<qint64>()));
        run.addBindValue(options.runKind.isEmpty() ? QStringLiteral("normal") : options.runKind);
        if (!run.exec()) {
            *error = run.lastError().text();
            return false;
        }
        result.runId = SqlDialect::insertedId(run);

        QSqlQuery audience(m_db);
        audience.setForwardOnly(SqlDialect::forwardOnly(audience));
        audience.prepare(QStringLiteral("SELECT c.id, c.phone, c.name, c.attributes FROM contacts c WHERE ") + where
                         + QStringLiteral(" ORDER BY c.id"));
        for (const QVariant &v : std::as_const(values))
            audience.addBindValue(v);
        if (!audience.exec()) {
            *error = audience.lastError().text();
            return false;
        }
        qint64 total = 0;
        if (options.progress) {
            QSqlQuery count(m_db);
            count.prepare(QStringLiteral("SELECT COUNT(*) FROM contacts c WHERE ") + where);
            for (const QVariant &v : std::as_const(values))
                count.addBindValue(v);
            if (!count.exec() || !count.next()) {
                *error = count.lastError().text();
                return false;
            }
            total = count.value(0).toLongLong();
        }
        bool cancel = false;
        const auto cancelled = [&](qint64 done, bool last = false) {
            if (!options.progress || (!last && done % kPlanProgressRows != 0) || options.progress(done, total))
                return false;
            *error = tr("Planning the run of campaign %1 was cancelled; nothing was planned.").arg(campaignId);
            cancel = true;
            return true;
        };
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral("INSERT INTO recipients (run_id, contact_id, phone, state, components, skip_reason, "
                                      "skipped_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        while (!cancelled(result.planned + result.skipped) && audience.next()) {
            Contact c;
            c.id = audience.value(0).toLongLong();
            c.phone = audience.value(1).toString();
            c.name = audience.value(2).toString();
            c.attributes = QJsonDocument::fromJson(audience.value(3).toString().toUtf8()).object();
            const RenderedMessage m = MessageRenderer::render(*tmpl, campaign->params, c);
            const bool skipped = !m.problem.isEmpty();
            insert.addBindValue(result.runId);
            insert.addBindValue(c.id);
            insert.addBindValue(c.phone);
            insert.addBindValue(skipped ? QStringLiteral("skipped") : QStringLiteral("planned"));
            insert.addBindValue(QString::fromUtf8(QJsonDocument(m.components).toJson(QJsonDocument::Compact)));
            insert.addBindValue(skipped ? QVariant(m.problem) : QVariant());
            insert.addBindValue(skipped ? QVariant(now) : QVariant());
            insert.addBindValue(now);
            if (!insert.exec()) {
                *error = insert.lastError().text();
                return false;
            }
            ++(skipped ? result.skipped : result.planned);
        }
        if (cancel || cancelled(result.planned + result.skipped, true))
            return false;
        // Several numbers: each row gets the number it is sent from (CampaignNumbers::assign); then its send window.
        if (!CampaignNumbers::assign(m_db, result.runId, campaign->accountIds).report(error))
            return false;
        return SendWindowPlan::apply(m_db, result.runId, now, error);
    }();
    if (!ok || !transaction.commit().report(error))
        return std::nullopt;
    return result;
}
