#include "engine/secrets/secretstore.h"

#include "models/core/clock.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <atomic>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "herald.secrets", QtInfoMsg)

namespace {

// Set when a job found no usable keychain (no Secret Service, no D-Bus session): calls in this process within the
// next kNoKeychainMemoryMs answer at once with the same message instead of asking (and failing) again, so a
// command that reads three secrets says it once; the GUI asks again after that (the user may have started one).
constexpr qint64 kNoKeychainMemoryMs = 10000;
std::atomic<qint64> s_noKeychainUntil = 0;

qint64 nowMs()
{
    return Clock::nowMs();
}

SecretStore::Result noKeychain()
{
    SecretStore::Result r;
    r.status = SecretStore::Status::NoKeychain;
#if defined(Q_OS_MACOS) || defined(Q_OS_WIN)
    r.message = SecretStore::tr("The system keychain is not available, so Herald cannot store or read tokens. Log in "
                                "to a desktop session and try again.");
#else
    r.message = SecretStore::tr(
        "No keychain is available (no Secret Service is running), so Herald cannot store or read tokens. On a "
        "desktop, install and start gnome-keyring or KWallet (Debian/Ubuntu: apt install gnome-keyring) and log in "
        "again. On a server or over SSH, run Herald inside a D-Bus session with an unlocked keyring: "
        "dbus-run-session -- sh -c 'gnome-keyring-daemon --unlock --components=secrets < password-file; herald-cli …'.");
#endif
    return r;
}

// QtKeychain reports a missing D-Bus session or Secret Service as NoBackendAvailable, or as OtherError with
// the D-Bus error text ("Cannot autolaunch D-Bus without X11 $DISPLAY", "The name org.freedesktop.secrets was
// not provided by any .service files", "Could not connect: No such file or directory").
bool isMissingKeychain(const QKeychain::Job *job)
{
    if (job->error() == QKeychain::NoBackendAvailable || job->error() == QKeychain::NotImplemented)
        return true;
    if (job->error() != QKeychain::OtherError)
        return false;
    // libsecret passes GDBus's text through: "Could not connect: …" when DBUS_SESSION_BUS_ADDRESS names no bus.
    const QString text = job->errorString();
    for (const char *sign : {"D-Bus", "DBus", "org.freedesktop.secrets", "Could not connect", "message bus"}) {
        if (text.contains(QLatin1String(sign), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

SecretStore::Result resultOf(const QKeychain::Job *job, const QString &value = {})
{
    if (isMissingKeychain(job))
        return noKeychain();
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
    if (nowMs() < s_noKeychainUntil) {
        delete job;
        QTimer::singleShot(0, context, [guard, done] {
            if (guard)
                done(noKeychain());
        });
        return;
    }
    QObject::connect(job, &QKeychain::Job::finished, context, [job, guard, done, value](QKeychain::Job *) {
        if (!guard)
            return;
        const SecretStore::Result r = resultOf(job, value ? value(job) : QString());
        if (r.status == SecretStore::Status::NoKeychain) {
            s_noKeychainUntil = nowMs() + kNoKeychainMemoryMs;
            qCDebug(lcSecrets) << "no keychain:" << job->error() << job->errorString();
        } else if (!r.ok() && r.status != SecretStore::Status::NotFound) {
            qCWarning(lcSecrets) << "keychain job failed:" << job->error() << job->errorString();
        }
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

QString SecretStore::workspacePasswordKey(const QString &url)
{
    return QStringLiteral("workspace-password/") + url;
}

void SecretStore::readWorkspacePassword(const QString &url, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(service());
    job->setAutoDelete(true);
    job->setKey(workspacePasswordKey(url));
    finish<QKeychain::ReadPasswordJob>(job, context, done,
                                       [](QKeychain::ReadPasswordJob *j) { return j->textData(); });
}

void SecretStore::writeWorkspacePassword(const QString &url, const QString &password, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(service());
    job->setAutoDelete(true);
    job->setKey(workspacePasswordKey(url));
    job->setTextData(password);
    finish<QKeychain::WritePasswordJob>(job, context, done, {});
}
