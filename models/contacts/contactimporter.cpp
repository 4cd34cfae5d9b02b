#include "models/contacts/contactimporter.h"

#include "models/contacts/csvreader.h"
#include "models/contacts/csvwriter.h"
#include "models/contacts/importmapping.h"
#include "models/contacts/importreader.h"
#include "models/contacts/importwriter.h"
#include "models/contacts/serverimportwriter.h"
#include "models/contacts/xlsxreader.h"
#include "models/storage/sqldialect.h"
#include "models/contacts/phonenormalizer.h"
#include "models/core/errortext.h"
#include "models/storage/workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcImport, "herald.import", QtWarningMsg)

// How an import runs (see ContactImporter::run):
//
// A worker thread reads the CSV, normalises the numbers and merges rows with the same number into one contact,
// one batch at a time (ImportReader). The calling thread writes batch N in one transaction (ImportWriter) while
// the worker prepares batch N + 1, so both cores are busy. The worker never touches the database; the calling
// thread is the only one using workspace.database().
//
// Merging: a later non-empty value wins for the name, attributes are merged key by key (an empty cell never
// erases a value), tags are unioned. Consent: an opt-in (from the file, or ImportOptions::optedIn) only fills a
// contact that has neither opted in nor opted out; an opt-out is never overridden by an import (only the contact
// opting in again explicitly clears it), and an opt-out in the file is always applied.

namespace {

constexpr int kRejectedSampleSize = 1000;

// The file's bytes: mapped when possible (no copy), read otherwise.
struct FileBytes
{
    QFile file;
    QByteArray copy;
    QByteArrayView bytes;

    bool open(const QString &path, QString *error)
    {
        // Reading the open workspace (or its -wal/-shm) as CSV would drop SQLite's locks on close().
        if (Workspace::isOpenWorkspaceFile(path)) {
            *error = Workspace::openWorkspaceFileError(path);
            return false;
        }
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = ContactImporter::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
        if (file.size() == 0) {
            *error = ContactImporter::tr("%1 is empty.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        if (uchar *p = file.map(0, file.size())) {
            bytes = QByteArrayView(reinterpret_cast<const char *>(p), file.size());
            return true;
        }
        copy = file.readAll();
        if (copy.size() != file.size()) {
            *error = ContactImporter::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
        bytes = copy;
        return true;
    }
};

// Opens, decodes and reads the header. Fills *error (file-level failures) or returns the reader.
struct OpenedCsv
{
    FileBytes file;
    QByteArray decoded;
    QByteArrayView utf8;
    CsvReader::Encoding encoding = CsvReader::Encoding::Utf8;
    CsvReader reader;
    QStringList header;
    QStringList sheets;   // a workbook's
    QString sheet;        // the sheet read; empty for CSV

    bool open(const QString &path, QString *error, const QString &sheetName = {})
    {
        if (XlsxReader::isWorkbook(path)) {
            if (Workspace::isOpenWorkspaceFile(path)) {
                *error = Workspace::openWorkspaceFileError(path);
                return false;
            }
            auto workbook = XlsxReader::read(path, sheetName);
            if (!workbook) {
                *error = workbook.error();
                sheets = XlsxReader::sheetNames(path);   // another sheet may still be chosen
                sheet = sheetName.isEmpty() ? sheets.value(0) : sheetName;
                return false;
            }
            sheets = workbook->sheets;
            sheet = workbook->name;
            decoded = std::move(workbook->csv);
            utf8 = decoded;
            reader = CsvReader(utf8, ',');
        } else {
            if (!sheetName.isEmpty()) {
                *error = ContactImporter::tr("%1 is a CSV file, which has no sheets; leave the sheet out.")
                             .arg(QFileInfo(path).fileName());
                return false;
            }
            if (!file.open(path, error))
                return false;
            if (!CsvReader::decode(file.bytes, QFileInfo(path).fileName(), &utf8, &decoded, &encoding, error))
                return false;
            reader = CsvReader(utf8);
        }
        if (!reader.next(&header)) {
            *error = reader.hasError()
                ? ContactImporter::tr("%1: %2").arg(QFileInfo(path).fileName(), reader.error())
                : ContactImporter::tr("%1 has no header row.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        if (const QString problem = reader.recordProblem(); !problem.isEmpty()) {
            *error = ContactImporter::tr("%1, line %2 (the header): %3. Is this a contacts CSV file?")
                         .arg(QFileInfo(path).fileName())
                         .arg(reader.line())
                         .arg(problem);
            return false;
        }
        for (QString &h : header)
            h = h.trimmed();
        return true;
    }
};
} // namespace

QList<ColumnRole> ContactImporter::suggestMapping(const QStringList &header)
{
    return ImportMapping::suggest(header);
}

CsvPreview ContactImporter::preview(const QString &path, int rows, const QString &sheet)
{
    CsvPreview preview;
    OpenedCsv csv;
    const bool opened = csv.open(path, &preview.error, sheet);
    preview.sheets = csv.sheets;
    preview.sheet = csv.sheet;
    if (!opened)
        return preview;
    preview.encoding = csv.sheet.isEmpty() ? CsvReader::encodingName(csv.encoding) : tr("Excel workbook");
    preview.separator = QLatin1Char(csv.reader.separator());
    preview.header = csv.header;
    preview.mapping = suggestMapping(csv.header);
    QStringList fields;
    while (preview.rows.size() < rows && csv.reader.next(&fields))
        preview.rows.append(fields);
    if (csv.reader.hasError() && preview.rows.size() < rows)
        preview.error = csv.reader.error();
    else if (std::none_of(preview.mapping.cbegin(), preview.mapping.cend(),
                          [](const ColumnRole &r) { return r.kind == ColumnRole::Kind::Phone; }))
        preview.error = tr("No column looks like a phone number; the header is: %1")
                            .arg(ErrorText::elide(csv.header.join(u", "), 200));
    return preview;
}

bool ContactImporter::writeRejected(const QString &path, const QStringList &header, const QList<RejectedRow> &rows,
                                    QString *error)
{
    CsvWriter writer;
    if (!writer.open(path, error))
        return false;
    writer.writeRow(header + QStringList {QStringLiteral("line"), QStringLiteral("reason")});
    for (const RejectedRow &r : rows) {
        QStringList cells = r.fields;
        // Line and reason stay under their header even when the row was short or had too many values.
        while (cells.size() < header.size())
            cells.append(QString());
        cells.insert(header.size(), QString::number(r.line));
        cells.insert(header.size() + 1, r.reason);
        writer.writeRow(cells);
    }
    return writer.close(error);
}

ImportResult ContactImporter::run(Workspace &workspace, const QString &path, const ImportOptions &options,
                                  const Progress &progress)
{
    ImportResult result;
    OpenedCsv csv;
    if (!csv.open(path, &result.error, options.sheet))
        return result;
    result.header = csv.header;
    result.sheet = csv.sheet;

    const QList<ColumnRole> roles = ImportMapping::complete(csv.header, options.mapping);
    if (std::none_of(roles.cbegin(), roles.cend(), [](const ColumnRole &r) { return r.kind == ColumnRole::Kind::Phone; })) {
        result.error = tr("No column looks like a phone number; the header is: %1")
                           .arg(ErrorText::elide(csv.header.join(u", "), 200));
        return result;
    }
    if (!options.defaultRegion.isEmpty() && !PhoneNormalizer::isKnownRegion(options.defaultRegion)) {
        result.error = tr("%1 is not a region code Herald knows; use a two-letter ISO code such as IN, DE or BR.")
                           .arg(options.defaultRegion);
        return result;
    }

    ImportWriter writer(workspace.database());
    ServerImportWriter serverWriter(workspace.database());   // a PostgreSQL workspace's
    const bool server = SqlDialect::isPostgres(workspace.database());
    if (!(server ? serverWriter.open(&result.error) : writer.open(&result.error))) {
        result.error = tr("Cannot prepare the import: %1").arg(result.error);
        return result;
    }
    CsvWriter errors;
    if (!options.errorsPath.isEmpty()) {
        if (!errors.open(options.errorsPath, &result.error))
            return result;
        errors.writeRow(csv.header + QStringList {QStringLiteral("line"), QStringLiteral("reason")});
    }

    const QString defaultSource = !options.optInSource.isEmpty()
        ? options.optInSource
        : QStringLiteral("import %1").arg(QFileInfo(path).fileName());
    ImportReader reader(csv.reader, csv.header, roles, options, defaultSource.toUtf8());
    if (csv.file.copy.isEmpty() && csv.decoded.isEmpty())
        reader.setMapping(csv.file.bytes.data(), csv.file.bytes.size() - csv.utf8.size());
    auto readNext = [&reader] { return reader.next(); };

    const qint64 total = csv.utf8.size();
    QFuture<ImportBatch> pending = QtConcurrent::run(readNext);
    QElapsedTimer clock;
    qint64 waitedNs = 0;
    qint64 writingNs = 0;
    for (;;) {
        clock.start();
        const ImportBatch batch = pending.takeResult();
        waitedNs += clock.nsecsElapsed();
        const bool last = batch.atEnd;
        if (!last)
            pending = QtConcurrent::run(readNext);  // the worker reads on while this thread writes
        result.rows += batch.rows;
        if (!batch.error.isEmpty()) {
            result.error = tr("%1: %2 Nothing after the last committed batch was imported.")
                               .arg(QFileInfo(path).fileName(), batch.error);
            break;
        }
        if (result.committedRows == 0 && batch.endPosition > 0)   // the first batch tells the size of the import
            writer.bulkLoadIfLarge(batch.rows * total / batch.endPosition);
        qint64 imported = 0;
        clock.start();
        const bool written = batch.contacts.isEmpty()
            || (server ? serverWriter.write(batch, &imported, &result.error) : writer.write(batch, &imported, &result.error));
        writingNs += clock.nsecsElapsed();
        if (!written)
            break;
        qint64 fresh = 0;
        for (const ImportContact &c : batch.contacts)
            fresh += c.seenInEarlierBatch ? 0 : 1;
        result.imported += imported;
        result.updated += fresh - imported;
        result.duplicates += batch.duplicates;
        result.rejected += batch.rejected.size();
        result.committedRows += batch.rows;
        for (const RejectedRow &r : batch.rejected) {
            if (result.rejectedSample.size() < kRejectedSampleSize)
                result.rejectedSample.append(r);
            if (errors.isOpen()) {
                QStringList cells = r.fields;
                while (cells.size() < csv.header.size())
                    cells.append(QString());
                cells.insert(csv.header.size(), QString::number(r.line));
                cells.insert(csv.header.size() + 1, r.reason);
                errors.writeRow(cells);
            }
        }
        if (progress && !progress(last ? total : batch.endPosition, total)) {
            result.cancelled = !last;
            break;
        }
        if (last)
            break;
    }
    if (pending.isValid())
        pending.waitForFinished();  // a batch read ahead of a cancel or a failure is dropped
    if (QString error; !writer.finish(&error))   // the import itself stands; the next open builds them
        qCWarning(lcImport).noquote() << error;

    if (errors.isOpen()) {
        QString error;
        if (!errors.close(&error) && result.error.isEmpty())
            result.error = error;
    }
    qCDebug(lcImport) << "waited for the reader" << waitedNs / 1000000 << "ms, wrote for" << writingNs / 1000000 << "ms";
    qCInfo(lcImport) << "imported" << path << "rows" << result.rows << "new" << result.imported << "updated"
                     << result.updated << "duplicates" << result.duplicates << "rejected" << result.rejected
                     << (result.cancelled ? "cancelled" : "") << result.error;
    return result;
}
