#pragma once

#include <QDialog>

// Help › About Herald: name, version, the Qt it was built with and runs on, and what Herald is for.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};
