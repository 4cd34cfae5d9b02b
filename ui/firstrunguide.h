#pragma once

#include <QDialog>

// The first start of a new (empty) workspace: three steps — import contacts, connect a WhatsApp account or stay on
// the built-in sandbox, create the first campaign — and a way to try everything on sample data first. The demo
// lives in a workspace of its own (demoPath()), so its fictional contacts never mix with real ones.
class FirstRunGuide : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Close, Import, Demo };

    explicit FirstRunGuide(QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }

    // Starts a second Herald window on the demo workspace (created and filled on its first start).
    static bool launchDemo();

private:
    Choice m_choice = Choice::Close;
};
