#include "testworkspace.h"

#include "models/storage/migrations.h"
#include "models/storage/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

TestWorkspace::TestWorkspace()
    : m_workspace(std::make_unique<Workspace>())
{
    QString error;
    if (!m_workspace->open(m_dir.filePath(QStringLiteral("test.herald")), &error))
        qFatal("cannot open the test workspace: %s", qPrintable(error));
}

TestWorkspace::TestWorkspace(const QString &url)
    : m_workspace(std::make_unique<Workspace>())
{
    QString error;
    if (!m_workspace->open(url, &error))
        qFatal("cannot open the test workspace %s: %s", qPrintable(url), qPrintable(error));
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

int versionBeforeTable(const QString &table)
{
    const QString name = QStringLiteral("version-probe");
    int before = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        QString error;
        for (int v = 1; db.open() && v <= Migrations::latestVersion() && before < 0; ++v) {
            if (!Migrations::migrate(db, &error, v))
                qFatal("migration %d: %s", v, qPrintable(error));
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"));
            q.addBindValue(table);
            if (q.exec() && q.next() && q.value(0).toInt() > 0)
                before = v - 1;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return before;
}
