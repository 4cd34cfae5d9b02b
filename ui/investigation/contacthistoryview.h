#pragma once

#include "models/contacts/contacthistory.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;
class Workspace;

// "Why did this customer not get my message?": the full history of one phone number (ContactHistory) as a
// timeline. Each campaign message is a row whose children are the statuses WhatsApp reported (with their own
// time and error code) and the customer's replies to it; inbound messages and business events of the number sit
// on the same timeline. The right side explains the selected row — every status time, the error in plain words
// (FailureCatalogue), notes and skip reasons — and shows the raw webhook payload it came in, pretty-printed,
// selectable and copyable. Non-modal; opened by MainWindow::investigate().
class ContactHistoryView : public QDialog
{
    Q_OBJECT

public:
    // Kinds of timeline rows (data of column 0 under KindRole).
    enum class Kind { Message, Status, Inbound, Event, Fire, Test, TestStatus };
    static constexpr int KindRole = Qt::UserRole + 1;
    static constexpr int IndexRole = Qt::UserRole + 2;     // index into messages / inbound / events / fires / tests
    static constexpr int PayloadRole = Qt::UserRole + 3;   // webhook_payloads id, 0 when none

    ContactHistoryView(Workspace &workspace, QString e164, QWidget *parent = nullptr);

    // Re-reads the history; false (and a message in the header) on a database error.
    bool reload();

    QString phone() const { return m_phone; }
    const ContactHistory &history() const { return m_history; }
    QTreeWidget *tree() const { return m_tree; }
    QTextBrowser *details() const { return m_details; }
    QPlainTextEdit *payloadView() const { return m_payload; }

    // Indented JSON for a payload body; the bytes as text when they are not JSON.
    static QString prettyJson(const QByteArray &body);

private:
    void populate();
    void showItem(QTreeWidgetItem *item);
    void showPayload(qint64 payloadId, const QString &fallback = {});
    QString messageDetails(const ContactHistory::Message &m) const;
    QString statusDetails(const ContactHistory::Message &m, const ContactHistory::StatusEvent &s) const;
    QString inboundDetails(const ContactHistory::Inbound &in) const;
    QString eventDetails(const BusinessEvent &e) const;
    QString fireDetails(const ContactHistory::TriggerFire &f) const;
    QString headerText() const;

    Workspace &m_workspace;
    QString m_phone;
    ContactHistory m_history;
    QLabel *m_header = nullptr;
    QTreeWidget *m_tree = nullptr;
    QTextBrowser *m_details = nullptr;
    QLabel *m_payloadLabel = nullptr;
    QPlainTextEdit *m_payload = nullptr;
    QPushButton *m_copy = nullptr;
};
