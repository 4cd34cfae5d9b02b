#include "clicommands.h"
#include "clisupport.h"

using namespace Cli;

int CliCommands::campaignPreflight(const QString &, const QStringList &)
{
    return fail(tr("Not built yet."));
}
