#pragma once

#include <QCoreApplication>
#include <QString>

class Workspace;

// Fills the demo workspace — a workspace of its own (defaultPath(), `herald --demo`, scripts/demo.sh), never the
// user's real one — with sample contacts whose numbers come from ranges set aside for fiction (they can never
// reach a person), the sandbox's templates on the default sandbox account, one draft campaign ready to Start, and an
// illustrative rate card (so the demo shows what a run cost).
class DemoWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(DemoWorkspace)

public:
    // Where `herald --demo` keeps the demo workspace: beside the default workspace, as demo.herald.
    static QString defaultPath();
    // Returns the number of contacts added, or -1 with *error filled.
    static qint64 populate(Workspace &workspace, QString *error);

private:
    static bool addSandboxTemplates(Workspace &workspace, qint64 accountId, QString *error);
    static bool addDemoCampaign(Workspace &workspace, qint64 accountId, QString *error);
    static bool addDemoRates(Workspace &workspace, QString *error);
};
