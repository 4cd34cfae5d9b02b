#include "cli/clicommands.h"
#include "engine/i18n/languages.h"

#include <QCoreApplication>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

int main(int argc, char *argv[])
{
#ifdef Q_OS_WIN
    // herald-cli writes UTF-8 (curly quotes, "…", names in any script); a Windows console shows it only in the
    // UTF-8 code page. The previous code pages come back at exit, so the user's console is left as it was.
    const UINT outputCodePage = GetConsoleOutputCP();
    const UINT inputCodePage = GetConsoleCP();
    SetConsoleOutputCP(CP_UTF8);
    SetConsoleCP(CP_UTF8);
    struct RestoreCodePages
    {
        UINT output, input;
        ~RestoreCodePages()
        {
            SetConsoleOutputCP(output);
            SetConsoleCP(input);
        }
    } restore{outputCodePage, inputCodePage};
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Herald"));
    QCoreApplication::setApplicationName(QStringLiteral("Herald"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HERALD_VERSION));
    // The window's language (Settings → Language, $HERALD_LANGUAGE, else the system's) for the human output;
    // --json keys and values never change with it.
    Languages::install(app, Languages::effective());
    return Cli::run(QCoreApplication::arguments().mid(1));
}
