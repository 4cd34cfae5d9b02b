// Issue 15 §4: an export's file name carries the campaign's name (safe for Windows, macOS and Linux), and each kind
// of file dialog starts in the folder last used for that kind.
#include "models/accounts/account.h"
#include "models/campaigns/campaign.h"
#include "models/campaigns/exportfilename.h"
#include "models/core/clock.h"
#include "models/storage/workspace.h"
#include "sandboxcampaign.h"
#include "testworkspace.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/filedialogs.h"

#include <QApplication>
#include <QFileDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestExportNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { QSettings().clear(); }
    void sanitize_data();
    void sanitize();
    void makeNamesCampaignWhatAndDay();
    void foldersAreRememberedPerKind();
    void dashboardReportSuggestsCampaignNameInLastFolder();
};

void TestExportNames::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HeraldTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_exportnames"));
}

void TestExportNames::sanitize_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("safe");
    QTest::newRow("plain") << QStringLiteral("Diwali offer") << QStringLiteral("Diwali offer");
    QTest::newRow("every forbidden character")
        << QStringLiteral(R"(a/b\c:d*e?f"g<h>i|j)") << QStringLiteral("a-b-c-d-e-f-g-h-i-j");
    QTest::newRow("control characters and tabs") << QStringLiteral("Sale\t\tnow\n\x01!") << QStringLiteral("Sale now -!");
    QTest::newRow("trimmed, dots at the ends") << QStringLiteral("  ..Black Friday... ") << QStringLiteral("Black Friday");
    QTest::newRow("Windows device name") << QStringLiteral("con") << QStringLiteral("_con");
    QTest::newRow("device name with suffix") << QStringLiteral("LPT1.report") << QStringLiteral("_LPT1.report");
    QTest::newRow("not a device name") << QStringLiteral("Console") << QStringLiteral("Console");
    QTest::newRow("nothing left") << QStringLiteral(" /// ") << QStringLiteral("---");
    QTest::newRow("only dots") << QStringLiteral("...") << QString();
    QTest::newRow("non-Latin kept") << QStringLiteral("दिवाली ऑफ़र") << QStringLiteral("दिवाली ऑफ़र");
}

void TestExportNames::sanitize()
{
    QFETCH(QString, name);
    QFETCH(QString, safe);
    QCOMPARE(ExportFileName::sanitize(name), safe);
}

void TestExportNames::makeNamesCampaignWhatAndDay()
{
    const QDate day(2026, 12, 7);
    QCOMPARE(ExportFileName::make(QStringLiteral("Diwali offer"), QStringLiteral("recipients"), day),
             QStringLiteral("Diwali offer – recipients 2026-12-07.csv"));
    QCOMPARE(ExportFileName::make(QStringLiteral("Promo: 50% off?"), QStringLiteral("report"), day),
             QStringLiteral("Promo- 50% off- – report 2026-12-07.csv"));
    QCOMPARE(ExportFileName::make(QString(), QStringLiteral("report"), day), QStringLiteral("report 2026-12-07.csv"));
    // A very long name is cut, never past a character, and the date and suffix stay.
    const QString longName = QString(200, QLatin1Char('x')) + QStringLiteral("😀");
    const QString made = ExportFileName::make(longName, QStringLiteral("report"), day);
    QVERIFY(made.endsWith(QStringLiteral(" 2026-12-07.csv")));
    QVERIFY2(made.size() <= 140, qPrintable(made));
    QCOMPARE(ExportFileName::sanitize(QString(79, QLatin1Char('a')) + QStringLiteral("😀")).size(), 79);
}

void TestExportNames::foldersAreRememberedPerKind()
{
    QTemporaryDir a;
    QTemporaryDir b;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QCOMPARE(FileDialogs::lastFolder(FileDialogs::Folder::ReportExport), documents);
    QVERIFY(!FileDialogs::remembers(FileDialogs::Folder::ReportExport));
    FileDialogs::rememberFolder(FileDialogs::Folder::ReportExport, a.filePath(QStringLiteral("r.csv")));
    FileDialogs::rememberFolder(FileDialogs::Folder::ContactsImport, b.filePath(QStringLiteral("in.xlsx")));
    QCOMPARE(FileDialogs::lastFolder(FileDialogs::Folder::ReportExport), a.path());
    QCOMPARE(FileDialogs::lastFolder(FileDialogs::Folder::ContactsImport), b.path());
    QCOMPARE(FileDialogs::lastFolder(FileDialogs::Folder::RecipientsExport), documents);
    QCOMPARE(FileDialogs::suggestedPath(FileDialogs::Folder::ReportExport, QStringLiteral("x.csv")),
             a.filePath(QStringLiteral("x.csv")));
    // A remembered folder that is gone falls back to Documents.
    const QString gone = a.path();
    a.remove();
    QCOMPARE(FileDialogs::lastFolder(FileDialogs::Folder::ReportExport), documents);
    QVERIFY(gone != documents);
}

void TestExportNames::dashboardReportSuggestsCampaignNameInLastFolder()
{
    TestWorkspace ws;
    QString error;
    QSqlDatabase db = ws.workspace().database();
    const auto account = AccountStore(db).defaultAccount(&error);
    QVERIFY2(account && SandboxCampaign::syncTemplates(db, account->id, &error), qPrintable(error));
    QVERIFY(!SandboxCampaign::addOptedIn(db, SandboxCampaign::customers(2, QStringLiteral("+91987650"), 4), &error)
                 .isEmpty());
    const qint64 id = SandboxCampaign::create(db, account->id, QStringLiteral("Diwali offer: 30% off"),
                                              QStringLiteral("appointment_reminder"),
                                              SandboxCampaign::appointmentReminderParams(), &error);
    QVERIFY2(id > 0, qPrintable(error));
    QVERIFY2(CampaignStore(db).planRun(id, &error), qPrintable(error));

    QTemporaryDir reports;
    FileDialogs::rememberFolder(FileDialogs::Folder::ReportExport, reports.filePath(QStringLiteral("old.csv")));
    DashboardPage page(ws.workspace());
    page.resize(1024, 700);
    page.show();
    page.showCampaign(id);
    QString suggested;
    QTimer::singleShot(0, &page, [&] {
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) != nullptr);
        suggested = dialog->selectedFiles().value(0);
        dialog->reject();
    });
    page.exportReport();
    QCOMPARE(suggested, reports.filePath(QStringLiteral("Diwali offer- 30% off – report %1.csv")
                                             .arg(Clock::today().toString(Qt::ISODate))));
}

QTEST_MAIN(TestExportNames)
#include "tst_exportnames.moc"
