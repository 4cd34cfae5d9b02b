#include "ui/contacts/importwizard.h"

#include "models/storage/workspace.h"
#include "ui/accessibility.h"
#include "ui/contacts/importfilepage.h"
#include "ui/contacts/importmappingpage.h"
#include "ui/contacts/importrunpage.h"

#include <QDir>
#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

ImportWizard::ImportWizard(Workspace &workspace, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import Contacts"));
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::NoBackButtonOnLastPage | QWizard::NoBackButtonOnStartPage);

    m_filePage = new ImportFilePage(this);
    m_mappingPage = new ImportMappingPage(this);
    m_runPage = new ImportRunPage(this);
    setPage(FilePageId, m_filePage);
    setPage(MappingPageId, m_mappingPage);
    setPage(RunPageId, m_runPage);
    setStartId(FilePageId);
    Accessibility::leaveTablesWithTab(this);
    Accessibility::nameFieldsByTheirLabels(this);

    connect(&m_watcher, &QFutureWatcher<ImportResult>::finished, this, [this] { onImportFinished(); });
    resize(760, 560);
}

ImportWizard::~ImportWizard()
{
    if (m_watcher.isRunning()) {
        cancelImport();
        m_watcher.waitForFinished();
    }
}

void ImportWizard::setFilePath(const QString &path)
{
    m_filePage->setPath(path);
}

void ImportWizard::setSheet(const QString &sheet)
{
    loadPreview(filePath(), sheet);
}

QString ImportWizard::filePath() const
{
    return m_filePage->path();
}

ImportOptions ImportWizard::options() const
{
    return m_mappingPage->options();
}

void ImportWizard::loadPreview(const QString &path, const QString &sheet)
{
    m_previewPath = path;
    if (path.isEmpty())
        m_preview = {};
    else
        m_preview = ContactImporter::preview(path, 20, sheet);
    Q_EMIT previewChanged();
}

QString ImportWizard::rejectedFilePath() const
{
    return m_tempDir.isValid() ? m_tempDir.filePath(QStringLiteral("rejected.csv")) : QString();
}

void ImportWizard::startImport()
{
    if (m_watcher.isRunning())
        return;
    m_result.reset();
    m_options = options();
    m_options.errorsPath = rejectedFilePath();
    m_options.sheet = m_preview.sheet;   // the sheet previewed and mapped (empty for CSV)
    if (m_batchSize > 0)
        m_options.batchSize = m_batchSize;
    m_cancel = std::make_shared<std::atomic<bool>>(false);

    Workspace *workspace = &m_workspace;
    const QString path = filePath();
    const ImportOptions options = m_options;
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    // The importer writes through workspace.database(), so this thread gets its own connection; the
    // wizard's destructor waits for the worker, so `this` outlives every queued progress call.
    m_watcher.setFuture(QtConcurrent::run([this, workspace, path, options, cancel] {
        const ImportResult result = ContactImporter::run(*workspace, path, options, [this, cancel](qint64 done,
                                                                                                     qint64 total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { Q_EMIT importProgress(done, total); }, Qt::QueuedConnection);
            return !cancel->load();
        });
        workspace->releaseThreadConnection();
        return result;
    }));
}

void ImportWizard::cancelImport()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ImportWizard::onImportFinished()
{
    m_result = m_watcher.result();
    Q_EMIT importFinished();
    if (m_result->committedRows > 0 || m_result->imported > 0 || m_result->updated > 0)
        Q_EMIT contactsImported();
}

bool ImportWizard::saveRejectedRows(const QString &path, QString *error) const
{
    if (!m_result) {
        *error = tr("Nothing was imported yet.");
        return false;
    }
    if (Workspace::isOpenWorkspaceFile(path)) {
        *error = Workspace::openWorkspaceFileError(path);
        return false;
    }
    const QString source = rejectedFilePath();
    if (!source.isEmpty() && QFile::exists(source)) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            *error = tr("Cannot replace %1.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        if (!QFile::copy(source, path)) {
            *error = tr("Cannot write %1. Check the folder and your permissions.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        return true;
    }
    return ContactImporter::writeRejected(path, m_result->header, m_result->rejectedSample, error);
}

void ImportWizard::reject()
{
    // Closing while the worker runs would leave it writing; stop it and show what was kept instead.
    if (m_watcher.isRunning()) {
        cancelImport();
        return;
    }
    QWizard::reject();
}
