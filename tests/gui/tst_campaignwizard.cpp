// The campaign wizard: every campaign type walked through the pages and saved, the audience kinds with their
// live counts, editing, "start right away", the rate card and test-send dialogs. Screenshots of every page go
// to HERALD_SCREENSHOT_DIR when it is set.
#include "models/accounts/account.h"
#include "models/campaigns/campaign.h"
#include "models/campaigns/ratecard.h"
#include "models/contacts/contactstore.h"
#include "models/itemmodels/campaigntablemodel.h"
#include "models/storage/workspace.h"
#include "models/templates/templatestore.h"
#include "screenshot.h"
#include "testworkspace.h"
#include "ui/campaigns/campaignaudiencepage.h"
#include "ui/campaigns/campaignpreflightpage.h"
#include "ui/campaigns/campaignspage.h"
#include "ui/campaigns/campaigntemplatepage.h"
#include "ui/campaigns/campaigntypepage.h"
#include "ui/campaigns/campaignwizard.h"
#include "ui/campaigns/preflightview.h"
#include "ui/messagebox.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimeEdit>
#include <QToolButton>

namespace {

template<typename T>
T *child(QWidget *w, const char *name)
{
    auto *c = w->findChild<T *>(QString::fromLatin1(name));
    if (!c)
        qFatal("no child %s", name);
    return c;
}

} // namespace

class TestCampaignWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void onceWithSegment();
    void scheduled();
    void recurringWeekly();
    void triggered();
    void retargetPreset();
    void customExpressionPreset();
    void segmentPresetLoadsRows();
    void editExistingCampaign();
    void startRightAway();
    void onlyApprovedTemplatesAreListed();
    void rateCardDialog();
    void testSendDialog();
    void campaignsPageOpensTheWizard();
    void pagesAreClassesInFormOrder();
    void sendWindowInRecipientTime();

private:
    // Page 1 filled with appointment_reminder (or `templateName`) and a full mapping.
    void fillFirstPage(
        CampaignWizard &w, const QString &name, const QString &templateName = QStringLiteral("appointment_reminder"));
    void setParam(CampaignWizard &w, const QString &slot, int source, const QString &key, const QString &fallback);
    void next(CampaignWizard &w);
    void finish(CampaignWizard &w);
    Campaign saved(qint64 id);

    std::unique_ptr<TestWorkspace> m_t;
    qint64 m_account = 0;
    qint64 m_earlier = 0;
};

void TestCampaignWizard::init()
{
    MessageBox::clearNextAnswers();
    m_t = std::make_unique<TestWorkspace>();
    QSqlDatabase db = m_t->workspace().database();
    QString error;
    m_account = AccountStore(db).defaultAccount(&error)->id;
    QFile f(qEnvironmentVariable("HERALD_TEST_DATA") + QStringLiteral("/../../resources/sandbox/templates.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QList<MessageTemplate> templates;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("data")).toArray())
        templates << MessageTemplate::fromGraphJson(v.toObject());
    QVERIFY(TemplateStore(db).applySync(m_account, templates, &error));

    ContactStore contacts(db);
    const auto add = [&](const QString &phone, const QString &name, const QStringList &tags, const QString &doctor,
                         const QString &consent) {
        Contact c;
        c.phone = phone;
        c.name = name;
        c.tags = tags;
        if (!doctor.isEmpty())
            c.attributes.insert(QStringLiteral("doctor"), doctor);
        const qint64 id = contacts.upsert(c, &error);
        if (consent != QLatin1String("none"))
            contacts.optIn({ id }, QStringLiteral("test"), &error);
        if (consent == QLatin1String("out"))
            contacts.optOut({ id }, QStringLiteral("STOP"), &error);
        return id;
    };
    const qint64 asha = add(QStringLiteral("+919876543210"), QStringLiteral("Asha"), { QStringLiteral("vip") },
        QStringLiteral("Dr. Rao"), QStringLiteral("in"));
    const qint64 ravi = add(QStringLiteral("+919876543211"), QStringLiteral("Ravi"), { QStringLiteral("vip") },
        QString(), QStringLiteral("in"));
    add(QStringLiteral("+919876543212"), QStringLiteral("Meera"), {}, QStringLiteral("Dr. Sen"), QStringLiteral("in"));
    add(QStringLiteral("+4915112345678"), QStringLiteral("Out"), { QStringLiteral("vip") }, QString(),
        QStringLiteral("out"));
    add(QStringLiteral("+4915112345679"), QStringLiteral("Never"), { QStringLiteral("vip") }, QString(),
        QStringLiteral("none"));

    // An earlier campaign whose run Asha read and replied to, and Ravi only read.
    Campaign earlier;
    earlier.name = QStringLiteral("Earlier");
    earlier.accountId = m_account;
    earlier.templateName = QStringLiteral("appointment_reminder");
    earlier.language = QStringLiteral("en_US");
    for (const QString &p :
        { QStringLiteral("body.1=text:a"), QStringLiteral("body.2=text:b"), QStringLiteral("body.3=text:c") })
        earlier.params << *ParamMapping::parse(p, &error);
    m_earlier = CampaignStore(db).create(earlier, &error);
    QVERIFY2(m_earlier > 0, qPrintable(error));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO campaign_runs (campaign_id, planned_at, updated_at) VALUES (?, 0, 0)"));
    q.addBindValue(m_earlier);
    QVERIFY(q.exec());
    const qint64 run = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT INTO recipients (run_id, contact_id, phone, state, replied_at, updated_at) "
                             "VALUES (?, ?, ?, 'read', ?, 0)"));
    q.addBindValue(run);
    q.addBindValue(asha);
    q.addBindValue(QStringLiteral("+919876543210"));
    q.addBindValue(qint64(5000));
    QVERIFY(q.exec());
    q.addBindValue(run);
    q.addBindValue(ravi);
    q.addBindValue(QStringLiteral("+919876543211"));
    q.addBindValue(QVariant(QMetaType::fromType<qint64>()));
    QVERIFY(q.exec());
}

void TestCampaignWizard::cleanup()
{
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    m_t.reset();
}

void TestCampaignWizard::setParam(
    CampaignWizard &w, const QString &slot, int source, const QString &key, const QString &fallback)
{
    auto *table = child<QTableWidget>(&w, "paramTable");
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->data(CampaignTemplatePage::kSlotRole).toString() != slot)
            continue;
        qobject_cast<QComboBox *>(table->cellWidget(row, 1))->setCurrentIndex(source);
        table->item(row, 2)->setText(key);
        table->item(row, 3)->setText(fallback);
        return;
    }
    QFAIL(qPrintable(QStringLiteral("no parameter row %1").arg(slot)));
}

void TestCampaignWizard::fillFirstPage(CampaignWizard &w, const QString &name, const QString &templateName)
{
    QTest::keyClicks(child<QLineEdit>(&w, "nameEdit"), name);
    auto *search = child<QLineEdit>(&w, "templateSearch");
    QTest::keyClicks(search, templateName.left(8));
    auto *list = child<QListWidget>(&w, "templateList");
    int visible = -1;
    for (int row = 0; row < list->count(); ++row) {
        if (!list->item(row)->isHidden()
            && list->item(row)->text().startsWith(templateName + QStringLiteral(" (en_US)")))
            visible = row;
    }
    QVERIFY(visible >= 0);
    list->setCurrentRow(visible);
    if (templateName == QLatin1String("appointment_reminder")) {
        QCOMPARE(child<QTableWidget>(&w, "paramTable")->rowCount(), 3);
        setParam(w, QStringLiteral("body.1"), 1, QStringLiteral("doctor"), QStringLiteral("your doctor"));
        setParam(w, QStringLiteral("body.2"), 2, QStringLiteral("12 March"), QString());
        setParam(w, QStringLiteral("body.3"), 2, QStringLiteral("10:30"), QString());
    }
}

void TestCampaignWizard::next(CampaignWizard &w)
{
    const int before = w.currentId();
    QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
    QTRY_COMPARE(w.currentId(), before + 1);
    QTRY_VERIFY(!w.isCheckingPreflight());
}

void TestCampaignWizard::finish(CampaignWizard &w)
{
    QSignalSpy done(&w, &QWizard::finished);
    QTest::mouseClick(w.button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE(done.count(), 1);
    QCOMPARE(w.result(), int(QDialog::Accepted));
}

Campaign TestCampaignWizard::saved(qint64 id)
{
    QString error;
    const auto c = CampaignStore(m_t->workspace().database()).byId(id, &error);
    if (!c)
        qFatal("campaign not saved: %s", qPrintable(error));
    return *c;
}

void TestCampaignWizard::onceWithSegment()
{
    CampaignWizard w(m_t->workspace());
    w.resize(900, 700);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    fillFirstPage(w, QStringLiteral("VIP reminders"));
    // The preview shows the first recipient's values.
    QTRY_VERIFY(child<QLabel>(&w, "previewContactLabel")->text().contains(QLatin1String("Asha")));
    Screenshot::save(&w, QStringLiteral("wizard-1-template"));
    next(w);

    // Audience: a segment "tag vip and not attribute doctor = Dr. Rao".
    auto *segmentRadio = child<QRadioButton>(&w, "audienceSegment");
    // A radio button reacts to clicks on its indicator and text, not on the empty rest of a full-width row.
    QTest::mouseClick(segmentRadio, Qt::LeftButton, {}, QPoint(8, segmentRadio->height() / 2));
    QVERIFY(child<QRadioButton>(&w, "audienceSegment")->isChecked());
    auto *segment = child<QTableWidget>(&w, "segmentTable");
    QCOMPARE(segment->rowCount(), 1);
    segment->item(0, 3)->setText(QStringLiteral("vip"));
    QTRY_VERIFY(child<QLabel>(&w, "audienceCountLabel")->text().contains(QLatin1String("<b>2 contact")));
    // Out (opted out) and Never (never opted in) carry the tag too: counted as excluded, never sent to.
    QCOMPARE(child<QLabel>(&w, "excludedLabel")->text(),
        QStringLiteral("Excluded: 1 opted out, 1 never opted in (never sent to)."));
    QTest::mouseClick(child<QPushButton>(&w, "addConditionButton"), Qt::LeftButton);
    QCOMPARE(segment->rowCount(), 2);
    segment->item(1, 1)->setCheckState(Qt::Checked);
    qobject_cast<QComboBox *>(segment->cellWidget(1, 2))->setCurrentIndex(1);
    segment->item(1, 3)->setText(QStringLiteral("doctor"));
    segment->item(1, 4)->setText(QStringLiteral("Dr. Rao"));
    QCOMPARE(w.audience(), QStringLiteral("tag:vip and not attr:doctor=\"Dr. Rao\""));
    QTRY_VERIFY(child<QLabel>(&w, "audienceCountLabel")->text().contains(QLatin1String("<b>1 contact")));
    QCOMPARE(child<QLineEdit>(&w, "expressionEdit")->text(), w.audience());
    Screenshot::save(&w, QStringLiteral("wizard-2-audience-segment"));
    next(w);

    QVERIFY(child<QRadioButton>(&w, "kindOnce")->isChecked());
    Screenshot::save(&w, QStringLiteral("wizard-3-type-once"));
    next(w);

    auto *view = child<PreflightView>(&w, "preflightView");
    QVERIFY(view->report().ok());
    QCOMPARE(view->report().audience, qint64(1));
    QCOMPARE(view->report().samples.size(), 1);
    QVERIFY(view->report().samples.first().text.startsWith(
        QLatin1String("Reminder: your appointment with your doctor is on 12 March at 10:30.")));
    QVERIFY(child<QTextBrowser>(&w, "preflightText")->toPlainText().contains(QLatin1String("Ready to start.")));
    Screenshot::save(&w, QStringLiteral("wizard-4-preflight"));
    QSignalSpy savedSpy(&w, &CampaignWizard::saved);
    QSignalSpy start(&w, &CampaignWizard::startRequested);
    finish(w);
    QCOMPARE(savedSpy.count(), 1);
    QCOMPARE(start.count(), 0);
    const Campaign c = saved(savedSpy.first().first().toLongLong());
    QCOMPARE(c.name, QStringLiteral("VIP reminders"));
    QCOMPARE(c.templateName, QStringLiteral("appointment_reminder"));
    QCOMPARE(c.language, QStringLiteral("en_US"));
    QCOMPARE(c.kind, QStringLiteral("once"));
    QCOMPARE(c.audience, QStringLiteral("tag:vip and not attr:doctor=\"Dr. Rao\""));
    QStringList params;
    for (const ParamMapping &p : c.params)
        params << p.toString();
    QCOMPARE(params,
        (QStringList { QStringLiteral("body.1=attr:doctor|your doctor"), QStringLiteral("body.2=text:12 March"),
            QStringLiteral("body.3=text:10:30") }));
}

void TestCampaignWizard::scheduled()
{
    CampaignWizard w(m_t->workspace());
    w.show();
    fillFirstPage(w, QStringLiteral("Scheduled"));
    next(w);
    next(w); // every opted-in contact
    QTest::mouseClick(child<QRadioButton>(&w, "kindScheduled"), Qt::LeftButton);
    QVERIFY(child<QWidget>(&w, "timeZoneRow")->isVisible());
    const QDateTime at(QDate::currentDate().addDays(3), QTime(8, 15));
    child<QDateTimeEdit>(&w, "scheduledAtEdit")->setDateTime(at);
    child<QComboBox>(&w, "timeZoneCombo")->setCurrentText(QStringLiteral("Europe/Berlin"));
    QCOMPARE(child<QSpinBox>(&w, "graceSpin")->value(), 60);
    child<QSpinBox>(&w, "graceSpin")->setValue(90);
    QVERIFY(!child<QLabel>(&w, "scheduleSummary")->text().isEmpty());
    Screenshot::save(&w, QStringLiteral("wizard-3-type-scheduled"));
    next(w);
    QCOMPARE(child<PreflightView>(&w, "preflightView")->report().audience, qint64(3));
    QSignalSpy savedSpy(&w, &CampaignWizard::saved);
    finish(w);
    const Campaign c = saved(savedSpy.first().first().toLongLong());
    QCOMPARE(c.kind, QStringLiteral("scheduled"));
    QCOMPARE(c.audience, QString());
    QCOMPARE(c.schedule.value(QStringLiteral("at")).toString(), at.toString(QStringLiteral("yyyy-MM-ddTHH:mm")));
    QCOMPARE(c.schedule.value(QStringLiteral("tz")).toString(), QStringLiteral("Europe/Berlin"));
    QCOMPARE(c.schedule.value(QStringLiteral("grace_minutes")).toInt(), 90);
}

void TestCampaignWizard::recurringWeekly()
{
    CampaignWizard w(m_t->workspace());
    w.show();
    fillFirstPage(w, QStringLiteral("Weekly"));
    next(w);
    next(w);
    QTest::mouseClick(child<QRadioButton>(&w, "kindRecurring"), Qt::LeftButton);
    child<QComboBox>(&w, "everyCombo")->setCurrentIndex(1); // weekly
    QVERIFY(child<QWidget>(&w, "weekdaysPanel")->isVisible());
    QVERIFY(!child<QSpinBox>(&w, "dayOfMonthSpin")->isVisible());
    child<QCheckBox>(&w, "dayFri")->setChecked(true);
    child<QTimeEdit>(&w, "recurringTimeEdit")->setTime(QTime(10, 30));
    child<QComboBox>(&w, "timeZoneCombo")->setCurrentText(QStringLiteral("Asia/Kolkata"));
    QVERIFY(!child<QDateEdit>(&w, "endDateEdit")->isEnabled());
    child<QCheckBox>(&w, "endDateCheck")->setChecked(true);
    const QDate end = QDate::currentDate().addMonths(6);
    child<QDateEdit>(&w, "endDateEdit")->setDate(end);
    Screenshot::save(&w, QStringLiteral("wizard-3-type-recurring"));
    // No day chosen is refused with the schedule's own message.
    child<QCheckBox>(&w, "dayMon")->setChecked(false);
    child<QCheckBox>(&w, "dayFri")->setChecked(false);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(w.currentId(), int(CampaignWizard::TypePage));
    QVERIFY(!MessageBox::lastText().isEmpty());
    child<QCheckBox>(&w, "dayMon")->setChecked(true);
    child<QCheckBox>(&w, "dayFri")->setChecked(true);
    next(w);
    QSignalSpy savedSpy(&w, &CampaignWizard::saved);
    finish(w);
    const Campaign c = saved(savedSpy.first().first().toLongLong());
    QCOMPARE(c.kind, QStringLiteral("recurring"));
    QCOMPARE(c.schedule.value(QStringLiteral("every")).toString(), QStringLiteral("weekly"));
    QCOMPARE(c.schedule.value(QStringLiteral("time")).toString(), QStringLiteral("10:30"));
    QCOMPARE(c.schedule.value(QStringLiteral("tz")).toString(), QStringLiteral("Asia/Kolkata"));
    QCOMPARE(c.schedule.value(QStringLiteral("days")).toArray(), (QJsonArray { 1, 5 }));
    QCOMPARE(c.schedule.value(QStringLiteral("end")).toString(), end.toString(Qt::ISODate));
    QVERIFY(!c.schedule.contains(QStringLiteral("start")));
}

void TestCampaignWizard::triggered()
{
    CampaignWizard w(m_t->workspace());
    w.show();
    fillFirstPage(w, QStringLiteral("Shipped"));
    // An event field as a source.
    setParam(w, QStringLiteral("body.2"), 3, QStringLiteral("date"), QStringLiteral("soon"));
    next(w);
    next(w);
    QTest::mouseClick(child<QRadioButton>(&w, "kindTriggered"), Qt::LeftButton);
    QVERIFY(!child<QWidget>(&w, "timeZoneRow")->isVisible());
    QTest::keyClicks(child<QLineEdit>(&w, "eventEdit"), QStringLiteral("order_shipped"));
    QTest::mouseClick(child<QPushButton>(&w, "addTriggerConditionButton"), Qt::LeftButton);
    auto *conditions = child<QTableWidget>(&w, "conditionTable");
    conditions->item(0, 0)->setText(QStringLiteral("total"));
    qobject_cast<QComboBox *>(conditions->cellWidget(0, 1))->setCurrentText(QStringLiteral(">="));
    conditions->item(0, 2)->setText(QStringLiteral("100"));
    child<QSpinBox>(&w, "delaySpin")->setValue(30);
    child<QCheckBox>(&w, "unlessCheck")->setChecked(true);
    QTest::keyClicks(child<QLineEdit>(&w, "unlessEventEdit"), QStringLiteral("order_cancelled"));
    child<QSpinBox>(&w, "unlessHoursSpin")->setValue(2);
    child<QSpinBox>(&w, "cooldownSpin")->setValue(48);
    Screenshot::save(&w, QStringLiteral("wizard-3-type-triggered"));
    next(w);
    const PreflightReport &r = child<PreflightView>(&w, "preflightView")->report();
    QVERIFY(r.triggered);
    QVERIFY(child<QTextBrowser>(&w, "preflightText")->toPlainText().contains(QLatin1String("decided per event")));
    Screenshot::save(&w, QStringLiteral("wizard-4-preflight-triggered"));
    QSignalSpy savedSpy(&w, &CampaignWizard::saved);
    finish(w);
    const Campaign c = saved(savedSpy.first().first().toLongLong());
    QCOMPARE(c.kind, QStringLiteral("triggered"));
    QCOMPARE(c.params.at(1).toString(), QStringLiteral("body.2=event:date|soon"));
    QCOMPARE(c.trigger.value(QStringLiteral("event")).toString(), QStringLiteral("order_shipped"));
    QCOMPARE(c.trigger.value(QStringLiteral("match")).toString(), QStringLiteral("all"));
    const QJsonObject cond = c.trigger.value(QStringLiteral("conditions")).toArray().first().toObject();
    QCOMPARE(cond.value(QStringLiteral("key")).toString(), QStringLiteral("total"));
    QCOMPARE(cond.value(QStringLiteral("op")).toString(), QStringLiteral(">="));
    QCOMPARE(cond.value(QStringLiteral("value")).toString(), QStringLiteral("100"));
    QCOMPARE(c.trigger.value(QStringLiteral("delay_minutes")).toInt(), 30);
    QCOMPARE(c.trigger.value(QStringLiteral("unless")).toObject().value(QStringLiteral("event")).toString(),
        QStringLiteral("order_cancelled"));
    QCOMPARE(c.trigger.value(QStringLiteral("unless")).toObject().value(QStringLiteral("within_hours")).toInt(), 2);
    QCOMPARE(c.trigger.value(QStringLiteral("cooldown_hours")).toInt(), 48);
}

void TestCampaignWizard::retargetPreset()
{
    CampaignWizard w(m_t->workspace());
    const QString expr = QStringLiteral("campaign:%1:read and not campaign:%1:replied").arg(m_earlier);
    w.setAudience(expr);
    w.show();
    QVERIFY(child<QRadioButton>(&w, "audienceRetarget")->isChecked());
    QCOMPARE(child<QComboBox>(&w, "retargetCampaignCombo")->currentData().toLongLong(), m_earlier);
    QCOMPARE(child<QComboBox>(&w, "retargetStatCombo")->currentData().toString(), QStringLiteral("read"));
    QVERIFY(child<QCheckBox>(&w, "retargetNotCheck")->isChecked());
    QCOMPARE(child<QComboBox>(&w, "retargetNotStatCombo")->currentData().toString(), QStringLiteral("replied"));
    QCOMPARE(w.audience(), expr);
    fillFirstPage(w, QStringLiteral("Read, no reply"));
    next(w);
    // Ravi read and did not reply.
    QTRY_VERIFY(child<QLabel>(&w, "audienceCountLabel")->text().contains(QLatin1String("<b>1 contact")));
    Screenshot::save(&w, QStringLiteral("wizard-2-audience-retarget"));
    child<QCheckBox>(&w, "retargetNotCheck")->setChecked(false);
    QCOMPARE(w.audience(), QStringLiteral("campaign:%1:read").arg(m_earlier));
    QTRY_VERIFY(child<QLabel>(&w, "audienceCountLabel")->text().contains(QLatin1String("<b>2 contact")));
    child<QCheckBox>(&w, "retargetNotCheck")->setChecked(true);
    next(w);
    next(w);
    QCOMPARE(child<PreflightView>(&w, "preflightView")->report().audience, qint64(1));
    QSignalSpy savedSpy(&w, &CampaignWizard::saved);
    finish(w);
    QCOMPARE(saved(savedSpy.first().first().toLongLong()).audience, expr);
}

void TestCampaignWizard::customExpressionPreset()
{
    CampaignWizard w(m_t->workspace());
    w.setAudience(QStringLiteral("run:1:failed:131026 or tag:vip"));
    QVERIFY(child<QRadioButton>(&w, "audienceCustom")->isChecked());
    QCOMPARE(w.audience(), QStringLiteral("run:1:failed:131026 or tag:vip"));
    w.setAudience(QString());
    QVERIFY(child<QRadioButton>(&w, "audienceAll")->isChecked());
    QCOMPARE(w.audience(), QString());
}

void TestCampaignWizard::segmentPresetLoadsRows()
{
    CampaignWizard w(m_t->workspace());
    w.setAudience(QStringLiteral("tag:\"spring sale\" or not attr:city=Pune"));
    QVERIFY(child<QRadioButton>(&w, "audienceSegment")->isChecked());
    auto *segment = child<QTableWidget>(&w, "segmentTable");
    QCOMPARE(segment->rowCount(), 2);
    QCOMPARE(segment->item(0, 3)->text(), QStringLiteral("spring sale"));
    QCOMPARE(segment->item(1, 1)->checkState(), Qt::Checked);
    QCOMPARE(segment->item(1, 4)->text(), QStringLiteral("Pune"));
    QCOMPARE(w.audience(), QStringLiteral("tag:\"spring sale\" or not attr:city=Pune"));
}

void TestCampaignWizard::editExistingCampaign()
{
    CampaignWizard w(m_t->workspace(), m_earlier);
    w.show();
    QCOMPARE(child<QLineEdit>(&w, "nameEdit")->text(), QStringLiteral("Earlier"));
    QVERIFY(child<QListWidget>(&w, "templateList")
                ->currentItem()
                ->text()
                .startsWith(QLatin1String("appointment_reminder")));
    QCOMPARE(child<QTableWidget>(&w, "paramTable")->item(0, 2)->text(), QStringLiteral("a"));
    // The campaign itself is not offered for retargeting.
    QCOMPARE(child<QComboBox>(&w, "retargetCampaignCombo")->findData(m_earlier), -1);
    child<QLineEdit>(&w, "nameEdit")->setText(QStringLiteral("Earlier, renamed"));
    next(w);
    next(w);
    QTest::mouseClick(child<QRadioButton>(&w, "kindRecurring"), Qt::LeftButton);
    child<QComboBox>(&w, "everyCombo")->setCurrentIndex(2); // monthly
    child<QSpinBox>(&w, "dayOfMonthSpin")->setValue(15);
    child<QComboBox>(&w, "timeZoneCombo")->setCurrentText(QStringLiteral("UTC"));
    next(w);
    finish(w);
    const Campaign c = saved(m_earlier);
    QCOMPARE(c.name, QStringLiteral("Earlier, renamed"));
    QCOMPARE(c.kind, QStringLiteral("recurring"));
    QCOMPARE(c.schedule.value(QStringLiteral("every")).toString(), QStringLiteral("monthly"));
    QCOMPARE(c.schedule.value(QStringLiteral("day_of_month")).toInt(), 15);
    QCOMPARE(CampaignStore(m_t->workspace().database()).list().valueOr({}).size(), 1);

    // Opening it again shows what was saved.
    CampaignWizard again(m_t->workspace(), m_earlier);
    QVERIFY(child<QRadioButton>(&again, "kindRecurring")->isChecked());
    QCOMPARE(child<QSpinBox>(&again, "dayOfMonthSpin")->value(), 15);
}

void TestCampaignWizard::startRightAway()
{
    CampaignWizard w(m_t->workspace());
    w.show();
    fillFirstPage(w, QStringLiteral("Now"));
    next(w);
    next(w);
    next(w);
    child<QCheckBox>(&w, "startNowCheck")->setChecked(true);
    QSignalSpy start(&w, &CampaignWizard::startRequested);
    finish(w);
    QCOMPARE(start.count(), 1);
    QVERIFY(start.first().first().toLongLong() > m_earlier);
}

void TestCampaignWizard::onlyApprovedTemplatesAreListed()
{
    CampaignWizard w(m_t->workspace());
    auto *list = child<QListWidget>(&w, "templateList");
    QStringList names;
    for (int row = 0; row < list->count(); ++row)
        names << list->item(row)->text().section(QLatin1Char(' '), 0, 0);
    QVERIFY(names.contains(QStringLiteral("order_update")));
    QVERIFY(!names.contains(QStringLiteral("flash_sale"))); // PAUSED
    QVERIFY(!names.contains(QStringLiteral("win_a_prize"))); // REJECTED
    QTest::keyClicks(child<QLineEdit>(&w, "templateSearch"), QStringLiteral("login"));
    int visible = 0;
    for (int row = 0; row < list->count(); ++row)
        visible += list->item(row)->isHidden() ? 0 : 1;
    QCOMPARE(visible, 1);
}

void TestCampaignWizard::rateCardDialog()
{
    QString error;
    QVERIFY(RateCard(m_t->workspace().database())
                .set({ QStringLiteral("UTILITY"), QString(), 0.01, QStringLiteral("USD") }, &error));
    RateCardDialog d(m_t->workspace());
    d.show();
    QCOMPARE(d.table()->rowCount(), 1);
    QTest::mouseClick(child<QPushButton>(&d, "addRateButton"), Qt::LeftButton);
    QCOMPARE(d.table()->rowCount(), 2);
    qobject_cast<QComboBox *>(d.table()->cellWidget(1, 0))->setCurrentText(QStringLiteral("UTILITY"));
    d.table()->item(1, 1)->setText(QStringLiteral("in"));
    qobject_cast<QDoubleSpinBox *>(d.table()->cellWidget(1, 2))->setValue(0.0014);
    d.table()->item(1, 4)->setText(QStringLiteral("2025-07-01"));   // valid from (issue 18)
    Screenshot::save(&d, QStringLiteral("wizard-ratecard"));
    d.accept();
    QCOMPARE(d.result(), int(QDialog::Accepted));
    const auto rate
        = RateCard(m_t->workspace().database()).lookup(QStringLiteral("UTILITY"), QStringLiteral("IN"), &error);
    QVERIFY(rate);
    QCOMPARE(rate->price, 0.0014);
    QCOMPARE(RateCard(m_t->workspace().database()).list(&error).size(), 2);
    // Before its valid-from day the India row does not apply: the any-country price does.
    QCOMPARE(RateCard(m_t->workspace().database())
                 .lookup(QStringLiteral("UTILITY"), QStringLiteral("IN"), QDate(2025, 6, 30), &error)
                 ->price,
             0.01);
}

void TestCampaignWizard::testSendDialog()
{
    const Campaign c = saved(m_earlier);
    TestSendDialog d(m_t->workspace(), c);
    d.show();
    QTest::keyClicks(d.phoneEdit(), QStringLiteral("12345"));
    QTest::mouseClick(d.sendButton(), Qt::LeftButton);
    QVERIFY(d.resultLabel()->text().contains(QLatin1String("country code")));
    d.phoneEdit()->setText(QStringLiteral("+91 98765 43210"));
    QTest::mouseClick(d.sendButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        d.resultLabel()->text().startsWith(QLatin1String("Test message sent to +919876543210")), 15000);
    QVERIFY(child<QLabel>(&d, "testPreviewLabel")->text().contains(QLatin1String("Reminder: your appointment with a")));
    Screenshot::save(&d, QStringLiteral("wizard-testsend"));
}

void TestCampaignWizard::campaignsPageOpensTheWizard()
{
    CampaignsPage page(m_t->workspace());
    page.resize(1000, 700);
    page.show();
    QCOMPARE(page.model()->rowCount(), 1);
    auto *newAction = page.findChild<QAction *>(QStringLiteral("newAction"));
    QVERIFY(newAction);
    QCOMPARE(newAction->shortcut(), QKeySequence(QKeySequence::New));
    QVERIFY(page.findChild<QToolButton *>(QStringLiteral("newButton")));
    auto *editAction = page.findChild<QAction *>(QStringLiteral("editAction"));
    QVERIFY(editAction);
    QVERIFY(!editAction->isEnabled()); // nothing selected yet

    QTest::mouseClick(page.findChild<QToolButton *>(QStringLiteral("newButton")), Qt::LeftButton);
    CampaignWizard *wizard = page.findChild<CampaignWizard *>();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    QVERIFY(wizard->testAttribute(Qt::WA_DeleteOnClose));
    fillFirstPage(*wizard, QStringLiteral("From the page"));
    next(*wizard);
    next(*wizard);
    next(*wizard);
    QPointer<CampaignWizard> guard(wizard);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(guard.isNull()); // closed and deleted
    QTRY_COMPARE(page.model()->rowCount(), 2);
    QVERIFY(page.currentCampaignId() > m_earlier); // the new campaign is selected
    QVERIFY(editAction->isEnabled());

    // Edit… opens the selected campaign.
    editAction->trigger();
    CampaignWizard *edit = page.findChild<CampaignWizard *>();
    QVERIFY(edit);
    QCOMPARE(edit->campaignId(), page.currentCampaignId());
    QCOMPARE(child<QLineEdit>(edit, "nameEdit")->text(), QStringLiteral("From the page"));
    edit->reject();
}

void TestCampaignWizard::pagesAreClassesInFormOrder()
{
    CampaignWizard w(m_t->workspace());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.objectName(), QStringLiteral("campaignWizard"));
    QCOMPARE(w.buttonText(QWizard::FinishButton), QStringLiteral("&Save"));
    QVERIFY(qobject_cast<CampaignTemplatePage *>(w.page(CampaignWizard::TemplatePage)));
    QVERIFY(qobject_cast<CampaignAudiencePage *>(w.page(CampaignWizard::AudiencePage)));
    QVERIFY(qobject_cast<CampaignTypePage *>(w.page(CampaignWizard::TypePage)));
    QVERIFY(qobject_cast<CampaignPreflightPage *>(w.page(CampaignWizard::PreflightPage)));
    QCOMPARE(w.page(CampaignWizard::TemplatePage)->objectName(), QStringLiteral("pageTemplate"));
    QCOMPARE(w.page(CampaignWizard::AudiencePage)->objectName(), QStringLiteral("pageAudience"));
    QCOMPARE(w.page(CampaignWizard::TypePage)->objectName(), QStringLiteral("pageType"));
    QCOMPARE(w.page(CampaignWizard::PreflightPage)->objectName(), QStringLiteral("pagePreflight"));
    QCOMPARE(child<QLabel>(&w, "nameLabel")->buddy(), child<QLineEdit>(&w, "nameEdit"));
    QCOMPARE(child<QLabel>(&w, "accountLabel")->buddy(), child<QComboBox>(&w, "accountCombo"));

    // Tab moves through each page's fields in the order of the form, one page after the other.
    const QStringList formOrder { QStringLiteral("nameEdit"), QStringLiteral("accountCombo"),
        QStringLiteral("templateSearch"), QStringLiteral("templateList"), QStringLiteral("paramTable"),
        QStringLiteral("audienceAll"), QStringLiteral("audienceSegment"), QStringLiteral("segmentTable"),
        QStringLiteral("addConditionButton"), QStringLiteral("removeConditionButton"),
        QStringLiteral("audienceRetarget"), QStringLiteral("retargetCampaignCombo"),
        QStringLiteral("retargetStatCombo"), QStringLiteral("retargetNotCheck"),
        QStringLiteral("retargetNotStatCombo"), QStringLiteral("audienceCustom"), QStringLiteral("expressionEdit"),
        QStringLiteral("kindOnce"), QStringLiteral("kindScheduled"), QStringLiteral("kindRecurring"),
        QStringLiteral("kindTriggered"), QStringLiteral("timeZoneCombo"), QStringLiteral("graceSpin"),
        QStringLiteral("scheduledAtEdit"), QStringLiteral("everyCombo"), QStringLiteral("eventEdit"),
        QStringLiteral("cooldownSpin"), QStringLiteral("recheckButton"), QStringLiteral("rateCardButton"),
        QStringLiteral("testSendButton"), QStringLiteral("startNowCheck") };
    QStringList chain;
    QWidget *start = child<QLineEdit>(&w, "nameEdit");
    for (QWidget *it = start; it && (chain.isEmpty() || it != start); it = it->nextInFocusChain()) {
        if (formOrder.contains(it->objectName()))
            chain << it->objectName();
    }
    QCOMPARE(chain, formOrder);
}

void TestCampaignWizard::sendWindowInRecipientTime()
{
    // Issue 18 §2: "send at 10:00 recipient time, never 21:00–09:00" on the schedule page; the pre-flight shows the
    // waves; a send time inside the quiet hours is refused on the page, naming both.
    CampaignWizard w(m_t->workspace());
    w.show();
    fillFirstPage(w, QStringLiteral("Windowed"));
    next(w);
    next(w);
    QTest::mouseClick(child<QCheckBox>(&w, "sendAtCheck"), Qt::LeftButton);
    QTest::mouseClick(child<QCheckBox>(&w, "quietHoursCheck"), Qt::LeftButton);
    child<QTimeEdit>(&w, "sendAtEdit")->setTime(QTime(22, 0));
    const int page = w.currentId();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
    QTRY_COMPARE(MessageBox::pendingAnswers(), 0);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("21:00-09:00")), qPrintable(MessageBox::lastText()));
    QCOMPARE(w.currentId(), page);
    child<QTimeEdit>(&w, "sendAtEdit")->setTime(QTime(10, 0));
    Screenshot::save(&w, QStringLiteral("wizard-3-send-window"));
    next(w);
    const PreflightReport report = child<PreflightView>(&w, "preflightView")->report();
    QVERIFY(!report.sendWindow.isEmpty());
    qint64 inWaves = 0;
    for (const SendWindowPlan::Wave &wave : report.waves)
        inWaves += wave.recipients;
    QCOMPARE(inWaves, report.sendable);
    QVERIFY(report.lastSendAt > 0);
    Screenshot::save(&w, QStringLiteral("wizard-4-preflight-waves"));
    QSignalSpy savedSpy(&w, &CampaignWizard::saved);
    finish(w);
    const Campaign c = saved(savedSpy.first().first().toLongLong());
    QCOMPARE(c.sendWindow.value(QStringLiteral("local_time")).toString(), QStringLiteral("10:00"));
    QCOMPARE(c.sendWindow.value(QStringLiteral("quiet_hours")).toString(), QStringLiteral("21:00-09:00"));
}

QTEST_MAIN(TestCampaignWizard)
#include "tst_campaignwizard.moc"
