#include "testworkspace.h"

#include "models/storage/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

TestWorkspace::TestWorkspace()
    : m_workspace(std::make_unique<Workspace>())
{
    QString error;
    if (!m_workspace->open(m_dir.filePath(QStringLiteral("test.herald")), &error))
        qFatal("cannot open the test workspace: %s", qPrintable(error));
}

TestWorkspace::~TestWorkspace() = default;

QString TestWorkspace::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString TestWorkspace::dataFile(const QString &name)
{
    return qEnvironmentVariable("HERALD_TEST_DATA") + QLatin1Char('/') + name;
}

QList<MessageTemplate> builtInSandboxTemplates()
{
    QFile f(qEnvironmentVariable("HERALD_TEST_DATA") + QStringLiteral("/../../resources/sandbox/templates.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("sandbox templates not found");
    QList<MessageTemplate> result;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("data")).toArray())
        result << MessageTemplate::fromGraphJson(v.toObject());
    return result;
}
