#pragma once

#include "models/templates/messagetemplate.h"

#include <QWidget>

class QLabel;
class TemplatePreview;

// The right side of the templates page: the selected template's name, language, category, status and
// quality, a warning when it cannot be sent (or is a draft, or in review), and its WhatsApp preview.
class TemplateDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit TemplateDetailPane(QWidget *parent = nullptr);

    TemplatePreview *preview() const { return m_preview; }
    // Shows t, or a placeholder when it is nullptr. statusNote explains a flagged or rejected status.
    void showTemplate(const MessageTemplate *t, const QString &statusNote);

    // A category as the page shows it: "MARKETING" → "Marketing".
    static QString categoryText(const QString &category);

private:
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_warning = nullptr;
    TemplatePreview *m_preview = nullptr;
};
