#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

// The file name an export suggests: the campaign's name, what is exported and the day, e.g.
// "Diwali offer – recipients 2026-12-07.csv", made safe for Windows, macOS and Linux file systems.
class ExportFileName
{
    Q_DECLARE_TR_FUNCTIONS(ExportFileName)

public:
    // "<subject> – <what> <yyyy-MM-dd>.<suffix>", each part sanitised; without a subject "<what> <date>.<suffix>".
    static QString make(const QString &subject, const QString &what, const QDate &date,
                        const QString &suffix = QStringLiteral("csv"));
    // The same for the campaign of run `runId` (its name read from the workspace; "Run <id>" when it has none).
    static QString forRun(QSqlDatabase db, qint64 runId, const QString &what, const QDate &date,
                          const QString &suffix = QStringLiteral("csv"));
    // `name` without what Windows, macOS or Linux refuse or misread: / \ : * ? " < > | and control characters become
    // "-", runs of spaces one space, no leading or trailing spaces or dots, a Windows device name (CON, NUL, COM1 …)
    // gets a "_" in front, and at most `maxLength` characters (never half a character). Empty when nothing is left.
    static QString sanitize(const QString &name, int maxLength = 80);
};
