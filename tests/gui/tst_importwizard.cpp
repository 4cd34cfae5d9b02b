#include "models/contacts/contactstore.h"
#include "models/storage/workspace.h"
#include "screenshot.h"
#include "testworkspace.h"
#include "xlsxfixture.h"
#include "ui/contacts/importwizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {

// Valid Brazilian mobile numbers (São Paulo), distinct per index.
QByteArray phone(int i)
{
    return QByteArray("+55 11 9") + QByteArray::number(87650000 + i);
}

QByteArray csv(int rows, char separator = ',')
{
    const QByteArray sep(1, separator);
    QByteArray out = "phone" + sep + "name" + sep + "city\n";
    for (int i = 0; i < rows; ++i)
        out += phone(i) + sep + "Person " + QByteArray::number(i) + sep + "Curitiba\n";
    return out;
}

QComboBox *mapping(ImportWizard &wizard, int column)
{
    return wizard.findChild<QComboBox *>(QStringLiteral("mapping_%1").arg(column));
}

void setKind(QComboBox *combo, ColumnRole::Kind kind)
{
    combo->setCurrentIndex(combo->findData(int(kind)));
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void previewShowsEncodingAndSeparator();
    void missingFileBlocksNext();
    void mappingIsPrefilledAndValidated();
    void importsRowsWithOptions();
    void rejectedRowsCanBeSaved();
    void cancelKeepsCommittedRows();
    void excelWorkbookSheetIsChosen();
};

void TestImportWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HeraldTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_importwizard"));
}

void TestImportWizard::init()
{
    QSettings().clear();
}

void TestImportWizard::previewShowsEncodingAndSeparator()
{
    TestWorkspace ws;
    const QString path = ws.writeFile(QStringLiteral("semicolon.csv"), csv(3, ';'));
    ImportWizard wizard(ws.workspace());
    wizard.show();
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

    wizard.setFilePath(path);
    const auto *info = wizard.findChild<QLabel *>(QStringLiteral("previewInfo"));
    QVERIFY(info);
    QVERIFY2(info->text().contains(QStringLiteral("semicolon")), qPrintable(info->text()));
    QVERIFY2(info->text().contains(QStringLiteral("UTF-8")), qPrintable(info->text()));
    QCOMPARE(wizard.preview().header, QStringList({QStringLiteral("phone"), QStringLiteral("name"),
                                                   QStringLiteral("city")}));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void TestImportWizard::missingFileBlocksNext()
{
    TestWorkspace ws;
    ImportWizard wizard(ws.workspace());
    wizard.show();
    auto *edit = wizard.findChild<QLineEdit *>(QStringLiteral("filePath"));
    QVERIFY(edit);
    // Typing goes through the debounce, like a person would.
    QTest::keyClicks(edit, ws.filePath(QStringLiteral("does-not-exist.csv")));
    const auto *error = wizard.findChild<QLabel *>(QStringLiteral("previewError"));
    QTRY_VERIFY(!error->text().isEmpty());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

    // Fixing the path enables Next again.
    const QString good = ws.writeFile(QStringLiteral("good.csv"), csv(2));
    wizard.setFilePath(good);
    QVERIFY(error->text().isEmpty());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void TestImportWizard::mappingIsPrefilledAndValidated()
{
    TestWorkspace ws;
    ImportWizard wizard(ws.workspace());
    wizard.show();
    wizard.setFilePath(ws.writeFile(QStringLiteral("contacts.csv"), csv(3)));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));

    QComboBox *phoneColumn = mapping(wizard, 0);
    QComboBox *nameColumn = mapping(wizard, 1);
    QComboBox *cityColumn = mapping(wizard, 2);
    QVERIFY(phoneColumn && nameColumn && cityColumn);
    QCOMPARE(phoneColumn->currentData().toInt(), int(ColumnRole::Kind::Phone));
    QCOMPARE(nameColumn->currentData().toInt(), int(ColumnRole::Kind::Name));
    QCOMPARE(cityColumn->currentData().toInt(), int(ColumnRole::Kind::Attribute));
    QAbstractButton *import = wizard.button(QWizard::CommitButton);
    QVERIFY(import->isEnabled());
    const auto *error = wizard.findChild<QLabel *>(QStringLiteral("mappingError"));

    setKind(phoneColumn, ColumnRole::Kind::Ignore);
    QVERIFY(!import->isEnabled());
    QVERIFY(!error->text().isEmpty());

    setKind(phoneColumn, ColumnRole::Kind::Phone);
    setKind(cityColumn, ColumnRole::Kind::Phone);
    QVERIFY(!import->isEnabled());

    setKind(cityColumn, ColumnRole::Kind::Attribute);
    QVERIFY(import->isEnabled());
    QVERIFY(error->text().isEmpty());

    // Opted in needs a source.
    auto *optedIn = wizard.findChild<QCheckBox *>(QStringLiteral("optedIn"));
    auto *source = wizard.findChild<QLineEdit *>(QStringLiteral("optInSource"));
    QVERIFY(optedIn && source);
    QVERIFY(!source->isEnabled());
    optedIn->setChecked(true);
    QVERIFY(source->isEnabled());
    QVERIFY(!import->isEnabled());
    QTest::keyClicks(source, QStringLiteral("Website form"));
    QVERIFY(import->isEnabled());

    const ImportOptions options = wizard.options();
    QCOMPARE(options.mapping.size(), 3);
    QCOMPARE(options.mapping.at(2).kind, ColumnRole::Kind::Attribute);
    QCOMPARE(options.mapping.at(2).attribute, QStringLiteral("city"));
    QVERIFY(options.optedIn);
    QCOMPARE(options.optInSource, QStringLiteral("Website form"));
    QVERIFY(wizard.findChild<QComboBox *>(QStringLiteral("defaultRegion"))->count() > 100);
}

void TestImportWizard::importsRowsWithOptions()
{
    TestWorkspace ws;
    ImportWizard wizard(ws.workspace());
    QSignalSpy imported(&wizard, &ImportWizard::contactsImported);
    wizard.show();
    wizard.setFilePath(ws.writeFile(QStringLiteral("contacts.csv"), csv(3)));
    wizard.next();
    auto *region = wizard.findChild<QComboBox *>(QStringLiteral("defaultRegion"));
    region->setCurrentIndex(region->findData(QStringLiteral("BR")));
    QVERIFY(region->currentIndex() > 0);
    QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("tags")), QStringLiteral("fair, vip"));
    wizard.findChild<QCheckBox *>(QStringLiteral("optedIn"))->setChecked(true);
    QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("optInSource")), QStringLiteral("Trade fair"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::RunPageId));
    QTRY_VERIFY(wizard.isImportFinished());

    const ImportResult result = *wizard.importResult();
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.rows, 3);
    QCOMPARE(result.imported, 3);
    QCOMPARE(result.rejected, 0);
    QCOMPARE(imported.count(), 1);
    QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    const auto *summary = wizard.findChild<QLabel *>(QStringLiteral("importSummary"));
    QVERIFY2(summary->text().contains(QStringLiteral("New contacts: 3")), qPrintable(summary->text()));
    QVERIFY(!wizard.findChild<QPushButton *>(QStringLiteral("saveRejected"))->isVisible());
    QCOMPARE(QSettings().value(QStringLiteral("import/defaultRegion")).toString(), QStringLiteral("BR"));

    ContactStore store(ws.workspace().database());
    QString error;
    const auto counts = store.counts(&error);
    QVERIFY(counts);
    QCOMPARE(counts->contacts, 3);
    QCOMPARE(counts->optedIn, 3);
    const auto contact = store.byPhone(QStringLiteral("+5511987650001"), &error);
    QVERIFY2(contact, qPrintable(error));
    QCOMPARE(contact->name, QStringLiteral("Person 1"));
    QCOMPARE(contact->optInSource, QStringLiteral("Trade fair"));
    QVERIFY(contact->tags.contains(QStringLiteral("fair")));
    QVERIFY(contact->tags.contains(QStringLiteral("vip")));
    QCOMPARE(contact->attributes.value(QStringLiteral("city")).toString(), QStringLiteral("Curitiba"));

    wizard.button(QWizard::FinishButton)->click();
    QVERIFY(!wizard.isVisible());
}

void TestImportWizard::rejectedRowsCanBeSaved()
{
    TestWorkspace ws;
    QByteArray bytes = csv(2);
    bytes += "not a number,Broken,Nowhere\n";
    ImportWizard wizard(ws.workspace());
    wizard.show();
    wizard.setFilePath(ws.writeFile(QStringLiteral("mixed.csv"), bytes));
    wizard.next();
    wizard.next();
    QTRY_VERIFY(wizard.isImportFinished());
    QCOMPARE(wizard.importResult()->imported, 2);
    QCOMPARE(wizard.importResult()->rejected, 1);
    QVERIFY(wizard.findChild<QPushButton *>(QStringLiteral("saveRejected"))->isVisible());

    const QString target = ws.filePath(QStringLiteral("rejected.csv"));
    QString error;
    QVERIFY2(wizard.saveRejectedRows(target, &error), qPrintable(error));
    QFile saved(target);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray content = saved.readAll();
    QVERIFY2(content.contains("not a number"), content.constData());
    QVERIFY(!content.contains(phone(0)));
}

void TestImportWizard::cancelKeepsCommittedRows()
{
    TestWorkspace ws;
    const int rows = 40000;   // several batches of 5,000
    ImportWizard wizard(ws.workspace());
    wizard.setBatchSize(5000);
    wizard.show();
    wizard.setFilePath(ws.writeFile(QStringLiteral("big.csv"), csv(rows)));
    wizard.next();
    wizard.next();
    QVERIFY(wizard.isImportRunning());
    // Closing the wizard while it runs cancels instead of closing.
    wizard.reject();
    QVERIFY(wizard.isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(wizard.isImportFinished(), 60000);
    const ImportResult result = *wizard.importResult();
    QVERIFY(result.cancelled);
    QVERIFY(result.committedRows < rows);
    ContactStore store(ws.workspace().database());
    QString error;
    QCOMPARE(store.counts(&error)->contacts, result.committedRows);
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("importStatus"))->text().contains(QStringLiteral("cancelled")));
}

// Issue 15 §4: an Excel workbook shows its sheets; an empty first sheet says so and another can be chosen; the
// chosen sheet is what is imported.
void TestImportWizard::excelWorkbookSheetIsChosen()
{
    using namespace XlsxFixture;
    TestWorkspace ws;
    const QString path = ws.filePath(QStringLiteral("shop.xlsx"));
    QCOMPARE(write(path,
                   {{QStringLiteral("Summary"), {}, {}},
                    {QStringLiteral("Customers"),
                     {row(1, {inlineString(QStringLiteral("A1"), QStringLiteral("WhatsApp")),
                              inlineString(QStringLiteral("B1"), QStringLiteral("Name"))}),
                      row(2, {number(QStringLiteral("A2"), QStringLiteral("5.511987650001E+12")),
                              inlineString(QStringLiteral("B2"), QStringLiteral("Renata Alves"))})},
                     {}}}),
             QString());
    ImportWizard wizard(ws.workspace());
    wizard.resize(1024, 700);
    wizard.show();
    wizard.setFilePath(path);
    auto *sheet = wizard.findChild<QComboBox *>(QStringLiteral("sheetCombo"));
    QVERIFY(sheet && sheet->isVisible());
    QCOMPARE(sheet->count(), 2);
    QCOMPARE(sheet->currentText(), QStringLiteral("Summary"));
    const auto *error = wizard.findChild<QLabel *>(QStringLiteral("previewError"));
    QVERIFY2(error->text().contains(QStringLiteral("is empty")), qPrintable(error->text()));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

    sheet->setCurrentIndex(1);
    Q_EMIT sheet->activated(1);
    QCOMPARE(wizard.preview().sheet, QStringLiteral("Customers"));
    QVERIFY(error->text().isEmpty());
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("previewInfo"))->text().contains(QStringLiteral("Customers")));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(Screenshot::save(&wizard, QStringLiteral("import-xlsx-sheet")));
    wizard.next();
    auto *region = wizard.findChild<QComboBox *>(QStringLiteral("defaultRegion"));
    region->setCurrentIndex(region->findData(QStringLiteral("BR")));
    wizard.next();
    QTRY_VERIFY(wizard.isImportFinished());
    const ImportResult result = *wizard.importResult();
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.sheet, QStringLiteral("Customers"));
    QCOMPARE(result.imported, 1);
    QString storeError;
    const auto contact = ContactStore(ws.workspace().database()).byPhone(QStringLiteral("+5511987650001"), &storeError);
    QVERIFY2(contact, qPrintable(storeError));
    QCOMPARE(contact->name, QStringLiteral("Renata Alves"));
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
