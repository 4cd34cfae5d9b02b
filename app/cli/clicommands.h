#pragma once

// herald-cli's commands, one class each (command.h), and its entry point. The execute() bodies include this.
#include "accountlistcommand.h"
#include "accountsetcommand.h"
#include "accountsetsecretcommand.h"
#include "accountshowcommand.h"
#include "accounttestcommand.h"
#include "agentcommand.h"
#include "campaigncontrolcommand.h"
#include "campaigncreatecommand.h"
#include "campaigneditcommand.h"
#include "campaignlistcommand.h"
#include "campaignpreflightcommand.h"
#include "campaignrecipientscommand.h"
#include "campaignresolvecommand.h"
#include "campaignretrycommand.h"
#include "campaignruncommand.h"
#include "campaignsendcommand.h"
#include "campaignshowcommand.h"
#include "campaignstartcommand.h"
#include "campaignstatscommand.h"
#include "campaigntestsendcommand.h"
#include "contactsaddcommand.h"
#include "contactschangecommand.h"
#include "contactscountcommand.h"
#include "contactseditcommand.h"
#include "contactsexportcommand.h"
#include "contactshistorycommand.h"
#include "contactsimportcommand.h"
#include "contactssearchcommand.h"
#include "eventspushcommand.h"
#include "ratecardcommand.h"
#include "synccommand.h"
#include "templatescreatecommand.h"
#include "templateslistcommand.h"
#include "templatessubmitcommand.h"
#include "templatessynccommand.h"
#include "templatesvalidatecommand.h"
#include "workspacebackupcommand.h"
#include "workspacerestorecommand.h"

#include <QStringList>

namespace Cli {

// herald-cli's entry: global options (--workspace, --help, --version), then `help [NAME]` or a command of the
// registry (commandregistry.h). args: everything after the program name. Returns the process exit code.
int run(const QStringList &args);

} // namespace Cli
