#pragma once

#include "models/contacts/contact.h"

#include <QWidget>
#include <optional>

class QLabel;
class QStackedWidget;
class QTreeWidget;

// The right-hand side of the contacts page: every field of the current contact (phone, name, consent
// with its source and time or the opt-out reason and time, tags, attributes, created/updated), or an
// empty state when nothing or several contacts are selected. Only the empty state is built with the pane; the
// fields (a form, the attributes tree, a scroll area) are built when the first contact is shown, so opening the
// contacts page does not pay for them.
class ContactDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit ContactDetailPane(QWidget *parent = nullptr);

    // Shows this contact, or the empty state for std::nullopt.
    void setContact(const std::optional<Contact> &contact);
    // With more than one contact selected the pane says so instead of showing the current one.
    void setSelectionCount(qint64 count);

    qint64 contactId() const { return m_contact ? m_contact->id : 0; }
    // True once the fields were built (a contact was shown).
    bool hasDetails() const { return m_details != nullptr; }

private:
    void refresh();
    void buildDetails();
    QLabel *addField(class QFormLayout *form, const QString &label, const QString &objectName);
    static QString formatTime(const QDateTime &time);

    std::optional<Contact> m_contact;
    qint64 m_selectionCount = 0;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QWidget *m_details = nullptr;   // built on first use
    QLabel *m_title = nullptr;
    QLabel *m_phone = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_consent = nullptr;
    QLabel *m_consentDetail = nullptr;
    QLabel *m_tags = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_updated = nullptr;
    QLabel *m_noAttributes = nullptr;
    QTreeWidget *m_attributes = nullptr;
};
