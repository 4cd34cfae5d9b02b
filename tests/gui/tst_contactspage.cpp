#include "models/contacts/contactstore.h"
#include "models/itemmodels/contactfilterproxy.h"
#include "models/itemmodels/contacttablemodel.h"
#include "models/storage/workspace.h"
#include "testworkspace.h"
#include "ui/contacts/contactspage.h"
#include "ui/messagebox.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

namespace {

// Answers the next modal QInputDialog (as a person would type into it) once it is open.
void answerInputDialog(const QString &text, const QString &expectedObjectName)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, text, expectedObjectName] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        if (dialog->objectName() != expectedObjectName) {
            qWarning("unexpected dialog %s", qPrintable(dialog->objectName()));
            dialog->reject();
            return;
        }
        dialog->setTextValue(text);
        dialog->accept();
    });
    timer->start();
}

QPoint rowCenter(QTableView *view, int row)
{
    return view->visualRect(view->model()->index(row, ContactTableModel::NameColumn)).center();
}

QPoint headerPoint(QHeaderView *header, int section)
{
    return {header->sectionViewportPosition(section) + header->sectionSize(section) / 2, header->height() / 2};
}

} // namespace

class TestContactsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsContactsAndDetail();
    void detailFieldsBuiltOnFirstContact();
    void searchFiltersTable();
    void ctrlFFocusesSearch();
    void bulkActionsOnMultiSelection();
    void sortsOnlySortableColumns();
    void exportWritesFile();
    void emptyWorkspaceShowsEmptyState();

private:
    QString nameAt(int row) const;

    std::unique_ptr<TestWorkspace> m_ws;
    std::unique_ptr<ContactsPage> m_page;
    QHash<QString, qint64> m_ids;   // by name
};

void TestContactsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HeraldTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_contactspage"));
}

void TestContactsPage::init()
{
    MessageBox::clearNextAnswers();
    m_ws = std::make_unique<TestWorkspace>();
    ContactStore store(m_ws->workspace().database());
    struct Row
    {
        const char *name;
        const char *phone;
        bool optedIn;
    };
    // Inserted out of alphabetical order, so sorting by name visibly reorders them.
    const Row rows[] = {{"Daniel Rocha", "+5511987650004", false},
                        {"Ana Souza", "+5511987650001", true},
                        {"Carla Dias", "+5511987650003", true},
                        {"Bruno Lima", "+5511987650002", false}};
    for (const Row &r : rows) {
        Contact c;
        c.name = QString::fromUtf8(r.name);
        c.phone = QString::fromUtf8(r.phone);
        if (r.optedIn) {
            c.optInAt = QDateTime::currentDateTimeUtc();
            c.optInSource = QStringLiteral("Website form");
        }
        c.tags = {QStringLiteral("customer")};
        c.attributes.insert(QStringLiteral("city"), QStringLiteral("Curitiba"));
        QString error;
        const qint64 id = store.upsert(c, &error);
        QVERIFY2(id > 0, qPrintable(error));
        m_ids.insert(c.name, id);
    }
    m_page = std::make_unique<ContactsPage>(m_ws->workspace());
    m_page->resize(1100, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestContactsPage::cleanup()
{
    m_page.reset();
    m_ws.reset();
    m_ids.clear();
    QCOMPARE(MessageBox::pendingAnswers(), 0);
}

QString TestContactsPage::nameAt(int row) const
{
    return m_page->view()->model()->index(row, ContactTableModel::NameColumn).data().toString();
}

void TestContactsPage::showsContactsAndDetail()
{
    QTableView *view = m_page->findChild<QTableView *>(QStringLiteral("contactsTable"));
    QVERIFY(view);
    QCOMPARE(view->model()->rowCount(), 4);
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("contactsCount"))->text(), QStringLiteral("4 contacts"));
    QVERIFY(!view->verticalHeader()->isVisible());
    QCOMPARE(view->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    QCOMPARE(view->selectionMode(), QAbstractItemView::ExtendedSelection);

    const auto *empty = m_page->findChild<QLabel *>(QStringLiteral("detailEmpty"));
    QVERIFY(empty->isVisible());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rowCenter(view, 1));
    QCOMPARE(nameAt(1), QStringLiteral("Ana Souza"));
    QVERIFY(!empty->isVisible());
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("detailPhone"))->text(), QStringLiteral("+5511987650001"));
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("detailName"))->text(), QStringLiteral("Ana Souza"));
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("detailConsent"))->text(), QStringLiteral("Opted in"));
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("detailConsentDetail"))->text().contains(
        QStringLiteral("Website form")));
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("detailTags"))->text(), QStringLiteral("customer"));
    const auto *attributes = m_page->findChild<QTreeWidget *>(QStringLiteral("detailAttributes"));
    QCOMPARE(attributes->topLevelItemCount(), 1);
    QCOMPARE(attributes->topLevelItem(0)->text(0), QStringLiteral("city"));
    QCOMPARE(attributes->topLevelItem(0)->text(1), QStringLiteral("Curitiba"));

    // Two selected: the pane says so instead of showing one of them.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, rowCenter(view, 2));
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("2")));
}

void TestContactsPage::detailFieldsBuiltOnFirstContact()
{
    // Opening the page builds only the pane's empty state; the fields come with the first contact shown and stay.
    QTableView *view = m_page->view();
    QVERIFY(!m_page->findChild<QTreeWidget *>(QStringLiteral("detailAttributes")));
    QVERIFY(!m_page->findChild<QLabel *>(QStringLiteral("detailPhone")));
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("detailEmpty"))->isVisible());

    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rowCenter(view, 0));
    auto *phone = m_page->findChild<QLabel *>(QStringLiteral("detailPhone"));
    QVERIFY(phone);
    QVERIFY(phone->isVisible());
    QCOMPARE(phone->text(), view->model()->index(0, ContactTableModel::PhoneColumn).data().toString());

    // Back to the empty state and to another contact: the same fields, filled anew.
    view->clearSelection();
    QVERIFY(!phone->isVisible());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rowCenter(view, 3));
    QCOMPARE(m_page->findChildren<QLabel *>(QStringLiteral("detailPhone")).size(), 1);
    QVERIFY(phone->isVisible());
    QCOMPARE(phone->text(), view->model()->index(3, ContactTableModel::PhoneColumn).data().toString());
}

void TestContactsPage::searchFiltersTable()
{
    QTableView *view = m_page->view();
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("contactsSearch"));
    QVERIFY(search);
    QVERIFY(!search->placeholderText().isEmpty());
    const auto *count = m_page->findChild<QLabel *>(QStringLiteral("contactsCount"));

    QTest::keyClicks(search, QStringLiteral("carla"));
    // Debounced: not applied on the keystroke, but soon after.
    QCOMPARE(view->model()->rowCount(), 4);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(nameAt(0), QStringLiteral("Carla Dias"));
    QCOMPARE(count->text(), QStringLiteral("1 contact"));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("650002"));   // part of a phone number
    QTRY_COMPARE(m_page->proxy()->searchText(), QStringLiteral("650002"));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(nameAt(0), QStringLiteral("Bruno Lima"));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("nobody here"));
    QTRY_COMPARE(view->model()->rowCount(), 0);
    const auto *empty = m_page->findChild<QLabel *>(QStringLiteral("contactsEmpty"));
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("nobody here")));

    search->clear();
    QTRY_COMPARE(view->model()->rowCount(), 4);
    QVERIFY(!empty->isVisible());
}

void TestContactsPage::ctrlFFocusesSearch()
{
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->view()->setFocus();
    QVERIFY(m_page->view()->hasFocus());
    QTest::keyClick(m_page->view(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_page->findChild<QLineEdit *>(QStringLiteral("contactsSearch"))->hasFocus());
}

void TestContactsPage::bulkActionsOnMultiSelection()
{
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QTableView *view = m_page->view();
    auto *model = m_page->model();
    // Ana (row 1) and Bruno (row 3).
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rowCenter(view, 1));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, rowCenter(view, 3));
    const QList<qint64> selected{m_ids.value(QStringLiteral("Ana Souza")), m_ids.value(QStringLiteral("Bruno Lima"))};
    QCOMPARE(m_page->selectedIds(), selected);
    QSignalSpy changed(m_page.get(), &ContactsPage::contactsChanged);

    ContactStore store(m_ws->workspace().database());
    QString error;
    auto tagsOf = [&](const QString &name) { return store.byId(m_ids.value(name), &error)->tags; };

    answerInputDialog(QStringLiteral("vip"), QStringLiteral("tagDialog"));
    m_page->addTag();
    QVERIFY(tagsOf(QStringLiteral("Ana Souza")).contains(QStringLiteral("vip")));
    QVERIFY(tagsOf(QStringLiteral("Bruno Lima")).contains(QStringLiteral("vip")));
    QVERIFY(!tagsOf(QStringLiteral("Carla Dias")).contains(QStringLiteral("vip")));
    QVERIFY(model->index(1, ContactTableModel::TagsColumn).data().toString().contains(QStringLiteral("vip")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_page->selectedIds(), selected);   // the selection survives the change

    answerInputDialog(QStringLiteral("customer"), QStringLiteral("tagDialog"));
    m_page->removeTag();
    QCOMPARE(tagsOf(QStringLiteral("Ana Souza")), QStringList{QStringLiteral("vip")});
    QCOMPARE(tagsOf(QStringLiteral("Bruno Lima")), QStringList{QStringLiteral("vip")});
    QCOMPARE(tagsOf(QStringLiteral("Daniel Rocha")), QStringList{QStringLiteral("customer")});
    QVERIFY(!model->index(3, ContactTableModel::TagsColumn).data().toString().contains(QStringLiteral("customer")));

    answerInputDialog(QStringLiteral("Replied STOP"), QStringLiteral("optOutDialog"));
    m_page->optOut();
    for (const QString &name : {QStringLiteral("Ana Souza"), QStringLiteral("Bruno Lima")}) {
        const auto c = store.byId(m_ids.value(name), &error);
        QCOMPARE(c->consent(), Contact::Consent::OptedOut);
        QCOMPARE(c->optOutReason, QStringLiteral("Replied STOP"));
    }
    QCOMPARE(store.byId(m_ids.value(QStringLiteral("Carla Dias")), &error)->consent(), Contact::Consent::OptedIn);
    QCOMPARE(model->index(1, 0).data(ContactTableModel::ConsentRole).toInt(), int(Contact::Consent::OptedOut));

    // Delete asks first; Cancel keeps everything.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    m_page->deleteSelected();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("2 contacts")));
    QCOMPARE(view->model()->rowCount(), 4);

    // The Del key on the table, confirmed.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    view->setFocus();
    QVERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(nameAt(0), QStringLiteral("Daniel Rocha"));
    QCOMPARE(nameAt(1), QStringLiteral("Carla Dias"));
    QCOMPARE(store.counts(&error)->contacts, 2);
    QVERIFY(!store.byId(selected.first(), &error));
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("contactsCount"))->text(), QStringLiteral("2 contacts"));
    QVERIFY(m_page->selectedIds().isEmpty());
    QVERIFY(!m_page->findChild<QWidget *>(QStringLiteral("deleteButton"))->isEnabled());
}

void TestContactsPage::sortsOnlySortableColumns()
{
    QHeaderView *header = m_page->view()->horizontalHeader();
    QCOMPARE(nameAt(0), QStringLiteral("Daniel Rocha"));   // created order

    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, headerPoint(header, ContactTableModel::NameColumn));
    QCOMPARE(header->sortIndicatorSection(), int(ContactTableModel::NameColumn));
    QCOMPARE(nameAt(0), QStringLiteral("Ana Souza"));
    QCOMPARE(nameAt(3), QStringLiteral("Daniel Rocha"));

    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, headerPoint(header, ContactTableModel::NameColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(nameAt(0), QStringLiteral("Daniel Rocha"));

    // Consent is not sortable: the click changes neither the indicator nor the order.
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, headerPoint(header, ContactTableModel::ConsentColumn));
    QCOMPARE(header->sortIndicatorSection(), int(ContactTableModel::NameColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(nameAt(0), QStringLiteral("Daniel Rocha"));
}

void TestContactsPage::exportWritesFile()
{
    QSignalSpy finished(m_page.get(), &ContactsPage::exportFinished);
    const QString path = m_ws->filePath(QStringLiteral("export.csv"));
    m_page->exportTo(path);
    QVERIFY(m_page->isExporting());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toLongLong(), 4);
    QVERIFY(!m_page->isExporting());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("+5511987650001"));
    QVERIFY(content.contains("Carla Dias"));
}

void TestContactsPage::emptyWorkspaceShowsEmptyState()
{
    TestWorkspace ws;
    ContactsPage page(ws.workspace());
    page.resize(900, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const auto *empty = page.findChild<QLabel *>(QStringLiteral("contactsEmpty"));
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("No contacts yet")));
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("contactsCount"))->text(), QStringLiteral("0 contacts"));
    QVERIFY(!page.findChild<QWidget *>(QStringLiteral("addTagButton"))->isEnabled());
}

QTEST_MAIN(TestContactsPage)
#include "tst_contactspage.moc"
