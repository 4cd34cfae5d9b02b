#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

class Workspace;

// What one CSV column means to the importer.
struct ColumnRole
{
    // OptInAt … OptOutReason read back what ContactExporter writes, so an export re-imports without loss.
    enum class Kind {
        Ignore, Phone, Name, FirstName, LastName, OptedIn, OptInSource, Tags, Attribute,
        OptInAt, OptedOut, OptOutAt, OptOutReason
    };
    Kind kind = Kind::Attribute;
    QString attribute;   // the attribute key when kind == Attribute (the header name as written)
};

// A first look at a file: what the GUI's column-mapping step shows.
struct CsvPreview
{
    QString encoding;              // "UTF-8", "UTF-8 (BOM)", "Windows-1252", ...
    QChar separator;               // ',', ';' or '\t'
    QStringList header;
    QList<QStringList> rows;       // the first few data rows
    QList<ColumnRole> mapping;     // suggested from the header names
    QString error;                 // non-empty: the file cannot be imported, and why
    QStringList sheets;            // an Excel workbook's sheets (empty for CSV)
    QString sheet;                 // the sheet previewed
};

struct ImportOptions
{
    QString defaultRegion;         // ISO 3166 code (IN, DE, BR…) for numbers in national format
    QStringList tags;              // added to every imported contact
    bool optedIn = false;          // mark every imported contact opted in…
    QString optInSource;           // …with this source
    QList<ColumnRole> mapping;     // empty: suggested from the header
    QString errorsPath;            // non-empty: write rejected rows here (original columns + line + reason)
    QString sheet;                 // an Excel workbook's sheet; empty: the first
    // Rows per transaction (and per progress call). Each commit rewrites every index page the batch touched, and
    // new numbers land all over the phone and name indexes, so small batches are slow on big files: 5,000 takes
    // about three times as long as 50,000 for a million rows. 50,000 rows is well under a second of work.
    int batchSize = 50000;
};

struct RejectedRow
{
    qint64 line = 0;               // 1-based physical line where the record starts
    QStringList fields;
    QString reason;
};

struct ImportResult
{
    qint64 rows = 0;               // data records read
    qint64 imported = 0;           // new contacts
    qint64 updated = 0;            // rows merged into a contact that already existed in the workspace
    qint64 rejected = 0;
    qint64 duplicates = 0;         // rows whose number appeared earlier in the same file (merged)
    bool cancelled = false;
    QString error;                 // non-empty: the import stopped (cannot read, encoding, database)
    QStringList header;
    QList<RejectedRow> rejectedSample;  // the first rejected rows, for display
    QString sheet;                 // the Excel sheet read (empty for CSV); then a row's line is its row in the sheet
    qint64 committedRows = 0;      // rows whose batch was committed (what a cancel or failure kept)
};

// Imports contacts from a CSV file (RFC 4180) or a sheet of an Excel workbook (.xlsx, read by XlsxReader into the
// same CSV text, so both go through one validation) into a workspace.
class ContactImporter
{
    Q_DECLARE_TR_FUNCTIONS(ContactImporter)

public:
    // Called after each committed batch with (bytes done, bytes total); return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static CsvPreview preview(const QString &path, int rows = 20, const QString &sheet = {});
    static QList<ColumnRole> suggestMapping(const QStringList &header);

    static ImportResult run(Workspace &workspace, const QString &path, const ImportOptions &options,
                            const Progress &progress = {});

    // Writes rejected rows as CSV: the original header, then `line` and `reason`.
    static bool writeRejected(const QString &path, const QStringList &header, const QList<RejectedRow> &rows,
                              QString *error);
};
