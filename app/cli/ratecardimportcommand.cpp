// herald-cli ratecard import FILE.csv: Meta's published rates pasted into a CSV → the rate card (RateCardImport: every
// line checked first, then one transaction; a bad line names its number and field and nothing is imported).
#include "cli/clicommands.h"
#include "cli/clisupport.h"
#include "models/campaigns/ratecardimport.h"
#include "models/storage/workspace.h"

#include <QJsonArray>

using namespace Cli;

int RateCardImportCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE"),
                            tr("CSV with the header category,country,price,currency and optionally valid_from."));
    p.addOption(jsonOption());
    QString error;
    if (!parse(p, QStringLiteral("ratecard import"), args, &error))
        return usage(error);
    if (p.positionalArguments().size() != 1)
        return usage(tr("ratecard import needs one CSV file."));
    Workspace ws;
    if (!openWorkspace(ws, workspace, p, &error))
        return fail(error);
    const Result<RateCardImport::Summary> imported = RateCardImport::importFile(ws.database(), p.positionalArguments().first());
    if (!imported)
        return fail(imported.error());
    if (p.isSet(jsonOption())) {
        QJsonArray dates;
        for (const QString &d : imported->validFrom)
            dates.append(d.isEmpty() ? QJsonValue() : QJsonValue(d));
        printJson(QJsonObject { { QStringLiteral("imported"), imported->rates },
                                { QStringLiteral("added"), imported->added },
                                { QStringLiteral("replaced"), imported->replaced },
                                { QStringLiteral("currencies"), QJsonArray::fromStringList(imported->currencies) },
                                { QStringLiteral("valid_from"), dates } });
        return 0;
    }
    out() << tr("Imported %n rate(s): %1 new, %2 replaced.", nullptr, int(imported->rates))
                 .arg(imported->added)
                 .arg(imported->replaced)
          << Qt::endl;
    return 0;
}
