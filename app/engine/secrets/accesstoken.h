#pragma once

#include "engine/secrets/secretstore.h"
#include "models/accounts/account.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

// The one way to an account's Cloud API access token: the GUI, the CLI, the scheduler and the run service all read it
// here, so "no token stored" is one message everywhere. A sandbox account needs none (ok, empty token).
//
//     AccessToken::fetch(ws.workspaceId(), account, this, [this](const AccessToken::Result &r) {
//         if (!r.ok()) return showError(r.message);
//         use(r.token);
//     });
class AccessToken
{
    Q_DECLARE_TR_FUNCTIONS(AccessToken)

public:
    struct Result
    {
        SecretStore::Status status = SecretStore::Status::Failed;
        QString token;     // empty for a sandbox account
        QString message;   // what went wrong and what to do, for a person
        bool ok() const { return status == SecretStore::Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    // Reads the token from the keychain and calls `done` on `context`'s thread; for a sandbox account `done` runs
    // at once.
    static void fetch(const QString &workspaceId, const Account &account, QObject *context, Callback done);
    static void fetch(SecretStore &store, const Account &account, QObject *context, Callback done);
    // The same, waiting for the keychain in an event loop (never a busy loop): for the command line.
    static Result fetchBlocking(const QString &workspaceId, const Account &account);
    // "No access token is stored for …", naming where to store one.
    static QString missingMessage(const Account &account);
};
