#pragma once

#include <QDialog>

// Help → Getting started: the way from an empty workspace to a sent campaign and its results, in six short steps.
class GettingStartedDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GettingStartedDialog(QWidget *parent = nullptr);
};
