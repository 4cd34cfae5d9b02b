#include "secretstore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "herald.secrets", QtInfoMsg)

namespace {

SecretStore::Result resultOf(const QKeychain::Job *job, const QString &value = {})
{
    SecretStore::Result r;
    switch (job->error()) {
    case QKeychain::NoError:
        r.status = SecretStore::Status::Ok;
        r.value = value;
        return r;
    case QKeychain::EntryNotFound:
        r.status = SecretStore::Status::NotFound;
        r.message = SecretStore::tr("No secret is stored for this account yet.");
        return r;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.status = SecretStore::Status::NoKeychain;
        r.message = SecretStore::tr(
            "No keychain service is available, so Herald cannot store secrets safely. On Linux install and start "
            "a Secret Service such as gnome-keyring or KWallet (Debian: apt install gnome-keyring) and log in again. (%1)")
                        .arg(job->errorString());
        return r;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        r.status = SecretStore::Status::Denied;
        r.message = SecretStore::tr("The keychain refused access (%1). Unlock it and try again.").arg(job->errorString());
        return r;
    default:
        r.status = SecretStore::Status::Failed;
        r.message = SecretStore::tr("The keychain reported an error: %1").arg(job->errorString());
        return r;
    }
}

// Runs the callback only while the context object is alive. Jobs have no parent and delete themselves when
// they finish: deleting a keychain job while its Secret Service call is in flight (as a parent would when a
// page closes) lets the answer arrive at a freed object.
template<typename Job>
void finish(Job *job, QObject *context, const SecretStore::Callback &done, const std::function<QString(Job *)> &value)
{
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, guard, done, value](QKeychain::Job *) {
        if (!guard)
            return;
        const SecretStore::Result r = resultOf(job, value ? value(job) : QString());
        if (!r.ok() && r.status != SecretStore::Status::NotFound)
            qCWarning(lcSecrets) << "keychain job failed:" << job->error() << job->errorString();
        done(r);
    });
    job->start();
}

} // namespace

SecretStore::SecretStore(const QString &workspaceId, QObject *parent)
    : QObject(parent)
    , m_workspaceId(workspaceId)
{
}

QString SecretStore::service()
{
    return QStringLiteral("Herald");
}

QString SecretStore::secretName(Secret s)
{
    switch (s) {
    case Secret::AccessToken:
        return QStringLiteral("access-token");
    case Secret::RelayFeedToken:
        return QStringLiteral("relay-feed-token");
    case Secret::RelayAppSecret:
        return QStringLiteral("relay-app-secret");
    case Secret::RelayIngestToken:
        return QStringLiteral("relay-ingest-token");
    }
    return {};
}

std::optional<SecretStore::Secret> SecretStore::secretFromName(const QString &name)
{
    for (Secret s : {Secret::AccessToken, Secret::RelayFeedToken, Secret::RelayAppSecret, Secret::RelayIngestToken}) {
        if (secretName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString SecretStore::key(qint64 accountId, Secret secret) const
{
    return QStringLiteral("workspace-%1/account-%2/%3").arg(m_workspaceId).arg(accountId).arg(secretName(secret));
}

void SecretStore::read(qint64 accountId, Secret secret, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(service());
    job->setAutoDelete(true);
    job->setKey(key(accountId, secret));
    finish<QKeychain::ReadPasswordJob>(job, context, done,
                                       [](QKeychain::ReadPasswordJob *j) { return j->textData(); });
}

void SecretStore::write(qint64 accountId, Secret secret, const QString &value, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(service());
    job->setAutoDelete(true);
    job->setKey(key(accountId, secret));
    job->setTextData(value);
    finish<QKeychain::WritePasswordJob>(job, context, done, {});
}

void SecretStore::remove(qint64 accountId, Secret secret, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(service());
    job->setAutoDelete(true);
    job->setKey(key(accountId, secret));
    finish<QKeychain::DeletePasswordJob>(job, context, done, {});
}
