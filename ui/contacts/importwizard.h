#pragma once

#include "models/contacts/contactimporter.h"

#include <QFutureWatcher>
#include <QTemporaryDir>
#include <QWizard>
#include <atomic>
#include <memory>
#include <optional>

class Workspace;

// File › Import contacts: choose a CSV file (its encoding and separator are detected) or an Excel workbook and its
// sheet, map its columns
// (Phone, Name, Tags…) and set what applies to every row (default region, tags, opt-in), then run the
// import on a worker thread with progress and cancel, and show what happened.
//
// Tests drive it without dialogs: setFilePath(), next(), next(), then wait for isImportFinished().
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePageId, MappingPageId, RunPageId };

    explicit ImportWizard(Workspace &workspace, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Sets the file and reads its preview at once (no file dialog).
    void setFilePath(const QString &path);
    // An Excel workbook's sheet to import (the first until set); reads its preview at once.
    void setSheet(const QString &sheet);
    QString filePath() const;
    const CsvPreview &preview() const { return m_preview; }

    // The options the mapping page currently describes.
    ImportOptions options() const;
    // Rows per transaction (and so the granularity of Cancel); 0 keeps the importer's default.
    void setBatchSize(int rows) { m_batchSize = rows; }

    bool isImportRunning() const { return m_watcher.isRunning(); }
    bool isImportFinished() const { return m_result.has_value(); }
    std::optional<ImportResult> importResult() const { return m_result; }
    // Asks the running import to stop after the current batch; what was committed stays.
    void cancelImport();

    // Writes every rejected row (original columns, line and reason) to path.
    bool saveRejectedRows(const QString &path, QString *error) const;

    void reject() override;

Q_SIGNALS:
    void previewChanged();
    void importProgress(qint64 done, qint64 total);
    // The worker ended (finished, cancelled or failed); importResult() holds the outcome.
    void importFinished();
    // The import committed rows to the workspace: views over contacts should reload.
    void contactsImported();

private:
    friend class ImportFilePage;
    friend class ImportMappingPage;
    friend class ImportRunPage;

    void loadPreview(const QString &path, const QString &sheet = {});
    void startImport();
    void onImportFinished();
    QString rejectedFilePath() const;

    Workspace &m_workspace;
    CsvPreview m_preview;
    QString m_previewPath;
    ImportOptions m_options;
    QFutureWatcher<ImportResult> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::optional<ImportResult> m_result;
    QTemporaryDir m_tempDir;

    class ImportFilePage *m_filePage = nullptr;
    class ImportMappingPage *m_mappingPage = nullptr;
    class ImportRunPage *m_runPage = nullptr;
    int m_batchSize = 0;
};
