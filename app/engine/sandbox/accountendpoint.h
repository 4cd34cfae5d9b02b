#pragma once

#include "models/accounts/account.h"

#include <QString>

// Where the network code sends an account's Graph API calls. A Cloud API account is used as it is. A
// sandbox account is pointed at the running built-in sandbox (SandboxServer::instance(), started on first
// use) with the sandbox's phone number and WABA IDs where the account has none, so it goes through exactly
// the same GraphClient code as a real account. Its relayUrl is the sandbox's embedded relay
// (SandboxEnvironment::instance(), started on first use; http://127.0.0.1:<port>, the feed at /v1/events),
// which receives the sandbox's simulated status and reply webhooks. If the sandbox cannot start, the graph
// URL stays "sandbox:" and requests fail as a network error; if the relay cannot start, relayUrl is left as
// stored.
Account effectiveAccount(const Account &account);

// The bearer token to send: the sandbox's fixed token for a sandbox account, `storedToken` otherwise.
QString effectiveAccessToken(const Account &account, const QString &storedToken);

// The relay feed token: the embedded relay's (random per process, never stored) for a sandbox account,
// `storedToken` otherwise. Empty for a sandbox account when the embedded relay cannot start.
QString effectiveRelayFeedToken(const Account &account, const QString &storedToken);

// What a relay cursor is stored under for this account (RelayFeedPoller::Options::cursorKey): empty for a Cloud
// API account (its relay URL is the key); for a sandbox account a key naming the embedded relay's database,
// whose port changes every start while its events stay.
QString relayCursorKey(const Account &account, const QString &workspacePath);
