#include "ui/aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

// HERALD_VERSION: project(Herald VERSION …) in the top-level CMakeLists.txt, through herald_common.
AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Herald"));

    auto *icon = new QLabel(this);
    const QIcon appIcon = qApp->windowIcon().isNull() ? style()->standardIcon(QStyle::SP_MessageBoxInformation)
                                                      : qApp->windowIcon();
    icon->setPixmap(appIcon.pixmap(QSize(64, 64), devicePixelRatioF()));   // sharp at 2×
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto *name = new QLabel(tr("Herald"), this);
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    name->setFont(nameFont);

    auto *version = new QLabel(tr("Version %1").arg(QStringLiteral(HERALD_VERSION)), this);
    version->setObjectName(QStringLiteral("aboutVersion"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const QString built = QString::fromLatin1(QT_VERSION_STR);
    const QString running = QString::fromLatin1(qVersion());
    auto *qt = new QLabel(built == running ? tr("Built with Qt %1").arg(built)
                                           : tr("Built with Qt %1, running on Qt %2").arg(built, running),
                          this);
    qt->setObjectName(QStringLiteral("aboutQt"));
    qt->setForegroundRole(QPalette::PlaceholderText);

    auto *description = new QLabel(tr("Herald manages WhatsApp contact lists and message campaigns: import "
                                      "contacts from CSV, keep track of consent and opt-outs, and send approved "
                                      "template messages to the people who asked for them."),
                                   this);
    description->setWordWrap(true);

    auto *text = new QVBoxLayout;
    text->setSpacing(6);
    text->addWidget(name);
    text->addWidget(version);
    text->addWidget(qt);
    text->addSpacing(8);
    text->addWidget(description);
    text->addStretch();

    auto *top = new QHBoxLayout;
    top->setSpacing(18);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 14);
    layout->addLayout(top);
    layout->addSpacing(10);
    layout->addWidget(buttons);

    setFixedWidth(440);
}
