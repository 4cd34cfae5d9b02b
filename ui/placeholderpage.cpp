#include "ui/placeholderpage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

PlaceholderPage::PlaceholderPage(const QIcon &icon, const QString &title, const QString &description, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
{
    auto *iconLabel = new QLabel(this);
    iconLabel->setPixmap(icon.pixmap(QSize(48, 48), devicePixelRatioF(), QIcon::Disabled));
    iconLabel->setAlignment(Qt::AlignCenter);

    auto *titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(QStringLiteral("placeholderTitle"));
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);
    titleLabel->setAlignment(Qt::AlignCenter);

    auto *descriptionLabel = new QLabel(description, this);
    descriptionLabel->setObjectName(QStringLiteral("placeholderDescription"));
    descriptionLabel->setWordWrap(true);
    descriptionLabel->setAlignment(Qt::AlignCenter);
    descriptionLabel->setFixedWidth(440);
    descriptionLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *notYet = new QLabel(tr("Not available in this version of Herald yet."), this);
    notYet->setAlignment(Qt::AlignCenter);
    notYet->setForegroundRole(QPalette::PlaceholderText);
    QFont small = notYet->font();
    small.setItalic(true);
    notYet->setFont(small);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addStretch(2);
    layout->addWidget(iconLabel);
    layout->addWidget(titleLabel);
    // Centred through stretches, not an alignment flag: an aligned item loses its height-for-width and
    // the wrapped text would be cut.
    auto *descriptionRow = new QHBoxLayout;
    descriptionRow->addStretch();
    descriptionRow->addWidget(descriptionLabel);
    descriptionRow->addStretch();
    layout->addLayout(descriptionRow);
    layout->addSpacing(8);
    layout->addWidget(notYet);
    layout->addStretch(3);
}
