#pragma once

#include "cli/command.h"

#include <memory>
#include <vector>

// Every herald-cli command, one instance each. Adding a command: a class deriving from Command (its own
// <name>command.h, execute() in a .cpp beside it) and one line in commandregistry.cpp.
namespace Cli {

// In the order `herald-cli --help` lists them.
const std::vector<std::unique_ptr<Command>> &commands();
// The command called `name` ("campaign run", "sync"), or nullptr.
Command *findCommand(const QString &name);
// `herald-cli --help`: the synopsis of every command, grouped by section.
QString usageText();
// `herald-cli help`: every command's name and one-line description.
QString commandList();

} // namespace Cli
