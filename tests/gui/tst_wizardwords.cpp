// Words a shop owner understands in the campaign wizard and on the Campaigns page (issue 15 §2): each parameter
// slot shows the template text around it, tags and attribute keys are picked from those in the workspace, the
// audience reads in words (the expression stays under Advanced and in tooltips), and "New campaign from these"
// opens the wizard with that audience.
#include "models/accounts/account.h"
#include "models/campaigns/campaign.h"
#include "models/contacts/contactstore.h"
#include "models/itemmodels/campaigntablemodel.h"
#include "models/storage/workspace.h"
#include "models/templates/templatestore.h"
#include "screenshot.h"
#include "testworkspace.h"
#include "ui/campaigns/campaignspage.h"
#include "ui/campaigns/campaigntemplatepage.h"
#include "ui/campaigns/campaignwizard.h"
#include "ui/messagebox.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <tuple>

namespace {

template<typename T>
T *child(QWidget *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

// The items of the pick-list editor open on `index` of `table`.
QStringList pickListAt(QTableWidget *table, int row, int column)
{
    table->setCurrentCell(row, column);
    table->editItem(table->item(row, column));
    auto *combo = table->findChild<QComboBox *>(QStringLiteral("pickList"));
    QStringList items;
    for (int i = 0; combo && i < combo->count(); ++i)
        items << combo->itemText(i);
    table->setCurrentCell(-1, -1);   // commits and closes the editor
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return items;
}

} // namespace

class TestWizardWords : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void slotsShowTheTemplateText();
    void tagsAndAttributesArePicked();
    void audienceInWordsWithAdvancedExpression();
    void newCampaignFromThesePrefills();
    void campaignsPageShowsWords();

private:
    void chooseTemplate(CampaignWizard &w, const QString &name);

    std::unique_ptr<TestWorkspace> m_t;
    qint64 m_account = 0;
    qint64 m_earlier = 0;
    qint64 m_run = 0;
};

void TestWizardWords::init()
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
    const QList<std::tuple<QString, QString, QString>> people{
        {QStringLiteral("+919876543210"), QStringLiteral("vip"), QStringLiteral("doctor")},
        {QStringLiteral("+919876543211"), QStringLiteral("diwali"), QStringLiteral("city")},
    };
    QList<qint64> ids;
    for (const auto &[phone, tag, key] : people) {
        Contact c;
        c.phone = phone;
        c.name = QStringLiteral("C");
        c.tags = {tag};
        c.attributes.insert(key, QStringLiteral("x"));
        ids << contacts.upsert(c, &error);
        QVERIFY2(ids.last() > 0, qPrintable(error));
    }
    QVERIFY(contacts.optIn(ids, QStringLiteral("test"), &error));

    Campaign earlier;
    earlier.name = QStringLiteral("Diwali");
    earlier.accountId = m_account;
    earlier.templateName = QStringLiteral("appointment_reminder");
    earlier.language = QStringLiteral("en_US");
    for (const QString &p : {QStringLiteral("body.1=text:a"), QStringLiteral("body.2=text:b"), QStringLiteral("body.3=text:c")})
        earlier.params << *ParamMapping::parse(p, &error);
    m_earlier = CampaignStore(db).create(earlier, &error);
    QVERIFY2(m_earlier > 0, qPrintable(error));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO campaign_runs (campaign_id, planned_at, updated_at) VALUES (?, 0, 0)"));
    q.addBindValue(m_earlier);
    QVERIFY(q.exec());
    m_run = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT INTO recipients (run_id, contact_id, phone, state, updated_at) "
                             "VALUES (?, ?, '+919876543210', 'read', 0)"));
    q.addBindValue(m_run);
    q.addBindValue(ids.first());
    QVERIFY(q.exec());
}

void TestWizardWords::cleanup()
{
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    m_t.reset();
}

void TestWizardWords::chooseTemplate(CampaignWizard &w, const QString &name)
{
    auto *list = child<QListWidget>(&w, "templateList");
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().startsWith(name + QStringLiteral(" (en_US)"))) {
            list->setCurrentRow(row);
            // appointment_reminder: {{1}} the contact's name (the default), {{2}} and {{3}} fixed texts.
            auto *params = child<QTableWidget>(&w, "paramTable");
            params->item(1, 2)->setText(QStringLiteral("12 March"));
            params->item(2, 2)->setText(QStringLiteral("10:30"));
            return;
        }
    }
    QFAIL("no such template");
}

void TestWizardWords::slotsShowTheTemplateText()
{
    CampaignWizard w(m_t->workspace());
    w.resize(1024, 700);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    chooseTemplate(w, QStringLiteral("appointment_reminder"));
    auto *table = child<QTableWidget>(&w, "paramTable");
    QCOMPARE(table->rowCount(), 3);
    // "Reminder: your appointment with {{1}} is on {{2}} at {{3}}. Reply YES to confirm."
    const QStringList expected{
        QStringLiteral("…your appointment with {{1}} is on {{2}} at {{3}}. Reply…"),
        QStringLiteral("…with {{1}} is on {{2}} at {{3}}. Reply YES to…"),
        QStringLiteral("…with {{1}} is on {{2}} at {{3}}. Reply YES to confirm."),
    };
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(table->item(row, 0)->text(), expected.at(row));
        QCOMPARE(table->item(row, 0)->data(CampaignTemplatePage::kSlotRole).toString(),
                 QStringLiteral("body.%1").arg(row + 1));
        QVERIFY(!table->item(row, 0)->text().startsWith(QLatin1String("body.")));
    }
    Screenshot::save(&w, QStringLiteral("wizard-slot-context"));
}

void TestWizardWords::tagsAndAttributesArePicked()
{
    CampaignWizard w(m_t->workspace());
    w.resize(1024, 700);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    chooseTemplate(w, QStringLiteral("appointment_reminder"));
    // A parameter from an attribute: its key is picked from the attribute keys in use.
    auto *params = child<QTableWidget>(&w, "paramTable");
    qobject_cast<QComboBox *>(params->cellWidget(1, 1))->setCurrentIndex(1);   // Attribute
    QCOMPARE(pickListAt(params, 1, 2), (QStringList{QStringLiteral("city"), QStringLiteral("doctor")}));
    qobject_cast<QComboBox *>(params->cellWidget(1, 1))->setCurrentIndex(0);   // Contact field
    QCOMPARE(pickListAt(params, 1, 2), (QStringList{QStringLiteral("name"), QStringLiteral("phone")}));
    params->item(1, 2)->setText(QStringLiteral("name"));

    w.setAudience(QStringLiteral("tag:vip"));
    QTest::keyClicks(child<QLineEdit>(&w, "nameEdit"), QStringLiteral("Picked"));
    w.next();
    QTRY_COMPARE(w.currentId(), int(CampaignWizard::AudiencePage));
    auto *segment = child<QTableWidget>(&w, "segmentTable");
    QCOMPARE(segment->rowCount(), 1);
    QCOMPARE(pickListAt(segment, 0, 3), (QStringList{QStringLiteral("diwali"), QStringLiteral("vip")}));
    qobject_cast<QComboBox *>(segment->cellWidget(0, 2))->setCurrentIndex(1);   // attribute
    QCOMPARE(pickListAt(segment, 0, 3), (QStringList{QStringLiteral("city"), QStringLiteral("doctor")}));
    Screenshot::save(&w, QStringLiteral("wizard-audience-picklist"));
}

void TestWizardWords::audienceInWordsWithAdvancedExpression()
{
    CampaignWizard w(m_t->workspace());
    w.resize(1024, 700);
    const QString expr = QStringLiteral("campaign:%1:read and not campaign:%1:replied").arg(m_earlier);
    w.setAudience(expr);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::keyClicks(child<QLineEdit>(&w, "nameEdit"), QStringLiteral("Read, no reply"));
    chooseTemplate(w, QStringLiteral("appointment_reminder"));
    w.next();
    QTRY_COMPARE(w.currentId(), int(CampaignWizard::AudiencePage));
    QTRY_COMPARE(child<QLabel>(&w, "audienceWords")->text(),
                 QStringLiteral("Contacts who read campaign “Diwali” but did not reply to it"));
    // The expression is for power users: hidden until Advanced is chosen, and still the same expression.
    auto *edit = child<QLineEdit>(&w, "expressionEdit");
    QVERIFY(!edit->isVisible());
    QCOMPARE(edit->text(), expr);
    child<QRadioButton>(&w, "audienceCustom")->setChecked(true);
    QVERIFY(edit->isVisible());
    QCOMPARE(w.audience(), expr);
    edit->setText(QStringLiteral("tag:diwali"));
    QTRY_COMPARE(child<QLabel>(&w, "audienceWords")->text(), QStringLiteral("Contacts who are tagged “diwali”"));
    Screenshot::save(&w, QStringLiteral("wizard-audience-words"));
}

void TestWizardWords::newCampaignFromThesePrefills()
{
    // The dashboard's drill-down list emits its recipients as run:ID:STAT; the Campaigns page opens the wizard
    // with exactly that audience, described in words.
    CampaignsPage page(m_t->workspace());
    page.resize(1024, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QString expr = QStringLiteral("run:%1:read").arg(m_run);
    page.newCampaignWithAudience(expr);
    QTRY_VERIFY(page.findChild<CampaignWizard *>());
    auto *w = page.findChild<CampaignWizard *>();
    QCOMPARE(w->audience(), expr);
    QTest::keyClicks(child<QLineEdit>(w, "nameEdit"), QStringLiteral("Again"));
    chooseTemplate(*w, QStringLiteral("appointment_reminder"));
    w->next();
    QTRY_COMPARE(w->currentId(), int(CampaignWizard::AudiencePage));
    QTRY_COMPARE(child<QLabel>(w, "audienceWords")->text(), QStringLiteral("Contacts who read run 1 of campaign “Diwali”"));
    QTRY_VERIFY(child<QLabel>(w, "audienceCountLabel")->text().contains(QLatin1String("<b>1 contact")));
    Screenshot::save(w, QStringLiteral("wizard-new-from-these"));
    w->reject();
}

void TestWizardWords::campaignsPageShowsWords()
{
    QString error;
    Campaign c;
    c.name = QStringLiteral("Retarget");
    c.accountId = m_account;
    c.templateName = QStringLiteral("appointment_reminder");
    c.language = QStringLiteral("en_US");
    c.audience = QStringLiteral("campaign:%1:read and not campaign:%1:replied").arg(m_earlier);
    c.params = CampaignStore(m_t->workspace().database()).byId(m_earlier, &error)->params;
    QVERIFY2(CampaignStore(m_t->workspace().database()).create(c, &error) > 0, qPrintable(error));
    CampaignsPage page(m_t->workspace());
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QAbstractItemModel *model = page.model();
    QTRY_COMPARE(model->rowCount(), 2);
    int row = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, CampaignTableModel::NameColumn).data().toString() == QLatin1String("Retarget"))
            row = r;
    }
    const QModelIndex audience = model->index(row, CampaignTableModel::AudienceColumn);
    QCOMPARE(audience.data().toString(), QStringLiteral("Contacts who read campaign “Diwali” but did not reply to it"));
    QVERIFY(audience.data(Qt::ToolTipRole).toString().endsWith(c.audience));
    Screenshot::save(&page, QStringLiteral("campaigns-audience-words"));
}

QTEST_MAIN(TestWizardWords)
#include "tst_wizardwords.moc"
