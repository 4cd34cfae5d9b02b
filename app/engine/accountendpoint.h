#pragma once

#include "account.h"

#include <QString>

// Where the network code sends an account's Graph API calls. A Cloud API account is used as it is. A
// sandbox account is pointed at the running built-in sandbox (SandboxServer::instance(), started on first
// use) with the sandbox's phone number and WABA IDs where the account has none, so it goes through exactly
// the same GraphClient code as a real account. If the sandbox cannot start, the graph URL stays "sandbox:"
// and requests fail as a network error.
Account effectiveAccount(const Account &account);

// The bearer token to send: the sandbox's fixed token for a sandbox account, `storedToken` otherwise.
QString effectiveAccessToken(const Account &account, const QString &storedToken);
