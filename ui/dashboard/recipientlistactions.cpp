// RecipientListPane's actions on its list: retargeting, message history, CSV export, the retry run and resolving
// uncertain recipients (the pane's layout and filters are in recipientlistpane.cpp).
#include "models/core/clock.h"
#include "ui/dashboard/recipientlistpane.h"

#include "engine/send/runservice.h"
#include "models/campaigns/campaign.h"
#include "models/campaigns/exportfilename.h"
#include "models/itemmodels/recipientlistmodel.h"
#include "models/ledger/ledger.h"
#include "models/stats/statsreport.h"
#include "models/storage/workspace.h"
#include "ui/dashboard/statschartview.h"
#include "ui/filedialogs.h"
#include "ui/messagebox.h"

#include <QComboBox>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QtConcurrent>

using Stat = CampaignStats::Stat;

QString RecipientListPane::audienceExpression() const
{
    QString expr = QStringLiteral("run:%1:%2").arg(m_runId).arg(CampaignStats::statName(m_stat));
    if (m_stat == Stat::Failed) {
        if (const std::optional<int> code = reasonCode())
            expr += QLatin1Char(':') + QString::number(*code);
    }
    return expr;
}

void RecipientListPane::requestNewCampaign()
{
    if (!isShowingList())
        return;
    Q_EMIT newCampaignRequested(audienceExpression());
}

void RecipientListPane::investigateCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QString phone = current.data(RecipientListModel::PhoneRole).toString();
    if (!phone.isEmpty())
        Q_EMIT investigateRequested(phone);
}

bool RecipientListPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_view->currentIndex().isValid()) {
            investigateCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RecipientListPane::exportCsv()
{
    if (!isShowingList() || m_exporting)
        return;
    // "Diwali offer – Delivered recipients 2026-12-07.csv" in the folder of the last recipients export.
    const QString suggested = FileDialogs::suggestedPath(
        FileDialogs::Folder::RecipientsExport,
        ExportFileName::forRun(m_workspace.database(), m_runId,
                               tr("%1 recipients").arg(StatsChartView::statTitle(m_stat)), Clock::today()));
    char separator = ',';
    const QString path = FileDialogs::getSaveCsvFileName(this, tr("Export Recipients"), suggested, &separator);
    if (path.isEmpty())
        return;
    FileDialogs::rememberFolder(FileDialogs::Folder::RecipientsExport, path);
    exportCsvTo(path, separator);
}

void RecipientListPane::exportCsvTo(const QString &path, char separator)
{
    if (!isShowingList() || m_exporting)
        return;
    m_exporting = true;
    updateActions();
    StatsReport::RecipientFilter filter;
    filter.runId = m_runId;
    filter.stat = m_stat;
    filter.reasonCode = m_stat == Stat::Failed ? reasonCode() : std::nullopt;
    filter.search = m_search->text().trimmed();
    auto error = std::make_shared<QString>();
    Workspace *workspace = &m_workspace;
    Q_EMIT statusMessage(tr("Exporting to %1…").arg(QFileInfo(path).fileName()));
    // A million rows take a few seconds: the worker streams them on its own connection.
    m_exportFuture = QtConcurrent::run([workspace, filter, path, error, separator] {
        const qint64 rows
            = StatsReport::writeRecipientsCsv(workspace->database(), filter, path, error.get(), {}, separator);
        workspace->releaseThreadConnection();
        return rows;
    });
    auto *watcher = new QFutureWatcher<qint64>(this);
    connect(watcher, &QFutureWatcher<qint64>::finished, this, [this, watcher, error, path] {
        const qint64 rows = watcher->result();
        watcher->deleteLater();
        m_exporting = false;
        updateActions();
        if (rows < 0) {
            MessageBox::warning(this, tr("Export Recipients"), tr("The list could not be exported: %1").arg(*error));
        } else {
            Q_EMIT statusMessage(tr("Exported %n recipient(s) to %1.", nullptr, int(rows)).arg(path));
        }
        Q_EMIT exportFinished(rows, path, rows < 0 ? *error : QString());
    });
    watcher->setFuture(m_exportFuture);
}

void RecipientListPane::retryFailures()
{
    if (!isShowingList())
        return;
    if (MessageBox::question(this, tr("Retry Failures"),
            tr("Plan a new run, linked to this one, that sends again only to the recipients whose "
               "failure a retry can help? Recipients still in a waiting period (such as 24 hours "
               "after error 131049) and contacts who opted out are left out."),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes, tr("Plan retry"))
        != QMessageBox::Yes)
        return;
    // Planned under the campaign's lock, like every run (RunService).
    const qint64 campaignId = CampaignStats::campaignOfRun(m_workspace.database(), m_runId).valueOr(0);
    const RunService::Decision retry = RunService::planRetry(m_workspace, campaignId, m_runId);
    if (!retry.ok()) {
        MessageBox::information(this, tr("Retry Failures"), retry.message);
        return;
    }
    const auto &plan = retry.planned;
    QString text = tr("Run %1 will send again to %n recipient(s).", nullptr, int(plan->planned)).arg(plan->runId);
    if (plan->coolingDown > 0)
        text += QLatin1Char(' ')
            + tr("%n more must wait until %1; retry again then.", nullptr, int(plan->coolingDown))
                  .arg(QLocale().toString(
                      QDateTime::fromMSecsSinceEpoch(plan->retryableAfter).toLocalTime(), QLocale::ShortFormat));
    if (plan->notRetryable > 0)
        text += QLatin1Char(' ') + tr("%n would fail the same way and are left out.", nullptr, int(plan->notRetryable));
    text += QLatin1Char(' ') + tr("Start it from the Campaigns page.");
    Q_EMIT statusMessage(text);
    MessageBox::information(this, tr("Retry Failures"), text);
    Q_EMIT retryPlanned(campaignId, plan->runId);
}

void RecipientListPane::resendSelectedUncertain()
{
    const QList<qint64> ids = selectedUncertain();
    if (ids.isEmpty())
        return;
    if (MessageBox::question(this, tr("Resend Uncertain"),
            tr("No answer came back for %n message(s): they may have reached the phone. Send them "
               "again anyway? The person may get the message twice.",
                nullptr, int(ids.size())),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, tr("Resend"))
        != QMessageBox::Yes)
        return;
    QString error;
    if (!RecipientLedger(m_workspace.database()).resendUncertain(ids, &error)) {
        MessageBox::warning(this, tr("Resend Uncertain"), error);
        return;
    }
    Q_EMIT statusMessage(tr("%n recipient(s) will be sent again when the run continues.", nullptr, int(ids.size())));
    m_model->reload();
    Q_EMIT ledgerChanged();
}

void RecipientListPane::failSelectedUncertain()
{
    const QList<qint64> ids = selectedUncertain();
    if (ids.isEmpty())
        return;
    if (MessageBox::question(this, tr("Mark Uncertain as Failed"),
            tr("Mark %n uncertain recipient(s) as failed? They will not be sent again by this run.", nullptr,
                int(ids.size())),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, tr("Mark failed"))
        != QMessageBox::Yes)
        return;
    QString error;
    if (!RecipientLedger(m_workspace.database()).failUncertain(ids, Clock::nowMs(), &error)) {
        MessageBox::warning(this, tr("Mark Uncertain as Failed"), error);
        return;
    }
    Q_EMIT statusMessage(tr("%n recipient(s) marked failed.", nullptr, int(ids.size())));
    m_model->reload();
    Q_EMIT ledgerChanged();
}
