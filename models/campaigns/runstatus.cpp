#include "models/campaigns/runstatus.h"

#include <array>

namespace {

// The context of the label map's translations.
class RunStatusLabel
{
    Q_DECLARE_TR_FUNCTIONS(RunStatus)
public:
    static QString text(RunStatus status, qint64 pending);
};

struct Name
{
    RunStatus status;
    const char *text;
};

constexpr std::array kNames{
    Name{RunStatus::Planned, "planned"},   Name{RunStatus::Starting, "starting"},
    Name{RunStatus::Running, "running"},   Name{RunStatus::Pausing, "pausing"},
    Name{RunStatus::Paused, "paused"},     Name{RunStatus::Stopping, "stopping"},
    Name{RunStatus::Stopped, "stopped"},   Name{RunStatus::WaitingDailyLimit, "waiting_daily_limit"},
    Name{RunStatus::WaitingWindow, "waiting_window"},
    Name{RunStatus::Sent, "sent"},         Name{RunStatus::Finished, "finished"},
    Name{RunStatus::Error, "error"},       Name{RunStatus::Busy, "busy"},
};

QString RunStatusLabel::text(RunStatus status, qint64 pending)
{
    switch (status) {
    case RunStatus::None: return tr("Draft");
    case RunStatus::Planned: return tr("Ready to send");
    case RunStatus::Starting:
    case RunStatus::Running: return tr("Sending");
    case RunStatus::Pausing: return tr("Pausing…");
    case RunStatus::Paused: return tr("Paused");
    case RunStatus::Stopping: return tr("Stopping…");
    case RunStatus::Stopped: return tr("Stopped");
    case RunStatus::Error: return tr("Stopped by an error");
    case RunStatus::Busy: return tr("Sending in another window");
    case RunStatus::WaitingDailyLimit: return tr("Waiting for the daily limit");
    case RunStatus::WaitingWindow: return tr("Waiting for the next send window");
    case RunStatus::Sent:
    case RunStatus::Finished:
    case RunStatus::Unknown: break;
    }
    // "sent" and "finished": finished only when nothing is pending or uncertain any more.
    if (status == RunStatus::Sent || pending > 0)
        return tr("Sent — waiting for delivery reports");
    if (status == RunStatus::Finished)
        return tr("Finished");
    return tr("Unknown");
}

} // namespace

namespace RunStatuses {

RunStatus fromString(const QString &text)
{
    if (text.isEmpty())
        return RunStatus::None;
    for (const Name &n : kNames) {
        if (text == QLatin1String(n.text))
            return n.status;
    }
    return RunStatus::Unknown;
}

QString toString(RunStatus status)
{
    for (const Name &n : kNames) {
        if (n.status == status)
            return QString::fromLatin1(n.text);
    }
    return {};
}

bool isLive(RunStatus status)
{
    return status != RunStatus::None && status != RunStatus::Stopped && !isDone(status);
}

bool isFinal(RunStatus status)
{
    return status == RunStatus::Stopped;
}

bool isDone(RunStatus status)
{
    return status == RunStatus::Sent || status == RunStatus::Finished;
}

bool canPause(RunStatus status)
{
    return status == RunStatus::Starting || status == RunStatus::Running;
}

bool canResume(RunStatus status)
{
    return status == RunStatus::Paused || status == RunStatus::Pausing;
}

bool canStop(RunStatus status)
{
    // A run waiting for the daily limit or its next send window may wait for hours: the owner can end it.
    return canPause(status) || canResume(status) || isWaiting(status);
}

bool isWaiting(RunStatus status)
{
    return status == RunStatus::WaitingDailyLimit || status == RunStatus::WaitingWindow;
}

bool isHalted(RunStatus status)
{
    return canResume(status) || status == RunStatus::Stopped || status == RunStatus::Stopping
        || status == RunStatus::Error;
}

QString label(RunStatus status, qint64 pending)
{
    return RunStatusLabel::text(status, pending);
}

QString label(const QString &text, qint64 pending)
{
    const RunStatus status = fromString(text);
    // A text this version does not know is shown as it is (never hidden behind "Unknown") unless reports are pending.
    if (status == RunStatus::Unknown && pending <= 0)
        return text;
    return label(status, pending);
}

} // namespace RunStatuses
