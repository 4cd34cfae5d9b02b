<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Herald</source>
        <translation>Herald के बारे में</translation>
    </message>
    <message>
        <source>Herald</source>
        <translation>Herald</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>संस्करण %1</translation>
    </message>
    <message>
        <source>Built with Qt %1</source>
        <translation>Qt %1 के साथ बनाया गया</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2</source>
        <translation>Qt %1 के साथ बनाया गया, Qt %2 पर चल रहा है</translation>
    </message>
    <message>
        <source>Herald manages WhatsApp contact lists and message campaigns: import contacts from CSV, keep track of consent and opt-outs, and send approved template messages to the people who asked for them.</source>
        <translation>Herald WhatsApp कॉन्टैक्ट सूचियाँ और मैसेज कैंपेन संभालता है: CSV से कॉन्टैक्ट इम्पोर्ट करें, सहमति और ऑप्ट-आउट का हिसाब रखें, और मंज़ूर टेम्पलेट मैसेज सिर्फ़ उन्हीं लोगों को भेजें जिन्होंने उन्हें माँगा है।</translation>
    </message>
</context>
<context>
    <name>AccessToken</name>
    <message>
        <source>No access token is stored for the account “%1”. Add it in Settings → Sending accounts, or with: herald-cli account set-secret access-token --name %1 &lt; token.txt</source>
        <translation>अकाउंट “%1” के लिए कोई एक्सेस टोकन सेव नहीं है। इसे सेटिंग्स → भेजने वाले अकाउंट में जोड़ें, या इस कमांड से: herald-cli account set-secret access-token --name %1 &lt; token.txt</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>More actions</source>
        <translation>और क्रियाएँ</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>e.g. support-line</source>
        <translation>जैसे support-line</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>प्रकार (&amp;K):</translation>
    </message>
    <message>
        <source>Resend &amp;uncertain messages automatically</source>
        <translation>अनिश्चित मैसेज अपने-आप दोबारा भेजें (&amp;U)</translation>
    </message>
    <message>
        <source>A message whose send was interrupted (no answer from WhatsApp) and that has had no delivery report for 30 minutes is sent again, but only while reports for messages sent after it keep arriving. If WhatsApp did deliver it and its report is only late, the person gets it twice.</source>
        <translation>जिस मैसेज का भेजना बीच में रुक गया (WhatsApp से कोई जवाब नहीं) और जिसकी 30 मिनट तक कोई डिलीवरी रिपोर्ट नहीं आई, उसे दोबारा भेजा जाता है, लेकिन सिर्फ़ तब तक जब तक उसके बाद भेजे गए मैसेज की रिपोर्टें आती रहें। अगर WhatsApp ने उसे डिलीवर कर दिया था और सिर्फ़ उसकी रिपोर्ट देर से आ रही है, तो उस व्यक्ति को मैसेज दो बार मिलेगा।</translation>
    </message>
    <message>
        <source>The sandbox is a simulated WhatsApp Cloud API inside Herald. Campaigns run end to end with realistic delivery and read receipts, but no message leaves this computer and no token is needed. Use it to rehearse a campaign before sending for real.</source>
        <translation>सैंडबॉक्स Herald के अंदर एक नकली WhatsApp Cloud API है। कैंपेन शुरू से आख़िर तक असली जैसी डिलीवरी और पढ़े जाने की रिपोर्ट के साथ चलते हैं, लेकिन कोई मैसेज इस कंप्यूटर से बाहर नहीं जाता और टोकन की ज़रूरत नहीं होती। असली में भेजने से पहले कैंपेन का अभ्यास करने के लिए इसका इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>WhatsApp Cloud API</source>
        <translation>WhatsApp Cloud API</translation>
    </message>
    <message>
        <source>digits, from WhatsApp Manager → Phone numbers</source>
        <translation>अंक, WhatsApp Manager → Phone numbers से</translation>
    </message>
    <message>
        <source>digits, from WhatsApp Manager → Account tools</source>
        <translation>अंक, WhatsApp Manager → Account tools से</translation>
    </message>
    <message>
        <source>digits, from Business Settings → Business info (optional)</source>
        <translation>अंक, Business Settings → Business info से (वैकल्पिक)</translation>
    </message>
    <message>
        <source>Numbers of one business portfolio share one daily messaging limit. Without it, numbers of the same WhatsApp Business Account share it.</source>
        <translation>एक बिज़नेस पोर्टफ़ोलियो के नंबर एक ही रोज़ाना मैसेज सीमा साझा करते हैं। इसके बिना, एक ही WhatsApp Business अकाउंट के नंबर उसे साझा करते हैं।</translation>
    </message>
    <message>
        <source>Paste a permanent system-user token</source>
        <translation>सिस्टम यूज़र का स्थायी टोकन पेस्ट करें</translation>
    </message>
    <message>
        <source>&amp;Graph API URL:</source>
        <translation>Graph API URL (&amp;G):</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API संस्करण (&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Phone number ID:</source>
        <translation>फ़ोन नंबर ID (&amp;P):</translation>
    </message>
    <message>
        <source>WhatsApp &amp;Business Account ID:</source>
        <translation>WhatsApp Business अकाउंट ID (&amp;B):</translation>
    </message>
    <message>
        <source>Business p&amp;ortfolio ID:</source>
        <translation>बिज़नेस पोर्टफ़ोलियो ID (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>एक्सेस टोकन (&amp;A):</translation>
    </message>
    <message>
        <source>Delivery status relay</source>
        <translation>डिलीवरी स्टेटस रिले</translation>
    </message>
    <message>
        <source>https://relay.example.com (optional)</source>
        <translation>https://relay.example.com (वैकल्पिक)</translation>
    </message>
    <message>
        <source>The herald-relay that receives Meta&apos;s webhooks and feeds delivery statuses to Herald</source>
        <translation>वह herald-relay जो Meta के वेबहुक लेता है और डिलीवरी स्टेटस Herald तक पहुँचाता है</translation>
    </message>
    <message>
        <source>The feed token printed by herald-relay</source>
        <translation>herald-relay द्वारा दिखाया गया फ़ीड टोकन</translation>
    </message>
    <message>
        <source>&amp;Relay URL:</source>
        <translation>रिले URL (&amp;R):</translation>
    </message>
    <message>
        <source>Relay &amp;feed token:</source>
        <translation>रिले फ़ीड टोकन (&amp;F):</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>सैंडबॉक्स</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>नया अकाउंट</translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation>अकाउंट का नाम होना ज़रूरी है।</translation>
    </message>
    <message>
        <source>Graph API URL</source>
        <translation>Graph API URL</translation>
    </message>
    <message>
        <source>Write the version like v23.0.</source>
        <translation>संस्करण ऐसे लिखें: v23.0।</translation>
    </message>
    <message>
        <source>Only digits.</source>
        <translation>सिर्फ़ अंक।</translation>
    </message>
    <message>
        <source>Relay URL</source>
        <translation>रिले URL</translation>
    </message>
    <message>
        <source>The name this number goes by in campaigns and reports</source>
        <translation>कैंपेन और रिपोर्ट में इस नंबर का नाम</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>%1 is empty; enter an https:// address.</source>
        <translation>%1 खाली है; https:// पता डालें।</translation>
    </message>
    <message>
        <source>%1 %2 is not a valid address; enter it like https://example.com.</source>
        <translation>%1 %2 सही पता नहीं है; इसे ऐसे लिखें: https://example.com।</translation>
    </message>
    <message>
        <source>%1 contains a user name or password before “@” (the host is %2); enter the address without it, like https://%2. Tokens are stored with “Set token”, never in the URL.</source>
        <translation>%1 में “@” से पहले यूज़र नाम या पासवर्ड है (होस्ट %2 है); पता इसके बिना डालें, जैसे https://%2। टोकन “टोकन सेट करें” से सेव होते हैं, URL में कभी नहीं।</translation>
    </message>
    <message>
        <source>%1 %2 uses http:// to a host that is not this computer; tokens would travel unencrypted. Use https://.</source>
        <translation>%1 %2 ऐसे होस्ट के लिए http:// इस्तेमाल करता है जो यह कंप्यूटर नहीं है; टोकन बिना एन्क्रिप्शन के जाएँगे। https:// इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>%1 %2 must start with https://.</source>
        <translation>%1 %2 https:// से शुरू होना चाहिए।</translation>
    </message>
    <message>
        <source>The Graph API URL points at %1, which is not Meta&apos;s Graph API (graph.facebook.com): the access token and every message will be sent there. Keep it only if %1 is a proxy you trust.</source>
        <translation>Graph API URL %1 की ओर इशारा करता है, जो Meta का Graph API (graph.facebook.com) नहीं है: एक्सेस टोकन और हर मैसेज वहीं भेजा जाएगा। इसे तभी रखें जब %1 कोई भरोसेमंद प्रॉक्सी हो।</translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation>अकाउंट का नाम होना ज़रूरी है।</translation>
    </message>
    <message>
        <source>Relay URL</source>
        <translation>रिले URL</translation>
    </message>
    <message>
        <source>Graph API URL</source>
        <translation>Graph API URL</translation>
    </message>
    <message>
        <source>API version %1 should look like v23.0.</source>
        <translation>API संस्करण %1 v23.0 जैसा दिखना चाहिए।</translation>
    </message>
    <message>
        <source>The sending rate must be between 1 and 1,000 messages per second, not %1.</source>
        <translation>भेजने की दर 1 से 1,000 मैसेज प्रति सेकंड के बीच होनी चाहिए, %1 नहीं।</translation>
    </message>
    <message>
        <source>Unknown messaging tier “%1”: use TIER_50, TIER_250, TIER_1K, TIER_2K, TIER_10K, TIER_100K or TIER_UNLIMITED, as Meta reports the phone number&apos;s messaging limit.</source>
        <translation>अनजान मैसेजिंग टियर “%1”: TIER_50, TIER_250, TIER_1K, TIER_2K, TIER_10K, TIER_100K या TIER_UNLIMITED इस्तेमाल करें, जैसा Meta फ़ोन नंबर की मैसेजिंग सीमा बताता है।</translation>
    </message>
    <message>
        <source>Phone number ID</source>
        <translation>फ़ोन नंबर ID</translation>
    </message>
    <message>
        <source>WhatsApp Business Account ID</source>
        <translation>WhatsApp Business अकाउंट ID</translation>
    </message>
    <message>
        <source>Business portfolio ID</source>
        <translation>बिज़नेस पोर्टफ़ोलियो ID</translation>
    </message>
    <message>
        <source>%1 “%2” should contain digits only (it is the numeric ID from Meta&apos;s app dashboard, not a phone number).</source>
        <translation>%1 “%2” में सिर्फ़ अंक होने चाहिए (यह Meta के ऐप डैशबोर्ड का संख्यात्मक ID है, फ़ोन नंबर नहीं)।</translation>
    </message>
    <message>
        <source>No account with id %1.</source>
        <translation>id %1 वाला कोई अकाउंट नहीं है।</translation>
    </message>
</context>
<context>
    <name>AccountTest</name>
    <message>
        <source>The account “%1” has no phone number ID; set it first (account set --phone-number-id).</source>
        <translation>अकाउंट “%1” में फ़ोन नंबर ID नहीं है; पहले इसे सेट करें (account set --phone-number-id)।</translation>
    </message>
    <message>
        <source>Sandbox account: simulated WhatsApp Cloud API, nothing leaves this computer.</source>
        <translation>सैंडबॉक्स अकाउंट: नकली WhatsApp Cloud API, इस कंप्यूटर से कुछ भी बाहर नहीं जाता।</translation>
    </message>
    <message>
        <source>Connected: %1 (%2), quality %3.</source>
        <translation>कनेक्ट हो गया: %1 (%2), क्वालिटी %3।</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Sending accounts</source>
        <translation>भेजने वाले अकाउंट</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>अकाउंट जोड़ें</translation>
    </message>
    <message>
        <source>Add a sending account</source>
        <translation>भेजने वाला अकाउंट जोड़ें</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>डिफ़ॉल्ट बनाएँ</translation>
    </message>
    <message>
        <source>New campaigns and template syncs use the default account</source>
        <translation>नए कैंपेन और टेम्पलेट सिंक डिफ़ॉल्ट अकाउंट इस्तेमाल करते हैं</translation>
    </message>
    <message>
        <source>The WhatsApp numbers Herald sends from.</source>
        <translation>वे WhatsApp नंबर जिनसे Herald मैसेज भेजता है।</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>बदलाव वापस लें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सेव करें (&amp;S)</translation>
    </message>
    <message>
        <source>Cannot read the accounts: %1</source>
        <translation>अकाउंट पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>%1
%2 · default</source>
        <translation>%1
%2 · डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source>The default account</source>
        <translation>डिफ़ॉल्ट अकाउंट</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>बिना सेव किए बदलाव</translation>
    </message>
    <message>
        <source>The account “%1” has unsaved changes. Save them?</source>
        <translation>अकाउंट “%1” में बिना सेव किए बदलाव हैं। उन्हें सेव करें?</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>बिना सेव किए बदलाव।</translation>
    </message>
    <message>
        <source>New account: fill in the fields and save it.</source>
        <translation>नया अकाउंट: फ़ील्ड भरें और सेव करें।</translation>
    </message>
    <message>
        <source>Not Meta&apos;s Graph API</source>
        <translation>यह Meta का Graph API नहीं है</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>फिर भी सेव करें?</translation>
    </message>
    <message>
        <source>Not saved: the Graph API URL was not confirmed.</source>
        <translation>सेव नहीं हुआ: Graph API URL की पुष्टि नहीं हुई।</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>सेव नहीं हुआ: %1</translation>
    </message>
    <message>
        <source>Account “%1” saved.</source>
        <translation>अकाउंट “%1” सेव हो गया।</translation>
    </message>
    <message>
        <source>New account
(not saved)</source>
        <translation>नया अकाउंट
(सेव नहीं हुआ)</translation>
    </message>
    <message>
        <source>The default account could not be changed: %1</source>
        <translation>डिफ़ॉल्ट अकाउंट बदला नहीं जा सका: %1</translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <source>Expected “and” or “or” before %1 in the audience.</source>
        <translation>ऑडियंस में %1 से पहले “and” या “or” होना चाहिए था।</translation>
    </message>
    <message>
        <source>Unknown audience term %1: use all, tag:NAME, attr:KEY=VALUE, campaign:ID:STAT, run:ID:STAT[:CODE], not, and, or.</source>
        <translation>अनजान ऑडियंस शब्द %1: all, tag:NAME, attr:KEY=VALUE, campaign:ID:STAT, run:ID:STAT[:CODE], not, and, or इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>The audience %1 ends without a condition.</source>
        <translation>ऑडियंस %1 बिना शर्त के ख़त्म होती है।</translation>
    </message>
</context>
<context>
    <name>AudienceText</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>were messaged in %1</source>
        <translation>जिन्हें %1 में मैसेज भेजने की कोशिश हुई</translation>
    </message>
    <message>
        <source>were not messaged in %1</source>
        <translation>जिन्हें %1 में मैसेज भेजने की कोशिश नहीं हुई</translation>
    </message>
    <message>
        <source>were sent %1</source>
        <translation>जिन्हें %1 का मैसेज भेजा गया</translation>
    </message>
    <message>
        <source>were not sent %1</source>
        <translation>जिन्हें %1 का मैसेज नहीं भेजा गया</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>जिन्हें %1 का मैसेज मिला</translation>
    </message>
    <message>
        <source>did not receive %1</source>
        <translation>जिन्हें %1 का मैसेज नहीं मिला</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>जिन्होंने %1 का मैसेज पढ़ा</translation>
    </message>
    <message>
        <source>did not read %1</source>
        <translation>जिन्होंने %1 का मैसेज नहीं पढ़ा</translation>
    </message>
    <message>
        <source>replied to %1</source>
        <translation>जिन्होंने %1 के मैसेज का जवाब दिया</translation>
    </message>
    <message>
        <source>did not reply to %1</source>
        <translation>जिन्होंने %1 के मैसेज का जवाब नहीं दिया</translation>
    </message>
    <message>
        <source>could not be sent %1</source>
        <translation>जिन्हें %1 का मैसेज नहीं भेजा जा सका</translation>
    </message>
    <message>
        <source>were not among the failures of %1</source>
        <translation>जो %1 की विफलताओं में नहीं थे</translation>
    </message>
    <message>
        <source>were found not to be on WhatsApp by %1</source>
        <translation>जो %1 में WhatsApp पर नहीं पाए गए</translation>
    </message>
    <message>
        <source>were not found off WhatsApp by %1</source>
        <translation>जिनके बारे में %1 में यह नहीं पाया गया कि वे WhatsApp पर नहीं हैं</translation>
    </message>
    <message>
        <source>are still waiting for %1</source>
        <translation>जो अब भी %1 के इंतज़ार में हैं</translation>
    </message>
    <message>
        <source>are not waiting for %1</source>
        <translation>जो %1 के इंतज़ार में नहीं हैं</translation>
    </message>
    <message>
        <source>campaign #%1</source>
        <translation>कैंपेन #%1</translation>
    </message>
    <message>
        <source>campaign %1</source>
        <translation>कैंपेन %1</translation>
    </message>
    <message>
        <source>run #%1</source>
        <translation>रन #%1</translation>
    </message>
    <message>
        <source>run %1 of %2</source>
        <translation>%2 का रन %1</translation>
    </message>
    <message>
        <source>no answer from the network</source>
        <translation>नेटवर्क से कोई जवाब नहीं</translation>
    </message>
    <message>
        <source>%1 (error %2: %3)</source>
        <translation>%1 (एरर %2: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n contact(s))</source>
        <translation>
            <numerusform>%1 (%n कॉन्टैक्ट)</numerusform>
            <numerusform>%1 (%n कॉन्टैक्ट)</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom audience: %1</source>
        <translation>कस्टम ऑडियंस: %1</translation>
    </message>
    <message>
        <source>Everyone who opted in</source>
        <translation>ऑप्ट-इन करने वाले सभी कॉन्टैक्ट</translation>
    </message>
    <message>
        <source>are no one</source>
        <translation>जो कोई भी नहीं हैं</translation>
    </message>
    <message>
        <source>are any contact</source>
        <translation>जो कोई भी कॉन्टैक्ट हैं</translation>
    </message>
    <message>
        <source>are not tagged %1</source>
        <translation>जिन पर टैग %1 नहीं लगा है</translation>
    </message>
    <message>
        <source>are tagged %1</source>
        <translation>जिन पर टैग %1 लगा है</translation>
    </message>
    <message>
        <source>do not have %1 %2</source>
        <translation>जिनका %1 %2 नहीं है</translation>
    </message>
    <message>
        <source>have %1 %2</source>
        <translation>जिनका %1 %2 है</translation>
    </message>
    <message>
        <source>it</source>
        <translation>उसी</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 या %2</translation>
    </message>
    <message>
        <source>%1 but %2</source>
        <translation>%1 लेकिन %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 और %2</translation>
    </message>
    <message>
        <source>Contacts who %1</source>
        <translation>वे कॉन्टैक्ट %1</translation>
    </message>
</context>
<context>
    <name>BusinessEventStore</name>
    <message>
        <source>The event has no name.</source>
        <translation>इवेंट का कोई नाम नहीं है।</translation>
    </message>
    <message>
        <source>The event name is %1 characters long; at most %2 are allowed.</source>
        <translation>इवेंट का नाम %1 अक्षर लंबा है; ज़्यादा से ज़्यादा %2 की अनुमति है।</translation>
    </message>
    <message>
        <source>The event name contains a control character (such as a line break); use letters, digits and _.</source>
        <translation>इवेंट के नाम में कंट्रोल अक्षर है (जैसे नई लाइन); अक्षर, अंक और _ इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>The event&apos;s occurred_at is not a time.</source>
        <translation>इवेंट का occurred_at कोई समय नहीं है।</translation>
    </message>
    <message>
        <source>The event&apos;s data is not a JSON object.</source>
        <translation>इवेंट का डेटा JSON ऑब्जेक्ट नहीं है।</translation>
    </message>
    <message>
        <source>The phone number is not usable: %1</source>
        <translation>फ़ोन नंबर इस्तेमाल नहीं किया जा सकता: %1</translation>
    </message>
    <message>
        <source>The event was not stored.</source>
        <translation>इवेंट सेव नहीं हुआ।</translation>
    </message>
    <message>
        <source>the event has no phone number (the order gave none for the customer, billing or shipping)</source>
        <translation>इवेंट में कोई फ़ोन नंबर नहीं है (ऑर्डर में ग्राहक, बिलिंग या शिपिंग के लिए कोई नंबर नहीं दिया गया)</translation>
    </message>
    <message>
        <source>the phone number “%1” cannot be read%2: %3</source>
        <translation>फ़ोन नंबर “%1”%2 पढ़ा नहीं जा सकता: %3</translation>
    </message>
    <message>
        <source> as a number of %1</source>
        <translation> को %1 के नंबर के रूप में</translation>
    </message>
</context>
<context>
    <name>CampaignAudiencePage</name>
    <message>
        <source>Audience</source>
        <translation>ऑडियंस</translation>
    </message>
    <message>
        <source>Who gets the message. Opted-out contacts and contacts who never opted in are never sent to.</source>
        <translation>मैसेज किसे मिलेगा। ऑप्ट-आउट कर चुके कॉन्टैक्ट और कभी ऑप्ट-इन न करने वाले कॉन्टैक्ट को कभी मैसेज नहीं भेजा जाता।</translation>
    </message>
    <message>
        <source>&amp;Every opted-in contact</source>
        <translation>हर ऑप्ट-इन कॉन्टैक्ट (&amp;E)</translation>
    </message>
    <message>
        <source>A &amp;segment: contacts with tags or attribute values</source>
        <translation>एक सेगमेंट: टैग या एट्रिब्यूट वैल्यू वाले कॉन्टैक्ट (&amp;S)</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>जोड़</translation>
    </message>
    <message>
        <source>Not</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>शर्त</translation>
    </message>
    <message>
        <source>Tag or attribute</source>
        <translation>टैग या एट्रिब्यूट</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>वैल्यू</translation>
    </message>
    <message>
        <source>Add &amp;condition</source>
        <translation>शर्त जोड़ें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Remove condition</source>
        <translation>शर्त हटाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Retarget the recipients of an earlier campaign</source>
        <translation>किसी पिछले कैंपेन के प्राप्तकर्ताओं को दोबारा टारगेट करें (&amp;R)</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>कैंपेन:</translation>
    </message>
    <message>
        <source>Counted as:</source>
        <translation>इस रूप में गिने गए:</translation>
    </message>
    <message>
        <source>but &amp;not</source>
        <translation>लेकिन नहीं (&amp;N)</translation>
    </message>
    <message>
        <source>e.g. tag:vip and not campaign:7:replied</source>
        <translation>जैसे tag:vip and not campaign:7:replied</translation>
    </message>
    <message>
        <source>attempted</source>
        <translation>कोशिश की गई</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>डिलीवर हुआ</translation>
    </message>
    <message>
        <source>read</source>
        <translation>पढ़ा गया</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>जवाब दिया</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>unqualified (not on WhatsApp)</source>
        <translation>अयोग्य (WhatsApp पर नहीं)</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>बाकी</translation>
    </message>
    <message>
        <source>There is no earlier campaign to retarget yet.</source>
        <translation>दोबारा टारगेट करने के लिए अभी कोई पिछला कैंपेन नहीं है।</translation>
    </message>
    <message>
        <source>and</source>
        <translation>और</translation>
    </message>
    <message>
        <source>or</source>
        <translation>या</translation>
    </message>
    <message>
        <source>not</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>has tag</source>
        <translation>टैग है</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>एट्रिब्यूट</translation>
    </message>
    <message>
        <source>The tag&apos;s name, or the attribute&apos;s key</source>
        <translation>टैग का नाम, या एट्रिब्यूट की key</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) will get the message.</source>
        <translation>
            <numerusform>%n कॉन्टैक्ट को मैसेज मिलेगा।</numerusform>
            <numerusform>%n कॉन्टैक्ट को मैसेज मिलेगा।</numerusform>
        </translation>
    </message>
    <message>
        <source>No matching contact is excluded.</source>
        <translation>मेल खाने वाला कोई कॉन्टैक्ट बाहर नहीं रखा गया।</translation>
    </message>
    <message>
        <source>Excluded: %1 opted out, %2 never opted in (never sent to).</source>
        <translation>बाहर रखे गए: %1 ऑप्ट-आउट, %2 ने कभी ऑप्ट-इन नहीं किया (इन्हें कभी नहीं भेजा जाता)।</translation>
    </message>
    <message>
        <source>&amp;Advanced: an audience expression</source>
        <translation>एडवांस्ड: ऑडियंस एक्सप्रेशन (&amp;A)</translation>
    </message>
    <message>
        <source>Audience conditions</source>
        <translation>ऑडियंस की शर्तें</translation>
    </message>
    <message>
        <source>For power users: all, tag:NAME, attr:KEY=VALUE, campaign:ID:STAT, run:ID:STAT, joined with and, or, not</source>
        <translation>अनुभवी यूज़र के लिए: all, tag:NAME, attr:KEY=VALUE, campaign:ID:STAT, run:ID:STAT, जिन्हें and, or, not से जोड़ा जाता है</translation>
    </message>
</context>
<context>
    <name>CampaignChecks</name>
    <message>
        <source>a draft not yet submitted</source>
        <translation>ड्राफ़्ट, अभी जमा नहीं किया गया</translation>
    </message>
    <message>
        <source>The audience term “%1” names campaign %2, which does not exist; see herald-cli campaign list.</source>
        <translation>ऑडियंस शब्द “%1” कैंपेन %2 का नाम लेता है, जो मौजूद नहीं है; herald-cli campaign list देखें।</translation>
    </message>
    <message>
        <source>The audience term “%1” names run %2, which does not exist; check the run ID.</source>
        <translation>ऑडियंस शब्द “%1” रन %2 का नाम लेता है, जो मौजूद नहीं है; रन ID जाँचें।</translation>
    </message>
    <message>
        <source>The send time %1 has already passed: it is now %2 in %3. Give a later time.</source>
        <translation>भेजने का समय %1 बीत चुका है: %3 में अभी %2 बजे हैं। आगे का कोई समय दें।</translation>
    </message>
    <message>
        <source>There is no template “%1” in language %2 for this account. Sync the templates first.</source>
        <translation>इस अकाउंट के लिए भाषा %2 में कोई टेम्पलेट “%1” नहीं है। पहले टेम्पलेट सिंक करें।</translation>
    </message>
    <message>
        <source>The template “%1” (%2) is %3, so nothing can be sent with it; only APPROVED templates can be used. Check its status in WhatsApp Manager and sync the templates, or choose another template.</source>
        <translation>टेम्पलेट “%1” (%2) की स्थिति %3 है, इसलिए इससे कुछ भी नहीं भेजा जा सकता; सिर्फ़ APPROVED टेम्पलेट इस्तेमाल हो सकते हैं। WhatsApp Manager में इसकी स्थिति जाँचें और टेम्पलेट सिंक करें, या कोई दूसरा टेम्पलेट चुनें।</translation>
    </message>
</context>
<context>
    <name>CampaignCost</name>
    <message>
        <source>There is no run %1.</source>
        <translation>रन %1 मौजूद नहीं है।</translation>
    </message>
</context>
<context>
    <name>CampaignLock</name>
    <message>
        <source>Campaign %1 is being sent by another Herald process (%2, process %3 on %4). Wait until it has finished, or pause or stop it there.</source>
        <translation>कैंपेन %1 को Herald की दूसरी प्रोसेस भेज रही है (%2, प्रोसेस %3, %4 पर)। उसके पूरा होने तक रुकें, या वहीं उसे रोकें या बंद करें।</translation>
    </message>
    <message>
        <source>Campaign %1 is being sent by another Herald process. Wait until it has finished, or pause or stop it there.</source>
        <translation>कैंपेन %1 को Herald की दूसरी प्रोसेस भेज रही है। उसके पूरा होने तक रुकें, या वहीं उसे रोकें या बंद करें।</translation>
    </message>
    <message>
        <source>Cannot take the lock %1: check that the workspace&apos;s folder is writable (or its server reachable).</source>
        <translation>लॉक %1 नहीं लिया जा सका: जाँचें कि वर्कस्पेस के फ़ोल्डर में लिखा जा सकता है (या उसका सर्वर पहुँच में है)।</translation>
    </message>
</context>
<context>
    <name>CampaignNumbers</name>
    <message>
        <source>There is no account with id %1: pick the campaign&apos;s numbers from herald-cli account list.</source>
        <translation>ID %1 वाला कोई अकाउंट नहीं है: कैंपेन के नंबर herald-cli account list में से चुनें।</translation>
    </message>
    <message>
        <source>Account “%1” belongs to another business portfolio than “%2”: a campaign spreads its audience only over numbers of one portfolio (set both with herald-cli account set --portfolio).</source>
        <translation>अकाउंट “%1”, “%2” से अलग बिज़नेस पोर्टफ़ोलियो का है: कैंपेन अपनी ऑडियंस सिर्फ़ एक ही पोर्टफ़ोलियो के नंबरों में बाँटता है (दोनों को herald-cli account set --portfolio से सेट करें)।</translation>
    </message>
    <message>
        <source>Account “%1” has no template “%2” in language %3 (templates belong to a WhatsApp Business account): sync its templates (herald-cli templates sync --account %1) or leave it out.</source>
        <translation>अकाउंट “%1” में भाषा %3 का टेम्पलेट “%2” नहीं है (टेम्पलेट किसी WhatsApp Business अकाउंट के होते हैं): इसके टेम्पलेट सिंक करें (herald-cli templates sync --account %1) या इसे कैंपेन से हटा दें।</translation>
    </message>
</context>
<context>
    <name>CampaignPreflightPage</name>
    <message>
        <source>Pre-flight check</source>
        <translation>शुरू करने से पहले की जाँच</translation>
    </message>
    <message>
        <source>Everything Herald checks before a start. Problems must be fixed; warnings are yours to weigh.</source>
        <translation>शुरू करने से पहले Herald जो कुछ जाँचता है। समस्याएँ ठीक करनी ज़रूरी हैं; चेतावनियों पर फ़ैसला आपका है।</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>फिर से जाँचें (&amp;A)</translation>
    </message>
    <message>
        <source>Edit rate &amp;card…</source>
        <translation>रेट कार्ड बदलें (&amp;C)…</translation>
    </message>
    <message>
        <source>Send &amp;test…</source>
        <translation>टेस्ट भेजें (&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Start sending when I click Finish</source>
        <translation>समाप्त पर क्लिक करते ही भेजना शुरू करें (&amp;S)</translation>
    </message>
</context>
<context>
    <name>CampaignRunControl</name>
    <message>
        <source>Cannot start the campaign</source>
        <translation>कैंपेन शुरू नहीं हो सकता</translation>
    </message>
    <message>
        <source>“%1” is active: it sends when its event arrives.</source>
        <translation>“%1” सक्रिय है: इसका इवेंट आने पर यह भेजता है।</translation>
    </message>
    <message>
        <source>“%1” is scheduled; next run %2.</source>
        <translation>“%1” शेड्यूल है; अगला रन %2।</translation>
    </message>
    <message>
        <source>“%1” is active.</source>
        <translation>“%1” सक्रिय है।</translation>
    </message>
    <message>
        <source>Already sent</source>
        <translation>पहले ही भेजा जा चुका</translation>
    </message>
    <message>
        <source>“%1” was already sent. Herald never sends a campaign twice.</source>
        <translation>“%1” पहले ही भेजा जा चुका है। Herald कोई कैंपेन दो बार नहीं भेजता।</translation>
    </message>
    <message>
        <source>Nobody left to send to</source>
        <translation>भेजने के लिए कोई नहीं बचा</translation>
    </message>
    <message>
        <source>Run %1 of “%2” was stopped, and nobody it did not reach may still get the message.</source>
        <translation>“%2” का रन %1 बंद किया गया था, और जिन तक यह नहीं पहुँचा उनमें से किसी को अब भी मैसेज नहीं मिल सकता।</translation>
    </message>
    <message>
        <source>New run for the recipients not reached</source>
        <translation>जिन प्राप्तकर्ताओं तक नहीं पहुँचा उनके लिए नया रन</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 of “%2” stays stopped. Send the message to the %n recipient(s) it did not reach, in a new run?</source>
        <translation>
            <numerusform>“%2” का रन %1 बंद ही रहेगा। जिस %n प्राप्तकर्ता तक यह नहीं पहुँचा, उसे नए रन में मैसेज भेजें?</numerusform>
            <numerusform>“%2” का रन %1 बंद ही रहेगा। जिन %n प्राप्तकर्ताओं तक यह नहीं पहुँचा, उन्हें नए रन में मैसेज भेजें?</numerusform>
        </translation>
    </message>
    <message>
        <source>Send new run</source>
        <translation>नया रन भेजें</translation>
    </message>
    <message>
        <source>Already sending</source>
        <translation>पहले से भेजा जा रहा है</translation>
    </message>
    <message>
        <source>Planned %1 recipients (%2 skipped).</source>
        <translation>%1 प्राप्तकर्ता तय किए गए (%2 छोड़े गए)।</translation>
    </message>
    <message>
        <source>Cannot pause the campaign</source>
        <translation>कैंपेन रोका नहीं जा सकता</translation>
    </message>
    <message>
        <source>Stop campaign</source>
        <translation>कैंपेन बंद करें</translation>
    </message>
    <message>
        <source>Stop “%1”? No further runs start; a run sending now is stopped too. You can start it again later.</source>
        <translation>“%1” बंद करें? आगे कोई रन शुरू नहीं होगा; अभी भेज रहा रन भी बंद हो जाएगा। आप इसे बाद में फिर शुरू कर सकते हैं।</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Cannot stop the campaign</source>
        <translation>कैंपेन बंद नहीं हो सकता</translation>
    </message>
    <message>
        <source>Stop sending “%1”? Recipients not reached yet will not get the message from this run; those already sent keep their delivery reports.</source>
        <translation>“%1” भेजना बंद करें? जिन प्राप्तकर्ताओं तक अभी नहीं पहुँचा, उन्हें इस रन से मैसेज नहीं मिलेगा; जिन्हें भेजा जा चुका है उनकी डिलीवरी रिपोर्ट बनी रहेगी।</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>भेजना बंद करें</translation>
    </message>
</context>
<context>
    <name>CampaignRunPanel</name>
    <message>
        <source>Waiting</source>
        <translation>इंतज़ार में</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>भेजा जा रहा है</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>पढ़ा गया</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>अनिश्चित</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>छोड़ा गया</translation>
    </message>
    <message>
        <source>Send rate:</source>
        <translation>भेजने की दर:</translation>
    </message>
    <message>
        <source>Daily headroom:</source>
        <translation>आज की बची सीमा:</translation>
    </message>
    <message>
        <source>Failures:</source>
        <translation>विफलताएँ:</translation>
    </message>
    <message>
        <source>Template %1 (%2) · account %3 · audience: %4</source>
        <translation>टेम्पलेट %1 (%2) · अकाउंट %3 · ऑडियंस: %4</translation>
    </message>
    <message>
        <source>Not sent yet — Start plans the recipients and sends</source>
        <translation>अभी नहीं भेजा गया — शुरू करें दबाने पर प्राप्तकर्ता तय होते हैं और मैसेज जाते हैं</translation>
    </message>
    <message>
        <source>%1 messages/s — slowed to %2/s after WhatsApp asked to slow down</source>
        <translation>%1 मैसेज/सेकंड — WhatsApp के धीमा करने को कहने पर %2/सेकंड किया गया</translation>
    </message>
    <message>
        <source>%1 messages/s (limit %2/s)</source>
        <translation>%1 मैसेज/सेकंड (सीमा %2/सेकंड)</translation>
    </message>
    <message>
        <source>Not sending</source>
        <translation>नहीं भेजा जा रहा</translation>
    </message>
    <message>
        <source>The campaign&apos;s account no longer exists.</source>
        <translation>कैंपेन का अकाउंट अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>no provider code</source>
        <translation>कोई प्रोवाइडर कोड नहीं</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>कोई नहीं</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) uncertain: the message was handed to the network but no answer came back (a timeout or Herald was closed), so it may or may not have arrived. Their delivery reports will settle them; Herald never sends them again on its own.</source>
        <translation>
            <numerusform>%n प्राप्तकर्ता अनिश्चित: मैसेज नेटवर्क को सौंप दिया गया था लेकिन कोई जवाब नहीं आया (टाइमआउट या Herald बंद हो गया), इसलिए हो सकता है मैसेज पहुँचा हो या न पहुँचा हो। डिलीवरी रिपोर्ट इसका फ़ैसला करेगी; Herald इसे अपने-आप दोबारा कभी नहीं भेजता।</numerusform>
            <numerusform>%n प्राप्तकर्ता अनिश्चित: मैसेज नेटवर्क को सौंप दिया गया था लेकिन कोई जवाब नहीं आया (टाइमआउट या Herald बंद हो गया), इसलिए हो सकता है मैसेज पहुँचा हो या न पहुँचा हो। डिलीवरी रिपोर्टें इसका फ़ैसला करेंगी; Herald इन्हें अपने-आप दोबारा कभी नहीं भेजता।</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped by WhatsApp error %1</source>
        <translation>WhatsApp एरर %1 के कारण बंद हुआ</translation>
    </message>
    <message>
        <source>Paused by WhatsApp error %1</source>
        <translation>WhatsApp एरर %1 के कारण रुका</translation>
    </message>
    <message>
        <source>Why it stopped</source>
        <translation>यह बंद क्यों हुआ</translation>
    </message>
    <message>
        <source>Why it paused</source>
        <translation>यह रुका क्यों</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>क्या करें:</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s error reference</source>
        <translation>WhatsApp एरर संदर्भ</translation>
    </message>
    <message>
        <source>Accepted, no report yet</source>
        <translation>स्वीकार हुआ, अभी कोई रिपोर्ट नहीं</translation>
    </message>
    <message>
        <source>Sent, not delivered yet</source>
        <translation>भेजा गया, अभी डिलीवर नहीं हुआ</translation>
    </message>
    <message>
        <source>Delivered, not read</source>
        <translation>डिलीवर हुआ, पढ़ा नहीं गया</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>रद्द करें (&amp;C)</translation>
    </message>
    <message>
        <source>Stop preparing the run: nothing is planned or sent, and the campaign can be started again</source>
        <translation>रन की तैयारी रोकें: कुछ भी तय या भेजा नहीं जाता, और कैंपेन फिर से शुरू किया जा सकता है</translation>
    </message>
    <message>
        <source>Audience expression: %1</source>
        <translation>ऑडियंस एक्सप्रेशन: %1</translation>
    </message>
    <message>
        <source>Preparing %1 of %2 recipients…</source>
        <translation>%2 में से %1 प्राप्तकर्ता तैयार किए जा रहे हैं…</translation>
    </message>
</context>
<context>
    <name>CampaignRunner</name>
    <message>
        <source>Another Herald sender (%1, process %2) is already sending campaign run %3.</source>
        <translation>Herald का दूसरा सेंडर (%1, प्रोसेस %2) पहले से कैंपेन रन %3 भेज रहा है।</translation>
    </message>
    <message>
        <source>Cannot take the lock %1.</source>
        <translation>लॉक %1 नहीं लिया जा सका।</translation>
    </message>
</context>
<context>
    <name>CampaignStats</name>
    <message>
        <source>Could not read the campaign timeline: %1</source>
        <translation>कैंपेन की टाइमलाइन पढ़ी नहीं जा सकी: %1</translation>
    </message>
    <message>
        <source>Could not read the campaign timeline: the workspace is not open.</source>
        <translation>कैंपेन की टाइमलाइन पढ़ी नहीं जा सकी: वर्कस्पेस खुला नहीं है।</translation>
    </message>
    <message>
        <source>Could not read the runs: %1</source>
        <translation>रन पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>Could not read the run: %1</source>
        <translation>रन पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>There is no run %1.</source>
        <translation>रन %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Could not read the campaign statistics: %1</source>
        <translation>कैंपेन के आँकड़े पढ़े नहीं जा सके: %1</translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message>
        <source>The campaign needs a name.</source>
        <translation>कैंपेन का नाम होना ज़रूरी है।</translation>
    </message>
    <message>
        <source>There is no template “%1” in language %2 for this account. Sync the templates first (herald-cli templates sync).</source>
        <translation>इस अकाउंट के लिए भाषा %2 में कोई टेम्पलेट “%1” नहीं है। पहले टेम्पलेट सिंक करें (herald-cli templates sync)।</translation>
    </message>
    <message>
        <source>Unknown campaign type “%1”: use once, scheduled, recurring or triggered.</source>
        <translation>अनजान कैंपेन प्रकार “%1”: once, scheduled, recurring या triggered इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>There is no campaign with id %1.</source>
        <translation>id %1 वाला कोई कैंपेन नहीं है।</translation>
    </message>
    <message>
        <source>Cannot read the runs of campaign %1: %2</source>
        <translation>कैंपेन %1 के रन पढ़े नहीं जा सके: %2</translation>
    </message>
    <message>
        <source>Campaign %1 already has an unfinished run (run %2, %3); continue or stop that run first.</source>
        <translation>कैंपेन %1 का एक रन पहले से अधूरा है (रन %2, %3); पहले उस रन को जारी रखें या बंद करें।</translation>
    </message>
    <message>
        <source>The template “%1” (%2) is no longer in the workspace; sync the templates.</source>
        <translation>टेम्पलेट “%1” (%2) अब वर्कस्पेस में नहीं है; टेम्पलेट सिंक करें।</translation>
    </message>
    <message>
        <source>The template “%1” (%2) is %3; only APPROVED templates can be sent.</source>
        <translation>टेम्पलेट “%1” (%2) की स्थिति %3 है; सिर्फ़ APPROVED टेम्पलेट भेजे जा सकते हैं।</translation>
    </message>
    <message>
        <source>deleted upstream</source>
        <translation>Meta पर हटाया गया</translation>
    </message>
    <message>
        <source>Could not plan the retry: %1</source>
        <translation>दोबारा कोशिश की योजना नहीं बन सकी: %1</translation>
    </message>
    <message>
        <source>There is no run %1.</source>
        <translation>रन %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>The run is still sending (%1). Retry its failures once it has sent or was stopped.</source>
        <translation>रन अभी भी भेज रहा है (%1)। इसके भेज लेने या बंद होने के बाद इसकी विफलताओं को दोबारा आज़माएँ।</translation>
    </message>
    <message>
        <source>A retry of this run is already waiting to be sent (run %1).</source>
        <translation>इस रन की एक दोबारा कोशिश पहले से भेजे जाने का इंतज़ार कर रही है (रन %1)।</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) would fail again</source>
        <translation>
            <numerusform>%n विफलता फिर से विफल होगी</numerusform>
            <numerusform>%n विफलताएँ फिर से विफल होंगी</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n must wait until %1</source>
        <translation>
            <numerusform>%n को %1 तक इंतज़ार करना होगा</numerusform>
            <numerusform>%n को %1 तक इंतज़ार करना होगा</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opted out or were deleted</source>
        <translation>
            <numerusform>%n ने ऑप्ट-आउट किया या हटाया गया</numerusform>
            <numerusform>%n ने ऑप्ट-आउट किया या हटाए गए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were retried already</source>
        <translation>
            <numerusform>%n को पहले ही दोबारा आज़माया जा चुका है</numerusform>
            <numerusform>%n को पहले ही दोबारा आज़माया जा चुका है</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to retry: the run has no failures.</source>
        <translation>दोबारा आज़माने को कुछ नहीं: इस रन में कोई विफलता नहीं है।</translation>
    </message>
    <message>
        <source>Nothing to retry now: %1.</source>
        <translation>अभी दोबारा आज़माने को कुछ नहीं: %1।</translation>
    </message>
    <message>
        <source>Cannot read the recipients of run %1: %2</source>
        <translation>रन %1 के प्राप्तकर्ता पढ़े नहीं जा सके: %2</translation>
    </message>
    <message>
        <source>Run %1 is %2, not stopped: only a stopped run leaves recipients for a new run.</source>
        <translation>रन %1 की स्थिति %2 है, बंद नहीं: सिर्फ़ बंद किया गया रन ही नए रन के लिए प्राप्तकर्ता छोड़ता है।</translation>
    </message>
    <message numerus="yes">
        <source>Nobody is left to send to: the %n recipient(s) run %1 did not reach have opted out or were deleted.</source>
        <translation>
            <numerusform>भेजने के लिए कोई नहीं बचा: रन %1 जिस %n प्राप्तकर्ता तक नहीं पहुँचा, उसने ऑप्ट-आउट कर दिया या उसे हटा दिया गया।</numerusform>
            <numerusform>भेजने के लिए कोई नहीं बचा: रन %1 जिन %n प्राप्तकर्ताओं तक नहीं पहुँचा, उन्होंने ऑप्ट-आउट कर दिया या उन्हें हटा दिया गया।</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is left to send to: run %1 reached every recipient before it was stopped.</source>
        <translation>भेजने के लिए कोई नहीं बचा: रन %1 बंद होने से पहले हर प्राप्तकर्ता तक पहुँच गया था।</translation>
    </message>
    <message>
        <source>Planning the run of campaign %1 was cancelled; nothing was planned.</source>
        <translation>कैंपेन %1 के रन की योजना रद्द की गई; कुछ भी तय नहीं हुआ।</translation>
    </message>
</context>
<context>
    <name>CampaignTableModel</name>
    <message>
        <source>Campaign</source>
        <translation>कैंपेन</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>टेम्पलेट</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>अकाउंट</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>ऑडियंस</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>प्रगति</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>आख़िरी रन</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation>कोशिश की गई</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>भेजे गए</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>डिलीवर हुए</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>पढ़े गए</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>जवाब दिया</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation>अयोग्य</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Waiting for events</source>
        <translation>इवेंट का इंतज़ार</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>शेड्यूल किया गया</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>दोहराया जाने वाला</translation>
    </message>
    <message>
        <source>Triggered</source>
        <translation>इवेंट से चलने वाला</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>एक बार</translation>
    </message>
    <message>
        <source>Who the campaign is for, and how many recipients its newest run has</source>
        <translation>कैंपेन किसके लिए है, और इसके सबसे नए रन में कितने प्राप्तकर्ता हैं</translation>
    </message>
    <message>
        <source>Recipients the newest run is done with (sent, failed or skipped), of all of them</source>
        <translation>सभी प्राप्तकर्ताओं में से वे, जिनका काम सबसे नए रन में पूरा हो गया (भेजे गए, विफल या छोड़े गए)</translation>
    </message>
    <message>
        <source>Recipients the newest run tried to send to</source>
        <translation>वे प्राप्तकर्ता जिन्हें सबसे नए रन ने मैसेज भेजने की कोशिश की</translation>
    </message>
    <message>
        <source>Messages WhatsApp reported sent, including those delivered and read</source>
        <translation>वे मैसेज जिन्हें WhatsApp ने भेजा गया बताया, डिलीवर हुए और पढ़े गए मैसेज समेत</translation>
    </message>
    <message>
        <source>Messages that reached the phone, including those read</source>
        <translation>वे मैसेज जो फ़ोन तक पहुँचे, पढ़े गए मैसेज समेत</translation>
    </message>
    <message>
        <source>Messages opened (only people with read receipts on)</source>
        <translation>खोले गए मैसेज (सिर्फ़ उन लोगों के जिनकी रीड रिसीट चालू है)</translation>
    </message>
    <message>
        <source>Recipients who wrote back within 72 hours, including those who opted out</source>
        <translation>वे प्राप्तकर्ता जिन्होंने 72 घंटे के अंदर जवाब दिया, ऑप्ट-आउट करने वालों समेत</translation>
    </message>
    <message>
        <source>Messages that could not be sent, including Unqualified</source>
        <translation>वे मैसेज जो भेजे नहीं जा सके, अयोग्य समेत</translation>
    </message>
    <message>
        <source>Part of Failed: numbers without a WhatsApp account</source>
        <translation>विफल का हिस्सा: ऐसे नंबर जिनका WhatsApp अकाउंट नहीं है</translation>
    </message>
    <message>
        <source>%1 of %2 handled</source>
        <translation>%2 में से %1 पूरे हुए</translation>
    </message>
    <message>
        <source>%1
Audience expression: %2</source>
        <translation>%1
ऑडियंस एक्सप्रेशन: %2</translation>
    </message>
</context>
<context>
    <name>CampaignTemplatePage</name>
    <message>
        <source>Message</source>
        <translation>मैसेज</translation>
    </message>
    <message>
        <source>Name the campaign, choose an approved template and say where each of its values comes from.</source>
        <translation>कैंपेन को नाम दें, मंज़ूर टेम्पलेट चुनें और बताएँ कि उसकी हर वैल्यू कहाँ से आएगी।</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम (&amp;N):</translation>
    </message>
    <message>
        <source>e.g. November order reminders</source>
        <translation>जैसे नवंबर ऑर्डर रिमाइंडर</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>अकाउंट (&amp;A):</translation>
    </message>
    <message>
        <source>Search approved templates…</source>
        <translation>मंज़ूर टेम्पलेट खोजें…</translation>
    </message>
    <message>
        <source>Parameters (source, then the key or text, then a fallback used when the value is empty):</source>
        <translation>पैरामीटर (स्रोत, फिर key या टेक्स्ट, फिर वैल्यू ख़ाली होने पर इस्तेमाल होने वाली वैकल्पिक वैल्यू):</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>पैरामीटर</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Field, attribute, text or event key</source>
        <translation>फ़ील्ड, एट्रिब्यूट, टेक्स्ट या इवेंट key</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>वैकल्पिक वैल्यू</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>कैंपेन को नाम दें।</translation>
    </message>
    <message>
        <source>Add an account first (Settings → Accounts).</source>
        <translation>पहले एक अकाउंट जोड़ें (सेटिंग्स → अकाउंट)।</translation>
    </message>
    <message>
        <source>Choose an approved template.</source>
        <translation>मंज़ूर टेम्पलेट चुनें।</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (सैंडबॉक्स)</translation>
    </message>
    <message>
        <source>This account has no approved templates. Sync the templates on the Templates page, or wait for Meta&apos;s review.</source>
        <translation>इस अकाउंट में कोई मंज़ूर टेम्पलेट नहीं है। टेम्पलेट पेज पर टेम्पलेट सिंक करें, या Meta की समीक्षा का इंतज़ार करें।</translation>
    </message>
    <message numerus="yes">
        <source>%n approved template(s). Paused, rejected and pending templates cannot be sent and are not listed.</source>
        <translation>
            <numerusform>%n मंज़ूर टेम्पलेट। रोके गए, अस्वीकृत और समीक्षा में पड़े टेम्पलेट भेजे नहीं जा सकते और सूची में नहीं दिखते।</numerusform>
            <numerusform>%n मंज़ूर टेम्पलेट। रोके गए, अस्वीकृत और समीक्षा में पड़े टेम्पलेट भेजे नहीं जा सकते और सूची में नहीं दिखते।</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact field</source>
        <translation>कॉन्टैक्ट फ़ील्ड</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>एट्रिब्यूट</translation>
    </message>
    <message>
        <source>Fixed text</source>
        <translation>तय टेक्स्ट</translation>
    </message>
    <message>
        <source>Event field</source>
        <translation>इवेंट फ़ील्ड</translation>
    </message>
    <message>
        <source>Preview for %1 (%2), the first recipient; values with no source show the template&apos;s examples.</source>
        <translation>%1 (%2) के लिए प्रीव्यू, पहला प्राप्तकर्ता; जिन वैल्यू का कोई स्रोत नहीं है वे टेम्पलेट के उदाहरण दिखाती हैं।</translation>
    </message>
    <message>
        <source>a contact without a name</source>
        <translation>बिना नाम वाला कॉन्टैक्ट</translation>
    </message>
    <message>
        <source>No contact in the audience yet: the preview shows fallbacks and fixed texts; the rest shows the template&apos;s examples.</source>
        <translation>ऑडियंस में अभी कोई कॉन्टैक्ट नहीं: प्रीव्यू वैकल्पिक वैल्यू और तय टेक्स्ट दिखाता है; बाकी में टेम्पलेट के उदाहरण दिखते हैं।</translation>
    </message>
    <message>
        <source>Also send &amp;from:</source>
        <translation>इनसे भी भेजें (&amp;F):</translation>
    </message>
    <message>
        <source>Other numbers of the same business portfolio: the audience is spread over them in proportion to their throughput, and a contact keeps the number it last talked to.</source>
        <translation>उसी बिज़नेस पोर्टफ़ोलियो के दूसरे नंबर: ऑडियंस इनमें उनके थ्रूपुट के अनुपात में बाँटी जाती है, और हर कॉन्टैक्ट को वही नंबर मिलता है जिससे उसकी आख़िरी बार बात हुई थी।</translation>
    </message>
    <message>
        <source>%1 (%2 msg/s)</source>
        <translation>%1 (%2 मैसेज/सेकंड)</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>टेम्पलेट</translation>
    </message>
    <message>
        <source>The approved templates of the sending account</source>
        <translation>भेजने वाले अकाउंट के मंज़ूर टेम्पलेट</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>टेम्पलेट खोजें</translation>
    </message>
    <message>
        <source>Template parameters</source>
        <translation>टेम्पलेट पैरामीटर</translation>
    </message>
    <message>
        <source>What fills each {{n}} of the template, for each recipient</source>
        <translation>हर प्राप्तकर्ता के लिए टेम्पलेट का हर {{n}} किससे भरा जाएगा</translation>
    </message>
    <message>
        <source>More sending numbers</source>
        <translation>भेजने वाले और नंबर</translation>
    </message>
    <message>
        <source>Parameter %1</source>
        <translation>पैरामीटर %1</translation>
    </message>
</context>
<context>
    <name>CampaignTypePage</name>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Send once when you start it, at a set time, on a repeating schedule, or whenever an event happens.</source>
        <translation>शुरू करने पर एक बार भेजें, किसी तय समय पर, बार-बार दोहराए जाने वाले शेड्यूल पर, या जब भी कोई इवेंट हो।</translation>
    </message>
    <message>
        <source>&amp;Once, when started</source>
        <translation>एक बार, शुरू करने पर (&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;cheduled</source>
        <translation>शेड्यूल किया गया (&amp;C)</translation>
    </message>
    <message>
        <source>Rec&amp;urring</source>
        <translation>दोहराया जाने वाला (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Triggered by an event</source>
        <translation>किसी इवेंट से शुरू (&amp;T)</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>टाइम ज़ोन:</translation>
    </message>
    <message>
        <source>Skip a run that is late by more than:</source>
        <translation>इतने से ज़्यादा देर होने पर रन छोड़ दें:</translation>
    </message>
    <message>
        <source>When no Herald is running at the planned time, a run that would start later than this is skipped and logged, never sent hours late.</source>
        <translation>अगर तय समय पर कोई Herald नहीं चल रहा हो, तो जो रन इससे ज़्यादा देर से शुरू होता, उसे छोड़कर लॉग कर दिया जाता है, घंटों देर से कभी नहीं भेजा जाता।</translation>
    </message>
    <message>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <source>Grace window in minutes</source>
        <translation>छूट का समय मिनटों में</translation>
    </message>
    <message>
        <source>The campaign is sent once, when you start it (you can start it from the last page).</source>
        <translation>कैंपेन एक बार भेजा जाता है, जब आप उसे शुरू करते हैं (आप इसे आख़िरी पेज से शुरू कर सकते हैं)।</translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation>तारीख़ और समय:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation>दोहराएँ:</translation>
    </message>
    <message>
        <source>At:</source>
        <translation>समय:</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>दिन:</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>सोम</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>मंगल</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>बुध</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>गुरु</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>शुक्र</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>शनि</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>रवि</translation>
    </message>
    <message>
        <source>Day of the month:</source>
        <translation>महीने की तारीख़:</translation>
    </message>
    <message>
        <source>Starting:</source>
        <translation>शुरुआत:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Ending:</source>
        <translation>समाप्ति:</translation>
    </message>
    <message>
        <source>Event name:</source>
        <translation>इवेंट का नाम:</translation>
    </message>
    <message>
        <source>e.g. order_shipped</source>
        <translation>जैसे order_shipped</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>शर्तें:</translation>
    </message>
    <message>
        <source>Event field</source>
        <translation>इवेंट फ़ील्ड</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>ऑपरेटर</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>वैल्यू</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>शर्त जोड़ें</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>शर्त हटाएँ</translation>
    </message>
    <message>
        <source>Wait before sending:</source>
        <translation>भेजने से पहले रुकें:</translation>
    </message>
    <message>
        <source>Unless the event</source>
        <translation>जब तक इवेंट</translation>
    </message>
    <message>
        <source>e.g. order_cancelled</source>
        <translation>जैसे order_cancelled</translation>
    </message>
    <message>
        <source>happens within</source>
        <translation>इतने समय में न हो</translation>
    </message>
    <message>
        <source> h</source>
        <translation> घंटे</translation>
    </message>
    <message>
        <source>At most once per contact every:</source>
        <translation>हर कॉन्टैक्ट को ज़्यादा से ज़्यादा एक बार, हर:</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>हर दिन</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>हर हफ़्ते</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>हर महीने</translation>
    </message>
    <message>
        <source>all must hold</source>
        <translation>सभी पूरी होनी चाहिए</translation>
    </message>
    <message>
        <source>any may hold</source>
        <translation>कोई एक काफ़ी है</translation>
    </message>
    <message>
        <source>The scheduled time has passed; choose a time in the future.</source>
        <translation>शेड्यूल किया गया समय बीत चुका है; आगे का कोई समय चुनें।</translation>
    </message>
    <message>
        <source>Name the event that cancels the message, or clear “Unless the event”.</source>
        <translation>मैसेज रद्द करने वाले इवेंट का नाम लिखें, या “जब तक इवेंट” हटा दें।</translation>
    </message>
    <message>
        <source>Choose a recipe…</source>
        <translation>कोई रेसिपी चुनें…</translation>
    </message>
    <message>
        <source>&amp;Use recipe</source>
        <translation>रेसिपी इस्तेमाल करें (&amp;U)</translation>
    </message>
    <message>
        <source>Start from a recipe:</source>
        <translation>किसी रेसिपी से शुरू करें:</translation>
    </message>
    <message>
        <source>none: orders never opt anyone in</source>
        <translation>कोई नहीं: ऑर्डर से कभी किसी का ऑप्ट-इन नहीं होता</translation>
    </message>
    <message>
        <source>Where the event says the customer agreed to WhatsApp messages. A customer who is not yet a contact is added, and opted in only when this field says yes (true, yes, 1, on, checked, subscribed). An opted-out contact stays opted out.</source>
        <translation>इवेंट की वह जगह जहाँ लिखा होता है कि ग्राहक ने WhatsApp मैसेज पाने की सहमति दी। जो ग्राहक अभी कॉन्टैक्ट नहीं है, उसे जोड़ा जाता है, और ऑप्ट-इन सिर्फ़ तब किया जाता है जब यह फ़ील्ड हाँ कहे (true, yes, 1, on, checked, subscribed)। ऑप्ट-आउट कर चुका कॉन्टैक्ट ऑप्ट-आउट ही रहता है।</translation>
    </message>
    <message>
        <source>Consent from the order:</source>
        <translation>ऑर्डर से सहमति:</translation>
    </message>
    <message>
        <source>Trigger conditions</source>
        <translation>ट्रिगर की शर्तें</translation>
    </message>
</context>
<context>
    <name>CampaignWizard</name>
    <message>
        <source>New campaign</source>
        <translation>नया कैंपेन</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>कैंपेन बदलें</translation>
    </message>
    <message>
        <source>Edit campaign “%1”</source>
        <translation>कैंपेन “%1” बदलें</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>कैंपेन</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सेव करें (&amp;S)</translation>
    </message>
    <message>
        <source>The pre-flight check found problems; fix them before starting, or save without starting.</source>
        <translation>शुरू करने से पहले की जाँच में समस्याएँ मिलीं; शुरू करने से पहले उन्हें ठीक करें, या बिना शुरू किए सेव करें।</translation>
    </message>
    <message>
        <source>The campaign was not saved: %1</source>
        <translation>कैंपेन सेव नहीं हुआ: %1</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation>कैंपेन</translation>
    </message>
    <message>
        <source>Search campaigns, templates, accounts…</source>
        <translation>कैंपेन, टेम्पलेट, अकाउंट खोजें…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>नया कैंपेन (&amp;N)…</translation>
    </message>
    <message>
        <source>Create a campaign in the wizard</source>
        <translation>विज़ार्ड में कैंपेन बनाएँ</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>बदलें (&amp;E)…</translation>
    </message>
    <message>
        <source>Change the selected campaign</source>
        <translation>चुना हुआ कैंपेन बदलें</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>शुरू करें (&amp;S)</translation>
    </message>
    <message>
        <source>Send the campaign, or continue its run</source>
        <translation>कैंपेन भेजें, या उसका रन जारी रखें</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>रोकें (&amp;P)</translation>
    </message>
    <message>
        <source>Pause sending within a second</source>
        <translation>एक सेकंड के अंदर भेजना रोकें</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>फिर से चालू करें (&amp;R)</translation>
    </message>
    <message>
        <source>Continue a paused run</source>
        <translation>रुका हुआ रन जारी रखें</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>बंद करें (&amp;T)</translation>
    </message>
    <message>
        <source>Stop the run for good</source>
        <translation>रन को हमेशा के लिए बंद करें</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>डैशबोर्ड (&amp;D)</translation>
    </message>
    <message>
        <source>See the selected campaign&apos;s performance</source>
        <translation>चुने हुए कैंपेन का प्रदर्शन देखें</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>अभी कोई कैंपेन नहीं</translation>
    </message>
    <message>
        <source>Cannot read the campaigns: %1</source>
        <translation>कैंपेन पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>Campaign saved.</source>
        <translation>कैंपेन सेव हो गया।</translation>
    </message>
    <message>
        <source>Search campaigns</source>
        <translation>कैंपेन खोजें</translation>
    </message>
    <message>
        <source>Press Enter on a campaign to open its dashboard</source>
        <translation>किसी कैंपेन का डैशबोर्ड खोलने के लिए उस पर Enter दबाएँ</translation>
    </message>
    <message>
        <source>A campaign sends one approved message template to a group of opted-in contacts: everyone, a tag, or the people who read or ignored an earlier campaign.</source>
        <translation>एक कैंपेन एक मंज़ूर मैसेज टेम्पलेट को ऑप्ट-इन कॉन्टैक्ट के एक समूह को भेजता है: सभी को, किसी टैग वाले लोगों को, या उन लोगों को जिन्होंने किसी पिछले कैंपेन का मैसेज पढ़ा या अनदेखा किया।</translation>
    </message>
    <message>
        <source>It then appears here, ready to Start.</source>
        <translation>इसके बाद यह यहाँ दिखेगा, शुरू करने के लिए तैयार।</translation>
    </message>
    <message>
        <source>Select a campaign to follow its run: progress, send rate, daily headroom and why a run paused or stopped.
To add a campaign: New campaign… (Ctrl+N).</source>
        <translation>किसी कैंपेन का रन देखने के लिए उसे चुनें: प्रगति, भेजने की दर, आज की बची सीमा और रन क्यों रुका या बंद हुआ।
कैंपेन जोड़ने के लिए: नया कैंपेन… (Ctrl+N)।</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>sandbox or cloud-api.</source>
        <translation>sandbox या cloud-api।</translation>
    </message>
    <message>
        <source>Graph API base URL (default https://graph.facebook.com).</source>
        <translation>Graph API का बेस URL (डिफ़ॉल्ट https://graph.facebook.com)।</translation>
    </message>
    <message>
        <source>Graph API version, e.g. v23.0.</source>
        <translation>Graph API संस्करण, जैसे v23.0।</translation>
    </message>
    <message>
        <source>The business phone number&apos;s ID.</source>
        <translation>बिज़नेस फ़ोन नंबर का ID।</translation>
    </message>
    <message>
        <source>The WhatsApp Business Account ID.</source>
        <translation>WhatsApp Business अकाउंट ID।</translation>
    </message>
    <message>
        <source>The herald-relay feed URL.</source>
        <translation>herald-relay फ़ीड URL।</translation>
    </message>
    <message>
        <source>Meta&apos;s messaging limit for the number: TIER_250, TIER_2K, TIER_10K, TIER_100K or TIER_UNLIMITED (unique recipients per 24 h).</source>
        <translation>नंबर के लिए Meta की मैसेजिंग सीमा: TIER_250, TIER_2K, TIER_10K, TIER_100K या TIER_UNLIMITED (24 घंटे में अलग-अलग प्राप्तकर्ता)।</translation>
    </message>
    <message>
        <source>Messages per second the number may send (80 by default, up to 1000).</source>
        <translation>नंबर प्रति सेकंड कितने मैसेज भेज सकता है (डिफ़ॉल्ट 80, ज़्यादा से ज़्यादा 1000)।</translation>
    </message>
    <message>
        <source>Meta business portfolio ID: accounts of one portfolio share one daily messaging limit (&apos;&apos; = grouped by WABA ID).</source>
        <translation>Meta बिज़नेस पोर्टफ़ोलियो ID: एक पोर्टफ़ोलियो के अकाउंट एक ही रोज़ाना मैसेज सीमा साझा करते हैं (&apos;&apos; = WABA ID के हिसाब से समूह)।</translation>
    </message>
    <message>
        <source>on (default) or off: resend uncertain messages automatically once the account&apos;s delivery reports prove the feed is flowing.</source>
        <translation>on (डिफ़ॉल्ट) या off: जब अकाउंट की डिलीवरी रिपोर्टें साबित कर दें कि फ़ीड चल रहा है, तो अनिश्चित मैसेज अपने-आप दोबारा भेजें।</translation>
    </message>
    <message>
        <source>account set takes no positional arguments (secrets go through account set-secret).</source>
        <translation>account set कोई पोज़िशनल आर्ग्युमेंट नहीं लेता (सीक्रेट account set-secret से जाते हैं)।</translation>
    </message>
    <message>
        <source>--kind must be sandbox or cloud-api, not “%1”.</source>
        <translation>--kind sandbox या cloud-api होना चाहिए, “%1” नहीं।</translation>
    </message>
    <message>
        <source>A new account needs --kind sandbox|cloud-api.</source>
        <translation>नए अकाउंट के लिए --kind sandbox|cloud-api ज़रूरी है।</translation>
    </message>
    <message>
        <source>--max-rate must be a whole number of messages per second.</source>
        <translation>--max-rate प्रति सेकंड मैसेज की पूर्ण संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>--auto-resolve must be on or off, not “%1”.</source>
        <translation>--auto-resolve on या off होना चाहिए, “%1” नहीं।</translation>
    </message>
    <message>
        <source>The account was not saved: %1</source>
        <translation>अकाउंट सेव नहीं हुआ: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>चेतावनी: %1</translation>
    </message>
    <message>
        <source>Account “%1” updated.</source>
        <translation>अकाउंट “%1” अपडेट हो गया।</translation>
    </message>
    <message>
        <source>Account “%1” created.</source>
        <translation>अकाउंट “%1” बन गया।</translation>
    </message>
    <message>
        <source>daily limit: %1</source>
        <translation>रोज़ की सीमा: %1</translation>
    </message>
    <message>
        <source>Seconds to wait for the Graph API (default 30).</source>
        <translation>Graph API के लिए इंतज़ार के सेकंड (डिफ़ॉल्ट 30)।</translation>
    </message>
    <message>
        <source>access-token, relay-feed-token, relay-app-secret or relay-ingest-token.</source>
        <translation>access-token, relay-feed-token, relay-app-secret या relay-ingest-token।</translation>
    </message>
    <message>
        <source>account set-secret needs the secret&apos;s name; the value is read from standard input.</source>
        <translation>account set-secret को सीक्रेट का नाम चाहिए; वैल्यू स्टैंडर्ड इनपुट से पढ़ी जाती है।</translation>
    </message>
    <message>
        <source>Unknown secret “%1”: use access-token, relay-feed-token, relay-app-secret or relay-ingest-token.</source>
        <translation>अनजान सीक्रेट “%1”: access-token, relay-feed-token, relay-app-secret या relay-ingest-token इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>स्टैंडर्ड इनपुट पढ़ा नहीं जा सका।</translation>
    </message>
    <message>
        <source>No value on standard input. Pipe the secret in, e.g. herald-cli account set-secret %1 &lt; file</source>
        <translation>स्टैंडर्ड इनपुट पर कोई वैल्यू नहीं। सीक्रेट पाइप से दें, जैसे herald-cli account set-secret %1 &lt; file</translation>
    </message>
    <message>
        <source>Stored the %1 of account “%2” in the system keychain.</source>
        <translation>अकाउंट “%2” का %1 सिस्टम कीचेन में सेव हो गया।</translation>
    </message>
    <message>
        <source>account list [--json]</source>
        <translation>account list [--json]</translation>
    </message>
    <message>
        <source>Lists the sending accounts.</source>
        <translation>भेजने वाले अकाउंट की सूची दिखाता है।</translation>
    </message>
    <message>
        <source>account set [--name N] --kind sandbox|cloud-api [--graph-url URL] [--api-version V]
              [--phone-number-id ID] [--waba-id ID] [--relay-url URL] [--json]
              [--portfolio ID] [--auto-resolve on|off]</source>
        <translation>account set [--name N] --kind sandbox|cloud-api [--graph-url URL] [--api-version V]
              [--phone-number-id ID] [--waba-id ID] [--relay-url URL] [--json]
              [--portfolio ID] [--auto-resolve on|off]</translation>
    </message>
    <message>
        <source>Creates or changes a sending account.</source>
        <translation>भेजने वाला अकाउंट बनाता या बदलता है।</translation>
    </message>
    <message>
        <source>account set-secret access-token|relay-feed-token|relay-app-secret|relay-ingest-token [--name N]
                                                          (value on stdin)</source>
        <translation>account set-secret access-token|relay-feed-token|relay-app-secret|relay-ingest-token [--name N]
                                                          (वैल्यू stdin पर)</translation>
    </message>
    <message>
        <source>Stores one of the account&apos;s secrets in the keychain (value on stdin).</source>
        <translation>अकाउंट का एक सीक्रेट कीचेन में सेव करता है (वैल्यू stdin पर)।</translation>
    </message>
    <message>
        <source>account show [--name N] [--json]</source>
        <translation>account show [--name N] [--json]</translation>
    </message>
    <message>
        <source>Shows one account, which of its secrets are stored and its daily limit.</source>
        <translation>एक अकाउंट दिखाता है, उसके कौन से सीक्रेट सेव हैं और उसकी रोज़ की सीमा।</translation>
    </message>
    <message>
        <source>account test [--name N] [--json]</source>
        <translation>account test [--name N] [--json]</translation>
    </message>
    <message>
        <source>Checks that the account can reach WhatsApp with its token.</source>
        <translation>जाँचता है कि अकाउंट अपने टोकन से WhatsApp तक पहुँच सकता है।</translation>
    </message>
    <message>
        <source>Seconds between scheduler passes (default 5).</source>
        <translation>शेड्यूलर की जाँचों के बीच सेकंड (डिफ़ॉल्ट 5)।</translation>
    </message>
    <message>
        <source>One scheduler pass, wait for the runs it started, then exit (tests, cron).</source>
        <translation>शेड्यूलर की एक जाँच, उसके शुरू किए रनों का इंतज़ार, फिर बाहर निकलें (टेस्ट, cron)।</translation>
    </message>
    <message>
        <source>agent takes no positional arguments.</source>
        <translation>agent कोई पोज़िशनल आर्ग्युमेंट नहीं लेता।</translation>
    </message>
    <message>
        <source>--tick must be a whole number of seconds from 1 to 3600.</source>
        <translation>--tick 1 से 3600 तक सेकंड की पूर्ण संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>herald-cli: the daily backup failed: %1</source>
        <translation>herald-cli: रोज़ का बैकअप विफल हुआ: %1</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>बिल्ट-इन सैंडबॉक्स शुरू नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>रोज़ का बैकअप विफल हुआ: %1</translation>
    </message>
    <message>
        <source>herald-cli agent: workspace %1, a pass every %2 s; stop with Ctrl+C or SIGTERM.</source>
        <translation>herald-cli agent: वर्कस्पेस %1, हर %2 सेकंड में एक जाँच; Ctrl+C या SIGTERM से बंद करें।</translation>
    </message>
    <message>
        <source>Stopping: runs still sending are paused; continue them with `herald-cli campaign run ID`.</source>
        <translation>बंद हो रहा है: अभी भेज रहे रन रोक दिए गए हैं; इन्हें `herald-cli campaign run ID` से जारी रखें।</translation>
    </message>
    <message>
        <source>Another Herald runs this workspace&apos;s scheduler; nothing done.</source>
        <translation>इस वर्कस्पेस का शेड्यूलर कोई दूसरा Herald चला रहा है; कुछ नहीं किया गया।</translation>
    </message>
    <message>
        <source>%1 runs started, %2 finished, %3 not ok.</source>
        <translation>%1 रन शुरू हुए, %2 पूरे हुए, %3 ठीक नहीं रहे।</translation>
    </message>
    <message>
        <source>agent [--tick SECONDS] [--once] [--json]</source>
        <translation>agent [--tick SECONDS] [--once] [--json]</translation>
    </message>
    <message>
        <source>Runs scheduled, recurring and triggered campaigns and the status feed headless.</source>
        <translation>शेड्यूल किए गए, दोहराए जाने वाले और इवेंट से चलने वाले कैंपेन और स्टेटस फ़ीड बिना विंडो के चलाता है।</translation>
    </message>
    <message>
        <source>Campaign name.</source>
        <translation>कैंपेन का नाम।</translation>
    </message>
    <message>
        <source>Approved template name.</source>
        <translation>मंज़ूर टेम्पलेट का नाम।</translation>
    </message>
    <message>
        <source>Template language code, e.g. en_US.</source>
        <translation>टेम्पलेट की भाषा का कोड, जैसे en_US।</translation>
    </message>
    <message>
        <source>Who receives it: all, tag:NAME, attr:KEY=VALUE, combined with and/or/not (default: every opted-in contact).</source>
        <translation>इसे किसे मिलेगा: all, tag:NAME, attr:KEY=VALUE, and/or/not से जोड़कर (डिफ़ॉल्ट: हर ऑप्ट-इन कॉन्टैक्ट)।</translation>
    </message>
    <message>
        <source>A template parameter: SLOT=SOURCE[|FALLBACK], e.g. body.1=field:name|there, header.1=attr:city, button.0=text:abc (repeatable).</source>
        <translation>एक टेम्पलेट पैरामीटर: SLOT=SOURCE[|FALLBACK], जैसे body.1=field:name|there, header.1=attr:city, button.0=text:abc (दोहराया जा सकता है)।</translation>
    </message>
    <message>
        <source>Sending account (default: the workspace&apos;s default).</source>
        <translation>भेजने वाला अकाउंट (डिफ़ॉल्ट: वर्कस्पेस का डिफ़ॉल्ट)।</translation>
    </message>
    <message>
        <source>campaign create needs --name, --template and --language.</source>
        <translation>campaign create को --name, --template और --language चाहिए।</translation>
    </message>
    <message>
        <source>Campaign %1 “%2” created. Send it with: herald-cli campaign run %1</source>
        <translation>कैंपेन %1 “%2” बन गया। इसे भेजें: herald-cli campaign run %1</translation>
    </message>
    <message>
        <source>Campaign %1 “%2” created (%3). Activate it with: herald-cli campaign start %1</source>
        <translation>कैंपेन %1 “%2” बन गया (%3)। इसे सक्रिय करें: herald-cli campaign start %1</translation>
    </message>
    <message>
        <source>Campaign id.</source>
        <translation>कैंपेन id।</translation>
    </message>
    <message>
        <source>campaign show needs one campaign ID.</source>
        <translation>campaign show को एक कैंपेन ID चाहिए।</translation>
    </message>
    <message>
        <source>Campaign %1 “%2”: template %3 (%4), status %5</source>
        <translation>कैंपेन %1 “%2”: टेम्पलेट %3 (%4), स्थिति %5</translation>
    </message>
    <message>
        <source>Type %1: %2</source>
        <translation>प्रकार %1: %2</translation>
    </message>
    <message>
        <source>Active; next occurrence: %1</source>
        <translation>सक्रिय; अगली बार: %1</translation>
    </message>
    <message>
        <source>none (triggered by events)</source>
        <translation>कोई नहीं (इवेंट से चलता है)</translation>
    </message>
    <message>
        <source>Not active: start it with herald-cli campaign start %1</source>
        <translation>सक्रिय नहीं: इसे herald-cli campaign start %1 से शुरू करें</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>रन %1: %2</translation>
    </message>
    <message>
        <source>campaign %1 needs one campaign ID.</source>
        <translation>campaign %1 को एक कैंपेन ID चाहिए।</translation>
    </message>
    <message>
        <source>Campaign %1 has not been started; start it with: herald-cli campaign start %1</source>
        <translation>कैंपेन %1 शुरू नहीं किया गया है; इसे शुरू करें: herald-cli campaign start %1</translation>
    </message>
    <message>
        <source>Campaign %1 is active again.</source>
        <translation>कैंपेन %1 फिर से सक्रिय है।</translation>
    </message>
    <message>
        <source>Campaign %1 will start no new runs.</source>
        <translation>कैंपेन %1 कोई नया रन शुरू नहीं करेगा।</translation>
    </message>
    <message>
        <source>Asked run %1 of campaign %2 to %3.</source>
        <translation>कैंपेन %2 के रन %1 को “%3” का अनुरोध भेजा गया।</translation>
    </message>
    <message>
        <source>campaign pause|resume|stop ID</source>
        <translation>campaign pause|resume|stop ID</translation>
    </message>
    <message>
        <source>Pauses a campaign&apos;s sending run.</source>
        <translation>कैंपेन का भेजने वाला रन रोकता है।</translation>
    </message>
    <message>
        <source>Resumes a paused run.</source>
        <translation>रुका हुआ रन फिर से चालू करता है।</translation>
    </message>
    <message>
        <source>Stops a run for good.</source>
        <translation>रन को हमेशा के लिए बंद करता है।</translation>
    </message>
    <message>
        <source>campaign create --name N --template NAME --language CODE [--audience EXPR]
                  [--param SLOT=SOURCE[|FALLBACK]]... [--account N] [--json]
                  [--type once|scheduled|recurring|triggered] (see campaign create --help)</source>
        <translation>campaign create --name N --template NAME --language CODE [--audience EXPR]
                  [--param SLOT=SOURCE[|FALLBACK]]... [--account N] [--json]
                  [--type once|scheduled|recurring|triggered] (campaign create --help देखें)</translation>
    </message>
    <message>
        <source>Creates a campaign: template, audience, parameters and type.</source>
        <translation>कैंपेन बनाता है: टेम्पलेट, ऑडियंस, पैरामीटर और प्रकार।</translation>
    </message>
    <message>
        <source>New campaign name.</source>
        <translation>कैंपेन का नया नाम।</translation>
    </message>
    <message>
        <source>Template name (give --language with it).</source>
        <translation>टेम्पलेट का नाम (साथ में --language दें)।</translation>
    </message>
    <message>
        <source>Who receives it (see campaign create --help).</source>
        <translation>इसे किसे मिलेगा (campaign create --help देखें)।</translation>
    </message>
    <message>
        <source>A template parameter SLOT=SOURCE[|FALLBACK] (repeatable; replaces all of them).</source>
        <translation>एक टेम्पलेट पैरामीटर SLOT=SOURCE[|FALLBACK] (दोहराया जा सकता है; सभी को बदल देता है)।</translation>
    </message>
    <message>
        <source>Sending account.</source>
        <translation>भेजने वाला अकाउंट।</translation>
    </message>
    <message>
        <source>campaign edit needs one campaign ID.</source>
        <translation>campaign edit को एक कैंपेन ID चाहिए।</translation>
    </message>
    <message>
        <source>Changing the schedule or trigger needs --type with all of its options, as for campaign create.</source>
        <translation>शेड्यूल या ट्रिगर बदलने के लिए --type उसके सभी विकल्पों के साथ चाहिए, जैसे campaign create में।</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>कैंपेन %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Campaign %1 is being sent (run %2). Edit it when the run has ended, or pause it first: herald-cli campaign pause %1</source>
        <translation>कैंपेन %1 भेजा जा रहा है (रन %2)। रन ख़त्म होने पर इसे बदलें, या पहले इसे रोकें: herald-cli campaign pause %1</translation>
    </message>
    <message>
        <source>Campaign %1 was not changed: %2</source>
        <translation>कैंपेन %1 नहीं बदला गया: %2</translation>
    </message>
    <message>
        <source>Campaign %1 was changed, but its schedule could not be renewed: %2</source>
        <translation>कैंपेन %1 बदल गया, लेकिन उसका शेड्यूल नया नहीं किया जा सका: %2</translation>
    </message>
    <message>
        <source>Campaign %1 “%2” changed.</source>
        <translation>कैंपेन %1 “%2” बदल गया।</translation>
    </message>
    <message>
        <source>Runs already planned keep the messages they froze; the change applies to the next run.</source>
        <translation>पहले से तय रन अपने तय किए मैसेज ही रखते हैं; बदलाव अगले रन पर लागू होगा।</translation>
    </message>
    <message>
        <source>campaign edit ID [campaign create&apos;s options: only those given change] [--json]</source>
        <translation>campaign edit ID [campaign create के विकल्प: सिर्फ़ दिए गए बदलते हैं] [--json]</translation>
    </message>
    <message>
        <source>Changes the options given of a campaign, keeps the rest.</source>
        <translation>कैंपेन के दिए गए विकल्प बदलता है, बाकी वैसे ही रखता है।</translation>
    </message>
    <message>
        <source>campaign list [--json] | campaign show ID [--json]</source>
        <translation>campaign list [--json] | campaign show ID [--json]</translation>
    </message>
    <message>
        <source>Lists the campaigns.</source>
        <translation>कैंपेन की सूची दिखाता है।</translation>
    </message>
    <message>
        <source>campaign preflight ID [--samples N] [--json]</source>
        <translation>campaign preflight ID [--samples N] [--json]</translation>
    </message>
    <message>
        <source>Checks a campaign before it starts: audience, template, headroom, cost.</source>
        <translation>शुरू होने से पहले कैंपेन जाँचता है: ऑडियंस, टेम्पलेट, बची सीमा, लागत।</translation>
    </message>
    <message>
        <source>Lists the recipients behind one statistic of a run.</source>
        <translation>किसी रन के एक आँकड़े के पीछे के प्राप्तकर्ता दिखाता है।</translation>
    </message>
    <message>
        <source>Put them back to be sent by the next `campaign run` (or the agent/app).</source>
        <translation>इन्हें वापस रखें ताकि अगला `campaign run` (या एजेंट/ऐप) इन्हें भेजे।</translation>
    </message>
    <message>
        <source>Give up on them: they count as failed.</source>
        <translation>इन्हें छोड़ दें: ये विफल गिने जाएँगे।</translation>
    </message>
    <message>
        <source>Only recipients without a status report for at least N minutes since their send attempt (default 30; 0 = all now).</source>
        <translation>सिर्फ़ वे प्राप्तकर्ता जिनकी भेजने की कोशिश के बाद कम से कम N मिनट तक कोई स्टेटस रिपोर्ट नहीं आई (डिफ़ॉल्ट 30; 0 = सभी, अभी)।</translation>
    </message>
    <message>
        <source>campaign resolve needs exactly one of --resend or --mark-failed.</source>
        <translation>campaign resolve को --resend या --mark-failed में से ठीक एक चाहिए।</translation>
    </message>
    <message>
        <source>--quiet-minutes must be a whole number of minutes, 0 or more, not “%1”.</source>
        <translation>--quiet-minutes मिनटों की पूर्ण संख्या होनी चाहिए, 0 या ज़्यादा, “%1” नहीं।</translation>
    </message>
    <message>
        <source>The uncertain recipients of run %1 were not changed: %2</source>
        <translation>रन %1 के अनिश्चित प्राप्तकर्ता नहीं बदले गए: %2</translation>
    </message>
    <message>
        <source>%1 uncertain recipients of run %2 will be sent again by the next `campaign run %3` (or the agent/app).</source>
        <translation>रन %2 के %1 अनिश्चित प्राप्तकर्ताओं को अगला `campaign run %3` (या एजेंट/ऐप) दोबारा भेजेगा।</translation>
    </message>
    <message>
        <source>%1 uncertain recipients of run %2 marked failed.</source>
        <translation>रन %2 के %1 अनिश्चित प्राप्तकर्ता विफल चिह्नित किए गए।</translation>
    </message>
    <message>
        <source>Run %1 has no uncertain recipient quiet for %2 minutes.</source>
        <translation>रन %1 में कोई ऐसा अनिश्चित प्राप्तकर्ता नहीं है जिसकी %2 मिनट से कोई ख़बर न हो।</translation>
    </message>
    <message>
        <source>%1 still uncertain: sent less than %2 minutes ago; their delivery reports may still come.</source>
        <translation>%1 अभी भी अनिश्चित: %2 मिनट से कम समय पहले भेजे गए; उनकी डिलीवरी रिपोर्टें अभी आ सकती हैं।</translation>
    </message>
    <message>
        <source>campaign resolve ID (--resend | --mark-failed) [--run R] [--quiet-minutes N] [--json]</source>
        <translation>campaign resolve ID (--resend | --mark-failed) [--run R] [--quiet-minutes N] [--json]</translation>
    </message>
    <message>
        <source>Decides a run&apos;s uncertain recipients: send again or mark failed.</source>
        <translation>रन के अनिश्चित प्राप्तकर्ताओं का फ़ैसला करता है: दोबारा भेजें या विफल चिह्नित करें।</translation>
    </message>
    <message>
        <source>The run whose failures to retry (default: the latest run).</source>
        <translation>वह रन जिसकी विफलताएँ दोबारा आज़मानी हैं (डिफ़ॉल्ट: आख़िरी रन)।</translation>
    </message>
    <message>
        <source>campaign retry needs one campaign ID.</source>
        <translation>campaign retry को एक कैंपेन ID चाहिए।</translation>
    </message>
    <message>
        <source>--run needs a run id, e.g. --run 3.</source>
        <translation>--run को रन id चाहिए, जैसे --run 3।</translation>
    </message>
    <message>
        <source>Campaign %1 has not run yet: nothing to retry.</source>
        <translation>कैंपेन %1 अभी तक नहीं चला है: दोबारा आज़माने को कुछ नहीं।</translation>
    </message>
    <message>
        <source>Campaign %1 has no run %2.</source>
        <translation>कैंपेन %1 में कोई रन %2 नहीं है।</translation>
    </message>
    <message numerus="yes">
        <source>Planned retry run %1 of run %2: %n recipient(s).</source>
        <translation>
            <numerusform>रन %2 की दोबारा कोशिश का रन %1 तय हुआ: %n प्राप्तकर्ता।</numerusform>
            <numerusform>रन %2 की दोबारा कोशिश का रन %1 तय हुआ: %n प्राप्तकर्ता।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more must wait until %1 (UTC); retry again then.</source>
        <translation>
            <numerusform>%n और को %1 (UTC) तक इंतज़ार करना होगा; तब फिर से आज़माएँ।</numerusform>
            <numerusform>%n और को %1 (UTC) तक इंतज़ार करना होगा; तब फिर से आज़माएँ।</numerusform>
        </translation>
    </message>
    <message>
        <source>campaign retry ID [--run R] [--json]</source>
        <translation>campaign retry ID [--run R] [--json]</translation>
    </message>
    <message>
        <source>Sends again to the failures a retry can help.</source>
        <translation>उन विफलताओं को दोबारा भेजता है जिनमें दोबारा कोशिश से मदद मिल सकती है।</translation>
    </message>
    <message>
        <source>run %1: %2/%3 done · accepted %4 · failed %5 · skipped %6 · uncertain %7 · %8 msg/s</source>
        <translation>रन %1: %2/%3 पूरे · स्वीकार %4 · विफल %5 · छोड़े गए %6 · अनिश्चित %7 · %8 मैसेज/सेकंड</translation>
    </message>
    <message>
        <source>Messages per second (1–1000; default: the account&apos;s rate, 80 unless Meta raised it).</source>
        <translation>प्रति सेकंड मैसेज (1–1000; डिफ़ॉल्ट: अकाउंट की दर, 80 जब तक Meta ने इसे न बढ़ाया हो)।</translation>
    </message>
    <message>
        <source>After a stop: send a new run to the recipients the stopped run did not reach.</source>
        <translation>बंद करने के बाद: जिन प्राप्तकर्ताओं तक बंद किया गया रन नहीं पहुँचा, उन्हें नया रन भेजें।</translation>
    </message>
    <message>
        <source>campaign run needs one campaign ID.</source>
        <translation>campaign run को एक कैंपेन ID चाहिए।</translation>
    </message>
    <message>
        <source>--rate must be a whole number of messages per second from 1 to %1.</source>
        <translation>--rate 1 से %1 तक प्रति सेकंड मैसेज की पूर्ण संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>To send to them: herald-cli campaign run %1 --new-run (or Start in the desktop app).</source>
        <translation>उन्हें भेजने के लिए: herald-cli campaign run %1 --new-run (या डेस्कटॉप ऐप में शुरू करें)।</translation>
    </message>
    <message>
        <source>Nobody is left to send to; create a new campaign to message these contacts again.</source>
        <translation>भेजने के लिए कोई नहीं बचा; इन कॉन्टैक्ट को फिर से मैसेज करने के लिए नया कैंपेन बनाएँ।</translation>
    </message>
    <message>
        <source>Planned run %1: %2 recipients, %3 skipped.</source>
        <translation>रन %1 तय हुआ: %2 प्राप्तकर्ता, %3 छोड़े गए।</translation>
    </message>
    <message>
        <source>Run %1 of campaign %2: %3.</source>
        <translation>कैंपेन %2 का रन %1: %3।</translation>
    </message>
    <message>
        <source>%1 recipients: %2 accepted by WhatsApp, %3 failed, %4 skipped, %5 uncertain, %6 still planned.</source>
        <translation>%1 प्राप्तकर्ता: %2 WhatsApp ने स्वीकार किए, %3 विफल, %4 छोड़े गए, %5 अनिश्चित, %6 अभी तय हैं।</translation>
    </message>
    <message>
        <source>Uncertain recipients may or may not have received the message; their delivery reports will settle them, or resolve them in the campaign&apos;s dashboard.</source>
        <translation>अनिश्चित प्राप्तकर्ताओं को मैसेज मिला भी हो सकता है और नहीं भी; उनकी डिलीवरी रिपोर्टें इसका फ़ैसला करेंगी, या कैंपेन के डैशबोर्ड में इन्हें सुलझाएँ।</translation>
    </message>
    <message>
        <source>herald-cli agent or the open app continues it then; or run `campaign run %1` again.</source>
        <translation>तब herald-cli agent या खुला ऐप इसे जारी रखेगा; या `campaign run %1` फिर से चलाएँ।</translation>
    </message>
    <message>
        <source>The run ended as %1.</source>
        <translation>रन %1 के रूप में ख़त्म हुआ।</translation>
    </message>
    <message>
        <source>campaign run ID [--rate MPS] [--new-run] [--json]</source>
        <translation>campaign run ID [--rate MPS] [--new-run] [--json]</translation>
    </message>
    <message>
        <source>Sends the campaign&apos;s run until every recipient is resolved.</source>
        <translation>कैंपेन का रन तब तक भेजता है जब तक हर प्राप्तकर्ता का नतीजा तय न हो जाए।</translation>
    </message>
    <message>
        <source>Shows one campaign and its runs.</source>
        <translation>एक कैंपेन और उसके रन दिखाता है।</translation>
    </message>
    <message>
        <source>campaign start needs one campaign ID.</source>
        <translation>campaign start को एक कैंपेन ID चाहिए।</translation>
    </message>
    <message>
        <source>Next: %1 (UTC).</source>
        <translation>अगला: %1 (UTC)।</translation>
    </message>
    <message>
        <source>Campaign %1 “%2” is active. %3</source>
        <translation>कैंपेन %1 “%2” सक्रिय है। %3</translation>
    </message>
    <message>
        <source>It is sent by a running Herald: the desktop app while it is open, or `herald-cli agent` on a machine left on.</source>
        <translation>इसे चलता हुआ Herald भेजता है: डेस्कटॉप ऐप जब तक खुला है, या चालू छोड़ी गई मशीन पर `herald-cli agent`।</translation>
    </message>
    <message>
        <source>campaign start ID [--json]</source>
        <translation>campaign start ID [--json]</translation>
    </message>
    <message>
        <source>Sends a one-time campaign now, or activates a scheduled one.</source>
        <translation>एक बार वाला कैंपेन अभी भेजता है, या शेड्यूल वाला कैंपेन सक्रिय करता है।</translation>
    </message>
    <message>
        <source>Prints the seven statistics of a run.</source>
        <translation>किसी रन के सात आँकड़े दिखाता है।</translation>
    </message>
    <message>
        <source>campaign test-send ID --phone P [--json]</source>
        <translation>campaign test-send ID --phone P [--json]</translation>
    </message>
    <message>
        <source>Sends the campaign&apos;s message to one number as a test.</source>
        <translation>कैंपेन का मैसेज टेस्ट के तौर पर एक नंबर पर भेजता है।</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>अनजान कमांड “%1”।</translation>
    </message>
    <message>
        <source>--workspace needs a path.</source>
        <translation>--workspace को एक पाथ चाहिए।</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>अनजान विकल्प %1।</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>कोई कमांड नहीं दी गई।</translation>
    </message>
    <message>
        <source>“%1” needs a sub-command.</source>
        <translation>“%1” को एक सब-कमांड चाहिए।</translation>
    </message>
    <message>
        <source>Unknown command “%1 %2”.</source>
        <translation>अनजान कमांड “%1 %2”।</translation>
    </message>
    <message>
        <source>Country for numbers written without a country code (ISO code, e.g. IN).</source>
        <translation>बिना कंट्री कोड लिखे नंबरों का देश (ISO कोड, जैसे IN)।</translation>
    </message>
    <message>
        <source>Tag every imported contact (repeatable).</source>
        <translation>हर इम्पोर्ट किए गए कॉन्टैक्ट पर टैग लगाएँ (दोहराया जा सकता है)।</translation>
    </message>
    <message>
        <source>Record every imported contact as opted in.</source>
        <translation>हर इम्पोर्ट किए गए कॉन्टैक्ट को ऑप्ट-इन दर्ज करें।</translation>
    </message>
    <message>
        <source>Where the opt-in was collected.</source>
        <translation>ऑप्ट-इन कहाँ लिया गया था।</translation>
    </message>
    <message>
        <source>Write rejected rows, with a reason column, to this CSV.</source>
        <translation>अस्वीकृत पंक्तियाँ, कारण वाले कॉलम के साथ, इस CSV में लिखें।</translation>
    </message>
    <message>
        <source>contacts import needs exactly one FILE.</source>
        <translation>contacts import को ठीक एक FILE चाहिए।</translation>
    </message>
    <message>
        <source>--opt-in-source only makes sense with --opted-in.</source>
        <translation>--opt-in-source का मतलब सिर्फ़ --opted-in के साथ बनता है।</translation>
    </message>
    <message>
        <source>herald-cli import</source>
        <translation>herald-cli import</translation>
    </message>
    <message>
        <source>%1 rows read: %2 new contacts, %3 updated, %4 duplicates merged, %5 rejected.</source>
        <translation>%1 पंक्तियाँ पढ़ी गईं: %2 नए कॉन्टैक्ट, %3 अपडेट हुए, %4 डुप्लिकेट मिलाए गए, %5 अस्वीकृत।</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  पंक्ति %1: %2</translation>
    </message>
    <message>
        <source>  … and %1 more.</source>
        <translation>  … और %1 बाकी।</translation>
    </message>
    <message>
        <source>Pass --errors FILE.csv to save the rejected rows with their reasons.</source>
        <translation>अस्वीकृत पंक्तियों को उनके कारणों के साथ सेव करने के लिए --errors FILE.csv दें।</translation>
    </message>
    <message>
        <source>The first %1 rows were imported and kept.</source>
        <translation>पहली %1 पंक्तियाँ इम्पोर्ट होकर रख ली गईं।</translation>
    </message>
    <message>
        <source>contacts count takes no arguments.</source>
        <translation>contacts count कोई आर्ग्युमेंट नहीं लेता।</translation>
    </message>
    <message>
        <source>Cannot count the contacts: %1</source>
        <translation>कॉन्टैक्ट गिने नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>%1 contacts: %2 opted in, %3 opted out.</source>
        <translation>%1 कॉन्टैक्ट: %2 ऑप्ट-इन, %3 ऑप्ट-आउट।</translation>
    </message>
    <message>
        <source>CSV file to write.</source>
        <translation>लिखी जाने वाली CSV फ़ाइल।</translation>
    </message>
    <message>
        <source>contacts export needs exactly one FILE.</source>
        <translation>contacts export को ठीक एक FILE चाहिए।</translation>
    </message>
    <message>
        <source>%1 contacts written to %2.</source>
        <translation>%1 कॉन्टैक्ट %2 में लिखे गए।</translation>
    </message>
    <message>
        <source>There is no account named “%1”. Create it with: herald-cli account set --name %1 --kind …</source>
        <translation>“%1” नाम का कोई अकाउंट नहीं है। इसे बनाएँ: herald-cli account set --name %1 --kind …</translation>
    </message>
    <message>
        <source>The workspace has no account. Create one with: herald-cli account set --kind …</source>
        <translation>वर्कस्पेस में कोई अकाउंट नहीं है। एक बनाएँ: herald-cli account set --kind …</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>कॉन्टैक्ट:</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>अकाउंट:</translation>
    </message>
    <message>
        <source>Templates:</source>
        <translation>टेम्पलेट:</translation>
    </message>
    <message>
        <source>Campaigns and delivery reports:</source>
        <translation>कैंपेन और डिलीवरी रिपोर्टें:</translation>
    </message>
    <message>
        <source>Business events and investigation:</source>
        <translation>बिज़नेस इवेंट और जाँच-पड़ताल:</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>वर्कस्पेस:</translation>
    </message>
    <message>
        <source>Usage: herald-cli [--workspace PATH] &lt;command&gt; [options]</source>
        <translation>इस्तेमाल: herald-cli [--workspace PATH] &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Run &apos;herald-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>किसी कमांड के विकल्पों के लिए &apos;herald-cli &lt;command&gt; --help&apos; चलाएँ।</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>कमांड:</translation>
    </message>
    <message>
        <source>Run &apos;herald-cli help &lt;command&gt;&apos; for a command&apos;s options.</source>
        <translation>किसी कमांड के विकल्पों के लिए &apos;herald-cli help &lt;command&gt;&apos; चलाएँ।</translation>
    </message>
    <message>
        <source>PHONE “%1”: %2</source>
        <translation>PHONE “%1”: %2</translation>
    </message>
    <message>
        <source>No contact has the number %1. Add it with: herald-cli contacts add %1</source>
        <translation>नंबर %1 का कोई कॉन्टैक्ट नहीं है। इसे जोड़ें: herald-cli contacts add %1</translation>
    </message>
    <message>
        <source>--attr “%1” should look like city=Pune (KEY=VALUE).</source>
        <translation>--attr “%1” city=Pune (KEY=VALUE) जैसा होना चाहिए।</translation>
    </message>
    <message>
        <source>The new contact&apos;s number.</source>
        <translation>नए कॉन्टैक्ट का नंबर।</translation>
    </message>
    <message>
        <source>The contact&apos;s name.</source>
        <translation>कॉन्टैक्ट का नाम।</translation>
    </message>
    <message>
        <source>Tag the contact (repeatable).</source>
        <translation>कॉन्टैक्ट पर टैग लगाएँ (दोहराया जा सकता है)।</translation>
    </message>
    <message>
        <source>Record the contact as opted in.</source>
        <translation>कॉन्टैक्ट को ऑप्ट-इन दर्ज करें।</translation>
    </message>
    <message>
        <source>contacts add needs exactly one PHONE number.</source>
        <translation>contacts add को ठीक एक PHONE नंबर चाहिए।</translation>
    </message>
    <message>
        <source>--opted-in and --opt-in-source go together: say where the consent was collected.</source>
        <translation>--opted-in और --opt-in-source साथ चलते हैं: बताएँ कि सहमति कहाँ ली गई थी।</translation>
    </message>
    <message>
        <source>A contact with the number %1 exists already%2. Change it with: herald-cli contacts edit %1</source>
        <translation>नंबर %1 का कॉन्टैक्ट पहले से मौजूद है%2। इसे बदलें: herald-cli contacts edit %1</translation>
    </message>
    <message>
        <source>Cannot add the contact: %1</source>
        <translation>कॉन्टैक्ट जोड़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Added contact %1.</source>
        <translation>कॉन्टैक्ट %1 जोड़ा गया।</translation>
    </message>
    <message>
        <source>Not opted in: campaigns will not send to it until it opts in (contacts opt-in %1 --source S).</source>
        <translation>ऑप्ट-इन नहीं: जब तक यह ऑप्ट-इन नहीं करता, कैंपेन इसे नहीं भेजेंगे (contacts opt-in %1 --source S)।</translation>
    </message>
    <message>
        <source>The contact&apos;s number.</source>
        <translation>कॉन्टैक्ट का नंबर।</translation>
    </message>
    <message>
        <source>The contact&apos;s new name.</source>
        <translation>कॉन्टैक्ट का नया नाम।</translation>
    </message>
    <message>
        <source>Remove an attribute (repeatable).</source>
        <translation>एक एट्रिब्यूट हटाएँ (दोहराया जा सकता है)।</translation>
    </message>
    <message>
        <source>contacts edit needs exactly one PHONE number.</source>
        <translation>contacts edit को ठीक एक PHONE नंबर चाहिए।</translation>
    </message>
    <message>
        <source>contacts edit needs --name, --attr or --unset-attr: nothing to change.</source>
        <translation>contacts edit को --name, --attr या --unset-attr चाहिए: बदलने को कुछ नहीं।</translation>
    </message>
    <message>
        <source>--name cannot be empty.</source>
        <translation>--name ख़ाली नहीं हो सकता।</translation>
    </message>
    <message>
        <source>--attr and --unset-attr both name “%1”.</source>
        <translation>--attr और --unset-attr दोनों “%1” का नाम लेते हैं।</translation>
    </message>
    <message>
        <source>Cannot change the contact: %1</source>
        <translation>कॉन्टैक्ट बदला नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Changed contact %1.</source>
        <translation>कॉन्टैक्ट %1 बदला गया।</translation>
    </message>
    <message>
        <source>Contact numbers (one or more).</source>
        <translation>कॉन्टैक्ट नंबर (एक या ज़्यादा)।</translation>
    </message>
    <message>
        <source>The tag.</source>
        <translation>टैग।</translation>
    </message>
    <message>
        <source>Where the opt-in was collected (required).</source>
        <translation>ऑप्ट-इन कहाँ लिया गया था (ज़रूरी)।</translation>
    </message>
    <message>
        <source>Why the contact opted out (kept with it).</source>
        <translation>कॉन्टैक्ट ने ऑप्ट-आउट क्यों किया (उसके साथ रखा जाता है)।</translation>
    </message>
    <message>
        <source>%1 needs at least one PHONE number.</source>
        <translation>%1 को कम से कम एक PHONE नंबर चाहिए।</translation>
    </message>
    <message>
        <source>%1 needs --tag T.</source>
        <translation>%1 को --tag T चाहिए।</translation>
    </message>
    <message>
        <source>contacts opt-in needs --source S: where the contact gave consent (an explicit opt-in is the only way to undo an opt-out).</source>
        <translation>contacts opt-in को --source S चाहिए: कॉन्टैक्ट ने सहमति कहाँ दी (ऑप्ट-आउट को पलटने का एकमात्र तरीका स्पष्ट ऑप्ट-इन है)।</translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n contact(s) with “%1”.</source>
        <translation>
            <numerusform>%n कॉन्टैक्ट पर “%1” टैग लगाया गया।</numerusform>
            <numerusform>%n कॉन्टैक्ट पर “%1” टैग लगाया गया।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed “%1” from %n contact(s).</source>
        <translation>
            <numerusform>%n कॉन्टैक्ट से “%1” हटाया गया।</numerusform>
            <numerusform>%n कॉन्टैक्ट से “%1” हटाया गया।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opted in %n contact(s).</source>
        <translation>
            <numerusform>%n कॉन्टैक्ट ऑप्ट-इन दर्ज किया गया।</numerusform>
            <numerusform>%n कॉन्टैक्ट ऑप्ट-इन दर्ज किए गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Opted out with herald-cli</source>
        <translation>herald-cli से ऑप्ट-आउट किया गया</translation>
    </message>
    <message numerus="yes">
        <source>Opted out %n contact(s).</source>
        <translation>
            <numerusform>%n कॉन्टैक्ट ऑप्ट-आउट दर्ज किया गया।</numerusform>
            <numerusform>%n कॉन्टैक्ट ऑप्ट-आउट दर्ज किए गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete the contacts: %1</source>
        <translation>कॉन्टैक्ट हटाए नहीं जा सके: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s) and their consent records.</source>
        <translation>
            <numerusform>%n कॉन्टैक्ट और उसका सहमति रिकॉर्ड हटाया गया।</numerusform>
            <numerusform>%n कॉन्टैक्ट और उनके सहमति रिकॉर्ड हटाए गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot change the contacts: %1</source>
        <translation>कॉन्टैक्ट बदले नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>Text in the name, phone, a tag or an attribute value.</source>
        <translation>नाम, फ़ोन, किसी टैग या एट्रिब्यूट वैल्यू में टेक्स्ट।</translation>
    </message>
    <message>
        <source>At most this many contacts (default 100).</source>
        <translation>ज़्यादा से ज़्यादा इतने कॉन्टैक्ट (डिफ़ॉल्ट 100)।</translation>
    </message>
    <message>
        <source>contacts search needs one TEXT to look for.</source>
        <translation>contacts search को खोजने के लिए एक TEXT चाहिए।</translation>
    </message>
    <message>
        <source>--limit must be a whole number, 1 or more.</source>
        <translation>--limit पूर्ण संख्या होनी चाहिए, 1 या ज़्यादा।</translation>
    </message>
    <message>
        <source>%1 of %2 matches shown; pass --limit N for more.</source>
        <translation>%2 में से %1 मिलान दिखाए गए; और देखने के लिए --limit N दें।</translation>
    </message>
    <message>
        <source>contacts add PHONE [--name N] [--default-region CC] [--tag T]... [--attr KEY=VALUE]...
                     [--opted-in --opt-in-source S] [--json]</source>
        <translation>contacts add PHONE [--name N] [--default-region CC] [--tag T]... [--attr KEY=VALUE]...
                     [--opted-in --opt-in-source S] [--json]</translation>
    </message>
    <message>
        <source>Adds one contact, or updates the one with that number.</source>
        <translation>एक कॉन्टैक्ट जोड़ता है, या उस नंबर वाले कॉन्टैक्ट को अपडेट करता है।</translation>
    </message>
    <message>
        <source>contacts tag|untag PHONE... --tag T [--json]</source>
        <translation>contacts tag|untag PHONE... --tag T [--json]</translation>
    </message>
    <message>
        <source>Tags contacts.</source>
        <translation>कॉन्टैक्ट पर टैग लगाता है।</translation>
    </message>
    <message>
        <source>Removes a tag from contacts.</source>
        <translation>कॉन्टैक्ट से टैग हटाता है।</translation>
    </message>
    <message>
        <source>contacts opt-in PHONE... --source S [--json] | contacts opt-out PHONE... [--reason R] [--json]</source>
        <translation>contacts opt-in PHONE... --source S [--json] | contacts opt-out PHONE... [--reason R] [--json]</translation>
    </message>
    <message>
        <source>Records contacts as opted in.</source>
        <translation>कॉन्टैक्ट को ऑप्ट-इन दर्ज करता है।</translation>
    </message>
    <message>
        <source>Records contacts as opted out.</source>
        <translation>कॉन्टैक्ट को ऑप्ट-आउट दर्ज करता है।</translation>
    </message>
    <message>
        <source>contacts delete PHONE... [--json]</source>
        <translation>contacts delete PHONE... [--json]</translation>
    </message>
    <message>
        <source>Deletes contacts.</source>
        <translation>कॉन्टैक्ट हटाता है।</translation>
    </message>
    <message>
        <source>contacts count [--json]</source>
        <translation>contacts count [--json]</translation>
    </message>
    <message>
        <source>Counts the contacts: all, opted in, opted out.</source>
        <translation>कॉन्टैक्ट गिनता है: सभी, ऑप्ट-इन, ऑप्ट-आउट।</translation>
    </message>
    <message>
        <source>contacts edit PHONE [--name N] [--attr KEY=VALUE]... [--unset-attr KEY]... [--json]</source>
        <translation>contacts edit PHONE [--name N] [--attr KEY=VALUE]... [--unset-attr KEY]... [--json]</translation>
    </message>
    <message>
        <source>Changes a contact&apos;s name and attributes.</source>
        <translation>कॉन्टैक्ट का नाम और एट्रिब्यूट बदलता है।</translation>
    </message>
    <message>
        <source>Writes every contact to a CSV file.</source>
        <translation>सभी कॉन्टैक्ट एक CSV फ़ाइल में लिखता है।</translation>
    </message>
    <message>
        <source>contacts history PHONE [--default-region CC] [--json]</source>
        <translation>contacts history PHONE [--default-region CC] [--json]</translation>
    </message>
    <message>
        <source>Prints everything Herald knows happened with one number.</source>
        <translation>एक नंबर के साथ जो कुछ हुआ, वह सब दिखाता है जो Herald जानता है।</translation>
    </message>
    <message>
        <source>contacts import FILE [--default-region CC] [--tag T]... [--opted-in --opt-in-source S]
                       [--errors OUT.csv] [--json]</source>
        <translation>contacts import FILE [--default-region CC] [--tag T]... [--opted-in --opt-in-source S]
                       [--errors OUT.csv] [--json]</translation>
    </message>
    <message>
        <source>Imports contacts from a CSV file.</source>
        <translation>CSV फ़ाइल से कॉन्टैक्ट इम्पोर्ट करता है।</translation>
    </message>
    <message>
        <source>contacts search TEXT [--limit N] [--json]</source>
        <translation>contacts search TEXT [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Finds contacts by number, name, tag or attribute.</source>
        <translation>नंबर, नाम, टैग या एट्रिब्यूट से कॉन्टैक्ट खोजता है।</translation>
    </message>
    <message>
        <source>tapped “%1”</source>
        <translation>“%1” पर टैप किया</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>ऑप्ट-आउट किया</translation>
    </message>
    <message>
        <source>from WhatsApp id %1</source>
        <translation>WhatsApp id %1 से</translation>
    </message>
    <message>
        <source>The phone number to investigate.</source>
        <translation>जाँच करने वाला फ़ोन नंबर।</translation>
    </message>
    <message>
        <source>Country for a number written without its country code (ISO code, e.g. IN).</source>
        <translation>बिना कंट्री कोड लिखे नंबर का देश (ISO कोड, जैसे IN)।</translation>
    </message>
    <message>
        <source>contacts history needs exactly one PHONE number.</source>
        <translation>contacts history को ठीक एक PHONE नंबर चाहिए।</translation>
    </message>
    <message>
        <source>PHONE: %1</source>
        <translation>PHONE: %1</translation>
    </message>
    <message>
        <source>Cannot read the history of %1: %2</source>
        <translation>%1 का इतिहास पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Herald knows nothing about %1: no contact, message, reply or event has this number.</source>
        <translation>Herald को %1 के बारे में कुछ नहीं पता: इस नंबर का कोई कॉन्टैक्ट, मैसेज, जवाब या इवेंट नहीं है।</translation>
    </message>
    <message>
        <source>WhatsApp names this number %1.</source>
        <translation>WhatsApp इस नंबर को %1 नाम से दिखाता है।</translation>
    </message>
    <message>
        <source>No contact has this number.</source>
        <translation>इस नंबर का कोई कॉन्टैक्ट नहीं है।</translation>
    </message>
    <message>
        <source>Opted out on %1 (%2).</source>
        <translation>%1 को ऑप्ट-आउट किया (%2)।</translation>
    </message>
    <message>
        <source>%1 (campaign %2, run %3): %4</source>
        <translation>%1 (कैंपेन %2, रन %3): %4</translation>
    </message>
    <message>
        <source>error %1 %2</source>
        <translation>एरर %1 %2</translation>
    </message>
    <message>
        <source>reply: %1</source>
        <translation>जवाब: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>छोड़ा गया: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>नोट: %1</translation>
    </message>
    <message>
        <source>Test send of %1 (%2) at %3: %4</source>
        <translation>%1 (%2) का टेस्ट मैसेज, %3 पर: %4</translation>
    </message>
    <message>
        <source>From the customer, answering no message above:</source>
        <translation>ग्राहक की ओर से, ऊपर के किसी मैसेज का जवाब नहीं:</translation>
    </message>
    <message>
        <source>message: %1</source>
        <translation>मैसेज: %1</translation>
    </message>
    <message>
        <source>Event %1 at %2</source>
        <translation>इवेंट %1, %2 पर</translation>
    </message>
    <message>
        <source>%1 messages, %2 test sends, %3 from the customer, %4 business events. --json adds the raw webhook payloads.</source>
        <translation>%1 मैसेज, %2 टेस्ट मैसेज, %3 ग्राहक की ओर से, %4 बिज़नेस इवेंट। --json कच्चा वेबहुक डेटा भी जोड़ता है।</translation>
    </message>
    <message>
        <source>The event&apos;s name, e.g. order_placed.</source>
        <translation>इवेंट का नाम, जैसे order_placed।</translation>
    </message>
    <message>
        <source>The customer&apos;s phone number with its country code.</source>
        <translation>ग्राहक का फ़ोन नंबर, कंट्री कोड के साथ।</translation>
    </message>
    <message>
        <source>Details of the event as a JSON object.</source>
        <translation>इवेंट की जानकारी JSON ऑब्जेक्ट के रूप में।</translation>
    </message>
    <message>
        <source>When it happened: ISO 8601 (e.g. 2026-11-25T10:00:00Z; default: now).</source>
        <translation>यह कब हुआ: ISO 8601 (जैसे 2026-11-25T10:00:00Z; डिफ़ॉल्ट: अभी)।</translation>
    </message>
    <message>
        <source>Account name (default: the workspace&apos;s default account).</source>
        <translation>अकाउंट का नाम (डिफ़ॉल्ट: वर्कस्पेस का डिफ़ॉल्ट अकाउंट)।</translation>
    </message>
    <message>
        <source>events push needs exactly one event NAME, e.g. herald-cli events push order_placed --phone +14155550123</source>
        <translation>events push को ठीक एक इवेंट NAME चाहिए, जैसे herald-cli events push order_placed --phone +14155550123</translation>
    </message>
    <message>
        <source>events push needs --phone with the customer&apos;s number.</source>
        <translation>events push को ग्राहक के नंबर के साथ --phone चाहिए।</translation>
    </message>
    <message>
        <source>NAME: %1</source>
        <translation>NAME: %1</translation>
    </message>
    <message>
        <source>--phone: %1</source>
        <translation>--phone: %1</translation>
    </message>
    <message>
        <source>--data is not valid JSON: %1 (at character %2).</source>
        <translation>--data सही JSON नहीं है: %1 (अक्षर %2 पर)।</translation>
    </message>
    <message>
        <source>--data must be a JSON object, e.g. &apos;{&quot;order_id&quot;: &quot;A-17&quot;}&apos;.</source>
        <translation>--data JSON ऑब्जेक्ट होना चाहिए, जैसे &apos;{&quot;order_id&quot;: &quot;A-17&quot;}&apos;।</translation>
    </message>
    <message>
        <source>--occurred-at must be an ISO 8601 time such as 2026-11-25T10:00:00Z, not %1.</source>
        <translation>--occurred-at 2026-11-25T10:00:00Z जैसा ISO 8601 समय होना चाहिए, %1 नहीं।</translation>
    </message>
    <message>
        <source>No relay ingest token is stored for the account “%1”. Store it with: herald-cli account set-secret relay-ingest-token --name %1 &lt; token.txt</source>
        <translation>अकाउंट “%1” के लिए कोई रिले इनजेस्ट टोकन सेव नहीं है। इसे सेव करें: herald-cli account set-secret relay-ingest-token --name %1 &lt; token.txt</translation>
    </message>
    <message>
        <source>Event “%1” for %2 stored on the relay (cursor %3).</source>
        <translation>%2 के लिए इवेंट “%1” रिले पर सेव हुआ (कर्सर %3)।</translation>
    </message>
    <message>
        <source>Event “%1” for %2 recorded in the workspace (event %3).</source>
        <translation>%2 के लिए इवेंट “%1” वर्कस्पेस में दर्ज हुआ (इवेंट %3)।</translation>
    </message>
    <message>
        <source>events push NAME --phone P [--data JSON] [--occurred-at ISO] [--account A] [--json]</source>
        <translation>events push NAME --phone P [--data JSON] [--occurred-at ISO] [--account A] [--json]</translation>
    </message>
    <message>
        <source>Records a business event for triggered campaigns.</source>
        <translation>इवेंट से चलने वाले कैंपेन के लिए बिज़नेस इवेंट दर्ज करता है।</translation>
    </message>
    <message>
        <source>Give one campaign ID.</source>
        <translation>एक कैंपेन ID दें।</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n सेकंड</numerusform>
            <numerusform>%n सेकंड</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 मिनट %2 सेकंड</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 घंटे %2 मिनट</translation>
    </message>
    <message>
        <source>Audience: decided per event (triggered campaign)</source>
        <translation>ऑडियंस: हर इवेंट पर तय होती है (इवेंट से चलने वाला कैंपेन)</translation>
    </message>
    <message>
        <source>Audience: %1 contact(s)</source>
        <translation>ऑडियंस: %1 कॉन्टैक्ट</translation>
    </message>
    <message>
        <source>Excluded: %1 opted out, %2 never opted in</source>
        <translation>बाहर रखे गए: %1 ऑप्ट-आउट, %2 ने कभी ऑप्ट-इन नहीं किया</translation>
    </message>
    <message>
        <source>Missing parameters: %1</source>
        <translation>छूटे हुए पैरामीटर: %1</translation>
    </message>
    <message>
        <source>Template: %1, quality %2, category %3</source>
        <translation>टेम्पलेट: %1, क्वालिटी %2, श्रेणी %3</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>नहीं मिला</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>Sample for %1:</source>
        <translation>%1 के लिए नमूना:</translation>
    </message>
    <message>
        <source>Headroom: no limit known (%1)</source>
        <translation>बची सीमा: कोई सीमा पता नहीं (%1)</translation>
    </message>
    <message>
        <source>tier not known</source>
        <translation>टियर पता नहीं</translation>
    </message>
    <message>
        <source>Headroom: %1 of %2 left today (%3, %4 used)</source>
        <translation>बची सीमा: आज %2 में से %1 बाकी (%3, %4 इस्तेमाल हुए)</translation>
    </message>
    <message>
        <source>Duration: about %1 at %2 msg/s</source>
        <translation>अवधि: लगभग %1, %2 मैसेज/सेकंड पर</translation>
    </message>
    <message>
        <source>Cost: no estimate (the rate card is empty)</source>
        <translation>लागत: कोई अनुमान नहीं (रेट कार्ड ख़ाली है)</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>समस्या: %1</translation>
    </message>
    <message>
        <source>Ready to start.</source>
        <translation>शुरू करने के लिए तैयार।</translation>
    </message>
    <message>
        <source>Cannot start until the problems are fixed.</source>
        <translation>समस्याएँ ठीक होने तक शुरू नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Rendered messages to show (default 3).</source>
        <translation>दिखाए जाने वाले तैयार मैसेज (डिफ़ॉल्ट 3)।</translation>
    </message>
    <message>
        <source>The number to send the test to (with country code).</source>
        <translation>वह नंबर जिस पर टेस्ट भेजना है (कंट्री कोड के साथ)।</translation>
    </message>
    <message>
        <source>campaign test-send needs --phone.</source>
        <translation>campaign test-send को --phone चाहिए।</translation>
    </message>
    <message>
        <source>ISO country code (default: any country).</source>
        <translation>ISO कंट्री कोड (डिफ़ॉल्ट: कोई भी देश)।</translation>
    </message>
    <message>
        <source>Currency (default USD).</source>
        <translation>मुद्रा (डिफ़ॉल्ट USD)।</translation>
    </message>
    <message>
        <source>MARKETING, UTILITY, AUTHENTICATION or SERVICE.</source>
        <translation>MARKETING, UTILITY, AUTHENTICATION या SERVICE।</translation>
    </message>
    <message>
        <source>Price of one message.</source>
        <translation>एक मैसेज की कीमत।</translation>
    </message>
    <message>
        <source>The rate&apos;s category.</source>
        <translation>रेट की श्रेणी।</translation>
    </message>
    <message>
        <source>“%1” is not a price; write it like 0.0107.</source>
        <translation>“%1” कीमत नहीं है; इसे ऐसे लिखें: 0.0107।</translation>
    </message>
    <message>
        <source>The rate card is empty: pre-flight checks give no cost estimate.</source>
        <translation>रेट कार्ड ख़ाली है: शुरू करने से पहले की जाँच लागत का अनुमान नहीं देती।</translation>
    </message>
    <message>
        <source>any</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <source>Rate saved.</source>
        <translation>रेट सेव हो गया।</translation>
    </message>
    <message>
        <source>Rate removed.</source>
        <translation>रेट हटा दिया गया।</translation>
    </message>
    <message>
        <source>Sets the price of one message category.</source>
        <translation>एक मैसेज श्रेणी की कीमत तय करता है।</translation>
    </message>
    <message>
        <source>Lists the rate card.</source>
        <translation>रेट कार्ड दिखाता है।</translation>
    </message>
    <message>
        <source>Removes a price from the rate card.</source>
        <translation>रेट कार्ड से एक कीमत हटाता है।</translation>
    </message>
    <message>
        <source>Run id (default: the latest run).</source>
        <translation>रन id (डिफ़ॉल्ट: आख़िरी रन)।</translation>
    </message>
    <message>
        <source>Write a CSV file instead.</source>
        <translation>इसके बजाय CSV फ़ाइल लिखें।</translation>
    </message>
    <message>
        <source>Campaign %1 has not run yet.</source>
        <translation>कैंपेन %1 अभी तक नहीं चला है।</translation>
    </message>
    <message>
        <source>Campaign %1 has no run “%2”.</source>
        <translation>कैंपेन %1 में कोई रन “%2” नहीं है।</translation>
    </message>
    <message>
        <source>Choose either --json or --csv.</source>
        <translation>--json या --csv में से एक चुनें।</translation>
    </message>
    <message>
        <source>Campaign %1, run %2</source>
        <translation>कैंपेन %1, रन %2</translation>
    </message>
    <message>
        <source>Which statistic: %1; or skipped (never attempted, with the reason).</source>
        <translation>कौन सा आँकड़ा: %1; या skipped (कभी कोशिश नहीं हुई, कारण के साथ)।</translation>
    </message>
    <message>
        <source>Only failures with this error code.</source>
        <translation>सिर्फ़ इस एरर कोड वाली विफलताएँ।</translation>
    </message>
    <message>
        <source>--stat must be one of: %1, skipped.</source>
        <translation>--stat इनमें से एक होना चाहिए: %1, skipped।</translation>
    </message>
    <message>
        <source>--reason only goes with --stat failed: skipped rows have a reason text, not a code.</source>
        <translation>--reason सिर्फ़ --stat failed के साथ चलता है: छोड़ी गई पंक्तियों में कारण का टेक्स्ट होता है, कोड नहीं।</translation>
    </message>
    <message>
        <source>--reason needs a numeric error code.</source>
        <translation>--reason को संख्या वाला एरर कोड चाहिए।</translation>
    </message>
    <message>
        <source>Keep polling until the feed has had no new events for SECONDS (default: one pass until the relay has nothing more).</source>
        <translation>तब तक जाँचते रहें जब तक फ़ीड में SECONDS तक कोई नया इवेंट न आए (डिफ़ॉल्ट: एक बार, जब तक रिले के पास कुछ न बचे)।</translation>
    </message>
    <message>
        <source>sync takes no positional arguments.</source>
        <translation>sync कोई पोज़िशनल आर्ग्युमेंट नहीं लेता।</translation>
    </message>
    <message>
        <source>--until-idle needs a whole number of seconds, at least 1.</source>
        <translation>--until-idle को सेकंड की पूर्ण संख्या चाहिए, कम से कम 1।</translation>
    </message>
    <message>
        <source>The account “%1” has no relay. Set one with: herald-cli account set --name %1 --relay-url URL</source>
        <translation>अकाउंट “%1” में कोई रिले नहीं है। एक सेट करें: herald-cli account set --name %1 --relay-url URL</translation>
    </message>
    <message>
        <source>No relay feed token is stored for the account “%1”. Store it with: herald-cli account set-secret relay-feed-token --name %1 &lt; token.txt</source>
        <translation>अकाउंट “%1” के लिए कोई रिले फ़ीड टोकन सेव नहीं है। इसे सेव करें: herald-cli account set-secret relay-feed-token --name %1 &lt; token.txt</translation>
    </message>
    <message>
        <source>The sync stopped.</source>
        <translation>सिंक बंद हो गया।</translation>
    </message>
    <message>
        <source>%1 events from the relay: %2 statuses applied (%3 duplicates), %4 replies attributed, %5 opt-outs, %6 opt-ins, %7 unmatched. Cursor %8.</source>
        <translation>रिले से %1 इवेंट: %2 स्टेटस लागू हुए (%3 डुप्लिकेट), %4 जवाब जोड़े गए, %5 ऑप्ट-आउट, %6 ऑप्ट-इन, %7 मेल नहीं खाए। कर्सर %8।</translation>
    </message>
    <message>
        <source>%1 business events stored, %2 not usable (kept as raw payloads).</source>
        <translation>%1 बिज़नेस इवेंट सेव हुए, %2 इस्तेमाल लायक नहीं (कच्चे डेटा के रूप में रखे गए)।</translation>
    </message>
    <message>
        <source>sync [--name N] [--until-idle SECONDS] [--json]</source>
        <translation>sync [--name N] [--until-idle SECONDS] [--json]</translation>
    </message>
    <message>
        <source>Fetches statuses, replies and opt-outs from the account&apos;s relay.</source>
        <translation>अकाउंट के रिले से स्टेटस, जवाब और ऑप्ट-आउट लाता है।</translation>
    </message>
    <message>
        <source>Seconds to wait for each page (default 30).</source>
        <translation>हर पेज के लिए इंतज़ार के सेकंड (डिफ़ॉल्ट 30)।</translation>
    </message>
    <message>
        <source>%1 templates: %2 added, %3 updated, %4 removed upstream.</source>
        <translation>%1 टेम्पलेट: %2 जोड़े गए, %3 अपडेट हुए, %4 Meta पर हटाए गए।</translation>
    </message>
    <message>
        <source>DELETED upstream</source>
        <translation>Meta पर DELETED</translation>
    </message>
    <message>
        <source>A template in the Graph API&apos;s JSON shape.</source>
        <translation>Graph API के JSON रूप में एक टेम्पलेट।</translation>
    </message>
    <message>
        <source>templates validate needs exactly one FILE.json.</source>
        <translation>templates validate को ठीक एक FILE.json चाहिए।</translation>
    </message>
    <message>
        <source>%1: no rule violations.</source>
        <translation>%1: किसी नियम का उल्लंघन नहीं।</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2 at byte %3).</source>
        <translation>%1 JSON ऑब्जेक्ट नहीं है (बाइट %3 पर %2)।</translation>
    </message>
    <message numerus="yes">
        <source>“%1” breaks %n of Meta&apos;s template rule(s); nothing was stored.</source>
        <translation>
            <numerusform>“%1” Meta के %n टेम्पलेट नियम को तोड़ता है; कुछ भी सेव नहीं हुआ।</numerusform>
            <numerusform>“%1” Meta के %n टेम्पलेट नियमों को तोड़ता है; कुछ भी सेव नहीं हुआ।</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace a local draft with the same name and language.</source>
        <translation>उसी नाम और भाषा वाले लोकल ड्राफ़्ट को बदल दें।</translation>
    </message>
    <message>
        <source>templates create needs exactly one FILE.json.</source>
        <translation>templates create को ठीक एक FILE.json चाहिए।</translation>
    </message>
    <message>
        <source>A template “%1” in %2 exists at Meta already (status %3). Choose another name.</source>
        <translation>%2 में टेम्पलेट “%1” Meta पर पहले से मौजूद है (स्थिति %3)। दूसरा नाम चुनें।</translation>
    </message>
    <message>
        <source>A draft “%1” in %2 exists already. Pass --replace to replace it.</source>
        <translation>%2 में ड्राफ़्ट “%1” पहले से मौजूद है। उसे बदलने के लिए --replace दें।</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>टेम्पलेट सेव नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>Draft “%1” (%2) saved. Submit it for review with: herald-cli templates submit %1 --language %2</source>
        <translation>ड्राफ़्ट “%1” (%2) सेव हो गया। इसे समीक्षा के लिए जमा करें: herald-cli templates submit %1 --language %2</translation>
    </message>
    <message>
        <source>The stored template&apos;s name.</source>
        <translation>सेव किए गए टेम्पलेट का नाम।</translation>
    </message>
    <message>
        <source>Its language code, e.g. en_US.</source>
        <translation>इसकी भाषा का कोड, जैसे en_US।</translation>
    </message>
    <message>
        <source>templates submit needs a template NAME and --language L.</source>
        <translation>templates submit को टेम्पलेट का NAME और --language L चाहिए।</translation>
    </message>
    <message>
        <source>The account “%1” has no template “%2” in %3. Store it first with: herald-cli templates create FILE.json</source>
        <translation>अकाउंट “%1” में %3 में कोई टेम्पलेट “%2” नहीं है। पहले इसे सेव करें: herald-cli templates create FILE.json</translation>
    </message>
    <message>
        <source>The sandbox approved “%1” at once: it simulates Meta&apos;s review.</source>
        <translation>सैंडबॉक्स ने “%1” को तुरंत मंज़ूर कर दिया: यह Meta की समीक्षा की नकल करता है।</translation>
    </message>
    <message>
        <source>“%1” was submitted for review (status %2); Meta answers within 24 hours. See it with: herald-cli templates sync</source>
        <translation>“%1” समीक्षा के लिए जमा हो गया (स्थिति %2); Meta 24 घंटे के अंदर जवाब देता है। इसे देखें: herald-cli templates sync</translation>
    </message>
    <message>
        <source>templates create FILE.json [--name N] [--replace] [--json]</source>
        <translation>templates create FILE.json [--name N] [--replace] [--json]</translation>
    </message>
    <message>
        <source>Saves a template file as a draft.</source>
        <translation>टेम्पलेट फ़ाइल को ड्राफ़्ट के रूप में सेव करता है।</translation>
    </message>
    <message>
        <source>templates list [--name N] [--json]</source>
        <translation>templates list [--name N] [--json]</translation>
    </message>
    <message>
        <source>Lists the account&apos;s message templates.</source>
        <translation>अकाउंट के मैसेज टेम्पलेट की सूची दिखाता है।</translation>
    </message>
    <message>
        <source>templates submit NAME --language L [--name N] [--json]</source>
        <translation>templates submit NAME --language L [--name N] [--json]</translation>
    </message>
    <message>
        <source>Submits a draft template to Meta for review.</source>
        <translation>ड्राफ़्ट टेम्पलेट को समीक्षा के लिए Meta को जमा करता है।</translation>
    </message>
    <message>
        <source>templates sync [--name N] [--json]</source>
        <translation>templates sync [--name N] [--json]</translation>
    </message>
    <message>
        <source>Fetches the account&apos;s message templates.</source>
        <translation>अकाउंट के मैसेज टेम्पलेट लाता है।</translation>
    </message>
    <message>
        <source>templates validate FILE.json [--json]</source>
        <translation>templates validate FILE.json [--json]</translation>
    </message>
    <message>
        <source>Checks a template file against Meta&apos;s rules.</source>
        <translation>टेम्पलेट फ़ाइल को Meta के नियमों पर जाँचता है।</translation>
    </message>
    <message>
        <source>workspace backup [--to FILE] [--json]</source>
        <translation>workspace backup [--to FILE] [--json]</translation>
    </message>
    <message>
        <source>Writes a backup copy of the workspace.</source>
        <translation>वर्कस्पेस की बैकअप कॉपी लिखता है।</translation>
    </message>
    <message>
        <source>Write the backup to this file instead of the rolling folder &lt;workspace&gt;.backups/.</source>
        <translation>बैकअप को घूमने वाले फ़ोल्डर &lt;workspace&gt;.backups/ के बजाय इस फ़ाइल में लिखें।</translation>
    </message>
    <message>
        <source>workspace backup takes no arguments (use --to FILE to choose the file).</source>
        <translation>workspace backup कोई आर्ग्युमेंट नहीं लेता (फ़ाइल चुनने के लिए --to FILE इस्तेमाल करें)।</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 bytes).</source>
        <translation>%1 का बैकअप %2 में लिया गया (%3 बाइट)।</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>वापस लाने वाला बैकअप।</translation>
    </message>
    <message>
        <source>workspace restore needs exactly one FILE (a backup, e.g. from &lt;workspace&gt;.backups/).</source>
        <translation>workspace restore को ठीक एक FILE चाहिए (एक बैकअप, जैसे &lt;workspace&gt;.backups/ से)।</translation>
    </message>
    <message>
        <source>The backup was put in place but cannot be opened: %1</source>
        <translation>बैकअप अपनी जगह रख दिया गया लेकिन खुल नहीं सकता: %1</translation>
    </message>
    <message>
        <source>Restored %1 from %2 (%3 contacts). Its previous state is kept in %4.</source>
        <translation>%1 को %2 से वापस लाया गया (%3 कॉन्टैक्ट)। इसकी पिछली स्थिति %4 में रखी गई है।</translation>
    </message>
    <message>
        <source>workspace restore FILE [--json]</source>
        <translation>workspace restore FILE [--json]</translation>
    </message>
    <message>
        <source>Replaces the workspace with a backup copy.</source>
        <translation>वर्कस्पेस को बैकअप कॉपी से बदल देता है।</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>लागत: %1</translation>
    </message>
    <message>
        <source>campaign recipients ID --stat STAT|skipped [--reason CODE] [--run R] [--json | --csv FILE [--separator SEP]]</source>
        <translation>campaign recipients ID --stat STAT|skipped [--reason CODE] [--run R] [--json | --csv FILE [--separator SEP]]</translation>
    </message>
    <message>
        <source>campaign stats ID [--run R] [--json | --csv FILE [--separator SEP]]</source>
        <translation>campaign stats ID [--run R] [--json | --csv FILE [--separator SEP]]</translation>
    </message>
    <message>
        <source>Column separator of the CSV file: , (default), ; or tab (Excel where the decimal separator is a comma expects ;).</source>
        <translation>CSV फ़ाइल का कॉलम सेपरेटर: , (डिफ़ॉल्ट), ; या tab (जहाँ दशमलव के लिए कॉमा लगता है, वहाँ Excel ; की उम्मीद करता है)।</translation>
    </message>
    <message>
        <source>--separator must be , or ; or tab, not “%1”.</source>
        <translation>--separator , या ; या tab होना चाहिए, “%1” नहीं।</translation>
    </message>
    <message>
        <source>contacts export FILE [--separator SEP] [--json]</source>
        <translation>contacts export FILE [--separator SEP] [--json]</translation>
    </message>
    <message>
        <source>%1 (campaign %2): %3</source>
        <translation>%1 (कैंपेन %2): %3</translation>
    </message>
    <message>
        <source>Country of a --phone written without its country code (ISO 3166, e.g. IN).</source>
        <translation>बिना कंट्री कोड लिखे --phone का देश (ISO 3166, जैसे IN)।</translation>
    </message>
    <message>
        <source>--region: “%1” is not a country code; use two letters such as IN or DE.</source>
        <translation>--region: “%1” कंट्री कोड नहीं है; IN या DE जैसे दो अक्षर इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=…]</source>
        <translation>postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=…]</translation>
    </message>
    <message>
        <source>workspace login takes one URL: herald-cli workspace login postgresql://USER@HOST/DBNAME &lt; password-file</source>
        <translation>workspace login एक ही URL लेता है: herald-cli workspace login postgresql://USER@HOST/DBNAME &lt; password-file</translation>
    </message>
    <message>
        <source>No password on standard input. Pipe it in: herald-cli workspace login %1 &lt; password-file</source>
        <translation>स्टैंडर्ड इनपुट पर कोई पासवर्ड नहीं। इसे पाइप से दें: herald-cli workspace login %1 &lt; password-file</translation>
    </message>
    <message>
        <source>The password was not stored: %1</source>
        <translation>पासवर्ड सेव नहीं हुआ: %1</translation>
    </message>
    <message>
        <source>Logged in to %1; the password is stored in the keychain and used whenever this URL is opened.</source>
        <translation>%1 में लॉग इन हो गया; पासवर्ड कीचेन में सेव है और जब भी यह URL खोला जाता है, इस्तेमाल होता है।</translation>
    </message>
    <message>
        <source>workspace login URL [--json]</source>
        <translation>workspace login URL [--json]</translation>
    </message>
    <message>
        <source>Stores a PostgreSQL workspace&apos;s password (read from standard input) in the keychain.</source>
        <translation>PostgreSQL वर्कस्पेस का पासवर्ड (स्टैंडर्ड इनपुट से पढ़ा गया) कीचेन में सेव करता है।</translation>
    </message>
    <message>
        <source>Send from several numbers of one business portfolio, comma-separated account names (the first is the campaign&apos;s own; --account may also be repeated).</source>
        <translation>एक बिज़नेस पोर्टफ़ोलियो के कई नंबरों से भेजें: अकाउंट के नाम कॉमा से अलग करके (पहला कैंपेन का अपना अकाउंट है; --account को दोहराया भी जा सकता है)।</translation>
    </message>
    <message>
        <source>--accounts: there is no account named “%1” (herald-cli account list shows them).</source>
        <translation>--accounts: “%1” नाम का कोई अकाउंट नहीं है (herald-cli account list उन्हें दिखाता है)।</translation>
    </message>
    <message>
        <source>The month (UTC), default this one.</source>
        <translation>महीना (UTC); डिफ़ॉल्ट: यह महीना।</translation>
    </message>
    <message>
        <source>Only this account (default: every account).</source>
        <translation>सिर्फ़ यह अकाउंट (डिफ़ॉल्ट: सभी अकाउंट)।</translation>
    </message>
    <message>
        <source>cost takes no arguments; choose the month with --month YYYY-MM.</source>
        <translation>cost कोई आर्ग्युमेंट नहीं लेता; महीना --month YYYY-MM से चुनें।</translation>
    </message>
    <message>
        <source>“%1” is not a month; write --month like 2026-03.</source>
        <translation>“%1” महीना नहीं है; --month को ऐसे लिखें: 2026-03।</translation>
    </message>
    <message>
        <source>No billable message was delivered in %1.</source>
        <translation>%1 में बिल होने वाला कोई मैसेज डिलीवर नहीं हुआ।</translation>
    </message>
    <message>
        <source>no rate on the rate card</source>
        <translation>रेट कार्ड में कोई रेट नहीं</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %3 for %n billable message(s) in %4 campaign(s)</source>
        <translation>
            <numerusform>%1 · %2: %4 कैंपेन में %n बिल होने वाले मैसेज के लिए %3</numerusform>
            <numerusform>%1 · %2: %4 कैंपेन में %n बिल होने वाले मैसेज के लिए %3</numerusform>
        </translation>
    </message>
    <message>
        <source>cost [--month YYYY-MM] [--account NAME] [--json]</source>
        <translation>cost [--month YYYY-MM] [--account NAME] [--json]</translation>
    </message>
    <message>
        <source>Prints what each account&apos;s messages cost in a month.</source>
        <translation>दिखाता है कि किसी महीने में हर अकाउंट के मैसेज पर कितनी लागत आई।</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Ask each number&apos;s phone-number endpoint for its quality and throughput first.</source>
        <translation>पहले हर नंबर के फ़ोन नंबर एंडपॉइंट से उसकी क्वालिटी और थ्रूपुट पूछें।</translation>
    </message>
    <message>
        <source>Could not refresh the quality of %1: %2</source>
        <translation>%1 की क्वालिटी रीफ़्रेश नहीं हो सकी: %2</translation>
    </message>
    <message>
        <source>Portfolio %1: %2</source>
        <translation>पोर्टफ़ोलियो %1: %2</translation>
    </message>
    <message>
        <source>  %1 (%2): quality %3%4, %5 msg/s, tier %6, %7 recipients in 24 h</source>
        <translation>  %1 (%2): क्वालिटी %3%4, %5 मैसेज/सेकंड, टियर %6, 24 घंटे में %7 प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>no number id</source>
        <translation>नंबर ID नहीं</translation>
    </message>
    <message>
        <source> — flagged, nothing is sent from it</source>
        <translation> — फ़्लैग किया गया, इससे कुछ नहीं भेजा जाता</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>पता नहीं</translation>
    </message>
    <message>
        <source>    running: %1; scheduled: %2</source>
        <translation>    चल रहे: %1; शेड्यूल किए गए: %2</translation>
    </message>
    <message>
        <source>portfolio [--refresh] [--json]</source>
        <translation>portfolio [--refresh] [--json]</translation>
    </message>
    <message>
        <source>Shows every number by portfolio: quality, throughput, tier, recipients in 24 h, headroom and the campaigns drawing on it.</source>
        <translation>हर नंबर को पोर्टफ़ोलियो के हिसाब से दिखाता है: क्वालिटी, थ्रूपुट, टियर, 24 घंटे में प्राप्तकर्ता, बची सीमा और उसका इस्तेमाल करने वाले कैंपेन।</translation>
    </message>
    <message>
        <source>Send window: %1; waves (recipients per hour, UTC):</source>
        <translation>सेंड विंडो: %1; बैच (प्रति घंटे प्राप्तकर्ता, UTC):</translation>
    </message>
    <message>
        <source>Last send: about %1 UTC</source>
        <translation>आख़िरी भेजने का समय: लगभग %1 UTC</translation>
    </message>
    <message>
        <source>The day (UTC) the price applies from; messages sent before keep the earlier price (default: since always).</source>
        <translation>वह दिन (UTC) जिससे कीमत लागू होती है; पहले भेजे गए मैसेज पुरानी कीमत पर ही रहते हैं (डिफ़ॉल्ट: हमेशा से)।</translation>
    </message>
    <message>
        <source>Usage: ratecard set CATEGORY PRICE [--country CC] [--currency CUR] [--valid-from DATE] | ratecard list | ratecard remove CATEGORY [--country CC] [--valid-from DATE]</source>
        <translation>इस्तेमाल: ratecard set CATEGORY PRICE [--country CC] [--currency CUR] [--valid-from DATE] | ratecard list | ratecard remove CATEGORY [--country CC] [--valid-from DATE]</translation>
    </message>
    <message>
        <source>“%1” is not a date; write --valid-from like 2025-07-01.</source>
        <translation>“%1” तारीख़ नहीं है; --valid-from को ऐसे लिखें: 2025-07-01।</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 से</translation>
    </message>
    <message>
        <source>ratecard set CATEGORY PRICE [--country CC] [--currency CUR] [--valid-from YYYY-MM-DD] [--json]</source>
        <translation>ratecard set CATEGORY PRICE [--country CC] [--currency CUR] [--valid-from YYYY-MM-DD] [--json]</translation>
    </message>
    <message>
        <source>ratecard list [--json] | ratecard remove CATEGORY [--country CC] [--valid-from YYYY-MM-DD] [--json]</source>
        <translation>ratecard list [--json] | ratecard remove CATEGORY [--country CC] [--valid-from YYYY-MM-DD] [--json]</translation>
    </message>
    <message>
        <source>CSV with the header category,country,price,currency and optionally valid_from.</source>
        <translation>हेडर category,country,price,currency और चाहें तो valid_from वाली CSV।</translation>
    </message>
    <message>
        <source>ratecard import needs one CSV file.</source>
        <translation>ratecard import को एक CSV फ़ाइल चाहिए।</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rate(s): %1 new, %2 replaced.</source>
        <translation>
            <numerusform>%n रेट इम्पोर्ट हुआ (नए: %1, बदले गए: %2)।</numerusform>
            <numerusform>%n रेट इम्पोर्ट हुए (नए: %1, बदले गए: %2)।</numerusform>
        </translation>
    </message>
    <message>
        <source>ratecard import FILE.csv [--json]</source>
        <translation>ratecard import FILE.csv [--json]</translation>
    </message>
    <message>
        <source>Imports rates from a CSV: category,country,price,currency[,valid_from].</source>
        <translation>CSV से रेट इम्पोर्ट करता है: category,country,price,currency[,valid_from]।</translation>
    </message>
    <message numerus="yes">
        <source>cost	actual %1 of estimated %2 (%n billable message(s))</source>
        <translation>
            <numerusform>cost	अनुमानित %2 में से असल %1 (%n बिल होने वाला मैसेज)</numerusform>
            <numerusform>cost	अनुमानित %2 में से असल %1 (%n बिल होने वाले मैसेज)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cost	%n billable message(s) have no rate on the rate card</source>
        <translation>
            <numerusform>cost	बिल होने वाले %n मैसेज का रेट कार्ड में कोई रेट नहीं है</numerusform>
            <numerusform>cost	बिल होने वाले %n मैसेज का रेट कार्ड में कोई रेट नहीं है</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV file or Excel workbook (.xlsx) to import.</source>
        <translation>इम्पोर्ट करने के लिए CSV फ़ाइल या Excel वर्कबुक (.xlsx)।</translation>
    </message>
    <message>
        <source>The sheet of an Excel workbook to import (default: the first).</source>
        <translation>इम्पोर्ट करने के लिए Excel वर्कबुक की शीट (डिफ़ॉल्ट: पहली शीट)।</translation>
    </message>
    <message>
        <source>  sheet “%1”, row %2: %3</source>
        <translation>  शीट “%1”, पंक्ति %2: %3</translation>
    </message>
    <message>
        <source>team add NAME --role admin|sender|viewer [--password-stdin] [--json]</source>
        <translation>team add NAME --role admin|sender|viewer [--password-stdin] [--json]</translation>
    </message>
    <message>
        <source>Adds a person to a team workspace as a PostgreSQL user with the rights of their role.</source>
        <translation>किसी व्यक्ति को टीम वर्कस्पेस में उसकी भूमिका के अधिकारों वाले PostgreSQL यूज़र के रूप में जोड़ता है।</translation>
    </message>
    <message>
        <source>admin, sender or viewer.</source>
        <translation>admin, sender या viewer।</translation>
    </message>
    <message>
        <source>Read the person&apos;s password from standard input (one line).</source>
        <translation>व्यक्ति का पासवर्ड स्टैंडर्ड इनपुट से पढ़ें (एक लाइन)।</translation>
    </message>
    <message>
        <source>The person&apos;s PostgreSQL user name.</source>
        <translation>व्यक्ति का PostgreSQL यूज़र नाम।</translation>
    </message>
    <message>
        <source>team add takes one NAME, e.g. team add maria --role sender</source>
        <translation>team add एक ही NAME लेता है, जैसे team add maria --role sender</translation>
    </message>
    <message>
        <source>--role must be admin, sender or viewer (got “%1”).</source>
        <translation>--role admin, sender या viewer होना चाहिए (मिला “%1”)।</translation>
    </message>
    <message>
        <source>No password on standard input. Pipe it in: herald-cli team add NAME --role ROLE --password-stdin &lt; password-file</source>
        <translation>स्टैंडर्ड इनपुट पर कोई पासवर्ड नहीं। इसे पाइप से दें: herald-cli team add NAME --role ROLE --password-stdin &lt; password-file</translation>
    </message>
    <message>
        <source>Added %1 as %2. They open the workspace with: herald --workspace postgresql://%1@HOST/DATABASE</source>
        <translation>%1 को %2 के रूप में जोड़ा गया। वे वर्कस्पेस इस तरह खोलेंगे: herald --workspace postgresql://%1@HOST/DATABASE</translation>
    </message>
    <message>
        <source>team list takes no arguments.</source>
        <translation>team list कोई आर्ग्युमेंट नहीं लेता।</translation>
    </message>
    <message>
        <source>No one has been added yet: herald-cli team add NAME --role admin|sender|viewer</source>
        <translation>अभी तक किसी को नहीं जोड़ा गया: herald-cli team add NAME --role admin|sender|viewer</translation>
    </message>
    <message>
        <source>team remove takes one NAME.</source>
        <translation>team remove एक ही NAME लेता है।</translation>
    </message>
    <message>
        <source>Removed %1 from the team; their PostgreSQL user is gone.</source>
        <translation>%1 को टीम से हटाया गया; उनका PostgreSQL यूज़र भी हटा दिया गया।</translation>
    </message>
    <message>
        <source>Removed %1 from the team; their PostgreSQL user stays (it belongs to something else too).</source>
        <translation>%1 को टीम से हटाया गया; उनका PostgreSQL यूज़र बना रहता है (वह किसी और चीज़ से भी जुड़ा है)।</translation>
    </message>
    <message>
        <source>team list [--json]</source>
        <translation>team list [--json]</translation>
    </message>
    <message>
        <source>Lists the people of a team workspace and their roles.</source>
        <translation>टीम वर्कस्पेस के लोगों और उनकी भूमिकाओं की सूची दिखाता है।</translation>
    </message>
    <message>
        <source>team remove NAME [--json]</source>
        <translation>team remove NAME [--json]</translation>
    </message>
    <message>
        <source>Takes a person off a team workspace.</source>
        <translation>किसी व्यक्ति को टीम वर्कस्पेस से हटाता है।</translation>
    </message>
    <message>
        <source>The workspace to copy: a file or a postgresql:// URL.</source>
        <translation>कॉपी करने वाला वर्कस्पेस: एक फ़ाइल या postgresql:// URL।</translation>
    </message>
    <message>
        <source>A new workspace: a file that does not exist yet, or an empty database.</source>
        <translation>एक नया वर्कस्पेस: ऐसी फ़ाइल जो अभी मौजूद नहीं है, या एक ख़ाली डेटाबेस।</translation>
    </message>
    <message>
        <source>workspace copy needs FROM and TO, e.g. workspace copy shop.herald postgresql://me@db/shop</source>
        <translation>workspace copy को FROM और TO चाहिए, जैसे workspace copy shop.herald postgresql://me@db/shop</translation>
    </message>
    <message>
        <source>%1 does not exist; FROM must be an existing workspace.</source>
        <translation>%1 मौजूद नहीं है; FROM एक मौजूदा वर्कस्पेस होना चाहिए।</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 खोला नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Copying %1: %2 of %3 rows</source>
        <translation>%1 कॉपी हो रहा है: %3 में से %2 पंक्तियाँ</translation>
    </message>
    <message>
        <source>Copied %1 rows in %2 tables from %3 to %4; every table&apos;s row count matches.</source>
        <translation>%3 से %4 में %2 टेबल की %1 पंक्तियाँ कॉपी की गईं; हर टेबल की पंक्तियों की संख्या मेल खाती है।</translation>
    </message>
    <message>
        <source>workspace copy FROM TO [--json]</source>
        <translation>workspace copy FROM TO [--json]</translation>
    </message>
    <message>
        <source>Copies a workspace (a file or a postgresql:// URL) into a new, empty one, checking every table.</source>
        <translation>एक वर्कस्पेस (फ़ाइल या postgresql:// URL) को एक नए, ख़ाली वर्कस्पेस में कॉपी करता है और हर टेबल जाँचता है।</translation>
    </message>
</context>
<context>
    <name>CloudApi</name>
    <message>
        <source>The frozen message content of this recipient is damaged (%1).</source>
        <translation>इस प्राप्तकर्ता के मैसेज की तय की गई सामग्री ख़राब हो गई है (%1)।</translation>
    </message>
    <message>
        <source>not a JSON array</source>
        <translation>JSON array नहीं है</translation>
    </message>
</context>
<context>
    <name>ConnectionTestGroup</name>
    <message>
        <source>Connection</source>
        <translation>कनेक्शन</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>कनेक्शन टेस्ट करें (&amp;T)</translation>
    </message>
    <message>
        <source>Ask Meta about this phone number with the stored (or just typed) token</source>
        <translation>सेव किए गए (या अभी टाइप किए गए) टोकन से Meta से इस फ़ोन नंबर के बारे में पूछें</translation>
    </message>
    <message>
        <source>&lt;b&gt;✘ The connection failed.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;✘ कनेक्शन विफल रहा।&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>कनेक्ट हो गया</translation>
    </message>
    <message>
        <source>Display number</source>
        <translation>दिखने वाला नंबर</translation>
    </message>
    <message>
        <source>Verified name</source>
        <translation>सत्यापित नाम</translation>
    </message>
    <message>
        <source>Quality rating</source>
        <translation>क्वालिटी रेटिंग</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>भेजने की क्षमता</translation>
    </message>
    <message>
        <source>Paste the access token into “Access token” to test before saving.</source>
        <translation>सेव करने से पहले टेस्ट करने के लिए एक्सेस टोकन को “एक्सेस टोकन” में पेस्ट करें।</translation>
    </message>
</context>
<context>
    <name>ConsentDelegate</name>
    <message>
        <source>Opted in</source>
        <translation>ऑप्ट-इन</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>ऑप्ट-आउट</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>सहमति नहीं</translation>
    </message>
</context>
<context>
    <name>ContactActions</name>
    <message>
        <source>1 contact</source>
        <translation>1 कॉन्टैक्ट</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 कॉन्टैक्ट</translation>
    </message>
    <message>
        <source>No contact has a tag yet.</source>
        <translation>अभी किसी कॉन्टैक्ट पर टैग नहीं है।</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>टैग जोड़ें</translation>
    </message>
    <message>
        <source>Tag to add to %1:</source>
        <translation>%1 पर जोड़ने वाला टैग:</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>टैग हटाएँ</translation>
    </message>
    <message>
        <source>Tag to remove from %1:</source>
        <translation>%1 से हटाने वाला टैग:</translation>
    </message>
    <message>
        <source>Opt Out</source>
        <translation>ऑप्ट-आउट करें</translation>
    </message>
    <message>
        <source>Campaigns will no longer send to %1. Reason (kept with each contact):</source>
        <translation>कैंपेन अब %1 को मैसेज नहीं भेजेंगे। कारण (हर कॉन्टैक्ट के साथ रखा जाता है):</translation>
    </message>
    <message>
        <source>Asked to stop receiving messages</source>
        <translation>मैसेज पाना बंद करने को कहा</translation>
    </message>
    <message>
        <source>Replied STOP</source>
        <translation>STOP का जवाब दिया</translation>
    </message>
    <message>
        <source>Number no longer in use</source>
        <translation>नंबर अब इस्तेमाल में नहीं है</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>शिकायत</translation>
    </message>
    <message>
        <source>Delete this contact? Its consent record is deleted with it. This cannot be undone.</source>
        <translation>यह कॉन्टैक्ट हटाएँ? इसका सहमति रिकॉर्ड भी साथ में हट जाएगा। इसे वापस नहीं लाया जा सकता।</translation>
    </message>
    <message>
        <source>Delete %1? Their consent records are deleted with them. This cannot be undone.</source>
        <translation>%1 हटाएँ? उनके सहमति रिकॉर्ड भी साथ में हट जाएँगे। इसे वापस नहीं लाया जा सकता।</translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation>कॉन्टैक्ट हटाएँ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Cannot add the tag: %1</source>
        <translation>टैग जोड़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Tagged %1 with “%2”.</source>
        <translation>%1 पर “%2” टैग लगाया गया।</translation>
    </message>
    <message>
        <source>Cannot remove the tag: %1</source>
        <translation>टैग हटाया नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Removed “%2” from %1.</source>
        <translation>%1 से “%2” हटाया गया।</translation>
    </message>
    <message>
        <source>Cannot record the opt-out: %1</source>
        <translation>ऑप्ट-आउट दर्ज नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>Opted out %1.</source>
        <translation>%1 को ऑप्ट-आउट किया गया।</translation>
    </message>
    <message>
        <source>Cannot delete the contacts: %1</source>
        <translation>कॉन्टैक्ट हटाए नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 हटाए गए।</translation>
    </message>
    <message>
        <source>contacts-%1.csv</source>
        <translation>contacts-%1.csv</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>कॉन्टैक्ट एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>Exporting contacts to %1…</source>
        <translation>कॉन्टैक्ट %1 में एक्सपोर्ट हो रहे हैं…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 को %2 में एक्सपोर्ट किया गया।</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>एक्सपोर्ट रद्द किया गया।</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>एक्सपोर्ट विफल रहा।</translation>
    </message>
    <message>
        <source>Cannot export the contacts: %1</source>
        <translation>कॉन्टैक्ट एक्सपोर्ट नहीं हो सके: %1</translation>
    </message>
</context>
<context>
    <name>ContactDetailPane</name>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>सहमति</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>टैग</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>अपडेट किया गया</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>एट्रिब्यूट</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>वैल्यू</translation>
    </message>
    <message>
        <source>No attributes.</source>
        <translation>कोई एट्रिब्यूट नहीं।</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>एट्रिब्यूट</translation>
    </message>
    <message>
        <source>%1 contacts selected.</source>
        <translation>%1 कॉन्टैक्ट चुने गए।</translation>
    </message>
    <message>
        <source>Select a contact to see its details.</source>
        <translation>जानकारी देखने के लिए कोई कॉन्टैक्ट चुनें।</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(कोई नाम नहीं)</translation>
    </message>
    <message>
        <source>Opted out on %1.</source>
        <translation>%1 को ऑप्ट-आउट किया।</translation>
    </message>
    <message>
        <source>Opted out on %1: %2</source>
        <translation>%1 को ऑप्ट-आउट किया: %2</translation>
    </message>
    <message>
        <source>Had opted in on %1.</source>
        <translation>%1 को ऑप्ट-इन किया था।</translation>
    </message>
    <message>
        <source>Opted in on %1.</source>
        <translation>%1 को ऑप्ट-इन किया।</translation>
    </message>
    <message>
        <source>Opted in on %1 via %2.</source>
        <translation>%1 को %2 के ज़रिए ऑप्ट-इन किया।</translation>
    </message>
    <message>
        <source>No opt-in recorded.</source>
        <translation>कोई ऑप्ट-इन दर्ज नहीं।</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>entered in Herald</source>
        <translation>Herald में दर्ज किया गया</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>कॉन्टैक्ट जोड़ें</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>कॉन्टैक्ट बदलें</translation>
    </message>
    <message>
        <source>e.g. +91 98765 43210, or a national number of the default region</source>
        <translation>जैसे +91 98765 43210, या डिफ़ॉल्ट रीजन का राष्ट्रीय नंबर</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>फ़ोन नंबर</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>सहमति</translation>
    </message>
    <message>
        <source>Not asked yet (never sent to)</source>
        <translation>अभी पूछा नहीं गया (इन्हें कभी नहीं भेजा जाता)</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>ऑप्ट-इन</translation>
    </message>
    <message>
        <source>Opted out (never sent to)</source>
        <translation>ऑप्ट-आउट (इन्हें कभी नहीं भेजा जाता)</translation>
    </message>
    <message>
        <source>Where they agreed</source>
        <translation>उन्होंने कहाँ सहमति दी</translation>
    </message>
    <message>
        <source>Where they agreed, e.g. at the counter</source>
        <translation>उन्होंने कहाँ सहमति दी, जैसे काउंटर पर</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>टैग</translation>
    </message>
    <message>
        <source>New tags</source>
        <translation>नए टैग</translation>
    </message>
    <message>
        <source>New tags, comma-separated</source>
        <translation>नए टैग, कॉमा से अलग</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>एट्रिब्यूट</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>एट्रिब्यूट</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>वैल्यू</translation>
    </message>
    <message>
        <source>Add attri&amp;bute</source>
        <translation>एट्रिब्यूट जोड़ें (&amp;B)</translation>
    </message>
    <message>
        <source>Remo&amp;ve attribute</source>
        <translation>एट्रिब्यूट हटाएँ (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>फ़ोन (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation>सहमति (&amp;C):</translation>
    </message>
    <message>
        <source>Opt-in &amp;source:</source>
        <translation>ऑप्ट-इन का स्रोत (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>टैग (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Attributes:</source>
        <translation>एट्रिब्यूट (&amp;A):</translation>
    </message>
    <message>
        <source>The number identifies the contact; to use another number, add a new contact.</source>
        <translation>नंबर से कॉन्टैक्ट की पहचान होती है; कोई दूसरा नंबर इस्तेमाल करने के लिए नया कॉन्टैक्ट जोड़ें।</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>फ़ोन: %1</translation>
    </message>
    <message>
        <source>enter the contact&apos;s number.</source>
        <translation>कॉन्टैक्ट का नंबर डालें।</translation>
    </message>
    <message>
        <source>Phone: %1 is already a contact (%2); edit that contact instead.</source>
        <translation>फ़ोन: %1 पहले से एक कॉन्टैक्ट है (%2); उसके बजाय उस कॉन्टैक्ट को बदलें।</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>कोई नाम नहीं</translation>
    </message>
    <message>
        <source>Attributes, row %1: give the attribute a name, or remove the row.</source>
        <translation>एट्रिब्यूट, पंक्ति %1: एट्रिब्यूट को नाम दें, या पंक्ति हटाएँ।</translation>
    </message>
    <message>
        <source>Attributes, row %1: “%2” appears twice; keep one row per attribute.</source>
        <translation>एट्रिब्यूट, पंक्ति %1: “%2” दो बार है; हर एट्रिब्यूट के लिए एक ही पंक्ति रखें।</translation>
    </message>
    <message>
        <source>Cannot save the contact: %1</source>
        <translation>कॉन्टैक्ट सेव नहीं हो सका: %1</translation>
    </message>
</context>
<context>
    <name>ContactExporter</name>
    <message>
        <source>Cannot read the contacts: %1</source>
        <translation>कॉन्टैक्ट पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 is incomplete.</source>
        <translation>एक्सपोर्ट रद्द किया गया; %1 अधूरी है।</translation>
    </message>
</context>
<context>
    <name>ContactHistoryView</name>
    <message>
        <source>Error %1 — %2</source>
        <translation>एरर %1 — %2</translation>
    </message>
    <message>
        <source>Retrying can help.</source>
        <translation>दोबारा कोशिश करने से मदद मिल सकती है।</translation>
    </message>
    <message>
        <source>Retrying the same message does not help.</source>
        <translation>वही मैसेज दोबारा भेजने से मदद नहीं मिलेगी।</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>तय</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>भेजा जा रहा है</translation>
    </message>
    <message>
        <source>accepted by WhatsApp</source>
        <translation>WhatsApp ने स्वीकार किया</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>डिलीवर हुआ</translation>
    </message>
    <message>
        <source>read</source>
        <translation>पढ़ा गया</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>अनिश्चित</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>छोड़ा गया</translation>
    </message>
    <message>
        <source>Message history of %1</source>
        <translation>%1 का मैसेज इतिहास</translation>
    </message>
    <message>
        <source>Message history</source>
        <translation>मैसेज इतिहास</translation>
    </message>
    <message>
        <source>Each campaign message with the statuses WhatsApp reported, replies and business events, newest first</source>
        <translation>हर कैंपेन मैसेज, WhatsApp के बताए स्टेटस, जवाब और बिज़नेस इवेंट के साथ, सबसे नया पहले</translation>
    </message>
    <message>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Details of the selected entry</source>
        <translation>चुनी गई एंट्री की जानकारी</translation>
    </message>
    <message>
        <source>&amp;Raw webhook payload</source>
        <translation>कच्चा वेबहुक डेटा (&amp;R)</translation>
    </message>
    <message>
        <source>Raw webhook payload</source>
        <translation>कच्चा वेबहुक डेटा</translation>
    </message>
    <message>
        <source>&amp;Copy payload</source>
        <translation>डेटा कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>Copy the raw payload to the clipboard</source>
        <translation>कच्चा डेटा क्लिपबोर्ड पर कॉपी करें</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>रीफ़्रेश करें (&amp;R)</translation>
    </message>
    <message>
        <source>Cannot read the history of %1: %2</source>
        <translation>%1 का इतिहास पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Opted out on %1 (%2).</source>
        <translation>%1 को ऑप्ट-आउट किया (%2)।</translation>
    </message>
    <message>
        <source>Opted in on %1 (%2).</source>
        <translation>%1 को ऑप्ट-इन किया (%2)।</translation>
    </message>
    <message>
        <source>No recorded opt-in.</source>
        <translation>कोई ऑप्ट-इन दर्ज नहीं।</translation>
    </message>
    <message>
        <source>No contact has this number.</source>
        <translation>इस नंबर का कोई कॉन्टैक्ट नहीं है।</translation>
    </message>
    <message>
        <source>WhatsApp names this number %1.</source>
        <translation>WhatsApp इस नंबर को %1 नाम से दिखाता है।</translation>
    </message>
    <message>
        <source>1 campaign message</source>
        <translation>1 कैंपेन मैसेज</translation>
    </message>
    <message>
        <source>%1 campaign messages</source>
        <translation>%1 कैंपेन मैसेज</translation>
    </message>
    <message>
        <source>1 message from the customer</source>
        <translation>ग्राहक का 1 मैसेज</translation>
    </message>
    <message>
        <source>%1 messages from the customer</source>
        <translation>ग्राहक के %1 मैसेज</translation>
    </message>
    <message>
        <source>1 business event</source>
        <translation>1 बिज़नेस इवेंट</translation>
    </message>
    <message>
        <source>%1 business events</source>
        <translation>%1 बिज़नेस इवेंट</translation>
    </message>
    <message>
        <source>%1 — run %2</source>
        <translation>%1 — रन %2</translation>
    </message>
    <message>
        <source>Template %1 (%2)</source>
        <translation>टेम्पलेट %1 (%2)</translation>
    </message>
    <message>
        <source>WhatsApp reported: %1</source>
        <translation>WhatsApp ने बताया: %1</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>एरर %1</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <translation>जवाब: %1</translation>
    </message>
    <message>
        <source>opt-out</source>
        <translation>ऑप्ट-आउट</translation>
    </message>
    <message>
        <source>Test send: %1 (%2)</source>
        <translation>टेस्ट मैसेज: %1 (%2)</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>नहीं भेजा गया</translation>
    </message>
    <message>
        <source>Message from the customer: %1</source>
        <translation>ग्राहक का मैसेज: %1</translation>
    </message>
    <message>
        <source>Triggered campaign: %1</source>
        <translation>इवेंट से चलने वाला कैंपेन: %1</translation>
    </message>
    <message>
        <source>Business event: %1</source>
        <translation>बिज़नेस इवेंट: %1</translation>
    </message>
    <message>
        <source>via relay</source>
        <translation>रिले के ज़रिए</translation>
    </message>
    <message>
        <source>recorded locally</source>
        <translation>यहीं दर्ज किया गया</translation>
    </message>
    <message>
        <source>Herald has no messages, replies or events for this number.</source>
        <translation>Herald के पास इस नंबर के लिए कोई मैसेज, जवाब या इवेंट नहीं है।</translation>
    </message>
    <message>
        <source>No webhook has reported on this message yet.</source>
        <translation>इस मैसेज के बारे में अभी किसी वेबहुक ने कुछ नहीं बताया है।</translation>
    </message>
    <message>
        <source>The payload of this status is no longer stored.</source>
        <translation>इस स्टेटस का डेटा अब सेव नहीं है।</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>नतीजा</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>मैसेज ID</translation>
    </message>
    <message>
        <source>WhatsApp ID</source>
        <translation>WhatsApp ID</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>बताया गया</translation>
    </message>
    <message>
        <source>A test send never counts in a campaign&apos;s statistics.</source>
        <translation>टेस्ट मैसेज कभी भी कैंपेन के आँकड़ों में नहीं गिना जाता।</translation>
    </message>
    <message>
        <source>No webhook has reported on this test message yet.</source>
        <translation>इस टेस्ट मैसेज के बारे में अभी किसी वेबहुक ने कुछ नहीं बताया है।</translation>
    </message>
    <message>
        <source>The payload of this message is no longer stored.</source>
        <translation>इस मैसेज का डेटा अब सेव नहीं है।</translation>
    </message>
    <message>
        <source>&amp;Event data</source>
        <translation>इवेंट डेटा (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Raw webhook payload — relay cursor %1, received %2</source>
        <translation>कच्चा वेबहुक डेटा (&amp;R) — रिले कर्सर %1, %2 को मिला</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>रन</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>टेम्पलेट</translation>
    </message>
    <message>
        <source>State</source>
        <translation>हालत</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>कोशिशें</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>लिया गया</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>स्वीकार हुआ</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>डिलीवर हुआ</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>पढ़ा गया</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>जवाब दिया</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Uncertain since</source>
        <translation>कब से अनिश्चित</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>छोड़ा गया</translation>
    </message>
    <message>
        <source>Skip reason</source>
        <translation>छोड़ने का कारण</translation>
    </message>
    <message>
        <source>Error title</source>
        <translation>एरर का शीर्षक</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>एरर की जानकारी</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <source>Herald does not know whether WhatsApp accepted this message (the answer was lost); it is never sent again automatically.</source>
        <translation>Herald को नहीं पता कि WhatsApp ने यह मैसेज स्वीकार किया या नहीं (जवाब खो गया); इसे अपने-आप दोबारा कभी नहीं भेजा जाता।</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>कैंपेन</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>एरर कोड</translation>
    </message>
    <message>
        <source>Message from the customer</source>
        <translation>ग्राहक का मैसेज</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>टेक्स्ट</translation>
    </message>
    <message>
        <source>From WhatsApp ID</source>
        <translation>WhatsApp ID से</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>ऑप्ट-आउट</translation>
    </message>
    <message>
        <source>yes — the customer asked to stop receiving messages</source>
        <translation>हाँ — ग्राहक ने मैसेज पाना बंद करने को कहा</translation>
    </message>
    <message>
        <source>Not attributed to a campaign message (no message to this number in the 72 hours before).</source>
        <translation>किसी कैंपेन मैसेज से नहीं जोड़ा गया (पिछले 72 घंटों में इस नंबर पर कोई मैसेज नहीं गया)।</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>फ़ैसला</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>तय समय</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>फ़ैसला हुआ</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>हुआ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>मिला</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>relay (cursor %1)</source>
        <translation>रिले (कर्सर %1)</translation>
    </message>
    <message>
        <source>recorded in this workspace</source>
        <translation>इस वर्कस्पेस में दर्ज</translation>
    </message>
</context>
<context>
    <name>ContactImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ख़ाली है।</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has no header row.</source>
        <translation>%1 में हेडर पंक्ति नहीं है।</translation>
    </message>
    <message>
        <source>%1, line %2 (the header): %3. Is this a contacts CSV file?</source>
        <translation>%1, पंक्ति %2 (हेडर): %3। क्या यह कॉन्टैक्ट की CSV फ़ाइल है?</translation>
    </message>
    <message>
        <source>No column looks like a phone number; the header is: %1</source>
        <translation>कोई कॉलम फ़ोन नंबर जैसा नहीं दिखता; हेडर यह है: %1</translation>
    </message>
    <message>
        <source>%1 is not a region code Herald knows; use a two-letter ISO code such as IN, DE or BR.</source>
        <translation>%1 ऐसा रीजन कोड नहीं है जिसे Herald जानता हो; IN, DE या BR जैसा दो अक्षरों का ISO कोड इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>Cannot prepare the import: %1</source>
        <translation>इम्पोर्ट की तैयारी नहीं हो सकी: %1</translation>
    </message>
    <message>
        <source>%1: %2 Nothing after the last committed batch was imported.</source>
        <translation>%1: %2 आख़िरी सेव हुए बैच के बाद का कुछ भी इम्पोर्ट नहीं हुआ।</translation>
    </message>
    <message>
        <source>the row has %1 values but the header has %2 columns (a value probably contains an unquoted separator)</source>
        <translation>पंक्ति में %1 वैल्यू हैं लेकिन हेडर में %2 कॉलम हैं (शायद किसी वैल्यू में बिना कोट का सेपरेटर है)</translation>
    </message>
    <message>
        <source>the opt-in value %1 in column %2 is not understood; use yes or no</source>
        <translation>कॉलम %2 में ऑप्ट-इन वैल्यू %1 समझ नहीं आई; yes या no इस्तेमाल करें</translation>
    </message>
    <message>
        <source>the opt-out value %1 in column %2 is not understood; use yes or no</source>
        <translation>कॉलम %2 में ऑप्ट-आउट वैल्यू %1 समझ नहीं आई; yes या no इस्तेमाल करें</translation>
    </message>
    <message>
        <source>the date %1 in column %2 is not an ISO 8601 date such as 2024-05-31T14:00:00Z</source>
        <translation>कॉलम %2 में तारीख़ %1, 2024-05-31T14:00:00Z जैसी ISO 8601 तारीख़ नहीं है</translation>
    </message>
    <message>
        <source>the workspace is not an open SQLite database</source>
        <translation>वर्कस्पेस खुला हुआ SQLite डेटाबेस नहीं है</translation>
    </message>
    <message>
        <source>Cannot start writing to the workspace: %1</source>
        <translation>वर्कस्पेस में लिखना शुरू नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>Cannot write to the workspace: %1</source>
        <translation>वर्कस्पेस में लिखा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Cannot build the contacts&apos; indexes again: %1. They are built the next time the workspace is opened.</source>
        <translation>कॉन्टैक्ट के इंडेक्स दोबारा नहीं बनाए जा सके: %1। ये अगली बार वर्कस्पेस खुलने पर बनाए जाएँगे।</translation>
    </message>
    <message>
        <source>%1 is a CSV file, which has no sheets; leave the sheet out.</source>
        <translation>%1 एक CSV फ़ाइल है, जिसमें कोई शीट नहीं होती; शीट न बताएँ।</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel वर्कबुक</translation>
    </message>
</context>
<context>
    <name>ContactStore</name>
    <message>
        <source>The tag “%1” could not be created.</source>
        <translation>टैग “%1” बनाया नहीं जा सका।</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>टैग का नाम होना ज़रूरी है।</translation>
    </message>
    <message>
        <source>The contact %1 was not stored.</source>
        <translation>कॉन्टैक्ट %1 सेव नहीं हुआ।</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Opted in via %1 on %2</source>
        <translation>%2 को %1 के ज़रिए ऑप्ट-इन किया</translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation>अनजान स्रोत</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>ऑप्ट-इन</translation>
    </message>
    <message>
        <source>Opted out on %1: %2</source>
        <translation>%1 को ऑप्ट-आउट किया: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>कोई कारण नहीं दिया</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>ऑप्ट-आउट</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>सहमति नहीं</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>सहमति</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>टैग</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>जोड़ा गया</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Cannot read contacts: %1</source>
        <translation>कॉन्टैक्ट पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>इम्पोर्ट करें (&amp;I)…</translation>
    </message>
    <message>
        <source>Import contacts from a CSV file</source>
        <translation>CSV फ़ाइल से कॉन्टैक्ट इम्पोर्ट करें</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>एक्सपोर्ट करें (&amp;E)…</translation>
    </message>
    <message>
        <source>Export all contacts to a CSV file</source>
        <translation>सभी कॉन्टैक्ट CSV फ़ाइल में एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation>टैग जोड़ें (&amp;T)…</translation>
    </message>
    <message>
        <source>Add a tag to the selected contacts</source>
        <translation>चुने गए कॉन्टैक्ट पर टैग लगाएँ</translation>
    </message>
    <message>
        <source>&amp;Remove tag…</source>
        <translation>टैग हटाएँ (&amp;R)…</translation>
    </message>
    <message>
        <source>Remove a tag from the selected contacts</source>
        <translation>चुने गए कॉन्टैक्ट से टैग हटाएँ</translation>
    </message>
    <message>
        <source>&amp;Opt out…</source>
        <translation>ऑप्ट-आउट करें (&amp;O)…</translation>
    </message>
    <message>
        <source>Record that the selected contacts no longer want messages</source>
        <translation>दर्ज करें कि चुने गए कॉन्टैक्ट अब मैसेज नहीं चाहते</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>हटाएँ (&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected contacts (Del)</source>
        <translation>चुने गए कॉन्टैक्ट हटाएँ (Del)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>खोजें (&amp;F)</translation>
    </message>
    <message>
        <source>Message &amp;history…</source>
        <translation>मैसेज इतिहास (&amp;H)…</translation>
    </message>
    <message>
        <source>Every message, status, reply and event of this contact&apos;s number</source>
        <translation>इस कॉन्टैक्ट के नंबर का हर मैसेज, स्टेटस, जवाब और इवेंट</translation>
    </message>
    <message>
        <source>Search name, phone, tag…</source>
        <translation>नाम, फ़ोन, टैग खोजें…</translation>
    </message>
    <message>
        <source>Find contacts by name, phone number, tag or attribute value (%1)</source>
        <translation>नाम, फ़ोन नंबर, टैग या एट्रिब्यूट वैल्यू से कॉन्टैक्ट खोजें (%1)</translation>
    </message>
    <message>
        <source>No contacts match “%1”.</source>
        <translation>“%1” से कोई कॉन्टैक्ट मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>No contacts yet.
Import a CSV file with Import… or File › Import Contacts… (%1).</source>
        <translation>अभी कोई कॉन्टैक्ट नहीं।
इम्पोर्ट करें… या फ़ाइल › कॉन्टैक्ट इम्पोर्ट करें… (%1) से CSV फ़ाइल इम्पोर्ट करें।</translation>
    </message>
    <message>
        <source>Imported %1 new and updated %2 existing contacts.</source>
        <translation>%1 नए कॉन्टैक्ट इम्पोर्ट किए और %2 मौजूदा कॉन्टैक्ट अपडेट किए।</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>कॉन्टैक्ट</translation>
    </message>
    <message>
        <source>Press Enter on a contact to see its message history</source>
        <translation>किसी कॉन्टैक्ट का मैसेज इतिहास देखने के लिए उस पर Enter दबाएँ</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>कॉन्टैक्ट जोड़ें (&amp;A)…</translation>
    </message>
    <message>
        <source>Add one contact by hand</source>
        <translation>एक कॉन्टैक्ट ख़ुद जोड़ें</translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation>कॉन्टैक्ट बदलें (&amp;E)…</translation>
    </message>
    <message>
        <source>Change the selected contact&apos;s name, consent, tags and attributes (Enter)</source>
        <translation>चुने गए कॉन्टैक्ट का नाम, सहमति, टैग और एट्रिब्यूट बदलें (Enter)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>कॉन्टैक्ट खोजें</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <source>Contact added.</source>
        <translation>कॉन्टैक्ट जोड़ा गया।</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>कॉन्टैक्ट सेव हो गया।</translation>
    </message>
</context>
<context>
    <name>CostText</name>
    <message>
        <source>Cost: no rate card yet — add prices under Campaigns → Pre-flight → Rate card to see what runs cost.</source>
        <translation>लागत: अभी कोई रेट कार्ड नहीं — रन की लागत देखने के लिए कैंपेन → शुरू करने से पहले की जाँच → रेट कार्ड में कीमतें जोड़ें।</translation>
    </message>
    <message>
        <source>actual %1 of estimated %2</source>
        <translation>अनुमानित %2 में से असल %1</translation>
    </message>
    <message>
        <source>Cost: no message of this run has a rate on the rate card</source>
        <translation>लागत: इस रन के किसी भी मैसेज का रेट कार्ड में कोई रेट नहीं है</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>लागत: %1</translation>
    </message>
    <message numerus="yes">
        <source> (%n billable message(s) delivered)</source>
        <translation>
            <numerusform> (बिल होने वाला %n मैसेज डिलीवर हुआ)</numerusform>
            <numerusform> (बिल होने वाले %n मैसेज डिलीवर हुए)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n without a rate</source>
        <translation>
            <numerusform> · %n बिना रेट के</numerusform>
            <numerusform> · %n बिना रेट के</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2: nothing billed yet</source>
        <translation>%2 में %1: अभी तक कुछ बिल नहीं हुआ</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2: %3 for %n billable message(s)</source>
        <translation>
            <numerusform>%2 में %1: बिल होने वाले %n मैसेज के लिए %3</numerusform>
            <numerusform>%2 में %1: बिल होने वाले %n मैसेज के लिए %3</numerusform>
        </translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>कोई रेट नहीं</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1 is not UTF-8 or Windows-1252 text (the first problem is on line %2); save it as CSV UTF-8 from Excel and try again.</source>
        <translation>%1 UTF-8 या Windows-1252 टेक्स्ट नहीं है (पहली समस्या पंक्ति %2 पर है); Excel से इसे CSV UTF-8 के रूप में सेव करें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>the quoted field that starts on line %1 is never closed (a closing &quot; is missing)</source>
        <translation>पंक्ति %1 पर शुरू होने वाला कोट वाला फ़ील्ड कभी बंद नहीं होता (बंद करने वाला &quot; नहीं है)</translation>
    </message>
    <message>
        <source>the row has %1 values; at most %2 are read per row</source>
        <translation>पंक्ति में %1 वैल्यू हैं; हर पंक्ति में ज़्यादा से ज़्यादा %2 पढ़ी जाती हैं</translation>
    </message>
    <message>
        <source>a value is %1 KiB long; at most %2 KiB are allowed per value</source>
        <translation>एक वैल्यू %1 KiB लंबी है; हर वैल्यू के लिए ज़्यादा से ज़्यादा %2 KiB की अनुमति है</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 लिखा नहीं जा सका: %2</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>No campaign has run yet</source>
        <translation>अभी तक कोई कैंपेन नहीं चला</translation>
    </message>
    <message>
        <source>Once a campaign sends, this page shows how many messages were delivered, read and answered, hour by hour, and who is behind every number.</source>
        <translation>कैंपेन के भेजते ही यह पेज दिखाता है कि घंटे-दर-घंटे कितने मैसेज डिलीवर हुए, पढ़े गए और उनका जवाब आया, और हर संख्या के पीछे कौन है।</translation>
    </message>
    <message>
        <source>Go to &amp;Campaigns</source>
        <translation>कैंपेन पर जाएँ (&amp;C)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>डैशबोर्ड</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>कैंपेन</translation>
    </message>
    <message>
        <source>C&amp;ampaign:</source>
        <translation>कैंपेन (&amp;A):</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>रन</translation>
    </message>
    <message>
        <source>R&amp;un:</source>
        <translation>रन (&amp;U):</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>रिपोर्ट एक्सपोर्ट करें (&amp;R)…</translation>
    </message>
    <message>
        <source>Save the statistics and failure reasons of this run as a CSV file.</source>
        <translation>इस रन के आँकड़े और विफलता के कारण CSV फ़ाइल के रूप में सेव करें।</translation>
    </message>
    <message>
        <source>Messages accepted by WhatsApp but without a status report yet, and sends whose outcome is uncertain.</source>
        <translation>WhatsApp ने स्वीकार किए लेकिन अभी स्टेटस रिपोर्ट के बिना मैसेज, और वे मैसेज जिनका नतीजा अनिश्चित है।</translation>
    </message>
    <message>
        <source>Sent, failed and unqualified are shares of attempted; delivered, read and replied of sent. Click a bar to see who is behind it.</source>
        <translation>भेजे गए, विफल और अयोग्य, कोशिश किए गए मैसेज का हिस्सा हैं; डिलीवर हुए, पढ़े गए और जवाब दिए, भेजे गए मैसेज का। किसी बार पर क्लिक करके देखें कि उसके पीछे कौन है।</translation>
    </message>
    <message>
        <source>%1 (not run yet)</source>
        <translation>%1 (अभी नहीं चला)</translation>
    </message>
    <message>
        <source>Retry of run %1 · %2</source>
        <translation>रन %1 की दोबारा कोशिश · %2</translation>
    </message>
    <message>
        <source>Run %1 · %2</source>
        <translation>रन %1 · %2</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>अभी नहीं चला</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● लाइव</translation>
    </message>
    <message>
        <source>Run status: %1</source>
        <translation>रन की स्थिति: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n प्राप्तकर्ता</numerusform>
            <numerusform>%n प्राप्तकर्ता</numerusform>
        </translation>
    </message>
    <message>
        <source> · started %1</source>
        <translation> · %1 को शुरू हुआ</translation>
    </message>
    <message>
        <source> · finished %1</source>
        <translation> · %1 को पूरा हुआ</translation>
    </message>
    <message>
        <source> · retries the failures of run %1</source>
        <translation> · रन %1 की विफलताओं को दोबारा आज़माता है</translation>
    </message>
    <message>
        <source>%1 waiting for a status report — show</source>
        <translation>%1 स्टेटस रिपोर्ट के इंतज़ार में — दिखाएँ</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>रिपोर्ट एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>रिपोर्ट सेव नहीं हो सकी: %1</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>रिपोर्ट %1 में सेव हो गई।</translation>
    </message>
    <message>
        <source>Actual: delivered messages Meta bills (from the pricing of their status reports) at the rate card&apos;s price on their send day. Estimated: every recipient of the run at the price on the day it started, as the pre-flight check counts it.</source>
        <translation>असल: डिलीवर हुए वे मैसेज जिनका Meta बिल करता है (उनकी स्टेटस रिपोर्ट में दी गई कीमत-जानकारी के अनुसार), भेजे जाने के दिन की रेट कार्ड कीमत पर। अनुमानित: रन के सभी प्राप्तकर्ता, रन शुरू होने के दिन की कीमत पर, जैसे शुरू करने से पहले की जाँच गिनती है।</translation>
    </message>
    <message>
        <source>report</source>
        <translation>रिपोर्ट</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>Cannot unpack the demo contacts into a temporary folder.</source>
        <translation>डेमो कॉन्टैक्ट अस्थायी फ़ोल्डर में नहीं खोले जा सके।</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>डेमो डेटा</translation>
    </message>
    <message>
        <source>Cannot read the sandbox templates.</source>
        <translation>सैंडबॉक्स टेम्पलेट पढ़े नहीं जा सके।</translation>
    </message>
    <message>
        <source>Order updates (demo)</source>
        <translation>ऑर्डर अपडेट (डेमो)</translation>
    </message>
    <message>
        <source>out for delivery</source>
        <translation>डिलीवरी के लिए निकला</translation>
    </message>
    <message>
        <source>soon</source>
        <translation>जल्द ही</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>%1…%2 (%3 characters)</source>
        <translation>%1…%2 (%3 अक्षर)</translation>
    </message>
</context>
<context>
    <name>EventPusher</name>
    <message>
        <source>Cannot record the event in the workspace: %1</source>
        <translation>इवेंट वर्कस्पेस में दर्ज नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>The relay at %1 did not answer within %2 seconds.</source>
        <translation>%1 पर रिले ने %2 सेकंड में जवाब नहीं दिया।</translation>
    </message>
    <message>
        <source>Cannot reach the relay at %1: %2</source>
        <translation>%1 पर रिले तक नहीं पहुँचा जा सका: %2</translation>
    </message>
    <message>
        <source>The relay at %1 answered without storing the event.</source>
        <translation>%1 पर रिले ने इवेंट सेव किए बिना जवाब दिया।</translation>
    </message>
    <message>
        <source>The ingest token was refused; set it with herald-cli account set-secret relay-ingest-token</source>
        <translation>इनजेस्ट टोकन अस्वीकार हुआ; इसे herald-cli account set-secret relay-ingest-token से सेट करें</translation>
    </message>
    <message>
        <source>The relay refused the event: %1</source>
        <translation>रिले ने इवेंट अस्वीकार किया: %1</translation>
    </message>
    <message>
        <source>The relay at %1 answered HTTP %2%3</source>
        <translation>%1 पर रिले ने HTTP %2%3 जवाब दिया</translation>
    </message>
</context>
<context>
    <name>ExportFileName</name>
    <message>
        <source>%1 %2</source>
        <extracomment>An export&apos;s file name: %1 the campaign&apos;s name, %2 what is exported (&quot;recipients&quot;), %3 the date (2026-12-07).</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 – %2 %3</source>
        <translation>%1 – %2 %3</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>रन %1</translation>
    </message>
</context>
<context>
    <name>FailureCatalogue</name>
    <message>
        <source>This number cannot receive WhatsApp messages: it is not on WhatsApp, the person has not accepted WhatsApp&apos;s latest terms, or their app is too old.</source>
        <translation>यह नंबर WhatsApp मैसेज नहीं पा सकता: यह WhatsApp पर नहीं है, व्यक्ति ने WhatsApp की नई शर्तें स्वीकार नहीं की हैं, या उसका ऐप बहुत पुराना है।</translation>
    </message>
    <message>
        <source>Herald counts the recipient as unqualified and never retries. Check the number or reach the person another way.</source>
        <translation>Herald इस प्राप्तकर्ता को अयोग्य गिनता है और कभी दोबारा कोशिश नहीं करता। नंबर जाँचें या व्यक्ति से किसी और तरीके से संपर्क करें।</translation>
    </message>
    <message>
        <source>The message was addressed to your own business number.</source>
        <translation>मैसेज आपके अपने बिज़नेस नंबर पर भेजा गया था।</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Remove your own number from the contact list.</source>
        <translation>Herald इसे विफल चिह्नित करता है और दोबारा कोशिश नहीं करता। अपना नंबर कॉन्टैक्ट सूची से हटाएँ।</translation>
    </message>
    <message>
        <source>Your business phone number is not registered with the WhatsApp Cloud API (this is about your number, not the customer&apos;s).</source>
        <translation>आपका बिज़नेस फ़ोन नंबर WhatsApp Cloud API में रजिस्टर नहीं है (यह आपके नंबर के बारे में है, ग्राहक के नहीं)।</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Register the number in Meta&apos;s WhatsApp Manager, then resume.</source>
        <translation>Herald कैंपेन बंद कर देता है। Meta के WhatsApp Manager में नंबर रजिस्टर करें, फिर कैंपेन फिर से चालू करें।</translation>
    </message>
    <message>
        <source>WhatsApp rejected a value in the request: a misspelled field, a value that is too long, or an ID in the account settings that does not exist.</source>
        <translation>WhatsApp ने अनुरोध की एक वैल्यू अस्वीकार की: ग़लत लिखा फ़ील्ड, बहुत लंबी वैल्यू, या अकाउंट सेटिंग्स में ऐसा ID जो मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Herald marks the message failed and does not retry. Check the account settings and the template&apos;s values.</source>
        <translation>Herald मैसेज को विफल चिह्नित करता है और दोबारा कोशिश नहीं करता। अकाउंट सेटिंग्स और टेम्पलेट की वैल्यू जाँचें।</translation>
    </message>
    <message>
        <source>Messages were sent faster than your number&apos;s WhatsApp speed limit (80 messages per second by default).</source>
        <translation>मैसेज आपके नंबर की WhatsApp स्पीड सीमा (डिफ़ॉल्ट 80 मैसेज प्रति सेकंड) से तेज़ भेजे गए।</translation>
    </message>
    <message>
        <source>Herald slows down and sends the message again automatically.</source>
        <translation>Herald धीमा हो जाता है और मैसेज अपने-आप दोबारा भेजता है।</translation>
    </message>
    <message>
        <source>Too many messages went to this one person in a short time. Other customers are not affected.</source>
        <translation>थोड़े समय में इसी एक व्यक्ति को बहुत ज़्यादा मैसेज गए। दूसरे ग्राहकों पर इसका असर नहीं होता।</translation>
    </message>
    <message>
        <source>Herald waits (1 s, 4 s, 16 s, …) and sends the message again automatically.</source>
        <translation>Herald इंतज़ार करता है (1 सेकंड, 4 सेकंड, 16 सेकंड, …) और मैसेज अपने-आप दोबारा भेजता है।</translation>
    </message>
    <message>
        <source>WhatsApp is limiting your sending because many earlier messages were blocked or reported as spam.</source>
        <translation>WhatsApp आपका भेजना सीमित कर रहा है क्योंकि पहले के कई मैसेज ब्लॉक किए गए या स्पैम बताए गए।</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Check your number&apos;s quality in WhatsApp Manager and send less promotional content before trying again.</source>
        <translation>Herald कैंपेन बंद कर देता है। WhatsApp Manager में अपने नंबर की क्वालिटी जाँचें और फिर कोशिश करने से पहले प्रचार वाली सामग्री कम भेजें।</translation>
    </message>
    <message>
        <source>WhatsApp chose not to deliver this marketing message: the person has received many marketing messages lately (and US numbers get no marketing messages at all).</source>
        <translation>WhatsApp ने यह मार्केटिंग मैसेज डिलीवर न करने का फ़ैसला किया: इस व्यक्ति को हाल में बहुत सारे मार्केटिंग मैसेज मिले हैं (और US नंबरों को कोई मार्केटिंग मैसेज नहीं मिलता)।</translation>
    </message>
    <message>
        <source>Herald marks it failed. Sending again only makes sense after at least 24 hours, and never to US numbers.</source>
        <translation>Herald इसे विफल चिह्नित करता है। दोबारा भेजना कम से कम 24 घंटे बाद ही ठीक है, और US नंबरों पर कभी नहीं।</translation>
    </message>
    <message>
        <source>WhatsApp is running an experiment that keeps marketing messages from this person. You are not charged.</source>
        <translation>WhatsApp एक प्रयोग चला रहा है जो इस व्यक्ति तक मार्केटिंग मैसेज नहीं पहुँचने देता। आपसे कोई शुल्क नहीं लिया जाता।</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry: it would fail the same way.</source>
        <translation>Herald इसे विफल चिह्नित करता है और दोबारा कोशिश नहीं करता: यह उसी तरह फिर विफल होगा।</translation>
    </message>
    <message>
        <source>The person asked WhatsApp to stop your marketing messages.</source>
        <translation>व्यक्ति ने WhatsApp से आपके मार्केटिंग मैसेज बंद करने को कहा है।</translation>
    </message>
    <message>
        <source>Herald marks it failed, records the opt-out and leaves the contact out of future marketing campaigns.</source>
        <translation>Herald इसे विफल चिह्नित करता है, ऑप्ट-आउट दर्ज करता है और कॉन्टैक्ट को आगे के मार्केटिंग कैंपेन से बाहर रखता है।</translation>
    </message>
    <message>
        <source>Your Meta app made too many requests in a short time.</source>
        <translation>आपके Meta ऐप ने थोड़े समय में बहुत ज़्यादा अनुरोध किए।</translation>
    </message>
    <message>
        <source>Herald waits and tries again later.</source>
        <translation>Herald इंतज़ार करता है और बाद में फिर कोशिश करता है।</translation>
    </message>
    <message>
        <source>Your WhatsApp Business Account reached its hourly request limit.</source>
        <translation>आपका WhatsApp Business अकाउंट प्रति घंटे अनुरोधों की सीमा तक पहुँच गया है।</translation>
    </message>
    <message>
        <source>Too many attempts to register or deregister your business number. This does not concern sending.</source>
        <translation>आपके बिज़नेस नंबर को रजिस्टर या डीरजिस्टर करने की बहुत ज़्यादा कोशिशें हुईं। इसका मैसेज भेजने से कोई संबंध नहीं है।</translation>
    </message>
    <message>
        <source>Herald reports it; wait before registering the number again.</source>
        <translation>Herald इसकी जानकारी देता है; नंबर फिर से रजिस्टर करने से पहले इंतज़ार करें।</translation>
    </message>
    <message>
        <source>The message had a different number of values than the template has placeholders.</source>
        <translation>मैसेज में वैल्यू की संख्या टेम्पलेट के प्लेसहोल्डर की संख्या से अलग थी।</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Fix the column mapping of the campaign.</source>
        <translation>Herald इसे विफल चिह्नित करता है और दोबारा कोशिश नहीं करता। कैंपेन में कॉलम का मिलान ठीक करें।</translation>
    </message>
    <message>
        <source>The template does not exist in this language, or it is not approved yet.</source>
        <translation>टेम्पलेट इस भाषा में मौजूद नहीं है, या अभी मंज़ूर नहीं हुआ है।</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Sync the templates and choose an approved one.</source>
        <translation>Herald इसे विफल चिह्नित करता है और दोबारा कोशिश नहीं करता। टेम्पलेट सिंक करें और कोई मंज़ूर टेम्पलेट चुनें।</translation>
    </message>
    <message>
        <source>With the values filled in, the message is longer than WhatsApp allows.</source>
        <translation>वैल्यू भरने के बाद मैसेज WhatsApp की अनुमति से ज़्यादा लंबा हो जाता है।</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Shorten the values (for example long names).</source>
        <translation>Herald इसे विफल चिह्नित करता है और दोबारा कोशिश नहीं करता। वैल्यू छोटी करें (जैसे लंबे नाम)।</translation>
    </message>
    <message>
        <source>The filled-in message breaks WhatsApp&apos;s formatting or content rules.</source>
        <translation>भरा हुआ मैसेज WhatsApp के फ़ॉर्मेट या सामग्री के नियम तोड़ता है।</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Check the values for unusual characters or content.</source>
        <translation>Herald इसे विफल चिह्नित करता है और दोबारा कोशिश नहीं करता। वैल्यू में असामान्य अक्षर या सामग्री जाँचें।</translation>
    </message>
    <message>
        <source>A value does not have the form the template expects (for example named instead of numbered placeholders, or text where an image was expected).</source>
        <translation>कोई वैल्यू उस रूप में नहीं है जो टेम्पलेट चाहता है (जैसे नंबर वाले की जगह नाम वाले प्लेसहोल्डर, या जहाँ इमेज चाहिए थी वहाँ टेक्स्ट)।</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Sync the templates and check the campaign&apos;s mapping.</source>
        <translation>Herald इसे विफल चिह्नित करता है और दोबारा कोशिश नहीं करता। टेम्पलेट सिंक करें और कैंपेन का मिलान जाँचें।</translation>
    </message>
    <message>
        <source>WhatsApp paused the template because of low quality (too many people blocked or reported it).</source>
        <translation>WhatsApp ने कम क्वालिटी के कारण टेम्पलेट रोक दिया (बहुत ज़्यादा लोगों ने इसे ब्लॉक या रिपोर्ट किया)।</translation>
    </message>
    <message>
        <source>Herald pauses the campaign. It can continue once WhatsApp reactivates the template (after 3 or 6 hours).</source>
        <translation>Herald कैंपेन रोक देता है। WhatsApp के टेम्पलेट फिर से चालू करने पर (3 या 6 घंटे बाद) यह जारी रह सकता है।</translation>
    </message>
    <message>
        <source>WhatsApp disabled the template for good after it was paused too often.</source>
        <translation>बहुत बार रोके जाने के बाद WhatsApp ने टेम्पलेट हमेशा के लिए निष्क्रिय कर दिया।</translation>
    </message>
    <message>
        <source>Herald pauses the campaign. Create a new template and use it for the remaining recipients.</source>
        <translation>Herald कैंपेन रोक देता है। नया टेम्पलेट बनाएँ और बाकी प्राप्तकर्ताओं के लिए उसे इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>The request lacked a value WhatsApp requires.</source>
        <translation>अनुरोध में वह वैल्यू नहीं थी जो WhatsApp के लिए ज़रूरी है।</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Check the template&apos;s values and the campaign&apos;s mapping.</source>
        <translation>Herald इसे विफल चिह्नित करता है और दोबारा कोशिश नहीं करता। टेम्पलेट की वैल्यू और कैंपेन का मिलान जाँचें।</translation>
    </message>
    <message>
        <source>One of the values is not acceptable to WhatsApp (for example an empty value or a malformed phone number).</source>
        <translation>कोई एक वैल्यू WhatsApp को स्वीकार नहीं है (जैसे ख़ाली वैल्यू या ग़लत तरीके से लिखा फ़ोन नंबर)।</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Correct the value in the contact list.</source>
        <translation>Herald इसे विफल चिह्नित करता है और दोबारा कोशिश नहीं करता। कॉन्टैक्ट सूची में वैल्यू ठीक करें।</translation>
    </message>
    <message>
        <source>WhatsApp does not support this kind of message.</source>
        <translation>WhatsApp इस तरह के मैसेज को सपोर्ट नहीं करता।</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry.</source>
        <translation>Herald इसे विफल चिह्नित करता है और दोबारा कोशिश नहीं करता।</translation>
    </message>
    <message>
        <source>The picture, video or document in the message header could not be fetched or uploaded.</source>
        <translation>मैसेज हेडर की फ़ोटो, वीडियो या डॉक्यूमेंट लाया या अपलोड नहीं किया जा सका।</translation>
    </message>
    <message>
        <source>Herald marks it failed. Fix the media link or file, then retry the failed recipients.</source>
        <translation>Herald इसे विफल चिह्नित करता है। मीडिया लिंक या फ़ाइल ठीक करें, फिर विफल प्राप्तकर्ताओं को दोबारा आज़माएँ।</translation>
    </message>
    <message>
        <source>WhatsApp rejected the request for a reason it did not name.</source>
        <translation>WhatsApp ने बिना कारण बताए अनुरोध अस्वीकार कर दिया।</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Check the template and its values.</source>
        <translation>Herald इसे विफल चिह्नित करता है और दोबारा कोशिश नहीं करता। टेम्पलेट और उसकी वैल्यू जाँचें।</translation>
    </message>
    <message>
        <source>More than 24 hours have passed since the person last wrote to you, so only an approved template may be sent.</source>
        <translation>व्यक्ति ने आपको आख़िरी बार जब लिखा था, उसे 24 घंटे से ज़्यादा हो गए, इसलिए सिर्फ़ मंज़ूर टेम्पलेट भेजा जा सकता है।</translation>
    </message>
    <message>
        <source>Herald marks it failed. Send an approved template instead.</source>
        <translation>Herald इसे विफल चिह्नित करता है। इसके बजाय कोई मंज़ूर टेम्पलेट भेजें।</translation>
    </message>
    <message>
        <source>A part of the template is longer than WhatsApp allows (template creation).</source>
        <translation>टेम्पलेट का कोई हिस्सा WhatsApp की अनुमति से ज़्यादा लंबा है (टेम्पलेट बनाना)।</translation>
    </message>
    <message>
        <source>Herald shows the error in the template editor; shorten the text and submit again.</source>
        <translation>Herald टेम्पलेट एडिटर में एरर दिखाता है; टेक्स्ट छोटा करें और फिर से जमा करें।</translation>
    </message>
    <message>
        <source>The template&apos;s header does not follow WhatsApp&apos;s rules (template creation).</source>
        <translation>टेम्पलेट का हेडर WhatsApp के नियमों का पालन नहीं करता (टेम्पलेट बनाना)।</translation>
    </message>
    <message>
        <source>Herald shows the error in the template editor; correct the header and submit again.</source>
        <translation>Herald टेम्पलेट एडिटर में एरर दिखाता है; हेडर ठीक करें और फिर से जमा करें।</translation>
    </message>
    <message>
        <source>The template&apos;s body does not follow WhatsApp&apos;s rules (template creation).</source>
        <translation>टेम्पलेट की बॉडी WhatsApp के नियमों का पालन नहीं करती (टेम्पलेट बनाना)।</translation>
    </message>
    <message>
        <source>Herald shows the error in the template editor; correct the body and submit again.</source>
        <translation>Herald टेम्पलेट एडिटर में एरर दिखाता है; बॉडी ठीक करें और फिर से जमा करें।</translation>
    </message>
    <message>
        <source>The template&apos;s footer does not follow WhatsApp&apos;s rules (template creation).</source>
        <translation>टेम्पलेट का फ़ुटर WhatsApp के नियमों का पालन नहीं करता (टेम्पलेट बनाना)।</translation>
    </message>
    <message>
        <source>Herald shows the error in the template editor; correct the footer and submit again.</source>
        <translation>Herald टेम्पलेट एडिटर में एरर दिखाता है; फ़ुटर ठीक करें और फिर से जमा करें।</translation>
    </message>
    <message>
        <source>The template has too many placeholders for the length of its text (template creation).</source>
        <translation>टेम्पलेट में उसके टेक्स्ट की लंबाई के हिसाब से बहुत ज़्यादा प्लेसहोल्डर हैं (टेम्पलेट बनाना)।</translation>
    </message>
    <message>
        <source>Herald shows the error in the template editor; add text or remove placeholders.</source>
        <translation>Herald टेम्पलेट एडिटर में एरर दिखाता है; टेक्स्ट जोड़ें या प्लेसहोल्डर हटाएँ।</translation>
    </message>
    <message>
        <source>The template starts or ends with a placeholder, which WhatsApp does not allow (template creation).</source>
        <translation>टेम्पलेट किसी प्लेसहोल्डर से शुरू या ख़त्म होता है, जिसकी WhatsApp अनुमति नहीं देता (टेम्पलेट बनाना)।</translation>
    </message>
    <message>
        <source>Herald shows the error in the template editor; add text before the first or after the last placeholder.</source>
        <translation>Herald टेम्पलेट एडिटर में एरर दिखाता है; पहले प्लेसहोल्डर से पहले या आख़िरी के बाद टेक्स्ट जोड़ें।</translation>
    </message>
    <message>
        <source>Your WhatsApp Business Account already has as many templates as it may (template creation).</source>
        <translation>आपके WhatsApp Business अकाउंट में पहले से ही ज़्यादा से ज़्यादा टेम्पलेट हैं (टेम्पलेट बनाना)।</translation>
    </message>
    <message>
        <source>Herald shows the error; delete templates you no longer use in WhatsApp Manager.</source>
        <translation>Herald एरर दिखाता है; जो टेम्पलेट अब इस्तेमाल नहीं होते उन्हें WhatsApp Manager में हटाएँ।</translation>
    </message>
    <message>
        <source>WhatsApp had an unexplained problem, possibly a temporary outage.</source>
        <translation>WhatsApp में कोई बिना वजह बताई समस्या आई, शायद थोड़ी देर की रुकावट।</translation>
    </message>
    <message>
        <source>Herald tries again a limited number of times, waiting longer each time.</source>
        <translation>Herald कुछ सीमित बार फिर कोशिश करता है, हर बार ज़्यादा इंतज़ार करके।</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s service is temporarily down or overloaded.</source>
        <translation>WhatsApp की सेवा कुछ समय के लिए बंद है या उस पर बहुत ज़्यादा लोड है।</translation>
    </message>
    <message>
        <source>WhatsApp could not send the message because of an internal error.</source>
        <translation>अंदरूनी एरर के कारण WhatsApp मैसेज नहीं भेज सका।</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s service is temporarily unavailable.</source>
        <translation>WhatsApp की सेवा कुछ समय के लिए उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s server is temporarily unavailable.</source>
        <translation>WhatsApp का सर्वर कुछ समय के लिए उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>Your business account is in maintenance for a minute, for example while WhatsApp raises its speed limit.</source>
        <translation>आपका बिज़नेस अकाउंट एक मिनट के लिए मेंटेनेंस में है, जैसे जब WhatsApp उसकी स्पीड सीमा बढ़ाता है।</translation>
    </message>
    <message>
        <source>Herald waits briefly and sends the message again.</source>
        <translation>Herald थोड़ा इंतज़ार करके मैसेज दोबारा भेजता है।</translation>
    </message>
    <message>
        <source>No usable answer came back: the connection timed out or was cut, or the server answered with an error page.</source>
        <translation>कोई काम का जवाब नहीं आया: कनेक्शन का समय ख़त्म हो गया या वह कट गया, या सर्वर ने एरर पेज के साथ जवाब दिया।</translation>
    </message>
    <message>
        <source>Herald tries again only when it is sure the message was not accepted; otherwise it marks the recipient uncertain until a status update settles it.</source>
        <translation>Herald तभी फिर कोशिश करता है जब उसे पक्का पता हो कि मैसेज स्वीकार नहीं हुआ; वरना स्टेटस अपडेट से फ़ैसला होने तक प्राप्तकर्ता को अनिश्चित चिह्नित करता है।</translation>
    </message>
    <message>
        <source>Meta has temporarily blocked your WhatsApp account for violating its policies.</source>
        <translation>Meta ने नीतियों के उल्लंघन के कारण आपका WhatsApp अकाउंट कुछ समय के लिए ब्लॉक कर दिया है।</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Check Account Quality in Meta Business Manager.</source>
        <translation>Herald कैंपेन बंद कर देता है। Meta Business Manager में Account Quality जाँचें।</translation>
    </message>
    <message>
        <source>Your business may not send messages to people in this country.</source>
        <translation>आपका बिज़नेस इस देश के लोगों को मैसेज नहीं भेज सकता।</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Leave numbers from this country out of campaigns.</source>
        <translation>Herald इसे विफल चिह्नित करता है और दोबारा कोशिश नहीं करता। इस देश के नंबरों को कैंपेन से बाहर रखें।</translation>
    </message>
    <message>
        <source>Your WhatsApp account is locked, for a policy violation or because of wrong verification data (such as the two-step PIN).</source>
        <translation>आपका WhatsApp अकाउंट लॉक है, नीति के उल्लंघन के कारण या ग़लत वेरिफ़िकेशन जानकारी (जैसे टू-स्टेप PIN) के कारण।</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Unlock the account in Meta Business Manager.</source>
        <translation>Herald कैंपेन बंद कर देता है। Meta Business Manager में अकाउंट अनलॉक करें।</translation>
    </message>
    <message>
        <source>There is a problem with your payment setup: no payment method, credit line exceeded, or the account is suspended.</source>
        <translation>आपके भुगतान सेटअप में समस्या है: कोई भुगतान तरीका नहीं, क्रेडिट लाइन पार हो गई, या अकाउंट निलंबित है।</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Fix the payment settings in Meta Business Manager, then resume.</source>
        <translation>Herald कैंपेन बंद कर देता है। Meta Business Manager में भुगतान सेटिंग्स ठीक करें, फिर कैंपेन फिर से चालू करें।</translation>
    </message>
    <message>
        <source>Your business number&apos;s display name has not been approved yet.</source>
        <translation>आपके बिज़नेस नंबर का डिस्प्ले नाम अभी मंज़ूर नहीं हुआ है।</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Wait for the display name approval in WhatsApp Manager.</source>
        <translation>Herald कैंपेन बंद कर देता है। WhatsApp Manager में डिस्प्ले नाम की मंज़ूरी का इंतज़ार करें।</translation>
    </message>
    <message>
        <source>Your business number&apos;s registration is broken.</source>
        <translation>आपके बिज़नेस नंबर का रजिस्ट्रेशन ख़राब है।</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Register the number again in WhatsApp Manager.</source>
        <translation>Herald कैंपेन बंद कर देता है। WhatsApp Manager में नंबर फिर से रजिस्टर करें।</translation>
    </message>
    <message>
        <source>Herald could not sign in to WhatsApp: the access token expired or was revoked.</source>
        <translation>Herald WhatsApp में साइन इन नहीं कर सका: एक्सेस टोकन की अवधि ख़त्म हो गई या उसे रद्द कर दिया गया।</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Store a new access token for the account, then resume.</source>
        <translation>Herald कैंपेन बंद कर देता है। अकाउंट के लिए नया एक्सेस टोकन सेव करें, फिर कैंपेन फिर से चालू करें।</translation>
    </message>
    <message>
        <source>The access token for this account is invalid or has expired.</source>
        <translation>इस अकाउंट का एक्सेस टोकन ग़लत है या उसकी अवधि ख़त्म हो गई है।</translation>
    </message>
    <message>
        <source>Your Meta app is not allowed to use this function.</source>
        <translation>आपके Meta ऐप को यह फ़ंक्शन इस्तेमाल करने की अनुमति नहीं है।</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Check the app&apos;s permissions in Meta&apos;s app dashboard.</source>
        <translation>Herald कैंपेन बंद कर देता है। Meta के ऐप डैशबोर्ड में ऐप की अनुमतियाँ जाँचें।</translation>
    </message>
    <message>
        <source>The access token lacks a permission Herald needs (whatsapp_business_messaging).</source>
        <translation>एक्सेस टोकन में वह अनुमति नहीं है जो Herald को चाहिए (whatsapp_business_messaging)।</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Create a token with the WhatsApp permissions, then resume.</source>
        <translation>Herald कैंपेन बंद कर देता है। WhatsApp अनुमतियों वाला टोकन बनाएँ, फिर कैंपेन फिर से चालू करें।</translation>
    </message>
    <message>
        <source>The access token lacks a permission for this request.</source>
        <translation>एक्सेस टोकन में इस अनुरोध के लिए अनुमति नहीं है।</translation>
    </message>
    <message>
        <source>The access token is not allowed to send from this number.</source>
        <translation>एक्सेस टोकन को इस नंबर से भेजने की अनुमति नहीं है।</translation>
    </message>
    <message>
        <source>The business phone number in the account settings has been deleted or does not exist.</source>
        <translation>अकाउंट सेटिंग्स का बिज़नेस फ़ोन नंबर हटा दिया गया है या मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Check the phone number ID in the account settings.</source>
        <translation>Herald कैंपेन बंद कर देता है। अकाउंट सेटिंग्स में फ़ोन नंबर ID जाँचें।</translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation>एरर %1</translation>
    </message>
    <message>
        <source>WhatsApp reported error %1, which Herald does not know yet. The provider&apos;s description is shown as it was received.</source>
        <translation>WhatsApp ने एरर %1 बताया, जिसे Herald अभी नहीं जानता। प्रोवाइडर का विवरण जैसा मिला वैसा दिखाया गया है।</translation>
    </message>
    <message>
        <source>Herald marks the message failed and does not retry it. Look the code up in Meta&apos;s error reference.</source>
        <translation>Herald मैसेज को विफल चिह्नित करता है और उसे दोबारा नहीं भेजता। यह कोड Meta के एरर संदर्भ में देखें।</translation>
    </message>
    <message>
        <source>Unqualified — number not on WhatsApp</source>
        <translation>अयोग्य — नंबर WhatsApp पर नहीं है</translation>
    </message>
    <message>
        <source>Spam / messaging limits</source>
        <translation>स्पैम / मैसेजिंग सीमाएँ</translation>
    </message>
    <message>
        <source>Template text length or variables</source>
        <translation>टेम्पलेट टेक्स्ट की लंबाई या वेरिएबल</translation>
    </message>
    <message>
        <source>Provider / technical problem</source>
        <translation>प्रोवाइडर / तकनीकी समस्या</translation>
    </message>
    <message>
        <source>Account, policy or payment</source>
        <translation>अकाउंट, नीति या भुगतान</translation>
    </message>
    <message>
        <source>Other / unknown</source>
        <translation>अन्य / अज्ञात</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>फ़ोल्डर</translation>
    </message>
    <message>
        <source>CSV separated by semicolons (*.csv)</source>
        <translation>सेमीकोलन से अलग की गई CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV separated by commas (*.csv)</source>
        <translation>कॉमा से अलग की गई CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>सभी फ़ाइलें (*)</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <source>Welcome to Herald</source>
        <translation>Herald में आपका स्वागत है</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your workspace is ready — and empty&lt;/h3&gt;&lt;p&gt;Three steps to your first campaign:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Import your contacts&lt;/b&gt; from a CSV file (only people who agreed to hear from you on WhatsApp).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Connect a WhatsApp Business account&lt;/b&gt; under Settings, or stay on the built-in sandbox, which simulates WhatsApp and messages nobody.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Create your first campaign&lt;/b&gt; under Campaigns, check its pre-flight, and start it.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Want to look around first? &lt;b&gt;Try the demo&lt;/b&gt; opens a separate demo workspace with sample contacts whose numbers can never belong to anyone; it never mixes with this one.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;आपका वर्कस्पेस तैयार है — और ख़ाली है&lt;/h3&gt;&lt;p&gt;आपके पहले कैंपेन तक तीन कदम:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;अपने कॉन्टैक्ट इम्पोर्ट करें&lt;/b&gt; CSV फ़ाइल से (सिर्फ़ वे लोग जिन्होंने WhatsApp पर आपसे मैसेज पाने की सहमति दी है)।&lt;/li&gt;&lt;li&gt;&lt;b&gt;WhatsApp Business अकाउंट जोड़ें&lt;/b&gt; सेटिंग्स में, या बिल्ट-इन सैंडबॉक्स पर ही रहें, जो WhatsApp की नकल करता है और किसी को मैसेज नहीं भेजता।&lt;/li&gt;&lt;li&gt;&lt;b&gt;अपना पहला कैंपेन बनाएँ&lt;/b&gt; कैंपेन में, शुरू करने से पहले की जाँच देखें, और उसे शुरू करें।&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;पहले सब देखना चाहते हैं? &lt;b&gt;डेमो आज़माएँ&lt;/b&gt; एक अलग डेमो वर्कस्पेस खोलता है जिसमें नमूना कॉन्टैक्ट हैं जिनके नंबर कभी किसी के नहीं हो सकते; यह इस वर्कस्पेस के साथ कभी नहीं मिलता।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import Contacts…</source>
        <translation>कॉन्टैक्ट इम्पोर्ट करें…</translation>
    </message>
    <message>
        <source>Try the Demo</source>
        <translation>डेमो आज़माएँ</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting Started with Herald</source>
        <translation>Herald के साथ शुरुआत</translation>
    </message>
    <message>
        <source>Getting started guide</source>
        <translation>शुरुआती गाइड</translation>
    </message>
    <message>
        <source>&lt;h3&gt;From your contact list to your first results&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Import your contacts.&lt;/b&gt; File → Import Contacts… reads a CSV or Excel (.xlsx) file. Herald suggests which column holds the phone number and the name; numbers written without a country code are read in the region you choose. Only import people who agreed to hear from you on WhatsApp.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Connect WhatsApp.&lt;/b&gt; Under Settings, add your WhatsApp Business account (its phone number ID and access token; the token is kept in your system&apos;s keychain). Until then the built-in sandbox simulates WhatsApp and messages nobody.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Choose a template.&lt;/b&gt; WhatsApp only lets businesses start a conversation with a template it approved. Under Templates, fetch your approved templates or write one and submit it.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Create a campaign.&lt;/b&gt; Under Campaigns, New campaign: pick the template, fill its placeholders, choose who receives it (everyone opted in, a tag, or the people of an earlier campaign), and when: now, at a set time, every week, or when something happens in your shop.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Check and start.&lt;/b&gt; The pre-flight check shows how many people will receive the message, who is left out and why, and what it will cost. Start sends at your account&apos;s pace; you can pause, resume or stop at any time. People who opted out are never messaged.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Follow the results.&lt;/b&gt; The Dashboard shows how many messages were delivered, read and replied to. Click a bar to see those people, export them, or start a new campaign for them.&lt;/p&gt;&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Scheduled and triggered campaigns are sent while this window is open, or by the Herald agent on a computer that stays on. Help → Keyboard Shortcuts lists every shortcut.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;आपकी कॉन्टैक्ट सूची से आपके पहले नतीजों तक&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;अपने कॉन्टैक्ट इम्पोर्ट करें।&lt;/b&gt; फ़ाइल → कॉन्टैक्ट इम्पोर्ट करें… एक CSV या Excel (.xlsx) फ़ाइल पढ़ता है। Herald बताता है कि किस कॉलम में फ़ोन नंबर है और किसमें नाम; बिना कंट्री कोड लिखे नंबर आपके चुने हुए रीजन के हिसाब से पढ़े जाते हैं। सिर्फ़ उन्हीं लोगों को इम्पोर्ट करें जिन्होंने WhatsApp पर आपसे मैसेज पाने के लिए सहमति दी है।&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;WhatsApp कनेक्ट करें।&lt;/b&gt; सेटिंग्स में अपना WhatsApp Business अकाउंट जोड़ें (उसका फ़ोन नंबर ID और एक्सेस टोकन; टोकन आपके सिस्टम के कीचेन में रखा जाता है)। तब तक बिल्ट-इन सैंडबॉक्स WhatsApp की नकल करता है और किसी को मैसेज नहीं भेजता।&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;टेम्पलेट चुनें।&lt;/b&gt; WhatsApp बिज़नेस को बातचीत सिर्फ़ उसके मंज़ूर किए टेम्पलेट से शुरू करने देता है। टेम्पलेट में जाकर अपने मंज़ूर टेम्पलेट लाएँ, या नया लिखकर समीक्षा के लिए भेजें।&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;कैंपेन बनाएँ।&lt;/b&gt; कैंपेन में जाकर, नया कैंपेन: टेम्पलेट चुनें, उसके प्लेसहोल्डर भरें, चुनें कि यह किसे मिलेगा (सभी ऑप्ट-इन लोग, कोई टैग, या किसी पिछले कैंपेन के लोग), और कब: अभी, किसी तय समय पर, हर हफ़्ते, या जब आपकी दुकान में कुछ होता है।&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;जाँचें और शुरू करें।&lt;/b&gt; शुरू होने से पहले की जाँच दिखाती है कि कितने लोगों को मैसेज मिलेगा, कौन बाहर रह गया और क्यों, और इसकी लागत कितनी होगी। शुरू करें आपके अकाउंट की रफ़्तार से भेजता है; आप कभी भी रोक सकते हैं, फिर से चालू कर सकते हैं या बंद कर सकते हैं। ऑप्ट-आउट करने वाले लोगों को कभी मैसेज नहीं भेजा जाता।&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;नतीजे देखें।&lt;/b&gt; डैशबोर्ड दिखाता है कि कितने मैसेज डिलीवर हुए, पढ़े गए और उनका जवाब आया। उन लोगों को देखने, उन्हें एक्सपोर्ट करने, या उनके लिए नया कैंपेन शुरू करने के लिए किसी बार पर क्लिक करें।&lt;/p&gt;&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;शेड्यूल किए गए और इवेंट से चलने वाले कैंपेन तब भेजे जाते हैं जब यह विंडो खुली हो, या किसी हमेशा चालू रहने वाले कंप्यूटर पर Herald एजेंट द्वारा। मदद → कीबोर्ड शॉर्टकट में हर शॉर्टकट की सूची है।&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>GraphClient</name>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>जवाब JSON ऑब्जेक्ट नहीं है</translation>
    </message>
</context>
<context>
    <name>GraphError</name>
    <message>
        <source>The Graph API did not answer in time. Check your internet connection and the Graph API URL, then try again.</source>
        <translation>Graph API ने समय पर जवाब नहीं दिया। अपना इंटरनेट कनेक्शन और Graph API URL जाँचें, फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>The secure connection to the Graph API failed (%1). Check the Graph API URL and your system&apos;s date and certificates.</source>
        <translation>Graph API से सुरक्षित कनेक्शन विफल रहा (%1)। Graph API URL और अपने सिस्टम की तारीख़ और सर्टिफ़िकेट जाँचें।</translation>
    </message>
    <message>
        <source>Cannot reach the Graph API (%1). Check your internet connection and the Graph API URL.</source>
        <translation>Graph API तक नहीं पहुँचा जा सका (%1)। अपना इंटरनेट कनेक्शन और Graph API URL जाँचें।</translation>
    </message>
    <message>
        <source>The Graph API answered something Herald does not understand (%1).</source>
        <translation>Graph API ने ऐसा जवाब दिया जो Herald नहीं समझता (%1)।</translation>
    </message>
    <message>
        <source>The Graph API answered HTTP %1 (%2). Try again later.</source>
        <translation>Graph API ने HTTP %1 (%2) जवाब दिया। बाद में फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>The access token is invalid or has expired: create a new one in Meta Business Manager and store it with “Set token”.</source>
        <translation>एक्सेस टोकन ग़लत है या उसकी अवधि ख़त्म हो गई है: Meta Business Manager में नया बनाएँ और “टोकन सेट करें” से सेव करें।</translation>
    </message>
    <message>
        <source>An ID in the account settings is wrong or not visible to this token: check the phone number ID and the WhatsApp Business Account ID.</source>
        <translation>अकाउंट सेटिंग्स में कोई ID ग़लत है या इस टोकन को नहीं दिखता: फ़ोन नंबर ID और WhatsApp Business अकाउंट ID जाँचें।</translation>
    </message>
    <message>
        <source>The token lacks a permission (whatsapp_business_messaging and whatsapp_business_management).</source>
        <translation>टोकन में एक अनुमति नहीं है (whatsapp_business_messaging और whatsapp_business_management)।</translation>
    </message>
    <message>
        <source>Meta&apos;s rate limit was reached; wait a while and try again.</source>
        <translation>Meta की रेट सीमा पूरी हो गई; थोड़ी देर रुककर फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>See Meta&apos;s error reference for this code.</source>
        <translation>इस कोड के लिए Meta का एरर संदर्भ देखें।</translation>
    </message>
    <message>
        <source>Meta refused the request: %1 (code %2). %3</source>
        <translation>Meta ने अनुरोध अस्वीकार किया: %1 (कोड %2)। %3</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>जानकारी: %1</translation>
    </message>
    <message>
        <source>(trace id %1)</source>
        <translation>(trace id %1)</translation>
    </message>
</context>
<context>
    <name>Headroom</name>
    <message>
        <source>Messaging tier not known: no daily limit is applied. WhatsApp Manager shows the number&apos;s tier; record it with herald-cli account set --messaging-tier.</source>
        <translation>मैसेजिंग टियर पता नहीं: कोई रोज़ाना सीमा लागू नहीं। WhatsApp Manager नंबर का टियर दिखाता है; इसे herald-cli account set --messaging-tier से दर्ज करें।</translation>
    </message>
    <message>
        <source>Unlimited messaging tier (%1): no daily limit.</source>
        <translation>असीमित मैसेजिंग टियर (%1): कोई रोज़ाना सीमा नहीं।</translation>
    </message>
    <message>
        <source>%1 of %2 unique recipients left in the last 24 hours (%3).</source>
        <translation>पिछले 24 घंटों में %2 में से %1 अलग-अलग प्राप्तकर्ता बाकी (%3)।</translation>
    </message>
    <message>
        <source>Waiting for the daily messaging limit (%1 of %2 unique recipients used in 24 hours); the next send becomes possible at %3 UTC.</source>
        <translation>रोज़ाना मैसेजिंग सीमा का इंतज़ार (24 घंटों में %2 में से %1 अलग-अलग प्राप्तकर्ता इस्तेमाल हुए); अगला मैसेज %3 UTC पर भेजा जा सकेगा।</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Getting Started</source>
        <translation>शुरुआत करें (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट (&amp;K)</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>लॉग फ़ोल्डर खोलें (&amp;L)</translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation>लॉग फ़ोल्डर खोलें</translation>
    </message>
    <message>
        <source>The log folder could not be opened. Its files are in %1 — open that folder in your file manager, or attach herald.log to a support request.</source>
        <translation>लॉग फ़ोल्डर खोला नहीं जा सका। इसकी फ़ाइलें %1 में हैं — वह फ़ोल्डर अपने फ़ाइल मैनेजर में खोलें, या सपोर्ट अनुरोध के साथ herald.log अटैच करें।</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Columns of the file</source>
        <translation>फ़ाइल के कॉलम</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>Rejected rows</source>
        <translation>अस्वीकृत पंक्तियाँ</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>comma</source>
        <translation>कॉमा</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>सेमीकोलन</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>टैब</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>फ़ाइल (&amp;F):</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>कॉन्टैक्ट इम्पोर्ट करें</translation>
    </message>
    <message>
        <source>Encoding: %1
Separator: %2
Columns: %3</source>
        <translation>एन्कोडिंग: %1
सेपरेटर: %2
कॉलम: %3</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>पहला नाम</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>सरनेम</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>ऑप्ट-इन</translation>
    </message>
    <message>
        <source>Opt-in source</source>
        <translation>ऑप्ट-इन का स्रोत</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>टैग</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>एट्रिब्यूट</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>अनदेखा करें</translation>
    </message>
    <message>
        <source>None: numbers include the country code</source>
        <translation>कोई नहीं: नंबरों में कंट्री कोड शामिल है</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>कॉलम मिलाएँ</translation>
    </message>
    <message>
        <source>Choose what each column holds. Exactly one column must hold the phone number; columns kept as attributes can be used in message templates.</source>
        <translation>चुनें कि हर कॉलम में क्या है। ठीक एक कॉलम में फ़ोन नंबर होना चाहिए; एट्रिब्यूट के रूप में रखे गए कॉलम मैसेज टेम्पलेट में इस्तेमाल हो सकते हैं।</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>इम्पोर्ट करें (&amp;I)</translation>
    </message>
    <message>
        <source>The country of numbers written without a country code.</source>
        <translation>बिना कंट्री कोड लिखे नंबरों का देश।</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. newsletter, trade-fair</source>
        <translation>कॉमा से अलग, जैसे newsletter, trade-fair</translation>
    </message>
    <message>
        <source>Mark all imported contacts as &amp;opted in</source>
        <translation>सभी इम्पोर्ट किए गए कॉन्टैक्ट को ऑप्ट-इन चिह्नित करें (&amp;O)</translation>
    </message>
    <message>
        <source>Where they agreed, e.g. website sign-up form</source>
        <translation>उन्होंने कहाँ सहमति दी, जैसे वेबसाइट का साइन-अप फ़ॉर्म</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>डिफ़ॉल्ट रीजन (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Add tags:</source>
        <translation>टैग जोड़ें (&amp;A):</translation>
    </message>
    <message>
        <source>Opt-in &amp;source:</source>
        <translation>ऑप्ट-इन का स्रोत (&amp;S):</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>इस रूप में इम्पोर्ट करें</translation>
    </message>
    <message>
        <source>Choose the column that holds the phone number.</source>
        <translation>वह कॉलम चुनें जिसमें फ़ोन नंबर है।</translation>
    </message>
    <message>
        <source>Only one column can hold the phone number; set the others to Attribute or Ignore.</source>
        <translation>सिर्फ़ एक कॉलम में फ़ोन नंबर हो सकता है; बाकियों को एट्रिब्यूट या अनदेखा करें पर सेट करें।</translation>
    </message>
    <message>
        <source>Say where these contacts opted in: WhatsApp requires a record of consent.</source>
        <translation>बताएँ कि इन कॉन्टैक्ट ने कहाँ ऑप्ट-इन किया: WhatsApp सहमति का रिकॉर्ड माँगता है।</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>इम्पोर्ट हो रहा है</translation>
    </message>
    <message>
        <source>Rows are saved in batches: cancelling keeps the batches already saved.</source>
        <translation>पंक्तियाँ बैच में सेव होती हैं: रद्द करने पर पहले से सेव हुए बैच बने रहते हैं।</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>इम्पोर्ट रद्द करें (&amp;C)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>अस्वीकृत पंक्तियाँ सेव करें (&amp;S)…</translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation>मौजूदा बैच के बाद रद्द किया जा रहा है…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 इम्पोर्ट हो रहा है…</translation>
    </message>
    <message>
        <source>What happened to the rows of %1.</source>
        <translation>%1 की पंक्तियों का क्या हुआ।</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>इम्पोर्ट रद्द हुआ</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>इम्पोर्ट पूरा हुआ</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>इम्पोर्ट रुक गया</translation>
    </message>
    <message>
        <source>The import was cancelled. The %1 rows committed before it stopped were kept.</source>
        <translation>इम्पोर्ट रद्द किया गया। रुकने से पहले सेव हुई %1 पंक्तियाँ रखी गईं।</translation>
    </message>
    <message>
        <source>The import stopped: %1
The %2 rows committed before the problem were kept.</source>
        <translation>इम्पोर्ट रुक गया: %1
समस्या से पहले सेव हुई %2 पंक्तियाँ रखी गईं।</translation>
    </message>
    <message>
        <source>All rows of the file were read.</source>
        <translation>फ़ाइल की सभी पंक्तियाँ पढ़ी गईं।</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>पढ़ी गई पंक्तियाँ: %1</translation>
    </message>
    <message>
        <source>New contacts: %1</source>
        <translation>नए कॉन्टैक्ट: %1</translation>
    </message>
    <message>
        <source>Existing contacts updated: %1</source>
        <translation>अपडेट हुए मौजूदा कॉन्टैक्ट: %1</translation>
    </message>
    <message>
        <source>Repeated numbers within the file (merged): %1</source>
        <translation>फ़ाइल में दोहराए गए नंबर (मिलाए गए): %1</translation>
    </message>
    <message>
        <source>Rejected rows: %1</source>
        <translation>अस्वीकृत पंक्तियाँ: %1</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>अस्वीकृत पंक्तियाँ सेव करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>कॉन्टैक्ट इम्पोर्ट करें</translation>
    </message>
    <message>
        <source>Nothing was imported yet.</source>
        <translation>अभी तक कुछ भी इम्पोर्ट नहीं हुआ।</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>%1 को बदला नहीं जा सका।</translation>
    </message>
    <message>
        <source>Cannot write %1. Check the folder and your permissions.</source>
        <translation>%1 लिखा नहीं जा सका। फ़ोल्डर और अपनी अनुमतियाँ जाँचें।</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx) with one contact per row and a header row. Comma, semicolon and tab separated files in UTF-8 or Windows-1252 are recognised.</source>
        <translation>हर पंक्ति में एक कॉन्टैक्ट और एक हेडर पंक्ति वाली CSV फ़ाइल या Excel वर्कबुक (.xlsx)। UTF-8 या Windows-1252 में कॉमा, सेमीकोलन और टैब से अलग की गई फ़ाइलें पहचानी जाती हैं।</translation>
    </message>
    <message>
        <source>Path to a .csv or .xlsx file</source>
        <translation>.csv या .xlsx फ़ाइल का पाथ</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>शीट</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>शीट (&amp;S):</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.tsv *.txt *.xlsx);;CSV files (*.csv *.tsv *.txt);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>कॉन्टैक्ट फ़ाइलें (*.csv *.tsv *.txt *.xlsx);;CSV फ़ाइलें (*.csv *.tsv *.txt);;Excel वर्कबुक (*.xlsx);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1” of %2
Columns: %3</source>
        <translation>Excel वर्कबुक, %2 की शीट “%1”
कॉलम: %3</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>The language of Herald&apos;s window and of herald-cli, from the next start</source>
        <translation>Herald की विंडो और herald-cli की भाषा, अगली बार शुरू होने से</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>सिस्टम डिफ़ॉल्ट (%1)</translation>
    </message>
    <message>
        <source>Herald speaks the new language from its next start.</source>
        <translation>Herald अगली बार शुरू होने पर नई भाषा में दिखेगा।</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>डैशबोर्ड</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>कैंपेन</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>कॉन्टैक्ट</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>टेम्पलेट</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>Herald</source>
        <translation>Herald</translation>
    </message>
    <message>
        <source>Delivery, read and reply rates of your campaigns, and how your audience grows and opts out over time.</source>
        <translation>आपके कैंपेन की डिलीवरी, पढ़े जाने और जवाब की दरें, और समय के साथ आपकी ऑडियंस कैसे बढ़ती है और कितने ऑप्ट-आउट करते हैं।</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>कॉन्टैक्ट इम्पोर्ट करें (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Contacts…</source>
        <translation>कॉन्टैक्ट एक्सपोर्ट करें (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>व्यू (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>मदद (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Herald</source>
        <translation>Herald के बारे में (&amp;A)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <source>Find a phone number…</source>
        <translation>फ़ोन नंबर खोजें…</translation>
    </message>
    <message>
        <source>Find a phone number</source>
        <translation>फ़ोन नंबर खोजें</translation>
    </message>
    <message>
        <source>Type a phone number and press Enter to see its full message history (Ctrl+K)</source>
        <translation>फ़ोन नंबर टाइप करें और उसका पूरा मैसेज इतिहास देखने के लिए Enter दबाएँ (Ctrl+K)</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: %2</source>
        <translation>“%1” फ़ोन नंबर नहीं है: %2</translation>
    </message>
    <message>
        <source>Cannot read the history of %1: %2</source>
        <translation>%1 का इतिहास पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Herald knows nothing about %1: no contact, message, reply or event has this number.</source>
        <translation>Herald को %1 के बारे में कुछ नहीं पता: इस नंबर का कोई कॉन्टैक्ट, मैसेज, जवाब या इवेंट नहीं है।</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>वर्कस्पेस: %1</translation>
    </message>
    <message>
        <source>Contacts unavailable</source>
        <translation>कॉन्टैक्ट उपलब्ध नहीं</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 कॉन्टैक्ट</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 कॉन्टैक्ट</translation>
    </message>
    <message>
        <source>%1 · %2 opted in · %3 opted out</source>
        <translation>%1 · %2 ऑप्ट-इन · %3 ऑप्ट-आउट</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>नंबर</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>पेज</translation>
    </message>
    <message>
        <source>Choose a page with the Up and Down keys; Ctrl+1 to Ctrl+6 from anywhere.</source>
        <translation>ऊपर और नीचे कुंजियों से पेज चुनें; कहीं से भी Ctrl+1 से Ctrl+6।</translation>
    </message>
    <message>
        <source>&amp;Find in This Page</source>
        <translation>इस पेज में खोजें (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>कैंपेन (&amp;C)</translation>
    </message>
    <message>
        <source>Type a phone number and press Enter to see its full message history</source>
        <translation>फ़ोन नंबर टाइप करें और उसका पूरा मैसेज इतिहास देखने के लिए Enter दबाएँ</translation>
    </message>
</context>
<context>
    <name>MessageRenderer</name>
    <message>
        <source>Templates with a location header cannot be sent by Herald yet.</source>
        <translation>लोकेशन हेडर वाले टेम्पलेट Herald अभी नहीं भेज सकता।</translation>
    </message>
    <message>
        <source>The template “%1” needs a value for %2: add --param %2=SOURCE (e.g. field:name or text:…).</source>
        <translation>टेम्पलेट “%1” को %2 के लिए वैल्यू चाहिए: --param %2=SOURCE जोड़ें (जैसे field:name या text:…)।</translation>
    </message>
    <message>
        <source>The template “%1” has no parameter %2; it takes: %3.</source>
        <translation>टेम्पलेट “%1” में पैरामीटर %2 नहीं है; यह ये लेता है: %3।</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>%1 has no value for this contact and no fallback</source>
        <translation>%1 की इस कॉन्टैक्ट के लिए कोई वैल्यू नहीं है और कोई वैकल्पिक वैल्यू भी नहीं</translation>
    </message>
</context>
<context>
    <name>NumberQuality</name>
    <message>
        <source>High (green)</source>
        <translation>ऊँची (हरा)</translation>
    </message>
    <message>
        <source>Medium (yellow)</source>
        <translation>मध्यम (पीला)</translation>
    </message>
    <message>
        <source>Low (red)</source>
        <translation>कम (लाल)</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>No account %1 for a quality report.</source>
        <translation>क्वालिटी रिपोर्ट के लिए कोई अकाउंट %1 नहीं है।</translation>
    </message>
    <message>
        <source>Paused: the quality rating of number “%1” (%2) dropped to %3%4. Nothing more is sent from it; check the number&apos;s quality in WhatsApp Manager and resume the campaign once it is no longer red.</source>
        <translation>रोका गया: नंबर “%1” (%2) की क्वालिटी रेटिंग गिरकर %3%4 हो गई। इससे अब कुछ नहीं भेजा जाएगा; WhatsApp Manager में नंबर की क्वालिटी जाँचें और जब वह लाल न रहे तो कैंपेन फिर से चालू करें।</translation>
    </message>
</context>
<context>
    <name>PagedRows</name>
    <message>
        <source>The workspace is not open.</source>
        <translation>वर्कस्पेस खुला नहीं है।</translation>
    </message>
</context>
<context>
    <name>PhoneNormalizer</name>
    <message>
        <source>the phone number is empty</source>
        <translation>फ़ोन नंबर ख़ाली है</translation>
    </message>
    <message>
        <source>%1 is a number in scientific notation: the spreadsheet has already rounded away its last digits, so the phone number cannot be recovered. Format the phone column as Text in Excel (or export again from the original source) and import the file again</source>
        <translation>%1 साइंटिफ़िक नोटेशन में लिखी संख्या है: स्प्रेडशीट पहले ही इसके आख़िरी अंक गोल कर चुकी है, इसलिए फ़ोन नंबर वापस नहीं पाया जा सकता। Excel में फ़ोन कॉलम को Text फ़ॉर्मेट करें (या मूल स्रोत से फिर से एक्सपोर्ट करें) और फ़ाइल फिर से इम्पोर्ट करें</translation>
    </message>
    <message>
        <source>%1 has a + that is not at the start</source>
        <translation>%1 में + शुरुआत में नहीं है</translation>
    </message>
    <message>
        <source>%1 contains letters; a phone number may only have digits, spaces, dashes, dots, parentheses and a leading +</source>
        <translation>%1 में अक्षर हैं; फ़ोन नंबर में सिर्फ़ अंक, स्पेस, डैश, डॉट, कोष्ठक और शुरुआत में + हो सकता है</translation>
    </message>
    <message>
        <source>%1 contains %2, which does not belong in a phone number</source>
        <translation>%1 में %2 है, जो फ़ोन नंबर का हिस्सा नहीं होता</translation>
    </message>
    <message>
        <source>%1 has no digits</source>
        <translation>%1 में कोई अंक नहीं है</translation>
    </message>
    <message>
        <source>%1 does not start with a known country calling code</source>
        <translation>%1 किसी जाने-पहचाने कंट्री कॉलिंग कोड से शुरू नहीं होता</translation>
    </message>
    <message>
        <source>%1 cannot be read with the default region %2</source>
        <translation>%1 को डिफ़ॉल्ट रीजन %2 से पढ़ा नहीं जा सकता</translation>
    </message>
    <message>
        <source>%1 is too short to be a phone number</source>
        <translation>%1 फ़ोन नंबर होने के लिए बहुत छोटा है</translation>
    </message>
    <message>
        <source>%1 is too long to be a phone number</source>
        <translation>%1 फ़ोन नंबर होने के लिए बहुत लंबा है</translation>
    </message>
    <message>
        <source>%1 is not a phone number</source>
        <translation>%1 फ़ोन नंबर नहीं है</translation>
    </message>
    <message>
        <source>international numbers (+%1)</source>
        <translation>अंतरराष्ट्रीय नंबर (+%1)</translation>
    </message>
    <message>
        <source>%1 is too short for a number in %2</source>
        <translation>%1 %2 के नंबर के लिए बहुत छोटा है</translation>
    </message>
    <message>
        <source>%1 is too long for a number in %2</source>
        <translation>%1 %2 के नंबर के लिए बहुत लंबा है</translation>
    </message>
    <message>
        <source>%1 has the wrong number of digits for %2</source>
        <translation>%1 में %2 के लिए अंकों की संख्या ग़लत है</translation>
    </message>
    <message>
        <source>%1 is a local number; add the area code (numbers in %2)</source>
        <translation>%1 लोकल नंबर है; एरिया कोड जोड़ें (%2 के नंबर)</translation>
    </message>
    <message>
        <source>%1 is not a valid number in %2</source>
        <translation>%1 %2 में सही नंबर नहीं है</translation>
    </message>
    <message>
        <source>%1 is written without a country code (it does not start with + or 00) and no default region was chosen; choose the default region these numbers belong to, or write them with their country code</source>
        <translation>%1 बिना कंट्री कोड के लिखा है (यह + या 00 से शुरू नहीं होता) और कोई डिफ़ॉल्ट रीजन नहीं चुना गया; वह डिफ़ॉल्ट रीजन चुनें जिसके ये नंबर हैं, या इन्हें कंट्री कोड के साथ लिखें</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Not available in this version of Herald yet.</source>
        <translation>Herald के इस संस्करण में यह अभी उपलब्ध नहीं है।</translation>
    </message>
</context>
<context>
    <name>PortfolioPage</name>
    <message>
        <source>&lt;h2&gt;Numbers and portfolios&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;नंबर और पोर्टफ़ोलियो&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>फिर से लोड करें (&amp;R)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>नंबर</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>क्वालिटी</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>थ्रूपुट</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>टियर</translation>
    </message>
    <message>
        <source>Recipients (24 h)</source>
        <translation>प्राप्तकर्ता (24 घंटे)</translation>
    </message>
    <message>
        <source>Sending now</source>
        <translation>अभी चल रहे</translation>
    </message>
    <message>
        <source>Scheduled next</source>
        <translation>आगे शेड्यूल किए गए</translation>
    </message>
    <message>
        <source>The numbers could not be read: %1</source>
        <translation>नंबर पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>Portfolio %1 — %2</source>
        <translation>पोर्टफ़ोलियो %1 — %2</translation>
    </message>
    <message>
        <source>%1 — flagged, not sending</source>
        <translation>%1 — फ़्लैग किया गया, नहीं भेज रहा</translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 मैसेज/सेकंड</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>पता नहीं</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) flagged: campaigns on them pause until their quality recovers.</source>
        <translation>
            <numerusform>%n नंबर फ़्लैग किया गया: इस पर चल रहे कैंपेन इसकी क्वालिटी सुधरने तक रुके रहेंगे।</numerusform>
            <numerusform>%n नंबर फ़्लैग किए गए: उन पर चल रहे कैंपेन उनकी क्वालिटी सुधरने तक रुके रहेंगे।</numerusform>
        </translation>
    </message>
    <message>
        <source>Numbers of one business portfolio share its daily messaging limit.</source>
        <translation>एक बिज़नेस पोर्टफ़ोलियो के नंबर उसकी रोज़ाना मैसेज सीमा साझा करते हैं।</translation>
    </message>
    <message>
        <source>Numbers by portfolio</source>
        <translation>पोर्टफ़ोलियो के हिसाब से नंबर</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>The template “%1” (%2) is %3; only APPROVED templates can be sent.</source>
        <translation>टेम्पलेट “%1” (%2) की स्थिति %3 है; सिर्फ़ APPROVED टेम्पलेट भेजे जा सकते हैं।</translation>
    </message>
    <message>
        <source>deleted upstream</source>
        <translation>Meta पर हटाया गया</translation>
    </message>
    <message>
        <source>The template&apos;s quality is low (red): Meta may pause it if people keep blocking it.</source>
        <translation>टेम्पलेट की क्वालिटी कम (लाल) है: अगर लोग इसे ब्लॉक करते रहे तो Meta इसे रोक सकता है।</translation>
    </message>
    <message>
        <source>There is no template “%1” in language %2 for this account; sync the templates.</source>
        <translation>इस अकाउंट के लिए भाषा %2 में कोई टेम्पलेट “%1” नहीं है; टेम्पलेट सिंक करें।</translation>
    </message>
    <message>
        <source>The campaign&apos;s account (id %1) does not exist.</source>
        <translation>कैंपेन का अकाउंट (id %1) मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>This campaign is triggered by events: its audience is decided per event, so there is no count, duration or cost up front.</source>
        <translation>यह कैंपेन इवेंट से चलता है: इसकी ऑडियंस हर इवेंट पर तय होती है, इसलिए पहले से कोई गिनती, अवधि या लागत नहीं है।</translation>
    </message>
    <message>
        <source>The rate card mixes currencies (%1): no cost estimate.</source>
        <translation>रेट कार्ड में अलग-अलग मुद्राएँ हैं (%1): कोई लागत अनुमान नहीं।</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) have no rate for category %1 in their country; the estimate leaves them out.</source>
        <translation>
            <numerusform>%n प्राप्तकर्ता के देश में श्रेणी %1 का कोई रेट नहीं है; अनुमान में इसे शामिल नहीं किया गया।</numerusform>
            <numerusform>%n प्राप्तकर्ताओं के देश में श्रेणी %1 का कोई रेट नहीं है; अनुमान में इन्हें शामिल नहीं किया गया।</numerusform>
        </translation>
    </message>
    <message>
        <source>The audience is empty: no opted-in contact matches it.</source>
        <translation>ऑडियंस ख़ाली है: कोई ऑप्ट-इन कॉन्टैक्ट इससे मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>No recipient can get this message: every one is missing a parameter value.</source>
        <translation>किसी प्राप्तकर्ता को यह मैसेज नहीं मिल सकता: हर किसी की एक पैरामीटर वैल्यू नहीं है।</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) miss a parameter value and have no fallback; they will be skipped.</source>
        <translation>
            <numerusform>%n प्राप्तकर्ता की एक पैरामीटर वैल्यू नहीं है और कोई वैकल्पिक वैल्यू भी नहीं; उसे छोड़ दिया जाएगा।</numerusform>
            <numerusform>%n प्राप्तकर्ताओं की एक पैरामीटर वैल्यू नहीं है और कोई वैकल्पिक वैल्यू भी नहीं; उन्हें छोड़ दिया जाएगा।</numerusform>
        </translation>
    </message>
    <message>
        <source>The account may message %1 more people in the next 24 hours (%2), fewer than the %3 recipients; the rest wait for the limit.</source>
        <translation>यह अकाउंट अगले 24 घंटों में %1 और लोगों को मैसेज कर सकता है (%2), जो %3 प्राप्तकर्ताओं से कम है; बाकी सीमा का इंतज़ार करेंगे।</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>Pre-flight check — %1</source>
        <translation>शुरू करने से पहले की जाँच — %1</translation>
    </message>
    <message>
        <source>&amp;Start sending</source>
        <translation>भेजना शुरू करें (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Activate schedule</source>
        <translation>शेड्यूल सक्रिय करें (&amp;A)</translation>
    </message>
    <message>
        <source>Send &amp;test…</source>
        <translation>टेस्ट भेजें (&amp;T)…</translation>
    </message>
    <message>
        <source>Fix the problems listed in red first.</source>
        <translation>पहले लाल रंग में दिखाई गई समस्याएँ ठीक करें।</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 was stopped and stays stopped: a stopped run is never continued. A new run sends the message to the %n recipient(s) it did not reach.</source>
        <translation>
            <numerusform>रन %1 बंद किया गया और बंद ही रहेगा: बंद किया गया रन कभी जारी नहीं होता। नया रन उस %n प्राप्तकर्ता को मैसेज भेजता है जिस तक यह नहीं पहुँचा।</numerusform>
            <numerusform>रन %1 बंद किया गया और बंद ही रहेगा: बंद किया गया रन कभी जारी नहीं होता। नया रन उन %n प्राप्तकर्ताओं को मैसेज भेजता है जिन तक यह नहीं पहुँचा।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n who opted out or were deleted since are left out.</source>
        <translation>
            <numerusform>तब से ऑप्ट-आउट करने वाला या हटाया गया %n व्यक्ति शामिल नहीं है।</numerusform>
            <numerusform>तब से ऑप्ट-आउट करने वाले या हटाए गए %n लोग शामिल नहीं हैं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;New run for the %n not reached…</source>
        <translation>
            <numerusform>न पहुँचे %n के लिए नया रन (&amp;N)…</numerusform>
            <numerusform>न पहुँचे %n के लिए नया रन (&amp;N)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreflightView</name>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>लगभग %n सेकंड</numerusform>
            <numerusform>लगभग %n सेकंड</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 min %2 s</source>
        <translation>लगभग %1 मिनट %2 सेकंड</translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>लगभग %1 घंटे %2 मिनट</translation>
    </message>
    <message>
        <source>Checking the campaign…</source>
        <translation>कैंपेन जाँचा जा रहा है…</translation>
    </message>
    <message>
        <source>Cannot start yet:</source>
        <translation>अभी शुरू नहीं हो सकता:</translation>
    </message>
    <message>
        <source>Ready to start.</source>
        <translation>शुरू करने के लिए तैयार।</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>ऑडियंस</translation>
    </message>
    <message>
        <source>decided per event (triggered campaign)</source>
        <translation>हर इवेंट पर तय होती है (इवेंट से चलने वाला कैंपेन)</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n कॉन्टैक्ट</numerusform>
            <numerusform>%n कॉन्टैक्ट</numerusform>
        </translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>बाहर रखे गए</translation>
    </message>
    <message>
        <source>%1 opted out, %2 never opted in</source>
        <translation>%1 ऑप्ट-आउट, %2 ने कभी ऑप्ट-इन नहीं किया</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) without a value and no fallback</source>
        <translation>
            <numerusform>%n प्राप्तकर्ता बिना वैल्यू और बिना वैकल्पिक वैल्यू के</numerusform>
            <numerusform>%n प्राप्तकर्ता बिना वैल्यू और बिना वैकल्पिक वैल्यू के</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing parameters</source>
        <translation>छूटे हुए पैरामीटर</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>टेम्पलेट</translation>
    </message>
    <message>
        <source>%1, quality %2, category %3</source>
        <translation>%1, क्वालिटी %2, श्रेणी %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>नहीं मिला</translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation>रोज़ की सीमा</translation>
    </message>
    <message>
        <source>tier not known yet: no limit applied</source>
        <translation>टियर अभी पता नहीं: कोई सीमा लागू नहीं</translation>
    </message>
    <message>
        <source>%1: no limit</source>
        <translation>%1: कोई सीमा नहीं</translation>
    </message>
    <message>
        <source>%1 of %2 left in the last 24 hours (%3, %4 used)</source>
        <translation>पिछले 24 घंटों में %2 में से %1 बाकी (%3, %4 इस्तेमाल हुए)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>%1 at %2 messages/s</source>
        <translation>%1, %2 मैसेज/सेकंड पर</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>लागत</translation>
    </message>
    <message>
        <source>no estimate (add prices to the rate card)</source>
        <translation>कोई अनुमान नहीं (रेट कार्ड में कीमतें जोड़ें)</translation>
    </message>
    <message>
        <source>The message for the first recipients</source>
        <translation>पहले प्राप्तकर्ताओं के लिए मैसेज</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n recipient(s)</source>
        <translation>
            <numerusform>%1: %n प्राप्तकर्ता</numerusform>
            <numerusform>%1: %n प्राप्तकर्ता</numerusform>
        </translation>
    </message>
    <message>
        <source>Send window</source>
        <translation>सेंड विंडो</translation>
    </message>
    <message>
        <source>Waves (%1 time)</source>
        <translation>बैच (%1 समय)</translation>
    </message>
    <message>
        <source>Last send</source>
        <translation>आख़िरी भेजने का समय</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message numerus="yes">
        <source>%n campaign run(s) are being sent from this window.</source>
        <translation>
            <numerusform>इस विंडो से %n कैंपेन रन भेजा जा रहा है।</numerusform>
            <numerusform>इस विंडो से %n कैंपेन रन भेजे जा रहे हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>If you quit, sending pauses. Nothing is lost or sent twice: Resume on the Campaigns page continues where it stopped.</source>
        <translation>अगर आप बाहर निकलते हैं, तो भेजना रुक जाएगा। कुछ भी खोएगा नहीं या दो बार नहीं भेजा जाएगा: कैंपेन पेज पर फिर से चालू करें दबाने से भेजना वहीं से जारी होगा जहाँ रुका था।</translation>
    </message>
    <message>
        <source>The Herald agent runs on this computer: it can continue the scheduled and triggered campaigns while Herald is closed. Campaigns you started by hand stay paused.</source>
        <translation>Herald एजेंट इस कंप्यूटर पर चलता है: Herald बंद रहने पर भी यह शेड्यूल किए गए और इवेंट से चलने वाले कैंपेन जारी रख सकता है। जो कैंपेन आपने ख़ुद शुरू किए थे, वे रुके रहेंगे।</translation>
    </message>
    <message>
        <source>Scheduled and triggered campaigns can be sent while Herald is closed by the Herald agent (herald-cli agent) on a computer that stays on; see the README&apos;s &quot;herald-cli agent&quot; section to set it up.</source>
        <translation>Herald बंद रहने पर शेड्यूल किए गए और इवेंट से चलने वाले कैंपेन, किसी हमेशा चालू रहने वाले कंप्यूटर पर Herald एजेंट (herald-cli agent) भेज सकता है; इसे सेट करने के लिए README का &quot;herald-cli agent&quot; सेक्शन देखें।</translation>
    </message>
    <message>
        <source>Stop Sending and Quit</source>
        <translation>भेजना बंद करें और बाहर निकलें</translation>
    </message>
    <message>
        <source>Keep the Window Open</source>
        <translation>विंडो खुली रखें</translation>
    </message>
    <message>
        <source>Hand Over to the Agent</source>
        <translation>एजेंट को सौंपें</translation>
    </message>
    <message>
        <source>Quit while sending?</source>
        <translation>भेजते समय बाहर निकलें?</translation>
    </message>
</context>
<context>
    <name>RateCard</name>
    <message>
        <source>A rate needs a template category (MARKETING, UTILITY, AUTHENTICATION or SERVICE).</source>
        <translation>रेट के लिए टेम्पलेट श्रेणी ज़रूरी है (MARKETING, UTILITY, AUTHENTICATION या SERVICE)।</translation>
    </message>
    <message>
        <source>“%1” is not a country code; use a two-letter ISO code such as IN or DE.</source>
        <translation>“%1” कंट्री कोड नहीं है; IN या DE जैसा दो अक्षरों का ISO कोड इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>कीमत ऋणात्मक नहीं हो सकती।</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use a three-letter ISO 4217 code such as USD, EUR or INR.</source>
        <translation>“%1” मुद्रा कोड नहीं है; तीन अक्षरों वाला ISO 4217 कोड इस्तेमाल करें, जैसे USD, EUR या INR।</translation>
    </message>
    <message>
        <source>There is no rate for %1.</source>
        <translation>%1 के लिए कोई रेट नहीं है।</translation>
    </message>
</context>
<context>
    <name>RateCardDialog</name>
    <message>
        <source>Rate card</source>
        <translation>रेट कार्ड</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>कीमत</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>मुद्रा</translation>
    </message>
    <message>
        <source>&amp;Add rate</source>
        <translation>रेट जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove rate</source>
        <translation>रेट हटाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>“%1” is not a country code; use a two-letter ISO code such as IN or DE, or leave it empty for any country.</source>
        <translation>“%1” कंट्री कोड नहीं है; IN या DE जैसा दो अक्षरों का ISO कोड इस्तेमाल करें, या किसी भी देश के लिए इसे ख़ाली छोड़ें।</translation>
    </message>
    <message>
        <source>The rate card was not saved: %1</source>
        <translation>रेट कार्ड सेव नहीं हुआ: %1</translation>
    </message>
    <message>
        <source>The price of one message by template category and recipient country. A row without a country applies to every country without its own row. With no rows, the pre-flight check gives no cost estimate. A row valid from a date (YYYY-MM-DD, UTC) prices the messages sent from that day on; older runs keep the price of their day.</source>
        <translation>टेम्पलेट श्रेणी और प्राप्तकर्ता के देश के हिसाब से एक मैसेज की कीमत। बिना देश वाली पंक्ति उन सभी देशों पर लागू होती है जिनकी अपनी पंक्ति नहीं है। कोई पंक्ति न हो, तो शुरू करने से पहले की जाँच लागत का अनुमान नहीं देती। किसी तारीख़ (YYYY-MM-DD, UTC) से लागू पंक्ति उस दिन से भेजे गए मैसेज की कीमत तय करती है; पुराने रन अपने दिन की कीमत ही रखते हैं।</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>कब से लागू</translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a date; write Valid from like 2025-07-01, or leave it empty for a price that always applied.</source>
        <translation>पंक्ति %1: “%2” तारीख़ नहीं है; “कब से लागू” को ऐसे लिखें: 2025-07-01, या हमेशा से लागू कीमत के लिए इसे ख़ाली छोड़ दें।</translation>
    </message>
</context>
<context>
    <name>RateCardImport</name>
    <message>
        <source>Line %1, field %2: %3</source>
        <translation>पंक्ति %1, फ़ील्ड %2: %3</translation>
    </message>
    <message>
        <source>The file is empty; the first line must be the header category,country,price,currency[,valid_from].</source>
        <translation>फ़ाइल ख़ाली है; पहली पंक्ति हेडर category,country,price,currency[,valid_from] होनी चाहिए।</translation>
    </message>
    <message>
        <source>Line %1 (the header): column “%2” is not known; the columns are category, country, price, currency and optionally valid_from.</source>
        <translation>पंक्ति %1 (हेडर): कॉलम “%2” पहचाना नहीं गया; कॉलम ये हैं: category, country, price, currency और चाहें तो valid_from।</translation>
    </message>
    <message>
        <source>Line %1 (the header): column “%2” appears twice.</source>
        <translation>पंक्ति %1 (हेडर): कॉलम “%2” दो बार आया है।</translation>
    </message>
    <message>
        <source>Line %1 (the header): the column “%2” is missing; the header must name category,country,price,currency (and optionally valid_from).</source>
        <translation>पंक्ति %1 (हेडर): कॉलम “%2” नहीं है; हेडर में category,country,price,currency (और चाहें तो valid_from) होने चाहिए।</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>पंक्ति %1: %2</translation>
    </message>
    <message>
        <source>empty; write MARKETING, UTILITY, AUTHENTICATION or SERVICE.</source>
        <translation>ख़ाली है; MARKETING, UTILITY, AUTHENTICATION या SERVICE लिखें।</translation>
    </message>
    <message>
        <source>empty; write a three-letter code such as USD.</source>
        <translation>ख़ाली है; USD जैसा तीन अक्षरों का कोड लिखें।</translation>
    </message>
    <message>
        <source>“%1” is not a price; write it like 0.0107.</source>
        <translation>“%1” कीमत नहीं है; इसे ऐसे लिखें: 0.0107।</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it like 2025-07-01.</source>
        <translation>“%1” तारीख़ नहीं है; इसे ऐसे लिखें: 2025-07-01।</translation>
    </message>
    <message>
        <source>Line %1: the same category, country and valid_from as line %2; keep one of them.</source>
        <translation>पंक्ति %1: श्रेणी, देश और valid_from पंक्ति %2 जैसे ही हैं; इनमें से एक ही रखें।</translation>
    </message>
    <message>
        <source>The file has a header but no rates.</source>
        <translation>फ़ाइल में हेडर है लेकिन कोई रेट नहीं।</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 पढ़ी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 कुछ भी इम्पोर्ट नहीं हुआ।</translation>
    </message>
</context>
<context>
    <name>RecipientLedger</name>
    <message>
        <source>Cannot prepare a ledger statement: %1</source>
        <translation>लेजर स्टेटमेंट तैयार नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>The sender stopped before the provider&apos;s answer was recorded; the message may have been sent.</source>
        <translation>प्रोवाइडर का जवाब दर्ज होने से पहले सेंडर रुक गया; हो सकता है मैसेज भेजा जा चुका हो।</translation>
    </message>
    <message>
        <source>Sent again by the operator after an uncertain attempt.</source>
        <translation>अनिश्चित कोशिश के बाद ऑपरेटर ने दोबारा भेजा।</translation>
    </message>
    <message>
        <source>No answer from the provider; marked failed by the operator</source>
        <translation>प्रोवाइडर से कोई जवाब नहीं; ऑपरेटर ने विफल चिह्नित किया</translation>
    </message>
    <message>
        <source>There is no campaign run %1 in this workspace.</source>
        <translation>इस वर्कस्पेस में कोई कैंपेन रन %1 नहीं है।</translation>
    </message>
    <message>
        <source>Unknown run control “%1”: use pause, resume or stop.</source>
        <translation>अनजान रन कंट्रोल “%1”: pause, resume या stop इस्तेमाल करें।</translation>
    </message>
</context>
<context>
    <name>RecipientListModel</name>
    <message>
        <source>Could not read the recipients: %1</source>
        <translation>प्राप्तकर्ता पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>State</source>
        <translation>हालत</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>डिलीवर हुआ</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>पढ़ा गया</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>जवाब दिया</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>जवाब</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>मैसेज ID</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>एरर कोड</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>एरर</translation>
    </message>
</context>
<context>
    <name>RecipientListPane</name>
    <message>
        <source>Export Recipients</source>
        <translation>प्राप्तकर्ता एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>%1 में एक्सपोर्ट हो रहा है…</translation>
    </message>
    <message>
        <source>The list could not be exported: %1</source>
        <translation>सूची एक्सपोर्ट नहीं हो सकी: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n recipient(s) to %1.</source>
        <translation>
            <numerusform>%n प्राप्तकर्ता %1 में एक्सपोर्ट किया गया।</numerusform>
            <numerusform>%n प्राप्तकर्ता %1 में एक्सपोर्ट किए गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry Failures</source>
        <translation>विफलताओं को दोबारा आज़माएँ</translation>
    </message>
    <message>
        <source>Plan a new run, linked to this one, that sends again only to the recipients whose failure a retry can help? Recipients still in a waiting period (such as 24 hours after error 131049) and contacts who opted out are left out.</source>
        <translation>इस रन से जुड़ा एक नया रन तय करें, जो सिर्फ़ उन प्राप्तकर्ताओं को दोबारा भेजे जिनकी विफलता में दोबारा कोशिश से मदद मिल सकती है? जो प्राप्तकर्ता अभी इंतज़ार की अवधि में हैं (जैसे एरर 131049 के बाद 24 घंटे) और ऑप्ट-आउट कर चुके कॉन्टैक्ट शामिल नहीं होंगे।</translation>
    </message>
    <message>
        <source>Plan retry</source>
        <translation>दोबारा कोशिश तय करें</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 will send again to %n recipient(s).</source>
        <translation>
            <numerusform>रन %1 %n प्राप्तकर्ता को दोबारा भेजेगा।</numerusform>
            <numerusform>रन %1 %n प्राप्तकर्ताओं को दोबारा भेजेगा।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more must wait until %1; retry again then.</source>
        <translation>
            <numerusform>%n और को %1 तक इंतज़ार करना होगा; तब फिर से आज़माएँ।</numerusform>
            <numerusform>%n और को %1 तक इंतज़ार करना होगा; तब फिर से आज़माएँ।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would fail the same way and are left out.</source>
        <translation>
            <numerusform>%n उसी तरह फिर विफल होगा और शामिल नहीं किया गया।</numerusform>
            <numerusform>%n उसी तरह फिर विफल होंगे और शामिल नहीं किए गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Start it from the Campaigns page.</source>
        <translation>इसे कैंपेन पेज से शुरू करें।</translation>
    </message>
    <message>
        <source>Resend Uncertain</source>
        <translation>अनिश्चित दोबारा भेजें</translation>
    </message>
    <message numerus="yes">
        <source>No answer came back for %n message(s): they may have reached the phone. Send them again anyway? The person may get the message twice.</source>
        <translation>
            <numerusform>%n मैसेज का कोई जवाब नहीं आया: हो सकता है वह फ़ोन तक पहुँच गया हो। फिर भी दोबारा भेजें? व्यक्ति को मैसेज दो बार मिल सकता है।</numerusform>
            <numerusform>%n मैसेज का कोई जवाब नहीं आया: हो सकता है वे फ़ोन तक पहुँच गए हों। फिर भी दोबारा भेजें? लोगों को मैसेज दो बार मिल सकता है।</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>दोबारा भेजें</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) will be sent again when the run continues.</source>
        <translation>
            <numerusform>रन जारी होने पर %n प्राप्तकर्ता को दोबारा भेजा जाएगा।</numerusform>
            <numerusform>रन जारी होने पर %n प्राप्तकर्ताओं को दोबारा भेजा जाएगा।</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Uncertain as Failed</source>
        <translation>अनिश्चित को विफल चिह्नित करें</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n uncertain recipient(s) as failed? They will not be sent again by this run.</source>
        <translation>
            <numerusform>%n अनिश्चित प्राप्तकर्ता को विफल चिह्नित करें? यह रन उसे दोबारा नहीं भेजेगा।</numerusform>
            <numerusform>%n अनिश्चित प्राप्तकर्ताओं को विफल चिह्नित करें? यह रन उन्हें दोबारा नहीं भेजेगा।</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark failed</source>
        <translation>विफल चिह्नित करें</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) marked failed.</source>
        <translation>
            <numerusform>%n प्राप्तकर्ता विफल चिह्नित किया गया।</numerusform>
            <numerusform>%n प्राप्तकर्ता विफल चिह्नित किए गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying helps.</source>
        <translation>दोबारा कोशिश से मदद मिलती है।</translation>
    </message>
    <message numerus="yes">
        <source>Retrying helps only after %n hour(s).</source>
        <translation>
            <numerusform>दोबारा कोशिश से %n घंटे बाद ही मदद मिलती है।</numerusform>
            <numerusform>दोबारा कोशिश से %n घंटे बाद ही मदद मिलती है।</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying helps only after the cause is fixed.</source>
        <translation>दोबारा कोशिश से तभी मदद मिलती है जब कारण ठीक हो जाए।</translation>
    </message>
    <message>
        <source>Retrying does not help.</source>
        <translation>दोबारा कोशिश से मदद नहीं मिलती।</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Who is behind a number?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Click a bar of the chart (or choose one with the arrow keys and press Enter) to list its recipients here: their status times, message IDs, errors and replies.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;किसी संख्या के पीछे कौन है?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;चार्ट के किसी बार पर क्लिक करें (या तीर वाली कुंजियों से चुनकर Enter दबाएँ) ताकि उसके प्राप्तकर्ता यहाँ दिखें: उनके स्टेटस के समय, मैसेज ID, एरर और जवाब।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search name, phone, message ID or error…</source>
        <translation>नाम, फ़ोन, मैसेज ID या एरर खोजें…</translation>
    </message>
    <message>
        <source>Search recipients</source>
        <translation>प्राप्तकर्ता खोजें</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>विफलता का कारण</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>कारण (&amp;R):</translation>
    </message>
    <message>
        <source>New results came in since this list was opened.</source>
        <translation>यह सूची खुलने के बाद नए नतीजे आए हैं।</translation>
    </message>
    <message>
        <source>Re&amp;fresh list</source>
        <translation>सूची रीफ़्रेश करें (&amp;F)</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>Message &amp;history…</source>
        <translation>मैसेज इतिहास (&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Resend uncertain…</source>
        <translation>अनिश्चित दोबारा भेजें (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Mark uncertain as failed…</source>
        <translation>अनिश्चित को विफल चिह्नित करें (&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV एक्सपोर्ट करें (&amp;E)…</translation>
    </message>
    <message>
        <source>Save this list (with the reason and search filters) as a CSV file.</source>
        <translation>यह सूची (कारण और खोज फ़िल्टर के साथ) CSV फ़ाइल के रूप में सेव करें।</translation>
    </message>
    <message>
        <source>&amp;New campaign from these…</source>
        <translation>इनसे नया कैंपेन (&amp;N)…</translation>
    </message>
    <message>
        <source>Start a campaign whose audience is exactly the recipients of this list.</source>
        <translation>ऐसा कैंपेन शुरू करें जिसकी ऑडियंस ठीक इस सूची के प्राप्तकर्ता हों।</translation>
    </message>
    <message>
        <source>Re&amp;try failures…</source>
        <translation>विफलताओं को दोबारा आज़माएँ (&amp;T)…</translation>
    </message>
    <message>
        <source>Plan a linked run that sends again only to the failures a retry can help, respecting waiting times such as 24 hours after error 131049.</source>
        <translation>एक जुड़ा हुआ रन तय करें जो सिर्फ़ उन विफलताओं को दोबारा भेजे जिनमें दोबारा कोशिश से मदद मिल सकती है, और एरर 131049 के बाद 24 घंटे जैसे इंतज़ार के समय का ध्यान रखे।</translation>
    </message>
    <message>
        <source>Resolve &amp;uncertain</source>
        <translation>अनिश्चित सुलझाएँ (&amp;U)</translation>
    </message>
    <message>
        <source>Selected recipients whose send is uncertain (no answer came back): send again or mark them failed.</source>
        <translation>चुने गए प्राप्तकर्ता जिनका भेजना अनिश्चित है (कोई जवाब नहीं आया): दोबारा भेजें या विफल चिह्नित करें।</translation>
    </message>
    <message>
        <source>&amp;Resend selected uncertain…</source>
        <translation>चुने गए अनिश्चित दोबारा भेजें (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Mark selected uncertain as failed…</source>
        <translation>चुने गए अनिश्चित को विफल चिह्नित करें (&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>इतिहास (&amp;H)…</translation>
    </message>
    <message>
        <source>Every message to and from the selected recipient (Enter).</source>
        <translation>चुने गए प्राप्तकर्ता को भेजे और उससे आए हर मैसेज (Enter)।</translation>
    </message>
    <message>
        <source>All reasons (%1)</source>
        <translation>सभी कारण (%1)</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>कोई कोड नहीं</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>No message failed in this run.</source>
        <translation>इस रन में कोई मैसेज विफल नहीं हुआ।</translation>
    </message>
    <message numerus="yes">
        <source>%n reason(s) behind these failures, largest first in the list above. Choose one to see what it means and whether a retry helps.</source>
        <translation>
            <numerusform>इन विफलताओं के पीछे %n कारण, ऊपर की सूची में सबसे बड़ा पहले। इसका मतलब और दोबारा कोशिश से मदद मिलेगी या नहीं, यह देखने के लिए एक चुनें।</numerusform>
            <numerusform>इन विफलताओं के पीछे %n कारण, ऊपर की सूची में सबसे बड़ा पहले। इसका मतलब और दोबारा कोशिश से मदद मिलेगी या नहीं, यह देखने के लिए एक चुनें।</numerusform>
        </translation>
    </message>
    <message>
        <source>no provider code</source>
        <translation>कोई प्रोवाइडर कोड नहीं</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>कोड %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) · %3&lt;br&gt;%4&lt;br&gt;&lt;b&gt;%5&lt;/b&gt; %6&lt;br&gt;&lt;a href=&quot;%7&quot;&gt;WhatsApp error code reference&lt;/a&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) · %3&lt;br&gt;%4&lt;br&gt;&lt;b&gt;%5&lt;/b&gt; %6&lt;br&gt;&lt;a href=&quot;%7&quot;&gt;WhatsApp एरर कोड संदर्भ&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1 · network error</source>
        <translation>%1 · नेटवर्क एरर</translation>
    </message>
    <message>
        <source>%1 · code %2</source>
        <translation>%1 · कोड %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n recipient(s)</source>
        <translation>
            <numerusform>%1 — %n प्राप्तकर्ता</numerusform>
            <numerusform>%1 — %n प्राप्तकर्ता</numerusform>
        </translation>
    </message>
    <message>
        <source>Matching “%1”.</source>
        <translation>“%1” से मेल खाने वाले।</translation>
    </message>
    <message>
        <source>No recipient in this list matches your search.</source>
        <translation>इस सूची में कोई प्राप्तकर्ता आपकी खोज से मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>No recipients here yet.</source>
        <translation>यहाँ अभी कोई प्राप्तकर्ता नहीं।</translation>
    </message>
    <message>
        <source>The run is still sending; retry its failures once it has finished.</source>
        <translation>रन अभी भेज रहा है; इसके पूरा होने के बाद इसकी विफलताओं को दोबारा आज़माएँ।</translation>
    </message>
    <message>
        <source>%1 recipients</source>
        <translation>%1 प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>Start a campaign for exactly these recipients: %1.</source>
        <translation>ठीक इन्हीं प्राप्तकर्ताओं के लिए कैंपेन शुरू करें: %1।</translation>
    </message>
</context>
<context>
    <name>RecipientZone</name>
    <message>
        <source>contact attribute</source>
        <translation>कॉन्टैक्ट एट्रिब्यूट</translation>
    </message>
    <message>
        <source>area code</source>
        <translation>एरिया कोड</translation>
    </message>
    <message>
        <source>country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>campaign zone</source>
        <translation>कैंपेन का टाइम ज़ोन</translation>
    </message>
</context>
<context>
    <name>RegionBox</name>
    <message>
        <source>Default region</source>
        <translation>डिफ़ॉल्ट रीजन</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code</source>
        <translation>बिना कंट्री कोड लिखे फ़ोन नंबरों का देश</translation>
    </message>
    <message>
        <source>Automatic: none, numbers must include the country code</source>
        <translation>अपने-आप: कोई नहीं, नंबरों में कंट्री कोड होना ज़रूरी है</translation>
    </message>
    <message>
        <source>Automatic: %1, from this computer</source>
        <translation>अपने-आप: %1, इस कंप्यूटर से</translation>
    </message>
</context>
<context>
    <name>RelayFeedPoller</name>
    <message>
        <source>The account “%1” has no relay URL. Set one with: herald-cli account set --name %1 --relay-url URL</source>
        <translation>अकाउंट “%1” में रिले URL नहीं है। एक सेट करें: herald-cli account set --name %1 --relay-url URL</translation>
    </message>
    <message>
        <source>No relay feed token is stored for the account “%1”. Store it with: herald-cli account set-secret relay-feed-token --name %1 &lt; token.txt</source>
        <translation>अकाउंट “%1” के लिए कोई रिले फ़ीड टोकन सेव नहीं है। इसे सेव करें: herald-cli account set-secret relay-feed-token --name %1 &lt; token.txt</translation>
    </message>
    <message>
        <source>Cannot read the status feed cursor: %1</source>
        <translation>स्टेटस फ़ीड का कर्सर पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>The relay refused the feed token of the account “%1” (HTTP %2). Store the relay&apos;s HERALD_RELAY_FEED_TOKEN with: herald-cli account set-secret relay-feed-token --name %1 &lt; token.txt</source>
        <translation>रिले ने अकाउंट “%1” का फ़ीड टोकन अस्वीकार किया (HTTP %2)। रिले का HERALD_RELAY_FEED_TOKEN इससे सेव करें: herald-cli account set-secret relay-feed-token --name %1 &lt; token.txt</translation>
    </message>
    <message>
        <source>The relay at %1 cannot be reached: %2</source>
        <translation>%1 पर रिले तक नहीं पहुँचा जा सकता: %2</translation>
    </message>
    <message>
        <source>The relay at %1 answered HTTP %2.</source>
        <translation>%1 पर रिले ने HTTP %2 जवाब दिया।</translation>
    </message>
    <message>
        <source>The relay at %1 sent a feed page that is not valid.</source>
        <translation>%1 पर रिले ने ऐसा फ़ीड पेज भेजा जो सही नहीं है।</translation>
    </message>
    <message>
        <source>Cannot apply the status feed: %1</source>
        <translation>स्टेटस फ़ीड लागू नहीं हो सका: %1</translation>
    </message>
</context>
<context>
    <name>RelayFeeds</name>
    <message>
        <source>Delivery reports for “%1” are off: %2</source>
        <translation>“%1” की डिलीवरी रिपोर्टें बंद हैं: %2</translation>
    </message>
    <message>
        <source>Delivery reports for “%1” stopped: %2</source>
        <translation>“%1” की डिलीवरी रिपोर्टें रुक गईं: %2</translation>
    </message>
</context>
<context>
    <name>RelayMain</name>
    <message>
        <source>Address and port to listen on.</source>
        <translation>सुनने के लिए पता और पोर्ट।</translation>
    </message>
    <message>
        <source>SQLite file for the stored events.</source>
        <translation>सेव किए गए इवेंट के लिए SQLite फ़ाइल।</translation>
    </message>
    <message>
        <source>Largest webhook body accepted, in bytes (larger ones get 413).</source>
        <translation>स्वीकार किया जाने वाला सबसे बड़ा वेबहुक बॉडी, बाइट में (बड़े वालों को 413 मिलता है)।</translation>
    </message>
    <message>
        <source>Largest request head (request line and header fields), in bytes (larger ones get 431).</source>
        <translation>सबसे बड़ा अनुरोध हेड (अनुरोध लाइन और हेडर फ़ील्ड), बाइट में (बड़े वालों को 431 मिलता है)।</translation>
    </message>
    <message>
        <source>Most client connections at once (default: the open-files limit minus %1, at most %2).</source>
        <translation>एक साथ ज़्यादा से ज़्यादा क्लाइंट कनेक्शन (डिफ़ॉल्ट: खुली फ़ाइलों की सीमा में से %1 घटाकर, ज़्यादा से ज़्यादा %2)।</translation>
    </message>
    <message>
        <source>Most connections from one client address.</source>
        <translation>एक क्लाइंट पते से ज़्यादा से ज़्यादा कनेक्शन।</translation>
    </message>
    <message>
        <source>Seconds a client has to send a request&apos;s head (and finish a TLS handshake).</source>
        <translation>अनुरोध का हेड भेजने (और TLS हैंडशेक पूरा करने) के लिए क्लाइंट के पास सेकंड।</translation>
    </message>
    <message>
        <source>Seconds a client has to send a request&apos;s body.</source>
        <translation>अनुरोध की बॉडी भेजने के लिए क्लाइंट के पास सेकंड।</translation>
    </message>
    <message>
        <source>Seconds an idle keep-alive connection (or a client not reading its answer) is kept.</source>
        <translation>ख़ाली keep-alive कनेक्शन (या अपना जवाब न पढ़ने वाला क्लाइंट) कितने सेकंड रखा जाता है।</translation>
    </message>
    <message>
        <source>Most memory the request bodies being read may hold together, in bytes (more get 503).</source>
        <translation>पढ़ी जा रही अनुरोध बॉडी मिलकर ज़्यादा से ज़्यादा कितनी मेमोरी ले सकती हैं, बाइट में (ज़्यादा वालों को 503 मिलता है)।</translation>
    </message>
    <message>
        <source>Seconds between the test writes /healthz makes to the database.</source>
        <translation>/healthz द्वारा डेटाबेस में किए जाने वाले टेस्ट लेखन के बीच सेकंड।</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate chain (needs --tls-key).</source>
        <translation>इस PEM सर्टिफ़िकेट चेन के साथ HTTPS दें (--tls-key चाहिए)।</translation>
    </message>
    <message>
        <source>Unencrypted PEM private key of --tls-cert (keep it readable by the relay only).</source>
        <translation>--tls-cert की बिना एन्क्रिप्शन वाली PEM प्राइवेट की (इसे सिर्फ़ रिले के पढ़ने लायक रखें)।</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>अनपेक्षित आर्ग्युमेंट: %1</translation>
    </message>
    <message>
        <source>Refusing to start: set %1 in the environment (secrets are never accepted as options).</source>
        <translation>शुरू करने से इनकार: एनवायरनमेंट में %1 सेट करें (सीक्रेट कभी विकल्प के रूप में स्वीकार नहीं होते)।</translation>
    </message>
    <message>
        <source>Invalid --listen value &quot;%1&quot;; expected HOST:PORT.</source>
        <translation>--listen की वैल्यू &quot;%1&quot; ग़लत है; HOST:PORT होनी चाहिए।</translation>
    </message>
    <message>
        <source>Invalid --max-body value &quot;%1&quot;; expected a positive number of bytes.</source>
        <translation>--max-body की वैल्यू &quot;%1&quot; ग़लत है; बाइट की धनात्मक संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>Invalid --%1 value &quot;%2&quot;; expected a positive whole number.</source>
        <translation>--%1 की वैल्यू &quot;%2&quot; ग़लत है; धनात्मक पूर्ण संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>--max-connections %1 does not fit the open-files limit of %2 (%3 are kept for the database and the relay itself): lower it or raise LimitNOFILE= / ulimit -n.</source>
        <translation>--max-connections %1 खुली फ़ाइलों की सीमा %2 में नहीं समाता (%3 डेटाबेस और ख़ुद रिले के लिए रखे जाते हैं): इसे घटाएँ या LimitNOFILE= / ulimit -n बढ़ाएँ।</translation>
    </message>
    <message>
        <source>Invalid --%1 value &quot;%2&quot;; expected a positive number of seconds, e.g. 10 or 0.5.</source>
        <translation>--%1 की वैल्यू &quot;%2&quot; ग़लत है; सेकंड की धनात्मक संख्या होनी चाहिए, जैसे 10 या 0.5।</translation>
    </message>
    <message>
        <source>Invalid --health-probe-interval value &quot;%1&quot;; expected 0 to 3600 seconds.</source>
        <translation>--health-probe-interval की वैल्यू &quot;%1&quot; ग़लत है; 0 से 3600 सेकंड होनी चाहिए।</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>शुरू नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>Receives WhatsApp webhooks from Meta and order webhooks from shops, stores them durably and
serves them to Herald desktops.
Secrets come only from the environment: HERALD_RELAY_APP_SECRET, HERALD_RELAY_VERIFY_TOKEN,
HERALD_RELAY_FEED_TOKEN; optionally HERALD_RELAY_INGEST_TOKEN, which enables
POST /v1/business-events, HERALD_RELAY_SHOPIFY_SECRET (POST /webhooks/shopify),
HERALD_RELAY_WOOCOMMERCE_SECRET (POST /webhooks/woocommerce) and, for each source NAME of
--events-config, HERALD_RELAY_EVENTS_&lt;NAME&gt;_SECRET (POST /webhooks/events/NAME, signed with
X-Herald-Signature: sha256=&lt;hex HMAC-SHA256 of the body&gt;).</source>
        <translation>Meta से WhatsApp वेबहुक और दुकानों से ऑर्डर वेबहुक लेता है, उन्हें टिकाऊ रूप से सेव करता है और
Herald डेस्कटॉप को देता है।
सीक्रेट सिर्फ़ एनवायरनमेंट से आते हैं: HERALD_RELAY_APP_SECRET, HERALD_RELAY_VERIFY_TOKEN,
HERALD_RELAY_FEED_TOKEN; वैकल्पिक रूप से HERALD_RELAY_INGEST_TOKEN, जो चालू करता है
POST /v1/business-events, HERALD_RELAY_SHOPIFY_SECRET (POST /webhooks/shopify),
HERALD_RELAY_WOOCOMMERCE_SECRET (POST /webhooks/woocommerce) और --events-config के हर स्रोत NAME के लिए
HERALD_RELAY_EVENTS_&lt;NAME&gt;_SECRET (POST /webhooks/events/NAME, जिस पर
X-Herald-Signature: sha256=&lt;बॉडी का hex HMAC-SHA256&gt; से हस्ताक्षर होता है)।</translation>
    </message>
    <message>
        <source>JSON file of generic webhook sources: for each NAME the JSON paths of event, phone, region, occurred_at, data and id in its body (docs/relay.md, &quot;Any other platform&quot;).</source>
        <translation>जेनेरिक वेबहुक स्रोतों की JSON फ़ाइल: हर NAME के लिए उसकी बॉडी में event, phone, region, occurred_at, data और id के JSON पाथ (docs/relay.md, &quot;Any other platform&quot;)।</translation>
    </message>
    <message>
        <source>Invalid --events-config: %1</source>
        <translation>--events-config ग़लत है: %1</translation>
    </message>
</context>
<context>
    <name>RunNotifier</name>
    <message>
        <source>Herald</source>
        <translation>Herald</translation>
    </message>
    <message>
        <source>Show Herald</source>
        <translation>Herald दिखाएँ</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>बाहर निकलें</translation>
    </message>
    <message>
        <source>“%1” is being sent</source>
        <translation>“%1” भेजा जा रहा है</translation>
    </message>
    <message>
        <source>Herald started sending this campaign. Click to follow it on the dashboard.</source>
        <translation>Herald ने यह कैंपेन भेजना शुरू कर दिया है। डैशबोर्ड पर इसे देखने के लिए क्लिक करें।</translation>
    </message>
    <message>
        <source>“%1” was stopped</source>
        <translation>“%1” बंद किया गया</translation>
    </message>
    <message>
        <source>The run was stopped; the people it did not reach were not messaged.</source>
        <translation>रन बंद किया गया; जिन लोगों तक यह नहीं पहुँचा, उन्हें मैसेज नहीं भेजा गया।</translation>
    </message>
    <message>
        <source>“%1” was sent</source>
        <translation>“%1” भेजा गया</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) handed to WhatsApp. Click to see who received and read it.</source>
        <translation>
            <numerusform>%Ln प्राप्तकर्ता का मैसेज WhatsApp को सौंपा गया। किसे मिला और किसने पढ़ा, यह देखने के लिए क्लिक करें।</numerusform>
            <numerusform>%Ln प्राप्तकर्ताओं के मैसेज WhatsApp को सौंपे गए। किसे मिला और किसने पढ़ा, यह देखने के लिए क्लिक करें।</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” paused</source>
        <translation>“%1” रुका हुआ है</translation>
    </message>
    <message>
        <source>“%1” needs your decision</source>
        <translation>“%1” को आपके फ़ैसले की ज़रूरत है</translation>
    </message>
    <message>
        <source>Open Campaigns to resume or stop it.</source>
        <translation>इसे फिर से चालू करने या बंद करने के लिए कैंपेन खोलें।</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>कैंपेन %1</translation>
    </message>
</context>
<context>
    <name>RunService</name>
    <message>
        <source>Campaign %1 has not run yet: start it normally.</source>
        <translation>कैंपेन %1 अभी तक नहीं चला है: इसे सामान्य तरीके से शुरू करें।</translation>
    </message>
    <message>
        <source>The newest run of campaign %1 (run %2) is %3, not stopped: there is no stopped run to send the rest of.</source>
        <translation>कैंपेन %1 का सबसे नया रन (रन %2) %3 है, बंद नहीं: बाकी भेजने के लिए कोई बंद किया गया रन नहीं है।</translation>
    </message>
    <message>
        <source>Run %1 of campaign %2 was stopped, and a stopped run is never continued.</source>
        <translation>कैंपेन %2 का रन %1 बंद किया गया था, और बंद किया गया रन कभी जारी नहीं होता।</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) it did not reach can get the message in a new run.</source>
        <translation>
            <numerusform>जिस %n प्राप्तकर्ता तक यह नहीं पहुँचा, उसे नए रन में मैसेज मिल सकता है।</numerusform>
            <numerusform>जिन %n प्राप्तकर्ताओं तक यह नहीं पहुँचा, उन्हें नए रन में मैसेज मिल सकता है।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n opted out or were deleted since and are left out.)</source>
        <translation>
            <numerusform>(तब से ऑप्ट-आउट करने वाला या हटाया गया %n व्यक्ति शामिल नहीं है।)</numerusform>
            <numerusform>(तब से ऑप्ट-आउट करने वाले या हटाए गए %n लोग शामिल नहीं हैं।)</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 is %2: there is nothing to continue.</source>
        <translation>रन %1 %2 है: जारी रखने को कुछ नहीं।</translation>
    </message>
    <message>
        <source>The campaign&apos;s account no longer exists.</source>
        <translation>कैंपेन का अकाउंट अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>बिल्ट-इन सैंडबॉक्स शुरू नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>Campaign %1 has nothing to send.</source>
        <translation>कैंपेन %1 के पास भेजने को कुछ नहीं है।</translation>
    </message>
    <message>
        <source>Stopped by the operator.</source>
        <translation>ऑपरेटर ने बंद किया।</translation>
    </message>
    <message>
        <source>Account %1 of campaign %2 no longer exists: edit the campaign&apos;s numbers (herald-cli campaign edit %2 --accounts …).</source>
        <translation>कैंपेन %2 का अकाउंट %1 अब मौजूद नहीं है: कैंपेन के नंबर बदलें (herald-cli campaign edit %2 --accounts …)।</translation>
    </message>
    <message>
        <source>Run %1 of campaign %2 was already planned when you cancelled: nothing was sent. Start sends it.</source>
        <translation>जब आपने रद्द किया, तब तक कैंपेन %2 का रन %1 तय हो चुका था: कुछ भी भेजा नहीं गया। शुरू करें दबाने पर यह भेजा जाएगा।</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>Draft</source>
        <translation>ड्राफ़्ट</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>भेजने के लिए तैयार</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>भेजा जा रहा है</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation>रोका जा रहा है…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>रुका हुआ</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>बंद किया जा रहा है…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Stopped by an error</source>
        <translation>एरर के कारण बंद</translation>
    </message>
    <message>
        <source>Sending in another window</source>
        <translation>दूसरी विंडो में भेजा जा रहा है</translation>
    </message>
    <message>
        <source>Waiting for the daily limit</source>
        <translation>रोज़ की सीमा का इंतज़ार</translation>
    </message>
    <message>
        <source>Sent — waiting for delivery reports</source>
        <translation>भेजा गया — डिलीवरी रिपोर्ट का इंतज़ार</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>Waiting for the next send window</source>
        <translation>अगली सेंड विंडो का इंतज़ार</translation>
    </message>
</context>
<context>
    <name>SandboxEnvironment</name>
    <message>
        <source>The sandbox relay could not start: %1</source>
        <translation>सैंडबॉक्स रिले शुरू नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>The sandbox could not start.</source>
        <translation>सैंडबॉक्स शुरू नहीं हो सका।</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>The sandbox could not listen on 127.0.0.1.</source>
        <translation>सैंडबॉक्स 127.0.0.1 पर सुन नहीं सका।</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>schedule grace_minutes: must be a whole number of minutes from 0 to %1.</source>
        <translation>schedule grace_minutes: 0 से %1 तक मिनटों की पूर्ण संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>schedule at: “%1” is not a local date and time like 2026-12-01T09:00.</source>
        <translation>schedule at: “%1” 2026-12-01T09:00 जैसी लोकल तारीख़ और समय नहीं है।</translation>
    </message>
    <message>
        <source>schedule every: “%1” must be daily, weekly or monthly.</source>
        <translation>schedule every: “%1” daily, weekly या monthly होना चाहिए।</translation>
    </message>
    <message>
        <source>schedule time: “%1” is not a time like 09:00.</source>
        <translation>schedule time: “%1” 09:00 जैसा समय नहीं है।</translation>
    </message>
    <message>
        <source>schedule days: weekdays are 1 (Monday) to 7 (Sunday).</source>
        <translation>schedule days: हफ़्ते के दिन 1 (सोमवार) से 7 (रविवार) तक हैं।</translation>
    </message>
    <message>
        <source>schedule days: a weekly schedule needs at least one weekday.</source>
        <translation>schedule days: हफ़्तेवार शेड्यूल के लिए कम से कम एक दिन ज़रूरी है।</translation>
    </message>
    <message>
        <source>schedule day_of_month: must be from 1 to 31.</source>
        <translation>schedule day_of_month: 1 से 31 तक होना चाहिए।</translation>
    </message>
    <message>
        <source>schedule start/end: dates look like 2026-12-31.</source>
        <translation>schedule start/end: तारीख़ें 2026-12-31 जैसी होती हैं।</translation>
    </message>
    <message>
        <source>schedule end: the end date %1 is before the start date %2.</source>
        <translation>schedule end: समाप्ति की तारीख़ %1 शुरुआत की तारीख़ %2 से पहले है।</translation>
    </message>
    <message>
        <source>Once on %1 at %2 (%3)</source>
        <translation>एक बार %1 को %2 बजे (%3)</translation>
    </message>
    <message>
        <source>Every day at %1 (%2)</source>
        <translation>हर दिन %1 बजे (%2)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> और </translation>
    </message>
    <message>
        <source>Every %1 at %2 (%3)</source>
        <translation>हर %1 को %2 बजे (%3)</translation>
    </message>
    <message>
        <source>Monthly on day %1 (or the month&apos;s last day) at %2 (%3)</source>
        <translation>हर महीने की %1 तारीख़ (या महीने के आख़िरी दिन) को %2 बजे (%3)</translation>
    </message>
    <message>
        <source>Monthly on day %1 at %2 (%3)</source>
        <translation>हर महीने की %1 तारीख़ को %2 बजे (%3)</translation>
    </message>
    <message>
        <source>, from %1</source>
        <translation>, %1 से</translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation>, %1 तक</translation>
    </message>
    <message>
        <source>The time zone “%1” (tz) is not known: choose one such as Asia/Kolkata or America/Sao_Paulo.</source>
        <translation>टाइम ज़ोन “%1” (tz) की जानकारी नहीं है: Asia/Kolkata या America/Sao_Paulo जैसा कोई टाइम ज़ोन चुनें।</translation>
    </message>
</context>
<context>
    <name>ScheduleStore</name>
    <message>
        <source>the template %1 (%2) is not in the workspace</source>
        <translation>टेम्पलेट %1 (%2) वर्कस्पेस में नहीं है</translation>
    </message>
    <message>
        <source>the template %1 (%2) is %3, not APPROVED</source>
        <translation>टेम्पलेट %1 (%2) %3 है, APPROVED नहीं</translation>
    </message>
    <message numerus="yes">
        <source>%n due fire(s) wait: run %1 of this campaign is still %2</source>
        <translation>
            <numerusform>%n बकाया ट्रिगर इंतज़ार में: इस कैंपेन का रन %1 अभी भी %2 है</numerusform>
            <numerusform>%n बकाया ट्रिगर इंतज़ार में: इस कैंपेन का रन %1 अभी भी %2 है</numerusform>
        </translation>
    </message>
    <message>
        <source>fire %1 (%2): suppressed, %3</source>
        <translation>ट्रिगर %1 (%2): रोका गया, %3</translation>
    </message>
    <message>
        <source>“%1” happened within %2 hours</source>
        <translation>“%1” %2 घंटों के अंदर हुआ</translation>
    </message>
    <message>
        <source>fire %1 (%2): cancelled, %3</source>
        <translation>ट्रिगर %1 (%2): रद्द किया गया, %3</translation>
    </message>
    <message>
        <source>the event is too old (due %1 hours ago; messages are sent at most %2 hours late)</source>
        <translation>इवेंट बहुत पुराना है (%1 घंटे पहले भेजना था; मैसेज ज़्यादा से ज़्यादा %2 घंटे देर से भेजे जाते हैं)</translation>
    </message>
    <message>
        <source>cooldown: already sent within %1 hours</source>
        <translation>रुकने का समय: पिछले %1 घंटों में पहले ही भेजा जा चुका है</translation>
    </message>
    <message>
        <source>fire %1 (%2): in run %3</source>
        <translation>ट्रिगर %1 (%2): रन %3 में</translation>
    </message>
    <message>
        <source>fire %1 (%2): %3</source>
        <translation>ट्रिगर %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>The schedule has no occurrence after now (its end date has passed).</source>
        <translation>शेड्यूल में अब के बाद कोई बार नहीं है (इसकी समाप्ति की तारीख़ बीत चुकी है)।</translation>
    </message>
    <message>
        <source>The scheduled time %1 (%2) has passed, by more than the %3-minute grace window.</source>
        <translation>शेड्यूल किया गया समय %1 (%2) %3 मिनट की छूट से ज़्यादा बीत चुका है।</translation>
    </message>
    <message>
        <source>Campaign %1 is a one-time campaign: it is sent when started, not scheduled.</source>
        <translation>कैंपेन %1 एक बार वाला कैंपेन है: यह शुरू करने पर भेजा जाता है, शेड्यूल नहीं होता।</translation>
    </message>
    <message>
        <source>The scheduler stopped.</source>
        <translation>शेड्यूलर बंद हो गया।</translation>
    </message>
    <message>
        <source>This process runs the workspace&apos;s scheduled and triggered campaigns.</source>
        <translation>यह प्रोसेस वर्कस्पेस के शेड्यूल किए गए और इवेंट से चलने वाले कैंपेन चलाती है।</translation>
    </message>
    <message>
        <source>Standing by: %1 (process %2 on %3) runs the scheduler of this workspace.</source>
        <translation>तैयार खड़ा है: %1 (प्रोसेस %2, %3 पर) इस वर्कस्पेस का शेड्यूलर चलाता है।</translation>
    </message>
    <message>
        <source>Standing by: another process runs the scheduler of this workspace.</source>
        <translation>तैयार खड़ा है: कोई दूसरी प्रोसेस इस वर्कस्पेस का शेड्यूलर चलाती है।</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: left unfinished by a scheduler that stopped, not continued: %3</source>
        <translation>कैंपेन %2 का रन %1: बंद हुए शेड्यूलर ने अधूरा छोड़ा था, जारी नहीं रखा गया: %3</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: left unfinished by a scheduler that stopped; continuing it</source>
        <translation>कैंपेन %2 का रन %1: बंद हुए शेड्यूलर ने अधूरा छोड़ा था; इसे जारी रखा जा रहा है</translation>
    </message>
    <message>
        <source>Cannot read the due campaigns: %1</source>
        <translation>बकाया कैंपेन पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>campaign %1: the schedule is invalid (%2); stopped</source>
        <translation>कैंपेन %1: शेड्यूल ग़लत है (%2); बंद किया गया</translation>
    </message>
    <message>
        <source>campaign %1: %2</source>
        <translation>कैंपेन %1: %2</translation>
    </message>
    <message>
        <source>missed by %1 minutes (grace %2 minutes): no Herald was running</source>
        <translation>%1 मिनट से छूट गया (छूट %2 मिनट): कोई Herald नहीं चल रहा था</translation>
    </message>
    <message>
        <source>campaign %1: occurrence %2 skipped, %3</source>
        <translation>कैंपेन %1: बार %2 छोड़ी गई, %3</translation>
    </message>
    <message>
        <source>the occurrence of %1 is due</source>
        <translation>%1 की बार का समय हो गया है</translation>
    </message>
    <message>
        <source>campaign %1: occurrence %2 not sent: %3</source>
        <translation>कैंपेन %1: बार %2 नहीं भेजी गई: %3</translation>
    </message>
    <message>
        <source>%1 recipients, %2 skipped</source>
        <translation>%1 प्राप्तकर्ता, %2 छोड़े गए</translation>
    </message>
    <message>
        <source>campaign %1: occurrence %2 fired as run %3 (%4)</source>
        <translation>कैंपेन %1: बार %2 रन %3 के रूप में चली (%4)</translation>
    </message>
    <message>
        <source>campaign %1: no further occurrence; the schedule is done</source>
        <translation>कैंपेन %1: आगे कोई बार नहीं; शेड्यूल पूरा हुआ</translation>
    </message>
    <message>
        <source>campaign %1: next occurrence %2</source>
        <translation>कैंपेन %1: अगली बार %2</translation>
    </message>
    <message>
        <source>Cannot read the triggered campaigns: %1</source>
        <translation>इवेंट से चलने वाले कैंपेन पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>campaign %1: the trigger is invalid: %2</source>
        <translation>कैंपेन %1: ट्रिगर ग़लत है: %2</translation>
    </message>
    <message>
        <source>campaign %1: event %2 (%3) occurred before the campaign was started; ignored</source>
        <translation>कैंपेन %1: इवेंट %2 (%3) कैंपेन शुरू होने से पहले हुआ; अनदेखा किया गया</translation>
    </message>
    <message>
        <source>campaign %1: event %2 (%3) does not meet the conditions</source>
        <translation>कैंपेन %1: इवेंट %2 (%3) शर्तें पूरी नहीं करता</translation>
    </message>
    <message>
        <source>campaign %1: event %2 (%3) matches; due %4</source>
        <translation>कैंपेन %1: इवेंट %2 (%3) मेल खाता है; भेजने का समय %4</translation>
    </message>
    <message>
        <source>a new batch of fires is due</source>
        <translation>ट्रिगर के एक नए बैच का समय हो गया है</translation>
    </message>
    <message>
        <source>campaign %1: the triggered run could not be planned: %2</source>
        <translation>कैंपेन %1: इवेंट से चलने वाला रन तय नहीं हो सका: %2</translation>
    </message>
    <message>
        <source>campaign %1: triggered run %2 with %3 recipients</source>
        <translation>कैंपेन %1: इवेंट से चला रन %2, %3 प्राप्तकर्ताओं के साथ</translation>
    </message>
    <message>
        <source>Cannot read the runs waiting for the daily limit: %1</source>
        <translation>रोज़ की सीमा का इंतज़ार कर रहे रन पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: the daily messaging limit has room again; continuing it</source>
        <translation>कैंपेन %2 का रन %1: रोज़ की मैसेजिंग सीमा में फिर से जगह है; इसे जारी रखा जा रहा है</translation>
    </message>
    <message>
        <source>Cannot resolve uncertain sends: %1</source>
        <translation>अनिश्चित मैसेज सुलझाए नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: uncertain sends without a report for %3 minutes are sent again (reports for later messages arrived)</source>
        <translation>कैंपेन %2 का रन %1: %3 मिनट से बिना रिपोर्ट वाले अनिश्चित मैसेज दोबारा भेजे जा रहे हैं (बाद के मैसेज की रिपोर्टें आ गईं)</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: not continued: %3</source>
        <translation>कैंपेन %2 का रन %1: जारी नहीं रखा गया: %3</translation>
    </message>
    <message>
        <source>it is no longer the campaign&apos;s newest run</source>
        <translation>यह अब कैंपेन का सबसे नया रन नहीं है</translation>
    </message>
    <message>
        <source>Stopped unsent because %1: a scheduled run is never sent late.</source>
        <translation>बिना भेजे बंद किया गया क्योंकि %1: शेड्यूल किया गया रन कभी देर से नहीं भेजा जाता।</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: %3</source>
        <translation>कैंपेन %2 का रन %1: %3</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: sending</source>
        <translation>कैंपेन %2 का रन %1: भेजा जा रहा है</translation>
    </message>
    <message>
        <source>run %1: not started: %2</source>
        <translation>रन %1: शुरू नहीं हुआ: %2</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: %3%4</source>
        <translation>कैंपेन %2 का रन %1: %3%4</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: cannot read its next send window: %3</source>
        <translation>कैंपेन %2 का रन %1: इसकी अगली सेंड विंडो पढ़ी नहीं जा सकी: %3</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: the next send window is open; continuing it</source>
        <translation>कैंपेन %2 का रन %1: अगली सेंड विंडो खुल गई है; इसे जारी रखा जा रहा है</translation>
    </message>
    <message>
        <source>Handed over to the Herald agent when the window closed.</source>
        <translation>विंडो बंद होने पर Herald एजेंट को सौंप दिया गया।</translation>
    </message>
    <message>
        <source>run %1: could not be handed over: %2</source>
        <translation>रन %1: सौंपा नहीं जा सका: %2</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Write-only: a stored secret is never shown. Type a new one to replace it.</source>
        <translation>सिर्फ़ लिखने के लिए: सेव किया गया सीक्रेट कभी नहीं दिखाया जाता। उसे बदलने के लिए नया टाइप करें।</translation>
    </message>
    <message>
        <source>Set token</source>
        <translation>टोकन सेट करें</translation>
    </message>
    <message>
        <source>Store the token in the system keychain</source>
        <translation>टोकन को सिस्टम कीचेन में सेव करें</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>सिस्टम कीचेन जाँचा जा रहा है…</translation>
    </message>
    <message>
        <source>✔ A token is stored in the system keychain.</source>
        <translation>✔ सिस्टम कीचेन में एक टोकन सेव है।</translation>
    </message>
    <message>
        <source>No token stored yet.</source>
        <translation>अभी कोई टोकन सेव नहीं है।</translation>
    </message>
    <message>
        <source>Save the account before storing a token.</source>
        <translation>टोकन सेव करने से पहले अकाउंट सेव करें।</translation>
    </message>
    <message>
        <source>✔ Stored in the system keychain.</source>
        <translation>✔ सिस्टम कीचेन में सेव है।</translation>
    </message>
    <message>
        <source>Token stored in the system keychain.</source>
        <translation>टोकन सिस्टम कीचेन में सेव हो गया।</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain is not available, so Herald cannot store or read tokens. Log in to a desktop session and try again.</source>
        <translation>सिस्टम कीचेन उपलब्ध नहीं है, इसलिए Herald टोकन सेव या पढ़ नहीं सकता। किसी डेस्कटॉप सेशन में लॉग इन करें और फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>No keychain is available (no Secret Service is running), so Herald cannot store or read tokens. On a desktop, install and start gnome-keyring or KWallet (Debian/Ubuntu: apt install gnome-keyring) and log in again. On a server or over SSH, run Herald inside a D-Bus session with an unlocked keyring: dbus-run-session -- sh -c &apos;gnome-keyring-daemon --unlock --components=secrets &lt; password-file; herald-cli …&apos;.</source>
        <translation>कोई कीचेन उपलब्ध नहीं है (कोई Secret Service नहीं चल रही), इसलिए Herald टोकन सेव या पढ़ नहीं सकता। डेस्कटॉप पर gnome-keyring या KWallet इंस्टॉल करके चालू करें (Debian/Ubuntu: apt install gnome-keyring) और फिर से लॉग इन करें। सर्वर पर या SSH के ज़रिए, Herald को अनलॉक किए गए कीरिंग वाले D-Bus सेशन के अंदर चलाएँ: dbus-run-session -- sh -c &apos;gnome-keyring-daemon --unlock --components=secrets &lt; password-file; herald-cli …&apos;।</translation>
    </message>
    <message>
        <source>No secret is stored for this account yet.</source>
        <translation>इस अकाउंट के लिए अभी कोई सीक्रेट सेव नहीं है।</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock it and try again.</source>
        <translation>कीचेन ने पहुँच देने से इनकार किया (%1)। इसे अनलॉक करें और फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>कीचेन ने एक एरर बताया: %1</translation>
    </message>
</context>
<context>
    <name>SendPlaybook</name>
    <message>
        <source>Retrying after a temporary error (%1).</source>
        <translation>अस्थायी एरर (%1) के बाद दोबारा कोशिश की जा रही है।</translation>
    </message>
    <message>
        <source>Meta&apos;s throughput limit was reached (%1); sending slower.</source>
        <translation>Meta की थ्रूपुट सीमा पूरी हो गई (%1); धीरे भेजा जा रहा है।</translation>
    </message>
    <message numerus="yes">
        <source>Too many messages to this number (131056); waiting %n second(s).</source>
        <translation>
            <numerusform>इस नंबर पर बहुत ज़्यादा मैसेज (131056); %n सेकंड इंतज़ार।</numerusform>
            <numerusform>इस नंबर पर बहुत ज़्यादा मैसेज (131056); %n सेकंड इंतज़ार।</numerusform>
        </translation>
    </message>
    <message>
        <source>Meta refused the account (code %1: %2). The run was stopped; nothing more is sent until the account is fixed and the run is started again.</source>
        <translation>Meta ने अकाउंट अस्वीकार किया (कोड %1: %2)। रन बंद कर दिया गया; जब तक अकाउंट ठीक करके रन फिर से शुरू नहीं किया जाता, आगे कुछ नहीं भेजा जाएगा।</translation>
    </message>
    <message>
        <source>The template is disabled (code 132016: %1). The run was paused; use a new template.</source>
        <translation>टेम्पलेट निष्क्रिय कर दिया गया है (कोड 132016: %1)। रन रोक दिया गया; नया टेम्पलेट इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>The template is paused for low quality (code 132015: %1). The run was paused; resume it when the template is active again.</source>
        <translation>कम क्वालिटी के कारण टेम्पलेट रोक दिया गया है (कोड 132015: %1)। रन रोक दिया गया; टेम्पलेट फिर से सक्रिय होने पर इसे फिर से चालू करें।</translation>
    </message>
</context>
<context>
    <name>SendWindow</name>
    <message>
        <source>The send time “%1” (--local-time) is not a time of day: write HH:MM, e.g. 10:00.</source>
        <translation>भेजने का समय “%1” (--local-time) दिन का कोई समय नहीं है: HH:MM लिखें, जैसे 10:00।</translation>
    </message>
    <message>
        <source>The quiet hours “%1” (--quiet-hours) are not a time range: write HH:MM-HH:MM with two different times, e.g. 21:00-09:00.</source>
        <translation>शांत समय “%1” (--quiet-hours) कोई समय-अंतराल नहीं है: दो अलग-अलग समय के साथ HH:MM-HH:MM लिखें, जैसे 21:00-09:00।</translation>
    </message>
    <message>
        <source>The send time %1 falls in the quiet hours %2: choose a send time outside them.</source>
        <translation>भेजने का समय %1 शांत समय %2 के अंदर आता है: इसके बाहर का कोई समय चुनें।</translation>
    </message>
    <message>
        <source>at %1, never %2–%3, recipient time</source>
        <translation>प्राप्तकर्ता के समय से %1 बजे, %2–%3 कभी नहीं</translation>
    </message>
    <message>
        <source>at %1 recipient time</source>
        <translation>प्राप्तकर्ता के समय से %1 बजे</translation>
    </message>
    <message>
        <source>never %1–%2 recipient time</source>
        <translation>प्राप्तकर्ता के समय से %1–%2 कभी नहीं</translation>
    </message>
</context>
<context>
    <name>SendWindowBox</name>
    <message>
        <source>Recipient&apos;s own time</source>
        <translation>प्राप्तकर्ता का अपना समय</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>इस समय भेजें:</translation>
    </message>
    <message>
        <source>in each recipient&apos;s time zone</source>
        <translation>हर प्राप्तकर्ता के टाइम ज़ोन में</translation>
    </message>
    <message>
        <source>Never between</source>
        <translation>इनके बीच कभी न भेजें:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>और</translation>
    </message>
    <message>
        <source>recipient time</source>
        <translation>(प्राप्तकर्ता का समय)</translation>
    </message>
    <message>
        <source>The zone comes from the contact&apos;s “timezone” attribute, else from the number&apos;s area code or country, else the campaign&apos;s zone. The pre-flight shows the waves.</source>
        <translation>टाइम ज़ोन कॉन्टैक्ट के “timezone” एट्रिब्यूट से लिया जाता है; वह न हो तो नंबर के एरिया कोड या देश से; वह भी न हो तो कैंपेन के टाइम ज़ोन से। शुरू करने से पहले की जाँच बैच दिखाती है।</translation>
    </message>
</context>
<context>
    <name>SendWindowPlan</name>
    <message>
        <source>There is no campaign run %1.</source>
        <translation>कैंपेन रन %1 मौजूद नहीं है।</translation>
    </message>
</context>
<context>
    <name>SendWorker</name>
    <message>
        <source>Campaign run %1 belongs to another account.</source>
        <translation>कैंपेन रन %1 किसी दूसरे अकाउंट का है।</translation>
    </message>
    <message>
        <source>Paused by the operator.</source>
        <translation>ऑपरेटर ने रोका।</translation>
    </message>
    <message>
        <source>Stopped by the operator.</source>
        <translation>ऑपरेटर ने बंद किया।</translation>
    </message>
    <message>
        <source>Herald was closed while this run was sending; resume it to continue.</source>
        <translation>यह रन भेज रहा था तभी Herald बंद हो गया; जारी रखने के लिए इसे फिर से चालू करें।</translation>
    </message>
    <message>
        <source>Sending stopped because of an error: %1</source>
        <translation>एक एरर के कारण भेजना बंद हो गया: %1</translation>
    </message>
    <message>
        <source>The next wave is due at %1 (UTC); herald-cli agent or the open app sends it then.</source>
        <translation>अगला बैच %1 (UTC) पर भेजा जाना है; तब herald-cli agent या खुला ऐप इसे भेजेगा।</translation>
    </message>
    <message>
        <source>Meta set the template “%1” (%2) to %3 for low quality, so sends with it are refused. The run is paused; resume it once the template is active again (Meta lifts a first pause after 3 hours).</source>
        <translation>Meta ने कम क्वालिटी के कारण टेम्पलेट “%1” (%2) को %3 कर दिया है, इसलिए इससे भेजे जाने वाले मैसेज अस्वीकार किए जा रहे हैं। रन रोका गया है; टेम्पलेट फिर से सक्रिय होने पर इसे फिर से चालू करें (Meta पहली रोक 3 घंटे बाद हटा देता है)।</translation>
    </message>
</context>
<context>
    <name>ServerLock</name>
    <message>
        <source>the workspace&apos;s PostgreSQL server (advisory lock “%1”)</source>
        <translation>वर्कस्पेस का PostgreSQL सर्वर (एडवाइज़री लॉक “%1”)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Search this page</source>
        <translation>इस पेज में खोजें</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>कहाँ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>काम</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>शॉर्टकट</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>विंडो</translation>
    </message>
</context>
<context>
    <name>SlotContext</name>
    <message>
        <source>The header&apos;s image, video or document (a link)</source>
        <translation>हेडर की इमेज, वीडियो या डॉक्यूमेंट (एक लिंक)</translation>
    </message>
    <message>
        <source>Button “%1”: %2</source>
        <translation>बटन “%1”: %2</translation>
    </message>
    <message>
        <source>Button “%1”: the code to copy</source>
        <translation>बटन “%1”: कॉपी करने वाला कोड</translation>
    </message>
    <message>
        <source>Button “%1”</source>
        <translation>बटन “%1”</translation>
    </message>
</context>
<context>
    <name>SqliteLibrary</name>
    <message>
        <source>The workspace must be opened with Qt&apos;s SQLite driver (QSQLITE), not %1.</source>
        <translation>वर्कस्पेस Qt के SQLite ड्राइवर (QSQLITE) से खोला जाना चाहिए, %1 से नहीं।</translation>
    </message>
    <message>
        <source>Cannot ask Qt&apos;s SQLite driver for its version: %1</source>
        <translation>Qt के SQLite ड्राइवर से उसका संस्करण नहीं पूछा जा सका: %1</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver uses its own copy of SQLite %1, not the one Herald links.</source>
        <translation>Qt का SQLite ड्राइवर SQLite %1 की अपनी कॉपी इस्तेमाल करता है, वह नहीं जिससे Herald लिंक है।</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver uses SQLite %1 (%2), but Herald links SQLite %3 (%4).</source>
        <translation>Qt का SQLite ड्राइवर SQLite %1 (%2) इस्तेमाल करता है, लेकिन Herald SQLite %3 (%4) से लिंक है।</translation>
    </message>
    <message>
        <source>Herald needs both to be one library, or the workspace could be damaged, so it was not opened. Install the Herald package for this system, or build Herald against the SQLite that Qt uses (Qt configured with -system-sqlite).</source>
        <translation>Herald को दोनों एक ही लाइब्रेरी चाहिए, वरना वर्कस्पेस ख़राब हो सकता है, इसलिए इसे नहीं खोला गया। इस सिस्टम के लिए Herald पैकेज इंस्टॉल करें, या Herald को उसी SQLite के साथ बिल्ड करें जो Qt इस्तेमाल करता है (Qt को -system-sqlite के साथ कॉन्फ़िगर किया गया हो)।</translation>
    </message>
</context>
<context>
    <name>StatsChartView</name>
    <message>
        <source>Campaign statistics chart</source>
        <translation>कैंपेन आँकड़ों का चार्ट</translation>
    </message>
    <message>
        <source>Click a bar, or choose one with the Left and Right keys and press Enter, to list its recipients.</source>
        <translation>किसी बार पर क्लिक करें, या बाएँ और दाएँ कुंजियों से चुनकर Enter दबाएँ, ताकि उसके प्राप्तकर्ता दिखें।</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation>कोशिश की गई</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>भेजे गए</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>डिलीवर हुए</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>पढ़े गए</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>जवाब दिया</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation>अयोग्य</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>बाकी</translation>
    </message>
    <message>
        <source>%1 of attempted</source>
        <translation>कोशिश किए गए का %1</translation>
    </message>
    <message>
        <source>%1 of sent</source>
        <translation>भेजे गए का %1</translation>
    </message>
    <message>
        <source>Nothing has been sent in this run yet.
The bars fill in as messages go out.</source>
        <translation>इस रन में अभी तक कुछ नहीं भेजा गया।
मैसेज जाते ही बार भरते जाएँगे।</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1: कोई डेटा नहीं</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>%1. Press Enter to list these recipients.</source>
        <translation>%1। इन प्राप्तकर्ताओं की सूची देखने के लिए Enter दबाएँ।</translation>
    </message>
    <message>
        <source>Press Enter to list these recipients.</source>
        <translation>इन प्राप्तकर्ताओं की सूची देखने के लिए Enter दबाएँ।</translation>
    </message>
    <message>
        <source>Unqualified is part of Failed: numbers without WhatsApp.</source>
        <translation>अयोग्य, विफल का हिस्सा है: बिना WhatsApp वाले नंबर।</translation>
    </message>
    <message numerus="yes">
        <source>%n opted out</source>
        <translation>
            <numerusform>%n ने ऑप्ट-आउट किया</numerusform>
            <numerusform>%n ने ऑप्ट-आउट किया</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of attempted, part of the %2 failed</source>
        <translation>कोशिश किए गए का %1, %2 विफल का हिस्सा</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>StatsReport</name>
    <message>
        <source>There is no run %1.</source>
        <translation>रन %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Recipient exports need the SQLite workspace driver.</source>
        <translation>प्राप्तकर्ता एक्सपोर्ट के लिए SQLite वर्कस्पेस ड्राइवर चाहिए।</translation>
    </message>
    <message>
        <source>Could not read the recipients: %1</source>
        <translation>प्राप्तकर्ता पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was kept.</source>
        <translation>एक्सपोर्ट रद्द किया गया; कोई फ़ाइल नहीं रखी गई।</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>%1 is not a Herald workspace: it is not an SQLite database, or its header is damaged. The file was left untouched; choose another file or a new path, or restore it from a backup.</source>
        <translation>%1 Herald वर्कस्पेस नहीं है: यह SQLite डेटाबेस नहीं है, या इसका हेडर ख़राब है। फ़ाइल को छुआ नहीं गया; कोई दूसरी फ़ाइल या नया पाथ चुनें, या इसे बैकअप से वापस लाएँ।</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged (SQLite reports a malformed database). It was left untouched; restore it from a backup or choose another file.</source>
        <translation>वर्कस्पेस %1 ख़राब है (SQLite बताता है कि डेटाबेस बिगड़ा हुआ है)। इसे छुआ नहीं गया; इसे बैकअप से वापस लाएँ या कोई दूसरी फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Nothing was lost: the last change was not saved and the file is intact. Free some space on that disk and try again.</source>
        <translation>%1 वाली डिस्क भर गई है। कुछ भी नहीं खोया: आख़िरी बदलाव सेव नहीं हुआ और फ़ाइल सुरक्षित है। उस डिस्क पर कुछ जगह ख़ाली करें और फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>Herald may not write to %1 (no write permission for the file or its folder %2). Nothing was lost and nothing was changed. Make the folder writable or choose another place.</source>
        <translation>Herald %1 में नहीं लिख सकता (फ़ाइल या उसके फ़ोल्डर %2 में लिखने की अनुमति नहीं)। कुछ भी नहीं खोया और कुछ नहीं बदला। फ़ोल्डर में लिखने की अनुमति दें या कोई दूसरी जगह चुनें।</translation>
    </message>
    <message>
        <source>Cannot open %1. Check that the path names a file (not a folder) in a folder that exists. Nothing was changed.</source>
        <translation>%1 खोला नहीं जा सकता। जाँचें कि पाथ किसी मौजूद फ़ोल्डर के अंदर की फ़ाइल (फ़ोल्डर नहीं) बताता है। कुछ नहीं बदला।</translation>
    </message>
    <message>
        <source>%1 is locked by another program that uses it. Nothing was changed; close that program (another Herald window, an agent or herald-cli) or wait for it, then try again.</source>
        <translation>%1 को कोई दूसरा प्रोग्राम इस्तेमाल कर रहा है और उसने इसे लॉक किया है। कुछ नहीं बदला; वह प्रोग्राम बंद करें (Herald की दूसरी विंडो, एजेंट या herald-cli) या उसका इंतज़ार करें, फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>Cannot use %1.</source>
        <translation>%1 इस्तेमाल नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>(SQLite: %1)</source>
        <translation>(SQLite: %1)</translation>
    </message>
</context>
<context>
    <name>TeamRoles</name>
    <message>
        <source>A workspace file has no team: people and roles belong to a PostgreSQL workspace (move in with: herald-cli workspace copy FILE postgresql://…).</source>
        <translation>वर्कस्पेस फ़ाइल में कोई टीम नहीं होती: लोग और भूमिकाएँ PostgreSQL वर्कस्पेस में होती हैं (इस कमांड से ले जाएँ: herald-cli workspace copy FILE postgresql://…)।</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL connection to set the password (%1).</source>
        <translation>पासवर्ड सेट करने के लिए PostgreSQL कनेक्शन तक नहीं पहुँचा जा सका (%1)।</translation>
    </message>
    <message>
        <source>Cannot prepare the password: %1</source>
        <translation>पासवर्ड तैयार नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>Cannot grant the team&apos;s rights (%1): %2</source>
        <translation>टीम के अधिकार नहीं दिए जा सके (%1): %2</translation>
    </message>
    <message>
        <source>A person&apos;s name must be 1 to 63 characters (it becomes their PostgreSQL user name).</source>
        <translation>व्यक्ति का नाम 1 से 63 अक्षरों का होना चाहिए (यही उसका PostgreSQL यूज़र नाम बनता है)।</translation>
    </message>
    <message>
        <source>There is already a PostgreSQL user named %1; choose another name, or remove them first (herald-cli team remove %1).</source>
        <translation>%1 नाम का PostgreSQL यूज़र पहले से मौजूद है; कोई दूसरा नाम चुनें, या पहले उसे हटाएँ (herald-cli team remove %1)।</translation>
    </message>
    <message>
        <source>Cannot add %1: %2. Only the workspace&apos;s owner or an admin can add people.</source>
        <translation>%1 को जोड़ा नहीं जा सका: %2। सिर्फ़ वर्कस्पेस का मालिक या कोई admin लोगों को जोड़ सकता है।</translation>
    </message>
    <message>
        <source>Cannot add %1 to the %2 role: %3</source>
        <translation>%1 को %2 भूमिका में नहीं जोड़ा जा सका: %3</translation>
    </message>
    <message>
        <source>You cannot remove yourself; ask another admin or the workspace&apos;s owner.</source>
        <translation>आप ख़ुद को नहीं हटा सकते; किसी दूसरे admin या वर्कस्पेस के मालिक से कहें।</translation>
    </message>
    <message>
        <source>%1 is not on this workspace&apos;s team (see herald-cli team list).</source>
        <translation>%1 इस वर्कस्पेस की टीम में नहीं है (herald-cli team list देखें)।</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>%1 को हटाया नहीं जा सका: %2</translation>
    </message>
</context>
<context>
    <name>TemplateButtonsEditor</name>
    <message>
        <source>Quick reply</source>
        <translation>क्विक रिप्लाई</translation>
    </message>
    <message>
        <source>Visit website</source>
        <translation>वेबसाइट पर जाएँ</translation>
    </message>
    <message>
        <source>Call phone number</source>
        <translation>फ़ोन नंबर पर कॉल करें</translation>
    </message>
    <message>
        <source>Copy offer code</source>
        <translation>ऑफ़र कोड कॉपी करें</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Button text</source>
        <translation>बटन का टेक्स्ट</translation>
    </message>
    <message>
        <source>Web address / phone / code</source>
        <translation>वेब पता / फ़ोन / कोड</translation>
    </message>
    <message>
        <source>A button kind Herald does not edit; it is kept as it is.</source>
        <translation>ऐसा बटन प्रकार जिसे Herald नहीं बदलता; इसे जैसा है वैसा रखा जाता है।</translation>
    </message>
    <message>
        <source>https://… — may end in {{1}} for a per-recipient part</source>
        <translation>https://… — हर प्राप्तकर्ता के अलग हिस्से के लिए अंत में {{1}} हो सकता है</translation>
    </message>
    <message>
        <source>International format, e.g. +15550100</source>
        <translation>अंतरराष्ट्रीय फ़ॉर्मेट, जैसे +15550100</translation>
    </message>
    <message>
        <source>An example code, up to 15 characters</source>
        <translation>एक उदाहरण कोड, ज़्यादा से ज़्यादा 15 अक्षर</translation>
    </message>
</context>
<context>
    <name>TemplateDetailPane</name>
    <message>
        <source>No template selected</source>
        <translation>कोई टेम्पलेट नहीं चुना गया</translation>
    </message>
    <message>
        <source>Select a template to see how it looks on a phone.</source>
        <translation>फ़ोन पर टेम्पलेट कैसा दिखता है, यह देखने के लिए एक टेम्पलेट चुनें।</translation>
    </message>
    <message>
        <source>Select a template in the list to preview it here.</source>
        <translation>यहाँ प्रीव्यू देखने के लिए सूची में से एक टेम्पलेट चुनें।</translation>
    </message>
    <message>
        <source>quality %1</source>
        <translation>क्वालिटी %1</translation>
    </message>
    <message>
        <source>Status %1: this template cannot be sent now.</source>
        <translation>स्थिति %1: यह टेम्पलेट अभी भेजा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>Draft: not submitted to Meta yet. Open it and choose “Submit for review”.</source>
        <translation>ड्राफ़्ट: अभी Meta को जमा नहीं किया गया। इसे खोलें और “समीक्षा के लिए जमा करें” चुनें।</translation>
    </message>
    <message>
        <source>In review at Meta; this can take up to 24 hours. Sync to see the outcome.</source>
        <translation>Meta पर समीक्षा में है; इसमें 24 घंटे तक लग सकते हैं। नतीजा देखने के लिए सिंक करें।</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Message Template</source>
        <translation>मैसेज टेम्पलेट</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>टेम्पलेट</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम (&amp;N):</translation>
    </message>
    <message>
        <source>lowercase_with_underscores</source>
        <translation>lowercase_with_underscores</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>श्रेणी (&amp;C):</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>हेडर</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>फ़ॉर्मेट (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>टेक्स्ट (&amp;T):</translation>
    </message>
    <message>
        <source>Up to 60 characters, at most one variable</source>
        <translation>ज़्यादा से ज़्यादा 60 अक्षर, ज़्यादा से ज़्यादा एक वेरिएबल</translation>
    </message>
    <message>
        <source>&amp;Sample:</source>
        <translation>नमूना (&amp;S):</translation>
    </message>
    <message>
        <source>Upload handle or public URL of a sample file, for Meta&apos;s review</source>
        <translation>Meta की समीक्षा के लिए नमूना फ़ाइल का अपलोड हैंडल या सार्वजनिक URL</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>बॉडी</translation>
    </message>
    <message>
        <source>Hello {{1}}, your order {{2}} has shipped. Use *bold*, _italic_, ~strikethrough~.</source>
        <translation>नमस्ते {{1}}, आपका ऑर्डर {{2}} भेज दिया गया है। *बोल्ड*, _इटैलिक_, ~स्ट्राइकथ्रू~ इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>Variables: {{1}}, {{2}}… or {{first_name}}. The body may not start or end with one.</source>
        <translation>वेरिएबल: {{1}}, {{2}}… या {{first_name}}। बॉडी किसी वेरिएबल से शुरू या ख़त्म नहीं हो सकती।</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>फ़ुटर</translation>
    </message>
    <message>
        <source>Optional, up to 60 characters, no variables</source>
        <translation>वैकल्पिक, ज़्यादा से ज़्यादा 60 अक्षर, कोई वेरिएबल नहीं</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>बटन</translation>
    </message>
    <message>
        <source>&amp;Add button</source>
        <translation>बटन जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <source>Remove the selected button</source>
        <translation>चुना गया बटन हटाएँ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Move the selected button up</source>
        <translation>चुने गए बटन को ऊपर ले जाएँ</translation>
    </message>
    <message>
        <source>Move the selected button down</source>
        <translation>चुने गए बटन को नीचे ले जाएँ</translation>
    </message>
    <message>
        <source>Up to 10; quick replies together</source>
        <translation>ज़्यादा से ज़्यादा 10; क्विक रिप्लाई एक साथ</translation>
    </message>
    <message>
        <source>Variable examples</source>
        <translation>वेरिएबल के उदाहरण</translation>
    </message>
    <message>
        <source>Meta reviews every template with sample values. Give each variable a realistic one.</source>
        <translation>Meta हर टेम्पलेट की समीक्षा नमूना वैल्यू के साथ करता है। हर वेरिएबल को असली जैसी वैल्यू दें।</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>प्रीव्यू</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>समस्याएँ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>ड्राफ़्ट सेव करें (&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;ubmit for review</source>
        <translation>समीक्षा के लिए जमा करें (&amp;U)</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>मार्केटिंग</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>यूटिलिटी</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>ऑथेंटिकेशन</translation>
    </message>
    <message>
        <source>None</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>टेक्स्ट</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>इमेज</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>वीडियो</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>डॉक्यूमेंट</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>लोकेशन</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox account “%1”.&lt;/b&gt; Submitting approves the template at once: the sandbox simulates Meta&apos;s review and nothing leaves this computer.</source>
        <translation>&lt;b&gt;सैंडबॉक्स अकाउंट “%1”।&lt;/b&gt; जमा करते ही टेम्पलेट मंज़ूर हो जाता है: सैंडबॉक्स Meta की समीक्षा की नकल करता है और इस कंप्यूटर से कुछ भी बाहर नहीं जाता।</translation>
    </message>
    <message>
        <source>&lt;b&gt;This template exists at Meta&lt;/b&gt; (status %1). Its name and language cannot change. Submitting sends the new content for review again; an approved template can be edited once a day and ten times in 30 days.</source>
        <translation>&lt;b&gt;यह टेम्पलेट Meta पर मौजूद है&lt;/b&gt; (स्थिति %1)। इसका नाम और भाषा नहीं बदल सकते। जमा करने पर नई सामग्री फिर से समीक्षा के लिए जाती है; मंज़ूर टेम्पलेट दिन में एक बार और 30 दिनों में दस बार बदला जा सकता है।</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>New Message Template</source>
        <translation>नया मैसेज टेम्पलेट</translation>
    </message>
    <message>
        <source>Message Template “%1”</source>
        <translation>मैसेज टेम्पलेट “%1”</translation>
    </message>
    <message>
        <source>No variables yet.</source>
        <translation>अभी कोई वेरिएबल नहीं।</translation>
    </message>
    <message>
        <source>Send the template to Meta for review</source>
        <translation>टेम्पलेट को समीक्षा के लिए Meta को भेजें</translation>
    </message>
    <message>
        <source>Fix the problems listed on the right first.</source>
        <translation>पहले दाईं ओर दिखाई गई समस्याएँ ठीक करें।</translation>
    </message>
    <message>
        <source>Keep the template in this workspace without submitting it</source>
        <translation>टेम्पलेट को जमा किए बिना इस वर्कस्पेस में रखें</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>ड्राफ़्ट सेव हो गया।</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>बदलाव छोड़ दें?</translation>
    </message>
    <message>
        <source>The template has unsaved changes. Discard them?</source>
        <translation>टेम्पलेट में बिना सेव किए बदलाव हैं। उन्हें छोड़ दें?</translation>
    </message>
    <message>
        <source>Named variables, such as {{first_name}}.</source>
        <translation>नाम वाले वेरिएबल, जैसे {{first_name}}।</translation>
    </message>
    <message>
        <source>Numbered variables: {{1}}, {{2}}….</source>
        <translation>नंबर वाले वेरिएबल: {{1}}, {{2}}…।</translation>
    </message>
</context>
<context>
    <name>TemplateExamplesEditor</name>
    <message>
        <source>Variable</source>
        <translation>वेरिएबल</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>कहाँ इस्तेमाल हुआ</translation>
    </message>
    <message>
        <source>Example value</source>
        <translation>उदाहरण वैल्यू</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>हेडर</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>बॉडी</translation>
    </message>
    <message>
        <source>Button “%1” (web address)</source>
        <translation>बटन “%1” (वेब पता)</translation>
    </message>
    <message>
        <source>What a real customer would see here</source>
        <translation>असली ग्राहक को यहाँ क्या दिखेगा</translation>
    </message>
    <message>
        <source>Variable examples</source>
        <translation>वेरिएबल के उदाहरण</translation>
    </message>
    <message>
        <source>Variable examples (%1)</source>
        <translation>वेरिएबल के उदाहरण (%1)</translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message>
        <source>Message preview</source>
        <translation>मैसेज प्रीव्यू</translation>
    </message>
    <message>
        <source>(no body text)</source>
        <translation>(बॉडी में कोई टेक्स्ट नहीं)</translation>
    </message>
    <message>
        <source>Copy offer code</source>
        <translation>ऑफ़र कोड कॉपी करें</translation>
    </message>
    <message>
        <source>See all options</source>
        <translation>सभी विकल्प देखें</translation>
    </message>
    <message>
        <source> Image</source>
        <translation> इमेज</translation>
    </message>
    <message>
        <source>▶ Video</source>
        <translation>▶ वीडियो</translation>
    </message>
    <message>
        <source> Document</source>
        <translation> डॉक्यूमेंट</translation>
    </message>
    <message>
        <source> Location</source>
        <translation> लोकेशन</translation>
    </message>
    <message>
        <source>Button: %1</source>
        <translation>बटन: %1</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>Cannot read the templates: %1</source>
        <translation>टेम्पलेट पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>Cannot read the template “%1” (%2): %3</source>
        <translation>टेम्पलेट “%1” (%2) पढ़ा नहीं जा सका: %3</translation>
    </message>
    <message>
        <source>Cannot start saving the templates: %1</source>
        <translation>टेम्पलेट सेव करना शुरू नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>Cannot save the templates: %1</source>
        <translation>टेम्पलेट सेव नहीं हो सके: %1</translation>
    </message>
    <message>
        <source>A template needs an account, a name and a language before it can be saved.</source>
        <translation>सेव होने से पहले टेम्पलेट का एक अकाउंट, नाम और भाषा होना ज़रूरी है।</translation>
    </message>
    <message>
        <source>Cannot save the template “%1” (%2): %3</source>
        <translation>टेम्पलेट “%1” (%2) सेव नहीं हो सका: %3</translation>
    </message>
    <message>
        <source>Cannot record the template update: %1</source>
        <translation>टेम्पलेट अपडेट दर्ज नहीं हो सका: %1</translation>
    </message>
</context>
<context>
    <name>TemplateSubmission</name>
    <message>
        <source>The account “%1” has no WhatsApp Business Account ID. Set it in Settings → Sending accounts (herald-cli account set --waba-id ID).</source>
        <translation>अकाउंट “%1” में WhatsApp Business अकाउंट ID नहीं है। इसे सेटिंग्स → भेजने वाले अकाउंट में सेट करें (herald-cli account set --waba-id ID)।</translation>
    </message>
    <message>
        <source>Meta did not accept “%1”: %2</source>
        <translation>Meta ने “%1” स्वीकार नहीं किया: %2</translation>
    </message>
    <message>
        <source>“%1” was accepted but could not be saved in the workspace: %2</source>
        <translation>“%1” स्वीकार हुआ लेकिन वर्कस्पेस में सेव नहीं हो सका: %2</translation>
    </message>
</context>
<context>
    <name>TemplateSubmitter</name>
    <message>
        <source>Templates</source>
        <translation>टेम्पलेट</translation>
    </message>
    <message>
        <source>The templates could not be read: %1</source>
        <translation>टेम्पलेट पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>Name taken</source>
        <translation>नाम पहले से लिया हुआ है</translation>
    </message>
    <message>
        <source>A template “%1” in %2 already exists at Meta. Choose another name, or edit that template instead.</source>
        <translation>%2 में टेम्पलेट “%1” Meta पर पहले से मौजूद है। दूसरा नाम चुनें, या उसी टेम्पलेट को बदलें।</translation>
    </message>
    <message>
        <source>Replace draft?</source>
        <translation>ड्राफ़्ट बदलें?</translation>
    </message>
    <message>
        <source>A draft “%1” in %2 already exists. Replace it with this one?</source>
        <translation>%2 में ड्राफ़्ट “%1” पहले से मौजूद है। उसे इससे बदलें?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>बदलें</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>सेव नहीं हुआ</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>टेम्पलेट सेव नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>Template saved</source>
        <translation>टेम्पलेट सेव हो गया</translation>
    </message>
    <message>
        <source>Cannot submit</source>
        <translation>जमा नहीं किया जा सकता</translation>
    </message>
    <message>
        <source>Reading the access token…</source>
        <translation>एक्सेस टोकन पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <source>Submitting to Meta…</source>
        <translation>Meta को जमा किया जा रहा है…</translation>
    </message>
    <message>
        <source>Submission failed</source>
        <translation>जमा करना विफल रहा</translation>
    </message>
    <message>
        <source>The sandbox approved “%1” at once: it simulates Meta&apos;s review. On a WhatsApp Cloud API account the review can take up to 24 hours.</source>
        <translation>सैंडबॉक्स ने “%1” को तुरंत मंज़ूर कर दिया: यह Meta की समीक्षा की नकल करता है। WhatsApp Cloud API अकाउंट पर समीक्षा में 24 घंटे तक लग सकते हैं।</translation>
    </message>
    <message>
        <source>“%1” was submitted for review (status %2). Meta reviews templates automatically; the answer can take up to 24 hours. Sync the templates to see it.</source>
        <translation>“%1” समीक्षा के लिए जमा हो गया (स्थिति %2)। Meta टेम्पलेट की समीक्षा अपने-आप करता है; जवाब में 24 घंटे तक लग सकते हैं। इसे देखने के लिए टेम्पलेट सिंक करें।</translation>
    </message>
</context>
<context>
    <name>TemplateSync</name>
    <message>
        <source>The account “%1” has no WhatsApp Business Account ID; set it first (account set --waba-id).</source>
        <translation>अकाउंट “%1” में WhatsApp Business अकाउंट ID नहीं है; पहले इसे सेट करें (account set --waba-id)।</translation>
    </message>
    <message numerus="yes">
        <source>Template sync stopped after %n page(s): %1</source>
        <translation>
            <numerusform>टेम्पलेट सिंक %n पेज के बाद रुक गया: %1</numerusform>
            <numerusform>टेम्पलेट सिंक %n पेजों के बाद रुक गया: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The Graph API&apos;s answer has no template list (“data”).</source>
        <translation>Graph API के जवाब में टेम्पलेट सूची (“data”) नहीं है।</translation>
    </message>
    <message>
        <source>The Graph API pointed the next page at another host (%1); Herald does not send the token there.</source>
        <translation>Graph API ने अगला पेज किसी दूसरे होस्ट (%1) पर बताया; Herald वहाँ टोकन नहीं भेजता।</translation>
    </message>
    <message>
        <source>The Graph API&apos;s paging does not end (page %1 repeats).</source>
        <translation>Graph API के पेज ख़त्म नहीं होते (पेज %1 दोहराया जा रहा है)।</translation>
    </message>
    <message>
        <source>The templates could not be saved: %1</source>
        <translation>टेम्पलेट सेव नहीं हो सके: %1</translation>
    </message>
</context>
<context>
    <name>TemplateSyncRunner</name>
    <message>
        <source>Reading the access token from the system keychain…</source>
        <translation>सिस्टम कीचेन से एक्सेस टोकन पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <source>Fetching templates… %1 page(s), %2 template(s) so far.</source>
        <translation>टेम्पलेट लाए जा रहे हैं… अब तक %1 पेज, %2 टेम्पलेट।</translation>
    </message>
    <message>
        <source>Syncing templates of “%1”…</source>
        <translation>“%1” के टेम्पलेट सिंक हो रहे हैं…</translation>
    </message>
</context>
<context>
    <name>TemplateTableModel</name>
    <message>
        <source>Approved</source>
        <translation>मंज़ूर</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>समीक्षा में</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>रुका हुआ</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>In appeal</source>
        <translation>अपील में</translation>
    </message>
    <message>
        <source>Being deleted</source>
        <translation>हटाया जा रहा है</translation>
    </message>
    <message>
        <source>Deleted upstream</source>
        <translation>Meta पर हटाया गया</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>संग्रहीत</translation>
    </message>
    <message>
        <source>Limit exceeded</source>
        <translation>सीमा पार</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>फ़्लैग किया गया</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>लॉक</translation>
    </message>
    <message>
        <source>Reinstated</source>
        <translation>बहाल किया गया</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>ड्राफ़्ट</translation>
    </message>
    <message>
        <source>High</source>
        <translation>ऊँची</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>मध्यम</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>कम</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>Deleted from the WhatsApp account on %1; kept here for campaign history. Last status there: %2.</source>
        <translation>%1 को WhatsApp अकाउंट से हटाया गया; कैंपेन इतिहास के लिए यहाँ रखा गया है। वहाँ आख़िरी स्थिति: %2।</translation>
    </message>
    <message>
        <source>Meta paused this template for low quality; sends are refused until it resumes.</source>
        <translation>Meta ने कम क्वालिटी के कारण यह टेम्पलेट रोक दिया है; इसके फिर से चालू होने तक भेजना अस्वीकार होगा।</translation>
    </message>
    <message>
        <source>Meta disabled this template after repeated pauses; create a new one.</source>
        <translation>बार-बार रोके जाने के बाद Meta ने यह टेम्पलेट निष्क्रिय कर दिया; नया बनाएँ।</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>अस्वीकृत: %1</translation>
    </message>
    <message>
        <source>Status %1: this template cannot be sent now.</source>
        <translation>स्थिति %1: यह टेम्पलेट अभी भेजा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>क्वालिटी</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>आख़िरी सिंक</translation>
    </message>
</context>
<context>
    <name>TemplateValidator</name>
    <message>
        <source>%1 is %2 characters long; the limit is %3. Shorten it by one character.</source>
        <translation>%1 %2 अक्षर लंबा है; सीमा %3 है। इसे एक अक्षर छोटा करें।</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %2 characters long; the limit is %3. Shorten it by %Ln characters.</source>
        <translation>
            <numerusform>%1 %2 अक्षर लंबा है; सीमा %3 है। इसे %Ln अक्षर छोटा करें।</numerusform>
            <numerusform>%1 %2 अक्षर लंबा है; सीमा %3 है। इसे %Ln अक्षर छोटा करें।</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the template&apos;s language, for example “en_US”.</source>
        <translation>टेम्पलेट की भाषा चुनें, जैसे “en_US”।</translation>
    </message>
    <message>
        <source>Choose a category: MARKETING, UTILITY or AUTHENTICATION.</source>
        <translation>एक श्रेणी चुनें: MARKETING, UTILITY या AUTHENTICATION।</translation>
    </message>
    <message>
        <source>%1 is not a template category; use MARKETING, UTILITY or AUTHENTICATION.</source>
        <translation>%1 टेम्पलेट श्रेणी नहीं है; MARKETING, UTILITY या AUTHENTICATION इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>The template has no name. Give it one made of lowercase letters, digits and underscores, such as “order_update”.</source>
        <translation>टेम्पलेट का कोई नाम नहीं है। छोटे अक्षरों, अंकों और अंडरस्कोर से बना नाम दें, जैसे “order_update”।</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>The name contains %1, which is not allowed: use only lowercase letters, digits and underscores (for example %2).</source>
        <translation>नाम में %1 है, जिसकी अनुमति नहीं है: सिर्फ़ छोटे अक्षर, अंक और अंडरस्कोर इस्तेमाल करें (जैसे %2)।</translation>
    </message>
    <message>
        <source>%1 is not a valid variable: write it as %2, with two braces on each side and no spaces.</source>
        <translation>%1 सही वेरिएबल नहीं है: इसे %2 लिखें, दोनों तरफ़ दो ब्रेस और बिना स्पेस के।</translation>
    </message>
    <message>
        <source>%1 is not a valid variable. Write variables as {{1}}, {{2}}… or as {{first_name}}: two braces on each side, only letters, digits or underscores inside, no spaces.</source>
        <translation>%1 सही वेरिएबल नहीं है। वेरिएबल {{1}}, {{2}}… या {{first_name}} की तरह लिखें: दोनों तरफ़ दो ब्रेस, अंदर सिर्फ़ अक्षर, अंक या अंडरस्कोर, कोई स्पेस नहीं।</translation>
    </message>
    <message>
        <source>%1: named variables may only use lowercase letters and underscores.</source>
        <translation>%1: नाम वाले वेरिएबल में सिर्फ़ छोटे अक्षर और अंडरस्कोर हो सकते हैं।</translation>
    </message>
    <message>
        <source>%1: named variables may only use lowercase letters and underscores; write %2.</source>
        <translation>%1: नाम वाले वेरिएबल में सिर्फ़ छोटे अक्षर और अंडरस्कोर हो सकते हैं; %2 लिखें।</translation>
    </message>
    <message>
        <source>Numbered variables start at {{1}}; rename %1 to {{1}}.</source>
        <translation>नंबर वाले वेरिएबल {{1}} से शुरू होते हैं; %1 को {{1}} नाम दें।</translation>
    </message>
    <message>
        <source>%1 skips %2: numbered variables must run 1, 2, 3… without gaps. Rename it to %2.</source>
        <translation>%1 में %2 छूट गया है: नंबर वाले वेरिएबल 1, 2, 3… बिना अंतर के चलने चाहिए। इसे %2 नाम दें।</translation>
    </message>
    <message>
        <source>%1 mixes a %2 variable into a template that also uses %3 ones (%4); use one kind throughout.</source>
        <translation>%1 ऐसे टेम्पलेट में %2 वेरिएबल मिलाता है जो %3 वेरिएबल भी इस्तेमाल करता है (%4); पूरे टेम्पलेट में एक ही तरह के इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>numbered</source>
        <translation>नंबर वाला</translation>
    </message>
    <message>
        <source>named</source>
        <translation>नाम वाला</translation>
    </message>
    <message>
        <source>The examples name %1 more than once; give each named variable exactly one example.</source>
        <translation>उदाहरणों में %1 एक से ज़्यादा बार है; हर नाम वाले वेरिएबल को ठीक एक उदाहरण दें।</translation>
    </message>
    <message>
        <source>%1 has no example value. Add one (for instance what a real customer would see) so Meta can review the template.</source>
        <translation>%1 का कोई उदाहरण वैल्यू नहीं है। एक जोड़ें (जैसे असली ग्राहक को जो दिखेगा) ताकि Meta टेम्पलेट की समीक्षा कर सके।</translation>
    </message>
    <message>
        <source>The %1 header needs a sample file (header_handle) so Meta can review the template; upload one.</source>
        <translation>%1 हेडर के लिए नमूना फ़ाइल (header_handle) चाहिए ताकि Meta टेम्पलेट की समीक्षा कर सके; एक अपलोड करें।</translation>
    </message>
    <message>
        <source>The header is set to text but has none. Type the header text or remove the header.</source>
        <translation>हेडर टेक्स्ट पर सेट है लेकिन उसमें कोई टेक्स्ट नहीं है। हेडर का टेक्स्ट टाइप करें या हेडर हटाएँ।</translation>
    </message>
    <message>
        <source>The header</source>
        <translation>हेडर</translation>
    </message>
    <message>
        <source>The header uses %1 different variables; a header may have only one. Keep %2 and move the others into the body.</source>
        <translation>हेडर %1 अलग-अलग वेरिएबल इस्तेमाल करता है; हेडर में सिर्फ़ एक हो सकता है। %2 रखें और बाकी को बॉडी में ले जाएँ।</translation>
    </message>
    <message>
        <source>The body is empty. Every template needs body text.</source>
        <translation>बॉडी ख़ाली है। हर टेम्पलेट में बॉडी टेक्स्ट ज़रूरी है।</translation>
    </message>
    <message>
        <source>The body</source>
        <translation>बॉडी</translation>
    </message>
    <message>
        <source>The body may not start with a variable (%1). Put some words before it, for example “Hi %1”.</source>
        <translation>बॉडी किसी वेरिएबल (%1) से शुरू नहीं हो सकती। उससे पहले कुछ शब्द लिखें, जैसे “नमस्ते %1”।</translation>
    </message>
    <message>
        <source>The body may not end with a variable (%1). Add some words or a full stop after it.</source>
        <translation>बॉडी किसी वेरिएबल (%1) पर ख़त्म नहीं हो सकती। उसके बाद कुछ शब्द या पूर्ण विराम जोड़ें।</translation>
    </message>
    <message>
        <source>%1 and %2 sit next to each other; put words or punctuation between them.</source>
        <translation>%1 और %2 एक-दूसरे के ठीक बगल में हैं; उनके बीच शब्द या विराम चिह्न लगाएँ।</translation>
    </message>
    <message>
        <source>The footer</source>
        <translation>फ़ुटर</translation>
    </message>
    <message>
        <source>The footer cannot contain variables; remove %1 or move it into the body.</source>
        <translation>फ़ुटर में वेरिएबल नहीं हो सकते; %1 हटाएँ या उसे बॉडी में ले जाएँ।</translation>
    </message>
    <message>
        <source>The URL button %1 has no web address; add one.</source>
        <translation>URL बटन %1 का कोई वेब पता नहीं है; एक जोड़ें।</translation>
    </message>
    <message>
        <source>The web address</source>
        <translation>वेब पता</translation>
    </message>
    <message>
        <source>A web address may contain only one variable, at its very end; remove the others.</source>
        <translation>वेब पते में सिर्फ़ एक वेरिएबल हो सकता है, बिल्कुल आख़िर में; बाकी हटाएँ।</translation>
    </message>
    <message>
        <source>The variable %1 must be the very end of the web address, as in “https://example.com/track/{{1}}”.</source>
        <translation>वेरिएबल %1 वेब पते के बिल्कुल आख़िर में होना चाहिए, जैसे “https://example.com/track/{{1}}”।</translation>
    </message>
    <message>
        <source>A web address&apos;s variable is always written {{1}}; replace %1.</source>
        <translation>वेब पते का वेरिएबल हमेशा {{1}} लिखा जाता है; %1 को बदलें।</translation>
    </message>
    <message>
        <source>The web address&apos;s variable %1 has no example; add the part of a real address it stands for.</source>
        <translation>वेब पते के वेरिएबल %1 का कोई उदाहरण नहीं है; असली पते का वह हिस्सा जोड़ें जिसकी जगह यह है।</translation>
    </message>
    <message numerus="yes">
        <source>The template has %1 buttons; the limit is %2. Remove %n of them.</source>
        <translation>
            <numerusform>टेम्पलेट में %1 बटन हैं; सीमा %2 है। इनमें से %n हटाएँ।</numerusform>
            <numerusform>टेम्पलेट में %1 बटन हैं; सीमा %2 है। इनमें से %n हटाएँ।</numerusform>
        </translation>
    </message>
    <message>
        <source>A template may have at most %1 quick-reply buttons; remove this one and any after it.</source>
        <translation>टेम्पलेट में ज़्यादा से ज़्यादा %1 क्विक रिप्लाई बटन हो सकते हैं; यह बटन और इसके बाद वाले हटाएँ।</translation>
    </message>
    <message>
        <source>A template may have at most %1 web-address buttons; remove this one.</source>
        <translation>टेम्पलेट में ज़्यादा से ज़्यादा %1 वेब पता बटन हो सकते हैं; यह बटन हटाएँ।</translation>
    </message>
    <message>
        <source>A template may have only one call button; remove this one.</source>
        <translation>टेम्पलेट में सिर्फ़ एक कॉल बटन हो सकता है; यह बटन हटाएँ।</translation>
    </message>
    <message>
        <source>A template may have only one copy-code button; remove this one.</source>
        <translation>टेम्पलेट में सिर्फ़ एक कोड कॉपी बटन हो सकता है; यह बटन हटाएँ।</translation>
    </message>
    <message>
        <source>Quick-reply buttons must sit together; move %1 next to the other quick replies.</source>
        <translation>क्विक रिप्लाई बटन एक साथ होने चाहिए; %1 को बाकी क्विक रिप्लाई के पास ले जाएँ।</translation>
    </message>
    <message>
        <source>This button has no label; type the text it shows.</source>
        <translation>इस बटन का कोई लेबल नहीं है; वह टेक्स्ट टाइप करें जो यह दिखाता है।</translation>
    </message>
    <message>
        <source>The label %1</source>
        <translation>लेबल %1</translation>
    </message>
    <message>
        <source>The call button %1 has no phone number; add one.</source>
        <translation>कॉल बटन %1 का कोई फ़ोन नंबर नहीं है; एक जोड़ें।</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>फ़ोन नंबर</translation>
    </message>
    <message>
        <source>The copy-code button needs an example code (up to %1 characters).</source>
        <translation>कोड कॉपी बटन को एक उदाहरण कोड चाहिए (ज़्यादा से ज़्यादा %1 अक्षर)।</translation>
    </message>
    <message>
        <source>The example code</source>
        <translation>उदाहरण कोड</translation>
    </message>
    <message>
        <source>The template uses named variables but also the numbered variable %1. Give it a name such as {{first_name}}, or number all the variables {{1}}, {{2}}….</source>
        <translation>टेम्पलेट नाम वाले वेरिएबल इस्तेमाल करता है लेकिन साथ में नंबर वाला वेरिएबल %1 भी। इसे {{first_name}} जैसा नाम दें, या सभी वेरिएबल को {{1}}, {{2}}… नंबर दें।</translation>
    </message>
    <message>
        <source>The template uses numbered variables but also the named variable %1. Number it like the others ({{1}}, {{2}}…), or give all the variables names such as {{first_name}}.</source>
        <translation>टेम्पलेट नंबर वाले वेरिएबल इस्तेमाल करता है लेकिन साथ में नाम वाला वेरिएबल %1 भी। इसे बाकियों की तरह नंबर दें ({{1}}, {{2}}…), या सभी वेरिएबल को {{first_name}} जैसे नाम दें।</translation>
    </message>
</context>
<context>
    <name>TemplateViolationMarker</name>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>हेडर</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>बॉडी</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>फ़ुटर</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>बटन</translation>
    </message>
    <message>
        <source>Button %1</source>
        <translation>बटन %1</translation>
    </message>
    <message>
        <source>%1 (rule %2). Click to go there.</source>
        <translation>%1 (नियम %2)। वहाँ जाने के लिए क्लिक करें।</translation>
    </message>
    <message>
        <source>No problems found: the template follows Meta&apos;s rules.</source>
        <translation>कोई समस्या नहीं मिली: टेम्पलेट Meta के नियमों का पालन करता है।</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>समस्याएँ</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>समस्याएँ (%1)</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Cannot read the templates: %1</source>
        <translation>टेम्पलेट पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>अकाउंट (&amp;A):</translation>
    </message>
    <message>
        <source>Search name or text…</source>
        <translation>नाम या टेक्स्ट खोजें…</translation>
    </message>
    <message>
        <source>Show only templates with this status</source>
        <translation>सिर्फ़ इस स्थिति वाले टेम्पलेट दिखाएँ</translation>
    </message>
    <message>
        <source>Show only templates of this category</source>
        <translation>सिर्फ़ इस श्रेणी के टेम्पलेट दिखाएँ</translation>
    </message>
    <message>
        <source>Show only templates in this language</source>
        <translation>सिर्फ़ इस भाषा के टेम्पलेट दिखाएँ</translation>
    </message>
    <message>
        <source>&amp;New Template…</source>
        <translation>नया टेम्पलेट (&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>बदलें (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>सिंक करें (&amp;S)</translation>
    </message>
    <message>
        <source>Fetch this account&apos;s templates and their statuses from Meta</source>
        <translation>इस अकाउंट के टेम्पलेट और उनकी स्थिति Meta से लाएँ</translation>
    </message>
    <message>
        <source>Cannot read the accounts: %1</source>
        <translation>अकाउंट पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (डिफ़ॉल्ट)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>सभी श्रेणियाँ</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>सभी भाषाएँ</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n टेम्पलेट</numerusform>
            <numerusform>%n टेम्पलेट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n template(s)</source>
        <translation>
            <numerusform>%n में से %1 टेम्पलेट</numerusform>
            <numerusform>%n में से %1 टेम्पलेट</numerusform>
        </translation>
    </message>
    <message>
        <source>No templates yet.
Press Sync to fetch this account&apos;s templates from Meta, or create a new one.</source>
        <translation>अभी कोई टेम्पलेट नहीं।
इस अकाउंट के टेम्पलेट Meta से लाने के लिए सिंक करें दबाएँ, या नया बनाएँ।</translation>
    </message>
    <message>
        <source>No sending account.
Add one in Settings → Sending accounts.</source>
        <translation>कोई भेजने वाला अकाउंट नहीं।
सेटिंग्स → भेजने वाले अकाउंट में एक जोड़ें।</translation>
    </message>
    <message>
        <source>No template matches the search and filters.</source>
        <translation>कोई टेम्पलेट खोज और फ़िल्टर से मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>This template was deleted from the WhatsApp account.</source>
        <translation>यह टेम्पलेट WhatsApp अकाउंट से हटा दिया गया था।</translation>
    </message>
    <message>
        <source>Open the selected template in the editor</source>
        <translation>चुने गए टेम्पलेट को एडिटर में खोलें</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 removed</source>
        <translation>%1 जोड़े गए, %2 अपडेट हुए, %3 हटाए गए</translation>
    </message>
    <message>
        <source>Synced at %1: %2.</source>
        <translation>%1 पर सिंक हुआ: %2।</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>सिंक विफल रहा: %1</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>मैसेज टेम्पलेट</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>टेम्पलेट खोजें</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>खोजें</translation>
    </message>
</context>
<context>
    <name>TestSend</name>
    <message>
        <source>%1. Type the number with its country code, e.g. +91 98765 43210.</source>
        <translation>%1। नंबर कंट्री कोड के साथ टाइप करें, जैसे +91 98765 43210।</translation>
    </message>
    <message>
        <source>There is no template “%1” (%2) for this account; sync the templates.</source>
        <translation>इस अकाउंट के लिए कोई टेम्पलेट “%1” (%2) नहीं है; टेम्पलेट सिंक करें।</translation>
    </message>
    <message>
        <source>The template “%1” (%2) is %3; only APPROVED templates can be sent.</source>
        <translation>टेम्पलेट “%1” (%2) की स्थिति %3 है; सिर्फ़ APPROVED टेम्पलेट भेजे जा सकते हैं।</translation>
    </message>
    <message>
        <source>deleted upstream</source>
        <translation>Meta पर हटाया गया</translation>
    </message>
    <message>
        <source>Cannot send a test to %1: %2.</source>
        <translation>%1 को टेस्ट नहीं भेजा जा सकता: %2।</translation>
    </message>
    <message>
        <source>The account “%1” has no phone number ID; set it first (account set --phone-number-id).</source>
        <translation>अकाउंट “%1” में फ़ोन नंबर ID नहीं है; पहले इसे सेट करें (account set --phone-number-id)।</translation>
    </message>
    <message>
        <source>Test message sent to %1 (%2).</source>
        <translation>टेस्ट मैसेज %1 को भेजा गया (%2)।</translation>
    </message>
    <message>
        <source>The provider answered without a message id; the test may not have been sent.</source>
        <translation>प्रोवाइडर ने बिना मैसेज id के जवाब दिया; हो सकता है टेस्ट नहीं भेजा गया हो।</translation>
    </message>
</context>
<context>
    <name>TestSendDialog</name>
    <message>
        <source>&amp;Send test</source>
        <translation>टेस्ट भेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>एक टेस्ट मैसेज भेजें</translation>
    </message>
    <message>
        <source>+91 98765 43210</source>
        <translation>+91 98765 43210</translation>
    </message>
    <message>
        <source>The message goes once to this number, with the contact&apos;s values if it is a contact and the fallbacks otherwise. It does not count in the campaign&apos;s statistics.</source>
        <translation>मैसेज इस नंबर पर एक बार जाता है, अगर यह कॉन्टैक्ट है तो कॉन्टैक्ट की वैल्यू के साथ, नहीं तो वैकल्पिक वैल्यू के साथ। यह कैंपेन के आँकड़ों में नहीं गिना जाता।</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>नंबर (&amp;N):</translation>
    </message>
    <message>
        <source>To %1:
%2</source>
        <translation>%1 को:
%2</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>भेजा जा रहा है…</translation>
    </message>
</context>
<context>
    <name>TimelineChartView</name>
    <message>
        <source>Timeline: messages sent, delivered, read and replied per hour since the start</source>
        <translation>टाइमलाइन: शुरुआत से हर घंटे भेजे गए, डिलीवर हुए, पढ़े गए और जवाब दिए गए मैसेज</translation>
    </message>
    <message>
        <source>Hours since the start</source>
        <translation>शुरुआत से घंटे</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>भेजे गए</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>डिलीवर हुए</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>पढ़े गए</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>जवाब दिया</translation>
    </message>
    <message>
        <source>The hourly timeline appears once messages are sent.</source>
        <translation>मैसेज भेजे जाते ही घंटेवार टाइमलाइन दिखेगी।</translation>
    </message>
    <message>
        <source>Hours since the start (%1)</source>
        <translation>शुरुआत से घंटे (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) of activity since %1.</source>
        <translation>
            <numerusform>%1 से %n घंटे की गतिविधि।</numerusform>
            <numerusform>%1 से %n घंटों की गतिविधि।</numerusform>
        </translation>
    </message>
    <message>
        <source>Next waves</source>
        <translation>अगले बैच</translation>
    </message>
    <message>
        <source>Minutes since the start (%1)</source>
        <translation>शुरुआत से मिनट (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) of activity since %1.</source>
        <translation>
            <numerusform>%1 से %n मिनट की गतिविधि।</numerusform>
            <numerusform>%1 से %n मिनट की गतिविधि।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenRequest</name>
    <message>
        <source>%1 redirected the request to %2. Herald never sends an access token or a message anywhere but the configured host, so the request was not repeated there; check the URL in the account settings.</source>
        <translation>%1 ने अनुरोध को %2 पर भेज दिया। Herald एक्सेस टोकन या मैसेज कॉन्फ़िगर किए गए होस्ट के अलावा कहीं नहीं भेजता, इसलिए अनुरोध वहाँ दोहराया नहीं गया; अकाउंट सेटिंग्स में URL जाँचें।</translation>
    </message>
</context>
<context>
    <name>TriggerContact</name>
    <message>
        <source>the contact opted out</source>
        <translation>कॉन्टैक्ट ने ऑप्ट-आउट किया है</translation>
    </message>
    <message>
        <source>contact created from the event, opted in (%1)</source>
        <translation>इवेंट से कॉन्टैक्ट बनाया गया, ऑप्ट-इन (%1)</translation>
    </message>
    <message>
        <source>contact created from the event, not opted in</source>
        <translation>इवेंट से कॉन्टैक्ट बनाया गया, ऑप्ट-इन नहीं</translation>
    </message>
    <message>
        <source>contact opted in (%1)</source>
        <translation>कॉन्टैक्ट ऑप्ट-इन किया गया (%1)</translation>
    </message>
    <message>
        <source>the contact never opted in (an order is not an opt-in; choose the event&apos;s consent field in the campaign&apos;s trigger to opt customers in from their orders)</source>
        <translation>कॉन्टैक्ट ने कभी ऑप्ट-इन नहीं किया (ऑर्डर ऑप्ट-इन नहीं है; ग्राहकों को उनके ऑर्डर से ऑप्ट-इन करने के लिए कैंपेन के ट्रिगर में इवेंट का सहमति फ़ील्ड चुनें)</translation>
    </message>
    <message>
        <source>the contact never opted in, and the event&apos;s %1 does not say yes</source>
        <translation>कॉन्टैक्ट ने कभी ऑप्ट-इन नहीं किया, और इवेंट का %1 हाँ नहीं कहता</translation>
    </message>
</context>
<context>
    <name>TriggerRecipe</name>
    <message>
        <source>Order confirmation</source>
        <translation>ऑर्डर की पुष्टि</translation>
    </message>
    <message>
        <source>Right after an order is placed: the order number and total.</source>
        <translation>ऑर्डर होते ही: ऑर्डर नंबर और कुल रकम।</translation>
    </message>
    <message>
        <source>Shipping update with tracking link</source>
        <translation>ट्रैकिंग लिंक के साथ शिपिंग अपडेट</translation>
    </message>
    <message>
        <source>When an order is fulfilled with a tracking link: the order number and where to follow the parcel.</source>
        <translation>जब ऑर्डर ट्रैकिंग लिंक के साथ भेजा जाता है: ऑर्डर नंबर और पार्सल कहाँ ट्रैक करें।</translation>
    </message>
    <message>
        <source>Abandoned checkout</source>
        <translation>अधूरा छोड़ा गया चेकआउट</translation>
    </message>
    <message>
        <source>Two hours after a checkout was started, unless the customer ordered meanwhile: a link back to the cart.</source>
        <translation>चेकआउट शुरू होने के दो घंटे बाद, अगर ग्राहक ने इस बीच ऑर्डर न किया हो: कार्ट पर वापस जाने का लिंक।</translation>
    </message>
    <message>
        <source>Cash-on-delivery confirmation</source>
        <translation>कैश ऑन डिलीवरी की पुष्टि</translation>
    </message>
    <message>
        <source>Right after a cash-on-delivery order (Shopify&apos;s COD gateway or WooCommerce&apos;s cod): the amount to have ready.</source>
        <translation>कैश ऑन डिलीवरी ऑर्डर होते ही (Shopify का COD गेटवे या WooCommerce का cod): कितनी रकम तैयार रखनी है।</translation>
    </message>
    <message>
        <source>Shopify: the customer accepts marketing</source>
        <translation>Shopify: ग्राहक मार्केटिंग स्वीकार करता है</translation>
    </message>
    <message>
        <source>Shopify: a cart attribute whatsapp_opt_in</source>
        <translation>Shopify: कार्ट एट्रिब्यूट whatsapp_opt_in</translation>
    </message>
    <message>
        <source>Shopify: SMS marketing consent</source>
        <translation>Shopify: SMS मार्केटिंग की सहमति</translation>
    </message>
    <message>
        <source>WooCommerce: a checkout field whatsapp_opt_in</source>
        <translation>WooCommerce: चेकआउट फ़ील्ड whatsapp_opt_in</translation>
    </message>
</context>
<context>
    <name>TriggerSpec</name>
    <message>
        <source>trigger event: the event name is missing (e.g. order_placed).</source>
        <translation>trigger event: इवेंट का नाम नहीं है (जैसे order_placed)।</translation>
    </message>
    <message>
        <source>trigger match: “%1” must be all or any.</source>
        <translation>trigger match: “%1” all या any होना चाहिए।</translation>
    </message>
    <message>
        <source>trigger conditions: the key “%1” is not a valid path (write customer.city, items.0.sku or line_items[*].sku).</source>
        <translation>trigger conditions: key “%1” सही पाथ नहीं है (customer.city, items.0.sku या line_items[*].sku लिखें)।</translation>
    </message>
    <message>
        <source>trigger conditions: “%1 %2” needs a key and one of %3.</source>
        <translation>trigger conditions: “%1 %2” को एक key और %3 में से एक चाहिए।</translation>
    </message>
    <message>
        <source>trigger %1: must be a whole number, at least %2.</source>
        <translation>trigger %1: पूर्ण संख्या होनी चाहिए, कम से कम %2।</translation>
    </message>
    <message>
        <source>trigger cooldown_hours: at most %1.</source>
        <translation>trigger cooldown_hours: ज़्यादा से ज़्यादा %1।</translation>
    </message>
    <message>
        <source>trigger unless: needs an event name and within_hours from 1 to %1.</source>
        <translation>trigger unless: इवेंट का नाम और 1 से %1 तक within_hours चाहिए।</translation>
    </message>
    <message>
        <source>When “%1” happens</source>
        <translation>जब “%1” हो</translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation>%1 मौजूद है</translation>
    </message>
    <message>
        <source> and %1</source>
        <translation> और %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> और </translation>
    </message>
    <message>
        <source> or </source>
        <translation> या </translation>
    </message>
    <message>
        <source>, send %1 minutes later</source>
        <translation>, %1 मिनट बाद भेजें</translation>
    </message>
    <message>
        <source>, send right away</source>
        <translation>, तुरंत भेजें</translation>
    </message>
    <message>
        <source> unless “%1” happens within %2 hours (the message waits until then)</source>
        <translation> जब तक “%1” %2 घंटों के अंदर न हो (मैसेज तब तक इंतज़ार करता है)</translation>
    </message>
    <message>
        <source>; at most once per contact every %1 hours</source>
        <translation>; हर कॉन्टैक्ट को हर %1 घंटों में ज़्यादा से ज़्यादा एक बार</translation>
    </message>
    <message>
        <source>trigger consent_field: “%1” is not a valid path (write order.buyer_accepts_marketing or order.note_attributes[name=whatsapp_opt_in].value).</source>
        <translation>trigger consent_field: “%1” सही पाथ नहीं है (order.buyer_accepts_marketing या order.note_attributes[name=whatsapp_opt_in].value लिखें)।</translation>
    </message>
    <message>
        <source>; a customer who is not yet a contact is opted in when the event&apos;s %1 says yes</source>
        <translation>; जो ग्राहक अभी कॉन्टैक्ट नहीं है, वह तब ऑप्ट-इन होता है जब इवेंट का %1 हाँ कहता है</translation>
    </message>
</context>
<context>
    <name>UncertainResolver</name>
    <message>
        <source>Sent again automatically: no status report came for it while reports for later messages did.</source>
        <translation>अपने-आप दोबारा भेजा गया: इसकी कोई स्टेटस रिपोर्ट नहीं आई, जबकि बाद के मैसेज की रिपोर्टें आईं।</translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain: automatic resolution is off for this account; resend them or mark them failed.</source>
        <translation>
            <numerusform>%n अनिश्चित: इस अकाउंट के लिए अपने-आप सुलझाना बंद है; इसे दोबारा भेजें या विफल चिह्नित करें।</numerusform>
            <numerusform>%n अनिश्चित: इस अकाउंट के लिए अपने-आप सुलझाना बंद है; इन्हें दोबारा भेजें या विफल चिह्नित करें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain: waiting for their delivery reports (sent less than %1 minutes ago).</source>
        <translation>
            <numerusform>%n अनिश्चित: इसकी डिलीवरी रिपोर्ट का इंतज़ार (%1 मिनट से कम समय पहले भेजा गया)।</numerusform>
            <numerusform>%n अनिश्चित: इनकी डिलीवरी रिपोर्टों का इंतज़ार (%1 मिनट से कम समय पहले भेजे गए)।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain: reports for later messages have arrived, so they are resent at the next scheduler pass.</source>
        <translation>
            <numerusform>%n अनिश्चित: बाद के मैसेज की रिपोर्टें आ गई हैं, इसलिए शेड्यूलर की अगली जाँच में इसे दोबारा भेजा जाएगा।</numerusform>
            <numerusform>%n अनिश्चित: बाद के मैसेज की रिपोर्टें आ गई हैं, इसलिए शेड्यूलर की अगली जाँच में इन्हें दोबारा भेजा जाएगा।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain — waiting: no delivery reports have arrived since %1 for this message or any sent after it; they are resent automatically once reports flow again.</source>
        <translation>
            <numerusform>%n अनिश्चित — इंतज़ार में: %1 से इस मैसेज या इसके बाद भेजे गए किसी मैसेज की कोई डिलीवरी रिपोर्ट नहीं आई; रिपोर्टें फिर से आने लगते ही इसे अपने-आप दोबारा भेजा जाएगा।</numerusform>
            <numerusform>%n अनिश्चित — इंतज़ार में: %1 से इस मैसेज या इसके बाद भेजे गए किसी मैसेज की कोई डिलीवरी रिपोर्ट नहीं आई; रिपोर्टें फिर से आने लगते ही इन्हें अपने-आप दोबारा भेजा जाएगा।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebhookApplier</name>
    <message>
        <source>Failed status reported after delivery (kept as delivered): %1 %2</source>
        <translation>डिलीवरी के बाद विफल स्टेटस आया (डिलीवर ही माना गया): %1 %2</translation>
    </message>
    <message>
        <source>The workspace database is not open.</source>
        <translation>वर्कस्पेस डेटाबेस खुला नहीं है।</translation>
    </message>
    <message>
        <source>A status feed page arrived out of order (after cursor %1, expected %2); it is fetched again.</source>
        <translation>स्टेटस फ़ीड का एक पेज क्रम से बाहर आया (कर्सर %1 के बाद, %2 की उम्मीद थी); इसे फिर से लाया जा रहा है।</translation>
    </message>
</context>
<context>
    <name>WindowOptions</name>
    <message>
        <source>Send at this time of day in each recipient&apos;s own time zone (contact attribute timezone, else the number&apos;s area code or country), e.g. 10:00; none clears it.</source>
        <translation>हर प्राप्तकर्ता के अपने टाइम ज़ोन में दिन के इस समय भेजें (कॉन्टैक्ट एट्रिब्यूट timezone, वरना नंबर का एरिया कोड या देश), जैसे 10:00; none इसे हटा देता है।</translation>
    </message>
    <message>
        <source>Never send between these times, recipient time (may cross midnight), e.g. 21:00-09:00; none clears them.</source>
        <translation>इन समयों के बीच कभी न भेजें, प्राप्तकर्ता का समय (आधी रात पार कर सकता है), जैसे 21:00-09:00; none इन्हें हटा देता है।</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1 is a folder, not a workspace file. Choose a file name inside it.</source>
        <translation>%1 एक फ़ोल्डर है, वर्कस्पेस फ़ाइल नहीं। इसके अंदर एक फ़ाइल का नाम चुनें।</translation>
    </message>
    <message>
        <source>Cannot create the folder for the workspace %1.</source>
        <translation>वर्कस्पेस %1 के लिए फ़ोल्डर नहीं बनाया जा सका।</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Herald workspace. It was left untouched; choose another file or a new path.</source>
        <translation>%1 SQLite डेटाबेस है लेकिन Herald वर्कस्पेस नहीं। इसे छुआ नहीं गया; कोई दूसरी फ़ाइल या नया पाथ चुनें।</translation>
    </message>
    <message>
        <source>The workspace %1 needs an upgrade, but it could not be backed up first, so it was left untouched: %2</source>
        <translation>वर्कस्पेस %1 को अपग्रेड करना है, लेकिन पहले उसका बैकअप नहीं लिया जा सका, इसलिए उसे छुआ नहीं गया: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the workspace %1: %2</source>
        <translation>वर्कस्पेस %1 तैयार नहीं हो सका: %2</translation>
    </message>
    <message>
        <source>%1 is the open workspace (or one of its -wal/-shm/-journal files): reading or writing it as a CSV file would damage it. Choose another file.</source>
        <translation>%1 खुला हुआ वर्कस्पेस है (या उसकी -wal/-shm/-journal फ़ाइलों में से एक): इसे CSV फ़ाइल की तरह पढ़ने या लिखने से यह ख़राब हो जाएगा। कोई दूसरी फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>Cannot log in to the workspace %1: %2. Store the password in the keychain with: herald-cli workspace login %1 (it reads the password from standard input), or put it in ~/.pgpass.</source>
        <translation>वर्कस्पेस %1 में लॉग इन नहीं हो सका: %2। पासवर्ड कीचेन में सेव करें: herald-cli workspace login %1 (यह पासवर्ड स्टैंडर्ड इनपुट से पढ़ता है), या उसे ~/.pgpass में रखें।</translation>
    </message>
    <message>
        <source>Cannot connect to the workspace %1: %2. Check that the server is running and reachable, and the URL&apos;s user, host, port and database.</source>
        <translation>वर्कस्पेस %1 से कनेक्ट नहीं हो सका: %2। जाँचें कि सर्वर चल रहा है और पहुँच में है, और URL का यूज़र, होस्ट, पोर्ट और डेटाबेस जाँचें।</translation>
    </message>
    <message>
        <source>Cannot open %1: Qt&apos;s PostgreSQL driver is not installed (Debian/Ubuntu: apt install libqt6sql6-psql).</source>
        <translation>%1 खोला नहीं जा सकता: Qt का PostgreSQL ड्राइवर इंस्टॉल नहीं है (Debian/Ubuntu: apt install libqt6sql6-psql)।</translation>
    </message>
    <message>
        <source>Cannot read the workspace %1: %2</source>
        <translation>वर्कस्पेस %1 पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer version of Herald (schema %2; this version understands up to %3). Update Herald to open it; nothing was changed.</source>
        <translation>वर्कस्पेस %1 Herald के नए संस्करण ने लिखा है (स्कीमा %2; यह संस्करण %3 तक समझता है)। इसे खोलने के लिए Herald अपडेट करें; कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <source>The database of %1 holds tables but is not a Herald workspace. It was left untouched; create an empty database for the workspace (createdb NAME).</source>
        <translation>%1 के डेटाबेस में टेबल हैं लेकिन यह Herald वर्कस्पेस नहीं है। इसे छुआ नहीं गया; वर्कस्पेस के लिए एक ख़ाली डेटाबेस बनाएँ (createdb NAME)।</translation>
    </message>
</context>
<context>
    <name>WorkspaceBackup</name>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>बैकअप %1 लिखा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Cannot move the finished backup into place as %1. Check that the folder is writable.</source>
        <translation>पूरा हुआ बैकअप %1 के रूप में अपनी जगह नहीं रखा जा सका। जाँचें कि फ़ोल्डर में लिखा जा सकता है।</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>बैकअप %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 को वापस नहीं लाया जा सकता: %2</translation>
    </message>
    <message>
        <source>%1 is not a Herald workspace backup; nothing was restored.</source>
        <translation>%1 Herald वर्कस्पेस का बैकअप नहीं है; कुछ भी वापस नहीं लाया गया।</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer version of Herald (schema %2; this version understands up to %3); nothing was restored.</source>
        <translation>बैकअप %1 Herald के नए संस्करण ने लिखा है (स्कीमा %2; यह संस्करण %3 तक समझता है); कुछ भी वापस नहीं लाया गया।</translation>
    </message>
    <message>
        <source>The workspace is not open.</source>
        <translation>वर्कस्पेस खुला नहीं है।</translation>
    </message>
    <message>
        <source>Cannot create the folder for the backup %1. Check the path and your permissions.</source>
        <translation>बैकअप %1 के लिए फ़ोल्डर नहीं बनाया जा सका। पाथ और अपनी अनुमतियाँ जाँचें।</translation>
    </message>
    <message>
        <source>Cannot remove the old backup %1.</source>
        <translation>पुराना बैकअप %1 हटाया नहीं जा सका।</translation>
    </message>
    <message>
        <source>The workspace %1 is open in another program (a Herald window, `herald-cli agent` or another herald-cli command). Nothing was restored; close it and try again.</source>
        <translation>वर्कस्पेस %1 किसी दूसरे प्रोग्राम में खुला है (Herald विंडो, `herald-cli agent` या कोई दूसरी herald-cli कमांड)। कुछ भी वापस नहीं लाया गया; उसे बंद करें और फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>Nothing was restored: the current state could not be backed up first. %1</source>
        <translation>कुछ भी वापस नहीं लाया गया: पहले मौजूदा स्थिति का बैकअप नहीं लिया जा सका। %1</translation>
    </message>
    <message>
        <source>Restoring %1 failed; the workspace is unchanged (its state before is also kept in %2): %3</source>
        <translation>%1 को वापस लाना विफल रहा; वर्कस्पेस नहीं बदला (इसकी पिछली स्थिति %2 में भी रखी गई है): %3</translation>
    </message>
    <message>
        <source>The backup was restored but could not be upgraded to this version: %1</source>
        <translation>बैकअप वापस आ गया लेकिन इस संस्करण में अपग्रेड नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>Cannot move the damaged workspace %1 aside; nothing was restored. Check that its folder is writable.</source>
        <translation>ख़राब वर्कस्पेस %1 को अलग नहीं रखा जा सका; कुछ भी वापस नहीं लाया गया। जाँचें कि उसके फ़ोल्डर में लिखा जा सकता है।</translation>
    </message>
</context>
<context>
    <name>WorkspaceCopy</name>
    <message>
        <source>Cannot read this version&apos;s tables: %1</source>
        <translation>इस संस्करण की टेबल पढ़ी नहीं जा सकीं: %1</translation>
    </message>
    <message>
        <source>The workspace&apos;s tables refer to each other in a circle; cannot copy.</source>
        <translation>वर्कस्पेस की टेबल एक-दूसरे को गोल घेरे में रेफ़र करती हैं; कॉपी नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Cannot count the rows of %1: %2</source>
        <translation>%1 की पंक्तियाँ गिनी नहीं जा सकीं: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>%1 is not a new workspace: it holds %2. Copy into a new file or an empty PostgreSQL database.</source>
        <translation>%1 नया वर्कस्पेस नहीं है: इसमें %2 है। किसी नई फ़ाइल या ख़ाली PostgreSQL डेटाबेस में कॉपी करें।</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 लिखा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>FROM and TO are the same workspace (%1); name another file or database.</source>
        <translation>FROM और TO एक ही वर्कस्पेस हैं (%1); कोई दूसरी फ़ाइल या डेटाबेस बताएँ।</translation>
    </message>
    <message>
        <source>An import into %1 is still building its indexes; copy when it has finished.</source>
        <translation>%1 में एक इम्पोर्ट अभी भी अपने इंडेक्स बना रहा है; उसके पूरा होने पर कॉपी करें।</translation>
    </message>
    <message>
        <source>%1: %2 rows in %3 but %4 copied and %5 in %6; nothing was copied.</source>
        <translation>%1: %3 में %2 पंक्तियाँ, लेकिन %4 कॉपी हुईं और %6 में %5 हैं; कुछ भी कॉपी नहीं हुआ।</translation>
    </message>
    <message>
        <source>%1 differs after the copy (%2 rows in %3, %4 in %5); nothing was copied.</source>
        <translation>कॉपी के बाद %1 अलग है (%3 में %2 पंक्तियाँ, %5 में %4); कुछ भी कॉपी नहीं हुआ।</translation>
    </message>
</context>
<context>
    <name>WorkspaceGate</name>
    <message>
        <source>The workspace is damaged</source>
        <translation>वर्कस्पेस ख़राब है</translation>
    </message>
    <message>
        <source>SQLite reports the workspace as damaged (%1). Herald stops now so that nothing more is written to it. Start Herald again: it offers to restore the newest automatic backup and keeps the damaged file.</source>
        <translation>SQLite बताता है कि वर्कस्पेस ख़राब है (%1)। Herald अभी बंद हो रहा है ताकि इसमें आगे कुछ न लिखा जाए। Herald फिर से खोलें: यह सबसे नया अपने-आप बना बैकअप वापस लाने का विकल्प देगा और ख़राब फ़ाइल रख लेगा।</translation>
    </message>
    <message>
        <source>The newest automatic backup was made %1 (%2). Restoring it moves the damaged file aside (it is kept next to the workspace) and puts the backup in its place.</source>
        <translation>सबसे नया अपने-आप बना बैकअप %1 (%2) को बना था। इसे वापस लाने पर ख़राब फ़ाइल अलग रख दी जाती है (वर्कस्पेस के पास ही रखी जाती है) और उसकी जगह बैकअप आ जाता है।</translation>
    </message>
    <message>
        <source>Restore Newest Backup</source>
        <translation>सबसे नया बैकअप वापस लाएँ</translation>
    </message>
    <message>
        <source>There is no automatic backup in %1. Open another workspace, or quit and restore one with `herald-cli workspace restore FILE`.</source>
        <translation>%1 में कोई अपने-आप बना बैकअप नहीं है। कोई दूसरा वर्कस्पेस खोलें, या बाहर निकलकर `herald-cli workspace restore FILE` से कोई बैकअप वापस लाएँ।</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>वर्कस्पेस खोला नहीं जा सकता</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>बैकअप वापस नहीं लाया जा सकता</translation>
    </message>
    <message>
        <source>Open a Workspace</source>
        <translation>वर्कस्पेस खोलें</translation>
    </message>
    <message>
        <source>Herald workspaces (*.herald);;All files (*)</source>
        <translation>Herald वर्कस्पेस (*.herald);;सभी फ़ाइलें (*)</translation>
    </message>
</context>
<context>
    <name>WorkspaceLocation</name>
    <message>
        <source>“%1” is not a PostgreSQL workspace URL. Write it as %2.</source>
        <translation>“%1” PostgreSQL वर्कस्पेस URL नहीं है। इसे %2 की तरह लिखें।</translation>
    </message>
    <message>
        <source>The workspace URL contains a password, and Herald never keeps a password in a URL (it would be stored, logged and shown in process lists). Remove “:PASSWORD” from the URL and either store the password in the keychain with: herald-cli workspace login URL (it reads the password from standard input), put it in ~/.pgpass (or the file PGPASSFILE names), or set PGPASSWORD for a script.</source>
        <translation>वर्कस्पेस URL में पासवर्ड है, और Herald कभी URL में पासवर्ड नहीं रखता (वह सेव होगा, लॉग में जाएगा और प्रोसेस सूचियों में दिखेगा)। URL से “:PASSWORD” हटाएँ और पासवर्ड को या तो कीचेन में सेव करें: herald-cli workspace login URL (यह पासवर्ड स्टैंडर्ड इनपुट से पढ़ता है), या ~/.pgpass (या PGPASSFILE में बताई गई फ़ाइल) में रखें, या स्क्रिप्ट के लिए PGPASSWORD सेट करें।</translation>
    </message>
    <message>
        <source>The workspace URL is not valid (check the host, the port number and any %-escapes). Write it as %1.</source>
        <translation>वर्कस्पेस URL सही नहीं है (होस्ट, पोर्ट नंबर और कोई भी %-escape जाँचें)। इसे %1 की तरह लिखें।</translation>
    </message>
    <message>
        <source>The workspace URL names no server. Write it as %1.</source>
        <translation>वर्कस्पेस URL में कोई सर्वर नहीं बताया गया। इसे %1 की तरह लिखें।</translation>
    </message>
    <message>
        <source>The workspace URL names no database (the part after the last “/”). Write it as %1.</source>
        <translation>वर्कस्पेस URL में कोई डेटाबेस नहीं बताया गया (आख़िरी “/” के बाद वाला हिस्सा)। इसे %1 की तरह लिखें।</translation>
    </message>
    <message>
        <source>The workspace URL contains a password (password=…), and Herald never keeps a password in a URL. Remove it and use herald-cli workspace login, ~/.pgpass or PGPASSWORD instead.</source>
        <translation>वर्कस्पेस URL में पासवर्ड है (password=…), और Herald कभी URL में पासवर्ड नहीं रखता। इसे हटाएँ और इसकी जगह herald-cli workspace login, ~/.pgpass या PGPASSWORD इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>The workspace URL&apos;s option “%1” cannot be used. Options are libpq keywords such as sslmode=verify-full.</source>
        <translation>वर्कस्पेस URL का विकल्प “%1” इस्तेमाल नहीं किया जा सकता। विकल्प libpq कीवर्ड होते हैं, जैसे sslmode=verify-full।</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>the part %1 is missing</source>
        <translation>हिस्सा %1 मौजूद नहीं है</translation>
    </message>
    <message>
        <source>the part %1 is larger than Herald reads (512 MB uncompressed)</source>
        <translation>हिस्सा %1 उससे बड़ा है जितना Herald पढ़ता है (512 MB अनकंप्रेस्ड)</translation>
    </message>
    <message>
        <source>the part %1 cannot be decompressed: %2</source>
        <translation>हिस्सा %1 डीकंप्रेस नहीं हो सका: %2</translation>
    </message>
    <message>
        <source>it is shorter than its size says</source>
        <translation>यह अपने बताए आकार से छोटी है</translation>
    </message>
    <message>
        <source>its part %1 is not valid XML (line %2: %3)</source>
        <translation>इसका हिस्सा %1 सही XML नहीं है (पंक्ति %2: %3)</translation>
    </message>
    <message>
        <source>it has no sheet</source>
        <translation>इसमें कोई शीट नहीं है</translation>
    </message>
    <message>
        <source>cell %1 refers to shared string %2, which the workbook does not have</source>
        <translation>सेल %1 साझा स्ट्रिंग %2 की ओर इशारा करता है, जो वर्कबुक में नहीं है</translation>
    </message>
    <message>
        <source>cell %1 holds “%2”, which is not a number</source>
        <translation>सेल %1 में “%2” है, जो संख्या नहीं है</translation>
    </message>
    <message>
        <source>sheet “%1” has a cell named “%2”, which is not a cell reference</source>
        <translation>शीट “%1” में “%2” नाम का सेल है, जो सेल रेफ़रेंस नहीं है</translation>
    </message>
    <message>
        <source>sheet “%1” uses column %2; Herald reads at most %3 columns</source>
        <translation>शीट “%1” कॉलम %2 इस्तेमाल करती है; Herald ज़्यादा से ज़्यादा %3 कॉलम पढ़ता है</translation>
    </message>
    <message>
        <source>%1 of sheet “%2”</source>
        <translation>शीट “%2” का %1</translation>
    </message>
    <message>
        <source>sheet “%1”: %2</source>
        <translation>शीट “%1”: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read as an Excel workbook: %2. Open it in Excel or LibreOffice and save it again as .xlsx (or as CSV).</source>
        <translation>%1 को Excel वर्कबुक के रूप में पढ़ा नहीं जा सकता: %2। इसे Excel या LibreOffice में खोलें और फिर से .xlsx (या CSV) के रूप में सेव करें।</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>%1 is an Excel 97–2003 workbook (.xls). Herald reads .xlsx: open it in Excel or LibreOffice and save it as .xlsx (or as CSV).</source>
        <translation>%1 एक Excel 97–2003 वर्कबुक (.xls) है। Herald .xlsx पढ़ता है: इसे Excel या LibreOffice में खोलें और .xlsx (या CSV) के रूप में सेव करें।</translation>
    </message>
    <message>
        <source>it is not a zip file (%1)</source>
        <translation>यह zip फ़ाइल नहीं है (%1)</translation>
    </message>
    <message>
        <source>it has no workbook part (xl/workbook.xml)</source>
        <translation>इसमें वर्कबुक हिस्सा (xl/workbook.xml) नहीं है</translation>
    </message>
    <message>
        <source>%1 has no sheet “%2”. Its sheets are: %3.</source>
        <translation>%1 में कोई शीट “%2” नहीं है। इसकी शीट ये हैं: %3।</translation>
    </message>
    <message>
        <source>sheet “%1” has no part in the workbook&apos;s relationships</source>
        <translation>शीट “%1” का वर्कबुक के रिलेशनशिप में कोई हिस्सा नहीं है</translation>
    </message>
    <message>
        <source>Sheet “%1” of %2 is empty. Choose the sheet that holds the contacts.</source>
        <translation>%2 की शीट “%1” ख़ाली है। वह शीट चुनें जिसमें कॉन्टैक्ट हैं।</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Herald — WhatsApp campaign manager</source>
        <translation>Herald — WhatsApp कैंपेन मैनेजर</translation>
    </message>
    <message>
        <source>Workspace file (default: $HERALD_WORKSPACE, then the per-user workspace).</source>
        <translation>वर्कस्पेस फ़ाइल (डिफ़ॉल्ट: $HERALD_WORKSPACE, फिर यूज़र का अपना वर्कस्पेस)।</translation>
    </message>
    <message>
        <source>Open the demo workspace (a workspace of its own, filled with sample contacts with fictional numbers when new; with --workspace, that file).</source>
        <translation>डेमो वर्कस्पेस खोलें (एक अलग वर्कस्पेस, नया होने पर काल्पनिक नंबरों वाले नमूना कॉन्टैक्ट से भरा; --workspace के साथ, वह फ़ाइल)।</translation>
    </message>
    <message>
        <source>Demo contacts</source>
        <translation>डेमो कॉन्टैक्ट</translation>
    </message>
    <message>
        <source>The demo contacts could not be added: %1</source>
        <translation>डेमो कॉन्टैक्ट जोड़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>रोज़ का बैकअप</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup of the workspace failed: %1</source>
        <translation>वर्कस्पेस का आज का अपने-आप बनने वाला बैकअप विफल रहा: %1</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>डेमो आज़माएँ</translation>
    </message>
    <message>
        <source>The demo could not be started. Run `herald --demo` from a terminal to see why.</source>
        <translation>डेमो शुरू नहीं हो सका। कारण देखने के लिए टर्मिनल से `herald --demo` चलाएँ।</translation>
    </message>
</context>
</TS>
