<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>AlertConfirmation</name>
    <message>
        <source>Niemand om dit bericht naar te sturen: de gekozen netwerken hebben geen actieve leden met toestemming en een geldig gsm-nummer.</source>
        <translation>Nobody to send this message to: the chosen networks have no active members with consent and a valid mobile number.</translation>
    </message>
    <message>
        <source>Persoonsgegevens in het bericht</source>
        <translation>Personal data in the message</translation>
    </message>
    <message>
        <source>Waarom moet dit toch naar alle leden? De reden komt in het logboek. Annuleer om de tekst aan te passen.</source>
        <translation>Why must this still go to all members? The reason goes into the log. Cancel to edit the text.</translation>
    </message>
    <message>
        <source>Niets verstuurd: pas de tekst aan of geef een reden.</source>
        <translation>Nothing sent: edit the text or give a reason.</translation>
    </message>
    <message>
        <source>Bericht versturen</source>
        <translation>Send message</translation>
    </message>
    <message>
        <source>&amp;Versturen</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Dit bericht versturen?</source>
        <translation>Send this message?</translation>
    </message>
    <message>
        <source>Soort: {kind}</source>
        <translation>Kind: {kind}</translation>
    </message>
    <message>
        <source>Netwerken: {names}</source>
        <translation>Networks: {names}</translation>
    </message>
    <message>
        <source>Ontvangers: {n}</source>
        <translation>Recipients: {n}</translation>
    </message>
    <message>
        <source>Sms&apos;en: {total} (1 per ontvanger)</source>
        <translation>Text messages: {total} (1 per recipient)</translation>
    </message>
    <message>
        <source>Sms&apos;en: {total} ({parts} delen per ontvanger)</source>
        <translation>Text messages: {total} ({parts} parts per recipient)</translation>
    </message>
    <message>
        <source>Eerst de ontvanger in de {street} ({n}).</source>
        <translation>First the recipient in {street} ({n}).</translation>
    </message>
    <message>
        <source>Eerst de {n} ontvangers in de {street}.</source>
        <translation>First the {n} recipients in {street}.</translation>
    </message>
    <message>
        <source>Tot het laatste lid het heeft: {estimate}</source>
        <translation>Until the last member has it: {estimate}</translation>
    </message>
    <message>
        <source>Reden (privacy): {reason}</source>
        <translation>Reason (privacy): {reason}</translation>
    </message>
    <message>
        <source>Deze pc verstuurt zelf geen sms: het bericht wacht in de wachtrij tot de pc met de modem(s) het verstuurt.</source>
        <translation>This PC does not send text messages itself: the message waits in the queue until the PC with the modem(s) sends it.</translation>
    </message>
    <message>
        <source>Let op: verzenden staat stil. {problem}</source>
        <translation>Attention: sending has stopped. {problem}</translation>
    </message>
    <message>
        <source>SIMULATIE: er is geen echte modem ingesteld. Het bericht wordt niet echt verstuurd; niemand ontvangt een sms.</source>
        <translation>SIMULATION: no real modem is set up. The message is not really sent; nobody receives a text message.</translation>
    </message>
    <message>
        <source>Het bericht gaat meteen via de modem(s) van deze pc.</source>
        <translation>The message goes out at once through this PC&apos;s modem(s).</translation>
    </message>
    <message>
        <source>Deze pc verstuurt zelf geen sms.</source>
        <translation>This PC does not send text messages itself.</translation>
    </message>
    <message>
        <source>Verzenden staat stil: zie Verzonden.</source>
        <translation>Sending has stopped: see Sent.</translation>
    </message>
    <message>
        <source>{sim}: er gaat niets echt de deur uit</source>
        <translation>{sim}: nothing really goes out</translation>
    </message>
    <message>
        <source>Modems klaar: {ready} van {total}</source>
        <translation>Modems ready: {ready} of {total}</translation>
    </message>
</context>
<context>
    <name>AlertPage</name>
    <message>
        <source>Uw rol ({role}) mag geen alarmberichten versturen. Vraag een collega aan de balie.</source>
        <translation>Your role ({role}) may not send alerts. Ask a colleague at the front desk.</translation>
    </message>
    <message>
        <source>— kies het oorspronkelijke bericht —</source>
        <translation>— choose the original message —</translation>
    </message>
    <message>
        <source>{n} sms</source>
        <translation>{n} SMS</translation>
    </message>
    <message>
        <source>{n} sms&apos;en</source>
        <translation>{n} SMS</translation>
    </message>
    <message>
        <source>Ontvangers: {recipients} · {n} sms in totaal</source>
        <translation>Recipients: {recipients} · {n} text in all</translation>
    </message>
    <message>
        <source>Ontvangers: {recipients} · {n} sms&apos;en in totaal</source>
        <translation>Recipients: {recipients} · {n} texts in all</translation>
    </message>
    <message>
        <source>waarvan {n} in de {street}: die krijgt het eerst</source>
        <translation>of whom {n} in {street}: they get it first</translation>
    </message>
    <message>
        <source>waarvan {n} in de {street}: zij krijgen het eerst</source>
        <translation>of whom {n} in {street}: they get it first</translation>
    </message>
    <message>
        <source>Tot het laatste lid het heeft: {estimate}</source>
        <translation>Until the last member has it: {estimate}</translation>
    </message>
    <message>
        <source>Niemand om dit bericht naar te sturen: geen actieve leden met toestemming en een geldig gsm-nummer.</source>
        <translation>Nobody to send this message to: no active members with consent and a valid mobile number.</translation>
    </message>
    <message>
        <source>Ontvangers: —</source>
        <translation>Recipients: —</translation>
    </message>
    <message>
        <source>Bericht {id} in de wachtrij: {recipients}, {sms}.</source>
        <translation>Message {id} queued: {recipients}, {sms}.</translation>
    </message>
    <message>
        <source>{n} ontvanger</source>
        <translation>{n} recipient</translation>
    </message>
    <message>
        <source>{n} ontvangers</source>
        <translation>{n} recipients</translation>
    </message>
    <message>
        <source>ongeveer {n} seconde</source>
        <translation>about {n} second</translation>
    </message>
    <message>
        <source>ongeveer {n} seconden</source>
        <translation>about {n} seconds</translation>
    </message>
    <message>
        <source>ongeveer {n} minuut</source>
        <translation>about {n} minute</translation>
    </message>
    <message>
        <source>ongeveer {n} minuten</source>
        <translation>about {n} minutes</translation>
    </message>
    <message>
        <source>(geen modem verbonden: geschat voor één modem aan een gewone snelheid)</source>
        <translation>(no modem connected: estimated for one modem at a typical rate)</translation>
    </message>
    <message>
        <source>(nog niet gemeten: gewone snelheid van een modem)</source>
        <translation>(not measured yet: a typical modem rate)</translation>
    </message>
    <message>
        <source>Dit bericht kan geen opvolging krijgen: kies een dringend bericht of een preventiebericht.</source>
        <translation>This message cannot be followed up: choose an urgent or a prevention message.</translation>
    </message>
    <message>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>&amp;Versturen… (Ctrl+Enter)</source>
        <translation>&amp;Send… (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>1. Netwerken</source>
        <translation>1. Networks</translation>
    </message>
    <message>
        <source>Vink de netwerken aan die het bericht krijgen (spatiebalk vinkt aan of af).</source>
        <translation>Tick the networks that get the message (the space bar ticks or unticks).</translation>
    </message>
    <message>
        <source>2. Bericht</source>
        <translation>2. Message</translation>
    </message>
    <message>
        <source>Soort:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>&amp;Dringend</source>
        <translation>&amp;Urgent</translation>
    </message>
    <message>
        <source>&amp;Preventie</source>
        <translation>&amp;Prevention</translation>
    </message>
    <message>
        <source>&amp;Opvolging</source>
        <translation>&amp;Follow-up</translation>
    </message>
    <message>
        <source>Opvolging va&amp;n:</source>
        <translation>Follow-up o&amp;f:</translation>
    </message>
    <message>
        <source>Het oorspronkelijke bericht: de opvolging gaat naar dezelfde ontvangers.</source>
        <translation>The original message: the follow-up goes to the same recipients.</translation>
    </message>
    <message>
        <source>&amp;Tip:</source>
        <translation>&amp;Tip:</translation>
    </message>
    <message>
        <source>zoek een tip…</source>
        <translation>find a tip…</translation>
    </message>
    <message>
        <source>De ingevulde tip als eigen tekst verder aanpassen.</source>
        <translation>Edit the filled-in tip further as your own text.</translation>
    </message>
    <message>
        <source>Tekst &amp;aanpassen</source>
        <translation>&amp;Edit text</translation>
    </message>
    <message>
        <source>&amp;Straat:</source>
        <translation>&amp;Street:</translation>
    </message>
    <message>
        <source>De straat van het incident: wie daar woont, krijgt het bericht eerst.</source>
        <translation>The street of the incident: whoever lives there gets the message first.</translation>
    </message>
    <message>
        <source>&amp;Eigen tekst:</source>
        <translation>&amp;Own text:</translation>
    </message>
    <message>
        <source>Typ hier het bericht, of kies hierboven een tip.</source>
        <translation>Type the message here, or choose a tip above.</translation>
    </message>
    <message>
        <source>3. Controleren en versturen</source>
        <translation>3. Check and send</translation>
    </message>
    <message>
        <source>Vervangt de tekst door de kortere versie hierboven; u kunt ze daarna nog aanpassen.</source>
        <translation>Replaces the text with the shorter wording above; you can still edit it afterwards.</translation>
    </message>
    <message>
        <source>Korte&amp;re versie gebruiken</source>
        <translation>Use the sho&amp;rter wording</translation>
    </message>
    <message>
        <source>Vervangt tekens die niet in het gewone sms-alfabet staan (ë wordt e). Het bericht wordt dan korter en goedkoper; de letters zien er iets anders uit.</source>
        <translation>Replaces characters that are not in the plain SMS alphabet (ë becomes e). The message then gets shorter and cheaper; the letters look slightly different.</translation>
    </message>
    <message>
        <source>Vervang speciale te&amp;kens</source>
        <translation>Replace special c&amp;haracters</translation>
    </message>
</context>
<context>
    <name>AlertPreview</name>
    <message>
        <source>(nog geen tekst)</source>
        <translation>(no text yet)</translation>
    </message>
    <message>
        <source>gewone tekens</source>
        <translation>plain characters</translation>
    </message>
    <message>
        <source>met speciale tekens</source>
        <translation>with special characters</translation>
    </message>
    <message>
        <source>{n} sms</source>
        <translation>{n} SMS</translation>
    </message>
    <message>
        <source>{n} sms&apos;en</source>
        <translation>{n} SMS</translation>
    </message>
    <message>
        <source>{used} van {capacity} tekens · {encoding}</source>
        <translation>{used} of {capacity} characters · {encoding}</translation>
    </message>
    <message>
        <source>te lang (maximum {max} sms)</source>
        <translation>too long (at most {max} SMS)</translation>
    </message>
    <message>
        <source>Speciale tekens: {chars}. Daardoor passen er maar 70 tekens in één sms in plaats van 160.</source>
        <translation>Special characters: {chars}. Because of them only 70 characters fit in one SMS instead of 160.</translation>
    </message>
    <message>
        <source>Wordt vervangen: {changes} ({plain} sms in plaats van {now}).</source>
        <translation>Will be replaced: {changes} ({plain} SMS instead of {now}).</translation>
    </message>
    <message>
        <source>Nog in te vullen: {names}.</source>
        <translation>Still to fill in: {names}.</translation>
    </message>
    <message>
        <source>Dringend bericht in {parts} sms&apos;en per lid: {n} teken te veel voor één sms. Zo duurt het langer tot iedereen het heeft.</source>
        <translation>Urgent message in {parts} texts per member: {n} character too many for one text. Everyone will have it later.</translation>
    </message>
    <message>
        <source>Dringend bericht in {parts} sms&apos;en per lid: {n} tekens te veel voor één sms. Zo duurt het langer tot iedereen het heeft.</source>
        <translation>Urgent message in {parts} texts per member: {n} characters too many for one text. Everyone will have it later.</translation>
    </message>
    <message>
        <source>Kortere versie: «{text}»</source>
        <translation>Shorter wording: «{text}»</translation>
    </message>
    <message>
        <source>Maak de tekst korter: laat een zin of raad weg.</source>
        <translation>Make the text shorter: leave out a sentence or a piece of advice.</translation>
    </message>
    <message>
        <source>De tekst lijkt een nummerplaat te bevatten: «{found}».</source>
        <translation>The text seems to contain a licence plate: «{found}».</translation>
    </message>
    <message>
        <source>De tekst lijkt een telefoonnummer te bevatten: «{found}».</source>
        <translation>The text seems to contain a phone number: «{found}».</translation>
    </message>
    <message>
        <source>De tekst lijkt een e-mailadres te bevatten: «{found}».</source>
        <translation>The text seems to contain an e-mail address: «{found}».</translation>
    </message>
    <message>
        <source>De tekst lijkt de naam van een persoon te bevatten: «{found}».</source>
        <translation>The text seems to contain a person&apos;s name: «{found}».</translation>
    </message>
    <message>
        <source>De tekst lijkt een adres met een naam te bevatten: «{found}».</source>
        <translation>The text seems to contain an address with a name: «{found}».</translation>
    </message>
    <message>
        <source>Privacy: dit bericht gaat naar alle leden. Versturen kan alleen met een reden, die in het logboek komt.</source>
        <translation>Privacy: this message goes to all members. It can only be sent with a reason, which goes into the log.</translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Bericht</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Netwerken</source>
        <translation>Networks</translation>
    </message>
    <message>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Bericht {id}, {when} door {who}</source>
        <translation>Message {id}, {when} by {who}</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>iedereen</source>
        <translation>everyone</translation>
    </message>
    <message>
        <source>alle acties</source>
        <translation>all actions</translation>
    </message>
    <message>
        <source>alle onderwerpen</source>
        <translation>all subjects</translation>
    </message>
    <message>
        <source> (de nieuwste {n})</source>
        <translation> (the newest {n})</translation>
    </message>
    <message>
        <source>{n} gebeurtenissen</source>
        <translation>{n} events</translation>
    </message>
    <message>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Voor</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Na</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Logboek exporteren</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <source>{n} gebeurtenissen geëxporteerd naar {path}.</source>
        <translation>{n} events exported to {path}.</translation>
    </message>
    <message>
        <source>voornaam</source>
        <translation>first name</translation>
    </message>
    <message>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <source>straat</source>
        <translation>street</translation>
    </message>
    <message>
        <source>huisnummer</source>
        <translation>house number</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <source>gemeente</source>
        <translation>municipality</translation>
    </message>
    <message>
        <source>gsm</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>taal</source>
        <translation>language</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>toestemming op</source>
        <translation>consent on</translation>
    </message>
    <message>
        <source>toestemming via</source>
        <translation>consent given by</translation>
    </message>
    <message>
        <source>afgemeld op</source>
        <translation>opted out on</translation>
    </message>
    <message>
        <source>netwerken</source>
        <translation>networks</translation>
    </message>
    <message>
        <source>gebied</source>
        <translation>area</translation>
    </message>
    <message>
        <source>straten</source>
        <translation>streets</translation>
    </message>
    <message>
        <source>gestart op</source>
        <translation>started on</translation>
    </message>
    <message>
        <source>contact politie</source>
        <translation>police contact</translation>
    </message>
    <message>
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <source>coördinator (lid nr.)</source>
        <translation>coordinator (member no.)</translation>
    </message>
    <message>
        <source>gebruikersnaam</source>
        <translation>username</translation>
    </message>
    <message>
        <source>rol</source>
        <translation>role</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>minuten</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>soort</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>tekens</source>
        <translation>characters</translation>
    </message>
    <message>
        <source>ontvangers</source>
        <translation>recipients</translation>
    </message>
    <message>
        <source>sms-delen per bericht</source>
        <translation>SMS parts per message</translation>
    </message>
    <message>
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <source>titel</source>
        <translation>title</translation>
    </message>
    <message>
        <source>thema</source>
        <translation>theme</translation>
    </message>
    <message>
        <source>velden</source>
        <translation>fields</translation>
    </message>
    <message>
        <source>preventieve actie</source>
        <translation>preventive action</translation>
    </message>
    <message>
        <source>plaats in de lijst</source>
        <translation>position in the list</translation>
    </message>
    <message>
        <source>reden (privacy)</source>
        <translation>reason (privacy)</translation>
    </message>
    <message>
        <source>privacywaarschuwingen</source>
        <translation>privacy warnings</translation>
    </message>
    <message>
        <source>afgehandeld</source>
        <translation>handled</translation>
    </message>
    <message>
        <source>aan lid nr.</source>
        <translation>to member no.</translation>
    </message>
    <message>
        <source>antwoord op bericht nr.</source>
        <translation>reply to message no.</translation>
    </message>
    <message>
        <source>dringend</source>
        <translation>urgent</translation>
    </message>
    <message>
        <source>preventie</source>
        <translation>prevention</translation>
    </message>
    <message>
        <source>opvolging</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <source>gewone tekens</source>
        <translation>plain characters</translation>
    </message>
    <message>
        <source>bijzondere tekens</source>
        <translation>special characters</translation>
    </message>
    <message>
        <source>nummerplaat</source>
        <translation>licence plate</translation>
    </message>
    <message>
        <source>telefoonnummer</source>
        <translation>phone number</translation>
    </message>
    <message>
        <source>e-mailadres</source>
        <translation>e-mail address</translation>
    </message>
    <message>
        <source>adres met een naam</source>
        <translation>address with a name</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Logboek</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>&amp;Wie:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <source>W&amp;at:</source>
        <translation>Wh&amp;at:</translation>
    </message>
    <message>
        <source>&amp;Van:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Tot en met:</source>
        <translation>&amp;Up to:</translation>
    </message>
    <message>
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>E&amp;xporteren (CSV)…</source>
        <translation>E&amp;xport (CSV)…</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Tijdstip</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Gebruiker</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <source>Back-up gemaakt: {path}</source>
        <translation>Backup made: {path}</translation>
    </message>
</context>
<context>
    <name>ColumnMappingModel</name>
    <message>
        <source>Kolom in het bestand</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Wordt</source>
        <translation>Becomes</translation>
    </message>
    <message>
        <source>(zonder titel)</source>
        <translation>(no title)</translation>
    </message>
    <message>
        <source>(niet gebruiken)</source>
        <translation>(do not use)</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Gekopieerd: plak ze in uw e-mail aan de beheerder.</source>
        <translation>Copied: paste them into your e-mail to the administrator.</translation>
    </message>
    <message>
        <source>Onverwachte fout</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Technische details (voor de beheerder):</source>
        <translation>Technical details (for the administrator):</translation>
    </message>
    <message>
        <source>&amp;Kopieer details</source>
        <translation>&amp;Copy details</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>DeliveryTableModel</name>
    <message>
        <source>Nummer of adres</source>
        <translation>Number or address</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pogingen</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Verzonden om</source>
        <translation>Sent at</translation>
    </message>
    <message>
        <source>Modem</source>
        <translation>Modem</translation>
    </message>
    <message>
        <source>Fout</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>(gewist)</source>
        <translation>(erased)</translation>
    </message>
    <message>
        <source>SIMULATIE</source>
        <translation>SIMULATION</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
</context>
<context>
    <name>DeskMailer</name>
    <message>
        <source>Demogegevens met fictieve adressen: deze desk verstuurt geen e-mails.</source>
        <translation>Demo data with fictitious addresses: this desk sends no e-mail.</translation>
    </message>
    <message>
        <source>De mailinstelling is ongeldig: {error}</source>
        <translation>The mail setting is invalid: {error}</translation>
    </message>
    <message>
        <source>Er is geen mailserver ingesteld (Instellingen → E-mail).</source>
        <translation>No mail server is set up (Settings → E-mail).</translation>
    </message>
</context>
<context>
    <name>DispatchStatusLabel</name>
    <message>
        <source>Geen verzendpost actief sinds {time}</source>
        <translation>No dispatching PC active since {time}</translation>
    </message>
    <message>
        <source>Geen verzendpost actief</source>
        <translation>No dispatching PC active</translation>
    </message>
    <message>
        <source>Geen enkele pc verstuurt de wachtrij. Start bindesk op de pc met de gsm-modem, of de verzenddienst zonder venster.</source>
        <translation>No PC is sending the queue. Start bindesk on the PC with the GSM modem, or the sending service without a window.</translation>
    </message>
    <message>
        <source>{host} ({ready}/{total} modems klaar)</source>
        <translation>{host} ({ready}/{total} modems ready)</translation>
    </message>
    <message>
        <source>{host}: laatste sms om {time}</source>
        <translation>{host}: last SMS at {time}</translation>
    </message>
    <message>
        <source>Verzendpost: {posts}</source>
        <translation>Dispatching: {posts}</translation>
    </message>
</context>
<context>
    <name>DispatchWarning</name>
    <message>
        <source>Geen verzendpost actief sinds {time} — niemand verstuurt dit bericht.</source>
        <translation>No dispatching PC active since {time} — nobody is sending this message.</translation>
    </message>
    <message>
        <source>Geen verzendpost actief — niemand verstuurt dit bericht.</source>
        <translation>No dispatching PC active — nobody is sending this message.</translation>
    </message>
    <message>
        <source>Start bindesk op de pc met de gsm-modem (of de verzenddienst zonder venster); het bericht blijft tot dan in de wachtrij.</source>
        <translation>Start bindesk on the PC with the GSM modem (or the sending service without a window); until then the message stays in the queue.</translation>
    </message>
</context>
<context>
    <name>DroppedColumnModel</name>
    <message>
        <source>Kolom in het bestand</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Weggelaten omdat</source>
        <translation>Left out because</translation>
    </message>
</context>
<context>
    <name>FieldDelegate</name>
    <message>
        <source>(niet gebruiken)</source>
        <translation>(do not use)</translation>
    </message>
</context>
<context>
    <name>FlaggedReplyModel</name>
    <message>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Lid</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Gsm</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Bericht</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>alle soorten</source>
        <translation>all kinds</translation>
    </message>
    <message>
        <source>{n} bericht</source>
        <translation>{n} message</translation>
    </message>
    <message>
        <source>{n} berichten</source>
        <translation>{n} messages</translation>
    </message>
    <message>
        <source>Meldingen exporteren</source>
        <translation>Export alert history</translation>
    </message>
    <message>
        <source>Excel-werkmap (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>{n} bericht geëxporteerd naar {path}.</source>
        <translation>{n} message exported to {path}.</translation>
    </message>
    <message>
        <source>{n} berichten geëxporteerd naar {path}.</source>
        <translation>{n} messages exported to {path}.</translation>
    </message>
    <message>
        <source>Meldingen</source>
        <translation>Alert history</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Van:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Tot en met:</source>
        <translation>&amp;Up to:</translation>
    </message>
    <message>
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>E&amp;xporteren…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Opent een opvolgbericht van het gekozen bericht: dezelfde netwerken en straat, de opvolgtips eerst.</source>
        <translation>Opens a follow-up of the selected message: same networks and street, the follow-up tips first.</translation>
    </message>
    <message>
        <source>Stuur &amp;opvolging…</source>
        <translation>Send a f&amp;ollow-up…</translation>
    </message>
    <message>
        <source>Per netwerk per maand</source>
        <translation>Per network per month</translation>
    </message>
    <message>
        <source>Logboek van de berichten</source>
        <translation>Log of the messages</translation>
    </message>
</context>
<context>
    <name>HouseStyleDialog</name>
    <message>
        <source>&amp;Bewaren</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Logo kiezen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Huisstijl bewaard.</source>
        <translation>House style saved.</translation>
    </message>
    <message>
        <source>Huisstijl van de nieuwsbrief</source>
        <translation>House style of the newsletter</translation>
    </message>
    <message>
        <source>Naam, contactgegevens, kleuren en logo van de zone, zoals ze op elke nieuwsbrief staan. 101 en 112 staan er altijd op.</source>
        <translation>The zone&apos;s name, contact details, colours and logo, as every newsletter shows them. 101 and 112 are always on it.</translation>
    </message>
    <message>
        <source>&amp;Naam van de zone:</source>
        <translation>&amp;Name of the zone:</translation>
    </message>
    <message>
        <source>bv. Politiezone Erpe-Mere/Lede</source>
        <translation>e.g. Politiezone Erpe-Mere/Lede</translation>
    </message>
    <message>
        <source>&amp;Telefoon (niet dringend):</source>
        <translation>&amp;Phone (not urgent):</translation>
    </message>
    <message>
        <source>bv. 053 00 00 00</source>
        <translation>e.g. 053 00 00 00</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>bv. info@politiezone.be</source>
        <translation>e.g. info@politiezone.be</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>bv. www.politiezone.be</source>
        <translation>e.g. www.politiezone.be</translation>
    </message>
    <message>
        <source>&amp;Hoofdkleur:</source>
        <translation>&amp;Main colour:</translation>
    </message>
    <message>
        <source>#RRGGBB, bv. #1B3A5C</source>
        <translation>#RRGGBB, e.g. #1B3A5C</translation>
    </message>
    <message>
        <source>&amp;Accentkleur:</source>
        <translation>&amp;Accent colour:</translation>
    </message>
    <message>
        <source>#RRGGBB, bv. #2E86C1</source>
        <translation>#RRGGBB, e.g. #2E86C1</translation>
    </message>
    <message>
        <source>&amp;Logo (PNG of JPEG):</source>
        <translation>&amp;Logo (PNG or JPEG):</translation>
    </message>
    <message>
        <source>het standaardlogo van bindesk</source>
        <translation>bindesk&apos;s standard logo</translation>
    </message>
    <message>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Choose…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>&amp;Volgende &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; V&amp;orige</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Ledenlijst kiezen</source>
        <translation>Choose member list</translation>
    </message>
    <message>
        <source>Ledenlijsten (*.csv *.xlsx *.txt);;Alle bestanden (*)</source>
        <translation>Member lists (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Bestand wordt gelezen…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>tekenset {enc}</source>
        <translation>encoding {enc}</translation>
    </message>
    <message>
        <source>scheidingsteken {sep}</source>
        <translation>separator {sep}</translation>
    </message>
    <message>
        <source>{rows} rijen en {cols} kolommen gelezen{extra}.</source>
        <translation>Read {rows} rows and {cols} columns{extra}.</translation>
    </message>
    <message>
        <source>Elke rij wordt nagekeken…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <source>{valid} rijen in orde: {new} nieuwe leden, {updated} bestaande leden bijgewerkt.</source>
        <translation>{valid} rows are fine: {new} new members, {updated} existing members updated.</translation>
    </message>
    <message>
        <source>{bad} rijen met fouten (zie hieronder).</source>
        <translation>{bad} rows with errors (see below).</translation>
    </message>
    <message>
        <source>Geen fouten gevonden.</source>
        <translation>No errors found.</translation>
    </message>
    <message>
        <source>{n} waarschuwingen.</source>
        <translation>{n} warnings.</translation>
    </message>
    <message>
        <source>Alles of niets: er wordt niets geïmporteerd zolang er fouten zijn. Verbeter het bestand en kies het opnieuw, of kies &apos;ongeldige rijen overslaan&apos;.</source>
        <translation>All or nothing: nothing is imported while there are errors. Correct the file and choose it again, or choose &apos;skip invalid rows&apos;.</translation>
    </message>
    <message>
        <source>Elke rij is nagekeken. Er is nog niets weggeschreven.</source>
        <translation>Every row has been checked. Nothing has been written yet.</translation>
    </message>
    <message>
        <source>Bezig met importeren…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Geïmporteerd in {network}: {new} nieuwe leden, {updated} bijgewerkt, {unchanged} ongewijzigd.</source>
        <translation>Imported into {network}: {new} new members, {updated} updated, {unchanged} unchanged.</translation>
    </message>
    <message>
        <source>De import is gestopt: {reason} Wat al geïmporteerd was, blijft bewaard; start de import opnieuw om de rest te doen (niemand komt er dubbel in).</source>
        <translation>The import stopped: {reason} What was already imported is kept; start the import again to do the rest (nobody is added twice).</translation>
    </message>
    <message>
        <source>{n} ongeldige rijen overgeslagen: {rows}.</source>
        <translation>{n} invalid rows skipped: {rows}.</translation>
    </message>
    <message>
        <source>Ledenlijst importeren</source>
        <translation>Import member list</translation>
    </message>
    <message>
        <source>Kies het bestand (CSV of Excel) en het netwerk waarin de leden komen. Er wordt nog niets weggeschreven.</source>
        <translation>Choose the file (CSV or Excel) and the network the members join. Nothing is written yet.</translation>
    </message>
    <message>
        <source>&amp;Bestand:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>nog geen bestand gekozen</source>
        <translation>no file chosen yet</translation>
    </message>
    <message>
        <source>Bl&amp;aderen…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <source>&amp;Netwerk:</source>
        <translation>&amp;Network:</translation>
    </message>
    <message>
        <source>&amp;Toestemming via:</source>
        <translation>&amp;Consent given by:</translation>
    </message>
    <message>
        <source>Kolommen nakijken</source>
        <translation>Check the columns</translation>
    </message>
    <message>
        <source>bindesk herkende de kolommen van het bestand. Kies bij elke kolom wat erin staat; Naam en GSM zijn nodig.</source>
        <translation>bindesk recognised the columns of the file. Choose for each column what it holds; Last name and Mobile are required.</translation>
    </message>
    <message>
        <source>Voorbeeld van de eerste rijen:</source>
        <translation>The first rows:</translation>
    </message>
    <message>
        <source>Controle</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>&amp;Alles of niets: alleen importeren als elke rij in orde is</source>
        <translation>&amp;All or nothing: import only if every row is fine</translation>
    </message>
    <message>
        <source>Ongeldige rijen &amp;overslaan en de geldige rijen importeren</source>
        <translation>&amp;Skip invalid rows and import the valid ones</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>{n} open bericht</source>
        <translation>{n} open message</translation>
    </message>
    <message>
        <source>{n} open berichten</source>
        <translation>{n} open messages</translation>
    </message>
    <message>
        <source>Geen bericht gekozen.</source>
        <translation>No message selected.</translation>
    </message>
    <message>
        <source>Afgehandeld door {who} op {when}.</source>
        <translation>Handled by {who} on {when}.</translation>
    </message>
    <message>
        <source>Dit nummer hoort bij geen lid: bel terug als het nodig is.</source>
        <translation>This number belongs to no member: call back if needed.</translation>
    </message>
    <message>
        <source>&amp;Afgehandeld</source>
        <translation>Mark &amp;handled</translation>
    </message>
    <message>
        <source>&amp;Weer openen</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <source>{n} sms</source>
        <translation>{n} SMS</translation>
    </message>
    <message>
        <source>{n} sms&apos;en</source>
        <translation>{n} SMS</translation>
    </message>
    <message>
        <source>{n} tekens</source>
        <translation>{n} characters</translation>
    </message>
    <message>
        <source>Antwoord aan {who} in de wachtrij.</source>
        <translation>Reply to {who} queued.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Berichten</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Ook &amp;afgehandelde berichten</source>
        <translation>Also &amp;handled messages</translation>
    </message>
    <message>
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>A&amp;ntwoord aan dit lid:</source>
        <translation>Re&amp;ply to this member:</translation>
    </message>
    <message>
        <source>Antwoord &amp;versturen</source>
        <translation>&amp;Send reply</translation>
    </message>
    <message>
        <source>Afleverberichten</source>
        <translation>Delivery reports</translation>
    </message>
    <message>
        <source>Wat het gsm-netwerk terugmeldde: afgeleverd bij het lid, of niet afgeleverd.</source>
        <translation>What the mobile network reported back: delivered to the member, or not delivered.</translation>
    </message>
</context>
<context>
    <name>InboxTableModel</name>
    <message>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Afgehandeld</source>
        <translation>Handled</translation>
    </message>
    <message>
        <source>Bericht</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>antwoord</source>
        <translation>reply</translation>
    </message>
    <message>
        <source>afmelding (STOP/UIT)</source>
        <translation>opt-out (STOP/UIT)</translation>
    </message>
    <message>
        <source>onbekende afzender</source>
        <translation>unknown sender</translation>
    </message>
    <message>
        <source>mogelijke afmelding</source>
        <translation>possible opt-out</translation>
    </message>
    <message>
        <source>bevestiging verzonden</source>
        <translation>confirmation sent</translation>
    </message>
    <message>
        <source>bevestiging afgeleverd</source>
        <translation>confirmation delivered</translation>
    </message>
    <message>
        <source>bevestiging in de wachtrij</source>
        <translation>confirmation queued</translation>
    </message>
    <message>
        <source>bevestiging mislukt</source>
        <translation>confirmation failed</translation>
    </message>
    <message>
        <source>geen bevestiging</source>
        <translation>no confirmation</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>bindesk — vergrendeld</source>
        <translation>bindesk — locked</translation>
    </message>
    <message>
        <source>bindesk is vergrendeld</source>
        <translation>bindesk is locked</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>bindesk &amp;afsluiten</source>
        <translation>&amp;Quit bindesk</translation>
    </message>
    <message>
        <source>&amp;Ontgrendelen</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>{reason}

Ingelogd: {name} ({user}). Uw open werk blijft bewaard. Geef uw wachtwoord om verder te werken.</source>
        <translation>{reason}

Logged in: {name} ({user}). Your open work is kept. Enter your password to continue.</translation>
    </message>
</context>
<context>
    <name>LogbookTableModel</name>
    <message>
        <source>Verstuurd op</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Netwerken</source>
        <translation>Networks</translation>
    </message>
    <message>
        <source>Ontvangers</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Afgeleverd</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Iedereen had het na</source>
        <translation>Everyone had it after</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>dringend</source>
        <translation>urgent</translation>
    </message>
    <message>
        <source>preventie</source>
        <translation>prevention</translation>
    </message>
    <message>
        <source>opvolging</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <source>nog bezig</source>
        <translation>still sending</translation>
    </message>
    <message>
        <source>{n} seconde</source>
        <translation>{n} second</translation>
    </message>
    <message>
        <source>{n} seconden</source>
        <translation>{n} seconds</translation>
    </message>
    <message>
        <source>{n} minuut</source>
        <translation>{n} minute</translation>
    </message>
    <message>
        <source>{n} minuten</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <source>{n} uur</source>
        <translation>{n} hours</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Database: {url}</source>
        <translation>Database: {url}</translation>
    </message>
    <message>
        <source>&amp;Inloggen</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>bindesk — inloggen</source>
        <translation>bindesk — log in</translation>
    </message>
    <message>
        <source>Inloggen bij bindesk</source>
        <translation>Log in to bindesk</translation>
    </message>
    <message>
        <source>&amp;Gebruikersnaam:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord:</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>MailSection</name>
    <message>
        <source>STARTTLS (poort 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <source>TLS (poort 465)</source>
        <translation>TLS (port 465)</translation>
    </message>
    <message>
        <source>geen (alleen binnen het netwerk van de zone)</source>
        <translation>none (only inside the zone&apos;s network)</translation>
    </message>
    <message>
        <source>wachtwoord</source>
        <translation>password</translation>
    </message>
    <message>
        <source>Microsoft 365 (OAuth2)</source>
        <translation>Microsoft 365 (OAuth2)</translation>
    </message>
    <message>
        <source>TLS (poort 993)</source>
        <translation>TLS (port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (poort 143)</source>
        <translation>STARTTLS (port 143)</translation>
    </message>
    <message>
        <source>niet inloggen</source>
        <translation>no sign-in</translation>
    </message>
    <message>
        <source>Microsoft 365 (hetzelfde inloggen als verzenden)</source>
        <translation>Microsoft 365 (the same sign-in as sending)</translation>
    </message>
    <message>
        <source>onbeperkt</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <source> per minuut</source>
        <translation> per minute</translation>
    </message>
    <message>
        <source>bv. smtp.office365.com</source>
        <translation>e.g. smtp.office365.com</translation>
    </message>
    <message>
        <source>bv. bin@politie-zone.be</source>
        <translation>e.g. bin@politie-zone.be</translation>
    </message>
    <message>
        <source>bv. BIN Politiezone Erpe-Mere/Lede</source>
        <translation>e.g. BIN Police zone Erpe-Mere/Lede</translation>
    </message>
    <message>
        <source>leeg: het afzenderadres</source>
        <translation>empty: the sender&apos;s address</translation>
    </message>
    <message>
        <source>van de app-registratie (IT-dienst)</source>
        <translation>from the app registration (IT department)</translation>
    </message>
    <message>
        <source>bv. politie-zone.be of de tenant-GUID</source>
        <translation>e.g. politie-zone.be or the tenant GUID</translation>
    </message>
    <message>
        <source>bv. outlook.office365.com</source>
        <translation>e.g. outlook.office365.com</translation>
    </message>
    <message>
        <source>uw eigen e-mailadres</source>
        <translation>your own e-mail address</translation>
    </message>
    <message>
        <source>Microsoft 365 laat inloggen met een wachtwoord meestal niet meer toe. Vraag de IT-dienst van de zone om:
1. Authenticated SMTP aan te zetten voor de postbus van de desk;
2. een app-registratie met de gedelegeerde machtiging SMTP.Send (beheerderstoestemming) en &apos;Openbare clientstromen toestaan&apos; op Ja;
3. inloggen met een apparaatcode (device-code flow) toe te laten.
Vul dan de toepassings-id en de tenant-id in, bewaar, en klik &apos;Inloggen bij Microsoft&apos;.</source>
        <translation>Microsoft 365 mostly no longer allows signing in with a password. Ask the zone&apos;s IT department to:
1. turn on Authenticated SMTP for the desk&apos;s mailbox;
2. create an app registration with the delegated permission SMTP.Send (admin consent) and &apos;Allow public client flows&apos; set to Yes;
3. allow signing in with a device code (device-code flow).
Then fill in the application (client) ID and the tenant ID, save, and click &apos;Sign in with Microsoft&apos;.</translation>
    </message>
    <message>
        <source>Ingelogd als {account}.</source>
        <translation>Signed in as {account}.</translation>
    </message>
    <message>
        <source>Deze pc is nog niet ingelogd bij Microsoft.</source>
        <translation>This PC has not signed in with Microsoft yet.</translation>
    </message>
    <message>
        <source>Inloggen afbreken</source>
        <translation>Stop signing in</translation>
    </message>
    <message>
        <source>Inloggen bij &amp;Microsoft…</source>
        <translation>Sign in with &amp;Microsoft…</translation>
    </message>
    <message>
        <source>De mailserver van deze pc is ingesteld door de beheerder van deze pc; die instelling gaat voor op wat hier bewaard is. Wat u hieronder ziet, is wat deze pc gebruikt; u kunt het hier niet wijzigen.</source>
        <translation>The mail server of this PC was set by this PC&apos;s administrator; that setting takes precedence over what is stored here. What you see below is what this PC uses; you cannot change it here.</translation>
    </message>
    <message>
        <source>ongewijzigd</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>(geen wachtwoord)</source>
        <translation>(no password)</translation>
    </message>
    <message>
        <source>E-mailinstellingen bewaard.</source>
        <translation>E-mail settings saved.</translation>
    </message>
    <message>
        <source>Testmail wordt verstuurd…</source>
        <translation>Sending the test mail…</translation>
    </message>
    <message>
        <source>Testmail verstuurd naar {to}. Kijk in die mailbox.</source>
        <translation>Test mail sent to {to}. Look in that mailbox.</translation>
    </message>
    <message>
        <source>Code vragen aan Microsoft…</source>
        <translation>Asking Microsoft for a code…</translation>
    </message>
    <message>
        <source>(onbekend account)</source>
        <translation>(unknown account)</translation>
    </message>
    <message>
        <source>Bezig met ophalen…</source>
        <translation>Fetching…</translation>
    </message>
    <message>
        <source>Verzenden (SMTP)</source>
        <translation>Sending (SMTP)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Poort:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Beveiliging:</source>
        <translation>Se&amp;curity:</translation>
    </message>
    <message>
        <source>&amp;Inloggen met:</source>
        <translation>Sign &amp;in with:</translation>
    </message>
    <message>
        <source>&amp;Gebruiker:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Wa&amp;chtwoord:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Afzender (&amp;naam):</source>
        <translation>Sender (&amp;name):</translation>
    </message>
    <message>
        <source>Afzender (a&amp;dres):</source>
        <translation>Sender (a&amp;ddress):</translation>
    </message>
    <message>
        <source>Antwoo&amp;rdadres:</source>
        <translation>&amp;Reply-to:</translation>
    </message>
    <message>
        <source>&amp;Maximum per minuut:</source>
        <translation>&amp;Maximum per minute:</translation>
    </message>
    <message>
        <source>Toepassings-&amp;id:</source>
        <translation>Application (client) &amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Tenant-id:</source>
        <translation>&amp;Tenant ID:</translation>
    </message>
    <message>
        <source>Bouncepostbus (IMAP)</source>
        <translation>Bounce mailbox (IMAP)</translation>
    </message>
    <message>
        <source>S&amp;erver:</source>
        <translation>S&amp;erver:</translation>
    </message>
    <message>
        <source>P&amp;oort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Beve&amp;iliging:</source>
        <translation>Securit&amp;y:</translation>
    </message>
    <message>
        <source>Inloggen &amp;via:</source>
        <translation>Sign in &amp;via:</translation>
    </message>
    <message>
        <source>Gebr&amp;uiker:</source>
        <translation>Us&amp;er:</translation>
    </message>
    <message>
        <source>Wachtwoor&amp;d:</source>
        <translation>Passwor&amp;d:</translation>
    </message>
    <message>
        <source>Ma&amp;p:</source>
        <translation>Fo&amp;lder:</translation>
    </message>
    <message>
        <source>&amp;Bounces nu ophalen</source>
        <translation>Fetch &amp;bounces now</translation>
    </message>
    <message>
        <source>Testmail &amp;naar:</source>
        <translation>Test mail &amp;to:</translation>
    </message>
    <message>
        <source>&amp;Stuur testmail</source>
        <translation>Send test &amp;mail</translation>
    </message>
    <message>
        <source>E-mailinstellingen be&amp;waren</source>
        <translation>S&amp;ave e-mail settings</translation>
    </message>
</context>
<context>
    <name>MailingDialog</name>
    <message>
        <source>Nieuwsbrief per e-mail versturen</source>
        <translation>Send newsletter by e-mail</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; gaat als pdf-bijlage naar elk lid van de gekozen netwerken met een e-mailadres en toestemming voor e-mail: één bericht per lid, met een regel om zich uit te schrijven.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; goes as a PDF attachment to every member of the chosen networks with an e-mail address and consent for e-mail: one message per member, with a line to unsubscribe.</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Reden (ontvangende server)</source>
        <translation>Reason (receiving server)</translation>
    </message>
    <message>
        <source>%v van %m</source>
        <translation>%v of %m</translation>
    </message>
    <message>
        <source>Kies minstens één netwerk.</source>
        <translation>Choose at least one network.</translation>
    </message>
    <message>
        <source>{n} leden hebben deze editie nog niet (nieuwe leden, of de verzending mislukte): Opnieuw versturen stuurt ze alleen naar hen.</source>
        <translation>{n} members do not have this edition yet (new members, or sending failed): Send again sends it to them only.</translation>
    </message>
    <message>
        <source>{n} leden krijgen deze editie per e-mail.</source>
        <translation>{n} members get this edition by e-mail.</translation>
    </message>
    <message>
        <source>Niet: {no_consent} zonder toestemming voor e-mail of uitgeschreven, {invalid} met een onbestelbaar of ongeldig adres, {already} kregen deze editie al, {duplicates} dubbele adressen.</source>
        <translation>Not: {no_consent} without consent for e-mail or unsubscribed, {invalid} with an undeliverable or invalid address, {already} already got this edition, {duplicates} duplicate addresses.</translation>
    </message>
    <message>
        <source>Nieuwsbrief versturen</source>
        <translation>Send newsletter</translation>
    </message>
    <message>
        <source>{title} per e-mail versturen naar de leden van {n} netwerk(en)? Elk lid met toestemming krijgt één bericht; dit kan niet ongedaan gemaakt worden voor wat al verstuurd is.</source>
        <translation>Send {title} by e-mail to the members of {n} network(s)? Every member with consent gets one message; what has been sent cannot be undone.</translation>
    </message>
    <message>
        <source>Versturen</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>De e-mails worden in de wachtrij gezet…</source>
        <translation>Queuing the e-mails…</translation>
    </message>
    <message>
        <source>{n} e-mails staan in de wachtrij ({skipped} leden overgeslagen: zonder toestemming, onbestelbaar, dubbel of al verstuurd).</source>
        <translation>{n} e-mails are queued ({skipped} members skipped: no consent, undeliverable, duplicate or already sent).</translation>
    </message>
    <message>
        <source>Verzending stoppen</source>
        <translation>Stop sending</translation>
    </message>
    <message>
        <source>De e-mails die nog in de wachtrij staan, worden niet verstuurd (het bericht dat nu vertrekt, gaat nog). U kunt later hervatten.</source>
        <translation>The e-mails still in the queue will not be sent (the message leaving right now still goes). You can resume later.</translation>
    </message>
    <message>
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Gestopt: {n} e-mails niet verstuurd.</source>
        <translation>Stopped: {n} e-mails not sent.</translation>
    </message>
    <message>
        <source>Hervat: {n} e-mails weer in de wachtrij.</source>
        <translation>Resumed: {n} e-mails queued again.</translation>
    </message>
    <message>
        <source>{n} verzonden</source>
        <translation>{n} sent</translation>
    </message>
    <message>
        <source>{n} in wachtrij</source>
        <translation>{n} queued</translation>
    </message>
    <message>
        <source>{n} mislukt</source>
        <translation>{n} failed</translation>
    </message>
    <message>
        <source>{n} onzeker</source>
        <translation>{n} uncertain</translation>
    </message>
    <message>
        <source>{n} gestopt</source>
        <translation>{n} stopped</translation>
    </message>
    <message>
        <source>Klaar: {sent} van {total} verzonden, {failed} mislukt.</source>
        <translation>Done: {sent} of {total} sent, {failed} failed.</translation>
    </message>
    <message>
        <source>Deze pc verstuurt geen e-mail{why}. De e-mails wachten tot een verzendpost met de mailinstelling ze verstuurt.</source>
        <translation>This PC sends no e-mail{why}. The e-mails wait until a dispatching PC with the mail setting sends them.</translation>
    </message>
    <message>
        <source>De mailserver {server}: {message} De e-mails wachten.</source>
        <translation>The mail server {server}: {message} The e-mails wait.</translation>
    </message>
    <message>
        <source>Deze pc verstuurt de e-mails via {server}.</source>
        <translation>This PC sends the e-mails through {server}.</translation>
    </message>
    <message>
        <source>Opnieuw versturen…</source>
        <translation>Send again…</translation>
    </message>
    <message>
        <source>&amp;Versturen…</source>
        <translation>&amp;Send…</translation>
    </message>
    <message>
        <source>Naar de leden van</source>
        <translation>To the members of</translation>
    </message>
    <message>
        <source>Verzending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Mislukt, met de reden van de ontvangende server:</source>
        <translation>Failed, with the receiving server&apos;s reason:</translation>
    </message>
    <message>
        <source>&amp;Stoppen</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>&amp;Hervatten</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>Sl&amp;uiten</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Netwerken</source>
        <translation>Networks</translation>
    </message>
    <message>
        <source>Leden</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Verzonden</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Meldingen</source>
        <translation>Alert history</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>Enquêtes</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <source>Nieuwsbrief</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Logboek</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Vergrendeld op uw vraag.</source>
        <translation>Locked at your request.</translation>
    </message>
    <message>
        <source>SIMULATIE (demogegevens)</source>
        <translation>SIMULATION (demo data)</translation>
    </message>
    <message>
        <source>Vergrendeld na {minutes} minuten zonder gebruik.</source>
        <translation>Locked after {minutes} minutes without use.</translation>
    </message>
    <message>
        <source>De database is leeg. Een collega met de rol beheer of hoofdgebruiker kan netwerken en leden toevoegen.</source>
        <translation>The database is empty. A colleague with the role management or main user can add networks and members.</translation>
    </message>
    <message>
        <source>Deze database bevat nog geen netwerken of leden.

Wilt u de demogegevens laden? Dat zijn drie netwerken van de politiezone Erpe-Mere/Lede met fictieve leden en nummers, om bindesk te leren kennen. Er wordt dan niets echt verstuurd: het venster toont SIMULATIE.</source>
        <translation>This database has no networks or members yet.

Load the demo data? Three networks of the Erpe-Mere/Lede police zone with fictitious members and numbers, to get to know bindesk. Nothing is really sent then: the window shows SIMULATION.</translation>
    </message>
    <message>
        <source>Lege database</source>
        <translation>Empty database</translation>
    </message>
    <message>
        <source>Ingelogd: {name} ({role})</source>
        <translation>Logged in: {name} ({role})</translation>
    </message>
    <message>
        <source>Demogegevens laden</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <source>Met echte gegevens beginnen</source>
        <translation>Start with real data</translation>
    </message>
    <message>
        <source>Demogegevens geladen: {networks} netwerken, {members} leden.</source>
        <translation>Demo data loaded: {networks} networks, {members} members.</translation>
    </message>
    <message>
        <source>Over bindesk</source>
        <translation>About bindesk</translation>
    </message>
    <message>
        <source>bindesk {version}
Buurtinformatienetwerken (BIN) van de politiezone.</source>
        <translation>bindesk {version}
Neighbourhood information networks (BIN) of the police zone.</translation>
    </message>
    <message>
        <source>Logbestand</source>
        <translation>Log file</translation>
    </message>
    <message>
        <source>Het logbestand staat in:
{path}</source>
        <translation>The log file is at:
{path}</translation>
    </message>
    <message>
        <source>bindesk</source>
        <translation>bindesk</translation>
    </message>
    <message>
        <source>SIMULATIE — demogegevens met fictieve leden en nummers. Berichten gaan niet naar echte mensen.</source>
        <translation>SIMULATION — demo data with fictitious members and numbers. Messages do not reach real people.</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Be&amp;richten</source>
        <translation>&amp;Messages</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Waar staat het &amp;logbestand?</source>
        <translation>Where is the &amp;log file?</translation>
    </message>
    <message>
        <source>&amp;Mogelijke afmeldingen…</source>
        <translation>&amp;Possible opt-outs…</translation>
    </message>
    <message>
        <source>&amp;Over bindesk</source>
        <translation>&amp;About bindesk</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>Frans</source>
        <translation>French</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Duits</source>
        <translation>German</translation>
    </message>
    <message>
        <source>gepauzeerd (tijdelijk geen berichten)</source>
        <translation>paused (no messages for now)</translation>
    </message>
    <message>
        <source>uitgeschreven (geen berichten meer)</source>
        <translation>left (no more messages)</translation>
    </message>
    <message>
        <source>sms</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>sms en e-mail</source>
        <translation>SMS and e-mail</translation>
    </message>
    <message>
        <source>inschrijvingsformulier</source>
        <translation>registration form</translation>
    </message>
    <message>
        <source>aan de balie</source>
        <translation>at the front desk</translation>
    </message>
    <message>
        <source>per e-mail</source>
        <translation>by e-mail</translation>
    </message>
    <message>
        <source>inschrijvingslijst van de coördinator</source>
        <translation>the coordinator&apos;s registration list</translation>
    </message>
    <message>
        <source>(nog geen toestemming)</source>
        <translation>(no consent yet)</translation>
    </message>
    <message>
        <source>Nieuw lid</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>Lid: {name}</source>
        <translation>Member: {name}</translation>
    </message>
    <message>
        <source>Afgemeld op {date}: krijgt geen berichten meer. Gebruik &apos;Opnieuw aanmelden&apos; op de ledenlijst als het lid opnieuw toestemming geeft.</source>
        <translation>Opted out on {date}: receives no more messages. Use &apos;Opt back in&apos; on the member list when the member gives consent again.</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>U kunt dit lid bekijken maar niet wijzigen (uw rol: {role}).</source>
        <translation>You can view this member but not change them (your role: {role}).</translation>
    </message>
    <message>
        <source>Dit e-mailadres is ongeldig.</source>
        <translation>This e-mail address is invalid.</translation>
    </message>
    <message>
        <source>Onbestelbaar sinds {date}: {reason} Dit lid krijgt geen e-mail tot het adres gewijzigd is.</source>
        <translation>Undeliverable since {date}: {reason} This member gets no e-mail until the address is changed.</translation>
    </message>
    <message>
        <source>Uitgeschreven voor e-mail op {date}. Vink de toestemming alleen opnieuw aan als het lid dat zelf vraagt.</source>
        <translation>Unsubscribed from e-mail on {date}. Tick the consent again only if the member asks for it.</translation>
    </message>
    <message>
        <source>Geen gsm-nummer: dit lid krijgt alles per e-mail.</source>
        <translation>No mobile number: this member gets everything by e-mail.</translation>
    </message>
    <message>
        <source>Een gsm-nummer is nodig om sms&apos;en te ontvangen.</source>
        <translation>A mobile number is needed to receive text messages.</translation>
    </message>
    <message>
        <source>✓ {display} (opgeslagen als {e164})</source>
        <translation>✓ {display} (stored as {e164})</translation>
    </message>
    <message>
        <source>Zonder toestemming krijgt dit lid geen berichten.</source>
        <translation>Without consent this member receives no messages.</translation>
    </message>
    <message>
        <source>vul de naam in</source>
        <translation>fill in the last name</translation>
    </message>
    <message>
        <source>vul een geldig gsm-nummer in</source>
        <translation>fill in a valid mobile number</translation>
    </message>
    <message>
        <source>vul een geldig e-mailadres in</source>
        <translation>fill in a valid e-mail address</translation>
    </message>
    <message>
        <source>vul een e-mailadres in (berichten via e-mail)</source>
        <translation>fill in an e-mail address (messages by e-mail)</translation>
    </message>
    <message>
        <source>vink minstens één netwerk aan</source>
        <translation>tick at least one network</translation>
    </message>
    <message>
        <source>Nog nodig: {list}.</source>
        <translation>Still needed: {list}.</translation>
    </message>
    <message>
        <source>Lid</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Voornaam:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>&amp;Straat:</source>
        <translation>&amp;Street:</translation>
    </message>
    <message>
        <source>N&amp;ummer:</source>
        <translation>N&amp;umber:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <source>bv. 9340</source>
        <translation>e.g. 9340</translation>
    </message>
    <message>
        <source>&amp;Gemeente:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>bv. Oordegem</source>
        <translation>e.g. Oordegem</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>&amp;Gsm:</source>
        <translation>&amp;Mobile:</translation>
    </message>
    <message>
        <source>bv. 0470 12 34 56</source>
        <translation>e.g. 0470 12 34 56</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Toestemming voor e-&amp;mail (nieuwsbrief en berichten)</source>
        <translation>Consent for e-&amp;mail (newsletter and messages)</translation>
    </message>
    <message>
        <source>&amp;Berichten via:</source>
        <translation>&amp;Messages by:</translation>
    </message>
    <message>
        <source>Status en toestemming</source>
        <translation>Status and consent</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Toestemming &amp;op:</source>
        <translation>Consent &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Hoe gegeven:</source>
        <translation>&amp;How given:</translation>
    </message>
    <message>
        <source>Netwerken (vink aan waar het lid bij hoort; ★ = coördinator)</source>
        <translation>Networks (tick the ones the member belongs to; ★ = coordinator)</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Naam</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Straat</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>GSM</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Netwerken</source>
        <translation>Networks</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source> · afgemeld</source>
        <translation> · opted out</translation>
    </message>
    <message>
        <source> · geen toestemming</source>
        <translation> · no consent</translation>
    </message>
    <message>
        <source>Ontvangt berichten.</source>
        <translation>Receives messages.</translation>
    </message>
    <message>
        <source>Afgemeld: krijgt geen berichten meer.</source>
        <translation>Opted out: receives no more messages.</translation>
    </message>
    <message>
        <source>Geen toestemming geregistreerd: krijgt geen berichten.</source>
        <translation>No consent on record: receives no messages.</translation>
    </message>
    <message>
        <source>Niet actief: krijgt geen berichten.</source>
        <translation>Not active: receives no messages.</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Afgemeld (geen berichten)</source>
        <translation>Opted out (no messages)</translation>
    </message>
    <message>
        <source>Alle netwerken</source>
        <translation>All networks</translation>
    </message>
    <message>
        <source>Opnieuw a&amp;anmelden…</source>
        <translation>Opt &amp;back in…</translation>
    </message>
    <message>
        <source>Af&amp;melden</source>
        <translation>Opt &amp;out</translation>
    </message>
    <message>
        <source>E&amp;xporteren (selectie)…</source>
        <translation>E&amp;xport (selection)…</translation>
    </message>
    <message>
        <source>E&amp;xporteren…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Lid bewaard.</source>
        <translation>Member saved.</translation>
    </message>
    <message>
        <source>Afmelden</source>
        <translation>Opt out</translation>
    </message>
    <message>
        <source>{n} lid</source>
        <translation>{n} member</translation>
    </message>
    <message>
        <source>{n} leden</source>
        <translation>{n} members</translation>
    </message>
    <message>
        <source>{shown} van {n} lid</source>
        <translation>{shown} of {n} member</translation>
    </message>
    <message>
        <source>{shown} van {n} leden</source>
        <translation>{shown} of {n} members</translation>
    </message>
    <message>
        <source>{names} afmelden?

Vanaf nu krijgt dit lid geen enkel bericht meer; berichten die nog in de wachtrij staan worden geannuleerd.</source>
        <translation>Opt out {names}?

From now on this member gets no message at all; messages still in the queue are cancelled.</translation>
    </message>
    <message>
        <source>{names} afmelden?

Vanaf nu krijgen deze {n} leden geen enkel bericht meer; berichten die nog in de wachtrij staan worden geannuleerd.</source>
        <translation>Opt out {names}?

From now on these {n} members get no message at all; messages still in the queue are cancelled.</translation>
    </message>
    <message>
        <source>{n} lid afgemeld.</source>
        <translation>{n} member opted out.</translation>
    </message>
    <message>
        <source>{n} leden afgemeld.</source>
        <translation>{n} members opted out.</translation>
    </message>
    <message>
        <source>Opnieuw aanmelden</source>
        <translation>Opt back in</translation>
    </message>
    <message>
        <source>Hoe gaf het lid opnieuw toestemming?</source>
        <translation>How did the member give consent again?</translation>
    </message>
    <message>
        <source>aan de balie</source>
        <translation>at the front desk</translation>
    </message>
    <message>
        <source>Map kiezen voor het inzagebestand (persoonsgegevens)</source>
        <translation>Choose a folder for the personal data file</translation>
    </message>
    <message>
        <source>Persoonsgegevens bewaard: {html} (leesbaar) en {json} (volledig).</source>
        <translation>Personal data saved: {html} (readable) and {json} (complete).</translation>
    </message>
    <message>
        <source>Lid definitief wissen</source>
        <translation>Erase member permanently</translation>
    </message>
    <message>
        <source>{name} ({mobile}) definitief wissen?

Alle persoonsgegevens worden verwijderd, ook uit het logboek. Verzonden berichten blijven enkel anoniem bewaard voor de statistiek. Dit kan niet ongedaan gemaakt worden.

Wil het lid alleen geen berichten meer? Kies dan Annuleren en gebruik Afmelden.</source>
        <translation>Erase {name} ({mobile}) permanently?

All personal data is removed, from the audit log too. Sent messages are kept only anonymously for statistics. This cannot be undone.

Does the member only want no more messages? Then choose Cancel and use Opt out.</translation>
    </message>
    <message>
        <source>Definitief wissen</source>
        <translation>Erase permanently</translation>
    </message>
    <message>
        <source>Lid gewist.</source>
        <translation>Member erased.</translation>
    </message>
    <message>
        <source>selectie</source>
        <translation>selection</translation>
    </message>
    <message>
        <source>Ledenlijst exporteren</source>
        <translation>Export member list</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV, puntkomma (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV, semicolon (*.csv)</translation>
    </message>
    <message>
        <source>{count} leden geëxporteerd naar {path}.</source>
        <translation>{count} members exported to {path}.</translation>
    </message>
    <message>
        <source>Leden</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Zoeken op naam, straat, huisnummer of gsm (bv. 0470 of Kerkstr)…</source>
        <translation>Search by name, street, house number or mobile (e.g. 0470 or Kerkstr)…</translation>
    </message>
    <message>
        <source>&amp;Nieuw lid…</source>
        <translation>&amp;New member…</translation>
    </message>
    <message>
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Het lid wil geen berichten meer: vanaf nu krijgt het geen enkele sms meer.</source>
        <translation>The member wants no more messages: from now on they receive no text message at all.</translation>
    </message>
    <message>
        <source>Alle gegevens over dit lid bewaren in een bestand (recht op inzage, GDPR).</source>
        <translation>Save all data about this member to a file (right of access, GDPR).</translation>
    </message>
    <message>
        <source>&amp;Inzage…</source>
        <translation>&amp;Access…</translation>
    </message>
    <message>
        <source>Het lid definitief wissen (recht op vergetelheid, GDPR).</source>
        <translation>Erase the member permanently (right to erasure, GDPR).</translation>
    </message>
    <message>
        <source>W&amp;issen…</source>
        <translation>E&amp;rase…</translation>
    </message>
    <message>
        <source>I&amp;mporteren…</source>
        <translation>I&amp;mport…</translation>
    </message>
    <message>
        <source>Leden worden geladen…</source>
        <translation>Loading members…</translation>
    </message>
</context>
<context>
    <name>MembershipModel</name>
    <message>
        <source>Netwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Lid</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Coördinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Huidige coördinator</source>
        <translation>Current coordinator</translation>
    </message>
    <message>
        <source> (gedeactiveerd)</source>
        <translation> (deactivated)</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Aanvinken maakt dit lid coördinator in plaats van {name}.</source>
        <translation>Ticking makes this member coordinator instead of {name}.</translation>
    </message>
    <message>
        <source>Eén coördinator per netwerk.</source>
        <translation>One coordinator per network.</translation>
    </message>
</context>
<context>
    <name>ModemPanel</name>
    <message>
        <source>{sim}: er is geen echte modem ingesteld. Berichten worden als verzonden gemarkeerd, maar niemand ontvangt een sms. Een beheerder stelt een modem in bij Instellingen om echt te versturen.</source>
        <translation>{sim}: no real modem is set up. Messages are marked as sent, but nobody receives an SMS. An administrator sets up a modem in Settings to really send.</translation>
    </message>
    <message>
        <source>Deze pc verstuurt zelf geen sms. De berichten in de wachtrij worden verstuurd door de pc met de modem(s) of door de verzenddienst zonder venster.</source>
        <translation>This PC sends no texts itself. The queued messages are sent by the PC with the modem(s) or by the sending service without a window.</translation>
    </message>
    <message>
        <source>Verzenden is niet gestart.</source>
        <translation>Sending has not started.</translation>
    </message>
    <message>
        <source>Ingebouwde testmodem</source>
        <translation>Built-in test modem</translation>
    </message>
    <message>
        <source>signaal {p}%</source>
        <translation>signal {p}%</translation>
    </message>
    <message>
        <source>netwerk {name}</source>
        <translation>network {name}</translation>
    </message>
    <message>
        <source>Laatste probleem ({time}): {message}</source>
        <translation>Last problem ({time}): {message}</translation>
    </message>
</context>
<context>
    <name>ModemSection</name>
    <message>
        <source>Modems van deze pc ({host})</source>
        <translation>Modems of this PC ({host})</translation>
    </message>
    <message>
        <source>Deze modems gebruikt alleen deze pc ({host}) om alarmberichten te versturen. Een PIN-code wordt bewaard en daarna nooit meer getoond.</source>
        <translation>Only this PC ({host}) uses these modems to send alerts. A PIN is stored and never shown again.</translation>
    </message>
    <message>
        <source>Let op: de modems voor deze pc zijn bij het opstarten van bindesk vastgelegd (door de IT-dienst); die gaan voor op de modems hieronder tot bindesk zonder die opstartinstelling start.</source>
        <translation>Note: the modems for this PC were set when bindesk was started (by the IT department); they take precedence over the modems below until bindesk starts without that start-up setting.</translation>
    </message>
    <message>
        <source>leeg laten als de simkaart geen PIN vraagt</source>
        <translation>leave empty if the SIM asks for no PIN</translation>
    </message>
    <message>
        <source>bv. +32475161616 (leeg: van de simkaart)</source>
        <translation>e.g. +32475161616 (empty: from the SIM)</translation>
    </message>
    <message>
        <source>bv. 0470 12 34 56</source>
        <translation>e.g. 0470 12 34 56</translation>
    </message>
    <message>
        <source>bv. /dev/ttyUSB0, COM3 of sim</source>
        <translation>e.g. /dev/ttyUSB0, COM3 or sim</translation>
    </message>
    <message>
        <source>Modem</source>
        <translation>Modem</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>SMS-centrale</source>
        <translation>SMS centre</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Toestand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>ingesteld</source>
        <translation>set</translation>
    </message>
    <message>
        <source>van de simkaart</source>
        <translation>from the SIM</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Modem {label} bewaard. Controleer hem of stuur een testbericht, en klik Toepassen om ermee te versturen.</source>
        <translation>Modem {label} saved. Check it or send a test message, and click Apply to send with it.</translation>
    </message>
    <message>
        <source>Modem bijgewerkt. Klik Toepassen om de wijziging te gebruiken.</source>
        <translation>Modem updated. Click Apply to use the change.</translation>
    </message>
    <message>
        <source>Modem {label} uitgeschakeld.</source>
        <translation>Modem {label} disabled.</translation>
    </message>
    <message>
        <source>Modem {label} ingeschakeld.</source>
        <translation>Modem {label} enabled.</translation>
    </message>
    <message>
        <source>Klik Toepassen om de wijziging te gebruiken.</source>
        <translation>Click Apply to use the change.</translation>
    </message>
    <message>
        <source>Modem verwijderd. Klik Toepassen om zonder die modem te versturen.</source>
        <translation>Modem removed. Click Apply to send without that modem.</translation>
    </message>
    <message>
        <source>Niet toegepast: de modems uit de opstartinstelling van bindesk gaan voor. Start bindesk zonder die instelling om de modems van Instellingen te gebruiken.</source>
        <translation>Not applied: the modems of bindesk&apos;s start-up setting take precedence. Start bindesk without that setting to use the modems from Settings.</translation>
    </message>
    <message>
        <source>Toegepast: deze pc verstuurt nu met de ingeschakelde modems.</source>
        <translation>Applied: this PC now sends with the enabled modems.</translation>
    </message>
    <message>
        <source>De modems van deze pc worden even gepauzeerd…</source>
        <translation>This PC&apos;s modems are paused for a moment…</translation>
    </message>
    <message>
        <source>Modems zoeken en controleren…</source>
        <translation>Looking for modems and checking them…</translation>
    </message>
    <message>
        <source>{n} poort(en) gevonden.</source>
        <translation>{n} port(s) found.</translation>
    </message>
    <message>
        <source>{label}: {maker} {model}, IMEI {imei}, signaal {signal}, netwerk {operator}, simkaart {pin}, SMS-centrale {smsc}</source>
        <translation>{label}: {maker} {model}, IMEI {imei}, signal {signal}, network {operator}, SIM {pin}, SMS centre {smsc}</translation>
    </message>
    <message>
        <source>in orde</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>fout: zie hieronder</source>
        <translation>error: see below</translation>
    </message>
    <message>
        <source>Modem controleren… (enkele seconden)</source>
        <translation>Checking the modem… (a few seconds)</translation>
    </message>
    <message>
        <source>Testbericht verstuurd naar {number} via {label}.</source>
        <translation>Test message sent to {number} via {label}.</translation>
    </message>
    <message>
        <source>testbericht verstuurd</source>
        <translation>test message sent</translation>
    </message>
    <message>
        <source>testbericht mislukt</source>
        <translation>test message failed</translation>
    </message>
    <message>
        <source>Testbericht versturen… (enkele seconden)</source>
        <translation>Sending the test message… (a few seconds)</translation>
    </message>
    <message>
        <source>Modems van deze pc</source>
        <translation>Modems of this PC</translation>
    </message>
    <message>
        <source>&amp;Controleren</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>In-/&amp;uitschakelen</source>
        <translation>Enable/&amp;disable</translation>
    </message>
    <message>
        <source>PIN/SMSC &amp;wijzigen</source>
        <translation>Change PIN/SMS&amp;C</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Toepassen</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>&amp;Poort:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Modems &amp;zoeken</source>
        <translation>&amp;Find modems</translation>
    </message>
    <message>
        <source>P&amp;IN-code:</source>
        <translation>P&amp;IN:</translation>
    </message>
    <message>
        <source>&amp;SMS-centrale:</source>
        <translation>&amp;SMS centre:</translation>
    </message>
    <message>
        <source>&amp;Omschrijving:</source>
        <translation>D&amp;escription:</translation>
    </message>
    <message>
        <source>Modem &amp;toevoegen</source>
        <translation>Add &amp;modem</translation>
    </message>
    <message>
        <source>Test&amp;nummer:</source>
        <translation>Test &amp;number:</translation>
    </message>
    <message>
        <source>Stuur test&amp;bericht</source>
        <translation>Send &amp;test message</translation>
    </message>
</context>
<context>
    <name>MonthsTableModel</name>
    <message>
        <source>Netwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Berichten</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Sms&apos;en</source>
        <translation>SMS</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <source>(geen coördinator)</source>
        <translation>(no coordinator)</translation>
    </message>
    <message>
        <source>Nieuw netwerk</source>
        <translation>New network</translation>
    </message>
    <message>
        <source>Voeg eerst leden toe; daarna kiest u hier de coördinator.</source>
        <translation>Add members first; then choose the coordinator here.</translation>
    </message>
    <message>
        <source>Netwerk: {name}</source>
        <translation>Network: {name}</translation>
    </message>
    <message>
        <source>Dit netwerk heeft nog geen leden.</source>
        <translation>This network has no members yet.</translation>
    </message>
    <message>
        <source>Netwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>bv. BIN Oordegem</source>
        <translation>e.g. BIN Oordegem</translation>
    </message>
    <message>
        <source>&amp;Gemeente:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>bv. Lede</source>
        <translation>e.g. Lede</translation>
    </message>
    <message>
        <source>&amp;Gestart op:</source>
        <translation>&amp;Started on:</translation>
    </message>
    <message>
        <source>&amp;Coördinator:</source>
        <translation>&amp;Coordinator:</translation>
    </message>
    <message>
        <source>Contact &amp;politie:</source>
        <translation>&amp;Police contact:</translation>
    </message>
    <message>
        <source>wijkinspecteur of dienst, bv. Inspecteur wijkwerking Lede</source>
        <translation>community officer or service, e.g. Inspecteur wijkwerking Lede</translation>
    </message>
    <message>
        <source>&amp;Gebied:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>Omschrijving van het gebied, bv. de dorpskern rond de kerk</source>
        <translation>Description of the area, e.g. the village centre around the church</translation>
    </message>
    <message>
        <source>&amp;Straten:</source>
        <translation>St&amp;reets:</translation>
    </message>
    <message>
        <source>Eén straat per regel</source>
        <translation>One street per line</translation>
    </message>
</context>
<context>
    <name>NetworkPicker</name>
    <message>
        <source>{name} · {n} lid</source>
        <translation>{name} · {n} member</translation>
    </message>
    <message>
        <source>{name} · {n} leden</source>
        <translation>{name} · {n} members</translation>
    </message>
    <message>
        <source>Er is geen actief netwerk. Een collega met de rol beheer maakt er een.</source>
        <translation>There is no active network. A colleague with the management role creates one.</translation>
    </message>
    <message>
        <source>Een opvolgbericht gaat naar dezelfde ontvangers als het oorspronkelijke bericht ({networks}).</source>
        <translation>A follow-up goes to the same recipients as the original message ({networks}).</translation>
    </message>
    <message>
        <source>Spatiebalk vinkt het gekozen netwerk aan of af.</source>
        <translation>The space bar ticks or unticks the chosen network.</translation>
    </message>
</context>
<context>
    <name>NetworkTableModel</name>
    <message>
        <source>Netwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Coördinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Actieve leden</source>
        <translation>Active members</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <source>gedeactiveerd</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>NetworksPage</name>
    <message>
        <source>&amp;Heractiveren</source>
        <translation>&amp;Reactivate</translation>
    </message>
    <message>
        <source>&amp;Deactiveren</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <source>gedeactiveerd</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>{active} actief, {paused} gepauzeerd, {left} uitgeschreven; {opted} afgemeld</source>
        <translation>{active} active, {paused} paused, {left} left; {opted} opted out</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Gestart op</source>
        <translation>Started on</translation>
    </message>
    <message>
        <source>Coördinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Wijkinspecteur / contact politie</source>
        <translation>Community officer / police contact</translation>
    </message>
    <message>
        <source>Leden</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Gebied</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Straten</source>
        <translation>Streets</translation>
    </message>
    <message>
        <source>Netwerk bewaard.</source>
        <translation>Network saved.</translation>
    </message>
    <message>
        <source>Netwerk deactiveren</source>
        <translation>Deactivate network</translation>
    </message>
    <message>
        <source>{name} deactiveren?

Het netwerk en zijn geschiedenis blijven bewaard, maar u kunt het niet meer kiezen voor nieuwe alarmberichten. U kunt het later opnieuw activeren.</source>
        <translation>Deactivate {name}?

The network and its history are kept, but it can no longer be chosen for new alerts. You can reactivate it later.</translation>
    </message>
    <message>
        <source>Deactiveren</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Netwerken</source>
        <translation>Networks</translation>
    </message>
    <message>
        <source>&amp;Nieuw netwerk…</source>
        <translation>&amp;New network…</translation>
    </message>
    <message>
        <source>&amp;Wijzigen…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Ook &amp;gedeactiveerde netwerken tonen</source>
        <translation>Also show &amp;deactivated networks</translation>
    </message>
</context>
<context>
    <name>NewsletterPage</name>
    <message>
        <source>(geen enquête)</source>
        <translation>(no survey)</translation>
    </message>
    <message>
        <source>(nieuwe editie)</source>
        <translation>(new edition)</translation>
    </message>
    <message>
        <source>{pages} p., {when}</source>
        <translation>{pages} p., {when}</translation>
    </message>
    <message>
        <source>nog niet opgemaakt</source>
        <translation>not built yet</translation>
    </message>
    <message>
        <source>Editie {n}: {title} ({period}; {built})</source>
        <translation>Edition {n}: {title} ({period}; {built})</translation>
    </message>
    <message>
        <source>{title} ({n} antwoorden)</source>
        <translation>{title} ({n} responses)</translation>
    </message>
    <message>
        <source>Vink minstens één netwerk aan voor de cijfers.</source>
        <translation>Tick at least one network for the figures.</translation>
    </message>
    <message>
        <source>Nieuw artikel</source>
        <translation>New article</translation>
    </message>
    <message>
        <source>(zonder titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Editie {n}: {pages} pagina&apos;s.</source>
        <translation>Edition {n}: {pages} pages.</translation>
    </message>
    <message>
        <source>Nieuwsbrief opgemaakt en bewaard.</source>
        <translation>Newsletter built and stored.</translation>
    </message>
    <message>
        <source>Opmaken geannuleerd: er is niets bewaard.</source>
        <translation>Build cancelled: nothing was stored.</translation>
    </message>
    <message>
        <source>{title}, editie {n}</source>
        <translation>{title}, edition {n}</translation>
    </message>
    <message>
        <source>Nieuwsbrief opslaan</source>
        <translation>Save newsletter</translation>
    </message>
    <message>
        <source>De nieuwsbrief kon niet opgeslagen worden in {path} ({reason}). Kies een andere map.</source>
        <translation>The newsletter could not be saved to {path} ({reason}). Choose another folder.</translation>
    </message>
    <message>
        <source>Nieuwsbrief opgeslagen in {path}.</source>
        <translation>Newsletter saved to {path}.</translation>
    </message>
    <message>
        <source>Nieuwsbrief</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Editie</source>
        <translation>Edition</translation>
    </message>
    <message>
        <source>Be&amp;waarde edities:</source>
        <translation>Stored edi&amp;tions:</translation>
    </message>
    <message>
        <source>&amp;Nieuwe editie</source>
        <translation>&amp;New edition</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>bv. BIN-nieuws winter 2026</source>
        <translation>e.g. BIN news winter 2026</translation>
    </message>
    <message>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Enquête:</source>
        <translation>S&amp;urvey:</translation>
    </message>
    <message>
        <source>Net&amp;werken:</source>
        <translation>Net&amp;works:</translation>
    </message>
    <message>
        <source>Een woord van de zone</source>
        <translation>A word from the zone</translation>
    </message>
    <message>
        <source>Een korte inleiding van de korpschef of de dienst wijkwerking. Een lege regel begint een nieuwe alinea.</source>
        <translation>A short introduction by the chief of police or the community policing service. An empty line starts a new paragraph.</translation>
    </message>
    <message>
        <source>Artikels</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Artikel &amp;toevoegen</source>
        <translation>&amp;Add article</translation>
    </message>
    <message>
        <source>Artikel &amp;verwijderen</source>
        <translation>&amp;Remove article</translation>
    </message>
    <message>
        <source>Titel van het artikel</source>
        <translation>Title of the article</translation>
    </message>
    <message>
        <source>Tekst van het artikel. Een lege regel begint een nieuwe alinea.</source>
        <translation>Text of the article. An empty line starts a new paragraph.</translation>
    </message>
    <message>
        <source>Reacties van lezers (vink aan wat in de nieuwsbrief komt)</source>
        <translation>Readers&apos; comments (tick what goes into the newsletter)</translation>
    </message>
    <message>
        <source>Preventietips (vink aan wat in de nieuwsbrief komt)</source>
        <translation>Prevention tips (tick what goes into the newsletter)</translation>
    </message>
    <message>
        <source>Nog geen voorbeeld: klik Opmaken.</source>
        <translation>No preview yet: click Build.</translation>
    </message>
    <message>
        <source>&amp;Opmaken</source>
        <translation>&amp;Build</translation>
    </message>
    <message>
        <source>Annu&amp;leren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Huisstijl…</source>
        <translation>&amp;House style…</translation>
    </message>
    <message>
        <source>Op&amp;slaan als PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Af&amp;drukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Per &amp;e-mail versturen…</source>
        <translation>Send by &amp;e-mail…</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>&amp;Bewaren</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Nieuwe gebruiker</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>Gebruiker: {name}</source>
        <translation>User: {name}</translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>Gebruiker</source>
        <translation>User</translation>
    </message>
    <message>
        <source>&amp;Gebruikersnaam:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Rol:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Actief (mag inloggen)</source>
        <translation>&amp;Active (may log in)</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Herhaal wachtwoord:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
</context>
<context>
    <name>OperatorTableModel</name>
    <message>
        <source>Gebruikersnaam</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Laatst ingelogd</source>
        <translation>Last logged in</translation>
    </message>
    <message>
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <source>uitgeschakeld</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>nooit</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>OptOutDialog</name>
    <message>
        <source>{name} is afgemeld.</source>
        <translation>{name} has opted out.</translation>
    </message>
    <message>
        <source>Mogelijke afmeldingen</source>
        <translation>Possible opt-outs</translation>
    </message>
    <message>
        <source>Deze antwoorden lijken op een afmelding, maar zijn niet alleen &apos;STOP&apos;. Lees het bericht: bevestig de afmelding, of houd het als gewoon antwoord.</source>
        <translation>These replies look like an opt-out, but are not just &apos;STOP&apos;. Read the message: confirm the opt-out, or keep it as an ordinary reply.</translation>
    </message>
    <message>
        <source>Afmelding &amp;bevestigen</source>
        <translation>&amp;Confirm opt-out</translation>
    </message>
    <message>
        <source>&amp;Geen afmelding</source>
        <translation>&amp;Not an opt-out</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>1 bericht</source>
        <extracomment>the shown deliveries&apos; stamps in the look-back window (outbox_changes&apos; ``seen``)</extracomment>
        <translation>1 message</translation>
    </message>
    <message>
        <source>{n} berichten</source>
        <translation>{n} messages</translation>
    </message>
    <message>
        <source>Bijgewerkt om {time}</source>
        <translation>Updated at {time}</translation>
    </message>
    <message>
        <source>Tot het laatste lid het heeft: nog {estimate}.</source>
        <translation>Until the last member has it: {estimate} more.</translation>
    </message>
    <message>
        <source>Kies een bericht om de ontvangers te zien.</source>
        <translation>Choose a message to see its recipients.</translation>
    </message>
    <message>
        <source>Bericht {id} · {kind} · {when} door {who} — {done} van {total} afgehandeld ({counts})</source>
        <translation>Message {id} · {kind} · {when} by {who} — {done} of {total} handled ({counts})</translation>
    </message>
    <message>
        <source>Stuur o&amp;pvolging…</source>
        <translation>Send a follow-u&amp;p…</translation>
    </message>
    <message>
        <source>Opent een opvolgbericht van het gekozen bericht: dezelfde netwerken en straat, de opvolgtips eerst.</source>
        <translation>Opens a follow-up of the selected message: same networks and street, the follow-up tips first.</translation>
    </message>
    <message>
        <source>Verzending stoppen</source>
        <translation>Stop sending</translation>
    </message>
    <message>
        <source>Bericht {id}: nog {n} sms&apos;en in de wachtrij.

Die worden niet meer verstuurd (status: geannuleerd). Wat al verzonden is, blijft verzonden; een sms die op dit moment vertrekt, gaat nog door.</source>
        <translation>Message {id}: {n} text messages still queued.

They will no longer be sent (status: cancelled). What has been sent stays sent; a text message leaving right now still goes.</translation>
    </message>
    <message>
        <source>Verzending &amp;stoppen</source>
        <translation>&amp;Stop sending</translation>
    </message>
    <message>
        <source>Bericht {id}: {failed} mislukt en {uncertain} onzeker opnieuw versturen?</source>
        <translation>Message {id}: resend {failed} failed and {uncertain} uncertain?</translation>
    </message>
    <message>
        <source>Onzeker betekent: de modem viel weg of antwoordde niet terwijl het bericht vertrok. Het bericht is dus misschien al ontvangen; wie het al kreeg, krijgt het dan een tweede keer. Vraag bij twijfel eerst na bij een van die leden.</source>
        <translation>Uncertain means: the modem dropped out or did not answer while the message was leaving. So it may already have arrived; whoever got it gets it a second time. When in doubt, first ask one of those members.</translation>
    </message>
    <message>
        <source>Opnieuw versturen</source>
        <translation>Resend</translation>
    </message>
    <message>
        <source>Opnieuw &amp;versturen</source>
        <translation>Re&amp;send</translation>
    </message>
    <message>
        <source>{n} sms&apos;en geannuleerd.</source>
        <translation>{n} text messages cancelled.</translation>
    </message>
    <message>
        <source>{n} sms&apos;en opnieuw in de wachtrij.</source>
        <translation>{n} text messages queued again.</translation>
    </message>
    <message>
        <source>Onzekere zonder bevestiging opnieuw versturen ({n})</source>
        <translation>Resend uncertain without confirmation ({n})</translation>
    </message>
    <message>
        <source>{n} geselecteerde sms&apos;en opnieuw versturen?</source>
        <translation>Resend {n} selected text messages?</translation>
    </message>
    <message>
        <source>Onzeker betekent: het bericht is misschien al ontvangen. Van een bericht in meerdere delen gaan alleen de delen die nog niet vertrokken.</source>
        <translation>Uncertain means: the message may already have been received. Of a message in several parts, only the parts that have not gone out yet are sent.</translation>
    </message>
    <message>
        <source>{n} geselecteerde sms&apos;en in de wachtrij niet meer versturen? Een sms die op dit moment vertrekt, gaat nog door.</source>
        <translation>Stop sending {n} selected queued text messages? A text message leaving right now still goes.</translation>
    </message>
    <message>
        <source>Onzekere opnieuw versturen</source>
        <translation>Resend uncertain</translation>
    </message>
    <message>
        <source>Voor {n} onzekere sms&apos;en kwam na {minutes} minuten geen ontvangstbevestiging. Alleen die opnieuw versturen? Wie het bericht toch al kreeg, krijgt het een tweede keer.</source>
        <translation>No delivery report arrived within {minutes} minutes for {n} uncertain text messages. Resend just those? Anyone who did get the message gets it a second time.</translation>
    </message>
    <message>
        <source>{n} niet gewijzigd (bv. levering {id}: {reason}).</source>
        <translation>{n} not changed (e.g. delivery {id}: {reason}).</translation>
    </message>
    <message>
        <source>Verzonden</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Opnieuw inlezen (F5)</source>
        <translation>Reload (F5)</translation>
    </message>
    <message>
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Modems</source>
        <translation>Modems</translation>
    </message>
    <message>
        <source>Wat van dit bericht nog in de wachtrij staat, wordt niet meer verstuurd.</source>
        <translation>What of this message is still queued will no longer be sent.</translation>
    </message>
    <message>
        <source>&amp;Annuleer wat nog wacht…</source>
        <translation>&amp;Cancel what is still waiting…</translation>
    </message>
    <message>
        <source>Mislukte en onzekere leveringen van dit bericht opnieuw in de wachtrij zetten.</source>
        <translation>Queue the failed and uncertain deliveries of this message again.</translation>
    </message>
    <message>
        <source>&amp;Opnieuw versturen (mislukt/onzeker)…</source>
        <translation>&amp;Resend (failed/uncertain)…</translation>
    </message>
    <message>
        <source>De geselecteerde mislukte of onzekere leveringen opnieuw versturen</source>
        <translation>Resend the selected failed or uncertain deliveries</translation>
    </message>
    <message>
        <source>Selectie opnieuw versturen</source>
        <translation>Resend selection</translation>
    </message>
    <message>
        <source>De geselecteerde leveringen die nog wachten niet meer versturen</source>
        <translation>Do not send the selected deliveries that are still waiting</translation>
    </message>
    <message>
        <source>Selectie annuleren</source>
        <translation>Cancel selection</translation>
    </message>
    <message>
        <source>Alleen de onzekere leveringen zonder ontvangstbevestiging opnieuw versturen</source>
        <translation>Resend only the uncertain deliveries without a delivery report</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Wachtwoord van {name} ({user}) wijzigen.</source>
        <translation>Change the password of {name} ({user}).</translation>
    </message>
    <message>
        <source>Wachtwoord herstellen</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord voor {user}. Geef het persoonlijk door; de gebruiker kan het daarna zelf wijzigen.</source>
        <translation>New password for {user}. Hand it over in person; the user can change it afterwards.</translation>
    </message>
    <message>
        <source>De twee nieuwe wachtwoorden zijn niet gelijk.</source>
        <translation>The two new passwords are not the same.</translation>
    </message>
    <message>
        <source>Wachtwoord wijzigen</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>&amp;Huidig wachtwoord:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;Nieuw wachtwoord:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Herhaal:</source>
        <translation>&amp;Repeat:</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>fout</source>
        <translation>error</translation>
    </message>
    <message>
        <source>waarschuwing</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>wijziging</source>
        <translation>change</translation>
    </message>
</context>
<context>
    <name>QuestionTypeModel</name>
    <message>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Antwoorden, bv.</source>
        <translation>Answers, e.g.</translation>
    </message>
</context>
<context>
    <name>ReportsTableModel</name>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Lid</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Bericht</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>bericht {n}</source>
        <translation>message {n}</translation>
    </message>
    <message>
        <source>afgeleverd</source>
        <translation>delivered</translation>
    </message>
    <message>
        <source>niet afgeleverd</source>
        <translation>not delivered</translation>
    </message>
</context>
<context>
    <name>SendingBridge</name>
    <message>
        <source>De modeminstelling is ongeldig: {error}</source>
        <extracomment>--modem / BINDESK_MODEMS (or specs given): the stored modems are not used</extracomment>
        <translation>The modem setting is invalid: {error}</translation>
    </message>
    <message>
        <source>De modems worden nog afgesloten. Probeer het over enkele seconden.</source>
        <translation>The modems are still shutting down. Try again in a few seconds.</translation>
    </message>
    <message>
        <source>Geen modem ingesteld op deze pc: alarmberichten blijven in de wachtrij tot een pc met een gsm-modem ze verstuurt. Een hoofdgebruiker stelt een modem in bij Instellingen → Modems van deze pc.</source>
        <translation>No modem set up on this PC: alerts stay in the queue until a PC with a GSM modem sends them. A main user sets up a modem under Settings → Modems of this PC.</translation>
    </message>
    <message>
        <source>Deze database bevat demogegevens met fictieve nummers: die worden niet via een echte modem verstuurd. Vraag de hoofdgebruiker de modem van deze pc te verwijderen om in SIMULATIE te werken, of open de echte database.</source>
        <translation>This database holds demo data with fictitious numbers: they are not sent through a real modem. Ask the main user to remove this PC&apos;s modem to work in SIMULATION, or open the real database.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Ingelogd als {name} ({user}), rol {role}.</source>
        <translation>Logged in as {name} ({user}), role {role}.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Instellingen bewaard.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>Wachtwoord gewijzigd.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Algemeen</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Mijn account</source>
        <translation>My account</translation>
    </message>
    <message>
        <source>Mijn &amp;wachtwoord wijzigen…</source>
        <translation>Change my &amp;password…</translation>
    </message>
    <message>
        <source>Voor alle desks</source>
        <translation>For every desk</translation>
    </message>
    <message>
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Vergrendelen na:</source>
        <translation>&amp;Lock after:</translation>
    </message>
    <message>
        <source> minuten niet gebruikt</source>
        <translation> minutes without use</translation>
    </message>
    <message>
        <source>Een andere taal geldt vanaf de volgende start van bindesk.</source>
        <translation>A different language applies from the next start of bindesk.</translation>
    </message>
    <message>
        <source>Instellingen &amp;bewaren</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <source>Gebruikers en rollen</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <source>&amp;Nieuwe gebruiker…</source>
        <translation>&amp;New user…</translation>
    </message>
    <message>
        <source>&amp;Wijzigen…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Wachtwoord &amp;herstellen…</source>
        <translation>&amp;Reset password…</translation>
    </message>
</context>
<context>
    <name>SetupAdminDialog</name>
    <message>
        <source>Hoofdgebruiker &amp;aanmaken</source>
        <translation>Cre&amp;ate main user</translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>bindesk — eerste hoofdgebruiker</source>
        <translation>bindesk — first main user</translation>
    </message>
    <message>
        <source>Deze database heeft nog geen gebruikers. Maak de eerste hoofdgebruiker aan: die voegt daarna de andere gebruikers toe en geeft hun een rol (balie, beheer, communicatie).</source>
        <translation>This database has no users yet. Create the first main user: they then add the other users and give them a role (front desk, management, communication).</translation>
    </message>
    <message>
        <source>&amp;Gebruikersnaam:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>bv. jpeeters</source>
        <translation>e.g. jpeeters</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>bv. Inspecteur Jan Peeters</source>
        <translation>e.g. Inspector Jan Peeters</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Herhaal wachtwoord:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
</context>
<context>
    <name>SurveyImportWizard</name>
    <message>
        <source>&amp;Volgende &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; V&amp;orige</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Exportbestand van de enquête kiezen</source>
        <translation>Choose the survey export file</translation>
    </message>
    <message>
        <source>Enquête-exports (*.csv *.xlsx *.txt);;Alle bestanden (*)</source>
        <translation>Survey exports (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Bestand wordt gelezen…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>{fmt}: {responses} antwoorden, {questions} vragen, {dropped} kolommen weggelaten.</source>
        <translation>{fmt}: {responses} responses, {questions} questions, {dropped} columns left out.</translation>
    </message>
    <message>
        <source>Herkend als {fmt}; {n} antwoorden</source>
        <translation>Recognised as {fmt}; {n} responses</translation>
    </message>
    <message>
        <source>, {n} onvolledige overgeslagen</source>
        <translation>, {n} incomplete skipped</translation>
    </message>
    <message>
        <source>De antwoorden worden nagekeken…</source>
        <translation>Checking the responses…</translation>
    </message>
    <message>
        <source>Enquête: {title} ({state})</source>
        <translation>Survey: {title} ({state})</translation>
    </message>
    <message>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <source>bestaat al, aanvullen</source>
        <translation>exists, add to it</translation>
    </message>
    <message>
        <source>{added} nieuwe antwoorden, {already} al eerder ingelezen, {incomplete} onvolledige overgeslagen.</source>
        <translation>{added} new responses, {already} imported before, {incomplete} incomplete skipped.</translation>
    </message>
    <message>
        <source>Weggelaten kolommen: {columns}.</source>
        <translation>Columns left out: {columns}.</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>{n} e-mailadressen of telefoonnummers in antwoorden vervangen door [verwijderd].</source>
        <translation>{n} e-mail addresses or phone numbers in answers replaced by [verwijderd].</translation>
    </message>
    <message>
        <source>Vragen:</source>
        <translation>Questions:</translation>
    </message>
    <message>
        <source>Alle antwoorden in dit bestand zijn al ingelezen: er is niets nieuw.</source>
        <translation>Every response in this file was imported before: there is nothing new.</translation>
    </message>
    <message>
        <source>Bezig met importeren…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>&apos;{title}&apos;: {added} antwoorden geïmporteerd.</source>
        <translation>&apos;{title}&apos;: {added} responses imported.</translation>
    </message>
    <message>
        <source>Verwijder nu het exportbestand (en de kopie in uw Downloads): het bevat wat bindesk niet bewaart, zoals e-mailadressen en tijdstippen.</source>
        <translation>Now delete the export file (and the copy in your Downloads): it holds what bindesk does not keep, such as e-mail addresses and times.</translation>
    </message>
    <message>
        <source>Niets geïmporteerd: {reason}</source>
        <translation>Nothing imported: {reason}</translation>
    </message>
    <message>
        <source>Enquête importeren</source>
        <translation>Import survey</translation>
    </message>
    <message>
        <source>Bestand kiezen</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>Het exportbestand van Microsoft Forms (.xlsx), Google Forms (.csv), LimeSurvey (.csv of .xlsx) of een eigen tabel met één kolom per vraag.</source>
        <translation>The export file of Microsoft Forms (.xlsx), Google Forms (.csv), LimeSurvey (.csv or .xlsx) or your own table with one column per question.</translation>
    </message>
    <message>
        <source>&amp;Bestand:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>B&amp;laderen…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>&amp;Titel van de enquête:</source>
        <translation>Survey &amp;title:</translation>
    </message>
    <message>
        <source>Een nieuwe titel maakt een nieuwe enquête; kies een bestaande om er de nieuwe antwoorden van een latere export aan toe te voegen.</source>
        <translation>A new title makes a new survey; choose an existing one to add the new responses of a later export to it.</translation>
    </message>
    <message>
        <source>Kolommen en vragen</source>
        <translation>Columns and questions</translation>
    </message>
    <message>
        <source>Wat herkend werd. Weggelaten kolommen worden niet bewaard. Klopt het type van een vraag niet, kies dan een ander.</source>
        <translation>What was recognised. Columns left out are not stored. If the type of a question is wrong, choose another.</translation>
    </message>
    <message>
        <source>Weggelaten kolommen (anoniem: niets ervan wordt bewaard):</source>
        <translation>Columns left out (anonymous: nothing of them is stored):</translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Er is nog niets weggeschreven. Klik Importeren om de antwoorden te bewaren.</source>
        <translation>Nothing has been written yet. Click Import to store the responses.</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>SurveyListModel</name>
    <message>
        <source>Enquête</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Antwoorden</source>
        <translation>Responses</translation>
    </message>
    <message>
        <source>Ingelezen</source>
        <translation>Imported</translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message>
        <source>Nog geen enquêtes. Klik Importeren om een export in te lezen.</source>
        <translation>No surveys yet. Click Import to read an export.</translation>
    </message>
    <message>
        <source>(niet opsplitsen)</source>
        <translation>(no breakdown)</translation>
    </message>
    <message>
        <source>{title}: {n} antwoorden</source>
        <translation>{title}: {n} responses</translation>
    </message>
    <message>
        <source>te weinig antwoorden</source>
        <translation>too few responses</translation>
    </message>
    <message>
        <source>{n} antwoorden</source>
        <translation>{n} responses</translation>
    </message>
    <message>
        <source>Groepen met minder dan 5 antwoorden worden niet getoond, en ook de kleinste andere groep als ze anders af te leiden zouden zijn.</source>
        <translation>Groups with fewer than 5 responses are not shown, nor is the smallest other group when they could otherwise be worked out.</translation>
    </message>
    <message>
        <source>Geen enkele groep kan getoond worden</source>
        <translation>No group can be shown</translation>
    </message>
    <message>
        <source>Enquêtes</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Antwoorden inlezen uit Microsoft Forms, Google Forms, LimeSurvey of een CSV/Excel-bestand</source>
        <translation>Read responses from Microsoft Forms, Google Forms, LimeSurvey or a CSV/Excel file</translation>
    </message>
    <message>
        <source>Antwoorden zijn anoniem: e-mail, naam, tijdstip en andere metagegevens worden bij het inlezen weggelaten.</source>
        <translation>Responses are anonymous: e-mail, name, time and other metadata are left out on import.</translation>
    </message>
    <message>
        <source>&amp;Opsplitsen volgens:</source>
        <translation>&amp;Break down by:</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Er liep iets onverwacht mis. De details staan in het logbestand; meld dit aan de beheerder.</source>
        <translation>Something unexpected went wrong. The details are in the log file; report this to the administrator.</translation>
    </message>
</context>
<context>
    <name>TipFields</name>
    <message>
        <source>Eigen tekst (geen tip)</source>
        <translation>Own text (no tip)</translation>
    </message>
    <message>
        <source>Overige</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Tekst van de tip:</source>
        <translation>Tip text:</translation>
    </message>
    <message>
        <source>Tij&amp;dstip</source>
        <translation>Ti&amp;me</translation>
    </message>
    <message>
        <source>bv. vanavond rond 21u, zonet</source>
        <translation>e.g. tonight around 9 pm, just now</translation>
    </message>
    <message>
        <source>O&amp;mschrijving</source>
        <translation>Desc&amp;ription</translation>
    </message>
    <message>
        <source>bv. man in donkere jas met rugzak</source>
        <translation>e.g. man in a dark coat with a backpack</translation>
    </message>
    <message>
        <source>Voert&amp;uig</source>
        <translation>Ve&amp;hicle</translation>
    </message>
    <message>
        <source>bv. grijze bestelwagen (geen nummerplaat vermelden)</source>
        <translation>e.g. grey van (do not mention a number plate)</translation>
    </message>
    <message>
        <source>&amp;Gemeente</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>bv. Oordegem</source>
        <translation>e.g. Oordegem</translation>
    </message>
</context>
<context>
    <name>TipsPage</name>
    <message>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Uitleg</source>
        <translation>Hint</translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>&amp;Intrekken</source>
        <translation>&amp;Retire</translation>
    </message>
    <message>
        <source>Terug &amp;aanbieden</source>
        <translation>&amp;Offer again</translation>
    </message>
    <message>
        <source>{n} sms per lid</source>
        <translation>{n} SMS per member</translation>
    </message>
    <message>
        <source>{n} sms&apos;en per lid</source>
        <translation>{n} SMS per member</translation>
    </message>
    <message>
        <source>{n} tekens</source>
        <translation>{n} characters</translation>
    </message>
    <message>
        <source>Een dringende tip moet in één sms passen: {n} teken te veel.</source>
        <translation>An urgent tip must fit one SMS: {n} character too many.</translation>
    </message>
    <message>
        <source>Een dringende tip moet in één sms passen: {n} tekens te veel.</source>
        <translation>An urgent tip must fit one SMS: {n} characters too many.</translation>
    </message>
    <message>
        <source>Korter: {text}</source>
        <translation>Shorter: {text}</translation>
    </message>
    <message>
        <source>Een tip mag niemand herkenbaar maken: «{found}».</source>
        <translation>A tip must not identify anyone: «{found}».</translation>
    </message>
    <message>
        <source>Tip «{title}» bewaard.</source>
        <translation>Tip «{title}» saved.</translation>
    </message>
    <message>
        <source>Tip «{title}» ingetrokken: de balie krijgt hem niet meer aangeboden.</source>
        <translation>Tip «{title}» retired: the desk is no longer offered it.</translation>
    </message>
    <message>
        <source>Tip «{title}» wordt weer aangeboden.</source>
        <translation>Tip «{title}» is offered again.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>De tips die de balie bij een alarmbericht kiest. Een dringende tip moet met ingevulde velden in één sms passen.</source>
        <translation>The tips the desk picks for an alert. An urgent tip must fit one SMS with its fields filled in.</translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>titel, tekst of thema</source>
        <translation>title, text or theme</translation>
    </message>
    <message>
        <source>Ook &amp;ingetrokken tips</source>
        <translation>Also &amp;retired tips</translation>
    </message>
    <message>
        <source>&amp;Nieuwe tip</source>
        <translation>&amp;New tip</translation>
    </message>
    <message>
        <source>Naar &amp;boven</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Naar &amp;onder</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>&amp;Sleutel:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <source>bv. inbraak-garage</source>
        <translation>e.g. inbraak-garage</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>T&amp;hema:</source>
        <translation>T&amp;heme:</translation>
    </message>
    <message>
        <source>So&amp;ort:</source>
        <translation>K&amp;ind:</translation>
    </message>
    <message>
        <source>Te&amp;kst:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>&amp;Velden:</source>
        <translation>&amp;Fields:</translation>
    </message>
    <message>
        <source>&amp;Preventieve actie:</source>
        <translation>&amp;Preventive action:</translation>
    </message>
    <message>
        <source>wat de tip de bewoners vraagt</source>
        <translation>what the tip asks residents to do</translation>
    </message>
    <message>
        <source>Voorbeeld:</source>
        <translation>Example:</translation>
    </message>
    <message>
        <source>&amp;Herstellen</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <source>Op&amp;slaan</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>TipsTableModel</name>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>dringend</source>
        <translation>urgent</translation>
    </message>
    <message>
        <source>preventie</source>
        <translation>prevention</translation>
    </message>
    <message>
        <source>opvolging</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <source>{title} (ingetrokken)</source>
        <translation>{title} (retired)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Database niet beschikbaar</source>
        <translation>Database not available</translation>
    </message>
</context>
<context>
    <name>ask</name>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>lid</source>
        <translation>member</translation>
    </message>
    <message>
        <source>netwerk</source>
        <translation>network</translation>
    </message>
    <message>
        <source>gebruiker</source>
        <translation>user</translation>
    </message>
    <message>
        <source>instelling</source>
        <translation>setting</translation>
    </message>
    <message>
        <source>alarmbericht</source>
        <translation>alert</translation>
    </message>
    <message>
        <source>logboek</source>
        <translation>audit log</translation>
    </message>
    <message>
        <source>tip</source>
        <translation>tip</translation>
    </message>
    <message>
        <source>ontvangen sms</source>
        <translation>received SMS</translation>
    </message>
    <message>
        <source>antwoord aan een lid</source>
        <translation>reply to a member</translation>
    </message>
    <message>
        <source>meldingen</source>
        <translation>alert history</translation>
    </message>
    <message>
        <source>enquête</source>
        <translation>survey</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Niet gelukt</source>
        <translation>Did not succeed</translation>
    </message>
    <message>
        <source>Er liep iets onverwacht mis in bindesk. Uw gegevens in de database zijn bewaard tot aan de laatste bevestigde handeling.

De technische details staan in het logbestand:
{path}

Stuur dat bestand naar de beheerder. U kunt verder werken, maar herstart bindesk als het venster zich vreemd gedraagt.</source>
        <translation>Something unexpected went wrong in bindesk. Your data in the database is kept up to the last confirmed action.

The technical details are in the log file:
{path}

Send that file to the administrator. You can carry on, but restart bindesk if the window behaves strangely.</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Naam</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Straat</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Huisnummer</source>
        <translation>House number</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>GSM</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>outbox</name>
    <message>
        <source>dringend</source>
        <translation>urgent</translation>
    </message>
    <message>
        <source>preventie</source>
        <translation>prevention</translation>
    </message>
    <message>
        <source>opvolging</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <source>dienstbericht</source>
        <translation>service message</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>balie</source>
        <translation>front desk</translation>
    </message>
    <message>
        <source>beheer</source>
        <translation>management</translation>
    </message>
    <message>
        <source>communicatie</source>
        <translation>communications</translation>
    </message>
    <message>
        <source>hoofdgebruiker</source>
        <translation>main user</translation>
    </message>
    <message>
        <source>dienst</source>
        <translation>service</translation>
    </message>
    <message>
        <source>balie: leden opzoeken en bekijken, alarmberichten versturen.</source>
        <translation>front desk: look up and view members, send alerts.</translation>
    </message>
    <message>
        <source>beheer: leden en netwerken beheren, importeren en exporteren, GDPR.</source>
        <translation>management: manage members and networks, import and export, GDPR.</translation>
    </message>
    <message>
        <source>communicatie: enquêtes en de nieuwsbrief.</source>
        <translation>communications: surveys and the newsletter.</translation>
    </message>
    <message>
        <source>hoofdgebruiker: alles, ook gebruikers, instellingen en het logboek.</source>
        <translation>main user: everything, including users, settings and the log.</translation>
    </message>
    <message>
        <source>dienst: alleen verzenden; voor de verzenddienst zonder venster.</source>
        <translation>service: sending only; for the sending service without a window.</translation>
    </message>
</context>
<context>
    <name>surveys</name>
    <message>
        <source>één keuze</source>
        <translation>single choice</translation>
    </message>
    <message>
        <source>schaal (Likert)</source>
        <translation>scale (Likert)</translation>
    </message>
    <message>
        <source>ja/nee</source>
        <translation>yes/no</translation>
    </message>
    <message>
        <source>meerkeuze</source>
        <translation>multiple choice</translation>
    </message>
    <message>
        <source>rangschikking</source>
        <translation>ranking</translation>
    </message>
    <message>
        <source>getal</source>
        <translation>number</translation>
    </message>
    <message>
        <source>vrije tekst</source>
        <translation>free text</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <source>gemiddelde {mean}</source>
        <translation>mean {mean}</translation>
    </message>
    <message>
        <source>mediaan {median}</source>
        <translation>median {median}</translation>
    </message>
    <message>
        <source>zonder &apos;weet niet / geen mening&apos;</source>
        <translation>without &apos;don&apos;t know / no opinion&apos;</translation>
    </message>
    <message>
        <source>meerdere antwoorden mogelijk</source>
        <translation>several answers possible</translation>
    </message>
    <message>
        <source>hoe vaak op de eerste plaats, volgens gemiddelde plaats</source>
        <translation>how often in first place, ordered by average place</translation>
    </message>
    <message>
        <source>… en nog {n} antwoorden</source>
        <translation>… and {n} more answers</translation>
    </message>
    <message>
        <source>Geen antwoorden.</source>
        <translation>No answers.</translation>
    </message>
    <message>
        <source>Vrije tekst ({n} antwoorden): zie de resultaten zonder opsplitsing.</source>
        <translation>Free text ({n} answers): see the results without breakdown.</translation>
    </message>
    <message>
        <source>Niet getoond, te weinig antwoorden: {groups}</source>
        <translation>Not shown, too few responses: {groups}</translation>
    </message>
</context>
</TS>
