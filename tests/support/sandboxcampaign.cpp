#include "sandboxcampaign.h"

#include "models/campaigns/campaign.h"
#include "models/contacts/contactstore.h"
#include "models/templates/templatestore.h"
#include "testworkspace.h"

QStringList SandboxCampaign::appointmentReminderParams()
{
    return {QStringLiteral("body.1=field:name"), QStringLiteral("body.2=text:12 March"),
            QStringLiteral("body.3=text:10:30")};
}

bool SandboxCampaign::syncTemplates(QSqlDatabase db, qint64 accountId, QString *error)
{
    return TemplateStore(db).applySync(accountId, builtInSandboxTemplates(), error).has_value();
}

QList<Contact> SandboxCampaign::customers(int count, const QString &prefix, int width)
{
    QList<Contact> result;
    for (int i = 0; i < count; ++i) {
        Contact c;
        c.phone = prefix + QStringLiteral("%1").arg(i, width, 10, QLatin1Char('0'));
        c.name = QStringLiteral("Customer %1").arg(i);
        result << c;
    }
    return result;
}

QList<qint64> SandboxCampaign::addOptedIn(QSqlDatabase db, const QList<Contact> &contacts, QString *error)
{
    ContactStore store(db);
    QList<qint64> ids;
    for (const Contact &c : contacts) {
        const qint64 id = store.upsert(c, error);
        if (id <= 0)
            return {};
        ids << id;
    }
    if (!ids.isEmpty() && !store.optIn(ids, QStringLiteral("test"), error))
        return {};
    return ids;
}

qint64 SandboxCampaign::create(QSqlDatabase db, qint64 accountId, const QString &name, const QString &templateName,
                               const QStringList &params, QString *error, const QString &audience)
{
    Campaign c;
    c.name = name;
    c.accountId = accountId;
    c.templateName = templateName;
    c.language = QStringLiteral("en_US");
    c.audience = audience;
    for (const QString &p : params) {
        const auto mapping = ParamMapping::parse(p, error);
        if (!mapping)
            return 0;
        c.params << *mapping;
    }
    const qint64 id = CampaignStore(db).create(c, error);
    return id > 0 ? id : 0;
}
