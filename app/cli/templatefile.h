#pragma once

#include "models/templates/messagetemplate.h"
#include "models/templates/templatevalidator.h"

#include <QJsonArray>
#include <optional>

// What `templates validate`, `templates create` and `templates submit` share (defined in templatecommands.cpp).
namespace Cli {

// A template file in the Graph API's JSON shape; nullopt + *error (naming the file and the byte) otherwise.
std::optional<MessageTemplate> readTemplateFile(const QString &path, QString *error);
// The violations as `--json` prints them: part, rule, message, start, length.
QJsonArray violationsJson(const QList<TemplateViolation> &violations);
// One line per violation on stdout.
void printViolations(const QList<TemplateViolation> &violations);

} // namespace Cli
