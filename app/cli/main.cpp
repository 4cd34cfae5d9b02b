#include "cli/clicommands.h"
#include "engine/i18n/languages.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Herald"));
    QCoreApplication::setApplicationName(QStringLiteral("Herald"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HERALD_VERSION));
    // The window's language (Settings → Language, $HERALD_LANGUAGE, else the system's) for the human output;
    // --json keys and values never change with it.
    Languages::install(app, Languages::effective());
    return Cli::run(QCoreApplication::arguments().mid(1));
}
