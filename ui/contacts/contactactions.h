#pragma once

#include <QFuture>
#include <QList>
#include <QObject>
#include <atomic>
#include <functional>
#include <memory>

class QWidget;
class Workspace;

// What the contacts page does to the selected contacts in bulk: add or remove a tag, record an opt-out,
// delete; and the export of the whole workspace to CSV on a worker thread with a progress dialog. Dialogs and
// message boxes open over `window`.
class ContactActions : public QObject
{
    Q_OBJECT

public:
    // Ids of the selected contacts, in row order.
    using Selection = std::function<QList<qint64>()>;

    ContactActions(Workspace &workspace, Selection selection, QWidget *window);
    // Stops a running export and waits for its worker.
    ~ContactActions() override;

    // "1 contact", "1,204 contacts".
    static QString contactsText(qint64 n);

    // Ask first (a tag, a reason, a confirmation), then act on the selection.
    void addTag();
    void removeTag();
    void optOut();
    void deleteSelected();

    // Act on the selection without asking; false when nothing changed (a message box says why the workspace
    // refused).
    bool addTagToSelection(const QString &tag);
    bool removeTagFromSelection(const QString &tag);
    bool optOutSelection(const QString &reason);
    bool deleteSelection();

    // Asks for a file name, then exports.
    void exportContacts();
    // Starts an export to path with a progress dialog; exportFinished() reports the outcome.
    void exportTo(const QString &path, char separator = ',');
    bool isExporting() const { return m_exporting; }

Q_SIGNALS:
    // Contacts were changed (tagged, untagged, opted out).
    void changed(const QList<qint64> &ids, const QString &message);
    void removed(const QList<qint64> &ids, const QString &message);
    void exportingChanged();
    void exportFinished(qint64 written, const QString &error);
    void statusMessage(const QString &message);

private:
    QString askTag(const QString &title, const QString &label, bool editable);

    Workspace &m_workspace;
    Selection m_selection;
    QWidget *m_window;
    bool m_exporting = false;
    std::shared_ptr<std::atomic<bool>> m_exportCancel;
    QFuture<qint64> m_exportFuture;
};
