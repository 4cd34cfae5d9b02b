// CampaignWizard, page 3: once, scheduled, recurring or triggered, as the JSON of models/campaigns/schedule.h.
#include "ui/campaigns/campaigntypepage.h"

#include "models/campaigns/schedule.h"
#include "models/core/clock.h"
#include "ui/campaigns/sendwindowbox.h"
#include "ui/messagebox.h"
#include "ui_campaigntypepage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QSignalBlocker>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QWizard>

namespace {

enum ConditionColumn { CondKeyColumn, CondOpColumn, CondValueColumn };

const QStringList kOps = { QStringLiteral("="), QStringLiteral("!="), QStringLiteral(">"), QStringLiteral(">="),
    QStringLiteral("<"), QStringLiteral("<="), QStringLiteral("contains"), QStringLiteral("exists") };

} // namespace

CampaignTypePage::CampaignTypePage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::CampaignTypePage>())
{
    m_ui->setupUi(this);
    m_ui->conditionTable->setAccessibleName(tr("Trigger conditions"));
    m_sendWindow = new SendWindowBox(this);
    m_ui->typePageLayout->addWidget(m_sendWindow);
    const QList<QRadioButton *> kinds { m_ui->kindOnce, m_ui->kindScheduled, m_ui->kindRecurring, m_ui->kindTriggered };
    for (QRadioButton *radio : kinds)
        connect(radio, &QRadioButton::toggled, this, &CampaignTypePage::updateTypePage);

    m_ui->typeStack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    const QByteArray system = QTimeZone::systemTimeZoneId();
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_ui->timeZoneCombo->addItem(QString::fromUtf8(id));
    const int systemIndex = m_ui->timeZoneCombo->findText(QString::fromUtf8(system));
    m_ui->timeZoneCombo->setCurrentIndex(
        systemIndex >= 0 ? systemIndex : m_ui->timeZoneCombo->findText(QStringLiteral("UTC")));
    connect(m_ui->timeZoneCombo, &QComboBox::currentTextChanged, this, &CampaignTypePage::updateTypePage);

    // Tomorrow at 09:00, a sensible first suggestion.
    m_ui->scheduledAtEdit->setDateTime(QDateTime(Clock::today().addDays(1), QTime(9, 0)));
    m_ui->recurringTimeEdit->setTime(QTime(9, 0));
    m_ui->everyCombo->addItem(tr("Every day"), QStringLiteral("daily"));
    m_ui->everyCombo->addItem(tr("Every week"), QStringLiteral("weekly"));
    m_ui->everyCombo->addItem(tr("Every month"), QStringLiteral("monthly"));
    m_ui->dayMon->setChecked(true);
    m_ui->matchCombo->addItem(tr("all must hold"), QStringLiteral("all"));
    m_ui->matchCombo->addItem(tr("any may hold"), QStringLiteral("any"));
    m_ui->conditionTable->setColumnWidth(CondKeyColumn, 200);
    m_ui->conditionTable->setColumnWidth(CondOpColumn, 100);
    m_ui->conditionTable->setMinimumHeight(90);
    m_ui->unlessHoursSpin->setValue(2);
    connect(m_ui->addTriggerConditionButton, &QPushButton::clicked, this,
        [this] { addConditionRow(QString(), QStringLiteral("="), QString()); });
    connect(m_ui->removeTriggerConditionButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->conditionTable->currentRow() >= 0 ? m_ui->conditionTable->currentRow()
                                                                : m_ui->conditionTable->rowCount() - 1;
        if (row >= 0)
            m_ui->conditionTable->removeRow(row);
        updateTypePage();
    });
    connect(m_ui->conditionTable, &QTableWidget::itemChanged, this, &CampaignTypePage::updateTypePage);
    connect(m_ui->everyCombo, &QComboBox::currentIndexChanged, this, &CampaignTypePage::updateTypePage);
    connect(m_ui->scheduledAtEdit, &QDateTimeEdit::dateTimeChanged, this, &CampaignTypePage::updateTypePage);
    connect(m_ui->recurringTimeEdit, &QTimeEdit::timeChanged, this, &CampaignTypePage::updateTypePage);
    connect(m_ui->dayOfMonthSpin, &QSpinBox::valueChanged, this, &CampaignTypePage::updateTypePage);
    m_ui->startDateEdit->setDate(Clock::today());
    m_ui->endDateEdit->setDate(Clock::today().addMonths(3));
    for (QCheckBox *check : {m_ui->startDateCheck, m_ui->endDateCheck})
        connect(check, &QCheckBox::toggled, this, &CampaignTypePage::updateTypePage);
    for (QDateEdit *edit : {m_ui->startDateEdit, m_ui->endDateEdit})
        connect(edit, &QDateEdit::dateChanged, this, &CampaignTypePage::updateTypePage);
    for (QCheckBox *day :
        { m_ui->dayMon, m_ui->dayTue, m_ui->dayWed, m_ui->dayThu, m_ui->dayFri, m_ui->daySat, m_ui->daySun })
        connect(day, &QCheckBox::toggled, this, &CampaignTypePage::updateTypePage);
    connect(m_ui->eventEdit, &QLineEdit::textChanged, this, &CampaignTypePage::updateTypePage);
    connect(m_ui->unlessCheck, &QCheckBox::toggled, this, &CampaignTypePage::updateTypePage);
    connect(m_ui->unlessEventEdit, &QLineEdit::textChanged, this, &CampaignTypePage::updateTypePage);
    for (QSpinBox *spin : { m_ui->delaySpin, m_ui->unlessHoursSpin, m_ui->cooldownSpin })
        connect(spin, &QSpinBox::valueChanged, this, &CampaignTypePage::updateTypePage);

    // Ready recipes for shop orders, first on the trigger page; the consent field last.
    auto *recipeRow = new QWidget(m_ui->triggeredPage);
    auto *recipeLayout = new QHBoxLayout(recipeRow);
    recipeLayout->setContentsMargins(0, 0, 0, 0);
    m_recipeCombo = new QComboBox(recipeRow);
    m_recipeCombo->setObjectName(QStringLiteral("recipeCombo"));
    m_recipeCombo->addItem(tr("Choose a recipe…"));
    for (const TriggerRecipe &r : TriggerRecipe::all()) {
        m_recipeCombo->addItem(r.title, r.id);
        m_recipeCombo->setItemData(m_recipeCombo->count() - 1, r.description, Qt::ToolTipRole);
    }
    auto *useRecipe = new QPushButton(tr("&Use recipe"), recipeRow);
    useRecipe->setObjectName(QStringLiteral("useRecipeButton"));
    useRecipe->setEnabled(false);
    recipeLayout->addWidget(m_recipeCombo, 1);
    recipeLayout->addWidget(useRecipe);
    m_ui->triggeredForm->insertRow(0, tr("Start from a recipe:"), recipeRow);
    connect(m_recipeCombo, &QComboBox::currentIndexChanged, this, [this, useRecipe](int index) {
        useRecipe->setEnabled(index > 0);
        m_recipeCombo->setToolTip(m_recipeCombo->itemData(index, Qt::ToolTipRole).toString());
    });
    connect(useRecipe, &QPushButton::clicked, this, [this] {
        const QString id = m_recipeCombo->currentData().toString();
        for (const TriggerRecipe &r : TriggerRecipe::all()) {
            if (r.id == id)
                applyRecipe(r);
        }
    });
    m_consentCombo = new QComboBox(m_ui->triggeredPage);
    m_consentCombo->setObjectName(QStringLiteral("consentFieldCombo"));
    m_consentCombo->setEditable(true);
    m_consentCombo->setInsertPolicy(QComboBox::NoInsert);
    m_consentCombo->addItem(QString());
    for (const auto &[path, label] : TriggerRecipe::consentFields()) {
        m_consentCombo->addItem(path);
        m_consentCombo->setItemData(m_consentCombo->count() - 1, label, Qt::ToolTipRole);
    }
    m_consentCombo->lineEdit()->setPlaceholderText(tr("none: orders never opt anyone in"));
    m_consentCombo->setToolTip(tr("Where the event says the customer agreed to WhatsApp messages. A customer who is "
                                  "not yet a contact is added, and opted in only when this field says yes (true, "
                                  "yes, 1, on, checked, subscribed). An opted-out contact stays opted out."));
    m_ui->triggeredForm->addRow(tr("Consent from the order:"), m_consentCombo);
    connect(m_consentCombo, &QComboBox::currentTextChanged, this, &CampaignTypePage::updateTypePage);
    updateTypePage();
}

void CampaignTypePage::applyRecipe(const TriggerRecipe &recipe)
{
    m_ui->kindTriggered->setChecked(true);
    loadTrigger(recipe.trigger);
    m_recipeCombo->setCurrentIndex(qMax(0, m_recipeCombo->findData(recipe.id)));
    Q_EMIT recipeApplied(recipe);
}

CampaignTypePage::~CampaignTypePage() = default;

void CampaignTypePage::apply(Campaign &c) const
{
    c.kind = kind();
    c.schedule = scheduleJson();
    c.trigger = triggerJson();
    c.sendWindow = m_sendWindow->toJson();
}

void CampaignTypePage::initializePage()
{
    updateTypePage();
}

bool CampaignTypePage::validatePage()
{
    QString error;
    checkType(&error);
    if (error.isEmpty())
        error = m_sendWindow->problem();
    if (error.isEmpty())
        return true;
    MessageBox::warning(wizard(), wizard()->windowTitle(), error);
    return false;
}

void CampaignTypePage::addConditionRow(const QString &key, const QString &op, const QString &value)
{
    // The row is complete before anyone reads it (itemChanged would run updateTypePage on a half-made row).
    const QSignalBlocker blocker(m_ui->conditionTable);
    const int row = m_ui->conditionTable->rowCount();
    m_ui->conditionTable->insertRow(row);
    m_ui->conditionTable->setItem(row, CondKeyColumn, new QTableWidgetItem(key));
    auto *ops = new QComboBox(m_ui->conditionTable);
    ops->addItems(kOps);
    ops->setCurrentText(op);
    connect(ops, &QComboBox::currentIndexChanged, this, &CampaignTypePage::updateTypePage);
    m_ui->conditionTable->setCellWidget(row, CondOpColumn, ops);
    m_ui->conditionTable->setItem(row, CondValueColumn, new QTableWidgetItem(value));
}

QString CampaignTypePage::kind() const
{
    if (m_ui->kindScheduled->isChecked())
        return QStringLiteral("scheduled");
    if (m_ui->kindRecurring->isChecked())
        return QStringLiteral("recurring");
    if (m_ui->kindTriggered->isChecked())
        return QStringLiteral("triggered");
    return QStringLiteral("once");
}

QJsonObject CampaignTypePage::scheduleJson() const
{
    const QString tz = m_ui->timeZoneCombo->currentText().trimmed();
    if (m_ui->kindScheduled->isChecked())
        return QJsonObject { { QStringLiteral("at"),
                                 m_ui->scheduledAtEdit->dateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm")) },
            { QStringLiteral("tz"), tz }, { QStringLiteral("grace_minutes"), m_ui->graceSpin->value() } };
    if (!m_ui->kindRecurring->isChecked())
        return {};
    const QString every = m_ui->everyCombo->currentData().toString();
    QJsonObject o { { QStringLiteral("every"), every },
        { QStringLiteral("time"), m_ui->recurringTimeEdit->time().toString(QStringLiteral("HH:mm")) },
        { QStringLiteral("tz"), tz }, { QStringLiteral("grace_minutes"), m_ui->graceSpin->value() } };
    if (every == QLatin1String("weekly")) {
        QJsonArray days;
        const QList<QCheckBox *> boxes { m_ui->dayMon, m_ui->dayTue, m_ui->dayWed, m_ui->dayThu, m_ui->dayFri,
            m_ui->daySat, m_ui->daySun };
        for (int i = 0; i < boxes.size(); ++i) {
            if (boxes.at(i)->isChecked())
                days.append(i + 1);
        }
        o.insert(QStringLiteral("days"), days);
    } else if (every == QLatin1String("monthly")) {
        o.insert(QStringLiteral("day_of_month"), m_ui->dayOfMonthSpin->value());
    }
    if (m_ui->startDateCheck->isChecked())
        o.insert(QStringLiteral("start"), m_ui->startDateEdit->date().toString(Qt::ISODate));
    if (m_ui->endDateCheck->isChecked())
        o.insert(QStringLiteral("end"), m_ui->endDateEdit->date().toString(Qt::ISODate));
    return o;
}

QJsonObject CampaignTypePage::triggerJson() const
{
    if (!m_ui->kindTriggered->isChecked())
        return {};
    QJsonArray conditions;
    for (int row = 0; row < m_ui->conditionTable->rowCount(); ++row) {
        const QString key = m_ui->conditionTable->item(row, CondKeyColumn)->text().trimmed();
        if (key.isEmpty())
            continue;
        conditions.append(QJsonObject { { QStringLiteral("key"), key },
            { QStringLiteral("op"),
                qobject_cast<QComboBox *>(m_ui->conditionTable->cellWidget(row, CondOpColumn))->currentText() },
            { QStringLiteral("value"), m_ui->conditionTable->item(row, CondValueColumn)->text() } });
    }
    QJsonObject o { { QStringLiteral("event"), m_ui->eventEdit->text().trimmed() },
        { QStringLiteral("match"), m_ui->matchCombo->currentData().toString() },
        { QStringLiteral("conditions"), conditions }, { QStringLiteral("delay_minutes"), m_ui->delaySpin->value() },
        { QStringLiteral("cooldown_hours"), m_ui->cooldownSpin->value() } };
    if (m_ui->unlessCheck->isChecked())
        o.insert(QStringLiteral("unless"),
            QJsonObject { { QStringLiteral("event"), m_ui->unlessEventEdit->text().trimmed() },
                { QStringLiteral("within_hours"), m_ui->unlessHoursSpin->value() } });
    if (const QString consent = m_consentCombo ? m_consentCombo->currentText().trimmed() : QString();
        !consent.isEmpty())
        o.insert(QStringLiteral("consent_field"), consent);
    return o;
}

bool CampaignTypePage::checkType(QString *error) const
{
    const QString k = kind();
    if (k == QLatin1String("scheduled") || k == QLatin1String("recurring")) {
        const auto s = Schedule::fromJson(scheduleJson(), k == QLatin1String("recurring"), error);
        if (s && k == QLatin1String("scheduled") && !s->nextOccurrence(Clock::nowMs())) {
            *error = tr("The scheduled time has passed; choose a time in the future.");
            return false;
        }
        return s.has_value();
    }
    if (k == QLatin1String("triggered")) {
        if (m_ui->unlessCheck->isChecked() && m_ui->unlessEventEdit->text().trimmed().isEmpty()) {
            *error = tr("Name the event that cancels the message, or clear “Unless the event”.");
            return false;
        }
        return TriggerSpec::fromJson(triggerJson(), error).has_value();
    }
    return true;
}

void CampaignTypePage::updateTypePage()
{
    const QString k = kind();
    m_ui->typeStack->setCurrentIndex(k == QLatin1String("scheduled") ? 1
            : k == QLatin1String("recurring")                        ? 2
            : k == QLatin1String("triggered")                        ? 3
                                                                     : 0);
    // The stack takes the height of the page shown, so the summary sits right under the fields.
    for (int i = 0; i < m_ui->typeStack->count(); ++i) {
        const bool current = i == m_ui->typeStack->currentIndex();
        m_ui->typeStack->widget(i)->setSizePolicy(
            QSizePolicy::Preferred, current ? QSizePolicy::Maximum : QSizePolicy::Ignored);
    }
    m_ui->typeStack->adjustSize();
    m_ui->timeZoneRow->setVisible(k == QLatin1String("scheduled") || k == QLatin1String("recurring"));
    const QString every = m_ui->everyCombo->currentData().toString();
    m_ui->weekdaysLabel->setVisible(every == QLatin1String("weekly"));
    m_ui->weekdaysPanel->setVisible(every == QLatin1String("weekly"));
    m_ui->dayOfMonthLabel->setVisible(every == QLatin1String("monthly"));
    m_ui->dayOfMonthSpin->setVisible(every == QLatin1String("monthly"));
    m_ui->startDateEdit->setEnabled(m_ui->startDateCheck->isChecked());
    m_ui->endDateEdit->setEnabled(m_ui->endDateCheck->isChecked());
    const bool unless = m_ui->unlessCheck->isChecked();
    m_ui->unlessEventEdit->setEnabled(unless);
    m_ui->unlessHoursSpin->setEnabled(unless);

    QString error;
    QString summary;
    if (k == QLatin1String("scheduled") || k == QLatin1String("recurring")) {
        if (const auto s = Schedule::fromJson(scheduleJson(), k == QLatin1String("recurring"), &error))
            summary = s->describe();
    } else if (k == QLatin1String("triggered")) {
        if (const auto t = TriggerSpec::fromJson(triggerJson(), &error))
            summary = t->describe();
    }
    m_ui->scheduleSummary->setText(error.isEmpty() ? summary : error);
}

void CampaignTypePage::load(const Campaign &c)
{
    m_sendWindow->load(c.sendWindow);
    if (c.kind == QLatin1String("scheduled") || c.kind == QLatin1String("recurring")) {
        const QString tz = c.schedule.value(QStringLiteral("tz")).toString();
        if (m_ui->timeZoneCombo->findText(tz) >= 0)
            m_ui->timeZoneCombo->setCurrentIndex(m_ui->timeZoneCombo->findText(tz));
        m_ui->graceSpin->setValue(c.schedule.value(QStringLiteral("grace_minutes")).toInt(60));
    }
    if (c.kind == QLatin1String("scheduled")) {
        m_ui->kindScheduled->setChecked(true);
        m_ui->scheduledAtEdit->setDateTime(QDateTime::fromString(
            c.schedule.value(QStringLiteral("at")).toString(), QStringLiteral("yyyy-MM-ddTHH:mm")));
    } else if (c.kind == QLatin1String("recurring")) {
        m_ui->kindRecurring->setChecked(true);
        m_ui->everyCombo->setCurrentIndex(
            qMax(0, m_ui->everyCombo->findData(c.schedule.value(QStringLiteral("every")).toString())));
        m_ui->recurringTimeEdit->setTime(
            QTime::fromString(c.schedule.value(QStringLiteral("time")).toString(), QStringLiteral("HH:mm")));
        const QList<QCheckBox *> boxes { m_ui->dayMon, m_ui->dayTue, m_ui->dayWed, m_ui->dayThu, m_ui->dayFri,
            m_ui->daySat, m_ui->daySun };
        const QJsonArray days = c.schedule.value(QStringLiteral("days")).toArray();
        for (int i = 0; i < boxes.size(); ++i)
            boxes.at(i)->setChecked(days.contains(i + 1));
        m_ui->dayOfMonthSpin->setValue(c.schedule.value(QStringLiteral("day_of_month")).toInt(1));
        const QString start = c.schedule.value(QStringLiteral("start")).toString();
        const QString end = c.schedule.value(QStringLiteral("end")).toString();
        m_ui->startDateCheck->setChecked(!start.isEmpty());
        m_ui->endDateCheck->setChecked(!end.isEmpty());
        if (!start.isEmpty())
            m_ui->startDateEdit->setDate(QDate::fromString(start, Qt::ISODate));
        if (!end.isEmpty())
            m_ui->endDateEdit->setDate(QDate::fromString(end, Qt::ISODate));
    } else if (c.kind == QLatin1String("triggered")) {
        m_ui->kindTriggered->setChecked(true);
        loadTrigger(c.trigger);
    } else {
        m_ui->kindOnce->setChecked(true);
    }
    updateTypePage();
}

void CampaignTypePage::loadTrigger(const QJsonObject &trigger)
{
    m_ui->eventEdit->setText(trigger.value(QStringLiteral("event")).toString());
    m_ui->matchCombo->setCurrentIndex(
        trigger.value(QStringLiteral("match")).toString() == QLatin1String("any") ? 1 : 0);
    m_ui->conditionTable->setRowCount(0);
    for (const QJsonValue &v : trigger.value(QStringLiteral("conditions")).toArray()) {
        const QJsonObject o = v.toObject();
        addConditionRow(o.value(QStringLiteral("key")).toString(), o.value(QStringLiteral("op")).toString(),
            o.value(QStringLiteral("value")).toVariant().toString());
    }
    m_ui->delaySpin->setValue(trigger.value(QStringLiteral("delay_minutes")).toInt());
    const QJsonObject unless = trigger.value(QStringLiteral("unless")).toObject();
    m_ui->unlessCheck->setChecked(!unless.isEmpty());
    m_ui->unlessEventEdit->setText(unless.value(QStringLiteral("event")).toString());
    m_ui->unlessHoursSpin->setValue(unless.value(QStringLiteral("within_hours")).toInt(2));
    m_ui->cooldownSpin->setValue(trigger.value(QStringLiteral("cooldown_hours")).toInt(24));
    m_consentCombo->setEditText(trigger.value(QStringLiteral("consent_field")).toString());
    updateTypePage();
}
