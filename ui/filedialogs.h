#pragma once

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QString>

#include <memory>

// Icons and type names from the file name alone. Qt's default provider asks QMimeDatabase with MatchDefault,
// which opens and reads any file whose suffix it does not know (a workspace, its -wal and -shm) to sniff its
// content; on POSIX the close() of that descriptor drops every SQLite lock this process holds on the file, and
// the next herald-cli then deletes the window's -wal under it. This provider never opens a file.
class SuffixIconProvider : public QFileIconProvider
{
public:
    using QFileIconProvider::icon;
    QIcon icon(const QFileInfo &info) const override;
    QString type(const QFileInfo &info) const override;

    // The one instance every dialog uses.
    static SuffixIconProvider *instance();
};

// Every file dialog of the GUI goes through here: Qt's own dialog with the SuffixIconProvider (the native GTK or
// macOS panels run in this process and sniff content themselves; only Windows' native dialog, whose locks are
// per handle, is kept), and a save or open target that is the open workspace or one of its -wal/-shm/-journal
// files is refused with a message instead of being overwritten or read.
class FileDialogs
{
    Q_DECLARE_TR_FUNCTIONS(FileDialogs)

public:
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &start,
                                   const QString &filter);
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &start,
                                   const QString &filter);
    // A CSV export's file and its separator: the dialog offers "separated by semicolons" and "separated by
    // commas", the one a spreadsheet in the current locale expects first and chosen (CsvWriter::localeSeparator).
    static QString getSaveCsvFileName(QWidget *parent, const QString &caption, const QString &start, char *separator);

    // The folders the dialogs remember (QSettings), one per kind of file.
    enum class Folder { ContactsImport, ContactsExport, RecipientsExport, ReportExport, RejectedRows };
    // The folder last used for this kind, else the user's Documents folder.
    static QString lastFolder(Folder folder);
    // Whether a folder was remembered for this kind.
    static bool remembers(Folder folder);
    // Remembers the folder of `filePath` (a file the person chose) for this kind.
    static void rememberFolder(Folder folder, const QString &filePath);
    // `fileName` in lastFolder(folder): where a save dialog starts.
    static QString suggestedPath(Folder folder, const QString &fileName);

    // Second layer: makes the workspace's MIME types (packaging/linux/io.herald.Herald.mime.xml, matched by suffix)
    // known to this process's QMimeDatabase even when Herald was not installed from its package, so nothing in
    // the process sniffs those files by content. Copies the XML to <AppDataLocation>/mime/packages/ and puts that
    // folder first in XDG_DATA_DIRS; call it in main() before anything asks QMimeDatabase. Linux/BSD only.
    static bool registerWorkspaceMimeTypes();

    // The dialog those show, configured but not shown (tests list folders through it).
    static std::unique_ptr<QFileDialog> create(QWidget *parent, const QString &caption, const QString &start,
                                               const QString &filter, QFileDialog::AcceptMode mode);

private:
    static QString ask(QWidget *parent, const QString &caption, const QString &start, const QString &filter,
                       QString *selectedFilter,
                       QFileDialog::AcceptMode mode);
};
