#include "cli/clicommands.h"

#include "cli/clisupport.h"
#include "cli/commandregistry.h"
#include "models/contacts/contactexporter.h"
#include "models/contacts/contactimporter.h"
#include "models/contacts/contactstore.h"
#include "models/storage/workspace.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Cli;

namespace {

// herald-cli help [NAME]: the list of commands, or one command's options (its --help).
int help(const QString &workspace, const QStringList &words)
{
    if (words.isEmpty()) {
        out() << commandList();
        out().flush();
        return 0;
    }
    Command *command = findCommand(words.join(QLatin1Char(' ')));
    if (!command)
        return usage(CliCommands::tr("Unknown command “%1”.").arg(words.join(QLatin1Char(' '))));
    return command->execute(workspace, {QStringLiteral("--help")});
}

} // namespace

int Cli::run(const QStringList &argsIn)
{
    QStringList args = argsIn;
    QString workspace;
    // Global options before the command.
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--version") || a == QLatin1String("-v")) {
            out() << QStringLiteral("herald-cli ") << QCoreApplication::applicationVersion() << Qt::endl;
            return 0;
        }
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            usage();
            return 0;
        }
        if (a == QLatin1String("--workspace") || a == QLatin1String("-w")) {
            if (args.isEmpty())
                return usage(CliCommands::tr("--workspace needs a path."));
            workspace = args.takeFirst();
        } else if (a.startsWith(QLatin1String("--workspace="))) {
            workspace = a.mid(12);
        } else {
            return usage(CliCommands::tr("Unknown option %1.").arg(a));
        }
    }
    if (!args.isEmpty() && args.first() == QLatin1String("help"))
        return help(workspace, args.mid(1));
    // A command is one word (sync, agent) or two (campaign run).
    if (!args.isEmpty())
        if (Command *command = findCommand(args.first()))
            return command->execute(workspace, args.mid(1));
    if (args.size() < 2)
        return usage(args.isEmpty() ? CliCommands::tr("No command given.") : CliCommands::tr("“%1” needs a sub-command.").arg(args.first()));
    QString group = args.takeFirst();
    if (group == QLatin1String("rate-card"))   // the spelling issue 18 uses for `ratecard`
        group = QStringLiteral("ratecard");
    const QString command = args.takeFirst();
    if (Command *found = findCommand(group + QLatin1Char(' ') + command))
        return found->execute(workspace, args);
    return usage(CliCommands::tr("Unknown command “%1 %2”.").arg(group, command));
}

int ContactsImportCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE"), tr("CSV file or Excel workbook (.xlsx) to import."));
    const QCommandLineOption region(QStringLiteral("default-region"),
                                    tr("Country for numbers written without a country code (ISO code, e.g. IN)."),
                                    QStringLiteral("CC"));
    const QCommandLineOption tag(QStringLiteral("tag"), tr("Tag every imported contact (repeatable)."), QStringLiteral("T"));
    const QCommandLineOption optedIn(QStringLiteral("opted-in"), tr("Record every imported contact as opted in."));
    const QCommandLineOption source(QStringLiteral("opt-in-source"), tr("Where the opt-in was collected."),
                                    QStringLiteral("S"));
    const QCommandLineOption errors(QStringLiteral("errors"), tr("Write rejected rows, with a reason column, to this CSV."),
                                    QStringLiteral("OUT.csv"));
    const QCommandLineOption sheet(QStringLiteral("sheet"),
                                   tr("The sheet of an Excel workbook to import (default: the first)."),
                                   QStringLiteral("NAME"));
    p.addOptions({region, tag, optedIn, source, errors, sheet, jsonOption()});
    QString error;
    if (!parse(p, QStringLiteral("contacts import"), args, &error))
        return usage(error);
    if (p.positionalArguments().size() != 1)
        return usage(tr("contacts import needs exactly one FILE."));
    if (p.isSet(source) && !p.isSet(optedIn))
        return usage(tr("--opt-in-source only makes sense with --opted-in."));

    ImportOptions options;
    options.defaultRegion = p.value(region).trimmed().toUpper();
    options.tags = p.values(tag);
    options.optedIn = p.isSet(optedIn);
    options.optInSource = p.isSet(source) ? p.value(source) : tr("herald-cli import");
    options.errorsPath = p.value(errors);
    options.sheet = p.value(sheet);

    Workspace ws;
    if (!openWorkspace(ws, workspace, p, &error))
        return fail(error);
    const QString file = p.positionalArguments().first();
    const ImportResult r = ContactImporter::run(ws, file, options);
    const bool json = p.isSet(jsonOption());
    if (json) {
        QJsonObject o{{QStringLiteral("file"), QFileInfo(file).absoluteFilePath()},
                      {QStringLiteral("rows"), r.rows},
                      {QStringLiteral("imported"), r.imported},
                      {QStringLiteral("updated"), r.updated},
                      {QStringLiteral("rejected"), r.rejected},
                      {QStringLiteral("duplicates"), r.duplicates},
                      {QStringLiteral("committed_rows"), r.committedRows}};
        if (!options.errorsPath.isEmpty())
            o.insert(QStringLiteral("errors_file"), QFileInfo(options.errorsPath).absoluteFilePath());
        if (!r.sheet.isEmpty())
            o.insert(QStringLiteral("sheet"), r.sheet);
        QJsonArray samples;
        for (const RejectedRow &row : r.rejectedSample.mid(0, 100))
            samples.append(QJsonObject{{QStringLiteral("line"), row.line}, {QStringLiteral("reason"), row.reason}});
        o.insert(QStringLiteral("rejections"), samples);
        if (!r.error.isEmpty())
            o.insert(QStringLiteral("error"), r.error);
        printJson(o);
    } else if (r.error.isEmpty()) {
        out() << tr("%1 rows read: %2 new contacts, %3 updated, %4 duplicates merged, %5 rejected.")
                     .arg(r.rows)
                     .arg(r.imported)
                     .arg(r.updated)
                     .arg(r.duplicates)
                     .arg(r.rejected)
              << Qt::endl;
        for (const RejectedRow &row : r.rejectedSample.mid(0, 10)) {
            if (r.sheet.isEmpty())
                out() << tr("  line %1: %2").arg(row.line).arg(row.reason) << Qt::endl;
            else
                out() << tr("  sheet “%1”, row %2: %3").arg(r.sheet).arg(row.line).arg(row.reason) << Qt::endl;
        }
        if (r.rejected > 10)
            out() << tr("  … and %1 more.").arg(r.rejected - 10) << Qt::endl;
        if (r.rejected > 0 && options.errorsPath.isEmpty())
            out() << tr("Pass --errors FILE.csv to save the rejected rows with their reasons.") << Qt::endl;
    }
    if (!r.error.isEmpty()) {
        QString kept;
        if (r.committedRows > 0)
            kept = QLatin1Char(' ') + tr("The first %1 rows were imported and kept.").arg(r.committedRows);
        return fail(r.error + kept);
    }
    return 0;
}

int ContactsCountCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(jsonOption());
    QString error;
    if (!parse(p, QStringLiteral("contacts count"), args, &error))
        return usage(error);
    if (!p.positionalArguments().isEmpty())
        return usage(tr("contacts count takes no arguments."));
    Workspace ws;
    if (!openWorkspace(ws, workspace, p, &error))
        return fail(error);
    const auto counts = ContactStore(ws.database()).counts(&error);
    if (!counts)
        return fail(tr("Cannot count the contacts: %1").arg(error));
    if (p.isSet(jsonOption())) {
        printJson({{QStringLiteral("contacts"), counts->contacts},
                   {QStringLiteral("opted_in"), counts->optedIn},
                   {QStringLiteral("opted_out"), counts->optedOut}});
    } else {
        out() << tr("%1 contacts: %2 opted in, %3 opted out.").arg(counts->contacts).arg(counts->optedIn).arg(counts->optedOut)
              << Qt::endl;
    }
    return 0;
}

int ContactsExportCommand::execute(const QString &workspace, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE"), tr("CSV file to write."));
    p.addOptions({separatorOption(), jsonOption()});
    QString error;
    if (!parse(p, QStringLiteral("contacts export"), args, &error))
        return usage(error);
    char sep = ',';
    if (!separator(p, &sep, &error))
        return usage(error);
    if (p.positionalArguments().size() != 1)
        return usage(tr("contacts export needs exactly one FILE."));
    Workspace ws;
    if (!openWorkspace(ws, workspace, p, &error))
        return fail(error);
    const QString file = p.positionalArguments().first();
    const qint64 written = ContactExporter::exportAll(ws, file, &error, {}, sep);
    if (written < 0)
        return fail(error);
    if (p.isSet(jsonOption()))
        printJson({{QStringLiteral("file"), QFileInfo(file).absoluteFilePath()}, {QStringLiteral("exported"), written}});
    else
        out() << tr("%1 contacts written to %2.").arg(written).arg(file) << Qt::endl;
    return 0;
}
