// CampaignWizard, page 2: the audience (all / segment / retarget / expression) with its live count.
#include "ui/campaigns/campaignaudiencepage.h"

#include "models/campaigns/audiencetext.h"
#include "models/contacts/contactstore.h"
#include "models/stats/campaignstats.h"
#include "models/storage/workspace.h"
#include "ui/messagebox.h"
#include "ui/picklistdelegate.h"
#include "ui/tonestyle.h"
#include "ui_campaignaudiencepage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QTableWidget>
#include <QWizard>

namespace {

enum SegmentColumn { JoinColumn, NotColumn, KindColumn, KeyColumn, ValueColumn };

QString statLabel(const QString &stat)
{
    static const QHash<QString, const char *> labels {
        { QStringLiteral("attempted"), QT_TRANSLATE_NOOP("CampaignAudiencePage", "attempted") },
        { QStringLiteral("sent"), QT_TRANSLATE_NOOP("CampaignAudiencePage", "sent") },
        { QStringLiteral("delivered"), QT_TRANSLATE_NOOP("CampaignAudiencePage", "delivered") },
        { QStringLiteral("read"), QT_TRANSLATE_NOOP("CampaignAudiencePage", "read") },
        { QStringLiteral("replied"), QT_TRANSLATE_NOOP("CampaignAudiencePage", "replied") },
        { QStringLiteral("failed"), QT_TRANSLATE_NOOP("CampaignAudiencePage", "failed") },
        { QStringLiteral("unqualified"), QT_TRANSLATE_NOOP("CampaignAudiencePage", "unqualified (not on WhatsApp)") },
        { QStringLiteral("pending"), QT_TRANSLATE_NOOP("CampaignAudiencePage", "pending") },
    };
    return QCoreApplication::translate("CampaignAudiencePage", labels.value(stat, "?"));
}

// "spring sale" — quoted when it has a space (the audience tokenizer drops the quotes), as in tag:"spring sale"
// or attr:doctor="Dr. Rao".
QString quoted(const QString &value)
{
    if (!value.contains(QLatin1Char(' ')) && !value.isEmpty())
        return value;
    return QLatin1Char('"') + value + QLatin1Char('"');
}

// Whitespace-separated words; double quotes group (and are dropped), as Audience's tokenizer does.
QStringList words(const QString &expr)
{
    QStringList out;
    QString current;
    bool inQuote = false;
    for (QChar ch : expr) {
        if (ch == QLatin1Char('"'))
            inQuote = !inQuote;
        else if (ch.isSpace() && !inQuote) {
            if (!current.isEmpty())
                out << current;
            current.clear();
        } else {
            current += ch;
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

} // namespace

CampaignAudiencePage::CampaignAudiencePage(Workspace &workspace, QWidget *parent)
    : QWizardPage(parent)
    , m_workspace(workspace)
    , m_ui(std::make_unique<Ui::CampaignAudiencePage>())
{
    m_ui->setupUi(this);
    m_ui->segmentTable->setAccessibleName(tr("Audience conditions"));
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(250);
    connect(&m_countTimer, &QTimer::timeout, this, &CampaignAudiencePage::updateAudienceCount);
    m_ui->segmentTable->horizontalHeader()->setSectionResizeMode(NotColumn, QHeaderView::ResizeToContents);
    m_ui->segmentTable->setColumnWidth(JoinColumn, 70);
    m_ui->segmentTable->setColumnWidth(KindColumn, 110);
    m_ui->segmentTable->setColumnWidth(KeyColumn, 200);
    m_ui->segmentTable->setMinimumHeight(110);
    connect(m_ui->addConditionButton, &QPushButton::clicked, this, [this] {
        addSegmentRow(QStringLiteral("and"), false, false, QString(), QString());
        scheduleAudienceCount();
    });
    connect(m_ui->removeConditionButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->segmentTable->currentRow() >= 0 ? m_ui->segmentTable->currentRow()
                                                              : m_ui->segmentTable->rowCount() - 1;
        if (row >= 0)
            m_ui->segmentTable->removeRow(row);
        if (m_ui->segmentTable->rowCount() > 0)
            m_ui->segmentTable->cellWidget(0, JoinColumn)->setEnabled(false);
        scheduleAudienceCount();
    });
    connect(m_ui->segmentTable, &QTableWidget::itemChanged, this, &CampaignAudiencePage::scheduleAudienceCount);
    QString ignored;
    const ContactStore contacts(m_workspace.database());
    m_tags = contacts.tagNames(&ignored);
    m_attributeKeys = contacts.attributeKeys(&ignored);
    m_ui->segmentTable->setItemDelegateForColumn(
        KeyColumn, new PickListDelegate(
                       [this](const QModelIndex &index) {
                           const auto *kind = qobject_cast<QComboBox *>(
                               m_ui->segmentTable->cellWidget(index.row(), KindColumn));
                           return kind && kind->currentData().toBool() ? m_attributeKeys : m_tags;
                       },
                       m_ui->segmentTable));

    m_words = new QLabel(this);
    m_words->setObjectName(QStringLiteral("audienceWords"));
    m_words->setWordWrap(true);
    m_words->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont wordsFont = m_words->font();
    wordsFont.setPointSizeF(wordsFont.pointSizeF() * 1.1);
    m_words->setFont(wordsFont);
    m_ui->audiencePageLayout->insertWidget(m_ui->audiencePageLayout->indexOf(m_ui->audienceCountLabel), m_words);
    m_ui->expressionEdit->setToolTip(
        tr("For power users: all, tag:NAME, attr:KEY=VALUE, campaign:ID:STAT, run:ID:STAT, joined with and, or, not"));

    for (const Campaign &c : CampaignStore(m_workspace.database()).list().valueOr({}))
        m_ui->retargetCampaignCombo->addItem(QStringLiteral("%1 — %2").arg(c.id).arg(c.name), c.id);
    for (const QString &stat : CampaignStats::statNames()) {
        m_ui->retargetStatCombo->addItem(statLabel(stat), stat);
        m_ui->retargetNotStatCombo->addItem(statLabel(stat), stat);
    }
    m_ui->retargetStatCombo->setCurrentIndex(m_ui->retargetStatCombo->findData(QStringLiteral("read")));
    m_ui->retargetNotStatCombo->setCurrentIndex(m_ui->retargetNotStatCombo->findData(QStringLiteral("replied")));
    for (QComboBox *combo : { m_ui->retargetCampaignCombo, m_ui->retargetStatCombo, m_ui->retargetNotStatCombo })
        connect(combo, &QComboBox::currentIndexChanged, this, &CampaignAudiencePage::scheduleAudienceCount);
    connect(m_ui->retargetNotCheck, &QCheckBox::toggled, this, [this] {
        m_ui->retargetNotStatCombo->setEnabled(m_ui->retargetNotCheck->isChecked());
        scheduleAudienceCount();
    });
    m_ui->retargetNotCheck->setChecked(true);
    for (QRadioButton *radio :
        { m_ui->audienceAll, m_ui->audienceSegment, m_ui->audienceRetarget, m_ui->audienceCustom })
        connect(radio, &QRadioButton::toggled, this, &CampaignAudiencePage::updateAudienceMode);
    connect(m_ui->expressionEdit, &QLineEdit::textChanged, this, &CampaignAudiencePage::scheduleAudienceCount);
    if (m_ui->retargetCampaignCombo->count() == 0) {
        m_ui->audienceRetarget->setEnabled(false);
        m_ui->audienceRetarget->setToolTip(tr("There is no earlier campaign to retarget yet."));
    }
    updateAudienceMode();
}

CampaignAudiencePage::~CampaignAudiencePage() = default;

void CampaignAudiencePage::load(const Campaign &c)
{
    // A campaign does not retarget its own recipients.
    const int self = m_ui->retargetCampaignCombo->findData(c.id);
    if (self >= 0)
        m_ui->retargetCampaignCombo->removeItem(self);
    m_ui->audienceRetarget->setEnabled(m_ui->retargetCampaignCombo->count() > 0);
    setAudience(c.audience);
}

void CampaignAudiencePage::initializePage()
{
    updateAudienceCount();
}

bool CampaignAudiencePage::validatePage()
{
    QString where;
    QVariantList values;
    QString error;
    Audience::toSql(audience(), &where, &values, &error);
    if (error.isEmpty())
        return true;
    MessageBox::warning(wizard(), wizard()->windowTitle(), error);
    return false;
}

void CampaignAudiencePage::addSegmentRow(
    const QString &join, bool negate, bool attribute, const QString &key, const QString &value)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_ui->segmentTable->rowCount();
    m_ui->segmentTable->insertRow(row);
    auto *joinCombo = new QComboBox(m_ui->segmentTable);
    joinCombo->addItem(tr("and"), QStringLiteral("and"));
    joinCombo->addItem(tr("or"), QStringLiteral("or"));
    joinCombo->setCurrentIndex(join == QLatin1String("or") ? 1 : 0);
    joinCombo->setEnabled(row > 0);
    m_ui->segmentTable->setCellWidget(row, JoinColumn, joinCombo);
    auto *notItem = new QTableWidgetItem(tr("not"));
    notItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    notItem->setCheckState(negate ? Qt::Checked : Qt::Unchecked);
    m_ui->segmentTable->setItem(row, NotColumn, notItem);
    auto *kindCombo = new QComboBox(m_ui->segmentTable);
    kindCombo->addItem(tr("has tag"), false);
    kindCombo->addItem(tr("attribute"), true);
    kindCombo->setCurrentIndex(attribute ? 1 : 0);
    m_ui->segmentTable->setCellWidget(row, KindColumn, kindCombo);
    auto *keyItem = new QTableWidgetItem(key);
    keyItem->setToolTip(tr("The tag's name, or the attribute's key"));
    m_ui->segmentTable->setItem(row, KeyColumn, keyItem);
    auto *valueItem = new QTableWidgetItem(value);
    m_ui->segmentTable->setItem(row, ValueColumn, valueItem);
    const auto updateValue = [valueItem, kindCombo] {
        const bool isAttribute = kindCombo->currentData().toBool();
        valueItem->setFlags(
            isAttribute ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable : Qt::ItemIsSelectable);
        if (!isAttribute)
            valueItem->setText(QString());
    };
    updateValue();
    connect(kindCombo, &QComboBox::currentIndexChanged, this, [this, updateValue] {
        updateValue();
        scheduleAudienceCount();
    });
    connect(joinCombo, &QComboBox::currentIndexChanged, this, &CampaignAudiencePage::scheduleAudienceCount);
    m_loading = wasLoading;
}

QString CampaignAudiencePage::segmentExpression() const
{
    QStringList parts;
    for (int row = 0; row < m_ui->segmentTable->rowCount(); ++row) {
        const QString key = m_ui->segmentTable->item(row, KeyColumn)->text().trimmed();
        if (key.isEmpty())
            continue;
        if (!parts.isEmpty())
            parts
                << qobject_cast<QComboBox *>(m_ui->segmentTable->cellWidget(row, JoinColumn))->currentData().toString();
        if (m_ui->segmentTable->item(row, NotColumn)->checkState() == Qt::Checked)
            parts << QStringLiteral("not");
        const bool attribute
            = qobject_cast<QComboBox *>(m_ui->segmentTable->cellWidget(row, KindColumn))->currentData().toBool();
        if (attribute)
            parts << QStringLiteral("attr:") + quoted(key) + QLatin1Char('=')
                    + quoted(m_ui->segmentTable->item(row, ValueColumn)->text().trimmed());
        else
            parts << QStringLiteral("tag:") + quoted(key);
    }
    return parts.join(QLatin1Char(' '));
}

QString CampaignAudiencePage::retargetExpression() const
{
    const qint64 id = m_ui->retargetCampaignCombo->currentData().toLongLong();
    if (id <= 0)
        return {};
    QString expr = QStringLiteral("campaign:%1:%2").arg(id).arg(m_ui->retargetStatCombo->currentData().toString());
    if (m_ui->retargetNotCheck->isChecked())
        expr += QStringLiteral(" and not campaign:%1:%2")
                    .arg(id)
                    .arg(m_ui->retargetNotStatCombo->currentData().toString());
    return expr;
}

QString CampaignAudiencePage::audience() const
{
    if (m_ui->audienceSegment->isChecked())
        return segmentExpression();
    if (m_ui->audienceRetarget->isChecked())
        return retargetExpression();
    if (m_ui->audienceCustom->isChecked())
        return m_ui->expressionEdit->text().trimmed();
    return {};
}

bool CampaignAudiencePage::loadRetarget(const QString &expression)
{
    static const QRegularExpression re(
        QStringLiteral("^campaign:(\\d+):([a-z]+)(?:\\s+and\\s+not\\s+campaign:(\\d+):([a-z]+))?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(expression.trimmed());
    if (!m.hasMatch() || (m.hasCaptured(3) && m.captured(3) != m.captured(1)))
        return false;
    const int campaign = m_ui->retargetCampaignCombo->findData(m.captured(1).toLongLong());
    const int stat = m_ui->retargetStatCombo->findData(m.captured(2).toLower());
    const int notStat = m.hasCaptured(4) ? m_ui->retargetNotStatCombo->findData(m.captured(4).toLower()) : 0;
    if (campaign < 0 || stat < 0 || notStat < 0)
        return false;
    m_ui->retargetCampaignCombo->setCurrentIndex(campaign);
    m_ui->retargetStatCombo->setCurrentIndex(stat);
    m_ui->retargetNotCheck->setChecked(m.hasCaptured(4));
    if (m.hasCaptured(4))
        m_ui->retargetNotStatCombo->setCurrentIndex(notStat);
    m_ui->audienceRetarget->setChecked(true);
    return true;
}

bool CampaignAudiencePage::loadSegment(const QString &expression)
{
    struct Row
    {
        QString join;
        bool negate = false;
        bool attribute = false;
        QString key;
        QString value;
    };
    QList<Row> rows;
    Row current;
    bool expectTerm = true;
    for (const QString &w : words(expression)) {
        const QString lower = w.toLower();
        if (!expectTerm) {
            if (lower != QLatin1String("and") && lower != QLatin1String("or"))
                return false;
            current = Row {};
            current.join = lower;
            expectTerm = true;
        } else if (lower == QLatin1String("not") && !current.negate) {
            current.negate = true;
        } else if (lower.startsWith(QLatin1String("tag:")) && w.size() > 4) {
            current.key = w.mid(4);
            rows << current;
            expectTerm = false;
        } else if (lower.startsWith(QLatin1String("attr:")) && w.indexOf(QLatin1Char('=')) > 5) {
            current.attribute = true;
            current.key = w.mid(5, w.indexOf(QLatin1Char('=')) - 5);
            current.value = w.mid(w.indexOf(QLatin1Char('=')) + 1);
            rows << current;
            expectTerm = false;
        } else {
            return false;
        }
    }
    if (expectTerm || rows.isEmpty())
        return false;
    m_ui->segmentTable->setRowCount(0);
    for (const Row &r : std::as_const(rows))
        addSegmentRow(r.join, r.negate, r.attribute, r.key, r.value);
    m_ui->audienceSegment->setChecked(true);
    return true;
}

void CampaignAudiencePage::setAudience(const QString &expression)
{
    const QString expr = expression.trimmed();
    m_ui->expressionEdit->setText(expr);
    if (expr.isEmpty() || expr.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0)
        m_ui->audienceAll->setChecked(true);
    else if (!loadRetarget(expr) && !loadSegment(expr))
        m_ui->audienceCustom->setChecked(true);
    updateAudienceMode();
}

void CampaignAudiencePage::updateAudienceMode()
{
    m_ui->segmentPanel->setEnabled(m_ui->audienceSegment->isChecked());
    m_ui->retargetPanel->setEnabled(m_ui->audienceRetarget->isChecked());
    m_ui->expressionEdit->setEnabled(m_ui->audienceCustom->isChecked());
    m_ui->expressionEdit->setVisible(m_ui->audienceCustom->isChecked());
    if (m_ui->audienceSegment->isChecked() && m_ui->segmentTable->rowCount() == 0)
        addSegmentRow(QStringLiteral("and"), false, false, QString(), QString());
    m_ui->retargetNotStatCombo->setEnabled(m_ui->retargetNotCheck->isChecked());
    scheduleAudienceCount();
}

void CampaignAudiencePage::scheduleAudienceCount()
{
    if (!m_loading)
        m_countTimer.start();
}

void CampaignAudiencePage::updateAudienceCount()
{
    const QString expr = audience();
    if (!m_ui->audienceCustom->isChecked() && !m_ui->expressionEdit->hasFocus()) {
        const QSignalBlocker block(m_ui->expressionEdit);
        m_ui->expressionEdit->setText(expr);
    }
    m_words->setText(AudienceText::describe(m_workspace.database(), expr));
    QString error;
    const auto e = Audience::exclusions(m_workspace.database(), expr, &error);
    if (!e) {
        m_ui->audienceCountLabel->setText(
            QStringLiteral("<span style='color:%1'>%2</span>").arg(cssColor(toneText(Tone::Danger)), error.toHtmlEscaped()));
        m_ui->excludedLabel->clear();
        return;
    }
    m_ui->audienceCountLabel->setText(
        QStringLiteral("<b>%1</b>")
            .arg(tr("%n contact(s) will get the message.", "", int(e->sendable())).toHtmlEscaped()));
    m_ui->excludedLabel->setText(e->optedOut + e->notOptedIn == 0
            ? tr("No matching contact is excluded.")
            : tr("Excluded: %1 opted out, %2 never opted in (never sent to).").arg(QLocale().toString(e->optedOut), QLocale().toString(e->notOptedIn)));
    Q_EMIT audienceCounted();
}
