#include "ui/contacts/importfilepage.h"

#include "ui/contacts/importpagehelpers.h"
#include "ui/contacts/importwizard.h"
#include "ui/filedialogs.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using ImportPageHelpers::number;

namespace {

QString separatorName(QChar separator)
{
    if (separator == QLatin1Char(','))
        return ImportWizard::tr("comma");
    if (separator == QLatin1Char(';'))
        return ImportWizard::tr("semicolon");
    if (separator == QLatin1Char('\t'))
        return ImportWizard::tr("tab");
    return QStringLiteral("“%1”").arg(separator);
}

} // namespace

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : m_wizard(wizard)
{
    setTitle(ImportWizard::tr("Choose a file"));
    setSubTitle(ImportWizard::tr("A CSV file or an Excel workbook (.xlsx) with one contact per row and a header "
                                 "row. Comma, semicolon and tab separated files in UTF-8 or Windows-1252 are "
                                 "recognised."));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("filePath"));
    m_path->setPlaceholderText(ImportWizard::tr("Path to a .csv or .xlsx file"));
    m_path->setClearButtonEnabled(true);
    auto *browse = new QPushButton(ImportWizard::tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));

    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(QStringLiteral("sheetCombo"));
    m_sheet->setAccessibleName(ImportWizard::tr("Sheet"));
    m_sheetLabel = new QLabel(ImportWizard::tr("&Sheet:"), this);
    m_sheetLabel->setBuddy(m_sheet);

    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("previewInfo"));
    m_info->setWordWrap(true);
    m_error = ImportPageHelpers::errorLabel(QStringLiteral("previewError"), this);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);

    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *layout = new QVBoxLayout(this);
    auto *fileLabel = new QLabel(ImportWizard::tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    layout->addWidget(fileLabel);
    layout->addLayout(row);
    auto *sheetRow = new QHBoxLayout;
    sheetRow->addWidget(m_sheetLabel);
    sheetRow->addWidget(m_sheet, 1);
    layout->addLayout(sheetRow);
    layout->addSpacing(8);
    layout->addWidget(m_info);
    layout->addWidget(m_error);
    layout->addStretch();

    connect(m_path, &QLineEdit::textEdited, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_path, &QLineEdit::editingFinished, this, [this] { apply(); });
    connect(&m_debounce, &QTimer::timeout, this, [this] { apply(); });
    connect(browse, &QPushButton::clicked, this, [this] { browseForFile(); });
    connect(m_sheet, &QComboBox::activated, this, [this] { m_wizard->loadPreview(path(), m_sheet->currentText()); });
    connect(wizard, &ImportWizard::previewChanged, this, [this] { showPreview(); });
    showPreview();
}

void ImportFilePage::setPath(const QString &path)
{
    m_debounce.stop();
    m_path->setText(path);
    apply();
}

QString ImportFilePage::path() const
{
    return m_path->text().trimmed();
}

bool ImportFilePage::isComplete() const
{
    const CsvPreview &p = m_wizard->m_preview;
    return !path().isEmpty() && m_wizard->m_previewPath == path() && p.error.isEmpty() && !p.header.isEmpty();
}

bool ImportFilePage::validatePage()
{
    // The file may have changed since it was chosen: look again before mapping its columns.
    m_wizard->loadPreview(path(), m_wizard->m_preview.sheet);
    return isComplete();
}

void ImportFilePage::apply()
{
    m_debounce.stop();
    if (path() != m_wizard->m_previewPath)
        m_wizard->loadPreview(path());
}

void ImportFilePage::browseForFile()
{
    const QString start = FileDialogs::lastFolder(FileDialogs::Folder::ContactsImport);
    const QString file = FileDialogs::getOpenFileName(
        this, ImportWizard::tr("Import contacts"), path().isEmpty() ? start : path(),
        ImportWizard::tr("Contact files (*.csv *.tsv *.txt *.xlsx);;CSV files (*.csv *.tsv *.txt);;Excel workbooks "
                         "(*.xlsx);;All files (*)"));
    if (file.isEmpty())
        return;
    FileDialogs::rememberFolder(FileDialogs::Folder::ContactsImport, file);
    setPath(QDir::toNativeSeparators(file));
}

void ImportFilePage::showPreview()
{
    const CsvPreview &p = m_wizard->m_preview;
    {
        const QSignalBlocker blocker(m_sheet);
        m_sheet->clear();
        m_sheet->addItems(p.sheets);
        m_sheet->setCurrentText(p.sheet);
    }
    m_sheet->setVisible(!p.sheets.isEmpty());
    m_sheetLabel->setVisible(!p.sheets.isEmpty());
    if (m_wizard->m_previewPath.isEmpty()) {
        m_info->clear();
        m_error->clear();
    } else if (!p.error.isEmpty()) {
        m_info->clear();
        m_error->setText(p.error);
    } else {
        m_error->clear();
        if (p.sheets.isEmpty())
            m_info->setText(ImportWizard::tr("Encoding: %1\nSeparator: %2\nColumns: %3")
                                .arg(p.encoding, separatorName(p.separator), number(p.header.size())));
        else
            m_info->setText(ImportWizard::tr("Excel workbook, sheet “%1” of %2\nColumns: %3")
                                .arg(p.sheet, number(p.sheets.size()), number(p.header.size())));
    }
    Q_EMIT completeChanged();
}
