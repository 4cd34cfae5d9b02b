#pragma once

#include <QGroupBox>

class QComboBox;
class QLabel;

// Settings → Language: the system's language (the default) or one Herald speaks, each named in its own language.
// The choice is remembered (Languages::setChosen) and applies from the next start, for the window and herald-cli.
class LanguageBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit LanguageBox(QWidget *parent = nullptr);

private:
    void choose(int index);

    QComboBox *m_combo = nullptr;
    QLabel *m_note = nullptr;
    QString m_running; // the choice this process started with
};
