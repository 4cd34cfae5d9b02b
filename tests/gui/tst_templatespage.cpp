#include "models/itemmodels/templatetablemodel.h"
#include "models/storage/workspace.h"
#include "screenshot.h"
#include "testworkspace.h"
#include "ui/messagebox.h"
#include "ui/templates/templateeditor.h"
#include "ui/templates/templatepreview.h"
#include "ui/templates/templatespage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

namespace {

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

void selectData(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    QVERIFY2(index >= 0, qPrintable(value));
    combo->setCurrentIndex(index);
}

QStringList column(QTableView *view, int column, int role = TemplateTableModel::RawValueRole)
{
    QStringList values;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        values << view->model()->index(row, column).data(role).toString();
    return values;
}

} // namespace

class TestTemplatesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void syncFillsTheTable();
    void filtersNarrowTheTable();
    void selectingARowUpdatesThePreview();
    void flaggedRowsStandOut();
    void doubleClickOpensTheEditor();
    void screenshot();

private:
    void syncSandbox();

    std::unique_ptr<TestWorkspace> m_ws;
    std::unique_ptr<TemplatesPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestTemplatesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTemplatesPage::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    m_page = std::make_unique<TemplatesPage>(m_ws->workspace());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_page->proxy());
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestTemplatesPage::cleanup()
{
    m_tester.reset();
    m_page.reset();
    m_ws.reset();
    QCOMPARE(MessageBox::pendingAnswers(), 0);
}

void TestTemplatesPage::syncSandbox()
{
    auto *sync = child<QPushButton>(m_page.get(), "syncButton");
    QVERIFY(sync->isEnabled());
    QTest::mouseClick(sync, Qt::LeftButton);
    QTRY_VERIFY(!m_page->isSyncing());
    QVERIFY(sync->isEnabled());
}

void TestTemplatesPage::syncFillsTheTable()
{
    // One account: no account selector.
    QVERIFY(!child<QComboBox>(m_page.get(), "templatesAccount")->isVisibleTo(m_page.get()));
    QCOMPARE(m_page->proxy()->rowCount(), 0);
    QVERIFY(child<QLabel>(m_page.get(), "templatesEmpty")->isVisibleTo(m_page.get()));

    syncSandbox();
    const int total = m_page->model()->rowCount();
    QVERIFY(total >= 5);
    QCOMPARE(m_page->proxy()->rowCount(), total);
    QVERIFY(!child<QLabel>(m_page.get(), "templatesEmpty")->isVisibleTo(m_page.get()));
    const QString status = child<QLabel>(m_page.get(), "syncStatus")->text();
    QVERIFY2(status.contains(QStringLiteral("%1 added, 0 updated, 0 removed").arg(total)), qPrintable(status));

    // A second sync changes nothing.
    syncSandbox();
    QVERIFY(child<QLabel>(m_page.get(), "syncStatus")->text().contains(QStringLiteral("0 added, 0 updated, 0 removed")));
    QCOMPARE(m_page->model()->rowCount(), total);
}

void TestTemplatesPage::filtersNarrowTheTable()
{
    syncSandbox();
    QTableView *view = child<QTableView>(m_page.get(), "templatesTable");
    const int total = view->model()->rowCount();

    auto *status = child<QComboBox>(m_page.get(), "statusFilter");
    QVERIFY(status->count() >= 4);   // all + approved, paused, rejected
    selectData(status, QStringLiteral("PAUSED"));
    QVERIFY(view->model()->rowCount() >= 1);
    QVERIFY(view->model()->rowCount() < total);
    for (const QString &s : column(view, TemplateTableModel::StatusColumn))
        QCOMPARE(s, QStringLiteral("PAUSED"));
    selectData(status, QString());
    QCOMPARE(view->model()->rowCount(), total);

    auto *category = child<QComboBox>(m_page.get(), "categoryFilter");
    selectData(category, QStringLiteral("UTILITY"));
    const int utility = view->model()->rowCount();
    QVERIFY(utility > 0 && utility < total);
    for (const QString &c : column(view, TemplateTableModel::CategoryColumn))
        QCOMPARE(c, QStringLiteral("UTILITY"));

    // Filters combine.
    auto *language = child<QComboBox>(m_page.get(), "languageFilter");
    selectData(language, QStringLiteral("es"));
    QVERIFY(view->model()->rowCount() >= 1);
    QVERIFY(view->model()->rowCount() < utility);
    for (const QString &l : column(view, TemplateTableModel::LanguageColumn))
        QCOMPARE(l, QStringLiteral("es"));
    selectData(category, QString());
    selectData(language, QString());
    QCOMPARE(view->model()->rowCount(), total);

    // The search box matches names and body text.
    auto *search = child<QLineEdit>(m_page.get(), "templatesSearch");
    QTest::keyClicks(search, QStringLiteral("appointment"));
    QCOMPARE(view->model()->rowCount(), 2);   // en_US and es
    for (const QString &n : column(view, TemplateTableModel::NameColumn))
        QCOMPARE(n, QStringLiteral("appointment_reminder"));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("no such template"));
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(child<QLabel>(m_page.get(), "templatesEmpty")->isVisibleTo(m_page.get()));
    search->clear();
    QCOMPARE(view->model()->rowCount(), total);
}

void TestTemplatesPage::selectingARowUpdatesThePreview()
{
    syncSandbox();
    QTableView *view = child<QTableView>(m_page.get(), "templatesTable");
    QVERIFY(view->model()->rowCount() >= 2);
    for (int row : {0, 1, view->model()->rowCount() - 1}) {
        const QModelIndex index = view->model()->index(row, TemplateTableModel::NameColumn);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        const QString name = index.data().toString();
        QCOMPARE(m_page->currentTemplate()->name, name);
        QCOMPARE(m_page->preview()->messageTemplate().name, name);
        QCOMPARE(m_page->preview()->messageTemplate().body, m_page->currentTemplate()->body);
        QCOMPARE(child<QLabel>(m_page.get(), "templateTitle")->text(), name);
    }
    // Filtering the current row away clears the preview.
    QTest::keyClicks(child<QLineEdit>(m_page.get(), "templatesSearch"), QStringLiteral("no such template"));
    QVERIFY(!m_page->currentTemplate());
    QVERIFY(m_page->preview()->messageTemplate().name.isEmpty());
}

void TestTemplatesPage::flaggedRowsStandOut()
{
    syncSandbox();
    QTableView *view = child<QTableView>(m_page.get(), "templatesTable");
    selectData(child<QComboBox>(m_page.get(), "statusFilter"), QStringLiteral("PAUSED"));
    const QModelIndex index = view->model()->index(0, TemplateTableModel::StatusColumn);
    QVERIFY(index.data(TemplateTableModel::FlaggedRole).toBool());
    QVERIFY(index.data().toString().startsWith(QStringLiteral("⚠")));
    view->setCurrentIndex(index);
    auto *warning = child<QLabel>(m_page.get(), "templateWarning");
    QVERIFY(warning->isVisibleTo(m_page.get()));
    QVERIFY(warning->text().contains(QStringLiteral("paused"), Qt::CaseInsensitive));

    // The row is tinted: its pixels differ from an approved row's background.
    selectData(child<QComboBox>(m_page.get(), "statusFilter"), QString());
    view->clearSelection();
    view->setCurrentIndex({});
    const QImage image = view->viewport()->grab().toImage();
    int pausedRow = -1;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 0).data(TemplateTableModel::FlaggedRole).toBool())
            pausedRow = row;
    }
    QVERIFY(pausedRow >= 0);
    const QRect cell = view->visualRect(view->model()->index(pausedRow, TemplateTableModel::LanguageColumn));
    const QColor tint = image.pixelColor(cell.right() - 3 * int(image.devicePixelRatio()), cell.center().y());
    QVERIFY2(tint.red() > tint.blue() + 10, qPrintable(tint.name()));
}

void TestTemplatesPage::doubleClickOpensTheEditor()
{
    syncSandbox();
    QTableView *view = child<QTableView>(m_page.get(), "templatesTable");
    const QModelIndex index = view->model()->index(0, TemplateTableModel::NameColumn);
    const QPoint at = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    TemplateEditor *editor = nullptr;
    QTRY_VERIFY((editor = m_page->findChild<TemplateEditor *>()) != nullptr);
    QTRY_VERIFY(editor->isVisible());
    QCOMPARE(editor->currentTemplate().name, index.data().toString());
    QCOMPARE(child<QLineEdit>(editor, "templateName")->text(), index.data().toString());
    editor->reject();
    QTRY_VERIFY(!m_page->findChild<TemplateEditor *>());   // deleted on close

    QTest::mouseClick(child<QPushButton>(m_page.get(), "newTemplateButton"), Qt::LeftButton);
    QTRY_VERIFY((editor = m_page->findChild<TemplateEditor *>()) != nullptr);
    QVERIFY(editor->currentTemplate().name.isEmpty());
    editor->reject();
}

void TestTemplatesPage::screenshot()
{
    if (!Screenshot::enabled())
        QSKIP("HERALD_SCREENSHOT_DIR not set");
    syncSandbox();
    QTableView *view = child<QTableView>(m_page.get(), "templatesTable");
    for (const auto &[name, file] : {std::pair{"order_update", "templatespage.png"},
                                     std::pair{"flash_sale", "templatespage-flagged.png"}}) {
        const int sourceRow = m_page->model()->rowOf(QString::fromLatin1(name), QStringLiteral("en_US"));
        view->setCurrentIndex(m_page->proxy()->mapFromSource(m_page->model()->index(sourceRow, 0)));
        QVERIFY(Screenshot::save(m_page.get(), QString::fromLatin1(file)));
    }
}

QTEST_MAIN(TestTemplatesPage)
#include "tst_templatespage.moc"
