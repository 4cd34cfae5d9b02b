#pragma once

#include "models/templates/messagetemplate.h"

#include <QList>
#include <QString>
#include <QTemporaryDir>
#include <memory>

class Workspace;

// A fresh workspace in a temporary folder, removed when the test ends.
class TestWorkspace
{
public:
    TestWorkspace();
    // The same on a PostgreSQL database (a PgTestServer's createDatabase()).
    explicit TestWorkspace(const QString &url);
    ~TestWorkspace();
    Workspace &workspace() { return *m_workspace; }
    QString dir() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // Writes `bytes` to a file in the temporary folder and returns its path.
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    // Path of a checked-in file under tests/data.
    static QString dataFile(const QString &name);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

// The sandbox's built-in templates (resources/sandbox/templates.json), as template sync stores them.
QList<MessageTemplate> builtInSandboxTemplates();

// The schema version just before the migration that creates `table` (found by migrating fresh in-memory databases),
// so a test of that migration keeps working when later migrations are appended; -1 when none creates it.
int versionBeforeTable(const QString &table);
