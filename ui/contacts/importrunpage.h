#pragma once

#include <QWizardPage>

class ImportWizard;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

// The import wizard's last page: runs the import with progress and cancel, then says what happened to the
// file's rows and lists the rejected ones, which can be saved for fixing.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

private:
    void showResult();
    void saveRejected();

    ImportWizard *m_wizard;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_rejected = nullptr;
    QPushButton *m_save = nullptr;
};
