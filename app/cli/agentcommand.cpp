#include "clicommands.h"
#include "clisupport.h"

using namespace Cli;

int CliCommands::agent(const QString &, const QStringList &)
{
    return fail(tr("Not built yet."));
}
