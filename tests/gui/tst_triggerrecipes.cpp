// The campaign wizard's ready recipes for shop orders (issue 14): each fills in the trigger page (event, delay,
// conditions, unless-event, cooldown, consent field) and maps the template's parameters to the event's keys, and
// the campaign saved from it is exactly the recipe. A screenshot of each trigger page goes to HERALD_SCREENSHOT_DIR.
#include "models/accounts/account.h"
#include "models/campaigns/campaign.h"
#include "models/campaigns/schedule.h"
#include "models/campaigns/triggerrecipes.h"
#include "models/storage/workspace.h"
#include "models/templates/templatestore.h"
#include "screenshot.h"
#include "testworkspace.h"
#include "ui/campaigns/campaigntemplatepage.h"
#include "ui/campaigns/campaignwizard.h"
#include "ui/messagebox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

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

class TestTriggerRecipes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void recipeFillsTheTriggerAndTheParameters_data();
    void recipeFillsTheTriggerAndTheParameters();
    void consentFieldIsEditedAndLoaded();

private:
    void chooseTemplate(CampaignWizard &w, const QString &name);
    void go(CampaignWizard &w, QWizard::WizardButton button, int to);
    // {source index, key, fallback} of a parameter row.
    QStringList paramRow(CampaignWizard &w, const QString &slot);

    std::unique_ptr<TestWorkspace> m_t;
};

void TestTriggerRecipes::init()
{
    MessageBox::clearNextAnswers();
    m_t = std::make_unique<TestWorkspace>();
    QSqlDatabase db = m_t->workspace().database();
    QString error;
    const qint64 account = AccountStore(db).defaultAccount(&error)->id;
    QVERIFY(TemplateStore(db).applySync(account, builtInSandboxTemplates(), &error));
}

void TestTriggerRecipes::cleanup()
{
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    m_t.reset();
}

void TestTriggerRecipes::chooseTemplate(CampaignWizard &w, const QString &name)
{
    QTest::keyClicks(child<QLineEdit>(&w, "nameEdit"), QStringLiteral("Shop"));
    auto *list = child<QListWidget>(&w, "templateList");
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().startsWith(name + QStringLiteral(" (en_US)")))
            list->setCurrentRow(row);
    }
    QVERIFY(list->currentRow() >= 0);
}

void TestTriggerRecipes::go(CampaignWizard &w, QWizard::WizardButton button, int to)
{
    QTest::mouseClick(w.button(button), Qt::LeftButton);
    QTRY_COMPARE(w.currentId(), to);
    QTRY_VERIFY(!w.isCheckingPreflight());
}

QStringList TestTriggerRecipes::paramRow(CampaignWizard &w, const QString &slot)
{
    auto *table = child<QTableWidget>(&w, "paramTable");
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->data(CampaignTemplatePage::kSlotRole).toString() == slot)
            return { qobject_cast<QComboBox *>(table->cellWidget(row, 1))->currentData().toString(),
                table->item(row, 2)->text(), table->item(row, 3)->text() };
    }
    return {};
}

void TestTriggerRecipes::recipeFillsTheTriggerAndTheParameters_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("event");
    QTest::addColumn<int>("conditions");
    QTest::addColumn<QString>("unless");
    QTest::addColumn<QString>("body2"); // the event key of the body's second variable
    QTest::newRow("order confirmation") << QStringLiteral("order_confirmation") << QStringLiteral("order_placed") << 0
                                        << QString() << QStringLiteral("order_number");
    QTest::newRow("shipping update") << QStringLiteral("shipping_update") << QStringLiteral("order_fulfilled") << 1
                                     << QString() << QStringLiteral("order_number");
    QTest::newRow("abandoned checkout") << QStringLiteral("abandoned_checkout") << QStringLiteral("checkout_started")
                                        << 0 << QStringLiteral("order_placed") << QStringLiteral("total");
    QTest::newRow("cash on delivery") << QStringLiteral("cod_confirmation") << QStringLiteral("order_placed") << 2
                                      << QString() << QStringLiteral("order_number");
}

void TestTriggerRecipes::recipeFillsTheTriggerAndTheParameters()
{
    QFETCH(QString, id);
    QFETCH(QString, event);
    QFETCH(int, conditions);
    QFETCH(QString, unless);
    QFETCH(QString, body2);
    CampaignWizard w(m_t->workspace());
    w.show();
    chooseTemplate(w, QStringLiteral("order_update"));
    go(w, QWizard::NextButton, CampaignWizard::AudiencePage);
    go(w, QWizard::NextButton, CampaignWizard::TypePage);

    auto *recipes = child<QComboBox>(&w, "recipeCombo");
    auto *use = child<QPushButton>(&w, "useRecipeButton");
    QVERIFY(!use->isEnabled()); // nothing chosen yet
    const int index = recipes->findData(id);
    QVERIFY(index > 0);
    recipes->setCurrentIndex(index);
    QVERIFY(use->isEnabled());
    QTest::mouseClick(use, Qt::LeftButton);

    QVERIFY(child<QRadioButton>(&w, "kindTriggered")->isChecked());
    QCOMPARE(child<QLineEdit>(&w, "eventEdit")->text(), event);
    QCOMPARE(child<QTableWidget>(&w, "conditionTable")->rowCount(), conditions);
    QCOMPARE(child<QCheckBox>(&w, "unlessCheck")->isChecked(), !unless.isEmpty());
    if (!unless.isEmpty()) {
        QCOMPARE(child<QLineEdit>(&w, "unlessEventEdit")->text(), unless);
        QCOMPARE(child<QSpinBox>(&w, "unlessHoursSpin")->value(), 2);
    }
    QCOMPARE(child<QComboBox>(&w, "consentFieldCombo")->currentText(), QStringLiteral("order.buyer_accepts_marketing"));
    Screenshot::save(&w, QStringLiteral("wizard-3-recipe-") + id);

    // The template page now takes the event's keys.
    go(w, QWizard::BackButton, CampaignWizard::AudiencePage);
    go(w, QWizard::BackButton, CampaignWizard::TemplatePage);
    const QString event_ = QString::number(int(ParamMapping::Source::Event));
    QCOMPARE(paramRow(w, QStringLiteral("body.1")), (QStringList { event_, QStringLiteral("first_name"), QStringLiteral("there") }));
    QCOMPARE(paramRow(w, QStringLiteral("body.2")).value(0), event_);
    QCOMPARE(paramRow(w, QStringLiteral("body.2")).value(1), body2);
    QCOMPARE(paramRow(w, QStringLiteral("header.1")).value(0), event_);
    QCOMPARE(paramRow(w, QStringLiteral("button.0")).value(0), event_);
    Screenshot::save(&w, QStringLiteral("wizard-1-recipe-") + id);

    go(w, QWizard::NextButton, CampaignWizard::AudiencePage);
    go(w, QWizard::NextButton, CampaignWizard::TypePage);
    go(w, QWizard::NextButton, CampaignWizard::PreflightPage);
    QSignalSpy saved(&w, &CampaignWizard::saved);
    QSignalSpy done(&w, &QWizard::finished);
    QTest::mouseClick(w.button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE(done.count(), 1);
    QCOMPARE(w.result(), int(QDialog::Accepted));
    QString error;
    const auto c = CampaignStore(m_t->workspace().database()).byId(saved.first().first().toLongLong(), &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->kind, QStringLiteral("triggered"));
    // What was saved is the recipe's trigger, as TriggerSpec reads it.
    TriggerRecipe recipe;
    for (const TriggerRecipe &r : TriggerRecipe::all()) {
        if (r.id == id)
            recipe = r;
    }
    const auto expected = TriggerSpec::fromJson(recipe.trigger, &error);
    const auto got = TriggerSpec::fromJson(c->trigger, &error);
    QVERIFY2(expected && got, qPrintable(error));
    QCOMPARE(got->toJson(), expected->toJson());
    QCOMPARE(c->params.size(), 5); // header.1, body.1-3, button.0: every one from the event
    for (const ParamMapping &p : c->params)
        QCOMPARE(p.source, ParamMapping::Source::Event);
}

void TestTriggerRecipes::consentFieldIsEditedAndLoaded()
{
    qint64 id = 0;
    {
        CampaignWizard w(m_t->workspace());
        w.show();
        chooseTemplate(w, QStringLiteral("order_update"));
        go(w, QWizard::NextButton, CampaignWizard::AudiencePage);
        go(w, QWizard::NextButton, CampaignWizard::TypePage);
        QTest::mouseClick(child<QRadioButton>(&w, "kindTriggered"), Qt::LeftButton);
        auto *consent = child<QComboBox>(&w, "consentFieldCombo");
        QCOMPARE(consent->currentText(), QString()); // no consent from orders unless the owner chooses it
        auto *recipes = child<QComboBox>(&w, "recipeCombo");
        recipes->setCurrentIndex(recipes->findData(QStringLiteral("order_confirmation")));
        QTest::mouseClick(child<QPushButton>(&w, "useRecipeButton"), Qt::LeftButton);
        // A malformed path is named in the summary and refused on Next.
        consent->setEditText(QString());
        QTest::keyClicks(consent->lineEdit(), QStringLiteral("order..x"));
        QVERIFY(child<QLabel>(&w, "scheduleSummary")->text().contains(QStringLiteral("consent_field")));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(w.currentId(), int(CampaignWizard::TypePage));
        consent->setEditText(QStringLiteral("order.meta_data[key=whatsapp_opt_in].value"));
        QVERIFY2(child<QLabel>(&w, "scheduleSummary")->text().contains(QStringLiteral("whatsapp_opt_in")),
            qPrintable(child<QLabel>(&w, "scheduleSummary")->text()));
        go(w, QWizard::NextButton, CampaignWizard::PreflightPage);
        QSignalSpy saved(&w, &CampaignWizard::saved);
        QSignalSpy done(&w, &QWizard::finished);
        QTest::mouseClick(w.button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_COMPARE(done.count(), 1);
        id = saved.first().first().toLongLong();
    }
    QString error;
    const auto c = CampaignStore(m_t->workspace().database()).byId(id, &error);
    QCOMPARE(c->trigger.value(QStringLiteral("consent_field")).toString(),
        QStringLiteral("order.meta_data[key=whatsapp_opt_in].value"));
    // Editing shows it again.
    CampaignWizard edit(m_t->workspace(), id);
    edit.show();
    QCOMPARE(child<QComboBox>(&edit, "consentFieldCombo")->currentText(),
        QStringLiteral("order.meta_data[key=whatsapp_opt_in].value"));
}

QTEST_MAIN(TestTriggerRecipes)
#include "tst_triggerrecipes.moc"
