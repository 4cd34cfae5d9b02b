#pragma once

#include <QGroupBox>
#include <QJsonObject>

class QCheckBox;
class QTimeEdit;

// The campaign wizard's send window (issue 18 §2, models/campaigns/sendwindow.h), on the schedule page: "send at HH:MM
// in each recipient's time zone" and "never between HH:MM and HH:MM recipient time".
class SendWindowBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit SendWindowBox(QWidget *parent = nullptr);

    void load(const QJsonObject &sendWindow);
    QJsonObject toJson() const;
    // "" when the choice is valid, else a sentence saying what to change.
    QString problem() const;

private:
    QCheckBox *m_atCheck = nullptr;
    QTimeEdit *m_atEdit = nullptr;
    QCheckBox *m_quietCheck = nullptr;
    QTimeEdit *m_quietFrom = nullptr;
    QTimeEdit *m_quietUntil = nullptr;
};
