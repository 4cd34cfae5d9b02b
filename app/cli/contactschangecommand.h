#pragma once

#include "cli/command.h"

// herald-cli contacts tag|untag|opt-in|opt-out|delete: one class, registered once per verb (execute() in
// contactcommands.cpp). Every number given is checked before anything changes.
class ContactsChangeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    // verb: tag, untag, opt-in, opt-out, delete.
    explicit ContactsChangeCommand(const QString &verb)
        : Command(QStringLiteral("contacts"), verb, Section::Contacts,
                  {{"tag", QT_TRANSLATE_NOOP("CliCommands", "contacts tag|untag PHONE... --tag T [--json]"),
                    QT_TRANSLATE_NOOP("CliCommands", "Tags contacts.")},
                   {"untag", nullptr, QT_TRANSLATE_NOOP("CliCommands", "Removes a tag from contacts.")},
                   {"opt-in",
                    QT_TRANSLATE_NOOP("CliCommands", "contacts opt-in PHONE... --source S [--json] | "
                                                     "contacts opt-out PHONE... [--reason R] [--json]"),
                    QT_TRANSLATE_NOOP("CliCommands", "Records contacts as opted in.")},
                   {"opt-out", nullptr, QT_TRANSLATE_NOOP("CliCommands", "Records contacts as opted out.")},
                   {"delete", QT_TRANSLATE_NOOP("CliCommands", "contacts delete PHONE... [--json]"),
                    QT_TRANSLATE_NOOP("CliCommands", "Deletes contacts.")}})
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};
