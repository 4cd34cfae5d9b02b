#include "ui/firstrunguide.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QVBoxLayout>

FirstRunGuide::FirstRunGuide(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("firstRunGuide"));
    setWindowTitle(tr("Welcome to Herald"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("<h3>Your workspace is ready — and empty</h3>"
                                "<p>Three steps to your first campaign:</p>"
                                "<ol>"
                                "<li><b>Import your contacts</b> from a CSV file (only people who agreed to hear from "
                                "you on WhatsApp).</li>"
                                "<li><b>Connect a WhatsApp Business account</b> under Settings, or stay on the "
                                "built-in sandbox, which simulates WhatsApp and messages nobody.</li>"
                                "<li><b>Create your first campaign</b> under Campaigns, check its pre-flight, and "
                                "start it.</li>"
                                "</ol>"
                                "<p>Want to look around first? <b>Try the demo</b> opens a separate demo workspace "
                                "with sample contacts whose numbers can never belong to anyone; it never mixes with "
                                "this one.</p>"),
                             this);
    intro->setObjectName(QStringLiteral("firstRunText"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    layout->addWidget(intro);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *import = buttons->addButton(tr("Import Contacts…"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("firstRunImport"));
    import->setDefault(true);
    QPushButton *demo = buttons->addButton(tr("Try the Demo"), QDialogButtonBox::ActionRole);
    demo->setObjectName(QStringLiteral("firstRunDemo"));
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("firstRunClose"));
    layout->addWidget(buttons);
    connect(import, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Import;
        accept();
    });
    connect(demo, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Demo;
        accept();
    });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
}

bool FirstRunGuide::launchDemo()
{
    return QProcess::startDetached(QApplication::applicationFilePath(), {QStringLiteral("--demo")});
}
