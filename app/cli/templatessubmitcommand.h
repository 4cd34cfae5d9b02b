#pragma once

#include "cli/command.h"

// herald-cli templates submit: submits a draft template to Meta for review (execute() in templatecreate.cpp).
class TemplatesSubmitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    TemplatesSubmitCommand()
        : Command(QStringLiteral("templates submit"), Section::Templates,
                 tr("templates submit NAME --language L [--name N] [--json]"),
                 tr("Submits a draft template to Meta for review."))
    {
    }
    int execute(const QString &workspace, const QStringList &args) override;
};
