#pragma once
// The "sandbox account + templates + opted-in contacts + campaign" set-up that send, feed and crash tests share.
// Each step is its own call so a test keeps exactly the contacts and parameters it asserts on.

#include "models/contacts/contact.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace SandboxCampaign {

// Parameter mappings (campaign create --param syntax) for the sandbox's appointment_reminder (en_US).
QStringList appointmentReminderParams();

// Stores the sandbox's built-in templates for `accountId`, as a template sync does.
bool syncTemplates(QSqlDatabase db, qint64 accountId, QString *error);

// `count` contacts named "Customer <i>" whose phone is `prefix` followed by i, zero-padded to `width` digits.
QList<Contact> customers(int count, const QString &prefix, int width);

// Adds `contacts` and opts them in (source "test"); their ids in order, empty on error.
QList<qint64> addOptedIn(QSqlDatabase db, const QList<Contact> &contacts, QString *error);

// Creates a campaign on `accountId` sending `templateName` in en_US with `params` to `audience` (empty: every
// opted-in contact); its id, 0 on error.
qint64 create(QSqlDatabase db, qint64 accountId, const QString &name, const QString &templateName,
              const QStringList &params, QString *error, const QString &audience = {});

} // namespace SandboxCampaign
