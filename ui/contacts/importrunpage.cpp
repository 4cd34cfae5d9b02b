#include "ui/contacts/importrunpage.h"

#include "ui/contacts/importpagehelpers.h"
#include "ui/contacts/importwizard.h"
#include "ui/filedialogs.h"
#include "ui/messagebox.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using ImportPageHelpers::number;

ImportRunPage::ImportRunPage(ImportWizard *wizard)
    : m_wizard(wizard)
{
    setTitle(ImportWizard::tr("Importing"));
    setSubTitle(ImportWizard::tr("Rows are saved in batches: cancelling keeps the batches already saved."));
    setFinalPage(true);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_cancel = new QPushButton(ImportWizard::tr("&Cancel import"), this);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_rejected = new QTableWidget(0, 2, this);
    m_rejected->setAccessibleName(tr("Rejected rows"));
    m_rejected->setObjectName(QStringLiteral("rejectedTable"));
    m_rejected->setHorizontalHeaderLabels({ImportWizard::tr("Line"), ImportWizard::tr("Reason")});
    m_rejected->horizontalHeader()->setStretchLastSection(true);
    m_rejected->verticalHeader()->hide();
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejected->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rejected->hide();

    m_save = new QPushButton(ImportWizard::tr("&Save rejected rows…"), this);
    m_save->setObjectName(QStringLiteral("saveRejected"));
    m_save->hide();

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(progressRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_rejected, 1);
    layout->addLayout(saveRow);
    layout->addStretch();

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_wizard->cancelImport();
        m_cancel->setEnabled(false);
        m_status->setText(ImportWizard::tr("Cancelling after the current batch…"));
    });
    connect(m_save, &QPushButton::clicked, this, [this] { saveRejected(); });
    connect(wizard, &ImportWizard::importProgress, this, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(qBound(qint64(0), done * 1000 / total, qint64(1000))) : 0);
    });
    connect(wizard, &ImportWizard::importFinished, this, [this] { showResult(); });
}

void ImportRunPage::initializePage()
{
    wizard()->setOption(QWizard::NoCancelButton, true);
    m_status->setText(ImportWizard::tr("Importing %1…").arg(QFileInfo(m_wizard->filePath()).fileName()));
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_summary->clear();
    m_wizard->startImport();
}

bool ImportRunPage::isComplete() const
{
    return m_wizard->isImportFinished();
}

void ImportRunPage::showResult()
{
    const ImportResult r = *m_wizard->importResult();
    m_progress->hide();
    m_cancel->hide();
    setSubTitle(
        ImportWizard::tr("What happened to the rows of %1.").arg(QFileInfo(m_wizard->filePath()).fileName()));
    setTitle(r.cancelled ? ImportWizard::tr("Import cancelled")
             : r.error.isEmpty() ? ImportWizard::tr("Import finished")
                                 : ImportWizard::tr("Import stopped"));
    if (r.cancelled)
        m_status->setText(ImportWizard::tr("The import was cancelled. The %1 rows committed before it stopped "
                                           "were kept.")
                              .arg(number(r.committedRows)));
    else if (!r.error.isEmpty())
        m_status->setText(ImportWizard::tr("The import stopped: %1\nThe %2 rows committed before the problem "
                                           "were kept.")
                              .arg(r.error, number(r.committedRows)));
    else
        m_status->setText(ImportWizard::tr("All rows of the file were read."));

    QStringList lines;
    lines << ImportWizard::tr("Rows read: %1").arg(number(r.rows))
          << ImportWizard::tr("New contacts: %1").arg(number(r.imported))
          << ImportWizard::tr("Existing contacts updated: %1").arg(number(r.updated))
          << ImportWizard::tr("Repeated numbers within the file (merged): %1").arg(number(r.duplicates))
          << ImportWizard::tr("Rejected rows: %1").arg(number(r.rejected));
    m_summary->setText(lines.join(QLatin1Char('\n')));

    m_rejected->setRowCount(0);
    for (const RejectedRow &row : r.rejectedSample) {
        const int at = m_rejected->rowCount();
        m_rejected->insertRow(at);
        m_rejected->setItem(at, 0, new QTableWidgetItem(number(row.line)));
        m_rejected->setItem(at, 1, new QTableWidgetItem(row.reason));
    }
    m_rejected->resizeColumnToContents(0);
    m_rejected->setVisible(r.rejected > 0);
    m_save->setVisible(r.rejected > 0);
    Q_EMIT completeChanged();
}

void ImportRunPage::saveRejected()
{
    // Beside the imported file the first time, then where rejected rows were last saved.
    const QString name = QFileInfo(m_wizard->filePath()).completeBaseName() + QStringLiteral("-rejected.csv");
    const QString start = FileDialogs::remembers(FileDialogs::Folder::RejectedRows)
        ? FileDialogs::suggestedPath(FileDialogs::Folder::RejectedRows, name)
        : QFileInfo(m_wizard->filePath()).absoluteDir().filePath(name);
    const QString path = FileDialogs::getSaveFileName(this, ImportWizard::tr("Save rejected rows"), start,
                                                      ImportWizard::tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    FileDialogs::rememberFolder(FileDialogs::Folder::RejectedRows, path);
    QString error;
    if (!m_wizard->saveRejectedRows(path, &error))
        MessageBox::critical(this, ImportWizard::tr("Save rejected rows"), error);
}
