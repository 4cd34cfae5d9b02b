#pragma once

#include "engine/cloudapi/templatesubmission.h"
#include "models/accounts/account.h"
#include "models/templates/messagetemplate.h"

#include <QObject>

class QWidget;
class Workspace;

// Saves the template editor's template in the workspace, as a draft or once it was submitted for review: on a
// sandbox account the review is simulated and approves at once; on a WhatsApp Cloud API account the access
// token is read from the keychain and the template is sent to Meta. Questions and errors are asked in message
// boxes over `window`.
class TemplateSubmitter : public QObject
{
    Q_OBJECT

public:
    TemplateSubmitter(Workspace &workspace, const Account &account, QWidget *window);

    // Stores t as a draft without a status; asks first when another draft has its name and language.
    bool saveDraft(MessageTemplate t);
    // Submits t for review; submitted() follows when it was accepted and stored.
    void submit(MessageTemplate t);

Q_SIGNALS:
    // A slow step started (busy, with what it does) or ended.
    void busyChanged(bool busy, const QString &message);
    // t was stored (its id filled in); emitted before the confirmation box.
    void stored(const MessageTemplate &t);
    void submitted();

private:
    bool resolveIdentity(MessageTemplate &t);
    bool store(MessageTemplate t, const QString &confirmation);
    void finishSubmission(TemplateSubmission *submission, const TemplateSubmission::Result &r);

    Workspace &m_workspace;
    Account m_account;
    QWidget *m_window;
};
