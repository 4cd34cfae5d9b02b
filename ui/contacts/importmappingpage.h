#pragma once

#include "models/contacts/contactimporter.h"

#include <QWizardPage>

class ImportWizard;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

// The import wizard's second page: the file's first rows under a combo box per column saying what the
// column holds (exactly one must be the phone number), and what applies to every row: the default region
// for numbers without a country code, tags to add, and opt-in with where it was given.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override { return m_valid; }
    bool validatePage() override;

    // The options the page describes now.
    ImportOptions options() const;

private:
    void validate();

    ImportWizard *m_wizard;
    QTableWidget *m_table = nullptr;
    QList<QComboBox *> m_combos;
    QComboBox *m_region = nullptr;
    QLineEdit *m_tags = nullptr;
    QCheckBox *m_optedIn = nullptr;
    QLineEdit *m_source = nullptr;
    QLabel *m_error = nullptr;
    bool m_valid = false;
};
