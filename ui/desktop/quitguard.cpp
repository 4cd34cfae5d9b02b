#include "ui/desktop/quitguard.h"

#include "ui/messagebox.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace {

// MessageBox::question with each button named for what it does. A test's pre-answer goes through MessageBox (which
// records the text); otherwise the box is shown here, because MessageBox relabels only the Yes button.
MessageBox::Button askWithLabels(QWidget *parent, const QString &title, const QString &text,
                                 MessageBox::Buttons buttons, const QList<QPair<MessageBox::Button, QString>> &labels)
{
    if (MessageBox::pendingAnswers() > 0)
        return MessageBox::question(parent, title, text, buttons, QMessageBox::Cancel);
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(QMessageBox::Cancel);
    for (const auto &[button, label] : labels) {
        if (QAbstractButton *b = box.button(button))
            b->setText(label);
    }
    return static_cast<MessageBox::Button>(box.exec());
}

} // namespace

QuitGuard::Choice QuitGuard::ask(QWidget *parent, const Sending &sending)
{
    if (sending.total() == 0)
        return Choice::Quit;
    QString text = tr("%n campaign run(s) are being sent from this window.", nullptr, sending.total());
    text += QStringLiteral("\n\n")
            + tr("If you quit, sending pauses. Nothing is lost or sent twice: Resume on the Campaigns page continues "
                 "where it stopped.");
    if (sending.agentAvailable) {
        text += QStringLiteral("\n\n")
                + tr("The Herald agent runs on this computer: it can continue the scheduled and triggered campaigns "
                     "while Herald is closed. Campaigns you started by hand stay paused.");
    } else {
        text += QStringLiteral("\n\n")
                + tr("Scheduled and triggered campaigns can be sent while Herald is closed by the Herald agent "
                     "(herald-cli agent) on a computer that stays on; see the README's \"herald-cli agent\" section "
                     "to set it up.");
    }
    MessageBox::Buttons buttons = QMessageBox::Yes | QMessageBox::Cancel;
    QList<QPair<MessageBox::Button, QString>> labels{{QMessageBox::Yes, tr("Stop Sending and Quit")},
                                                     {QMessageBox::Cancel, tr("Keep the Window Open")}};
    if (sending.agentAvailable && sending.scheduledRuns > 0) {
        buttons |= QMessageBox::Apply;
        labels.append({QMessageBox::Apply, tr("Hand Over to the Agent")});
    }
    switch (askWithLabels(parent, tr("Quit while sending?"), text, buttons, labels)) {
    case QMessageBox::Yes:
        return Choice::StopAndQuit;
    case QMessageBox::Apply:
        return buttons.testFlag(QMessageBox::Apply) ? Choice::HandOver : Choice::KeepWindow;
    default:
        return Choice::KeepWindow;
    }
}

bool QuitGuard::agentInstalled()
{
#if defined(Q_OS_WIN)
    // The installer's "Herald agent" scheduled task (packaging/windows/herald-agent-task.cmd).
    QProcess query;
    query.start(QStringLiteral("schtasks"), {QStringLiteral("/Query"), QStringLiteral("/TN"), QStringLiteral("Herald agent")});
    return query.waitForFinished(3000) && query.exitStatus() == QProcess::NormalExit && query.exitCode() == 0;
#else
    // packaging/linux/herald-agent.service, copied to ~/.config/systemd/user/ (README).
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    return QFileInfo::exists(QDir(config).filePath(QStringLiteral("systemd/user/herald-agent.service")));
#endif
}
