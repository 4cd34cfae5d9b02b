<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AudienceText</name>
    <message numerus="yes">
        <source>%1 (%n contact(s))</source>
        <translation>
            <numerusform>%1 (%n contact)</numerusform>
            <numerusform>%1 (%n contacts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignAudiencePage</name>
    <message numerus="yes">
        <source>%n contact(s) will get the message.</source>
        <translation>
            <numerusform>%n contact will get the message.</numerusform>
            <numerusform>%n contacts will get the message.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignRunControl</name>
    <message numerus="yes">
        <source>Run %1 of “%2” stays stopped. Send the message to the %n recipient(s) it did not reach, in a new run?</source>
        <translation>
            <numerusform>Run %1 of “%2” stays stopped. Send the message to the %n recipient it did not reach, in a new run?</numerusform>
            <numerusform>Run %1 of “%2” stays stopped. Send the message to the %n recipients it did not reach, in a new run?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignRunPanel</name>
    <message numerus="yes">
        <source>%n recipient(s) uncertain: the message was handed to the network but no answer came back (a timeout or Herald was closed), so it may or may not have arrived. Their delivery reports will settle them; Herald never sends them again on its own.</source>
        <translation>
            <numerusform>%n recipient uncertain: the message was handed to the network but no answer came back (a timeout or Herald was closed), so it may or may not have arrived. Its delivery report will settle it; Herald never sends it again on its own.</numerusform>
            <numerusform>%n recipients uncertain: the message was handed to the network but no answer came back (a timeout or Herald was closed), so it may or may not have arrived. Their delivery reports will settle them; Herald never sends them again on its own.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message numerus="yes">
        <source>%n failure(s) would fail again</source>
        <translation>
            <numerusform>%n failure would fail again</numerusform>
            <numerusform>%n failures would fail again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n must wait until %1</source>
        <translation>
            <numerusform>%n must wait until %1</numerusform>
            <numerusform>%n must wait until %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opted out or were deleted</source>
        <translation>
            <numerusform>%n opted out or was deleted</numerusform>
            <numerusform>%n opted out or were deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were retried already</source>
        <translation>
            <numerusform>%n was retried already</numerusform>
            <numerusform>%n were retried already</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nobody is left to send to: the %n recipient(s) run %1 did not reach have opted out or were deleted.</source>
        <translation>
            <numerusform>Nobody is left to send to: the %n recipient run %1 did not reach has opted out or was deleted.</numerusform>
            <numerusform>Nobody is left to send to: the %n recipients run %1 did not reach have opted out or were deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignTemplatePage</name>
    <message numerus="yes">
        <source>%n approved template(s). Paused, rejected and pending templates cannot be sent and are not listed.</source>
        <translation>
            <numerusform>%n approved template. Paused, rejected and pending templates cannot be sent and are not listed.</numerusform>
            <numerusform>%n approved templates. Paused, rejected and pending templates cannot be sent and are not listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message numerus="yes">
        <source>Planned retry run %1 of run %2: %n recipient(s).</source>
        <translation>
            <numerusform>Planned retry run %1 of run %2: %n recipient.</numerusform>
            <numerusform>Planned retry run %1 of run %2: %n recipients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more must wait until %1 (UTC); retry again then.</source>
        <translation>
            <numerusform>%n more must wait until %1 (UTC); retry again then.</numerusform>
            <numerusform>%n more must wait until %1 (UTC); retry again then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n contact(s) with “%1”.</source>
        <translation>
            <numerusform>Tagged %n contact with “%1”.</numerusform>
            <numerusform>Tagged %n contacts with “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed “%1” from %n contact(s).</source>
        <translation>
            <numerusform>Removed “%1” from %n contact.</numerusform>
            <numerusform>Removed “%1” from %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opted in %n contact(s).</source>
        <translation>
            <numerusform>Opted in %n contact.</numerusform>
            <numerusform>Opted in %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opted out %n contact(s).</source>
        <translation>
            <numerusform>Opted out %n contact.</numerusform>
            <numerusform>Opted out %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s) and their consent records.</source>
        <translation>
            <numerusform>Deleted %n contact and its consent record.</numerusform>
            <numerusform>Deleted %n contacts and their consent records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” breaks %n of Meta&apos;s template rule(s); nothing was stored.</source>
        <translation>
            <numerusform>“%1” breaks %n of Meta&apos;s template rules; nothing was stored.</numerusform>
            <numerusform>“%1” breaks %n of Meta&apos;s template rules; nothing was stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %3 for %n billable message(s) in %4 campaign(s)</source>
        <translation>
            <numerusform>%1 · %2: %3 for %n billable message (campaigns: %4)</numerusform>
            <numerusform>%1 · %2: %3 for %n billable messages (campaigns: %4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rate(s): %1 new, %2 replaced.</source>
        <translation>
            <numerusform>Imported %n rate: %1 new, %2 replaced.</numerusform>
            <numerusform>Imported %n rates: %1 new, %2 replaced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cost	actual %1 of estimated %2 (%n billable message(s))</source>
        <translation>
            <numerusform>cost	actual %1 of estimated %2 (%n billable message)</numerusform>
            <numerusform>cost	actual %1 of estimated %2 (%n billable messages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cost	%n billable message(s) have no rate on the rate card</source>
        <translation>
            <numerusform>cost	%n billable message has no rate on the rate card</numerusform>
            <numerusform>cost	%n billable messages have no rate on the rate card</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostText</name>
    <message numerus="yes">
        <source> (%n billable message(s) delivered)</source>
        <translation>
            <numerusform> (%n billable message delivered)</numerusform>
            <numerusform> (%n billable messages delivered)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n without a rate</source>
        <translation>
            <numerusform> · %n without a rate</numerusform>
            <numerusform> · %n without a rate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2: %3 for %n billable message(s)</source>
        <translation>
            <numerusform>%1 in %2: %3 for %n billable message</numerusform>
            <numerusform>%1 in %2: %3 for %n billable messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n recipient</numerusform>
            <numerusform>%n recipients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioPage</name>
    <message numerus="yes">
        <source>%n number(s) flagged: campaigns on them pause until their quality recovers.</source>
        <translation>
            <numerusform>%n number flagged: campaigns on it pause until its quality recovers.</numerusform>
            <numerusform>%n numbers flagged: campaigns on them pause until their quality recovers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message numerus="yes">
        <source>%n recipient(s) have no rate for category %1 in their country; the estimate leaves them out.</source>
        <translation>
            <numerusform>%n recipient has no rate for category %1 in their country; the estimate leaves them out.</numerusform>
            <numerusform>%n recipients have no rate for category %1 in their country; the estimate leaves them out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) miss a parameter value and have no fallback; they will be skipped.</source>
        <translation>
            <numerusform>%n recipient misses a parameter value and has no fallback; they will be skipped.</numerusform>
            <numerusform>%n recipients miss a parameter value and have no fallback; they will be skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message numerus="yes">
        <source>Run %1 was stopped and stays stopped: a stopped run is never continued. A new run sends the message to the %n recipient(s) it did not reach.</source>
        <translation>
            <numerusform>Run %1 was stopped and stays stopped: a stopped run is never continued. A new run sends the message to the %n recipient it did not reach.</numerusform>
            <numerusform>Run %1 was stopped and stays stopped: a stopped run is never continued. A new run sends the message to the %n recipients it did not reach.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n who opted out or were deleted since are left out.</source>
        <translation>
            <numerusform>%n who opted out or was deleted since is left out.</numerusform>
            <numerusform>%n who opted out or were deleted since are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;New run for the %n not reached…</source>
        <translation>
            <numerusform>&amp;New run for the %n not reached…</numerusform>
            <numerusform>&amp;New run for the %n not reached…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreflightView</name>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>about %n second</numerusform>
            <numerusform>about %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) without a value and no fallback</source>
        <translation>
            <numerusform>%n recipient without a value and no fallback</numerusform>
            <numerusform>%n recipients without a value and no fallback</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n recipient(s)</source>
        <translation>
            <numerusform>%1: %n recipient</numerusform>
            <numerusform>%1: %n recipients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message numerus="yes">
        <source>%n campaign run(s) are being sent from this window.</source>
        <translation>
            <numerusform>%n campaign run is being sent from this window.</numerusform>
            <numerusform>%n campaign runs are being sent from this window.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipientListPane</name>
    <message numerus="yes">
        <source>Exported %n recipient(s) to %1.</source>
        <translation>
            <numerusform>Exported %n recipient to %1.</numerusform>
            <numerusform>Exported %n recipients to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run %1 will send again to %n recipient(s).</source>
        <translation>
            <numerusform>Run %1 will send again to %n recipient.</numerusform>
            <numerusform>Run %1 will send again to %n recipients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more must wait until %1; retry again then.</source>
        <translation>
            <numerusform>%n more must wait until %1; retry again then.</numerusform>
            <numerusform>%n more must wait until %1; retry again then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would fail the same way and are left out.</source>
        <translation>
            <numerusform>%n would fail the same way and is left out.</numerusform>
            <numerusform>%n would fail the same way and are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer came back for %n message(s): they may have reached the phone. Send them again anyway? The person may get the message twice.</source>
        <translation>
            <numerusform>No answer came back for %n message: it may have reached the phone. Send it again anyway? The person may get the message twice.</numerusform>
            <numerusform>No answer came back for %n messages: they may have reached the phone. Send them again anyway? The person may get the message twice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) will be sent again when the run continues.</source>
        <translation>
            <numerusform>%n recipient will be sent again when the run continues.</numerusform>
            <numerusform>%n recipients will be sent again when the run continues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n uncertain recipient(s) as failed? They will not be sent again by this run.</source>
        <translation>
            <numerusform>Mark %n uncertain recipient as failed? It will not be sent again by this run.</numerusform>
            <numerusform>Mark %n uncertain recipients as failed? They will not be sent again by this run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) marked failed.</source>
        <translation>
            <numerusform>%n recipient marked failed.</numerusform>
            <numerusform>%n recipients marked failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying helps only after %n hour(s).</source>
        <translation>
            <numerusform>Retrying helps only after %n hour.</numerusform>
            <numerusform>Retrying helps only after %n hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reason(s) behind these failures, largest first in the list above. Choose one to see what it means and whether a retry helps.</source>
        <translation>
            <numerusform>%n reason behind these failures, in the list above. Choose it to see what it means and whether a retry helps.</numerusform>
            <numerusform>%n reasons behind these failures, largest first in the list above. Choose one to see what it means and whether a retry helps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n recipient(s)</source>
        <translation>
            <numerusform>%1 — %n recipient</numerusform>
            <numerusform>%1 — %n recipients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunNotifier</name>
    <message numerus="yes">
        <source>%Ln recipient(s) handed to WhatsApp. Click to see who received and read it.</source>
        <translation>
            <numerusform>%Ln recipient handed to WhatsApp. Click to see who received and read it.</numerusform>
            <numerusform>%Ln recipients handed to WhatsApp. Click to see who received and read it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunService</name>
    <message numerus="yes">
        <source>%n recipient(s) it did not reach can get the message in a new run.</source>
        <translation>
            <numerusform>%n recipient it did not reach can get the message in a new run.</numerusform>
            <numerusform>%n recipients it did not reach can get the message in a new run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n opted out or were deleted since and are left out.)</source>
        <translation>
            <numerusform>(%n opted out or was deleted since and is left out.)</numerusform>
            <numerusform>(%n opted out or were deleted since and are left out.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleStore</name>
    <message numerus="yes">
        <source>%n due fire(s) wait: run %1 of this campaign is still %2</source>
        <translation>
            <numerusform>%n due fire waits: run %1 of this campaign is still %2</numerusform>
            <numerusform>%n due fires wait: run %1 of this campaign is still %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendPlaybook</name>
    <message numerus="yes">
        <source>Too many messages to this number (131056); waiting %n second(s).</source>
        <translation>
            <numerusform>Too many messages to this number (131056); waiting %n second.</numerusform>
            <numerusform>Too many messages to this number (131056); waiting %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsChartView</name>
    <message numerus="yes">
        <source>%n opted out</source>
        <translation>
            <numerusform>%n opted out</numerusform>
            <numerusform>%n opted out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateSync</name>
    <message numerus="yes">
        <source>Template sync stopped after %n page(s): %1</source>
        <translation>
            <numerusform>Template sync stopped after %n page: %1</numerusform>
            <numerusform>Template sync stopped after %n pages: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateValidator</name>
    <message numerus="yes">
        <source>%1 is %2 characters long; the limit is %3. Shorten it by %Ln characters.</source>
        <translation>
            <numerusform>%1 is %2 characters long; the limit is %3. Shorten it by %Ln character.</numerusform>
            <numerusform>%1 is %2 characters long; the limit is %3. Shorten it by %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The template has %1 buttons; the limit is %2. Remove %n of them.</source>
        <translation>
            <numerusform>The template has %1 buttons; the limit is %2. Remove %n of them.</numerusform>
            <numerusform>The template has %1 buttons; the limit is %2. Remove %n of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n template</numerusform>
            <numerusform>%n templates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n template(s)</source>
        <translation>
            <numerusform>%1 of %n template</numerusform>
            <numerusform>%1 of %n templates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineChartView</name>
    <message numerus="yes">
        <source>%n hour(s) of activity since %1.</source>
        <translation>
            <numerusform>%n hour of activity since %1.</numerusform>
            <numerusform>%n hours of activity since %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) of activity since %1.</source>
        <translation>
            <numerusform>%n minute of activity since %1.</numerusform>
            <numerusform>%n minutes of activity since %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UncertainResolver</name>
    <message numerus="yes">
        <source>%n uncertain: automatic resolution is off for this account; resend them or mark them failed.</source>
        <translation>
            <numerusform>%n uncertain: automatic resolution is off for this account; resend it or mark it failed.</numerusform>
            <numerusform>%n uncertain: automatic resolution is off for this account; resend them or mark them failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain: waiting for their delivery reports (sent less than %1 minutes ago).</source>
        <translation>
            <numerusform>%n uncertain: waiting for its delivery report (sent less than %1 minutes ago).</numerusform>
            <numerusform>%n uncertain: waiting for their delivery reports (sent less than %1 minutes ago).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain: reports for later messages have arrived, so they are resent at the next scheduler pass.</source>
        <translation>
            <numerusform>%n uncertain: reports for later messages have arrived, so it is resent at the next scheduler pass.</numerusform>
            <numerusform>%n uncertain: reports for later messages have arrived, so they are resent at the next scheduler pass.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain — waiting: no delivery reports have arrived since %1 for this message or any sent after it; they are resent automatically once reports flow again.</source>
        <translation>
            <numerusform>%n uncertain — waiting: no delivery reports have arrived since %1 for this message or any sent after it; it is resent automatically once reports flow again.</numerusform>
            <numerusform>%n uncertain — waiting: no delivery reports have arrived since %1 for this message or any sent after it; they are resent automatically once reports flow again.</numerusform>
        </translation>
    </message>
</context>
</TS>
