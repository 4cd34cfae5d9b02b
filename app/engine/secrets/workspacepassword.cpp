#include "engine/secrets/workspacepassword.h"

#include "engine/secrets/secretstore.h"
#include "models/storage/workspace.h"
#include "models/storage/workspacelocation.h"

#include <QEventLoop>

namespace WorkspacePassword {

bool open(Workspace &workspace, const QString &path, QString *error)
{
    workspace.setPassword({});
    if (WorkspaceLocation::isDatabaseUrl(path) && qEnvironmentVariableIsEmpty("PGPASSWORD")) {
        if (const Result<WorkspaceLocation> location = WorkspaceLocation::parse(path)) {
            QEventLoop loop;
            QString password;
            SecretStore::readWorkspacePassword(location->url(), &loop, [&](const SecretStore::Result &r) {
                if (r.ok())
                    password = r.value;
                loop.quit();
            });
            loop.exec();
            workspace.setPassword(password);
        }
    }
    const bool ok = workspace.open(path, error);
    workspace.setPassword({});
    return ok;
}

} // namespace WorkspacePassword
