#pragma once

#include "models/accounts/account.h"
#include "models/templates/messagetemplate.h"

#include <QObject>

class Workspace;

// Submits one template for review and stores the answer (TemplateStore::save): a sandbox account simulates Meta's
// review and approves at once; a WhatsApp Cloud API account POSTs to /{waba-id}/message_templates, or to
// /{template-id} with the new components for a template that exists at Meta already. Shared by the template
// editor (TemplateSubmitter) and `herald-cli templates submit`.
class TemplateSubmission : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        MessageTemplate stored;   // as stored, with its id, remote id and status (valid when error is empty)
        QString error;            // why Meta refused it or it could not be stored: a sentence for a person
        bool ok() const { return error.isEmpty(); }
    };

    TemplateSubmission(Workspace &workspace, const Account &account, QObject *parent = nullptr);

    // The account's precondition for submitting `t`, or an empty string (a Cloud API account needs its WABA id).
    QString problem(const MessageTemplate &t) const;
    // Submits t; `accessToken` is ignored for the sandbox. finished() follows once: before this returns for the
    // sandbox (and a refused precondition), after Meta's answer otherwise.
    void submit(MessageTemplate t, const QString &accessToken);

Q_SIGNALS:
    void finished(const TemplateSubmission::Result &result);

private:
    void finish(MessageTemplate t, const QString &error);

    Workspace &m_workspace;
    Account m_account;
};
