// herald-cli events push NAME --phone P [--region CC] [--data JSON] [--occurred-at ISO] [--account A] [--json]
// herald-cli contacts history PHONE [--default-region CC] [--json]
#include "cli/clicommands.h"
#include "cli/clisupport.h"
#include "engine/status/eventpusher.h"
#include "models/contacts/contacthistory.h"
#include "models/contacts/phonenormalizer.h"
#include "models/core/errortext.h"
#include "models/core/eventtime.h"
#include "models/ledger/failurecatalogue.h"
#include "models/status/businessevents.h"
#include "models/storage/workspace.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Cli;

namespace {

// The account named by --account, else the workspace's default one.
QJsonValue isoTime(const std::optional<qint64> &ms)
{
    if (!ms)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonValue optionalNumber(const std::optional<qint64> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject inboundJson(const ContactHistory::Inbound &in)
{
    return {{QStringLiteral("wamid"), in.wamid},
            {QStringLiteral("wa_id"), text(in.waId)},
            {QStringLiteral("type"), in.type},
            {QStringLiteral("text"), in.text},
            {QStringLiteral("opt_out"), in.optOut},
            {QStringLiteral("at"), isoTime(in.atMs)},
            {QStringLiteral("recipient_id"), in.recipientId > 0 ? QJsonValue(in.recipientId) : QJsonValue::Null},
            {QStringLiteral("payload_id"), in.payloadId > 0 ? QJsonValue(in.payloadId) : QJsonValue::Null}};
}

QJsonArray statusesJson(const QList<ContactHistory::StatusEvent> &list)
{
    QJsonArray statuses;
    for (const ContactHistory::StatusEvent &s : list)
        statuses.append(QJsonObject{{QStringLiteral("status"), s.status},
                                    {QStringLiteral("at"), isoTime(s.atMs)},
                                    {QStringLiteral("error_code"), optionalNumber(s.errorCode)},
                                    {QStringLiteral("payload_id"), s.payloadId > 0 ? QJsonValue(s.payloadId)
                                                                                   : QJsonValue::Null}});
    return statuses;
}

QJsonObject historyJson(const ContactHistory &h)
{
    QJsonObject o{{QStringLiteral("phone"), h.phone},
                  {QStringLiteral("wa_id"), text(h.waId)},
                  {QStringLiteral("known"), !h.isEmpty()}};
    if (h.contact) {
        const Contact &c = *h.contact;
        o.insert(QStringLiteral("contact"),
                 QJsonObject{{QStringLiteral("id"), c.id},
                             {QStringLiteral("name"), c.name},
                             {QStringLiteral("opt_in_at"), c.optInAt.isValid() ? isoTime(c.optInAt.toMSecsSinceEpoch())
                                                                                : QJsonValue::Null},
                             {QStringLiteral("opt_out_at"), c.optOutAt.isValid()
                                                                ? isoTime(c.optOutAt.toMSecsSinceEpoch())
                                                                : QJsonValue::Null},
                             {QStringLiteral("opt_out_reason"), text(c.optOutReason)}});
    } else {
        o.insert(QStringLiteral("contact"), QJsonValue::Null);
    }
    QJsonArray messages;
    for (const ContactHistory::Message &m : h.messages) {
        const QJsonArray statuses = statusesJson(m.statuses);
        QJsonObject error;
        if (m.errorCode) {
            const FailureCatalogue::Entry e = FailureCatalogue::lookup(int(*m.errorCode), m.errorTitle);
            error = {{QStringLiteral("code"), *m.errorCode},
                     {QStringLiteral("title"), m.errorTitle},
                     {QStringLiteral("details"), m.errorDetails},
                     {QStringLiteral("description"), e.description},
                     {QStringLiteral("retry_helps"), e.retryHelps()}};
        }
        messages.append(QJsonObject{
            {QStringLiteral("recipient_id"), m.recipientId},
            {QStringLiteral("campaign_id"), m.campaignId},
            {QStringLiteral("campaign"), m.campaignName},
            {QStringLiteral("run_id"), m.runId},
            {QStringLiteral("run_kind"), m.runKind},
            {QStringLiteral("template"), m.templateName},
            {QStringLiteral("language"), m.language},
            {QStringLiteral("state"), m.state},
            {QStringLiteral("wamid"), text(m.wamid)},
            {QStringLiteral("wa_id"), text(m.waId)},
            {QStringLiteral("attempts"), m.attempts},
            {QStringLiteral("error"), m.errorCode ? QJsonValue(error) : QJsonValue::Null},
            {QStringLiteral("note"), text(m.note)},
            {QStringLiteral("skip_reason"), text(m.skipReason)},
            {QStringLiteral("times"), QJsonObject{{QStringLiteral("claimed"), isoTime(m.claimedAt)},
                                                 {QStringLiteral("accepted"), isoTime(m.acceptedAt)},
                                                 {QStringLiteral("sent"), isoTime(m.sentAt)},
                                                 {QStringLiteral("delivered"), isoTime(m.deliveredAt)},
                                                 {QStringLiteral("read"), isoTime(m.readAt)},
                                                 {QStringLiteral("failed"), isoTime(m.failedAt)},
                                                 {QStringLiteral("uncertain"), isoTime(m.uncertainAt)},
                                                 {QStringLiteral("replied"), isoTime(m.repliedAt)},
                                                 {QStringLiteral("skipped"), isoTime(m.skippedAt)}}},
            {QStringLiteral("statuses"), statuses}});
    }
    o.insert(QStringLiteral("messages"), messages);
    QJsonArray tests;
    for (const ContactHistory::TestMessage &t : h.testSends) {
        QJsonArray replies;
        for (const ContactHistory::Inbound &r : t.replies)
            replies.append(r.wamid);
        tests.append(QJsonObject{{QStringLiteral("id"), t.send.id},
                                 {QStringLiteral("campaign_id"), t.send.campaignId > 0 ? QJsonValue(t.send.campaignId)
                                                                                       : QJsonValue::Null},
                                 {QStringLiteral("template"), t.send.templateName},
                                 {QStringLiteral("language"), t.send.language},
                                 {QStringLiteral("ok"), t.send.ok},
                                 {QStringLiteral("wamid"), text(t.send.wamid)},
                                 {QStringLiteral("wa_id"), text(t.send.waId)},
                                 {QStringLiteral("message"), t.send.message},
                                 {QStringLiteral("at"), isoTime(t.send.sentAtMs)},
                                 {QStringLiteral("statuses"), statusesJson(t.statuses)},
                                 {QStringLiteral("replies"), replies}});
    }
    o.insert(QStringLiteral("test_sends"), tests);
    QJsonArray inbound;
    for (const ContactHistory::Inbound &in : h.inbound)
        inbound.append(inboundJson(in));
    o.insert(QStringLiteral("inbound"), inbound);
    QJsonArray events;
    for (const BusinessEvent &e : h.events)
        events.append(QJsonObject{{QStringLiteral("id"), e.id},
                                  {QStringLiteral("name"), e.name},
                                  {QStringLiteral("occurred_at"), isoTime(e.occurredAtMs)},
                                  {QStringLiteral("received_at"), isoTime(e.receivedAtMs)},
                                  {QStringLiteral("relay_cursor"), e.relayCursor > 0 ? QJsonValue(e.relayCursor)
                                                                                     : QJsonValue::Null},
                                  {QStringLiteral("data"), e.data}});
    o.insert(QStringLiteral("events"), events);
    QJsonObject payloads;
    for (const ContactHistory::Payload &p : h.payloads) {
        const QJsonDocument doc = QJsonDocument::fromJson(p.body);
        payloads.insert(QString::number(p.id),
                        QJsonObject{{QStringLiteral("relay_cursor"), p.relayCursor},
                                    {QStringLiteral("received_at"), isoTime(p.receivedAtMs)},
                                    {QStringLiteral("kind"), p.kind},
                                    {QStringLiteral("body"), doc.isObject() ? QJsonValue(doc.object())
                                                                            : QJsonValue(QString::fromUtf8(p.body))}});
    }
    o.insert(QStringLiteral("payloads"), payloads);
    return o;
}

QString shortTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

void printStatuses(const QList<ContactHistory::StatusEvent> &statuses)
{
    for (const ContactHistory::StatusEvent &s : statuses) {
        out() << QStringLiteral("  ") << shortTime(s.atMs) << QStringLiteral("  ") << s.status;
        if (s.errorCode)
            out() << QStringLiteral(" (") << *s.errorCode << QLatin1Char(')');
        out() << Qt::endl;
    }
}

// One inbound line: time, what was said (a button tap names its button), the opt-out it caused, the WhatsApp id.
void printInbound(const ContactHistory::Inbound &r, const QString &format)
{
    out() << QStringLiteral("  ") << shortTime(r.atMs) << QStringLiteral("  ")
          << format.arg(r.type == QLatin1String("button") || r.type == QLatin1String("interactive")
                            ? CliCommands::tr("tapped “%1”").arg(r.text)
                            : r.text);
    if (r.optOut)
        out() << QStringLiteral(" — ") << CliCommands::tr("opted out");
    if (!r.waId.isEmpty())
        out() << QStringLiteral(" (") << CliCommands::tr("from WhatsApp id %1").arg(r.waId) << QLatin1Char(')');
    out() << Qt::endl;
}

} // namespace

int ContactsHistoryCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("PHONE"), tr("The phone number to investigate."));
    const QCommandLineOption region(QStringLiteral("default-region"),
                                    tr("Country for a number written without its country code (ISO code, e.g. IN)."),
                                    QStringLiteral("CC"));
    p.addOptions({region, jsonOption()});
    QString error;
    if (!parse(p, QStringLiteral("contacts history"), args, &error))
        return usage(error);
    if (p.positionalArguments().size() != 1)
        return usage(tr("contacts history needs exactly one PHONE number."));
    const QString phone = BusinessEventStore::normalizePhone(p.positionalArguments().first(),
                                                             p.value(region).trimmed().toUpper(), &error);
    if (phone.isEmpty())
        return usage(tr("PHONE: %1").arg(error));
    Workspace ws;
    if (!openWorkspace(ws, workspace, p, &error))
        return fail(error);
    const auto h = ContactHistory::load(ws.database(), phone, &error);
    if (!h)
        return fail(tr("Cannot read the history of %1: %2").arg(phone, error));
    if (p.isSet(jsonOption())) {
        printJson(historyJson(*h));
        return 0;
    }
    if (h->isEmpty()) {
        out() << tr("Herald knows nothing about %1: no contact, message, reply or event has this number.").arg(phone)
              << Qt::endl;
        return 0;
    }
    out() << phone;
    if (h->contact && !h->contact->name.isEmpty())
        out() << QStringLiteral(" — ") << h->contact->name;
    out() << Qt::endl;
    if (!h->waId.isEmpty() && QLatin1Char('+') + h->waId != phone)
        out() << tr("WhatsApp names this number %1.").arg(h->waId) << Qt::endl;
    if (!h->contact)
        out() << tr("No contact has this number.") << Qt::endl;
    else if (h->contact->optOutAt.isValid())
        out() << tr("Opted out on %1 (%2).").arg(shortTime(h->contact->optOutAt.toMSecsSinceEpoch()),
                                                  h->contact->optOutReason)
              << Qt::endl;
    for (const ContactHistory::Message &m : h->messages) {
        out() << Qt::endl
              << tr("%1 (campaign %2, run %3): %4").arg(m.campaignName).arg(m.campaignId).arg(m.runId).arg(m.state);
        if (m.errorCode)
            out() << QStringLiteral(" — ") << tr("error %1 %2").arg(*m.errorCode).arg(m.errorTitle);
        out() << Qt::endl;
        if (!m.wamid.isEmpty())
            out() << QStringLiteral("  ") << m.wamid << Qt::endl;
        printStatuses(m.statuses);
        for (const ContactHistory::Inbound &r : m.replies)
            printInbound(r, tr("reply: %1"));
        if (!m.skipReason.isEmpty())
            out() << QStringLiteral("  ") << tr("skipped: %1").arg(m.skipReason) << Qt::endl;
        if (!m.note.isEmpty())
            out() << QStringLiteral("  ") << tr("note: %1").arg(m.note) << Qt::endl;
    }
    for (const ContactHistory::TestMessage &t : h->testSends) {
        out() << Qt::endl << tr("Test send of %1 (%2) at %3: %4")
                                 .arg(t.send.templateName, t.send.language, shortTime(t.send.sentAtMs), t.send.message)
              << Qt::endl;
        printStatuses(t.statuses);
        for (const ContactHistory::Inbound &r : t.replies)
            printInbound(r, tr("reply: %1"));
    }
    const QList<ContactHistory::Inbound> unattributed = h->unattributedInbound();
    if (!unattributed.isEmpty())
        out() << Qt::endl << tr("From the customer, answering no message above:") << Qt::endl;
    for (const ContactHistory::Inbound &r : unattributed)
        printInbound(r, tr("message: %1"));
    for (const BusinessEvent &e : h->events) {
        out() << Qt::endl << tr("Event %1 at %2").arg(e.name, shortTime(e.occurredAtMs)) << Qt::endl;
        for (const ContactHistory::TriggerFire &f : h->fires) {
            if (f.eventId == e.id)
                out() << QStringLiteral("  ")
                      << tr("%1 (campaign %2): %3").arg(f.campaignName).arg(f.campaignId).arg(f.state)
                      << (f.reason.isEmpty() ? QString() : QString(QStringLiteral(" — ") + f.reason)) << Qt::endl;
        }
    }
    out() << Qt::endl
          << tr("%1 messages, %2 test sends, %3 from the customer, %4 business events. --json adds the raw webhook "
                "payloads.")
                 .arg(h->messages.size())
                 .arg(h->testSends.size())
                 .arg(h->inbound.size())
                 .arg(h->events.size())
          << Qt::endl;
    return 0;
}

int EventsPushCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("NAME"), tr("The event's name, e.g. order_placed."));
    const QCommandLineOption phone(QStringLiteral("phone"), tr("The customer's phone number with its country code."),
                                   QStringLiteral("P"));
    const QCommandLineOption data(QStringLiteral("data"), tr("Details of the event as a JSON object."),
                                  QStringLiteral("JSON"));
    const QCommandLineOption occurredAt(QStringLiteral("occurred-at"),
                                        tr("When it happened: ISO 8601 (e.g. 2026-11-25T10:00:00Z; default: now)."),
                                        QStringLiteral("ISO"));
    const QCommandLineOption account(QStringLiteral("account"),
                                     tr("Account name (default: the workspace's default account)."), QStringLiteral("A"));
    const QCommandLineOption region(QStringLiteral("region"),
                                    tr("Country of a --phone written without its country code (ISO 3166, e.g. IN)."),
                                    QStringLiteral("CC"));
    p.addOptions({phone, region, data, occurredAt, account, jsonOption()});
    QString error;
    if (!parse(p, QStringLiteral("events push"), args, &error))
        return usage(error);
    if (p.positionalArguments().size() != 1 || p.positionalArguments().first().trimmed().isEmpty())
        return usage(tr("events push needs exactly one event NAME, e.g. herald-cli events push order_placed --phone +14155550123"));
    if (!p.isSet(phone))
        return usage(tr("events push needs --phone with the customer's number."));

    BusinessEvent event;
    event.name = p.positionalArguments().first().trimmed();
    if (const QString problem = BusinessEventStore::nameProblem(event.name); !problem.isEmpty())
        return usage(tr("NAME: %1").arg(problem));
    const QString regionCode = p.value(region).trimmed().toUpper();
    if (p.isSet(region) && !PhoneNormalizer::isKnownRegion(regionCode))
        return usage(tr("--region: “%1” is not a country code; use two letters such as IN or DE.").arg(regionCode));
    event.phone = BusinessEventStore::normalizePhone(p.value(phone), regionCode, &error);
    if (event.phone.isEmpty())
        return usage(tr("--phone: %1").arg(error));
    if (p.isSet(data)) {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(p.value(data).toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return usage(tr("--data is not valid JSON: %1 (at character %2).")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
        if (!doc.isObject())
            return usage(tr("--data must be a JSON object, e.g. '{\"order_id\": \"A-17\"}'."));
        event.data = doc.object();
    }
    if (p.isSet(occurredAt)) {
        const QString text = p.value(occurredAt).trimmed();
        bool isNumber = false;
        const qint64 ms = text.toLongLong(&isNumber);
        const auto parsed = EventTime::parse(isNumber ? QJsonValue(double(ms)) : QJsonValue(text));
        if (!parsed)
            return usage(tr("--occurred-at must be an ISO 8601 time such as 2026-11-25T10:00:00Z, not %1.").arg(ErrorText::quote(text)));
        event.occurredAtMs = *parsed;
    }

    Workspace ws;
    if (!openWorkspace(ws, workspace, p, &error))
        return fail(error);
    const std::optional<Account> a = chosenAccount(ws, p, &error, account);
    if (!a)
        return fail(error);

    EventPusher::Result result;
    if (!EventPusher::usesRelay(*a)) {
        result = EventPusher::recordLocally(ws, *a, event);
    } else {
        const SecretStore::Result token = keychain(
            [&](SecretStore &s, QObject *ctx, SecretStore::Callback done) {
                s.read(a->id, SecretStore::Secret::RelayIngestToken, ctx, done);
            },
            ws.workspaceId());
        if (token.status == SecretStore::Status::NotFound)
            return fail(tr("No relay ingest token is stored for the account “%1”. Store it with: "
                           "herald-cli account set-secret relay-ingest-token --name %1 < token.txt")
                            .arg(a->name));
        if (!token.ok())
            return fail(token.message);
        EventPusher pusher;
        QEventLoop loop;
        QObject::connect(&pusher, &EventPusher::finished, &loop, [&](const EventPusher::Result &r) {
            result = r;
            loop.quit();
        });
        pusher.push(a->relayUrl, token.value, event);
        loop.exec();
    }
    if (!result.ok()) {
        if (p.isSet(jsonOption())) {
            QJsonObject o{{QStringLiteral("stored"), false}, {QStringLiteral("error"), result.message}};
            if (result.httpStatus > 0)
                o.insert(QStringLiteral("http_status"), result.httpStatus);
            if (!result.field.isEmpty())
                o.insert(QStringLiteral("field"), result.field);
            printJson(o);
        }
        return fail(result.message);
    }
    if (p.isSet(jsonOption())) {
        printJson(result.viaRelay ? QJsonObject{{QStringLiteral("stored"), true}, {QStringLiteral("cursor"), result.cursor}}
                                  : QJsonObject{{QStringLiteral("stored"), true}, {QStringLiteral("id"), result.id}});
    } else if (result.viaRelay) {
        out() << tr("Event “%1” for %2 stored on the relay (cursor %3).").arg(event.name, event.phone).arg(result.cursor)
              << Qt::endl;
    } else {
        out() << tr("Event “%1” for %2 recorded in the workspace (event %3).").arg(event.name, event.phone).arg(result.id)
              << Qt::endl;
    }
    return 0;
}
