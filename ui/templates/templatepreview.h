#pragma once

#include "models/templates/messagetemplate.h"

#include <QWidget>

class QTextDocument;

// Draws a template the way WhatsApp shows it: a chat bubble on the chat wallpaper with the header
// (text, or a media / location placeholder), the body with sample values in place of its variables and
// WhatsApp's *bold* _italic_ ~strike~ formatting, the footer, the time, and the buttons under the bubble
// (more than three collapse into two and "See all options", as on a phone).
class TemplatePreview : public QWidget
{
    Q_OBJECT

public:
    explicit TemplatePreview(QWidget *parent = nullptr);

    void setTemplate(const MessageTemplate &t);
    const MessageTemplate &messageTemplate() const { return m_template; }

    // The body with every variable replaced by its example (or by the variable itself when there is none).
    static QString substitute(const QString &text, const MessageTemplate &t, bool header);
    // WhatsApp formatting to HTML, escaping everything else.
    static QString toHtml(const QString &text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Layout;
    Layout layout(int width) const;
    void updateAccessibleText();

    MessageTemplate m_template;
};
