#pragma once

#include <QTimer>
#include <QWizardPage>

class ImportWizard;
class QComboBox;
class QLabel;
class QLineEdit;

// The import wizard's first page: the CSV file or Excel workbook to import (typed, pasted or browsed for), a
// workbook's sheet, with its detected encoding, separator and column count, or why it cannot be read.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard *wizard);

    // Sets the path and reads the file's preview at once.
    void setPath(const QString &path);
    QString path() const;

    bool isComplete() const override;
    bool validatePage() override;

private:
    void apply();
    void browseForFile();
    void showPreview();

    ImportWizard *m_wizard;
    QLineEdit *m_path = nullptr;
    QLabel *m_sheetLabel = nullptr;
    QComboBox *m_sheet = nullptr;   // an Excel workbook's sheets
    QLabel *m_info = nullptr;
    QLabel *m_error = nullptr;
    QTimer m_debounce;
};
