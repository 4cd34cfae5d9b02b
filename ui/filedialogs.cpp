#include "ui/filedialogs.h"

#include "models/contacts/csvwriter.h"
#include "models/storage/workspace.h"
#include "ui/messagebox.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

QIcon SuffixIconProvider::icon(const QFileInfo &info) const
{
    if (info.isDir())
        return QFileIconProvider::icon(QAbstractFileIconProvider::Folder);
    // MatchExtension: the name decides, the file is never opened.
    const QMimeType mime = QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchExtension);
    const QIcon fallback = QFileIconProvider::icon(QAbstractFileIconProvider::File);
    return QIcon::fromTheme(mime.iconName(), QIcon::fromTheme(mime.genericIconName(), fallback));
}

QString SuffixIconProvider::type(const QFileInfo &info) const
{
    if (info.isDir())
        return FileDialogs::tr("Folder");
    return QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchExtension).comment();
}

SuffixIconProvider *SuffixIconProvider::instance()
{
    static SuffixIconProvider provider;
    return &provider;
}

std::unique_ptr<QFileDialog> FileDialogs::create(QWidget *parent, const QString &caption, const QString &start,
                                                 const QString &filter, QFileDialog::AcceptMode mode)
{
    auto dialog = std::make_unique<QFileDialog>(parent, caption, start, filter);
#ifndef Q_OS_WIN
    dialog->setOption(QFileDialog::DontUseNativeDialog, true);
#endif
    // Set before the event loop runs: the model asks the provider only when the folder listing arrives.
    dialog->setIconProvider(SuffixIconProvider::instance());
    dialog->setAcceptMode(mode);
    dialog->setFileMode(mode == QFileDialog::AcceptSave ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    if (mode == QFileDialog::AcceptSave)
        dialog->setDefaultSuffix(QStringLiteral("csv"));
    return dialog;
}

QString FileDialogs::ask(QWidget *parent, const QString &caption, const QString &start, const QString &filter,
                         QString *selectedFilter, QFileDialog::AcceptMode mode)
{
    QString from = start;
    for (;;) {
        const auto dialog = create(parent, caption, from, filter, mode);
        if (dialog->exec() != QDialog::Accepted || dialog->selectedFiles().isEmpty())
            return {};
        const QString path = dialog->selectedFiles().constFirst();
        if (selectedFilter)
            *selectedFilter = dialog->selectedNameFilter();
        if (!Workspace::isOpenWorkspaceFile(path))
            return path;
        MessageBox::warning(parent, caption, Workspace::openWorkspaceFileError(path));
        from = QFileInfo(path).absolutePath();
    }
}

QString FileDialogs::getOpenFileName(QWidget *parent, const QString &caption, const QString &start,
                                     const QString &filter)
{
    return ask(parent, caption, start, filter, nullptr, QFileDialog::AcceptOpen);
}

QString FileDialogs::getSaveFileName(QWidget *parent, const QString &caption, const QString &start,
                                     const QString &filter)
{
    return ask(parent, caption, start, filter, nullptr, QFileDialog::AcceptSave);
}

QString FileDialogs::getSaveCsvFileName(QWidget *parent, const QString &caption, const QString &start, char *separator)
{
    const QString semicolons = tr("CSV separated by semicolons (*.csv)");
    const QString commas = tr("CSV separated by commas (*.csv)");
    const char preferred = CsvWriter::localeSeparator(QLocale());
    const QString filters = (preferred == ';' ? QStringList{semicolons, commas} : QStringList{commas, semicolons})
                                .join(QStringLiteral(";;"))
        + QStringLiteral(";;") + tr("All files (*)");
    QString chosen;
    const QString path = ask(parent, caption, start, filters, &chosen, QFileDialog::AcceptSave);
    *separator = chosen == semicolons ? ';' : chosen == commas ? ',' : preferred;
    return path;
}

namespace {

QString folderKey(FileDialogs::Folder folder)
{
    switch (folder) {
    case FileDialogs::Folder::ContactsImport:
        return QStringLiteral("import/lastDirectory");
    case FileDialogs::Folder::ContactsExport:
        return QStringLiteral("contacts/exportDirectory");
    case FileDialogs::Folder::RecipientsExport:
        return QStringLiteral("dashboard/exportDir");
    case FileDialogs::Folder::ReportExport:
        return QStringLiteral("dashboard/reportDir");
    case FileDialogs::Folder::RejectedRows:
        return QStringLiteral("import/rejectedDirectory");
    }
    return {};
}

} // namespace

QString FileDialogs::lastFolder(Folder folder)
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString dir = QSettings().value(folderKey(folder)).toString();
    return !dir.isEmpty() && QFileInfo(dir).isDir() ? dir : documents;
}

bool FileDialogs::remembers(Folder folder)
{
    return QSettings().contains(folderKey(folder));
}

void FileDialogs::rememberFolder(Folder folder, const QString &filePath)
{
    if (!filePath.isEmpty())
        QSettings().setValue(folderKey(folder), QFileInfo(filePath).absolutePath());
}

QString FileDialogs::suggestedPath(Folder folder, const QString &fileName)
{
    return QDir(lastFolder(folder)).filePath(fileName);
}

bool FileDialogs::registerWorkspaceMimeTypes()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    QFile source(QStringLiteral(":/mime/io.herald.Herald.mime.xml"));
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (base.isEmpty() || !source.open(QIODevice::ReadOnly))
        return false;
    const QByteArray xml = source.readAll();
    const QString packages = base + QStringLiteral("/mime/packages");
    const QString target = packages + QStringLiteral("/io.herald.Herald.mime.xml");
    QFile existing(target);
    if (!existing.open(QIODevice::ReadOnly) || existing.readAll() != xml) {
        existing.close();
        QSaveFile out(target);
        if (!QDir().mkpath(packages) || !out.open(QIODevice::WriteOnly) || out.write(xml) != xml.size() || !out.commit())
            return false;
    }
    QByteArray dirs = qgetenv("XDG_DATA_DIRS");
    if (dirs.isEmpty())
        dirs = "/usr/local/share:/usr/share";   // the XDG default, which setting the variable replaces
    const QByteArray ours = QFile::encodeName(base);
    if (!dirs.split(':').contains(ours))
        qputenv("XDG_DATA_DIRS", ours + ':' + dirs);
    return true;
#else
    return false;   // Windows and macOS: Qt's built-in MIME database, and (Windows) native dialogs
#endif
}
