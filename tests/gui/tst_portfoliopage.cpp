// The portfolio page (issue 18 §1), rendered offscreen: numbers grouped by portfolio with the shared budget, a flagged
// number's quality and the campaign drawing on both, from the same data as `herald-cli portfolio`.
#include "models/accounts/account.h"
#include "models/accounts/numberquality.h"
#include "models/storage/workspace.h"
#include "screenshot.h"
#include "sendfixture.h"
#include "testworkspace.h"
#include "ui/portfolio/portfoliopage.h"

#include <QLabel>
#include <QTest>
#include <QTreeWidget>

class TestPortfolioPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsNumbersByPortfolio();
};

void TestPortfolioPage::showsNumbersByPortfolio()
{
    TestWorkspace ws;
    QSqlDatabase db = ws.workspace().database();
    Account a = SendFixture::createAccount(db, QStringLiteral("http://127.0.0.1:9"), QStringLiteral("TIER_250"), 60);
    Account b = SendFixture::createAccount(db, QStringLiteral("http://127.0.0.1:9"), QStringLiteral("TIER_250"), 30);
    // a run on A with 4 phones claimed a minute ago, still unfinished
    const qint64 run = SendFixture::createRun(db, a.id, 4);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    SendFixture::value(db, QStringLiteral("UPDATE recipients SET state = 'accepted', attempts = 1, claimed_at = ? "
                                          "WHERE run_id = ?"),
                       {now - 60000, run});
    SendFixture::value(db, QStringLiteral("UPDATE campaign_runs SET status = 'paused' WHERE id = ?"), {run});
    NumberQuality::Update flagged;
    flagged.event = QStringLiteral("FLAGGED");
    QVERIFY(NumberQuality::apply(db, b.id, flagged, now).ok());

    PortfolioPage page(ws.workspace());
    page.resize(1100, 360);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *tree = page.findChild<QTreeWidget *>(QStringLiteral("portfolioTree"));
    QVERIFY(tree);
    // The workspace's own sandbox account stands alone; A and B share one WABA, no portfolio id: one budget.
    QCOMPARE(tree->topLevelItemCount(), 2);
    QTreeWidgetItem *group = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->data(PortfolioPage::NumberColumn, Qt::UserRole).toString() == QLatin1String("waba:2001"))
            group = tree->topLevelItem(i);
    }
    QVERIFY(group);
    QVERIFY(group->isFirstColumnSpanned());
    QVERIFY2(group->text(PortfolioPage::NumberColumn).contains(QStringLiteral("246 of 250")),
             qPrintable(group->text(PortfolioPage::NumberColumn)));
    QCOMPARE(group->childCount(), 2);
    QTreeWidgetItem *first = group->child(0);
    QTreeWidgetItem *second = group->child(1);
    QVERIFY(first->text(PortfolioPage::NumberColumn).startsWith(a.name));
    QCOMPARE(first->text(PortfolioPage::ThroughputColumn), QStringLiteral("60 msg/s"));
    QCOMPARE(first->text(PortfolioPage::RecipientsColumn), QStringLiteral("4"));
    QCOMPARE(first->text(PortfolioPage::RunningColumn), QStringLiteral("test"));
    QCOMPARE(first->text(PortfolioPage::QualityColumn), NumberQuality::label(NumberQuality::Rating::Unknown));
    QVERIFY(second->text(PortfolioPage::QualityColumn).contains(QStringLiteral("flagged")));
    QCOMPARE(second->text(PortfolioPage::QualityColumn).section(QStringLiteral(" — "), 0, 0),
             NumberQuality::label(NumberQuality::Rating::Red));
    QCOMPARE(second->text(PortfolioPage::RecipientsColumn), QStringLiteral("0"));
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("portfolioSummary"))->text().contains(QStringLiteral("flagged")));
    QVERIFY(Screenshot::save(&page, QStringLiteral("portfolio-page")));
}

QTEST_MAIN(TestPortfolioPage)
#include "tst_portfoliopage.moc"
