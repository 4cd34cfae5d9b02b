#pragma once

#include "models/core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// Who may do what on a team workspace (a PostgreSQL database), enforced by the database itself: each workspace has
// three group roles, named after its database, with grants to match —
//   viewer: read everything (search, history, statistics, exports);
//   sender: + contacts, templates, campaigns, sending and syncing (which updates a number's quality on `accounts`);
//   admin:  + accounts, the rate card, the workspace's own settings, and adding or removing people (CREATEROLE).
// A person is a PostgreSQL login role that is a member of one group; a modified client still cannot write what its
// role may not, because the server refuses the statement. Whoever runs add() must own the workspace or be an admin.
// This is the one place that says which role may write which table.
namespace TeamRoles {

enum class Role { Viewer, Sender, Admin };   // each one can do all the one before can

struct Member
{
    QString name;
    Role role = Role::Viewer;
    bool canLogIn = true;
};

QString roleName(Role role);                       // "viewer", "sender", "admin" (the CLI's words)
std::optional<Role> parseRole(const QString &text);

// Creates the workspace's group roles when missing and (re)grants every table and sequence to them: run after a
// migration added tables, and by add().
Result<void> grant(const QSqlDatabase &db);
// Whether this workspace has a team (its group roles exist).
bool hasTeam(const QSqlDatabase &db);
// A new login role `name` in group `role`; `password` (may be empty: then libpq's other methods, e.g. a client
// certificate or pg_hba's rules, decide) is sent as a SCRAM verifier computed here, never as text.
Result<void> add(const QSqlDatabase &db, const QString &name, Role role, const QString &password);
Result<QList<Member>> list(const QSqlDatabase &db);
// Takes `name` out of the workspace's groups and drops the login role when nothing else holds it.
Result<bool> remove(const QSqlDatabase &db, const QString &name);
// The role of the connected user: nullopt for the owner or a superuser (may do everything) and for a file workspace.
std::optional<Role> currentRole(const QSqlDatabase &db);

} // namespace TeamRoles
