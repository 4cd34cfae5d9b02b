// The default region comes from the computer's locale (issue 15 §2): this test runs as a computer in India
// (LC_ALL=en_IN.UTF-8, set before QApplication reads the system locale), so an import of a list with 0-prefixed
// national numbers reads every row without the user choosing a region; Settings → Default region overrides it.
#include "models/contacts/contactstore.h"
#include "models/contacts/defaultregion.h"
#include "models/contacts/phonenormalizer.h"
#include "models/storage/workspace.h"
#include "screenshot.h"
#include "testworkspace.h"
#include "ui/contacts/importwizard.h"
#include "ui/settings/regionbox.h"

#include <QApplication>
#include <QComboBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class TestDefaultRegion : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void fromLocale_data();
    void fromLocale();
    void resolvePrefersTheChoice();
    void settingsBoxOffersTheComputersRegion();
    void indianListImportsWithoutChoosing();
};

void TestDefaultRegion::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HeraldTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_defaultregion"));
    QCOMPARE(QLocale::system().territory(), QLocale::India);
}

void TestDefaultRegion::init()
{
    QSettings().clear();
}

void TestDefaultRegion::fromLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("region");
    QTest::newRow("Hindi, India") << QStringLiteral("hi_IN") << QStringLiteral("IN");
    QTest::newRow("English, India") << QStringLiteral("en_IN") << QStringLiteral("IN");
    QTest::newRow("Portuguese, Brazil") << QStringLiteral("pt_BR") << QStringLiteral("BR");
    QTest::newRow("Spanish, Mexico") << QStringLiteral("es_MX") << QStringLiteral("MX");
    QTest::newRow("Indonesian") << QStringLiteral("id_ID") << QStringLiteral("ID");
    QTest::newRow("C locale: none") << QStringLiteral("C") << QString();
}

void TestDefaultRegion::fromLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, region);
    QCOMPARE(DefaultRegion::fromLocale(QLocale(locale)), region);
}

void TestDefaultRegion::resolvePrefersTheChoice()
{
    const QLocale india(QStringLiteral("en_IN"));
    QCOMPARE(DefaultRegion::resolve(QString(), india), QStringLiteral("IN"));
    QCOMPARE(DefaultRegion::resolve(QStringLiteral("br"), india), QStringLiteral("BR"));
    QCOMPARE(DefaultRegion::resolve(QStringLiteral("XX"), india), QStringLiteral("IN"));   // unknown: the locale's
    QCOMPARE(RegionBox::current(), QStringLiteral("IN"));
    RegionBox::setChosen(QStringLiteral("MX"));
    QCOMPARE(RegionBox::current(), QStringLiteral("MX"));
}

void TestDefaultRegion::settingsBoxOffersTheComputersRegion()
{
    RegionBox box;
    box.resize(420, 90);
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    auto *combo = box.findChild<QComboBox *>(QStringLiteral("regionCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->currentIndex(), 0);
    QVERIFY2(combo->currentText().contains(PhoneNormalizer::regionDisplayName(u"IN")), qPrintable(combo->currentText()));
    Screenshot::save(&box, QStringLiteral("settings-default-region"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("ID")));
    QCOMPARE(RegionBox::chosen(), QStringLiteral("ID"));
    combo->setCurrentIndex(0);
    QCOMPARE(RegionBox::chosen(), QString());
    QCOMPARE(RegionBox::current(), QStringLiteral("IN"));
}

void TestDefaultRegion::indianListImportsWithoutChoosing()
{
    TestWorkspace ws;
    QByteArray csv = "name,phone\n";
    for (int i = 0; i < 6; ++i)
        csv += "Customer " + QByteArray::number(i) + ",0987654321" + QByteArray::number(i) + "\n";
    csv += "Abroad,+49 151 23456789\n";
    ImportWizard wizard(ws.workspace());
    wizard.show();
    wizard.setFilePath(ws.writeFile(QStringLiteral("customers.csv"), csv));
    wizard.next();
    auto *region = wizard.findChild<QComboBox *>(QStringLiteral("defaultRegion"));
    QCOMPARE(region->currentData().toString(), QStringLiteral("IN"));
    Screenshot::save(&wizard, QStringLiteral("import-region-from-locale"));
    wizard.next();
    QTRY_VERIFY(wizard.isImportFinished());
    const ImportResult result = *wizard.importResult();
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.rows, 7);
    QCOMPARE(result.rejected, 0);
    QCOMPARE(result.imported, 7);
    QString error;
    QVERIFY(ContactStore(ws.workspace().database()).byPhone(QStringLiteral("+919876543210"), &error));
    QVERIFY(ContactStore(ws.workspace().database()).byPhone(QStringLiteral("+4915123456789"), &error));
}

int main(int argc, char **argv)
{
    // Before QApplication: Qt reads the system locale from these variables.
    qputenv("LC_ALL", "en_IN.UTF-8");
    qputenv("LANG", "en_IN.UTF-8");
    QApplication app(argc, argv);
    TestDefaultRegion test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_defaultregion.moc"
