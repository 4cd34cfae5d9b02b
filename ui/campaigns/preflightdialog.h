#pragma once

#include "models/campaigns/campaign.h"
#include "models/campaigns/preflight.h"

#include <QDialog>
#include <QFutureWatcher>

class PreflightView;
class QLabel;
class QPushButton;
class Workspace;

// The pre-flight check shown before any start from the Campaigns page: runs Preflight::check on a worker thread
// (its own connection), shows the report, and enables Start only when nothing blocks it.
class PreflightDialog : public QDialog
{
    Q_OBJECT

public:
    PreflightDialog(Workspace &workspace, const Campaign &campaign, QWidget *parent = nullptr);
    ~PreflightDialog() override;

    PreflightView *view() const { return m_view; }
    QPushButton *startButton() const { return m_start; }
    // True once the check has finished (tests wait for it).
    bool isChecked() const { return m_checked; }
    // Start after a stop: says that stopped run `stoppedRunId` stays stopped and that a new run goes to the
    // recipients it did not reach; the start button becomes "New run for the N not reached…".
    void offerUnreached(qint64 stoppedRunId, const CampaignStore::Unreached &unreached);
    QLabel *unreachedNote() const { return m_unreached; }

private:
    void onFinished();

    Workspace &m_workspace;
    Campaign m_campaign;
    PreflightView *m_view = nullptr;
    QPushButton *m_start = nullptr;
    QLabel *m_unreached = nullptr;
    QPushButton *m_test = nullptr;
    QFutureWatcher<PreflightReport> m_watcher;
    bool m_checked = false;
};
