#include "importwizard.h"

#include "contactstore.h"
#include "messagebox.h"
#include "phonenormalizer.h"
#include "workspace.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {

const QString kRegionKey = QStringLiteral("import/defaultRegion");
const QString kDirectoryKey = QStringLiteral("import/lastDirectory");

QString number(qint64 n)
{
    return QLocale().toString(n);
}

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

QLabel *errorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, QColor(0xa8, 0x1f, 0x1f));
    label->setPalette(pal);
    return label;
}

struct KindChoice
{
    ColumnRole::Kind kind;
    const char *label;
};

// The order the mapping combo boxes list the choices in.
constexpr KindChoice kKinds[] = {
    {ColumnRole::Kind::Phone, QT_TRANSLATE_NOOP("ImportWizard", "Phone")},
    {ColumnRole::Kind::Name, QT_TRANSLATE_NOOP("ImportWizard", "Name")},
    {ColumnRole::Kind::FirstName, QT_TRANSLATE_NOOP("ImportWizard", "First name")},
    {ColumnRole::Kind::LastName, QT_TRANSLATE_NOOP("ImportWizard", "Last name")},
    {ColumnRole::Kind::OptedIn, QT_TRANSLATE_NOOP("ImportWizard", "Opted in")},
    {ColumnRole::Kind::OptInSource, QT_TRANSLATE_NOOP("ImportWizard", "Opt-in source")},
    {ColumnRole::Kind::Tags, QT_TRANSLATE_NOOP("ImportWizard", "Tags")},
    {ColumnRole::Kind::Attribute, QT_TRANSLATE_NOOP("ImportWizard", "Attribute")},
    {ColumnRole::Kind::Ignore, QT_TRANSLATE_NOOP("ImportWizard", "Ignore")},
};

void fillRegions(QComboBox *combo)
{
    struct Region
    {
        QString name;
        QString code;
    };
    QList<Region> regions;
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = static_cast<QLocale::Territory>(t);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() != 2 || !PhoneNormalizer::isKnownRegion(code))
            continue;
        regions.append({QLocale::territoryToString(territory), code});
    }
    QCollator collator;
    std::sort(regions.begin(), regions.end(),
              [&collator](const Region &a, const Region &b) { return collator.compare(a.name, b.name) < 0; });
    combo->addItem(ImportWizard::tr("None: numbers include the country code"), QString());
    for (const Region &r : std::as_const(regions))
        combo->addItem(QStringLiteral("%1 (%2)").arg(r.name, r.code), r.code);
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------------

class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard *wizard)
        : m_wizard(wizard)
    {
        setTitle(ImportWizard::tr("Choose a file"));
        setSubTitle(ImportWizard::tr("A CSV file with one contact per row and a header row. Comma, semicolon and "
                                     "tab separated files in UTF-8 or Windows-1252 are recognised."));

        m_path = new QLineEdit(this);
        m_path->setObjectName(QStringLiteral("filePath"));
        m_path->setPlaceholderText(ImportWizard::tr("Path to a .csv file"));
        m_path->setClearButtonEnabled(true);
        auto *browse = new QPushButton(ImportWizard::tr("Browse…"), this);
        browse->setObjectName(QStringLiteral("browseButton"));

        m_info = new QLabel(this);
        m_info->setObjectName(QStringLiteral("previewInfo"));
        m_info->setWordWrap(true);
        m_error = errorLabel(QStringLiteral("previewError"), this);

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
        layout->addSpacing(8);
        layout->addWidget(m_info);
        layout->addWidget(m_error);
        layout->addStretch();

        connect(m_path, &QLineEdit::textEdited, &m_debounce, qOverload<>(&QTimer::start));
        connect(m_path, &QLineEdit::editingFinished, this, [this] { apply(); });
        connect(&m_debounce, &QTimer::timeout, this, [this] { apply(); });
        connect(browse, &QPushButton::clicked, this, [this] { browseForFile(); });
        connect(wizard, &ImportWizard::previewChanged, this, [this] { showPreview(); });
        showPreview();
    }

    void setPath(const QString &path)
    {
        m_debounce.stop();
        m_path->setText(path);
        apply();
    }
    QString path() const { return m_path->text().trimmed(); }

    bool isComplete() const override
    {
        const CsvPreview &p = m_wizard->m_preview;
        return !path().isEmpty() && m_wizard->m_previewPath == path() && p.error.isEmpty() && !p.header.isEmpty();
    }

    bool validatePage() override
    {
        // The file may have changed since it was chosen: look again before mapping its columns.
        m_wizard->loadPreview(path());
        return isComplete();
    }

private:
    void apply()
    {
        m_debounce.stop();
        if (path() != m_wizard->m_previewPath)
            m_wizard->loadPreview(path());
    }

    void browseForFile()
    {
        QSettings settings;
        const QString start = settings.value(kDirectoryKey, QStandardPaths::writableLocation(
                                                                QStandardPaths::DocumentsLocation))
                                  .toString();
        const QString file = QFileDialog::getOpenFileName(
            this, ImportWizard::tr("Import contacts"), path().isEmpty() ? start : path(),
            ImportWizard::tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
        if (file.isEmpty())
            return;
        settings.setValue(kDirectoryKey, QFileInfo(file).absolutePath());
        setPath(QDir::toNativeSeparators(file));
    }

    void showPreview()
    {
        const CsvPreview &p = m_wizard->m_preview;
        if (m_wizard->m_previewPath.isEmpty()) {
            m_info->clear();
            m_error->clear();
        } else if (!p.error.isEmpty()) {
            m_info->clear();
            m_error->setText(p.error);
        } else {
            m_error->clear();
            m_info->setText(ImportWizard::tr("Encoding: %1\nSeparator: %2\nColumns: %3")
                                .arg(p.encoding, separatorName(p.separator), number(p.header.size())));
        }
        Q_EMIT completeChanged();
    }

    ImportWizard *m_wizard;
    QLineEdit *m_path = nullptr;
    QLabel *m_info = nullptr;
    QLabel *m_error = nullptr;
    QTimer m_debounce;
};

// ---------------------------------------------------------------------------------------------------------------------

class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard *wizard)
        : m_wizard(wizard)
    {
        setTitle(ImportWizard::tr("Map the columns"));
        setSubTitle(ImportWizard::tr("Choose what each column holds. Exactly one column must hold the phone "
                                     "number; columns kept as attributes can be used in message templates."));
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, ImportWizard::tr("&Import"));

        m_table = new QTableWidget(this);
        m_table->setObjectName(QStringLiteral("mappingTable"));
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_table->setSelectionMode(QAbstractItemView::NoSelection);
        m_table->setFocusPolicy(Qt::NoFocus);
        m_table->setWordWrap(false);
        m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

        m_region = new QComboBox(this);
        m_region->setObjectName(QStringLiteral("defaultRegion"));
        fillRegions(m_region);
        m_region->setToolTip(ImportWizard::tr("The country of numbers written without a country code."));

        m_tags = new QLineEdit(this);
        m_tags->setObjectName(QStringLiteral("tags"));
        m_tags->setPlaceholderText(ImportWizard::tr("Comma-separated, e.g. newsletter, trade-fair"));
        QString ignored;
        auto *completer = new QCompleter(ContactStore(wizard->m_workspace.database()).tagNames(&ignored), m_tags);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        m_tags->setCompleter(completer);

        m_optedIn = new QCheckBox(ImportWizard::tr("Mark all imported contacts as &opted in"), this);
        m_optedIn->setObjectName(QStringLiteral("optedIn"));
        m_source = new QLineEdit(this);
        m_source->setObjectName(QStringLiteral("optInSource"));
        m_source->setPlaceholderText(ImportWizard::tr("Where they agreed, e.g. website sign-up form"));
        m_source->setEnabled(false);

        m_error = errorLabel(QStringLiteral("mappingError"), this);

        auto *form = new QFormLayout;
        form->addRow(ImportWizard::tr("Default &region:"), m_region);
        form->addRow(ImportWizard::tr("&Add tags:"), m_tags);
        form->addRow(QString(), m_optedIn);
        form->addRow(ImportWizard::tr("Opt-in &source:"), m_source);

        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_table, 1);
        layout->addLayout(form);
        layout->addWidget(m_error);

        const QString savedRegion = QSettings().value(kRegionKey).toString();
        const QString region = savedRegion.isEmpty() && QLocale::system().territory() != QLocale::AnyTerritory
            ? QLocale::territoryToCode(QLocale::system().territory())
            : savedRegion;
        const int regionIndex = m_region->findData(region);
        m_region->setCurrentIndex(regionIndex < 0 ? 0 : regionIndex);

        connect(m_optedIn, &QCheckBox::toggled, this, [this](bool on) {
            m_source->setEnabled(on);
            validate();
        });
        connect(m_source, &QLineEdit::textChanged, this, [this] { validate(); });
    }

    void initializePage() override
    {
        const CsvPreview &p = m_wizard->m_preview;
        qDeleteAll(m_combos);
        m_combos.clear();
        m_table->clear();
        const int columns = int(p.header.size());
        const int rows = int(qMin<qsizetype>(p.rows.size(), 10));
        m_table->setColumnCount(columns);
        m_table->setRowCount(rows + 1);
        m_table->setHorizontalHeaderLabels(p.header);
        QStringList rowLabels{ImportWizard::tr("Import as")};
        for (int r = 1; r <= rows; ++r)
            rowLabels.append(number(r));
        m_table->setVerticalHeaderLabels(rowLabels);

        for (int c = 0; c < columns; ++c) {
            auto *combo = new QComboBox;
            combo->setObjectName(QStringLiteral("mapping_%1").arg(c));
            for (const KindChoice &k : kKinds)
                combo->addItem(ImportWizard::tr(k.label), int(k.kind));
            const ColumnRole role = c < p.mapping.size() ? p.mapping.at(c) : ColumnRole{};
            combo->setCurrentIndex(qMax(0, combo->findData(int(role.kind))));
            connect(combo, &QComboBox::currentIndexChanged, this, [this] { validate(); });
            m_table->setCellWidget(0, c, combo);
            m_combos.append(combo);
            for (int r = 0; r < rows; ++r) {
                const QStringList &fields = p.rows.at(r);
                auto *item = new QTableWidgetItem(c < fields.size() ? fields.at(c) : QString());
                m_table->setItem(r + 1, c, item);
            }
        }
        const int comboHeight = m_combos.isEmpty() ? 0 : m_combos.first()->sizeHint().height();
        m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
        m_table->setRowHeight(0, comboHeight + 4);
        m_table->resizeColumnsToContents();
        for (int c = 0; c < columns; ++c)
            m_table->setColumnWidth(c, qBound(m_combos.at(c)->sizeHint().width() + 4, m_table->columnWidth(c), 260));
        validate();
    }

    bool isComplete() const override { return m_valid; }

    bool validatePage() override
    {
        QSettings().setValue(kRegionKey, m_region->currentData().toString());
        return m_valid;
    }

    ImportOptions options() const
    {
        ImportOptions o;
        o.defaultRegion = m_region->currentData().toString();
        for (const QString &tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!tag.trimmed().isEmpty())
                o.tags.append(tag.trimmed());
        }
        o.optedIn = m_optedIn->isChecked();
        o.optInSource = o.optedIn ? m_source->text().trimmed() : QString();
        const QStringList &header = m_wizard->m_preview.header;
        for (int c = 0; c < m_combos.size(); ++c) {
            ColumnRole role;
            role.kind = static_cast<ColumnRole::Kind>(m_combos.at(c)->currentData().toInt());
            if (role.kind == ColumnRole::Kind::Attribute)
                role.attribute = c < header.size() ? header.at(c) : QString();
            o.mapping.append(role);
        }
        return o;
    }

private:
    void validate()
    {
        int phones = 0;
        for (const QComboBox *combo : std::as_const(m_combos)) {
            if (combo->currentData().toInt() == int(ColumnRole::Kind::Phone))
                ++phones;
        }
        QString problem;
        if (phones == 0)
            problem = ImportWizard::tr("Choose the column that holds the phone number.");
        else if (phones > 1)
            problem = ImportWizard::tr("Only one column can hold the phone number; set the others to Attribute or "
                                       "Ignore.");
        else if (m_optedIn->isChecked() && m_source->text().trimmed().isEmpty())
            problem = ImportWizard::tr("Say where these contacts opted in: WhatsApp requires a record of consent.");
        m_error->setText(problem);
        const bool valid = problem.isEmpty();
        if (valid != m_valid) {
            m_valid = valid;
            Q_EMIT completeChanged();
        }
    }

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

// ---------------------------------------------------------------------------------------------------------------------

class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard *wizard)
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

    void initializePage() override
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

    bool isComplete() const override { return m_wizard->isImportFinished(); }

private:
    void showResult()
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

    void saveRejected()
    {
        const QString start = QFileInfo(m_wizard->filePath()).absoluteDir().filePath(
            QFileInfo(m_wizard->filePath()).completeBaseName() + QStringLiteral("-rejected.csv"));
        const QString path = QFileDialog::getSaveFileName(this, ImportWizard::tr("Save rejected rows"), start,
                                                          ImportWizard::tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!m_wizard->saveRejectedRows(path, &error))
            MessageBox::critical(this, ImportWizard::tr("Save rejected rows"), error);
    }

    ImportWizard *m_wizard;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_rejected = nullptr;
    QPushButton *m_save = nullptr;
};

// ---------------------------------------------------------------------------------------------------------------------

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

QString ImportWizard::filePath() const
{
    return m_filePage->path();
}

ImportOptions ImportWizard::options() const
{
    return m_mappingPage->options();
}

void ImportWizard::loadPreview(const QString &path)
{
    m_previewPath = path;
    if (path.isEmpty())
        m_preview = {};
    else
        m_preview = ContactImporter::preview(path);
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

#include "importwizard.moc"
