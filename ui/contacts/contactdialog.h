#pragma once

#include "models/contacts/contact.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;
class Workspace;

// Add one contact, or edit one (double-click, Enter or Edit on the Contacts page): phone, name, consent, tags and
// attributes. The phone goes through the importer's PhoneNormalizer with the default region (Settings → Default
// region, else the computer's), so "098765 43210" is read as in an import; a number it cannot read is refused with
// the reason, naming the field. Tags are ticked from the workspace's tags (or typed), attribute keys picked from
// those in use (PickListDelegate). Everything is written through ContactStore: upsert (attributes merged, a removed
// key written as null), removeTag, optIn / optOut.
class ContactDialog : public QDialog
{
    Q_OBJECT

public:
    // contactId 0: a new contact.
    ContactDialog(Workspace &workspace, qint64 contactId, QWidget *parent = nullptr);

    // The default region used for numbers without a country code (tests set it; else RegionBox::current()).
    void setDefaultRegion(const QString &region) { m_region = region; }
    // Why the last Save was refused ("" when none).
    QString error() const;

    void accept() override;

Q_SIGNALS:
    void saved(qint64 contactId);

private:
    void load(const Contact &c);
    void addAttributeRow(const QString &key, const QString &value);
    bool save(QString *error, QWidget **field);

    Workspace &m_workspace;
    qint64 m_id = 0;
    Contact m_before;
    QString m_region;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_consent = nullptr;
    QLineEdit *m_source = nullptr;
    QListWidget *m_tags = nullptr;
    QLineEdit *m_newTags = nullptr;
    QTableWidget *m_attributes = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
