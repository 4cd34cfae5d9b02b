<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Herald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald manages WhatsApp contact lists and message campaigns: import contacts from CSV, keep track of consent and opt-outs, and send approved template messages to the people who asked for them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessToken</name>
    <message>
        <source>No access token is stored for the account “%1”. Add it in Settings → Sending accounts, or with: herald-cli account set-secret access-token --name %1 &lt; token.txt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>e.g. support-line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name used in campaigns and on the command line (herald-cli --account NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox is a simulated WhatsApp Cloud API inside Herald. Campaigns run end to end with realistic delivery and read receipts, but no message leaves this computer and no token is needed. Use it to rehearse a campaign before sending for real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Cloud API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits, from WhatsApp Manager → Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits, from WhatsApp Manager → Account tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a permanent system-user token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Graph API URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone number ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp &amp;Business Account ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery status relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://relay.example.com (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The herald-relay that receives Meta&apos;s webhooks and feeds delivery statuses to Herald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed token printed by herald-relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relay URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay &amp;feed token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the version like v23.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend &amp;uncertain messages automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message whose send was interrupted (no answer from WhatsApp) and that has had no delivery report for 30 minutes is sent again, but only while reports for messages sent after it keep arriving. If WhatsApp did deliver it and its report is only late, the person gets it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits, from Business Settings → Business info (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers of one business portfolio share one daily messaging limit. Without it, numbers of the same WhatsApp Business Account share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business p&amp;ortfolio ID:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>%1 is empty; enter an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Business Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” should contain digits only (it is the numeric ID from Meta&apos;s app dashboard, not a phone number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending rate must be between 1 and 1,000 messages per second, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not a valid address; enter it like https://example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a user name or password before “@” (the host is %2); enter the address without it, like https://%2. Tokens are stored with “Set token”, never in the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 uses http:// to a host that is not this computer; tokens would travel unencrypted. Use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Graph API URL points at %1, which is not Meta&apos;s Graph API (graph.facebook.com): the access token and every message will be sent there. Keep it only if %1 is a proxy you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version %1 should look like v23.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown messaging tier “%1”: use TIER_50, TIER_250, TIER_1K, TIER_2K, TIER_10K, TIER_100K or TIER_UNLIMITED, as Meta reports the phone number&apos;s messaging limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business portfolio ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountTest</name>
    <message>
        <source>Sandbox account: simulated WhatsApp Cloud API, nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account “%1” has no phone number ID; set it first (account set --phone-number-id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1 (%2), quality %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Sending accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a sending account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaigns and template syncs use the default account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WhatsApp numbers Herald sends from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the accounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account “%1” has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account: fill in the fields and save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account
(not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default account could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Meta&apos;s Graph API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the Graph API URL was not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <source>Expected “and” or “or” before %1 in the audience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown audience term %1: use all, tag:NAME, attr:KEY=VALUE, campaign:ID:STAT, run:ID:STAT[:CODE], not, and, or.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audience %1 ends without a condition.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessEventStore</name>
    <message>
        <source>The event has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s phone number is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s occurred_at is not a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s data is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event name is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event name contains a control character (such as a line break); use letters, digits and _.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignAudiencePage</name>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gets the message. Opted-out contacts and contacts who never opted in are never sent to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every opted-in contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;segment: contacts with tags or attribute values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag or attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retarget the recipients of an earlier campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>but &amp;not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audience &amp;expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. tag:vip and not campaign:7:replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unqualified (not on WhatsApp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no earlier campaign to retarget yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag&apos;s name, or the attribute&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) will get the message.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No matching contact is excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded: %1 opted out, %2 never opted in (never sent to).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignChecks</name>
    <message>
        <source>--at %1 has already passed: it is now %2 in %3. Give a later time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template “%1” in language %2 for this account. Sync the templates first (herald-cli templates sync).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template “%1” (%2) is %3, so nothing can be sent with it; only APPROVED templates can be used. Check its status in WhatsApp Manager and sync the templates (herald-cli templates sync), or choose another template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a draft not yet submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audience term “%1” names campaign %2, which does not exist; see herald-cli campaign list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audience term “%1” names run %2, which does not exist; check the run ID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignLock</name>
    <message>
        <source>Cannot create the lock file %1 next to the workspace: check that its folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 is being sent by another Herald process (%2, process %3 on %4). Wait until it has finished, or pause or stop it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 is being sent by another Herald process. Wait until it has finished, or pause or stop it there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignPreflightPage</name>
    <message>
        <source>Pre-flight check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything Herald checks before a start. Problems must be fixed; warnings are yours to weigh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit rate &amp;card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start sending when I click Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignRunControl</name>
    <message>
        <source>Cannot start the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is active: it sends when its event arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is scheduled; next run %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was already sent. Herald never sends a campaign twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody left to send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 of “%2” was stopped, and nobody it did not reach may still get the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New run for the recipients not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run %1 of “%2” stays stopped. Send the message to the %n recipient(s) it did not reach, in a new run?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Send new run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned %1 recipients (%2 skipped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot pause the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop “%1”? No further runs start; a run sending now is stopped too. You can start it again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot stop the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending “%1”? Recipients not reached yet will not get the message from this run; those already sent keep their delivery reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignRunPanel</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily headroom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1 (%2) · account %3 · audience: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all opted-in contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet — Start plans the recipients and sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages/s — slowed to %2/s after WhatsApp asked to slow down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages/s (limit %2/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign&apos;s account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no provider code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) uncertain: the message was handed to the network but no answer came back (a timeout or Herald was closed), so it may or may not have arrived. Their delivery reports will settle them; Herald never sends them again on its own.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped by WhatsApp error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused by WhatsApp error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp&apos;s error reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignRunner</name>
    <message>
        <source>Another Herald sender (%1, process %2) is already sending campaign run %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file %1 next to the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignStats</name>
    <message>
        <source>Could not read the campaign statistics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the campaign timeline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the campaign timeline: the workspace is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message>
        <source>The campaign needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template “%1” in language %2 for this account. Sync the templates first (herald-cli templates sync).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template “%1” (%2) is no longer in the workspace; sync the templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template “%1” (%2) is %3; only APPROVED templates can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown campaign type “%1”: use once, scheduled, recurring or triggered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not plan the retry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run is still sending (%1). Retry its failures once it has sent or was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retry of this run is already waiting to be sent (run %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) would fail again</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n must wait until %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opted out or were deleted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were retried already</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to retry: the run has no failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to retry now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the runs of campaign %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 already has an unfinished run (run %2, %3); continue or stop that run first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the recipients of run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 is %2, not stopped: only a stopped run leaves recipients for a new run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nobody is left to send to: the %n recipient(s) run %1 did not reach have opted out or were deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is left to send to: run %1 reached every recipient before it was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignTableModel</name>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All opted-in contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignTemplatePage</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the campaign, choose an approved template and say where each of its values comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. November order reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search approved templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters (source, then the key or text, then a fallback used when the value is empty):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field, attribute, text or event key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account first (Settings → Accounts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an approved template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no approved templates. Sync the templates on the Templates page, or wait for Meta&apos;s review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n approved template(s). Paused, rejected and pending templates cannot be sent and are not listed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Contact field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview for %1 (%2), the first recipient; values with no source show the template&apos;s examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contact without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact in the audience yet: the preview shows fallbacks and fixed texts; the rest shows the template&apos;s examples.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignTypePage</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send once when you start it, at a set time, on a repeating schedule, or whenever an event happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Once, when started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rec&amp;urring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Triggered by an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip a run that is late by more than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When no Herald is running at the planned time, a run that would start later than this is skipped and logged, never sent hours late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace window in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign is sent once, when you start it (you can start it from the last page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. order_shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait before sending:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unless the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. order_cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>happens within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most once per contact every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all must hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled time has passed; choose a time in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the event that cancels the message, or clear “Unless the event”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignWizard</name>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit campaign “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pre-flight check found problems; fix them before starting, or save without starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search campaigns, templates, accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the campaign, or continue its run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause sending within a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue a paused run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It then appears here, ready to Start. “herald-cli campaign create --help” lists every option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a campaign to follow its run: progress, send rate, daily headroom and why a run paused or stopped.
To add a campaign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the campaigns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a campaign in the wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the selected campaign&apos;s performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign sends one approved template to a group of opted-in contacts. Create one with New campaign… (Ctrl+N), or from a terminal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>sandbox or cloud-api.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph API base URL (default https://graph.facebook.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph API version, e.g. v23.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business phone number&apos;s ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WhatsApp Business Account ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The herald-relay feed URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account set takes no positional arguments (secrets go through account set-secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be sandbox or cloud-api, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new account needs --kind sandbox|cloud-api.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account “%1” updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account “%1” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the Graph API (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account set-secret needs the secret&apos;s name; the value is read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value on standard input. Pipe the secret in, e.g. herald-cli account set-secret %1 &lt; file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the %1 of account “%2” in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workspace needs a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a sub-command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1 %2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country for numbers written without a country code (ISO code, e.g. IN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag every imported contact (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record every imported contact as opted in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the opt-in was collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write rejected rows, with a reason column, to this CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts import needs exactly one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--opt-in-source only makes sense with --opted-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>herald-cli import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read: %2 new contacts, %3 updated, %4 duplicates merged, %5 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  … and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass --errors FILE.csv to save the rejected rows with their reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 rows were imported and kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts count takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the contacts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contacts: %2 opted in, %3 opted out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts export needs exactly one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contacts written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account named “%1”. Create it with: herald-cli account set --name %1 --kind …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no account. Create one with: herald-cli account set --kind …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for each page (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 templates: %2 added, %3 updated, %4 removed upstream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELETED upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template in the Graph API&apos;s JSON shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>templates validate needs exactly one FILE.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2 at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no rule violations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta&apos;s messaging limit for the number: TIER_250, TIER_2K, TIER_10K, TIER_100K or TIER_UNLIMITED (unique recipients per 24 h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per second the number may send (80 by default, up to 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-rate must be a whole number of messages per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily limit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved template name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template language code, e.g. en_US.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who receives it: all, tag:NAME, attr:KEY=VALUE, combined with and/or/not (default: every opted-in contact).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template parameter: SLOT=SOURCE[|FALLBACK], e.g. body.1=field:name|there, header.1=attr:city, button.0=text:abc (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending account (default: the workspace&apos;s default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign create needs --name, --template and --language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 “%2” created. Send it with: herald-cli campaign run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign show needs one campaign ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 “%2”: template %3 (%4), status %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1 needs one campaign ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked run %1 of campaign %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1: %2/%3 done · accepted %4 · failed %5 · skipped %6 · uncertain %7 · %8 msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per second (1–1000; default: the account&apos;s rate, 80 unless Meta raised it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign run needs one campaign ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate must be a whole number of messages per second from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned run %1: %2 recipients, %3 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 of campaign %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recipients: %2 accepted by WhatsApp, %3 failed, %4 skipped, %5 uncertain, %6 still planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertain recipients may or may not have received the message; their delivery reports will settle them, or resolve them in the campaign&apos;s dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run ended as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep polling until the feed has had no new events for SECONDS (default: one pass until the relay has nothing more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync takes no positional arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until-idle needs a whole number of seconds, at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account “%1” has no relay. Set one with: herald-cli account set --name %1 --relay-url URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No relay feed token is stored for the account “%1”. Store it with: herald-cli account set-secret relay-feed-token --name %1 &lt; token.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events from the relay: %2 statuses applied (%3 duplicates), %4 replies attributed, %5 opt-outs, %6 opt-ins, %7 unmatched. Cursor %8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access-token, relay-feed-token, relay-app-secret or relay-ingest-token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown secret “%1”: use access-token, relay-feed-token, relay-app-secret or relay-ingest-token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between scheduler passes (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One scheduler pass, wait for the runs it started, then exit (tests, cron).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent takes no positional arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tick must be a whole number of seconds from 1 to 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>herald-cli agent: workspace %1, a pass every %2 s; stop with Ctrl+C or SIGTERM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: runs still sending are paused; continue them with `herald-cli campaign run ID`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Herald runs this workspace&apos;s scheduler; nothing done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs started, %2 finished, %3 not ok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 “%2” created (%3). Activate it with: herald-cli campaign start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active; next occurrence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (triggered by events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not active: start it with herald-cli campaign start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 has not been started; start it with: herald-cli campaign start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 will start no new runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign start needs one campaign ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 “%2” is active. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is sent by a running Herald: the desktop app while it is open, or `herald-cli agent` on a machine left on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run id (default: the latest run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a CSV file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one campaign ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 has not run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 has no run “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose either --json or --csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1, run %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only failures with this error code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason needs a numeric error code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number to investigate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country for a number written without its country code (ISO code, e.g. IN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts history needs exactly one PHONE number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHONE: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the history of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald knows nothing about %1: no contact, message, reply or event has this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact has this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out on %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (campaign %2, run %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s name, e.g. order_placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s phone number with its country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the event as a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened: ISO 8601 (e.g. 2026-11-25T10:00:00Z; default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name (default: the workspace&apos;s default account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events push needs exactly one event NAME, e.g. herald-cli events push order_placed --phone +14155550123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events push needs --phone with the customer&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data is not valid JSON: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data must be a JSON object, e.g. &apos;{&quot;order_id&quot;: &quot;A-17&quot;}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No relay ingest token is stored for the account “%1”. Store it with: herald-cli account set-secret relay-ingest-token --name %1 &lt; token.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event “%1” for %2 stored on the relay (cursor %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event “%1” for %2 recorded in the workspace (event %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience: decided per event (triggered campaign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience: %1 contact(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded: %1 opted out, %2 never opted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing parameters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template: %1, quality %2, category %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headroom: no limit known (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headroom: %1 of %2 left today (%3, %4 used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: about %1 at %2 msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: no estimate (the rate card is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start until the problems are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendered messages to show (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number to send the test to (with country code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign test-send needs --phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO country code (default: any country).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency (default USD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MARKETING, UTILITY, AUTHENTICATION or SERVICE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price of one message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate&apos;s category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ratecard set CATEGORY PRICE [--country CC] [--currency CUR] | ratecard list | ratecard remove CATEGORY [--country CC]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a price; write it like 0.0107.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate card is empty: pre-flight checks give no cost estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 business events stored, %2 not usable (kept as raw payloads).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta business portfolio ID: accounts of one portfolio share one daily messaging limit (&apos;&apos; = grouped by WABA ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on (default) or off: resend uncertain messages automatically once the account&apos;s delivery reports prove the feed is flowing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auto-resolve must be on or off, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>herald-cli: the daily backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name (give --language with it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who receives it (see campaign create --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template parameter SLOT=SOURCE[|FALLBACK] (repeatable; replaces all of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign edit needs one campaign ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the schedule or trigger needs --type with all of its options, as for campaign create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 is being sent (run %2). Edit it when the run has ended, or pause it first: herald-cli campaign pause %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 was not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 was changed, but its schedule could not be renewed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 “%2” changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs already planned keep the messages they froze; the change applies to the next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put them back to be sent by the next `campaign run` (or the agent/app).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on them: they count as failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only recipients without a status report for at least N minutes since their send attempt (default 30; 0 = all now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign resolve needs exactly one of --resend or --mark-failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quiet-minutes must be a whole number of minutes, 0 or more, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uncertain recipients of run %1 were not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uncertain recipients of run %2 will be sent again by the next `campaign run %3` (or the agent/app).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uncertain recipients of run %2 marked failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 has no uncertain recipient quiet for %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still uncertain: sent less than %2 minutes ago; their delivery reports may still come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run whose failures to retry (default: the latest run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign retry needs one campaign ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--run needs a run id, e.g. --run 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 has not run yet: nothing to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 has no run %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Planned retry run %1 of run %2: %n recipient(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more must wait until %1 (UTC); retry again then.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>After a stop: send a new run to the recipients the stopped run did not reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To send to them: herald-cli campaign run %1 --new-run (or Start in the desktop app).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is left to send to; create a new campaign to message these contacts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>herald-cli agent or the open app continues it then; or run `campaign run %1` again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which statistic: %1; or skipped (never attempted, with the reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stat must be one of: %1, skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason only goes with --stat failed: skipped rows have a reason text, not a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHONE “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact has the number %1. Add it with: herald-cli contacts add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--attr “%1” should look like city=Pune (KEY=VALUE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new contact&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the contact (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the contact as opted in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts add needs exactly one PHONE number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--opted-in and --opt-in-source go together: say where the consent was collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact with the number %1 exists already%2. Change it with: herald-cli contacts edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added contact %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opted in: campaigns will not send to it until it opts in (contacts opt-in %1 --source S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an attribute (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts edit needs exactly one PHONE number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts edit needs --name, --attr or --unset-attr: nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--attr and --unset-attr both name “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed contact %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact numbers (one or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the opt-in was collected (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the contact opted out (kept with it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least one PHONE number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --tag T.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts opt-in needs --source S: where the contact gave consent (an explicit opt-in is the only way to undo an opt-out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n contact(s) with “%1”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed “%1” from %n contact(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opted in %n contact(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Opted out with herald-cli</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opted out %n contact(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete the contacts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s) and their consent records.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot change the contacts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in the name, phone, a tag or an attribute value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many contacts (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts search needs one TEXT to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a whole number, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 matches shown; pass --limit N for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tapped “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from WhatsApp id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp names this number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test send of %1 (%2) at %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the customer, answering no message above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages, %2 test sends, %3 from the customer, %4 business events. --json adds the raw webhook payloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--occurred-at must be an ISO 8601 time such as 2026-11-25T10:00:00Z, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” breaks %n of Meta&apos;s template rule(s); nothing was stored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Replace a local draft with the same name and language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>templates create needs exactly one FILE.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template “%1” in %2 exists at Meta already (status %3). Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft “%1” in %2 exists already. Pass --replace to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft “%1” (%2) saved. Submit it for review with: herald-cli templates submit %1 --language %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored template&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its language code, e.g. en_US.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>templates submit needs a template NAME and --language L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account “%1” has no template “%2” in %3. Store it first with: herald-cli templates create FILE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox approved “%1” at once: it simulates Meta&apos;s review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was submitted for review (status %2); Meta answers within 24 hours. See it with: herald-cli templates sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the backup to this file instead of the rolling folder &lt;workspace&gt;.backups/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace backup takes no arguments (use --to FILE to choose the file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace restore needs exactly one FILE (a backup, e.g. from &lt;workspace&gt;.backups/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was put in place but cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2 (%3 contacts). Its previous state is kept in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account list [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the sending accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account set [--name N] --kind sandbox|cloud-api [--graph-url URL] [--api-version V]
              [--phone-number-id ID] [--waba-id ID] [--relay-url URL] [--json]
              [--portfolio ID] [--auto-resolve on|off]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates or changes a sending account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account set-secret access-token|relay-feed-token|relay-app-secret|relay-ingest-token [--name N]
                                                          (value on stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores one of the account&apos;s secrets in the keychain (value on stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account show [--name N] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows one account, which of its secrets are stored and its daily limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account test [--name N] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that the account can reach WhatsApp with its token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent [--tick SECONDS] [--once] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs scheduled, recurring and triggered campaigns and the status feed headless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign pause|resume|stop ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauses a campaign&apos;s sending run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumes a paused run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops a run for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign create --name N --template NAME --language CODE [--audience EXPR]
                  [--param SLOT=SOURCE[|FALLBACK]]... [--account N] [--json]
                  [--type once|scheduled|recurring|triggered] (see campaign create --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a campaign: template, audience, parameters and type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign edit ID [campaign create&apos;s options: only those given change] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the options given of a campaign, keeps the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign list [--json] | campaign show ID [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign preflight ID [--samples N] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a campaign before it starts: audience, template, headroom, cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign recipients ID --stat STAT|skipped [--reason CODE] [--run R] [--json | --csv FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the recipients behind one statistic of a run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign resolve ID (--resend | --mark-failed) [--run R] [--quiet-minutes N] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decides a run&apos;s uncertain recipients: send again or mark failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign retry ID [--run R] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends again to the failures a retry can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign run ID [--rate MPS] [--new-run] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the campaign&apos;s run until every recipient is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows one campaign and its runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign start ID [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends a one-time campaign now, or activates a scheduled one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign stats ID [--run R] [--json | --csv FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the seven statistics of a run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign test-send ID --phone P [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the campaign&apos;s message to one number as a test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns and delivery reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business events and investigation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: herald-cli [--workspace PATH] &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;herald-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;herald-cli help &lt;command&gt;&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts add PHONE [--name N] [--default-region CC] [--tag T]... [--attr KEY=VALUE]...
                     [--opted-in --opt-in-source S] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds one contact, or updates the one with that number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts tag|untag PHONE... --tag T [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes a tag from contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts opt-in PHONE... --source S [--json] | contacts opt-out PHONE... [--reason R] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records contacts as opted in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records contacts as opted out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts delete PHONE... [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts count [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts the contacts: all, opted in, opted out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts edit PHONE [--name N] [--attr KEY=VALUE]... [--unset-attr KEY]... [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes a contact&apos;s name and attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts export FILE [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes every contact to a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts history PHONE [--default-region CC] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints everything Herald knows happened with one number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts import FILE [--default-region CC] [--tag T]... [--opted-in --opt-in-source S]
                       [--errors OUT.csv] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports contacts from a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts search TEXT [--limit N] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds contacts by number, name, tag or attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events push NAME --phone P [--data JSON] [--occurred-at ISO] [--account A] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records a business event for triggered campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratecard set CATEGORY PRICE [--country CC] [--currency CUR] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the price of one message category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratecard list [--json] | ratecard remove CATEGORY [--country CC] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the rate card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes a price from the rate card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync [--name N] [--until-idle SECONDS] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetches statuses, replies and opt-outs from the account&apos;s relay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>templates create FILE.json [--name N] [--replace] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves a template file as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>templates list [--name N] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the account&apos;s message templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>templates submit NAME --language L [--name N] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submits a draft template to Meta for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>templates sync [--name N] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetches the account&apos;s message templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>templates validate FILE.json [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a template file against Meta&apos;s rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace backup [--to FILE] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a backup copy of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace restore FILE [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the workspace with a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudApi</name>
    <message>
        <source>The frozen message content of this recipient is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTestGroup</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Meta about this phone number with the stored (or just typed) token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;✘ The connection failed.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the access token into “Access token” to test before saving.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDelegate</name>
    <message>
        <source>Opted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactActions</name>
    <message>
        <source>1 contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact has a tag yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag to add to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag to remove from %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns will no longer send to %1. Reason (kept with each contact):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked to stop receiving messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied STOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number no longer in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this contact? Its consent record is deleted with it. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? Their consent records are deleted with them. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the tag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged %1 with “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the tag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%2” from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the opt-out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the contacts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting contacts to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the contacts: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDetailPane</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contacts selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a contact to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Had opted in on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted in on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted in on %1 via %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No opt-in recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactExporter</name>
    <message>
        <source>Cannot read the contacts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; %1 is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactHistoryView</name>
    <message>
        <source>Error %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying the same message does not help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted by WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message history of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each campaign message with the statuses WhatsApp reported, replies and business events, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raw webhook payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw webhook payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the raw payload to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the history of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out on %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted in on %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recorded opt-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact has this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 campaign message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 campaign messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 message from the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages from the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 business event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 business events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — run %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp reported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opt-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message from the customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggered campaign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald has no messages, replies or events for this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhook has reported on this message yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload of this status is no longer stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload of this message is no longer stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raw webhook payload — relay cursor %1, received %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertain since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald does not know whether WhatsApp accepted this message (the answer was lost); it is never sent again automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message from the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes — the customer asked to stop receiving messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attributed to a campaign message (no message to this number in the 72 hours before).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relay (cursor %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp names this number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test send: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test send never counts in a campaign&apos;s statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhook has reported on this test message yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From WhatsApp ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactImporter</name>
    <message>
        <source>the row has %1 values but the header has %2 columns (a value probably contains an unquoted separator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the opt-in value %1 in column %2 is not understood; use yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the opt-out value %1 in column %2 is not understood; use yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date %1 in column %2 is not an ISO 8601 date such as 2024-05-31T14:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start writing to the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column looks like a phone number; the header is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a region code Herald knows; use a two-letter ISO code such as IN, DE or BR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Nothing after the last committed batch was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace is not an open SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2 (the header): %3. Is this a contacts CSV file?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactStore</name>
    <message>
        <source>The tag “%1” could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Opted in via %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Cannot read contacts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all contacts to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag to the selected contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a tag from the selected contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opt out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the selected contacts no longer want messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected contacts (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, phone, tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find contacts by name, phone number, tag or attribute value (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts yet.
Import a CSV file with Import… or File › Import Contacts… (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 new and updated %2 existing contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every message, status, reply and event of this contact&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1 is not UTF-8 or Windows-1252 text (the first problem is on line %2); save it as CSV UTF-8 from Excel and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted field that starts on line %1 is never closed (a closing &quot; is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 values; at most %2 are read per row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is %1 KiB long; at most %2 KiB are allowed per value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>No campaign has run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a campaign sends, this page shows how many messages were delivered, read and answered, hour by hour, and who is behind every number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ampaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;un:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the statistics and failure reasons of this run as a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages accepted by WhatsApp but without a status report yet, and sends whose outcome is uncertain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent, failed and unqualified are shares of attempted; delivered, read and replied of sent. Click a bar to see who is behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not run yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry of run %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · finished %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · retries the failures of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting for a status report — show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run-%1-report-%2.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>Cannot unpack the demo contacts into a temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the sandbox templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order updates (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out for delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>%1…%2 (%3 characters)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventPusher</name>
    <message>
        <source>Cannot record the event in the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay at %1 did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the relay at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay at %1 answered without storing the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ingest token was refused; set it with herald-cli account set-secret relay-ingest-token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay refused the event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay at %1 answered HTTP %2%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailureCatalogue</name>
    <message>
        <source>Error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp reported error %1, which Herald does not know yet. The provider&apos;s description is shown as it was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald marks the message failed and does not retry it. Look the code up in Meta&apos;s error reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unqualified — number not on WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam / messaging limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template text length or variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider / technical problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account, policy or payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other / unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <source>Welcome to Herald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your workspace is ready — and empty&lt;/h3&gt;&lt;p&gt;Three steps to your first campaign:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Import your contacts&lt;/b&gt; from a CSV file (only people who agreed to hear from you on WhatsApp).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Connect a WhatsApp Business account&lt;/b&gt; under Settings, or stay on the built-in sandbox, which simulates WhatsApp and messages nobody.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Create your first campaign&lt;/b&gt; under Campaigns, check its pre-flight, and start it.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Want to look around first? &lt;b&gt;Try the demo&lt;/b&gt; opens a separate demo workspace with sample contacts whose numbers can never belong to anyone; it never mixes with this one.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the Demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphClient</name>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphError</name>
    <message>
        <source>The Graph API did not answer in time. Check your internet connection and the Graph API URL, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the Graph API failed (%1). Check the Graph API URL and your system&apos;s date and certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the Graph API (%1). Check your internet connection and the Graph API URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Graph API answered something Herald does not understand (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Graph API answered HTTP %1 (%2). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is invalid or has expired: create a new one in Meta Business Manager and store it with “Set token”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID in the account settings is wrong or not visible to this token: check the phone number ID and the WhatsApp Business Account ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token lacks a permission (whatsapp_business_messaging and whatsapp_business_management).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta&apos;s rate limit was reached; wait a while and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See Meta&apos;s error reference for this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta refused the request: %1 (code %2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(trace id %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Headroom</name>
    <message>
        <source>Messaging tier not known: no daily limit is applied. WhatsApp Manager shows the number&apos;s tier; record it with herald-cli account set --messaging-tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited messaging tier (%1): no daily limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 unique recipients left in the last 24 hours (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the daily messaging limit (%1 of %2 unique recipients used in 24 hours); the next send becomes possible at %3 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-in source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: numbers include the country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file with one contact per row and a header row. Comma, semicolon and tab separated files in UTF-8 or Windows-1252 are recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path to a .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding: %1
Separator: %2
Columns: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what each column holds. Exactly one column must hold the phone number; columns kept as attributes can be used in message templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country of numbers written without a country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. newsletter, trade-fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all imported contacts as &amp;opted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they agreed, e.g. website sign-up form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-in &amp;source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one column can hold the phone number; set the others to Attribute or Ignore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where these contacts opted in: WhatsApp requires a record of consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows are saved in batches: cancelling keeps the batches already saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to the rows of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. The %1 rows committed before it stopped were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped: %1
The %2 rows committed before the problem were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows of the file were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contacts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing contacts updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated numbers within the file (merged): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1. Check the folder and your permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery, read and reply rates of your campaigns, and how your audience grows and opts out over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Herald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 opted in · %3 opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a phone number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a phone number and press Enter to see its full message history (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a phone number: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the history of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald knows nothing about %1: no contact, message, reply or event has this number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageRenderer</name>
    <message>
        <source>Templates with a location header cannot be sent by Herald yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template “%1” needs a value for %2: add --param %2=SOURCE (e.g. field:name or text:…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template “%1” has no parameter %2; it takes: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no value for this contact and no fallback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagedRows</name>
    <message>
        <source>The workspace is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNormalizer</name>
    <message>
        <source>the phone number is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a number in scientific notation: the spreadsheet has already rounded away its last digits, so the phone number cannot be recovered. Format the phone column as Text in Excel (or export again from the original source) and import the file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a + that is not at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains letters; a phone number may only have digits, spaces, dashes, dots, parentheses and a leading +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains %2, which does not belong in a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is written without a country code (it does not start with + or 00) and no default region was chosen; choose the region these numbers belong to (--default-region on the command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not start with a known country calling code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read with the default region %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too short to be a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long to be a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>international numbers (+%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too short for a number in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long for a number in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the wrong number of digits for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a local number; add the area code (numbers in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid number in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Not available in this version of Herald yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>The template “%1” (%2) is %3; only APPROVED templates can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s quality is low (red): Meta may pause it if people keep blocking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template “%1” in language %2 for this account; sync the templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign&apos;s account (id %1) does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This campaign is triggered by events: its audience is decided per event, so there is no count, duration or cost up front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate card mixes currencies (%1): no cost estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) have no rate for category %1 in their country; the estimate leaves them out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The audience is empty: no opted-in contact matches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recipient can get this message: every one is missing a parameter value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) miss a parameter value and have no fallback; they will be skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The account may message %1 more people in the next 24 hours (%2), fewer than the %3 recipients; the rest wait for the limit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>Pre-flight check — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems listed in red first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run %1 was stopped and stays stopped: a stopped run is never continued. A new run sends the message to the %n recipient(s) it did not reach.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n who opted out or were deleted since are left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;New run for the %n not reached…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreflightView</name>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided per event (triggered campaign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opted out, %2 never opted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) without a value and no fallback</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Missing parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, quality %2, category %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier not known yet: no limit applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 left in the last 24 hours (%3, %4 used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 messages/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no estimate (add prices to the rate card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message for the first recipients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateCard</name>
    <message>
        <source>A rate needs a template category (MARKETING, UTILITY, AUTHENTICATION or SERVICE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a country code; use a two-letter ISO code such as IN or DE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rate for %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateCardDialog</name>
    <message>
        <source>Rate card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price of one message by template category and recipient country. A row without a country applies to every country without its own row. With no rows, the pre-flight check gives no cost estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a country code; use a two-letter ISO code such as IN or DE, or leave it empty for any country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate card was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientLedger</name>
    <message>
        <source>The sender stopped before the provider&apos;s answer was recorded; the message may have been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent again by the operator after an uncertain attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the provider; marked failed by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign run %1 in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown run control “%1”: use pause, resume or stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare a ledger statement: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientListModel</name>
    <message>
        <source>Could not read the recipients: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientListPane</name>
    <message>
        <source>run-%1-%2-%3.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n recipient(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Retry Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a new run, linked to this one, that sends again only to the recipients whose failure a retry can help? Recipients still in a waiting period (such as 24 hours after error 131049) and contacts who opted out are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run %1 will send again to %n recipient(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more must wait until %1; retry again then.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would fail the same way and are left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Start it from the Campaigns page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend Uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No answer came back for %n message(s): they may have reached the phone. Send them again anyway? The person may get the message twice.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) will be sent again when the run continues.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Uncertain as Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n uncertain recipient(s) as failed? They will not be sent again by this run.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mark failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) marked failed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retrying helps only after %n hour(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying helps only after the cause is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying does not help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Who is behind a number?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Click a bar of the chart (or choose one with the arrow keys and press Enter) to list its recipients here: their status times, message IDs, errors and replies.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, phone, message ID or error…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New results came in since this list was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resend uncertain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark uncertain as failed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this list (with the reason and search filters) as a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New campaign from these…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a campaign whose audience is exactly the recipients of this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try failures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a linked run that sends again only to the failures a retry can help, respecting waiting times such as 24 hours after error 131049.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve &amp;uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected recipients whose send is uncertain (no answer came back): send again or mark them failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resend selected uncertain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark selected uncertain as failed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every message to and from the selected recipient (Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reasons (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message failed in this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reason(s) behind these failures, largest first in the list above. Choose one to see what it means and whether a retry helps.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no provider code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) · %3&lt;br&gt;%4&lt;br&gt;&lt;b&gt;%5&lt;/b&gt; %6&lt;br&gt;&lt;a href=&quot;%7&quot;&gt;WhatsApp error code reference&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n recipient(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Matching “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recipient in this list matches your search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recipients here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run is still sending; retry its failures once it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelayFeedPoller</name>
    <message>
        <source>The account “%1” has no relay URL. Set one with: herald-cli account set --name %1 --relay-url URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No relay feed token is stored for the account “%1”. Store it with: herald-cli account set-secret relay-feed-token --name %1 &lt; token.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the status feed cursor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay refused the feed token of the account “%1” (HTTP %2). Store the relay&apos;s HERALD_RELAY_FEED_TOKEN with: herald-cli account set-secret relay-feed-token --name %1 &lt; token.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay at %1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay at %1 answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay at %1 sent a feed page that is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot apply the status feed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelayFeeds</name>
    <message>
        <source>Delivery reports for “%1” are off: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery reports for “%1” stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelayMain</name>
    <message>
        <source>Address and port to listen on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file for the stored events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest webhook body accepted, in bytes (larger ones get 413).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to start: set %1 in the environment (secrets are never accepted as options).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --listen value &quot;%1&quot;; expected HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --max-body value &quot;%1&quot;; expected a positive number of bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives WhatsApp webhooks from Meta, stores them durably and serves them to Herald desktops.
Secrets come only from the environment: HERALD_RELAY_APP_SECRET, HERALD_RELAY_VERIFY_TOKEN,
HERALD_RELAY_FEED_TOKEN; optionally HERALD_RELAY_INGEST_TOKEN, which enables
POST /v1/business-events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest request head (request line and header fields), in bytes (larger ones get 431).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most client connections at once (default: the open-files limit minus %1, at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most connections from one client address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a client has to send a request&apos;s head (and finish a TLS handshake).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a client has to send a request&apos;s body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds an idle keep-alive connection (or a client not reading its answer) is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most memory the request bodies being read may hold together, in bytes (more get 503).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between the test writes /healthz makes to the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate chain (needs --tls-key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted PEM private key of --tls-cert (keep it readable by the relay only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --%1 value &quot;%2&quot;; expected a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-connections %1 does not fit the open-files limit of %2 (%3 are kept for the database and the relay itself): lower it or raise LimitNOFILE= / ulimit -n.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --%1 value &quot;%2&quot;; expected a positive number of seconds, e.g. 10 or 0.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --health-probe-interval value &quot;%1&quot;; expected 0 to 3600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunService</name>
    <message>
        <source>Campaign %1 has not run yet: start it normally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest run of campaign %1 (run %2) is %3, not stopped: there is no stopped run to send the rest of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 of campaign %2 was stopped, and a stopped run is never continued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) it did not reach can get the message in a new run.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n opted out or were deleted since and are left out.)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 is %2: there is nothing to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign&apos;s account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 has nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending in another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the daily limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent — waiting for delivery reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxEnvironment</name>
    <message>
        <source>The sandbox relay could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>The sandbox could not listen on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>schedule tz: “%1” is not a known IANA time zone (e.g. Europe/Berlin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule grace_minutes: must be a whole number of minutes from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule at: “%1” is not a local date and time like 2026-12-01T09:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule every: “%1” must be daily, weekly or monthly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule time: “%1” is not a time like 09:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule days: weekdays are 1 (Monday) to 7 (Sunday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule days: a weekly schedule needs at least one weekday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule day_of_month: must be from 1 to 31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule start/end: dates look like 2026-12-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule end: the end date %1 is before the start date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once on %1 at %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day at %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 at %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly on day %1 (or the month&apos;s last day) at %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly on day %1 at %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleStore</name>
    <message>
        <source>the template %1 (%2) is not in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template %1 (%2) is %3, not APPROVED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fire %1 (%2): suppressed, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” happened within %2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fire %1 (%2): cancelled, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event is too old (due %1 hours ago; messages are sent at most %2 hours late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contact has this phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact never opted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cooldown: already sent within %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fire %1 (%2): in run %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n due fire(s) wait: run %1 of this campaign is still %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>The schedule has no occurrence after now (its end date has passed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled time %1 (%2) has passed, by more than the %3-minute grace window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 is a one-time campaign: it is sent when started, not scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduler stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This process runs the workspace&apos;s scheduled and triggered campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing by: %1 (process %2 on %3) runs the scheduler of this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing by: another process runs the scheduler of this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 of campaign %2: left unfinished by a scheduler that stopped; continuing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the due campaigns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1: the schedule is invalid (%2); stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed by %1 minutes (grace %2 minutes): no Herald was running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1: occurrence %2 skipped, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1: occurrence %2 not sent: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recipients, %2 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1: occurrence %2 fired as run %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1: no further occurrence; the schedule is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1: next occurrence %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the triggered campaigns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1: the trigger is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1: event %2 (%3) does not meet the conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1: event %2 (%3) matches; due %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1: the triggered run could not be planned: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1: triggered run %2 with %3 recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1: not started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 of campaign %2: sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 of campaign %2: %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 of campaign %2: left unfinished by a scheduler that stopped, not continued: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the occurrence of %1 is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1: event %2 (%3) occurred before the campaign was started; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new batch of fires is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the runs waiting for the daily limit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 of campaign %2: the daily messaging limit has room again; continuing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resolve uncertain sends: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 of campaign %2: uncertain sends without a report for %3 minutes are sent again (reports for later messages arrived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 of campaign %2: not continued: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is no longer the campaign&apos;s newest run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped unsent because %1: a scheduled run is never sent late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 of campaign %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Write-only: a stored secret is never shown. Type a new one to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the token in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ A token is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the account before storing a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No secret is stored for this account yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available, so Herald cannot store or read tokens. Log in to a desktop session and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (no Secret Service is running), so Herald cannot store or read tokens. On a desktop, install and start gnome-keyring or KWallet (Debian/Ubuntu: apt install gnome-keyring) and log in again. On a server or over SSH, run Herald inside a D-Bus session with an unlocked keyring: dbus-run-session -- sh -c &apos;gnome-keyring-daemon --unlock --components=secrets &lt; password-file; herald-cli …&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendPlaybook</name>
    <message>
        <source>Retrying after a temporary error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta&apos;s throughput limit was reached (%1); sending slower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many messages to this number (131056); waiting %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Meta refused the account (code %1: %2). The run was stopped; nothing more is sent until the account is fixed and the run is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template is disabled (code 132016: %1). The run was paused; use a new template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template is paused for low quality (code 132015: %1). The run was paused; resume it when the template is active again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendWorker</name>
    <message>
        <source>Campaign run %1 belongs to another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused by the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald was closed while this run was sending; resume it to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending stopped because of an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteLibrary</name>
    <message>
        <source>The workspace must be opened with Qt&apos;s SQLite driver (QSQLITE), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot ask Qt&apos;s SQLite driver for its version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver uses its own copy of SQLite %1, not the one Herald links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver uses SQLite %1 (%2), but Herald links SQLite %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald needs both to be one library, or the workspace could be damaged, so it was not opened. Install the Herald package for this system, or build Herald against the SQLite that Qt uses (Qt configured with -system-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsChartView</name>
    <message>
        <source>Campaign statistics chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar, or choose one with the Left and Right keys and press Enter, to list its recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of attempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been sent in this run yet.
The bars fill in as messages go out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Press Enter to list these recipients.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsReport</name>
    <message>
        <source>There is no run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient exports need the SQLite workspace driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the recipients: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>%1 is not a Herald workspace: it is not an SQLite database, or its header is damaged. The file was left untouched; choose another file or a new path, or restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is damaged (SQLite reports a malformed database). It was left untouched; restore it from a backup or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Nothing was lost: the last change was not saved and the file is intact. Free some space on that disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald may not write to %1 (no write permission for the file or its folder %2). Nothing was lost and nothing was changed. Make the folder writable or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1. Check that the path names a file (not a folder) in a folder that exists. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another program that uses it. Nothing was changed; close that program (another Herald window, an agent or herald-cli) or wait for it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(SQLite: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateButtonsEditor</name>
    <message>
        <source>Quick reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy offer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address / phone / code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A button kind Herald does not edit; it is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… — may end in {{1}} for a per-recipient part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International format, e.g. +15550100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An example code, up to 15 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateDetailPane</name>
    <message>
        <source>No template selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a template to see how it looks on a phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a template in the list to preview it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status %1: this template cannot be sent now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: not submitted to Meta yet. Open it and choose “Submit for review”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review at Meta; this can take up to 24 hours. Sync to see the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Message Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowercase_with_underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 60 characters, at most one variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sample:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload handle or public URL of a sample file, for Meta&apos;s review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello {{1}}, your order {{2}} has shipped. Use *bold*, _italic_, ~strikethrough~.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables: {{1}}, {{2}}… or {{first_name}}. The body may not start or end with one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, up to 60 characters, no variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected button up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected button down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 10; quick replies together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta reviews every template with sample values. Give each variable a realistic one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubmit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox account “%1”.&lt;/b&gt; Submitting approves the template at once: the sandbox simulates Meta&apos;s review and nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This template exists at Meta&lt;/b&gt; (status %1). Its name and language cannot change. Submitting sends the new content for review again; an approved template can be edited once a day and ten times in 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Message Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message Template “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No variables yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named variables ({{first_name}}): parameter format NAMED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered variables ({{1}}, {{2}}…): parameter format POSITIONAL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the template to Meta for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems listed on the right first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the template in this workspace without submitting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has unsaved changes. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateExamplesEditor</name>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button “%1” (web address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a real customer would see here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable examples (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message>
        <source>Message preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no body text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy offer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See all options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>Cannot read the templates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the template “%1” (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start saving the templates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the templates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs an account, a name and a language before it can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the template “%1” (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateSubmission</name>
    <message>
        <source>The account “%1” has no WhatsApp Business Account ID. Set it in Settings → Sending accounts (herald-cli account set --waba-id ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta did not accept “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was accepted but could not be saved in the workspace: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateSubmitter</name>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The templates could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template “%1” in %2 already exists at Meta. Choose another name, or edit that template instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft “%1” in %2 already exists. Replace it with this one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox approved “%1” at once: it simulates Meta&apos;s review. On a WhatsApp Cloud API account the review can take up to 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the access token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting to Meta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was submitted for review (status %2). Meta reviews templates automatically; the answer can take up to 24 hours. Sync the templates to see it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateSync</name>
    <message>
        <source>The account “%1” has no WhatsApp Business Account ID; set it first (account set --waba-id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Template sync stopped after %n page(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The Graph API&apos;s answer has no template list (“data”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Graph API pointed the next page at another host (%1); Herald does not send the token there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Graph API&apos;s paging does not end (page %1 repeats).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The templates could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateSyncRunner</name>
    <message>
        <source>Reading the access token from the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching templates… %1 page(s), %2 template(s) so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing templates of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateTableModel</name>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted from the WhatsApp account on %1; kept here for campaign history. Last status there: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta paused this template for low quality; sends are refused until it resumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta disabled this template after repeated pauses; create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status %1: this template cannot be sent now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateValidator</name>
    <message>
        <source>%1 is %2 characters long; the limit is %3. Shorten it by one character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is %2 characters long; the limit is %3. Shorten it by %Ln characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the template&apos;s language, for example “en_US”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category: MARKETING, UTILITY or AUTHENTICATION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has no name. Give it one made of lowercase letters, digits and underscores, such as “order_update”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: named variables may only use lowercase letters and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: named variables may only use lowercase letters and underscores; write %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered variables start at {{1}}; rename %1 to {{1}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 skips %2: numbered variables must run 1, 2, 3… without gaps. Rename it to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mixes a %2 variable into a template that also uses %3 ones (%4); use one kind throughout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s parameter format is NAMED but it uses the numbered variable %1. Switch the parameter format to POSITIONAL, or give the variables names such as {{first_name}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s parameter format is POSITIONAL but it uses the named variable %1. Switch the parameter format to NAMED, or number the variables {{1}}, {{2}}….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The examples name %1 more than once; give each named variable exactly one example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no example value. Add one (for instance what a real customer would see) so Meta can review the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 header needs a sample file (header_handle) so Meta can review the template; upload one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header is set to text but has none. Type the header text or remove the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header uses %1 different variables; a header may have only one. Keep %2 and move the others into the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is empty. Every template needs body text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body may not start with a variable (%1). Put some words before it, for example “Hi %1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body may not end with a variable (%1). Add some words or a full stop after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 sit next to each other; put words or punctuation between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web address may contain only one variable, at its very end; remove the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable %1 must be the very end of the web address, as in “https://example.com/track/{{1}}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web address&apos;s variable is always written {{1}}; replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web address&apos;s variable %1 has no example; add the part of a real address it stands for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The template has %1 buttons; the limit is %2. Remove %n of them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A template may have at most %1 quick-reply buttons; remove this one and any after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template may have at most %1 web-address buttons; remove this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template may have only one call button; remove this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template may have only one copy-code button; remove this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This button has no label; type the text it shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy-code button needs an example code (up to %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a template category; use MARKETING, UTILITY or AUTHENTICATION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains %1, which is not allowed: use only lowercase letters, digits and underscores (for example %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid variable: write it as %2, with two braces on each side and no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid variable. Write variables as {{1}}, {{2}}… or as {{first_name}}: two braces on each side, only letters, digits or underscores inside, no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The footer cannot contain variables; remove %1 or move it into the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL button %1 has no web address; add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick-reply buttons must sit together; move %1 next to the other quick replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call button %1 has no phone number; add one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateViolationMarker</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (rule %2). Click to go there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found: the template follows Meta&apos;s rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Cannot read the templates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name or text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only templates with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only templates of this category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only templates in this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch this account&apos;s templates and their statuses from Meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the accounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n template(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No templates yet.
Press Sync to fetch this account&apos;s templates from Meta, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sending account.
Add one in Settings → Sending accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template was deleted from the WhatsApp account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected template in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced at %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestSend</name>
    <message>
        <source>%1. Type the number with its country code, e.g. +91 98765 43210.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template “%1” (%2) for this account; sync the templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template “%1” (%2) is %3; only APPROVED templates can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send a test to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message sent to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider answered without a message id; the test may not have been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account “%1” has no phone number ID; set it first (account set --phone-number-id).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestSendDialog</name>
    <message>
        <source>&amp;Send test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+91 98765 43210</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message goes once to this number, with the contact&apos;s values if it is a contact and the fallbacks otherwise. It does not count in the campaign&apos;s statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineChartView</name>
    <message>
        <source>Timeline: messages sent, delivered, read and replied per hour since the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours since the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hourly timeline appears once messages are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours since the start (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) of activity since %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenRequest</name>
    <message>
        <source>%1 redirected the request to %2. Herald never sends an access token or a message anywhere but the configured host, so the request was not repeated there; check the URL in the account settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriggerSpec</name>
    <message>
        <source>trigger event: the event name is missing (e.g. order_placed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger match: “%1” must be all or any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger conditions: “%1 %2” needs a key and one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger %1: must be a whole number, at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger cooldown_hours: at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger unless: needs an event name and within_hours from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When “%1” happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, send %1 minutes later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, send right away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> unless “%1” happens within %2 hours (the message waits until then)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; at most once per contact every %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger conditions: the key “%1” is not a valid path (write customer.city, items.0.sku or line_items[*].sku).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UncertainResolver</name>
    <message>
        <source>Sent again automatically: no status report came for it while reports for later messages did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain: automatic resolution is off for this account; resend them or mark them failed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain: waiting for their delivery reports (sent less than %1 minutes ago).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain: reports for later messages have arrived, so they are resent at the next scheduler pass.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain — waiting: no delivery reports have arrived since %1 for this message or any sent after it; they are resent automatically once reports flow again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebhookApplier</name>
    <message>
        <source>Failed status reported after delivery (kept as delivered): %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status feed needs a SQLite workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The workspace %1 was written by a newer version of Herald (schema %2; this version understands up to %3). Update Herald to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Herald workspace. It was left untouched; choose another file or a new path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file. Choose a file name inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for the workspace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 needs an upgrade, but it could not be backed up first, so it was left untouched: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the open workspace (or one of its -wal/-shm/-journal files): reading or writing it as a CSV file would damage it. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceBackup</name>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the finished backup into place as %1. Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Herald workspace backup; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer version of Herald (schema %2; this version understands up to %3); nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for the backup %1. Check the path and your permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the old backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is open in another program (a Herald window, `herald-cli agent` or another herald-cli command). Nothing was restored; close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: the current state could not be backed up first. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring %1 failed; the workspace is unchanged (its state before is also kept in %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored but could not be upgraded to this version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the damaged workspace %1 aside; nothing was restored. Check that its folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceGate</name>
    <message>
        <source>The workspace is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite reports the workspace as damaged (%1). Herald stops now so that nothing more is written to it. Start Herald again: it offers to restore the newest automatic backup and keeps the damaged file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest automatic backup was made %1 (%2). Restoring it moves the damaged file aside (it is kept next to the workspace) and puts the backup in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Newest Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no automatic backup in %1. Open another workspace, or quit and restore one with `herald-cli workspace restore FILE`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald workspaces (*.herald);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Herald — WhatsApp campaign manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file (default: $HERALD_WORKSPACE, then the per-user workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo contacts could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo workspace (a workspace of its own, filled with sample contacts with fictional numbers when new; with --workspace, that file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup of the workspace failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not be started. Run `herald --demo` from a terminal to see why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
