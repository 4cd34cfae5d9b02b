#pragma once

#include <QIcon>
#include <QWidget>

// The empty state of a page that this version of Herald does not have yet: a title, what the page
// will hold, and a plain statement that it is not there yet.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QIcon &icon, const QString &title, const QString &description, QWidget *parent = nullptr);

    QString title() const { return m_title; }

private:
    QString m_title;
};
