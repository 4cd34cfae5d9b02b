#pragma once

#include <QCoreApplication>
#include <QString>

class Workspace;

// Fills a brand-new workspace so a first start never shows an empty window: sample contacts, the sandbox's
// templates on the default sandbox account, and one draft campaign ready to Start through the sandbox.
class DemoWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(DemoWorkspace)

public:
    // Returns the number of contacts added, or -1 with *error filled.
    static qint64 populate(Workspace &workspace, QString *error);

private:
    static bool addSandboxTemplates(Workspace &workspace, qint64 accountId, QString *error);
    static bool addDemoCampaign(Workspace &workspace, qint64 accountId, QString *error);
};
