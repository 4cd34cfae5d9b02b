<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_419">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Herald</source>
        <translation>Acerca de Herald</translation>
    </message>
    <message>
        <source>Herald</source>
        <translation>Herald</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Built with Qt %1</source>
        <translation>Compilado con Qt %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2</source>
        <translation>Compilado con Qt %1, ejecutándose en Qt %2</translation>
    </message>
    <message>
        <source>Herald manages WhatsApp contact lists and message campaigns: import contacts from CSV, keep track of consent and opt-outs, and send approved template messages to the people who asked for them.</source>
        <translation>Herald administra listas de contactos de WhatsApp y campañas de mensajes: importe contactos desde CSV, lleve el control del consentimiento y de las bajas, y envíe mensajes con plantillas aprobadas a las personas que los solicitaron.</translation>
    </message>
</context>
<context>
    <name>AccessToken</name>
    <message>
        <source>No access token is stored for the account “%1”. Add it in Settings → Sending accounts, or with: herald-cli account set-secret access-token --name %1 &lt; token.txt</source>
        <translation>No hay ningún token de acceso guardado para la cuenta “%1”. Agréguelo en Configuración → Cuentas de envío, o con: herald-cli account set-secret access-token --name %1 &lt; token.txt</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>More actions</source>
        <translation>Más acciones</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>e.g. support-line</source>
        <translation>p. ej. linea-soporte</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Resend &amp;uncertain messages automatically</source>
        <translation>Reenviar automáticamente los mensajes in&amp;ciertos</translation>
    </message>
    <message>
        <source>A message whose send was interrupted (no answer from WhatsApp) and that has had no delivery report for 30 minutes is sent again, but only while reports for messages sent after it keep arriving. If WhatsApp did deliver it and its report is only late, the person gets it twice.</source>
        <translation>Un mensaje cuyo envío se interrumpió (sin respuesta de WhatsApp) y que no ha tenido reporte de entrega en 30 minutos se envía de nuevo, pero solo mientras sigan llegando reportes de mensajes enviados después de él. Si WhatsApp sí lo entregó y su reporte solo viene retrasado, la persona lo recibe dos veces.</translation>
    </message>
    <message>
        <source>The sandbox is a simulated WhatsApp Cloud API inside Herald. Campaigns run end to end with realistic delivery and read receipts, but no message leaves this computer and no token is needed. Use it to rehearse a campaign before sending for real.</source>
        <translation>El sandbox es una API de WhatsApp Cloud simulada dentro de Herald. Las campañas se ejecutan de principio a fin con confirmaciones de entrega y de lectura realistas, pero ningún mensaje sale de esta computadora y no se necesita token. Úselo para ensayar una campaña antes de enviarla de verdad.</translation>
    </message>
    <message>
        <source>WhatsApp Cloud API</source>
        <translation>WhatsApp Cloud API</translation>
    </message>
    <message>
        <source>digits, from WhatsApp Manager → Phone numbers</source>
        <translation>dígitos, de WhatsApp Manager → Números de teléfono</translation>
    </message>
    <message>
        <source>digits, from WhatsApp Manager → Account tools</source>
        <translation>dígitos, de WhatsApp Manager → Herramientas de la cuenta</translation>
    </message>
    <message>
        <source>digits, from Business Settings → Business info (optional)</source>
        <translation>dígitos, de Configuración del negocio → Información del negocio (opcional)</translation>
    </message>
    <message>
        <source>Numbers of one business portfolio share one daily messaging limit. Without it, numbers of the same WhatsApp Business Account share it.</source>
        <translation>Los números de un mismo portafolio comercial comparten un único límite diario de mensajes. Sin él, lo comparten los números de la misma cuenta de WhatsApp Business.</translation>
    </message>
    <message>
        <source>Paste a permanent system-user token</source>
        <translation>Pegue un token permanente de usuario del sistema</translation>
    </message>
    <message>
        <source>&amp;Graph API URL:</source>
        <translation>URL de &amp;Graph API:</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>&amp;Versión de la API:</translation>
    </message>
    <message>
        <source>&amp;Phone number ID:</source>
        <translation>&amp;ID del número de teléfono:</translation>
    </message>
    <message>
        <source>WhatsApp &amp;Business Account ID:</source>
        <translation>ID de la cuenta de WhatsApp &amp;Business:</translation>
    </message>
    <message>
        <source>Business p&amp;ortfolio ID:</source>
        <translation>ID del p&amp;ortafolio comercial:</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>Token de &amp;acceso:</translation>
    </message>
    <message>
        <source>Delivery status relay</source>
        <translation>Relay de estados de entrega</translation>
    </message>
    <message>
        <source>https://relay.example.com (optional)</source>
        <translation>https://relay.example.com (opcional)</translation>
    </message>
    <message>
        <source>The herald-relay that receives Meta&apos;s webhooks and feeds delivery statuses to Herald</source>
        <translation>El herald-relay que recibe los webhooks de Meta y envía los estados de entrega a Herald</translation>
    </message>
    <message>
        <source>The feed token printed by herald-relay</source>
        <translation>El token de feed que muestra herald-relay</translation>
    </message>
    <message>
        <source>&amp;Relay URL:</source>
        <translation>&amp;URL del relay:</translation>
    </message>
    <message>
        <source>Relay &amp;feed token:</source>
        <translation>Token de &amp;feed del relay:</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Cuenta nueva</translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation>La cuenta necesita un nombre.</translation>
    </message>
    <message>
        <source>Graph API URL</source>
        <translation>URL de Graph API</translation>
    </message>
    <message>
        <source>Write the version like v23.0.</source>
        <translation>Escriba la versión así: v23.0.</translation>
    </message>
    <message>
        <source>Only digits.</source>
        <translation>Solo dígitos.</translation>
    </message>
    <message>
        <source>Relay URL</source>
        <translation>URL del relay</translation>
    </message>
    <message>
        <source>The name this number goes by in campaigns and reports</source>
        <translation>El nombre con el que se conoce este número en las campañas y los informes</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>%1 is empty; enter an https:// address.</source>
        <translation>%1 está vacío; ingrese una dirección https://.</translation>
    </message>
    <message>
        <source>%1 %2 is not a valid address; enter it like https://example.com.</source>
        <translation>%1 %2 no es una dirección válida; escríbala así: https://example.com.</translation>
    </message>
    <message>
        <source>%1 contains a user name or password before “@” (the host is %2); enter the address without it, like https://%2. Tokens are stored with “Set token”, never in the URL.</source>
        <translation>%1 contiene un nombre de usuario o contraseña antes de “@” (el host es %2); ingrese la dirección sin ellos, así: https://%2. Los tokens se guardan con “Establecer token”, nunca en la URL.</translation>
    </message>
    <message>
        <source>%1 %2 uses http:// to a host that is not this computer; tokens would travel unencrypted. Use https://.</source>
        <translation>%1 %2 usa http:// hacia un host que no es esta computadora; los tokens viajarían sin cifrar. Use https://.</translation>
    </message>
    <message>
        <source>%1 %2 must start with https://.</source>
        <translation>%1 %2 debe comenzar con https://.</translation>
    </message>
    <message>
        <source>The Graph API URL points at %1, which is not Meta&apos;s Graph API (graph.facebook.com): the access token and every message will be sent there. Keep it only if %1 is a proxy you trust.</source>
        <translation>La URL de Graph API apunta a %1, que no es la Graph API de Meta (graph.facebook.com): el token de acceso y todos los mensajes se enviarán ahí. Consérvela solo si %1 es un proxy de su confianza.</translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation>La cuenta necesita un nombre.</translation>
    </message>
    <message>
        <source>Relay URL</source>
        <translation>URL del relay</translation>
    </message>
    <message>
        <source>Graph API URL</source>
        <translation>URL de Graph API</translation>
    </message>
    <message>
        <source>API version %1 should look like v23.0.</source>
        <translation>La versión de la API %1 debe tener el formato v23.0.</translation>
    </message>
    <message>
        <source>The sending rate must be between 1 and 1,000 messages per second, not %1.</source>
        <translation>La velocidad de envío debe estar entre 1 y 1,000 mensajes por segundo, no %1.</translation>
    </message>
    <message>
        <source>Unknown messaging tier “%1”: use TIER_50, TIER_250, TIER_1K, TIER_2K, TIER_10K, TIER_100K or TIER_UNLIMITED, as Meta reports the phone number&apos;s messaging limit.</source>
        <translation>Nivel de mensajería desconocido “%1”: use TIER_50, TIER_250, TIER_1K, TIER_2K, TIER_10K, TIER_100K o TIER_UNLIMITED, tal como Meta informa el límite de mensajería del número de teléfono.</translation>
    </message>
    <message>
        <source>Phone number ID</source>
        <translation>ID del número de teléfono</translation>
    </message>
    <message>
        <source>WhatsApp Business Account ID</source>
        <translation>ID de la cuenta de WhatsApp Business</translation>
    </message>
    <message>
        <source>Business portfolio ID</source>
        <translation>ID del portafolio comercial</translation>
    </message>
    <message>
        <source>%1 “%2” should contain digits only (it is the numeric ID from Meta&apos;s app dashboard, not a phone number).</source>
        <translation>%1 “%2” debe contener solo dígitos (es el ID numérico del panel de la app de Meta, no un número de teléfono).</translation>
    </message>
    <message>
        <source>No account with id %1.</source>
        <translation>No existe ninguna cuenta con el id %1.</translation>
    </message>
</context>
<context>
    <name>AccountTest</name>
    <message>
        <source>The account “%1” has no phone number ID; set it first (account set --phone-number-id).</source>
        <translation>La cuenta “%1” no tiene ID de número de teléfono; configúrelo primero (account set --phone-number-id).</translation>
    </message>
    <message>
        <source>Sandbox account: simulated WhatsApp Cloud API, nothing leaves this computer.</source>
        <translation>Cuenta sandbox: API de WhatsApp Cloud simulada, nada sale de esta computadora.</translation>
    </message>
    <message>
        <source>Connected: %1 (%2), quality %3.</source>
        <translation>Conectado: %1 (%2), calidad %3.</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Sending accounts</source>
        <translation>Cuentas de envío</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Agregar cuenta</translation>
    </message>
    <message>
        <source>Add a sending account</source>
        <translation>Agregar una cuenta de envío</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Hacer predeterminada</translation>
    </message>
    <message>
        <source>New campaigns and template syncs use the default account</source>
        <translation>Las campañas nuevas y las sincronizaciones de plantillas usan la cuenta predeterminada</translation>
    </message>
    <message>
        <source>The WhatsApp numbers Herald sends from.</source>
        <translation>Los números de WhatsApp desde los que envía Herald.</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Cannot read the accounts: %1</source>
        <translation>No se pueden leer las cuentas: %1</translation>
    </message>
    <message>
        <source>%1
%2 · default</source>
        <translation>%1
%2 · predeterminada</translation>
    </message>
    <message>
        <source>The default account</source>
        <translation>La cuenta predeterminada</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The account “%1” has unsaved changes. Save them?</source>
        <translation>La cuenta “%1” tiene cambios sin guardar. ¿Desea guardarlos?</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Cambios sin guardar.</translation>
    </message>
    <message>
        <source>New account: fill in the fields and save it.</source>
        <translation>Cuenta nueva: complete los campos y guárdela.</translation>
    </message>
    <message>
        <source>Not Meta&apos;s Graph API</source>
        <translation>No es la Graph API de Meta</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>¿Guardar de todos modos?</translation>
    </message>
    <message>
        <source>Not saved: the Graph API URL was not confirmed.</source>
        <translation>No se guardó: no se confirmó la URL de Graph API.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>Account “%1” saved.</source>
        <translation>Cuenta “%1” guardada.</translation>
    </message>
    <message>
        <source>New account
(not saved)</source>
        <translation>Cuenta nueva
(sin guardar)</translation>
    </message>
    <message>
        <source>The default account could not be changed: %1</source>
        <translation>No se pudo cambiar la cuenta predeterminada: %1</translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <source>Expected “and” or “or” before %1 in the audience.</source>
        <translation>Se esperaba “and” u “or” antes de %1 en la audiencia.</translation>
    </message>
    <message>
        <source>Unknown audience term %1: use all, tag:NAME, attr:KEY=VALUE, campaign:ID:STAT, run:ID:STAT[:CODE], not, and, or.</source>
        <translation>Término de audiencia desconocido %1: use all, tag:NAME, attr:KEY=VALUE, campaign:ID:STAT, run:ID:STAT[:CODE], not, and, or.</translation>
    </message>
    <message>
        <source>The audience %1 ends without a condition.</source>
        <translation>La audiencia %1 termina sin una condición.</translation>
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
        <translation>fueron contactados en %1</translation>
    </message>
    <message>
        <source>were not messaged in %1</source>
        <translation>no fueron contactados en %1</translation>
    </message>
    <message>
        <source>were sent %1</source>
        <translation>recibieron el envío de %1</translation>
    </message>
    <message>
        <source>were not sent %1</source>
        <translation>no recibieron el envío de %1</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>recibieron %1</translation>
    </message>
    <message>
        <source>did not receive %1</source>
        <translation>no recibieron %1</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>leyeron %1</translation>
    </message>
    <message>
        <source>did not read %1</source>
        <translation>no leyeron %1</translation>
    </message>
    <message>
        <source>replied to %1</source>
        <translation>respondieron a %1</translation>
    </message>
    <message>
        <source>did not reply to %1</source>
        <translation>no respondieron a %1</translation>
    </message>
    <message>
        <source>could not be sent %1</source>
        <translation>tuvieron un envío fallido en %1</translation>
    </message>
    <message>
        <source>were not among the failures of %1</source>
        <translation>no estuvieron entre las fallas de %1</translation>
    </message>
    <message>
        <source>were found not to be on WhatsApp by %1</source>
        <translation>resultaron no estar en WhatsApp según %1</translation>
    </message>
    <message>
        <source>were not found off WhatsApp by %1</source>
        <translation>no resultaron estar fuera de WhatsApp según %1</translation>
    </message>
    <message>
        <source>are still waiting for %1</source>
        <translation>todavía están pendientes en %1</translation>
    </message>
    <message>
        <source>are not waiting for %1</source>
        <translation>no están pendientes en %1</translation>
    </message>
    <message>
        <source>campaign #%1</source>
        <translation>la campaña n.º %1</translation>
    </message>
    <message>
        <source>campaign %1</source>
        <translation>la campaña %1</translation>
    </message>
    <message>
        <source>run #%1</source>
        <translation>la ejecución n.º %1</translation>
    </message>
    <message>
        <source>run %1 of %2</source>
        <translation>la ejecución %1 de %2</translation>
    </message>
    <message>
        <source>no answer from the network</source>
        <translation>sin respuesta de la red</translation>
    </message>
    <message>
        <source>%1 (error %2: %3)</source>
        <translation>%1 (error %2: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n contact(s))</source>
        <translation>
            <numerusform>%1 (%n contacto)</numerusform>
            <numerusform>%1 (%n contactos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom audience: %1</source>
        <translation>Audiencia personalizada: %1</translation>
    </message>
    <message>
        <source>Everyone who opted in</source>
        <translation>Todos los que dieron su consentimiento</translation>
    </message>
    <message>
        <source>are no one</source>
        <translation>no son nadie</translation>
    </message>
    <message>
        <source>are any contact</source>
        <translation>son cualquier contacto</translation>
    </message>
    <message>
        <source>are not tagged %1</source>
        <translation>no tienen la etiqueta %1</translation>
    </message>
    <message>
        <source>are tagged %1</source>
        <translation>tienen la etiqueta %1</translation>
    </message>
    <message>
        <source>do not have %1 %2</source>
        <translation>no tienen %1 %2</translation>
    </message>
    <message>
        <source>have %1 %2</source>
        <translation>tienen %1 %2</translation>
    </message>
    <message>
        <source>it</source>
        <translation>la misma</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>%1 but %2</source>
        <translation>%1 pero %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Contacts who %1</source>
        <translation>Contactos que %1</translation>
    </message>
</context>
<context>
    <name>BusinessEventStore</name>
    <message>
        <source>The event has no name.</source>
        <translation>El evento no tiene nombre.</translation>
    </message>
    <message>
        <source>The event name is %1 characters long; at most %2 are allowed.</source>
        <translation>El nombre del evento tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>The event name contains a control character (such as a line break); use letters, digits and _.</source>
        <translation>El nombre del evento contiene un carácter de control (como un salto de línea); use letras, dígitos y _.</translation>
    </message>
    <message>
        <source>The event&apos;s occurred_at is not a time.</source>
        <translation>El occurred_at del evento no es una hora.</translation>
    </message>
    <message>
        <source>The event&apos;s data is not a JSON object.</source>
        <translation>Los datos del evento no son un objeto JSON.</translation>
    </message>
    <message>
        <source>The phone number is not usable: %1</source>
        <translation>El número de teléfono no se puede usar: %1</translation>
    </message>
    <message>
        <source>The event was not stored.</source>
        <translation>El evento no se guardó.</translation>
    </message>
    <message>
        <source>the event has no phone number (the order gave none for the customer, billing or shipping)</source>
        <translation>el evento no tiene número de teléfono (el pedido no indicó ninguno para el cliente, la facturación ni el envío)</translation>
    </message>
    <message>
        <source>the phone number “%1” cannot be read%2: %3</source>
        <translation>el número de teléfono “%1” no se puede leer%2: %3</translation>
    </message>
    <message>
        <source> as a number of %1</source>
        <translation> como número de %1</translation>
    </message>
</context>
<context>
    <name>CampaignAudiencePage</name>
    <message>
        <source>Audience</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <source>Who gets the message. Opted-out contacts and contacts who never opted in are never sent to.</source>
        <translation>Quién recibe el mensaje. Nunca se envía a contactos dados de baja ni a contactos que nunca dieron su consentimiento.</translation>
    </message>
    <message>
        <source>&amp;Every opted-in contact</source>
        <translation>&amp;Todos los contactos con consentimiento</translation>
    </message>
    <message>
        <source>A &amp;segment: contacts with tags or attribute values</source>
        <translation>Un &amp;segmento: contactos con etiquetas o valores de atributos</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Unión</translation>
    </message>
    <message>
        <source>Not</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>Tag or attribute</source>
        <translation>Etiqueta o atributo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Add &amp;condition</source>
        <translation>Agregar &amp;condición</translation>
    </message>
    <message>
        <source>&amp;Remove condition</source>
        <translation>&amp;Quitar condición</translation>
    </message>
    <message>
        <source>&amp;Retarget the recipients of an earlier campaign</source>
        <translation>&amp;Volver a dirigirse a los destinatarios de una campaña anterior</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Campaña:</translation>
    </message>
    <message>
        <source>Counted as:</source>
        <translation>Contados como:</translation>
    </message>
    <message>
        <source>but &amp;not</source>
        <translation>pero &amp;no</translation>
    </message>
    <message>
        <source>e.g. tag:vip and not campaign:7:replied</source>
        <translation>p. ej. tag:vip and not campaign:7:replied</translation>
    </message>
    <message>
        <source>attempted</source>
        <translation>intentado</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>read</source>
        <translation>leído</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>respondido</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>unqualified (not on WhatsApp)</source>
        <translation>no apto (no está en WhatsApp)</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>There is no earlier campaign to retarget yet.</source>
        <translation>Todavía no hay una campaña anterior a la cual volver a dirigirse.</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>or</source>
        <translation>o</translation>
    </message>
    <message>
        <source>not</source>
        <translation>no</translation>
    </message>
    <message>
        <source>has tag</source>
        <translation>tiene la etiqueta</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>atributo</translation>
    </message>
    <message>
        <source>The tag&apos;s name, or the attribute&apos;s key</source>
        <translation>El nombre de la etiqueta o la clave del atributo</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) will get the message.</source>
        <translation>
            <numerusform>%n contacto recibirá el mensaje.</numerusform>
            <numerusform>%n contactos recibirán el mensaje.</numerusform>
        </translation>
    </message>
    <message>
        <source>No matching contact is excluded.</source>
        <translation>No se excluye ningún contacto que coincida.</translation>
    </message>
    <message>
        <source>Excluded: %1 opted out, %2 never opted in (never sent to).</source>
        <translation>Excluidos: %1 dados de baja, %2 nunca dieron su consentimiento (nunca se les envía).</translation>
    </message>
    <message>
        <source>&amp;Advanced: an audience expression</source>
        <translation>&amp;Avanzado: una expresión de audiencia</translation>
    </message>
    <message>
        <source>Audience conditions</source>
        <translation>Condiciones de la audiencia</translation>
    </message>
    <message>
        <source>For power users: all, tag:NAME, attr:KEY=VALUE, campaign:ID:STAT, run:ID:STAT, joined with and, or, not</source>
        <translation>Para usuarios avanzados: all, tag:NAME, attr:KEY=VALUE, campaign:ID:STAT, run:ID:STAT, unidos con and, or, not</translation>
    </message>
</context>
<context>
    <name>CampaignChecks</name>
    <message>
        <source>a draft not yet submitted</source>
        <translation>en borrador, aún no enviada a revisión</translation>
    </message>
    <message>
        <source>The audience term “%1” names campaign %2, which does not exist; see herald-cli campaign list.</source>
        <translation>El término de audiencia “%1” menciona la campaña %2, que no existe; vea herald-cli campaign list.</translation>
    </message>
    <message>
        <source>The audience term “%1” names run %2, which does not exist; check the run ID.</source>
        <translation>El término de audiencia “%1” menciona la ejecución %2, que no existe; revise el ID de la ejecución.</translation>
    </message>
    <message>
        <source>The send time %1 has already passed: it is now %2 in %3. Give a later time.</source>
        <translation>La hora de envío %1 ya pasó: ahora es %2 en %3. Indique una hora posterior.</translation>
    </message>
    <message>
        <source>There is no template “%1” in language %2 for this account. Sync the templates first.</source>
        <translation>No hay ninguna plantilla “%1” en el idioma %2 para esta cuenta. Sincronice primero las plantillas.</translation>
    </message>
    <message>
        <source>The template “%1” (%2) is %3, so nothing can be sent with it; only APPROVED templates can be used. Check its status in WhatsApp Manager and sync the templates, or choose another template.</source>
        <translation>La plantilla “%1” (%2) está %3, así que no se puede enviar nada con ella; solo se pueden usar plantillas APPROVED. Revise su estado en WhatsApp Manager y sincronice las plantillas, o elija otra plantilla.</translation>
    </message>
</context>
<context>
    <name>CampaignCost</name>
    <message>
        <source>There is no run %1.</source>
        <translation>No existe la ejecución %1.</translation>
    </message>
</context>
<context>
    <name>CampaignLock</name>
    <message>
        <source>Campaign %1 is being sent by another Herald process (%2, process %3 on %4). Wait until it has finished, or pause or stop it there.</source>
        <translation>Otro proceso de Herald está enviando la campaña %1 (%2, proceso %3 en %4). Espere a que termine, o páusela o deténgala ahí.</translation>
    </message>
    <message>
        <source>Campaign %1 is being sent by another Herald process. Wait until it has finished, or pause or stop it there.</source>
        <translation>Otro proceso de Herald está enviando la campaña %1. Espere a que termine, o páusela o deténgala ahí.</translation>
    </message>
    <message>
        <source>Cannot take the lock %1: check that the workspace&apos;s folder is writable (or its server reachable).</source>
        <translation>No se puede obtener el bloqueo %1: verifique que se pueda escribir en la carpeta del espacio de trabajo (o que su servidor esté accesible).</translation>
    </message>
</context>
<context>
    <name>CampaignNumbers</name>
    <message>
        <source>There is no account with id %1: pick the campaign&apos;s numbers from herald-cli account list.</source>
        <translation>No existe ninguna cuenta con el ID %1: elija los números de la campaña entre los de herald-cli account list.</translation>
    </message>
    <message>
        <source>Account “%1” belongs to another business portfolio than “%2”: a campaign spreads its audience only over numbers of one portfolio (set both with herald-cli account set --portfolio).</source>
        <translation>La cuenta “%1” pertenece a un portafolio comercial distinto del de “%2”: una campaña solo reparte su audiencia entre números de un mismo portafolio (configure ambas con herald-cli account set --portfolio).</translation>
    </message>
    <message>
        <source>Account “%1” has no template “%2” in language %3 (templates belong to a WhatsApp Business account): sync its templates (herald-cli templates sync --account %1) or leave it out.</source>
        <translation>La cuenta “%1” no tiene la plantilla “%2” en el idioma %3 (las plantillas pertenecen a una cuenta de WhatsApp Business): sincronice sus plantillas (herald-cli templates sync --account %1) o quítela de la campaña.</translation>
    </message>
</context>
<context>
    <name>CampaignPreflightPage</name>
    <message>
        <source>Pre-flight check</source>
        <translation>Verificación previa</translation>
    </message>
    <message>
        <source>Everything Herald checks before a start. Problems must be fixed; warnings are yours to weigh.</source>
        <translation>Todo lo que Herald revisa antes de iniciar. Los problemas se deben corregir; las advertencias quedan a su criterio.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Verificar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Edit rate &amp;card…</source>
        <translation>Editar &amp;tarifario…</translation>
    </message>
    <message>
        <source>Send &amp;test…</source>
        <translation>Enviar &amp;prueba…</translation>
    </message>
    <message>
        <source>&amp;Start sending when I click Finish</source>
        <translation>&amp;Iniciar el envío cuando haga clic en Finalizar</translation>
    </message>
</context>
<context>
    <name>CampaignRunControl</name>
    <message>
        <source>Cannot start the campaign</source>
        <translation>No se puede iniciar la campaña</translation>
    </message>
    <message>
        <source>“%1” is active: it sends when its event arrives.</source>
        <translation>“%1” está activa: envía cuando llega su evento.</translation>
    </message>
    <message>
        <source>“%1” is scheduled; next run %2.</source>
        <translation>“%1” está programada; próxima ejecución %2.</translation>
    </message>
    <message>
        <source>“%1” is active.</source>
        <translation>“%1” está activa.</translation>
    </message>
    <message>
        <source>Already sent</source>
        <translation>Ya enviada</translation>
    </message>
    <message>
        <source>“%1” was already sent. Herald never sends a campaign twice.</source>
        <translation>“%1” ya se envió. Herald nunca envía una campaña dos veces.</translation>
    </message>
    <message>
        <source>Nobody left to send to</source>
        <translation>No queda nadie a quien enviar</translation>
    </message>
    <message>
        <source>Run %1 of “%2” was stopped, and nobody it did not reach may still get the message.</source>
        <translation>La ejecución %1 de “%2” se detuvo, y ninguna de las personas a las que no llegó puede recibir ya el mensaje.</translation>
    </message>
    <message>
        <source>New run for the recipients not reached</source>
        <translation>Nueva ejecución para los destinatarios no alcanzados</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 of “%2” stays stopped. Send the message to the %n recipient(s) it did not reach, in a new run?</source>
        <translation>
            <numerusform>La ejecución %1 de “%2” sigue detenida. ¿Enviar el mensaje a %n destinatario al que no llegó, en una nueva ejecución?</numerusform>
            <numerusform>La ejecución %1 de “%2” sigue detenida. ¿Enviar el mensaje a los %n destinatarios a los que no llegó, en una nueva ejecución?</numerusform>
        </translation>
    </message>
    <message>
        <source>Send new run</source>
        <translation>Enviar nueva ejecución</translation>
    </message>
    <message>
        <source>Already sending</source>
        <translation>Ya se está enviando</translation>
    </message>
    <message>
        <source>Planned %1 recipients (%2 skipped).</source>
        <translation>%1 destinatarios planificados (%2 omitidos).</translation>
    </message>
    <message>
        <source>Cannot pause the campaign</source>
        <translation>No se puede pausar la campaña</translation>
    </message>
    <message>
        <source>Stop campaign</source>
        <translation>Detener campaña</translation>
    </message>
    <message>
        <source>Stop “%1”? No further runs start; a run sending now is stopped too. You can start it again later.</source>
        <translation>¿Detener “%1”? No se inician más ejecuciones; la ejecución que esté enviando ahora también se detiene. Puede volver a iniciarla más tarde.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Cannot stop the campaign</source>
        <translation>No se puede detener la campaña</translation>
    </message>
    <message>
        <source>Stop sending “%1”? Recipients not reached yet will not get the message from this run; those already sent keep their delivery reports.</source>
        <translation>¿Dejar de enviar “%1”? Los destinatarios aún no alcanzados no recibirán el mensaje de esta ejecución; los que ya se enviaron conservan sus reportes de entrega.</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Dejar de enviar</translation>
    </message>
</context>
<context>
    <name>CampaignRunPanel</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Incierto</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Send rate:</source>
        <translation>Velocidad de envío:</translation>
    </message>
    <message>
        <source>Daily headroom:</source>
        <translation>Margen diario:</translation>
    </message>
    <message>
        <source>Failures:</source>
        <translation>Fallas:</translation>
    </message>
    <message>
        <source>Template %1 (%2) · account %3 · audience: %4</source>
        <translation>Plantilla %1 (%2) · cuenta %3 · audiencia: %4</translation>
    </message>
    <message>
        <source>Not sent yet — Start plans the recipients and sends</source>
        <translation>Aún no enviada — Iniciar planifica los destinatarios y envía</translation>
    </message>
    <message>
        <source>%1 messages/s — slowed to %2/s after WhatsApp asked to slow down</source>
        <translation>%1 mensajes/s — reducido a %2/s después de que WhatsApp pidió bajar la velocidad</translation>
    </message>
    <message>
        <source>%1 messages/s (limit %2/s)</source>
        <translation>%1 mensajes/s (límite %2/s)</translation>
    </message>
    <message>
        <source>Not sending</source>
        <translation>Sin enviar</translation>
    </message>
    <message>
        <source>The campaign&apos;s account no longer exists.</source>
        <translation>La cuenta de la campaña ya no existe.</translation>
    </message>
    <message>
        <source>no provider code</source>
        <translation>sin código del proveedor</translation>
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
        <translation>Ninguno</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) uncertain: the message was handed to the network but no answer came back (a timeout or Herald was closed), so it may or may not have arrived. Their delivery reports will settle them; Herald never sends them again on its own.</source>
        <translation>
            <numerusform>%n destinatario incierto: el mensaje se entregó a la red pero no llegó respuesta (tiempo de espera agotado o Herald se cerró), así que pudo haber llegado o no. Sus reportes de entrega lo aclararán; Herald nunca lo vuelve a enviar por su cuenta.</numerusform>
            <numerusform>%n destinatarios inciertos: el mensaje se entregó a la red pero no llegó respuesta (tiempo de espera agotado o Herald se cerró), así que pudo haber llegado o no. Sus reportes de entrega lo aclararán; Herald nunca se los vuelve a enviar por su cuenta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped by WhatsApp error %1</source>
        <translation>Detenida por el error de WhatsApp %1</translation>
    </message>
    <message>
        <source>Paused by WhatsApp error %1</source>
        <translation>Pausada por el error de WhatsApp %1</translation>
    </message>
    <message>
        <source>Why it stopped</source>
        <translation>Por qué se detuvo</translation>
    </message>
    <message>
        <source>Why it paused</source>
        <translation>Por qué se pausó</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s error reference</source>
        <translation>Referencia del error de WhatsApp</translation>
    </message>
    <message>
        <source>Accepted, no report yet</source>
        <translation>Aceptado, todavía sin reporte</translation>
    </message>
    <message>
        <source>Sent, not delivered yet</source>
        <translation>Enviado, todavía sin entregar</translation>
    </message>
    <message>
        <source>Delivered, not read</source>
        <translation>Entregado, no leído</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop preparing the run: nothing is planned or sent, and the campaign can be started again</source>
        <translation>Dejar de preparar la ejecución: no se planifica ni se envía nada, y la campaña se puede volver a iniciar</translation>
    </message>
    <message>
        <source>Audience expression: %1</source>
        <translation>Expresión de audiencia: %1</translation>
    </message>
    <message>
        <source>Preparing %1 of %2 recipients…</source>
        <translation>Preparando %1 de %2 destinatarios…</translation>
    </message>
</context>
<context>
    <name>CampaignRunner</name>
    <message>
        <source>Another Herald sender (%1, process %2) is already sending campaign run %3.</source>
        <translation>Otro emisor de Herald (%1, proceso %2) ya está enviando la ejecución de campaña %3.</translation>
    </message>
    <message>
        <source>Cannot take the lock %1.</source>
        <translation>No se puede obtener el bloqueo %1.</translation>
    </message>
</context>
<context>
    <name>CampaignStats</name>
    <message>
        <source>Could not read the campaign timeline: %1</source>
        <translation>No se pudo leer la cronología de la campaña: %1</translation>
    </message>
    <message>
        <source>Could not read the campaign timeline: the workspace is not open.</source>
        <translation>No se pudo leer la cronología de la campaña: el espacio de trabajo no está abierto.</translation>
    </message>
    <message>
        <source>Could not read the runs: %1</source>
        <translation>No se pudieron leer las ejecuciones: %1</translation>
    </message>
    <message>
        <source>Could not read the run: %1</source>
        <translation>No se pudo leer la ejecución: %1</translation>
    </message>
    <message>
        <source>There is no run %1.</source>
        <translation>No existe la ejecución %1.</translation>
    </message>
    <message>
        <source>Could not read the campaign statistics: %1</source>
        <translation>No se pudieron leer las estadísticas de la campaña: %1</translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message>
        <source>The campaign needs a name.</source>
        <translation>La campaña necesita un nombre.</translation>
    </message>
    <message>
        <source>There is no template “%1” in language %2 for this account. Sync the templates first (herald-cli templates sync).</source>
        <translation>No hay ninguna plantilla “%1” en el idioma %2 para esta cuenta. Sincronice primero las plantillas (herald-cli templates sync).</translation>
    </message>
    <message>
        <source>Unknown campaign type “%1”: use once, scheduled, recurring or triggered.</source>
        <translation>Tipo de campaña desconocido “%1”: use once, scheduled, recurring o triggered.</translation>
    </message>
    <message>
        <source>There is no campaign with id %1.</source>
        <translation>No existe ninguna campaña con el id %1.</translation>
    </message>
    <message>
        <source>Cannot read the runs of campaign %1: %2</source>
        <translation>No se pueden leer las ejecuciones de la campaña %1: %2</translation>
    </message>
    <message>
        <source>Campaign %1 already has an unfinished run (run %2, %3); continue or stop that run first.</source>
        <translation>La campaña %1 ya tiene una ejecución sin terminar (ejecución %2, %3); primero continúe o detenga esa ejecución.</translation>
    </message>
    <message>
        <source>The template “%1” (%2) is no longer in the workspace; sync the templates.</source>
        <translation>La plantilla “%1” (%2) ya no está en el espacio de trabajo; sincronice las plantillas.</translation>
    </message>
    <message>
        <source>The template “%1” (%2) is %3; only APPROVED templates can be sent.</source>
        <translation>La plantilla “%1” (%2) está %3; solo se pueden enviar plantillas APPROVED.</translation>
    </message>
    <message>
        <source>deleted upstream</source>
        <translation>eliminada en Meta</translation>
    </message>
    <message>
        <source>Could not plan the retry: %1</source>
        <translation>No se pudo planificar el reintento: %1</translation>
    </message>
    <message>
        <source>There is no run %1.</source>
        <translation>No existe la ejecución %1.</translation>
    </message>
    <message>
        <source>The run is still sending (%1). Retry its failures once it has sent or was stopped.</source>
        <translation>La ejecución todavía está enviando (%1). Reintente sus fallas cuando haya terminado de enviar o se haya detenido.</translation>
    </message>
    <message>
        <source>A retry of this run is already waiting to be sent (run %1).</source>
        <translation>Ya hay un reintento de esta ejecución esperando para enviarse (ejecución %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) would fail again</source>
        <translation>
            <numerusform>%n falla volvería a fallar</numerusform>
            <numerusform>%n fallas volverían a fallar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n must wait until %1</source>
        <translation>
            <numerusform>%n debe esperar hasta %1</numerusform>
            <numerusform>%n deben esperar hasta %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opted out or were deleted</source>
        <translation>
            <numerusform>%n se dio de baja o se eliminó</numerusform>
            <numerusform>%n se dieron de baja o se eliminaron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were retried already</source>
        <translation>
            <numerusform>%n ya se reintentó</numerusform>
            <numerusform>%n ya se reintentaron</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to retry: the run has no failures.</source>
        <translation>Nada que reintentar: la ejecución no tiene fallas.</translation>
    </message>
    <message>
        <source>Nothing to retry now: %1.</source>
        <translation>Nada que reintentar por ahora: %1.</translation>
    </message>
    <message>
        <source>Cannot read the recipients of run %1: %2</source>
        <translation>No se pueden leer los destinatarios de la ejecución %1: %2</translation>
    </message>
    <message>
        <source>Run %1 is %2, not stopped: only a stopped run leaves recipients for a new run.</source>
        <translation>La ejecución %1 está %2, no detenida: solo una ejecución detenida deja destinatarios para una nueva ejecución.</translation>
    </message>
    <message numerus="yes">
        <source>Nobody is left to send to: the %n recipient(s) run %1 did not reach have opted out or were deleted.</source>
        <translation>
            <numerusform>No queda nadie a quien enviar: %n destinatario al que no llegó la ejecución %1 se dio de baja o se eliminó.</numerusform>
            <numerusform>No queda nadie a quien enviar: los %n destinatarios a los que no llegó la ejecución %1 se dieron de baja o se eliminaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is left to send to: run %1 reached every recipient before it was stopped.</source>
        <translation>No queda nadie a quien enviar: la ejecución %1 llegó a todos los destinatarios antes de detenerse.</translation>
    </message>
    <message>
        <source>Planning the run of campaign %1 was cancelled; nothing was planned.</source>
        <translation>Se canceló la planificación de la ejecución de la campaña %1; no se planificó nada.</translation>
    </message>
</context>
<context>
    <name>CampaignTableModel</name>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation>Intentados</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leídos</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Respondieron</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation>No aptos</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Waiting for events</source>
        <translation>Esperando eventos</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Recurrente</translation>
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
        <translation>A quién va dirigida la campaña y cuántos destinatarios tiene su ejecución más reciente</translation>
    </message>
    <message>
        <source>Recipients the newest run is done with (sent, failed or skipped), of all of them</source>
        <translation>Destinatarios que la ejecución más reciente ya procesó (enviados, fallidos u omitidos), del total</translation>
    </message>
    <message>
        <source>Recipients the newest run tried to send to</source>
        <translation>Destinatarios a los que la ejecución más reciente intentó enviar</translation>
    </message>
    <message>
        <source>Messages WhatsApp reported sent, including those delivered and read</source>
        <translation>Mensajes que WhatsApp informó como enviados, incluidos los entregados y los leídos</translation>
    </message>
    <message>
        <source>Messages that reached the phone, including those read</source>
        <translation>Mensajes que llegaron al teléfono, incluidos los leídos</translation>
    </message>
    <message>
        <source>Messages opened (only people with read receipts on)</source>
        <translation>Mensajes abiertos (solo personas con las confirmaciones de lectura activadas)</translation>
    </message>
    <message>
        <source>Recipients who wrote back within 72 hours, including those who opted out</source>
        <translation>Destinatarios que respondieron en un plazo de 72 horas, incluidos los que se dieron de baja</translation>
    </message>
    <message>
        <source>Messages that could not be sent, including Unqualified</source>
        <translation>Mensajes que no se pudieron enviar, incluidos los No aptos</translation>
    </message>
    <message>
        <source>Part of Failed: numbers without a WhatsApp account</source>
        <translation>Parte de Fallidos: números sin cuenta de WhatsApp</translation>
    </message>
    <message>
        <source>%1 of %2 handled</source>
        <translation>%1 de %2 procesados</translation>
    </message>
    <message>
        <source>%1
Audience expression: %2</source>
        <translation>%1
Expresión de audiencia: %2</translation>
    </message>
</context>
<context>
    <name>CampaignTemplatePage</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Name the campaign, choose an approved template and say where each of its values comes from.</source>
        <translation>Ponga nombre a la campaña, elija una plantilla aprobada e indique de dónde sale cada uno de sus valores.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>e.g. November order reminders</source>
        <translation>p. ej. Recordatorios de pedidos de noviembre</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>Search approved templates…</source>
        <translation>Buscar plantillas aprobadas…</translation>
    </message>
    <message>
        <source>Parameters (source, then the key or text, then a fallback used when the value is empty):</source>
        <translation>Parámetros (origen, luego la clave o el texto, luego un valor de respaldo que se usa cuando el valor está vacío):</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Field, attribute, text or event key</source>
        <translation>Campo, atributo, texto o clave del evento</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Respaldo</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Póngale un nombre a la campaña.</translation>
    </message>
    <message>
        <source>Add an account first (Settings → Accounts).</source>
        <translation>Primero agregue una cuenta (Configuración → Cuentas).</translation>
    </message>
    <message>
        <source>Choose an approved template.</source>
        <translation>Elija una plantilla aprobada.</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (sandbox)</translation>
    </message>
    <message>
        <source>This account has no approved templates. Sync the templates on the Templates page, or wait for Meta&apos;s review.</source>
        <translation>Esta cuenta no tiene plantillas aprobadas. Sincronice las plantillas en la página Plantillas, o espere la revisión de Meta.</translation>
    </message>
    <message numerus="yes">
        <source>%n approved template(s). Paused, rejected and pending templates cannot be sent and are not listed.</source>
        <translation>
            <numerusform>%n plantilla aprobada. Las plantillas pausadas, rechazadas y pendientes no se pueden enviar y no aparecen en la lista.</numerusform>
            <numerusform>%n plantillas aprobadas. Las plantillas pausadas, rechazadas y pendientes no se pueden enviar y no aparecen en la lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact field</source>
        <translation>Campo del contacto</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Fixed text</source>
        <translation>Texto fijo</translation>
    </message>
    <message>
        <source>Event field</source>
        <translation>Campo del evento</translation>
    </message>
    <message>
        <source>Preview for %1 (%2), the first recipient; values with no source show the template&apos;s examples.</source>
        <translation>Vista previa para %1 (%2), el primer destinatario; los valores sin origen muestran los ejemplos de la plantilla.</translation>
    </message>
    <message>
        <source>a contact without a name</source>
        <translation>un contacto sin nombre</translation>
    </message>
    <message>
        <source>No contact in the audience yet: the preview shows fallbacks and fixed texts; the rest shows the template&apos;s examples.</source>
        <translation>Todavía no hay contactos en la audiencia: la vista previa muestra los valores de respaldo y los textos fijos; el resto muestra los ejemplos de la plantilla.</translation>
    </message>
    <message>
        <source>Also send &amp;from:</source>
        <translation>También enviar &amp;desde:</translation>
    </message>
    <message>
        <source>Other numbers of the same business portfolio: the audience is spread over them in proportion to their throughput, and a contact keeps the number it last talked to.</source>
        <translation>Otros números del mismo portafolio comercial: la audiencia se reparte entre ellos en proporción a su rendimiento, y cada contacto conserva el número con el que habló por última vez.</translation>
    </message>
    <message>
        <source>%1 (%2 msg/s)</source>
        <translation>%1 (%2 msj/s)</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>The approved templates of the sending account</source>
        <translation>Las plantillas aprobadas de la cuenta de envío</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Buscar plantillas</translation>
    </message>
    <message>
        <source>Template parameters</source>
        <translation>Parámetros de la plantilla</translation>
    </message>
    <message>
        <source>What fills each {{n}} of the template, for each recipient</source>
        <translation>Qué completa cada {{n}} de la plantilla, para cada destinatario</translation>
    </message>
    <message>
        <source>More sending numbers</source>
        <translation>Más números de envío</translation>
    </message>
    <message>
        <source>Parameter %1</source>
        <translation>Parámetro %1</translation>
    </message>
</context>
<context>
    <name>CampaignTypePage</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Send once when you start it, at a set time, on a repeating schedule, or whenever an event happens.</source>
        <translation>Enviar una vez cuando la inicie, a una hora fija, con una programación que se repite, o cada vez que ocurra un evento.</translation>
    </message>
    <message>
        <source>&amp;Once, when started</source>
        <translation>Una &amp;vez, al iniciarla</translation>
    </message>
    <message>
        <source>S&amp;cheduled</source>
        <translation>Pro&amp;gramada</translation>
    </message>
    <message>
        <source>Rec&amp;urring</source>
        <translation>Rec&amp;urrente</translation>
    </message>
    <message>
        <source>&amp;Triggered by an event</source>
        <translation>Activada por un &amp;evento</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <source>Skip a run that is late by more than:</source>
        <translation>Omitir una ejecución retrasada más de:</translation>
    </message>
    <message>
        <source>When no Herald is running at the planned time, a run that would start later than this is skipped and logged, never sent hours late.</source>
        <translation>Si no hay ningún Herald abierto a la hora planificada, una ejecución que empezaría más tarde que esto se omite y se registra; nunca se envía con horas de retraso.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Grace window in minutes</source>
        <translation>Margen de tolerancia en minutos</translation>
    </message>
    <message>
        <source>The campaign is sent once, when you start it (you can start it from the last page).</source>
        <translation>La campaña se envía una vez, cuando usted la inicia (puede iniciarla desde la última página).</translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation>Fecha y hora:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation>Se repite:</translation>
    </message>
    <message>
        <source>At:</source>
        <translation>A las:</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Los días:</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
    <message>
        <source>Day of the month:</source>
        <translation>Día del mes:</translation>
    </message>
    <message>
        <source>Starting:</source>
        <translation>A partir de:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Ending:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <source>Event name:</source>
        <translation>Nombre del evento:</translation>
    </message>
    <message>
        <source>e.g. order_shipped</source>
        <translation>p. ej. order_shipped</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Condiciones:</translation>
    </message>
    <message>
        <source>Event field</source>
        <translation>Campo del evento</translation>
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
        <translation>Agregar condición</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Quitar condición</translation>
    </message>
    <message>
        <source>Wait before sending:</source>
        <translation>Esperar antes de enviar:</translation>
    </message>
    <message>
        <source>Unless the event</source>
        <translation>A menos que el evento</translation>
    </message>
    <message>
        <source>e.g. order_cancelled</source>
        <translation>p. ej. order_cancelled</translation>
    </message>
    <message>
        <source>happens within</source>
        <translation>ocurra dentro de</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>At most once per contact every:</source>
        <translation>Como máximo una vez por contacto cada:</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Todas las semanas</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Todos los meses</translation>
    </message>
    <message>
        <source>all must hold</source>
        <translation>deben cumplirse todas</translation>
    </message>
    <message>
        <source>any may hold</source>
        <translation>basta con una</translation>
    </message>
    <message>
        <source>The scheduled time has passed; choose a time in the future.</source>
        <translation>La hora programada ya pasó; elija una hora en el futuro.</translation>
    </message>
    <message>
        <source>Name the event that cancels the message, or clear “Unless the event”.</source>
        <translation>Indique el evento que cancela el mensaje, o desmarque “A menos que el evento”.</translation>
    </message>
    <message>
        <source>Choose a recipe…</source>
        <translation>Elija una receta…</translation>
    </message>
    <message>
        <source>&amp;Use recipe</source>
        <translation>&amp;Usar receta</translation>
    </message>
    <message>
        <source>Start from a recipe:</source>
        <translation>Empezar con una receta:</translation>
    </message>
    <message>
        <source>none: orders never opt anyone in</source>
        <translation>ninguno: los pedidos nunca registran el consentimiento de nadie</translation>
    </message>
    <message>
        <source>Where the event says the customer agreed to WhatsApp messages. A customer who is not yet a contact is added, and opted in only when this field says yes (true, yes, 1, on, checked, subscribed). An opted-out contact stays opted out.</source>
        <translation>Dónde indica el evento que el cliente aceptó recibir mensajes de WhatsApp. Un cliente que todavía no es contacto se agrega, y solo se registra su consentimiento cuando este campo dice sí (true, yes, 1, on, checked, subscribed). Un contacto dado de baja sigue dado de baja.</translation>
    </message>
    <message>
        <source>Consent from the order:</source>
        <translation>Consentimiento del pedido:</translation>
    </message>
    <message>
        <source>Trigger conditions</source>
        <translation>Condiciones del disparador</translation>
    </message>
</context>
<context>
    <name>CampaignWizard</name>
    <message>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>Editar campaña</translation>
    </message>
    <message>
        <source>Edit campaign “%1”</source>
        <translation>Editar la campaña “%1”</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>The pre-flight check found problems; fix them before starting, or save without starting.</source>
        <translation>La verificación previa encontró problemas; corríjalos antes de iniciar, o guarde sin iniciar.</translation>
    </message>
    <message>
        <source>The campaign was not saved: %1</source>
        <translation>La campaña no se guardó: %1</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Search campaigns, templates, accounts…</source>
        <translation>Buscar campañas, plantillas, cuentas…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Nueva campaña…</translation>
    </message>
    <message>
        <source>Create a campaign in the wizard</source>
        <translation>Crear una campaña con el asistente</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Change the selected campaign</source>
        <translation>Modificar la campaña seleccionada</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Send the campaign, or continue its run</source>
        <translation>Enviar la campaña, o continuar su ejecución</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Pause sending within a second</source>
        <translation>Pausar el envío en menos de un segundo</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Continue a paused run</source>
        <translation>Continuar una ejecución pausada</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop the run for good</source>
        <translation>Detener la ejecución definitivamente</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Pane&amp;l</translation>
    </message>
    <message>
        <source>See the selected campaign&apos;s performance</source>
        <translation>Ver el rendimiento de la campaña seleccionada</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>Todavía no hay campañas</translation>
    </message>
    <message>
        <source>Cannot read the campaigns: %1</source>
        <translation>No se pueden leer las campañas: %1</translation>
    </message>
    <message>
        <source>Campaign saved.</source>
        <translation>Campaña guardada.</translation>
    </message>
    <message>
        <source>Search campaigns</source>
        <translation>Buscar campañas</translation>
    </message>
    <message>
        <source>Press Enter on a campaign to open its dashboard</source>
        <translation>Presione Enter sobre una campaña para abrir su panel</translation>
    </message>
    <message>
        <source>A campaign sends one approved message template to a group of opted-in contacts: everyone, a tag, or the people who read or ignored an earlier campaign.</source>
        <translation>Una campaña envía una plantilla de mensaje aprobada a un grupo de contactos con consentimiento: todos, una etiqueta, o las personas que leyeron o ignoraron una campaña anterior.</translation>
    </message>
    <message>
        <source>It then appears here, ready to Start.</source>
        <translation>Luego aparece aquí, lista para Iniciar.</translation>
    </message>
    <message>
        <source>Select a campaign to follow its run: progress, send rate, daily headroom and why a run paused or stopped.
To add a campaign: New campaign… (Ctrl+N).</source>
        <translation>Seleccione una campaña para seguir su ejecución: progreso, velocidad de envío, margen diario y por qué una ejecución se pausó o se detuvo.
Para agregar una campaña: Nueva campaña… (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>sandbox or cloud-api.</source>
        <translation>sandbox o cloud-api.</translation>
    </message>
    <message>
        <source>Graph API base URL (default https://graph.facebook.com).</source>
        <translation>URL base de Graph API (predeterminada: https://graph.facebook.com).</translation>
    </message>
    <message>
        <source>Graph API version, e.g. v23.0.</source>
        <translation>Versión de Graph API, p. ej. v23.0.</translation>
    </message>
    <message>
        <source>The business phone number&apos;s ID.</source>
        <translation>El ID del número de teléfono del negocio.</translation>
    </message>
    <message>
        <source>The WhatsApp Business Account ID.</source>
        <translation>El ID de la cuenta de WhatsApp Business.</translation>
    </message>
    <message>
        <source>The herald-relay feed URL.</source>
        <translation>La URL del feed de herald-relay.</translation>
    </message>
    <message>
        <source>Meta&apos;s messaging limit for the number: TIER_250, TIER_2K, TIER_10K, TIER_100K or TIER_UNLIMITED (unique recipients per 24 h).</source>
        <translation>Límite de mensajería de Meta para el número: TIER_250, TIER_2K, TIER_10K, TIER_100K o TIER_UNLIMITED (destinatarios únicos por 24 h).</translation>
    </message>
    <message>
        <source>Messages per second the number may send (80 by default, up to 1000).</source>
        <translation>Mensajes por segundo que puede enviar el número (80 de forma predeterminada, hasta 1000).</translation>
    </message>
    <message>
        <source>Meta business portfolio ID: accounts of one portfolio share one daily messaging limit (&apos;&apos; = grouped by WABA ID).</source>
        <translation>ID del portafolio comercial de Meta: las cuentas de un mismo portafolio comparten un único límite diario de mensajes (&apos;&apos; = agrupadas por ID de WABA).</translation>
    </message>
    <message>
        <source>on (default) or off: resend uncertain messages automatically once the account&apos;s delivery reports prove the feed is flowing.</source>
        <translation>on (predeterminado) u off: reenviar automáticamente los mensajes inciertos cuando los reportes de entrega de la cuenta demuestren que el feed está funcionando.</translation>
    </message>
    <message>
        <source>account set takes no positional arguments (secrets go through account set-secret).</source>
        <translation>account set no acepta argumentos posicionales (los secretos se guardan con account set-secret).</translation>
    </message>
    <message>
        <source>--kind must be sandbox or cloud-api, not “%1”.</source>
        <translation>--kind debe ser sandbox o cloud-api, no “%1”.</translation>
    </message>
    <message>
        <source>A new account needs --kind sandbox|cloud-api.</source>
        <translation>Una cuenta nueva necesita --kind sandbox|cloud-api.</translation>
    </message>
    <message>
        <source>--max-rate must be a whole number of messages per second.</source>
        <translation>--max-rate debe ser un número entero de mensajes por segundo.</translation>
    </message>
    <message>
        <source>--auto-resolve must be on or off, not “%1”.</source>
        <translation>--auto-resolve debe ser on u off, no “%1”.</translation>
    </message>
    <message>
        <source>The account was not saved: %1</source>
        <translation>La cuenta no se guardó: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Account “%1” updated.</source>
        <translation>Cuenta “%1” actualizada.</translation>
    </message>
    <message>
        <source>Account “%1” created.</source>
        <translation>Cuenta “%1” creada.</translation>
    </message>
    <message>
        <source>daily limit: %1</source>
        <translation>límite diario: %1</translation>
    </message>
    <message>
        <source>Seconds to wait for the Graph API (default 30).</source>
        <translation>Segundos de espera para Graph API (predeterminado: 30).</translation>
    </message>
    <message>
        <source>access-token, relay-feed-token, relay-app-secret or relay-ingest-token.</source>
        <translation>access-token, relay-feed-token, relay-app-secret o relay-ingest-token.</translation>
    </message>
    <message>
        <source>account set-secret needs the secret&apos;s name; the value is read from standard input.</source>
        <translation>account set-secret necesita el nombre del secreto; el valor se lee de la entrada estándar.</translation>
    </message>
    <message>
        <source>Unknown secret “%1”: use access-token, relay-feed-token, relay-app-secret or relay-ingest-token.</source>
        <translation>Secreto desconocido “%1”: use access-token, relay-feed-token, relay-app-secret o relay-ingest-token.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>No se puede leer la entrada estándar.</translation>
    </message>
    <message>
        <source>No value on standard input. Pipe the secret in, e.g. herald-cli account set-secret %1 &lt; file</source>
        <translation>No hay ningún valor en la entrada estándar. Pase el secreto por una tubería, p. ej. herald-cli account set-secret %1 &lt; file</translation>
    </message>
    <message>
        <source>Stored the %1 of account “%2” in the system keychain.</source>
        <translation>Se guardó el %1 de la cuenta “%2” en el llavero del sistema.</translation>
    </message>
    <message>
        <source>account list [--json]</source>
        <translation>account list [--json]</translation>
    </message>
    <message>
        <source>Lists the sending accounts.</source>
        <translation>Muestra las cuentas de envío.</translation>
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
        <translation>Crea o modifica una cuenta de envío.</translation>
    </message>
    <message>
        <source>account set-secret access-token|relay-feed-token|relay-app-secret|relay-ingest-token [--name N]
                                                          (value on stdin)</source>
        <translation>account set-secret access-token|relay-feed-token|relay-app-secret|relay-ingest-token [--name N]
                                                          (valor por stdin)</translation>
    </message>
    <message>
        <source>Stores one of the account&apos;s secrets in the keychain (value on stdin).</source>
        <translation>Guarda uno de los secretos de la cuenta en el llavero (valor por stdin).</translation>
    </message>
    <message>
        <source>account show [--name N] [--json]</source>
        <translation>account show [--name N] [--json]</translation>
    </message>
    <message>
        <source>Shows one account, which of its secrets are stored and its daily limit.</source>
        <translation>Muestra una cuenta, cuáles de sus secretos están guardados y su límite diario.</translation>
    </message>
    <message>
        <source>account test [--name N] [--json]</source>
        <translation>account test [--name N] [--json]</translation>
    </message>
    <message>
        <source>Checks that the account can reach WhatsApp with its token.</source>
        <translation>Verifica que la cuenta pueda conectarse a WhatsApp con su token.</translation>
    </message>
    <message>
        <source>Seconds between scheduler passes (default 5).</source>
        <translation>Segundos entre pasadas del programador (predeterminado: 5).</translation>
    </message>
    <message>
        <source>One scheduler pass, wait for the runs it started, then exit (tests, cron).</source>
        <translation>Una pasada del programador, esperar las ejecuciones que inició y salir (pruebas, cron).</translation>
    </message>
    <message>
        <source>agent takes no positional arguments.</source>
        <translation>agent no acepta argumentos posicionales.</translation>
    </message>
    <message>
        <source>--tick must be a whole number of seconds from 1 to 3600.</source>
        <translation>--tick debe ser un número entero de segundos entre 1 y 3600.</translation>
    </message>
    <message>
        <source>herald-cli: the daily backup failed: %1</source>
        <translation>herald-cli: falló la copia de seguridad diaria: %1</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>No se pudo iniciar el sandbox integrado: %1</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Falló la copia de seguridad diaria: %1</translation>
    </message>
    <message>
        <source>herald-cli agent: workspace %1, a pass every %2 s; stop with Ctrl+C or SIGTERM.</source>
        <translation>herald-cli agent: espacio de trabajo %1, una pasada cada %2 s; deténgalo con Ctrl+C o SIGTERM.</translation>
    </message>
    <message>
        <source>Stopping: runs still sending are paused; continue them with `herald-cli campaign run ID`.</source>
        <translation>Deteniendo: las ejecuciones que siguen enviando se pausan; continúelas con `herald-cli campaign run ID`.</translation>
    </message>
    <message>
        <source>Another Herald runs this workspace&apos;s scheduler; nothing done.</source>
        <translation>Otro Herald ejecuta el programador de este espacio de trabajo; no se hizo nada.</translation>
    </message>
    <message>
        <source>%1 runs started, %2 finished, %3 not ok.</source>
        <translation>%1 ejecuciones iniciadas, %2 terminadas, %3 con problemas.</translation>
    </message>
    <message>
        <source>agent [--tick SECONDS] [--once] [--json]</source>
        <translation>agent [--tick SECONDS] [--once] [--json]</translation>
    </message>
    <message>
        <source>Runs scheduled, recurring and triggered campaigns and the status feed headless.</source>
        <translation>Ejecuta en segundo plano las campañas programadas, recurrentes y por evento, y el feed de estados.</translation>
    </message>
    <message>
        <source>Campaign name.</source>
        <translation>Nombre de la campaña.</translation>
    </message>
    <message>
        <source>Approved template name.</source>
        <translation>Nombre de la plantilla aprobada.</translation>
    </message>
    <message>
        <source>Template language code, e.g. en_US.</source>
        <translation>Código de idioma de la plantilla, p. ej. en_US.</translation>
    </message>
    <message>
        <source>Who receives it: all, tag:NAME, attr:KEY=VALUE, combined with and/or/not (default: every opted-in contact).</source>
        <translation>Quién lo recibe: all, tag:NAME, attr:KEY=VALUE, combinados con and/or/not (predeterminado: todos los contactos con consentimiento).</translation>
    </message>
    <message>
        <source>A template parameter: SLOT=SOURCE[|FALLBACK], e.g. body.1=field:name|there, header.1=attr:city, button.0=text:abc (repeatable).</source>
        <translation>Un parámetro de la plantilla: SLOT=SOURCE[|FALLBACK], p. ej. body.1=field:name|there, header.1=attr:city, button.0=text:abc (se puede repetir).</translation>
    </message>
    <message>
        <source>Sending account (default: the workspace&apos;s default).</source>
        <translation>Cuenta de envío (predeterminada: la predeterminada del espacio de trabajo).</translation>
    </message>
    <message>
        <source>campaign create needs --name, --template and --language.</source>
        <translation>campaign create necesita --name, --template y --language.</translation>
    </message>
    <message>
        <source>Campaign %1 “%2” created. Send it with: herald-cli campaign run %1</source>
        <translation>Campaña %1 “%2” creada. Envíela con: herald-cli campaign run %1</translation>
    </message>
    <message>
        <source>Campaign %1 “%2” created (%3). Activate it with: herald-cli campaign start %1</source>
        <translation>Campaña %1 “%2” creada (%3). Actívela con: herald-cli campaign start %1</translation>
    </message>
    <message>
        <source>Campaign id.</source>
        <translation>Id de la campaña.</translation>
    </message>
    <message>
        <source>campaign show needs one campaign ID.</source>
        <translation>campaign show necesita un ID de campaña.</translation>
    </message>
    <message>
        <source>Campaign %1 “%2”: template %3 (%4), status %5</source>
        <translation>Campaña %1 “%2”: plantilla %3 (%4), estado %5</translation>
    </message>
    <message>
        <source>Type %1: %2</source>
        <translation>Tipo %1: %2</translation>
    </message>
    <message>
        <source>Active; next occurrence: %1</source>
        <translation>Activa; próxima vez: %1</translation>
    </message>
    <message>
        <source>none (triggered by events)</source>
        <translation>ninguna (se activa por eventos)</translation>
    </message>
    <message>
        <source>Not active: start it with herald-cli campaign start %1</source>
        <translation>No activa: iníciela con herald-cli campaign start %1</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Ejecución %1: %2</translation>
    </message>
    <message>
        <source>campaign %1 needs one campaign ID.</source>
        <translation>campaign %1 necesita un ID de campaña.</translation>
    </message>
    <message>
        <source>Campaign %1 has not been started; start it with: herald-cli campaign start %1</source>
        <translation>La campaña %1 no se ha iniciado; iníciela con: herald-cli campaign start %1</translation>
    </message>
    <message>
        <source>Campaign %1 is active again.</source>
        <translation>La campaña %1 está activa de nuevo.</translation>
    </message>
    <message>
        <source>Campaign %1 will start no new runs.</source>
        <translation>La campaña %1 no iniciará más ejecuciones.</translation>
    </message>
    <message>
        <source>Asked run %1 of campaign %2 to %3.</source>
        <translation>Se solicitó “%3” a la ejecución %1 de la campaña %2.</translation>
    </message>
    <message>
        <source>campaign pause|resume|stop ID</source>
        <translation>campaign pause|resume|stop ID</translation>
    </message>
    <message>
        <source>Pauses a campaign&apos;s sending run.</source>
        <translation>Pausa la ejecución de envío de una campaña.</translation>
    </message>
    <message>
        <source>Resumes a paused run.</source>
        <translation>Reanuda una ejecución pausada.</translation>
    </message>
    <message>
        <source>Stops a run for good.</source>
        <translation>Detiene una ejecución definitivamente.</translation>
    </message>
    <message>
        <source>campaign create --name N --template NAME --language CODE [--audience EXPR]
                  [--param SLOT=SOURCE[|FALLBACK]]... [--account N] [--json]
                  [--type once|scheduled|recurring|triggered] (see campaign create --help)</source>
        <translation>campaign create --name N --template NAME --language CODE [--audience EXPR]
                  [--param SLOT=SOURCE[|FALLBACK]]... [--account N] [--json]
                  [--type once|scheduled|recurring|triggered] (vea campaign create --help)</translation>
    </message>
    <message>
        <source>Creates a campaign: template, audience, parameters and type.</source>
        <translation>Crea una campaña: plantilla, audiencia, parámetros y tipo.</translation>
    </message>
    <message>
        <source>New campaign name.</source>
        <translation>Nombre nuevo de la campaña.</translation>
    </message>
    <message>
        <source>Template name (give --language with it).</source>
        <translation>Nombre de la plantilla (indique también --language).</translation>
    </message>
    <message>
        <source>Who receives it (see campaign create --help).</source>
        <translation>Quién lo recibe (vea campaign create --help).</translation>
    </message>
    <message>
        <source>A template parameter SLOT=SOURCE[|FALLBACK] (repeatable; replaces all of them).</source>
        <translation>Un parámetro de la plantilla SLOT=SOURCE[|FALLBACK] (se puede repetir; reemplaza a todos).</translation>
    </message>
    <message>
        <source>Sending account.</source>
        <translation>Cuenta de envío.</translation>
    </message>
    <message>
        <source>campaign edit needs one campaign ID.</source>
        <translation>campaign edit necesita un ID de campaña.</translation>
    </message>
    <message>
        <source>Changing the schedule or trigger needs --type with all of its options, as for campaign create.</source>
        <translation>Para cambiar la programación o el evento que la activa se necesita --type con todas sus opciones, igual que en campaign create.</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>No existe la campaña %1.</translation>
    </message>
    <message>
        <source>Campaign %1 is being sent (run %2). Edit it when the run has ended, or pause it first: herald-cli campaign pause %1</source>
        <translation>La campaña %1 se está enviando (ejecución %2). Edítela cuando termine la ejecución, o páusela primero: herald-cli campaign pause %1</translation>
    </message>
    <message>
        <source>Campaign %1 was not changed: %2</source>
        <translation>La campaña %1 no se modificó: %2</translation>
    </message>
    <message>
        <source>Campaign %1 was changed, but its schedule could not be renewed: %2</source>
        <translation>La campaña %1 se modificó, pero no se pudo renovar su programación: %2</translation>
    </message>
    <message>
        <source>Campaign %1 “%2” changed.</source>
        <translation>Campaña %1 “%2” modificada.</translation>
    </message>
    <message>
        <source>Runs already planned keep the messages they froze; the change applies to the next run.</source>
        <translation>Las ejecuciones ya planificadas conservan los mensajes que fijaron; el cambio se aplica a la siguiente ejecución.</translation>
    </message>
    <message>
        <source>campaign edit ID [campaign create&apos;s options: only those given change] [--json]</source>
        <translation>campaign edit ID [opciones de campaign create: solo cambian las indicadas] [--json]</translation>
    </message>
    <message>
        <source>Changes the options given of a campaign, keeps the rest.</source>
        <translation>Cambia las opciones indicadas de una campaña y conserva el resto.</translation>
    </message>
    <message>
        <source>campaign list [--json] | campaign show ID [--json]</source>
        <translation>campaign list [--json] | campaign show ID [--json]</translation>
    </message>
    <message>
        <source>Lists the campaigns.</source>
        <translation>Muestra las campañas.</translation>
    </message>
    <message>
        <source>campaign preflight ID [--samples N] [--json]</source>
        <translation>campaign preflight ID [--samples N] [--json]</translation>
    </message>
    <message>
        <source>Checks a campaign before it starts: audience, template, headroom, cost.</source>
        <translation>Verifica una campaña antes de iniciarla: audiencia, plantilla, margen, costo.</translation>
    </message>
    <message>
        <source>Lists the recipients behind one statistic of a run.</source>
        <translation>Muestra los destinatarios detrás de una estadística de una ejecución.</translation>
    </message>
    <message>
        <source>Put them back to be sent by the next `campaign run` (or the agent/app).</source>
        <translation>Volver a ponerlos para que los envíe el próximo `campaign run` (o el agente o la aplicación).</translation>
    </message>
    <message>
        <source>Give up on them: they count as failed.</source>
        <translation>Darlos por perdidos: cuentan como fallidos.</translation>
    </message>
    <message>
        <source>Only recipients without a status report for at least N minutes since their send attempt (default 30; 0 = all now).</source>
        <translation>Solo los destinatarios sin reporte de estado durante al menos N minutos desde su intento de envío (predeterminado: 30; 0 = todos ahora).</translation>
    </message>
    <message>
        <source>campaign resolve needs exactly one of --resend or --mark-failed.</source>
        <translation>campaign resolve necesita exactamente una de --resend o --mark-failed.</translation>
    </message>
    <message>
        <source>--quiet-minutes must be a whole number of minutes, 0 or more, not “%1”.</source>
        <translation>--quiet-minutes debe ser un número entero de minutos, 0 o más, no “%1”.</translation>
    </message>
    <message>
        <source>The uncertain recipients of run %1 were not changed: %2</source>
        <translation>Los destinatarios inciertos de la ejecución %1 no se modificaron: %2</translation>
    </message>
    <message>
        <source>%1 uncertain recipients of run %2 will be sent again by the next `campaign run %3` (or the agent/app).</source>
        <translation>%1 destinatarios inciertos de la ejecución %2 se enviarán de nuevo con el próximo `campaign run %3` (o el agente o la aplicación).</translation>
    </message>
    <message>
        <source>%1 uncertain recipients of run %2 marked failed.</source>
        <translation>%1 destinatarios inciertos de la ejecución %2 marcados como fallidos.</translation>
    </message>
    <message>
        <source>Run %1 has no uncertain recipient quiet for %2 minutes.</source>
        <translation>La ejecución %1 no tiene ningún destinatario incierto sin actividad durante %2 minutos.</translation>
    </message>
    <message>
        <source>%1 still uncertain: sent less than %2 minutes ago; their delivery reports may still come.</source>
        <translation>%1 siguen inciertos: se enviaron hace menos de %2 minutos; sus reportes de entrega todavía pueden llegar.</translation>
    </message>
    <message>
        <source>campaign resolve ID (--resend | --mark-failed) [--run R] [--quiet-minutes N] [--json]</source>
        <translation>campaign resolve ID (--resend | --mark-failed) [--run R] [--quiet-minutes N] [--json]</translation>
    </message>
    <message>
        <source>Decides a run&apos;s uncertain recipients: send again or mark failed.</source>
        <translation>Decide sobre los destinatarios inciertos de una ejecución: enviar de nuevo o marcar como fallidos.</translation>
    </message>
    <message>
        <source>The run whose failures to retry (default: the latest run).</source>
        <translation>La ejecución cuyas fallas se reintentan (predeterminado: la última ejecución).</translation>
    </message>
    <message>
        <source>campaign retry needs one campaign ID.</source>
        <translation>campaign retry necesita un ID de campaña.</translation>
    </message>
    <message>
        <source>--run needs a run id, e.g. --run 3.</source>
        <translation>--run necesita un id de ejecución, p. ej. --run 3.</translation>
    </message>
    <message>
        <source>Campaign %1 has not run yet: nothing to retry.</source>
        <translation>La campaña %1 todavía no se ha ejecutado: no hay nada que reintentar.</translation>
    </message>
    <message>
        <source>Campaign %1 has no run %2.</source>
        <translation>La campaña %1 no tiene ninguna ejecución %2.</translation>
    </message>
    <message numerus="yes">
        <source>Planned retry run %1 of run %2: %n recipient(s).</source>
        <translation>
            <numerusform>Ejecución de reintento %1 de la ejecución %2 planificada: %n destinatario.</numerusform>
            <numerusform>Ejecución de reintento %1 de la ejecución %2 planificada: %n destinatarios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more must wait until %1 (UTC); retry again then.</source>
        <translation>
            <numerusform>%n más debe esperar hasta %1 (UTC); reintente entonces.</numerusform>
            <numerusform>%n más deben esperar hasta %1 (UTC); reintente entonces.</numerusform>
        </translation>
    </message>
    <message>
        <source>campaign retry ID [--run R] [--json]</source>
        <translation>campaign retry ID [--run R] [--json]</translation>
    </message>
    <message>
        <source>Sends again to the failures a retry can help.</source>
        <translation>Vuelve a enviar a las fallas en las que un reintento puede ayudar.</translation>
    </message>
    <message>
        <source>run %1: %2/%3 done · accepted %4 · failed %5 · skipped %6 · uncertain %7 · %8 msg/s</source>
        <translation>ejecución %1: %2/%3 hechos · aceptados %4 · fallidos %5 · omitidos %6 · inciertos %7 · %8 msj/s</translation>
    </message>
    <message>
        <source>Messages per second (1–1000; default: the account&apos;s rate, 80 unless Meta raised it).</source>
        <translation>Mensajes por segundo (1–1000; predeterminado: la velocidad de la cuenta, 80 salvo que Meta la haya aumentado).</translation>
    </message>
    <message>
        <source>After a stop: send a new run to the recipients the stopped run did not reach.</source>
        <translation>Después de detener: enviar una nueva ejecución a los destinatarios a los que no llegó la ejecución detenida.</translation>
    </message>
    <message>
        <source>campaign run needs one campaign ID.</source>
        <translation>campaign run necesita un ID de campaña.</translation>
    </message>
    <message>
        <source>--rate must be a whole number of messages per second from 1 to %1.</source>
        <translation>--rate debe ser un número entero de mensajes por segundo entre 1 y %1.</translation>
    </message>
    <message>
        <source>To send to them: herald-cli campaign run %1 --new-run (or Start in the desktop app).</source>
        <translation>Para enviarles: herald-cli campaign run %1 --new-run (o Iniciar en la aplicación de escritorio).</translation>
    </message>
    <message>
        <source>Nobody is left to send to; create a new campaign to message these contacts again.</source>
        <translation>No queda nadie a quien enviar; cree una campaña nueva para volver a escribir a estos contactos.</translation>
    </message>
    <message>
        <source>Planned run %1: %2 recipients, %3 skipped.</source>
        <translation>Ejecución %1 planificada: %2 destinatarios, %3 omitidos.</translation>
    </message>
    <message>
        <source>Run %1 of campaign %2: %3.</source>
        <translation>Ejecución %1 de la campaña %2: %3.</translation>
    </message>
    <message>
        <source>%1 recipients: %2 accepted by WhatsApp, %3 failed, %4 skipped, %5 uncertain, %6 still planned.</source>
        <translation>%1 destinatarios: %2 aceptados por WhatsApp, %3 fallidos, %4 omitidos, %5 inciertos, %6 todavía planificados.</translation>
    </message>
    <message>
        <source>Uncertain recipients may or may not have received the message; their delivery reports will settle them, or resolve them in the campaign&apos;s dashboard.</source>
        <translation>Los destinatarios inciertos pueden haber recibido el mensaje o no; sus reportes de entrega lo aclararán, o resuélvalos en el panel de la campaña.</translation>
    </message>
    <message>
        <source>herald-cli agent or the open app continues it then; or run `campaign run %1` again.</source>
        <translation>Entonces la continúa herald-cli agent o la aplicación abierta; o vuelva a ejecutar `campaign run %1`.</translation>
    </message>
    <message>
        <source>The run ended as %1.</source>
        <translation>La ejecución terminó como %1.</translation>
    </message>
    <message>
        <source>campaign run ID [--rate MPS] [--new-run] [--json]</source>
        <translation>campaign run ID [--rate MPS] [--new-run] [--json]</translation>
    </message>
    <message>
        <source>Sends the campaign&apos;s run until every recipient is resolved.</source>
        <translation>Envía la ejecución de la campaña hasta resolver a todos los destinatarios.</translation>
    </message>
    <message>
        <source>Shows one campaign and its runs.</source>
        <translation>Muestra una campaña y sus ejecuciones.</translation>
    </message>
    <message>
        <source>campaign start needs one campaign ID.</source>
        <translation>campaign start necesita un ID de campaña.</translation>
    </message>
    <message>
        <source>Next: %1 (UTC).</source>
        <translation>Siguiente: %1 (UTC).</translation>
    </message>
    <message>
        <source>Campaign %1 “%2” is active. %3</source>
        <translation>La campaña %1 “%2” está activa. %3</translation>
    </message>
    <message>
        <source>It is sent by a running Herald: the desktop app while it is open, or `herald-cli agent` on a machine left on.</source>
        <translation>La envía un Herald en ejecución: la aplicación de escritorio mientras está abierta, o `herald-cli agent` en una máquina que se deja encendida.</translation>
    </message>
    <message>
        <source>campaign start ID [--json]</source>
        <translation>campaign start ID [--json]</translation>
    </message>
    <message>
        <source>Sends a one-time campaign now, or activates a scheduled one.</source>
        <translation>Envía ahora una campaña única, o activa una programada.</translation>
    </message>
    <message>
        <source>Prints the seven statistics of a run.</source>
        <translation>Muestra las siete estadísticas de una ejecución.</translation>
    </message>
    <message>
        <source>campaign test-send ID --phone P [--json]</source>
        <translation>campaign test-send ID --phone P [--json]</translation>
    </message>
    <message>
        <source>Sends the campaign&apos;s message to one number as a test.</source>
        <translation>Envía el mensaje de la campaña a un número como prueba.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Comando desconocido “%1”.</translation>
    </message>
    <message>
        <source>--workspace needs a path.</source>
        <translation>--workspace necesita una ruta.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opción desconocida %1.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No se indicó ningún comando.</translation>
    </message>
    <message>
        <source>“%1” needs a sub-command.</source>
        <translation>“%1” necesita un subcomando.</translation>
    </message>
    <message>
        <source>Unknown command “%1 %2”.</source>
        <translation>Comando desconocido “%1 %2”.</translation>
    </message>
    <message>
        <source>Country for numbers written without a country code (ISO code, e.g. IN).</source>
        <translation>País para los números escritos sin código de país (código ISO, p. ej. IN).</translation>
    </message>
    <message>
        <source>Tag every imported contact (repeatable).</source>
        <translation>Etiquetar cada contacto importado (se puede repetir).</translation>
    </message>
    <message>
        <source>Record every imported contact as opted in.</source>
        <translation>Registrar cada contacto importado como con consentimiento.</translation>
    </message>
    <message>
        <source>Where the opt-in was collected.</source>
        <translation>Dónde se obtuvo el consentimiento.</translation>
    </message>
    <message>
        <source>Write rejected rows, with a reason column, to this CSV.</source>
        <translation>Escribir las filas rechazadas, con una columna de motivo, en este CSV.</translation>
    </message>
    <message>
        <source>contacts import needs exactly one FILE.</source>
        <translation>contacts import necesita exactamente un FILE.</translation>
    </message>
    <message>
        <source>--opt-in-source only makes sense with --opted-in.</source>
        <translation>--opt-in-source solo tiene sentido con --opted-in.</translation>
    </message>
    <message>
        <source>herald-cli import</source>
        <translation>herald-cli import</translation>
    </message>
    <message>
        <source>%1 rows read: %2 new contacts, %3 updated, %4 duplicates merged, %5 rejected.</source>
        <translation>%1 filas leídas: %2 contactos nuevos, %3 actualizados, %4 duplicados combinados, %5 rechazados.</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  línea %1: %2</translation>
    </message>
    <message>
        <source>  … and %1 more.</source>
        <translation>  … y %1 más.</translation>
    </message>
    <message>
        <source>Pass --errors FILE.csv to save the rejected rows with their reasons.</source>
        <translation>Use --errors FILE.csv para guardar las filas rechazadas con sus motivos.</translation>
    </message>
    <message>
        <source>The first %1 rows were imported and kept.</source>
        <translation>Las primeras %1 filas se importaron y se conservaron.</translation>
    </message>
    <message>
        <source>contacts count takes no arguments.</source>
        <translation>contacts count no acepta argumentos.</translation>
    </message>
    <message>
        <source>Cannot count the contacts: %1</source>
        <translation>No se pueden contar los contactos: %1</translation>
    </message>
    <message>
        <source>%1 contacts: %2 opted in, %3 opted out.</source>
        <translation>%1 contactos: %2 con consentimiento, %3 dados de baja.</translation>
    </message>
    <message>
        <source>CSV file to write.</source>
        <translation>Archivo CSV que se va a escribir.</translation>
    </message>
    <message>
        <source>contacts export needs exactly one FILE.</source>
        <translation>contacts export necesita exactamente un FILE.</translation>
    </message>
    <message>
        <source>%1 contacts written to %2.</source>
        <translation>Se escribieron %1 contactos en %2.</translation>
    </message>
    <message>
        <source>There is no account named “%1”. Create it with: herald-cli account set --name %1 --kind …</source>
        <translation>No hay ninguna cuenta llamada “%1”. Créela con: herald-cli account set --name %1 --kind …</translation>
    </message>
    <message>
        <source>The workspace has no account. Create one with: herald-cli account set --kind …</source>
        <translation>El espacio de trabajo no tiene ninguna cuenta. Cree una con: herald-cli account set --kind …</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contactos:</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Cuentas:</translation>
    </message>
    <message>
        <source>Templates:</source>
        <translation>Plantillas:</translation>
    </message>
    <message>
        <source>Campaigns and delivery reports:</source>
        <translation>Campañas y reportes de entrega:</translation>
    </message>
    <message>
        <source>Business events and investigation:</source>
        <translation>Eventos del negocio e investigación:</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Espacio de trabajo:</translation>
    </message>
    <message>
        <source>Usage: herald-cli [--workspace PATH] &lt;command&gt; [options]</source>
        <translation>Uso: herald-cli [--workspace PATH] &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Run &apos;herald-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Ejecute &apos;herald-cli &lt;command&gt; --help&apos; para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run &apos;herald-cli help &lt;command&gt;&apos; for a command&apos;s options.</source>
        <translation>Ejecute &apos;herald-cli help &lt;command&gt;&apos; para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>PHONE “%1”: %2</source>
        <translation>PHONE “%1”: %2</translation>
    </message>
    <message>
        <source>No contact has the number %1. Add it with: herald-cli contacts add %1</source>
        <translation>Ningún contacto tiene el número %1. Agréguelo con: herald-cli contacts add %1</translation>
    </message>
    <message>
        <source>--attr “%1” should look like city=Pune (KEY=VALUE).</source>
        <translation>--attr “%1” debe tener la forma city=Pune (KEY=VALUE).</translation>
    </message>
    <message>
        <source>The new contact&apos;s number.</source>
        <translation>El número del contacto nuevo.</translation>
    </message>
    <message>
        <source>The contact&apos;s name.</source>
        <translation>El nombre del contacto.</translation>
    </message>
    <message>
        <source>Tag the contact (repeatable).</source>
        <translation>Etiquetar el contacto (se puede repetir).</translation>
    </message>
    <message>
        <source>Record the contact as opted in.</source>
        <translation>Registrar el contacto como con consentimiento.</translation>
    </message>
    <message>
        <source>contacts add needs exactly one PHONE number.</source>
        <translation>contacts add necesita exactamente un número PHONE.</translation>
    </message>
    <message>
        <source>--opted-in and --opt-in-source go together: say where the consent was collected.</source>
        <translation>--opted-in y --opt-in-source van juntos: indique dónde se obtuvo el consentimiento.</translation>
    </message>
    <message>
        <source>A contact with the number %1 exists already%2. Change it with: herald-cli contacts edit %1</source>
        <translation>Ya existe un contacto con el número %1%2. Modifíquelo con: herald-cli contacts edit %1</translation>
    </message>
    <message>
        <source>Cannot add the contact: %1</source>
        <translation>No se puede agregar el contacto: %1</translation>
    </message>
    <message>
        <source>Added contact %1.</source>
        <translation>Contacto %1 agregado.</translation>
    </message>
    <message>
        <source>Not opted in: campaigns will not send to it until it opts in (contacts opt-in %1 --source S).</source>
        <translation>Sin consentimiento: las campañas no le enviarán nada hasta que dé su consentimiento (contacts opt-in %1 --source S).</translation>
    </message>
    <message>
        <source>The contact&apos;s number.</source>
        <translation>El número del contacto.</translation>
    </message>
    <message>
        <source>The contact&apos;s new name.</source>
        <translation>El nombre nuevo del contacto.</translation>
    </message>
    <message>
        <source>Remove an attribute (repeatable).</source>
        <translation>Quitar un atributo (se puede repetir).</translation>
    </message>
    <message>
        <source>contacts edit needs exactly one PHONE number.</source>
        <translation>contacts edit necesita exactamente un número PHONE.</translation>
    </message>
    <message>
        <source>contacts edit needs --name, --attr or --unset-attr: nothing to change.</source>
        <translation>contacts edit necesita --name, --attr o --unset-attr: no hay nada que cambiar.</translation>
    </message>
    <message>
        <source>--name cannot be empty.</source>
        <translation>--name no puede estar vacío.</translation>
    </message>
    <message>
        <source>--attr and --unset-attr both name “%1”.</source>
        <translation>--attr y --unset-attr mencionan ambos “%1”.</translation>
    </message>
    <message>
        <source>Cannot change the contact: %1</source>
        <translation>No se puede modificar el contacto: %1</translation>
    </message>
    <message>
        <source>Changed contact %1.</source>
        <translation>Contacto %1 modificado.</translation>
    </message>
    <message>
        <source>Contact numbers (one or more).</source>
        <translation>Números de los contactos (uno o más).</translation>
    </message>
    <message>
        <source>The tag.</source>
        <translation>La etiqueta.</translation>
    </message>
    <message>
        <source>Where the opt-in was collected (required).</source>
        <translation>Dónde se obtuvo el consentimiento (obligatorio).</translation>
    </message>
    <message>
        <source>Why the contact opted out (kept with it).</source>
        <translation>Por qué el contacto se dio de baja (se guarda con él).</translation>
    </message>
    <message>
        <source>%1 needs at least one PHONE number.</source>
        <translation>%1 necesita al menos un número PHONE.</translation>
    </message>
    <message>
        <source>%1 needs --tag T.</source>
        <translation>%1 necesita --tag T.</translation>
    </message>
    <message>
        <source>contacts opt-in needs --source S: where the contact gave consent (an explicit opt-in is the only way to undo an opt-out).</source>
        <translation>contacts opt-in necesita --source S: dónde dio su consentimiento el contacto (un consentimiento explícito es la única forma de deshacer una baja).</translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n contact(s) with “%1”.</source>
        <translation>
            <numerusform>Se etiquetó %n contacto con “%1”.</numerusform>
            <numerusform>Se etiquetaron %n contactos con “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed “%1” from %n contact(s).</source>
        <translation>
            <numerusform>Se quitó “%1” de %n contacto.</numerusform>
            <numerusform>Se quitó “%1” de %n contactos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opted in %n contact(s).</source>
        <translation>
            <numerusform>Se registró el consentimiento de %n contacto.</numerusform>
            <numerusform>Se registró el consentimiento de %n contactos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opted out with herald-cli</source>
        <translation>Dado de baja con herald-cli</translation>
    </message>
    <message numerus="yes">
        <source>Opted out %n contact(s).</source>
        <translation>
            <numerusform>Se dio de baja a %n contacto.</numerusform>
            <numerusform>Se dio de baja a %n contactos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete the contacts: %1</source>
        <translation>No se pueden eliminar los contactos: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s) and their consent records.</source>
        <translation>
            <numerusform>Se eliminó %n contacto y sus registros de consentimiento.</numerusform>
            <numerusform>Se eliminaron %n contactos y sus registros de consentimiento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot change the contacts: %1</source>
        <translation>No se pueden modificar los contactos: %1</translation>
    </message>
    <message>
        <source>Text in the name, phone, a tag or an attribute value.</source>
        <translation>Texto en el nombre, el teléfono, una etiqueta o el valor de un atributo.</translation>
    </message>
    <message>
        <source>At most this many contacts (default 100).</source>
        <translation>Como máximo esta cantidad de contactos (predeterminado: 100).</translation>
    </message>
    <message>
        <source>contacts search needs one TEXT to look for.</source>
        <translation>contacts search necesita un TEXT que buscar.</translation>
    </message>
    <message>
        <source>--limit must be a whole number, 1 or more.</source>
        <translation>--limit debe ser un número entero, 1 o más.</translation>
    </message>
    <message>
        <source>%1 of %2 matches shown; pass --limit N for more.</source>
        <translation>Se muestran %1 de %2 coincidencias; use --limit N para ver más.</translation>
    </message>
    <message>
        <source>contacts add PHONE [--name N] [--default-region CC] [--tag T]... [--attr KEY=VALUE]...
                     [--opted-in --opt-in-source S] [--json]</source>
        <translation>contacts add PHONE [--name N] [--default-region CC] [--tag T]... [--attr KEY=VALUE]...
                     [--opted-in --opt-in-source S] [--json]</translation>
    </message>
    <message>
        <source>Adds one contact, or updates the one with that number.</source>
        <translation>Agrega un contacto, o actualiza el que tiene ese número.</translation>
    </message>
    <message>
        <source>contacts tag|untag PHONE... --tag T [--json]</source>
        <translation>contacts tag|untag PHONE... --tag T [--json]</translation>
    </message>
    <message>
        <source>Tags contacts.</source>
        <translation>Etiqueta contactos.</translation>
    </message>
    <message>
        <source>Removes a tag from contacts.</source>
        <translation>Quita una etiqueta de los contactos.</translation>
    </message>
    <message>
        <source>contacts opt-in PHONE... --source S [--json] | contacts opt-out PHONE... [--reason R] [--json]</source>
        <translation>contacts opt-in PHONE... --source S [--json] | contacts opt-out PHONE... [--reason R] [--json]</translation>
    </message>
    <message>
        <source>Records contacts as opted in.</source>
        <translation>Registra el consentimiento de los contactos.</translation>
    </message>
    <message>
        <source>Records contacts as opted out.</source>
        <translation>Registra la baja de los contactos.</translation>
    </message>
    <message>
        <source>contacts delete PHONE... [--json]</source>
        <translation>contacts delete PHONE... [--json]</translation>
    </message>
    <message>
        <source>Deletes contacts.</source>
        <translation>Elimina contactos.</translation>
    </message>
    <message>
        <source>contacts count [--json]</source>
        <translation>contacts count [--json]</translation>
    </message>
    <message>
        <source>Counts the contacts: all, opted in, opted out.</source>
        <translation>Cuenta los contactos: todos, con consentimiento, dados de baja.</translation>
    </message>
    <message>
        <source>contacts edit PHONE [--name N] [--attr KEY=VALUE]... [--unset-attr KEY]... [--json]</source>
        <translation>contacts edit PHONE [--name N] [--attr KEY=VALUE]... [--unset-attr KEY]... [--json]</translation>
    </message>
    <message>
        <source>Changes a contact&apos;s name and attributes.</source>
        <translation>Cambia el nombre y los atributos de un contacto.</translation>
    </message>
    <message>
        <source>Writes every contact to a CSV file.</source>
        <translation>Escribe todos los contactos en un archivo CSV.</translation>
    </message>
    <message>
        <source>contacts history PHONE [--default-region CC] [--json]</source>
        <translation>contacts history PHONE [--default-region CC] [--json]</translation>
    </message>
    <message>
        <source>Prints everything Herald knows happened with one number.</source>
        <translation>Muestra todo lo que Herald sabe que pasó con un número.</translation>
    </message>
    <message>
        <source>contacts import FILE [--default-region CC] [--tag T]... [--opted-in --opt-in-source S]
                       [--errors OUT.csv] [--json]</source>
        <translation>contacts import FILE [--default-region CC] [--tag T]... [--opted-in --opt-in-source S]
                       [--errors OUT.csv] [--json]</translation>
    </message>
    <message>
        <source>Imports contacts from a CSV file.</source>
        <translation>Importa contactos desde un archivo CSV.</translation>
    </message>
    <message>
        <source>contacts search TEXT [--limit N] [--json]</source>
        <translation>contacts search TEXT [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Finds contacts by number, name, tag or attribute.</source>
        <translation>Busca contactos por número, nombre, etiqueta o atributo.</translation>
    </message>
    <message>
        <source>tapped “%1”</source>
        <translation>tocó “%1”</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>se dio de baja</translation>
    </message>
    <message>
        <source>from WhatsApp id %1</source>
        <translation>del id de WhatsApp %1</translation>
    </message>
    <message>
        <source>The phone number to investigate.</source>
        <translation>El número de teléfono que se va a investigar.</translation>
    </message>
    <message>
        <source>Country for a number written without its country code (ISO code, e.g. IN).</source>
        <translation>País para un número escrito sin su código de país (código ISO, p. ej. IN).</translation>
    </message>
    <message>
        <source>contacts history needs exactly one PHONE number.</source>
        <translation>contacts history necesita exactamente un número PHONE.</translation>
    </message>
    <message>
        <source>PHONE: %1</source>
        <translation>PHONE: %1</translation>
    </message>
    <message>
        <source>Cannot read the history of %1: %2</source>
        <translation>No se puede leer el historial de %1: %2</translation>
    </message>
    <message>
        <source>Herald knows nothing about %1: no contact, message, reply or event has this number.</source>
        <translation>Herald no sabe nada de %1: ningún contacto, mensaje, respuesta ni evento tiene este número.</translation>
    </message>
    <message>
        <source>WhatsApp names this number %1.</source>
        <translation>WhatsApp llama a este número %1.</translation>
    </message>
    <message>
        <source>No contact has this number.</source>
        <translation>Ningún contacto tiene este número.</translation>
    </message>
    <message>
        <source>Opted out on %1 (%2).</source>
        <translation>Se dio de baja el %1 (%2).</translation>
    </message>
    <message>
        <source>%1 (campaign %2, run %3): %4</source>
        <translation>%1 (campaña %2, ejecución %3): %4</translation>
    </message>
    <message>
        <source>error %1 %2</source>
        <translation>error %1 %2</translation>
    </message>
    <message>
        <source>reply: %1</source>
        <translation>respuesta: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>omitido: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>Test send of %1 (%2) at %3: %4</source>
        <translation>Envío de prueba de %1 (%2) a las %3: %4</translation>
    </message>
    <message>
        <source>From the customer, answering no message above:</source>
        <translation>Del cliente, sin responder a ningún mensaje anterior:</translation>
    </message>
    <message>
        <source>message: %1</source>
        <translation>mensaje: %1</translation>
    </message>
    <message>
        <source>Event %1 at %2</source>
        <translation>Evento %1 a las %2</translation>
    </message>
    <message>
        <source>%1 messages, %2 test sends, %3 from the customer, %4 business events. --json adds the raw webhook payloads.</source>
        <translation>%1 mensajes, %2 envíos de prueba, %3 del cliente, %4 eventos del negocio. --json agrega los datos sin procesar de los webhooks.</translation>
    </message>
    <message>
        <source>The event&apos;s name, e.g. order_placed.</source>
        <translation>El nombre del evento, p. ej. order_placed.</translation>
    </message>
    <message>
        <source>The customer&apos;s phone number with its country code.</source>
        <translation>El número de teléfono del cliente con su código de país.</translation>
    </message>
    <message>
        <source>Details of the event as a JSON object.</source>
        <translation>Detalles del evento como un objeto JSON.</translation>
    </message>
    <message>
        <source>When it happened: ISO 8601 (e.g. 2026-11-25T10:00:00Z; default: now).</source>
        <translation>Cuándo ocurrió: ISO 8601 (p. ej. 2026-11-25T10:00:00Z; predeterminado: ahora).</translation>
    </message>
    <message>
        <source>Account name (default: the workspace&apos;s default account).</source>
        <translation>Nombre de la cuenta (predeterminado: la cuenta predeterminada del espacio de trabajo).</translation>
    </message>
    <message>
        <source>events push needs exactly one event NAME, e.g. herald-cli events push order_placed --phone +14155550123</source>
        <translation>events push necesita exactamente un NAME de evento, p. ej. herald-cli events push order_placed --phone +14155550123</translation>
    </message>
    <message>
        <source>events push needs --phone with the customer&apos;s number.</source>
        <translation>events push necesita --phone con el número del cliente.</translation>
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
        <translation>--data no es un JSON válido: %1 (en el carácter %2).</translation>
    </message>
    <message>
        <source>--data must be a JSON object, e.g. &apos;{&quot;order_id&quot;: &quot;A-17&quot;}&apos;.</source>
        <translation>--data debe ser un objeto JSON, p. ej. &apos;{&quot;order_id&quot;: &quot;A-17&quot;}&apos;.</translation>
    </message>
    <message>
        <source>--occurred-at must be an ISO 8601 time such as 2026-11-25T10:00:00Z, not %1.</source>
        <translation>--occurred-at debe ser una hora ISO 8601 como 2026-11-25T10:00:00Z, no %1.</translation>
    </message>
    <message>
        <source>No relay ingest token is stored for the account “%1”. Store it with: herald-cli account set-secret relay-ingest-token --name %1 &lt; token.txt</source>
        <translation>No hay ningún token de ingesta del relay guardado para la cuenta “%1”. Guárdelo con: herald-cli account set-secret relay-ingest-token --name %1 &lt; token.txt</translation>
    </message>
    <message>
        <source>Event “%1” for %2 stored on the relay (cursor %3).</source>
        <translation>Evento “%1” para %2 guardado en el relay (cursor %3).</translation>
    </message>
    <message>
        <source>Event “%1” for %2 recorded in the workspace (event %3).</source>
        <translation>Evento “%1” para %2 registrado en el espacio de trabajo (evento %3).</translation>
    </message>
    <message>
        <source>events push NAME --phone P [--data JSON] [--occurred-at ISO] [--account A] [--json]</source>
        <translation>events push NAME --phone P [--data JSON] [--occurred-at ISO] [--account A] [--json]</translation>
    </message>
    <message>
        <source>Records a business event for triggered campaigns.</source>
        <translation>Registra un evento del negocio para las campañas por evento.</translation>
    </message>
    <message>
        <source>Give one campaign ID.</source>
        <translation>Indique un ID de campaña.</translation>
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
        <translation>Audiencia: se decide en cada evento (campaña por evento)</translation>
    </message>
    <message>
        <source>Audience: %1 contact(s)</source>
        <translation>Audiencia: %1 contacto(s)</translation>
    </message>
    <message>
        <source>Excluded: %1 opted out, %2 never opted in</source>
        <translation>Excluidos: %1 dados de baja, %2 nunca dieron su consentimiento</translation>
    </message>
    <message>
        <source>Missing parameters: %1</source>
        <translation>Parámetros faltantes: %1</translation>
    </message>
    <message>
        <source>Template: %1, quality %2, category %3</source>
        <translation>Plantilla: %1, calidad %2, categoría %3</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrada</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Sample for %1:</source>
        <translation>Muestra para %1:</translation>
    </message>
    <message>
        <source>Headroom: no limit known (%1)</source>
        <translation>Margen: no se conoce ningún límite (%1)</translation>
    </message>
    <message>
        <source>tier not known</source>
        <translation>nivel desconocido</translation>
    </message>
    <message>
        <source>Headroom: %1 of %2 left today (%3, %4 used)</source>
        <translation>Margen: quedan %1 de %2 hoy (%3, %4 usados)</translation>
    </message>
    <message>
        <source>Duration: about %1 at %2 msg/s</source>
        <translation>Duración: aproximadamente %1 a %2 msj/s</translation>
    </message>
    <message>
        <source>Cost: no estimate (the rate card is empty)</source>
        <translation>Costo: sin estimación (el tarifario está vacío)</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Ready to start.</source>
        <translation>Listo para iniciar.</translation>
    </message>
    <message>
        <source>Cannot start until the problems are fixed.</source>
        <translation>No se puede iniciar hasta que se corrijan los problemas.</translation>
    </message>
    <message>
        <source>Rendered messages to show (default 3).</source>
        <translation>Mensajes generados que se van a mostrar (predeterminado: 3).</translation>
    </message>
    <message>
        <source>The number to send the test to (with country code).</source>
        <translation>El número al que se envía la prueba (con código de país).</translation>
    </message>
    <message>
        <source>campaign test-send needs --phone.</source>
        <translation>campaign test-send necesita --phone.</translation>
    </message>
    <message>
        <source>ISO country code (default: any country).</source>
        <translation>Código de país ISO (predeterminado: cualquier país).</translation>
    </message>
    <message>
        <source>Currency (default USD).</source>
        <translation>Moneda (predeterminada: USD).</translation>
    </message>
    <message>
        <source>MARKETING, UTILITY, AUTHENTICATION or SERVICE.</source>
        <translation>MARKETING, UTILITY, AUTHENTICATION o SERVICE.</translation>
    </message>
    <message>
        <source>Price of one message.</source>
        <translation>Precio de un mensaje.</translation>
    </message>
    <message>
        <source>The rate&apos;s category.</source>
        <translation>La categoría de la tarifa.</translation>
    </message>
    <message>
        <source>“%1” is not a price; write it like 0.0107.</source>
        <translation>“%1” no es un precio; escríbalo así: 0.0107.</translation>
    </message>
    <message>
        <source>The rate card is empty: pre-flight checks give no cost estimate.</source>
        <translation>El tarifario está vacío: las verificaciones previas no dan estimación de costo.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Rate saved.</source>
        <translation>Tarifa guardada.</translation>
    </message>
    <message>
        <source>Rate removed.</source>
        <translation>Tarifa eliminada.</translation>
    </message>
    <message>
        <source>Sets the price of one message category.</source>
        <translation>Establece el precio de una categoría de mensajes.</translation>
    </message>
    <message>
        <source>Lists the rate card.</source>
        <translation>Muestra el tarifario.</translation>
    </message>
    <message>
        <source>Removes a price from the rate card.</source>
        <translation>Quita un precio del tarifario.</translation>
    </message>
    <message>
        <source>Run id (default: the latest run).</source>
        <translation>Id de la ejecución (predeterminado: la última ejecución).</translation>
    </message>
    <message>
        <source>Write a CSV file instead.</source>
        <translation>Escribir un archivo CSV en su lugar.</translation>
    </message>
    <message>
        <source>Campaign %1 has not run yet.</source>
        <translation>La campaña %1 todavía no se ha ejecutado.</translation>
    </message>
    <message>
        <source>Campaign %1 has no run “%2”.</source>
        <translation>La campaña %1 no tiene ninguna ejecución “%2”.</translation>
    </message>
    <message>
        <source>Choose either --json or --csv.</source>
        <translation>Elija --json o --csv, no ambos.</translation>
    </message>
    <message>
        <source>Campaign %1, run %2</source>
        <translation>Campaña %1, ejecución %2</translation>
    </message>
    <message>
        <source>Which statistic: %1; or skipped (never attempted, with the reason).</source>
        <translation>Qué estadística: %1; o skipped (nunca intentados, con el motivo).</translation>
    </message>
    <message>
        <source>Only failures with this error code.</source>
        <translation>Solo las fallas con este código de error.</translation>
    </message>
    <message>
        <source>--stat must be one of: %1, skipped.</source>
        <translation>--stat debe ser uno de: %1, skipped.</translation>
    </message>
    <message>
        <source>--reason only goes with --stat failed: skipped rows have a reason text, not a code.</source>
        <translation>--reason solo va con --stat failed: las filas omitidas tienen un texto de motivo, no un código.</translation>
    </message>
    <message>
        <source>--reason needs a numeric error code.</source>
        <translation>--reason necesita un código de error numérico.</translation>
    </message>
    <message>
        <source>Keep polling until the feed has had no new events for SECONDS (default: one pass until the relay has nothing more).</source>
        <translation>Seguir consultando hasta que el feed no tenga eventos nuevos durante SECONDS (predeterminado: una pasada hasta que el relay no tenga nada más).</translation>
    </message>
    <message>
        <source>sync takes no positional arguments.</source>
        <translation>sync no acepta argumentos posicionales.</translation>
    </message>
    <message>
        <source>--until-idle needs a whole number of seconds, at least 1.</source>
        <translation>--until-idle necesita un número entero de segundos, al menos 1.</translation>
    </message>
    <message>
        <source>The account “%1” has no relay. Set one with: herald-cli account set --name %1 --relay-url URL</source>
        <translation>La cuenta “%1” no tiene relay. Configure uno con: herald-cli account set --name %1 --relay-url URL</translation>
    </message>
    <message>
        <source>No relay feed token is stored for the account “%1”. Store it with: herald-cli account set-secret relay-feed-token --name %1 &lt; token.txt</source>
        <translation>No hay ningún token de feed del relay guardado para la cuenta “%1”. Guárdelo con: herald-cli account set-secret relay-feed-token --name %1 &lt; token.txt</translation>
    </message>
    <message>
        <source>The sync stopped.</source>
        <translation>La sincronización se detuvo.</translation>
    </message>
    <message>
        <source>%1 events from the relay: %2 statuses applied (%3 duplicates), %4 replies attributed, %5 opt-outs, %6 opt-ins, %7 unmatched. Cursor %8.</source>
        <translation>%1 eventos del relay: %2 estados aplicados (%3 duplicados), %4 respuestas atribuidas, %5 bajas, %6 consentimientos, %7 sin coincidencia. Cursor %8.</translation>
    </message>
    <message>
        <source>%1 business events stored, %2 not usable (kept as raw payloads).</source>
        <translation>%1 eventos del negocio guardados, %2 no utilizables (guardados como datos sin procesar).</translation>
    </message>
    <message>
        <source>sync [--name N] [--until-idle SECONDS] [--json]</source>
        <translation>sync [--name N] [--until-idle SECONDS] [--json]</translation>
    </message>
    <message>
        <source>Fetches statuses, replies and opt-outs from the account&apos;s relay.</source>
        <translation>Obtiene estados, respuestas y bajas del relay de la cuenta.</translation>
    </message>
    <message>
        <source>Seconds to wait for each page (default 30).</source>
        <translation>Segundos de espera para cada página (predeterminado: 30).</translation>
    </message>
    <message>
        <source>%1 templates: %2 added, %3 updated, %4 removed upstream.</source>
        <translation>%1 plantillas: %2 agregadas, %3 actualizadas, %4 eliminadas en Meta.</translation>
    </message>
    <message>
        <source>DELETED upstream</source>
        <translation>DELETED en Meta</translation>
    </message>
    <message>
        <source>A template in the Graph API&apos;s JSON shape.</source>
        <translation>Una plantilla con la estructura JSON de Graph API.</translation>
    </message>
    <message>
        <source>templates validate needs exactly one FILE.json.</source>
        <translation>templates validate necesita exactamente un FILE.json.</translation>
    </message>
    <message>
        <source>%1: no rule violations.</source>
        <translation>%1: ninguna infracción de las reglas.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2 at byte %3).</source>
        <translation>%1 no es un objeto JSON (%2 en el byte %3).</translation>
    </message>
    <message numerus="yes">
        <source>“%1” breaks %n of Meta&apos;s template rule(s); nothing was stored.</source>
        <translation>
            <numerusform>“%1” infringe %n regla de plantillas de Meta; no se guardó nada.</numerusform>
            <numerusform>“%1” infringe %n reglas de plantillas de Meta; no se guardó nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace a local draft with the same name and language.</source>
        <translation>Reemplazar un borrador local con el mismo nombre e idioma.</translation>
    </message>
    <message>
        <source>templates create needs exactly one FILE.json.</source>
        <translation>templates create necesita exactamente un FILE.json.</translation>
    </message>
    <message>
        <source>A template “%1” in %2 exists at Meta already (status %3). Choose another name.</source>
        <translation>Ya existe en Meta una plantilla “%1” en %2 (estado %3). Elija otro nombre.</translation>
    </message>
    <message>
        <source>A draft “%1” in %2 exists already. Pass --replace to replace it.</source>
        <translation>Ya existe un borrador “%1” en %2. Use --replace para reemplazarlo.</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>No se pudo guardar la plantilla: %1</translation>
    </message>
    <message>
        <source>Draft “%1” (%2) saved. Submit it for review with: herald-cli templates submit %1 --language %2</source>
        <translation>Borrador “%1” (%2) guardado. Envíelo a revisión con: herald-cli templates submit %1 --language %2</translation>
    </message>
    <message>
        <source>The stored template&apos;s name.</source>
        <translation>El nombre de la plantilla guardada.</translation>
    </message>
    <message>
        <source>Its language code, e.g. en_US.</source>
        <translation>Su código de idioma, p. ej. en_US.</translation>
    </message>
    <message>
        <source>templates submit needs a template NAME and --language L.</source>
        <translation>templates submit necesita un NAME de plantilla y --language L.</translation>
    </message>
    <message>
        <source>The account “%1” has no template “%2” in %3. Store it first with: herald-cli templates create FILE.json</source>
        <translation>La cuenta “%1” no tiene ninguna plantilla “%2” en %3. Guárdela primero con: herald-cli templates create FILE.json</translation>
    </message>
    <message>
        <source>The sandbox approved “%1” at once: it simulates Meta&apos;s review.</source>
        <translation>El sandbox aprobó “%1” de inmediato: simula la revisión de Meta.</translation>
    </message>
    <message>
        <source>“%1” was submitted for review (status %2); Meta answers within 24 hours. See it with: herald-cli templates sync</source>
        <translation>“%1” se envió a revisión (estado %2); Meta responde en un plazo de 24 horas. Consúltelo con: herald-cli templates sync</translation>
    </message>
    <message>
        <source>templates create FILE.json [--name N] [--replace] [--json]</source>
        <translation>templates create FILE.json [--name N] [--replace] [--json]</translation>
    </message>
    <message>
        <source>Saves a template file as a draft.</source>
        <translation>Guarda un archivo de plantilla como borrador.</translation>
    </message>
    <message>
        <source>templates list [--name N] [--json]</source>
        <translation>templates list [--name N] [--json]</translation>
    </message>
    <message>
        <source>Lists the account&apos;s message templates.</source>
        <translation>Muestra las plantillas de mensajes de la cuenta.</translation>
    </message>
    <message>
        <source>templates submit NAME --language L [--name N] [--json]</source>
        <translation>templates submit NAME --language L [--name N] [--json]</translation>
    </message>
    <message>
        <source>Submits a draft template to Meta for review.</source>
        <translation>Envía una plantilla en borrador a Meta para su revisión.</translation>
    </message>
    <message>
        <source>templates sync [--name N] [--json]</source>
        <translation>templates sync [--name N] [--json]</translation>
    </message>
    <message>
        <source>Fetches the account&apos;s message templates.</source>
        <translation>Obtiene las plantillas de mensajes de la cuenta.</translation>
    </message>
    <message>
        <source>templates validate FILE.json [--json]</source>
        <translation>templates validate FILE.json [--json]</translation>
    </message>
    <message>
        <source>Checks a template file against Meta&apos;s rules.</source>
        <translation>Verifica un archivo de plantilla con las reglas de Meta.</translation>
    </message>
    <message>
        <source>workspace backup [--to FILE] [--json]</source>
        <translation>workspace backup [--to FILE] [--json]</translation>
    </message>
    <message>
        <source>Writes a backup copy of the workspace.</source>
        <translation>Escribe una copia de seguridad del espacio de trabajo.</translation>
    </message>
    <message>
        <source>Write the backup to this file instead of the rolling folder &lt;workspace&gt;.backups/.</source>
        <translation>Escribir la copia de seguridad en este archivo en lugar de la carpeta rotativa &lt;workspace&gt;.backups/.</translation>
    </message>
    <message>
        <source>workspace backup takes no arguments (use --to FILE to choose the file).</source>
        <translation>workspace backup no acepta argumentos (use --to FILE para elegir el archivo).</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 bytes).</source>
        <translation>Se respaldó %1 en %2 (%3 bytes).</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>La copia de seguridad que se va a restaurar.</translation>
    </message>
    <message>
        <source>workspace restore needs exactly one FILE (a backup, e.g. from &lt;workspace&gt;.backups/).</source>
        <translation>workspace restore necesita exactamente un FILE (una copia de seguridad, p. ej. de &lt;workspace&gt;.backups/).</translation>
    </message>
    <message>
        <source>The backup was put in place but cannot be opened: %1</source>
        <translation>La copia de seguridad se colocó en su lugar pero no se puede abrir: %1</translation>
    </message>
    <message>
        <source>Restored %1 from %2 (%3 contacts). Its previous state is kept in %4.</source>
        <translation>Se restauró %1 desde %2 (%3 contactos). Su estado anterior se conserva en %4.</translation>
    </message>
    <message>
        <source>workspace restore FILE [--json]</source>
        <translation>workspace restore FILE [--json]</translation>
    </message>
    <message>
        <source>Replaces the workspace with a backup copy.</source>
        <translation>Reemplaza el espacio de trabajo con una copia de seguridad.</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Costo: %1</translation>
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
        <translation>Separador de columnas del archivo CSV: , (predeterminado), ; o tab (Excel espera ; donde el separador decimal es la coma).</translation>
    </message>
    <message>
        <source>--separator must be , or ; or tab, not “%1”.</source>
        <translation>--separator debe ser , o ; o tab, no “%1”.</translation>
    </message>
    <message>
        <source>contacts export FILE [--separator SEP] [--json]</source>
        <translation>contacts export FILE [--separator SEP] [--json]</translation>
    </message>
    <message>
        <source>%1 (campaign %2): %3</source>
        <translation>%1 (campaña %2): %3</translation>
    </message>
    <message>
        <source>Country of a --phone written without its country code (ISO 3166, e.g. IN).</source>
        <translation>País de un --phone escrito sin su código de país (ISO 3166, p. ej. IN).</translation>
    </message>
    <message>
        <source>--region: “%1” is not a country code; use two letters such as IN or DE.</source>
        <translation>--region: “%1” no es un código de país; use dos letras, como IN o DE.</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=…]</source>
        <translation>postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=…]</translation>
    </message>
    <message>
        <source>workspace login takes one URL: herald-cli workspace login postgresql://USER@HOST/DBNAME &lt; password-file</source>
        <translation>workspace login acepta una sola URL: herald-cli workspace login postgresql://USER@HOST/DBNAME &lt; password-file</translation>
    </message>
    <message>
        <source>No password on standard input. Pipe it in: herald-cli workspace login %1 &lt; password-file</source>
        <translation>No hay ninguna contraseña en la entrada estándar. Pásela por una tubería: herald-cli workspace login %1 &lt; password-file</translation>
    </message>
    <message>
        <source>The password was not stored: %1</source>
        <translation>La contraseña no se guardó: %1</translation>
    </message>
    <message>
        <source>Logged in to %1; the password is stored in the keychain and used whenever this URL is opened.</source>
        <translation>Sesión iniciada en %1; la contraseña se guardó en el llavero y se usa cada vez que se abre esta URL.</translation>
    </message>
    <message>
        <source>workspace login URL [--json]</source>
        <translation>workspace login URL [--json]</translation>
    </message>
    <message>
        <source>Stores a PostgreSQL workspace&apos;s password (read from standard input) in the keychain.</source>
        <translation>Guarda en el llavero la contraseña de un espacio de trabajo PostgreSQL (leída de la entrada estándar).</translation>
    </message>
    <message>
        <source>Send from several numbers of one business portfolio, comma-separated account names (the first is the campaign&apos;s own; --account may also be repeated).</source>
        <translation>Enviar desde varios números de un mismo portafolio comercial: nombres de cuentas separados por comas (el primero es el de la propia campaña; --account también se puede repetir).</translation>
    </message>
    <message>
        <source>--accounts: there is no account named “%1” (herald-cli account list shows them).</source>
        <translation>--accounts: no existe ninguna cuenta llamada “%1” (herald-cli account list las muestra).</translation>
    </message>
    <message>
        <source>The month (UTC), default this one.</source>
        <translation>El mes (UTC); predeterminado: el mes actual.</translation>
    </message>
    <message>
        <source>Only this account (default: every account).</source>
        <translation>Solo esta cuenta (predeterminado: todas las cuentas).</translation>
    </message>
    <message>
        <source>cost takes no arguments; choose the month with --month YYYY-MM.</source>
        <translation>cost no acepta argumentos; elija el mes con --month YYYY-MM.</translation>
    </message>
    <message>
        <source>“%1” is not a month; write --month like 2026-03.</source>
        <translation>“%1” no es un mes; escriba --month así: 2026-03.</translation>
    </message>
    <message>
        <source>No billable message was delivered in %1.</source>
        <translation>No se entregó ningún mensaje facturable en %1.</translation>
    </message>
    <message>
        <source>no rate on the rate card</source>
        <translation>sin tarifa en el tarifario</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %3 for %n billable message(s) in %4 campaign(s)</source>
        <translation>
            <numerusform>%1 · %2: %3 por %n mensaje facturable (campañas: %4)</numerusform>
            <numerusform>%1 · %2: %3 por %n mensajes facturables (campañas: %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>cost [--month YYYY-MM] [--account NAME] [--json]</source>
        <translation>cost [--month YYYY-MM] [--account NAME] [--json]</translation>
    </message>
    <message>
        <source>Prints what each account&apos;s messages cost in a month.</source>
        <translation>Muestra cuánto costaron los mensajes de cada cuenta en un mes.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Ask each number&apos;s phone-number endpoint for its quality and throughput first.</source>
        <translation>Consultar primero el endpoint de número de teléfono de cada número para obtener su calidad y rendimiento.</translation>
    </message>
    <message>
        <source>Could not refresh the quality of %1: %2</source>
        <translation>No se pudo actualizar la calidad de %1: %2</translation>
    </message>
    <message>
        <source>Portfolio %1: %2</source>
        <translation>Portafolio %1: %2</translation>
    </message>
    <message>
        <source>  %1 (%2): quality %3%4, %5 msg/s, tier %6, %7 recipients in 24 h</source>
        <translation>  %1 (%2): calidad %3%4, %5 msj/s, nivel %6, %7 destinatarios en 24 h</translation>
    </message>
    <message>
        <source>no number id</source>
        <translation>sin ID de número</translation>
    </message>
    <message>
        <source> — flagged, nothing is sent from it</source>
        <translation> — marcado, no se envía nada desde él</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>    running: %1; scheduled: %2</source>
        <translation>    en ejecución: %1; programadas: %2</translation>
    </message>
    <message>
        <source>portfolio [--refresh] [--json]</source>
        <translation>portfolio [--refresh] [--json]</translation>
    </message>
    <message>
        <source>Shows every number by portfolio: quality, throughput, tier, recipients in 24 h, headroom and the campaigns drawing on it.</source>
        <translation>Muestra todos los números por portafolio: calidad, rendimiento, nivel, destinatarios en 24 h, margen y las campañas que los usan.</translation>
    </message>
    <message>
        <source>Send window: %1; waves (recipients per hour, UTC):</source>
        <translation>Ventana de envío: %1; tandas (destinatarios por hora, UTC):</translation>
    </message>
    <message>
        <source>Last send: about %1 UTC</source>
        <translation>Último envío: aprox. %1 UTC</translation>
    </message>
    <message>
        <source>The day (UTC) the price applies from; messages sent before keep the earlier price (default: since always).</source>
        <translation>El día (UTC) desde el que rige el precio; los mensajes enviados antes conservan el precio anterior (predeterminado: desde siempre).</translation>
    </message>
    <message>
        <source>Usage: ratecard set CATEGORY PRICE [--country CC] [--currency CUR] [--valid-from DATE] | ratecard list | ratecard remove CATEGORY [--country CC] [--valid-from DATE]</source>
        <translation>Uso: ratecard set CATEGORY PRICE [--country CC] [--currency CUR] [--valid-from DATE] | ratecard list | ratecard remove CATEGORY [--country CC] [--valid-from DATE]</translation>
    </message>
    <message>
        <source>“%1” is not a date; write --valid-from like 2025-07-01.</source>
        <translation>“%1” no es una fecha; escriba --valid-from así: 2025-07-01.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
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
        <translation>CSV con el encabezado category,country,price,currency y, opcionalmente, valid_from.</translation>
    </message>
    <message>
        <source>ratecard import needs one CSV file.</source>
        <translation>ratecard import necesita un archivo CSV.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rate(s): %1 new, %2 replaced.</source>
        <translation>
            <numerusform>%n tarifa importada (nuevas: %1; reemplazadas: %2).</numerusform>
            <numerusform>%n tarifas importadas (nuevas: %1; reemplazadas: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>ratecard import FILE.csv [--json]</source>
        <translation>ratecard import FILE.csv [--json]</translation>
    </message>
    <message>
        <source>Imports rates from a CSV: category,country,price,currency[,valid_from].</source>
        <translation>Importa tarifas desde un CSV: category,country,price,currency[,valid_from].</translation>
    </message>
    <message numerus="yes">
        <source>cost	actual %1 of estimated %2 (%n billable message(s))</source>
        <translation>
            <numerusform>cost	real %1 de %2 estimado (%n mensaje facturable)</numerusform>
            <numerusform>cost	real %1 de %2 estimado (%n mensajes facturables)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cost	%n billable message(s) have no rate on the rate card</source>
        <translation>
            <numerusform>cost	%n mensaje facturable no tiene tarifa en el tarifario</numerusform>
            <numerusform>cost	%n mensajes facturables no tienen tarifa en el tarifario</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV file or Excel workbook (.xlsx) to import.</source>
        <translation>Archivo CSV o libro de Excel (.xlsx) que se importará.</translation>
    </message>
    <message>
        <source>The sheet of an Excel workbook to import (default: the first).</source>
        <translation>La hoja del libro de Excel que se importará (predeterminada: la primera).</translation>
    </message>
    <message>
        <source>  sheet “%1”, row %2: %3</source>
        <translation>  hoja “%1”, fila %2: %3</translation>
    </message>
    <message>
        <source>team add NAME --role admin|sender|viewer [--password-stdin] [--json]</source>
        <translation>team add NAME --role admin|sender|viewer [--password-stdin] [--json]</translation>
    </message>
    <message>
        <source>Adds a person to a team workspace as a PostgreSQL user with the rights of their role.</source>
        <translation>Agrega una persona a un espacio de trabajo de equipo como usuario de PostgreSQL con los permisos de su rol.</translation>
    </message>
    <message>
        <source>admin, sender or viewer.</source>
        <translation>admin, sender o viewer.</translation>
    </message>
    <message>
        <source>Read the person&apos;s password from standard input (one line).</source>
        <translation>Leer la contraseña de la persona desde la entrada estándar (una línea).</translation>
    </message>
    <message>
        <source>The person&apos;s PostgreSQL user name.</source>
        <translation>El nombre de usuario de PostgreSQL de la persona.</translation>
    </message>
    <message>
        <source>team add takes one NAME, e.g. team add maria --role sender</source>
        <translation>team add acepta un solo NAME, p. ej. team add maria --role sender</translation>
    </message>
    <message>
        <source>--role must be admin, sender or viewer (got “%1”).</source>
        <translation>--role debe ser admin, sender o viewer (se recibió “%1”).</translation>
    </message>
    <message>
        <source>No password on standard input. Pipe it in: herald-cli team add NAME --role ROLE --password-stdin &lt; password-file</source>
        <translation>No hay ninguna contraseña en la entrada estándar. Pásela con una tubería o redirección: herald-cli team add NAME --role ROLE --password-stdin &lt; password-file</translation>
    </message>
    <message>
        <source>Added %1 as %2. They open the workspace with: herald --workspace postgresql://%1@HOST/DATABASE</source>
        <translation>Se agregó a %1 como %2. Esa persona abre el espacio de trabajo con: herald --workspace postgresql://%1@HOST/DATABASE</translation>
    </message>
    <message>
        <source>team list takes no arguments.</source>
        <translation>team list no acepta argumentos.</translation>
    </message>
    <message>
        <source>No one has been added yet: herald-cli team add NAME --role admin|sender|viewer</source>
        <translation>Todavía no se ha agregado a nadie: herald-cli team add NAME --role admin|sender|viewer</translation>
    </message>
    <message>
        <source>team remove takes one NAME.</source>
        <translation>team remove acepta un solo NAME.</translation>
    </message>
    <message>
        <source>Removed %1 from the team; their PostgreSQL user is gone.</source>
        <translation>Se quitó a %1 del equipo; su usuario de PostgreSQL se eliminó.</translation>
    </message>
    <message>
        <source>Removed %1 from the team; their PostgreSQL user stays (it belongs to something else too).</source>
        <translation>Se quitó a %1 del equipo; su usuario de PostgreSQL se conserva (también pertenece a otra cosa).</translation>
    </message>
    <message>
        <source>team list [--json]</source>
        <translation>team list [--json]</translation>
    </message>
    <message>
        <source>Lists the people of a team workspace and their roles.</source>
        <translation>Muestra las personas de un espacio de trabajo de equipo y sus roles.</translation>
    </message>
    <message>
        <source>team remove NAME [--json]</source>
        <translation>team remove NAME [--json]</translation>
    </message>
    <message>
        <source>Takes a person off a team workspace.</source>
        <translation>Quita a una persona de un espacio de trabajo de equipo.</translation>
    </message>
    <message>
        <source>The workspace to copy: a file or a postgresql:// URL.</source>
        <translation>El espacio de trabajo que se copiará: un archivo o una URL postgresql://.</translation>
    </message>
    <message>
        <source>A new workspace: a file that does not exist yet, or an empty database.</source>
        <translation>Un espacio de trabajo nuevo: un archivo que todavía no existe, o una base de datos vacía.</translation>
    </message>
    <message>
        <source>workspace copy needs FROM and TO, e.g. workspace copy shop.herald postgresql://me@db/shop</source>
        <translation>workspace copy necesita FROM y TO, p. ej. workspace copy shop.herald postgresql://me@db/shop</translation>
    </message>
    <message>
        <source>%1 does not exist; FROM must be an existing workspace.</source>
        <translation>%1 no existe; FROM debe ser un espacio de trabajo existente.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Copying %1: %2 of %3 rows</source>
        <translation>Copiando %1: %2 de %3 filas</translation>
    </message>
    <message>
        <source>Copied %1 rows in %2 tables from %3 to %4; every table&apos;s row count matches.</source>
        <translation>Se copiaron %1 filas en %2 tablas de %3 a %4; el número de filas de cada tabla coincide.</translation>
    </message>
    <message>
        <source>workspace copy FROM TO [--json]</source>
        <translation>workspace copy FROM TO [--json]</translation>
    </message>
    <message>
        <source>Copies a workspace (a file or a postgresql:// URL) into a new, empty one, checking every table.</source>
        <translation>Copia un espacio de trabajo (un archivo o una URL postgresql://) en uno nuevo y vacío, verificando cada tabla.</translation>
    </message>
</context>
<context>
    <name>CloudApi</name>
    <message>
        <source>The frozen message content of this recipient is damaged (%1).</source>
        <translation>El contenido fijado del mensaje para este destinatario está dañado (%1).</translation>
    </message>
    <message>
        <source>not a JSON array</source>
        <translation>no es un arreglo JSON</translation>
    </message>
</context>
<context>
    <name>ConnectionTestGroup</name>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Ask Meta about this phone number with the stored (or just typed) token</source>
        <translation>Consultar a Meta sobre este número de teléfono con el token guardado (o recién escrito)</translation>
    </message>
    <message>
        <source>&lt;b&gt;✘ The connection failed.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;✘ La conexión falló.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Display number</source>
        <translation>Número visible</translation>
    </message>
    <message>
        <source>Verified name</source>
        <translation>Nombre verificado</translation>
    </message>
    <message>
        <source>Quality rating</source>
        <translation>Calificación de calidad</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Capacidad de envío</translation>
    </message>
    <message>
        <source>Paste the access token into “Access token” to test before saving.</source>
        <translation>Pegue el token de acceso en “Token de acceso” para probar antes de guardar.</translation>
    </message>
</context>
<context>
    <name>ConsentDelegate</name>
    <message>
        <source>Opted in</source>
        <translation>Con consentimiento</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Sin consentimiento</translation>
    </message>
</context>
<context>
    <name>ContactActions</name>
    <message>
        <source>1 contact</source>
        <translation>1 contacto</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 contactos</translation>
    </message>
    <message>
        <source>No contact has a tag yet.</source>
        <translation>Ningún contacto tiene etiquetas todavía.</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Agregar etiqueta</translation>
    </message>
    <message>
        <source>Tag to add to %1:</source>
        <translation>Etiqueta que se agregará a %1:</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Quitar etiqueta</translation>
    </message>
    <message>
        <source>Tag to remove from %1:</source>
        <translation>Etiqueta que se quitará de %1:</translation>
    </message>
    <message>
        <source>Opt Out</source>
        <translation>Dar de baja</translation>
    </message>
    <message>
        <source>Campaigns will no longer send to %1. Reason (kept with each contact):</source>
        <translation>Las campañas ya no enviarán mensajes a %1. Motivo (se guarda con cada contacto):</translation>
    </message>
    <message>
        <source>Asked to stop receiving messages</source>
        <translation>Pidió dejar de recibir mensajes</translation>
    </message>
    <message>
        <source>Replied STOP</source>
        <translation>Respondió STOP</translation>
    </message>
    <message>
        <source>Number no longer in use</source>
        <translation>El número ya no está en uso</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Queja</translation>
    </message>
    <message>
        <source>Delete this contact? Its consent record is deleted with it. This cannot be undone.</source>
        <translation>¿Eliminar este contacto? Su registro de consentimiento se elimina con él. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete %1? Their consent records are deleted with them. This cannot be undone.</source>
        <translation>¿Eliminar %1? Sus registros de consentimiento se eliminan con ellos. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation>Eliminar contactos</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Cannot add the tag: %1</source>
        <translation>No se puede agregar la etiqueta: %1</translation>
    </message>
    <message>
        <source>Tagged %1 with “%2”.</source>
        <translation>Se etiquetó %1 con “%2”.</translation>
    </message>
    <message>
        <source>Cannot remove the tag: %1</source>
        <translation>No se puede quitar la etiqueta: %1</translation>
    </message>
    <message>
        <source>Removed “%2” from %1.</source>
        <translation>Se quitó “%2” de %1.</translation>
    </message>
    <message>
        <source>Cannot record the opt-out: %1</source>
        <translation>No se puede registrar la baja: %1</translation>
    </message>
    <message>
        <source>Opted out %1.</source>
        <translation>Se dio de baja a %1.</translation>
    </message>
    <message>
        <source>Cannot delete the contacts: %1</source>
        <translation>No se pueden eliminar los contactos: %1</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Se eliminó %1.</translation>
    </message>
    <message>
        <source>contacts-%1.csv</source>
        <translation>contactos-%1.csv</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <source>Exporting contacts to %1…</source>
        <translation>Exportando contactos a %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Se exportó %1 a %2.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>La exportación falló.</translation>
    </message>
    <message>
        <source>Cannot export the contacts: %1</source>
        <translation>No se pueden exportar los contactos: %1</translation>
    </message>
</context>
<context>
    <name>ContactDetailPane</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
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
        <translation>Sin atributos.</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Atributos</translation>
    </message>
    <message>
        <source>%1 contacts selected.</source>
        <translation>%1 contactos seleccionados.</translation>
    </message>
    <message>
        <source>Select a contact to see its details.</source>
        <translation>Seleccione un contacto para ver sus detalles.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Opted out on %1.</source>
        <translation>Se dio de baja el %1.</translation>
    </message>
    <message>
        <source>Opted out on %1: %2</source>
        <translation>Se dio de baja el %1: %2</translation>
    </message>
    <message>
        <source>Had opted in on %1.</source>
        <translation>Había dado su consentimiento el %1.</translation>
    </message>
    <message>
        <source>Opted in on %1.</source>
        <translation>Dio su consentimiento el %1.</translation>
    </message>
    <message>
        <source>Opted in on %1 via %2.</source>
        <translation>Dio su consentimiento el %1 vía %2.</translation>
    </message>
    <message>
        <source>No opt-in recorded.</source>
        <translation>No hay consentimiento registrado.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>entered in Herald</source>
        <translation>ingresado en Herald</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Agregar contacto</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>e.g. +91 98765 43210, or a national number of the default region</source>
        <translation>p. ej. +91 98765 43210, o un número nacional de la región predeterminada</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Not asked yet (never sent to)</source>
        <translation>Todavía no se le preguntó (nunca se le envía)</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Con consentimiento</translation>
    </message>
    <message>
        <source>Opted out (never sent to)</source>
        <translation>Dado de baja (nunca se le envía)</translation>
    </message>
    <message>
        <source>Where they agreed</source>
        <translation>Dónde aceptó</translation>
    </message>
    <message>
        <source>Where they agreed, e.g. at the counter</source>
        <translation>Dónde aceptó, p. ej. en el mostrador</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>New tags</source>
        <translation>Etiquetas nuevas</translation>
    </message>
    <message>
        <source>New tags, comma-separated</source>
        <translation>Etiquetas nuevas, separadas por comas</translation>
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
        <translation>Agregar atri&amp;buto</translation>
    </message>
    <message>
        <source>Remo&amp;ve attribute</source>
        <translation>&amp;Quitar atributo</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation>&amp;Consentimiento:</translation>
    </message>
    <message>
        <source>Opt-in &amp;source:</source>
        <translation>&amp;Origen del consentimiento:</translation>
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
        <translation>El número identifica al contacto; para usar otro número, agregue un contacto nuevo.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>enter the contact&apos;s number.</source>
        <translation>ingrese el número del contacto.</translation>
    </message>
    <message>
        <source>Phone: %1 is already a contact (%2); edit that contact instead.</source>
        <translation>Teléfono: %1 ya es un contacto (%2); edite ese contacto en su lugar.</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>Attributes, row %1: give the attribute a name, or remove the row.</source>
        <translation>Atributos, fila %1: póngale un nombre al atributo, o quite la fila.</translation>
    </message>
    <message>
        <source>Attributes, row %1: “%2” appears twice; keep one row per attribute.</source>
        <translation>Atributos, fila %1: “%2” aparece dos veces; deje una sola fila por atributo.</translation>
    </message>
    <message>
        <source>Cannot save the contact: %1</source>
        <translation>No se puede guardar el contacto: %1</translation>
    </message>
</context>
<context>
    <name>ContactExporter</name>
    <message>
        <source>Cannot read the contacts: %1</source>
        <translation>No se pueden leer los contactos: %1</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 is incomplete.</source>
        <translation>La exportación se canceló; %1 está incompleto.</translation>
    </message>
</context>
<context>
    <name>ContactHistoryView</name>
    <message>
        <source>Error %1 — %2</source>
        <translation>Error %1 — %2</translation>
    </message>
    <message>
        <source>Retrying can help.</source>
        <translation>Reintentar puede ayudar.</translation>
    </message>
    <message>
        <source>Retrying the same message does not help.</source>
        <translation>Reintentar el mismo mensaje no ayuda.</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planificado</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>enviándose</translation>
    </message>
    <message>
        <source>accepted by WhatsApp</source>
        <translation>aceptado por WhatsApp</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>read</source>
        <translation>leído</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>incierto</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>Message history of %1</source>
        <translation>Historial de mensajes de %1</translation>
    </message>
    <message>
        <source>Message history</source>
        <translation>Historial de mensajes</translation>
    </message>
    <message>
        <source>Each campaign message with the statuses WhatsApp reported, replies and business events, newest first</source>
        <translation>Cada mensaje de campaña con los estados que informó WhatsApp, las respuestas y los eventos del negocio, del más reciente al más antiguo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Details of the selected entry</source>
        <translation>Detalles de la entrada seleccionada</translation>
    </message>
    <message>
        <source>&amp;Raw webhook payload</source>
        <translation>Datos sin procesar del &amp;webhook</translation>
    </message>
    <message>
        <source>Raw webhook payload</source>
        <translation>Datos sin procesar del webhook</translation>
    </message>
    <message>
        <source>&amp;Copy payload</source>
        <translation>&amp;Copiar datos</translation>
    </message>
    <message>
        <source>Copy the raw payload to the clipboard</source>
        <translation>Copiar los datos sin procesar al portapapeles</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Cannot read the history of %1: %2</source>
        <translation>No se puede leer el historial de %1: %2</translation>
    </message>
    <message>
        <source>Opted out on %1 (%2).</source>
        <translation>Se dio de baja el %1 (%2).</translation>
    </message>
    <message>
        <source>Opted in on %1 (%2).</source>
        <translation>Dio su consentimiento el %1 (%2).</translation>
    </message>
    <message>
        <source>No recorded opt-in.</source>
        <translation>No hay consentimiento registrado.</translation>
    </message>
    <message>
        <source>No contact has this number.</source>
        <translation>Ningún contacto tiene este número.</translation>
    </message>
    <message>
        <source>WhatsApp names this number %1.</source>
        <translation>WhatsApp llama a este número %1.</translation>
    </message>
    <message>
        <source>1 campaign message</source>
        <translation>1 mensaje de campaña</translation>
    </message>
    <message>
        <source>%1 campaign messages</source>
        <translation>%1 mensajes de campaña</translation>
    </message>
    <message>
        <source>1 message from the customer</source>
        <translation>1 mensaje del cliente</translation>
    </message>
    <message>
        <source>%1 messages from the customer</source>
        <translation>%1 mensajes del cliente</translation>
    </message>
    <message>
        <source>1 business event</source>
        <translation>1 evento del negocio</translation>
    </message>
    <message>
        <source>%1 business events</source>
        <translation>%1 eventos del negocio</translation>
    </message>
    <message>
        <source>%1 — run %2</source>
        <translation>%1 — ejecución %2</translation>
    </message>
    <message>
        <source>Template %1 (%2)</source>
        <translation>Plantilla %1 (%2)</translation>
    </message>
    <message>
        <source>WhatsApp reported: %1</source>
        <translation>WhatsApp informó: %1</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>error %1</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <translation>Respuesta: %1</translation>
    </message>
    <message>
        <source>opt-out</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>Test send: %1 (%2)</source>
        <translation>Envío de prueba: %1 (%2)</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>no enviado</translation>
    </message>
    <message>
        <source>Message from the customer: %1</source>
        <translation>Mensaje del cliente: %1</translation>
    </message>
    <message>
        <source>Triggered campaign: %1</source>
        <translation>Campaña por evento: %1</translation>
    </message>
    <message>
        <source>Business event: %1</source>
        <translation>Evento del negocio: %1</translation>
    </message>
    <message>
        <source>via relay</source>
        <translation>vía relay</translation>
    </message>
    <message>
        <source>recorded locally</source>
        <translation>registrado localmente</translation>
    </message>
    <message>
        <source>Herald has no messages, replies or events for this number.</source>
        <translation>Herald no tiene mensajes, respuestas ni eventos para este número.</translation>
    </message>
    <message>
        <source>No webhook has reported on this message yet.</source>
        <translation>Ningún webhook ha informado todavía sobre este mensaje.</translation>
    </message>
    <message>
        <source>The payload of this status is no longer stored.</source>
        <translation>Los datos de este estado ya no están guardados.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>ID del mensaje</translation>
    </message>
    <message>
        <source>WhatsApp ID</source>
        <translation>ID de WhatsApp</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Informado</translation>
    </message>
    <message>
        <source>A test send never counts in a campaign&apos;s statistics.</source>
        <translation>Un envío de prueba nunca cuenta en las estadísticas de una campaña.</translation>
    </message>
    <message>
        <source>No webhook has reported on this test message yet.</source>
        <translation>Ningún webhook ha informado todavía sobre este mensaje de prueba.</translation>
    </message>
    <message>
        <source>The payload of this message is no longer stored.</source>
        <translation>Los datos de este mensaje ya no están guardados.</translation>
    </message>
    <message>
        <source>&amp;Event data</source>
        <translation>Datos del &amp;evento</translation>
    </message>
    <message>
        <source>&amp;Raw webhook payload — relay cursor %1, received %2</source>
        <translation>Datos sin procesar del &amp;webhook — cursor del relay %1, recibido %2</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Respondido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Uncertain since</source>
        <translation>Incierto desde</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Skip reason</source>
        <translation>Motivo de omisión</translation>
    </message>
    <message>
        <source>Error title</source>
        <translation>Título del error</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Herald does not know whether WhatsApp accepted this message (the answer was lost); it is never sent again automatically.</source>
        <translation>Herald no sabe si WhatsApp aceptó este mensaje (la respuesta se perdió); nunca se vuelve a enviar automáticamente.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Código de error</translation>
    </message>
    <message>
        <source>Message from the customer</source>
        <translation>Mensaje del cliente</translation>
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
        <translation>Del ID de WhatsApp</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>yes — the customer asked to stop receiving messages</source>
        <translation>sí — el cliente pidió dejar de recibir mensajes</translation>
    </message>
    <message>
        <source>Not attributed to a campaign message (no message to this number in the 72 hours before).</source>
        <translation>No se atribuye a ningún mensaje de campaña (no hubo mensajes a este número en las 72 horas anteriores).</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decidido</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Ocurrió</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>relay (cursor %1)</source>
        <translation>relay (cursor %1)</translation>
    </message>
    <message>
        <source>recorded in this workspace</source>
        <translation>registrado en este espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>ContactImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has no header row.</source>
        <translation>%1 no tiene fila de encabezado.</translation>
    </message>
    <message>
        <source>%1, line %2 (the header): %3. Is this a contacts CSV file?</source>
        <translation>%1, línea %2 (el encabezado): %3. ¿Es este un archivo CSV de contactos?</translation>
    </message>
    <message>
        <source>No column looks like a phone number; the header is: %1</source>
        <translation>Ninguna columna parece un número de teléfono; el encabezado es: %1</translation>
    </message>
    <message>
        <source>%1 is not a region code Herald knows; use a two-letter ISO code such as IN, DE or BR.</source>
        <translation>%1 no es un código de región que Herald conozca; use un código ISO de dos letras como IN, DE o BR.</translation>
    </message>
    <message>
        <source>Cannot prepare the import: %1</source>
        <translation>No se puede preparar la importación: %1</translation>
    </message>
    <message>
        <source>%1: %2 Nothing after the last committed batch was imported.</source>
        <translation>%1: %2 No se importó nada posterior al último lote confirmado.</translation>
    </message>
    <message>
        <source>the row has %1 values but the header has %2 columns (a value probably contains an unquoted separator)</source>
        <translation>la fila tiene %1 valores pero el encabezado tiene %2 columnas (probablemente un valor contiene un separador sin comillas)</translation>
    </message>
    <message>
        <source>the opt-in value %1 in column %2 is not understood; use yes or no</source>
        <translation>no se entiende el valor de consentimiento %1 en la columna %2; use yes o no</translation>
    </message>
    <message>
        <source>the opt-out value %1 in column %2 is not understood; use yes or no</source>
        <translation>no se entiende el valor de baja %1 en la columna %2; use yes o no</translation>
    </message>
    <message>
        <source>the date %1 in column %2 is not an ISO 8601 date such as 2024-05-31T14:00:00Z</source>
        <translation>la fecha %1 en la columna %2 no es una fecha ISO 8601 como 2024-05-31T14:00:00Z</translation>
    </message>
    <message>
        <source>the workspace is not an open SQLite database</source>
        <translation>el espacio de trabajo no es una base de datos SQLite abierta</translation>
    </message>
    <message>
        <source>Cannot start writing to the workspace: %1</source>
        <translation>No se puede empezar a escribir en el espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Cannot write to the workspace: %1</source>
        <translation>No se puede escribir en el espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Cannot build the contacts&apos; indexes again: %1. They are built the next time the workspace is opened.</source>
        <translation>No se pueden volver a crear los índices de los contactos: %1. Se crearán la próxima vez que se abra el espacio de trabajo.</translation>
    </message>
    <message>
        <source>%1 is a CSV file, which has no sheets; leave the sheet out.</source>
        <translation>%1 es un archivo CSV, que no tiene hojas; no indique ninguna hoja.</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Libro de Excel</translation>
    </message>
</context>
<context>
    <name>ContactStore</name>
    <message>
        <source>The tag “%1” could not be created.</source>
        <translation>No se pudo crear la etiqueta “%1”.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Una etiqueta necesita un nombre.</translation>
    </message>
    <message>
        <source>The contact %1 was not stored.</source>
        <translation>El contacto %1 no se guardó.</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Opted in via %1 on %2</source>
        <translation>Dio su consentimiento vía %1 el %2</translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation>origen desconocido</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Con consentimiento</translation>
    </message>
    <message>
        <source>Opted out on %1: %2</source>
        <translation>Se dio de baja el %1: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Sin consentimiento</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Cannot read contacts: %1</source>
        <translation>No se pueden leer los contactos: %1</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import contacts from a CSV file</source>
        <translation>Importar contactos desde un archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export all contacts to a CSV file</source>
        <translation>Exportar todos los contactos a un archivo CSV</translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation>Agregar e&amp;tiqueta…</translation>
    </message>
    <message>
        <source>Add a tag to the selected contacts</source>
        <translation>Agregar una etiqueta a los contactos seleccionados</translation>
    </message>
    <message>
        <source>&amp;Remove tag…</source>
        <translation>&amp;Quitar etiqueta…</translation>
    </message>
    <message>
        <source>Remove a tag from the selected contacts</source>
        <translation>Quitar una etiqueta de los contactos seleccionados</translation>
    </message>
    <message>
        <source>&amp;Opt out…</source>
        <translation>Dar de &amp;baja…</translation>
    </message>
    <message>
        <source>Record that the selected contacts no longer want messages</source>
        <translation>Registrar que los contactos seleccionados ya no quieren mensajes</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected contacts (Del)</source>
        <translation>Eliminar los contactos seleccionados (Supr)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>B&amp;uscar</translation>
    </message>
    <message>
        <source>Message &amp;history…</source>
        <translation>&amp;Historial de mensajes…</translation>
    </message>
    <message>
        <source>Every message, status, reply and event of this contact&apos;s number</source>
        <translation>Todos los mensajes, estados, respuestas y eventos del número de este contacto</translation>
    </message>
    <message>
        <source>Search name, phone, tag…</source>
        <translation>Buscar nombre, teléfono, etiqueta…</translation>
    </message>
    <message>
        <source>Find contacts by name, phone number, tag or attribute value (%1)</source>
        <translation>Buscar contactos por nombre, número de teléfono, etiqueta o valor de atributo (%1)</translation>
    </message>
    <message>
        <source>No contacts match “%1”.</source>
        <translation>Ningún contacto coincide con “%1”.</translation>
    </message>
    <message>
        <source>No contacts yet.
Import a CSV file with Import… or File › Import Contacts… (%1).</source>
        <translation>Todavía no hay contactos.
Importe un archivo CSV con Importar… o Archivo › Importar contactos… (%1).</translation>
    </message>
    <message>
        <source>Imported %1 new and updated %2 existing contacts.</source>
        <translation>Se importaron %1 contactos nuevos y se actualizaron %2 existentes.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Press Enter on a contact to see its message history</source>
        <translation>Presione Enter sobre un contacto para ver su historial de mensajes</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>&amp;Agregar contacto…</translation>
    </message>
    <message>
        <source>Add one contact by hand</source>
        <translation>Agregar un contacto a mano</translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation>E&amp;ditar contacto…</translation>
    </message>
    <message>
        <source>Change the selected contact&apos;s name, consent, tags and attributes (Enter)</source>
        <translation>Cambiar el nombre, el consentimiento, las etiquetas y los atributos del contacto seleccionado (Enter)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Contact added.</source>
        <translation>Contacto agregado.</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Contacto guardado.</translation>
    </message>
</context>
<context>
    <name>CostText</name>
    <message>
        <source>Cost: no rate card yet — add prices under Campaigns → Pre-flight → Rate card to see what runs cost.</source>
        <translation>Costo: todavía no hay tarifario — agregue precios en Campañas → Verificación previa → Tarifario para ver cuánto cuestan las ejecuciones.</translation>
    </message>
    <message>
        <source>actual %1 of estimated %2</source>
        <translation>real %1 de %2 estimado</translation>
    </message>
    <message>
        <source>Cost: no message of this run has a rate on the rate card</source>
        <translation>Costo: ningún mensaje de esta ejecución tiene tarifa en el tarifario</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Costo: %1</translation>
    </message>
    <message numerus="yes">
        <source> (%n billable message(s) delivered)</source>
        <translation>
            <numerusform> (%n mensaje facturable entregado)</numerusform>
            <numerusform> (%n mensajes facturables entregados)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n without a rate</source>
        <translation>
            <numerusform> · %n sin tarifa</numerusform>
            <numerusform> · %n sin tarifa</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2: nothing billed yet</source>
        <translation>%1 en %2: nada facturado todavía</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2: %3 for %n billable message(s)</source>
        <translation>
            <numerusform>%1 en %2: %3 por %n mensaje facturable</numerusform>
            <numerusform>%1 en %2: %3 por %n mensajes facturables</numerusform>
        </translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>sin tarifa</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1 is not UTF-8 or Windows-1252 text (the first problem is on line %2); save it as CSV UTF-8 from Excel and try again.</source>
        <translation>%1 no es texto UTF-8 ni Windows-1252 (el primer problema está en la línea %2); guárdelo como CSV UTF-8 desde Excel e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>the quoted field that starts on line %1 is never closed (a closing &quot; is missing)</source>
        <translation>el campo entre comillas que empieza en la línea %1 nunca se cierra (falta un &quot; de cierre)</translation>
    </message>
    <message>
        <source>the row has %1 values; at most %2 are read per row</source>
        <translation>la fila tiene %1 valores; se leen como máximo %2 por fila</translation>
    </message>
    <message>
        <source>a value is %1 KiB long; at most %2 KiB are allowed per value</source>
        <translation>un valor mide %1 KiB; se permiten como máximo %2 KiB por valor</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>No campaign has run yet</source>
        <translation>Todavía no se ha ejecutado ninguna campaña</translation>
    </message>
    <message>
        <source>Once a campaign sends, this page shows how many messages were delivered, read and answered, hour by hour, and who is behind every number.</source>
        <translation>En cuanto una campaña envíe, esta página muestra cuántos mensajes se entregaron, se leyeron y se respondieron, hora por hora, y quién está detrás de cada número.</translation>
    </message>
    <message>
        <source>Go to &amp;Campaigns</source>
        <translation>Ir a &amp;Campañas</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>C&amp;ampaign:</source>
        <translation>C&amp;ampaña:</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>R&amp;un:</source>
        <translation>Ej&amp;ecución:</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Exportar &amp;informe…</translation>
    </message>
    <message>
        <source>Save the statistics and failure reasons of this run as a CSV file.</source>
        <translation>Guardar las estadísticas y los motivos de falla de esta ejecución como archivo CSV.</translation>
    </message>
    <message>
        <source>Messages accepted by WhatsApp but without a status report yet, and sends whose outcome is uncertain.</source>
        <translation>Mensajes aceptados por WhatsApp pero todavía sin reporte de estado, y envíos cuyo resultado es incierto.</translation>
    </message>
    <message>
        <source>Sent, failed and unqualified are shares of attempted; delivered, read and replied of sent. Click a bar to see who is behind it.</source>
        <translation>Enviados, fallidos y no aptos son proporciones de los intentados; entregados, leídos y respondidos, de los enviados. Haga clic en una barra para ver quién está detrás.</translation>
    </message>
    <message>
        <source>%1 (not run yet)</source>
        <translation>%1 (aún no ejecutada)</translation>
    </message>
    <message>
        <source>Retry of run %1 · %2</source>
        <translation>Reintento de la ejecución %1 · %2</translation>
    </message>
    <message>
        <source>Run %1 · %2</source>
        <translation>Ejecución %1 · %2</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Aún no ejecutada</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● En vivo</translation>
    </message>
    <message>
        <source>Run status: %1</source>
        <translation>Estado de la ejecución: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n destinatario</numerusform>
            <numerusform>%n destinatarios</numerusform>
        </translation>
    </message>
    <message>
        <source> · started %1</source>
        <translation> · iniciada %1</translation>
    </message>
    <message>
        <source> · finished %1</source>
        <translation> · terminada %1</translation>
    </message>
    <message>
        <source> · retries the failures of run %1</source>
        <translation> · reintenta las fallas de la ejecución %1</translation>
    </message>
    <message>
        <source>%1 waiting for a status report — show</source>
        <translation>%1 esperando reporte de estado — mostrar</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>No se pudo guardar el informe: %1</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Informe guardado en %1.</translation>
    </message>
    <message>
        <source>Actual: delivered messages Meta bills (from the pricing of their status reports) at the rate card&apos;s price on their send day. Estimated: every recipient of the run at the price on the day it started, as the pre-flight check counts it.</source>
        <translation>Real: los mensajes entregados que Meta cobra (según los datos de precio de sus reportes de estado), al precio del tarifario del día en que se enviaron. Estimado: todos los destinatarios de la ejecución, al precio del día en que empezó, tal como lo calcula la verificación previa.</translation>
    </message>
    <message>
        <source>report</source>
        <translation>informe</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>Cannot unpack the demo contacts into a temporary folder.</source>
        <translation>No se pueden descomprimir los contactos de demostración en una carpeta temporal.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <source>Cannot read the sandbox templates.</source>
        <translation>No se pueden leer las plantillas del sandbox.</translation>
    </message>
    <message>
        <source>Order updates (demo)</source>
        <translation>Actualizaciones de pedidos (demo)</translation>
    </message>
    <message>
        <source>out for delivery</source>
        <translation>en camino</translation>
    </message>
    <message>
        <source>soon</source>
        <translation>pronto</translation>
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
        <translation>No se puede registrar el evento en el espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>The relay at %1 did not answer within %2 seconds.</source>
        <translation>El relay en %1 no respondió en %2 segundos.</translation>
    </message>
    <message>
        <source>Cannot reach the relay at %1: %2</source>
        <translation>No se puede conectar con el relay en %1: %2</translation>
    </message>
    <message>
        <source>The relay at %1 answered without storing the event.</source>
        <translation>El relay en %1 respondió sin guardar el evento.</translation>
    </message>
    <message>
        <source>The ingest token was refused; set it with herald-cli account set-secret relay-ingest-token</source>
        <translation>Se rechazó el token de ingesta; configúrelo con herald-cli account set-secret relay-ingest-token</translation>
    </message>
    <message>
        <source>The relay refused the event: %1</source>
        <translation>El relay rechazó el evento: %1</translation>
    </message>
    <message>
        <source>The relay at %1 answered HTTP %2%3</source>
        <translation>El relay en %1 respondió HTTP %2%3</translation>
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
        <translation>Ejecución %1</translation>
    </message>
</context>
<context>
    <name>FailureCatalogue</name>
    <message>
        <source>This number cannot receive WhatsApp messages: it is not on WhatsApp, the person has not accepted WhatsApp&apos;s latest terms, or their app is too old.</source>
        <translation>Este número no puede recibir mensajes de WhatsApp: no está en WhatsApp, la persona no aceptó los términos más recientes de WhatsApp o su aplicación es demasiado antigua.</translation>
    </message>
    <message>
        <source>Herald counts the recipient as unqualified and never retries. Check the number or reach the person another way.</source>
        <translation>Herald cuenta al destinatario como no apto y nunca reintenta. Revise el número o comuníquese con la persona por otro medio.</translation>
    </message>
    <message>
        <source>The message was addressed to your own business number.</source>
        <translation>El mensaje iba dirigido a su propio número de negocio.</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Remove your own number from the contact list.</source>
        <translation>Herald lo marca como fallido y no lo reintenta. Quite su propio número de la lista de contactos.</translation>
    </message>
    <message>
        <source>Your business phone number is not registered with the WhatsApp Cloud API (this is about your number, not the customer&apos;s).</source>
        <translation>Su número de teléfono de negocio no está registrado en WhatsApp Cloud API (se trata de su número, no del número del cliente).</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Register the number in Meta&apos;s WhatsApp Manager, then resume.</source>
        <translation>Herald detiene la campaña. Registre el número en WhatsApp Manager de Meta y luego reanude.</translation>
    </message>
    <message>
        <source>WhatsApp rejected a value in the request: a misspelled field, a value that is too long, or an ID in the account settings that does not exist.</source>
        <translation>WhatsApp rechazó un valor de la solicitud: un campo mal escrito, un valor demasiado largo o un ID de la configuración de la cuenta que no existe.</translation>
    </message>
    <message>
        <source>Herald marks the message failed and does not retry. Check the account settings and the template&apos;s values.</source>
        <translation>Herald marca el mensaje como fallido y no lo reintenta. Revise la configuración de la cuenta y los valores de la plantilla.</translation>
    </message>
    <message>
        <source>Messages were sent faster than your number&apos;s WhatsApp speed limit (80 messages per second by default).</source>
        <translation>Se enviaron mensajes más rápido que el límite de velocidad de WhatsApp de su número (80 mensajes por segundo de forma predeterminada).</translation>
    </message>
    <message>
        <source>Herald slows down and sends the message again automatically.</source>
        <translation>Herald reduce la velocidad y vuelve a enviar el mensaje automáticamente.</translation>
    </message>
    <message>
        <source>Too many messages went to this one person in a short time. Other customers are not affected.</source>
        <translation>Se enviaron demasiados mensajes a esta misma persona en poco tiempo. Los demás clientes no se ven afectados.</translation>
    </message>
    <message>
        <source>Herald waits (1 s, 4 s, 16 s, …) and sends the message again automatically.</source>
        <translation>Herald espera (1 s, 4 s, 16 s, …) y vuelve a enviar el mensaje automáticamente.</translation>
    </message>
    <message>
        <source>WhatsApp is limiting your sending because many earlier messages were blocked or reported as spam.</source>
        <translation>WhatsApp está limitando sus envíos porque muchos mensajes anteriores fueron bloqueados o reportados como spam.</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Check your number&apos;s quality in WhatsApp Manager and send less promotional content before trying again.</source>
        <translation>Herald detiene la campaña. Revise la calidad de su número en WhatsApp Manager y envíe menos contenido promocional antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>WhatsApp chose not to deliver this marketing message: the person has received many marketing messages lately (and US numbers get no marketing messages at all).</source>
        <translation>WhatsApp decidió no entregar este mensaje de marketing: la persona ha recibido muchos mensajes de marketing últimamente (y los números de EE. UU. no reciben ningún mensaje de marketing).</translation>
    </message>
    <message>
        <source>Herald marks it failed. Sending again only makes sense after at least 24 hours, and never to US numbers.</source>
        <translation>Herald lo marca como fallido. Volver a enviarlo solo tiene sentido después de al menos 24 horas, y nunca a números de EE. UU.</translation>
    </message>
    <message>
        <source>WhatsApp is running an experiment that keeps marketing messages from this person. You are not charged.</source>
        <translation>WhatsApp está haciendo un experimento que impide que esta persona reciba mensajes de marketing. No se le cobra.</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry: it would fail the same way.</source>
        <translation>Herald lo marca como fallido y no lo reintenta: fallaría de la misma manera.</translation>
    </message>
    <message>
        <source>The person asked WhatsApp to stop your marketing messages.</source>
        <translation>La persona pidió a WhatsApp que detuviera sus mensajes de marketing.</translation>
    </message>
    <message>
        <source>Herald marks it failed, records the opt-out and leaves the contact out of future marketing campaigns.</source>
        <translation>Herald lo marca como fallido, registra la baja y deja al contacto fuera de futuras campañas de marketing.</translation>
    </message>
    <message>
        <source>Your Meta app made too many requests in a short time.</source>
        <translation>Su app de Meta hizo demasiadas solicitudes en poco tiempo.</translation>
    </message>
    <message>
        <source>Herald waits and tries again later.</source>
        <translation>Herald espera y vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Your WhatsApp Business Account reached its hourly request limit.</source>
        <translation>Su cuenta de WhatsApp Business alcanzó su límite de solicitudes por hora.</translation>
    </message>
    <message>
        <source>Too many attempts to register or deregister your business number. This does not concern sending.</source>
        <translation>Demasiados intentos de registrar o dar de baja su número de negocio. Esto no afecta a los envíos.</translation>
    </message>
    <message>
        <source>Herald reports it; wait before registering the number again.</source>
        <translation>Herald lo informa; espere antes de volver a registrar el número.</translation>
    </message>
    <message>
        <source>The message had a different number of values than the template has placeholders.</source>
        <translation>El mensaje tenía una cantidad de valores distinta a la cantidad de marcadores de la plantilla.</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Fix the column mapping of the campaign.</source>
        <translation>Herald lo marca como fallido y no lo reintenta. Corrija la asignación de columnas de la campaña.</translation>
    </message>
    <message>
        <source>The template does not exist in this language, or it is not approved yet.</source>
        <translation>La plantilla no existe en este idioma, o todavía no está aprobada.</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Sync the templates and choose an approved one.</source>
        <translation>Herald lo marca como fallido y no lo reintenta. Sincronice las plantillas y elija una aprobada.</translation>
    </message>
    <message>
        <source>With the values filled in, the message is longer than WhatsApp allows.</source>
        <translation>Con los valores completados, el mensaje es más largo de lo que permite WhatsApp.</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Shorten the values (for example long names).</source>
        <translation>Herald lo marca como fallido y no lo reintenta. Acorte los valores (por ejemplo, nombres largos).</translation>
    </message>
    <message>
        <source>The filled-in message breaks WhatsApp&apos;s formatting or content rules.</source>
        <translation>El mensaje completado infringe las reglas de formato o de contenido de WhatsApp.</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Check the values for unusual characters or content.</source>
        <translation>Herald lo marca como fallido y no lo reintenta. Revise si los valores tienen caracteres o contenido inusuales.</translation>
    </message>
    <message>
        <source>A value does not have the form the template expects (for example named instead of numbered placeholders, or text where an image was expected).</source>
        <translation>Un valor no tiene la forma que espera la plantilla (por ejemplo, marcadores con nombre en lugar de numerados, o texto donde se esperaba una imagen).</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Sync the templates and check the campaign&apos;s mapping.</source>
        <translation>Herald lo marca como fallido y no lo reintenta. Sincronice las plantillas y revise la asignación de la campaña.</translation>
    </message>
    <message>
        <source>WhatsApp paused the template because of low quality (too many people blocked or reported it).</source>
        <translation>WhatsApp pausó la plantilla por baja calidad (demasiadas personas la bloquearon o la reportaron).</translation>
    </message>
    <message>
        <source>Herald pauses the campaign. It can continue once WhatsApp reactivates the template (after 3 or 6 hours).</source>
        <translation>Herald pausa la campaña. Puede continuar cuando WhatsApp reactive la plantilla (después de 3 o 6 horas).</translation>
    </message>
    <message>
        <source>WhatsApp disabled the template for good after it was paused too often.</source>
        <translation>WhatsApp desactivó la plantilla definitivamente después de pausarla demasiadas veces.</translation>
    </message>
    <message>
        <source>Herald pauses the campaign. Create a new template and use it for the remaining recipients.</source>
        <translation>Herald pausa la campaña. Cree una plantilla nueva y úsela para los destinatarios restantes.</translation>
    </message>
    <message>
        <source>The request lacked a value WhatsApp requires.</source>
        <translation>A la solicitud le faltaba un valor que WhatsApp exige.</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Check the template&apos;s values and the campaign&apos;s mapping.</source>
        <translation>Herald lo marca como fallido y no lo reintenta. Revise los valores de la plantilla y la asignación de la campaña.</translation>
    </message>
    <message>
        <source>One of the values is not acceptable to WhatsApp (for example an empty value or a malformed phone number).</source>
        <translation>WhatsApp no acepta uno de los valores (por ejemplo, un valor vacío o un número de teléfono mal formado).</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Correct the value in the contact list.</source>
        <translation>Herald lo marca como fallido y no lo reintenta. Corrija el valor en la lista de contactos.</translation>
    </message>
    <message>
        <source>WhatsApp does not support this kind of message.</source>
        <translation>WhatsApp no admite este tipo de mensaje.</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry.</source>
        <translation>Herald lo marca como fallido y no lo reintenta.</translation>
    </message>
    <message>
        <source>The picture, video or document in the message header could not be fetched or uploaded.</source>
        <translation>No se pudo obtener ni subir la imagen, el video o el documento del encabezado del mensaje.</translation>
    </message>
    <message>
        <source>Herald marks it failed. Fix the media link or file, then retry the failed recipients.</source>
        <translation>Herald lo marca como fallido. Corrija el enlace o el archivo multimedia y luego reintente los destinatarios fallidos.</translation>
    </message>
    <message>
        <source>WhatsApp rejected the request for a reason it did not name.</source>
        <translation>WhatsApp rechazó la solicitud por un motivo que no indicó.</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Check the template and its values.</source>
        <translation>Herald lo marca como fallido y no lo reintenta. Revise la plantilla y sus valores.</translation>
    </message>
    <message>
        <source>More than 24 hours have passed since the person last wrote to you, so only an approved template may be sent.</source>
        <translation>Pasaron más de 24 horas desde la última vez que la persona le escribió, así que solo se puede enviar una plantilla aprobada.</translation>
    </message>
    <message>
        <source>Herald marks it failed. Send an approved template instead.</source>
        <translation>Herald lo marca como fallido. Envíe una plantilla aprobada en su lugar.</translation>
    </message>
    <message>
        <source>A part of the template is longer than WhatsApp allows (template creation).</source>
        <translation>Una parte de la plantilla es más larga de lo que permite WhatsApp (creación de plantillas).</translation>
    </message>
    <message>
        <source>Herald shows the error in the template editor; shorten the text and submit again.</source>
        <translation>Herald muestra el error en el editor de plantillas; acorte el texto y envíela de nuevo.</translation>
    </message>
    <message>
        <source>The template&apos;s header does not follow WhatsApp&apos;s rules (template creation).</source>
        <translation>El encabezado de la plantilla no cumple las reglas de WhatsApp (creación de plantillas).</translation>
    </message>
    <message>
        <source>Herald shows the error in the template editor; correct the header and submit again.</source>
        <translation>Herald muestra el error en el editor de plantillas; corrija el encabezado y envíela de nuevo.</translation>
    </message>
    <message>
        <source>The template&apos;s body does not follow WhatsApp&apos;s rules (template creation).</source>
        <translation>El cuerpo de la plantilla no cumple las reglas de WhatsApp (creación de plantillas).</translation>
    </message>
    <message>
        <source>Herald shows the error in the template editor; correct the body and submit again.</source>
        <translation>Herald muestra el error en el editor de plantillas; corrija el cuerpo y envíela de nuevo.</translation>
    </message>
    <message>
        <source>The template&apos;s footer does not follow WhatsApp&apos;s rules (template creation).</source>
        <translation>El pie de página de la plantilla no cumple las reglas de WhatsApp (creación de plantillas).</translation>
    </message>
    <message>
        <source>Herald shows the error in the template editor; correct the footer and submit again.</source>
        <translation>Herald muestra el error en el editor de plantillas; corrija el pie de página y envíela de nuevo.</translation>
    </message>
    <message>
        <source>The template has too many placeholders for the length of its text (template creation).</source>
        <translation>La plantilla tiene demasiados marcadores para la longitud de su texto (creación de plantillas).</translation>
    </message>
    <message>
        <source>Herald shows the error in the template editor; add text or remove placeholders.</source>
        <translation>Herald muestra el error en el editor de plantillas; agregue texto o quite marcadores.</translation>
    </message>
    <message>
        <source>The template starts or ends with a placeholder, which WhatsApp does not allow (template creation).</source>
        <translation>La plantilla empieza o termina con un marcador, lo que WhatsApp no permite (creación de plantillas).</translation>
    </message>
    <message>
        <source>Herald shows the error in the template editor; add text before the first or after the last placeholder.</source>
        <translation>Herald muestra el error en el editor de plantillas; agregue texto antes del primer marcador o después del último.</translation>
    </message>
    <message>
        <source>Your WhatsApp Business Account already has as many templates as it may (template creation).</source>
        <translation>Su cuenta de WhatsApp Business ya tiene el máximo de plantillas permitido (creación de plantillas).</translation>
    </message>
    <message>
        <source>Herald shows the error; delete templates you no longer use in WhatsApp Manager.</source>
        <translation>Herald muestra el error; elimine en WhatsApp Manager las plantillas que ya no use.</translation>
    </message>
    <message>
        <source>WhatsApp had an unexplained problem, possibly a temporary outage.</source>
        <translation>WhatsApp tuvo un problema sin explicación, posiblemente una interrupción temporal.</translation>
    </message>
    <message>
        <source>Herald tries again a limited number of times, waiting longer each time.</source>
        <translation>Herald lo vuelve a intentar un número limitado de veces, esperando más cada vez.</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s service is temporarily down or overloaded.</source>
        <translation>El servicio de WhatsApp está caído o saturado temporalmente.</translation>
    </message>
    <message>
        <source>WhatsApp could not send the message because of an internal error.</source>
        <translation>WhatsApp no pudo enviar el mensaje por un error interno.</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s service is temporarily unavailable.</source>
        <translation>El servicio de WhatsApp no está disponible temporalmente.</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s server is temporarily unavailable.</source>
        <translation>El servidor de WhatsApp no está disponible temporalmente.</translation>
    </message>
    <message>
        <source>Your business account is in maintenance for a minute, for example while WhatsApp raises its speed limit.</source>
        <translation>Su cuenta de negocio está en mantenimiento durante un minuto, por ejemplo mientras WhatsApp aumenta su límite de velocidad.</translation>
    </message>
    <message>
        <source>Herald waits briefly and sends the message again.</source>
        <translation>Herald espera un momento y vuelve a enviar el mensaje.</translation>
    </message>
    <message>
        <source>No usable answer came back: the connection timed out or was cut, or the server answered with an error page.</source>
        <translation>No llegó ninguna respuesta útil: la conexión agotó el tiempo de espera o se cortó, o el servidor respondió con una página de error.</translation>
    </message>
    <message>
        <source>Herald tries again only when it is sure the message was not accepted; otherwise it marks the recipient uncertain until a status update settles it.</source>
        <translation>Herald solo vuelve a intentarlo cuando está seguro de que el mensaje no fue aceptado; si no, marca al destinatario como incierto hasta que una actualización de estado lo aclare.</translation>
    </message>
    <message>
        <source>Meta has temporarily blocked your WhatsApp account for violating its policies.</source>
        <translation>Meta bloqueó temporalmente su cuenta de WhatsApp por infringir sus políticas.</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Check Account Quality in Meta Business Manager.</source>
        <translation>Herald detiene la campaña. Revise la Calidad de la cuenta en Meta Business Manager.</translation>
    </message>
    <message>
        <source>Your business may not send messages to people in this country.</source>
        <translation>Su negocio no puede enviar mensajes a personas de este país.</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Leave numbers from this country out of campaigns.</source>
        <translation>Herald lo marca como fallido y no lo reintenta. Deje fuera de las campañas los números de este país.</translation>
    </message>
    <message>
        <source>Your WhatsApp account is locked, for a policy violation or because of wrong verification data (such as the two-step PIN).</source>
        <translation>Su cuenta de WhatsApp está bloqueada, por infringir las políticas o por datos de verificación incorrectos (como el PIN de verificación en dos pasos).</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Unlock the account in Meta Business Manager.</source>
        <translation>Herald detiene la campaña. Desbloquee la cuenta en Meta Business Manager.</translation>
    </message>
    <message>
        <source>There is a problem with your payment setup: no payment method, credit line exceeded, or the account is suspended.</source>
        <translation>Hay un problema con su configuración de pago: no hay método de pago, se excedió la línea de crédito o la cuenta está suspendida.</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Fix the payment settings in Meta Business Manager, then resume.</source>
        <translation>Herald detiene la campaña. Corrija la configuración de pago en Meta Business Manager y luego reanude.</translation>
    </message>
    <message>
        <source>Your business number&apos;s display name has not been approved yet.</source>
        <translation>El nombre visible de su número de negocio todavía no está aprobado.</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Wait for the display name approval in WhatsApp Manager.</source>
        <translation>Herald detiene la campaña. Espere la aprobación del nombre visible en WhatsApp Manager.</translation>
    </message>
    <message>
        <source>Your business number&apos;s registration is broken.</source>
        <translation>El registro de su número de negocio está dañado.</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Register the number again in WhatsApp Manager.</source>
        <translation>Herald detiene la campaña. Vuelva a registrar el número en WhatsApp Manager.</translation>
    </message>
    <message>
        <source>Herald could not sign in to WhatsApp: the access token expired or was revoked.</source>
        <translation>Herald no pudo iniciar sesión en WhatsApp: el token de acceso venció o fue revocado.</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Store a new access token for the account, then resume.</source>
        <translation>Herald detiene la campaña. Guarde un token de acceso nuevo para la cuenta y luego reanude.</translation>
    </message>
    <message>
        <source>The access token for this account is invalid or has expired.</source>
        <translation>El token de acceso de esta cuenta no es válido o venció.</translation>
    </message>
    <message>
        <source>Your Meta app is not allowed to use this function.</source>
        <translation>Su app de Meta no tiene permiso para usar esta función.</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Check the app&apos;s permissions in Meta&apos;s app dashboard.</source>
        <translation>Herald detiene la campaña. Revise los permisos de la app en el panel de apps de Meta.</translation>
    </message>
    <message>
        <source>The access token lacks a permission Herald needs (whatsapp_business_messaging).</source>
        <translation>Al token de acceso le falta un permiso que Herald necesita (whatsapp_business_messaging).</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Create a token with the WhatsApp permissions, then resume.</source>
        <translation>Herald detiene la campaña. Cree un token con los permisos de WhatsApp y luego reanude.</translation>
    </message>
    <message>
        <source>The access token lacks a permission for this request.</source>
        <translation>Al token de acceso le falta un permiso para esta solicitud.</translation>
    </message>
    <message>
        <source>The access token is not allowed to send from this number.</source>
        <translation>El token de acceso no tiene permiso para enviar desde este número.</translation>
    </message>
    <message>
        <source>The business phone number in the account settings has been deleted or does not exist.</source>
        <translation>El número de teléfono de negocio de la configuración de la cuenta se eliminó o no existe.</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Check the phone number ID in the account settings.</source>
        <translation>Herald detiene la campaña. Revise el ID del número de teléfono en la configuración de la cuenta.</translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation>Error %1</translation>
    </message>
    <message>
        <source>WhatsApp reported error %1, which Herald does not know yet. The provider&apos;s description is shown as it was received.</source>
        <translation>WhatsApp informó el error %1, que Herald todavía no conoce. La descripción del proveedor se muestra tal como se recibió.</translation>
    </message>
    <message>
        <source>Herald marks the message failed and does not retry it. Look the code up in Meta&apos;s error reference.</source>
        <translation>Herald marca el mensaje como fallido y no lo reintenta. Busque el código en la referencia de errores de Meta.</translation>
    </message>
    <message>
        <source>Unqualified — number not on WhatsApp</source>
        <translation>No apto — el número no está en WhatsApp</translation>
    </message>
    <message>
        <source>Spam / messaging limits</source>
        <translation>Spam / límites de mensajería</translation>
    </message>
    <message>
        <source>Template text length or variables</source>
        <translation>Longitud del texto o variables de la plantilla</translation>
    </message>
    <message>
        <source>Provider / technical problem</source>
        <translation>Problema técnico / del proveedor</translation>
    </message>
    <message>
        <source>Account, policy or payment</source>
        <translation>Cuenta, políticas o pago</translation>
    </message>
    <message>
        <source>Other / unknown</source>
        <translation>Otro / desconocido</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>CSV separated by semicolons (*.csv)</source>
        <translation>CSV separado por punto y coma (*.csv)</translation>
    </message>
    <message>
        <source>CSV separated by commas (*.csv)</source>
        <translation>CSV separado por comas (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <source>Welcome to Herald</source>
        <translation>Bienvenido a Herald</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your workspace is ready — and empty&lt;/h3&gt;&lt;p&gt;Three steps to your first campaign:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Import your contacts&lt;/b&gt; from a CSV file (only people who agreed to hear from you on WhatsApp).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Connect a WhatsApp Business account&lt;/b&gt; under Settings, or stay on the built-in sandbox, which simulates WhatsApp and messages nobody.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Create your first campaign&lt;/b&gt; under Campaigns, check its pre-flight, and start it.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Want to look around first? &lt;b&gt;Try the demo&lt;/b&gt; opens a separate demo workspace with sample contacts whose numbers can never belong to anyone; it never mixes with this one.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Su espacio de trabajo está listo, y vacío&lt;/h3&gt;&lt;p&gt;Tres pasos para su primera campaña:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Importe sus contactos&lt;/b&gt; desde un archivo CSV (solo personas que aceptaron recibir mensajes suyos por WhatsApp).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Conecte una cuenta de WhatsApp Business&lt;/b&gt; en Configuración, o quédese en el sandbox integrado, que simula WhatsApp y no envía mensajes a nadie.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Cree su primera campaña&lt;/b&gt; en Campañas, revise su verificación previa e iníciela.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;¿Quiere echar un vistazo primero? &lt;b&gt;Probar la demo&lt;/b&gt; abre un espacio de trabajo de demostración aparte, con contactos de ejemplo cuyos números nunca pueden pertenecer a nadie; nunca se mezcla con este.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import Contacts…</source>
        <translation>Importar contactos…</translation>
    </message>
    <message>
        <source>Try the Demo</source>
        <translation>Probar la demo</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting Started with Herald</source>
        <translation>Primeros pasos con Herald</translation>
    </message>
    <message>
        <source>Getting started guide</source>
        <translation>Guía de primeros pasos</translation>
    </message>
    <message>
        <source>&lt;h3&gt;From your contact list to your first results&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Import your contacts.&lt;/b&gt; File → Import Contacts… reads a CSV or Excel (.xlsx) file. Herald suggests which column holds the phone number and the name; numbers written without a country code are read in the region you choose. Only import people who agreed to hear from you on WhatsApp.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Connect WhatsApp.&lt;/b&gt; Under Settings, add your WhatsApp Business account (its phone number ID and access token; the token is kept in your system&apos;s keychain). Until then the built-in sandbox simulates WhatsApp and messages nobody.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Choose a template.&lt;/b&gt; WhatsApp only lets businesses start a conversation with a template it approved. Under Templates, fetch your approved templates or write one and submit it.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Create a campaign.&lt;/b&gt; Under Campaigns, New campaign: pick the template, fill its placeholders, choose who receives it (everyone opted in, a tag, or the people of an earlier campaign), and when: now, at a set time, every week, or when something happens in your shop.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Check and start.&lt;/b&gt; The pre-flight check shows how many people will receive the message, who is left out and why, and what it will cost. Start sends at your account&apos;s pace; you can pause, resume or stop at any time. People who opted out are never messaged.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Follow the results.&lt;/b&gt; The Dashboard shows how many messages were delivered, read and replied to. Click a bar to see those people, export them, or start a new campaign for them.&lt;/p&gt;&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Scheduled and triggered campaigns are sent while this window is open, or by the Herald agent on a computer that stays on. Help → Keyboard Shortcuts lists every shortcut.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;De su lista de contactos a sus primeros resultados&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Importe sus contactos.&lt;/b&gt; Archivo → Importar contactos… lee un archivo CSV o Excel (.xlsx). Herald sugiere qué columna contiene el número de teléfono y cuál el nombre; los números escritos sin código de país se leen en la región que usted elija. Importe solo a personas que aceptaron recibir mensajes suyos por WhatsApp.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Conecte WhatsApp.&lt;/b&gt; En Configuración, agregue su cuenta de WhatsApp Business (el ID de su número de teléfono y su token de acceso; el token se guarda en el llavero del sistema). Hasta entonces, el sandbox integrado simula WhatsApp y no envía mensajes a nadie.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Elija una plantilla.&lt;/b&gt; WhatsApp solo permite que las empresas inicien una conversación con una plantilla que haya aprobado. En Plantillas, sincronice sus plantillas aprobadas o escriba una y envíela a revisión.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Cree una campaña.&lt;/b&gt; En Campañas, Nueva campaña: elija la plantilla, complete sus marcadores de posición, elija quién la recibe (todos los contactos con consentimiento, una etiqueta o las personas de una campaña anterior) y cuándo: ahora, a una hora fija, todas las semanas o cuando ocurra algo en su tienda.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Verifique e inicie.&lt;/b&gt; La verificación previa muestra cuántas personas recibirán el mensaje, quién queda excluido y por qué, y cuánto costará. Iniciar envía al ritmo de su cuenta; puede pausar, reanudar o detener el envío en cualquier momento. Nunca se envían mensajes a las personas que se dieron de baja.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Siga los resultados.&lt;/b&gt; El Panel muestra cuántos mensajes se entregaron, se leyeron y se respondieron. Haga clic en una barra para ver a esas personas, exportarlas o iniciar una nueva campaña para ellas.&lt;/p&gt;&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Las campañas programadas y por evento se envían mientras esta ventana está abierta, o mediante el agente de Herald en una computadora que se deja encendida. Ayuda → Atajos de teclado muestra todos los atajos.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>GraphClient</name>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>la respuesta no es un objeto JSON</translation>
    </message>
</context>
<context>
    <name>GraphError</name>
    <message>
        <source>The Graph API did not answer in time. Check your internet connection and the Graph API URL, then try again.</source>
        <translation>La Graph API no respondió a tiempo. Revise su conexión a internet y la URL de Graph API, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The secure connection to the Graph API failed (%1). Check the Graph API URL and your system&apos;s date and certificates.</source>
        <translation>Falló la conexión segura con la Graph API (%1). Revise la URL de Graph API y la fecha y los certificados de su sistema.</translation>
    </message>
    <message>
        <source>Cannot reach the Graph API (%1). Check your internet connection and the Graph API URL.</source>
        <translation>No se puede conectar con la Graph API (%1). Revise su conexión a internet y la URL de Graph API.</translation>
    </message>
    <message>
        <source>The Graph API answered something Herald does not understand (%1).</source>
        <translation>La Graph API respondió algo que Herald no entiende (%1).</translation>
    </message>
    <message>
        <source>The Graph API answered HTTP %1 (%2). Try again later.</source>
        <translation>La Graph API respondió HTTP %1 (%2). Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The access token is invalid or has expired: create a new one in Meta Business Manager and store it with “Set token”.</source>
        <translation>El token de acceso no es válido o venció: cree uno nuevo en Meta Business Manager y guárdelo con “Establecer token”.</translation>
    </message>
    <message>
        <source>An ID in the account settings is wrong or not visible to this token: check the phone number ID and the WhatsApp Business Account ID.</source>
        <translation>Un ID de la configuración de la cuenta es incorrecto o este token no puede verlo: revise el ID del número de teléfono y el ID de la cuenta de WhatsApp Business.</translation>
    </message>
    <message>
        <source>The token lacks a permission (whatsapp_business_messaging and whatsapp_business_management).</source>
        <translation>Al token le falta un permiso (whatsapp_business_messaging y whatsapp_business_management).</translation>
    </message>
    <message>
        <source>Meta&apos;s rate limit was reached; wait a while and try again.</source>
        <translation>Se alcanzó el límite de solicitudes de Meta; espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>See Meta&apos;s error reference for this code.</source>
        <translation>Consulte la referencia de errores de Meta para este código.</translation>
    </message>
    <message>
        <source>Meta refused the request: %1 (code %2). %3</source>
        <translation>Meta rechazó la solicitud: %1 (código %2). %3</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <source>(trace id %1)</source>
        <translation>(id de rastreo %1)</translation>
    </message>
</context>
<context>
    <name>Headroom</name>
    <message>
        <source>Messaging tier not known: no daily limit is applied. WhatsApp Manager shows the number&apos;s tier; record it with herald-cli account set --messaging-tier.</source>
        <translation>Nivel de mensajería desconocido: no se aplica límite diario. WhatsApp Manager muestra el nivel del número; regístrelo con herald-cli account set --messaging-tier.</translation>
    </message>
    <message>
        <source>Unlimited messaging tier (%1): no daily limit.</source>
        <translation>Nivel de mensajería ilimitado (%1): sin límite diario.</translation>
    </message>
    <message>
        <source>%1 of %2 unique recipients left in the last 24 hours (%3).</source>
        <translation>Quedan %1 de %2 destinatarios únicos en las últimas 24 horas (%3).</translation>
    </message>
    <message>
        <source>Waiting for the daily messaging limit (%1 of %2 unique recipients used in 24 hours); the next send becomes possible at %3 UTC.</source>
        <translation>Esperando el límite diario de mensajería (%1 de %2 destinatarios únicos usados en 24 horas); el próximo envío será posible a las %3 UTC.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Abrir carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation>Abrir carpeta de registros</translation>
    </message>
    <message>
        <source>The log folder could not be opened. Its files are in %1 — open that folder in your file manager, or attach herald.log to a support request.</source>
        <translation>No se pudo abrir la carpeta de registros. Sus archivos están en %1 — abra esa carpeta en su administrador de archivos, o adjunte herald.log a una solicitud de soporte.</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Columns of the file</source>
        <translation>Columnas del archivo</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>Rejected rows</source>
        <translation>Filas rechazadas</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Elija un archivo</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Encoding: %1
Separator: %2
Columns: %3</source>
        <translation>Codificación: %1
Separador: %2
Columnas: %3</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Con consentimiento</translation>
    </message>
    <message>
        <source>Opt-in source</source>
        <translation>Origen del consentimiento</translation>
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
        <translation>Ninguna: los números incluyen el código de país</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>Asigne las columnas</translation>
    </message>
    <message>
        <source>Choose what each column holds. Exactly one column must hold the phone number; columns kept as attributes can be used in message templates.</source>
        <translation>Elija qué contiene cada columna. Exactamente una columna debe contener el número de teléfono; las columnas que se conservan como atributos se pueden usar en las plantillas de mensajes.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>The country of numbers written without a country code.</source>
        <translation>El país de los números escritos sin código de país.</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. newsletter, trade-fair</source>
        <translation>Separadas por comas, p. ej. boletín, feria-comercial</translation>
    </message>
    <message>
        <source>Mark all imported contacts as &amp;opted in</source>
        <translation>Marcar todos los contactos importados como con consen&amp;timiento</translation>
    </message>
    <message>
        <source>Where they agreed, e.g. website sign-up form</source>
        <translation>Dónde aceptaron, p. ej. formulario de registro del sitio web</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>&amp;Región predeterminada:</translation>
    </message>
    <message>
        <source>&amp;Add tags:</source>
        <translation>Agregar etiq&amp;uetas:</translation>
    </message>
    <message>
        <source>Opt-in &amp;source:</source>
        <translation>Orige&amp;n del consentimiento:</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <source>Choose the column that holds the phone number.</source>
        <translation>Elija la columna que contiene el número de teléfono.</translation>
    </message>
    <message>
        <source>Only one column can hold the phone number; set the others to Attribute or Ignore.</source>
        <translation>Solo una columna puede contener el número de teléfono; cambie las demás a Atributo o Ignorar.</translation>
    </message>
    <message>
        <source>Say where these contacts opted in: WhatsApp requires a record of consent.</source>
        <translation>Indique dónde dieron su consentimiento estos contactos: WhatsApp exige un registro del consentimiento.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Rows are saved in batches: cancelling keeps the batches already saved.</source>
        <translation>Las filas se guardan por lotes: al cancelar se conservan los lotes ya guardados.</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancelar importación</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Guardar filas rechazadas…</translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation>Cancelando después del lote actual…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>What happened to the rows of %1.</source>
        <translation>Qué pasó con las filas de %1.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Importación detenida</translation>
    </message>
    <message>
        <source>The import was cancelled. The %1 rows committed before it stopped were kept.</source>
        <translation>La importación se canceló. Se conservaron las %1 filas confirmadas antes de detenerse.</translation>
    </message>
    <message>
        <source>The import stopped: %1
The %2 rows committed before the problem were kept.</source>
        <translation>La importación se detuvo: %1
Se conservaron las %2 filas confirmadas antes del problema.</translation>
    </message>
    <message>
        <source>All rows of the file were read.</source>
        <translation>Se leyeron todas las filas del archivo.</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Filas leídas: %1</translation>
    </message>
    <message>
        <source>New contacts: %1</source>
        <translation>Contactos nuevos: %1</translation>
    </message>
    <message>
        <source>Existing contacts updated: %1</source>
        <translation>Contactos existentes actualizados: %1</translation>
    </message>
    <message>
        <source>Repeated numbers within the file (merged): %1</source>
        <translation>Números repetidos en el archivo (combinados): %1</translation>
    </message>
    <message>
        <source>Rejected rows: %1</source>
        <translation>Filas rechazadas: %1</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Guardar filas rechazadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Nothing was imported yet.</source>
        <translation>Todavía no se ha importado nada.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>No se puede reemplazar %1.</translation>
    </message>
    <message>
        <source>Cannot write %1. Check the folder and your permissions.</source>
        <translation>No se puede escribir %1. Revise la carpeta y sus permisos.</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx) with one contact per row and a header row. Comma, semicolon and tab separated files in UTF-8 or Windows-1252 are recognised.</source>
        <translation>Un archivo CSV o un libro de Excel (.xlsx) con un contacto por fila y una fila de encabezado. Se reconocen archivos separados por comas, punto y coma y tabuladores, en UTF-8 o Windows-1252.</translation>
    </message>
    <message>
        <source>Path to a .csv or .xlsx file</source>
        <translation>Ruta a un archivo .csv o .xlsx</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.tsv *.txt *.xlsx);;CSV files (*.csv *.tsv *.txt);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Archivos de contactos (*.csv *.tsv *.txt *.xlsx);;Archivos CSV (*.csv *.tsv *.txt);;Libros de Excel (*.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1” of %2
Columns: %3</source>
        <translation>Libro de Excel, hoja “%1” de %2
Columnas: %3</translation>
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
        <translation>El idioma de la ventana de Herald y de herald-cli, a partir del próximo inicio</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>Herald speaks the new language from its next start.</source>
        <translation>Herald usará el nuevo idioma a partir de su próximo inicio.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Herald</source>
        <translation>Herald</translation>
    </message>
    <message>
        <source>Delivery, read and reply rates of your campaigns, and how your audience grows and opts out over time.</source>
        <translation>Tasas de entrega, lectura y respuesta de sus campañas, y cómo crece su audiencia y cuántos se dan de baja con el tiempo.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Importar contactos…</translation>
    </message>
    <message>
        <source>&amp;Export Contacts…</source>
        <translation>&amp;Exportar contactos…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Herald</source>
        <translation>&amp;Acerca de Herald</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Find a phone number…</source>
        <translation>Buscar un número de teléfono…</translation>
    </message>
    <message>
        <source>Find a phone number</source>
        <translation>Buscar un número de teléfono</translation>
    </message>
    <message>
        <source>Type a phone number and press Enter to see its full message history (Ctrl+K)</source>
        <translation>Escriba un número de teléfono y presione Enter para ver su historial completo de mensajes (Ctrl+K)</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: %2</source>
        <translation>“%1” no es un número de teléfono: %2</translation>
    </message>
    <message>
        <source>Cannot read the history of %1: %2</source>
        <translation>No se puede leer el historial de %1: %2</translation>
    </message>
    <message>
        <source>Herald knows nothing about %1: no contact, message, reply or event has this number.</source>
        <translation>Herald no sabe nada de %1: ningún contacto, mensaje, respuesta ni evento tiene este número.</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Contacts unavailable</source>
        <translation>Contactos no disponibles</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 contacto</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 contactos</translation>
    </message>
    <message>
        <source>%1 · %2 opted in · %3 opted out</source>
        <translation>%1 · %2 con consentimiento · %3 dados de baja</translation>
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
        <translation>Elija una página con las teclas Arriba y Abajo; Ctrl+1 a Ctrl+6 desde cualquier lugar.</translation>
    </message>
    <message>
        <source>&amp;Find in This Page</source>
        <translation>&amp;Buscar en esta página</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Campaña</translation>
    </message>
    <message>
        <source>Type a phone number and press Enter to see its full message history</source>
        <translation>Escriba un número de teléfono y presione Enter para ver su historial completo de mensajes</translation>
    </message>
</context>
<context>
    <name>MessageRenderer</name>
    <message>
        <source>Templates with a location header cannot be sent by Herald yet.</source>
        <translation>Herald todavía no puede enviar plantillas con un encabezado de ubicación.</translation>
    </message>
    <message>
        <source>The template “%1” needs a value for %2: add --param %2=SOURCE (e.g. field:name or text:…).</source>
        <translation>La plantilla “%1” necesita un valor para %2: agregue --param %2=SOURCE (p. ej. field:name o text:…).</translation>
    </message>
    <message>
        <source>The template “%1” has no parameter %2; it takes: %3.</source>
        <translation>La plantilla “%1” no tiene el parámetro %2; acepta: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 has no value for this contact and no fallback</source>
        <translation>%1 no tiene valor para este contacto ni valor de respaldo</translation>
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
        <translation>Media (amarilla)</translation>
    </message>
    <message>
        <source>Low (red)</source>
        <translation>Baja (roja)</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>No account %1 for a quality report.</source>
        <translation>No existe la cuenta %1 para el reporte de calidad.</translation>
    </message>
    <message>
        <source>Paused: the quality rating of number “%1” (%2) dropped to %3%4. Nothing more is sent from it; check the number&apos;s quality in WhatsApp Manager and resume the campaign once it is no longer red.</source>
        <translation>En pausa: la calificación de calidad del número “%1” (%2) bajó a %3%4. Ya no se envía nada desde él; revise la calidad del número en WhatsApp Manager y reanude la campaña cuando ya no esté en rojo.</translation>
    </message>
</context>
<context>
    <name>PagedRows</name>
    <message>
        <source>The workspace is not open.</source>
        <translation>El espacio de trabajo no está abierto.</translation>
    </message>
</context>
<context>
    <name>PhoneNormalizer</name>
    <message>
        <source>the phone number is empty</source>
        <translation>el número de teléfono está vacío</translation>
    </message>
    <message>
        <source>%1 is a number in scientific notation: the spreadsheet has already rounded away its last digits, so the phone number cannot be recovered. Format the phone column as Text in Excel (or export again from the original source) and import the file again</source>
        <translation>%1 es un número en notación científica: la hoja de cálculo ya redondeó sus últimos dígitos, así que el número de teléfono no se puede recuperar. Dé formato de Texto a la columna de teléfonos en Excel (o vuelva a exportar desde la fuente original) e importe el archivo de nuevo</translation>
    </message>
    <message>
        <source>%1 has a + that is not at the start</source>
        <translation>%1 tiene un + que no está al principio</translation>
    </message>
    <message>
        <source>%1 contains letters; a phone number may only have digits, spaces, dashes, dots, parentheses and a leading +</source>
        <translation>%1 contiene letras; un número de teléfono solo puede tener dígitos, espacios, guiones, puntos, paréntesis y un + inicial</translation>
    </message>
    <message>
        <source>%1 contains %2, which does not belong in a phone number</source>
        <translation>%1 contiene %2, que no pertenece a un número de teléfono</translation>
    </message>
    <message>
        <source>%1 has no digits</source>
        <translation>%1 no tiene dígitos</translation>
    </message>
    <message>
        <source>%1 does not start with a known country calling code</source>
        <translation>%1 no empieza con un código de país conocido</translation>
    </message>
    <message>
        <source>%1 cannot be read with the default region %2</source>
        <translation>%1 no se puede leer con la región predeterminada %2</translation>
    </message>
    <message>
        <source>%1 is too short to be a phone number</source>
        <translation>%1 es demasiado corto para ser un número de teléfono</translation>
    </message>
    <message>
        <source>%1 is too long to be a phone number</source>
        <translation>%1 es demasiado largo para ser un número de teléfono</translation>
    </message>
    <message>
        <source>%1 is not a phone number</source>
        <translation>%1 no es un número de teléfono</translation>
    </message>
    <message>
        <source>international numbers (+%1)</source>
        <translation>números internacionales (+%1)</translation>
    </message>
    <message>
        <source>%1 is too short for a number in %2</source>
        <translation>%1 es demasiado corto para un número de %2</translation>
    </message>
    <message>
        <source>%1 is too long for a number in %2</source>
        <translation>%1 es demasiado largo para un número de %2</translation>
    </message>
    <message>
        <source>%1 has the wrong number of digits for %2</source>
        <translation>%1 tiene una cantidad de dígitos incorrecta para %2</translation>
    </message>
    <message>
        <source>%1 is a local number; add the area code (numbers in %2)</source>
        <translation>%1 es un número local; agregue la lada (números de %2)</translation>
    </message>
    <message>
        <source>%1 is not a valid number in %2</source>
        <translation>%1 no es un número válido en %2</translation>
    </message>
    <message>
        <source>%1 is written without a country code (it does not start with + or 00) and no default region was chosen; choose the default region these numbers belong to, or write them with their country code</source>
        <translation>%1 está escrito sin código de país (no empieza con + ni con 00) y no se eligió una región predeterminada; elija la región predeterminada a la que pertenecen estos números, o escríbalos con su código de país</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Not available in this version of Herald yet.</source>
        <translation>Todavía no está disponible en esta versión de Herald.</translation>
    </message>
</context>
<context>
    <name>PortfolioPage</name>
    <message>
        <source>&lt;h2&gt;Numbers and portfolios&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Números y portafolios&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Rendimiento</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Recipients (24 h)</source>
        <translation>Destinatarios (24 h)</translation>
    </message>
    <message>
        <source>Sending now</source>
        <translation>Enviando ahora</translation>
    </message>
    <message>
        <source>Scheduled next</source>
        <translation>Próximas programadas</translation>
    </message>
    <message>
        <source>The numbers could not be read: %1</source>
        <translation>No se pudieron leer los números: %1</translation>
    </message>
    <message>
        <source>Portfolio %1 — %2</source>
        <translation>Portafolio %1 — %2</translation>
    </message>
    <message>
        <source>%1 — flagged, not sending</source>
        <translation>%1 — marcado, sin envíos</translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 msj/s</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) flagged: campaigns on them pause until their quality recovers.</source>
        <translation>
            <numerusform>%n número marcado: las campañas que lo usan se pausan hasta que su calidad se recupere.</numerusform>
            <numerusform>%n números marcados: las campañas que los usan se pausan hasta que su calidad se recupere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Numbers of one business portfolio share its daily messaging limit.</source>
        <translation>Los números de un mismo portafolio comercial comparten su límite diario de mensajes.</translation>
    </message>
    <message>
        <source>Numbers by portfolio</source>
        <translation>Números por portafolio</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>The template “%1” (%2) is %3; only APPROVED templates can be sent.</source>
        <translation>La plantilla “%1” (%2) está %3; solo se pueden enviar plantillas APPROVED.</translation>
    </message>
    <message>
        <source>deleted upstream</source>
        <translation>eliminada en Meta</translation>
    </message>
    <message>
        <source>The template&apos;s quality is low (red): Meta may pause it if people keep blocking it.</source>
        <translation>La calidad de la plantilla es baja (roja): Meta podría pausarla si la gente sigue bloqueándola.</translation>
    </message>
    <message>
        <source>There is no template “%1” in language %2 for this account; sync the templates.</source>
        <translation>No hay ninguna plantilla “%1” en el idioma %2 para esta cuenta; sincronice las plantillas.</translation>
    </message>
    <message>
        <source>The campaign&apos;s account (id %1) does not exist.</source>
        <translation>La cuenta de la campaña (id %1) no existe.</translation>
    </message>
    <message>
        <source>This campaign is triggered by events: its audience is decided per event, so there is no count, duration or cost up front.</source>
        <translation>Esta campaña se activa por eventos: su audiencia se decide en cada evento, así que no hay cantidad, duración ni costo por adelantado.</translation>
    </message>
    <message>
        <source>The rate card mixes currencies (%1): no cost estimate.</source>
        <translation>El tarifario mezcla monedas (%1): sin estimación de costo.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) have no rate for category %1 in their country; the estimate leaves them out.</source>
        <translation>
            <numerusform>%n destinatario no tiene tarifa para la categoría %1 en su país; la estimación lo deja fuera.</numerusform>
            <numerusform>%n destinatarios no tienen tarifa para la categoría %1 en su país; la estimación los deja fuera.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audience is empty: no opted-in contact matches it.</source>
        <translation>La audiencia está vacía: ningún contacto con consentimiento coincide.</translation>
    </message>
    <message>
        <source>No recipient can get this message: every one is missing a parameter value.</source>
        <translation>Ningún destinatario puede recibir este mensaje: a todos les falta un valor de parámetro.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) miss a parameter value and have no fallback; they will be skipped.</source>
        <translation>
            <numerusform>A %n destinatario le falta un valor de parámetro y no tiene respaldo; se omitirá.</numerusform>
            <numerusform>A %n destinatarios les falta un valor de parámetro y no tienen respaldo; se omitirán.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account may message %1 more people in the next 24 hours (%2), fewer than the %3 recipients; the rest wait for the limit.</source>
        <translation>La cuenta puede escribir a %1 personas más en las próximas 24 horas (%2), menos que los %3 destinatarios; el resto espera al límite.</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>Pre-flight check — %1</source>
        <translation>Verificación previa — %1</translation>
    </message>
    <message>
        <source>&amp;Start sending</source>
        <translation>&amp;Iniciar envío</translation>
    </message>
    <message>
        <source>&amp;Activate schedule</source>
        <translation>&amp;Activar programación</translation>
    </message>
    <message>
        <source>Send &amp;test…</source>
        <translation>Enviar &amp;prueba…</translation>
    </message>
    <message>
        <source>Fix the problems listed in red first.</source>
        <translation>Primero corrija los problemas marcados en rojo.</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 was stopped and stays stopped: a stopped run is never continued. A new run sends the message to the %n recipient(s) it did not reach.</source>
        <translation>
            <numerusform>La ejecución %1 se detuvo y sigue detenida: una ejecución detenida nunca se continúa. Una nueva ejecución envía el mensaje a %n destinatario al que no llegó.</numerusform>
            <numerusform>La ejecución %1 se detuvo y sigue detenida: una ejecución detenida nunca se continúa. Una nueva ejecución envía el mensaje a los %n destinatarios a los que no llegó.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n who opted out or were deleted since are left out.</source>
        <translation>
            <numerusform>Se excluye a %n que se dio de baja o se eliminó desde entonces.</numerusform>
            <numerusform>Se excluye a %n que se dieron de baja o se eliminaron desde entonces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;New run for the %n not reached…</source>
        <translation>
            <numerusform>&amp;Nueva ejecución para el %n no alcanzado…</numerusform>
            <numerusform>&amp;Nueva ejecución para los %n no alcanzados…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreflightView</name>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>aproximadamente %n segundo</numerusform>
            <numerusform>aproximadamente %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 min %2 s</source>
        <translation>aproximadamente %1 min %2 s</translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>aproximadamente %1 h %2 min</translation>
    </message>
    <message>
        <source>Checking the campaign…</source>
        <translation>Verificando la campaña…</translation>
    </message>
    <message>
        <source>Cannot start yet:</source>
        <translation>Todavía no se puede iniciar:</translation>
    </message>
    <message>
        <source>Ready to start.</source>
        <translation>Listo para iniciar.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <source>decided per event (triggered campaign)</source>
        <translation>se decide en cada evento (campaña por evento)</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluidos</translation>
    </message>
    <message>
        <source>%1 opted out, %2 never opted in</source>
        <translation>%1 dados de baja, %2 nunca dieron su consentimiento</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) without a value and no fallback</source>
        <translation>
            <numerusform>%n destinatario sin valor y sin respaldo</numerusform>
            <numerusform>%n destinatarios sin valor y sin respaldo</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing parameters</source>
        <translation>Parámetros faltantes</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>%1, quality %2, category %3</source>
        <translation>%1, calidad %2, categoría %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrada</translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation>Límite diario</translation>
    </message>
    <message>
        <source>tier not known yet: no limit applied</source>
        <translation>nivel aún desconocido: no se aplica límite</translation>
    </message>
    <message>
        <source>%1: no limit</source>
        <translation>%1: sin límite</translation>
    </message>
    <message>
        <source>%1 of %2 left in the last 24 hours (%3, %4 used)</source>
        <translation>Quedan %1 de %2 en las últimas 24 horas (%3, %4 usados)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>%1 at %2 messages/s</source>
        <translation>%1 a %2 mensajes/s</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>no estimate (add prices to the rate card)</source>
        <translation>sin estimación (agregue precios al tarifario)</translation>
    </message>
    <message>
        <source>The message for the first recipients</source>
        <translation>El mensaje para los primeros destinatarios</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n recipient(s)</source>
        <translation>
            <numerusform>%1: %n destinatario</numerusform>
            <numerusform>%1: %n destinatarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Send window</source>
        <translation>Ventana de envío</translation>
    </message>
    <message>
        <source>Waves (%1 time)</source>
        <translation>Tandas (hora de %1)</translation>
    </message>
    <message>
        <source>Last send</source>
        <translation>Último envío</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message numerus="yes">
        <source>%n campaign run(s) are being sent from this window.</source>
        <translation>
            <numerusform>Se está enviando %n ejecución de campaña desde esta ventana.</numerusform>
            <numerusform>Se están enviando %n ejecuciones de campaña desde esta ventana.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you quit, sending pauses. Nothing is lost or sent twice: Resume on the Campaigns page continues where it stopped.</source>
        <translation>Si sale, el envío se pausa. No se pierde nada ni se envía dos veces: Reanudar en la página Campañas continúa donde se detuvo.</translation>
    </message>
    <message>
        <source>The Herald agent runs on this computer: it can continue the scheduled and triggered campaigns while Herald is closed. Campaigns you started by hand stay paused.</source>
        <translation>El agente de Herald se ejecuta en esta computadora: puede continuar las campañas programadas y por evento mientras Herald está cerrado. Las campañas que usted inició a mano quedan pausadas.</translation>
    </message>
    <message>
        <source>Scheduled and triggered campaigns can be sent while Herald is closed by the Herald agent (herald-cli agent) on a computer that stays on; see the README&apos;s &quot;herald-cli agent&quot; section to set it up.</source>
        <translation>El agente de Herald (herald-cli agent) puede enviar las campañas programadas y por evento mientras Herald está cerrado, en una computadora que se deja encendida; para configurarlo, consulte la sección &quot;herald-cli agent&quot; del README.</translation>
    </message>
    <message>
        <source>Stop Sending and Quit</source>
        <translation>Detener el envío y salir</translation>
    </message>
    <message>
        <source>Keep the Window Open</source>
        <translation>Mantener la ventana abierta</translation>
    </message>
    <message>
        <source>Hand Over to the Agent</source>
        <translation>Transferir al agente</translation>
    </message>
    <message>
        <source>Quit while sending?</source>
        <translation>¿Salir durante el envío?</translation>
    </message>
</context>
<context>
    <name>RateCard</name>
    <message>
        <source>A rate needs a template category (MARKETING, UTILITY, AUTHENTICATION or SERVICE).</source>
        <translation>Una tarifa necesita una categoría de plantilla (MARKETING, UTILITY, AUTHENTICATION o SERVICE).</translation>
    </message>
    <message>
        <source>“%1” is not a country code; use a two-letter ISO code such as IN or DE.</source>
        <translation>“%1” no es un código de país; use un código ISO de dos letras como IN o DE.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Un precio no puede ser negativo.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use a three-letter ISO 4217 code such as USD, EUR or INR.</source>
        <translation>“%1” no es un código de moneda; use un código ISO 4217 de tres letras, como USD, EUR o INR.</translation>
    </message>
    <message>
        <source>There is no rate for %1.</source>
        <translation>No hay tarifa para %1.</translation>
    </message>
</context>
<context>
    <name>RateCardDialog</name>
    <message>
        <source>Rate card</source>
        <translation>Tarifario</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>&amp;Add rate</source>
        <translation>&amp;Agregar tarifa</translation>
    </message>
    <message>
        <source>&amp;Remove rate</source>
        <translation>&amp;Quitar tarifa</translation>
    </message>
    <message>
        <source>“%1” is not a country code; use a two-letter ISO code such as IN or DE, or leave it empty for any country.</source>
        <translation>“%1” no es un código de país; use un código ISO de dos letras como IN o DE, o déjelo vacío para cualquier país.</translation>
    </message>
    <message>
        <source>The rate card was not saved: %1</source>
        <translation>El tarifario no se guardó: %1</translation>
    </message>
    <message>
        <source>The price of one message by template category and recipient country. A row without a country applies to every country without its own row. With no rows, the pre-flight check gives no cost estimate. A row valid from a date (YYYY-MM-DD, UTC) prices the messages sent from that day on; older runs keep the price of their day.</source>
        <translation>El precio de un mensaje según la categoría de plantilla y el país del destinatario. Una fila sin país se aplica a todos los países que no tienen fila propia. Sin filas, la verificación previa no da estimación de costo. Una fila válida desde una fecha (YYYY-MM-DD, UTC) fija el precio de los mensajes enviados a partir de ese día; las ejecuciones anteriores conservan el precio de su día.</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a date; write Valid from like 2025-07-01, or leave it empty for a price that always applied.</source>
        <translation>Fila %1: “%2” no es una fecha; escriba “Válido desde” así: 2025-07-01, o déjelo vacío para un precio que siempre rigió.</translation>
    </message>
</context>
<context>
    <name>RateCardImport</name>
    <message>
        <source>Line %1, field %2: %3</source>
        <translation>Línea %1, campo %2: %3</translation>
    </message>
    <message>
        <source>The file is empty; the first line must be the header category,country,price,currency[,valid_from].</source>
        <translation>El archivo está vacío; la primera línea debe ser el encabezado category,country,price,currency[,valid_from].</translation>
    </message>
    <message>
        <source>Line %1 (the header): column “%2” is not known; the columns are category, country, price, currency and optionally valid_from.</source>
        <translation>Línea %1 (el encabezado): la columna “%2” no se reconoce; las columnas son category, country, price, currency y, opcionalmente, valid_from.</translation>
    </message>
    <message>
        <source>Line %1 (the header): column “%2” appears twice.</source>
        <translation>Línea %1 (el encabezado): la columna “%2” aparece dos veces.</translation>
    </message>
    <message>
        <source>Line %1 (the header): the column “%2” is missing; the header must name category,country,price,currency (and optionally valid_from).</source>
        <translation>Línea %1 (el encabezado): falta la columna “%2”; el encabezado debe incluir category,country,price,currency (y, opcionalmente, valid_from).</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>empty; write MARKETING, UTILITY, AUTHENTICATION or SERVICE.</source>
        <translation>vacío; escriba MARKETING, UTILITY, AUTHENTICATION o SERVICE.</translation>
    </message>
    <message>
        <source>empty; write a three-letter code such as USD.</source>
        <translation>vacío; escriba un código de tres letras, como USD.</translation>
    </message>
    <message>
        <source>“%1” is not a price; write it like 0.0107.</source>
        <translation>“%1” no es un precio; escríbalo así: 0.0107.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it like 2025-07-01.</source>
        <translation>“%1” no es una fecha; escríbala así: 2025-07-01.</translation>
    </message>
    <message>
        <source>Line %1: the same category, country and valid_from as line %2; keep one of them.</source>
        <translation>Línea %1: la misma categoría, país y valid_from que la línea %2; conserve solo una de ellas.</translation>
    </message>
    <message>
        <source>The file has a header but no rates.</source>
        <translation>El archivo tiene encabezado pero ninguna tarifa.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 No se importó nada.</translation>
    </message>
</context>
<context>
    <name>RecipientLedger</name>
    <message>
        <source>Cannot prepare a ledger statement: %1</source>
        <translation>No se puede preparar una instrucción del registro: %1</translation>
    </message>
    <message>
        <source>The sender stopped before the provider&apos;s answer was recorded; the message may have been sent.</source>
        <translation>El emisor se detuvo antes de que se registrara la respuesta del proveedor; puede que el mensaje se haya enviado.</translation>
    </message>
    <message>
        <source>Sent again by the operator after an uncertain attempt.</source>
        <translation>Enviado de nuevo por el operador después de un intento incierto.</translation>
    </message>
    <message>
        <source>No answer from the provider; marked failed by the operator</source>
        <translation>Sin respuesta del proveedor; marcado como fallido por el operador</translation>
    </message>
    <message>
        <source>There is no campaign run %1 in this workspace.</source>
        <translation>No existe la ejecución de campaña %1 en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Unknown run control “%1”: use pause, resume or stop.</source>
        <translation>Control de ejecución desconocido “%1”: use pause, resume o stop.</translation>
    </message>
</context>
<context>
    <name>RecipientListModel</name>
    <message>
        <source>Could not read the recipients: %1</source>
        <translation>No se pudieron leer los destinatarios: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Respondido</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>ID del mensaje</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Código de error</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>RecipientListPane</name>
    <message>
        <source>Export Recipients</source>
        <translation>Exportar destinatarios</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>The list could not be exported: %1</source>
        <translation>No se pudo exportar la lista: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n recipient(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n destinatario a %1.</numerusform>
            <numerusform>Se exportaron %n destinatarios a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry Failures</source>
        <translation>Reintentar fallas</translation>
    </message>
    <message>
        <source>Plan a new run, linked to this one, that sends again only to the recipients whose failure a retry can help? Recipients still in a waiting period (such as 24 hours after error 131049) and contacts who opted out are left out.</source>
        <translation>¿Planificar una nueva ejecución, vinculada a esta, que vuelva a enviar solo a los destinatarios cuya falla puede resolverse con un reintento? Se excluye a los destinatarios que todavía están en un periodo de espera (como 24 horas después del error 131049) y a los contactos dados de baja.</translation>
    </message>
    <message>
        <source>Plan retry</source>
        <translation>Planificar reintento</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 will send again to %n recipient(s).</source>
        <translation>
            <numerusform>La ejecución %1 volverá a enviar a %n destinatario.</numerusform>
            <numerusform>La ejecución %1 volverá a enviar a %n destinatarios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more must wait until %1; retry again then.</source>
        <translation>
            <numerusform>%n más debe esperar hasta %1; reintente entonces.</numerusform>
            <numerusform>%n más deben esperar hasta %1; reintente entonces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would fail the same way and are left out.</source>
        <translation>
            <numerusform>%n fallaría de la misma manera y se excluye.</numerusform>
            <numerusform>%n fallarían de la misma manera y se excluyen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start it from the Campaigns page.</source>
        <translation>Iníciela desde la página Campañas.</translation>
    </message>
    <message>
        <source>Resend Uncertain</source>
        <translation>Reenviar inciertos</translation>
    </message>
    <message numerus="yes">
        <source>No answer came back for %n message(s): they may have reached the phone. Send them again anyway? The person may get the message twice.</source>
        <translation>
            <numerusform>No llegó respuesta para %n mensaje: puede que haya llegado al teléfono. ¿Enviarlo de nuevo de todos modos? La persona podría recibir el mensaje dos veces.</numerusform>
            <numerusform>No llegó respuesta para %n mensajes: puede que hayan llegado al teléfono. ¿Enviarlos de nuevo de todos modos? La persona podría recibir el mensaje dos veces.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Reenviar</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) will be sent again when the run continues.</source>
        <translation>
            <numerusform>%n destinatario se enviará de nuevo cuando la ejecución continúe.</numerusform>
            <numerusform>%n destinatarios se enviarán de nuevo cuando la ejecución continúe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Uncertain as Failed</source>
        <translation>Marcar inciertos como fallidos</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n uncertain recipient(s) as failed? They will not be sent again by this run.</source>
        <translation>
            <numerusform>¿Marcar %n destinatario incierto como fallido? Esta ejecución no le volverá a enviar.</numerusform>
            <numerusform>¿Marcar %n destinatarios inciertos como fallidos? Esta ejecución no les volverá a enviar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark failed</source>
        <translation>Marcar como fallidos</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) marked failed.</source>
        <translation>
            <numerusform>%n destinatario marcado como fallido.</numerusform>
            <numerusform>%n destinatarios marcados como fallidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying helps.</source>
        <translation>Reintentar ayuda.</translation>
    </message>
    <message numerus="yes">
        <source>Retrying helps only after %n hour(s).</source>
        <translation>
            <numerusform>Reintentar solo ayuda después de %n hora.</numerusform>
            <numerusform>Reintentar solo ayuda después de %n horas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying helps only after the cause is fixed.</source>
        <translation>Reintentar solo ayuda después de corregir la causa.</translation>
    </message>
    <message>
        <source>Retrying does not help.</source>
        <translation>Reintentar no ayuda.</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Who is behind a number?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Click a bar of the chart (or choose one with the arrow keys and press Enter) to list its recipients here: their status times, message IDs, errors and replies.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;¿Quién está detrás de un número?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Haga clic en una barra del gráfico (o elija una con las flechas y presione Enter) para ver aquí sus destinatarios: las horas de sus estados, los ID de mensaje, los errores y las respuestas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search name, phone, message ID or error…</source>
        <translation>Buscar nombre, teléfono, ID de mensaje o error…</translation>
    </message>
    <message>
        <source>Search recipients</source>
        <translation>Buscar destinatarios</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Motivo de la falla</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>New results came in since this list was opened.</source>
        <translation>Llegaron resultados nuevos desde que se abrió esta lista.</translation>
    </message>
    <message>
        <source>Re&amp;fresh list</source>
        <translation>Actuali&amp;zar lista</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Message &amp;history…</source>
        <translation>&amp;Historial de mensajes…</translation>
    </message>
    <message>
        <source>&amp;Resend uncertain…</source>
        <translation>&amp;Reenviar inciertos…</translation>
    </message>
    <message>
        <source>&amp;Mark uncertain as failed…</source>
        <translation>&amp;Marcar inciertos como fallidos…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Save this list (with the reason and search filters) as a CSV file.</source>
        <translation>Guardar esta lista (con el motivo y los filtros de búsqueda) como archivo CSV.</translation>
    </message>
    <message>
        <source>&amp;New campaign from these…</source>
        <translation>&amp;Nueva campaña con estos…</translation>
    </message>
    <message>
        <source>Start a campaign whose audience is exactly the recipients of this list.</source>
        <translation>Iniciar una campaña cuya audiencia sea exactamente los destinatarios de esta lista.</translation>
    </message>
    <message>
        <source>Re&amp;try failures…</source>
        <translation>Re&amp;intentar fallas…</translation>
    </message>
    <message>
        <source>Plan a linked run that sends again only to the failures a retry can help, respecting waiting times such as 24 hours after error 131049.</source>
        <translation>Planificar una ejecución vinculada que vuelva a enviar solo a las fallas en las que un reintento puede ayudar, respetando los tiempos de espera como 24 horas después del error 131049.</translation>
    </message>
    <message>
        <source>Resolve &amp;uncertain</source>
        <translation>Resol&amp;ver inciertos</translation>
    </message>
    <message>
        <source>Selected recipients whose send is uncertain (no answer came back): send again or mark them failed.</source>
        <translation>Destinatarios seleccionados cuyo envío es incierto (no llegó respuesta): enviar de nuevo o marcarlos como fallidos.</translation>
    </message>
    <message>
        <source>&amp;Resend selected uncertain…</source>
        <translation>&amp;Reenviar los inciertos seleccionados…</translation>
    </message>
    <message>
        <source>&amp;Mark selected uncertain as failed…</source>
        <translation>&amp;Marcar los inciertos seleccionados como fallidos…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Every message to and from the selected recipient (Enter).</source>
        <translation>Todos los mensajes enviados al destinatario seleccionado y recibidos de él (Enter).</translation>
    </message>
    <message>
        <source>All reasons (%1)</source>
        <translation>Todos los motivos (%1)</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>sin código</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>No message failed in this run.</source>
        <translation>Ningún mensaje falló en esta ejecución.</translation>
    </message>
    <message numerus="yes">
        <source>%n reason(s) behind these failures, largest first in the list above. Choose one to see what it means and whether a retry helps.</source>
        <translation>
            <numerusform>%n motivo detrás de estas fallas, el mayor primero en la lista de arriba. Elija uno para ver qué significa y si un reintento ayuda.</numerusform>
            <numerusform>%n motivos detrás de estas fallas, el mayor primero en la lista de arriba. Elija uno para ver qué significa y si un reintento ayuda.</numerusform>
        </translation>
    </message>
    <message>
        <source>no provider code</source>
        <translation>sin código del proveedor</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>código %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) · %3&lt;br&gt;%4&lt;br&gt;&lt;b&gt;%5&lt;/b&gt; %6&lt;br&gt;&lt;a href=&quot;%7&quot;&gt;WhatsApp error code reference&lt;/a&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) · %3&lt;br&gt;%4&lt;br&gt;&lt;b&gt;%5&lt;/b&gt; %6&lt;br&gt;&lt;a href=&quot;%7&quot;&gt;Referencia de códigos de error de WhatsApp&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1 · network error</source>
        <translation>%1 · error de red</translation>
    </message>
    <message>
        <source>%1 · code %2</source>
        <translation>%1 · código %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n recipient(s)</source>
        <translation>
            <numerusform>%1 — %n destinatario</numerusform>
            <numerusform>%1 — %n destinatarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Matching “%1”.</source>
        <translation>Coincidencias con “%1”.</translation>
    </message>
    <message>
        <source>No recipient in this list matches your search.</source>
        <translation>Ningún destinatario de esta lista coincide con su búsqueda.</translation>
    </message>
    <message>
        <source>No recipients here yet.</source>
        <translation>Todavía no hay destinatarios aquí.</translation>
    </message>
    <message>
        <source>The run is still sending; retry its failures once it has finished.</source>
        <translation>La ejecución todavía está enviando; reintente sus fallas cuando haya terminado.</translation>
    </message>
    <message>
        <source>%1 recipients</source>
        <translation>%1 destinatarios</translation>
    </message>
    <message>
        <source>Start a campaign for exactly these recipients: %1.</source>
        <translation>Iniciar una campaña exactamente para estos destinatarios: %1.</translation>
    </message>
</context>
<context>
    <name>RecipientZone</name>
    <message>
        <source>contact attribute</source>
        <translation>atributo del contacto</translation>
    </message>
    <message>
        <source>area code</source>
        <translation>lada</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>campaign zone</source>
        <translation>zona horaria de la campaña</translation>
    </message>
</context>
<context>
    <name>RegionBox</name>
    <message>
        <source>Default region</source>
        <translation>Región predeterminada</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code</source>
        <translation>El país de los números de teléfono escritos sin código de país</translation>
    </message>
    <message>
        <source>Automatic: none, numbers must include the country code</source>
        <translation>Automática: ninguna, los números deben incluir el código de país</translation>
    </message>
    <message>
        <source>Automatic: %1, from this computer</source>
        <translation>Automática: %1, según esta computadora</translation>
    </message>
</context>
<context>
    <name>RelayFeedPoller</name>
    <message>
        <source>The account “%1” has no relay URL. Set one with: herald-cli account set --name %1 --relay-url URL</source>
        <translation>La cuenta “%1” no tiene URL de relay. Configure una con: herald-cli account set --name %1 --relay-url URL</translation>
    </message>
    <message>
        <source>No relay feed token is stored for the account “%1”. Store it with: herald-cli account set-secret relay-feed-token --name %1 &lt; token.txt</source>
        <translation>No hay ningún token de feed del relay guardado para la cuenta “%1”. Guárdelo con: herald-cli account set-secret relay-feed-token --name %1 &lt; token.txt</translation>
    </message>
    <message>
        <source>Cannot read the status feed cursor: %1</source>
        <translation>No se puede leer el cursor del feed de estados: %1</translation>
    </message>
    <message>
        <source>The relay refused the feed token of the account “%1” (HTTP %2). Store the relay&apos;s HERALD_RELAY_FEED_TOKEN with: herald-cli account set-secret relay-feed-token --name %1 &lt; token.txt</source>
        <translation>El relay rechazó el token de feed de la cuenta “%1” (HTTP %2). Guarde el HERALD_RELAY_FEED_TOKEN del relay con: herald-cli account set-secret relay-feed-token --name %1 &lt; token.txt</translation>
    </message>
    <message>
        <source>The relay at %1 cannot be reached: %2</source>
        <translation>No se puede conectar con el relay en %1: %2</translation>
    </message>
    <message>
        <source>The relay at %1 answered HTTP %2.</source>
        <translation>El relay en %1 respondió HTTP %2.</translation>
    </message>
    <message>
        <source>The relay at %1 sent a feed page that is not valid.</source>
        <translation>El relay en %1 envió una página del feed que no es válida.</translation>
    </message>
    <message>
        <source>Cannot apply the status feed: %1</source>
        <translation>No se puede aplicar el feed de estados: %1</translation>
    </message>
</context>
<context>
    <name>RelayFeeds</name>
    <message>
        <source>Delivery reports for “%1” are off: %2</source>
        <translation>Los reportes de entrega de “%1” están desactivados: %2</translation>
    </message>
    <message>
        <source>Delivery reports for “%1” stopped: %2</source>
        <translation>Los reportes de entrega de “%1” se detuvieron: %2</translation>
    </message>
</context>
<context>
    <name>RelayMain</name>
    <message>
        <source>Address and port to listen on.</source>
        <translation>Dirección y puerto en los que escuchar.</translation>
    </message>
    <message>
        <source>SQLite file for the stored events.</source>
        <translation>Archivo SQLite para los eventos guardados.</translation>
    </message>
    <message>
        <source>Largest webhook body accepted, in bytes (larger ones get 413).</source>
        <translation>Cuerpo de webhook más grande que se acepta, en bytes (los más grandes reciben 413).</translation>
    </message>
    <message>
        <source>Largest request head (request line and header fields), in bytes (larger ones get 431).</source>
        <translation>Cabecera de solicitud más grande (línea de solicitud y campos de encabezado), en bytes (las más grandes reciben 431).</translation>
    </message>
    <message>
        <source>Most client connections at once (default: the open-files limit minus %1, at most %2).</source>
        <translation>Máximo de conexiones de clientes simultáneas (predeterminado: el límite de archivos abiertos menos %1, como máximo %2).</translation>
    </message>
    <message>
        <source>Most connections from one client address.</source>
        <translation>Máximo de conexiones desde una misma dirección de cliente.</translation>
    </message>
    <message>
        <source>Seconds a client has to send a request&apos;s head (and finish a TLS handshake).</source>
        <translation>Segundos que tiene un cliente para enviar la cabecera de una solicitud (y terminar un handshake TLS).</translation>
    </message>
    <message>
        <source>Seconds a client has to send a request&apos;s body.</source>
        <translation>Segundos que tiene un cliente para enviar el cuerpo de una solicitud.</translation>
    </message>
    <message>
        <source>Seconds an idle keep-alive connection (or a client not reading its answer) is kept.</source>
        <translation>Segundos que se mantiene una conexión keep-alive inactiva (o un cliente que no lee su respuesta).</translation>
    </message>
    <message>
        <source>Most memory the request bodies being read may hold together, in bytes (more get 503).</source>
        <translation>Memoria máxima que pueden ocupar juntos los cuerpos de solicitud en lectura, en bytes (las que excedan reciben 503).</translation>
    </message>
    <message>
        <source>Seconds between the test writes /healthz makes to the database.</source>
        <translation>Segundos entre las escrituras de prueba que /healthz hace en la base de datos.</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate chain (needs --tls-key).</source>
        <translation>Servir HTTPS con esta cadena de certificados PEM (necesita --tls-key).</translation>
    </message>
    <message>
        <source>Unencrypted PEM private key of --tls-cert (keep it readable by the relay only).</source>
        <translation>Clave privada PEM sin cifrar de --tls-cert (que solo el relay pueda leerla).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>Refusing to start: set %1 in the environment (secrets are never accepted as options).</source>
        <translation>No se inicia: defina %1 en el entorno (los secretos nunca se aceptan como opciones).</translation>
    </message>
    <message>
        <source>Invalid --listen value &quot;%1&quot;; expected HOST:PORT.</source>
        <translation>Valor de --listen no válido &quot;%1&quot;; se esperaba HOST:PORT.</translation>
    </message>
    <message>
        <source>Invalid --max-body value &quot;%1&quot;; expected a positive number of bytes.</source>
        <translation>Valor de --max-body no válido &quot;%1&quot;; se esperaba un número positivo de bytes.</translation>
    </message>
    <message>
        <source>Invalid --%1 value &quot;%2&quot;; expected a positive whole number.</source>
        <translation>Valor de --%1 no válido &quot;%2&quot;; se esperaba un número entero positivo.</translation>
    </message>
    <message>
        <source>--max-connections %1 does not fit the open-files limit of %2 (%3 are kept for the database and the relay itself): lower it or raise LimitNOFILE= / ulimit -n.</source>
        <translation>--max-connections %1 no cabe en el límite de archivos abiertos de %2 (%3 se reservan para la base de datos y el propio relay): redúzcalo o aumente LimitNOFILE= / ulimit -n.</translation>
    </message>
    <message>
        <source>Invalid --%1 value &quot;%2&quot;; expected a positive number of seconds, e.g. 10 or 0.5.</source>
        <translation>Valor de --%1 no válido &quot;%2&quot;; se esperaba un número positivo de segundos, p. ej. 10 o 0.5.</translation>
    </message>
    <message>
        <source>Invalid --health-probe-interval value &quot;%1&quot;; expected 0 to 3600 seconds.</source>
        <translation>Valor de --health-probe-interval no válido &quot;%1&quot;; se esperaban de 0 a 3600 segundos.</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>No se puede iniciar: %1</translation>
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
        <translation>Recibe los webhooks de WhatsApp de Meta y los webhooks de pedidos de las tiendas, los guarda de forma duradera y
los entrega a los Herald de escritorio.
Los secretos solo vienen del entorno: HERALD_RELAY_APP_SECRET, HERALD_RELAY_VERIFY_TOKEN,
HERALD_RELAY_FEED_TOKEN; opcionalmente HERALD_RELAY_INGEST_TOKEN, que habilita
POST /v1/business-events, HERALD_RELAY_SHOPIFY_SECRET (POST /webhooks/shopify),
HERALD_RELAY_WOOCOMMERCE_SECRET (POST /webhooks/woocommerce) y, para cada origen NAME de
--events-config, HERALD_RELAY_EVENTS_&lt;NAME&gt;_SECRET (POST /webhooks/events/NAME, firmado con
X-Herald-Signature: sha256=&lt;HMAC-SHA256 del cuerpo, en hex&gt;).</translation>
    </message>
    <message>
        <source>JSON file of generic webhook sources: for each NAME the JSON paths of event, phone, region, occurred_at, data and id in its body (docs/relay.md, &quot;Any other platform&quot;).</source>
        <translation>Archivo JSON de orígenes genéricos de webhooks: para cada NAME, las rutas JSON de event, phone, region, occurred_at, data e id en su cuerpo (docs/relay.md, &quot;Any other platform&quot;).</translation>
    </message>
    <message>
        <source>Invalid --events-config: %1</source>
        <translation>--events-config no válido: %1</translation>
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
        <translation>Mostrar Herald</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>“%1” is being sent</source>
        <translation>Se está enviando “%1”</translation>
    </message>
    <message>
        <source>Herald started sending this campaign. Click to follow it on the dashboard.</source>
        <translation>Herald empezó a enviar esta campaña. Haga clic para seguirla en el panel.</translation>
    </message>
    <message>
        <source>“%1” was stopped</source>
        <translation>“%1” se detuvo</translation>
    </message>
    <message>
        <source>The run was stopped; the people it did not reach were not messaged.</source>
        <translation>La ejecución se detuvo; las personas a las que no llegó no recibieron mensajes.</translation>
    </message>
    <message>
        <source>“%1” was sent</source>
        <translation>“%1” se envió</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) handed to WhatsApp. Click to see who received and read it.</source>
        <translation>
            <numerusform>%Ln destinatario pasado a WhatsApp. Haga clic para ver quién lo recibió y lo leyó.</numerusform>
            <numerusform>%Ln destinatarios pasados a WhatsApp. Haga clic para ver quién lo recibió y lo leyó.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” paused</source>
        <translation>“%1” se pausó</translation>
    </message>
    <message>
        <source>“%1” needs your decision</source>
        <translation>“%1” necesita su decisión</translation>
    </message>
    <message>
        <source>Open Campaigns to resume or stop it.</source>
        <translation>Abra Campañas para reanudarla o detenerla.</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Campaña %1</translation>
    </message>
</context>
<context>
    <name>RunService</name>
    <message>
        <source>Campaign %1 has not run yet: start it normally.</source>
        <translation>La campaña %1 todavía no se ha ejecutado: iníciela normalmente.</translation>
    </message>
    <message>
        <source>The newest run of campaign %1 (run %2) is %3, not stopped: there is no stopped run to send the rest of.</source>
        <translation>La ejecución más reciente de la campaña %1 (ejecución %2) está %3, no detenida: no hay ninguna ejecución detenida cuyo resto enviar.</translation>
    </message>
    <message>
        <source>Run %1 of campaign %2 was stopped, and a stopped run is never continued.</source>
        <translation>La ejecución %1 de la campaña %2 se detuvo, y una ejecución detenida nunca se continúa.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) it did not reach can get the message in a new run.</source>
        <translation>
            <numerusform>%n destinatario al que no llegó puede recibir el mensaje en una nueva ejecución.</numerusform>
            <numerusform>%n destinatarios a los que no llegó pueden recibir el mensaje en una nueva ejecución.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n opted out or were deleted since and are left out.)</source>
        <translation>
            <numerusform>(%n se dio de baja o se eliminó desde entonces y se excluye.)</numerusform>
            <numerusform>(%n se dieron de baja o se eliminaron desde entonces y se excluyen.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 is %2: there is nothing to continue.</source>
        <translation>La ejecución %1 está %2: no hay nada que continuar.</translation>
    </message>
    <message>
        <source>The campaign&apos;s account no longer exists.</source>
        <translation>La cuenta de la campaña ya no existe.</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>No se pudo iniciar el sandbox integrado: %1</translation>
    </message>
    <message>
        <source>Campaign %1 has nothing to send.</source>
        <translation>La campaña %1 no tiene nada que enviar.</translation>
    </message>
    <message>
        <source>Stopped by the operator.</source>
        <translation>Detenida por el operador.</translation>
    </message>
    <message>
        <source>Account %1 of campaign %2 no longer exists: edit the campaign&apos;s numbers (herald-cli campaign edit %2 --accounts …).</source>
        <translation>La cuenta %1 de la campaña %2 ya no existe: edite los números de la campaña (herald-cli campaign edit %2 --accounts …).</translation>
    </message>
    <message>
        <source>Run %1 of campaign %2 was already planned when you cancelled: nothing was sent. Start sends it.</source>
        <translation>La ejecución %1 de la campaña %2 ya estaba planificada cuando usted canceló: no se envió nada. Iniciar la envía.</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Lista para enviar</translation>
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
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Stopped by an error</source>
        <translation>Detenida por un error</translation>
    </message>
    <message>
        <source>Sending in another window</source>
        <translation>Enviando en otra ventana</translation>
    </message>
    <message>
        <source>Waiting for the daily limit</source>
        <translation>Esperando el límite diario</translation>
    </message>
    <message>
        <source>Sent — waiting for delivery reports</source>
        <translation>Enviada — esperando reportes de entrega</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Waiting for the next send window</source>
        <translation>Esperando la próxima ventana de envío</translation>
    </message>
</context>
<context>
    <name>SandboxEnvironment</name>
    <message>
        <source>The sandbox relay could not start: %1</source>
        <translation>No se pudo iniciar el relay del sandbox: %1</translation>
    </message>
    <message>
        <source>The sandbox could not start.</source>
        <translation>No se pudo iniciar el sandbox.</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>The sandbox could not listen on 127.0.0.1.</source>
        <translation>El sandbox no pudo escuchar en 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>schedule grace_minutes: must be a whole number of minutes from 0 to %1.</source>
        <translation>schedule grace_minutes: debe ser un número entero de minutos entre 0 y %1.</translation>
    </message>
    <message>
        <source>schedule at: “%1” is not a local date and time like 2026-12-01T09:00.</source>
        <translation>schedule at: “%1” no es una fecha y hora local como 2026-12-01T09:00.</translation>
    </message>
    <message>
        <source>schedule every: “%1” must be daily, weekly or monthly.</source>
        <translation>schedule every: “%1” debe ser daily, weekly o monthly.</translation>
    </message>
    <message>
        <source>schedule time: “%1” is not a time like 09:00.</source>
        <translation>schedule time: “%1” no es una hora como 09:00.</translation>
    </message>
    <message>
        <source>schedule days: weekdays are 1 (Monday) to 7 (Sunday).</source>
        <translation>schedule days: los días de la semana van de 1 (lunes) a 7 (domingo).</translation>
    </message>
    <message>
        <source>schedule days: a weekly schedule needs at least one weekday.</source>
        <translation>schedule days: una programación semanal necesita al menos un día de la semana.</translation>
    </message>
    <message>
        <source>schedule day_of_month: must be from 1 to 31.</source>
        <translation>schedule day_of_month: debe estar entre 1 y 31.</translation>
    </message>
    <message>
        <source>schedule start/end: dates look like 2026-12-31.</source>
        <translation>schedule start/end: las fechas tienen la forma 2026-12-31.</translation>
    </message>
    <message>
        <source>schedule end: the end date %1 is before the start date %2.</source>
        <translation>schedule end: la fecha de fin %1 es anterior a la fecha de inicio %2.</translation>
    </message>
    <message>
        <source>Once on %1 at %2 (%3)</source>
        <translation>Una vez el %1 a las %2 (%3)</translation>
    </message>
    <message>
        <source>Every day at %1 (%2)</source>
        <translation>Todos los días a las %1 (%2)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Every %1 at %2 (%3)</source>
        <translation>Cada %1 a las %2 (%3)</translation>
    </message>
    <message>
        <source>Monthly on day %1 (or the month&apos;s last day) at %2 (%3)</source>
        <translation>Mensualmente el día %1 (o el último día del mes) a las %2 (%3)</translation>
    </message>
    <message>
        <source>Monthly on day %1 at %2 (%3)</source>
        <translation>Mensualmente el día %1 a las %2 (%3)</translation>
    </message>
    <message>
        <source>, from %1</source>
        <translation>, desde el %1</translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation>, hasta el %1</translation>
    </message>
    <message>
        <source>The time zone “%1” (tz) is not known: choose one such as Asia/Kolkata or America/Sao_Paulo.</source>
        <translation>La zona horaria “%1” (tz) no es conocida: elija una como Asia/Kolkata o America/Sao_Paulo.</translation>
    </message>
</context>
<context>
    <name>ScheduleStore</name>
    <message>
        <source>the template %1 (%2) is not in the workspace</source>
        <translation>la plantilla %1 (%2) no está en el espacio de trabajo</translation>
    </message>
    <message>
        <source>the template %1 (%2) is %3, not APPROVED</source>
        <translation>la plantilla %1 (%2) está %3, no APPROVED</translation>
    </message>
    <message numerus="yes">
        <source>%n due fire(s) wait: run %1 of this campaign is still %2</source>
        <translation>
            <numerusform>%n disparo pendiente espera: la ejecución %1 de esta campaña sigue %2</numerusform>
            <numerusform>%n disparos pendientes esperan: la ejecución %1 de esta campaña sigue %2</numerusform>
        </translation>
    </message>
    <message>
        <source>fire %1 (%2): suppressed, %3</source>
        <translation>disparo %1 (%2): suprimido, %3</translation>
    </message>
    <message>
        <source>“%1” happened within %2 hours</source>
        <translation>“%1” ocurrió dentro de %2 horas</translation>
    </message>
    <message>
        <source>fire %1 (%2): cancelled, %3</source>
        <translation>disparo %1 (%2): cancelado, %3</translation>
    </message>
    <message>
        <source>the event is too old (due %1 hours ago; messages are sent at most %2 hours late)</source>
        <translation>el evento es demasiado antiguo (vencía hace %1 horas; los mensajes se envían con %2 horas de retraso como máximo)</translation>
    </message>
    <message>
        <source>cooldown: already sent within %1 hours</source>
        <translation>periodo de espera: ya se envió en las últimas %1 horas</translation>
    </message>
    <message>
        <source>fire %1 (%2): in run %3</source>
        <translation>disparo %1 (%2): en la ejecución %3</translation>
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
        <translation>La programación no tiene ninguna ocurrencia después de ahora (su fecha de fin ya pasó).</translation>
    </message>
    <message>
        <source>The scheduled time %1 (%2) has passed, by more than the %3-minute grace window.</source>
        <translation>La hora programada %1 (%2) ya pasó, por más que el margen de tolerancia de %3 minutos.</translation>
    </message>
    <message>
        <source>Campaign %1 is a one-time campaign: it is sent when started, not scheduled.</source>
        <translation>La campaña %1 es una campaña única: se envía cuando se inicia, no se programa.</translation>
    </message>
    <message>
        <source>The scheduler stopped.</source>
        <translation>El programador se detuvo.</translation>
    </message>
    <message>
        <source>This process runs the workspace&apos;s scheduled and triggered campaigns.</source>
        <translation>Este proceso ejecuta las campañas programadas y por evento del espacio de trabajo.</translation>
    </message>
    <message>
        <source>Standing by: %1 (process %2 on %3) runs the scheduler of this workspace.</source>
        <translation>En espera: %1 (proceso %2 en %3) ejecuta el programador de este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Standing by: another process runs the scheduler of this workspace.</source>
        <translation>En espera: otro proceso ejecuta el programador de este espacio de trabajo.</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: left unfinished by a scheduler that stopped, not continued: %3</source>
        <translation>ejecución %1 de la campaña %2: quedó sin terminar por un programador que se detuvo, no se continúa: %3</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: left unfinished by a scheduler that stopped; continuing it</source>
        <translation>ejecución %1 de la campaña %2: quedó sin terminar por un programador que se detuvo; se continúa</translation>
    </message>
    <message>
        <source>Cannot read the due campaigns: %1</source>
        <translation>No se pueden leer las campañas pendientes: %1</translation>
    </message>
    <message>
        <source>campaign %1: the schedule is invalid (%2); stopped</source>
        <translation>campaña %1: la programación no es válida (%2); detenida</translation>
    </message>
    <message>
        <source>campaign %1: %2</source>
        <translation>campaña %1: %2</translation>
    </message>
    <message>
        <source>missed by %1 minutes (grace %2 minutes): no Herald was running</source>
        <translation>se perdió por %1 minutos (margen %2 minutos): no había ningún Herald en ejecución</translation>
    </message>
    <message>
        <source>campaign %1: occurrence %2 skipped, %3</source>
        <translation>campaña %1: ocurrencia %2 omitida, %3</translation>
    </message>
    <message>
        <source>the occurrence of %1 is due</source>
        <translation>vence la ocurrencia de %1</translation>
    </message>
    <message>
        <source>campaign %1: occurrence %2 not sent: %3</source>
        <translation>campaña %1: ocurrencia %2 no enviada: %3</translation>
    </message>
    <message>
        <source>%1 recipients, %2 skipped</source>
        <translation>%1 destinatarios, %2 omitidos</translation>
    </message>
    <message>
        <source>campaign %1: occurrence %2 fired as run %3 (%4)</source>
        <translation>campaña %1: la ocurrencia %2 se disparó como ejecución %3 (%4)</translation>
    </message>
    <message>
        <source>campaign %1: no further occurrence; the schedule is done</source>
        <translation>campaña %1: no hay más ocurrencias; la programación terminó</translation>
    </message>
    <message>
        <source>campaign %1: next occurrence %2</source>
        <translation>campaña %1: próxima ocurrencia %2</translation>
    </message>
    <message>
        <source>Cannot read the triggered campaigns: %1</source>
        <translation>No se pueden leer las campañas por evento: %1</translation>
    </message>
    <message>
        <source>campaign %1: the trigger is invalid: %2</source>
        <translation>campaña %1: el disparador no es válido: %2</translation>
    </message>
    <message>
        <source>campaign %1: event %2 (%3) occurred before the campaign was started; ignored</source>
        <translation>campaña %1: el evento %2 (%3) ocurrió antes de que se iniciara la campaña; se ignora</translation>
    </message>
    <message>
        <source>campaign %1: event %2 (%3) does not meet the conditions</source>
        <translation>campaña %1: el evento %2 (%3) no cumple las condiciones</translation>
    </message>
    <message>
        <source>campaign %1: event %2 (%3) matches; due %4</source>
        <translation>campaña %1: el evento %2 (%3) coincide; vence %4</translation>
    </message>
    <message>
        <source>a new batch of fires is due</source>
        <translation>vence un nuevo lote de disparos</translation>
    </message>
    <message>
        <source>campaign %1: the triggered run could not be planned: %2</source>
        <translation>campaña %1: no se pudo planificar la ejecución por evento: %2</translation>
    </message>
    <message>
        <source>campaign %1: triggered run %2 with %3 recipients</source>
        <translation>campaña %1: ejecución por evento %2 con %3 destinatarios</translation>
    </message>
    <message>
        <source>Cannot read the runs waiting for the daily limit: %1</source>
        <translation>No se pueden leer las ejecuciones que esperan el límite diario: %1</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: the daily messaging limit has room again; continuing it</source>
        <translation>ejecución %1 de la campaña %2: el límite diario de mensajería tiene espacio de nuevo; se continúa</translation>
    </message>
    <message>
        <source>Cannot resolve uncertain sends: %1</source>
        <translation>No se pueden resolver los envíos inciertos: %1</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: uncertain sends without a report for %3 minutes are sent again (reports for later messages arrived)</source>
        <translation>ejecución %1 de la campaña %2: los envíos inciertos sin reporte durante %3 minutos se envían de nuevo (llegaron reportes de mensajes posteriores)</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: not continued: %3</source>
        <translation>ejecución %1 de la campaña %2: no se continúa: %3</translation>
    </message>
    <message>
        <source>it is no longer the campaign&apos;s newest run</source>
        <translation>ya no es la ejecución más reciente de la campaña</translation>
    </message>
    <message>
        <source>Stopped unsent because %1: a scheduled run is never sent late.</source>
        <translation>Detenida sin enviar porque %1: una ejecución programada nunca se envía con retraso.</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: %3</source>
        <translation>ejecución %1 de la campaña %2: %3</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: sending</source>
        <translation>ejecución %1 de la campaña %2: enviando</translation>
    </message>
    <message>
        <source>run %1: not started: %2</source>
        <translation>ejecución %1: no iniciada: %2</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: %3%4</source>
        <translation>ejecución %1 de la campaña %2: %3%4</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: cannot read its next send window: %3</source>
        <translation>ejecución %1 de la campaña %2: no se puede leer su próxima ventana de envío: %3</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: the next send window is open; continuing it</source>
        <translation>ejecución %1 de la campaña %2: la próxima ventana de envío está abierta; se continúa</translation>
    </message>
    <message>
        <source>Handed over to the Herald agent when the window closed.</source>
        <translation>Se transfirió al agente de Herald al cerrarse la ventana.</translation>
    </message>
    <message>
        <source>run %1: could not be handed over: %2</source>
        <translation>ejecución %1: no se pudo transferir: %2</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Write-only: a stored secret is never shown. Type a new one to replace it.</source>
        <translation>Solo escritura: un secreto guardado nunca se muestra. Escriba uno nuevo para reemplazarlo.</translation>
    </message>
    <message>
        <source>Set token</source>
        <translation>Establecer token</translation>
    </message>
    <message>
        <source>Store the token in the system keychain</source>
        <translation>Guardar el token en el llavero del sistema</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Revisando el llavero del sistema…</translation>
    </message>
    <message>
        <source>✔ A token is stored in the system keychain.</source>
        <translation>✔ Hay un token guardado en el llavero del sistema.</translation>
    </message>
    <message>
        <source>No token stored yet.</source>
        <translation>Todavía no hay ningún token guardado.</translation>
    </message>
    <message>
        <source>Save the account before storing a token.</source>
        <translation>Guarde la cuenta antes de guardar un token.</translation>
    </message>
    <message>
        <source>✔ Stored in the system keychain.</source>
        <translation>✔ Guardado en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Token stored in the system keychain.</source>
        <translation>Token guardado en el llavero del sistema.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain is not available, so Herald cannot store or read tokens. Log in to a desktop session and try again.</source>
        <translation>El llavero del sistema no está disponible, así que Herald no puede guardar ni leer tokens. Inicie una sesión de escritorio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>No keychain is available (no Secret Service is running), so Herald cannot store or read tokens. On a desktop, install and start gnome-keyring or KWallet (Debian/Ubuntu: apt install gnome-keyring) and log in again. On a server or over SSH, run Herald inside a D-Bus session with an unlocked keyring: dbus-run-session -- sh -c &apos;gnome-keyring-daemon --unlock --components=secrets &lt; password-file; herald-cli …&apos;.</source>
        <translation>No hay ningún llavero disponible (no se está ejecutando ningún Secret Service), así que Herald no puede guardar ni leer tokens. En un escritorio, instale e inicie gnome-keyring o KWallet (Debian/Ubuntu: apt install gnome-keyring) y vuelva a iniciar sesión. En un servidor o por SSH, ejecute Herald dentro de una sesión D-Bus con un llavero desbloqueado: dbus-run-session -- sh -c &apos;gnome-keyring-daemon --unlock --components=secrets &lt; password-file; herald-cli …&apos;.</translation>
    </message>
    <message>
        <source>No secret is stored for this account yet.</source>
        <translation>Todavía no hay ningún secreto guardado para esta cuenta.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock it and try again.</source>
        <translation>El llavero negó el acceso (%1). Desbloquéelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>El llavero informó un error: %1</translation>
    </message>
</context>
<context>
    <name>SendPlaybook</name>
    <message>
        <source>Retrying after a temporary error (%1).</source>
        <translation>Reintentando después de un error temporal (%1).</translation>
    </message>
    <message>
        <source>Meta&apos;s throughput limit was reached (%1); sending slower.</source>
        <translation>Se alcanzó el límite de rendimiento de Meta (%1); enviando más despacio.</translation>
    </message>
    <message numerus="yes">
        <source>Too many messages to this number (131056); waiting %n second(s).</source>
        <translation>
            <numerusform>Demasiados mensajes a este número (131056); esperando %n segundo.</numerusform>
            <numerusform>Demasiados mensajes a este número (131056); esperando %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meta refused the account (code %1: %2). The run was stopped; nothing more is sent until the account is fixed and the run is started again.</source>
        <translation>Meta rechazó la cuenta (código %1: %2). La ejecución se detuvo; no se envía nada más hasta que se corrija la cuenta y se vuelva a iniciar la ejecución.</translation>
    </message>
    <message>
        <source>The template is disabled (code 132016: %1). The run was paused; use a new template.</source>
        <translation>La plantilla está desactivada (código 132016: %1). La ejecución se pausó; use una plantilla nueva.</translation>
    </message>
    <message>
        <source>The template is paused for low quality (code 132015: %1). The run was paused; resume it when the template is active again.</source>
        <translation>La plantilla está pausada por baja calidad (código 132015: %1). La ejecución se pausó; reanúdela cuando la plantilla vuelva a estar activa.</translation>
    </message>
</context>
<context>
    <name>SendWindow</name>
    <message>
        <source>The send time “%1” (--local-time) is not a time of day: write HH:MM, e.g. 10:00.</source>
        <translation>La hora de envío “%1” (--local-time) no es una hora del día: escriba HH:MM, p. ej. 10:00.</translation>
    </message>
    <message>
        <source>The quiet hours “%1” (--quiet-hours) are not a time range: write HH:MM-HH:MM with two different times, e.g. 21:00-09:00.</source>
        <translation>El horario de silencio “%1” (--quiet-hours) no es un rango horario: escriba HH:MM-HH:MM con dos horas distintas, p. ej. 21:00-09:00.</translation>
    </message>
    <message>
        <source>The send time %1 falls in the quiet hours %2: choose a send time outside them.</source>
        <translation>La hora de envío %1 cae dentro del horario de silencio %2: elija una hora de envío fuera de él.</translation>
    </message>
    <message>
        <source>at %1, never %2–%3, recipient time</source>
        <translation>a las %1, nunca %2–%3, hora del destinatario</translation>
    </message>
    <message>
        <source>at %1 recipient time</source>
        <translation>a las %1, hora del destinatario</translation>
    </message>
    <message>
        <source>never %1–%2 recipient time</source>
        <translation>nunca %1–%2, hora del destinatario</translation>
    </message>
</context>
<context>
    <name>SendWindowBox</name>
    <message>
        <source>Recipient&apos;s own time</source>
        <translation>Hora local de cada destinatario</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Enviar a las</translation>
    </message>
    <message>
        <source>in each recipient&apos;s time zone</source>
        <translation>en la zona horaria de cada destinatario</translation>
    </message>
    <message>
        <source>Never between</source>
        <translation>Nunca entre</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>recipient time</source>
        <translation>hora del destinatario</translation>
    </message>
    <message>
        <source>The zone comes from the contact&apos;s “timezone” attribute, else from the number&apos;s area code or country, else the campaign&apos;s zone. The pre-flight shows the waves.</source>
        <translation>La zona horaria se toma del atributo “timezone” del contacto; si no existe, de la lada o del país del número; si no, de la zona horaria de la campaña. La verificación previa muestra las tandas.</translation>
    </message>
</context>
<context>
    <name>SendWindowPlan</name>
    <message>
        <source>There is no campaign run %1.</source>
        <translation>No existe la ejecución de campaña %1.</translation>
    </message>
</context>
<context>
    <name>SendWorker</name>
    <message>
        <source>Campaign run %1 belongs to another account.</source>
        <translation>La ejecución de campaña %1 pertenece a otra cuenta.</translation>
    </message>
    <message>
        <source>Paused by the operator.</source>
        <translation>Pausada por el operador.</translation>
    </message>
    <message>
        <source>Stopped by the operator.</source>
        <translation>Detenida por el operador.</translation>
    </message>
    <message>
        <source>Herald was closed while this run was sending; resume it to continue.</source>
        <translation>Herald se cerró mientras esta ejecución enviaba; reanúdela para continuar.</translation>
    </message>
    <message>
        <source>Sending stopped because of an error: %1</source>
        <translation>El envío se detuvo por un error: %1</translation>
    </message>
    <message>
        <source>The next wave is due at %1 (UTC); herald-cli agent or the open app sends it then.</source>
        <translation>La próxima tanda está prevista para %1 (UTC); herald-cli agent o la aplicación abierta la envía entonces.</translation>
    </message>
    <message>
        <source>Meta set the template “%1” (%2) to %3 for low quality, so sends with it are refused. The run is paused; resume it once the template is active again (Meta lifts a first pause after 3 hours).</source>
        <translation>Meta cambió la plantilla “%1” (%2) a %3 por baja calidad, así que se rechazan los envíos con ella. La ejecución está en pausa; reanúdela cuando la plantilla vuelva a estar activa (Meta levanta la primera pausa después de 3 horas).</translation>
    </message>
</context>
<context>
    <name>ServerLock</name>
    <message>
        <source>the workspace&apos;s PostgreSQL server (advisory lock “%1”)</source>
        <translation>el servidor PostgreSQL del espacio de trabajo (bloqueo consultivo “%1”)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Search this page</source>
        <translation>Buscar en esta página</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
</context>
<context>
    <name>SlotContext</name>
    <message>
        <source>The header&apos;s image, video or document (a link)</source>
        <translation>La imagen, el video o el documento del encabezado (un enlace)</translation>
    </message>
    <message>
        <source>Button “%1”: %2</source>
        <translation>Botón “%1”: %2</translation>
    </message>
    <message>
        <source>Button “%1”: the code to copy</source>
        <translation>Botón “%1”: el código que se copia</translation>
    </message>
    <message>
        <source>Button “%1”</source>
        <translation>Botón “%1”</translation>
    </message>
</context>
<context>
    <name>SqliteLibrary</name>
    <message>
        <source>The workspace must be opened with Qt&apos;s SQLite driver (QSQLITE), not %1.</source>
        <translation>El espacio de trabajo se debe abrir con el controlador SQLite de Qt (QSQLITE), no con %1.</translation>
    </message>
    <message>
        <source>Cannot ask Qt&apos;s SQLite driver for its version: %1</source>
        <translation>No se puede consultar la versión al controlador SQLite de Qt: %1</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver uses its own copy of SQLite %1, not the one Herald links.</source>
        <translation>El controlador SQLite de Qt usa su propia copia de SQLite %1, no la que enlaza Herald.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver uses SQLite %1 (%2), but Herald links SQLite %3 (%4).</source>
        <translation>El controlador SQLite de Qt usa SQLite %1 (%2), pero Herald enlaza SQLite %3 (%4).</translation>
    </message>
    <message>
        <source>Herald needs both to be one library, or the workspace could be damaged, so it was not opened. Install the Herald package for this system, or build Herald against the SQLite that Qt uses (Qt configured with -system-sqlite).</source>
        <translation>Herald necesita que ambos sean la misma biblioteca, o el espacio de trabajo podría dañarse, así que no se abrió. Instale el paquete de Herald para este sistema, o compile Herald con el SQLite que usa Qt (Qt configurado con -system-sqlite).</translation>
    </message>
</context>
<context>
    <name>StatsChartView</name>
    <message>
        <source>Campaign statistics chart</source>
        <translation>Gráfico de estadísticas de la campaña</translation>
    </message>
    <message>
        <source>Click a bar, or choose one with the Left and Right keys and press Enter, to list its recipients.</source>
        <translation>Haga clic en una barra, o elija una con las teclas Izquierda y Derecha y presione Enter, para ver sus destinatarios.</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation>Intentados</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leídos</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Respondieron</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation>No aptos</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>%1 of attempted</source>
        <translation>%1 de los intentados</translation>
    </message>
    <message>
        <source>%1 of sent</source>
        <translation>%1 de los enviados</translation>
    </message>
    <message>
        <source>Nothing has been sent in this run yet.
The bars fill in as messages go out.</source>
        <translation>Todavía no se ha enviado nada en esta ejecución.
Las barras se llenan a medida que salen los mensajes.</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1: sin datos</translation>
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
        <translation>%1. Presione Enter para ver estos destinatarios.</translation>
    </message>
    <message>
        <source>Press Enter to list these recipients.</source>
        <translation>Presione Enter para ver estos destinatarios.</translation>
    </message>
    <message>
        <source>Unqualified is part of Failed: numbers without WhatsApp.</source>
        <translation>No aptos es parte de Fallidos: números sin WhatsApp.</translation>
    </message>
    <message numerus="yes">
        <source>%n opted out</source>
        <translation>
            <numerusform>%n dado de baja</numerusform>
            <numerusform>%n dados de baja</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of attempted, part of the %2 failed</source>
        <translation>%1 de los intentados, parte de los %2 fallidos</translation>
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
        <translation>No existe la ejecución %1.</translation>
    </message>
    <message>
        <source>Recipient exports need the SQLite workspace driver.</source>
        <translation>Para exportar destinatarios se necesita el controlador SQLite del espacio de trabajo.</translation>
    </message>
    <message>
        <source>Could not read the recipients: %1</source>
        <translation>No se pudieron leer los destinatarios: %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was kept.</source>
        <translation>Exportación cancelada; no se conservó ningún archivo.</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>%1 is not a Herald workspace: it is not an SQLite database, or its header is damaged. The file was left untouched; choose another file or a new path, or restore it from a backup.</source>
        <translation>%1 no es un espacio de trabajo de Herald: no es una base de datos SQLite, o su encabezado está dañado. El archivo no se modificó; elija otro archivo o una ruta nueva, o restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged (SQLite reports a malformed database). It was left untouched; restore it from a backup or choose another file.</source>
        <translation>El espacio de trabajo %1 está dañado (SQLite informa una base de datos con formato incorrecto). No se modificó; restáurelo desde una copia de seguridad o elija otro archivo.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Nothing was lost: the last change was not saved and the file is intact. Free some space on that disk and try again.</source>
        <translation>El disco donde está %1 está lleno. No se perdió nada: el último cambio no se guardó y el archivo está intacto. Libere espacio en ese disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Herald may not write to %1 (no write permission for the file or its folder %2). Nothing was lost and nothing was changed. Make the folder writable or choose another place.</source>
        <translation>Herald no tiene permiso para escribir en %1 (sin permiso de escritura para el archivo o su carpeta %2). No se perdió ni se cambió nada. Dé permiso de escritura a la carpeta o elija otro lugar.</translation>
    </message>
    <message>
        <source>Cannot open %1. Check that the path names a file (not a folder) in a folder that exists. Nothing was changed.</source>
        <translation>No se puede abrir %1. Verifique que la ruta indique un archivo (no una carpeta) dentro de una carpeta que exista. No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 is locked by another program that uses it. Nothing was changed; close that program (another Herald window, an agent or herald-cli) or wait for it, then try again.</source>
        <translation>%1 está bloqueado por otro programa que lo usa. No se cambió nada; cierre ese programa (otra ventana de Herald, un agente o herald-cli) o espere a que termine, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cannot use %1.</source>
        <translation>No se puede usar %1.</translation>
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
        <translation>Un archivo de espacio de trabajo no tiene equipo: las personas y los roles pertenecen a un espacio de trabajo PostgreSQL (migre con: herald-cli workspace copy FILE postgresql://…).</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL connection to set the password (%1).</source>
        <translation>No se puede acceder a la conexión de PostgreSQL para establecer la contraseña (%1).</translation>
    </message>
    <message>
        <source>Cannot prepare the password: %1</source>
        <translation>No se puede preparar la contraseña: %1</translation>
    </message>
    <message>
        <source>Cannot grant the team&apos;s rights (%1): %2</source>
        <translation>No se pueden otorgar los permisos del equipo (%1): %2</translation>
    </message>
    <message>
        <source>A person&apos;s name must be 1 to 63 characters (it becomes their PostgreSQL user name).</source>
        <translation>El nombre de una persona debe tener de 1 a 63 caracteres (se convierte en su nombre de usuario de PostgreSQL).</translation>
    </message>
    <message>
        <source>There is already a PostgreSQL user named %1; choose another name, or remove them first (herald-cli team remove %1).</source>
        <translation>Ya existe un usuario de PostgreSQL llamado %1; elija otro nombre, o quítelo primero (herald-cli team remove %1).</translation>
    </message>
    <message>
        <source>Cannot add %1: %2. Only the workspace&apos;s owner or an admin can add people.</source>
        <translation>No se puede agregar a %1: %2. Solo el propietario del espacio de trabajo o un administrador pueden agregar personas.</translation>
    </message>
    <message>
        <source>Cannot add %1 to the %2 role: %3</source>
        <translation>No se puede agregar a %1 al rol %2: %3</translation>
    </message>
    <message>
        <source>You cannot remove yourself; ask another admin or the workspace&apos;s owner.</source>
        <translation>No puede quitarse a sí mismo; pídaselo a otro administrador o al propietario del espacio de trabajo.</translation>
    </message>
    <message>
        <source>%1 is not on this workspace&apos;s team (see herald-cli team list).</source>
        <translation>%1 no está en el equipo de este espacio de trabajo (vea herald-cli team list).</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>No se puede quitar a %1: %2</translation>
    </message>
</context>
<context>
    <name>TemplateButtonsEditor</name>
    <message>
        <source>Quick reply</source>
        <translation>Respuesta rápida</translation>
    </message>
    <message>
        <source>Visit website</source>
        <translation>Visitar sitio web</translation>
    </message>
    <message>
        <source>Call phone number</source>
        <translation>Llamar a un número de teléfono</translation>
    </message>
    <message>
        <source>Copy offer code</source>
        <translation>Copiar código de oferta</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Button text</source>
        <translation>Texto del botón</translation>
    </message>
    <message>
        <source>Web address / phone / code</source>
        <translation>Dirección web / teléfono / código</translation>
    </message>
    <message>
        <source>A button kind Herald does not edit; it is kept as it is.</source>
        <translation>Un tipo de botón que Herald no edita; se conserva tal como está.</translation>
    </message>
    <message>
        <source>https://… — may end in {{1}} for a per-recipient part</source>
        <translation>https://… — puede terminar en {{1}} para una parte distinta por destinatario</translation>
    </message>
    <message>
        <source>International format, e.g. +15550100</source>
        <translation>Formato internacional, p. ej. +15550100</translation>
    </message>
    <message>
        <source>An example code, up to 15 characters</source>
        <translation>Un código de ejemplo, de hasta 15 caracteres</translation>
    </message>
</context>
<context>
    <name>TemplateDetailPane</name>
    <message>
        <source>No template selected</source>
        <translation>Ninguna plantilla seleccionada</translation>
    </message>
    <message>
        <source>Select a template to see how it looks on a phone.</source>
        <translation>Seleccione una plantilla para ver cómo se ve en un teléfono.</translation>
    </message>
    <message>
        <source>Select a template in the list to preview it here.</source>
        <translation>Seleccione una plantilla en la lista para ver aquí su vista previa.</translation>
    </message>
    <message>
        <source>quality %1</source>
        <translation>calidad %1</translation>
    </message>
    <message>
        <source>Status %1: this template cannot be sent now.</source>
        <translation>Estado %1: esta plantilla no se puede enviar ahora.</translation>
    </message>
    <message>
        <source>Draft: not submitted to Meta yet. Open it and choose “Submit for review”.</source>
        <translation>Borrador: aún no se envió a Meta. Ábralo y elija “Enviar a revisión”.</translation>
    </message>
    <message>
        <source>In review at Meta; this can take up to 24 hours. Sync to see the outcome.</source>
        <translation>En revisión en Meta; esto puede tardar hasta 24 horas. Sincronice para ver el resultado.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Message Template</source>
        <translation>Plantilla de mensaje</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>lowercase_with_underscores</source>
        <translation>minusculas_con_guiones_bajos</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Encabezado</translation>
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
        <translation>Hasta 60 caracteres, como máximo una variable</translation>
    </message>
    <message>
        <source>&amp;Sample:</source>
        <translation>&amp;Muestra:</translation>
    </message>
    <message>
        <source>Upload handle or public URL of a sample file, for Meta&apos;s review</source>
        <translation>Identificador de carga o URL pública de un archivo de muestra, para la revisión de Meta</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Hello {{1}}, your order {{2}} has shipped. Use *bold*, _italic_, ~strikethrough~.</source>
        <translation>Hola {{1}}, su pedido {{2}} ya fue enviado. Use *negritas*, _cursivas_, ~tachado~.</translation>
    </message>
    <message>
        <source>Variables: {{1}}, {{2}}… or {{first_name}}. The body may not start or end with one.</source>
        <translation>Variables: {{1}}, {{2}}… o {{first_name}}. El cuerpo no puede empezar ni terminar con una.</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Pie de página</translation>
    </message>
    <message>
        <source>Optional, up to 60 characters, no variables</source>
        <translation>Opcional, hasta 60 caracteres, sin variables</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Botones</translation>
    </message>
    <message>
        <source>&amp;Add button</source>
        <translation>&amp;Agregar botón</translation>
    </message>
    <message>
        <source>Remove the selected button</source>
        <translation>Quitar el botón seleccionado</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Move the selected button up</source>
        <translation>Subir el botón seleccionado</translation>
    </message>
    <message>
        <source>Move the selected button down</source>
        <translation>Bajar el botón seleccionado</translation>
    </message>
    <message>
        <source>Up to 10; quick replies together</source>
        <translation>Hasta 10; las respuestas rápidas juntas</translation>
    </message>
    <message>
        <source>Variable examples</source>
        <translation>Ejemplos de variables</translation>
    </message>
    <message>
        <source>Meta reviews every template with sample values. Give each variable a realistic one.</source>
        <translation>Meta revisa cada plantilla con valores de muestra. Dé a cada variable uno realista.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
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
        <translation>Guardar &amp;borrador</translation>
    </message>
    <message>
        <source>S&amp;ubmit for review</source>
        <translation>En&amp;viar a revisión</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Utilidad</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox account “%1”.&lt;/b&gt; Submitting approves the template at once: the sandbox simulates Meta&apos;s review and nothing leaves this computer.</source>
        <translation>&lt;b&gt;Cuenta sandbox “%1”.&lt;/b&gt; Al enviarla, la plantilla se aprueba de inmediato: el sandbox simula la revisión de Meta y nada sale de esta computadora.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This template exists at Meta&lt;/b&gt; (status %1). Its name and language cannot change. Submitting sends the new content for review again; an approved template can be edited once a day and ten times in 30 days.</source>
        <translation>&lt;b&gt;Esta plantilla existe en Meta&lt;/b&gt; (estado %1). Su nombre y su idioma no pueden cambiar. Al enviarla, el contenido nuevo vuelve a revisión; una plantilla aprobada se puede editar una vez al día y diez veces en 30 días.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>New Message Template</source>
        <translation>Nueva plantilla de mensaje</translation>
    </message>
    <message>
        <source>Message Template “%1”</source>
        <translation>Plantilla de mensaje “%1”</translation>
    </message>
    <message>
        <source>No variables yet.</source>
        <translation>Todavía no hay variables.</translation>
    </message>
    <message>
        <source>Send the template to Meta for review</source>
        <translation>Enviar la plantilla a Meta para su revisión</translation>
    </message>
    <message>
        <source>Fix the problems listed on the right first.</source>
        <translation>Primero corrija los problemas que aparecen a la derecha.</translation>
    </message>
    <message>
        <source>Keep the template in this workspace without submitting it</source>
        <translation>Conservar la plantilla en este espacio de trabajo sin enviarla</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Borrador guardado.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>The template has unsaved changes. Discard them?</source>
        <translation>La plantilla tiene cambios sin guardar. ¿Desea descartarlos?</translation>
    </message>
    <message>
        <source>Named variables, such as {{first_name}}.</source>
        <translation>Variables con nombre, como {{first_name}}.</translation>
    </message>
    <message>
        <source>Numbered variables: {{1}}, {{2}}….</source>
        <translation>Variables numeradas: {{1}}, {{2}}….</translation>
    </message>
</context>
<context>
    <name>TemplateExamplesEditor</name>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>Se usa en</translation>
    </message>
    <message>
        <source>Example value</source>
        <translation>Valor de ejemplo</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Button “%1” (web address)</source>
        <translation>Botón “%1” (dirección web)</translation>
    </message>
    <message>
        <source>What a real customer would see here</source>
        <translation>Lo que vería aquí un cliente real</translation>
    </message>
    <message>
        <source>Variable examples</source>
        <translation>Ejemplos de variables</translation>
    </message>
    <message>
        <source>Variable examples (%1)</source>
        <translation>Ejemplos de variables (%1)</translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message>
        <source>Message preview</source>
        <translation>Vista previa del mensaje</translation>
    </message>
    <message>
        <source>(no body text)</source>
        <translation>(sin texto en el cuerpo)</translation>
    </message>
    <message>
        <source>Copy offer code</source>
        <translation>Copiar código de oferta</translation>
    </message>
    <message>
        <source>See all options</source>
        <translation>Ver todas las opciones</translation>
    </message>
    <message>
        <source> Image</source>
        <translation> Imagen</translation>
    </message>
    <message>
        <source>▶ Video</source>
        <translation>▶ Video</translation>
    </message>
    <message>
        <source> Document</source>
        <translation> Documento</translation>
    </message>
    <message>
        <source> Location</source>
        <translation> Ubicación</translation>
    </message>
    <message>
        <source>Button: %1</source>
        <translation>Botón: %1</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>Cannot read the templates: %1</source>
        <translation>No se pueden leer las plantillas: %1</translation>
    </message>
    <message>
        <source>Cannot read the template “%1” (%2): %3</source>
        <translation>No se puede leer la plantilla “%1” (%2): %3</translation>
    </message>
    <message>
        <source>Cannot start saving the templates: %1</source>
        <translation>No se puede empezar a guardar las plantillas: %1</translation>
    </message>
    <message>
        <source>Cannot save the templates: %1</source>
        <translation>No se pueden guardar las plantillas: %1</translation>
    </message>
    <message>
        <source>A template needs an account, a name and a language before it can be saved.</source>
        <translation>Una plantilla necesita una cuenta, un nombre y un idioma antes de poder guardarse.</translation>
    </message>
    <message>
        <source>Cannot save the template “%1” (%2): %3</source>
        <translation>No se puede guardar la plantilla “%1” (%2): %3</translation>
    </message>
    <message>
        <source>Cannot record the template update: %1</source>
        <translation>No se puede registrar la actualización de la plantilla: %1</translation>
    </message>
</context>
<context>
    <name>TemplateSubmission</name>
    <message>
        <source>The account “%1” has no WhatsApp Business Account ID. Set it in Settings → Sending accounts (herald-cli account set --waba-id ID).</source>
        <translation>La cuenta “%1” no tiene ID de cuenta de WhatsApp Business. Configúrelo en Configuración → Cuentas de envío (herald-cli account set --waba-id ID).</translation>
    </message>
    <message>
        <source>Meta did not accept “%1”: %2</source>
        <translation>Meta no aceptó “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” was accepted but could not be saved in the workspace: %2</source>
        <translation>“%1” se aceptó pero no se pudo guardar en el espacio de trabajo: %2</translation>
    </message>
</context>
<context>
    <name>TemplateSubmitter</name>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>The templates could not be read: %1</source>
        <translation>No se pudieron leer las plantillas: %1</translation>
    </message>
    <message>
        <source>Name taken</source>
        <translation>Nombre en uso</translation>
    </message>
    <message>
        <source>A template “%1” in %2 already exists at Meta. Choose another name, or edit that template instead.</source>
        <translation>Ya existe en Meta una plantilla “%1” en %2. Elija otro nombre, o edite esa plantilla.</translation>
    </message>
    <message>
        <source>Replace draft?</source>
        <translation>¿Reemplazar el borrador?</translation>
    </message>
    <message>
        <source>A draft “%1” in %2 already exists. Replace it with this one?</source>
        <translation>Ya existe un borrador “%1” en %2. ¿Reemplazarlo con este?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardada</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>No se pudo guardar la plantilla: %1</translation>
    </message>
    <message>
        <source>Template saved</source>
        <translation>Plantilla guardada</translation>
    </message>
    <message>
        <source>Cannot submit</source>
        <translation>No se puede enviar</translation>
    </message>
    <message>
        <source>Reading the access token…</source>
        <translation>Leyendo el token de acceso…</translation>
    </message>
    <message>
        <source>Submitting to Meta…</source>
        <translation>Enviando a Meta…</translation>
    </message>
    <message>
        <source>Submission failed</source>
        <translation>El envío falló</translation>
    </message>
    <message>
        <source>The sandbox approved “%1” at once: it simulates Meta&apos;s review. On a WhatsApp Cloud API account the review can take up to 24 hours.</source>
        <translation>El sandbox aprobó “%1” de inmediato: simula la revisión de Meta. En una cuenta de WhatsApp Cloud API la revisión puede tardar hasta 24 horas.</translation>
    </message>
    <message>
        <source>“%1” was submitted for review (status %2). Meta reviews templates automatically; the answer can take up to 24 hours. Sync the templates to see it.</source>
        <translation>“%1” se envió a revisión (estado %2). Meta revisa las plantillas automáticamente; la respuesta puede tardar hasta 24 horas. Sincronice las plantillas para verla.</translation>
    </message>
</context>
<context>
    <name>TemplateSync</name>
    <message>
        <source>The account “%1” has no WhatsApp Business Account ID; set it first (account set --waba-id).</source>
        <translation>La cuenta “%1” no tiene ID de cuenta de WhatsApp Business; configúrelo primero (account set --waba-id).</translation>
    </message>
    <message numerus="yes">
        <source>Template sync stopped after %n page(s): %1</source>
        <translation>
            <numerusform>La sincronización de plantillas se detuvo después de %n página: %1</numerusform>
            <numerusform>La sincronización de plantillas se detuvo después de %n páginas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The Graph API&apos;s answer has no template list (“data”).</source>
        <translation>La respuesta de Graph API no tiene lista de plantillas (“data”).</translation>
    </message>
    <message>
        <source>The Graph API pointed the next page at another host (%1); Herald does not send the token there.</source>
        <translation>La Graph API dirigió la página siguiente a otro host (%1); Herald no envía el token ahí.</translation>
    </message>
    <message>
        <source>The Graph API&apos;s paging does not end (page %1 repeats).</source>
        <translation>La paginación de Graph API no termina (la página %1 se repite).</translation>
    </message>
    <message>
        <source>The templates could not be saved: %1</source>
        <translation>No se pudieron guardar las plantillas: %1</translation>
    </message>
</context>
<context>
    <name>TemplateSyncRunner</name>
    <message>
        <source>Reading the access token from the system keychain…</source>
        <translation>Leyendo el token de acceso del llavero del sistema…</translation>
    </message>
    <message>
        <source>Fetching templates… %1 page(s), %2 template(s) so far.</source>
        <translation>Obteniendo plantillas… %1 página(s), %2 plantilla(s) hasta ahora.</translation>
    </message>
    <message>
        <source>Syncing templates of “%1”…</source>
        <translation>Sincronizando las plantillas de “%1”…</translation>
    </message>
</context>
<context>
    <name>TemplateTableModel</name>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausada</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>In appeal</source>
        <translation>En apelación</translation>
    </message>
    <message>
        <source>Being deleted</source>
        <translation>Eliminándose</translation>
    </message>
    <message>
        <source>Deleted upstream</source>
        <translation>Eliminada en Meta</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivada</translation>
    </message>
    <message>
        <source>Limit exceeded</source>
        <translation>Límite excedido</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Marcada</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Reinstated</source>
        <translation>Restablecida</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>Deleted from the WhatsApp account on %1; kept here for campaign history. Last status there: %2.</source>
        <translation>Eliminada de la cuenta de WhatsApp el %1; se conserva aquí para el historial de campañas. Último estado allá: %2.</translation>
    </message>
    <message>
        <source>Meta paused this template for low quality; sends are refused until it resumes.</source>
        <translation>Meta pausó esta plantilla por baja calidad; los envíos se rechazan hasta que se reanude.</translation>
    </message>
    <message>
        <source>Meta disabled this template after repeated pauses; create a new one.</source>
        <translation>Meta desactivó esta plantilla después de pausas repetidas; cree una nueva.</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rechazada: %1</translation>
    </message>
    <message>
        <source>Status %1: this template cannot be sent now.</source>
        <translation>Estado %1: esta plantilla no se puede enviar ahora.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Última sincronización</translation>
    </message>
</context>
<context>
    <name>TemplateValidator</name>
    <message>
        <source>%1 is %2 characters long; the limit is %3. Shorten it by one character.</source>
        <translation>%1 tiene %2 caracteres; el límite es %3. Acórtelo un carácter.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %2 characters long; the limit is %3. Shorten it by %Ln characters.</source>
        <translation>
            <numerusform>%1 tiene %2 caracteres; el límite es %3. Acórtelo %Ln carácter.</numerusform>
            <numerusform>%1 tiene %2 caracteres; el límite es %3. Acórtelo %Ln caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the template&apos;s language, for example “en_US”.</source>
        <translation>Elija el idioma de la plantilla, por ejemplo “en_US”.</translation>
    </message>
    <message>
        <source>Choose a category: MARKETING, UTILITY or AUTHENTICATION.</source>
        <translation>Elija una categoría: MARKETING, UTILITY o AUTHENTICATION.</translation>
    </message>
    <message>
        <source>%1 is not a template category; use MARKETING, UTILITY or AUTHENTICATION.</source>
        <translation>%1 no es una categoría de plantilla; use MARKETING, UTILITY o AUTHENTICATION.</translation>
    </message>
    <message>
        <source>The template has no name. Give it one made of lowercase letters, digits and underscores, such as “order_update”.</source>
        <translation>La plantilla no tiene nombre. Póngale uno con letras minúsculas, dígitos y guiones bajos, como “order_update”.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>El nombre</translation>
    </message>
    <message>
        <source>The name contains %1, which is not allowed: use only lowercase letters, digits and underscores (for example %2).</source>
        <translation>El nombre contiene %1, que no está permitido: use solo letras minúsculas, dígitos y guiones bajos (por ejemplo %2).</translation>
    </message>
    <message>
        <source>%1 is not a valid variable: write it as %2, with two braces on each side and no spaces.</source>
        <translation>%1 no es una variable válida: escríbala como %2, con dos llaves de cada lado y sin espacios.</translation>
    </message>
    <message>
        <source>%1 is not a valid variable. Write variables as {{1}}, {{2}}… or as {{first_name}}: two braces on each side, only letters, digits or underscores inside, no spaces.</source>
        <translation>%1 no es una variable válida. Escriba las variables como {{1}}, {{2}}… o como {{first_name}}: dos llaves de cada lado, solo letras, dígitos o guiones bajos dentro, sin espacios.</translation>
    </message>
    <message>
        <source>%1: named variables may only use lowercase letters and underscores.</source>
        <translation>%1: las variables con nombre solo pueden usar letras minúsculas y guiones bajos.</translation>
    </message>
    <message>
        <source>%1: named variables may only use lowercase letters and underscores; write %2.</source>
        <translation>%1: las variables con nombre solo pueden usar letras minúsculas y guiones bajos; escriba %2.</translation>
    </message>
    <message>
        <source>Numbered variables start at {{1}}; rename %1 to {{1}}.</source>
        <translation>Las variables numeradas empiezan en {{1}}; cambie %1 por {{1}}.</translation>
    </message>
    <message>
        <source>%1 skips %2: numbered variables must run 1, 2, 3… without gaps. Rename it to %2.</source>
        <translation>%1 se salta %2: las variables numeradas deben ir 1, 2, 3… sin huecos. Cámbiela por %2.</translation>
    </message>
    <message>
        <source>%1 mixes a %2 variable into a template that also uses %3 ones (%4); use one kind throughout.</source>
        <translation>%1 mezcla una variable %2 en una plantilla que también usa variables %3 (%4); use un solo tipo en toda la plantilla.</translation>
    </message>
    <message>
        <source>numbered</source>
        <translation>numerada</translation>
    </message>
    <message>
        <source>named</source>
        <translation>con nombre</translation>
    </message>
    <message>
        <source>The examples name %1 more than once; give each named variable exactly one example.</source>
        <translation>Los ejemplos mencionan %1 más de una vez; dé exactamente un ejemplo a cada variable con nombre.</translation>
    </message>
    <message>
        <source>%1 has no example value. Add one (for instance what a real customer would see) so Meta can review the template.</source>
        <translation>%1 no tiene valor de ejemplo. Agregue uno (por ejemplo, lo que vería un cliente real) para que Meta pueda revisar la plantilla.</translation>
    </message>
    <message>
        <source>The %1 header needs a sample file (header_handle) so Meta can review the template; upload one.</source>
        <translation>El encabezado %1 necesita un archivo de muestra (header_handle) para que Meta pueda revisar la plantilla; suba uno.</translation>
    </message>
    <message>
        <source>The header is set to text but has none. Type the header text or remove the header.</source>
        <translation>El encabezado está configurado como texto pero no tiene ninguno. Escriba el texto del encabezado o quite el encabezado.</translation>
    </message>
    <message>
        <source>The header</source>
        <translation>El encabezado</translation>
    </message>
    <message>
        <source>The header uses %1 different variables; a header may have only one. Keep %2 and move the others into the body.</source>
        <translation>El encabezado usa %1 variables distintas; un encabezado solo puede tener una. Conserve %2 y pase las demás al cuerpo.</translation>
    </message>
    <message>
        <source>The body is empty. Every template needs body text.</source>
        <translation>El cuerpo está vacío. Toda plantilla necesita texto en el cuerpo.</translation>
    </message>
    <message>
        <source>The body</source>
        <translation>El cuerpo</translation>
    </message>
    <message>
        <source>The body may not start with a variable (%1). Put some words before it, for example “Hi %1”.</source>
        <translation>El cuerpo no puede empezar con una variable (%1). Ponga algunas palabras antes, por ejemplo “Hola %1”.</translation>
    </message>
    <message>
        <source>The body may not end with a variable (%1). Add some words or a full stop after it.</source>
        <translation>El cuerpo no puede terminar con una variable (%1). Agregue algunas palabras o un punto después.</translation>
    </message>
    <message>
        <source>%1 and %2 sit next to each other; put words or punctuation between them.</source>
        <translation>%1 y %2 están juntas; ponga palabras o signos de puntuación entre ellas.</translation>
    </message>
    <message>
        <source>The footer</source>
        <translation>El pie de página</translation>
    </message>
    <message>
        <source>The footer cannot contain variables; remove %1 or move it into the body.</source>
        <translation>El pie de página no puede contener variables; quite %1 o páselo al cuerpo.</translation>
    </message>
    <message>
        <source>The URL button %1 has no web address; add one.</source>
        <translation>El botón de URL %1 no tiene dirección web; agregue una.</translation>
    </message>
    <message>
        <source>The web address</source>
        <translation>La dirección web</translation>
    </message>
    <message>
        <source>A web address may contain only one variable, at its very end; remove the others.</source>
        <translation>Una dirección web solo puede contener una variable, justo al final; quite las demás.</translation>
    </message>
    <message>
        <source>The variable %1 must be the very end of the web address, as in “https://example.com/track/{{1}}”.</source>
        <translation>La variable %1 debe estar justo al final de la dirección web, como en “https://example.com/track/{{1}}”.</translation>
    </message>
    <message>
        <source>A web address&apos;s variable is always written {{1}}; replace %1.</source>
        <translation>La variable de una dirección web siempre se escribe {{1}}; reemplace %1.</translation>
    </message>
    <message>
        <source>The web address&apos;s variable %1 has no example; add the part of a real address it stands for.</source>
        <translation>La variable %1 de la dirección web no tiene ejemplo; agregue la parte de una dirección real que representa.</translation>
    </message>
    <message numerus="yes">
        <source>The template has %1 buttons; the limit is %2. Remove %n of them.</source>
        <translation>
            <numerusform>La plantilla tiene %1 botones; el límite es %2. Quite %n.</numerusform>
            <numerusform>La plantilla tiene %1 botones; el límite es %2. Quite %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>A template may have at most %1 quick-reply buttons; remove this one and any after it.</source>
        <translation>Una plantilla puede tener como máximo %1 botones de respuesta rápida; quite este y los que le sigan.</translation>
    </message>
    <message>
        <source>A template may have at most %1 web-address buttons; remove this one.</source>
        <translation>Una plantilla puede tener como máximo %1 botones de dirección web; quite este.</translation>
    </message>
    <message>
        <source>A template may have only one call button; remove this one.</source>
        <translation>Una plantilla solo puede tener un botón de llamada; quite este.</translation>
    </message>
    <message>
        <source>A template may have only one copy-code button; remove this one.</source>
        <translation>Una plantilla solo puede tener un botón de copiar código; quite este.</translation>
    </message>
    <message>
        <source>Quick-reply buttons must sit together; move %1 next to the other quick replies.</source>
        <translation>Los botones de respuesta rápida deben ir juntos; mueva %1 junto a las demás respuestas rápidas.</translation>
    </message>
    <message>
        <source>This button has no label; type the text it shows.</source>
        <translation>Este botón no tiene etiqueta; escriba el texto que muestra.</translation>
    </message>
    <message>
        <source>The label %1</source>
        <translation>La etiqueta %1</translation>
    </message>
    <message>
        <source>The call button %1 has no phone number; add one.</source>
        <translation>El botón de llamada %1 no tiene número de teléfono; agregue uno.</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>El número de teléfono</translation>
    </message>
    <message>
        <source>The copy-code button needs an example code (up to %1 characters).</source>
        <translation>El botón de copiar código necesita un código de ejemplo (de hasta %1 caracteres).</translation>
    </message>
    <message>
        <source>The example code</source>
        <translation>El código de ejemplo</translation>
    </message>
    <message>
        <source>The template uses named variables but also the numbered variable %1. Give it a name such as {{first_name}}, or number all the variables {{1}}, {{2}}….</source>
        <translation>La plantilla usa variables con nombre pero también la variable numerada %1. Póngale un nombre como {{first_name}}, o numere todas las variables {{1}}, {{2}}….</translation>
    </message>
    <message>
        <source>The template uses numbered variables but also the named variable %1. Number it like the others ({{1}}, {{2}}…), or give all the variables names such as {{first_name}}.</source>
        <translation>La plantilla usa variables numeradas pero también la variable con nombre %1. Numérela como las demás ({{1}}, {{2}}…), o ponga nombre a todas las variables, como {{first_name}}.</translation>
    </message>
</context>
<context>
    <name>TemplateViolationMarker</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Pie de página</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Botones</translation>
    </message>
    <message>
        <source>Button %1</source>
        <translation>Botón %1</translation>
    </message>
    <message>
        <source>%1 (rule %2). Click to go there.</source>
        <translation>%1 (regla %2). Haga clic para ir ahí.</translation>
    </message>
    <message>
        <source>No problems found: the template follows Meta&apos;s rules.</source>
        <translation>No se encontraron problemas: la plantilla cumple las reglas de Meta.</translation>
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
        <translation>No se pueden leer las plantillas: %1</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>Search name or text…</source>
        <translation>Buscar nombre o texto…</translation>
    </message>
    <message>
        <source>Show only templates with this status</source>
        <translation>Mostrar solo las plantillas con este estado</translation>
    </message>
    <message>
        <source>Show only templates of this category</source>
        <translation>Mostrar solo las plantillas de esta categoría</translation>
    </message>
    <message>
        <source>Show only templates in this language</source>
        <translation>Mostrar solo las plantillas en este idioma</translation>
    </message>
    <message>
        <source>&amp;New Template…</source>
        <translation>&amp;Nueva plantilla…</translation>
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
        <translation>Obtener de Meta las plantillas de esta cuenta y sus estados</translation>
    </message>
    <message>
        <source>Cannot read the accounts: %1</source>
        <translation>No se pueden leer las cuentas: %1</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (predeterminada)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n plantilla</numerusform>
            <numerusform>%n plantillas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n template(s)</source>
        <translation>
            <numerusform>%1 de %n plantilla</numerusform>
            <numerusform>%1 de %n plantillas</numerusform>
        </translation>
    </message>
    <message>
        <source>No templates yet.
Press Sync to fetch this account&apos;s templates from Meta, or create a new one.</source>
        <translation>Todavía no hay plantillas.
Presione Sincronizar para obtener de Meta las plantillas de esta cuenta, o cree una nueva.</translation>
    </message>
    <message>
        <source>No sending account.
Add one in Settings → Sending accounts.</source>
        <translation>No hay cuenta de envío.
Agregue una en Configuración → Cuentas de envío.</translation>
    </message>
    <message>
        <source>No template matches the search and filters.</source>
        <translation>Ninguna plantilla coincide con la búsqueda y los filtros.</translation>
    </message>
    <message>
        <source>This template was deleted from the WhatsApp account.</source>
        <translation>Esta plantilla se eliminó de la cuenta de WhatsApp.</translation>
    </message>
    <message>
        <source>Open the selected template in the editor</source>
        <translation>Abrir la plantilla seleccionada en el editor</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 removed</source>
        <translation>%1 agregadas, %2 actualizadas, %3 eliminadas</translation>
    </message>
    <message>
        <source>Synced at %1: %2.</source>
        <translation>Sincronizado a las %1: %2.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>La sincronización falló: %1</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>Plantillas de mensajes</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Buscar plantillas</translation>
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
        <translation>%1. Escriba el número con su código de país, p. ej. +91 98765 43210.</translation>
    </message>
    <message>
        <source>There is no template “%1” (%2) for this account; sync the templates.</source>
        <translation>No hay ninguna plantilla “%1” (%2) para esta cuenta; sincronice las plantillas.</translation>
    </message>
    <message>
        <source>The template “%1” (%2) is %3; only APPROVED templates can be sent.</source>
        <translation>La plantilla “%1” (%2) está %3; solo se pueden enviar plantillas APPROVED.</translation>
    </message>
    <message>
        <source>deleted upstream</source>
        <translation>eliminada en Meta</translation>
    </message>
    <message>
        <source>Cannot send a test to %1: %2.</source>
        <translation>No se puede enviar una prueba a %1: %2.</translation>
    </message>
    <message>
        <source>The account “%1” has no phone number ID; set it first (account set --phone-number-id).</source>
        <translation>La cuenta “%1” no tiene ID de número de teléfono; configúrelo primero (account set --phone-number-id).</translation>
    </message>
    <message>
        <source>Test message sent to %1 (%2).</source>
        <translation>Mensaje de prueba enviado a %1 (%2).</translation>
    </message>
    <message>
        <source>The provider answered without a message id; the test may not have been sent.</source>
        <translation>El proveedor respondió sin id de mensaje; puede que la prueba no se haya enviado.</translation>
    </message>
</context>
<context>
    <name>TestSendDialog</name>
    <message>
        <source>&amp;Send test</source>
        <translation>&amp;Enviar prueba</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Enviar un mensaje de prueba</translation>
    </message>
    <message>
        <source>+91 98765 43210</source>
        <translation>+91 98765 43210</translation>
    </message>
    <message>
        <source>The message goes once to this number, with the contact&apos;s values if it is a contact and the fallbacks otherwise. It does not count in the campaign&apos;s statistics.</source>
        <translation>El mensaje se envía una sola vez a este número, con los valores del contacto si es un contacto y, si no, con los valores de respaldo. No cuenta en las estadísticas de la campaña.</translation>
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
        <translation>Cronología: mensajes enviados, entregados, leídos y respondidos por hora desde el inicio</translation>
    </message>
    <message>
        <source>Hours since the start</source>
        <translation>Horas desde el inicio</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leídos</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Respondieron</translation>
    </message>
    <message>
        <source>The hourly timeline appears once messages are sent.</source>
        <translation>La cronología por hora aparece en cuanto se envían mensajes.</translation>
    </message>
    <message>
        <source>Hours since the start (%1)</source>
        <translation>Horas desde el inicio (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) of activity since %1.</source>
        <translation>
            <numerusform>%n hora de actividad desde %1.</numerusform>
            <numerusform>%n horas de actividad desde %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next waves</source>
        <translation>Próximas tandas</translation>
    </message>
    <message>
        <source>Minutes since the start (%1)</source>
        <translation>Minutos desde el inicio (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) of activity since %1.</source>
        <translation>
            <numerusform>%n minuto de actividad desde %1.</numerusform>
            <numerusform>%n minutos de actividad desde %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenRequest</name>
    <message>
        <source>%1 redirected the request to %2. Herald never sends an access token or a message anywhere but the configured host, so the request was not repeated there; check the URL in the account settings.</source>
        <translation>%1 redirigió la solicitud a %2. Herald nunca envía un token de acceso ni un mensaje a ningún lugar que no sea el host configurado, así que la solicitud no se repitió ahí; revise la URL en la configuración de la cuenta.</translation>
    </message>
</context>
<context>
    <name>TriggerContact</name>
    <message>
        <source>the contact opted out</source>
        <translation>el contacto se dio de baja</translation>
    </message>
    <message>
        <source>contact created from the event, opted in (%1)</source>
        <translation>contacto creado a partir del evento, con consentimiento (%1)</translation>
    </message>
    <message>
        <source>contact created from the event, not opted in</source>
        <translation>contacto creado a partir del evento, sin consentimiento</translation>
    </message>
    <message>
        <source>contact opted in (%1)</source>
        <translation>se registró el consentimiento del contacto (%1)</translation>
    </message>
    <message>
        <source>the contact never opted in (an order is not an opt-in; choose the event&apos;s consent field in the campaign&apos;s trigger to opt customers in from their orders)</source>
        <translation>el contacto nunca dio su consentimiento (un pedido no es un consentimiento; elija el campo de consentimiento del evento en el disparador de la campaña para registrar el consentimiento de los clientes a partir de sus pedidos)</translation>
    </message>
    <message>
        <source>the contact never opted in, and the event&apos;s %1 does not say yes</source>
        <translation>el contacto nunca dio su consentimiento, y el %1 del evento no dice sí</translation>
    </message>
</context>
<context>
    <name>TriggerRecipe</name>
    <message>
        <source>Order confirmation</source>
        <translation>Confirmación de pedido</translation>
    </message>
    <message>
        <source>Right after an order is placed: the order number and total.</source>
        <translation>Justo después de que se realiza un pedido: el número y el total del pedido.</translation>
    </message>
    <message>
        <source>Shipping update with tracking link</source>
        <translation>Actualización de envío con enlace de seguimiento</translation>
    </message>
    <message>
        <source>When an order is fulfilled with a tracking link: the order number and where to follow the parcel.</source>
        <translation>Cuando un pedido se despacha con un enlace de seguimiento: el número del pedido y dónde seguir el paquete.</translation>
    </message>
    <message>
        <source>Abandoned checkout</source>
        <translation>Carrito abandonado</translation>
    </message>
    <message>
        <source>Two hours after a checkout was started, unless the customer ordered meanwhile: a link back to the cart.</source>
        <translation>Dos horas después de que se inició una compra, a menos que el cliente haya hecho un pedido mientras tanto: un enlace para volver al carrito.</translation>
    </message>
    <message>
        <source>Cash-on-delivery confirmation</source>
        <translation>Confirmación de pago contra entrega</translation>
    </message>
    <message>
        <source>Right after a cash-on-delivery order (Shopify&apos;s COD gateway or WooCommerce&apos;s cod): the amount to have ready.</source>
        <translation>Justo después de un pedido con pago contra entrega (pasarela COD de Shopify o cod de WooCommerce): el monto que debe tener listo.</translation>
    </message>
    <message>
        <source>Shopify: the customer accepts marketing</source>
        <translation>Shopify: el cliente acepta marketing</translation>
    </message>
    <message>
        <source>Shopify: a cart attribute whatsapp_opt_in</source>
        <translation>Shopify: un atributo del carrito whatsapp_opt_in</translation>
    </message>
    <message>
        <source>Shopify: SMS marketing consent</source>
        <translation>Shopify: consentimiento de marketing por SMS</translation>
    </message>
    <message>
        <source>WooCommerce: a checkout field whatsapp_opt_in</source>
        <translation>WooCommerce: un campo del formulario de pago whatsapp_opt_in</translation>
    </message>
</context>
<context>
    <name>TriggerSpec</name>
    <message>
        <source>trigger event: the event name is missing (e.g. order_placed).</source>
        <translation>trigger event: falta el nombre del evento (p. ej. order_placed).</translation>
    </message>
    <message>
        <source>trigger match: “%1” must be all or any.</source>
        <translation>trigger match: “%1” debe ser all o any.</translation>
    </message>
    <message>
        <source>trigger conditions: the key “%1” is not a valid path (write customer.city, items.0.sku or line_items[*].sku).</source>
        <translation>trigger conditions: la clave “%1” no es una ruta válida (escriba customer.city, items.0.sku o line_items[*].sku).</translation>
    </message>
    <message>
        <source>trigger conditions: “%1 %2” needs a key and one of %3.</source>
        <translation>trigger conditions: “%1 %2” necesita una clave y uno de %3.</translation>
    </message>
    <message>
        <source>trigger %1: must be a whole number, at least %2.</source>
        <translation>trigger %1: debe ser un número entero, al menos %2.</translation>
    </message>
    <message>
        <source>trigger cooldown_hours: at most %1.</source>
        <translation>trigger cooldown_hours: como máximo %1.</translation>
    </message>
    <message>
        <source>trigger unless: needs an event name and within_hours from 1 to %1.</source>
        <translation>trigger unless: necesita un nombre de evento y within_hours entre 1 y %1.</translation>
    </message>
    <message>
        <source>When “%1” happens</source>
        <translation>Cuando ocurra “%1”</translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation>%1 existe</translation>
    </message>
    <message>
        <source> and %1</source>
        <translation> y %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>, send %1 minutes later</source>
        <translation>, enviar %1 minutos después</translation>
    </message>
    <message>
        <source>, send right away</source>
        <translation>, enviar de inmediato</translation>
    </message>
    <message>
        <source> unless “%1” happens within %2 hours (the message waits until then)</source>
        <translation> a menos que “%1” ocurra dentro de %2 horas (el mensaje espera hasta entonces)</translation>
    </message>
    <message>
        <source>; at most once per contact every %1 hours</source>
        <translation>; como máximo una vez por contacto cada %1 horas</translation>
    </message>
    <message>
        <source>trigger consent_field: “%1” is not a valid path (write order.buyer_accepts_marketing or order.note_attributes[name=whatsapp_opt_in].value).</source>
        <translation>trigger consent_field: “%1” no es una ruta válida (escriba order.buyer_accepts_marketing o order.note_attributes[name=whatsapp_opt_in].value).</translation>
    </message>
    <message>
        <source>; a customer who is not yet a contact is opted in when the event&apos;s %1 says yes</source>
        <translation>; a un cliente que todavía no es contacto se le registra el consentimiento cuando el %1 del evento dice sí</translation>
    </message>
</context>
<context>
    <name>UncertainResolver</name>
    <message>
        <source>Sent again automatically: no status report came for it while reports for later messages did.</source>
        <translation>Enviado de nuevo automáticamente: no llegó reporte de estado para él, pero sí para mensajes posteriores.</translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain: automatic resolution is off for this account; resend them or mark them failed.</source>
        <translation>
            <numerusform>%n incierto: la resolución automática está desactivada para esta cuenta; reenvíelo o márquelo como fallido.</numerusform>
            <numerusform>%n inciertos: la resolución automática está desactivada para esta cuenta; reenvíelos o márquelos como fallidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain: waiting for their delivery reports (sent less than %1 minutes ago).</source>
        <translation>
            <numerusform>%n incierto: esperando su reporte de entrega (enviado hace menos de %1 minutos).</numerusform>
            <numerusform>%n inciertos: esperando sus reportes de entrega (enviados hace menos de %1 minutos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain: reports for later messages have arrived, so they are resent at the next scheduler pass.</source>
        <translation>
            <numerusform>%n incierto: llegaron reportes de mensajes posteriores, así que se reenvía en la próxima pasada del programador.</numerusform>
            <numerusform>%n inciertos: llegaron reportes de mensajes posteriores, así que se reenvían en la próxima pasada del programador.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain — waiting: no delivery reports have arrived since %1 for this message or any sent after it; they are resent automatically once reports flow again.</source>
        <translation>
            <numerusform>%n incierto — en espera: no han llegado reportes de entrega desde %1 para este mensaje ni para ninguno enviado después; se reenvía automáticamente en cuanto vuelvan a llegar reportes.</numerusform>
            <numerusform>%n inciertos — en espera: no han llegado reportes de entrega desde %1 para este mensaje ni para ninguno enviado después; se reenvían automáticamente en cuanto vuelvan a llegar reportes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebhookApplier</name>
    <message>
        <source>Failed status reported after delivery (kept as delivered): %1 %2</source>
        <translation>Estado fallido informado después de la entrega (se mantiene como entregado): %1 %2</translation>
    </message>
    <message>
        <source>The workspace database is not open.</source>
        <translation>La base de datos del espacio de trabajo no está abierta.</translation>
    </message>
    <message>
        <source>A status feed page arrived out of order (after cursor %1, expected %2); it is fetched again.</source>
        <translation>Una página del feed de estados llegó fuera de orden (después del cursor %1, se esperaba %2); se vuelve a obtener.</translation>
    </message>
</context>
<context>
    <name>WindowOptions</name>
    <message>
        <source>Send at this time of day in each recipient&apos;s own time zone (contact attribute timezone, else the number&apos;s area code or country), e.g. 10:00; none clears it.</source>
        <translation>Enviar a esta hora del día en la zona horaria de cada destinatario (atributo timezone del contacto; si no, lada o país del número), p. ej. 10:00; none la quita.</translation>
    </message>
    <message>
        <source>Never send between these times, recipient time (may cross midnight), e.g. 21:00-09:00; none clears them.</source>
        <translation>Nunca enviar entre estas horas, hora del destinatario (puede cruzar la medianoche), p. ej. 21:00-09:00; none las quita.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1 is a folder, not a workspace file. Choose a file name inside it.</source>
        <translation>%1 es una carpeta, no un archivo de espacio de trabajo. Elija un nombre de archivo dentro de ella.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the workspace %1.</source>
        <translation>No se puede crear la carpeta para el espacio de trabajo %1.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Herald workspace. It was left untouched; choose another file or a new path.</source>
        <translation>%1 es una base de datos SQLite pero no un espacio de trabajo de Herald. No se modificó; elija otro archivo o una ruta nueva.</translation>
    </message>
    <message>
        <source>The workspace %1 needs an upgrade, but it could not be backed up first, so it was left untouched: %2</source>
        <translation>El espacio de trabajo %1 necesita actualizarse, pero no se pudo respaldar antes, así que no se modificó: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the workspace %1: %2</source>
        <translation>No se puede preparar el espacio de trabajo %1: %2</translation>
    </message>
    <message>
        <source>%1 is the open workspace (or one of its -wal/-shm/-journal files): reading or writing it as a CSV file would damage it. Choose another file.</source>
        <translation>%1 es el espacio de trabajo abierto (o uno de sus archivos -wal/-shm/-journal): leerlo o escribirlo como archivo CSV lo dañaría. Elija otro archivo.</translation>
    </message>
    <message>
        <source>Cannot log in to the workspace %1: %2. Store the password in the keychain with: herald-cli workspace login %1 (it reads the password from standard input), or put it in ~/.pgpass.</source>
        <translation>No se puede iniciar sesión en el espacio de trabajo %1: %2. Guarde la contraseña en el llavero con: herald-cli workspace login %1 (lee la contraseña de la entrada estándar), o póngala en ~/.pgpass.</translation>
    </message>
    <message>
        <source>Cannot connect to the workspace %1: %2. Check that the server is running and reachable, and the URL&apos;s user, host, port and database.</source>
        <translation>No se puede conectar con el espacio de trabajo %1: %2. Verifique que el servidor esté en ejecución y accesible, y revise el usuario, el host, el puerto y la base de datos de la URL.</translation>
    </message>
    <message>
        <source>Cannot open %1: Qt&apos;s PostgreSQL driver is not installed (Debian/Ubuntu: apt install libqt6sql6-psql).</source>
        <translation>No se puede abrir %1: el controlador PostgreSQL de Qt no está instalado (Debian/Ubuntu: apt install libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot read the workspace %1: %2</source>
        <translation>No se puede leer el espacio de trabajo %1: %2</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer version of Herald (schema %2; this version understands up to %3). Update Herald to open it; nothing was changed.</source>
        <translation>El espacio de trabajo %1 fue escrito por una versión más nueva de Herald (esquema %2; esta versión entiende hasta el %3). Actualice Herald para abrirlo; no se modificó nada.</translation>
    </message>
    <message>
        <source>The database of %1 holds tables but is not a Herald workspace. It was left untouched; create an empty database for the workspace (createdb NAME).</source>
        <translation>La base de datos de %1 contiene tablas pero no es un espacio de trabajo de Herald. No se modificó; cree una base de datos vacía para el espacio de trabajo (createdb NAME).</translation>
    </message>
</context>
<context>
    <name>WorkspaceBackup</name>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>No se puede escribir la copia de seguridad %1: %2</translation>
    </message>
    <message>
        <source>Cannot move the finished backup into place as %1. Check that the folder is writable.</source>
        <translation>No se puede mover la copia de seguridad terminada a su lugar como %1. Verifique que se pueda escribir en la carpeta.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>La copia de seguridad %1 no existe.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 no se puede restaurar: %2</translation>
    </message>
    <message>
        <source>%1 is not a Herald workspace backup; nothing was restored.</source>
        <translation>%1 no es una copia de seguridad de un espacio de trabajo de Herald; no se restauró nada.</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer version of Herald (schema %2; this version understands up to %3); nothing was restored.</source>
        <translation>La copia de seguridad %1 fue escrita por una versión más nueva de Herald (esquema %2; esta versión entiende hasta el %3); no se restauró nada.</translation>
    </message>
    <message>
        <source>The workspace is not open.</source>
        <translation>El espacio de trabajo no está abierto.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the backup %1. Check the path and your permissions.</source>
        <translation>No se puede crear la carpeta para la copia de seguridad %1. Revise la ruta y sus permisos.</translation>
    </message>
    <message>
        <source>Cannot remove the old backup %1.</source>
        <translation>No se puede eliminar la copia de seguridad antigua %1.</translation>
    </message>
    <message>
        <source>The workspace %1 is open in another program (a Herald window, `herald-cli agent` or another herald-cli command). Nothing was restored; close it and try again.</source>
        <translation>El espacio de trabajo %1 está abierto en otro programa (una ventana de Herald, `herald-cli agent` u otro comando de herald-cli). No se restauró nada; ciérrelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Nothing was restored: the current state could not be backed up first. %1</source>
        <translation>No se restauró nada: no se pudo respaldar primero el estado actual. %1</translation>
    </message>
    <message>
        <source>Restoring %1 failed; the workspace is unchanged (its state before is also kept in %2): %3</source>
        <translation>Falló la restauración de %1; el espacio de trabajo no cambió (su estado anterior también se conserva en %2): %3</translation>
    </message>
    <message>
        <source>The backup was restored but could not be upgraded to this version: %1</source>
        <translation>La copia de seguridad se restauró pero no se pudo actualizar a esta versión: %1</translation>
    </message>
    <message>
        <source>Cannot move the damaged workspace %1 aside; nothing was restored. Check that its folder is writable.</source>
        <translation>No se puede apartar el espacio de trabajo dañado %1; no se restauró nada. Verifique que se pueda escribir en su carpeta.</translation>
    </message>
</context>
<context>
    <name>WorkspaceCopy</name>
    <message>
        <source>Cannot read this version&apos;s tables: %1</source>
        <translation>No se pueden leer las tablas de esta versión: %1</translation>
    </message>
    <message>
        <source>The workspace&apos;s tables refer to each other in a circle; cannot copy.</source>
        <translation>Las tablas del espacio de trabajo se refieren unas a otras en círculo; no se puede copiar.</translation>
    </message>
    <message>
        <source>Cannot count the rows of %1: %2</source>
        <translation>No se pueden contar las filas de %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a new workspace: it holds %2. Copy into a new file or an empty PostgreSQL database.</source>
        <translation>%1 no es un espacio de trabajo nuevo: contiene %2. Copie en un archivo nuevo o en una base de datos PostgreSQL vacía.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>FROM and TO are the same workspace (%1); name another file or database.</source>
        <translation>FROM y TO son el mismo espacio de trabajo (%1); indique otro archivo u otra base de datos.</translation>
    </message>
    <message>
        <source>An import into %1 is still building its indexes; copy when it has finished.</source>
        <translation>Una importación en %1 todavía está creando sus índices; copie cuando haya terminado.</translation>
    </message>
    <message>
        <source>%1: %2 rows in %3 but %4 copied and %5 in %6; nothing was copied.</source>
        <translation>%1: %2 filas en %3 pero %4 copiadas y %5 en %6; no se copió nada.</translation>
    </message>
    <message>
        <source>%1 differs after the copy (%2 rows in %3, %4 in %5); nothing was copied.</source>
        <translation>%1 difiere después de la copia (%2 filas en %3, %4 en %5); no se copió nada.</translation>
    </message>
</context>
<context>
    <name>WorkspaceGate</name>
    <message>
        <source>The workspace is damaged</source>
        <translation>El espacio de trabajo está dañado</translation>
    </message>
    <message>
        <source>SQLite reports the workspace as damaged (%1). Herald stops now so that nothing more is written to it. Start Herald again: it offers to restore the newest automatic backup and keeps the damaged file.</source>
        <translation>SQLite informa que el espacio de trabajo está dañado (%1). Herald se cierra ahora para que no se escriba nada más en él. Vuelva a abrir Herald: le ofrecerá restaurar la copia de seguridad automática más reciente y conservará el archivo dañado.</translation>
    </message>
    <message>
        <source>The newest automatic backup was made %1 (%2). Restoring it moves the damaged file aside (it is kept next to the workspace) and puts the backup in its place.</source>
        <translation>La copia de seguridad automática más reciente se hizo el %1 (%2). Al restaurarla, el archivo dañado se aparta (se conserva junto al espacio de trabajo) y la copia ocupa su lugar.</translation>
    </message>
    <message>
        <source>Restore Newest Backup</source>
        <translation>Restaurar la copia más reciente</translation>
    </message>
    <message>
        <source>There is no automatic backup in %1. Open another workspace, or quit and restore one with `herald-cli workspace restore FILE`.</source>
        <translation>No hay ninguna copia de seguridad automática en %1. Abra otro espacio de trabajo, o salga y restaure una con `herald-cli workspace restore FILE`.</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>No se puede restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>Open a Workspace</source>
        <translation>Abrir un espacio de trabajo</translation>
    </message>
    <message>
        <source>Herald workspaces (*.herald);;All files (*)</source>
        <translation>Espacios de trabajo de Herald (*.herald);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>WorkspaceLocation</name>
    <message>
        <source>“%1” is not a PostgreSQL workspace URL. Write it as %2.</source>
        <translation>“%1” no es una URL de espacio de trabajo PostgreSQL. Escríbala así: %2.</translation>
    </message>
    <message>
        <source>The workspace URL contains a password, and Herald never keeps a password in a URL (it would be stored, logged and shown in process lists). Remove “:PASSWORD” from the URL and either store the password in the keychain with: herald-cli workspace login URL (it reads the password from standard input), put it in ~/.pgpass (or the file PGPASSFILE names), or set PGPASSWORD for a script.</source>
        <translation>La URL del espacio de trabajo contiene una contraseña, y Herald nunca guarda una contraseña en una URL (quedaría almacenada, registrada y visible en las listas de procesos). Quite “:PASSWORD” de la URL y guarde la contraseña en el llavero con: herald-cli workspace login URL (lee la contraseña de la entrada estándar), póngala en ~/.pgpass (o en el archivo que indique PGPASSFILE), o defina PGPASSWORD para un script.</translation>
    </message>
    <message>
        <source>The workspace URL is not valid (check the host, the port number and any %-escapes). Write it as %1.</source>
        <translation>La URL del espacio de trabajo no es válida (revise el host, el número de puerto y cualquier %-escape). Escríbala así: %1.</translation>
    </message>
    <message>
        <source>The workspace URL names no server. Write it as %1.</source>
        <translation>La URL del espacio de trabajo no indica ningún servidor. Escríbala así: %1.</translation>
    </message>
    <message>
        <source>The workspace URL names no database (the part after the last “/”). Write it as %1.</source>
        <translation>La URL del espacio de trabajo no indica ninguna base de datos (la parte después de la última “/”). Escríbala así: %1.</translation>
    </message>
    <message>
        <source>The workspace URL contains a password (password=…), and Herald never keeps a password in a URL. Remove it and use herald-cli workspace login, ~/.pgpass or PGPASSWORD instead.</source>
        <translation>La URL del espacio de trabajo contiene una contraseña (password=…), y Herald nunca guarda una contraseña en una URL. Quítela y use en su lugar herald-cli workspace login, ~/.pgpass o PGPASSWORD.</translation>
    </message>
    <message>
        <source>The workspace URL&apos;s option “%1” cannot be used. Options are libpq keywords such as sslmode=verify-full.</source>
        <translation>La opción “%1” de la URL del espacio de trabajo no se puede usar. Las opciones son palabras clave de libpq, como sslmode=verify-full.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>the part %1 is missing</source>
        <translation>falta la parte %1</translation>
    </message>
    <message>
        <source>the part %1 is larger than Herald reads (512 MB uncompressed)</source>
        <translation>la parte %1 es más grande de lo que Herald lee (512 MB sin comprimir)</translation>
    </message>
    <message>
        <source>the part %1 cannot be decompressed: %2</source>
        <translation>la parte %1 no se puede descomprimir: %2</translation>
    </message>
    <message>
        <source>it is shorter than its size says</source>
        <translation>es más corto de lo que indica su tamaño</translation>
    </message>
    <message>
        <source>its part %1 is not valid XML (line %2: %3)</source>
        <translation>su parte %1 no es XML válido (línea %2: %3)</translation>
    </message>
    <message>
        <source>it has no sheet</source>
        <translation>no tiene ninguna hoja</translation>
    </message>
    <message>
        <source>cell %1 refers to shared string %2, which the workbook does not have</source>
        <translation>la celda %1 hace referencia a la cadena compartida %2, que el libro no tiene</translation>
    </message>
    <message>
        <source>cell %1 holds “%2”, which is not a number</source>
        <translation>la celda %1 contiene “%2”, que no es un número</translation>
    </message>
    <message>
        <source>sheet “%1” has a cell named “%2”, which is not a cell reference</source>
        <translation>la hoja “%1” tiene una celda llamada “%2”, que no es una referencia de celda</translation>
    </message>
    <message>
        <source>sheet “%1” uses column %2; Herald reads at most %3 columns</source>
        <translation>la hoja “%1” usa la columna %2; Herald lee como máximo %3 columnas</translation>
    </message>
    <message>
        <source>%1 of sheet “%2”</source>
        <translation>%1 de la hoja “%2”</translation>
    </message>
    <message>
        <source>sheet “%1”: %2</source>
        <translation>hoja “%1”: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read as an Excel workbook: %2. Open it in Excel or LibreOffice and save it again as .xlsx (or as CSV).</source>
        <translation>%1 no se puede leer como libro de Excel: %2. Ábralo en Excel o LibreOffice y vuelva a guardarlo como .xlsx (o como CSV).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is an Excel 97–2003 workbook (.xls). Herald reads .xlsx: open it in Excel or LibreOffice and save it as .xlsx (or as CSV).</source>
        <translation>%1 es un libro de Excel 97–2003 (.xls). Herald lee .xlsx: ábralo en Excel o LibreOffice y guárdelo como .xlsx (o como CSV).</translation>
    </message>
    <message>
        <source>it is not a zip file (%1)</source>
        <translation>no es un archivo zip (%1)</translation>
    </message>
    <message>
        <source>it has no workbook part (xl/workbook.xml)</source>
        <translation>no tiene la parte del libro (xl/workbook.xml)</translation>
    </message>
    <message>
        <source>%1 has no sheet “%2”. Its sheets are: %3.</source>
        <translation>%1 no tiene ninguna hoja “%2”. Sus hojas son: %3.</translation>
    </message>
    <message>
        <source>sheet “%1” has no part in the workbook&apos;s relationships</source>
        <translation>la hoja “%1” no tiene ninguna parte en las relaciones del libro</translation>
    </message>
    <message>
        <source>Sheet “%1” of %2 is empty. Choose the sheet that holds the contacts.</source>
        <translation>La hoja “%1” de %2 está vacía. Elija la hoja que contiene los contactos.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Herald — WhatsApp campaign manager</source>
        <translation>Herald — administrador de campañas de WhatsApp</translation>
    </message>
    <message>
        <source>Workspace file (default: $HERALD_WORKSPACE, then the per-user workspace).</source>
        <translation>Archivo del espacio de trabajo (predeterminado: $HERALD_WORKSPACE y luego el espacio de trabajo del usuario).</translation>
    </message>
    <message>
        <source>Open the demo workspace (a workspace of its own, filled with sample contacts with fictional numbers when new; with --workspace, that file).</source>
        <translation>Abrir el espacio de trabajo de demostración (un espacio de trabajo propio, con contactos de ejemplo con números ficticios cuando es nuevo; con --workspace, ese archivo).</translation>
    </message>
    <message>
        <source>Demo contacts</source>
        <translation>Contactos de demostración</translation>
    </message>
    <message>
        <source>The demo contacts could not be added: %1</source>
        <translation>No se pudieron agregar los contactos de demostración: %1</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Copia de seguridad diaria</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup of the workspace failed: %1</source>
        <translation>Falló la copia de seguridad automática de hoy del espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Probar la demo</translation>
    </message>
    <message>
        <source>The demo could not be started. Run `herald --demo` from a terminal to see why.</source>
        <translation>No se pudo iniciar la demo. Ejecute `herald --demo` desde una terminal para ver por qué.</translation>
    </message>
</context>
</TS>
