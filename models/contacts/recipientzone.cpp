#include "models/contacts/recipientzone.h"

#include "models/contacts/phonenormalizer.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace {

struct Table
{
    QHash<QString, QByteArray> zoneByPrefix;   // digits -> IANA id
    int longest = 0;
    QSet<QString> callingCodes;
};

const Table &table()
{
    static const Table loaded = [] {
        Table t;
        QFile f(QStringLiteral(":/zones/phone-zones.txt"));
        if (f.open(QIODevice::ReadOnly)) {
            while (!f.atEnd()) {
                const QByteArray line = f.readLine().trimmed();
                if (line.isEmpty() || line.startsWith('#'))
                    continue;
                const qsizetype space = line.indexOf(' ');
                if (space <= 0)
                    continue;
                const QString prefix = QString::fromLatin1(line.left(space));
                const QByteArray id = line.mid(space + 1);
                if (!QTimeZone(id).isValid())
                    continue;   // a zone this system's tz database does not know: the number says nothing
                t.zoneByPrefix.insert(prefix, id);
                t.longest = std::max(t.longest, int(prefix.size()));
            }
        }
        for (int cc : PhoneNormalizer::countryCallingCodes())
            t.callingCodes.insert(QString::number(cc));
        return t;
    }();
    return loaded;
}

} // namespace

bool RecipientZone::isValidId(const QString &id)
{
    return !id.trimmed().isEmpty() && QTimeZone(id.trimmed().toUtf8()).isValid();
}

QTimeZone RecipientZone::fromNumber(const QString &e164, Source *source)
{
    if (!e164.startsWith(QLatin1Char('+')))
        return {};
    const Table &t = table();
    const QString digits = e164.mid(1);
    for (int n = std::min(int(digits.size()), t.longest); n > 0; --n) {
        const QString prefix = digits.left(n);
        const auto it = t.zoneByPrefix.constFind(prefix);
        if (it == t.zoneByPrefix.constEnd())
            continue;
        if (source)
            *source = t.callingCodes.contains(prefix) ? Source::Country : Source::AreaCode;
        return QTimeZone(it.value());
    }
    return {};
}

RecipientZone::Resolved RecipientZone::resolve(const QString &e164, const QJsonObject &attributes,
                                               const QTimeZone &campaignZone)
{
    const QString attribute = attributes.value(kAttribute).toString().trimmed();
    if (isValidId(attribute))
        return {QTimeZone(attribute.toUtf8()), Source::Attribute};
    Source source = Source::Country;
    const QTimeZone byNumber = fromNumber(e164, &source);
    if (byNumber.isValid())
        return {byNumber, source};
    return {campaignZone, Source::Campaign};
}

QString RecipientZone::sourceLabel(Source s)
{
    switch (s) {
    case Source::Attribute: return tr("contact attribute");
    case Source::AreaCode: return tr("area code");
    case Source::Country: return tr("country");
    case Source::Campaign: return tr("campaign zone");
    }
    return {};
}

int RecipientZone::tableSize()
{
    return int(table().zoneByPrefix.size());
}
