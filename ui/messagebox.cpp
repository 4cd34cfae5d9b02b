#include "ui/messagebox.h"

#include <QAbstractButton>

QList<MessageBox::Button> MessageBox::s_nextAnswers;
QString MessageBox::s_lastText;

MessageBox::Button MessageBox::ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                                   Buttons buttons, Button defaultButton, const QString &acceptText)
{
    s_lastText = text;
    if (!s_nextAnswers.isEmpty())
        return s_nextAnswers.takeFirst();

    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    if (!acceptText.isEmpty()) {
        if (QAbstractButton *yes = box.button(QMessageBox::Yes))
            yes->setText(acceptText);
    }
    return static_cast<Button>(box.exec());
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                        Button defaultButton, const QString &acceptText)
{
    return ask(parent, QMessageBox::Question, title, text, buttons, defaultButton, acceptText);
}

MessageBox::Button MessageBox::information(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                           Button defaultButton)
{
    return ask(parent, QMessageBox::Information, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                       Button defaultButton)
{
    return ask(parent, QMessageBox::Warning, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::critical(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                        Button defaultButton, const QString &acceptText)
{
    return ask(parent, QMessageBox::Critical, title, text, buttons, defaultButton, acceptText);
}

void MessageBox::setNextAnswer(Button button)
{
    s_nextAnswers.append(button);
}

void MessageBox::clearNextAnswers()
{
    s_nextAnswers.clear();
}

int MessageBox::pendingAnswers()
{
    return int(s_nextAnswers.size());
}

QString MessageBox::lastText()
{
    return s_lastText;
}
