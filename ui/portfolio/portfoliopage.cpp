#include "ui/portfolio/portfoliopage.h"

#include "models/accounts/numberquality.h"
#include "models/accounts/portfolio.h"
#include "models/core/clock.h"
#include "models/storage/workspace.h"
#include "ui/tonestyle.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace {

QString campaigns(const QList<Portfolio::CampaignRef> &refs, bool withTime)
{
    QStringList parts;
    for (const Portfolio::CampaignRef &c : refs) {
        QString text = c.name;
        if (withTime && c.nextFireAt > 0)
            text += QStringLiteral(" (%1)").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(c.nextFireAt),
                                                                   QLocale::ShortFormat));
        parts << text;
    }
    return parts.join(QStringLiteral(", "));
}

QColor qualityColor(NumberQuality::Rating r)
{
    switch (r) {
    case NumberQuality::Rating::Green:
        return toneText(Tone::Success);
    case NumberQuality::Rating::Yellow:
        return toneText(Tone::Warning);
    case NumberQuality::Rating::Red:
        return toneText(Tone::Danger);
    case NumberQuality::Rating::Unknown:
        break;
    }
    return {};
}

} // namespace

PortfolioPage::PortfolioPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("portfolioPage"));
    auto *title = new QLabel(tr("<h2>Numbers and portfolios</h2>"), this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("portfolioSummary"));
    m_summary->setWordWrap(true);
    auto *refresh = new QPushButton(tr("&Reload"), this);
    refresh->setObjectName(QStringLiteral("portfolioReload"));
    connect(refresh, &QPushButton::clicked, this, &PortfolioPage::reload);

    m_tree = new QTreeWidget(this);
    m_tree->setAccessibleName(tr("Numbers by portfolio"));
    m_tree->setObjectName(QStringLiteral("portfolioTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Number"), tr("Quality"), tr("Throughput"), tr("Tier"), tr("Recipients (24 h)"),
                             tr("Sending now"), tr("Scheduled next")});
    m_tree->setRootIsDecorated(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);

    auto *top = new QHBoxLayout;
    top->addWidget(title, 1);
    top->addWidget(refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
}

void PortfolioPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void PortfolioPage::reload()
{
    const auto groups = Portfolio::load(m_workspace.database(), Clock::nowMs());
    m_tree->clear();
    if (!groups) {
        m_summary->setText(tr("The numbers could not be read: %1").arg(groups.error()));
        return;
    }
    int flagged = 0;
    for (const Portfolio::Group &g : *groups) {
        auto *group = new QTreeWidgetItem(m_tree);
        // One line across the columns: the portfolio and its shared budget.
        group->setText(NumberColumn, tr("Portfolio %1 — %2").arg(g.portfolio, g.headroom.describe()));
        group->setData(NumberColumn, Qt::UserRole, g.portfolio);
        group->setFirstColumnSpanned(true);
        QFont bold = group->font(NumberColumn);
        bold.setBold(true);
        group->setFont(NumberColumn, bold);
        for (const Portfolio::Number &n : g.numbers) {
            auto *item = new QTreeWidgetItem(group);
            const auto rating = NumberQuality::ratingFromName(n.account.qualityRating);
            item->setText(NumberColumn, n.account.phoneNumberId.isEmpty()
                                            ? n.account.name
                                            : QStringLiteral("%1 (%2)").arg(n.account.name, n.account.phoneNumberId));
            item->setText(QualityColumn, n.account.isFlagged() ? tr("%1 — flagged, not sending").arg(NumberQuality::label(rating))
                                                               : NumberQuality::label(rating));
            if (const QColor c = qualityColor(rating); c.isValid())
                item->setForeground(QualityColumn, c);
            item->setText(ThroughputColumn, tr("%1 msg/s").arg(n.account.sendRate()));
            item->setText(TierColumn, n.account.messagingTier.isEmpty() ? tr("not known") : n.account.messagingTier);
            item->setText(RecipientsColumn, QLocale().toString(n.recipients24h));
            item->setText(RunningColumn, campaigns(n.running, false));
            item->setText(ScheduledColumn, campaigns(n.scheduled, true));
            flagged += n.account.isFlagged() ? 1 : 0;
        }
    }
    m_tree->expandAll();
    // Columns fit the numbers, not the spanned portfolio lines.
    for (int column = 0; column < ColumnCount; ++column) {
        int width = m_tree->header()->fontMetrics().horizontalAdvance(m_tree->headerItem()->text(column)) + 24;
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *group = m_tree->topLevelItem(i);
            for (int j = 0; j < group->childCount(); ++j)
                width = std::max(width, m_tree->fontMetrics().horizontalAdvance(group->child(j)->text(column))
                                            + (column == 0 ? 2 * m_tree->indentation() : 0) + 16);
        }
        m_tree->setColumnWidth(column, width);
    }
    m_summary->setText(flagged > 0 ? tr("%n number(s) flagged: campaigns on them pause until their quality recovers.",
                                        nullptr, flagged)
                                   : tr("Numbers of one business portfolio share its daily messaging limit."));
}
