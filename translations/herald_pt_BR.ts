<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Herald</source>
        <translation>Sobre o Herald</translation>
    </message>
    <message>
        <source>Herald</source>
        <translation>Herald</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versão %1</translation>
    </message>
    <message>
        <source>Built with Qt %1</source>
        <translation>Compilado com Qt %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2</source>
        <translation>Compilado com Qt %1, executando no Qt %2</translation>
    </message>
    <message>
        <source>Herald manages WhatsApp contact lists and message campaigns: import contacts from CSV, keep track of consent and opt-outs, and send approved template messages to the people who asked for them.</source>
        <translation>O Herald gerencia listas de contatos e campanhas de mensagens no WhatsApp: importe contatos de CSV, acompanhe consentimentos e descadastros e envie mensagens de modelos aprovados para as pessoas que pediram para recebê-las.</translation>
    </message>
</context>
<context>
    <name>AccessToken</name>
    <message>
        <source>No access token is stored for the account “%1”. Add it in Settings → Sending accounts, or with: herald-cli account set-secret access-token --name %1 &lt; token.txt</source>
        <translation>Nenhum token de acesso está salvo para a conta “%1”. Adicione-o em Configurações → Contas de envio ou com: herald-cli account set-secret access-token --name %1 &lt; token.txt</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>More actions</source>
        <translation>Mais ações</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>e.g. support-line</source>
        <translation>ex.: linha-de-suporte</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Resend &amp;uncertain messages automatically</source>
        <translation>Reenviar mensagens &amp;incertas automaticamente</translation>
    </message>
    <message>
        <source>A message whose send was interrupted (no answer from WhatsApp) and that has had no delivery report for 30 minutes is sent again, but only while reports for messages sent after it keep arriving. If WhatsApp did deliver it and its report is only late, the person gets it twice.</source>
        <translation>Uma mensagem cujo envio foi interrompido (sem resposta do WhatsApp) e que está há 30 minutos sem relatório de entrega é enviada de novo, mas só enquanto continuarem chegando relatórios de mensagens enviadas depois dela. Se o WhatsApp a entregou e o relatório só está atrasado, a pessoa a recebe duas vezes.</translation>
    </message>
    <message>
        <source>The sandbox is a simulated WhatsApp Cloud API inside Herald. Campaigns run end to end with realistic delivery and read receipts, but no message leaves this computer and no token is needed. Use it to rehearse a campaign before sending for real.</source>
        <translation>O sandbox é uma API de Nuvem do WhatsApp simulada dentro do Herald. As campanhas rodam do início ao fim com confirmações de entrega e leitura realistas, mas nenhuma mensagem sai deste computador e nenhum token é necessário. Use-o para ensaiar uma campanha antes de enviar de verdade.</translation>
    </message>
    <message>
        <source>WhatsApp Cloud API</source>
        <translation>API de Nuvem do WhatsApp</translation>
    </message>
    <message>
        <source>digits, from WhatsApp Manager → Phone numbers</source>
        <translation>dígitos, do WhatsApp Manager → Números de telefone</translation>
    </message>
    <message>
        <source>digits, from WhatsApp Manager → Account tools</source>
        <translation>dígitos, do WhatsApp Manager → Ferramentas da conta</translation>
    </message>
    <message>
        <source>digits, from Business Settings → Business info (optional)</source>
        <translation>dígitos, das Configurações do negócio → Informações do negócio (opcional)</translation>
    </message>
    <message>
        <source>Numbers of one business portfolio share one daily messaging limit. Without it, numbers of the same WhatsApp Business Account share it.</source>
        <translation>Os números de um mesmo portfólio empresarial compartilham um limite diário de mensagens. Sem ele, os números da mesma conta do WhatsApp Business o compartilham.</translation>
    </message>
    <message>
        <source>Paste a permanent system-user token</source>
        <translation>Cole um token permanente de usuário do sistema</translation>
    </message>
    <message>
        <source>&amp;Graph API URL:</source>
        <translation>URL da &amp;Graph API:</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>&amp;Versão da API:</translation>
    </message>
    <message>
        <source>&amp;Phone number ID:</source>
        <translation>ID do número de t&amp;elefone:</translation>
    </message>
    <message>
        <source>WhatsApp &amp;Business Account ID:</source>
        <translation>ID da conta do WhatsApp &amp;Business:</translation>
    </message>
    <message>
        <source>Business p&amp;ortfolio ID:</source>
        <translation>ID do p&amp;ortfólio empresarial:</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>Token de &amp;acesso:</translation>
    </message>
    <message>
        <source>Delivery status relay</source>
        <translation>Relay de status de entrega</translation>
    </message>
    <message>
        <source>https://relay.example.com (optional)</source>
        <translation>https://relay.exemplo.com.br (opcional)</translation>
    </message>
    <message>
        <source>The herald-relay that receives Meta&apos;s webhooks and feeds delivery statuses to Herald</source>
        <translation>O herald-relay que recebe os webhooks da Meta e repassa os status de entrega ao Herald</translation>
    </message>
    <message>
        <source>The feed token printed by herald-relay</source>
        <translation>O token de feed exibido pelo herald-relay</translation>
    </message>
    <message>
        <source>&amp;Relay URL:</source>
        <translation>URL do re&amp;lay:</translation>
    </message>
    <message>
        <source>Relay &amp;feed token:</source>
        <translation>Token de &amp;feed do relay:</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nova conta</translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation>A conta precisa de um nome.</translation>
    </message>
    <message>
        <source>Graph API URL</source>
        <translation>URL da Graph API</translation>
    </message>
    <message>
        <source>Write the version like v23.0.</source>
        <translation>Escreva a versão assim: v23.0.</translation>
    </message>
    <message>
        <source>Only digits.</source>
        <translation>Somente dígitos.</translation>
    </message>
    <message>
        <source>Relay URL</source>
        <translation>URL do relay</translation>
    </message>
    <message>
        <source>The name this number goes by in campaigns and reports</source>
        <translation>O nome com que este número aparece nas campanhas e nos relatórios</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>%1 is empty; enter an https:// address.</source>
        <translation>%1 está vazio; digite um endereço https://.</translation>
    </message>
    <message>
        <source>%1 %2 is not a valid address; enter it like https://example.com.</source>
        <translation>%1 %2 não é um endereço válido; digite-o como https://exemplo.com.br.</translation>
    </message>
    <message>
        <source>%1 contains a user name or password before “@” (the host is %2); enter the address without it, like https://%2. Tokens are stored with “Set token”, never in the URL.</source>
        <translation>%1 contém um nome de usuário ou senha antes do “@” (o host é %2); digite o endereço sem eles, como https://%2. Os tokens são guardados com “Definir token”, nunca na URL.</translation>
    </message>
    <message>
        <source>%1 %2 uses http:// to a host that is not this computer; tokens would travel unencrypted. Use https://.</source>
        <translation>%1 %2 usa http:// para um host que não é este computador; os tokens trafegariam sem criptografia. Use https://.</translation>
    </message>
    <message>
        <source>%1 %2 must start with https://.</source>
        <translation>%1 %2 deve começar com https://.</translation>
    </message>
    <message>
        <source>The Graph API URL points at %1, which is not Meta&apos;s Graph API (graph.facebook.com): the access token and every message will be sent there. Keep it only if %1 is a proxy you trust.</source>
        <translation>A URL da Graph API aponta para %1, que não é a Graph API da Meta (graph.facebook.com): o token de acesso e todas as mensagens serão enviados para lá. Mantenha-a só se %1 for um proxy de sua confiança.</translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation>A conta precisa de um nome.</translation>
    </message>
    <message>
        <source>Relay URL</source>
        <translation>URL do relay</translation>
    </message>
    <message>
        <source>Graph API URL</source>
        <translation>URL da Graph API</translation>
    </message>
    <message>
        <source>API version %1 should look like v23.0.</source>
        <translation>A versão da API %1 deveria ser como v23.0.</translation>
    </message>
    <message>
        <source>The sending rate must be between 1 and 1,000 messages per second, not %1.</source>
        <translation>A taxa de envio deve ficar entre 1 e 1.000 mensagens por segundo, não %1.</translation>
    </message>
    <message>
        <source>Unknown messaging tier “%1”: use TIER_50, TIER_250, TIER_1K, TIER_2K, TIER_10K, TIER_100K or TIER_UNLIMITED, as Meta reports the phone number&apos;s messaging limit.</source>
        <translation>Nível de mensagens desconhecido “%1”: use TIER_50, TIER_250, TIER_1K, TIER_2K, TIER_10K, TIER_100K ou TIER_UNLIMITED, como a Meta informa o limite de mensagens do número.</translation>
    </message>
    <message>
        <source>Phone number ID</source>
        <translation>ID do número de telefone</translation>
    </message>
    <message>
        <source>WhatsApp Business Account ID</source>
        <translation>ID da conta do WhatsApp Business</translation>
    </message>
    <message>
        <source>Business portfolio ID</source>
        <translation>ID do portfólio empresarial</translation>
    </message>
    <message>
        <source>%1 “%2” should contain digits only (it is the numeric ID from Meta&apos;s app dashboard, not a phone number).</source>
        <translation>%1 “%2” deve conter somente dígitos (é o ID numérico do painel do app da Meta, não um número de telefone).</translation>
    </message>
    <message>
        <source>No account with id %1.</source>
        <translation>Não há conta com id %1.</translation>
    </message>
</context>
<context>
    <name>AccountTest</name>
    <message>
        <source>The account “%1” has no phone number ID; set it first (account set --phone-number-id).</source>
        <translation>A conta “%1” não tem ID do número de telefone; defina-o primeiro (account set --phone-number-id).</translation>
    </message>
    <message>
        <source>Sandbox account: simulated WhatsApp Cloud API, nothing leaves this computer.</source>
        <translation>Conta sandbox: API de Nuvem do WhatsApp simulada, nada sai deste computador.</translation>
    </message>
    <message>
        <source>Connected: %1 (%2), quality %3.</source>
        <translation>Conectado: %1 (%2), qualidade %3.</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Sending accounts</source>
        <translation>Contas de envio</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Adicionar conta</translation>
    </message>
    <message>
        <source>Add a sending account</source>
        <translation>Adicionar uma conta de envio</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Tornar padrão</translation>
    </message>
    <message>
        <source>New campaigns and template syncs use the default account</source>
        <translation>Novas campanhas e sincronizações de modelos usam a conta padrão</translation>
    </message>
    <message>
        <source>The WhatsApp numbers Herald sends from.</source>
        <translation>Os números de WhatsApp dos quais o Herald envia.</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Reverter</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Cannot read the accounts: %1</source>
        <translation>Não foi possível ler as contas: %1</translation>
    </message>
    <message>
        <source>%1
%2 · default</source>
        <translation>%1
%2 · padrão</translation>
    </message>
    <message>
        <source>The default account</source>
        <translation>A conta padrão</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>The account “%1” has unsaved changes. Save them?</source>
        <translation>A conta “%1” tem alterações não salvas. Salvar?</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Alterações não salvas.</translation>
    </message>
    <message>
        <source>New account: fill in the fields and save it.</source>
        <translation>Nova conta: preencha os campos e salve.</translation>
    </message>
    <message>
        <source>Not Meta&apos;s Graph API</source>
        <translation>Não é a Graph API da Meta</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Salvar mesmo assim?</translation>
    </message>
    <message>
        <source>Not saved: the Graph API URL was not confirmed.</source>
        <translation>Não salvo: a URL da Graph API não foi confirmada.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <source>Account “%1” saved.</source>
        <translation>Conta “%1” salva.</translation>
    </message>
    <message>
        <source>New account
(not saved)</source>
        <translation>Nova conta
(não salva)</translation>
    </message>
    <message>
        <source>The default account could not be changed: %1</source>
        <translation>Não foi possível mudar a conta padrão: %1</translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <source>Expected “and” or “or” before %1 in the audience.</source>
        <translation>Esperava “and” ou “or” antes de %1 no público.</translation>
    </message>
    <message>
        <source>Unknown audience term %1: use all, tag:NAME, attr:KEY=VALUE, campaign:ID:STAT, run:ID:STAT[:CODE], not, and, or.</source>
        <translation>Termo de público desconhecido %1: use all, tag:NOME, attr:CHAVE=VALOR, campaign:ID:ESTAT, run:ID:ESTAT[:CÓDIGO], not, and, or.</translation>
    </message>
    <message>
        <source>The audience %1 ends without a condition.</source>
        <translation>O público %1 termina sem uma condição.</translation>
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
        <translation>foram contatados na %1</translation>
    </message>
    <message>
        <source>were not messaged in %1</source>
        <translation>não foram contatados na %1</translation>
    </message>
    <message>
        <source>were sent %1</source>
        <translation>tiveram a mensagem da %1 enviada</translation>
    </message>
    <message>
        <source>were not sent %1</source>
        <translation>não tiveram a mensagem da %1 enviada</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>receberam a %1</translation>
    </message>
    <message>
        <source>did not receive %1</source>
        <translation>não receberam a %1</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>leram a %1</translation>
    </message>
    <message>
        <source>did not read %1</source>
        <translation>não leram a %1</translation>
    </message>
    <message>
        <source>replied to %1</source>
        <translation>responderam à %1</translation>
    </message>
    <message>
        <source>did not reply to %1</source>
        <translation>não responderam à %1</translation>
    </message>
    <message>
        <source>could not be sent %1</source>
        <translation>tiveram falha no envio da %1</translation>
    </message>
    <message>
        <source>were not among the failures of %1</source>
        <translation>não estavam entre as falhas da %1</translation>
    </message>
    <message>
        <source>were found not to be on WhatsApp by %1</source>
        <translation>foram identificados pela %1 como sem WhatsApp</translation>
    </message>
    <message>
        <source>were not found off WhatsApp by %1</source>
        <translation>não foram identificados pela %1 como sem WhatsApp</translation>
    </message>
    <message>
        <source>are still waiting for %1</source>
        <translation>ainda aguardam a %1</translation>
    </message>
    <message>
        <source>are not waiting for %1</source>
        <translation>não estão aguardando a %1</translation>
    </message>
    <message>
        <source>campaign #%1</source>
        <translation>campanha nº %1</translation>
    </message>
    <message>
        <source>campaign %1</source>
        <translation>campanha %1</translation>
    </message>
    <message>
        <source>run #%1</source>
        <translation>campanha do envio nº %1</translation>
    </message>
    <message>
        <source>run %1 of %2</source>
        <translation>%2 (envio %1)</translation>
    </message>
    <message>
        <source>no answer from the network</source>
        <translation>sem resposta da rede</translation>
    </message>
    <message>
        <source>%1 (error %2: %3)</source>
        <translation>%1 (erro %2: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n contact(s))</source>
        <translation>
            <numerusform>%1 (%n contato)</numerusform>
            <numerusform>%1 (%n contatos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom audience: %1</source>
        <translation>Público personalizado: %1</translation>
    </message>
    <message>
        <source>Everyone who opted in</source>
        <translation>Todos que se inscreveram</translation>
    </message>
    <message>
        <source>are no one</source>
        <translation>não são nenhum contato</translation>
    </message>
    <message>
        <source>are any contact</source>
        <translation>são qualquer contato</translation>
    </message>
    <message>
        <source>are not tagged %1</source>
        <translation>não têm a etiqueta %1</translation>
    </message>
    <message>
        <source>are tagged %1</source>
        <translation>têm a etiqueta %1</translation>
    </message>
    <message>
        <source>do not have %1 %2</source>
        <translation>não têm %1 igual a %2</translation>
    </message>
    <message>
        <source>have %1 %2</source>
        <translation>têm %1 igual a %2</translation>
    </message>
    <message>
        <source>it</source>
        <translation>mesma</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>%1 but %2</source>
        <translation>%1, mas %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>Contacts who %1</source>
        <translation>Contatos que %1</translation>
    </message>
</context>
<context>
    <name>BusinessEventStore</name>
    <message>
        <source>The event has no name.</source>
        <translation>O evento não tem nome.</translation>
    </message>
    <message>
        <source>The event name is %1 characters long; at most %2 are allowed.</source>
        <translation>O nome do evento tem %1 caracteres; são permitidos no máximo %2.</translation>
    </message>
    <message>
        <source>The event name contains a control character (such as a line break); use letters, digits and _.</source>
        <translation>O nome do evento contém um caractere de controle (como uma quebra de linha); use letras, dígitos e _.</translation>
    </message>
    <message>
        <source>The event&apos;s occurred_at is not a time.</source>
        <translation>O occurred_at do evento não é um horário.</translation>
    </message>
    <message>
        <source>The event&apos;s data is not a JSON object.</source>
        <translation>Os dados do evento não são um objeto JSON.</translation>
    </message>
    <message>
        <source>The phone number is not usable: %1</source>
        <translation>O número de telefone não pode ser usado: %1</translation>
    </message>
    <message>
        <source>The event was not stored.</source>
        <translation>O evento não foi armazenado.</translation>
    </message>
    <message>
        <source>the event has no phone number (the order gave none for the customer, billing or shipping)</source>
        <translation>o evento não tem número de telefone (o pedido não informou nenhum para o cliente, a cobrança ou a entrega)</translation>
    </message>
    <message>
        <source>the phone number “%1” cannot be read%2: %3</source>
        <translation>o número de telefone “%1” não pode ser lido%2: %3</translation>
    </message>
    <message>
        <source> as a number of %1</source>
        <translation> como um número de %1</translation>
    </message>
</context>
<context>
    <name>CampaignAudiencePage</name>
    <message>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Who gets the message. Opted-out contacts and contacts who never opted in are never sent to.</source>
        <translation>Quem recebe a mensagem. Contatos descadastrados e contatos que nunca se inscreveram nunca recebem envios.</translation>
    </message>
    <message>
        <source>&amp;Every opted-in contact</source>
        <translation>&amp;Todos os contatos inscritos</translation>
    </message>
    <message>
        <source>A &amp;segment: contacts with tags or attribute values</source>
        <translation>Um &amp;segmento: contatos com etiquetas ou valores de atributo</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Junção</translation>
    </message>
    <message>
        <source>Not</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condição</translation>
    </message>
    <message>
        <source>Tag or attribute</source>
        <translation>Etiqueta ou atributo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Add &amp;condition</source>
        <translation>Adicionar &amp;condição</translation>
    </message>
    <message>
        <source>&amp;Remove condition</source>
        <translation>&amp;Remover condição</translation>
    </message>
    <message>
        <source>&amp;Retarget the recipients of an earlier campaign</source>
        <translation>Re&amp;impactar os destinatários de uma campanha anterior</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Campanha:</translation>
    </message>
    <message>
        <source>Counted as:</source>
        <translation>Contado como:</translation>
    </message>
    <message>
        <source>but &amp;not</source>
        <translation>mas &amp;não</translation>
    </message>
    <message>
        <source>e.g. tag:vip and not campaign:7:replied</source>
        <translation>ex.: tag:vip and not campaign:7:replied</translation>
    </message>
    <message>
        <source>attempted</source>
        <translation>tentado</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregue</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lido</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>respondido</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>com falha</translation>
    </message>
    <message>
        <source>unqualified (not on WhatsApp)</source>
        <translation>não qualificado (sem WhatsApp)</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <source>There is no earlier campaign to retarget yet.</source>
        <translation>Ainda não há campanha anterior para reimpactar.</translation>
    </message>
    <message>
        <source>and</source>
        <translation>e</translation>
    </message>
    <message>
        <source>or</source>
        <translation>ou</translation>
    </message>
    <message>
        <source>not</source>
        <translation>não</translation>
    </message>
    <message>
        <source>has tag</source>
        <translation>tem a etiqueta</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>atributo</translation>
    </message>
    <message>
        <source>The tag&apos;s name, or the attribute&apos;s key</source>
        <translation>O nome da etiqueta ou a chave do atributo</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) will get the message.</source>
        <translation>
            <numerusform>%n contato receberá a mensagem.</numerusform>
            <numerusform>%n contatos receberão a mensagem.</numerusform>
        </translation>
    </message>
    <message>
        <source>No matching contact is excluded.</source>
        <translation>Nenhum contato correspondente foi excluído.</translation>
    </message>
    <message>
        <source>Excluded: %1 opted out, %2 never opted in (never sent to).</source>
        <translation>Excluídos: %1 descadastrados, %2 nunca se inscreveram (nunca recebem envios).</translation>
    </message>
    <message>
        <source>&amp;Advanced: an audience expression</source>
        <translation>&amp;Avançado: uma expressão de público</translation>
    </message>
    <message>
        <source>Audience conditions</source>
        <translation>Condições do público</translation>
    </message>
    <message>
        <source>For power users: all, tag:NAME, attr:KEY=VALUE, campaign:ID:STAT, run:ID:STAT, joined with and, or, not</source>
        <translation>Para usuários avançados: all, tag:NOME, attr:CHAVE=VALOR, campaign:ID:STAT, run:ID:STAT, combinados com and, or, not</translation>
    </message>
</context>
<context>
    <name>CampaignChecks</name>
    <message>
        <source>a draft not yet submitted</source>
        <translation>um rascunho ainda não enviado para análise</translation>
    </message>
    <message>
        <source>The audience term “%1” names campaign %2, which does not exist; see herald-cli campaign list.</source>
        <translation>O termo de público “%1” cita a campanha %2, que não existe; veja herald-cli campaign list.</translation>
    </message>
    <message>
        <source>The audience term “%1” names run %2, which does not exist; check the run ID.</source>
        <translation>O termo de público “%1” cita o envio %2, que não existe; confira o ID do envio.</translation>
    </message>
    <message>
        <source>The send time %1 has already passed: it is now %2 in %3. Give a later time.</source>
        <translation>O horário de envio %1 já passou: agora são %2 em %3. Informe um horário posterior.</translation>
    </message>
    <message>
        <source>There is no template “%1” in language %2 for this account. Sync the templates first.</source>
        <translation>Não há modelo “%1” no idioma %2 para esta conta. Sincronize os modelos primeiro.</translation>
    </message>
    <message>
        <source>The template “%1” (%2) is %3, so nothing can be sent with it; only APPROVED templates can be used. Check its status in WhatsApp Manager and sync the templates, or choose another template.</source>
        <translation>O modelo “%1” (%2) está %3, então nada pode ser enviado com ele; só modelos APPROVED podem ser usados. Verifique o status no WhatsApp Manager e sincronize os modelos, ou escolha outro modelo.</translation>
    </message>
</context>
<context>
    <name>CampaignCost</name>
    <message>
        <source>There is no run %1.</source>
        <translation>Não há envio %1.</translation>
    </message>
</context>
<context>
    <name>CampaignLock</name>
    <message>
        <source>Campaign %1 is being sent by another Herald process (%2, process %3 on %4). Wait until it has finished, or pause or stop it there.</source>
        <translation>A campanha %1 está sendo enviada por outro processo do Herald (%2, processo %3 em %4). Espere terminar, ou pause ou pare a campanha por lá.</translation>
    </message>
    <message>
        <source>Campaign %1 is being sent by another Herald process. Wait until it has finished, or pause or stop it there.</source>
        <translation>A campanha %1 está sendo enviada por outro processo do Herald. Espere terminar, ou pause ou pare a campanha por lá.</translation>
    </message>
    <message>
        <source>Cannot take the lock %1: check that the workspace&apos;s folder is writable (or its server reachable).</source>
        <translation>Não foi possível obter a trava %1: verifique se a pasta do espaço de trabalho permite gravação (ou se o servidor dele está acessível).</translation>
    </message>
</context>
<context>
    <name>CampaignNumbers</name>
    <message>
        <source>There is no account with id %1: pick the campaign&apos;s numbers from herald-cli account list.</source>
        <translation>Não há conta com o ID %1: escolha os números da campanha em herald-cli account list.</translation>
    </message>
    <message>
        <source>Account “%1” belongs to another business portfolio than “%2”: a campaign spreads its audience only over numbers of one portfolio (set both with herald-cli account set --portfolio).</source>
        <translation>A conta “%1” pertence a um portfólio empresarial diferente do de “%2”: uma campanha só distribui seu público entre números de um mesmo portfólio (defina o das duas com herald-cli account set --portfolio).</translation>
    </message>
    <message>
        <source>Account “%1” has no template “%2” in language %3 (templates belong to a WhatsApp Business account): sync its templates (herald-cli templates sync --account %1) or leave it out.</source>
        <translation>A conta “%1” não tem o modelo “%2” no idioma %3 (os modelos pertencem a uma conta do WhatsApp Business): sincronize os modelos dela (herald-cli templates sync --account %1) ou retire-a da campanha.</translation>
    </message>
</context>
<context>
    <name>CampaignPreflightPage</name>
    <message>
        <source>Pre-flight check</source>
        <translation>Verificação prévia</translation>
    </message>
    <message>
        <source>Everything Herald checks before a start. Problems must be fixed; warnings are yours to weigh.</source>
        <translation>Tudo o que o Herald confere antes de iniciar. Problemas precisam ser corrigidos; avisos ficam a seu critério.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Verificar &amp;novamente</translation>
    </message>
    <message>
        <source>Edit rate &amp;card…</source>
        <translation>Editar tabela de &amp;preços…</translation>
    </message>
    <message>
        <source>Send &amp;test…</source>
        <translation>Enviar &amp;teste…</translation>
    </message>
    <message>
        <source>&amp;Start sending when I click Finish</source>
        <translation>&amp;Começar a enviar quando eu clicar em Concluir</translation>
    </message>
</context>
<context>
    <name>CampaignRunControl</name>
    <message>
        <source>Cannot start the campaign</source>
        <translation>Não foi possível iniciar a campanha</translation>
    </message>
    <message>
        <source>“%1” is active: it sends when its event arrives.</source>
        <translation>“%1” está ativa: envia quando o evento chegar.</translation>
    </message>
    <message>
        <source>“%1” is scheduled; next run %2.</source>
        <translation>“%1” está agendada; próximo envio %2.</translation>
    </message>
    <message>
        <source>“%1” is active.</source>
        <translation>“%1” está ativa.</translation>
    </message>
    <message>
        <source>Already sent</source>
        <translation>Já enviada</translation>
    </message>
    <message>
        <source>“%1” was already sent. Herald never sends a campaign twice.</source>
        <translation>“%1” já foi enviada. O Herald nunca envia uma campanha duas vezes.</translation>
    </message>
    <message>
        <source>Nobody left to send to</source>
        <translation>Ninguém mais para receber</translation>
    </message>
    <message>
        <source>Run %1 of “%2” was stopped, and nobody it did not reach may still get the message.</source>
        <translation>O envio %1 de “%2” foi parado, e ninguém que ele não alcançou ainda pode receber a mensagem.</translation>
    </message>
    <message>
        <source>New run for the recipients not reached</source>
        <translation>Novo envio para os destinatários não alcançados</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 of “%2” stays stopped. Send the message to the %n recipient(s) it did not reach, in a new run?</source>
        <translation>
            <numerusform>O envio %1 de “%2” continua parado. Enviar a mensagem para o %n destinatário que ele não alcançou, em um novo envio?</numerusform>
            <numerusform>O envio %1 de “%2” continua parado. Enviar a mensagem para os %n destinatários que ele não alcançou, em um novo envio?</numerusform>
        </translation>
    </message>
    <message>
        <source>Send new run</source>
        <translation>Fazer novo envio</translation>
    </message>
    <message>
        <source>Already sending</source>
        <translation>Já está enviando</translation>
    </message>
    <message>
        <source>Planned %1 recipients (%2 skipped).</source>
        <translation>%1 destinatários planejados (%2 ignorados).</translation>
    </message>
    <message>
        <source>Cannot pause the campaign</source>
        <translation>Não foi possível pausar a campanha</translation>
    </message>
    <message>
        <source>Stop campaign</source>
        <translation>Parar campanha</translation>
    </message>
    <message>
        <source>Stop “%1”? No further runs start; a run sending now is stopped too. You can start it again later.</source>
        <translation>Parar “%1”? Nenhum novo envio começa; um envio em andamento também é parado. Você pode iniciá-la de novo depois.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Cannot stop the campaign</source>
        <translation>Não foi possível parar a campanha</translation>
    </message>
    <message>
        <source>Stop sending “%1”? Recipients not reached yet will not get the message from this run; those already sent keep their delivery reports.</source>
        <translation>Parar de enviar “%1”? Os destinatários ainda não alcançados não receberão a mensagem neste envio; os que já receberam mantêm seus relatórios de entrega.</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Parar envio</translation>
    </message>
</context>
<context>
    <name>CampaignRunPanel</name>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>Em trânsito</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Incerto</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>Send rate:</source>
        <translation>Taxa de envio:</translation>
    </message>
    <message>
        <source>Daily headroom:</source>
        <translation>Folga diária:</translation>
    </message>
    <message>
        <source>Failures:</source>
        <translation>Falhas:</translation>
    </message>
    <message>
        <source>Template %1 (%2) · account %3 · audience: %4</source>
        <translation>Modelo %1 (%2) · conta %3 · público: %4</translation>
    </message>
    <message>
        <source>Not sent yet — Start plans the recipients and sends</source>
        <translation>Ainda não enviada — Iniciar planeja os destinatários e envia</translation>
    </message>
    <message>
        <source>%1 messages/s — slowed to %2/s after WhatsApp asked to slow down</source>
        <translation>%1 mensagens/s — reduzido para %2/s depois que o WhatsApp pediu para desacelerar</translation>
    </message>
    <message>
        <source>%1 messages/s (limit %2/s)</source>
        <translation>%1 mensagens/s (limite %2/s)</translation>
    </message>
    <message>
        <source>Not sending</source>
        <translation>Sem envio</translation>
    </message>
    <message>
        <source>The campaign&apos;s account no longer exists.</source>
        <translation>A conta da campanha não existe mais.</translation>
    </message>
    <message>
        <source>no provider code</source>
        <translation>sem código do provedor</translation>
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
        <translation>Nenhuma</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) uncertain: the message was handed to the network but no answer came back (a timeout or Herald was closed), so it may or may not have arrived. Their delivery reports will settle them; Herald never sends them again on its own.</source>
        <translation>
            <numerusform>%n destinatário incerto: a mensagem foi entregue à rede, mas nenhuma resposta voltou (tempo esgotado ou o Herald foi fechado), então ela pode ter chegado ou não. Os relatórios de entrega vão esclarecer; o Herald nunca a reenvia por conta própria.</numerusform>
            <numerusform>%n destinatários incertos: a mensagem foi entregue à rede, mas nenhuma resposta voltou (tempo esgotado ou o Herald foi fechado), então ela pode ter chegado ou não. Os relatórios de entrega vão esclarecer; o Herald nunca a reenvia por conta própria.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped by WhatsApp error %1</source>
        <translation>Parada pelo erro %1 do WhatsApp</translation>
    </message>
    <message>
        <source>Paused by WhatsApp error %1</source>
        <translation>Pausada pelo erro %1 do WhatsApp</translation>
    </message>
    <message>
        <source>Why it stopped</source>
        <translation>Por que parou</translation>
    </message>
    <message>
        <source>Why it paused</source>
        <translation>Por que pausou</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>O que fazer:</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s error reference</source>
        <translation>Referência de erros do WhatsApp</translation>
    </message>
    <message>
        <source>Accepted, no report yet</source>
        <translation>Aceito, ainda sem relatório</translation>
    </message>
    <message>
        <source>Sent, not delivered yet</source>
        <translation>Enviado, ainda não entregue</translation>
    </message>
    <message>
        <source>Delivered, not read</source>
        <translation>Entregue, não lido</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop preparing the run: nothing is planned or sent, and the campaign can be started again</source>
        <translation>Parar a preparação do envio: nada é planejado nem enviado, e a campanha pode ser iniciada de novo</translation>
    </message>
    <message>
        <source>Audience expression: %1</source>
        <translation>Expressão de público: %1</translation>
    </message>
    <message>
        <source>Preparing %1 of %2 recipients…</source>
        <translation>Preparando %1 de %2 destinatários…</translation>
    </message>
</context>
<context>
    <name>CampaignRunner</name>
    <message>
        <source>Another Herald sender (%1, process %2) is already sending campaign run %3.</source>
        <translation>Outro remetente do Herald (%1, processo %2) já está enviando o envio %3 da campanha.</translation>
    </message>
    <message>
        <source>Cannot take the lock %1.</source>
        <translation>Não foi possível obter a trava %1.</translation>
    </message>
</context>
<context>
    <name>CampaignStats</name>
    <message>
        <source>Could not read the campaign timeline: %1</source>
        <translation>Não foi possível ler a linha do tempo da campanha: %1</translation>
    </message>
    <message>
        <source>Could not read the campaign timeline: the workspace is not open.</source>
        <translation>Não foi possível ler a linha do tempo da campanha: o espaço de trabalho não está aberto.</translation>
    </message>
    <message>
        <source>Could not read the runs: %1</source>
        <translation>Não foi possível ler os envios: %1</translation>
    </message>
    <message>
        <source>Could not read the run: %1</source>
        <translation>Não foi possível ler o envio: %1</translation>
    </message>
    <message>
        <source>There is no run %1.</source>
        <translation>Não há envio %1.</translation>
    </message>
    <message>
        <source>Could not read the campaign statistics: %1</source>
        <translation>Não foi possível ler as estatísticas da campanha: %1</translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message>
        <source>The campaign needs a name.</source>
        <translation>A campanha precisa de um nome.</translation>
    </message>
    <message>
        <source>There is no template “%1” in language %2 for this account. Sync the templates first (herald-cli templates sync).</source>
        <translation>Não há modelo “%1” no idioma %2 para esta conta. Sincronize os modelos primeiro (herald-cli templates sync).</translation>
    </message>
    <message>
        <source>Unknown campaign type “%1”: use once, scheduled, recurring or triggered.</source>
        <translation>Tipo de campanha desconhecido “%1”: use once, scheduled, recurring ou triggered.</translation>
    </message>
    <message>
        <source>There is no campaign with id %1.</source>
        <translation>Não há campanha com id %1.</translation>
    </message>
    <message>
        <source>Cannot read the runs of campaign %1: %2</source>
        <translation>Não foi possível ler os envios da campanha %1: %2</translation>
    </message>
    <message>
        <source>Campaign %1 already has an unfinished run (run %2, %3); continue or stop that run first.</source>
        <translation>A campanha %1 já tem um envio não concluído (envio %2, %3); continue ou pare esse envio primeiro.</translation>
    </message>
    <message>
        <source>The template “%1” (%2) is no longer in the workspace; sync the templates.</source>
        <translation>O modelo “%1” (%2) não está mais no espaço de trabalho; sincronize os modelos.</translation>
    </message>
    <message>
        <source>The template “%1” (%2) is %3; only APPROVED templates can be sent.</source>
        <translation>O modelo “%1” (%2) está %3; só modelos APPROVED podem ser enviados.</translation>
    </message>
    <message>
        <source>deleted upstream</source>
        <translation>excluído na origem</translation>
    </message>
    <message>
        <source>Could not plan the retry: %1</source>
        <translation>Não foi possível planejar a nova tentativa: %1</translation>
    </message>
    <message>
        <source>There is no run %1.</source>
        <translation>Não há envio %1.</translation>
    </message>
    <message>
        <source>The run is still sending (%1). Retry its failures once it has sent or was stopped.</source>
        <translation>O envio ainda está em andamento (%1). Tente de novo as falhas depois que ele terminar ou for parado.</translation>
    </message>
    <message>
        <source>A retry of this run is already waiting to be sent (run %1).</source>
        <translation>Uma nova tentativa deste envio já está esperando para ser enviada (envio %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) would fail again</source>
        <translation>
            <numerusform>%n falha falharia de novo</numerusform>
            <numerusform>%n falhas falhariam de novo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n must wait until %1</source>
        <translation>
            <numerusform>%n precisa esperar até %1</numerusform>
            <numerusform>%n precisam esperar até %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opted out or were deleted</source>
        <translation>
            <numerusform>%n se descadastrou ou foi excluído</numerusform>
            <numerusform>%n se descadastraram ou foram excluídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were retried already</source>
        <translation>
            <numerusform>%n já teve nova tentativa</numerusform>
            <numerusform>%n já tiveram nova tentativa</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to retry: the run has no failures.</source>
        <translation>Nada para tentar de novo: o envio não tem falhas.</translation>
    </message>
    <message>
        <source>Nothing to retry now: %1.</source>
        <translation>Nada para tentar de novo agora: %1.</translation>
    </message>
    <message>
        <source>Cannot read the recipients of run %1: %2</source>
        <translation>Não foi possível ler os destinatários do envio %1: %2</translation>
    </message>
    <message>
        <source>Run %1 is %2, not stopped: only a stopped run leaves recipients for a new run.</source>
        <translation>O envio %1 está %2, não parado: só um envio parado deixa destinatários para um novo envio.</translation>
    </message>
    <message numerus="yes">
        <source>Nobody is left to send to: the %n recipient(s) run %1 did not reach have opted out or were deleted.</source>
        <translation>
            <numerusform>Não sobrou ninguém para receber: o %n destinatário que o envio %1 não alcançou se descadastrou ou foi excluído.</numerusform>
            <numerusform>Não sobrou ninguém para receber: os %n destinatários que o envio %1 não alcançou se descadastraram ou foram excluídos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is left to send to: run %1 reached every recipient before it was stopped.</source>
        <translation>Não sobrou ninguém para receber: o envio %1 alcançou todos os destinatários antes de ser parado.</translation>
    </message>
    <message>
        <source>Planning the run of campaign %1 was cancelled; nothing was planned.</source>
        <translation>O planejamento do envio da campanha %1 foi cancelado; nada foi planejado.</translation>
    </message>
</context>
<context>
    <name>CampaignTableModel</name>
    <message>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Último envio</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation>Tentados</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregues</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lidos</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Respondidos</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation>Não qualificados</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Waiting for events</source>
        <translation>Aguardando eventos</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Agendada</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Recorrente</translation>
    </message>
    <message>
        <source>Triggered</source>
        <translation>Por evento</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Única</translation>
    </message>
    <message>
        <source>Who the campaign is for, and how many recipients its newest run has</source>
        <translation>Para quem é a campanha e quantos destinatários tem o envio mais recente dela</translation>
    </message>
    <message>
        <source>Recipients the newest run is done with (sent, failed or skipped), of all of them</source>
        <translation>Destinatários já concluídos pelo envio mais recente (enviados, com falha ou ignorados), do total</translation>
    </message>
    <message>
        <source>Recipients the newest run tried to send to</source>
        <translation>Destinatários para quem o envio mais recente tentou enviar</translation>
    </message>
    <message>
        <source>Messages WhatsApp reported sent, including those delivered and read</source>
        <translation>Mensagens que o WhatsApp informou como enviadas, incluindo as entregues e as lidas</translation>
    </message>
    <message>
        <source>Messages that reached the phone, including those read</source>
        <translation>Mensagens que chegaram ao telefone, incluindo as lidas</translation>
    </message>
    <message>
        <source>Messages opened (only people with read receipts on)</source>
        <translation>Mensagens abertas (só de pessoas com a confirmação de leitura ativada)</translation>
    </message>
    <message>
        <source>Recipients who wrote back within 72 hours, including those who opted out</source>
        <translation>Destinatários que responderam em até 72 horas, incluindo os que se descadastraram</translation>
    </message>
    <message>
        <source>Messages that could not be sent, including Unqualified</source>
        <translation>Mensagens que não puderam ser enviadas, incluindo as Não qualificadas</translation>
    </message>
    <message>
        <source>Part of Failed: numbers without a WhatsApp account</source>
        <translation>Parte de Com falha: números sem conta no WhatsApp</translation>
    </message>
    <message>
        <source>%1 of %2 handled</source>
        <translation>%1 de %2 processados</translation>
    </message>
    <message>
        <source>%1
Audience expression: %2</source>
        <translation>%1
Expressão de público: %2</translation>
    </message>
</context>
<context>
    <name>CampaignTemplatePage</name>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Name the campaign, choose an approved template and say where each of its values comes from.</source>
        <translation>Dê um nome à campanha, escolha um modelo aprovado e diga de onde vem cada um dos seus valores.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>e.g. November order reminders</source>
        <translation>ex.: Lembretes de pedidos de novembro</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Conta:</translation>
    </message>
    <message>
        <source>Search approved templates…</source>
        <translation>Buscar modelos aprovados…</translation>
    </message>
    <message>
        <source>Parameters (source, then the key or text, then a fallback used when the value is empty):</source>
        <translation>Parâmetros (origem, depois a chave ou o texto, depois um valor alternativo usado quando o valor está vazio):</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parâmetro</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Field, attribute, text or event key</source>
        <translation>Campo, atributo, texto ou chave do evento</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Alternativo</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Dê um nome à campanha.</translation>
    </message>
    <message>
        <source>Add an account first (Settings → Accounts).</source>
        <translation>Adicione uma conta primeiro (Configurações → Contas).</translation>
    </message>
    <message>
        <source>Choose an approved template.</source>
        <translation>Escolha um modelo aprovado.</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (sandbox)</translation>
    </message>
    <message>
        <source>This account has no approved templates. Sync the templates on the Templates page, or wait for Meta&apos;s review.</source>
        <translation>Esta conta não tem modelos aprovados. Sincronize os modelos na página Modelos ou aguarde a análise da Meta.</translation>
    </message>
    <message numerus="yes">
        <source>%n approved template(s). Paused, rejected and pending templates cannot be sent and are not listed.</source>
        <translation>
            <numerusform>%n modelo aprovado. Modelos pausados, rejeitados e pendentes não podem ser enviados e não aparecem na lista.</numerusform>
            <numerusform>%n modelos aprovados. Modelos pausados, rejeitados e pendentes não podem ser enviados e não aparecem na lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact field</source>
        <translation>Campo do contato</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Fixed text</source>
        <translation>Texto fixo</translation>
    </message>
    <message>
        <source>Event field</source>
        <translation>Campo do evento</translation>
    </message>
    <message>
        <source>Preview for %1 (%2), the first recipient; values with no source show the template&apos;s examples.</source>
        <translation>Prévia para %1 (%2), o primeiro destinatário; valores sem origem mostram os exemplos do modelo.</translation>
    </message>
    <message>
        <source>a contact without a name</source>
        <translation>um contato sem nome</translation>
    </message>
    <message>
        <source>No contact in the audience yet: the preview shows fallbacks and fixed texts; the rest shows the template&apos;s examples.</source>
        <translation>Ainda não há contato no público: a prévia mostra os valores alternativos e os textos fixos; o resto mostra os exemplos do modelo.</translation>
    </message>
    <message>
        <source>Also send &amp;from:</source>
        <translation>Também enviar &amp;de:</translation>
    </message>
    <message>
        <source>Other numbers of the same business portfolio: the audience is spread over them in proportion to their throughput, and a contact keeps the number it last talked to.</source>
        <translation>Outros números do mesmo portfólio empresarial: o público é distribuído entre eles em proporção à vazão de cada um, e cada contato continua com o número com que falou por último.</translation>
    </message>
    <message>
        <source>%1 (%2 msg/s)</source>
        <translation>%1 (%2 msg/s)</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>The approved templates of the sending account</source>
        <translation>Os modelos aprovados da conta de envio</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Buscar modelos</translation>
    </message>
    <message>
        <source>Template parameters</source>
        <translation>Parâmetros do modelo</translation>
    </message>
    <message>
        <source>What fills each {{n}} of the template, for each recipient</source>
        <translation>O que preenche cada {{n}} do modelo, para cada destinatário</translation>
    </message>
    <message>
        <source>More sending numbers</source>
        <translation>Mais números de envio</translation>
    </message>
    <message>
        <source>Parameter %1</source>
        <translation>Parâmetro %1</translation>
    </message>
</context>
<context>
    <name>CampaignTypePage</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Send once when you start it, at a set time, on a repeating schedule, or whenever an event happens.</source>
        <translation>Envie uma vez ao iniciar, em um horário definido, em uma programação que se repete ou sempre que um evento acontecer.</translation>
    </message>
    <message>
        <source>&amp;Once, when started</source>
        <translation>&amp;Uma vez, ao iniciar</translation>
    </message>
    <message>
        <source>S&amp;cheduled</source>
        <translation>&amp;Agendada</translation>
    </message>
    <message>
        <source>Rec&amp;urring</source>
        <translation>Rec&amp;orrente</translation>
    </message>
    <message>
        <source>&amp;Triggered by an event</source>
        <translation>&amp;Disparada por um evento</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuso horário:</translation>
    </message>
    <message>
        <source>Skip a run that is late by more than:</source>
        <translation>Pular um envio atrasado em mais de:</translation>
    </message>
    <message>
        <source>When no Herald is running at the planned time, a run that would start later than this is skipped and logged, never sent hours late.</source>
        <translation>Quando nenhum Herald estiver rodando no horário planejado, um envio que começaria depois disso é pulado e registrado, nunca enviado com horas de atraso.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Grace window in minutes</source>
        <translation>Tolerância em minutos</translation>
    </message>
    <message>
        <source>The campaign is sent once, when you start it (you can start it from the last page).</source>
        <translation>A campanha é enviada uma vez, quando você a inicia (você pode iniciá-la na última página).</translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation>Data e hora:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>dd/MM/yyyy HH:mm</translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation>Repete:</translation>
    </message>
    <message>
        <source>At:</source>
        <translation>Às:</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Em:</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>seg</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>ter</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>qua</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>qui</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>sex</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>Day of the month:</source>
        <translation>Dia do mês:</translation>
    </message>
    <message>
        <source>Starting:</source>
        <translation>Começando:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>Ending:</source>
        <translation>Terminando:</translation>
    </message>
    <message>
        <source>Event name:</source>
        <translation>Nome do evento:</translation>
    </message>
    <message>
        <source>e.g. order_shipped</source>
        <translation>ex.: pedido_enviado</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Condições:</translation>
    </message>
    <message>
        <source>Event field</source>
        <translation>Campo do evento</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Adicionar condição</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Remover condição</translation>
    </message>
    <message>
        <source>Wait before sending:</source>
        <translation>Esperar antes de enviar:</translation>
    </message>
    <message>
        <source>Unless the event</source>
        <translation>A menos que o evento</translation>
    </message>
    <message>
        <source>e.g. order_cancelled</source>
        <translation>ex.: pedido_cancelado</translation>
    </message>
    <message>
        <source>happens within</source>
        <translation>aconteça em até</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>At most once per contact every:</source>
        <translation>No máximo uma vez por contato a cada:</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Todo dia</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Toda semana</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Todo mês</translation>
    </message>
    <message>
        <source>all must hold</source>
        <translation>todas devem valer</translation>
    </message>
    <message>
        <source>any may hold</source>
        <translation>qualquer uma pode valer</translation>
    </message>
    <message>
        <source>The scheduled time has passed; choose a time in the future.</source>
        <translation>O horário agendado já passou; escolha um horário no futuro.</translation>
    </message>
    <message>
        <source>Name the event that cancels the message, or clear “Unless the event”.</source>
        <translation>Informe o evento que cancela a mensagem, ou desmarque “A menos que o evento”.</translation>
    </message>
    <message>
        <source>Choose a recipe…</source>
        <translation>Escolha uma receita…</translation>
    </message>
    <message>
        <source>&amp;Use recipe</source>
        <translation>&amp;Usar receita</translation>
    </message>
    <message>
        <source>Start from a recipe:</source>
        <translation>Começar por uma receita:</translation>
    </message>
    <message>
        <source>none: orders never opt anyone in</source>
        <translation>nenhum: pedidos nunca inscrevem ninguém</translation>
    </message>
    <message>
        <source>Where the event says the customer agreed to WhatsApp messages. A customer who is not yet a contact is added, and opted in only when this field says yes (true, yes, 1, on, checked, subscribed). An opted-out contact stays opted out.</source>
        <translation>Onde o evento informa que o cliente aceitou receber mensagens pelo WhatsApp. Um cliente que ainda não é contato é adicionado, e só é inscrito quando este campo diz sim (true, yes, 1, on, checked, subscribed). Um contato descadastrado continua descadastrado.</translation>
    </message>
    <message>
        <source>Consent from the order:</source>
        <translation>Consentimento do pedido:</translation>
    </message>
    <message>
        <source>Trigger conditions</source>
        <translation>Condições do gatilho</translation>
    </message>
</context>
<context>
    <name>CampaignWizard</name>
    <message>
        <source>New campaign</source>
        <translation>Nova campanha</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>Editar campanha</translation>
    </message>
    <message>
        <source>Edit campaign “%1”</source>
        <translation>Editar campanha “%1”</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>The pre-flight check found problems; fix them before starting, or save without starting.</source>
        <translation>A verificação prévia encontrou problemas; corrija-os antes de iniciar, ou salve sem iniciar.</translation>
    </message>
    <message>
        <source>The campaign was not saved: %1</source>
        <translation>A campanha não foi salva: %1</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation>Campanhas</translation>
    </message>
    <message>
        <source>Search campaigns, templates, accounts…</source>
        <translation>Buscar campanhas, modelos, contas…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Nova campanha…</translation>
    </message>
    <message>
        <source>Create a campaign in the wizard</source>
        <translation>Criar uma campanha no assistente</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Change the selected campaign</source>
        <translation>Alterar a campanha selecionada</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Send the campaign, or continue its run</source>
        <translation>Enviar a campanha ou continuar seu envio</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Pause sending within a second</source>
        <translation>Pausar o envio em até um segundo</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <source>Continue a paused run</source>
        <translation>Continuar um envio pausado</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>P&amp;arar</translation>
    </message>
    <message>
        <source>Stop the run for good</source>
        <translation>Parar o envio de vez</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Paine&amp;l</translation>
    </message>
    <message>
        <source>See the selected campaign&apos;s performance</source>
        <translation>Ver o desempenho da campanha selecionada</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>Nenhuma campanha ainda</translation>
    </message>
    <message>
        <source>Cannot read the campaigns: %1</source>
        <translation>Não foi possível ler as campanhas: %1</translation>
    </message>
    <message>
        <source>Campaign saved.</source>
        <translation>Campanha salva.</translation>
    </message>
    <message>
        <source>Search campaigns</source>
        <translation>Buscar campanhas</translation>
    </message>
    <message>
        <source>Press Enter on a campaign to open its dashboard</source>
        <translation>Pressione Enter em uma campanha para abrir o painel dela</translation>
    </message>
    <message>
        <source>A campaign sends one approved message template to a group of opted-in contacts: everyone, a tag, or the people who read or ignored an earlier campaign.</source>
        <translation>Uma campanha envia um modelo de mensagem aprovado a um grupo de contatos inscritos: todos, uma etiqueta ou as pessoas que leram ou ignoraram uma campanha anterior.</translation>
    </message>
    <message>
        <source>It then appears here, ready to Start.</source>
        <translation>Ela aparece aqui em seguida, pronta para Iniciar.</translation>
    </message>
    <message>
        <source>Select a campaign to follow its run: progress, send rate, daily headroom and why a run paused or stopped.
To add a campaign: New campaign… (Ctrl+N).</source>
        <translation>Selecione uma campanha para acompanhar o envio: progresso, taxa de envio, folga diária e por que um envio pausou ou parou.
Para adicionar uma campanha: Nova campanha… (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>sandbox or cloud-api.</source>
        <translation>sandbox ou cloud-api.</translation>
    </message>
    <message>
        <source>Graph API base URL (default https://graph.facebook.com).</source>
        <translation>URL base da Graph API (padrão https://graph.facebook.com).</translation>
    </message>
    <message>
        <source>Graph API version, e.g. v23.0.</source>
        <translation>Versão da Graph API, ex.: v23.0.</translation>
    </message>
    <message>
        <source>The business phone number&apos;s ID.</source>
        <translation>O ID do número de telefone comercial.</translation>
    </message>
    <message>
        <source>The WhatsApp Business Account ID.</source>
        <translation>O ID da conta do WhatsApp Business.</translation>
    </message>
    <message>
        <source>The herald-relay feed URL.</source>
        <translation>A URL de feed do herald-relay.</translation>
    </message>
    <message>
        <source>Meta&apos;s messaging limit for the number: TIER_250, TIER_2K, TIER_10K, TIER_100K or TIER_UNLIMITED (unique recipients per 24 h).</source>
        <translation>Limite de mensagens da Meta para o número: TIER_250, TIER_2K, TIER_10K, TIER_100K ou TIER_UNLIMITED (destinatários únicos por 24 h).</translation>
    </message>
    <message>
        <source>Messages per second the number may send (80 by default, up to 1000).</source>
        <translation>Mensagens por segundo que o número pode enviar (80 por padrão, até 1000).</translation>
    </message>
    <message>
        <source>Meta business portfolio ID: accounts of one portfolio share one daily messaging limit (&apos;&apos; = grouped by WABA ID).</source>
        <translation>ID do portfólio empresarial da Meta: contas de um portfólio compartilham um limite diário de mensagens (&apos;&apos; = agrupadas pelo ID da WABA).</translation>
    </message>
    <message>
        <source>on (default) or off: resend uncertain messages automatically once the account&apos;s delivery reports prove the feed is flowing.</source>
        <translation>on (padrão) ou off: reenviar mensagens incertas automaticamente quando os relatórios de entrega da conta provarem que o feed está funcionando.</translation>
    </message>
    <message>
        <source>account set takes no positional arguments (secrets go through account set-secret).</source>
        <translation>account set não aceita argumentos posicionais (segredos são definidos com account set-secret).</translation>
    </message>
    <message>
        <source>--kind must be sandbox or cloud-api, not “%1”.</source>
        <translation>--kind deve ser sandbox ou cloud-api, não “%1”.</translation>
    </message>
    <message>
        <source>A new account needs --kind sandbox|cloud-api.</source>
        <translation>Uma conta nova precisa de --kind sandbox|cloud-api.</translation>
    </message>
    <message>
        <source>--max-rate must be a whole number of messages per second.</source>
        <translation>--max-rate deve ser um número inteiro de mensagens por segundo.</translation>
    </message>
    <message>
        <source>--auto-resolve must be on or off, not “%1”.</source>
        <translation>--auto-resolve deve ser on ou off, não “%1”.</translation>
    </message>
    <message>
        <source>The account was not saved: %1</source>
        <translation>A conta não foi salva: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Account “%1” updated.</source>
        <translation>Conta “%1” atualizada.</translation>
    </message>
    <message>
        <source>Account “%1” created.</source>
        <translation>Conta “%1” criada.</translation>
    </message>
    <message>
        <source>daily limit: %1</source>
        <translation>limite diário: %1</translation>
    </message>
    <message>
        <source>Seconds to wait for the Graph API (default 30).</source>
        <translation>Segundos de espera pela Graph API (padrão 30).</translation>
    </message>
    <message>
        <source>access-token, relay-feed-token, relay-app-secret or relay-ingest-token.</source>
        <translation>access-token, relay-feed-token, relay-app-secret ou relay-ingest-token.</translation>
    </message>
    <message>
        <source>account set-secret needs the secret&apos;s name; the value is read from standard input.</source>
        <translation>account set-secret precisa do nome do segredo; o valor é lido da entrada padrão.</translation>
    </message>
    <message>
        <source>Unknown secret “%1”: use access-token, relay-feed-token, relay-app-secret or relay-ingest-token.</source>
        <translation>Segredo desconhecido “%1”: use access-token, relay-feed-token, relay-app-secret ou relay-ingest-token.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Não foi possível ler a entrada padrão.</translation>
    </message>
    <message>
        <source>No value on standard input. Pipe the secret in, e.g. herald-cli account set-secret %1 &lt; file</source>
        <translation>Nenhum valor na entrada padrão. Envie o segredo por pipe, ex.: herald-cli account set-secret %1 &lt; arquivo</translation>
    </message>
    <message>
        <source>Stored the %1 of account “%2” in the system keychain.</source>
        <translation>O %1 da conta “%2” foi guardado no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>account list [--json]</source>
        <translation>account list [--json]</translation>
    </message>
    <message>
        <source>Lists the sending accounts.</source>
        <translation>Lista as contas de envio.</translation>
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
        <translation>Cria ou altera uma conta de envio.</translation>
    </message>
    <message>
        <source>account set-secret access-token|relay-feed-token|relay-app-secret|relay-ingest-token [--name N]
                                                          (value on stdin)</source>
        <translation>account set-secret access-token|relay-feed-token|relay-app-secret|relay-ingest-token [--name N]
                                                          (valor pela entrada padrão)</translation>
    </message>
    <message>
        <source>Stores one of the account&apos;s secrets in the keychain (value on stdin).</source>
        <translation>Guarda um dos segredos da conta no chaveiro (valor pela entrada padrão).</translation>
    </message>
    <message>
        <source>account show [--name N] [--json]</source>
        <translation>account show [--name N] [--json]</translation>
    </message>
    <message>
        <source>Shows one account, which of its secrets are stored and its daily limit.</source>
        <translation>Mostra uma conta, quais segredos dela estão guardados e seu limite diário.</translation>
    </message>
    <message>
        <source>account test [--name N] [--json]</source>
        <translation>account test [--name N] [--json]</translation>
    </message>
    <message>
        <source>Checks that the account can reach WhatsApp with its token.</source>
        <translation>Verifica se a conta consegue acessar o WhatsApp com seu token.</translation>
    </message>
    <message>
        <source>Seconds between scheduler passes (default 5).</source>
        <translation>Segundos entre as passagens do agendador (padrão 5).</translation>
    </message>
    <message>
        <source>One scheduler pass, wait for the runs it started, then exit (tests, cron).</source>
        <translation>Uma passagem do agendador, espera os envios que ela iniciou e sai (testes, cron).</translation>
    </message>
    <message>
        <source>agent takes no positional arguments.</source>
        <translation>agent não aceita argumentos posicionais.</translation>
    </message>
    <message>
        <source>--tick must be a whole number of seconds from 1 to 3600.</source>
        <translation>--tick deve ser um número inteiro de segundos de 1 a 3600.</translation>
    </message>
    <message>
        <source>herald-cli: the daily backup failed: %1</source>
        <translation>herald-cli: o backup diário falhou: %1</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>O sandbox embutido não pôde iniciar: %1</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>O backup diário falhou: %1</translation>
    </message>
    <message>
        <source>herald-cli agent: workspace %1, a pass every %2 s; stop with Ctrl+C or SIGTERM.</source>
        <translation>herald-cli agent: espaço de trabalho %1, uma passagem a cada %2 s; pare com Ctrl+C ou SIGTERM.</translation>
    </message>
    <message>
        <source>Stopping: runs still sending are paused; continue them with `herald-cli campaign run ID`.</source>
        <translation>Parando: envios em andamento são pausados; continue-os com `herald-cli campaign run ID`.</translation>
    </message>
    <message>
        <source>Another Herald runs this workspace&apos;s scheduler; nothing done.</source>
        <translation>Outro Herald executa o agendador deste espaço de trabalho; nada foi feito.</translation>
    </message>
    <message>
        <source>%1 runs started, %2 finished, %3 not ok.</source>
        <translation>%1 envios iniciados, %2 concluídos, %3 com problema.</translation>
    </message>
    <message>
        <source>agent [--tick SECONDS] [--once] [--json]</source>
        <translation>agent [--tick SEGUNDOS] [--once] [--json]</translation>
    </message>
    <message>
        <source>Runs scheduled, recurring and triggered campaigns and the status feed headless.</source>
        <translation>Executa campanhas agendadas, recorrentes e por evento e o feed de status, sem janela.</translation>
    </message>
    <message>
        <source>Campaign name.</source>
        <translation>Nome da campanha.</translation>
    </message>
    <message>
        <source>Approved template name.</source>
        <translation>Nome do modelo aprovado.</translation>
    </message>
    <message>
        <source>Template language code, e.g. en_US.</source>
        <translation>Código do idioma do modelo, ex.: pt_BR.</translation>
    </message>
    <message>
        <source>Who receives it: all, tag:NAME, attr:KEY=VALUE, combined with and/or/not (default: every opted-in contact).</source>
        <translation>Quem recebe: all, tag:NOME, attr:CHAVE=VALOR, combinados com and/or/not (padrão: todos os contatos inscritos).</translation>
    </message>
    <message>
        <source>A template parameter: SLOT=SOURCE[|FALLBACK], e.g. body.1=field:name|there, header.1=attr:city, button.0=text:abc (repeatable).</source>
        <translation>Um parâmetro do modelo: SLOT=ORIGEM[|ALTERNATIVO], ex.: body.1=field:name|cliente, header.1=attr:cidade, button.0=text:abc (pode repetir).</translation>
    </message>
    <message>
        <source>Sending account (default: the workspace&apos;s default).</source>
        <translation>Conta de envio (padrão: a padrão do espaço de trabalho).</translation>
    </message>
    <message>
        <source>campaign create needs --name, --template and --language.</source>
        <translation>campaign create precisa de --name, --template e --language.</translation>
    </message>
    <message>
        <source>Campaign %1 “%2” created. Send it with: herald-cli campaign run %1</source>
        <translation>Campanha %1 “%2” criada. Envie-a com: herald-cli campaign run %1</translation>
    </message>
    <message>
        <source>Campaign %1 “%2” created (%3). Activate it with: herald-cli campaign start %1</source>
        <translation>Campanha %1 “%2” criada (%3). Ative-a com: herald-cli campaign start %1</translation>
    </message>
    <message>
        <source>Campaign id.</source>
        <translation>ID da campanha.</translation>
    </message>
    <message>
        <source>campaign show needs one campaign ID.</source>
        <translation>campaign show precisa de um ID de campanha.</translation>
    </message>
    <message>
        <source>Campaign %1 “%2”: template %3 (%4), status %5</source>
        <translation>Campanha %1 “%2”: modelo %3 (%4), status %5</translation>
    </message>
    <message>
        <source>Type %1: %2</source>
        <translation>Tipo %1: %2</translation>
    </message>
    <message>
        <source>Active; next occurrence: %1</source>
        <translation>Ativa; próxima ocorrência: %1</translation>
    </message>
    <message>
        <source>none (triggered by events)</source>
        <translation>nenhuma (disparada por eventos)</translation>
    </message>
    <message>
        <source>Not active: start it with herald-cli campaign start %1</source>
        <translation>Inativa: inicie-a com herald-cli campaign start %1</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Envio %1: %2</translation>
    </message>
    <message>
        <source>campaign %1 needs one campaign ID.</source>
        <translation>campaign %1 precisa de um ID de campanha.</translation>
    </message>
    <message>
        <source>Campaign %1 has not been started; start it with: herald-cli campaign start %1</source>
        <translation>A campanha %1 não foi iniciada; inicie-a com: herald-cli campaign start %1</translation>
    </message>
    <message>
        <source>Campaign %1 is active again.</source>
        <translation>A campanha %1 está ativa de novo.</translation>
    </message>
    <message>
        <source>Campaign %1 will start no new runs.</source>
        <translation>A campanha %1 não iniciará novos envios.</translation>
    </message>
    <message>
        <source>Asked run %1 of campaign %2 to %3.</source>
        <translation>Pedido ao envio %1 da campanha %2: %3.</translation>
    </message>
    <message>
        <source>campaign pause|resume|stop ID</source>
        <translation>campaign pause|resume|stop ID</translation>
    </message>
    <message>
        <source>Pauses a campaign&apos;s sending run.</source>
        <translation>Pausa o envio em andamento de uma campanha.</translation>
    </message>
    <message>
        <source>Resumes a paused run.</source>
        <translation>Retoma um envio pausado.</translation>
    </message>
    <message>
        <source>Stops a run for good.</source>
        <translation>Para um envio de vez.</translation>
    </message>
    <message>
        <source>campaign create --name N --template NAME --language CODE [--audience EXPR]
                  [--param SLOT=SOURCE[|FALLBACK]]... [--account N] [--json]
                  [--type once|scheduled|recurring|triggered] (see campaign create --help)</source>
        <translation>campaign create --name N --template NAME --language CODE [--audience EXPR]
                  [--param SLOT=SOURCE[|FALLBACK]]... [--account N] [--json]
                  [--type once|scheduled|recurring|triggered] (veja campaign create --help)</translation>
    </message>
    <message>
        <source>Creates a campaign: template, audience, parameters and type.</source>
        <translation>Cria uma campanha: modelo, público, parâmetros e tipo.</translation>
    </message>
    <message>
        <source>New campaign name.</source>
        <translation>Novo nome da campanha.</translation>
    </message>
    <message>
        <source>Template name (give --language with it).</source>
        <translation>Nome do modelo (informe --language junto).</translation>
    </message>
    <message>
        <source>Who receives it (see campaign create --help).</source>
        <translation>Quem recebe (veja campaign create --help).</translation>
    </message>
    <message>
        <source>A template parameter SLOT=SOURCE[|FALLBACK] (repeatable; replaces all of them).</source>
        <translation>Um parâmetro do modelo SLOT=ORIGEM[|ALTERNATIVO] (pode repetir; substitui todos).</translation>
    </message>
    <message>
        <source>Sending account.</source>
        <translation>Conta de envio.</translation>
    </message>
    <message>
        <source>campaign edit needs one campaign ID.</source>
        <translation>campaign edit precisa de um ID de campanha.</translation>
    </message>
    <message>
        <source>Changing the schedule or trigger needs --type with all of its options, as for campaign create.</source>
        <translation>Mudar o agendamento ou o gatilho exige --type com todas as suas opções, como em campaign create.</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>Não existe a campanha %1.</translation>
    </message>
    <message>
        <source>Campaign %1 is being sent (run %2). Edit it when the run has ended, or pause it first: herald-cli campaign pause %1</source>
        <translation>A campanha %1 está sendo enviada (envio %2). Edite-a quando o envio terminar, ou pause-a antes: herald-cli campaign pause %1</translation>
    </message>
    <message>
        <source>Campaign %1 was not changed: %2</source>
        <translation>A campanha %1 não foi alterada: %2</translation>
    </message>
    <message>
        <source>Campaign %1 was changed, but its schedule could not be renewed: %2</source>
        <translation>A campanha %1 foi alterada, mas seu agendamento não pôde ser renovado: %2</translation>
    </message>
    <message>
        <source>Campaign %1 “%2” changed.</source>
        <translation>Campanha %1 “%2” alterada.</translation>
    </message>
    <message>
        <source>Runs already planned keep the messages they froze; the change applies to the next run.</source>
        <translation>Envios já planejados mantêm as mensagens que congelaram; a alteração vale a partir do próximo envio.</translation>
    </message>
    <message>
        <source>campaign edit ID [campaign create&apos;s options: only those given change] [--json]</source>
        <translation>campaign edit ID [opções de campaign create: só as informadas mudam] [--json]</translation>
    </message>
    <message>
        <source>Changes the options given of a campaign, keeps the rest.</source>
        <translation>Altera as opções informadas de uma campanha e mantém o resto.</translation>
    </message>
    <message>
        <source>campaign list [--json] | campaign show ID [--json]</source>
        <translation>campaign list [--json] | campaign show ID [--json]</translation>
    </message>
    <message>
        <source>Lists the campaigns.</source>
        <translation>Lista as campanhas.</translation>
    </message>
    <message>
        <source>campaign preflight ID [--samples N] [--json]</source>
        <translation>campaign preflight ID [--samples N] [--json]</translation>
    </message>
    <message>
        <source>Checks a campaign before it starts: audience, template, headroom, cost.</source>
        <translation>Verifica uma campanha antes de iniciar: público, modelo, folga, custo.</translation>
    </message>
    <message>
        <source>Lists the recipients behind one statistic of a run.</source>
        <translation>Lista os destinatários por trás de uma estatística de um envio.</translation>
    </message>
    <message>
        <source>Put them back to be sent by the next `campaign run` (or the agent/app).</source>
        <translation>Devolvê-los para serem enviados no próximo `campaign run` (ou pelo agente/app).</translation>
    </message>
    <message>
        <source>Give up on them: they count as failed.</source>
        <translation>Desistir deles: contam como com falha.</translation>
    </message>
    <message>
        <source>Only recipients without a status report for at least N minutes since their send attempt (default 30; 0 = all now).</source>
        <translation>Só destinatários sem relatório de status há pelo menos N minutos desde a tentativa de envio (padrão 30; 0 = todos agora).</translation>
    </message>
    <message>
        <source>campaign resolve needs exactly one of --resend or --mark-failed.</source>
        <translation>campaign resolve precisa de exatamente um entre --resend e --mark-failed.</translation>
    </message>
    <message>
        <source>--quiet-minutes must be a whole number of minutes, 0 or more, not “%1”.</source>
        <translation>--quiet-minutes deve ser um número inteiro de minutos, 0 ou mais, não “%1”.</translation>
    </message>
    <message>
        <source>The uncertain recipients of run %1 were not changed: %2</source>
        <translation>Os destinatários incertos do envio %1 não foram alterados: %2</translation>
    </message>
    <message>
        <source>%1 uncertain recipients of run %2 will be sent again by the next `campaign run %3` (or the agent/app).</source>
        <translation>%1 destinatários incertos do envio %2 serão enviados de novo no próximo `campaign run %3` (ou pelo agente/app).</translation>
    </message>
    <message>
        <source>%1 uncertain recipients of run %2 marked failed.</source>
        <translation>%1 destinatários incertos do envio %2 marcados como com falha.</translation>
    </message>
    <message>
        <source>Run %1 has no uncertain recipient quiet for %2 minutes.</source>
        <translation>O envio %1 não tem destinatário incerto sem notícias há %2 minutos.</translation>
    </message>
    <message>
        <source>%1 still uncertain: sent less than %2 minutes ago; their delivery reports may still come.</source>
        <translation>%1 ainda incertos: enviados há menos de %2 minutos; os relatórios de entrega ainda podem chegar.</translation>
    </message>
    <message>
        <source>campaign resolve ID (--resend | --mark-failed) [--run R] [--quiet-minutes N] [--json]</source>
        <translation>campaign resolve ID (--resend | --mark-failed) [--run R] [--quiet-minutes N] [--json]</translation>
    </message>
    <message>
        <source>Decides a run&apos;s uncertain recipients: send again or mark failed.</source>
        <translation>Decide os destinatários incertos de um envio: enviar de novo ou marcar como com falha.</translation>
    </message>
    <message>
        <source>The run whose failures to retry (default: the latest run).</source>
        <translation>O envio cujas falhas serão tentadas de novo (padrão: o envio mais recente).</translation>
    </message>
    <message>
        <source>campaign retry needs one campaign ID.</source>
        <translation>campaign retry precisa de um ID de campanha.</translation>
    </message>
    <message>
        <source>--run needs a run id, e.g. --run 3.</source>
        <translation>--run precisa de um ID de envio, ex.: --run 3.</translation>
    </message>
    <message>
        <source>Campaign %1 has not run yet: nothing to retry.</source>
        <translation>A campanha %1 ainda não teve envio: nada para tentar de novo.</translation>
    </message>
    <message>
        <source>Campaign %1 has no run %2.</source>
        <translation>A campanha %1 não tem o envio %2.</translation>
    </message>
    <message numerus="yes">
        <source>Planned retry run %1 of run %2: %n recipient(s).</source>
        <translation>
            <numerusform>Nova tentativa planejada, envio %1 a partir do envio %2: %n destinatário.</numerusform>
            <numerusform>Nova tentativa planejada, envio %1 a partir do envio %2: %n destinatários.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more must wait until %1 (UTC); retry again then.</source>
        <translation>
            <numerusform>Mais %n precisa esperar até %1 (UTC); tente de novo nesse horário.</numerusform>
            <numerusform>Mais %n precisam esperar até %1 (UTC); tente de novo nesse horário.</numerusform>
        </translation>
    </message>
    <message>
        <source>campaign retry ID [--run R] [--json]</source>
        <translation>campaign retry ID [--run R] [--json]</translation>
    </message>
    <message>
        <source>Sends again to the failures a retry can help.</source>
        <translation>Envia de novo para as falhas em que uma nova tentativa pode ajudar.</translation>
    </message>
    <message>
        <source>run %1: %2/%3 done · accepted %4 · failed %5 · skipped %6 · uncertain %7 · %8 msg/s</source>
        <translation>envio %1: %2/%3 concluídos · aceitos %4 · com falha %5 · ignorados %6 · incertos %7 · %8 msg/s</translation>
    </message>
    <message>
        <source>Messages per second (1–1000; default: the account&apos;s rate, 80 unless Meta raised it).</source>
        <translation>Mensagens por segundo (1–1000; padrão: a taxa da conta, 80 se a Meta não a aumentou).</translation>
    </message>
    <message>
        <source>After a stop: send a new run to the recipients the stopped run did not reach.</source>
        <translation>Depois de uma parada: fazer um novo envio para os destinatários que o envio parado não alcançou.</translation>
    </message>
    <message>
        <source>campaign run needs one campaign ID.</source>
        <translation>campaign run precisa de um ID de campanha.</translation>
    </message>
    <message>
        <source>--rate must be a whole number of messages per second from 1 to %1.</source>
        <translation>--rate deve ser um número inteiro de mensagens por segundo de 1 a %1.</translation>
    </message>
    <message>
        <source>To send to them: herald-cli campaign run %1 --new-run (or Start in the desktop app).</source>
        <translation>Para enviar a eles: herald-cli campaign run %1 --new-run (ou Iniciar no aplicativo).</translation>
    </message>
    <message>
        <source>Nobody is left to send to; create a new campaign to message these contacts again.</source>
        <translation>Não sobrou ninguém para receber; crie uma nova campanha para falar com esses contatos de novo.</translation>
    </message>
    <message>
        <source>Planned run %1: %2 recipients, %3 skipped.</source>
        <translation>Envio %1 planejado: %2 destinatários, %3 ignorados.</translation>
    </message>
    <message>
        <source>Run %1 of campaign %2: %3.</source>
        <translation>Envio %1 da campanha %2: %3.</translation>
    </message>
    <message>
        <source>%1 recipients: %2 accepted by WhatsApp, %3 failed, %4 skipped, %5 uncertain, %6 still planned.</source>
        <translation>%1 destinatários: %2 aceitos pelo WhatsApp, %3 com falha, %4 ignorados, %5 incertos, %6 ainda planejados.</translation>
    </message>
    <message>
        <source>Uncertain recipients may or may not have received the message; their delivery reports will settle them, or resolve them in the campaign&apos;s dashboard.</source>
        <translation>Destinatários incertos podem ter recebido a mensagem ou não; os relatórios de entrega vão esclarecer, ou resolva-os no painel da campanha.</translation>
    </message>
    <message>
        <source>herald-cli agent or the open app continues it then; or run `campaign run %1` again.</source>
        <translation>O herald-cli agent ou o aplicativo aberto continua o envio nesse momento; ou execute `campaign run %1` de novo.</translation>
    </message>
    <message>
        <source>The run ended as %1.</source>
        <translation>O envio terminou como %1.</translation>
    </message>
    <message>
        <source>campaign run ID [--rate MPS] [--new-run] [--json]</source>
        <translation>campaign run ID [--rate MPS] [--new-run] [--json]</translation>
    </message>
    <message>
        <source>Sends the campaign&apos;s run until every recipient is resolved.</source>
        <translation>Envia o envio da campanha até que todos os destinatários estejam resolvidos.</translation>
    </message>
    <message>
        <source>Shows one campaign and its runs.</source>
        <translation>Mostra uma campanha e seus envios.</translation>
    </message>
    <message>
        <source>campaign start needs one campaign ID.</source>
        <translation>campaign start precisa de um ID de campanha.</translation>
    </message>
    <message>
        <source>Next: %1 (UTC).</source>
        <translation>Próximo: %1 (UTC).</translation>
    </message>
    <message>
        <source>Campaign %1 “%2” is active. %3</source>
        <translation>A campanha %1 “%2” está ativa. %3</translation>
    </message>
    <message>
        <source>It is sent by a running Herald: the desktop app while it is open, or `herald-cli agent` on a machine left on.</source>
        <translation>Ela é enviada por um Herald em execução: o aplicativo enquanto estiver aberto, ou o `herald-cli agent` em uma máquina que fica ligada.</translation>
    </message>
    <message>
        <source>campaign start ID [--json]</source>
        <translation>campaign start ID [--json]</translation>
    </message>
    <message>
        <source>Sends a one-time campaign now, or activates a scheduled one.</source>
        <translation>Envia agora uma campanha única, ou ativa uma agendada.</translation>
    </message>
    <message>
        <source>Prints the seven statistics of a run.</source>
        <translation>Mostra as sete estatísticas de um envio.</translation>
    </message>
    <message>
        <source>campaign test-send ID --phone P [--json]</source>
        <translation>campaign test-send ID --phone P [--json]</translation>
    </message>
    <message>
        <source>Sends the campaign&apos;s message to one number as a test.</source>
        <translation>Envia a mensagem da campanha para um número, como teste.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Comando desconhecido “%1”.</translation>
    </message>
    <message>
        <source>--workspace needs a path.</source>
        <translation>--workspace precisa de um caminho.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opção desconhecida %1.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nenhum comando informado.</translation>
    </message>
    <message>
        <source>“%1” needs a sub-command.</source>
        <translation>“%1” precisa de um subcomando.</translation>
    </message>
    <message>
        <source>Unknown command “%1 %2”.</source>
        <translation>Comando desconhecido “%1 %2”.</translation>
    </message>
    <message>
        <source>Country for numbers written without a country code (ISO code, e.g. IN).</source>
        <translation>País dos números escritos sem código do país (código ISO, ex.: BR).</translation>
    </message>
    <message>
        <source>Tag every imported contact (repeatable).</source>
        <translation>Etiquetar cada contato importado (pode repetir).</translation>
    </message>
    <message>
        <source>Record every imported contact as opted in.</source>
        <translation>Registrar cada contato importado como inscrito.</translation>
    </message>
    <message>
        <source>Where the opt-in was collected.</source>
        <translation>Onde a inscrição foi obtida.</translation>
    </message>
    <message>
        <source>Write rejected rows, with a reason column, to this CSV.</source>
        <translation>Gravar as linhas rejeitadas, com uma coluna de motivo, neste CSV.</translation>
    </message>
    <message>
        <source>contacts import needs exactly one FILE.</source>
        <translation>contacts import precisa de exatamente um ARQUIVO.</translation>
    </message>
    <message>
        <source>--opt-in-source only makes sense with --opted-in.</source>
        <translation>--opt-in-source só faz sentido com --opted-in.</translation>
    </message>
    <message>
        <source>herald-cli import</source>
        <translation>herald-cli import</translation>
    </message>
    <message>
        <source>%1 rows read: %2 new contacts, %3 updated, %4 duplicates merged, %5 rejected.</source>
        <translation>%1 linhas lidas: %2 contatos novos, %3 atualizados, %4 duplicados mesclados, %5 rejeitados.</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  linha %1: %2</translation>
    </message>
    <message>
        <source>  … and %1 more.</source>
        <translation>  … e mais %1.</translation>
    </message>
    <message>
        <source>Pass --errors FILE.csv to save the rejected rows with their reasons.</source>
        <translation>Use --errors ARQUIVO.csv para salvar as linhas rejeitadas com os motivos.</translation>
    </message>
    <message>
        <source>The first %1 rows were imported and kept.</source>
        <translation>As primeiras %1 linhas foram importadas e mantidas.</translation>
    </message>
    <message>
        <source>contacts count takes no arguments.</source>
        <translation>contacts count não aceita argumentos.</translation>
    </message>
    <message>
        <source>Cannot count the contacts: %1</source>
        <translation>Não foi possível contar os contatos: %1</translation>
    </message>
    <message>
        <source>%1 contacts: %2 opted in, %3 opted out.</source>
        <translation>%1 contatos: %2 inscritos, %3 descadastrados.</translation>
    </message>
    <message>
        <source>CSV file to write.</source>
        <translation>Arquivo CSV a gravar.</translation>
    </message>
    <message>
        <source>contacts export needs exactly one FILE.</source>
        <translation>contacts export precisa de exatamente um ARQUIVO.</translation>
    </message>
    <message>
        <source>%1 contacts written to %2.</source>
        <translation>%1 contatos gravados em %2.</translation>
    </message>
    <message>
        <source>There is no account named “%1”. Create it with: herald-cli account set --name %1 --kind …</source>
        <translation>Não há conta chamada “%1”. Crie-a com: herald-cli account set --name %1 --kind …</translation>
    </message>
    <message>
        <source>The workspace has no account. Create one with: herald-cli account set --kind …</source>
        <translation>O espaço de trabalho não tem conta. Crie uma com: herald-cli account set --kind …</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contatos:</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Contas:</translation>
    </message>
    <message>
        <source>Templates:</source>
        <translation>Modelos:</translation>
    </message>
    <message>
        <source>Campaigns and delivery reports:</source>
        <translation>Campanhas e relatórios de entrega:</translation>
    </message>
    <message>
        <source>Business events and investigation:</source>
        <translation>Eventos de negócio e investigação:</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Espaço de trabalho:</translation>
    </message>
    <message>
        <source>Usage: herald-cli [--workspace PATH] &lt;command&gt; [options]</source>
        <translation>Uso: herald-cli [--workspace CAMINHO] &lt;comando&gt; [opções]</translation>
    </message>
    <message>
        <source>Run &apos;herald-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Execute &apos;herald-cli &lt;comando&gt; --help&apos; para ver as opções de um comando.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run &apos;herald-cli help &lt;command&gt;&apos; for a command&apos;s options.</source>
        <translation>Execute &apos;herald-cli help &lt;comando&gt;&apos; para ver as opções de um comando.</translation>
    </message>
    <message>
        <source>PHONE “%1”: %2</source>
        <translation>TELEFONE “%1”: %2</translation>
    </message>
    <message>
        <source>No contact has the number %1. Add it with: herald-cli contacts add %1</source>
        <translation>Nenhum contato tem o número %1. Adicione-o com: herald-cli contacts add %1</translation>
    </message>
    <message>
        <source>--attr “%1” should look like city=Pune (KEY=VALUE).</source>
        <translation>--attr “%1” deveria ser como cidade=Recife (CHAVE=VALOR).</translation>
    </message>
    <message>
        <source>The new contact&apos;s number.</source>
        <translation>O número do novo contato.</translation>
    </message>
    <message>
        <source>The contact&apos;s name.</source>
        <translation>O nome do contato.</translation>
    </message>
    <message>
        <source>Tag the contact (repeatable).</source>
        <translation>Etiquetar o contato (pode repetir).</translation>
    </message>
    <message>
        <source>Record the contact as opted in.</source>
        <translation>Registrar o contato como inscrito.</translation>
    </message>
    <message>
        <source>contacts add needs exactly one PHONE number.</source>
        <translation>contacts add precisa de exatamente um número de TELEFONE.</translation>
    </message>
    <message>
        <source>--opted-in and --opt-in-source go together: say where the consent was collected.</source>
        <translation>--opted-in e --opt-in-source andam juntos: diga onde o consentimento foi obtido.</translation>
    </message>
    <message>
        <source>A contact with the number %1 exists already%2. Change it with: herald-cli contacts edit %1</source>
        <translation>Já existe um contato com o número %1%2. Altere-o com: herald-cli contacts edit %1</translation>
    </message>
    <message>
        <source>Cannot add the contact: %1</source>
        <translation>Não foi possível adicionar o contato: %1</translation>
    </message>
    <message>
        <source>Added contact %1.</source>
        <translation>Contato %1 adicionado.</translation>
    </message>
    <message>
        <source>Not opted in: campaigns will not send to it until it opts in (contacts opt-in %1 --source S).</source>
        <translation>Não inscrito: as campanhas não enviarão para ele até que se inscreva (contacts opt-in %1 --source S).</translation>
    </message>
    <message>
        <source>The contact&apos;s number.</source>
        <translation>O número do contato.</translation>
    </message>
    <message>
        <source>The contact&apos;s new name.</source>
        <translation>O novo nome do contato.</translation>
    </message>
    <message>
        <source>Remove an attribute (repeatable).</source>
        <translation>Remover um atributo (pode repetir).</translation>
    </message>
    <message>
        <source>contacts edit needs exactly one PHONE number.</source>
        <translation>contacts edit precisa de exatamente um número de TELEFONE.</translation>
    </message>
    <message>
        <source>contacts edit needs --name, --attr or --unset-attr: nothing to change.</source>
        <translation>contacts edit precisa de --name, --attr ou --unset-attr: nada para alterar.</translation>
    </message>
    <message>
        <source>--name cannot be empty.</source>
        <translation>--name não pode ficar vazio.</translation>
    </message>
    <message>
        <source>--attr and --unset-attr both name “%1”.</source>
        <translation>--attr e --unset-attr citam ambos “%1”.</translation>
    </message>
    <message>
        <source>Cannot change the contact: %1</source>
        <translation>Não foi possível alterar o contato: %1</translation>
    </message>
    <message>
        <source>Changed contact %1.</source>
        <translation>Contato %1 alterado.</translation>
    </message>
    <message>
        <source>Contact numbers (one or more).</source>
        <translation>Números dos contatos (um ou mais).</translation>
    </message>
    <message>
        <source>The tag.</source>
        <translation>A etiqueta.</translation>
    </message>
    <message>
        <source>Where the opt-in was collected (required).</source>
        <translation>Onde a inscrição foi obtida (obrigatório).</translation>
    </message>
    <message>
        <source>Why the contact opted out (kept with it).</source>
        <translation>Por que o contato se descadastrou (guardado com ele).</translation>
    </message>
    <message>
        <source>%1 needs at least one PHONE number.</source>
        <translation>%1 precisa de pelo menos um número de TELEFONE.</translation>
    </message>
    <message>
        <source>%1 needs --tag T.</source>
        <translation>%1 precisa de --tag T.</translation>
    </message>
    <message>
        <source>contacts opt-in needs --source S: where the contact gave consent (an explicit opt-in is the only way to undo an opt-out).</source>
        <translation>contacts opt-in precisa de --source S: onde o contato deu o consentimento (uma inscrição explícita é a única forma de desfazer um descadastro).</translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n contact(s) with “%1”.</source>
        <translation>
            <numerusform>%n contato etiquetado com “%1”.</numerusform>
            <numerusform>%n contatos etiquetados com “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed “%1” from %n contact(s).</source>
        <translation>
            <numerusform>“%1” removida de %n contato.</numerusform>
            <numerusform>“%1” removida de %n contatos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opted in %n contact(s).</source>
        <translation>
            <numerusform>%n contato inscrito.</numerusform>
            <numerusform>%n contatos inscritos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opted out with herald-cli</source>
        <translation>Descadastrado pelo herald-cli</translation>
    </message>
    <message numerus="yes">
        <source>Opted out %n contact(s).</source>
        <translation>
            <numerusform>%n contato descadastrado.</numerusform>
            <numerusform>%n contatos descadastrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete the contacts: %1</source>
        <translation>Não foi possível excluir os contatos: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s) and their consent records.</source>
        <translation>
            <numerusform>%n contato excluído, com seus registros de consentimento.</numerusform>
            <numerusform>%n contatos excluídos, com seus registros de consentimento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot change the contacts: %1</source>
        <translation>Não foi possível alterar os contatos: %1</translation>
    </message>
    <message>
        <source>Text in the name, phone, a tag or an attribute value.</source>
        <translation>Texto no nome, no telefone, em uma etiqueta ou em um valor de atributo.</translation>
    </message>
    <message>
        <source>At most this many contacts (default 100).</source>
        <translation>No máximo esta quantidade de contatos (padrão 100).</translation>
    </message>
    <message>
        <source>contacts search needs one TEXT to look for.</source>
        <translation>contacts search precisa de um TEXTO a procurar.</translation>
    </message>
    <message>
        <source>--limit must be a whole number, 1 or more.</source>
        <translation>--limit deve ser um número inteiro, 1 ou mais.</translation>
    </message>
    <message>
        <source>%1 of %2 matches shown; pass --limit N for more.</source>
        <translation>%1 de %2 resultados exibidos; use --limit N para ver mais.</translation>
    </message>
    <message>
        <source>contacts add PHONE [--name N] [--default-region CC] [--tag T]... [--attr KEY=VALUE]...
                     [--opted-in --opt-in-source S] [--json]</source>
        <translation>contacts add PHONE [--name N] [--default-region CC] [--tag T]... [--attr KEY=VALUE]...
                     [--opted-in --opt-in-source S] [--json]</translation>
    </message>
    <message>
        <source>Adds one contact, or updates the one with that number.</source>
        <translation>Adiciona um contato, ou atualiza o que tem esse número.</translation>
    </message>
    <message>
        <source>contacts tag|untag PHONE... --tag T [--json]</source>
        <translation>contacts tag|untag PHONE... --tag T [--json]</translation>
    </message>
    <message>
        <source>Tags contacts.</source>
        <translation>Etiqueta contatos.</translation>
    </message>
    <message>
        <source>Removes a tag from contacts.</source>
        <translation>Remove uma etiqueta de contatos.</translation>
    </message>
    <message>
        <source>contacts opt-in PHONE... --source S [--json] | contacts opt-out PHONE... [--reason R] [--json]</source>
        <translation>contacts opt-in PHONE... --source S [--json] | contacts opt-out PHONE... [--reason R] [--json]</translation>
    </message>
    <message>
        <source>Records contacts as opted in.</source>
        <translation>Registra contatos como inscritos.</translation>
    </message>
    <message>
        <source>Records contacts as opted out.</source>
        <translation>Registra contatos como descadastrados.</translation>
    </message>
    <message>
        <source>contacts delete PHONE... [--json]</source>
        <translation>contacts delete PHONE... [--json]</translation>
    </message>
    <message>
        <source>Deletes contacts.</source>
        <translation>Exclui contatos.</translation>
    </message>
    <message>
        <source>contacts count [--json]</source>
        <translation>contacts count [--json]</translation>
    </message>
    <message>
        <source>Counts the contacts: all, opted in, opted out.</source>
        <translation>Conta os contatos: todos, inscritos, descadastrados.</translation>
    </message>
    <message>
        <source>contacts edit PHONE [--name N] [--attr KEY=VALUE]... [--unset-attr KEY]... [--json]</source>
        <translation>contacts edit PHONE [--name N] [--attr KEY=VALUE]... [--unset-attr KEY]... [--json]</translation>
    </message>
    <message>
        <source>Changes a contact&apos;s name and attributes.</source>
        <translation>Altera o nome e os atributos de um contato.</translation>
    </message>
    <message>
        <source>Writes every contact to a CSV file.</source>
        <translation>Grava todos os contatos em um arquivo CSV.</translation>
    </message>
    <message>
        <source>contacts history PHONE [--default-region CC] [--json]</source>
        <translation>contacts history PHONE [--default-region CC] [--json]</translation>
    </message>
    <message>
        <source>Prints everything Herald knows happened with one number.</source>
        <translation>Mostra tudo o que o Herald sabe que aconteceu com um número.</translation>
    </message>
    <message>
        <source>contacts import FILE [--default-region CC] [--tag T]... [--opted-in --opt-in-source S]
                       [--errors OUT.csv] [--json]</source>
        <translation>contacts import FILE [--default-region CC] [--tag T]... [--opted-in --opt-in-source S]
                       [--errors OUT.csv] [--json]</translation>
    </message>
    <message>
        <source>Imports contacts from a CSV file.</source>
        <translation>Importa contatos de um arquivo CSV.</translation>
    </message>
    <message>
        <source>contacts search TEXT [--limit N] [--json]</source>
        <translation>contacts search TEXT [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Finds contacts by number, name, tag or attribute.</source>
        <translation>Encontra contatos por número, nome, etiqueta ou atributo.</translation>
    </message>
    <message>
        <source>tapped “%1”</source>
        <translation>tocou em “%1”</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>descadastrado</translation>
    </message>
    <message>
        <source>from WhatsApp id %1</source>
        <translation>do WhatsApp id %1</translation>
    </message>
    <message>
        <source>The phone number to investigate.</source>
        <translation>O número de telefone a investigar.</translation>
    </message>
    <message>
        <source>Country for a number written without its country code (ISO code, e.g. IN).</source>
        <translation>País de um número escrito sem o código do país (código ISO, ex.: BR).</translation>
    </message>
    <message>
        <source>contacts history needs exactly one PHONE number.</source>
        <translation>contacts history precisa de exatamente um número de TELEFONE.</translation>
    </message>
    <message>
        <source>PHONE: %1</source>
        <translation>TELEFONE: %1</translation>
    </message>
    <message>
        <source>Cannot read the history of %1: %2</source>
        <translation>Não foi possível ler o histórico de %1: %2</translation>
    </message>
    <message>
        <source>Herald knows nothing about %1: no contact, message, reply or event has this number.</source>
        <translation>O Herald não sabe nada sobre %1: nenhum contato, mensagem, resposta ou evento tem esse número.</translation>
    </message>
    <message>
        <source>WhatsApp names this number %1.</source>
        <translation>O WhatsApp chama este número de %1.</translation>
    </message>
    <message>
        <source>No contact has this number.</source>
        <translation>Nenhum contato tem este número.</translation>
    </message>
    <message>
        <source>Opted out on %1 (%2).</source>
        <translation>Descadastrado em %1 (%2).</translation>
    </message>
    <message>
        <source>%1 (campaign %2, run %3): %4</source>
        <translation>%1 (campanha %2, envio %3): %4</translation>
    </message>
    <message>
        <source>error %1 %2</source>
        <translation>erro %1 %2</translation>
    </message>
    <message>
        <source>reply: %1</source>
        <translation>resposta: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>ignorado: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>observação: %1</translation>
    </message>
    <message>
        <source>Test send of %1 (%2) at %3: %4</source>
        <translation>Envio de teste de %1 (%2) em %3: %4</translation>
    </message>
    <message>
        <source>From the customer, answering no message above:</source>
        <translation>Do cliente, sem responder a nenhuma mensagem acima:</translation>
    </message>
    <message>
        <source>message: %1</source>
        <translation>mensagem: %1</translation>
    </message>
    <message>
        <source>Event %1 at %2</source>
        <translation>Evento %1 em %2</translation>
    </message>
    <message>
        <source>%1 messages, %2 test sends, %3 from the customer, %4 business events. --json adds the raw webhook payloads.</source>
        <translation>%1 mensagens, %2 envios de teste, %3 do cliente, %4 eventos de negócio. --json inclui os payloads brutos dos webhooks.</translation>
    </message>
    <message>
        <source>The event&apos;s name, e.g. order_placed.</source>
        <translation>O nome do evento, ex.: pedido_realizado.</translation>
    </message>
    <message>
        <source>The customer&apos;s phone number with its country code.</source>
        <translation>O número de telefone do cliente com o código do país.</translation>
    </message>
    <message>
        <source>Details of the event as a JSON object.</source>
        <translation>Detalhes do evento como um objeto JSON.</translation>
    </message>
    <message>
        <source>When it happened: ISO 8601 (e.g. 2026-11-25T10:00:00Z; default: now).</source>
        <translation>Quando aconteceu: ISO 8601 (ex.: 2026-11-25T10:00:00Z; padrão: agora).</translation>
    </message>
    <message>
        <source>Account name (default: the workspace&apos;s default account).</source>
        <translation>Nome da conta (padrão: a conta padrão do espaço de trabalho).</translation>
    </message>
    <message>
        <source>events push needs exactly one event NAME, e.g. herald-cli events push order_placed --phone +14155550123</source>
        <translation>events push precisa de exatamente um NOME de evento, ex.: herald-cli events push order_placed --phone +5511955550123</translation>
    </message>
    <message>
        <source>events push needs --phone with the customer&apos;s number.</source>
        <translation>events push precisa de --phone com o número do cliente.</translation>
    </message>
    <message>
        <source>NAME: %1</source>
        <translation>NOME: %1</translation>
    </message>
    <message>
        <source>--phone: %1</source>
        <translation>--phone: %1</translation>
    </message>
    <message>
        <source>--data is not valid JSON: %1 (at character %2).</source>
        <translation>--data não é um JSON válido: %1 (no caractere %2).</translation>
    </message>
    <message>
        <source>--data must be a JSON object, e.g. &apos;{&quot;order_id&quot;: &quot;A-17&quot;}&apos;.</source>
        <translation>--data deve ser um objeto JSON, ex.: &apos;{&quot;order_id&quot;: &quot;A-17&quot;}&apos;.</translation>
    </message>
    <message>
        <source>--occurred-at must be an ISO 8601 time such as 2026-11-25T10:00:00Z, not %1.</source>
        <translation>--occurred-at deve ser um horário ISO 8601 como 2026-11-25T10:00:00Z, não %1.</translation>
    </message>
    <message>
        <source>No relay ingest token is stored for the account “%1”. Store it with: herald-cli account set-secret relay-ingest-token --name %1 &lt; token.txt</source>
        <translation>Nenhum token de ingestão do relay está guardado para a conta “%1”. Guarde-o com: herald-cli account set-secret relay-ingest-token --name %1 &lt; token.txt</translation>
    </message>
    <message>
        <source>Event “%1” for %2 stored on the relay (cursor %3).</source>
        <translation>Evento “%1” para %2 guardado no relay (cursor %3).</translation>
    </message>
    <message>
        <source>Event “%1” for %2 recorded in the workspace (event %3).</source>
        <translation>Evento “%1” para %2 registrado no espaço de trabalho (evento %3).</translation>
    </message>
    <message>
        <source>events push NAME --phone P [--data JSON] [--occurred-at ISO] [--account A] [--json]</source>
        <translation>events push NAME --phone P [--data JSON] [--occurred-at ISO] [--account A] [--json]</translation>
    </message>
    <message>
        <source>Records a business event for triggered campaigns.</source>
        <translation>Registra um evento de negócio para campanhas disparadas por evento.</translation>
    </message>
    <message>
        <source>Give one campaign ID.</source>
        <translation>Informe um ID de campanha.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Audience: decided per event (triggered campaign)</source>
        <translation>Público: decidido a cada evento (campanha por evento)</translation>
    </message>
    <message>
        <source>Audience: %1 contact(s)</source>
        <translation>Público: %1 contato(s)</translation>
    </message>
    <message>
        <source>Excluded: %1 opted out, %2 never opted in</source>
        <translation>Excluídos: %1 descadastrados, %2 nunca se inscreveram</translation>
    </message>
    <message>
        <source>Missing parameters: %1</source>
        <translation>Parâmetros faltando: %1</translation>
    </message>
    <message>
        <source>Template: %1, quality %2, category %3</source>
        <translation>Modelo: %1, qualidade %2, categoria %3</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>não encontrado</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecida</translation>
    </message>
    <message>
        <source>Sample for %1:</source>
        <translation>Exemplo para %1:</translation>
    </message>
    <message>
        <source>Headroom: no limit known (%1)</source>
        <translation>Folga: nenhum limite conhecido (%1)</translation>
    </message>
    <message>
        <source>tier not known</source>
        <translation>nível desconhecido</translation>
    </message>
    <message>
        <source>Headroom: %1 of %2 left today (%3, %4 used)</source>
        <translation>Folga: restam %1 de %2 hoje (%3, %4 usados)</translation>
    </message>
    <message>
        <source>Duration: about %1 at %2 msg/s</source>
        <translation>Duração: cerca de %1 a %2 msg/s</translation>
    </message>
    <message>
        <source>Cost: no estimate (the rate card is empty)</source>
        <translation>Custo: sem estimativa (a tabela de preços está vazia)</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Ready to start.</source>
        <translation>Pronta para iniciar.</translation>
    </message>
    <message>
        <source>Cannot start until the problems are fixed.</source>
        <translation>Não pode iniciar até que os problemas sejam corrigidos.</translation>
    </message>
    <message>
        <source>Rendered messages to show (default 3).</source>
        <translation>Mensagens montadas a mostrar (padrão 3).</translation>
    </message>
    <message>
        <source>The number to send the test to (with country code).</source>
        <translation>O número para onde enviar o teste (com o código do país).</translation>
    </message>
    <message>
        <source>campaign test-send needs --phone.</source>
        <translation>campaign test-send precisa de --phone.</translation>
    </message>
    <message>
        <source>ISO country code (default: any country).</source>
        <translation>Código ISO do país (padrão: qualquer país).</translation>
    </message>
    <message>
        <source>Currency (default USD).</source>
        <translation>Moeda (padrão USD).</translation>
    </message>
    <message>
        <source>MARKETING, UTILITY, AUTHENTICATION or SERVICE.</source>
        <translation>MARKETING, UTILITY, AUTHENTICATION ou SERVICE.</translation>
    </message>
    <message>
        <source>Price of one message.</source>
        <translation>Preço de uma mensagem.</translation>
    </message>
    <message>
        <source>The rate&apos;s category.</source>
        <translation>A categoria do preço.</translation>
    </message>
    <message>
        <source>“%1” is not a price; write it like 0.0107.</source>
        <translation>“%1” não é um preço; escreva como 0.0107.</translation>
    </message>
    <message>
        <source>The rate card is empty: pre-flight checks give no cost estimate.</source>
        <translation>A tabela de preços está vazia: as verificações prévias não estimam custo.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>qualquer</translation>
    </message>
    <message>
        <source>Rate saved.</source>
        <translation>Preço salvo.</translation>
    </message>
    <message>
        <source>Rate removed.</source>
        <translation>Preço removido.</translation>
    </message>
    <message>
        <source>Sets the price of one message category.</source>
        <translation>Define o preço de uma categoria de mensagem.</translation>
    </message>
    <message>
        <source>Lists the rate card.</source>
        <translation>Lista a tabela de preços.</translation>
    </message>
    <message>
        <source>Removes a price from the rate card.</source>
        <translation>Remove um preço da tabela de preços.</translation>
    </message>
    <message>
        <source>Run id (default: the latest run).</source>
        <translation>ID do envio (padrão: o envio mais recente).</translation>
    </message>
    <message>
        <source>Write a CSV file instead.</source>
        <translation>Gravar um arquivo CSV em vez disso.</translation>
    </message>
    <message>
        <source>Campaign %1 has not run yet.</source>
        <translation>A campanha %1 ainda não teve envio.</translation>
    </message>
    <message>
        <source>Campaign %1 has no run “%2”.</source>
        <translation>A campanha %1 não tem o envio “%2”.</translation>
    </message>
    <message>
        <source>Choose either --json or --csv.</source>
        <translation>Escolha --json ou --csv, não os dois.</translation>
    </message>
    <message>
        <source>Campaign %1, run %2</source>
        <translation>Campanha %1, envio %2</translation>
    </message>
    <message>
        <source>Which statistic: %1; or skipped (never attempted, with the reason).</source>
        <translation>Qual estatística: %1; ou skipped (nunca tentados, com o motivo).</translation>
    </message>
    <message>
        <source>Only failures with this error code.</source>
        <translation>Só falhas com este código de erro.</translation>
    </message>
    <message>
        <source>--stat must be one of: %1, skipped.</source>
        <translation>--stat deve ser um destes: %1, skipped.</translation>
    </message>
    <message>
        <source>--reason only goes with --stat failed: skipped rows have a reason text, not a code.</source>
        <translation>--reason só combina com --stat failed: linhas ignoradas têm um texto de motivo, não um código.</translation>
    </message>
    <message>
        <source>--reason needs a numeric error code.</source>
        <translation>--reason precisa de um código de erro numérico.</translation>
    </message>
    <message>
        <source>Keep polling until the feed has had no new events for SECONDS (default: one pass until the relay has nothing more).</source>
        <translation>Continuar consultando até o feed ficar SEGUNDOS sem eventos novos (padrão: uma passagem até o relay não ter mais nada).</translation>
    </message>
    <message>
        <source>sync takes no positional arguments.</source>
        <translation>sync não aceita argumentos posicionais.</translation>
    </message>
    <message>
        <source>--until-idle needs a whole number of seconds, at least 1.</source>
        <translation>--until-idle precisa de um número inteiro de segundos, pelo menos 1.</translation>
    </message>
    <message>
        <source>The account “%1” has no relay. Set one with: herald-cli account set --name %1 --relay-url URL</source>
        <translation>A conta “%1” não tem relay. Defina um com: herald-cli account set --name %1 --relay-url URL</translation>
    </message>
    <message>
        <source>No relay feed token is stored for the account “%1”. Store it with: herald-cli account set-secret relay-feed-token --name %1 &lt; token.txt</source>
        <translation>Nenhum token de feed do relay está guardado para a conta “%1”. Guarde-o com: herald-cli account set-secret relay-feed-token --name %1 &lt; token.txt</translation>
    </message>
    <message>
        <source>The sync stopped.</source>
        <translation>A sincronização parou.</translation>
    </message>
    <message>
        <source>%1 events from the relay: %2 statuses applied (%3 duplicates), %4 replies attributed, %5 opt-outs, %6 opt-ins, %7 unmatched. Cursor %8.</source>
        <translation>%1 eventos do relay: %2 status aplicados (%3 duplicados), %4 respostas atribuídas, %5 descadastros, %6 inscrições, %7 sem correspondência. Cursor %8.</translation>
    </message>
    <message>
        <source>%1 business events stored, %2 not usable (kept as raw payloads).</source>
        <translation>%1 eventos de negócio guardados, %2 inutilizáveis (mantidos como payloads brutos).</translation>
    </message>
    <message>
        <source>sync [--name N] [--until-idle SECONDS] [--json]</source>
        <translation>sync [--name N] [--until-idle SECONDS] [--json]</translation>
    </message>
    <message>
        <source>Fetches statuses, replies and opt-outs from the account&apos;s relay.</source>
        <translation>Busca status, respostas e descadastros no relay da conta.</translation>
    </message>
    <message>
        <source>Seconds to wait for each page (default 30).</source>
        <translation>Segundos de espera por cada página (padrão 30).</translation>
    </message>
    <message>
        <source>%1 templates: %2 added, %3 updated, %4 removed upstream.</source>
        <translation>%1 modelos: %2 adicionados, %3 atualizados, %4 removidos na origem.</translation>
    </message>
    <message>
        <source>DELETED upstream</source>
        <translation>EXCLUÍDO na origem</translation>
    </message>
    <message>
        <source>A template in the Graph API&apos;s JSON shape.</source>
        <translation>Um modelo no formato JSON da Graph API.</translation>
    </message>
    <message>
        <source>templates validate needs exactly one FILE.json.</source>
        <translation>templates validate precisa de exatamente um ARQUIVO.json.</translation>
    </message>
    <message>
        <source>%1: no rule violations.</source>
        <translation>%1: nenhuma regra violada.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2 at byte %3).</source>
        <translation>%1 não é um objeto JSON (%2 no byte %3).</translation>
    </message>
    <message numerus="yes">
        <source>“%1” breaks %n of Meta&apos;s template rule(s); nothing was stored.</source>
        <translation>
            <numerusform>“%1” viola %n regra de modelos da Meta; nada foi guardado.</numerusform>
            <numerusform>“%1” viola %n regras de modelos da Meta; nada foi guardado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace a local draft with the same name and language.</source>
        <translation>Substituir um rascunho local com o mesmo nome e idioma.</translation>
    </message>
    <message>
        <source>templates create needs exactly one FILE.json.</source>
        <translation>templates create precisa de exatamente um ARQUIVO.json.</translation>
    </message>
    <message>
        <source>A template “%1” in %2 exists at Meta already (status %3). Choose another name.</source>
        <translation>Um modelo “%1” em %2 já existe na Meta (status %3). Escolha outro nome.</translation>
    </message>
    <message>
        <source>A draft “%1” in %2 exists already. Pass --replace to replace it.</source>
        <translation>Um rascunho “%1” em %2 já existe. Use --replace para substituí-lo.</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>O modelo não pôde ser salvo: %1</translation>
    </message>
    <message>
        <source>Draft “%1” (%2) saved. Submit it for review with: herald-cli templates submit %1 --language %2</source>
        <translation>Rascunho “%1” (%2) salvo. Envie-o para análise com: herald-cli templates submit %1 --language %2</translation>
    </message>
    <message>
        <source>The stored template&apos;s name.</source>
        <translation>O nome do modelo guardado.</translation>
    </message>
    <message>
        <source>Its language code, e.g. en_US.</source>
        <translation>O código do idioma dele, ex.: pt_BR.</translation>
    </message>
    <message>
        <source>templates submit needs a template NAME and --language L.</source>
        <translation>templates submit precisa do NOME de um modelo e de --language L.</translation>
    </message>
    <message>
        <source>The account “%1” has no template “%2” in %3. Store it first with: herald-cli templates create FILE.json</source>
        <translation>A conta “%1” não tem o modelo “%2” em %3. Guarde-o primeiro com: herald-cli templates create ARQUIVO.json</translation>
    </message>
    <message>
        <source>The sandbox approved “%1” at once: it simulates Meta&apos;s review.</source>
        <translation>O sandbox aprovou “%1” na hora: ele simula a análise da Meta.</translation>
    </message>
    <message>
        <source>“%1” was submitted for review (status %2); Meta answers within 24 hours. See it with: herald-cli templates sync</source>
        <translation>“%1” foi enviado para análise (status %2); a Meta responde em até 24 horas. Confira com: herald-cli templates sync</translation>
    </message>
    <message>
        <source>templates create FILE.json [--name N] [--replace] [--json]</source>
        <translation>templates create FILE.json [--name N] [--replace] [--json]</translation>
    </message>
    <message>
        <source>Saves a template file as a draft.</source>
        <translation>Salva um arquivo de modelo como rascunho.</translation>
    </message>
    <message>
        <source>templates list [--name N] [--json]</source>
        <translation>templates list [--name N] [--json]</translation>
    </message>
    <message>
        <source>Lists the account&apos;s message templates.</source>
        <translation>Lista os modelos de mensagem da conta.</translation>
    </message>
    <message>
        <source>templates submit NAME --language L [--name N] [--json]</source>
        <translation>templates submit NAME --language L [--name N] [--json]</translation>
    </message>
    <message>
        <source>Submits a draft template to Meta for review.</source>
        <translation>Envia um modelo em rascunho para a análise da Meta.</translation>
    </message>
    <message>
        <source>templates sync [--name N] [--json]</source>
        <translation>templates sync [--name N] [--json]</translation>
    </message>
    <message>
        <source>Fetches the account&apos;s message templates.</source>
        <translation>Busca os modelos de mensagem da conta.</translation>
    </message>
    <message>
        <source>templates validate FILE.json [--json]</source>
        <translation>templates validate FILE.json [--json]</translation>
    </message>
    <message>
        <source>Checks a template file against Meta&apos;s rules.</source>
        <translation>Verifica um arquivo de modelo contra as regras da Meta.</translation>
    </message>
    <message>
        <source>workspace backup [--to FILE] [--json]</source>
        <translation>workspace backup [--to FILE] [--json]</translation>
    </message>
    <message>
        <source>Writes a backup copy of the workspace.</source>
        <translation>Grava uma cópia de backup do espaço de trabalho.</translation>
    </message>
    <message>
        <source>Write the backup to this file instead of the rolling folder &lt;workspace&gt;.backups/.</source>
        <translation>Gravar o backup neste arquivo em vez da pasta rotativa &lt;espaço&gt;.backups/.</translation>
    </message>
    <message>
        <source>workspace backup takes no arguments (use --to FILE to choose the file).</source>
        <translation>workspace backup não aceita argumentos (use --to ARQUIVO para escolher o arquivo).</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 bytes).</source>
        <translation>Backup de %1 gravado em %2 (%3 bytes).</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>O backup a restaurar.</translation>
    </message>
    <message>
        <source>workspace restore needs exactly one FILE (a backup, e.g. from &lt;workspace&gt;.backups/).</source>
        <translation>workspace restore precisa de exatamente um ARQUIVO (um backup, ex.: de &lt;espaço&gt;.backups/).</translation>
    </message>
    <message>
        <source>The backup was put in place but cannot be opened: %1</source>
        <translation>O backup foi colocado no lugar, mas não pode ser aberto: %1</translation>
    </message>
    <message>
        <source>Restored %1 from %2 (%3 contacts). Its previous state is kept in %4.</source>
        <translation>%1 restaurado a partir de %2 (%3 contatos). O estado anterior está guardado em %4.</translation>
    </message>
    <message>
        <source>workspace restore FILE [--json]</source>
        <translation>workspace restore FILE [--json]</translation>
    </message>
    <message>
        <source>Replaces the workspace with a backup copy.</source>
        <translation>Substitui o espaço de trabalho por uma cópia de backup.</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Custo: %1</translation>
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
        <translation>Separador de colunas do arquivo CSV: , (padrão), ; ou tab (o Excel em que o separador decimal é a vírgula espera ;).</translation>
    </message>
    <message>
        <source>--separator must be , or ; or tab, not “%1”.</source>
        <translation>--separator deve ser , ou ; ou tab, não “%1”.</translation>
    </message>
    <message>
        <source>contacts export FILE [--separator SEP] [--json]</source>
        <translation>contacts export FILE [--separator SEP] [--json]</translation>
    </message>
    <message>
        <source>%1 (campaign %2): %3</source>
        <translation>%1 (campanha %2): %3</translation>
    </message>
    <message>
        <source>Country of a --phone written without its country code (ISO 3166, e.g. IN).</source>
        <translation>País de um --phone escrito sem o código do país (ISO 3166, ex.: BR).</translation>
    </message>
    <message>
        <source>--region: “%1” is not a country code; use two letters such as IN or DE.</source>
        <translation>--region: “%1” não é um código de país; use duas letras, como BR ou DE.</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=…]</source>
        <translation>postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=…]</translation>
    </message>
    <message>
        <source>workspace login takes one URL: herald-cli workspace login postgresql://USER@HOST/DBNAME &lt; password-file</source>
        <translation>workspace login recebe uma única URL: herald-cli workspace login postgresql://USER@HOST/DBNAME &lt; password-file</translation>
    </message>
    <message>
        <source>No password on standard input. Pipe it in: herald-cli workspace login %1 &lt; password-file</source>
        <translation>Nenhuma senha na entrada padrão. Envie-a por pipe: herald-cli workspace login %1 &lt; password-file</translation>
    </message>
    <message>
        <source>The password was not stored: %1</source>
        <translation>A senha não foi guardada: %1</translation>
    </message>
    <message>
        <source>Logged in to %1; the password is stored in the keychain and used whenever this URL is opened.</source>
        <translation>Login feito em %1; a senha está guardada no chaveiro e é usada sempre que esta URL for aberta.</translation>
    </message>
    <message>
        <source>workspace login URL [--json]</source>
        <translation>workspace login URL [--json]</translation>
    </message>
    <message>
        <source>Stores a PostgreSQL workspace&apos;s password (read from standard input) in the keychain.</source>
        <translation>Guarda a senha de um espaço de trabalho PostgreSQL (lida da entrada padrão) no chaveiro.</translation>
    </message>
    <message>
        <source>Send from several numbers of one business portfolio, comma-separated account names (the first is the campaign&apos;s own; --account may also be repeated).</source>
        <translation>Enviar de vários números de um mesmo portfólio empresarial: nomes de contas separados por vírgula (o primeiro é o da própria campanha; --account também pode ser repetido).</translation>
    </message>
    <message>
        <source>--accounts: there is no account named “%1” (herald-cli account list shows them).</source>
        <translation>--accounts: não há conta chamada “%1” (herald-cli account list mostra as contas).</translation>
    </message>
    <message>
        <source>The month (UTC), default this one.</source>
        <translation>O mês (UTC); padrão: o mês atual.</translation>
    </message>
    <message>
        <source>Only this account (default: every account).</source>
        <translation>Só esta conta (padrão: todas as contas).</translation>
    </message>
    <message>
        <source>cost takes no arguments; choose the month with --month YYYY-MM.</source>
        <translation>cost não aceita argumentos; escolha o mês com --month YYYY-MM.</translation>
    </message>
    <message>
        <source>“%1” is not a month; write --month like 2026-03.</source>
        <translation>“%1” não é um mês; escreva --month como 2026-03.</translation>
    </message>
    <message>
        <source>No billable message was delivered in %1.</source>
        <translation>Nenhuma mensagem cobrável foi entregue em %1.</translation>
    </message>
    <message>
        <source>no rate on the rate card</source>
        <translation>sem preço na tabela de preços</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %3 for %n billable message(s) in %4 campaign(s)</source>
        <translation>
            <numerusform>%1 · %2: %3 por %n mensagem cobrável (campanhas: %4)</numerusform>
            <numerusform>%1 · %2: %3 por %n mensagens cobráveis (campanhas: %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>cost [--month YYYY-MM] [--account NAME] [--json]</source>
        <translation>cost [--month YYYY-MM] [--account NAME] [--json]</translation>
    </message>
    <message>
        <source>Prints what each account&apos;s messages cost in a month.</source>
        <translation>Mostra quanto custaram as mensagens de cada conta em um mês.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>Ask each number&apos;s phone-number endpoint for its quality and throughput first.</source>
        <translation>Consultar antes o endpoint de número de telefone de cada número para obter a qualidade e a vazão.</translation>
    </message>
    <message>
        <source>Could not refresh the quality of %1: %2</source>
        <translation>Não foi possível atualizar a qualidade de %1: %2</translation>
    </message>
    <message>
        <source>Portfolio %1: %2</source>
        <translation>Portfólio %1: %2</translation>
    </message>
    <message>
        <source>  %1 (%2): quality %3%4, %5 msg/s, tier %6, %7 recipients in 24 h</source>
        <translation>  %1 (%2): qualidade %3%4, %5 msg/s, nível %6, %7 destinatários em 24 h</translation>
    </message>
    <message>
        <source>no number id</source>
        <translation>sem ID do número</translation>
    </message>
    <message>
        <source> — flagged, nothing is sent from it</source>
        <translation> — sinalizado, nada é enviado por ele</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>    running: %1; scheduled: %2</source>
        <translation>    em andamento: %1; agendadas: %2</translation>
    </message>
    <message>
        <source>portfolio [--refresh] [--json]</source>
        <translation>portfolio [--refresh] [--json]</translation>
    </message>
    <message>
        <source>Shows every number by portfolio: quality, throughput, tier, recipients in 24 h, headroom and the campaigns drawing on it.</source>
        <translation>Mostra todos os números por portfólio: qualidade, vazão, nível, destinatários em 24 h, folga e as campanhas que os usam.</translation>
    </message>
    <message>
        <source>Send window: %1; waves (recipients per hour, UTC):</source>
        <translation>Janela de envio: %1; lotes (destinatários por hora, UTC):</translation>
    </message>
    <message>
        <source>Last send: about %1 UTC</source>
        <translation>Último envio: por volta de %1 UTC</translation>
    </message>
    <message>
        <source>The day (UTC) the price applies from; messages sent before keep the earlier price (default: since always).</source>
        <translation>O dia (UTC) a partir do qual o preço vale; mensagens enviadas antes mantêm o preço anterior (padrão: desde sempre).</translation>
    </message>
    <message>
        <source>Usage: ratecard set CATEGORY PRICE [--country CC] [--currency CUR] [--valid-from DATE] | ratecard list | ratecard remove CATEGORY [--country CC] [--valid-from DATE]</source>
        <translation>Uso: ratecard set CATEGORY PRICE [--country CC] [--currency CUR] [--valid-from DATE] | ratecard list | ratecard remove CATEGORY [--country CC] [--valid-from DATE]</translation>
    </message>
    <message>
        <source>“%1” is not a date; write --valid-from like 2025-07-01.</source>
        <translation>“%1” não é uma data; escreva --valid-from como 2025-07-01.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>a partir de %1</translation>
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
        <translation>CSV com o cabeçalho category,country,price,currency e, opcionalmente, valid_from.</translation>
    </message>
    <message>
        <source>ratecard import needs one CSV file.</source>
        <translation>ratecard import precisa de um arquivo CSV.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rate(s): %1 new, %2 replaced.</source>
        <translation>
            <numerusform>%n preço importado (novos: %1; substituídos: %2).</numerusform>
            <numerusform>%n preços importados (novos: %1; substituídos: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>ratecard import FILE.csv [--json]</source>
        <translation>ratecard import FILE.csv [--json]</translation>
    </message>
    <message>
        <source>Imports rates from a CSV: category,country,price,currency[,valid_from].</source>
        <translation>Importa preços de um CSV: category,country,price,currency[,valid_from].</translation>
    </message>
    <message numerus="yes">
        <source>cost	actual %1 of estimated %2 (%n billable message(s))</source>
        <translation>
            <numerusform>cost	real %1 de %2 estimado (%n mensagem cobrável)</numerusform>
            <numerusform>cost	real %1 de %2 estimado (%n mensagens cobráveis)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cost	%n billable message(s) have no rate on the rate card</source>
        <translation>
            <numerusform>cost	%n mensagem cobrável não tem preço na tabela de preços</numerusform>
            <numerusform>cost	%n mensagens cobráveis não têm preço na tabela de preços</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV file or Excel workbook (.xlsx) to import.</source>
        <translation>Arquivo CSV ou pasta de trabalho do Excel (.xlsx) a importar.</translation>
    </message>
    <message>
        <source>The sheet of an Excel workbook to import (default: the first).</source>
        <translation>A planilha da pasta de trabalho do Excel a importar (padrão: a primeira).</translation>
    </message>
    <message>
        <source>  sheet “%1”, row %2: %3</source>
        <translation>  planilha “%1”, linha %2: %3</translation>
    </message>
    <message>
        <source>team add NAME --role admin|sender|viewer [--password-stdin] [--json]</source>
        <translation>team add NAME --role admin|sender|viewer [--password-stdin] [--json]</translation>
    </message>
    <message>
        <source>Adds a person to a team workspace as a PostgreSQL user with the rights of their role.</source>
        <translation>Adiciona uma pessoa a um espaço de trabalho de equipe como usuário do PostgreSQL, com os direitos da função dela.</translation>
    </message>
    <message>
        <source>admin, sender or viewer.</source>
        <translation>admin, sender ou viewer.</translation>
    </message>
    <message>
        <source>Read the person&apos;s password from standard input (one line).</source>
        <translation>Ler a senha da pessoa da entrada padrão (uma linha).</translation>
    </message>
    <message>
        <source>The person&apos;s PostgreSQL user name.</source>
        <translation>O nome de usuário da pessoa no PostgreSQL.</translation>
    </message>
    <message>
        <source>team add takes one NAME, e.g. team add maria --role sender</source>
        <translation>team add recebe um único NOME, ex.: team add maria --role sender</translation>
    </message>
    <message>
        <source>--role must be admin, sender or viewer (got “%1”).</source>
        <translation>--role deve ser admin, sender ou viewer (recebido: “%1”).</translation>
    </message>
    <message>
        <source>No password on standard input. Pipe it in: herald-cli team add NAME --role ROLE --password-stdin &lt; password-file</source>
        <translation>Nenhuma senha na entrada padrão. Envie-a por pipe: herald-cli team add NOME --role FUNÇÃO --password-stdin &lt; password-file</translation>
    </message>
    <message>
        <source>Added %1 as %2. They open the workspace with: herald --workspace postgresql://%1@HOST/DATABASE</source>
        <translation>%1 entrou na equipe como %2. Essa pessoa abre o espaço de trabalho com: herald --workspace postgresql://%1@HOST/DATABASE</translation>
    </message>
    <message>
        <source>team list takes no arguments.</source>
        <translation>team list não aceita argumentos.</translation>
    </message>
    <message>
        <source>No one has been added yet: herald-cli team add NAME --role admin|sender|viewer</source>
        <translation>Ninguém foi adicionado ainda: herald-cli team add NOME --role admin|sender|viewer</translation>
    </message>
    <message>
        <source>team remove takes one NAME.</source>
        <translation>team remove recebe um único NOME.</translation>
    </message>
    <message>
        <source>Removed %1 from the team; their PostgreSQL user is gone.</source>
        <translation>%1 saiu da equipe; o usuário dessa pessoa no PostgreSQL foi excluído.</translation>
    </message>
    <message>
        <source>Removed %1 from the team; their PostgreSQL user stays (it belongs to something else too).</source>
        <translation>%1 saiu da equipe; o usuário dessa pessoa no PostgreSQL foi mantido (ele também pertence a outra coisa).</translation>
    </message>
    <message>
        <source>team list [--json]</source>
        <translation>team list [--json]</translation>
    </message>
    <message>
        <source>Lists the people of a team workspace and their roles.</source>
        <translation>Lista as pessoas de um espaço de trabalho de equipe e as funções delas.</translation>
    </message>
    <message>
        <source>team remove NAME [--json]</source>
        <translation>team remove NAME [--json]</translation>
    </message>
    <message>
        <source>Takes a person off a team workspace.</source>
        <translation>Remove uma pessoa de um espaço de trabalho de equipe.</translation>
    </message>
    <message>
        <source>The workspace to copy: a file or a postgresql:// URL.</source>
        <translation>O espaço de trabalho a copiar: um arquivo ou uma URL postgresql://.</translation>
    </message>
    <message>
        <source>A new workspace: a file that does not exist yet, or an empty database.</source>
        <translation>Um novo espaço de trabalho: um arquivo que ainda não existe ou um banco de dados vazio.</translation>
    </message>
    <message>
        <source>workspace copy needs FROM and TO, e.g. workspace copy shop.herald postgresql://me@db/shop</source>
        <translation>workspace copy precisa de ORIGEM e DESTINO, ex.: workspace copy loja.herald postgresql://eu@db/loja</translation>
    </message>
    <message>
        <source>%1 does not exist; FROM must be an existing workspace.</source>
        <translation>%1 não existe; ORIGEM deve ser um espaço de trabalho existente.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Não foi possível abrir %1: %2</translation>
    </message>
    <message>
        <source>Copying %1: %2 of %3 rows</source>
        <translation>Copiando %1: %2 de %3 linhas</translation>
    </message>
    <message>
        <source>Copied %1 rows in %2 tables from %3 to %4; every table&apos;s row count matches.</source>
        <translation>%1 linhas copiadas em %2 tabelas de %3 para %4; a contagem de linhas de todas as tabelas confere.</translation>
    </message>
    <message>
        <source>workspace copy FROM TO [--json]</source>
        <translation>workspace copy FROM TO [--json]</translation>
    </message>
    <message>
        <source>Copies a workspace (a file or a postgresql:// URL) into a new, empty one, checking every table.</source>
        <translation>Copia um espaço de trabalho (um arquivo ou uma URL postgresql://) para um novo e vazio, verificando cada tabela.</translation>
    </message>
</context>
<context>
    <name>CloudApi</name>
    <message>
        <source>The frozen message content of this recipient is damaged (%1).</source>
        <translation>O conteúdo congelado da mensagem deste destinatário está danificado (%1).</translation>
    </message>
    <message>
        <source>not a JSON array</source>
        <translation>não é um array JSON</translation>
    </message>
</context>
<context>
    <name>ConnectionTestGroup</name>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Testar &amp;conexão</translation>
    </message>
    <message>
        <source>Ask Meta about this phone number with the stored (or just typed) token</source>
        <translation>Perguntar à Meta sobre este número de telefone com o token guardado (ou recém-digitado)</translation>
    </message>
    <message>
        <source>&lt;b&gt;✘ The connection failed.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;✘ A conexão falhou.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Display number</source>
        <translation>Número exibido</translation>
    </message>
    <message>
        <source>Verified name</source>
        <translation>Nome verificado</translation>
    </message>
    <message>
        <source>Quality rating</source>
        <translation>Classificação de qualidade</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Vazão</translation>
    </message>
    <message>
        <source>Paste the access token into “Access token” to test before saving.</source>
        <translation>Cole o token de acesso em “Token de acesso” para testar antes de salvar.</translation>
    </message>
</context>
<context>
    <name>ConsentDelegate</name>
    <message>
        <source>Opted in</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Descadastrado</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Sem consentimento</translation>
    </message>
</context>
<context>
    <name>ContactActions</name>
    <message>
        <source>1 contact</source>
        <translation>1 contato</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 contatos</translation>
    </message>
    <message>
        <source>No contact has a tag yet.</source>
        <translation>Nenhum contato tem etiqueta ainda.</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Adicionar etiqueta</translation>
    </message>
    <message>
        <source>Tag to add to %1:</source>
        <translation>Etiqueta a adicionar a %1:</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Remover etiqueta</translation>
    </message>
    <message>
        <source>Tag to remove from %1:</source>
        <translation>Etiqueta a remover de %1:</translation>
    </message>
    <message>
        <source>Opt Out</source>
        <translation>Descadastrar</translation>
    </message>
    <message>
        <source>Campaigns will no longer send to %1. Reason (kept with each contact):</source>
        <translation>As campanhas não enviarão mais para %1. Motivo (guardado com cada contato):</translation>
    </message>
    <message>
        <source>Asked to stop receiving messages</source>
        <translation>Pediu para não receber mais mensagens</translation>
    </message>
    <message>
        <source>Replied STOP</source>
        <translation>Respondeu SAIR</translation>
    </message>
    <message>
        <source>Number no longer in use</source>
        <translation>Número não está mais em uso</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reclamação</translation>
    </message>
    <message>
        <source>Delete this contact? Its consent record is deleted with it. This cannot be undone.</source>
        <translation>Excluir este contato? O registro de consentimento dele é excluído junto. Não é possível desfazer.</translation>
    </message>
    <message>
        <source>Delete %1? Their consent records are deleted with them. This cannot be undone.</source>
        <translation>Excluir %1? Os registros de consentimento são excluídos junto. Não é possível desfazer.</translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation>Excluir contatos</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Cannot add the tag: %1</source>
        <translation>Não foi possível adicionar a etiqueta: %1</translation>
    </message>
    <message>
        <source>Tagged %1 with “%2”.</source>
        <translation>%1 etiquetado(s) com “%2”.</translation>
    </message>
    <message>
        <source>Cannot remove the tag: %1</source>
        <translation>Não foi possível remover a etiqueta: %1</translation>
    </message>
    <message>
        <source>Removed “%2” from %1.</source>
        <translation>“%2” removida de %1.</translation>
    </message>
    <message>
        <source>Cannot record the opt-out: %1</source>
        <translation>Não foi possível registrar o descadastro: %1</translation>
    </message>
    <message>
        <source>Opted out %1.</source>
        <translation>%1 descadastrado(s).</translation>
    </message>
    <message>
        <source>Cannot delete the contacts: %1</source>
        <translation>Não foi possível excluir os contatos: %1</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 excluído(s).</translation>
    </message>
    <message>
        <source>contacts-%1.csv</source>
        <translation>contatos-%1.csv</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>Exportar contatos</translation>
    </message>
    <message>
        <source>Exporting contacts to %1…</source>
        <translation>Exportando contatos para %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 exportado(s) para %2.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportação cancelada.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>A exportação falhou.</translation>
    </message>
    <message>
        <source>Cannot export the contacts: %1</source>
        <translation>Não foi possível exportar os contatos: %1</translation>
    </message>
</context>
<context>
    <name>ContactDetailPane</name>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>No attributes.</source>
        <translation>Sem atributos.</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Atributos</translation>
    </message>
    <message>
        <source>%1 contacts selected.</source>
        <translation>%1 contatos selecionados.</translation>
    </message>
    <message>
        <source>Select a contact to see its details.</source>
        <translation>Selecione um contato para ver os detalhes.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>Opted out on %1.</source>
        <translation>Descadastrado em %1.</translation>
    </message>
    <message>
        <source>Opted out on %1: %2</source>
        <translation>Descadastrado em %1: %2</translation>
    </message>
    <message>
        <source>Had opted in on %1.</source>
        <translation>Tinha se inscrito em %1.</translation>
    </message>
    <message>
        <source>Opted in on %1.</source>
        <translation>Inscrito em %1.</translation>
    </message>
    <message>
        <source>Opted in on %1 via %2.</source>
        <translation>Inscrito em %1 via %2.</translation>
    </message>
    <message>
        <source>No opt-in recorded.</source>
        <translation>Nenhuma inscrição registrada.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>entered in Herald</source>
        <translation>registrado no Herald</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Adicionar contato</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Editar contato</translation>
    </message>
    <message>
        <source>e.g. +91 98765 43210, or a national number of the default region</source>
        <translation>ex.: +55 11 98765-4321, ou um número nacional da região padrão</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <source>Not asked yet (never sent to)</source>
        <translation>Ainda não consultado (nunca recebe envios)</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>Opted out (never sent to)</source>
        <translation>Descadastrado (nunca recebe envios)</translation>
    </message>
    <message>
        <source>Where they agreed</source>
        <translation>Onde eles aceitaram</translation>
    </message>
    <message>
        <source>Where they agreed, e.g. at the counter</source>
        <translation>Onde eles aceitaram, ex.: no balcão</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>New tags</source>
        <translation>Novas etiquetas</translation>
    </message>
    <message>
        <source>New tags, comma-separated</source>
        <translation>Novas etiquetas, separadas por vírgula</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Atributos</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Add attri&amp;bute</source>
        <translation>Adicionar atri&amp;buto</translation>
    </message>
    <message>
        <source>Remo&amp;ve attribute</source>
        <translation>Re&amp;mover atributo</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefone:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation>&amp;Consentimento:</translation>
    </message>
    <message>
        <source>Opt-in &amp;source:</source>
        <translation>&amp;Origem da inscrição:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <source>&amp;Attributes:</source>
        <translation>&amp;Atributos:</translation>
    </message>
    <message>
        <source>The number identifies the contact; to use another number, add a new contact.</source>
        <translation>O número identifica o contato; para usar outro número, adicione um novo contato.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefone: %1</translation>
    </message>
    <message>
        <source>enter the contact&apos;s number.</source>
        <translation>informe o número do contato.</translation>
    </message>
    <message>
        <source>Phone: %1 is already a contact (%2); edit that contact instead.</source>
        <translation>Telefone: %1 já é um contato (%2); edite esse contato em vez disso.</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sem nome</translation>
    </message>
    <message>
        <source>Attributes, row %1: give the attribute a name, or remove the row.</source>
        <translation>Atributos, linha %1: dê um nome ao atributo ou remova a linha.</translation>
    </message>
    <message>
        <source>Attributes, row %1: “%2” appears twice; keep one row per attribute.</source>
        <translation>Atributos, linha %1: “%2” aparece duas vezes; mantenha uma linha por atributo.</translation>
    </message>
    <message>
        <source>Cannot save the contact: %1</source>
        <translation>Não foi possível salvar o contato: %1</translation>
    </message>
</context>
<context>
    <name>ContactExporter</name>
    <message>
        <source>Cannot read the contacts: %1</source>
        <translation>Não foi possível ler os contatos: %1</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 is incomplete.</source>
        <translation>A exportação foi cancelada; %1 está incompleto.</translation>
    </message>
</context>
<context>
    <name>ContactHistoryView</name>
    <message>
        <source>Error %1 — %2</source>
        <translation>Erro %1 — %2</translation>
    </message>
    <message>
        <source>Retrying can help.</source>
        <translation>Tentar de novo pode ajudar.</translation>
    </message>
    <message>
        <source>Retrying the same message does not help.</source>
        <translation>Tentar a mesma mensagem de novo não ajuda.</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planejado</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>sendo enviado</translation>
    </message>
    <message>
        <source>accepted by WhatsApp</source>
        <translation>aceito pelo WhatsApp</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregue</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lido</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>com falha</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>incerto</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorado</translation>
    </message>
    <message>
        <source>Message history of %1</source>
        <translation>Histórico de mensagens de %1</translation>
    </message>
    <message>
        <source>Message history</source>
        <translation>Histórico de mensagens</translation>
    </message>
    <message>
        <source>Each campaign message with the statuses WhatsApp reported, replies and business events, newest first</source>
        <translation>Cada mensagem de campanha com os status informados pelo WhatsApp, respostas e eventos de negócio, do mais recente ao mais antigo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Details of the selected entry</source>
        <translation>Detalhes do item selecionado</translation>
    </message>
    <message>
        <source>&amp;Raw webhook payload</source>
        <translation>Payload &amp;bruto do webhook</translation>
    </message>
    <message>
        <source>Raw webhook payload</source>
        <translation>Payload bruto do webhook</translation>
    </message>
    <message>
        <source>&amp;Copy payload</source>
        <translation>&amp;Copiar payload</translation>
    </message>
    <message>
        <source>Copy the raw payload to the clipboard</source>
        <translation>Copiar o payload bruto para a área de transferência</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Cannot read the history of %1: %2</source>
        <translation>Não foi possível ler o histórico de %1: %2</translation>
    </message>
    <message>
        <source>Opted out on %1 (%2).</source>
        <translation>Descadastrado em %1 (%2).</translation>
    </message>
    <message>
        <source>Opted in on %1 (%2).</source>
        <translation>Inscrito em %1 (%2).</translation>
    </message>
    <message>
        <source>No recorded opt-in.</source>
        <translation>Nenhuma inscrição registrada.</translation>
    </message>
    <message>
        <source>No contact has this number.</source>
        <translation>Nenhum contato tem este número.</translation>
    </message>
    <message>
        <source>WhatsApp names this number %1.</source>
        <translation>O WhatsApp chama este número de %1.</translation>
    </message>
    <message>
        <source>1 campaign message</source>
        <translation>1 mensagem de campanha</translation>
    </message>
    <message>
        <source>%1 campaign messages</source>
        <translation>%1 mensagens de campanha</translation>
    </message>
    <message>
        <source>1 message from the customer</source>
        <translation>1 mensagem do cliente</translation>
    </message>
    <message>
        <source>%1 messages from the customer</source>
        <translation>%1 mensagens do cliente</translation>
    </message>
    <message>
        <source>1 business event</source>
        <translation>1 evento de negócio</translation>
    </message>
    <message>
        <source>%1 business events</source>
        <translation>%1 eventos de negócio</translation>
    </message>
    <message>
        <source>%1 — run %2</source>
        <translation>%1 — envio %2</translation>
    </message>
    <message>
        <source>Template %1 (%2)</source>
        <translation>Modelo %1 (%2)</translation>
    </message>
    <message>
        <source>WhatsApp reported: %1</source>
        <translation>O WhatsApp informou: %1</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>erro %1</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <translation>Resposta: %1</translation>
    </message>
    <message>
        <source>opt-out</source>
        <translation>descadastro</translation>
    </message>
    <message>
        <source>Test send: %1 (%2)</source>
        <translation>Envio de teste: %1 (%2)</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>não enviado</translation>
    </message>
    <message>
        <source>Message from the customer: %1</source>
        <translation>Mensagem do cliente: %1</translation>
    </message>
    <message>
        <source>Triggered campaign: %1</source>
        <translation>Campanha por evento: %1</translation>
    </message>
    <message>
        <source>Business event: %1</source>
        <translation>Evento de negócio: %1</translation>
    </message>
    <message>
        <source>via relay</source>
        <translation>via relay</translation>
    </message>
    <message>
        <source>recorded locally</source>
        <translation>registrado localmente</translation>
    </message>
    <message>
        <source>Herald has no messages, replies or events for this number.</source>
        <translation>O Herald não tem mensagens, respostas ou eventos para este número.</translation>
    </message>
    <message>
        <source>No webhook has reported on this message yet.</source>
        <translation>Nenhum webhook informou sobre esta mensagem ainda.</translation>
    </message>
    <message>
        <source>The payload of this status is no longer stored.</source>
        <translation>O payload deste status não está mais guardado.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>ID da mensagem</translation>
    </message>
    <message>
        <source>WhatsApp ID</source>
        <translation>ID do WhatsApp</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Informado</translation>
    </message>
    <message>
        <source>A test send never counts in a campaign&apos;s statistics.</source>
        <translation>Um envio de teste nunca conta nas estatísticas de uma campanha.</translation>
    </message>
    <message>
        <source>No webhook has reported on this test message yet.</source>
        <translation>Nenhum webhook informou sobre esta mensagem de teste ainda.</translation>
    </message>
    <message>
        <source>The payload of this message is no longer stored.</source>
        <translation>O payload desta mensagem não está mais guardado.</translation>
    </message>
    <message>
        <source>&amp;Event data</source>
        <translation>Dados do &amp;evento</translation>
    </message>
    <message>
        <source>&amp;Raw webhook payload — relay cursor %1, received %2</source>
        <translation>Payload &amp;bruto do webhook — cursor do relay %1, recebido em %2</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Envio</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceito</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lido</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Respondido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Uncertain since</source>
        <translation>Incerto desde</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>Skip reason</source>
        <translation>Motivo para ignorar</translation>
    </message>
    <message>
        <source>Error title</source>
        <translation>Título do erro</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalhes do erro</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Herald does not know whether WhatsApp accepted this message (the answer was lost); it is never sent again automatically.</source>
        <translation>O Herald não sabe se o WhatsApp aceitou esta mensagem (a resposta se perdeu); ela nunca é reenviada automaticamente.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Código do erro</translation>
    </message>
    <message>
        <source>Message from the customer</source>
        <translation>Mensagem do cliente</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>From WhatsApp ID</source>
        <translation>Do ID do WhatsApp</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Descadastro</translation>
    </message>
    <message>
        <source>yes — the customer asked to stop receiving messages</source>
        <translation>sim — o cliente pediu para não receber mais mensagens</translation>
    </message>
    <message>
        <source>Not attributed to a campaign message (no message to this number in the 72 hours before).</source>
        <translation>Não atribuída a uma mensagem de campanha (nenhuma mensagem para este número nas 72 horas anteriores).</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decidido</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Ocorreu</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>relay (cursor %1)</source>
        <translation>relay (cursor %1)</translation>
    </message>
    <message>
        <source>recorded in this workspace</source>
        <translation>registrado neste espaço de trabalho</translation>
    </message>
</context>
<context>
    <name>ContactImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vazio.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has no header row.</source>
        <translation>%1 não tem linha de cabeçalho.</translation>
    </message>
    <message>
        <source>%1, line %2 (the header): %3. Is this a contacts CSV file?</source>
        <translation>%1, linha %2 (o cabeçalho): %3. Este é um arquivo CSV de contatos?</translation>
    </message>
    <message>
        <source>No column looks like a phone number; the header is: %1</source>
        <translation>Nenhuma coluna parece um número de telefone; o cabeçalho é: %1</translation>
    </message>
    <message>
        <source>%1 is not a region code Herald knows; use a two-letter ISO code such as IN, DE or BR.</source>
        <translation>%1 não é um código de região que o Herald conhece; use um código ISO de duas letras como BR, IN ou DE.</translation>
    </message>
    <message>
        <source>Cannot prepare the import: %1</source>
        <translation>Não foi possível preparar a importação: %1</translation>
    </message>
    <message>
        <source>%1: %2 Nothing after the last committed batch was imported.</source>
        <translation>%1: %2 Nada depois do último lote gravado foi importado.</translation>
    </message>
    <message>
        <source>the row has %1 values but the header has %2 columns (a value probably contains an unquoted separator)</source>
        <translation>a linha tem %1 valores, mas o cabeçalho tem %2 colunas (provavelmente um valor contém um separador sem aspas)</translation>
    </message>
    <message>
        <source>the opt-in value %1 in column %2 is not understood; use yes or no</source>
        <translation>o valor de inscrição %1 na coluna %2 não foi entendido; use sim ou não (yes ou no)</translation>
    </message>
    <message>
        <source>the opt-out value %1 in column %2 is not understood; use yes or no</source>
        <translation>o valor de descadastro %1 na coluna %2 não foi entendido; use sim ou não (yes ou no)</translation>
    </message>
    <message>
        <source>the date %1 in column %2 is not an ISO 8601 date such as 2024-05-31T14:00:00Z</source>
        <translation>a data %1 na coluna %2 não é uma data ISO 8601 como 2024-05-31T14:00:00Z</translation>
    </message>
    <message>
        <source>the workspace is not an open SQLite database</source>
        <translation>o espaço de trabalho não é um banco SQLite aberto</translation>
    </message>
    <message>
        <source>Cannot start writing to the workspace: %1</source>
        <translation>Não foi possível começar a gravar no espaço de trabalho: %1</translation>
    </message>
    <message>
        <source>Cannot write to the workspace: %1</source>
        <translation>Não foi possível gravar no espaço de trabalho: %1</translation>
    </message>
    <message>
        <source>Cannot build the contacts&apos; indexes again: %1. They are built the next time the workspace is opened.</source>
        <translation>Não foi possível reconstruir os índices dos contatos: %1. Eles serão construídos na próxima vez que o espaço de trabalho for aberto.</translation>
    </message>
    <message>
        <source>%1 is a CSV file, which has no sheets; leave the sheet out.</source>
        <translation>%1 é um arquivo CSV, que não tem planilhas; não informe a planilha.</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Pasta de trabalho do Excel</translation>
    </message>
</context>
<context>
    <name>ContactStore</name>
    <message>
        <source>The tag “%1” could not be created.</source>
        <translation>A etiqueta “%1” não pôde ser criada.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Uma etiqueta precisa de um nome.</translation>
    </message>
    <message>
        <source>The contact %1 was not stored.</source>
        <translation>O contato %1 não foi armazenado.</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Opted in via %1 on %2</source>
        <translation>Inscrito via %1 em %2</translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation>origem desconhecida</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>Opted out on %1: %2</source>
        <translation>Descadastrado em %1: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nenhum motivo informado</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Descadastrado</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Sem consentimento</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adicionado</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Cannot read contacts: %1</source>
        <translation>Não foi possível ler os contatos: %1</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import contacts from a CSV file</source>
        <translation>Importar contatos de um arquivo CSV</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export all contacts to a CSV file</source>
        <translation>Exportar todos os contatos para um arquivo CSV</translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation>Adicionar e&amp;tiqueta…</translation>
    </message>
    <message>
        <source>Add a tag to the selected contacts</source>
        <translation>Adicionar uma etiqueta aos contatos selecionados</translation>
    </message>
    <message>
        <source>&amp;Remove tag…</source>
        <translation>&amp;Remover etiqueta…</translation>
    </message>
    <message>
        <source>Remove a tag from the selected contacts</source>
        <translation>Remover uma etiqueta dos contatos selecionados</translation>
    </message>
    <message>
        <source>&amp;Opt out…</source>
        <translation>&amp;Descadastrar…</translation>
    </message>
    <message>
        <source>Record that the selected contacts no longer want messages</source>
        <translation>Registrar que os contatos selecionados não querem mais mensagens</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>Delete the selected contacts (Del)</source>
        <translation>Excluir os contatos selecionados (Del)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Message &amp;history…</source>
        <translation>&amp;Histórico de mensagens…</translation>
    </message>
    <message>
        <source>Every message, status, reply and event of this contact&apos;s number</source>
        <translation>Cada mensagem, status, resposta e evento do número deste contato</translation>
    </message>
    <message>
        <source>Search name, phone, tag…</source>
        <translation>Buscar nome, telefone, etiqueta…</translation>
    </message>
    <message>
        <source>Find contacts by name, phone number, tag or attribute value (%1)</source>
        <translation>Encontrar contatos por nome, telefone, etiqueta ou valor de atributo (%1)</translation>
    </message>
    <message>
        <source>No contacts match “%1”.</source>
        <translation>Nenhum contato corresponde a “%1”.</translation>
    </message>
    <message>
        <source>No contacts yet.
Import a CSV file with Import… or File › Import Contacts… (%1).</source>
        <translation>Nenhum contato ainda.
Importe um arquivo CSV com Importar… ou Arquivo › Importar contatos… (%1).</translation>
    </message>
    <message>
        <source>Imported %1 new and updated %2 existing contacts.</source>
        <translation>%1 contatos novos importados e %2 existentes atualizados.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>Press Enter on a contact to see its message history</source>
        <translation>Pressione Enter em um contato para ver o histórico de mensagens dele</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>&amp;Adicionar contato…</translation>
    </message>
    <message>
        <source>Add one contact by hand</source>
        <translation>Adicionar um contato manualmente</translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation>Editar &amp;contato…</translation>
    </message>
    <message>
        <source>Change the selected contact&apos;s name, consent, tags and attributes (Enter)</source>
        <translation>Alterar o nome, o consentimento, as etiquetas e os atributos do contato selecionado (Enter)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contatos</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Contact added.</source>
        <translation>Contato adicionado.</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Contato salvo.</translation>
    </message>
</context>
<context>
    <name>CostText</name>
    <message>
        <source>Cost: no rate card yet — add prices under Campaigns → Pre-flight → Rate card to see what runs cost.</source>
        <translation>Custo: ainda não há tabela de preços — adicione preços em Campanhas → Verificação prévia → Tabela de preços para ver quanto custam os envios.</translation>
    </message>
    <message>
        <source>actual %1 of estimated %2</source>
        <translation>real %1 de %2 estimado</translation>
    </message>
    <message>
        <source>Cost: no message of this run has a rate on the rate card</source>
        <translation>Custo: nenhuma mensagem deste envio tem preço na tabela de preços</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Custo: %1</translation>
    </message>
    <message numerus="yes">
        <source> (%n billable message(s) delivered)</source>
        <translation>
            <numerusform> (%n mensagem cobrável entregue)</numerusform>
            <numerusform> (%n mensagens cobráveis entregues)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n without a rate</source>
        <translation>
            <numerusform> · %n sem preço</numerusform>
            <numerusform> · %n sem preço</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2: nothing billed yet</source>
        <translation>%1 em %2: nada cobrado ainda</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2: %3 for %n billable message(s)</source>
        <translation>
            <numerusform>%1 em %2: %3 por %n mensagem cobrável</numerusform>
            <numerusform>%1 em %2: %3 por %n mensagens cobráveis</numerusform>
        </translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>sem preço</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1 is not UTF-8 or Windows-1252 text (the first problem is on line %2); save it as CSV UTF-8 from Excel and try again.</source>
        <translation>%1 não é texto UTF-8 nem Windows-1252 (o primeiro problema está na linha %2); salve-o como CSV UTF-8 no Excel e tente de novo.</translation>
    </message>
    <message>
        <source>the quoted field that starts on line %1 is never closed (a closing &quot; is missing)</source>
        <translation>o campo entre aspas que começa na linha %1 nunca é fechado (falta um &quot; de fechamento)</translation>
    </message>
    <message>
        <source>the row has %1 values; at most %2 are read per row</source>
        <translation>a linha tem %1 valores; no máximo %2 são lidos por linha</translation>
    </message>
    <message>
        <source>a value is %1 KiB long; at most %2 KiB are allowed per value</source>
        <translation>um valor tem %1 KiB; são permitidos no máximo %2 KiB por valor</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>No campaign has run yet</source>
        <translation>Nenhuma campanha foi enviada ainda</translation>
    </message>
    <message>
        <source>Once a campaign sends, this page shows how many messages were delivered, read and answered, hour by hour, and who is behind every number.</source>
        <translation>Assim que uma campanha enviar, esta página mostra quantas mensagens foram entregues, lidas e respondidas, hora a hora, e quem está por trás de cada número.</translation>
    </message>
    <message>
        <source>Go to &amp;Campaigns</source>
        <translation>Ir para &amp;Campanhas</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <source>C&amp;ampaign:</source>
        <translation>C&amp;ampanha:</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Envio</translation>
    </message>
    <message>
        <source>R&amp;un:</source>
        <translation>E&amp;nvio:</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Exportar &amp;relatório…</translation>
    </message>
    <message>
        <source>Save the statistics and failure reasons of this run as a CSV file.</source>
        <translation>Salvar as estatísticas e os motivos de falha deste envio em um arquivo CSV.</translation>
    </message>
    <message>
        <source>Messages accepted by WhatsApp but without a status report yet, and sends whose outcome is uncertain.</source>
        <translation>Mensagens aceitas pelo WhatsApp mas ainda sem relatório de status, e envios de resultado incerto.</translation>
    </message>
    <message>
        <source>Sent, failed and unqualified are shares of attempted; delivered, read and replied of sent. Click a bar to see who is behind it.</source>
        <translation>Enviados, com falha e não qualificados são parcelas dos tentados; entregues, lidos e respondidos, dos enviados. Clique em uma barra para ver quem está por trás dela.</translation>
    </message>
    <message>
        <source>%1 (not run yet)</source>
        <translation>%1 (ainda não enviada)</translation>
    </message>
    <message>
        <source>Retry of run %1 · %2</source>
        <translation>Nova tentativa do envio %1 · %2</translation>
    </message>
    <message>
        <source>Run %1 · %2</source>
        <translation>Envio %1 · %2</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Ainda não enviada</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Ao vivo</translation>
    </message>
    <message>
        <source>Run status: %1</source>
        <translation>Status do envio: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n destinatário</numerusform>
            <numerusform>%n destinatários</numerusform>
        </translation>
    </message>
    <message>
        <source> · started %1</source>
        <translation> · iniciado em %1</translation>
    </message>
    <message>
        <source> · finished %1</source>
        <translation> · concluído em %1</translation>
    </message>
    <message>
        <source> · retries the failures of run %1</source>
        <translation> · tenta de novo as falhas do envio %1</translation>
    </message>
    <message>
        <source>%1 waiting for a status report — show</source>
        <translation>%1 aguardando relatório de status — mostrar</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>O relatório não pôde ser salvo: %1</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Relatório salvo em %1.</translation>
    </message>
    <message>
        <source>Actual: delivered messages Meta bills (from the pricing of their status reports) at the rate card&apos;s price on their send day. Estimated: every recipient of the run at the price on the day it started, as the pre-flight check counts it.</source>
        <translation>Real: mensagens entregues que a Meta cobra (conforme os dados de preço dos relatórios de status), pelo preço da tabela de preços no dia do envio. Estimado: todos os destinatários do envio, pelo preço do dia em que ele começou, como a verificação prévia calcula.</translation>
    </message>
    <message>
        <source>report</source>
        <translation>relatório</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>Cannot unpack the demo contacts into a temporary folder.</source>
        <translation>Não foi possível descompactar os contatos de demonstração em uma pasta temporária.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Dados de demonstração</translation>
    </message>
    <message>
        <source>Cannot read the sandbox templates.</source>
        <translation>Não foi possível ler os modelos do sandbox.</translation>
    </message>
    <message>
        <source>Order updates (demo)</source>
        <translation>Atualizações de pedidos (demonstração)</translation>
    </message>
    <message>
        <source>out for delivery</source>
        <translation>saiu para entrega</translation>
    </message>
    <message>
        <source>soon</source>
        <translation>em breve</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>%1…%2 (%3 characters)</source>
        <translation>%1…%2 (%3 caracteres)</translation>
    </message>
</context>
<context>
    <name>EventPusher</name>
    <message>
        <source>Cannot record the event in the workspace: %1</source>
        <translation>Não foi possível registrar o evento no espaço de trabalho: %1</translation>
    </message>
    <message>
        <source>The relay at %1 did not answer within %2 seconds.</source>
        <translation>O relay em %1 não respondeu em %2 segundos.</translation>
    </message>
    <message>
        <source>Cannot reach the relay at %1: %2</source>
        <translation>Não foi possível acessar o relay em %1: %2</translation>
    </message>
    <message>
        <source>The relay at %1 answered without storing the event.</source>
        <translation>O relay em %1 respondeu sem guardar o evento.</translation>
    </message>
    <message>
        <source>The ingest token was refused; set it with herald-cli account set-secret relay-ingest-token</source>
        <translation>O token de ingestão foi recusado; defina-o com herald-cli account set-secret relay-ingest-token</translation>
    </message>
    <message>
        <source>The relay refused the event: %1</source>
        <translation>O relay recusou o evento: %1</translation>
    </message>
    <message>
        <source>The relay at %1 answered HTTP %2%3</source>
        <translation>O relay em %1 respondeu HTTP %2%3</translation>
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
        <translation>Envio %1</translation>
    </message>
</context>
<context>
    <name>FailureCatalogue</name>
    <message>
        <source>This number cannot receive WhatsApp messages: it is not on WhatsApp, the person has not accepted WhatsApp&apos;s latest terms, or their app is too old.</source>
        <translation>Este número não pode receber mensagens do WhatsApp: ele não está no WhatsApp, a pessoa não aceitou os termos mais recentes do WhatsApp ou o app dela está desatualizado.</translation>
    </message>
    <message>
        <source>Herald counts the recipient as unqualified and never retries. Check the number or reach the person another way.</source>
        <translation>O Herald conta o destinatário como não qualificado e nunca tenta de novo. Confira o número ou fale com a pessoa por outro meio.</translation>
    </message>
    <message>
        <source>The message was addressed to your own business number.</source>
        <translation>A mensagem foi endereçada ao seu próprio número comercial.</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Remove your own number from the contact list.</source>
        <translation>O Herald a marca como com falha e não tenta de novo. Remova seu próprio número da lista de contatos.</translation>
    </message>
    <message>
        <source>Your business phone number is not registered with the WhatsApp Cloud API (this is about your number, not the customer&apos;s).</source>
        <translation>Seu número de telefone comercial não está registrado na API de Nuvem do WhatsApp (isto diz respeito ao seu número, não ao do cliente).</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Register the number in Meta&apos;s WhatsApp Manager, then resume.</source>
        <translation>O Herald para a campanha. Registre o número no WhatsApp Manager da Meta e depois retome.</translation>
    </message>
    <message>
        <source>WhatsApp rejected a value in the request: a misspelled field, a value that is too long, or an ID in the account settings that does not exist.</source>
        <translation>O WhatsApp rejeitou um valor da requisição: um campo escrito errado, um valor longo demais ou um ID nas configurações da conta que não existe.</translation>
    </message>
    <message>
        <source>Herald marks the message failed and does not retry. Check the account settings and the template&apos;s values.</source>
        <translation>O Herald marca a mensagem como com falha e não tenta de novo. Confira as configurações da conta e os valores do modelo.</translation>
    </message>
    <message>
        <source>Messages were sent faster than your number&apos;s WhatsApp speed limit (80 messages per second by default).</source>
        <translation>As mensagens foram enviadas mais rápido do que o limite de velocidade do WhatsApp para o seu número (80 mensagens por segundo por padrão).</translation>
    </message>
    <message>
        <source>Herald slows down and sends the message again automatically.</source>
        <translation>O Herald desacelera e envia a mensagem de novo automaticamente.</translation>
    </message>
    <message>
        <source>Too many messages went to this one person in a short time. Other customers are not affected.</source>
        <translation>Mensagens demais foram para esta mesma pessoa em pouco tempo. Os outros clientes não são afetados.</translation>
    </message>
    <message>
        <source>Herald waits (1 s, 4 s, 16 s, …) and sends the message again automatically.</source>
        <translation>O Herald espera (1 s, 4 s, 16 s, …) e envia a mensagem de novo automaticamente.</translation>
    </message>
    <message>
        <source>WhatsApp is limiting your sending because many earlier messages were blocked or reported as spam.</source>
        <translation>O WhatsApp está limitando seus envios porque muitas mensagens anteriores foram bloqueadas ou denunciadas como spam.</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Check your number&apos;s quality in WhatsApp Manager and send less promotional content before trying again.</source>
        <translation>O Herald para a campanha. Confira a qualidade do seu número no WhatsApp Manager e envie conteúdo menos promocional antes de tentar de novo.</translation>
    </message>
    <message>
        <source>WhatsApp chose not to deliver this marketing message: the person has received many marketing messages lately (and US numbers get no marketing messages at all).</source>
        <translation>O WhatsApp decidiu não entregar esta mensagem de marketing: a pessoa recebeu muitas mensagens de marketing recentemente (e números dos EUA não recebem nenhuma mensagem de marketing).</translation>
    </message>
    <message>
        <source>Herald marks it failed. Sending again only makes sense after at least 24 hours, and never to US numbers.</source>
        <translation>O Herald a marca como com falha. Enviar de novo só faz sentido depois de pelo menos 24 horas, e nunca para números dos EUA.</translation>
    </message>
    <message>
        <source>WhatsApp is running an experiment that keeps marketing messages from this person. You are not charged.</source>
        <translation>O WhatsApp está fazendo um experimento que impede mensagens de marketing para esta pessoa. Você não é cobrado.</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry: it would fail the same way.</source>
        <translation>O Herald a marca como com falha e não tenta de novo: falharia do mesmo jeito.</translation>
    </message>
    <message>
        <source>The person asked WhatsApp to stop your marketing messages.</source>
        <translation>A pessoa pediu ao WhatsApp para parar suas mensagens de marketing.</translation>
    </message>
    <message>
        <source>Herald marks it failed, records the opt-out and leaves the contact out of future marketing campaigns.</source>
        <translation>O Herald a marca como com falha, registra o descadastro e deixa o contato fora das próximas campanhas de marketing.</translation>
    </message>
    <message>
        <source>Your Meta app made too many requests in a short time.</source>
        <translation>Seu app da Meta fez requisições demais em pouco tempo.</translation>
    </message>
    <message>
        <source>Herald waits and tries again later.</source>
        <translation>O Herald espera e tenta de novo mais tarde.</translation>
    </message>
    <message>
        <source>Your WhatsApp Business Account reached its hourly request limit.</source>
        <translation>Sua conta do WhatsApp Business atingiu o limite de requisições por hora.</translation>
    </message>
    <message>
        <source>Too many attempts to register or deregister your business number. This does not concern sending.</source>
        <translation>Tentativas demais de registrar ou cancelar o registro do seu número comercial. Isso não afeta os envios.</translation>
    </message>
    <message>
        <source>Herald reports it; wait before registering the number again.</source>
        <translation>O Herald informa o erro; espere antes de registrar o número de novo.</translation>
    </message>
    <message>
        <source>The message had a different number of values than the template has placeholders.</source>
        <translation>A mensagem tinha uma quantidade de valores diferente da quantidade de variáveis do modelo.</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Fix the column mapping of the campaign.</source>
        <translation>O Herald a marca como com falha e não tenta de novo. Corrija o mapeamento de colunas da campanha.</translation>
    </message>
    <message>
        <source>The template does not exist in this language, or it is not approved yet.</source>
        <translation>O modelo não existe neste idioma ou ainda não foi aprovado.</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Sync the templates and choose an approved one.</source>
        <translation>O Herald a marca como com falha e não tenta de novo. Sincronize os modelos e escolha um aprovado.</translation>
    </message>
    <message>
        <source>With the values filled in, the message is longer than WhatsApp allows.</source>
        <translation>Com os valores preenchidos, a mensagem fica mais longa do que o WhatsApp permite.</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Shorten the values (for example long names).</source>
        <translation>O Herald a marca como com falha e não tenta de novo. Encurte os valores (por exemplo, nomes longos).</translation>
    </message>
    <message>
        <source>The filled-in message breaks WhatsApp&apos;s formatting or content rules.</source>
        <translation>A mensagem preenchida viola as regras de formatação ou de conteúdo do WhatsApp.</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Check the values for unusual characters or content.</source>
        <translation>O Herald a marca como com falha e não tenta de novo. Confira os valores em busca de caracteres ou conteúdo incomuns.</translation>
    </message>
    <message>
        <source>A value does not have the form the template expects (for example named instead of numbered placeholders, or text where an image was expected).</source>
        <translation>Um valor não tem a forma que o modelo espera (por exemplo, variáveis nomeadas em vez de numeradas, ou texto onde se esperava uma imagem).</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Sync the templates and check the campaign&apos;s mapping.</source>
        <translation>O Herald a marca como com falha e não tenta de novo. Sincronize os modelos e confira o mapeamento da campanha.</translation>
    </message>
    <message>
        <source>WhatsApp paused the template because of low quality (too many people blocked or reported it).</source>
        <translation>O WhatsApp pausou o modelo por baixa qualidade (muitas pessoas o bloquearam ou denunciaram).</translation>
    </message>
    <message>
        <source>Herald pauses the campaign. It can continue once WhatsApp reactivates the template (after 3 or 6 hours).</source>
        <translation>O Herald pausa a campanha. Ela pode continuar quando o WhatsApp reativar o modelo (depois de 3 ou 6 horas).</translation>
    </message>
    <message>
        <source>WhatsApp disabled the template for good after it was paused too often.</source>
        <translation>O WhatsApp desativou o modelo de vez depois de ele ser pausado vezes demais.</translation>
    </message>
    <message>
        <source>Herald pauses the campaign. Create a new template and use it for the remaining recipients.</source>
        <translation>O Herald pausa a campanha. Crie um novo modelo e use-o para os destinatários restantes.</translation>
    </message>
    <message>
        <source>The request lacked a value WhatsApp requires.</source>
        <translation>Faltou na requisição um valor que o WhatsApp exige.</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Check the template&apos;s values and the campaign&apos;s mapping.</source>
        <translation>O Herald a marca como com falha e não tenta de novo. Confira os valores do modelo e o mapeamento da campanha.</translation>
    </message>
    <message>
        <source>One of the values is not acceptable to WhatsApp (for example an empty value or a malformed phone number).</source>
        <translation>Um dos valores não é aceito pelo WhatsApp (por exemplo, um valor vazio ou um número de telefone malformado).</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Correct the value in the contact list.</source>
        <translation>O Herald a marca como com falha e não tenta de novo. Corrija o valor na lista de contatos.</translation>
    </message>
    <message>
        <source>WhatsApp does not support this kind of message.</source>
        <translation>O WhatsApp não aceita este tipo de mensagem.</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry.</source>
        <translation>O Herald a marca como com falha e não tenta de novo.</translation>
    </message>
    <message>
        <source>The picture, video or document in the message header could not be fetched or uploaded.</source>
        <translation>A imagem, o vídeo ou o documento do cabeçalho da mensagem não pôde ser baixado ou enviado.</translation>
    </message>
    <message>
        <source>Herald marks it failed. Fix the media link or file, then retry the failed recipients.</source>
        <translation>O Herald a marca como com falha. Corrija o link ou o arquivo de mídia e depois tente de novo os destinatários com falha.</translation>
    </message>
    <message>
        <source>WhatsApp rejected the request for a reason it did not name.</source>
        <translation>O WhatsApp rejeitou a requisição por um motivo que não informou.</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Check the template and its values.</source>
        <translation>O Herald a marca como com falha e não tenta de novo. Confira o modelo e seus valores.</translation>
    </message>
    <message>
        <source>More than 24 hours have passed since the person last wrote to you, so only an approved template may be sent.</source>
        <translation>Passaram-se mais de 24 horas desde que a pessoa escreveu para você pela última vez, então só um modelo aprovado pode ser enviado.</translation>
    </message>
    <message>
        <source>Herald marks it failed. Send an approved template instead.</source>
        <translation>O Herald a marca como com falha. Envie um modelo aprovado em vez disso.</translation>
    </message>
    <message>
        <source>A part of the template is longer than WhatsApp allows (template creation).</source>
        <translation>Uma parte do modelo é mais longa do que o WhatsApp permite (criação de modelo).</translation>
    </message>
    <message>
        <source>Herald shows the error in the template editor; shorten the text and submit again.</source>
        <translation>O Herald mostra o erro no editor de modelos; encurte o texto e envie de novo para análise.</translation>
    </message>
    <message>
        <source>The template&apos;s header does not follow WhatsApp&apos;s rules (template creation).</source>
        <translation>O cabeçalho do modelo não segue as regras do WhatsApp (criação de modelo).</translation>
    </message>
    <message>
        <source>Herald shows the error in the template editor; correct the header and submit again.</source>
        <translation>O Herald mostra o erro no editor de modelos; corrija o cabeçalho e envie de novo para análise.</translation>
    </message>
    <message>
        <source>The template&apos;s body does not follow WhatsApp&apos;s rules (template creation).</source>
        <translation>O corpo do modelo não segue as regras do WhatsApp (criação de modelo).</translation>
    </message>
    <message>
        <source>Herald shows the error in the template editor; correct the body and submit again.</source>
        <translation>O Herald mostra o erro no editor de modelos; corrija o corpo e envie de novo para análise.</translation>
    </message>
    <message>
        <source>The template&apos;s footer does not follow WhatsApp&apos;s rules (template creation).</source>
        <translation>O rodapé do modelo não segue as regras do WhatsApp (criação de modelo).</translation>
    </message>
    <message>
        <source>Herald shows the error in the template editor; correct the footer and submit again.</source>
        <translation>O Herald mostra o erro no editor de modelos; corrija o rodapé e envie de novo para análise.</translation>
    </message>
    <message>
        <source>The template has too many placeholders for the length of its text (template creation).</source>
        <translation>O modelo tem variáveis demais para o tamanho do texto (criação de modelo).</translation>
    </message>
    <message>
        <source>Herald shows the error in the template editor; add text or remove placeholders.</source>
        <translation>O Herald mostra o erro no editor de modelos; acrescente texto ou remova variáveis.</translation>
    </message>
    <message>
        <source>The template starts or ends with a placeholder, which WhatsApp does not allow (template creation).</source>
        <translation>O modelo começa ou termina com uma variável, o que o WhatsApp não permite (criação de modelo).</translation>
    </message>
    <message>
        <source>Herald shows the error in the template editor; add text before the first or after the last placeholder.</source>
        <translation>O Herald mostra o erro no editor de modelos; acrescente texto antes da primeira ou depois da última variável.</translation>
    </message>
    <message>
        <source>Your WhatsApp Business Account already has as many templates as it may (template creation).</source>
        <translation>Sua conta do WhatsApp Business já tem o máximo de modelos permitido (criação de modelo).</translation>
    </message>
    <message>
        <source>Herald shows the error; delete templates you no longer use in WhatsApp Manager.</source>
        <translation>O Herald mostra o erro; exclua no WhatsApp Manager os modelos que você não usa mais.</translation>
    </message>
    <message>
        <source>WhatsApp had an unexplained problem, possibly a temporary outage.</source>
        <translation>O WhatsApp teve um problema inexplicado, possivelmente uma instabilidade temporária.</translation>
    </message>
    <message>
        <source>Herald tries again a limited number of times, waiting longer each time.</source>
        <translation>O Herald tenta de novo um número limitado de vezes, esperando mais a cada vez.</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s service is temporarily down or overloaded.</source>
        <translation>O serviço do WhatsApp está temporariamente fora do ar ou sobrecarregado.</translation>
    </message>
    <message>
        <source>WhatsApp could not send the message because of an internal error.</source>
        <translation>O WhatsApp não conseguiu enviar a mensagem por causa de um erro interno.</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s service is temporarily unavailable.</source>
        <translation>O serviço do WhatsApp está temporariamente indisponível.</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s server is temporarily unavailable.</source>
        <translation>O servidor do WhatsApp está temporariamente indisponível.</translation>
    </message>
    <message>
        <source>Your business account is in maintenance for a minute, for example while WhatsApp raises its speed limit.</source>
        <translation>Sua conta comercial está em manutenção por um minuto, por exemplo enquanto o WhatsApp aumenta seu limite de velocidade.</translation>
    </message>
    <message>
        <source>Herald waits briefly and sends the message again.</source>
        <translation>O Herald espera um pouco e envia a mensagem de novo.</translation>
    </message>
    <message>
        <source>No usable answer came back: the connection timed out or was cut, or the server answered with an error page.</source>
        <translation>Nenhuma resposta utilizável voltou: a conexão expirou ou caiu, ou o servidor respondeu com uma página de erro.</translation>
    </message>
    <message>
        <source>Herald tries again only when it is sure the message was not accepted; otherwise it marks the recipient uncertain until a status update settles it.</source>
        <translation>O Herald só tenta de novo quando tem certeza de que a mensagem não foi aceita; caso contrário, marca o destinatário como incerto até que uma atualização de status esclareça.</translation>
    </message>
    <message>
        <source>Meta has temporarily blocked your WhatsApp account for violating its policies.</source>
        <translation>A Meta bloqueou temporariamente sua conta do WhatsApp por violar as políticas dela.</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Check Account Quality in Meta Business Manager.</source>
        <translation>O Herald para a campanha. Confira a Qualidade da conta no Gerenciador de Negócios da Meta.</translation>
    </message>
    <message>
        <source>Your business may not send messages to people in this country.</source>
        <translation>Sua empresa não pode enviar mensagens para pessoas deste país.</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Leave numbers from this country out of campaigns.</source>
        <translation>O Herald a marca como com falha e não tenta de novo. Deixe os números deste país fora das campanhas.</translation>
    </message>
    <message>
        <source>Your WhatsApp account is locked, for a policy violation or because of wrong verification data (such as the two-step PIN).</source>
        <translation>Sua conta do WhatsApp está bloqueada, por violação de política ou por dados de verificação errados (como o PIN de duas etapas).</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Unlock the account in Meta Business Manager.</source>
        <translation>O Herald para a campanha. Desbloqueie a conta no Gerenciador de Negócios da Meta.</translation>
    </message>
    <message>
        <source>There is a problem with your payment setup: no payment method, credit line exceeded, or the account is suspended.</source>
        <translation>Há um problema na sua configuração de pagamento: nenhuma forma de pagamento, limite de crédito excedido ou conta suspensa.</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Fix the payment settings in Meta Business Manager, then resume.</source>
        <translation>O Herald para a campanha. Corrija as configurações de pagamento no Gerenciador de Negócios da Meta e depois retome.</translation>
    </message>
    <message>
        <source>Your business number&apos;s display name has not been approved yet.</source>
        <translation>O nome de exibição do seu número comercial ainda não foi aprovado.</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Wait for the display name approval in WhatsApp Manager.</source>
        <translation>O Herald para a campanha. Aguarde a aprovação do nome de exibição no WhatsApp Manager.</translation>
    </message>
    <message>
        <source>Your business number&apos;s registration is broken.</source>
        <translation>O registro do seu número comercial está com problema.</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Register the number again in WhatsApp Manager.</source>
        <translation>O Herald para a campanha. Registre o número de novo no WhatsApp Manager.</translation>
    </message>
    <message>
        <source>Herald could not sign in to WhatsApp: the access token expired or was revoked.</source>
        <translation>O Herald não conseguiu entrar no WhatsApp: o token de acesso expirou ou foi revogado.</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Store a new access token for the account, then resume.</source>
        <translation>O Herald para a campanha. Guarde um novo token de acesso para a conta e depois retome.</translation>
    </message>
    <message>
        <source>The access token for this account is invalid or has expired.</source>
        <translation>O token de acesso desta conta é inválido ou expirou.</translation>
    </message>
    <message>
        <source>Your Meta app is not allowed to use this function.</source>
        <translation>Seu app da Meta não tem permissão para usar esta função.</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Check the app&apos;s permissions in Meta&apos;s app dashboard.</source>
        <translation>O Herald para a campanha. Confira as permissões do app no painel de apps da Meta.</translation>
    </message>
    <message>
        <source>The access token lacks a permission Herald needs (whatsapp_business_messaging).</source>
        <translation>Falta ao token de acesso uma permissão de que o Herald precisa (whatsapp_business_messaging).</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Create a token with the WhatsApp permissions, then resume.</source>
        <translation>O Herald para a campanha. Crie um token com as permissões do WhatsApp e depois retome.</translation>
    </message>
    <message>
        <source>The access token lacks a permission for this request.</source>
        <translation>Falta ao token de acesso uma permissão para esta requisição.</translation>
    </message>
    <message>
        <source>The access token is not allowed to send from this number.</source>
        <translation>O token de acesso não tem permissão para enviar deste número.</translation>
    </message>
    <message>
        <source>The business phone number in the account settings has been deleted or does not exist.</source>
        <translation>O número de telefone comercial nas configurações da conta foi excluído ou não existe.</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Check the phone number ID in the account settings.</source>
        <translation>O Herald para a campanha. Confira o ID do número de telefone nas configurações da conta.</translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation>Erro %1</translation>
    </message>
    <message>
        <source>WhatsApp reported error %1, which Herald does not know yet. The provider&apos;s description is shown as it was received.</source>
        <translation>O WhatsApp informou o erro %1, que o Herald ainda não conhece. A descrição do provedor aparece como foi recebida.</translation>
    </message>
    <message>
        <source>Herald marks the message failed and does not retry it. Look the code up in Meta&apos;s error reference.</source>
        <translation>O Herald marca a mensagem como com falha e não tenta de novo. Procure o código na referência de erros da Meta.</translation>
    </message>
    <message>
        <source>Unqualified — number not on WhatsApp</source>
        <translation>Não qualificado — número sem WhatsApp</translation>
    </message>
    <message>
        <source>Spam / messaging limits</source>
        <translation>Spam / limites de mensagens</translation>
    </message>
    <message>
        <source>Template text length or variables</source>
        <translation>Tamanho do texto ou variáveis do modelo</translation>
    </message>
    <message>
        <source>Provider / technical problem</source>
        <translation>Problema técnico / do provedor</translation>
    </message>
    <message>
        <source>Account, policy or payment</source>
        <translation>Conta, política ou pagamento</translation>
    </message>
    <message>
        <source>Other / unknown</source>
        <translation>Outro / desconhecido</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>CSV separated by semicolons (*.csv)</source>
        <translation>CSV separado por ponto e vírgula (*.csv)</translation>
    </message>
    <message>
        <source>CSV separated by commas (*.csv)</source>
        <translation>CSV separado por vírgula (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <source>Welcome to Herald</source>
        <translation>Boas-vindas ao Herald</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your workspace is ready — and empty&lt;/h3&gt;&lt;p&gt;Three steps to your first campaign:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Import your contacts&lt;/b&gt; from a CSV file (only people who agreed to hear from you on WhatsApp).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Connect a WhatsApp Business account&lt;/b&gt; under Settings, or stay on the built-in sandbox, which simulates WhatsApp and messages nobody.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Create your first campaign&lt;/b&gt; under Campaigns, check its pre-flight, and start it.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Want to look around first? &lt;b&gt;Try the demo&lt;/b&gt; opens a separate demo workspace with sample contacts whose numbers can never belong to anyone; it never mixes with this one.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Seu espaço de trabalho está pronto — e vazio&lt;/h3&gt;&lt;p&gt;Três passos para sua primeira campanha:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Importe seus contatos&lt;/b&gt; de um arquivo CSV (só pessoas que aceitaram receber suas mensagens no WhatsApp).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Conecte uma conta do WhatsApp Business&lt;/b&gt; em Configurações, ou fique no sandbox embutido, que simula o WhatsApp e não envia mensagem a ninguém.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Crie sua primeira campanha&lt;/b&gt; em Campanhas, confira a verificação prévia e inicie-a.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Quer dar uma olhada antes? &lt;b&gt;Experimentar a demonstração&lt;/b&gt; abre um espaço de trabalho de demonstração separado, com contatos de exemplo cujos números nunca pertencem a ninguém; ele nunca se mistura com este.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import Contacts…</source>
        <translation>Importar contatos…</translation>
    </message>
    <message>
        <source>Try the Demo</source>
        <translation>Experimentar a demonstração</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting Started with Herald</source>
        <translation>Primeiros passos com o Herald</translation>
    </message>
    <message>
        <source>Getting started guide</source>
        <translation>Guia de primeiros passos</translation>
    </message>
    <message>
        <source>&lt;h3&gt;From your contact list to your first results&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Import your contacts.&lt;/b&gt; File → Import Contacts… reads a CSV or Excel (.xlsx) file. Herald suggests which column holds the phone number and the name; numbers written without a country code are read in the region you choose. Only import people who agreed to hear from you on WhatsApp.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Connect WhatsApp.&lt;/b&gt; Under Settings, add your WhatsApp Business account (its phone number ID and access token; the token is kept in your system&apos;s keychain). Until then the built-in sandbox simulates WhatsApp and messages nobody.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Choose a template.&lt;/b&gt; WhatsApp only lets businesses start a conversation with a template it approved. Under Templates, fetch your approved templates or write one and submit it.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Create a campaign.&lt;/b&gt; Under Campaigns, New campaign: pick the template, fill its placeholders, choose who receives it (everyone opted in, a tag, or the people of an earlier campaign), and when: now, at a set time, every week, or when something happens in your shop.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Check and start.&lt;/b&gt; The pre-flight check shows how many people will receive the message, who is left out and why, and what it will cost. Start sends at your account&apos;s pace; you can pause, resume or stop at any time. People who opted out are never messaged.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Follow the results.&lt;/b&gt; The Dashboard shows how many messages were delivered, read and replied to. Click a bar to see those people, export them, or start a new campaign for them.&lt;/p&gt;&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Scheduled and triggered campaigns are sent while this window is open, or by the Herald agent on a computer that stays on. Help → Keyboard Shortcuts lists every shortcut.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Da sua lista de contatos aos primeiros resultados&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Importe seus contatos.&lt;/b&gt; Arquivo → Importar contatos… lê um arquivo CSV ou Excel (.xlsx). O Herald sugere qual coluna contém o número de telefone e qual contém o nome; números escritos sem código do país são lidos na região que você escolher. Importe só pessoas que aceitaram receber suas mensagens pelo WhatsApp.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Conecte o WhatsApp.&lt;/b&gt; Em Configurações, adicione sua conta do WhatsApp Business (o ID do número de telefone e o token de acesso; o token fica guardado no chaveiro do sistema). Até lá, o sandbox embutido simula o WhatsApp e não envia mensagens a ninguém.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Escolha um modelo.&lt;/b&gt; O WhatsApp só permite que empresas iniciem uma conversa com um modelo aprovado por ele. Em Modelos, busque seus modelos aprovados ou escreva um e envie-o para análise.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Crie uma campanha.&lt;/b&gt; Em Campanhas, Nova campanha: escolha o modelo, preencha as variáveis dele, defina quem recebe (todos os inscritos, uma etiqueta ou as pessoas de uma campanha anterior) e quando: agora, em um horário definido, toda semana ou quando algo acontecer na sua loja.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Verifique e inicie.&lt;/b&gt; A verificação prévia mostra quantas pessoas vão receber a mensagem, quem fica de fora e por quê, e quanto vai custar. Iniciar envia no ritmo da sua conta; você pode pausar, retomar ou parar a qualquer momento. Pessoas que se descadastraram nunca recebem mensagens.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Acompanhe os resultados.&lt;/b&gt; O Painel mostra quantas mensagens foram entregues, lidas e respondidas. Clique em uma barra para ver essas pessoas, exportá-las ou iniciar uma nova campanha para elas.&lt;/p&gt;&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Campanhas agendadas e por evento são enviadas enquanto esta janela estiver aberta, ou pelo agente do Herald em um computador que fica ligado. Ajuda → Atalhos de teclado lista todos os atalhos.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>GraphClient</name>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>a resposta não é um objeto JSON</translation>
    </message>
</context>
<context>
    <name>GraphError</name>
    <message>
        <source>The Graph API did not answer in time. Check your internet connection and the Graph API URL, then try again.</source>
        <translation>A Graph API não respondeu a tempo. Confira sua conexão com a internet e a URL da Graph API e tente de novo.</translation>
    </message>
    <message>
        <source>The secure connection to the Graph API failed (%1). Check the Graph API URL and your system&apos;s date and certificates.</source>
        <translation>A conexão segura com a Graph API falhou (%1). Confira a URL da Graph API e a data e os certificados do seu sistema.</translation>
    </message>
    <message>
        <source>Cannot reach the Graph API (%1). Check your internet connection and the Graph API URL.</source>
        <translation>Não foi possível acessar a Graph API (%1). Confira sua conexão com a internet e a URL da Graph API.</translation>
    </message>
    <message>
        <source>The Graph API answered something Herald does not understand (%1).</source>
        <translation>A Graph API respondeu algo que o Herald não entende (%1).</translation>
    </message>
    <message>
        <source>The Graph API answered HTTP %1 (%2). Try again later.</source>
        <translation>A Graph API respondeu HTTP %1 (%2). Tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>The access token is invalid or has expired: create a new one in Meta Business Manager and store it with “Set token”.</source>
        <translation>O token de acesso é inválido ou expirou: crie um novo no Gerenciador de Negócios da Meta e guarde-o com “Definir token”.</translation>
    </message>
    <message>
        <source>An ID in the account settings is wrong or not visible to this token: check the phone number ID and the WhatsApp Business Account ID.</source>
        <translation>Um ID nas configurações da conta está errado ou não é visível para este token: confira o ID do número de telefone e o ID da conta do WhatsApp Business.</translation>
    </message>
    <message>
        <source>The token lacks a permission (whatsapp_business_messaging and whatsapp_business_management).</source>
        <translation>Falta ao token uma permissão (whatsapp_business_messaging e whatsapp_business_management).</translation>
    </message>
    <message>
        <source>Meta&apos;s rate limit was reached; wait a while and try again.</source>
        <translation>O limite de requisições da Meta foi atingido; espere um pouco e tente de novo.</translation>
    </message>
    <message>
        <source>See Meta&apos;s error reference for this code.</source>
        <translation>Veja a referência de erros da Meta para este código.</translation>
    </message>
    <message>
        <source>Meta refused the request: %1 (code %2). %3</source>
        <translation>A Meta recusou a requisição: %1 (código %2). %3</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalhes: %1</translation>
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
        <translation>Nível de mensagens desconhecido: nenhum limite diário é aplicado. O WhatsApp Manager mostra o nível do número; registre-o com herald-cli account set --messaging-tier.</translation>
    </message>
    <message>
        <source>Unlimited messaging tier (%1): no daily limit.</source>
        <translation>Nível de mensagens ilimitado (%1): sem limite diário.</translation>
    </message>
    <message>
        <source>%1 of %2 unique recipients left in the last 24 hours (%3).</source>
        <translation>Restam %1 de %2 destinatários únicos nas últimas 24 horas (%3).</translation>
    </message>
    <message>
        <source>Waiting for the daily messaging limit (%1 of %2 unique recipients used in 24 hours); the next send becomes possible at %3 UTC.</source>
        <translation>Aguardando o limite diário de mensagens (%1 de %2 destinatários únicos usados em 24 horas); o próximo envio fica possível às %3 UTC.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Primeiros passos</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Abrir pasta de &amp;logs</translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation>Abrir pasta de logs</translation>
    </message>
    <message>
        <source>The log folder could not be opened. Its files are in %1 — open that folder in your file manager, or attach herald.log to a support request.</source>
        <translation>Não foi possível abrir a pasta de logs. Os arquivos estão em %1 — abra essa pasta no seu gerenciador de arquivos ou anexe o herald.log a um pedido de suporte.</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Columns of the file</source>
        <translation>Colunas do arquivo</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>Rejected rows</source>
        <translation>Linhas rejeitadas</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>comma</source>
        <translation>vírgula</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>ponto e vírgula</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulação</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Escolha um arquivo</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contatos</translation>
    </message>
    <message>
        <source>Encoding: %1
Separator: %2
Columns: %3</source>
        <translation>Codificação: %1
Separador: %2
Colunas: %3</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Primeiro nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>Opt-in source</source>
        <translation>Origem da inscrição</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>None: numbers include the country code</source>
        <translation>Nenhuma: os números incluem o código do país</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>Mapear as colunas</translation>
    </message>
    <message>
        <source>Choose what each column holds. Exactly one column must hold the phone number; columns kept as attributes can be used in message templates.</source>
        <translation>Escolha o que cada coluna contém. Exatamente uma coluna deve conter o número de telefone; colunas mantidas como atributos podem ser usadas nos modelos de mensagem.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>The country of numbers written without a country code.</source>
        <translation>O país dos números escritos sem código do país.</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. newsletter, trade-fair</source>
        <translation>Separadas por vírgula, ex.: newsletter, feira</translation>
    </message>
    <message>
        <source>Mark all imported contacts as &amp;opted in</source>
        <translation>Marcar todos os contatos importados como inscri&amp;tos</translation>
    </message>
    <message>
        <source>Where they agreed, e.g. website sign-up form</source>
        <translation>Onde eles aceitaram, ex.: formulário de cadastro do site</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>&amp;Região padrão:</translation>
    </message>
    <message>
        <source>&amp;Add tags:</source>
        <translation>&amp;Adicionar etiquetas:</translation>
    </message>
    <message>
        <source>Opt-in &amp;source:</source>
        <translation>&amp;Origem da inscrição:</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <source>Choose the column that holds the phone number.</source>
        <translation>Escolha a coluna que contém o número de telefone.</translation>
    </message>
    <message>
        <source>Only one column can hold the phone number; set the others to Attribute or Ignore.</source>
        <translation>Só uma coluna pode conter o número de telefone; defina as outras como Atributo ou Ignorar.</translation>
    </message>
    <message>
        <source>Say where these contacts opted in: WhatsApp requires a record of consent.</source>
        <translation>Diga onde esses contatos se inscreveram: o WhatsApp exige um registro do consentimento.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Rows are saved in batches: cancelling keeps the batches already saved.</source>
        <translation>As linhas são salvas em lotes: cancelar mantém os lotes já salvos.</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancelar importação</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Salvar linhas rejeitadas…</translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation>Cancelando depois do lote atual…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>What happened to the rows of %1.</source>
        <translation>O que aconteceu com as linhas de %1.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importação cancelada</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importação concluída</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Importação interrompida</translation>
    </message>
    <message>
        <source>The import was cancelled. The %1 rows committed before it stopped were kept.</source>
        <translation>A importação foi cancelada. As %1 linhas gravadas antes da parada foram mantidas.</translation>
    </message>
    <message>
        <source>The import stopped: %1
The %2 rows committed before the problem were kept.</source>
        <translation>A importação parou: %1
As %2 linhas gravadas antes do problema foram mantidas.</translation>
    </message>
    <message>
        <source>All rows of the file were read.</source>
        <translation>Todas as linhas do arquivo foram lidas.</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Linhas lidas: %1</translation>
    </message>
    <message>
        <source>New contacts: %1</source>
        <translation>Contatos novos: %1</translation>
    </message>
    <message>
        <source>Existing contacts updated: %1</source>
        <translation>Contatos existentes atualizados: %1</translation>
    </message>
    <message>
        <source>Repeated numbers within the file (merged): %1</source>
        <translation>Números repetidos no arquivo (mesclados): %1</translation>
    </message>
    <message>
        <source>Rejected rows: %1</source>
        <translation>Linhas rejeitadas: %1</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Salvar linhas rejeitadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Importar contatos</translation>
    </message>
    <message>
        <source>Nothing was imported yet.</source>
        <translation>Nada foi importado ainda.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Não foi possível substituir %1.</translation>
    </message>
    <message>
        <source>Cannot write %1. Check the folder and your permissions.</source>
        <translation>Não foi possível gravar %1. Confira a pasta e suas permissões.</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx) with one contact per row and a header row. Comma, semicolon and tab separated files in UTF-8 or Windows-1252 are recognised.</source>
        <translation>Um arquivo CSV ou uma pasta de trabalho do Excel (.xlsx) com um contato por linha e uma linha de cabeçalho. Arquivos separados por vírgula, ponto e vírgula ou tabulação, em UTF-8 ou Windows-1252, são reconhecidos.</translation>
    </message>
    <message>
        <source>Path to a .csv or .xlsx file</source>
        <translation>Caminho para um arquivo .csv ou .xlsx</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Planilha</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Planilha:</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.tsv *.txt *.xlsx);;CSV files (*.csv *.tsv *.txt);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Arquivos de contatos (*.csv *.tsv *.txt *.xlsx);;Arquivos CSV (*.csv *.tsv *.txt);;Pastas de trabalho do Excel (*.xlsx);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1” of %2
Columns: %3</source>
        <translation>Pasta de trabalho do Excel, planilha “%1” de %2
Colunas: %3</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of Herald&apos;s window and of herald-cli, from the next start</source>
        <translation>O idioma da janela do Herald e do herald-cli, a partir da próxima abertura</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Padrão do sistema (%1)</translation>
    </message>
    <message>
        <source>Herald speaks the new language from its next start.</source>
        <translation>O Herald passa a usar o novo idioma na próxima vez que for aberto.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campanhas</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Herald</source>
        <translation>Herald</translation>
    </message>
    <message>
        <source>Delivery, read and reply rates of your campaigns, and how your audience grows and opts out over time.</source>
        <translation>Taxas de entrega, leitura e resposta das suas campanhas, e como seu público cresce e se descadastra ao longo do tempo.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Importar contatos…</translation>
    </message>
    <message>
        <source>&amp;Export Contacts…</source>
        <translation>&amp;Exportar contatos…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Herald</source>
        <translation>&amp;Sobre o Herald</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Find a phone number…</source>
        <translation>Encontrar um número de telefone…</translation>
    </message>
    <message>
        <source>Find a phone number</source>
        <translation>Encontrar um número de telefone</translation>
    </message>
    <message>
        <source>Type a phone number and press Enter to see its full message history (Ctrl+K)</source>
        <translation>Digite um número de telefone e pressione Enter para ver todo o histórico de mensagens dele (Ctrl+K)</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: %2</source>
        <translation>“%1” não é um número de telefone: %2</translation>
    </message>
    <message>
        <source>Cannot read the history of %1: %2</source>
        <translation>Não foi possível ler o histórico de %1: %2</translation>
    </message>
    <message>
        <source>Herald knows nothing about %1: no contact, message, reply or event has this number.</source>
        <translation>O Herald não sabe nada sobre %1: nenhum contato, mensagem, resposta ou evento tem esse número.</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espaço de trabalho: %1</translation>
    </message>
    <message>
        <source>Contacts unavailable</source>
        <translation>Contatos indisponíveis</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 contato</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 contatos</translation>
    </message>
    <message>
        <source>%1 · %2 opted in · %3 opted out</source>
        <translation>%1 · %2 inscritos · %3 descadastrados</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Choose a page with the Up and Down keys; Ctrl+1 to Ctrl+6 from anywhere.</source>
        <translation>Escolha uma página com as setas para cima e para baixo; Ctrl+1 a Ctrl+6 de qualquer lugar.</translation>
    </message>
    <message>
        <source>&amp;Find in This Page</source>
        <translation>&amp;Buscar nesta página</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Campanha</translation>
    </message>
    <message>
        <source>Type a phone number and press Enter to see its full message history</source>
        <translation>Digite um número de telefone e pressione Enter para ver todo o histórico de mensagens dele</translation>
    </message>
</context>
<context>
    <name>MessageRenderer</name>
    <message>
        <source>Templates with a location header cannot be sent by Herald yet.</source>
        <translation>O Herald ainda não consegue enviar modelos com cabeçalho de localização.</translation>
    </message>
    <message>
        <source>The template “%1” needs a value for %2: add --param %2=SOURCE (e.g. field:name or text:…).</source>
        <translation>O modelo “%1” precisa de um valor para %2: adicione --param %2=ORIGEM (ex.: field:name ou text:…).</translation>
    </message>
    <message>
        <source>The template “%1” has no parameter %2; it takes: %3.</source>
        <translation>O modelo “%1” não tem o parâmetro %2; ele aceita: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>%1 has no value for this contact and no fallback</source>
        <translation>%1 não tem valor para este contato nem valor alternativo</translation>
    </message>
</context>
<context>
    <name>NumberQuality</name>
    <message>
        <source>High (green)</source>
        <translation>Alta (verde)</translation>
    </message>
    <message>
        <source>Medium (yellow)</source>
        <translation>Média (amarela)</translation>
    </message>
    <message>
        <source>Low (red)</source>
        <translation>Baixa (vermelha)</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconhecida</translation>
    </message>
    <message>
        <source>No account %1 for a quality report.</source>
        <translation>Não há conta %1 para o relatório de qualidade.</translation>
    </message>
    <message>
        <source>Paused: the quality rating of number “%1” (%2) dropped to %3%4. Nothing more is sent from it; check the number&apos;s quality in WhatsApp Manager and resume the campaign once it is no longer red.</source>
        <translation>Pausada: a classificação de qualidade do número “%1” (%2) caiu para %3%4. Nada mais é enviado por ele; confira a qualidade do número no WhatsApp Manager e retome a campanha quando ela não estiver mais vermelha.</translation>
    </message>
</context>
<context>
    <name>PagedRows</name>
    <message>
        <source>The workspace is not open.</source>
        <translation>O espaço de trabalho não está aberto.</translation>
    </message>
</context>
<context>
    <name>PhoneNormalizer</name>
    <message>
        <source>the phone number is empty</source>
        <translation>o número de telefone está vazio</translation>
    </message>
    <message>
        <source>%1 is a number in scientific notation: the spreadsheet has already rounded away its last digits, so the phone number cannot be recovered. Format the phone column as Text in Excel (or export again from the original source) and import the file again</source>
        <translation>%1 é um número em notação científica: a planilha já arredondou os últimos dígitos, então o número de telefone não pode ser recuperado. Formate a coluna de telefone como Texto no Excel (ou exporte de novo da origem) e importe o arquivo novamente</translation>
    </message>
    <message>
        <source>%1 has a + that is not at the start</source>
        <translation>%1 tem um + que não está no início</translation>
    </message>
    <message>
        <source>%1 contains letters; a phone number may only have digits, spaces, dashes, dots, parentheses and a leading +</source>
        <translation>%1 contém letras; um número de telefone só pode ter dígitos, espaços, hifens, pontos, parênteses e um + no início</translation>
    </message>
    <message>
        <source>%1 contains %2, which does not belong in a phone number</source>
        <translation>%1 contém %2, que não faz parte de um número de telefone</translation>
    </message>
    <message>
        <source>%1 has no digits</source>
        <translation>%1 não tem dígitos</translation>
    </message>
    <message>
        <source>%1 does not start with a known country calling code</source>
        <translation>%1 não começa com um código de país conhecido</translation>
    </message>
    <message>
        <source>%1 cannot be read with the default region %2</source>
        <translation>%1 não pode ser lido com a região padrão %2</translation>
    </message>
    <message>
        <source>%1 is too short to be a phone number</source>
        <translation>%1 é curto demais para ser um número de telefone</translation>
    </message>
    <message>
        <source>%1 is too long to be a phone number</source>
        <translation>%1 é longo demais para ser um número de telefone</translation>
    </message>
    <message>
        <source>%1 is not a phone number</source>
        <translation>%1 não é um número de telefone</translation>
    </message>
    <message>
        <source>international numbers (+%1)</source>
        <translation>números internacionais (+%1)</translation>
    </message>
    <message>
        <source>%1 is too short for a number in %2</source>
        <translation>%1 é curto demais para um número de %2</translation>
    </message>
    <message>
        <source>%1 is too long for a number in %2</source>
        <translation>%1 é longo demais para um número de %2</translation>
    </message>
    <message>
        <source>%1 has the wrong number of digits for %2</source>
        <translation>%1 tem a quantidade errada de dígitos para %2</translation>
    </message>
    <message>
        <source>%1 is a local number; add the area code (numbers in %2)</source>
        <translation>%1 é um número local; acrescente o DDD (números de %2)</translation>
    </message>
    <message>
        <source>%1 is not a valid number in %2</source>
        <translation>%1 não é um número válido em %2</translation>
    </message>
    <message>
        <source>%1 is written without a country code (it does not start with + or 00) and no default region was chosen; choose the default region these numbers belong to, or write them with their country code</source>
        <translation>%1 está escrito sem código do país (não começa com + nem 00) e nenhuma região padrão foi escolhida; escolha a região padrão a que esses números pertencem ou escreva-os com o código do país</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Not available in this version of Herald yet.</source>
        <translation>Ainda não disponível nesta versão do Herald.</translation>
    </message>
</context>
<context>
    <name>PortfolioPage</name>
    <message>
        <source>&lt;h2&gt;Numbers and portfolios&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Números e portfólios&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recarregar</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Vazão</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Recipients (24 h)</source>
        <translation>Destinatários (24 h)</translation>
    </message>
    <message>
        <source>Sending now</source>
        <translation>Enviando agora</translation>
    </message>
    <message>
        <source>Scheduled next</source>
        <translation>Próximas agendadas</translation>
    </message>
    <message>
        <source>The numbers could not be read: %1</source>
        <translation>Não foi possível ler os números: %1</translation>
    </message>
    <message>
        <source>Portfolio %1 — %2</source>
        <translation>Portfólio %1 — %2</translation>
    </message>
    <message>
        <source>%1 — flagged, not sending</source>
        <translation>%1 — sinalizado, sem envios</translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 msg/s</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconhecido</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) flagged: campaigns on them pause until their quality recovers.</source>
        <translation>
            <numerusform>%n número sinalizado: as campanhas que o usam ficam pausadas até a qualidade dele se recuperar.</numerusform>
            <numerusform>%n números sinalizados: as campanhas que os usam ficam pausadas até a qualidade deles se recuperar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Numbers of one business portfolio share its daily messaging limit.</source>
        <translation>Os números de um mesmo portfólio empresarial compartilham o limite diário de mensagens do portfólio.</translation>
    </message>
    <message>
        <source>Numbers by portfolio</source>
        <translation>Números por portfólio</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>The template “%1” (%2) is %3; only APPROVED templates can be sent.</source>
        <translation>O modelo “%1” (%2) está %3; só modelos APPROVED podem ser enviados.</translation>
    </message>
    <message>
        <source>deleted upstream</source>
        <translation>excluído na origem</translation>
    </message>
    <message>
        <source>The template&apos;s quality is low (red): Meta may pause it if people keep blocking it.</source>
        <translation>A qualidade do modelo está baixa (vermelha): a Meta pode pausá-lo se as pessoas continuarem bloqueando.</translation>
    </message>
    <message>
        <source>There is no template “%1” in language %2 for this account; sync the templates.</source>
        <translation>Não há modelo “%1” no idioma %2 para esta conta; sincronize os modelos.</translation>
    </message>
    <message>
        <source>The campaign&apos;s account (id %1) does not exist.</source>
        <translation>A conta da campanha (id %1) não existe.</translation>
    </message>
    <message>
        <source>This campaign is triggered by events: its audience is decided per event, so there is no count, duration or cost up front.</source>
        <translation>Esta campanha é disparada por eventos: o público é decidido a cada evento, então não há contagem, duração nem custo antecipados.</translation>
    </message>
    <message>
        <source>The rate card mixes currencies (%1): no cost estimate.</source>
        <translation>A tabela de preços mistura moedas (%1): sem estimativa de custo.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) have no rate for category %1 in their country; the estimate leaves them out.</source>
        <translation>
            <numerusform>%n destinatário não tem preço para a categoria %1 no país dele; a estimativa o deixa de fora.</numerusform>
            <numerusform>%n destinatários não têm preço para a categoria %1 no país deles; a estimativa os deixa de fora.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audience is empty: no opted-in contact matches it.</source>
        <translation>O público está vazio: nenhum contato inscrito corresponde a ele.</translation>
    </message>
    <message>
        <source>No recipient can get this message: every one is missing a parameter value.</source>
        <translation>Nenhum destinatário pode receber esta mensagem: falta um valor de parâmetro para todos.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) miss a parameter value and have no fallback; they will be skipped.</source>
        <translation>
            <numerusform>Falta a %n destinatário um valor de parâmetro, sem alternativo; ele será ignorado.</numerusform>
            <numerusform>Falta a %n destinatários um valor de parâmetro, sem alternativo; eles serão ignorados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account may message %1 more people in the next 24 hours (%2), fewer than the %3 recipients; the rest wait for the limit.</source>
        <translation>A conta pode enviar mensagens para mais %1 pessoas nas próximas 24 horas (%2), menos do que os %3 destinatários; o restante espera o limite.</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>Pre-flight check — %1</source>
        <translation>Verificação prévia — %1</translation>
    </message>
    <message>
        <source>&amp;Start sending</source>
        <translation>&amp;Começar a enviar</translation>
    </message>
    <message>
        <source>&amp;Activate schedule</source>
        <translation>&amp;Ativar agendamento</translation>
    </message>
    <message>
        <source>Send &amp;test…</source>
        <translation>Enviar &amp;teste…</translation>
    </message>
    <message>
        <source>Fix the problems listed in red first.</source>
        <translation>Corrija primeiro os problemas listados em vermelho.</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 was stopped and stays stopped: a stopped run is never continued. A new run sends the message to the %n recipient(s) it did not reach.</source>
        <translation>
            <numerusform>O envio %1 foi parado e continua parado: um envio parado nunca é retomado. Um novo envio manda a mensagem para o %n destinatário que ele não alcançou.</numerusform>
            <numerusform>O envio %1 foi parado e continua parado: um envio parado nunca é retomado. Um novo envio manda a mensagem para os %n destinatários que ele não alcançou.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n who opted out or were deleted since are left out.</source>
        <translation>
            <numerusform>%n que se descadastrou ou foi excluído desde então fica de fora.</numerusform>
            <numerusform>%n que se descadastraram ou foram excluídos desde então ficam de fora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;New run for the %n not reached…</source>
        <translation>
            <numerusform>&amp;Novo envio para o %n não alcançado…</numerusform>
            <numerusform>&amp;Novo envio para os %n não alcançados…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreflightView</name>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>cerca de %n segundo</numerusform>
            <numerusform>cerca de %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 min %2 s</source>
        <translation>cerca de %1 min %2 s</translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>cerca de %1 h %2 min</translation>
    </message>
    <message>
        <source>Checking the campaign…</source>
        <translation>Verificando a campanha…</translation>
    </message>
    <message>
        <source>Cannot start yet:</source>
        <translation>Ainda não pode iniciar:</translation>
    </message>
    <message>
        <source>Ready to start.</source>
        <translation>Pronta para iniciar.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>decided per event (triggered campaign)</source>
        <translation>decidido a cada evento (campanha por evento)</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contato</numerusform>
            <numerusform>%n contatos</numerusform>
        </translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluídos</translation>
    </message>
    <message>
        <source>%1 opted out, %2 never opted in</source>
        <translation>%1 descadastrados, %2 nunca se inscreveram</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) without a value and no fallback</source>
        <translation>
            <numerusform>%n destinatário sem valor e sem alternativo</numerusform>
            <numerusform>%n destinatários sem valor e sem alternativo</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing parameters</source>
        <translation>Parâmetros faltando</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>%1, quality %2, category %3</source>
        <translation>%1, qualidade %2, categoria %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecida</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>não encontrado</translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation>Limite diário</translation>
    </message>
    <message>
        <source>tier not known yet: no limit applied</source>
        <translation>nível ainda desconhecido: nenhum limite aplicado</translation>
    </message>
    <message>
        <source>%1: no limit</source>
        <translation>%1: sem limite</translation>
    </message>
    <message>
        <source>%1 of %2 left in the last 24 hours (%3, %4 used)</source>
        <translation>restam %1 de %2 nas últimas 24 horas (%3, %4 usados)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>%1 at %2 messages/s</source>
        <translation>%1 a %2 mensagens/s</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>no estimate (add prices to the rate card)</source>
        <translation>sem estimativa (adicione preços à tabela de preços)</translation>
    </message>
    <message>
        <source>The message for the first recipients</source>
        <translation>A mensagem para os primeiros destinatários</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n recipient(s)</source>
        <translation>
            <numerusform>%1: %n destinatário</numerusform>
            <numerusform>%1: %n destinatários</numerusform>
        </translation>
    </message>
    <message>
        <source>Send window</source>
        <translation>Janela de envio</translation>
    </message>
    <message>
        <source>Waves (%1 time)</source>
        <translation>Lotes (horário de %1)</translation>
    </message>
    <message>
        <source>Last send</source>
        <translation>Último envio</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message numerus="yes">
        <source>%n campaign run(s) are being sent from this window.</source>
        <translation>
            <numerusform>%n envio de campanha está em andamento nesta janela.</numerusform>
            <numerusform>%n envios de campanha estão em andamento nesta janela.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you quit, sending pauses. Nothing is lost or sent twice: Resume on the Campaigns page continues where it stopped.</source>
        <translation>Se você sair, o envio é pausado. Nada se perde nem é enviado duas vezes: Retomar, na página Campanhas, continua de onde parou.</translation>
    </message>
    <message>
        <source>The Herald agent runs on this computer: it can continue the scheduled and triggered campaigns while Herald is closed. Campaigns you started by hand stay paused.</source>
        <translation>O agente do Herald está rodando neste computador: ele pode continuar as campanhas agendadas e por evento enquanto o Herald estiver fechado. As campanhas que você iniciou manualmente ficam pausadas.</translation>
    </message>
    <message>
        <source>Scheduled and triggered campaigns can be sent while Herald is closed by the Herald agent (herald-cli agent) on a computer that stays on; see the README&apos;s &quot;herald-cli agent&quot; section to set it up.</source>
        <translation>Com o Herald fechado, campanhas agendadas e por evento podem ser enviadas pelo agente do Herald (herald-cli agent) em um computador que fica ligado; veja a seção &quot;herald-cli agent&quot; do README para configurá-lo.</translation>
    </message>
    <message>
        <source>Stop Sending and Quit</source>
        <translation>Parar o envio e sair</translation>
    </message>
    <message>
        <source>Keep the Window Open</source>
        <translation>Manter a janela aberta</translation>
    </message>
    <message>
        <source>Hand Over to the Agent</source>
        <translation>Passar para o agente</translation>
    </message>
    <message>
        <source>Quit while sending?</source>
        <translation>Sair durante o envio?</translation>
    </message>
</context>
<context>
    <name>RateCard</name>
    <message>
        <source>A rate needs a template category (MARKETING, UTILITY, AUTHENTICATION or SERVICE).</source>
        <translation>Um preço precisa de uma categoria de modelo (MARKETING, UTILITY, AUTHENTICATION ou SERVICE).</translation>
    </message>
    <message>
        <source>“%1” is not a country code; use a two-letter ISO code such as IN or DE.</source>
        <translation>“%1” não é um código de país; use um código ISO de duas letras como BR ou IN.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Um preço não pode ser negativo.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use a three-letter ISO 4217 code such as USD, EUR or INR.</source>
        <translation>“%1” não é um código de moeda; use um código ISO 4217 de três letras, como USD, EUR ou INR.</translation>
    </message>
    <message>
        <source>There is no rate for %1.</source>
        <translation>Não há preço para %1.</translation>
    </message>
</context>
<context>
    <name>RateCardDialog</name>
    <message>
        <source>Rate card</source>
        <translation>Tabela de preços</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>&amp;Add rate</source>
        <translation>&amp;Adicionar preço</translation>
    </message>
    <message>
        <source>&amp;Remove rate</source>
        <translation>&amp;Remover preço</translation>
    </message>
    <message>
        <source>“%1” is not a country code; use a two-letter ISO code such as IN or DE, or leave it empty for any country.</source>
        <translation>“%1” não é um código de país; use um código ISO de duas letras como BR ou IN, ou deixe vazio para qualquer país.</translation>
    </message>
    <message>
        <source>The rate card was not saved: %1</source>
        <translation>A tabela de preços não foi salva: %1</translation>
    </message>
    <message>
        <source>The price of one message by template category and recipient country. A row without a country applies to every country without its own row. With no rows, the pre-flight check gives no cost estimate. A row valid from a date (YYYY-MM-DD, UTC) prices the messages sent from that day on; older runs keep the price of their day.</source>
        <translation>O preço de uma mensagem por categoria de modelo e país do destinatário. Uma linha sem país vale para todos os países que não têm linha própria. Sem linhas, a verificação prévia não estima custo. Uma linha válida a partir de uma data (YYYY-MM-DD, UTC) define o preço das mensagens enviadas desse dia em diante; envios mais antigos mantêm o preço do seu dia.</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válido a partir de</translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a date; write Valid from like 2025-07-01, or leave it empty for a price that always applied.</source>
        <translation>Linha %1: “%2” não é uma data; preencha “Válido a partir de” como 2025-07-01, ou deixe em branco para um preço que sempre valeu.</translation>
    </message>
</context>
<context>
    <name>RateCardImport</name>
    <message>
        <source>Line %1, field %2: %3</source>
        <translation>Linha %1, campo %2: %3</translation>
    </message>
    <message>
        <source>The file is empty; the first line must be the header category,country,price,currency[,valid_from].</source>
        <translation>O arquivo está vazio; a primeira linha deve ser o cabeçalho category,country,price,currency[,valid_from].</translation>
    </message>
    <message>
        <source>Line %1 (the header): column “%2” is not known; the columns are category, country, price, currency and optionally valid_from.</source>
        <translation>Linha %1 (o cabeçalho): a coluna “%2” não é conhecida; as colunas são category, country, price, currency e, opcionalmente, valid_from.</translation>
    </message>
    <message>
        <source>Line %1 (the header): column “%2” appears twice.</source>
        <translation>Linha %1 (o cabeçalho): a coluna “%2” aparece duas vezes.</translation>
    </message>
    <message>
        <source>Line %1 (the header): the column “%2” is missing; the header must name category,country,price,currency (and optionally valid_from).</source>
        <translation>Linha %1 (o cabeçalho): falta a coluna “%2”; o cabeçalho deve conter category,country,price,currency (e, opcionalmente, valid_from).</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <source>empty; write MARKETING, UTILITY, AUTHENTICATION or SERVICE.</source>
        <translation>vazio; escreva MARKETING, UTILITY, AUTHENTICATION ou SERVICE.</translation>
    </message>
    <message>
        <source>empty; write a three-letter code such as USD.</source>
        <translation>vazio; escreva um código de três letras, como USD.</translation>
    </message>
    <message>
        <source>“%1” is not a price; write it like 0.0107.</source>
        <translation>“%1” não é um preço; escreva como 0.0107.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it like 2025-07-01.</source>
        <translation>“%1” não é uma data; escreva como 2025-07-01.</translation>
    </message>
    <message>
        <source>Line %1: the same category, country and valid_from as line %2; keep one of them.</source>
        <translation>Linha %1: mesma categoria, país e valid_from da linha %2; mantenha só uma delas.</translation>
    </message>
    <message>
        <source>The file has a header but no rates.</source>
        <translation>O arquivo tem cabeçalho, mas nenhum preço.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 Nada foi importado.</translation>
    </message>
</context>
<context>
    <name>RecipientLedger</name>
    <message>
        <source>Cannot prepare a ledger statement: %1</source>
        <translation>Não foi possível preparar um comando do registro de envios: %1</translation>
    </message>
    <message>
        <source>The sender stopped before the provider&apos;s answer was recorded; the message may have been sent.</source>
        <translation>O remetente parou antes que a resposta do provedor fosse registrada; a mensagem pode ter sido enviada.</translation>
    </message>
    <message>
        <source>Sent again by the operator after an uncertain attempt.</source>
        <translation>Enviada de novo pelo operador depois de uma tentativa incerta.</translation>
    </message>
    <message>
        <source>No answer from the provider; marked failed by the operator</source>
        <translation>Sem resposta do provedor; marcada como com falha pelo operador</translation>
    </message>
    <message>
        <source>There is no campaign run %1 in this workspace.</source>
        <translation>Não há envio de campanha %1 neste espaço de trabalho.</translation>
    </message>
    <message>
        <source>Unknown run control “%1”: use pause, resume or stop.</source>
        <translation>Controle de envio desconhecido “%1”: use pause, resume ou stop.</translation>
    </message>
</context>
<context>
    <name>RecipientListModel</name>
    <message>
        <source>Could not read the recipients: %1</source>
        <translation>Não foi possível ler os destinatários: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Respondido</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>ID da mensagem</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Código do erro</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
</context>
<context>
    <name>RecipientListPane</name>
    <message>
        <source>Export Recipients</source>
        <translation>Exportar destinatários</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando para %1…</translation>
    </message>
    <message>
        <source>The list could not be exported: %1</source>
        <translation>A lista não pôde ser exportada: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n recipient(s) to %1.</source>
        <translation>
            <numerusform>%n destinatário exportado para %1.</numerusform>
            <numerusform>%n destinatários exportados para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry Failures</source>
        <translation>Tentar de novo as falhas</translation>
    </message>
    <message>
        <source>Plan a new run, linked to this one, that sends again only to the recipients whose failure a retry can help? Recipients still in a waiting period (such as 24 hours after error 131049) and contacts who opted out are left out.</source>
        <translation>Planejar um novo envio, ligado a este, que mande de novo só para os destinatários cuja falha uma nova tentativa pode resolver? Destinatários ainda em período de espera (como 24 horas depois do erro 131049) e contatos descadastrados ficam de fora.</translation>
    </message>
    <message>
        <source>Plan retry</source>
        <translation>Planejar nova tentativa</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 will send again to %n recipient(s).</source>
        <translation>
            <numerusform>O envio %1 vai enviar de novo para %n destinatário.</numerusform>
            <numerusform>O envio %1 vai enviar de novo para %n destinatários.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more must wait until %1; retry again then.</source>
        <translation>
            <numerusform>Mais %n precisa esperar até %1; tente de novo nesse horário.</numerusform>
            <numerusform>Mais %n precisam esperar até %1; tente de novo nesse horário.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would fail the same way and are left out.</source>
        <translation>
            <numerusform>%n falharia do mesmo jeito e fica de fora.</numerusform>
            <numerusform>%n falhariam do mesmo jeito e ficam de fora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start it from the Campaigns page.</source>
        <translation>Inicie-o na página Campanhas.</translation>
    </message>
    <message>
        <source>Resend Uncertain</source>
        <translation>Reenviar incertos</translation>
    </message>
    <message numerus="yes">
        <source>No answer came back for %n message(s): they may have reached the phone. Send them again anyway? The person may get the message twice.</source>
        <translation>
            <numerusform>Nenhuma resposta voltou para %n mensagem: ela pode ter chegado ao telefone. Enviar de novo mesmo assim? A pessoa pode receber a mensagem duas vezes.</numerusform>
            <numerusform>Nenhuma resposta voltou para %n mensagens: elas podem ter chegado ao telefone. Enviar de novo mesmo assim? A pessoa pode receber a mensagem duas vezes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Reenviar</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) will be sent again when the run continues.</source>
        <translation>
            <numerusform>%n destinatário será enviado de novo quando o envio continuar.</numerusform>
            <numerusform>%n destinatários serão enviados de novo quando o envio continuar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Uncertain as Failed</source>
        <translation>Marcar incertos como com falha</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n uncertain recipient(s) as failed? They will not be sent again by this run.</source>
        <translation>
            <numerusform>Marcar %n destinatário incerto como com falha? Ele não será enviado de novo por este envio.</numerusform>
            <numerusform>Marcar %n destinatários incertos como com falha? Eles não serão enviados de novo por este envio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark failed</source>
        <translation>Marcar como com falha</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) marked failed.</source>
        <translation>
            <numerusform>%n destinatário marcado como com falha.</numerusform>
            <numerusform>%n destinatários marcados como com falha.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying helps.</source>
        <translation>Tentar de novo ajuda.</translation>
    </message>
    <message numerus="yes">
        <source>Retrying helps only after %n hour(s).</source>
        <translation>
            <numerusform>Tentar de novo só ajuda depois de %n hora.</numerusform>
            <numerusform>Tentar de novo só ajuda depois de %n horas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying helps only after the cause is fixed.</source>
        <translation>Tentar de novo só ajuda depois que a causa for corrigida.</translation>
    </message>
    <message>
        <source>Retrying does not help.</source>
        <translation>Tentar de novo não ajuda.</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Who is behind a number?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Click a bar of the chart (or choose one with the arrow keys and press Enter) to list its recipients here: their status times, message IDs, errors and replies.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Quem está por trás de um número?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Clique em uma barra do gráfico (ou escolha uma com as setas e pressione Enter) para listar aqui os destinatários dela: horários de status, IDs de mensagem, erros e respostas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search name, phone, message ID or error…</source>
        <translation>Buscar nome, telefone, ID da mensagem ou erro…</translation>
    </message>
    <message>
        <source>Search recipients</source>
        <translation>Buscar destinatários</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Motivo da falha</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>New results came in since this list was opened.</source>
        <translation>Chegaram novos resultados desde que esta lista foi aberta.</translation>
    </message>
    <message>
        <source>Re&amp;fresh list</source>
        <translation>Atuali&amp;zar lista</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatários</translation>
    </message>
    <message>
        <source>Message &amp;history…</source>
        <translation>&amp;Histórico de mensagens…</translation>
    </message>
    <message>
        <source>&amp;Resend uncertain…</source>
        <translation>&amp;Reenviar incertos…</translation>
    </message>
    <message>
        <source>&amp;Mark uncertain as failed…</source>
        <translation>&amp;Marcar incertos como com falha…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Save this list (with the reason and search filters) as a CSV file.</source>
        <translation>Salvar esta lista (com os filtros de motivo e busca) como arquivo CSV.</translation>
    </message>
    <message>
        <source>&amp;New campaign from these…</source>
        <translation>&amp;Nova campanha com estes…</translation>
    </message>
    <message>
        <source>Start a campaign whose audience is exactly the recipients of this list.</source>
        <translation>Iniciar uma campanha cujo público é exatamente os destinatários desta lista.</translation>
    </message>
    <message>
        <source>Re&amp;try failures…</source>
        <translation>&amp;Tentar de novo as falhas…</translation>
    </message>
    <message>
        <source>Plan a linked run that sends again only to the failures a retry can help, respecting waiting times such as 24 hours after error 131049.</source>
        <translation>Planejar um envio ligado que mande de novo só para as falhas em que uma nova tentativa ajuda, respeitando os tempos de espera, como 24 horas depois do erro 131049.</translation>
    </message>
    <message>
        <source>Resolve &amp;uncertain</source>
        <translation>Resolver &amp;incertos</translation>
    </message>
    <message>
        <source>Selected recipients whose send is uncertain (no answer came back): send again or mark them failed.</source>
        <translation>Destinatários selecionados cujo envio é incerto (nenhuma resposta voltou): enviar de novo ou marcá-los como com falha.</translation>
    </message>
    <message>
        <source>&amp;Resend selected uncertain…</source>
        <translation>&amp;Reenviar incertos selecionados…</translation>
    </message>
    <message>
        <source>&amp;Mark selected uncertain as failed…</source>
        <translation>&amp;Marcar incertos selecionados como com falha…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Histórico…</translation>
    </message>
    <message>
        <source>Every message to and from the selected recipient (Enter).</source>
        <translation>Cada mensagem de e para o destinatário selecionado (Enter).</translation>
    </message>
    <message>
        <source>All reasons (%1)</source>
        <translation>Todos os motivos (%1)</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>sem código</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>No message failed in this run.</source>
        <translation>Nenhuma mensagem falhou neste envio.</translation>
    </message>
    <message numerus="yes">
        <source>%n reason(s) behind these failures, largest first in the list above. Choose one to see what it means and whether a retry helps.</source>
        <translation>
            <numerusform>%n motivo por trás destas falhas, o maior primeiro na lista acima. Escolha um para ver o que significa e se uma nova tentativa ajuda.</numerusform>
            <numerusform>%n motivos por trás destas falhas, os maiores primeiro na lista acima. Escolha um para ver o que significa e se uma nova tentativa ajuda.</numerusform>
        </translation>
    </message>
    <message>
        <source>no provider code</source>
        <translation>sem código do provedor</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>código %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) · %3&lt;br&gt;%4&lt;br&gt;&lt;b&gt;%5&lt;/b&gt; %6&lt;br&gt;&lt;a href=&quot;%7&quot;&gt;WhatsApp error code reference&lt;/a&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) · %3&lt;br&gt;%4&lt;br&gt;&lt;b&gt;%5&lt;/b&gt; %6&lt;br&gt;&lt;a href=&quot;%7&quot;&gt;Referência de códigos de erro do WhatsApp&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1 · network error</source>
        <translation>%1 · erro de rede</translation>
    </message>
    <message>
        <source>%1 · code %2</source>
        <translation>%1 · código %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n recipient(s)</source>
        <translation>
            <numerusform>%1 — %n destinatário</numerusform>
            <numerusform>%1 — %n destinatários</numerusform>
        </translation>
    </message>
    <message>
        <source>Matching “%1”.</source>
        <translation>Correspondendo a “%1”.</translation>
    </message>
    <message>
        <source>No recipient in this list matches your search.</source>
        <translation>Nenhum destinatário desta lista corresponde à sua busca.</translation>
    </message>
    <message>
        <source>No recipients here yet.</source>
        <translation>Nenhum destinatário aqui ainda.</translation>
    </message>
    <message>
        <source>The run is still sending; retry its failures once it has finished.</source>
        <translation>O envio ainda está em andamento; tente de novo as falhas depois que ele terminar.</translation>
    </message>
    <message>
        <source>%1 recipients</source>
        <translation>Destinatários %1</translation>
    </message>
    <message>
        <source>Start a campaign for exactly these recipients: %1.</source>
        <translation>Iniciar uma campanha para exatamente estes destinatários: %1.</translation>
    </message>
</context>
<context>
    <name>RecipientZone</name>
    <message>
        <source>contact attribute</source>
        <translation>atributo do contato</translation>
    </message>
    <message>
        <source>area code</source>
        <translation>DDD</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>campaign zone</source>
        <translation>fuso da campanha</translation>
    </message>
</context>
<context>
    <name>RegionBox</name>
    <message>
        <source>Default region</source>
        <translation>Região padrão</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code</source>
        <translation>O país dos números de telefone escritos sem código do país</translation>
    </message>
    <message>
        <source>Automatic: none, numbers must include the country code</source>
        <translation>Automática: nenhuma, os números devem incluir o código do país</translation>
    </message>
    <message>
        <source>Automatic: %1, from this computer</source>
        <translation>Automática: %1, deste computador</translation>
    </message>
</context>
<context>
    <name>RelayFeedPoller</name>
    <message>
        <source>The account “%1” has no relay URL. Set one with: herald-cli account set --name %1 --relay-url URL</source>
        <translation>A conta “%1” não tem URL de relay. Defina uma com: herald-cli account set --name %1 --relay-url URL</translation>
    </message>
    <message>
        <source>No relay feed token is stored for the account “%1”. Store it with: herald-cli account set-secret relay-feed-token --name %1 &lt; token.txt</source>
        <translation>Nenhum token de feed do relay está guardado para a conta “%1”. Guarde-o com: herald-cli account set-secret relay-feed-token --name %1 &lt; token.txt</translation>
    </message>
    <message>
        <source>Cannot read the status feed cursor: %1</source>
        <translation>Não foi possível ler o cursor do feed de status: %1</translation>
    </message>
    <message>
        <source>The relay refused the feed token of the account “%1” (HTTP %2). Store the relay&apos;s HERALD_RELAY_FEED_TOKEN with: herald-cli account set-secret relay-feed-token --name %1 &lt; token.txt</source>
        <translation>O relay recusou o token de feed da conta “%1” (HTTP %2). Guarde o HERALD_RELAY_FEED_TOKEN do relay com: herald-cli account set-secret relay-feed-token --name %1 &lt; token.txt</translation>
    </message>
    <message>
        <source>The relay at %1 cannot be reached: %2</source>
        <translation>O relay em %1 não pode ser acessado: %2</translation>
    </message>
    <message>
        <source>The relay at %1 answered HTTP %2.</source>
        <translation>O relay em %1 respondeu HTTP %2.</translation>
    </message>
    <message>
        <source>The relay at %1 sent a feed page that is not valid.</source>
        <translation>O relay em %1 enviou uma página de feed inválida.</translation>
    </message>
    <message>
        <source>Cannot apply the status feed: %1</source>
        <translation>Não foi possível aplicar o feed de status: %1</translation>
    </message>
</context>
<context>
    <name>RelayFeeds</name>
    <message>
        <source>Delivery reports for “%1” are off: %2</source>
        <translation>Os relatórios de entrega de “%1” estão desligados: %2</translation>
    </message>
    <message>
        <source>Delivery reports for “%1” stopped: %2</source>
        <translation>Os relatórios de entrega de “%1” pararam: %2</translation>
    </message>
</context>
<context>
    <name>RelayMain</name>
    <message>
        <source>Address and port to listen on.</source>
        <translation>Endereço e porta em que escutar.</translation>
    </message>
    <message>
        <source>SQLite file for the stored events.</source>
        <translation>Arquivo SQLite dos eventos guardados.</translation>
    </message>
    <message>
        <source>Largest webhook body accepted, in bytes (larger ones get 413).</source>
        <translation>Maior corpo de webhook aceito, em bytes (maiores recebem 413).</translation>
    </message>
    <message>
        <source>Largest request head (request line and header fields), in bytes (larger ones get 431).</source>
        <translation>Maior cabeçalho de requisição (linha de requisição e campos de cabeçalho), em bytes (maiores recebem 431).</translation>
    </message>
    <message>
        <source>Most client connections at once (default: the open-files limit minus %1, at most %2).</source>
        <translation>Máximo de conexões de clientes ao mesmo tempo (padrão: o limite de arquivos abertos menos %1, no máximo %2).</translation>
    </message>
    <message>
        <source>Most connections from one client address.</source>
        <translation>Máximo de conexões de um mesmo endereço de cliente.</translation>
    </message>
    <message>
        <source>Seconds a client has to send a request&apos;s head (and finish a TLS handshake).</source>
        <translation>Segundos que um cliente tem para enviar o cabeçalho de uma requisição (e concluir um handshake TLS).</translation>
    </message>
    <message>
        <source>Seconds a client has to send a request&apos;s body.</source>
        <translation>Segundos que um cliente tem para enviar o corpo de uma requisição.</translation>
    </message>
    <message>
        <source>Seconds an idle keep-alive connection (or a client not reading its answer) is kept.</source>
        <translation>Segundos que uma conexão keep-alive ociosa (ou um cliente que não lê sua resposta) é mantida.</translation>
    </message>
    <message>
        <source>Most memory the request bodies being read may hold together, in bytes (more get 503).</source>
        <translation>Memória máxima que os corpos de requisição em leitura podem ocupar juntos, em bytes (além disso recebem 503).</translation>
    </message>
    <message>
        <source>Seconds between the test writes /healthz makes to the database.</source>
        <translation>Segundos entre as gravações de teste que o /healthz faz no banco de dados.</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate chain (needs --tls-key).</source>
        <translation>Servir HTTPS com esta cadeia de certificados PEM (requer --tls-key).</translation>
    </message>
    <message>
        <source>Unencrypted PEM private key of --tls-cert (keep it readable by the relay only).</source>
        <translation>Chave privada PEM não criptografada de --tls-cert (deixe-a legível só pelo relay).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>Refusing to start: set %1 in the environment (secrets are never accepted as options).</source>
        <translation>Recusando iniciar: defina %1 no ambiente (segredos nunca são aceitos como opções).</translation>
    </message>
    <message>
        <source>Invalid --listen value &quot;%1&quot;; expected HOST:PORT.</source>
        <translation>Valor de --listen inválido &quot;%1&quot;; esperado HOST:PORTA.</translation>
    </message>
    <message>
        <source>Invalid --max-body value &quot;%1&quot;; expected a positive number of bytes.</source>
        <translation>Valor de --max-body inválido &quot;%1&quot;; esperado um número positivo de bytes.</translation>
    </message>
    <message>
        <source>Invalid --%1 value &quot;%2&quot;; expected a positive whole number.</source>
        <translation>Valor de --%1 inválido &quot;%2&quot;; esperado um número inteiro positivo.</translation>
    </message>
    <message>
        <source>--max-connections %1 does not fit the open-files limit of %2 (%3 are kept for the database and the relay itself): lower it or raise LimitNOFILE= / ulimit -n.</source>
        <translation>--max-connections %1 não cabe no limite de arquivos abertos de %2 (%3 ficam reservados para o banco de dados e o próprio relay): diminua-o ou aumente LimitNOFILE= / ulimit -n.</translation>
    </message>
    <message>
        <source>Invalid --%1 value &quot;%2&quot;; expected a positive number of seconds, e.g. 10 or 0.5.</source>
        <translation>Valor de --%1 inválido &quot;%2&quot;; esperado um número positivo de segundos, ex.: 10 ou 0.5.</translation>
    </message>
    <message>
        <source>Invalid --health-probe-interval value &quot;%1&quot;; expected 0 to 3600 seconds.</source>
        <translation>Valor de --health-probe-interval inválido &quot;%1&quot;; esperado de 0 a 3600 segundos.</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Não foi possível iniciar: %1</translation>
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
        <translation>Recebe webhooks do WhatsApp vindos da Meta e webhooks de pedidos vindos de lojas, guarda-os de forma durável e
os entrega aos Heralds de desktop.
Os segredos vêm só do ambiente: HERALD_RELAY_APP_SECRET, HERALD_RELAY_VERIFY_TOKEN,
HERALD_RELAY_FEED_TOKEN; opcionalmente HERALD_RELAY_INGEST_TOKEN, que habilita
POST /v1/business-events, HERALD_RELAY_SHOPIFY_SECRET (POST /webhooks/shopify),
HERALD_RELAY_WOOCOMMERCE_SECRET (POST /webhooks/woocommerce) e, para cada origem NAME de
--events-config, HERALD_RELAY_EVENTS_&lt;NAME&gt;_SECRET (POST /webhooks/events/NAME, assinado com
X-Herald-Signature: sha256=&lt;HMAC-SHA256 do corpo, em hex&gt;).</translation>
    </message>
    <message>
        <source>JSON file of generic webhook sources: for each NAME the JSON paths of event, phone, region, occurred_at, data and id in its body (docs/relay.md, &quot;Any other platform&quot;).</source>
        <translation>Arquivo JSON de origens genéricas de webhook: para cada NAME, os caminhos JSON de event, phone, region, occurred_at, data e id no corpo (docs/relay.md, &quot;Any other platform&quot;).</translation>
    </message>
    <message>
        <source>Invalid --events-config: %1</source>
        <translation>--events-config inválido: %1</translation>
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
        <translation>Mostrar o Herald</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>“%1” is being sent</source>
        <translation>“%1” está sendo enviada</translation>
    </message>
    <message>
        <source>Herald started sending this campaign. Click to follow it on the dashboard.</source>
        <translation>O Herald começou a enviar esta campanha. Clique para acompanhá-la no painel.</translation>
    </message>
    <message>
        <source>“%1” was stopped</source>
        <translation>“%1” foi parada</translation>
    </message>
    <message>
        <source>The run was stopped; the people it did not reach were not messaged.</source>
        <translation>O envio foi parado; as pessoas que ele não alcançou não receberam mensagem.</translation>
    </message>
    <message>
        <source>“%1” was sent</source>
        <translation>“%1” foi enviada</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) handed to WhatsApp. Click to see who received and read it.</source>
        <translation>
            <numerusform>%Ln destinatário repassado ao WhatsApp. Clique para ver quem recebeu e leu a mensagem.</numerusform>
            <numerusform>%Ln destinatários repassados ao WhatsApp. Clique para ver quem recebeu e leu a mensagem.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” paused</source>
        <translation>“%1” pausada</translation>
    </message>
    <message>
        <source>“%1” needs your decision</source>
        <translation>“%1” precisa da sua decisão</translation>
    </message>
    <message>
        <source>Open Campaigns to resume or stop it.</source>
        <translation>Abra Campanhas para retomá-la ou pará-la.</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Campanha %1</translation>
    </message>
</context>
<context>
    <name>RunService</name>
    <message>
        <source>Campaign %1 has not run yet: start it normally.</source>
        <translation>A campanha %1 ainda não teve envio: inicie-a normalmente.</translation>
    </message>
    <message>
        <source>The newest run of campaign %1 (run %2) is %3, not stopped: there is no stopped run to send the rest of.</source>
        <translation>O envio mais recente da campanha %1 (envio %2) está %3, não parado: não há envio parado cujo restante enviar.</translation>
    </message>
    <message>
        <source>Run %1 of campaign %2 was stopped, and a stopped run is never continued.</source>
        <translation>O envio %1 da campanha %2 foi parado, e um envio parado nunca é retomado.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) it did not reach can get the message in a new run.</source>
        <translation>
            <numerusform>%n destinatário que ele não alcançou pode receber a mensagem em um novo envio.</numerusform>
            <numerusform>%n destinatários que ele não alcançou podem receber a mensagem em um novo envio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n opted out or were deleted since and are left out.)</source>
        <translation>
            <numerusform>(%n se descadastrou ou foi excluído desde então e fica de fora.)</numerusform>
            <numerusform>(%n se descadastraram ou foram excluídos desde então e ficam de fora.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 is %2: there is nothing to continue.</source>
        <translation>O envio %1 está %2: não há nada para continuar.</translation>
    </message>
    <message>
        <source>The campaign&apos;s account no longer exists.</source>
        <translation>A conta da campanha não existe mais.</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>O sandbox embutido não pôde iniciar: %1</translation>
    </message>
    <message>
        <source>Campaign %1 has nothing to send.</source>
        <translation>A campanha %1 não tem nada para enviar.</translation>
    </message>
    <message>
        <source>Stopped by the operator.</source>
        <translation>Parado pelo operador.</translation>
    </message>
    <message>
        <source>Account %1 of campaign %2 no longer exists: edit the campaign&apos;s numbers (herald-cli campaign edit %2 --accounts …).</source>
        <translation>A conta %1 da campanha %2 não existe mais: edite os números da campanha (herald-cli campaign edit %2 --accounts …).</translation>
    </message>
    <message>
        <source>Run %1 of campaign %2 was already planned when you cancelled: nothing was sent. Start sends it.</source>
        <translation>O envio %1 da campanha %2 já estava planejado quando você cancelou: nada foi enviado. Iniciar faz o envio.</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Pronta para enviar</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation>Pausando…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausada</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Parada</translation>
    </message>
    <message>
        <source>Stopped by an error</source>
        <translation>Parada por um erro</translation>
    </message>
    <message>
        <source>Sending in another window</source>
        <translation>Enviando em outra janela</translation>
    </message>
    <message>
        <source>Waiting for the daily limit</source>
        <translation>Aguardando o limite diário</translation>
    </message>
    <message>
        <source>Sent — waiting for delivery reports</source>
        <translation>Enviada — aguardando relatórios de entrega</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Waiting for the next send window</source>
        <translation>Aguardando a próxima janela de envio</translation>
    </message>
</context>
<context>
    <name>SandboxEnvironment</name>
    <message>
        <source>The sandbox relay could not start: %1</source>
        <translation>O relay do sandbox não pôde iniciar: %1</translation>
    </message>
    <message>
        <source>The sandbox could not start.</source>
        <translation>O sandbox não pôde iniciar.</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>The sandbox could not listen on 127.0.0.1.</source>
        <translation>O sandbox não conseguiu escutar em 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>schedule grace_minutes: must be a whole number of minutes from 0 to %1.</source>
        <translation>schedule grace_minutes: deve ser um número inteiro de minutos de 0 a %1.</translation>
    </message>
    <message>
        <source>schedule at: “%1” is not a local date and time like 2026-12-01T09:00.</source>
        <translation>schedule at: “%1” não é uma data e hora local como 2026-12-01T09:00.</translation>
    </message>
    <message>
        <source>schedule every: “%1” must be daily, weekly or monthly.</source>
        <translation>schedule every: “%1” deve ser daily, weekly ou monthly.</translation>
    </message>
    <message>
        <source>schedule time: “%1” is not a time like 09:00.</source>
        <translation>schedule time: “%1” não é um horário como 09:00.</translation>
    </message>
    <message>
        <source>schedule days: weekdays are 1 (Monday) to 7 (Sunday).</source>
        <translation>schedule days: os dias da semana vão de 1 (segunda) a 7 (domingo).</translation>
    </message>
    <message>
        <source>schedule days: a weekly schedule needs at least one weekday.</source>
        <translation>schedule days: uma programação semanal precisa de pelo menos um dia da semana.</translation>
    </message>
    <message>
        <source>schedule day_of_month: must be from 1 to 31.</source>
        <translation>schedule day_of_month: deve ser de 1 a 31.</translation>
    </message>
    <message>
        <source>schedule start/end: dates look like 2026-12-31.</source>
        <translation>schedule start/end: as datas são como 2026-12-31.</translation>
    </message>
    <message>
        <source>schedule end: the end date %1 is before the start date %2.</source>
        <translation>schedule end: a data final %1 é anterior à data inicial %2.</translation>
    </message>
    <message>
        <source>Once on %1 at %2 (%3)</source>
        <translation>Uma vez em %1 às %2 (%3)</translation>
    </message>
    <message>
        <source>Every day at %1 (%2)</source>
        <translation>Todo dia às %1 (%2)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <source>Every %1 at %2 (%3)</source>
        <translation>Toda(s) %1 às %2 (%3)</translation>
    </message>
    <message>
        <source>Monthly on day %1 (or the month&apos;s last day) at %2 (%3)</source>
        <translation>Mensalmente no dia %1 (ou no último dia do mês) às %2 (%3)</translation>
    </message>
    <message>
        <source>Monthly on day %1 at %2 (%3)</source>
        <translation>Mensalmente no dia %1 às %2 (%3)</translation>
    </message>
    <message>
        <source>, from %1</source>
        <translation>, a partir de %1</translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation>, até %1</translation>
    </message>
    <message>
        <source>The time zone “%1” (tz) is not known: choose one such as Asia/Kolkata or America/Sao_Paulo.</source>
        <translation>O fuso horário “%1” (tz) é desconhecido: escolha um como America/Sao_Paulo ou Asia/Kolkata.</translation>
    </message>
</context>
<context>
    <name>ScheduleStore</name>
    <message>
        <source>the template %1 (%2) is not in the workspace</source>
        <translation>o modelo %1 (%2) não está no espaço de trabalho</translation>
    </message>
    <message>
        <source>the template %1 (%2) is %3, not APPROVED</source>
        <translation>o modelo %1 (%2) está %3, não APPROVED</translation>
    </message>
    <message numerus="yes">
        <source>%n due fire(s) wait: run %1 of this campaign is still %2</source>
        <translation>
            <numerusform>%n disparo previsto espera: o envio %1 desta campanha ainda está %2</numerusform>
            <numerusform>%n disparos previstos esperam: o envio %1 desta campanha ainda está %2</numerusform>
        </translation>
    </message>
    <message>
        <source>fire %1 (%2): suppressed, %3</source>
        <translation>disparo %1 (%2): suprimido, %3</translation>
    </message>
    <message>
        <source>“%1” happened within %2 hours</source>
        <translation>“%1” aconteceu em até %2 horas</translation>
    </message>
    <message>
        <source>fire %1 (%2): cancelled, %3</source>
        <translation>disparo %1 (%2): cancelado, %3</translation>
    </message>
    <message>
        <source>the event is too old (due %1 hours ago; messages are sent at most %2 hours late)</source>
        <translation>o evento é antigo demais (previsto há %1 horas; as mensagens são enviadas com no máximo %2 horas de atraso)</translation>
    </message>
    <message>
        <source>cooldown: already sent within %1 hours</source>
        <translation>intervalo mínimo: já enviado nas últimas %1 horas</translation>
    </message>
    <message>
        <source>fire %1 (%2): in run %3</source>
        <translation>disparo %1 (%2): no envio %3</translation>
    </message>
    <message>
        <source>fire %1 (%2): %3</source>
        <translation>disparo %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>The schedule has no occurrence after now (its end date has passed).</source>
        <translation>A programação não tem ocorrência depois de agora (a data final já passou).</translation>
    </message>
    <message>
        <source>The scheduled time %1 (%2) has passed, by more than the %3-minute grace window.</source>
        <translation>O horário agendado %1 (%2) já passou, por mais do que a tolerância de %3 minutos.</translation>
    </message>
    <message>
        <source>Campaign %1 is a one-time campaign: it is sent when started, not scheduled.</source>
        <translation>A campanha %1 é única: ela é enviada ao ser iniciada, não agendada.</translation>
    </message>
    <message>
        <source>The scheduler stopped.</source>
        <translation>O agendador parou.</translation>
    </message>
    <message>
        <source>This process runs the workspace&apos;s scheduled and triggered campaigns.</source>
        <translation>Este processo executa as campanhas agendadas e por evento do espaço de trabalho.</translation>
    </message>
    <message>
        <source>Standing by: %1 (process %2 on %3) runs the scheduler of this workspace.</source>
        <translation>Em espera: %1 (processo %2 em %3) executa o agendador deste espaço de trabalho.</translation>
    </message>
    <message>
        <source>Standing by: another process runs the scheduler of this workspace.</source>
        <translation>Em espera: outro processo executa o agendador deste espaço de trabalho.</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: left unfinished by a scheduler that stopped, not continued: %3</source>
        <translation>envio %1 da campanha %2: deixado inacabado por um agendador que parou, não continuado: %3</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: left unfinished by a scheduler that stopped; continuing it</source>
        <translation>envio %1 da campanha %2: deixado inacabado por um agendador que parou; continuando</translation>
    </message>
    <message>
        <source>Cannot read the due campaigns: %1</source>
        <translation>Não foi possível ler as campanhas previstas: %1</translation>
    </message>
    <message>
        <source>campaign %1: the schedule is invalid (%2); stopped</source>
        <translation>campanha %1: a programação é inválida (%2); parada</translation>
    </message>
    <message>
        <source>campaign %1: %2</source>
        <translation>campanha %1: %2</translation>
    </message>
    <message>
        <source>missed by %1 minutes (grace %2 minutes): no Herald was running</source>
        <translation>perdido por %1 minutos (tolerância de %2 minutos): nenhum Herald estava rodando</translation>
    </message>
    <message>
        <source>campaign %1: occurrence %2 skipped, %3</source>
        <translation>campanha %1: ocorrência %2 pulada, %3</translation>
    </message>
    <message>
        <source>the occurrence of %1 is due</source>
        <translation>a ocorrência de %1 está prevista</translation>
    </message>
    <message>
        <source>campaign %1: occurrence %2 not sent: %3</source>
        <translation>campanha %1: ocorrência %2 não enviada: %3</translation>
    </message>
    <message>
        <source>%1 recipients, %2 skipped</source>
        <translation>%1 destinatários, %2 ignorados</translation>
    </message>
    <message>
        <source>campaign %1: occurrence %2 fired as run %3 (%4)</source>
        <translation>campanha %1: ocorrência %2 disparada como envio %3 (%4)</translation>
    </message>
    <message>
        <source>campaign %1: no further occurrence; the schedule is done</source>
        <translation>campanha %1: nenhuma outra ocorrência; a programação terminou</translation>
    </message>
    <message>
        <source>campaign %1: next occurrence %2</source>
        <translation>campanha %1: próxima ocorrência %2</translation>
    </message>
    <message>
        <source>Cannot read the triggered campaigns: %1</source>
        <translation>Não foi possível ler as campanhas por evento: %1</translation>
    </message>
    <message>
        <source>campaign %1: the trigger is invalid: %2</source>
        <translation>campanha %1: o gatilho é inválido: %2</translation>
    </message>
    <message>
        <source>campaign %1: event %2 (%3) occurred before the campaign was started; ignored</source>
        <translation>campanha %1: o evento %2 (%3) ocorreu antes de a campanha ser iniciada; ignorado</translation>
    </message>
    <message>
        <source>campaign %1: event %2 (%3) does not meet the conditions</source>
        <translation>campanha %1: o evento %2 (%3) não atende às condições</translation>
    </message>
    <message>
        <source>campaign %1: event %2 (%3) matches; due %4</source>
        <translation>campanha %1: o evento %2 (%3) corresponde; previsto para %4</translation>
    </message>
    <message>
        <source>a new batch of fires is due</source>
        <translation>um novo lote de disparos está previsto</translation>
    </message>
    <message>
        <source>campaign %1: the triggered run could not be planned: %2</source>
        <translation>campanha %1: o envio por evento não pôde ser planejado: %2</translation>
    </message>
    <message>
        <source>campaign %1: triggered run %2 with %3 recipients</source>
        <translation>campanha %1: envio por evento %2 com %3 destinatários</translation>
    </message>
    <message>
        <source>Cannot read the runs waiting for the daily limit: %1</source>
        <translation>Não foi possível ler os envios que aguardam o limite diário: %1</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: the daily messaging limit has room again; continuing it</source>
        <translation>envio %1 da campanha %2: o limite diário de mensagens tem espaço de novo; continuando</translation>
    </message>
    <message>
        <source>Cannot resolve uncertain sends: %1</source>
        <translation>Não foi possível resolver os envios incertos: %1</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: uncertain sends without a report for %3 minutes are sent again (reports for later messages arrived)</source>
        <translation>envio %1 da campanha %2: envios incertos sem relatório há %3 minutos são enviados de novo (chegaram relatórios de mensagens posteriores)</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: not continued: %3</source>
        <translation>envio %1 da campanha %2: não continuado: %3</translation>
    </message>
    <message>
        <source>it is no longer the campaign&apos;s newest run</source>
        <translation>ele não é mais o envio mais recente da campanha</translation>
    </message>
    <message>
        <source>Stopped unsent because %1: a scheduled run is never sent late.</source>
        <translation>Parado sem enviar porque %1: um envio agendado nunca é enviado com atraso.</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: %3</source>
        <translation>envio %1 da campanha %2: %3</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: sending</source>
        <translation>envio %1 da campanha %2: enviando</translation>
    </message>
    <message>
        <source>run %1: not started: %2</source>
        <translation>envio %1: não iniciado: %2</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: %3%4</source>
        <translation>envio %1 da campanha %2: %3%4</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: cannot read its next send window: %3</source>
        <translation>envio %1 da campanha %2: não foi possível ler a próxima janela de envio: %3</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: the next send window is open; continuing it</source>
        <translation>envio %1 da campanha %2: a próxima janela de envio está aberta; continuando o envio</translation>
    </message>
    <message>
        <source>Handed over to the Herald agent when the window closed.</source>
        <translation>Passado para o agente do Herald quando a janela foi fechada.</translation>
    </message>
    <message>
        <source>run %1: could not be handed over: %2</source>
        <translation>envio %1: não foi possível passá-lo para o agente: %2</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Write-only: a stored secret is never shown. Type a new one to replace it.</source>
        <translation>Somente gravação: um segredo guardado nunca é exibido. Digite um novo para substituí-lo.</translation>
    </message>
    <message>
        <source>Set token</source>
        <translation>Definir token</translation>
    </message>
    <message>
        <source>Store the token in the system keychain</source>
        <translation>Guardar o token no chaveiro do sistema</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Verificando o chaveiro do sistema…</translation>
    </message>
    <message>
        <source>✔ A token is stored in the system keychain.</source>
        <translation>✔ Há um token guardado no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>No token stored yet.</source>
        <translation>Nenhum token guardado ainda.</translation>
    </message>
    <message>
        <source>Save the account before storing a token.</source>
        <translation>Salve a conta antes de guardar um token.</translation>
    </message>
    <message>
        <source>✔ Stored in the system keychain.</source>
        <translation>✔ Guardado no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Token stored in the system keychain.</source>
        <translation>Token guardado no chaveiro do sistema.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain is not available, so Herald cannot store or read tokens. Log in to a desktop session and try again.</source>
        <translation>O chaveiro do sistema não está disponível, então o Herald não consegue guardar nem ler tokens. Entre em uma sessão de desktop e tente de novo.</translation>
    </message>
    <message>
        <source>No keychain is available (no Secret Service is running), so Herald cannot store or read tokens. On a desktop, install and start gnome-keyring or KWallet (Debian/Ubuntu: apt install gnome-keyring) and log in again. On a server or over SSH, run Herald inside a D-Bus session with an unlocked keyring: dbus-run-session -- sh -c &apos;gnome-keyring-daemon --unlock --components=secrets &lt; password-file; herald-cli …&apos;.</source>
        <translation>Nenhum chaveiro está disponível (nenhum Secret Service está rodando), então o Herald não consegue guardar nem ler tokens. Em um desktop, instale e inicie o gnome-keyring ou o KWallet (Debian/Ubuntu: apt install gnome-keyring) e entre de novo. Em um servidor ou via SSH, execute o Herald dentro de uma sessão D-Bus com um chaveiro desbloqueado: dbus-run-session -- sh -c &apos;gnome-keyring-daemon --unlock --components=secrets &lt; arquivo-de-senha; herald-cli …&apos;.</translation>
    </message>
    <message>
        <source>No secret is stored for this account yet.</source>
        <translation>Nenhum segredo está guardado para esta conta ainda.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock it and try again.</source>
        <translation>O chaveiro recusou o acesso (%1). Desbloqueie-o e tente de novo.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>O chaveiro informou um erro: %1</translation>
    </message>
</context>
<context>
    <name>SendPlaybook</name>
    <message>
        <source>Retrying after a temporary error (%1).</source>
        <translation>Tentando de novo depois de um erro temporário (%1).</translation>
    </message>
    <message>
        <source>Meta&apos;s throughput limit was reached (%1); sending slower.</source>
        <translation>O limite de vazão da Meta foi atingido (%1); enviando mais devagar.</translation>
    </message>
    <message numerus="yes">
        <source>Too many messages to this number (131056); waiting %n second(s).</source>
        <translation>
            <numerusform>Mensagens demais para este número (131056); aguardando %n segundo.</numerusform>
            <numerusform>Mensagens demais para este número (131056); aguardando %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meta refused the account (code %1: %2). The run was stopped; nothing more is sent until the account is fixed and the run is started again.</source>
        <translation>A Meta recusou a conta (código %1: %2). O envio foi parado; nada mais é enviado até que a conta seja corrigida e o envio seja iniciado de novo.</translation>
    </message>
    <message>
        <source>The template is disabled (code 132016: %1). The run was paused; use a new template.</source>
        <translation>O modelo está desativado (código 132016: %1). O envio foi pausado; use um novo modelo.</translation>
    </message>
    <message>
        <source>The template is paused for low quality (code 132015: %1). The run was paused; resume it when the template is active again.</source>
        <translation>O modelo está pausado por baixa qualidade (código 132015: %1). O envio foi pausado; retome-o quando o modelo estiver ativo de novo.</translation>
    </message>
</context>
<context>
    <name>SendWindow</name>
    <message>
        <source>The send time “%1” (--local-time) is not a time of day: write HH:MM, e.g. 10:00.</source>
        <translation>O horário de envio “%1” (--local-time) não é uma hora do dia: escreva HH:MM, ex.: 10:00.</translation>
    </message>
    <message>
        <source>The quiet hours “%1” (--quiet-hours) are not a time range: write HH:MM-HH:MM with two different times, e.g. 21:00-09:00.</source>
        <translation>O horário de silêncio “%1” (--quiet-hours) não é um intervalo de horas: escreva HH:MM-HH:MM com dois horários diferentes, ex.: 21:00-09:00.</translation>
    </message>
    <message>
        <source>The send time %1 falls in the quiet hours %2: choose a send time outside them.</source>
        <translation>O horário de envio %1 cai no horário de silêncio %2: escolha um horário de envio fora dele.</translation>
    </message>
    <message>
        <source>at %1, never %2–%3, recipient time</source>
        <translation>às %1, nunca %2–%3, horário do destinatário</translation>
    </message>
    <message>
        <source>at %1 recipient time</source>
        <translation>às %1, horário do destinatário</translation>
    </message>
    <message>
        <source>never %1–%2 recipient time</source>
        <translation>nunca %1–%2, horário do destinatário</translation>
    </message>
</context>
<context>
    <name>SendWindowBox</name>
    <message>
        <source>Recipient&apos;s own time</source>
        <translation>Horário do próprio destinatário</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Enviar às</translation>
    </message>
    <message>
        <source>in each recipient&apos;s time zone</source>
        <translation>no fuso horário de cada destinatário</translation>
    </message>
    <message>
        <source>Never between</source>
        <translation>Nunca entre</translation>
    </message>
    <message>
        <source>and</source>
        <translation>e</translation>
    </message>
    <message>
        <source>recipient time</source>
        <translation>horário do destinatário</translation>
    </message>
    <message>
        <source>The zone comes from the contact&apos;s “timezone” attribute, else from the number&apos;s area code or country, else the campaign&apos;s zone. The pre-flight shows the waves.</source>
        <translation>O fuso vem do atributo “timezone” do contato; se não houver, do DDD ou do país do número; senão, do fuso da campanha. A verificação prévia mostra os lotes.</translation>
    </message>
</context>
<context>
    <name>SendWindowPlan</name>
    <message>
        <source>There is no campaign run %1.</source>
        <translation>Não há envio de campanha %1.</translation>
    </message>
</context>
<context>
    <name>SendWorker</name>
    <message>
        <source>Campaign run %1 belongs to another account.</source>
        <translation>O envio de campanha %1 pertence a outra conta.</translation>
    </message>
    <message>
        <source>Paused by the operator.</source>
        <translation>Pausado pelo operador.</translation>
    </message>
    <message>
        <source>Stopped by the operator.</source>
        <translation>Parado pelo operador.</translation>
    </message>
    <message>
        <source>Herald was closed while this run was sending; resume it to continue.</source>
        <translation>O Herald foi fechado enquanto este envio estava em andamento; retome-o para continuar.</translation>
    </message>
    <message>
        <source>Sending stopped because of an error: %1</source>
        <translation>O envio parou por causa de um erro: %1</translation>
    </message>
    <message>
        <source>The next wave is due at %1 (UTC); herald-cli agent or the open app sends it then.</source>
        <translation>O próximo lote está previsto para %1 (UTC); o herald-cli agent ou o aplicativo aberto o envia nesse momento.</translation>
    </message>
    <message>
        <source>Meta set the template “%1” (%2) to %3 for low quality, so sends with it are refused. The run is paused; resume it once the template is active again (Meta lifts a first pause after 3 hours).</source>
        <translation>A Meta mudou o modelo “%1” (%2) para %3 por baixa qualidade, então as mensagens com ele são recusadas. O envio foi pausado; retome-o quando o modelo estiver ativo de novo (a Meta encerra a primeira pausa após 3 horas).</translation>
    </message>
</context>
<context>
    <name>ServerLock</name>
    <message>
        <source>the workspace&apos;s PostgreSQL server (advisory lock “%1”)</source>
        <translation>o servidor PostgreSQL do espaço de trabalho (trava consultiva “%1”)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Search this page</source>
        <translation>Buscar nesta página</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Janela</translation>
    </message>
</context>
<context>
    <name>SlotContext</name>
    <message>
        <source>The header&apos;s image, video or document (a link)</source>
        <translation>A imagem, o vídeo ou o documento do cabeçalho (um link)</translation>
    </message>
    <message>
        <source>Button “%1”: %2</source>
        <translation>Botão “%1”: %2</translation>
    </message>
    <message>
        <source>Button “%1”: the code to copy</source>
        <translation>Botão “%1”: o código a copiar</translation>
    </message>
    <message>
        <source>Button “%1”</source>
        <translation>Botão “%1”</translation>
    </message>
</context>
<context>
    <name>SqliteLibrary</name>
    <message>
        <source>The workspace must be opened with Qt&apos;s SQLite driver (QSQLITE), not %1.</source>
        <translation>O espaço de trabalho precisa ser aberto com o driver SQLite do Qt (QSQLITE), não %1.</translation>
    </message>
    <message>
        <source>Cannot ask Qt&apos;s SQLite driver for its version: %1</source>
        <translation>Não foi possível perguntar ao driver SQLite do Qt a versão dele: %1</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver uses its own copy of SQLite %1, not the one Herald links.</source>
        <translation>O driver SQLite do Qt usa sua própria cópia do SQLite %1, não a que o Herald usa.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver uses SQLite %1 (%2), but Herald links SQLite %3 (%4).</source>
        <translation>O driver SQLite do Qt usa o SQLite %1 (%2), mas o Herald usa o SQLite %3 (%4).</translation>
    </message>
    <message>
        <source>Herald needs both to be one library, or the workspace could be damaged, so it was not opened. Install the Herald package for this system, or build Herald against the SQLite that Qt uses (Qt configured with -system-sqlite).</source>
        <translation>O Herald precisa que os dois sejam a mesma biblioteca, senão o espaço de trabalho poderia ser danificado, então ele não foi aberto. Instale o pacote do Herald para este sistema, ou compile o Herald com o SQLite que o Qt usa (Qt configurado com -system-sqlite).</translation>
    </message>
</context>
<context>
    <name>StatsChartView</name>
    <message>
        <source>Campaign statistics chart</source>
        <translation>Gráfico de estatísticas da campanha</translation>
    </message>
    <message>
        <source>Click a bar, or choose one with the Left and Right keys and press Enter, to list its recipients.</source>
        <translation>Clique em uma barra, ou escolha uma com as teclas Esquerda e Direita e pressione Enter, para listar os destinatários dela.</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation>Tentados</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregues</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lidos</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Respondidos</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation>Não qualificados</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendentes</translation>
    </message>
    <message>
        <source>%1 of attempted</source>
        <translation>%1 dos tentados</translation>
    </message>
    <message>
        <source>%1 of sent</source>
        <translation>%1 dos enviados</translation>
    </message>
    <message>
        <source>Nothing has been sent in this run yet.
The bars fill in as messages go out.</source>
        <translation>Nada foi enviado neste envio ainda.
As barras se preenchem à medida que as mensagens saem.</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1: sem dados</translation>
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
        <translation>%1. Pressione Enter para listar estes destinatários.</translation>
    </message>
    <message>
        <source>Press Enter to list these recipients.</source>
        <translation>Pressione Enter para listar estes destinatários.</translation>
    </message>
    <message>
        <source>Unqualified is part of Failed: numbers without WhatsApp.</source>
        <translation>Não qualificados fazem parte de Com falha: números sem WhatsApp.</translation>
    </message>
    <message numerus="yes">
        <source>%n opted out</source>
        <translation>
            <numerusform>%n se descadastrou</numerusform>
            <numerusform>%n se descadastraram</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of attempted, part of the %2 failed</source>
        <translation>%1 dos tentados, parte dos %2 com falha</translation>
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
        <translation>Não há envio %1.</translation>
    </message>
    <message>
        <source>Recipient exports need the SQLite workspace driver.</source>
        <translation>A exportação de destinatários precisa do driver SQLite do espaço de trabalho.</translation>
    </message>
    <message>
        <source>Could not read the recipients: %1</source>
        <translation>Não foi possível ler os destinatários: %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was kept.</source>
        <translation>Exportação cancelada; nenhum arquivo foi mantido.</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>%1 is not a Herald workspace: it is not an SQLite database, or its header is damaged. The file was left untouched; choose another file or a new path, or restore it from a backup.</source>
        <translation>%1 não é um espaço de trabalho do Herald: não é um banco SQLite, ou o cabeçalho está danificado. O arquivo não foi alterado; escolha outro arquivo ou um novo caminho, ou restaure-o de um backup.</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged (SQLite reports a malformed database). It was left untouched; restore it from a backup or choose another file.</source>
        <translation>O espaço de trabalho %1 está danificado (o SQLite informa um banco malformado). Ele não foi alterado; restaure-o de um backup ou escolha outro arquivo.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Nothing was lost: the last change was not saved and the file is intact. Free some space on that disk and try again.</source>
        <translation>O disco que contém %1 está cheio. Nada se perdeu: a última alteração não foi salva e o arquivo está íntegro. Libere espaço nesse disco e tente de novo.</translation>
    </message>
    <message>
        <source>Herald may not write to %1 (no write permission for the file or its folder %2). Nothing was lost and nothing was changed. Make the folder writable or choose another place.</source>
        <translation>O Herald não pode gravar em %1 (sem permissão de gravação no arquivo ou na pasta %2). Nada se perdeu e nada foi alterado. Permita gravação na pasta ou escolha outro lugar.</translation>
    </message>
    <message>
        <source>Cannot open %1. Check that the path names a file (not a folder) in a folder that exists. Nothing was changed.</source>
        <translation>Não foi possível abrir %1. Confira se o caminho indica um arquivo (não uma pasta) em uma pasta que existe. Nada foi alterado.</translation>
    </message>
    <message>
        <source>%1 is locked by another program that uses it. Nothing was changed; close that program (another Herald window, an agent or herald-cli) or wait for it, then try again.</source>
        <translation>%1 está bloqueado por outro programa que o usa. Nada foi alterado; feche esse programa (outra janela do Herald, um agente ou o herald-cli) ou espere por ele e tente de novo.</translation>
    </message>
    <message>
        <source>Cannot use %1.</source>
        <translation>Não foi possível usar %1.</translation>
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
        <translation>Um arquivo de espaço de trabalho não tem equipe: pessoas e funções pertencem a um espaço de trabalho PostgreSQL (migre para um com: herald-cli workspace copy ARQUIVO postgresql://…).</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL connection to set the password (%1).</source>
        <translation>Não foi possível acessar a conexão PostgreSQL para definir a senha (%1).</translation>
    </message>
    <message>
        <source>Cannot prepare the password: %1</source>
        <translation>Não foi possível preparar a senha: %1</translation>
    </message>
    <message>
        <source>Cannot grant the team&apos;s rights (%1): %2</source>
        <translation>Não foi possível conceder os direitos da equipe (%1): %2</translation>
    </message>
    <message>
        <source>A person&apos;s name must be 1 to 63 characters (it becomes their PostgreSQL user name).</source>
        <translation>O nome de uma pessoa deve ter de 1 a 63 caracteres (ele se torna o nome de usuário dela no PostgreSQL).</translation>
    </message>
    <message>
        <source>There is already a PostgreSQL user named %1; choose another name, or remove them first (herald-cli team remove %1).</source>
        <translation>Já existe um usuário do PostgreSQL chamado %1; escolha outro nome ou remova-o primeiro (herald-cli team remove %1).</translation>
    </message>
    <message>
        <source>Cannot add %1: %2. Only the workspace&apos;s owner or an admin can add people.</source>
        <translation>Não foi possível adicionar %1: %2. Só o dono do espaço de trabalho ou um admin pode adicionar pessoas.</translation>
    </message>
    <message>
        <source>Cannot add %1 to the %2 role: %3</source>
        <translation>Não foi possível adicionar %1 à função %2: %3</translation>
    </message>
    <message>
        <source>You cannot remove yourself; ask another admin or the workspace&apos;s owner.</source>
        <translation>Você não pode remover a si mesmo; peça a outro admin ou ao dono do espaço de trabalho.</translation>
    </message>
    <message>
        <source>%1 is not on this workspace&apos;s team (see herald-cli team list).</source>
        <translation>%1 não faz parte da equipe deste espaço de trabalho (veja herald-cli team list).</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>Não foi possível remover %1: %2</translation>
    </message>
</context>
<context>
    <name>TemplateButtonsEditor</name>
    <message>
        <source>Quick reply</source>
        <translation>Resposta rápida</translation>
    </message>
    <message>
        <source>Visit website</source>
        <translation>Visitar site</translation>
    </message>
    <message>
        <source>Call phone number</source>
        <translation>Ligar para número</translation>
    </message>
    <message>
        <source>Copy offer code</source>
        <translation>Copiar código da oferta</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Button text</source>
        <translation>Texto do botão</translation>
    </message>
    <message>
        <source>Web address / phone / code</source>
        <translation>Endereço web / telefone / código</translation>
    </message>
    <message>
        <source>A button kind Herald does not edit; it is kept as it is.</source>
        <translation>Um tipo de botão que o Herald não edita; ele é mantido como está.</translation>
    </message>
    <message>
        <source>https://… — may end in {{1}} for a per-recipient part</source>
        <translation>https://… — pode terminar em {{1}} para uma parte de cada destinatário</translation>
    </message>
    <message>
        <source>International format, e.g. +15550100</source>
        <translation>Formato internacional, ex.: +5511955550100</translation>
    </message>
    <message>
        <source>An example code, up to 15 characters</source>
        <translation>Um código de exemplo, até 15 caracteres</translation>
    </message>
</context>
<context>
    <name>TemplateDetailPane</name>
    <message>
        <source>No template selected</source>
        <translation>Nenhum modelo selecionado</translation>
    </message>
    <message>
        <source>Select a template to see how it looks on a phone.</source>
        <translation>Selecione um modelo para ver como ele aparece no celular.</translation>
    </message>
    <message>
        <source>Select a template in the list to preview it here.</source>
        <translation>Selecione um modelo na lista para ver a prévia aqui.</translation>
    </message>
    <message>
        <source>quality %1</source>
        <translation>qualidade %1</translation>
    </message>
    <message>
        <source>Status %1: this template cannot be sent now.</source>
        <translation>Status %1: este modelo não pode ser enviado agora.</translation>
    </message>
    <message>
        <source>Draft: not submitted to Meta yet. Open it and choose “Submit for review”.</source>
        <translation>Rascunho: ainda não enviado à Meta. Abra-o e escolha “Enviar para análise”.</translation>
    </message>
    <message>
        <source>In review at Meta; this can take up to 24 hours. Sync to see the outcome.</source>
        <translation>Em análise na Meta; isso pode levar até 24 horas. Sincronize para ver o resultado.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Message Template</source>
        <translation>Modelo de mensagem</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>lowercase_with_underscores</source>
        <translation>minusculas_com_sublinhados</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoria:</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>Up to 60 characters, at most one variable</source>
        <translation>Até 60 caracteres, no máximo uma variável</translation>
    </message>
    <message>
        <source>&amp;Sample:</source>
        <translation>E&amp;xemplo:</translation>
    </message>
    <message>
        <source>Upload handle or public URL of a sample file, for Meta&apos;s review</source>
        <translation>Identificador de upload ou URL pública de um arquivo de exemplo, para a análise da Meta</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corpo</translation>
    </message>
    <message>
        <source>Hello {{1}}, your order {{2}} has shipped. Use *bold*, _italic_, ~strikethrough~.</source>
        <translation>Olá {{1}}, seu pedido {{2}} foi despachado. Use *negrito*, _itálico_, ~tachado~.</translation>
    </message>
    <message>
        <source>Variables: {{1}}, {{2}}… or {{first_name}}. The body may not start or end with one.</source>
        <translation>Variáveis: {{1}}, {{2}}… ou {{primeiro_nome}}. O corpo não pode começar nem terminar com uma.</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Rodapé</translation>
    </message>
    <message>
        <source>Optional, up to 60 characters, no variables</source>
        <translation>Opcional, até 60 caracteres, sem variáveis</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Botões</translation>
    </message>
    <message>
        <source>&amp;Add button</source>
        <translation>&amp;Adicionar botão</translation>
    </message>
    <message>
        <source>Remove the selected button</source>
        <translation>Remover o botão selecionado</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Move the selected button up</source>
        <translation>Mover o botão selecionado para cima</translation>
    </message>
    <message>
        <source>Move the selected button down</source>
        <translation>Mover o botão selecionado para baixo</translation>
    </message>
    <message>
        <source>Up to 10; quick replies together</source>
        <translation>Até 10; respostas rápidas juntas</translation>
    </message>
    <message>
        <source>Variable examples</source>
        <translation>Exemplos de variáveis</translation>
    </message>
    <message>
        <source>Meta reviews every template with sample values. Give each variable a realistic one.</source>
        <translation>A Meta analisa cada modelo com valores de exemplo. Dê a cada variável um valor realista.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Salvar &amp;rascunho</translation>
    </message>
    <message>
        <source>S&amp;ubmit for review</source>
        <translation>&amp;Enviar para análise</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Utilidade</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticação</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox account “%1”.&lt;/b&gt; Submitting approves the template at once: the sandbox simulates Meta&apos;s review and nothing leaves this computer.</source>
        <translation>&lt;b&gt;Conta sandbox “%1”.&lt;/b&gt; Enviar para análise aprova o modelo na hora: o sandbox simula a análise da Meta e nada sai deste computador.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This template exists at Meta&lt;/b&gt; (status %1). Its name and language cannot change. Submitting sends the new content for review again; an approved template can be edited once a day and ten times in 30 days.</source>
        <translation>&lt;b&gt;Este modelo existe na Meta&lt;/b&gt; (status %1). O nome e o idioma não podem mudar. Enviar para análise manda o novo conteúdo para análise de novo; um modelo aprovado pode ser editado uma vez por dia e dez vezes em 30 dias.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>New Message Template</source>
        <translation>Novo modelo de mensagem</translation>
    </message>
    <message>
        <source>Message Template “%1”</source>
        <translation>Modelo de mensagem “%1”</translation>
    </message>
    <message>
        <source>No variables yet.</source>
        <translation>Nenhuma variável ainda.</translation>
    </message>
    <message>
        <source>Send the template to Meta for review</source>
        <translation>Enviar o modelo para a análise da Meta</translation>
    </message>
    <message>
        <source>Fix the problems listed on the right first.</source>
        <translation>Corrija primeiro os problemas listados à direita.</translation>
    </message>
    <message>
        <source>Keep the template in this workspace without submitting it</source>
        <translation>Manter o modelo neste espaço de trabalho sem enviá-lo para análise</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Rascunho salvo.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Descartar alterações?</translation>
    </message>
    <message>
        <source>The template has unsaved changes. Discard them?</source>
        <translation>O modelo tem alterações não salvas. Descartá-las?</translation>
    </message>
    <message>
        <source>Named variables, such as {{first_name}}.</source>
        <translation>Variáveis nomeadas, como {{primeiro_nome}}.</translation>
    </message>
    <message>
        <source>Numbered variables: {{1}}, {{2}}….</source>
        <translation>Variáveis numeradas: {{1}}, {{2}}….</translation>
    </message>
</context>
<context>
    <name>TemplateExamplesEditor</name>
    <message>
        <source>Variable</source>
        <translation>Variável</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>Usada em</translation>
    </message>
    <message>
        <source>Example value</source>
        <translation>Valor de exemplo</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corpo</translation>
    </message>
    <message>
        <source>Button “%1” (web address)</source>
        <translation>Botão “%1” (endereço web)</translation>
    </message>
    <message>
        <source>What a real customer would see here</source>
        <translation>O que um cliente real veria aqui</translation>
    </message>
    <message>
        <source>Variable examples</source>
        <translation>Exemplos de variáveis</translation>
    </message>
    <message>
        <source>Variable examples (%1)</source>
        <translation>Exemplos de variáveis (%1)</translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message>
        <source>Message preview</source>
        <translation>Prévia da mensagem</translation>
    </message>
    <message>
        <source>(no body text)</source>
        <translation>(sem texto no corpo)</translation>
    </message>
    <message>
        <source>Copy offer code</source>
        <translation>Copiar código da oferta</translation>
    </message>
    <message>
        <source>See all options</source>
        <translation>Ver todas as opções</translation>
    </message>
    <message>
        <source> Image</source>
        <translation> Imagem</translation>
    </message>
    <message>
        <source>▶ Video</source>
        <translation>▶ Vídeo</translation>
    </message>
    <message>
        <source> Document</source>
        <translation> Documento</translation>
    </message>
    <message>
        <source> Location</source>
        <translation> Localização</translation>
    </message>
    <message>
        <source>Button: %1</source>
        <translation>Botão: %1</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>Cannot read the templates: %1</source>
        <translation>Não foi possível ler os modelos: %1</translation>
    </message>
    <message>
        <source>Cannot read the template “%1” (%2): %3</source>
        <translation>Não foi possível ler o modelo “%1” (%2): %3</translation>
    </message>
    <message>
        <source>Cannot start saving the templates: %1</source>
        <translation>Não foi possível começar a salvar os modelos: %1</translation>
    </message>
    <message>
        <source>Cannot save the templates: %1</source>
        <translation>Não foi possível salvar os modelos: %1</translation>
    </message>
    <message>
        <source>A template needs an account, a name and a language before it can be saved.</source>
        <translation>Um modelo precisa de uma conta, um nome e um idioma antes de ser salvo.</translation>
    </message>
    <message>
        <source>Cannot save the template “%1” (%2): %3</source>
        <translation>Não foi possível salvar o modelo “%1” (%2): %3</translation>
    </message>
    <message>
        <source>Cannot record the template update: %1</source>
        <translation>Não foi possível registrar a atualização do modelo: %1</translation>
    </message>
</context>
<context>
    <name>TemplateSubmission</name>
    <message>
        <source>The account “%1” has no WhatsApp Business Account ID. Set it in Settings → Sending accounts (herald-cli account set --waba-id ID).</source>
        <translation>A conta “%1” não tem ID da conta do WhatsApp Business. Defina-o em Configurações → Contas de envio (herald-cli account set --waba-id ID).</translation>
    </message>
    <message>
        <source>Meta did not accept “%1”: %2</source>
        <translation>A Meta não aceitou “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” was accepted but could not be saved in the workspace: %2</source>
        <translation>“%1” foi aceito, mas não pôde ser salvo no espaço de trabalho: %2</translation>
    </message>
</context>
<context>
    <name>TemplateSubmitter</name>
    <message>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>The templates could not be read: %1</source>
        <translation>Os modelos não puderam ser lidos: %1</translation>
    </message>
    <message>
        <source>Name taken</source>
        <translation>Nome em uso</translation>
    </message>
    <message>
        <source>A template “%1” in %2 already exists at Meta. Choose another name, or edit that template instead.</source>
        <translation>Um modelo “%1” em %2 já existe na Meta. Escolha outro nome ou edite esse modelo.</translation>
    </message>
    <message>
        <source>Replace draft?</source>
        <translation>Substituir rascunho?</translation>
    </message>
    <message>
        <source>A draft “%1” in %2 already exists. Replace it with this one?</source>
        <translation>Um rascunho “%1” em %2 já existe. Substituí-lo por este?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Substituir</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>O modelo não pôde ser salvo: %1</translation>
    </message>
    <message>
        <source>Template saved</source>
        <translation>Modelo salvo</translation>
    </message>
    <message>
        <source>Cannot submit</source>
        <translation>Não é possível enviar para análise</translation>
    </message>
    <message>
        <source>Reading the access token…</source>
        <translation>Lendo o token de acesso…</translation>
    </message>
    <message>
        <source>Submitting to Meta…</source>
        <translation>Enviando para a Meta…</translation>
    </message>
    <message>
        <source>Submission failed</source>
        <translation>O envio para análise falhou</translation>
    </message>
    <message>
        <source>The sandbox approved “%1” at once: it simulates Meta&apos;s review. On a WhatsApp Cloud API account the review can take up to 24 hours.</source>
        <translation>O sandbox aprovou “%1” na hora: ele simula a análise da Meta. Em uma conta da API de Nuvem do WhatsApp, a análise pode levar até 24 horas.</translation>
    </message>
    <message>
        <source>“%1” was submitted for review (status %2). Meta reviews templates automatically; the answer can take up to 24 hours. Sync the templates to see it.</source>
        <translation>“%1” foi enviado para análise (status %2). A Meta analisa os modelos automaticamente; a resposta pode levar até 24 horas. Sincronize os modelos para vê-la.</translation>
    </message>
</context>
<context>
    <name>TemplateSync</name>
    <message>
        <source>The account “%1” has no WhatsApp Business Account ID; set it first (account set --waba-id).</source>
        <translation>A conta “%1” não tem ID da conta do WhatsApp Business; defina-o primeiro (account set --waba-id).</translation>
    </message>
    <message numerus="yes">
        <source>Template sync stopped after %n page(s): %1</source>
        <translation>
            <numerusform>A sincronização de modelos parou depois de %n página: %1</numerusform>
            <numerusform>A sincronização de modelos parou depois de %n páginas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The Graph API&apos;s answer has no template list (“data”).</source>
        <translation>A resposta da Graph API não tem lista de modelos (“data”).</translation>
    </message>
    <message>
        <source>The Graph API pointed the next page at another host (%1); Herald does not send the token there.</source>
        <translation>A Graph API apontou a próxima página para outro host (%1); o Herald não envia o token para lá.</translation>
    </message>
    <message>
        <source>The Graph API&apos;s paging does not end (page %1 repeats).</source>
        <translation>A paginação da Graph API não termina (a página %1 se repete).</translation>
    </message>
    <message>
        <source>The templates could not be saved: %1</source>
        <translation>Os modelos não puderam ser salvos: %1</translation>
    </message>
</context>
<context>
    <name>TemplateSyncRunner</name>
    <message>
        <source>Reading the access token from the system keychain…</source>
        <translation>Lendo o token de acesso no chaveiro do sistema…</translation>
    </message>
    <message>
        <source>Fetching templates… %1 page(s), %2 template(s) so far.</source>
        <translation>Buscando modelos… %1 página(s), %2 modelo(s) até agora.</translation>
    </message>
    <message>
        <source>Syncing templates of “%1”…</source>
        <translation>Sincronizando os modelos de “%1”…</translation>
    </message>
</context>
<context>
    <name>TemplateTableModel</name>
    <message>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Em análise</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitado</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>In appeal</source>
        <translation>Em recurso</translation>
    </message>
    <message>
        <source>Being deleted</source>
        <translation>Sendo excluído</translation>
    </message>
    <message>
        <source>Deleted upstream</source>
        <translation>Excluído na origem</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arquivado</translation>
    </message>
    <message>
        <source>Limit exceeded</source>
        <translation>Limite excedido</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Sinalizado</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Reinstated</source>
        <translation>Restabelecido</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecida</translation>
    </message>
    <message>
        <source>Deleted from the WhatsApp account on %1; kept here for campaign history. Last status there: %2.</source>
        <translation>Excluído da conta do WhatsApp em %1; mantido aqui para o histórico das campanhas. Último status lá: %2.</translation>
    </message>
    <message>
        <source>Meta paused this template for low quality; sends are refused until it resumes.</source>
        <translation>A Meta pausou este modelo por baixa qualidade; os envios são recusados até que ele seja retomado.</translation>
    </message>
    <message>
        <source>Meta disabled this template after repeated pauses; create a new one.</source>
        <translation>A Meta desativou este modelo depois de pausas repetidas; crie um novo.</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejeitado: %1</translation>
    </message>
    <message>
        <source>Status %1: this template cannot be sent now.</source>
        <translation>Status %1: este modelo não pode ser enviado agora.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Última sincronização</translation>
    </message>
</context>
<context>
    <name>TemplateValidator</name>
    <message>
        <source>%1 is %2 characters long; the limit is %3. Shorten it by one character.</source>
        <translation>%1 tem %2 caracteres; o limite é %3. Encurte-o em um caractere.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %2 characters long; the limit is %3. Shorten it by %Ln characters.</source>
        <translation>
            <numerusform>%1 tem %2 caracteres; o limite é %3. Encurte-o em %Ln caractere.</numerusform>
            <numerusform>%1 tem %2 caracteres; o limite é %3. Encurte-o em %Ln caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the template&apos;s language, for example “en_US”.</source>
        <translation>Escolha o idioma do modelo, por exemplo “pt_BR”.</translation>
    </message>
    <message>
        <source>Choose a category: MARKETING, UTILITY or AUTHENTICATION.</source>
        <translation>Escolha uma categoria: MARKETING, UTILITY ou AUTHENTICATION.</translation>
    </message>
    <message>
        <source>%1 is not a template category; use MARKETING, UTILITY or AUTHENTICATION.</source>
        <translation>%1 não é uma categoria de modelo; use MARKETING, UTILITY ou AUTHENTICATION.</translation>
    </message>
    <message>
        <source>The template has no name. Give it one made of lowercase letters, digits and underscores, such as “order_update”.</source>
        <translation>O modelo não tem nome. Dê a ele um nome feito de letras minúsculas, dígitos e sublinhados, como “atualizacao_pedido”.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>O nome</translation>
    </message>
    <message>
        <source>The name contains %1, which is not allowed: use only lowercase letters, digits and underscores (for example %2).</source>
        <translation>O nome contém %1, que não é permitido: use só letras minúsculas, dígitos e sublinhados (por exemplo %2).</translation>
    </message>
    <message>
        <source>%1 is not a valid variable: write it as %2, with two braces on each side and no spaces.</source>
        <translation>%1 não é uma variável válida: escreva-a como %2, com duas chaves de cada lado e sem espaços.</translation>
    </message>
    <message>
        <source>%1 is not a valid variable. Write variables as {{1}}, {{2}}… or as {{first_name}}: two braces on each side, only letters, digits or underscores inside, no spaces.</source>
        <translation>%1 não é uma variável válida. Escreva as variáveis como {{1}}, {{2}}… ou como {{primeiro_nome}}: duas chaves de cada lado, só letras, dígitos ou sublinhados dentro, sem espaços.</translation>
    </message>
    <message>
        <source>%1: named variables may only use lowercase letters and underscores.</source>
        <translation>%1: variáveis nomeadas só podem usar letras minúsculas e sublinhados.</translation>
    </message>
    <message>
        <source>%1: named variables may only use lowercase letters and underscores; write %2.</source>
        <translation>%1: variáveis nomeadas só podem usar letras minúsculas e sublinhados; escreva %2.</translation>
    </message>
    <message>
        <source>Numbered variables start at {{1}}; rename %1 to {{1}}.</source>
        <translation>Variáveis numeradas começam em {{1}}; renomeie %1 para {{1}}.</translation>
    </message>
    <message>
        <source>%1 skips %2: numbered variables must run 1, 2, 3… without gaps. Rename it to %2.</source>
        <translation>%1 pula %2: variáveis numeradas devem seguir 1, 2, 3… sem lacunas. Renomeie-a para %2.</translation>
    </message>
    <message>
        <source>%1 mixes a %2 variable into a template that also uses %3 ones (%4); use one kind throughout.</source>
        <translation>%1 mistura uma variável %2 em um modelo que também usa variáveis %3 (%4); use um só tipo em todo o modelo.</translation>
    </message>
    <message>
        <source>numbered</source>
        <translation>numerada</translation>
    </message>
    <message>
        <source>named</source>
        <translation>nomeada</translation>
    </message>
    <message>
        <source>The examples name %1 more than once; give each named variable exactly one example.</source>
        <translation>Os exemplos citam %1 mais de uma vez; dê a cada variável nomeada exatamente um exemplo.</translation>
    </message>
    <message>
        <source>%1 has no example value. Add one (for instance what a real customer would see) so Meta can review the template.</source>
        <translation>%1 não tem valor de exemplo. Adicione um (por exemplo, o que um cliente real veria) para que a Meta possa analisar o modelo.</translation>
    </message>
    <message>
        <source>The %1 header needs a sample file (header_handle) so Meta can review the template; upload one.</source>
        <translation>O cabeçalho %1 precisa de um arquivo de exemplo (header_handle) para que a Meta possa analisar o modelo; envie um.</translation>
    </message>
    <message>
        <source>The header is set to text but has none. Type the header text or remove the header.</source>
        <translation>O cabeçalho está definido como texto, mas não tem texto. Digite o texto do cabeçalho ou remova o cabeçalho.</translation>
    </message>
    <message>
        <source>The header</source>
        <translation>O cabeçalho</translation>
    </message>
    <message>
        <source>The header uses %1 different variables; a header may have only one. Keep %2 and move the others into the body.</source>
        <translation>O cabeçalho usa %1 variáveis diferentes; um cabeçalho só pode ter uma. Mantenha %2 e passe as outras para o corpo.</translation>
    </message>
    <message>
        <source>The body is empty. Every template needs body text.</source>
        <translation>O corpo está vazio. Todo modelo precisa de texto no corpo.</translation>
    </message>
    <message>
        <source>The body</source>
        <translation>O corpo</translation>
    </message>
    <message>
        <source>The body may not start with a variable (%1). Put some words before it, for example “Hi %1”.</source>
        <translation>O corpo não pode começar com uma variável (%1). Coloque algumas palavras antes dela, por exemplo “Oi %1”.</translation>
    </message>
    <message>
        <source>The body may not end with a variable (%1). Add some words or a full stop after it.</source>
        <translation>O corpo não pode terminar com uma variável (%1). Acrescente algumas palavras ou um ponto final depois dela.</translation>
    </message>
    <message>
        <source>%1 and %2 sit next to each other; put words or punctuation between them.</source>
        <translation>%1 e %2 estão lado a lado; coloque palavras ou pontuação entre elas.</translation>
    </message>
    <message>
        <source>The footer</source>
        <translation>O rodapé</translation>
    </message>
    <message>
        <source>The footer cannot contain variables; remove %1 or move it into the body.</source>
        <translation>O rodapé não pode conter variáveis; remova %1 ou passe-a para o corpo.</translation>
    </message>
    <message>
        <source>The URL button %1 has no web address; add one.</source>
        <translation>O botão de URL %1 não tem endereço web; adicione um.</translation>
    </message>
    <message>
        <source>The web address</source>
        <translation>O endereço web</translation>
    </message>
    <message>
        <source>A web address may contain only one variable, at its very end; remove the others.</source>
        <translation>Um endereço web só pode conter uma variável, bem no final; remova as outras.</translation>
    </message>
    <message>
        <source>The variable %1 must be the very end of the web address, as in “https://example.com/track/{{1}}”.</source>
        <translation>A variável %1 deve ficar bem no final do endereço web, como em “https://exemplo.com.br/rastreio/{{1}}”.</translation>
    </message>
    <message>
        <source>A web address&apos;s variable is always written {{1}}; replace %1.</source>
        <translation>A variável de um endereço web é sempre escrita {{1}}; substitua %1.</translation>
    </message>
    <message>
        <source>The web address&apos;s variable %1 has no example; add the part of a real address it stands for.</source>
        <translation>A variável %1 do endereço web não tem exemplo; adicione a parte de um endereço real que ela representa.</translation>
    </message>
    <message numerus="yes">
        <source>The template has %1 buttons; the limit is %2. Remove %n of them.</source>
        <translation>
            <numerusform>O modelo tem %1 botões; o limite é %2. Remova %n deles.</numerusform>
            <numerusform>O modelo tem %1 botões; o limite é %2. Remova %n deles.</numerusform>
        </translation>
    </message>
    <message>
        <source>A template may have at most %1 quick-reply buttons; remove this one and any after it.</source>
        <translation>Um modelo pode ter no máximo %1 botões de resposta rápida; remova este e os seguintes.</translation>
    </message>
    <message>
        <source>A template may have at most %1 web-address buttons; remove this one.</source>
        <translation>Um modelo pode ter no máximo %1 botões de endereço web; remova este.</translation>
    </message>
    <message>
        <source>A template may have only one call button; remove this one.</source>
        <translation>Um modelo só pode ter um botão de ligação; remova este.</translation>
    </message>
    <message>
        <source>A template may have only one copy-code button; remove this one.</source>
        <translation>Um modelo só pode ter um botão de copiar código; remova este.</translation>
    </message>
    <message>
        <source>Quick-reply buttons must sit together; move %1 next to the other quick replies.</source>
        <translation>Os botões de resposta rápida devem ficar juntos; mova %1 para perto das outras respostas rápidas.</translation>
    </message>
    <message>
        <source>This button has no label; type the text it shows.</source>
        <translation>Este botão não tem rótulo; digite o texto que ele mostra.</translation>
    </message>
    <message>
        <source>The label %1</source>
        <translation>O rótulo %1</translation>
    </message>
    <message>
        <source>The call button %1 has no phone number; add one.</source>
        <translation>O botão de ligação %1 não tem número de telefone; adicione um.</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>O número de telefone</translation>
    </message>
    <message>
        <source>The copy-code button needs an example code (up to %1 characters).</source>
        <translation>O botão de copiar código precisa de um código de exemplo (até %1 caracteres).</translation>
    </message>
    <message>
        <source>The example code</source>
        <translation>O código de exemplo</translation>
    </message>
    <message>
        <source>The template uses named variables but also the numbered variable %1. Give it a name such as {{first_name}}, or number all the variables {{1}}, {{2}}….</source>
        <translation>O modelo usa variáveis nomeadas, mas também a variável numerada %1. Dê um nome a ela, como {{primeiro_nome}}, ou numere todas as variáveis: {{1}}, {{2}}….</translation>
    </message>
    <message>
        <source>The template uses numbered variables but also the named variable %1. Number it like the others ({{1}}, {{2}}…), or give all the variables names such as {{first_name}}.</source>
        <translation>O modelo usa variáveis numeradas, mas também a variável nomeada %1. Numere-a como as outras ({{1}}, {{2}}…) ou dê nomes a todas as variáveis, como {{primeiro_nome}}.</translation>
    </message>
</context>
<context>
    <name>TemplateViolationMarker</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corpo</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Rodapé</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Botões</translation>
    </message>
    <message>
        <source>Button %1</source>
        <translation>Botão %1</translation>
    </message>
    <message>
        <source>%1 (rule %2). Click to go there.</source>
        <translation>%1 (regra %2). Clique para ir até lá.</translation>
    </message>
    <message>
        <source>No problems found: the template follows Meta&apos;s rules.</source>
        <translation>Nenhum problema encontrado: o modelo segue as regras da Meta.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemas (%1)</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Cannot read the templates: %1</source>
        <translation>Não foi possível ler os modelos: %1</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Conta:</translation>
    </message>
    <message>
        <source>Search name or text…</source>
        <translation>Buscar nome ou texto…</translation>
    </message>
    <message>
        <source>Show only templates with this status</source>
        <translation>Mostrar só modelos com este status</translation>
    </message>
    <message>
        <source>Show only templates of this category</source>
        <translation>Mostrar só modelos desta categoria</translation>
    </message>
    <message>
        <source>Show only templates in this language</source>
        <translation>Mostrar só modelos neste idioma</translation>
    </message>
    <message>
        <source>&amp;New Template…</source>
        <translation>&amp;Novo modelo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronizar</translation>
    </message>
    <message>
        <source>Fetch this account&apos;s templates and their statuses from Meta</source>
        <translation>Buscar na Meta os modelos desta conta e seus status</translation>
    </message>
    <message>
        <source>Cannot read the accounts: %1</source>
        <translation>Não foi possível ler as contas: %1</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (padrão)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos os status</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas as categorias</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos os idiomas</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n modelo</numerusform>
            <numerusform>%n modelos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n template(s)</source>
        <translation>
            <numerusform>%1 de %n modelo</numerusform>
            <numerusform>%1 de %n modelos</numerusform>
        </translation>
    </message>
    <message>
        <source>No templates yet.
Press Sync to fetch this account&apos;s templates from Meta, or create a new one.</source>
        <translation>Nenhum modelo ainda.
Pressione Sincronizar para buscar na Meta os modelos desta conta, ou crie um novo.</translation>
    </message>
    <message>
        <source>No sending account.
Add one in Settings → Sending accounts.</source>
        <translation>Nenhuma conta de envio.
Adicione uma em Configurações → Contas de envio.</translation>
    </message>
    <message>
        <source>No template matches the search and filters.</source>
        <translation>Nenhum modelo corresponde à busca e aos filtros.</translation>
    </message>
    <message>
        <source>This template was deleted from the WhatsApp account.</source>
        <translation>Este modelo foi excluído da conta do WhatsApp.</translation>
    </message>
    <message>
        <source>Open the selected template in the editor</source>
        <translation>Abrir o modelo selecionado no editor</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 removed</source>
        <translation>%1 adicionados, %2 atualizados, %3 removidos</translation>
    </message>
    <message>
        <source>Synced at %1: %2.</source>
        <translation>Sincronizado em %1: %2.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>A sincronização falhou: %1</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>Modelos de mensagem</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Buscar modelos</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
</context>
<context>
    <name>TestSend</name>
    <message>
        <source>%1. Type the number with its country code, e.g. +91 98765 43210.</source>
        <translation>%1. Digite o número com o código do país, ex.: +55 11 95555-0100.</translation>
    </message>
    <message>
        <source>There is no template “%1” (%2) for this account; sync the templates.</source>
        <translation>Não há modelo “%1” (%2) para esta conta; sincronize os modelos.</translation>
    </message>
    <message>
        <source>The template “%1” (%2) is %3; only APPROVED templates can be sent.</source>
        <translation>O modelo “%1” (%2) está %3; só modelos APPROVED podem ser enviados.</translation>
    </message>
    <message>
        <source>deleted upstream</source>
        <translation>excluído na origem</translation>
    </message>
    <message>
        <source>Cannot send a test to %1: %2.</source>
        <translation>Não foi possível enviar um teste para %1: %2.</translation>
    </message>
    <message>
        <source>The account “%1” has no phone number ID; set it first (account set --phone-number-id).</source>
        <translation>A conta “%1” não tem ID do número de telefone; defina-o primeiro (account set --phone-number-id).</translation>
    </message>
    <message>
        <source>Test message sent to %1 (%2).</source>
        <translation>Mensagem de teste enviada para %1 (%2).</translation>
    </message>
    <message>
        <source>The provider answered without a message id; the test may not have been sent.</source>
        <translation>O provedor respondeu sem ID de mensagem; o teste pode não ter sido enviado.</translation>
    </message>
</context>
<context>
    <name>TestSendDialog</name>
    <message>
        <source>&amp;Send test</source>
        <translation>&amp;Enviar teste</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Enviar uma mensagem de teste</translation>
    </message>
    <message>
        <source>+91 98765 43210</source>
        <translation>+55 11 95555-0100</translation>
    </message>
    <message>
        <source>The message goes once to this number, with the contact&apos;s values if it is a contact and the fallbacks otherwise. It does not count in the campaign&apos;s statistics.</source>
        <translation>A mensagem vai uma vez para este número, com os valores do contato se ele for um contato e os valores alternativos caso contrário. Ela não conta nas estatísticas da campanha.</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>To %1:
%2</source>
        <translation>Para %1:
%2</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
</context>
<context>
    <name>TimelineChartView</name>
    <message>
        <source>Timeline: messages sent, delivered, read and replied per hour since the start</source>
        <translation>Linha do tempo: mensagens enviadas, entregues, lidas e respondidas por hora desde o início</translation>
    </message>
    <message>
        <source>Hours since the start</source>
        <translation>Horas desde o início</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregues</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lidas</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Respondidas</translation>
    </message>
    <message>
        <source>The hourly timeline appears once messages are sent.</source>
        <translation>A linha do tempo por hora aparece assim que as mensagens forem enviadas.</translation>
    </message>
    <message>
        <source>Hours since the start (%1)</source>
        <translation>Horas desde o início (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) of activity since %1.</source>
        <translation>
            <numerusform>%n hora de atividade desde %1.</numerusform>
            <numerusform>%n horas de atividade desde %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next waves</source>
        <translation>Próximos lotes</translation>
    </message>
    <message>
        <source>Minutes since the start (%1)</source>
        <translation>Minutos desde o início (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) of activity since %1.</source>
        <translation>
            <numerusform>%n minuto de atividade desde %1.</numerusform>
            <numerusform>%n minutos de atividade desde %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenRequest</name>
    <message>
        <source>%1 redirected the request to %2. Herald never sends an access token or a message anywhere but the configured host, so the request was not repeated there; check the URL in the account settings.</source>
        <translation>%1 redirecionou a requisição para %2. O Herald nunca envia um token de acesso ou uma mensagem para outro lugar que não o host configurado, então a requisição não foi repetida lá; confira a URL nas configurações da conta.</translation>
    </message>
</context>
<context>
    <name>TriggerContact</name>
    <message>
        <source>the contact opted out</source>
        <translation>o contato se descadastrou</translation>
    </message>
    <message>
        <source>contact created from the event, opted in (%1)</source>
        <translation>contato criado a partir do evento, inscrito (%1)</translation>
    </message>
    <message>
        <source>contact created from the event, not opted in</source>
        <translation>contato criado a partir do evento, não inscrito</translation>
    </message>
    <message>
        <source>contact opted in (%1)</source>
        <translation>contato inscrito (%1)</translation>
    </message>
    <message>
        <source>the contact never opted in (an order is not an opt-in; choose the event&apos;s consent field in the campaign&apos;s trigger to opt customers in from their orders)</source>
        <translation>o contato nunca se inscreveu (um pedido não é uma inscrição; escolha o campo de consentimento do evento no gatilho da campanha para inscrever clientes a partir dos pedidos)</translation>
    </message>
    <message>
        <source>the contact never opted in, and the event&apos;s %1 does not say yes</source>
        <translation>o contato nunca se inscreveu, e o %1 do evento não diz sim</translation>
    </message>
</context>
<context>
    <name>TriggerRecipe</name>
    <message>
        <source>Order confirmation</source>
        <translation>Confirmação de pedido</translation>
    </message>
    <message>
        <source>Right after an order is placed: the order number and total.</source>
        <translation>Logo depois que um pedido é feito: o número e o total do pedido.</translation>
    </message>
    <message>
        <source>Shipping update with tracking link</source>
        <translation>Atualização de entrega com link de rastreamento</translation>
    </message>
    <message>
        <source>When an order is fulfilled with a tracking link: the order number and where to follow the parcel.</source>
        <translation>Quando um pedido é despachado com link de rastreamento: o número do pedido e onde acompanhar o pacote.</translation>
    </message>
    <message>
        <source>Abandoned checkout</source>
        <translation>Carrinho abandonado</translation>
    </message>
    <message>
        <source>Two hours after a checkout was started, unless the customer ordered meanwhile: a link back to the cart.</source>
        <translation>Duas horas depois de iniciado um checkout, a menos que o cliente tenha feito o pedido nesse meio-tempo: um link de volta para o carrinho.</translation>
    </message>
    <message>
        <source>Cash-on-delivery confirmation</source>
        <translation>Confirmação de pagamento na entrega</translation>
    </message>
    <message>
        <source>Right after a cash-on-delivery order (Shopify&apos;s COD gateway or WooCommerce&apos;s cod): the amount to have ready.</source>
        <translation>Logo depois de um pedido com pagamento na entrega (gateway COD do Shopify ou cod do WooCommerce): o valor a ter em mãos.</translation>
    </message>
    <message>
        <source>Shopify: the customer accepts marketing</source>
        <translation>Shopify: o cliente aceita marketing</translation>
    </message>
    <message>
        <source>Shopify: a cart attribute whatsapp_opt_in</source>
        <translation>Shopify: um atributo do carrinho whatsapp_opt_in</translation>
    </message>
    <message>
        <source>Shopify: SMS marketing consent</source>
        <translation>Shopify: consentimento de marketing por SMS</translation>
    </message>
    <message>
        <source>WooCommerce: a checkout field whatsapp_opt_in</source>
        <translation>WooCommerce: um campo do checkout whatsapp_opt_in</translation>
    </message>
</context>
<context>
    <name>TriggerSpec</name>
    <message>
        <source>trigger event: the event name is missing (e.g. order_placed).</source>
        <translation>trigger event: falta o nome do evento (ex.: order_placed).</translation>
    </message>
    <message>
        <source>trigger match: “%1” must be all or any.</source>
        <translation>trigger match: “%1” deve ser all ou any.</translation>
    </message>
    <message>
        <source>trigger conditions: the key “%1” is not a valid path (write customer.city, items.0.sku or line_items[*].sku).</source>
        <translation>trigger conditions: a chave “%1” não é um caminho válido (escreva customer.city, items.0.sku ou line_items[*].sku).</translation>
    </message>
    <message>
        <source>trigger conditions: “%1 %2” needs a key and one of %3.</source>
        <translation>trigger conditions: “%1 %2” precisa de uma chave e de um destes: %3.</translation>
    </message>
    <message>
        <source>trigger %1: must be a whole number, at least %2.</source>
        <translation>trigger %1: deve ser um número inteiro, pelo menos %2.</translation>
    </message>
    <message>
        <source>trigger cooldown_hours: at most %1.</source>
        <translation>trigger cooldown_hours: no máximo %1.</translation>
    </message>
    <message>
        <source>trigger unless: needs an event name and within_hours from 1 to %1.</source>
        <translation>trigger unless: precisa de um nome de evento e de within_hours de 1 a %1.</translation>
    </message>
    <message>
        <source>When “%1” happens</source>
        <translation>Quando “%1” acontecer</translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation>%1 existe</translation>
    </message>
    <message>
        <source> and %1</source>
        <translation> e %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>, send %1 minutes later</source>
        <translation>, enviar %1 minutos depois</translation>
    </message>
    <message>
        <source>, send right away</source>
        <translation>, enviar na hora</translation>
    </message>
    <message>
        <source> unless “%1” happens within %2 hours (the message waits until then)</source>
        <translation> a menos que “%1” aconteça em até %2 horas (a mensagem espera até lá)</translation>
    </message>
    <message>
        <source>; at most once per contact every %1 hours</source>
        <translation>; no máximo uma vez por contato a cada %1 horas</translation>
    </message>
    <message>
        <source>trigger consent_field: “%1” is not a valid path (write order.buyer_accepts_marketing or order.note_attributes[name=whatsapp_opt_in].value).</source>
        <translation>trigger consent_field: “%1” não é um caminho válido (escreva order.buyer_accepts_marketing ou order.note_attributes[name=whatsapp_opt_in].value).</translation>
    </message>
    <message>
        <source>; a customer who is not yet a contact is opted in when the event&apos;s %1 says yes</source>
        <translation>; um cliente que ainda não é contato é inscrito quando o %1 do evento diz sim</translation>
    </message>
</context>
<context>
    <name>UncertainResolver</name>
    <message>
        <source>Sent again automatically: no status report came for it while reports for later messages did.</source>
        <translation>Enviada de novo automaticamente: nenhum relatório de status chegou para ela, enquanto chegaram relatórios de mensagens posteriores.</translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain: automatic resolution is off for this account; resend them or mark them failed.</source>
        <translation>
            <numerusform>%n incerto: a resolução automática está desligada para esta conta; reenvie ou marque como com falha.</numerusform>
            <numerusform>%n incertos: a resolução automática está desligada para esta conta; reenvie-os ou marque-os como com falha.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain: waiting for their delivery reports (sent less than %1 minutes ago).</source>
        <translation>
            <numerusform>%n incerto: aguardando o relatório de entrega (enviado há menos de %1 minutos).</numerusform>
            <numerusform>%n incertos: aguardando os relatórios de entrega (enviados há menos de %1 minutos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain: reports for later messages have arrived, so they are resent at the next scheduler pass.</source>
        <translation>
            <numerusform>%n incerto: chegaram relatórios de mensagens posteriores, então ele é reenviado na próxima passagem do agendador.</numerusform>
            <numerusform>%n incertos: chegaram relatórios de mensagens posteriores, então eles são reenviados na próxima passagem do agendador.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain — waiting: no delivery reports have arrived since %1 for this message or any sent after it; they are resent automatically once reports flow again.</source>
        <translation>
            <numerusform>%n incerto — aguardando: nenhum relatório de entrega chegou desde %1 para esta mensagem ou para as enviadas depois dela; ele é reenviado automaticamente quando os relatórios voltarem a chegar.</numerusform>
            <numerusform>%n incertos — aguardando: nenhum relatório de entrega chegou desde %1 para estas mensagens ou para as enviadas depois delas; eles são reenviados automaticamente quando os relatórios voltarem a chegar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebhookApplier</name>
    <message>
        <source>Failed status reported after delivery (kept as delivered): %1 %2</source>
        <translation>Status de falha informado depois da entrega (mantido como entregue): %1 %2</translation>
    </message>
    <message>
        <source>The workspace database is not open.</source>
        <translation>O banco de dados do espaço de trabalho não está aberto.</translation>
    </message>
    <message>
        <source>A status feed page arrived out of order (after cursor %1, expected %2); it is fetched again.</source>
        <translation>Uma página do feed de status chegou fora de ordem (depois do cursor %1, esperado %2); ela será buscada de novo.</translation>
    </message>
</context>
<context>
    <name>WindowOptions</name>
    <message>
        <source>Send at this time of day in each recipient&apos;s own time zone (contact attribute timezone, else the number&apos;s area code or country), e.g. 10:00; none clears it.</source>
        <translation>Enviar neste horário no fuso horário de cada destinatário (atributo timezone do contato; senão, DDD ou país do número), ex.: 10:00; none remove o horário.</translation>
    </message>
    <message>
        <source>Never send between these times, recipient time (may cross midnight), e.g. 21:00-09:00; none clears them.</source>
        <translation>Nunca enviar entre estes horários, no horário do destinatário (pode passar da meia-noite), ex.: 21:00-09:00; none os remove.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1 is a folder, not a workspace file. Choose a file name inside it.</source>
        <translation>%1 é uma pasta, não um arquivo de espaço de trabalho. Escolha um nome de arquivo dentro dela.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the workspace %1.</source>
        <translation>Não foi possível criar a pasta do espaço de trabalho %1.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Herald workspace. It was left untouched; choose another file or a new path.</source>
        <translation>%1 é um banco SQLite, mas não um espaço de trabalho do Herald. Ele não foi alterado; escolha outro arquivo ou um novo caminho.</translation>
    </message>
    <message>
        <source>The workspace %1 needs an upgrade, but it could not be backed up first, so it was left untouched: %2</source>
        <translation>O espaço de trabalho %1 precisa de uma atualização, mas não pôde ser copiado em backup antes, então não foi alterado: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the workspace %1: %2</source>
        <translation>Não foi possível preparar o espaço de trabalho %1: %2</translation>
    </message>
    <message>
        <source>%1 is the open workspace (or one of its -wal/-shm/-journal files): reading or writing it as a CSV file would damage it. Choose another file.</source>
        <translation>%1 é o espaço de trabalho aberto (ou um dos arquivos -wal/-shm/-journal dele): lê-lo ou gravá-lo como arquivo CSV o danificaria. Escolha outro arquivo.</translation>
    </message>
    <message>
        <source>Cannot log in to the workspace %1: %2. Store the password in the keychain with: herald-cli workspace login %1 (it reads the password from standard input), or put it in ~/.pgpass.</source>
        <translation>Não foi possível entrar no espaço de trabalho %1: %2. Guarde a senha no chaveiro com: herald-cli workspace login %1 (ele lê a senha da entrada padrão), ou coloque-a em ~/.pgpass.</translation>
    </message>
    <message>
        <source>Cannot connect to the workspace %1: %2. Check that the server is running and reachable, and the URL&apos;s user, host, port and database.</source>
        <translation>Não foi possível conectar ao espaço de trabalho %1: %2. Verifique se o servidor está rodando e acessível, e confira o usuário, o host, a porta e o banco de dados da URL.</translation>
    </message>
    <message>
        <source>Cannot open %1: Qt&apos;s PostgreSQL driver is not installed (Debian/Ubuntu: apt install libqt6sql6-psql).</source>
        <translation>Não foi possível abrir %1: o driver PostgreSQL do Qt não está instalado (Debian/Ubuntu: apt install libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot read the workspace %1: %2</source>
        <translation>Não foi possível ler o espaço de trabalho %1: %2</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer version of Herald (schema %2; this version understands up to %3). Update Herald to open it; nothing was changed.</source>
        <translation>O espaço de trabalho %1 foi gravado por uma versão mais nova do Herald (esquema %2; esta versão entende até o %3). Atualize o Herald para abri-lo; nada foi alterado.</translation>
    </message>
    <message>
        <source>The database of %1 holds tables but is not a Herald workspace. It was left untouched; create an empty database for the workspace (createdb NAME).</source>
        <translation>O banco de dados de %1 contém tabelas, mas não é um espaço de trabalho do Herald. Ele não foi alterado; crie um banco de dados vazio para o espaço de trabalho (createdb NAME).</translation>
    </message>
</context>
<context>
    <name>WorkspaceBackup</name>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>Não foi possível gravar o backup %1: %2</translation>
    </message>
    <message>
        <source>Cannot move the finished backup into place as %1. Check that the folder is writable.</source>
        <translation>Não foi possível mover o backup concluído para o lugar como %1. Verifique se a pasta permite gravação.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>O backup %1 não existe.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 não pode ser restaurado: %2</translation>
    </message>
    <message>
        <source>%1 is not a Herald workspace backup; nothing was restored.</source>
        <translation>%1 não é um backup de espaço de trabalho do Herald; nada foi restaurado.</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer version of Herald (schema %2; this version understands up to %3); nothing was restored.</source>
        <translation>O backup %1 foi gravado por uma versão mais nova do Herald (esquema %2; esta versão entende até o %3); nada foi restaurado.</translation>
    </message>
    <message>
        <source>The workspace is not open.</source>
        <translation>O espaço de trabalho não está aberto.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the backup %1. Check the path and your permissions.</source>
        <translation>Não foi possível criar a pasta do backup %1. Confira o caminho e suas permissões.</translation>
    </message>
    <message>
        <source>Cannot remove the old backup %1.</source>
        <translation>Não foi possível remover o backup antigo %1.</translation>
    </message>
    <message>
        <source>The workspace %1 is open in another program (a Herald window, `herald-cli agent` or another herald-cli command). Nothing was restored; close it and try again.</source>
        <translation>O espaço de trabalho %1 está aberto em outro programa (uma janela do Herald, o `herald-cli agent` ou outro comando do herald-cli). Nada foi restaurado; feche-o e tente de novo.</translation>
    </message>
    <message>
        <source>Nothing was restored: the current state could not be backed up first. %1</source>
        <translation>Nada foi restaurado: o estado atual não pôde ser copiado em backup antes. %1</translation>
    </message>
    <message>
        <source>Restoring %1 failed; the workspace is unchanged (its state before is also kept in %2): %3</source>
        <translation>A restauração de %1 falhou; o espaço de trabalho não mudou (o estado anterior também está guardado em %2): %3</translation>
    </message>
    <message>
        <source>The backup was restored but could not be upgraded to this version: %1</source>
        <translation>O backup foi restaurado, mas não pôde ser atualizado para esta versão: %1</translation>
    </message>
    <message>
        <source>Cannot move the damaged workspace %1 aside; nothing was restored. Check that its folder is writable.</source>
        <translation>Não foi possível tirar do caminho o espaço de trabalho danificado %1; nada foi restaurado. Verifique se a pasta dele permite gravação.</translation>
    </message>
</context>
<context>
    <name>WorkspaceCopy</name>
    <message>
        <source>Cannot read this version&apos;s tables: %1</source>
        <translation>Não foi possível ler as tabelas desta versão: %1</translation>
    </message>
    <message>
        <source>The workspace&apos;s tables refer to each other in a circle; cannot copy.</source>
        <translation>As tabelas do espaço de trabalho fazem referência umas às outras em círculo; não é possível copiar.</translation>
    </message>
    <message>
        <source>Cannot count the rows of %1: %2</source>
        <translation>Não foi possível contar as linhas de %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a new workspace: it holds %2. Copy into a new file or an empty PostgreSQL database.</source>
        <translation>%1 não é um espaço de trabalho novo: ele contém %2. Copie para um arquivo novo ou para um banco de dados PostgreSQL vazio.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>FROM and TO are the same workspace (%1); name another file or database.</source>
        <translation>ORIGEM e DESTINO são o mesmo espaço de trabalho (%1); indique outro arquivo ou banco de dados.</translation>
    </message>
    <message>
        <source>An import into %1 is still building its indexes; copy when it has finished.</source>
        <translation>Uma importação em %1 ainda está construindo os índices; copie quando ela terminar.</translation>
    </message>
    <message>
        <source>%1: %2 rows in %3 but %4 copied and %5 in %6; nothing was copied.</source>
        <translation>%1: %2 linhas em %3, mas %4 copiadas e %5 em %6; nada foi copiado.</translation>
    </message>
    <message>
        <source>%1 differs after the copy (%2 rows in %3, %4 in %5); nothing was copied.</source>
        <translation>%1 ficou diferente após a cópia (%2 linhas em %3, %4 em %5); nada foi copiado.</translation>
    </message>
</context>
<context>
    <name>WorkspaceGate</name>
    <message>
        <source>The workspace is damaged</source>
        <translation>O espaço de trabalho está danificado</translation>
    </message>
    <message>
        <source>SQLite reports the workspace as damaged (%1). Herald stops now so that nothing more is written to it. Start Herald again: it offers to restore the newest automatic backup and keeps the damaged file.</source>
        <translation>O SQLite informa que o espaço de trabalho está danificado (%1). O Herald vai parar agora para que nada mais seja gravado nele. Abra o Herald de novo: ele oferece restaurar o backup automático mais recente e guarda o arquivo danificado.</translation>
    </message>
    <message>
        <source>The newest automatic backup was made %1 (%2). Restoring it moves the damaged file aside (it is kept next to the workspace) and puts the backup in its place.</source>
        <translation>O backup automático mais recente foi feito %1 (%2). Restaurá-lo tira do caminho o arquivo danificado (ele fica guardado ao lado do espaço de trabalho) e coloca o backup no lugar.</translation>
    </message>
    <message>
        <source>Restore Newest Backup</source>
        <translation>Restaurar o backup mais recente</translation>
    </message>
    <message>
        <source>There is no automatic backup in %1. Open another workspace, or quit and restore one with `herald-cli workspace restore FILE`.</source>
        <translation>Não há backup automático em %1. Abra outro espaço de trabalho, ou saia e restaure um com `herald-cli workspace restore ARQUIVO`.</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Não foi possível abrir o espaço de trabalho</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Não foi possível restaurar o backup</translation>
    </message>
    <message>
        <source>Open a Workspace</source>
        <translation>Abrir um espaço de trabalho</translation>
    </message>
    <message>
        <source>Herald workspaces (*.herald);;All files (*)</source>
        <translation>Espaços de trabalho do Herald (*.herald);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>WorkspaceLocation</name>
    <message>
        <source>“%1” is not a PostgreSQL workspace URL. Write it as %2.</source>
        <translation>“%1” não é uma URL de espaço de trabalho PostgreSQL. Escreva-a como %2.</translation>
    </message>
    <message>
        <source>The workspace URL contains a password, and Herald never keeps a password in a URL (it would be stored, logged and shown in process lists). Remove “:PASSWORD” from the URL and either store the password in the keychain with: herald-cli workspace login URL (it reads the password from standard input), put it in ~/.pgpass (or the file PGPASSFILE names), or set PGPASSWORD for a script.</source>
        <translation>A URL do espaço de trabalho contém uma senha, e o Herald nunca mantém uma senha em uma URL (ela seria guardada, registrada em logs e exibida em listas de processos). Remova “:PASSWORD” da URL e guarde a senha no chaveiro com: herald-cli workspace login URL (ele lê a senha da entrada padrão), coloque-a em ~/.pgpass (ou no arquivo indicado por PGPASSFILE), ou defina PGPASSWORD para um script.</translation>
    </message>
    <message>
        <source>The workspace URL is not valid (check the host, the port number and any %-escapes). Write it as %1.</source>
        <translation>A URL do espaço de trabalho não é válida (confira o host, o número da porta e eventuais %-escapes). Escreva-a como %1.</translation>
    </message>
    <message>
        <source>The workspace URL names no server. Write it as %1.</source>
        <translation>A URL do espaço de trabalho não indica nenhum servidor. Escreva-a como %1.</translation>
    </message>
    <message>
        <source>The workspace URL names no database (the part after the last “/”). Write it as %1.</source>
        <translation>A URL do espaço de trabalho não indica nenhum banco de dados (a parte depois da última “/”). Escreva-a como %1.</translation>
    </message>
    <message>
        <source>The workspace URL contains a password (password=…), and Herald never keeps a password in a URL. Remove it and use herald-cli workspace login, ~/.pgpass or PGPASSWORD instead.</source>
        <translation>A URL do espaço de trabalho contém uma senha (password=…), e o Herald nunca mantém uma senha em uma URL. Remova-a e use herald-cli workspace login, ~/.pgpass ou PGPASSWORD no lugar.</translation>
    </message>
    <message>
        <source>The workspace URL&apos;s option “%1” cannot be used. Options are libpq keywords such as sslmode=verify-full.</source>
        <translation>A opção “%1” da URL do espaço de trabalho não pode ser usada. As opções são palavras-chave da libpq, como sslmode=verify-full.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>the part %1 is missing</source>
        <translation>falta a parte %1</translation>
    </message>
    <message>
        <source>the part %1 is larger than Herald reads (512 MB uncompressed)</source>
        <translation>a parte %1 é maior do que o Herald lê (512 MB descompactados)</translation>
    </message>
    <message>
        <source>the part %1 cannot be decompressed: %2</source>
        <translation>a parte %1 não pode ser descompactada: %2</translation>
    </message>
    <message>
        <source>it is shorter than its size says</source>
        <translation>ele é mais curto do que o tamanho informado</translation>
    </message>
    <message>
        <source>its part %1 is not valid XML (line %2: %3)</source>
        <translation>a parte %1 dele não é um XML válido (linha %2: %3)</translation>
    </message>
    <message>
        <source>it has no sheet</source>
        <translation>ele não tem nenhuma planilha</translation>
    </message>
    <message>
        <source>cell %1 refers to shared string %2, which the workbook does not have</source>
        <translation>a célula %1 faz referência à string compartilhada %2, que a pasta de trabalho não tem</translation>
    </message>
    <message>
        <source>cell %1 holds “%2”, which is not a number</source>
        <translation>a célula %1 contém “%2”, que não é um número</translation>
    </message>
    <message>
        <source>sheet “%1” has a cell named “%2”, which is not a cell reference</source>
        <translation>a planilha “%1” tem uma célula chamada “%2”, que não é uma referência de célula</translation>
    </message>
    <message>
        <source>sheet “%1” uses column %2; Herald reads at most %3 columns</source>
        <translation>a planilha “%1” usa a coluna %2; o Herald lê no máximo %3 colunas</translation>
    </message>
    <message>
        <source>%1 of sheet “%2”</source>
        <translation>%1 da planilha “%2”</translation>
    </message>
    <message>
        <source>sheet “%1”: %2</source>
        <translation>planilha “%1”: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read as an Excel workbook: %2. Open it in Excel or LibreOffice and save it again as .xlsx (or as CSV).</source>
        <translation>%1 não pode ser lido como pasta de trabalho do Excel: %2. Abra-o no Excel ou no LibreOffice e salve-o de novo como .xlsx (ou como CSV).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is an Excel 97–2003 workbook (.xls). Herald reads .xlsx: open it in Excel or LibreOffice and save it as .xlsx (or as CSV).</source>
        <translation>%1 é uma pasta de trabalho do Excel 97–2003 (.xls). O Herald lê .xlsx: abra-o no Excel ou no LibreOffice e salve-o como .xlsx (ou como CSV).</translation>
    </message>
    <message>
        <source>it is not a zip file (%1)</source>
        <translation>ele não é um arquivo zip (%1)</translation>
    </message>
    <message>
        <source>it has no workbook part (xl/workbook.xml)</source>
        <translation>ele não tem a parte da pasta de trabalho (xl/workbook.xml)</translation>
    </message>
    <message>
        <source>%1 has no sheet “%2”. Its sheets are: %3.</source>
        <translation>%1 não tem a planilha “%2”. As planilhas dele são: %3.</translation>
    </message>
    <message>
        <source>sheet “%1” has no part in the workbook&apos;s relationships</source>
        <translation>a planilha “%1” não tem parte nas relações da pasta de trabalho</translation>
    </message>
    <message>
        <source>Sheet “%1” of %2 is empty. Choose the sheet that holds the contacts.</source>
        <translation>A planilha “%1” de %2 está vazia. Escolha a planilha que contém os contatos.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Herald — WhatsApp campaign manager</source>
        <translation>Herald — gerenciador de campanhas no WhatsApp</translation>
    </message>
    <message>
        <source>Workspace file (default: $HERALD_WORKSPACE, then the per-user workspace).</source>
        <translation>Arquivo do espaço de trabalho (padrão: $HERALD_WORKSPACE, depois o espaço de trabalho do usuário).</translation>
    </message>
    <message>
        <source>Open the demo workspace (a workspace of its own, filled with sample contacts with fictional numbers when new; with --workspace, that file).</source>
        <translation>Abrir o espaço de trabalho de demonstração (um espaço próprio, preenchido com contatos de exemplo com números fictícios quando novo; com --workspace, esse arquivo).</translation>
    </message>
    <message>
        <source>Demo contacts</source>
        <translation>Contatos de demonstração</translation>
    </message>
    <message>
        <source>The demo contacts could not be added: %1</source>
        <translation>Os contatos de demonstração não puderam ser adicionados: %1</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Backup diário</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup of the workspace failed: %1</source>
        <translation>O backup automático de hoje do espaço de trabalho falhou: %1</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Experimentar a demonstração</translation>
    </message>
    <message>
        <source>The demo could not be started. Run `herald --demo` from a terminal to see why.</source>
        <translation>A demonstração não pôde ser iniciada. Execute `herald --demo` em um terminal para ver o motivo.</translation>
    </message>
</context>
</TS>
