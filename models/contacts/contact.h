#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// One contact of the workspace. The phone number is the identity (E.164, unique).
struct Contact
{
    enum class Consent { None, OptedIn, OptedOut };

    qint64 id = 0;
    QString phone;                  // E.164, "+" and digits
    QString name;
    QDateTime optInAt;              // invalid: never opted in
    QString optInSource;
    QDateTime optOutAt;             // invalid: not opted out
    QString optOutReason;
    QStringList tags;
    QJsonObject attributes;         // free-form: every extra CSV column
    QDateTime createdAt;
    QDateTime updatedAt;

    // Opt-out wins over an earlier (or later) opt-in until the contact opts in again explicitly.
    Consent consent() const;
};

// Timestamps are stored as UTC milliseconds since the epoch.
qint64 toStoredTime(const QDateTime &t);
QDateTime fromStoredTime(const QVariant &v);
