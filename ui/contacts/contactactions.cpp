#include "ui/contacts/contactactions.h"

#include "models/contacts/contactexporter.h"
#include "models/contacts/contactstore.h"
#include "models/core/clock.h"
#include "models/storage/workspace.h"
#include "ui/filedialogs.h"
#include "ui/messagebox.h"

#include <QDate>
#include <QDir>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLocale>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

ContactActions::ContactActions(Workspace &workspace, Selection selection, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_selection(std::move(selection))
    , m_window(window)
{
}

ContactActions::~ContactActions()
{
    // The window deletes this before the export's progress dialog (created later): the worker's queued
    // progress calls never outlive the dialog.
    if (m_exportFuture.isRunning()) {
        m_exportCancel->store(true);
        m_exportFuture.waitForFinished();
    }
}

QString ContactActions::contactsText(qint64 n)
{
    return n == 1 ? tr("1 contact") : tr("%1 contacts").arg(QLocale().toString(n));
}

QString ContactActions::askTag(const QString &title, const QString &label, bool editable)
{
    QString error;
    const QStringList tags = ContactStore(m_workspace.database()).tagNames(&error);
    if (!editable && tags.isEmpty()) {
        MessageBox::information(m_window, title, tr("No contact has a tag yet."));
        return {};
    }
    QInputDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("tagDialog"));
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setComboBoxItems(tags);
    dialog.setComboBoxEditable(editable);
    if (editable)
        dialog.setTextValue(QString());
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.textValue().trimmed();
}

void ContactActions::addTag()
{
    const qint64 count = m_selection().size();
    const QString tag = askTag(tr("Add Tag"), tr("Tag to add to %1:").arg(contactsText(count)), true);
    if (!tag.isEmpty())
        addTagToSelection(tag);
}

void ContactActions::removeTag()
{
    const qint64 count = m_selection().size();
    const QString tag = askTag(tr("Remove Tag"), tr("Tag to remove from %1:").arg(contactsText(count)), false);
    if (!tag.isEmpty())
        removeTagFromSelection(tag);
}

void ContactActions::optOut()
{
    const QList<qint64> ids = m_selection();
    if (ids.isEmpty())
        return;
    QInputDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("optOutDialog"));
    dialog.setWindowTitle(tr("Opt Out"));
    dialog.setLabelText(tr("Campaigns will no longer send to %1. Reason (kept with each contact):")
                            .arg(contactsText(ids.size())));
    dialog.setComboBoxItems({tr("Asked to stop receiving messages"), tr("Replied STOP"),
                             tr("Number no longer in use"), tr("Complaint")});
    dialog.setComboBoxEditable(true);
    dialog.setOkButtonText(tr("Opt Out"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    optOutSelection(dialog.textValue().trimmed());
}

void ContactActions::deleteSelected()
{
    const QList<qint64> ids = m_selection();
    if (ids.isEmpty())
        return;
    const QString text = ids.size() == 1
        ? tr("Delete this contact? Its consent record is deleted with it. This cannot be undone.")
        : tr("Delete %1? Their consent records are deleted with them. This cannot be undone.")
              .arg(contactsText(ids.size()));
    if (MessageBox::question(m_window, tr("Delete Contacts"), text, QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel, tr("Delete"))
        != QMessageBox::Yes)
        return;
    deleteSelection();
}

bool ContactActions::addTagToSelection(const QString &tag)
{
    const QList<qint64> ids = m_selection();
    if (ids.isEmpty() || tag.trimmed().isEmpty())
        return false;
    QString error;
    if (!ContactStore(m_workspace.database()).addTag(ids, tag.trimmed(), &error)) {
        MessageBox::critical(m_window, tr("Add Tag"), tr("Cannot add the tag: %1").arg(error));
        return false;
    }
    Q_EMIT changed(ids, tr("Tagged %1 with “%2”.").arg(contactsText(ids.size()), tag.trimmed()));
    return true;
}

bool ContactActions::removeTagFromSelection(const QString &tag)
{
    const QList<qint64> ids = m_selection();
    if (ids.isEmpty() || tag.trimmed().isEmpty())
        return false;
    QString error;
    if (!ContactStore(m_workspace.database()).removeTag(ids, tag.trimmed(), &error)) {
        MessageBox::critical(m_window, tr("Remove Tag"), tr("Cannot remove the tag: %1").arg(error));
        return false;
    }
    Q_EMIT changed(ids, tr("Removed “%2” from %1.").arg(contactsText(ids.size()), tag.trimmed()));
    return true;
}

bool ContactActions::optOutSelection(const QString &reason)
{
    const QList<qint64> ids = m_selection();
    if (ids.isEmpty())
        return false;
    QString error;
    if (!ContactStore(m_workspace.database()).optOut(ids, reason, &error)) {
        MessageBox::critical(m_window, tr("Opt Out"), tr("Cannot record the opt-out: %1").arg(error));
        return false;
    }
    Q_EMIT changed(ids, tr("Opted out %1.").arg(contactsText(ids.size())));
    return true;
}

bool ContactActions::deleteSelection()
{
    const QList<qint64> ids = m_selection();
    if (ids.isEmpty())
        return false;
    QString error;
    if (!ContactStore(m_workspace.database()).remove(ids, &error)) {
        MessageBox::critical(m_window, tr("Delete Contacts"), tr("Cannot delete the contacts: %1").arg(error));
        return false;
    }
    Q_EMIT removed(ids, tr("Deleted %1.").arg(contactsText(ids.size())));
    return true;
}

void ContactActions::exportContacts()
{
    if (m_exporting)
        return;
    const QString suggested = FileDialogs::suggestedPath(FileDialogs::Folder::ContactsExport,
                                                         tr("contacts-%1.csv").arg(Clock::today().toString(Qt::ISODate)));
    char separator = ',';
    const QString path = FileDialogs::getSaveCsvFileName(m_window, tr("Export Contacts"), suggested, &separator);
    if (path.isEmpty())
        return;
    FileDialogs::rememberFolder(FileDialogs::Folder::ContactsExport, path);
    exportTo(path, separator);
}

void ContactActions::exportTo(const QString &path, char separator)
{
    if (m_exporting)
        return;
    m_exporting = true;
    Q_EMIT exportingChanged();

    auto *progress = new QProgressDialog(tr("Exporting contacts to %1…").arg(QFileInfo(path).fileName()),
                                         tr("Cancel"), 0, 1000, m_window);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowTitle(tr("Export Contacts"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);

    m_exportCancel = std::make_shared<std::atomic<bool>>(false);
    const std::shared_ptr<std::atomic<bool>> cancel = m_exportCancel;
    auto error = std::make_shared<QString>();
    connect(progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });

    Workspace *workspace = &m_workspace;
    // The exporter reads through workspace.database(): the worker gets its own connection. The destructor
    // waits for the worker, so the queued progress calls never outlive `progress`.
    m_exportFuture = QtConcurrent::run([workspace, path, error, cancel, progress, separator] {
        const qint64 written = ContactExporter::exportAll(*workspace, path, error.get(),
                                                          [cancel, progress](qint64 done, qint64 total) {
            const int value = total > 0 ? int(qBound(qint64(0), done * 1000 / total, qint64(1000))) : 0;
            QMetaObject::invokeMethod(progress, [progress, value] { progress->setValue(value); }, Qt::QueuedConnection);
            return !cancel->load();
        }, separator);
        workspace->releaseThreadConnection();
        return written;
    });

    auto *watcher = new QFutureWatcher<qint64>(this);
    connect(watcher, &QFutureWatcher<qint64>::finished, this, [this, watcher, progress, error, cancel, path] {
        const qint64 written = watcher->result();
        watcher->deleteLater();
        progress->close();
        progress->deleteLater();
        m_exporting = false;
        Q_EMIT exportingChanged();
        QString message;
        if (written >= 0) {
            message = tr("Exported %1 to %2.").arg(contactsText(written), QDir::toNativeSeparators(path));
        } else if (cancel->load()) {
            message = tr("Export cancelled.");
        } else {
            message = error->isEmpty() ? tr("The export failed.") : *error;
            MessageBox::critical(m_window, tr("Export Contacts"), tr("Cannot export the contacts: %1").arg(message));
        }
        Q_EMIT statusMessage(message);
        Q_EMIT exportFinished(written, written >= 0 ? QString() : message);
    });
    watcher->setFuture(m_exportFuture);
}
