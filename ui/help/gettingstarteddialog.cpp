#include "ui/help/gettingstarteddialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

GettingStartedDialog::GettingStartedDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("gettingStartedDialog"));
    setWindowTitle(tr("Getting Started with Herald"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QTextBrowser(this);
    text->setObjectName(QStringLiteral("gettingStartedText"));
    text->setAccessibleName(tr("Getting started guide"));
    text->setOpenExternalLinks(false);
    text->setFrameShape(QFrame::NoFrame);
    text->viewport()->setAutoFillBackground(false);
    text->setHtml(
        tr("<h3>From your contact list to your first results</h3>"
           "<ol>"
           "<li><p><b>Import your contacts.</b> File → Import Contacts… reads a CSV or Excel (.xlsx) file. Herald "
           "suggests which column holds the phone number and the name; numbers written without a country code are "
           "read in the region you choose. Only import people who agreed to hear from you on WhatsApp.</p></li>"
           "<li><p><b>Connect WhatsApp.</b> Under Settings, add your WhatsApp Business account (its phone number ID "
           "and access token; the token is kept in your system's keychain). Until then the built-in sandbox "
           "simulates WhatsApp and messages nobody.</p></li>"
           "<li><p><b>Choose a template.</b> WhatsApp only lets businesses start a conversation with a template it "
           "approved. Under Templates, fetch your approved templates or write one and submit it.</p></li>"
           "<li><p><b>Create a campaign.</b> Under Campaigns, New campaign: pick the template, fill its "
           "placeholders, choose who receives it (everyone opted in, a tag, or the people of an earlier campaign), "
           "and when: now, at a set time, every week, or when something happens in your shop.</p></li>"
           "<li><p><b>Check and start.</b> The pre-flight check shows how many people will receive the message, "
           "who is left out and why, and what it will cost. Start sends at your account's pace; you can pause, "
           "resume or stop at any time. People who opted out are never messaged.</p></li>"
           "<li><p><b>Follow the results.</b> The Dashboard shows how many messages were delivered, read and "
           "replied to. Click a bar to see those people, export them, or start a new campaign for them.</p></li>"
           "</ol>"
           "<p>Scheduled and triggered campaigns are sent while this window is open, or by the Herald agent on a "
           "computer that stays on. Help → Keyboard Shortcuts lists every shortcut.</p>"));
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(620, 560);
}
