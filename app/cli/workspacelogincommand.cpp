#include "cli/workspacelogincommand.h"

#include "cli/clicommands.h"
#include "cli/clisupport.h"
#include "engine/secrets/secretstore.h"
#include "models/storage/workspace.h"
#include "models/storage/workspacelocation.h"

#include <QEventLoop>

using namespace Cli;

int WorkspaceLoginCommand::execute(const QString &workspace, const QStringList &args)
{
    Q_UNUSED(workspace)
    QCommandLineParser p;
    p.addOptions({jsonOption()});
    p.addPositionalArgument(QStringLiteral("URL"), tr("postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=…]"));
    QString error;
    if (!parse(p, QStringLiteral("workspace login"), args, &error))
        return usage(error);
    if (p.positionalArguments().size() != 1)
        return usage(tr("workspace login takes one URL: herald-cli workspace login postgresql://USER@HOST/DBNAME "
                        "< password-file"));
    const Result<WorkspaceLocation> location = WorkspaceLocation::parse(p.positionalArguments().constFirst());
    if (!location)
        return fail(location.error());
    const QString password = stdinLine();
    if (password.isEmpty())
        return fail(tr("No password on standard input. Pipe it in: herald-cli workspace login %1 < password-file")
                        .arg(location->url()));
    if (const Result<void> login = Workspace::checkLogin(location->url(), password); !login)
        return fail(tr("The password was not stored: %1").arg(login.error()));
    QEventLoop loop;
    SecretStore::Result stored;
    SecretStore::writeWorkspacePassword(location->url(), password, &loop, [&](const SecretStore::Result &r) {
        stored = r;
        loop.quit();
    });
    loop.exec();
    if (!stored.ok())
        return fail(stored.message);
    if (p.isSet(jsonOption())) {
        printJson({{QStringLiteral("workspace"), location->url()}, {QStringLiteral("stored"), true}});
    } else {
        out() << tr("Logged in to %1; the password is stored in the keychain and used whenever this URL is opened.")
                     .arg(location->url())
              << Qt::endl;
    }
    return 0;
}
