#include "engine/secrets/accesstoken.h"

#include <QEventLoop>

namespace {

AccessToken::Result fromSecret(const Account &account, const SecretStore::Result &r)
{
    AccessToken::Result result;
    result.status = r.status;
    if (r.ok())
        result.token = r.value;
    else
        result.message = r.status == SecretStore::Status::NotFound ? AccessToken::missingMessage(account) : r.message;
    return result;
}

} // namespace

QString AccessToken::missingMessage(const Account &account)
{
    return tr("No access token is stored for the account “%1”. Add it in Settings → Sending accounts, or with: "
              "herald-cli account set-secret access-token --name %1 < token.txt")
        .arg(account.name);
}

void AccessToken::fetch(const QString &workspaceId, const Account &account, QObject *context, Callback done)
{
    SecretStore store(workspaceId);   // the keychain job does not need the store once started
    fetch(store, account, context, std::move(done));
}

void AccessToken::fetch(SecretStore &store, const Account &account, QObject *context, Callback done)
{
    if (account.kind == Account::Kind::Sandbox) {
        done(Result{SecretStore::Status::Ok, {}, {}});
        return;
    }
    store.read(account.id, SecretStore::Secret::AccessToken, context,
               [account, done = std::move(done)](const SecretStore::Result &r) { done(fromSecret(account, r)); });
}

AccessToken::Result AccessToken::fetchBlocking(const QString &workspaceId, const Account &account)
{
    Result result;
    QEventLoop loop;
    bool answered = false;
    fetch(workspaceId, account, &loop, [&](const Result &r) {
        result = r;
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    return result;
}
