#include "demoworkspace.h"

#include "contactimporter.h"
#include "workspace.h"

#include <QFile>
#include <QTemporaryDir>

qint64 DemoWorkspace::populate(Workspace &workspace, QString *error)
{
    // The importer reads files from disk (it maps them), so copy the bundled sample out first.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo-contacts.csv"));
    if (!dir.isValid() || !QFile::copy(QStringLiteral(":/demo/contacts.csv"), path)) {
        *error = tr("Cannot unpack the demo contacts into a temporary folder.");
        return -1;
    }
    ImportOptions options;
    options.optInSource = tr("Demo data");
    options.tags = {QStringLiteral("demo")};
    const ImportResult result = ContactImporter::run(workspace, path, options);
    if (!result.error.isEmpty()) {
        *error = result.error;
        return -1;
    }
    return result.imported;
}
