// herald-cli contacts add|edit|tag|untag|opt-in|opt-out|delete|search: the Contacts page's operations, through the
// same ContactStore calls (ContactActions, ContactsPage and the importer's upsert).
#include "cli/clicommands.h"
#include "cli/clisupport.h"
#include "models/contacts/contactstore.h"
#include "models/contacts/phonenormalizer.h"
#include "models/core/clock.h"
#include "models/storage/workspace.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Cli;

namespace {

const QCommandLineOption &regionOption()
{
    static const QCommandLineOption o(QStringLiteral("default-region"),
                                      trCli("Country for numbers written without a country code (ISO code, e.g. IN)."),
                                      QStringLiteral("CC"));
    return o;
}

const QCommandLineOption &attrOption()
{
    static const QCommandLineOption o(QStringLiteral("attr"), trCli("Set an attribute, KEY=VALUE (repeatable)."),
                                      QStringLiteral("KEY=VALUE"));
    return o;
}

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QString consentName(Contact::Consent c)
{
    switch (c) {
    case Contact::Consent::OptedIn:
        return QStringLiteral("opted_in");
    case Contact::Consent::OptedOut:
        return QStringLiteral("opted_out");
    case Contact::Consent::None:
        break;
    }
    return QStringLiteral("none");
}

QJsonObject contactJson(const Contact &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("phone"), c.phone},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("consent"), consentName(c.consent())},
            {QStringLiteral("opt_in_at"), timeOrNull(c.optInAt)},
            {QStringLiteral("opt_in_source"), c.optInAt.isValid() ? QJsonValue(c.optInSource) : QJsonValue()},
            {QStringLiteral("opt_out_at"), timeOrNull(c.optOutAt)},
            {QStringLiteral("opt_out_reason"), c.optOutAt.isValid() ? QJsonValue(c.optOutReason) : QJsonValue()},
            {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
            {QStringLiteral("attributes"), c.attributes},
            {QStringLiteral("created_at"), timeOrNull(c.createdAt)},
            {QStringLiteral("updated_at"), timeOrNull(c.updatedAt)}};
}

void printContact(const Contact &c)
{
    out() << c.phone << QLatin1Char('\t') << c.name << QLatin1Char('\t') << consentName(c.consent()) << QLatin1Char('\t')
          << c.tags.join(QLatin1Char(',')) << Qt::endl;
}

// Normalises every PHONE argument; *error names the first that is not a number.
std::optional<QStringList> phones(const QCommandLineParser &p, QString *error)
{
    QStringList result;
    for (const QString &raw : p.positionalArguments()) {
        const PhoneNormalizer::Result r = PhoneNormalizer::normalize(raw.trimmed(), p.value(regionOption()).trimmed().toUpper());
        if (!r.ok()) {
            *error = CliCommands::tr("PHONE “%1”: %2").arg(raw, r.error);
            return std::nullopt;
        }
        if (!result.contains(r.e164))
            result << r.e164;
    }
    return result;
}

// The existing contacts of these numbers, in order; *error names the first number no contact has.
std::optional<QList<Contact>> existing(ContactStore &store, const QStringList &numbers, QString *error)
{
    QList<Contact> result;
    for (const QString &phone : numbers) {
        const auto c = store.byPhone(phone, error);
        if (!c) {
            if (error->isEmpty())
                *error = CliCommands::tr("No contact has the number %1. Add it with: herald-cli contacts add %1").arg(phone);
            return std::nullopt;
        }
        result << *c;
    }
    return result;
}

// KEY=VALUE options into an attribute patch; *error names the malformed one.
bool attributes(const QStringList &values, QJsonObject *patch, QString *error)
{
    for (const QString &kv : values) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0 || kv.left(eq).trimmed().isEmpty()) {
            *error = CliCommands::tr("--attr “%1” should look like city=Pune (KEY=VALUE).").arg(kv);
            return false;
        }
        patch->insert(kv.left(eq).trimmed(), kv.mid(eq + 1));
    }
    return true;
}

QList<qint64> idsOf(const QList<Contact> &contacts)
{
    QList<qint64> ids;
    for (const Contact &c : contacts)
        ids << c.id;
    return ids;
}

// Re-reads the changed contacts and prints them: `changed` and `contacts` with --json, one line each otherwise.
int printChanged(ContactStore &store, const QList<Contact> &before, bool json, const QString &summary)
{
    QString error;
    const QList<Contact> after = store.fetch(idsOf(before), &error);
    if (!error.isEmpty())
        return fail(error);
    if (json) {
        QJsonArray list;
        for (const Contact &c : after)
            list.append(contactJson(c));
        printJson({{QStringLiteral("changed"), after.size()}, {QStringLiteral("contacts"), list}});
        return 0;
    }
    out() << summary << Qt::endl;
    for (const Contact &c : after)
        printContact(c);
    return 0;
}

} // namespace

int ContactsAddCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("PHONE"), tr("The new contact's number."));
    const QCommandLineOption name(QStringLiteral("name"), tr("The contact's name."), QStringLiteral("N"));
    const QCommandLineOption tag(QStringLiteral("tag"), tr("Tag the contact (repeatable)."), QStringLiteral("T"));
    const QCommandLineOption optedIn(QStringLiteral("opted-in"), tr("Record the contact as opted in."));
    const QCommandLineOption source(QStringLiteral("opt-in-source"), tr("Where the opt-in was collected."),
                                    QStringLiteral("S"));
    p.addOptions({name, regionOption(), tag, attrOption(), optedIn, source, jsonOption()});
    QString error;
    if (!parse(p, QStringLiteral("contacts add"), args, &error))
        return usage(error);
    if (p.positionalArguments().size() != 1)
        return usage(tr("contacts add needs exactly one PHONE number."));
    if (p.isSet(optedIn) != p.isSet(source))
        return usage(tr("--opted-in and --opt-in-source go together: say where the consent was collected."));
    const auto numbers = phones(p, &error);
    if (!numbers)
        return usage(error);
    Contact c;
    c.phone = numbers->first();
    c.name = p.value(name).trimmed();
    for (const QString &t : p.values(tag)) {
        if (!t.trimmed().isEmpty())
            c.tags << t.trimmed();
    }
    if (!attributes(p.values(attrOption()), &c.attributes, &error))
        return usage(error);
    if (p.isSet(optedIn)) {
        c.optInAt = Clock::nowUtc();
        c.optInSource = p.value(source);
    }
    Workspace ws;
    if (!openWorkspace(ws, workspace, p, &error))
        return fail(error);
    ContactStore store(ws.database());
    if (const auto known = store.byPhone(c.phone, &error))
        return fail(tr("A contact with the number %1 exists already%2. Change it with: herald-cli contacts edit %1")
                        .arg(c.phone, known->name.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(known->name)));
    if (!error.isEmpty())
        return fail(error);
    const qint64 id = store.upsert(c, &error);
    if (id == 0)
        return fail(tr("Cannot add the contact: %1").arg(error));
    const auto added = store.byId(id, &error);
    if (!added)
        return fail(error);
    if (p.isSet(jsonOption())) {
        printJson({{QStringLiteral("created"), true}, {QStringLiteral("contact"), contactJson(*added)}});
    } else {
        out() << tr("Added contact %1.").arg(added->phone) << Qt::endl;
        if (added->consent() != Contact::Consent::OptedIn)
            out() << tr("Not opted in: campaigns will not send to it until it opts in (contacts opt-in %1 --source S).")
                         .arg(added->phone)
                  << Qt::endl;
    }
    return 0;
}

int ContactsEditCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("PHONE"), tr("The contact's number."));
    const QCommandLineOption name(QStringLiteral("name"), tr("The contact's new name."), QStringLiteral("N"));
    const QCommandLineOption unset(QStringLiteral("unset-attr"), tr("Remove an attribute (repeatable)."),
                                   QStringLiteral("KEY"));
    p.addOptions({name, regionOption(), attrOption(), unset, jsonOption()});
    QString error;
    if (!parse(p, QStringLiteral("contacts edit"), args, &error))
        return usage(error);
    if (p.positionalArguments().size() != 1)
        return usage(tr("contacts edit needs exactly one PHONE number."));
    if (!p.isSet(name) && !p.isSet(attrOption()) && !p.isSet(unset))
        return usage(tr("contacts edit needs --name, --attr or --unset-attr: nothing to change."));
    if (p.isSet(name) && p.value(name).trimmed().isEmpty())
        return usage(tr("--name cannot be empty."));
    const auto numbers = phones(p, &error);
    if (!numbers)
        return usage(error);
    Contact patch;
    patch.phone = numbers->first();
    patch.name = p.value(name).trimmed();
    if (!attributes(p.values(attrOption()), &patch.attributes, &error))
        return usage(error);
    for (const QString &key : p.values(unset)) {
        if (patch.attributes.contains(key.trimmed()))
            return usage(tr("--attr and --unset-attr both name “%1”.").arg(key.trimmed()));
        patch.attributes.insert(key.trimmed(), QJsonValue::Null);   // the upsert's json_patch removes it
    }
    Workspace ws;
    if (!openWorkspace(ws, workspace, p, &error))
        return fail(error);
    ContactStore store(ws.database());
    const auto before = existing(store, *numbers, &error);
    if (!before)
        return fail(error);
    // The importer's merge: a new name replaces the old one, attributes are patched, consent and tags stay as they are.
    if (store.upsert(patch, &error) == 0)
        return fail(tr("Cannot change the contact: %1").arg(error));
    const auto after = store.byId(before->first().id, &error);
    if (!after)
        return fail(error);
    if (p.isSet(jsonOption()))
        printJson({{QStringLiteral("contact"), contactJson(*after)}});
    else
        out() << tr("Changed contact %1.").arg(after->phone) << Qt::endl;
    return 0;
}

int ContactsChangeCommand::execute(const QString &workspace, const QStringList &args)
{
    const QString command = verb();
    const bool tagging = command == QLatin1String("tag") || command == QLatin1String("untag");
    const bool optIn = command == QLatin1String("opt-in");
    const bool optOut = command == QLatin1String("opt-out");
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("PHONE"), tr("Contact numbers (one or more)."), QStringLiteral("PHONE..."));
    const QCommandLineOption tag(QStringLiteral("tag"), tr("The tag."), QStringLiteral("T"));
    const QCommandLineOption source(QStringLiteral("source"), tr("Where the opt-in was collected (required)."),
                                    QStringLiteral("S"));
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Why the contact opted out (kept with it)."),
                                    QStringLiteral("R"));
    p.addOptions({regionOption(), jsonOption()});
    if (tagging)
        p.addOption(tag);
    if (optIn)
        p.addOption(source);
    if (optOut)
        p.addOption(reason);
    QString error;
    const QString words = QStringLiteral("contacts ") + command;
    if (!parse(p, words, args, &error))
        return usage(error);
    if (p.positionalArguments().isEmpty())
        return usage(tr("%1 needs at least one PHONE number.").arg(words));
    if (tagging && p.value(tag).trimmed().isEmpty())
        return usage(tr("%1 needs --tag T.").arg(words));
    if (optIn && p.value(source).trimmed().isEmpty())
        return usage(tr("contacts opt-in needs --source S: where the contact gave consent (an explicit opt-in is the "
                        "only way to undo an opt-out)."));
    const auto numbers = phones(p, &error);
    if (!numbers)
        return usage(error);
    Workspace ws;
    if (!openWorkspace(ws, workspace, p, &error))
        return fail(error);
    ContactStore store(ws.database());
    // Every number must be a contact before anything changes.
    const auto contacts = existing(store, *numbers, &error);
    if (!contacts)
        return fail(error);
    const QList<qint64> ids = idsOf(*contacts);
    const QString t = tagging ? p.value(tag).trimmed() : QString();
    QString summary;
    bool ok = false;
    if (command == QLatin1String("tag")) {
        ok = store.addTag(ids, t, &error);
        summary = tr("Tagged %n contact(s) with “%1”.", nullptr, int(ids.size())).arg(t);
    } else if (command == QLatin1String("untag")) {
        ok = store.removeTag(ids, t, &error);
        summary = tr("Removed “%1” from %n contact(s).", nullptr, int(ids.size())).arg(t);
    } else if (optIn) {
        ok = store.optIn(ids, p.value(source).trimmed(), &error);
        summary = tr("Opted in %n contact(s).", nullptr, int(ids.size()));
    } else if (optOut) {
        // An existing opt-out keeps its first time and reason (ContactStore::optOut).
        ok = store.optOut(ids, p.isSet(reason) ? p.value(reason) : tr("Opted out with herald-cli"), &error);
        summary = tr("Opted out %n contact(s).", nullptr, int(ids.size()));
    } else {
        if (!store.remove(ids, &error))
            return fail(tr("Cannot delete the contacts: %1").arg(error));
        if (p.isSet(jsonOption()))
            printJson({{QStringLiteral("deleted"), ids.size()}, {QStringLiteral("phones"), QJsonArray::fromStringList(*numbers)}});
        else
            out() << tr("Deleted %n contact(s) and their consent records.", nullptr, int(ids.size())) << Qt::endl;
        return 0;
    }
    if (!ok)
        return fail(tr("Cannot change the contacts: %1").arg(error));
    return printChanged(store, *contacts, p.isSet(jsonOption()), summary);
}

int ContactsSearchCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("TEXT"), tr("Text in the name, phone, a tag or an attribute value."));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most this many contacts (default 100)."),
                                   QStringLiteral("N"), QStringLiteral("100"));
    p.addOptions({limit, jsonOption()});
    QString error;
    if (!parse(p, QStringLiteral("contacts search"), args, &error))
        return usage(error);
    if (p.positionalArguments().size() != 1 || p.positionalArguments().first().trimmed().isEmpty())
        return usage(tr("contacts search needs one TEXT to look for."));
    bool ok = false;
    const int max = p.value(limit).toInt(&ok);
    if (!ok || max < 1)
        return usage(tr("--limit must be a whole number, 1 or more."));
    Workspace ws;
    if (!openWorkspace(ws, workspace, p, &error))
        return fail(error);
    ContactStore store(ws.database());
    ContactQuery query;   // the Contacts page's search: name, phone, tag or attribute value
    query.search = p.positionalArguments().first();
    const auto ids = store.ids(query, &error);
    if (!ids)
        return fail(error);
    const QList<Contact> found = store.fetch(ids->mid(0, max), &error);
    if (!error.isEmpty())
        return fail(error);
    if (p.isSet(jsonOption())) {
        QJsonArray list;
        for (const Contact &c : found)
            list.append(contactJson(c));
        printJson({{QStringLiteral("total"), ids->size()}, {QStringLiteral("contacts"), list}});
        return 0;
    }
    for (const Contact &c : found)
        printContact(c);
    if (ids->size() > found.size())
        err() << tr("%1 of %2 matches shown; pass --limit N for more.").arg(found.size()).arg(ids->size()) << Qt::endl;
    return 0;
}
