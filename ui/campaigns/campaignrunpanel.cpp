#include "ui/campaigns/campaignrunpanel.h"

#include "engine/sandbox/accountendpoint.h"
#include "engine/send/campaignrunner.h"
#include "engine/send/runprogress.h"
#include "engine/send/sendoptions.h"
#include "models/campaigns/audiencetext.h"
#include "models/campaigns/runstatus.h"
#include "models/core/clock.h"
#include "models/itemmodels/campaigntablemodel.h"
#include "models/ledger/failurecatalogue.h"
#include "models/storage/workspace.h"
#include "ui/tonestyle.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using State = RecipientLedger::State;

namespace {

Tone statusTone(const QString &text, const RecipientLedger::Counts &counts, bool byCode)
{
    switch (RunStatuses::fromString(text)) {
    case RunStatus::Starting:
    case RunStatus::Running: return Tone::Active;
    case RunStatus::Pausing:
    case RunStatus::Paused: return byCode ? Tone::Warning : Tone::Neutral;
    case RunStatus::WaitingDailyLimit:
    case RunStatus::WaitingWindow: return Tone::Warning;
    case RunStatus::Error: return Tone::Danger;
    case RunStatus::Stopped:
    case RunStatus::Stopping: return byCode ? Tone::Danger : Tone::Neutral;
    case RunStatus::Sent:
    case RunStatus::Finished: return counts.pending() > 0 ? Tone::Active : Tone::Success;
    default: return Tone::Neutral;
    }
}

QLabel *mutedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

CampaignRunPanel::CampaignRunPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("campaignDetail"));
    QWidget *detail = this;
    m_title = new QLabel(detail);
    m_title->setObjectName(QStringLiteral("campaignTitle"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    f.setBold(true);
    m_title->setFont(f);
    m_status = new QLabel(detail);
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_meta = mutedLabel({}, detail);
    m_meta->setObjectName(QStringLiteral("campaignMeta"));
    m_progress = new QProgressBar(detail);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setTextVisible(true);
    m_progress->setMinimumHeight(22);

    auto *tiles = new QGridLayout;
    tiles->setSpacing(8);
    const std::pair<State, const char *> states[] = {
        // Where each recipient is now, one state each: not the statistics of the table, which count a read
        // message as sent and delivered too. So no caption is a bare statistic's name ("Sent").
        {State::Planned, QT_TR_NOOP("Waiting")},
        {State::Claimed, QT_TR_NOOP("In flight")},
        {State::Accepted, QT_TR_NOOP("Accepted, no report yet")},
        {State::Sent, QT_TR_NOOP("Sent, not delivered yet")},
        {State::Delivered, QT_TR_NOOP("Delivered, not read")},
        {State::Read, QT_TR_NOOP("Read")},
        {State::Failed, QT_TR_NOOP("Failed")},
        {State::Uncertain, QT_TR_NOOP("Uncertain")},
        {State::Skipped, QT_TR_NOOP("Skipped")},
    };
    int column = 0;
    for (const auto &[state, caption] : states) {
        auto *tile = new QFrame(detail);
        tile->setObjectName(QStringLiteral("countTile"));
        auto *number = new QLabel(QStringLiteral("0"), tile);
        number->setObjectName(QStringLiteral("count_") + RecipientLedger::stateName(state));
        QFont nf = number->font();
        nf.setPointSizeF(nf.pointSizeF() * 1.3);
        nf.setBold(true);
        number->setFont(nf);
        auto *tileLayout = new QVBoxLayout(tile);
        tileLayout->setContentsMargins(10, 6, 10, 6);
        tileLayout->setSpacing(0);
        tileLayout->addWidget(number);
        tileLayout->addWidget(mutedLabel(tr(caption), tile));
        tiles->addWidget(tile, 0, column++);
        m_countLabels.insert(int(state), number);
    }

    m_rate = new QLabel(detail);
    m_rate->setObjectName(QStringLiteral("sendRate"));
    m_headroom = new QLabel(detail);
    m_headroom->setObjectName(QStringLiteral("headroom"));
    m_headroom->setWordWrap(true);
    m_failures = new QLabel(detail);
    m_failures->setObjectName(QStringLiteral("failureReasons"));
    m_failures->setWordWrap(true);
    auto *facts = new QFormLayout;
    facts->setLabelAlignment(Qt::AlignLeft);
    facts->setHorizontalSpacing(16);
    facts->addRow(tr("Send rate:"), m_rate);
    facts->addRow(tr("Daily headroom:"), m_headroom);
    facts->addRow(tr("Failures:"), m_failures);

    m_reasonBox = new QFrame(detail);
    m_reasonBox->setObjectName(QStringLiteral("reasonBox"));
    m_reasonTitle = new QLabel(m_reasonBox);
    m_reasonTitle->setObjectName(QStringLiteral("reasonTitle"));
    QFont bold = m_reasonTitle->font();
    bold.setBold(true);
    m_reasonTitle->setFont(bold);
    m_reasonText = new QLabel(m_reasonBox);
    m_reasonText->setObjectName(QStringLiteral("reasonText"));
    m_reasonText->setWordWrap(true);
    m_reasonText->setTextFormat(Qt::RichText);
    m_reasonText->setOpenExternalLinks(true);
    m_reasonText->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto *reasonLayout = new QVBoxLayout(m_reasonBox);
    reasonLayout->setContentsMargins(12, 8, 12, 10);
    reasonLayout->addWidget(m_reasonTitle);
    reasonLayout->addWidget(m_reasonText);
    m_uncertainNote = new QLabel(detail);
    m_uncertainNote->setObjectName(QStringLiteral("uncertainNote"));
    m_uncertainNote->setWordWrap(true);
    m_uncertainNote->setStyleSheet(QStringLiteral("padding: 6px 10px; border-radius: 4px;") + toneStyle(Tone::Warning));

    // While a start plans the run on the engine's worker thread: how far it is, and Cancel.
    m_planningBox = new QFrame(detail);
    m_planningBox->setObjectName(QStringLiteral("planningBox"));
    m_planningText = new QLabel(m_planningBox);
    m_planningText->setObjectName(QStringLiteral("planningText"));
    m_planningBar = new QProgressBar(m_planningBox);
    m_planningBar->setObjectName(QStringLiteral("planningProgress"));
    m_planningBar->setTextVisible(false);
    auto *cancel = new QPushButton(tr("&Cancel"), m_planningBox);
    cancel->setObjectName(QStringLiteral("cancelPlanningButton"));
    cancel->setToolTip(tr("Stop preparing the run: nothing is planned or sent, and the campaign can be started again"));
    connect(cancel, &QPushButton::clicked, this, &CampaignRunPanel::cancelPlanningRequested);
    auto *planningLayout = new QHBoxLayout(m_planningBox);
    planningLayout->setContentsMargins(0, 0, 0, 0);
    planningLayout->addWidget(m_planningText);
    planningLayout->addWidget(m_planningBar, 1);
    planningLayout->addWidget(cancel);
    m_planningBox->hide();

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_status);
    titleRow->addStretch();
    auto *lower = new QHBoxLayout;
    lower->setSpacing(16);
    lower->addLayout(facts, 1);
    auto *notes = new QVBoxLayout;
    notes->addWidget(m_reasonBox);
    notes->addWidget(m_uncertainNote);
    notes->addStretch();
    lower->addLayout(notes, 1);

    auto *layout = new QVBoxLayout(detail);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(titleRow);
    layout->addWidget(m_meta);
    layout->addWidget(m_planningBox);
    layout->addWidget(m_progress);
    layout->addLayout(tiles);
    layout->addLayout(lower);
    layout->addStretch();
}

void CampaignRunPanel::showCampaign(const CampaignOverview &overview, const RunProgress *live)
{
    const QLocale locale;
    const CampaignOverview *row = &overview;
    const auto &counts = row->counts;

    m_title->setText(row->campaign.name);
    const QString audience = row->audienceWords.isEmpty() ? AudienceText::describe(row->campaign.audience)
                                                          : row->audienceWords;
    m_meta->setText(tr("Template %1 (%2) · account %3 · audience: %4")
                        .arg(row->campaign.templateName, row->campaign.language, row->accountName, audience));
    m_meta->setToolTip(row->campaign.audience.trimmed().isEmpty()
                           ? QString()
                           : tr("Audience expression: %1").arg(row->campaign.audience));
    m_status->setText(RunStatuses::label(row->runStatus, counts.pending()));
    m_status->setStyleSheet(toneStyle(statusTone(row->runStatus, counts, row->stopCode.has_value())));

    m_progress->setRange(0, int(qMax<qint64>(1, counts.total)));
    m_progress->setValue(int(row->done()));
    m_progress->setFormat(row->runId == 0 ? tr("Not sent yet — Start plans the recipients and sends")
                                          : CampaignTableModel::progressText(*row) + QStringLiteral(" (%p%)"));
    for (auto it = m_countLabels.cbegin(); it != m_countLabels.cend(); ++it)
        it.value()->setText(locale.toString(counts.value(static_cast<State>(it.key()))));

    if (live) {
        const RunProgress &p = *live;
        m_rate->setText(p.pacerRate > 0 && p.pacerRate < p.targetRate
                            ? tr("%1 messages/s — slowed to %2/s after WhatsApp asked to slow down")
                                  .arg(p.sendRate, 0, 'f', 0)
                                  .arg(p.pacerRate, 0, 'f', 0)
                            : tr("%1 messages/s (limit %2/s)").arg(p.sendRate, 0, 'f', 0).arg(p.targetRate, 0, 'f', 0));
        m_headroom->setText(p.headroom.describe());
    } else {
        m_rate->setText(tr("Not sending"));
        QString error;
        if (const auto account = AccountStore(m_workspace.database()).byId(row->campaign.accountId, &error))
            m_headroom->setText(CampaignRunner::headroom(m_workspace, effectiveAccount(*account), &error).describe());
        else
            m_headroom->setText(tr("The campaign's account no longer exists."));
    }

    const qint64 now = Clock::nowMs();
    if (row->runId != m_failuresRunId
        || (counts.value(State::Failed) != m_failuresCount && now - m_failuresReadAt >= 1000)) {
        m_failuresRunId = row->runId;
        m_failuresCount = counts.value(State::Failed);
        m_failuresReadAt = now;
        QString error;
        QStringList parts;
        for (const auto &[code, n] : CampaignTableModel::failureCodes(m_workspace.database(), row->runId, &error)) {
            const auto entry = FailureCatalogue::lookup(code);
            const QString name = code < 0 ? tr("no provider code")
                                          : tr("%1 %2 (%3)").arg(QString::number(code), entry.title,
                                                                 FailureCatalogue::groupName(entry.group));
            parts << tr("%1 × %2").arg(locale.toString(n), name);
        }
        m_failures->setText(parts.isEmpty() ? tr("None") : parts.join(QStringLiteral(" · ")));
    }

    showReason(*row);
    const qint64 uncertain = counts.value(State::Uncertain);
    m_uncertainNote->setVisible(uncertain > 0);
    if (uncertain > 0)
        m_uncertainNote->setText(
            tr("%n recipient(s) uncertain: the message was handed to the network but no answer came back (a timeout "
               "or Herald was closed), so it may or may not have arrived. Their delivery reports will settle them; "
               "Herald never sends them again on its own.",
               nullptr, int(uncertain)));
}

void CampaignRunPanel::showPlanning(const PlanningProgress *planning)
{
    m_planningBox->setVisible(planning != nullptr);
    if (!planning)
        return;
    const QLocale locale;
    m_planningText->setText(tr("Preparing %1 of %2 recipients…")
                                .arg(locale.toString(planning->done), locale.toString(planning->total)));
    m_planningBar->setRange(0, int(qMax<qint64>(1, planning->total)));
    m_planningBar->setValue(int(planning->done));
}

void CampaignRunPanel::showReason(const CampaignOverview &row)
{
    const RunStatus status = RunStatuses::fromString(row.runStatus);
    const bool show = RunStatuses::isHalted(status) && !row.stopReason.isEmpty();
    m_reasonBox->setVisible(show);
    if (!show)
        return;
    const bool stopped = !RunStatuses::canResume(status);
    QString title;
    if (row.stopCode)
        title = stopped ? tr("Stopped by WhatsApp error %1").arg(*row.stopCode)
                        : tr("Paused by WhatsApp error %1").arg(*row.stopCode);
    else
        title = stopped ? tr("Why it stopped") : tr("Why it paused");
    m_reasonTitle->setText(title);
    QString html = row.stopReason.toHtmlEscaped();
    if (row.stopCode) {
        const auto entry = FailureCatalogue::lookup(*row.stopCode);
        html += QStringLiteral("<p><b>%1</b> — %2</p><p><b>%3</b> %4</p><p><a href=\"%5\">%6</a></p>")
                    .arg(entry.title.toHtmlEscaped(), entry.description.toHtmlEscaped(),
                         tr("What to do:").toHtmlEscaped(), entry.action.toHtmlEscaped(),
                         entry.reference.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                         tr("WhatsApp's error reference").toHtmlEscaped());
    }
    m_reasonText->setText(html);
    m_reasonBox->setStyleSheet(QStringLiteral("QFrame#reasonBox {") + toneStyle(statusTone(row.runStatus, row.counts, row.stopCode.has_value()))
                               + QStringLiteral("} QLabel { background: transparent; border: none; }"));
}
