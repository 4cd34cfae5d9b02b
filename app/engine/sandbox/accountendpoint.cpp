#include "engine/sandbox/accountendpoint.h"

#include "engine/sandbox/sandboxenvironment.h"
#include "engine/sandbox/sandboxserver.h"

Account effectiveAccount(const Account &account)
{
    if (account.kind != Account::Kind::Sandbox)
        return account;
    Account a = account;
    if (SandboxServer *sandbox = SandboxServer::instance())
        a.graphUrl = sandbox->baseUrl().toString();
    if (a.apiVersion.isEmpty())
        a.apiVersion = Account().apiVersion;
    if (a.phoneNumberId.isEmpty())
        a.phoneNumberId = QString::fromLatin1(SandboxApi::kPhoneNumberId);
    if (a.wabaId.isEmpty())
        a.wabaId = QString::fromLatin1(SandboxApi::kWabaId);
    if (a.messagingTier.isEmpty())
        a.messagingTier = QStringLiteral("TIER_UNLIMITED");
    if (SandboxEnvironment *environment = SandboxEnvironment::instance())
        a.relayUrl = environment->relayUrl().toString();
    return a;
}

QString effectiveAccessToken(const Account &account, const QString &storedToken)
{
    if (account.kind != Account::Kind::Sandbox)
        return storedToken;
    if (SandboxServer *sandbox = SandboxServer::instance())
        return sandbox->accessToken();
    return SandboxApi::defaultAccessToken();
}

QString effectiveRelayFeedToken(const Account &account, const QString &storedToken)
{
    if (account.kind != Account::Kind::Sandbox)
        return storedToken;
    if (SandboxEnvironment *environment = SandboxEnvironment::instance())
        return QString::fromLatin1(environment->feedToken());
    return {};
}

QString relayCursorKey(const Account &account, const QString &workspacePath)
{
    if (account.kind != Account::Kind::Sandbox)
        return {};
    return QStringLiteral("sandbox-relay:") + SandboxEnvironment::databasePathFor(workspacePath);
}
