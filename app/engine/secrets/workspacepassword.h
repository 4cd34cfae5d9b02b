#pragma once

#include <QString>

class Workspace;

// Opening a workspace with the password `herald-cli workspace login` stored in the keychain: the one way the GUI, the
// CLI and the agent open a workspace path that may be a PostgreSQL URL. A file opens as before. For a URL, the
// keychain is asked only when PGPASSWORD is not set (a script's choice wins); no stored password (or no keychain)
// leaves libpq to its own ~/.pgpass / PGPASSFILE. The password stays in memory, never in argv, settings or logs.
namespace WorkspacePassword {

bool open(Workspace &workspace, const QString &path, QString *error);

} // namespace WorkspacePassword
