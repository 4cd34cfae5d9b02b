#pragma once

// herald-cli's commands, one class each (command.h), and its entry point. The execute() bodies include this.
#include "cli/accountlistcommand.h"
#include "cli/accountsetcommand.h"
#include "cli/accountsetsecretcommand.h"
#include "cli/accountshowcommand.h"
#include "cli/accounttestcommand.h"
#include "cli/agentcommand.h"
#include "cli/campaigncontrolcommand.h"
#include "cli/campaigncreatecommand.h"
#include "cli/campaigneditcommand.h"
#include "cli/campaignlistcommand.h"
#include "cli/campaignpreflightcommand.h"
#include "cli/campaignrecipientscommand.h"
#include "cli/campaignresolvecommand.h"
#include "cli/campaignretrycommand.h"
#include "cli/campaignruncommand.h"
#include "cli/campaignsendcommand.h"
#include "cli/campaignshowcommand.h"
#include "cli/campaignstartcommand.h"
#include "cli/campaignstatscommand.h"
#include "cli/campaigntestsendcommand.h"
#include "cli/contactsaddcommand.h"
#include "cli/contactschangecommand.h"
#include "cli/contactscountcommand.h"
#include "cli/contactseditcommand.h"
#include "cli/contactsexportcommand.h"
#include "cli/contactshistorycommand.h"
#include "cli/contactsimportcommand.h"
#include "cli/contactssearchcommand.h"
#include "cli/eventspushcommand.h"
#include "cli/ratecardcommand.h"
#include "cli/ratecardimportcommand.h"
#include "cli/costcommand.h"
#include "cli/portfoliocommand.h"
#include "cli/synccommand.h"
#include "cli/templatescreatecommand.h"
#include "cli/templateslistcommand.h"
#include "cli/templatessubmitcommand.h"
#include "cli/templatessynccommand.h"
#include "cli/templatesvalidatecommand.h"
#include "cli/workspacebackupcommand.h"
#include "cli/workspacerestorecommand.h"
#include "cli/workspacelogincommand.h"
#include "cli/workspacecopycommand.h"
#include "cli/teamaddcommand.h"
#include "cli/teamlistcommand.h"
#include "cli/teamremovecommand.h"

#include <QStringList>

namespace Cli {

// herald-cli's entry: global options (--workspace, --help, --version), then `help [NAME]` or a command of the
// registry (commandregistry.h). args: everything after the program name. Returns the process exit code.
int run(const QStringList &args);

} // namespace Cli
