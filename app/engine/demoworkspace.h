#pragma once

#include <QCoreApplication>
#include <QString>

class Workspace;

// Fills a brand-new workspace with sample contacts so a first start never shows an empty window.
class DemoWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(DemoWorkspace)

public:
    // Returns the number of contacts added, or -1 with *error filled.
    static qint64 populate(Workspace &workspace, QString *error);
};
