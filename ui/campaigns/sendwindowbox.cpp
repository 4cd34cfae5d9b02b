#include "ui/campaigns/sendwindowbox.h"

#include "models/campaigns/sendwindow.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimeEdit>

namespace {

QTimeEdit *timeEdit(const QString &objectName, const QTime &time, QWidget *parent)
{
    auto *edit = new QTimeEdit(time, parent);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    return edit;
}

} // namespace

SendWindowBox::SendWindowBox(QWidget *parent)
    : QGroupBox(tr("Recipient's own time"), parent)
{
    setObjectName(QStringLiteral("sendWindowBox"));
    auto *form = new QFormLayout(this);
    m_atCheck = new QCheckBox(tr("Send at"), this);
    m_atCheck->setObjectName(QStringLiteral("sendAtCheck"));
    m_atEdit = timeEdit(QStringLiteral("sendAtEdit"), QTime(10, 0), this);
    auto *atRow = new QHBoxLayout;
    atRow->addWidget(m_atEdit);
    atRow->addWidget(new QLabel(tr("in each recipient's time zone"), this));
    atRow->addStretch();
    form->addRow(m_atCheck, atRow);

    m_quietCheck = new QCheckBox(tr("Never between"), this);
    m_quietCheck->setObjectName(QStringLiteral("quietHoursCheck"));
    m_quietFrom = timeEdit(QStringLiteral("quietFromEdit"), QTime(21, 0), this);
    m_quietUntil = timeEdit(QStringLiteral("quietUntilEdit"), QTime(9, 0), this);
    auto *quietRow = new QHBoxLayout;
    quietRow->addWidget(m_quietFrom);
    quietRow->addWidget(new QLabel(tr("and"), this));
    quietRow->addWidget(m_quietUntil);
    quietRow->addWidget(new QLabel(tr("recipient time"), this));
    quietRow->addStretch();
    form->addRow(m_quietCheck, quietRow);

    auto *note = new QLabel(tr("The zone comes from the contact's “timezone” attribute, else from the number's area "
                               "code or country, else the campaign's zone. The pre-flight shows the waves."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);

    const auto sync = [this] {
        m_atEdit->setEnabled(m_atCheck->isChecked());
        m_quietFrom->setEnabled(m_quietCheck->isChecked());
        m_quietUntil->setEnabled(m_quietCheck->isChecked());
    };
    connect(m_atCheck, &QCheckBox::toggled, this, sync);
    connect(m_quietCheck, &QCheckBox::toggled, this, sync);
    sync();
}

void SendWindowBox::load(const QJsonObject &sendWindow)
{
    QString error;
    const SendWindow w = SendWindow::fromJson(sendWindow, &error).value_or(SendWindow{});
    m_atCheck->setChecked(w.localTime.has_value());
    if (w.localTime)
        m_atEdit->setTime(*w.localTime);
    m_quietCheck->setChecked(w.hasQuietHours());
    if (w.hasQuietHours()) {
        m_quietFrom->setTime(*w.quietFrom);
        m_quietUntil->setTime(*w.quietUntil);
    }
}

QJsonObject SendWindowBox::toJson() const
{
    QJsonObject o;
    const QString format = QStringLiteral("HH:mm");
    if (m_atCheck->isChecked())
        o.insert(QStringLiteral("local_time"), m_atEdit->time().toString(format));
    if (m_quietCheck->isChecked())
        o.insert(QStringLiteral("quiet_hours"),
                 QString(m_quietFrom->time().toString(format) + QLatin1Char('-') + m_quietUntil->time().toString(format)));
    return o;
}

QString SendWindowBox::problem() const
{
    QString error;
    return SendWindow::fromJson(toJson(), &error) ? QString() : error;
}
