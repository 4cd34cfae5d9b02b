#include "clicommands.h"
#include "clisupport.h"

using namespace Cli;

int CliCommands::eventsPush(const QString &, const QStringList &)
{
    return fail(tr("Not built yet."));
}
