#pragma once

#include <QList>
#include <QMessageBox>
#include <QString>

// Every message box of the GUI goes through here, so a test can answer one before it appears
// (modelled on KeePassXC's src/gui/MessageBox.h). A pre-answered box is never shown: the static call
// returns the queued answer at once and remembers the text, which a test can read back.
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    // acceptText, when set, relabels the Yes button ("Delete" reads better than "Yes").
    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No, Button defaultButton = QMessageBox::No,
                           const QString &acceptText = {});
    static Button information(QWidget *parent, const QString &title, const QString &text,
                              Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::Ok);
    static Button warning(QWidget *parent, const QString &title, const QString &text,
                          Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::Ok);
    static Button critical(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::Ok,
                           const QString &acceptText = {});

    // For tests: the next box (then the one after, in order) returns this without being shown.
    static void setNextAnswer(Button button);
    static void clearNextAnswers();
    static int pendingAnswers();
    // For tests: the text of the last box asked for, shown or pre-answered.
    static QString lastText();

private:
    static Button ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                      Buttons buttons, Button defaultButton, const QString &acceptText = {});

    static QList<Button> s_nextAnswers;
    static QString s_lastText;
};
