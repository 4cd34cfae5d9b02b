#include "models/contacts/contact.h"

#include <QTimeZone>
#include <QVariant>

Contact::Consent Contact::consent() const
{
    if (optOutAt.isValid())
        return Consent::OptedOut;
    return optInAt.isValid() ? Consent::OptedIn : Consent::None;
}

qint64 toStoredTime(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}

QDateTime fromStoredTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}
