#include "ui/contacts/importmappingpage.h"

#include "models/contacts/contactstore.h"
#include "models/contacts/phonenormalizer.h"
#include "models/storage/workspace.h"
#include "ui/contacts/importpagehelpers.h"
#include "ui/contacts/importwizard.h"
#include "ui/settings/regionbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace {

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

} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : m_wizard(wizard)
{
    setTitle(ImportWizard::tr("Map the columns"));
    setSubTitle(ImportWizard::tr("Choose what each column holds. Exactly one column must hold the phone "
                                 "number; columns kept as attributes can be used in message templates."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, ImportWizard::tr("&Import"));

    m_table = new QTableWidget(this);
    m_table->setAccessibleName(tr("Columns of the file"));
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("defaultRegion"));
    RegionBox::fillRegions(m_region, ImportWizard::tr("None: numbers include the country code"));
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

    m_error = ImportPageHelpers::errorLabel(QStringLiteral("mappingError"), this);

    auto *form = new QFormLayout;
    form->addRow(ImportWizard::tr("Default &region:"), m_region);
    form->addRow(ImportWizard::tr("&Add tags:"), m_tags);
    form->addRow(QString(), m_optedIn);
    form->addRow(ImportWizard::tr("Opt-in &source:"), m_source);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);

    // Settings → Default region (the last import's choice), else the computer's territory.
    const int regionIndex = m_region->findData(RegionBox::current());
    m_region->setCurrentIndex(regionIndex < 0 ? 0 : regionIndex);

    connect(m_optedIn, &QCheckBox::toggled, this, [this](bool on) {
        m_source->setEnabled(on);
        validate();
    });
    connect(m_source, &QLineEdit::textChanged, this, [this] { validate(); });
}

void ImportMappingPage::initializePage()
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
        rowLabels.append(ImportPageHelpers::number(r));
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

bool ImportMappingPage::validatePage()
{
    RegionBox::setChosen(m_region->currentData().toString());
    return m_valid;
}

ImportOptions ImportMappingPage::options() const
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

void ImportMappingPage::validate()
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
