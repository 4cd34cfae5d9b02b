#pragma once

#include <QCoreApplication>

class QWidget;

// Closing the window while runs are being sent from it asks first (MainWindow::closeEvent). The question explains
// what each answer does to those runs: quitting pauses them (nothing is lost or sent twice: they continue from the
// ledger when started again), and scheduled or triggered campaigns can keep being sent by the Herald agent
// (`herald-cli agent`) on a computer that stays on. With an agent available the window can hand its scheduled and
// triggered runs over to it.
class QuitGuard
{
    Q_DECLARE_TR_FUNCTIONS(QuitGuard)

public:
    enum class Choice {
        Quit,          // nothing is sending: close without asking
        StopAndQuit,   // pause every run sending from this window, then close
        KeepWindow,    // do not close
        HandOver,      // close; the agent continues the scheduled and triggered runs
    };

    struct Sending
    {
        int windowRuns = 0;      // runs started from the Campaigns page, sending now
        int scheduledRuns = 0;   // scheduled or triggered runs this window's scheduler is sending
        bool agentAvailable = false;
        int total() const { return windowRuns + scheduledRuns; }
    };

    // Asks through MessageBox (tests pre-answer it: Yes = stop and quit, Cancel = keep the window, Apply = hand over);
    // returns Quit without asking when nothing is sending.
    static Choice ask(QWidget *parent, const Sending &sending);
    // Whether a Herald agent is set up on this computer: the systemd user service of packaging/linux (Linux) or the
    // scheduled task of the Windows installer is installed.
    static bool agentInstalled();
};
