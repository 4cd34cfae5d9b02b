#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

class Workspace;

// Writes contacts to CSV: phone, name, opt-in/opt-out columns, tags, then one column per attribute key.
// Cells are neutralised against spreadsheet formula injection (see CsvWriter).
class ContactExporter
{
    Q_DECLARE_TR_FUNCTIONS(ContactExporter)

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    // Returns the number of contacts written, or -1 with *error filled.
    static qint64 exportAll(Workspace &workspace, const QString &path, QString *error, const Progress &progress = {},
                            char separator = ',');
};
