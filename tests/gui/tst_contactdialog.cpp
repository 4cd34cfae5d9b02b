// The contact dialog (issue 15 §4): add and edit one contact in the window, the phone read by the importer's
// normaliser (an invalid number is refused naming the field), consent, tags and attributes from pick-lists, all
// written through ContactStore; the Contacts page opens it from its button and from a double-click / Enter.
#include "models/contacts/contactstore.h"
#include "models/storage/workspace.h"
#include "screenshot.h"
#include "testworkspace.h"
#include "ui/contacts/contactdialog.h"
#include "ui/contacts/contactspage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

namespace {

template<typename T>
T *child(QWidget *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

void save(ContactDialog &d)
{
    QTest::mouseClick(child<QDialogButtonBox>(&d, "buttonBox")->button(QDialogButtonBox::Save), Qt::LeftButton);
}

qint64 seed(ContactStore &store)
{
    Contact c;
    c.phone = QStringLiteral("+919812345678");
    c.name = QStringLiteral("Asha");
    c.tags = {QStringLiteral("vip"), QStringLiteral("diwali")};
    c.attributes.insert(QStringLiteral("city"), QStringLiteral("Pune"));
    c.attributes.insert(QStringLiteral("doctor"), QStringLiteral("Dr. Rao"));
    c.optInAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    c.optInSource = QStringLiteral("shop counter");
    QString error;
    const qint64 id = store.upsert(c, &error);
    if (id == 0)
        qFatal("seed: %s", qPrintable(error));
    return id;
}

} // namespace

class TestContactDialog : public QObject
{
    Q_OBJECT

private slots:
    void addRefusesInvalidPhoneNamingTheField();
    void addReadsNationalNumberWithDefaultRegion();
    void editChangesTagsAttributesAndConsent();
    void pageOpensDialogOnEnter();
};

void TestContactDialog::addRefusesInvalidPhoneNamingTheField()
{
    TestWorkspace t;
    ContactDialog d(t.workspace(), 0);
    d.setDefaultRegion(QStringLiteral("IN"));
    d.resize(1024, 700);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QTest::keyClicks(child<QLineEdit>(&d, "phoneEdit"), QStringLiteral("12"));
    QTest::keyClicks(child<QLineEdit>(&d, "nameEdit"), QStringLiteral("Ravi"));
    save(d);
    QVERIFY(d.isVisible());   // refused: the dialog stays open
    QVERIFY2(d.error().startsWith(QStringLiteral("Phone: ")), qPrintable(d.error()));
    QVERIFY(child<QLabel>(&d, "contactError")->isVisible());
    QCOMPARE(d.focusWidget(), child<QLineEdit>(&d, "phoneEdit"));
    Screenshot::save(&d, QStringLiteral("contact-dialog-invalid-phone"));
    QString error;
    QCOMPARE(ContactStore(t.workspace().database()).count(&error).value_or(-1), 0);

    // A number without a country code and no default region is refused too, saying why.
    d.setDefaultRegion(QString());
    child<QLineEdit>(&d, "phoneEdit")->setText(QStringLiteral("098765 43210"));
    save(d);
    QVERIFY(d.isVisible());
    QVERIFY2(d.error().startsWith(QStringLiteral("Phone: ")) && d.error().contains(QLatin1String("default region")),
             qPrintable(d.error()));
}

void TestContactDialog::addReadsNationalNumberWithDefaultRegion()
{
    TestWorkspace t;
    ContactStore store(t.workspace().database());
    seed(store);
    ContactDialog d(t.workspace(), 0);
    d.setDefaultRegion(QStringLiteral("IN"));
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    // The workspace's tags are a pick-list: tick one, type a new one.
    auto *tags = child<QListWidget>(&d, "tagList");
    QStringList offered;
    for (int i = 0; i < tags->count(); ++i)
        offered << tags->item(i)->text();
    QCOMPARE(offered, (QStringList{QStringLiteral("diwali"), QStringLiteral("vip")}));
    tags->item(1)->setCheckState(Qt::Checked);
    QTest::keyClicks(child<QLineEdit>(&d, "newTagsEdit"), QStringLiteral("walk-in"));
    QTest::keyClicks(child<QLineEdit>(&d, "phoneEdit"), QStringLiteral("098765 43210"));
    QTest::keyClicks(child<QLineEdit>(&d, "nameEdit"), QStringLiteral("Ravi"));
    auto *consent = child<QComboBox>(&d, "consentCombo");
    consent->setCurrentIndex(consent->findText(QStringLiteral("Opted in")));
    QTest::keyClicks(child<QLineEdit>(&d, "optInSourceEdit"), QStringLiteral("at the counter"));

    // An attribute key is picked from those in use: the editor is a combo box listing them.
    QTest::mouseClick(child<QPushButton>(&d, "addAttributeButton"), Qt::LeftButton);
    auto *attributes = child<QTableWidget>(&d, "attributeTable");
    QTRY_VERIFY(attributes->findChild<QComboBox *>(QStringLiteral("pickList")));
    auto *pick = attributes->findChild<QComboBox *>(QStringLiteral("pickList"));
    QStringList keys;
    for (int i = 0; i < pick->count(); ++i)
        keys << pick->itemText(i);
    QCOMPARE(keys, (QStringList{QStringLiteral("city"), QStringLiteral("doctor")}));
    pick->setCurrentIndex(0);
    attributes->setCurrentCell(0, 1);   // commits the editor
    attributes->item(0, 1)->setText(QStringLiteral("Mumbai"));
    Screenshot::save(&d, QStringLiteral("contact-dialog-add"));
    save(d);
    QVERIFY2(!d.isVisible(), qPrintable(d.error()));

    QString error;
    const auto added = store.byPhone(QStringLiteral("+919876543210"), &error);
    QVERIFY2(added, qPrintable(error));
    QCOMPARE(added->name, QStringLiteral("Ravi"));
    QCOMPARE(added->consent(), Contact::Consent::OptedIn);
    QCOMPARE(added->optInSource, QStringLiteral("at the counter"));
    QStringList addedTags = added->tags;
    addedTags.sort();
    QCOMPARE(addedTags, (QStringList{QStringLiteral("vip"), QStringLiteral("walk-in")}));
    QCOMPARE(added->attributes.value(QLatin1String("city")).toString(), QStringLiteral("Mumbai"));

    // The same number again is refused: it is already a contact.
    ContactDialog again(t.workspace(), 0);
    again.setDefaultRegion(QStringLiteral("IN"));
    child<QLineEdit>(&again, "phoneEdit")->setText(QStringLiteral("+91 98765 43210"));
    again.show();
    save(again);
    QVERIFY(again.isVisible());
    QVERIFY2(again.error().startsWith(QStringLiteral("Phone: +919876543210")), qPrintable(again.error()));
}

void TestContactDialog::editChangesTagsAttributesAndConsent()
{
    TestWorkspace t;
    ContactStore store(t.workspace().database());
    const qint64 id = seed(store);
    ContactDialog d(t.workspace(), id);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QCOMPARE(child<QLineEdit>(&d, "phoneEdit")->text(), QStringLiteral("+919812345678"));
    QVERIFY(child<QLineEdit>(&d, "phoneEdit")->isReadOnly());
    QCOMPARE(child<QLineEdit>(&d, "nameEdit")->text(), QStringLiteral("Asha"));
    auto *tags = child<QListWidget>(&d, "tagList");
    QCOMPARE(tags->item(0)->checkState(), Qt::Checked);   // diwali
    QCOMPARE(tags->item(1)->checkState(), Qt::Checked);   // vip
    auto *attributes = child<QTableWidget>(&d, "attributeTable");
    QCOMPARE(attributes->rowCount(), 2);
    Screenshot::save(&d, QStringLiteral("contact-dialog-edit"));

    child<QLineEdit>(&d, "nameEdit")->setText(QStringLiteral("Asha K"));
    tags->item(0)->setCheckState(Qt::Unchecked);
    int doctor = attributes->item(0, 0)->text() == QLatin1String("doctor") ? 0 : 1;
    attributes->setCurrentCell(doctor, 0);
    QTest::mouseClick(child<QPushButton>(&d, "removeAttributeButton"), Qt::LeftButton);
    attributes->item(0, 1)->setText(QStringLiteral("Nashik"));   // the city row is left
    auto *consent = child<QComboBox>(&d, "consentCombo");
    QCOMPARE(consent->findText(QStringLiteral("Not asked yet (never sent to)")), -1);   // consent is never forgotten
    consent->setCurrentIndex(consent->findText(QStringLiteral("Opted out (never sent to)")));
    save(d);
    QVERIFY2(!d.isVisible(), qPrintable(d.error()));

    QString error;
    const auto edited = store.byId(id, &error);
    QVERIFY2(edited, qPrintable(error));
    QCOMPARE(edited->name, QStringLiteral("Asha K"));
    QCOMPARE(edited->tags, QStringList{QStringLiteral("vip")});
    QCOMPARE(edited->attributes, (QJsonObject{{QStringLiteral("city"), QStringLiteral("Nashik")}}));
    QCOMPARE(edited->consent(), Contact::Consent::OptedOut);
}

void TestContactDialog::pageOpensDialogOnEnter()
{
    TestWorkspace t;
    ContactStore store(t.workspace().database());
    seed(store);
    ContactsPage page(t.workspace());
    page.resize(1024, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *view = child<QTableView>(&page, "contactsTable");
    QTRY_COMPARE(view->model()->rowCount(), 1);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 1));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(page.findChild<ContactDialog *>());
    auto *dialog = page.findChild<ContactDialog *>();
    QCOMPARE(child<QLineEdit>(dialog, "phoneEdit")->text(), QStringLiteral("+919812345678"));
    dialog->reject();
    QTRY_VERIFY(!page.findChild<ContactDialog *>());

    auto *add = child<QToolButton>(&page, "addContactButton");
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_VERIFY(page.findChild<ContactDialog *>());
    dialog = page.findChild<ContactDialog *>();
    QVERIFY(child<QLineEdit>(dialog, "phoneEdit")->text().isEmpty());
    QVERIFY(!child<QLineEdit>(dialog, "phoneEdit")->isReadOnly());
    dialog->reject();
}

QTEST_MAIN(TestContactDialog)
#include "tst_contactdialog.moc"
