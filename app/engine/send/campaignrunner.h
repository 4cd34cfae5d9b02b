#pragma once

#include "engine/send/runprogress.h"
#include "engine/send/sendoptions.h"
#include "models/accounts/account.h"

#include <QObject>
#include <QPointer>
#include <memory>

class WorkspaceLock;
class QThread;
class SendWorker;
class Workspace;

// Sends one campaign run: the engine call behind the GUI's Start/Pause/Resume/Stop buttons and
// `herald-cli campaign run ID`. All database and network work happens on a worker thread that owns its
// QNetworkAccessManager; the owner thread only gets throttled progress() signals and one finished().
//
// One sender per run at a time, even across processes: start() takes a lock file next to the workspace
// (<workspace>.run-<ID>.lock); a lock left by a dead process is taken over. If another sender holds it,
// finished() reports status "busy".
//
// Typical use (the CLI):
//     CampaignRunner runner(workspace, runId, account, token, options);
//     connect(&runner, &CampaignRunner::progress, …);              // print counts, rate, headroom
//     connect(&runner, &CampaignRunner::finished, &app, [&](const RunOutcome &o) { app.exit(o.ok() ? 0 : 2); });
//     runner.start();
//     app.exec();
// Pause/resume/stop from another process: RecipientLedger::requestControl(runId, "pause" | "resume" | "stop")
// (or CampaignRunner::requestControl); a running sender picks it up within SendOptions::controlPollMs.
class CampaignRunner : public QObject
{
    Q_OBJECT

public:
    // `account.graphUrl` must be an http(s) URL (a sandbox account: the sandbox server's base URL).
    CampaignRunner(Workspace &workspace, qint64 runId, const Account &account, const QString &accessToken,
                   const SendOptions &options = {}, QObject *parent = nullptr);
    // Still running: in-flight requests are cancelled (written ones become uncertain), the run is left paused.
    ~CampaignRunner() override;

    qint64 runId() const { return m_runId; }
    bool isRunning() const { return m_thread != nullptr; }
    RunProgress lastProgress() const { return m_lastProgress; }

    // The account's remaining daily messaging budget, from the calling thread's connection.
    static Headroom headroom(const Workspace &workspace, const Account &account, QString *error = nullptr);
    // Pause, resume or stop a run that may be sending in another process.
    static bool requestControl(const Workspace &workspace, qint64 runId, const QString &request, QString *error);
    static QString lockFilePath(const Workspace &workspace, qint64 runId);

public Q_SLOTS:
    void start();
    void pause();
    void resume();
    void stop();

Q_SIGNALS:
    void progress(const RunProgress &progress);
    void finished(const RunOutcome &outcome);

private:
    void onWorkerFinished(const RunOutcome &outcome);

    Workspace &m_workspace;
    const qint64 m_runId;
    const Account m_account;
    const QString m_token;
    const SendOptions m_options;
    std::unique_ptr<WorkspaceLock> m_lock;
    QThread *m_thread = nullptr;
    QPointer<SendWorker> m_worker;
    RunProgress m_lastProgress;
};
