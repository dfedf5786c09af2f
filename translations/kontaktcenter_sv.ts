<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Flaggan %1 saknar värde.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Flaggan %1 tar inget värde.</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Skift</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Num</source>
        <translation>Num</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Blanksteg</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabb</translation>
    </message>
    <message>
        <source>Backtab</source>
        <translation>Skift+Tabb</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backsteg</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Ins</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Vänsterpil</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Uppil</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Högerpil</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nedpil</translation>
    </message>
    <message>
        <source>PgUp</source>
        <translation>Page Up</translation>
    </message>
    <message>
        <source>PgDown</source>
        <translation>Page Down</translation>
    </message>
    <message>
        <source>F%1</source>
        <translation>F%1</translation>
    </message>
</context>
<context>
    <name>kc::AgentStateWidget</name>
    <message>
        <source>Break</source>
        <translation>Rast</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Your state</source>
        <translation>Din status</translation>
    </message>
    <message>
        <source>Change your state</source>
        <translation>Ändra din status</translation>
    </message>
    <message>
        <source>Change state…</source>
        <translation>Ändra status…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Not ready – %1</source>
        <translation>Ej redo – %1</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Efterarbete</translation>
    </message>
    <message>
        <source>Change your state (%1)</source>
        <translation>Byt status (%1)</translation>
    </message>
    <message>
        <source>Ready for the next contact</source>
        <translation>Redo för nästa kontakt</translation>
    </message>
    <message>
        <source>Your state: %1</source>
        <translation>Din status: %1</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Sedan %1</translation>
    </message>
</context>
<context>
    <name>kc::AgentTreeModel</name>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Current contact</source>
        <translation>Aktuell kontakt</translation>
    </message>
    <message>
        <source>Handled today</source>
        <translation>Hanterade i dag</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Not ready – %1</source>
        <translation>Ej redo – %1</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Ej redo</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Upptagen</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Efterarbete</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Utloggad</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Inget team</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>– holds a contact</source>
        <translation>– håller en kontakt</translation>
    </message>
</context>
<context>
    <name>kc::AreaDesk</name>
    <message>
        <source>Acknowledge receipt</source>
        <translation>Kvittera mottagen</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>Uppdatera listan</translation>
    </message>
    <message>
        <source>The list could not be fetched: %1</source>
        <translation>Listan kunde inte hämtas: %1</translation>
    </message>
    <message>
        <source>%1 could not be acknowledged: %2</source>
        <translation>%1 kunde inte kvitteras: %2</translation>
    </message>
    <message>
        <source>%1 acknowledged as received.</source>
        <translation>%1 kvitterad som mottagen.</translation>
    </message>
</context>
<context>
    <name>kc::AreaView</name>
    <message>
        <source>Reports handed over</source>
        <translation>Överlämnade anmälningar</translation>
    </message>
    <message>
        <source>Reports handed over to the police area</source>
        <translation>Anmälningar överlämnade till polisområdet</translation>
    </message>
    <message>
        <source>Acknowledge receipt (%1)</source>
        <translation>Kvittera mottagen (%1)</translation>
    </message>
    <message>
        <source>Acknowledge receipt</source>
        <translation>Kvittera mottagen</translation>
    </message>
    <message>
        <source>Confirms that the police area has received the chosen report; the contact centre sees it in the case history.</source>
        <translation>Bekräftar att polisområdet har tagit emot den valda anmälan; kontaktcentret ser det i ärendehistoriken.</translation>
    </message>
    <message>
        <source>Reports handed over to %1</source>
        <extracomment>%1 &quot;Polisområde Skaraborg&quot;</extracomment>
        <translation>Anmälningar överlämnade till %1</translation>
    </message>
    <message>
        <source>%1 is already acknowledged.</source>
        <translation>%1 är redan kvitterad.</translation>
    </message>
    <message>
        <source>No reports handed over yet.</source>
        <extracomment>%n new (not yet acknowledged) of %1 reports</extracomment>
        <translation>Inga anmälningar överlämnade ännu.</translation>
    </message>
    <message>
        <source>New report handed over. %1</source>
        <translation>Ny anmälan överlämnad. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new of %1</source>
        <translation>
            <numerusform>%n ny av %1</numerusform>
            <numerusform>%n nya av %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kc::CallerScriptPanel</name>
    <message>
        <source>What the caller says</source>
        <translation>Vad inringaren säger</translation>
    </message>
    <message>
        <source>When you take an exercise contact, what the caller says is shown here.</source>
        <translation>När du tar en övningskontakt visas här vad inringaren säger.</translation>
    </message>
    <message>
        <source>The &amp;caller says</source>
        <translation>&amp;Inringaren säger</translation>
    </message>
</context>
<context>
    <name>kc::CaseHistoryDesk</name>
    <message>
        <source>Showing the copy on this computer: %1</source>
        <translation>Visar kopian på den här datorn: %1</translation>
    </message>
</context>
<context>
    <name>kc::CaseHistoryModel</name>
    <message>
        <source>Registered</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Vidarebefordrad</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Slutförd</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>Report filed</source>
        <translation>Anmälan upprättad</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>Rådgivning</translation>
    </message>
    <message>
        <source>Referred to 112</source>
        <translation>Hänvisad till 112</translation>
    </message>
    <message>
        <source>Referred to another agency</source>
        <translation>Hänvisad till annan myndighet</translation>
    </message>
    <message>
        <source>Callback booked</source>
        <translation>Återuppringning bokad</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Ingen åtgärd</translation>
    </message>
    <message numerus="yes">
        <source>%n supplement(s)</source>
        <translation>
            <numerusform>%n tilläggsuppgift</numerusform>
            <numerusform>%n tilläggsuppgifter</numerusform>
        </translation>
    </message>
    <message>
        <source>Reported by %1 on %2</source>
        <translation>Anmälare: %1, registrerad %2</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Ärende %1</translation>
    </message>
    <message>
        <source>Contact of case %1: %2</source>
        <translation>Kontakt i ärende %1: %2</translation>
    </message>
    <message>
        <source>Case number; for a contact its channel and queue</source>
        <translation>Ärendenummer; för en kontakt dess kanal och kö</translation>
    </message>
    <message>
        <source>Case / contact</source>
        <translation>Ärende / kontakt</translation>
    </message>
    <message>
        <source>Offence; for a contact its subject</source>
        <translation>Brottstyp; för en kontakt vad den gällde</translation>
    </message>
    <message>
        <source>Offence / subject</source>
        <translation>Brottstyp / ärende</translation>
    </message>
    <message>
        <source>When it happened; for a contact when it came in</source>
        <translation>När det hände; för en kontakt när den kom in</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Municipality of the crime scene; for a contact the agent who took it</source>
        <translation>Brottsplatsens kommun; för en kontakt handläggaren som tog emot den</translation>
    </message>
    <message>
        <source>Place / agent</source>
        <translation>Plats / handläggare</translation>
    </message>
    <message>
        <source>Status of the report; for a contact its state and disposition</source>
        <translation>Anmälans status; för en kontakt dess läge och avslutskod</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>another agent</source>
        <translation>annan handläggare</translation>
    </message>
    <message>
        <source>articles: %1</source>
        <translation>artiklar: %1</translation>
    </message>
    <message>
        <source>Contact without a report: %1</source>
        <translation>Kontakt utan anmälan: %1</translation>
    </message>
    <message>
        <source>Callback scheduled</source>
        <translation>Återuppringning bokad</translation>
    </message>
    <message>
        <source>Forwarded to the police area</source>
        <translation>Vidarebefordrat till polisområdet</translation>
    </message>
    <message>
        <source>Not assigned to a police area</source>
        <translation>Ej fördelad till polisområde</translation>
    </message>
    <message>
        <source>Not assigned to a police area (%1)</source>
        <extracomment>%1 &quot;Polisregion Väst&quot;: the report&apos;s kommun has no confirmed police area</extracomment>
        <translation>Ej fördelad till polisområde (%1)</translation>
    </message>
    <message>
        <source>Police region %1</source>
        <translation>Polisregion %1</translation>
    </message>
    <message>
        <source>Received by %1 %2</source>
        <extracomment>%1 &quot;Polisområde Skaraborg&quot;, %2 date and time</extracomment>
        <translation>Mottagen av %1 %2</translation>
    </message>
    <message>
        <source>Received by %1</source>
        <translation>Mottagen av %1</translation>
    </message>
    <message>
        <source>Handed over to %1</source>
        <extracomment>%1 &quot;Polisområde Skaraborg&quot;</extracomment>
        <translation>Överlämnad till %1</translation>
    </message>
</context>
<context>
    <name>kc::CaseHistoryPanel</name>
    <message>
        <source>personnummer</source>
        <translation>personnummer</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>telefonnummer</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>ärendenummer</translation>
    </message>
    <message>
        <source>words in the report</source>
        <translation>ord i anmälan</translation>
    </message>
    <message>
        <source>Case history</source>
        <translation>Ärendehistorik</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Sökresultat</translation>
    </message>
    <message>
        <source>Personnummer, phone, case number or words…</source>
        <translation>Personnummer, telefon, ärendenummer eller ord…</translation>
    </message>
    <message>
        <source>Search the case history</source>
        <translation>Sök i ärendehistoriken</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatiskt</translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Fritext</translation>
    </message>
    <message>
        <source>Search by</source>
        <translation>Sök på</translation>
    </message>
    <message>
        <source>What the search text is; Automatic recognises it as you type</source>
        <translation>Vad söktexten är; Automatiskt känner igen det medan du skriver</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Recognised kind of search</source>
        <translation>Igenkänd typ av sökning</translation>
    </message>
    <message>
        <source>Show as list</source>
        <translation>Visa som lista</translation>
    </message>
    <message>
        <source>Show the cases and contacts as one list</source>
        <translation>Visa ärenden och kontakter som en lista</translation>
    </message>
    <message>
        <source>Message about the case history</source>
        <translation>Meddelande om ärendehistoriken</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Visa fler</translation>
    </message>
    <message>
        <source>Show more cases</source>
        <translation>Visa fler ärenden</translation>
    </message>
    <message>
        <source>Searches by %1</source>
        <translation>Söker på %1</translation>
    </message>
    <message>
        <source>Type a personnummer, phone number, case number or words to search for.</source>
        <translation>Skriv ett personnummer, telefonnummer, ärendenummer eller ord att söka på.</translation>
    </message>
    <message>
        <source>No caller to search for</source>
        <translation>Ingen uppringare att söka på</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <source>No cases found.</source>
        <translation>Inga ärenden hittades.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n ärende</numerusform>
            <numerusform>%n ärenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the case history (%1)</source>
        <translation>Sök i ärendehistoriken (%1)</translation>
    </message>
    <message>
        <source>Cases, newest first, each with its contacts; %1 opens the case</source>
        <translation>Ärenden, nyaste först, vart och ett med sina kontakter; %1 öppnar ärendet</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) without a report</source>
        <translation>
            <numerusform>%n kontakt utan anmälan</numerusform>
            <numerusform>%n kontakter utan anmälan</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown, more available</source>
        <translation>%1 visas, fler finns</translation>
    </message>
    <message>
        <source>No report was filed for this contact; its row shows what was done.</source>
        <translation>Ingen anmälan upprättades för den här kontakten; raden visar vad som gjordes.</translation>
    </message>
</context>
<context>
    <name>kc::CaseNumber</name>
    <message>
        <source>The case number is missing.</source>
        <translation>Ärendenummer saknas.</translation>
    </message>
    <message>
        <source>A case number is written RRRR-K&lt;number&gt;-YY, e.g. 1400-K1276-26.</source>
        <translation>Ett ärendenummer skrivs RRRR-K&lt;nummer&gt;-ÅÅ, till exempel 1400-K1276-26.</translation>
    </message>
    <message>
        <source>The region prefix of a case number has four digits and does not start with 0.</source>
        <translation>Regionprefixet i ett ärendenummer har fyra siffror och börjar inte med 0.</translation>
    </message>
    <message>
        <source>The serial number of a case number does not start with 0.</source>
        <translation>Löpnumret i ett ärendenummer börjar inte med 0.</translation>
    </message>
    <message>
        <source>The serial number of a case number must be between 1 and 999999999.</source>
        <translation>Löpnumret i ett ärendenummer ska vara mellan 1 och 999999999.</translation>
    </message>
</context>
<context>
    <name>kc::CitizenReportPanel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Municipality code</source>
        <translation>Kommunkod</translation>
    </message>
    <message>
        <source>Offence code</source>
        <translation>Brottskod</translation>
    </message>
    <message>
        <source>Occurred from</source>
        <translation>Händelsetid från</translation>
    </message>
    <message>
        <source>Occurred to</source>
        <translation>Händelsetid till</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad hände</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Skador</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tolkbehov</translation>
    </message>
    <message>
        <source>Injured party is the reporter</source>
        <translation>Målsägande är anmälaren</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Känd</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Märke</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Value (SEK)</source>
        <translation>Värde (kr)</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Anmälare</translation>
    </message>
    <message>
        <source>Injured party</source>
        <translation>Målsägande</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Brottsplats</translation>
    </message>
    <message>
        <source>Suspect %1</source>
        <translation>Gärningsperson %1</translation>
    </message>
    <message>
        <source>Witness %1</source>
        <translation>Vittne %1</translation>
    </message>
    <message>
        <source>Stolen item %1</source>
        <translation>Stöldgods %1</translation>
    </message>
    <message>
        <source>Citizen&apos;s report</source>
        <translation>Medborgarens anmälan</translation>
    </message>
    <message>
        <source>Citizen&apos;s report (original)</source>
        <translation>Medborgarens anmälan (original)</translation>
    </message>
    <message>
        <source>The citizen&apos;s report as submitted, read-only</source>
        <translation>Medborgarens anmälan som den skickades in, skrivskyddad</translation>
    </message>
    <message>
        <source>Submitted %1 via polisen.se</source>
        <extracomment>When the citizen sent the report through polisen.se; %1 date and time</extracomment>
        <translation>Inskickad %1 via polisen.se</translation>
    </message>
    <message>
        <source>E-service reference: %1</source>
        <translation>E-tjänstens referens: %1</translation>
    </message>
    <message>
        <source>Category chosen: %1</source>
        <translation>Vald kategori: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) marked in the form.</source>
        <translation>
            <numerusform>%n problem markerat i formuläret.</numerusform>
            <numerusform>%n problem markerade i formuläret.</numerusform>
        </translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(inte angivet)</translation>
    </message>
</context>
<context>
    <name>kc::ColumnsDialog</name>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Columns of the incoming contacts: Space shows or hides, Alt+Up/Alt+Down moves.</source>
        <translation>Kolumner för inkommande kontakter: Blanksteg visar eller döljer, Alt+Uppil/Alt+Nedpil flyttar.</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Flytta upp (Alt+Uppil)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Flytta ned (Alt+Nedpil)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Använd</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>kc::CompletionDialog</name>
    <message>
        <source>Complete contact</source>
        <translation>Slutför kontakt</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Avslutskod</translation>
    </message>
    <message>
        <source>No report was submitted for this contact.</source>
        <translation>Ingen anmälan har skickats för den här kontakten.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>This contact has a report draft that was never registered. Register it first (%1, then %2), or choose a disposition to complete anyway: the draft is then deleted.</source>
        <extracomment>%1 the key that closes this dialog (Esc), %2 the key of &quot;Register the report&quot; (F9)</extracomment>
        <translation>Kontakten har ett utkast till anmälan som aldrig registrerats. Registrera det först (%1, sedan %2), eller välj en avslutskod för att slutföra ändå: då tas utkastet bort.</translation>
    </message>
    <message>
        <source>Knowledge articles used (recorded on the contact):</source>
        <translation>Artiklar ur kunskapsbanken som användes (sparas på kontakten):</translation>
    </message>
    <message>
        <source>Knowledge articles used</source>
        <translation>Använda artiklar ur kunskapsbanken</translation>
    </message>
    <message>
        <source>e.g. 2026-12-07 10:00 or today 15:30</source>
        <extracomment>An example of how to write the callback time; keep the date format</extracomment>
        <translation>t.ex. 2026-12-07 10:00 eller i dag 15:30</translation>
    </message>
    <message>
        <source>Call back at</source>
        <translation>Ring upp</translation>
    </message>
    <message>
        <source>Note for the callback</source>
        <translation>Anteckning till återuppringningen</translation>
    </message>
    <message>
        <source>Call back at:</source>
        <translation>Ring upp:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Anteckning:</translation>
    </message>
    <message>
        <source>Complete the contact with %1. Choose a disposition (1–%2), then %3.</source>
        <extracomment>%1 the contact, %2 the highest digit (2 or 6), %3 the key that confirms (Retur)</extracomment>
        <translation>Slutför kontakten med %1. Välj avslutskod (1–%2), sedan %3.</translation>
    </message>
    <message>
        <source>A tip is forwarded to the police area or closed without action.</source>
        <translation>Ett tips vidarebefordras till polisområdet eller avslutas utan åtgärd.</translation>
    </message>
    <message>
        <source>Enter when to call back, e.g. 2026-12-07 10:00.</source>
        <translation>Ange när kontakten ska ringas upp, t.ex. 2026-12-07 10:00.</translation>
    </message>
    <message>
        <source>The callback time has already passed. Choose a time later than now.</source>
        <translation>Tiden för återuppringningen har redan passerat. Välj en senare tid än nu.</translation>
    </message>
    <message>
        <source>A callback can be booked at most %1 days ahead.</source>
        <translation>En återuppringning kan bokas högst %1 dagar framåt.</translation>
    </message>
</context>
<context>
    <name>kc::ConnectionBanner</name>
    <message>
        <source>Connection to the server</source>
        <translation>Anslutning till servern</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n anmälan</numerusform>
            <numerusform>%n anmälningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n other change(s) waiting to be sent</source>
        <translation>
            <numerusform> och %n annan ändring väntar på att skickas</numerusform>
            <numerusform> och %n andra ändringar väntar på att skickas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) waiting to be sent</source>
        <translation>
            <numerusform>%n anmälan väntar på att skickas</numerusform>
            <numerusform>%n anmälningar väntar på att skickas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n ändring väntar på att skickas</numerusform>
            <numerusform>%n ändringar väntar på att skickas</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing you type is lost</source>
        <translation>inget du skriver går förlorat</translation>
    </message>
    <message>
        <source>nothing is lost</source>
        <translation>inget går förlorat</translation>
    </message>
    <message numerus="yes">
        <source>Disconnected – %1. Reconnecting in %n s.</source>
        <translation>
            <numerusform>Frånkopplad – %1. Återansluter om %n s.</numerusform>
            <numerusform>Frånkopplad – %1. Återansluter om %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnected – %1.</source>
        <translation>Frånkopplad – %1.</translation>
    </message>
    <message>
        <source>Your session has ended – sign in again. %1.</source>
        <translation>Sessionen har upphört – logga in igen. %1.</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>Ansluten till servern igen.</translation>
    </message>
</context>
<context>
    <name>kc::ContactDesk</name>
    <message>
        <source>%1 Keep this window open; saving is retried with your next change.</source>
        <translation>%1 Låt fönstret vara öppet; sparandet försöks igen vid nästa ändring.</translation>
    </message>
    <message>
        <source>Report registered – case number %1</source>
        <translation>Anmälan registrerad – ärendenummer %1</translation>
    </message>
    <message>
        <source>Report queued – provisional reference %1</source>
        <translation>Anmälan köad – preliminär referens %1</translation>
    </message>
    <message>
        <source>Report queued as %1; the case number follows when the server has it. You can complete the contact now.</source>
        <translation>Anmälan köad som %1; ärendenumret kommer när servern har tagit emot den. Du kan slutföra kontakten redan nu.</translation>
    </message>
    <message>
        <source>Report %1 needs attention</source>
        <translation>Anmälan %1 behöver åtgärdas</translation>
    </message>
    <message>
        <source>Contact completed: %1.</source>
        <translation>Kontakten slutförd: %1.</translation>
    </message>
    <message>
        <source>This contact is no longer assigned to you. What you typed is kept as a draft.</source>
        <translation>Kontakten är inte längre tilldelad dig. Det du skrivit finns kvar som utkast.</translation>
    </message>
    <message>
        <source>The corrected report could not be queued on this computer.</source>
        <translation>Den rättade anmälan kunde inte läggas i utkorgen på den här datorn.</translation>
    </message>
    <message>
        <source>You have an open phone call with %1. Complete it before you take another contact.</source>
        <translation>Du har ett öppet telefonsamtal med %1. Slutför det innan du tar nästa kontakt.</translation>
    </message>
    <message>
        <source>You have an open contact (%1, %2). Complete it before you take another contact.</source>
        <translation>Du har en öppen kontakt (%1, %2). Slutför den innan du tar nästa kontakt.</translation>
    </message>
    <message>
        <source>Report registered with case number %1. Complete the contact with %2.</source>
        <translation>Anmälan registrerad med ärendenummer %1. Slutför kontakten med %2.</translation>
    </message>
    <message>
        <source>The server did not accept report %1: %2
Correct the report and register it again.</source>
        <translation>Servern tog inte emot anmälan %1: %2
Rätta anmälan och registrera den igen.</translation>
    </message>
    <message>
        <source>A tip is not registered as a report.</source>
        <translation>Ett tips registreras inte som anmälan.</translation>
    </message>
</context>
<context>
    <name>kc::ContactPane</name>
    <message>
        <source>unknown caller</source>
        <translation>okänd uppringare</translation>
    </message>
    <message>
        <source>Current contact</source>
        <translation>Aktuell kontakt</translation>
    </message>
    <message>
        <source>Status of the contact</source>
        <translation>Kontaktens status</translation>
    </message>
    <message>
        <source>Complete contact</source>
        <translation>Slutför kontakt</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Switch open contact</source>
        <translation>Växla öppen kontakt</translation>
    </message>
    <message>
        <source>language: %1</source>
        <translation>språk: %1</translation>
    </message>
    <message>
        <source>Your open contacts</source>
        <translation>Dina öppna kontakter</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Brådska</translation>
    </message>
    <message>
        <source>Handling time</source>
        <translation>Hanteringstid</translation>
    </message>
    <message>
        <source>Complete contact…</source>
        <translation>Slutför kontakt…</translation>
    </message>
    <message>
        <source>Switch between your open contacts (%1); each keeps its draft</source>
        <translation>Byt mellan dina öppna kontakter (%1); var och en behåller sitt utkast</translation>
    </message>
    <message>
        <source>Complete contact… (%1)</source>
        <translation>Slutför kontakt… (%1)</translation>
    </message>
    <message>
        <source>Ready for the next contact (%1)</source>
        <translation>Redo för nästa kontakt (%1)</translation>
    </message>
    <message>
        <source>Choose a contact to open</source>
        <translation>Välj en kontakt att öppna</translation>
    </message>
    <message>
        <source>Open contacts (%1):</source>
        <translation>Öppna kontakter (%1):</translation>
    </message>
    <message>
        <source>waited %1</source>
        <translation>väntade %1</translation>
    </message>
    <message>
        <source>Priority %1 (1 = most urgent)</source>
        <translation>Prioritet %1 (1 = mest brådskande)</translation>
    </message>
    <message>
        <source>Handling %1</source>
        <translation>Hanteras %1</translation>
    </message>
    <message>
        <source>Wrap-up.

Finish your notes, then %1 (Ready) to receive contacts again.</source>
        <translation>Efterarbete.

Avsluta dina anteckningar, tryck sedan %1 (Redo) för att ta emot kontakter igen.</translation>
    </message>
    <message>
        <source>No contact open. Your state: %1.

%2 makes you Ready; %3 takes the next contact in the queue, Enter on a row takes that one.
%4 lists every shortcut.</source>
        <translation>Ingen kontakt öppen. Din status: %1.

%2 gör dig Redo; %3 tar nästa kontakt i kön, Retur på en rad tar den.
%4 visar alla kortkommandon.</translation>
    </message>
    <message>
        <source>No contact open.

%1 takes the next contact in the queue; Enter on a row takes that one.
%2 lists every shortcut.</source>
        <translation>Ingen kontakt öppen.

%1 tar nästa kontakt i kön; Retur på en rad tar den.
%2 visar alla kortkommandon.</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Återuppringning</translation>
    </message>
    <message>
        <source>Callback booked for %1</source>
        <extracomment>%1 the booked time; a callback&apos;s header line</extracomment>
        <translation>Återuppringning bokad till %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <extracomment>%1 the note written when the callback was booked</extracomment>
        <translation>anteckning: %1</translation>
    </message>
</context>
<context>
    <name>kc::ContactQueueModel</name>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Webb</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chatt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kö</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Namn/nummer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Priority %1 (1 = most urgent): %2</source>
        <translation>Prioritet %1 (1 = mest brådskande): %2</translation>
    </message>
    <message>
        <source>Queue %1 (%2)</source>
        <translation>Kö %1 (%2)</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Brådska</translation>
    </message>
    <message>
        <source>Callback – %1</source>
        <extracomment>A callback contact in the queue: %1 what the caller&apos;s errand is about</extracomment>
        <translation>Återuppringning – %1</translation>
    </message>
</context>
<context>
    <name>kc::DraftWriter</name>
    <message>
        <source>The draft could not be saved on this computer.</source>
        <translation>Utkastet kunde inte sparas på den här datorn.</translation>
    </message>
</context>
<context>
    <name>kc::HandoffModel</name>
    <message>
        <source>Police area %1</source>
        <extracomment>%1 the police area&apos;s name, &quot;Skaraborg&quot;</extracomment>
        <translation>Polisområde %1</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>A report handed over to the police area, not yet acknowledged there</extracomment>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Received %1</source>
        <extracomment>%1 date and time, &quot;2026-12-06 10:42&quot;</extracomment>
        <translation>Mottagen %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>%1, %2, %3, handed over %4, %5</source>
        <extracomment>The whole row for a screen reader: case number, offence, kommun, handed over when, state</extracomment>
        <translation>%1, %2, %3, överlämnad %4, %5</translation>
    </message>
    <message>
        <source>Offence code %1</source>
        <translation>Brottskod %1</translation>
    </message>
    <message>
        <source>Municipality code %1</source>
        <translation>Kommunkod %1</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Överlämnad</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Brott</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>kc::HandoverDesk</name>
    <message>
        <source>Open contact at sign-out</source>
        <translation>Öppen kontakt vid utloggning</translation>
    </message>
    <message>
        <source>The contact from %1 is still open. Hand it over to a colleague with a note, or complete it before you sign out.</source>
        <translation>Kontakten från %1 är fortfarande öppen. Lämna över den till en kollega med en anteckning, eller avsluta den innan du loggar ut.</translation>
    </message>
    <message>
        <source>&amp;Note for the colleague:</source>
        <translation>&amp;Anteckning till kollegan:</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Lämna över</translation>
    </message>
    <message>
        <source>&amp;Complete first</source>
        <translation>&amp;Avsluta först</translation>
    </message>
    <message>
        <source>The contact could not be handed over: %1</source>
        <translation>Kontakten kunde inte lämnas över: %1</translation>
    </message>
</context>
<context>
    <name>kc::IntervalChart</name>
    <message>
        <source>Arrived per 15 min</source>
        <translation>Inkomna per 15 min</translation>
    </message>
    <message>
        <source>Answered per 15 min</source>
        <translation>Besvarade per 15 min</translation>
    </message>
    <message>
        <source>Service level (%)</source>
        <translation>Servicenivå (%)</translation>
    </message>
    <message>
        <source>Time of day (hour)</source>
        <translation>Klockslag (timme)</translation>
    </message>
    <message>
        <source>Today in charts</source>
        <translation>I dag i diagram</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>I dag: %1</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Procent</translation>
    </message>
</context>
<context>
    <name>kc::KeyNames</name>
    <message>
        <source>%1 … %2</source>
        <extracomment>A range of keys in a list of shortcuts: %1 the first, %2 the last (&quot;Alt+1 … Alt+9&quot;)</extracomment>
        <translation>%1 … %2</translation>
    </message>
</context>
<context>
    <name>kc::KnowledgeDesk</name>
    <message>
        <source>The article &quot;%1&quot; is saved (version %2).</source>
        <translation>Artikeln ”%1” är sparad (version %2).</translation>
    </message>
</context>
<context>
    <name>kc::KnowledgeEditDialog</name>
    <message>
        <source>New article</source>
        <translation>Ny artikel</translation>
    </message>
    <message>
        <source>Edit article</source>
        <translation>Redigera artikel</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Check before quoting (the facts change)</source>
        <translation>Kontrollera innan du citerar (uppgifterna ändras)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Rubrik</translation>
    </message>
    <message>
        <source>Short &amp;answer</source>
        <translation>Kort &amp;svar</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detaljer</translation>
    </message>
    <message>
        <source>&amp;Refer to (name; phone; web, one per line)</source>
        <translation>&amp;Hänvisa till (namn; telefon; webb, en per rad)</translation>
    </message>
    <message>
        <source>Ta&amp;gs (comma-separated)</source>
        <translation>&amp;Taggar (med kommatecken emellan)</translation>
    </message>
    <message>
        <source>Re&amp;viewed</source>
        <translation>&amp;Granskad</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>kc::KnowledgePanel</name>
    <message>
        <source>&amp;Search the knowledge base</source>
        <translation>&amp;Sök i kunskapsbanken</translation>
    </message>
    <message>
        <source>e.g. lost passport, found property, copy of report</source>
        <translation>t.ex. tappat pass, hittegods, kopia av anmälan</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Sök i kunskapsbanken</translation>
    </message>
    <message>
        <source>Matching articles</source>
        <translation>Artiklar som passar</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>New article…</source>
        <translation>Ny artikel…</translation>
    </message>
    <message>
        <source>Edit article…</source>
        <translation>Redigera artikel…</translation>
    </message>
    <message>
        <source>Not connected: searching the last synced copy of the knowledge base.</source>
        <translation>Frånkopplad: söker i den senast hämtade kopian av kunskapsbanken.</translation>
    </message>
    <message>
        <source>No article matches &quot;%1&quot;.</source>
        <translation>Ingen artikel passar ”%1”.</translation>
    </message>
    <message>
        <source>Not connected: this is the last synced copy of the article.</source>
        <translation>Frånkopplad: det här är den senast hämtade kopian av artikeln.</translation>
    </message>
    <message>
        <source>Short answer:</source>
        <translation>Kort svar:</translation>
    </message>
    <message>
        <source>Refer to</source>
        <translation>Hänvisa till</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>telefon %1</translation>
    </message>
    <message>
        <source>Check before quoting.</source>
        <translation>Kontrollera innan du citerar.</translation>
    </message>
    <message>
        <source>The facts of this article change (numbers, fees, opening hours): check the source.</source>
        <translation>Uppgifterna i artikeln ändras (nummer, avgifter, öppettider): kontrollera källan.</translation>
    </message>
    <message>
        <source>Reviewed %1.</source>
        <translation>Granskad %1.</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Källor: %1</translation>
    </message>
</context>
<context>
    <name>kc::LocalStore</name>
    <message>
        <source>%1 is not a Kontaktcenter local store: it is not an SQLite database.</source>
        <translation>%1 är inte en lokal databas för Kontaktcenter: filen är inte en SQLite-databas.</translation>
    </message>
    <message>
        <source>Cannot open the local store %1: %2</source>
        <translation>Den lokala databasen %1 kan inte öppnas: %2</translation>
    </message>
    <message>
        <source>%1 is not a Kontaktcenter local store: it holds other data. Choose another file.</source>
        <translation>%1 är inte en lokal databas för Kontaktcenter: den innehåller andra data. Välj en annan fil.</translation>
    </message>
    <message>
        <source>The local store %1 is damaged: it has no valid schema version.</source>
        <translation>Den lokala databasen %1 är skadad: den saknar en giltig schemaversion.</translation>
    </message>
    <message>
        <source>The local store %1 has schema version %2, written by a newer version of Kontaktcenter; this version knows schema versions up to %3. Update Kontaktcenter.</source>
        <translation>Den lokala databasen %1 har schemaversion %2 och är skriven av en nyare version av Kontaktcenter; den här versionen känner till schemaversioner till och med %3. Uppdatera Kontaktcenter.</translation>
    </message>
    <message>
        <source>Cannot update the local store %1 to schema version %2: %3</source>
        <translation>Den lokala databasen %1 kan inte uppdateras till schemaversion %2: %3</translation>
    </message>
    <message>
        <source>The outbox could not be saved: %1</source>
        <translation>Utkorgen kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>The local store needs a file name.</source>
        <translation>Den lokala databasen behöver ett filnamn.</translation>
    </message>
    <message>
        <source>Cannot create the local store %1: %2</source>
        <translation>Den lokala databasen %1 kan inte skapas: %2</translation>
    </message>
    <message>
        <source>SQLite refused WAL mode for the local store %1 (is it on a network file system?).</source>
        <translation>SQLite vägrade WAL-läge för den lokala databasen %1 (ligger den på ett nätverksfilsystem?).</translation>
    </message>
    <message>
        <source>The local store %1 is damaged: the table %2 is missing.</source>
        <translation>Den lokala databasen %1 är skadad: tabellen %2 saknas.</translation>
    </message>
    <message>
        <source>Old data could not be removed: %1</source>
        <translation>Gamla uppgifter kunde inte tas bort: %1</translation>
    </message>
</context>
<context>
    <name>kc::LookupPanel</name>
    <message>
        <source>Search offence type or code, e.g. cykel</source>
        <translation>Sök brottstyp eller kod, t.ex. cykel</translation>
    </message>
    <message>
        <source>Offence types</source>
        <translation>Brottstyper</translation>
    </message>
    <message>
        <source>Search municipality or code, e.g. Skara</source>
        <translation>Sök kommun eller kod, t.ex. Skara</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>YYYYMMDD-NNNN</source>
        <translation>ÅÅÅÅMMDD-NNNN</translation>
    </message>
    <message>
        <source>Personnummer to check</source>
        <translation>Personnummer att kontrollera</translation>
    </message>
    <message>
        <source>Result of the personnummer check</source>
        <translation>Resultat av kontrollen</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>kvinna</translation>
    </message>
    <message>
        <source>man</source>
        <translation>man</translation>
    </message>
    <message>
        <source>Valid samordningsnummer</source>
        <translation>Giltigt samordningsnummer</translation>
    </message>
    <message>
        <source>Valid personnummer</source>
        <translation>Giltigt personnummer</translation>
    </message>
    <message>
        <source>%1 %2: born %3, %4, %5 years old.</source>
        <translation>%1 %2: född %3, %4, %5 år.</translation>
    </message>
    <message>
        <source>Offence codes</source>
        <translation>Brottskoder</translation>
    </message>
    <message>
        <source>Check personnummer:</source>
        <translation>Kontrollera personnummer:</translation>
    </message>
    <message>
        <source>Look up offence codes</source>
        <translation>Slå upp brottskoder</translation>
    </message>
    <message>
        <source>Look up municipalities</source>
        <translation>Slå upp kommuner</translation>
    </message>
    <message>
        <source>Check a personnummer</source>
        <translation>Kontrollera ett personnummer</translation>
    </message>
</context>
<context>
    <name>kc::MainWindow</name>
    <message>
        <source>Kontaktcenter</source>
        <translation>Kontaktcenter</translation>
    </message>
    <message>
        <source>TRAINING MODE</source>
        <translation>ÖVNINGSLÄGE</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Kontaktcenter</source>
        <translation>&amp;Om Kontaktcenter</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Training mode: nothing here reaches a real database.</source>
        <translation>Övningsläge: inget här når en riktig databas.</translation>
    </message>
    <message>
        <source>About Kontaktcenter</source>
        <translation>Om Kontaktcenter</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kontaktcenter %1&lt;/b&gt;&lt;p&gt;Workstation of the Swedish Police contact centre (114 14 and the polisen.se e-services).&lt;/p&gt;</source>
        <translation>&lt;b&gt;Kontaktcenter %1&lt;/b&gt;&lt;p&gt;Arbetsplats för Polisens kontaktcenter (114 14 och e-tjänsterna på polisen.se).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Anslutning</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Inloggad användare</translation>
    </message>
    <message>
        <source>Lookups</source>
        <translation>Uppslag</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Inte inloggad.</translation>
    </message>
    <message>
        <source>Case history</source>
        <translation>Ärendehistorik</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Logga ut</translation>
    </message>
</context>
<context>
    <name>kc::NewContactAnnouncer</name>
    <message>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message numerus="yes">
        <source>%n new contacts</source>
        <translation>
            <numerusform>%n ny kontakt</numerusform>
            <numerusform>%n nya kontakter</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>Senast: %1</translation>
    </message>
    <message>
        <source>Callback: %1</source>
        <extracomment>%1 &quot;Telefon – anmalan&quot;</extracomment>
        <translation>Återuppringning: %1</translation>
    </message>
</context>
<context>
    <name>kc::OffenceGuide</name>
    <message>
        <source>The offence guide names an unknown or ended offence code.</source>
        <translation>Brottsguiden anger en okänd eller upphörd brottskod.</translation>
    </message>
    <message>
        <source>Invalid age range.</source>
        <translation>Ogiltigt åldersintervall.</translation>
    </message>
    <message>
        <source>Invalid answer in the offence guide.</source>
        <translation>Ogiltigt svar i brottsguiden.</translation>
    </message>
</context>
<context>
    <name>kc::OffenceGuidePanel</name>
    <message>
        <source>Injured party</source>
        <translation>Målsägande</translation>
    </message>
    <message>
        <source>Age (years)</source>
        <translation>Ålder (år)</translation>
    </message>
    <message>
        <source>Relation to the offender</source>
        <translation>Relation till gärningspersonen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Internet-related</source>
        <translation>Internetrelaterat</translation>
    </message>
    <message>
        <source>Attempt or completed</source>
        <translation>Försök eller fullbordat</translation>
    </message>
    <message>
        <source>Against an elderly or disabled person</source>
        <translation>Mot äldre eller funktionsnedsatt</translation>
    </message>
    <message>
        <source>International link</source>
        <translation>Internationell anknytning</translation>
    </message>
    <message>
        <source>Woman or girl</source>
        <translation>Kvinna eller flicka</translation>
    </message>
    <message>
        <source>Man or boy</source>
        <translation>Man eller pojke</translation>
    </message>
    <message>
        <source>Partner or former partner</source>
        <translation>Partner eller tidigare partner</translation>
    </message>
    <message>
        <source>Family or relative</source>
        <translation>Familj eller släkt</translation>
    </message>
    <message>
        <source>Acquaintance</source>
        <translation>Bekant</translation>
    </message>
    <message>
        <source>Stranger</source>
        <translation>Obekant</translation>
    </message>
    <message>
        <source>Indoors</source>
        <translation>Inomhus</translation>
    </message>
    <message>
        <source>Outdoors</source>
        <translation>Utomhus</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Fullbordat</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Försök</translation>
    </message>
    <message>
        <source>from the personnummer, or ask</source>
        <translation>från personnumret, eller fråga</translation>
    </message>
    <message>
        <source>– not answered –</source>
        <translation>– ej besvarad –</translation>
    </message>
    <message>
        <source>Choose what happened, or search the Brå code directly below.</source>
        <translation>Välj vad som hände, eller sök Brå-koden direkt nedanför.</translation>
    </message>
    <message>
        <source>Brå code: %1</source>
        <translation>Brå-kod: %1</translation>
    </message>
    <message>
        <source>Brå code from the answers: %1. The code chosen below differs (changed by hand).</source>
        <translation>Brå-kod enligt svaren: %1. Koden som är vald nedanför avviker (ändrad för hand).</translation>
    </message>
    <message>
        <source>Answer to find the Brå code: %1.</source>
        <translation>Svara för att hitta Brå-koden: %1.</translation>
    </message>
    <message>
        <source>Brå has no code for this combination: search the code below.</source>
        <translation>Brå har ingen kod för den här kombinationen: sök koden nedanför.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad hände</translation>
    </message>
    <message>
        <source>What happened? e.g. olaga hot, inbrott; %1/%2 chooses</source>
        <translation>Vad har hänt? t.ex. olaga hot, inbrott; %1/%2 väljer</translation>
    </message>
</context>
<context>
    <name>kc::PersonBlock</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>YYYYMMDD-NNNN or samordningsnummer</source>
        <translation>ÅÅÅÅMMDD-NNNN eller samordningsnummer</translation>
    </message>
    <message>
        <source>Personnummer problem</source>
        <translation>Fel i personnumret</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>e.g. 070-123 45 67</source>
        <translation>t.ex. 070-123 45 67</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>NNN NN</source>
        <translation>NNN NN</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Interpreter needed (language)</source>
        <translation>Tolkbehov (språk)</translation>
    </message>
    <message>
        <source>no interpreter</source>
        <translation>ingen tolk</translation>
    </message>
</context>
<context>
    <name>kc::Personnummer</name>
    <message numerus="yes">
        <source>The personnummer has %n digit(s); it must have 10 or 12 (YYMMDD-NNNN or YYYYMMDD-NNNN).</source>
        <translation>
            <numerusform>Personnumret har %n siffra; det ska ha 10 eller 12 (ÅÅMMDD-NNNN eller ÅÅÅÅMMDD-NNNN).</numerusform>
            <numerusform>Personnumret har %n siffror; det ska ha 10 eller 12 (ÅÅMMDD-NNNN eller ÅÅÅÅMMDD-NNNN).</numerusform>
        </translation>
    </message>
    <message>
        <source>The personnummer is missing.</source>
        <translation>Personnummer saknas.</translation>
    </message>
    <message>
        <source>The personnummer may contain only digits and a - or + before the last four digits (YYMMDD-NNNN or YYYYMMDD-NNNN).</source>
        <translation>Personnumret får bara innehålla siffror och ett - eller + före de fyra sista siffrorna (ÅÅMMDD-NNNN eller ÅÅÅÅMMDD-NNNN).</translation>
    </message>
    <message>
        <source>A + separator is used only in the 10-digit form (YYMMDD+NNNN).</source>
        <translation>Plustecken används bara i den tiosiffriga formen (ÅÅMMDD+NNNN).</translation>
    </message>
    <message>
        <source>Invalid date: there is no month %1.</source>
        <translation>Ogiltigt datum: det finns ingen månad %1.</translation>
    </message>
    <message>
        <source>Invalid date: %1-%2 has no day %3 (a samordningsnummer adds 60 to the day).</source>
        <translation>Ogiltigt datum: %1-%2 har ingen dag %3 (i ett samordningsnummer är dagen ökad med 60).</translation>
    </message>
    <message>
        <source>Invalid date: %1-%2 has no day %3.</source>
        <translation>Ogiltigt datum: %1-%2 har ingen dag %3.</translation>
    </message>
    <message>
        <source>The date of birth %1 lies in the future.</source>
        <translation>Födelsedatumet %1 ligger i framtiden.</translation>
    </message>
    <message>
        <source>The date of birth %1 lies in the future. Someone who turns 100 this year is written with + (YYMMDD+NNNN).</source>
        <translation>Födelsedatumet %1 ligger i framtiden. Den som fyller 100 i år skrivs med + (ÅÅMMDD+NNNN).</translation>
    </message>
    <message>
        <source>The number does not add up: the check digit does not match. Ask the caller to repeat the whole number.</source>
        <translation>Numret går inte ihop: kontrollsiffran stämmer inte. Be uppringaren upprepa hela numret.</translation>
    </message>
</context>
<context>
    <name>kc::PhoneNumber</name>
    <message>
        <source>The phone number is missing.</source>
        <translation>Telefonnummer saknas.</translation>
    </message>
    <message>
        <source>A phone number may contain only digits, spaces, -, ( ) and a leading +.</source>
        <translation>Ett telefonnummer får bara innehålla siffror, mellanslag, -, ( ) och ett inledande +.</translation>
    </message>
    <message>
        <source>An international number has 7 to 15 digits after the +.</source>
        <translation>Ett utländskt nummer har 7 till 15 siffror efter +.</translation>
    </message>
    <message>
        <source>A Swedish number starts with 0 (e.g. 070… or 031…) or with +46.</source>
        <translation>Ett svenskt nummer börjar med 0 (t.ex. 070… eller 031…) eller med +46.</translation>
    </message>
    <message>
        <source>The area code is missing or wrong.</source>
        <translation>Riktnumret saknas eller är fel.</translation>
    </message>
    <message>
        <source>A mobile number has 10 digits (07X-XXX XX XX).</source>
        <translation>Ett mobilnummer har 10 siffror (07X-XXX XX XX).</translation>
    </message>
    <message>
        <source>A Swedish landline number has 8 to 10 digits including the area code.</source>
        <translation>Ett svenskt fast nummer har 8 till 10 siffror inklusive riktnummer.</translation>
    </message>
</context>
<context>
    <name>kc::PostalCode</name>
    <message>
        <source>The postal code is missing.</source>
        <translation>Postnummer saknas.</translation>
    </message>
    <message>
        <source>A postal code has five digits, written NNN NN (e.g. 413 19).</source>
        <translation>Ett postnummer har fem siffror och skrivs NNN NN (t.ex. 413 19).</translation>
    </message>
    <message>
        <source>Swedish postal codes never start with 0.</source>
        <translation>Svenska postnummer börjar aldrig med 0.</translation>
    </message>
</context>
<context>
    <name>kc::QueuePanel</name>
    <message>
        <source>Filter the incoming contacts</source>
        <translation>Filtrera inkommande kontakter</translation>
    </message>
    <message>
        <source>Message about the last action</source>
        <translation>Meddelande om senaste åtgärden</translation>
    </message>
    <message>
        <source>Incoming contacts</source>
        <translation>Inkommande kontakter</translation>
    </message>
    <message numerus="yes">
        <source>Incoming contacts (%n waiting)</source>
        <translation>
            <numerusform>Inkommande kontakter (%n väntar)</numerusform>
            <numerusform>Inkommande kontakter (%n väntar)</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact is waiting.</source>
        <translation>Ingen kontakt väntar.</translation>
    </message>
    <message>
        <source>Take the next contact</source>
        <translation>Ta nästa kontakt</translation>
    </message>
    <message>
        <source>Choose columns…</source>
        <translation>Välj kolumner…</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>Kolumner…</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Välj kolumner</translation>
    </message>
    <message>
        <source>Choose and order the columns of this table</source>
        <translation>Välj och ordna tabellens kolumner</translation>
    </message>
    <message>
        <source>Filter: name, number, errand, queue… (%1)</source>
        <translation>Filtrera: namn, nummer, ärende, kö… (%1)</translation>
    </message>
    <message>
        <source>Accept (%1)</source>
        <translation>Ta emot (%1)</translation>
    </message>
    <message>
        <source>Accept the selected contact (%1); %2 takes the next one</source>
        <translation>Ta emot den markerade kontakten (%1); %2 tar nästa</translation>
    </message>
    <message>
        <source>%1 takes the next contact when you are not in a text field.</source>
        <translation>%1 tar nästa kontakt när du inte står i ett textfält.</translation>
    </message>
    <message>
        <source>Hide the message above the queue</source>
        <translation>Dölj meddelandet ovanför kön</translation>
    </message>
</context>
<context>
    <name>kc::QueueStatsModel</name>
    <message>
        <source>%1 % (%2 s)</source>
        <translation>%1 % (inom %2 s)</translation>
    </message>
    <message>
        <source>target %1 %</source>
        <translation>mål %1 %</translation>
    </message>
    <message>
        <source>below target</source>
        <translation>under målet</translation>
    </message>
    <message>
        <source>over limit</source>
        <translation>över gränsen</translation>
    </message>
    <message>
        <source>near limit</source>
        <translation>nära gränsen</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kö</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Väntande</translation>
    </message>
    <message>
        <source>Answered today</source>
        <translation>Besvarade i dag</translation>
    </message>
    <message>
        <source>Abandoned today</source>
        <translation>Avbrutna i dag</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Servicenivå</translation>
    </message>
    <message>
        <source>Average handling time</source>
        <translation>Genomsnittlig hanteringstid</translation>
    </message>
</context>
<context>
    <name>kc::ReferenceData</name>
    <message>
        <source>Cannot read the reference data file.</source>
        <translation>Det går inte att läsa filen med referensdata.</translation>
    </message>
    <message>
        <source>The reference data file is empty.</source>
        <translation>Filen med referensdata är tom.</translation>
    </message>
    <message>
        <source>The reference data file lacks the column %1.</source>
        <translation>Filen med referensdata saknar kolumnen %1.</translation>
    </message>
    <message>
        <source>Wrong number of columns.</source>
        <translation>Fel antal kolumner.</translation>
    </message>
    <message>
        <source>Invalid or duplicate county.</source>
        <translation>Ogiltigt eller dubblerat län.</translation>
    </message>
    <message>
        <source>Invalid or duplicate municipality.</source>
        <translation>Ogiltig eller dubblerad kommun.</translation>
    </message>
    <message>
        <source>Invalid or duplicate offence code.</source>
        <translation>Ogiltig eller dubblerad brottskod.</translation>
    </message>
</context>
<context>
    <name>kc::ReferencePicker</name>
    <message>
        <source>Nothing chosen</source>
        <translation>Inget valt</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Vald: %1</translation>
    </message>
</context>
<context>
    <name>kc::ReportForm</name>
    <message>
        <source>To fix</source>
        <translation>Att åtgärda</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Anmälare</translation>
    </message>
    <message>
        <source>Injured party</source>
        <translation>Målsägande</translation>
    </message>
    <message>
        <source>Same as the reporter</source>
        <translation>Samma som anmälaren</translation>
    </message>
    <message>
        <source>Offence type</source>
        <translation>Brottstyp</translation>
    </message>
    <message>
        <source>Time of event</source>
        <translation>Händelsetid</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>ÅÅÅÅ-MM-DD TT:MM</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Scene of crime</source>
        <translation>Brottsplats</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>NNN NN</source>
        <translation>NNN NN</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Description of the place</source>
        <translation>Platsbeskrivning</translation>
    </message>
    <message>
        <source>e.g. bicycle stand outside the travel centre</source>
        <translation>t.ex. cykelstället utanför resecentrum</translation>
    </message>
    <message>
        <source>Description of events</source>
        <translation>Händelsebeskrivning</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad hände</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Skador</translation>
    </message>
    <message>
        <source>How caused, visible, lasting</source>
        <translation>Hur de uppstod, synliga, bestående</translation>
    </message>
    <message>
        <source>Suspects</source>
        <translation>Gärningspersoner</translation>
    </message>
    <message>
        <source>Add suspect</source>
        <translation>Lägg till gärningsperson</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Vittnen</translation>
    </message>
    <message>
        <source>Add witness</source>
        <translation>Lägg till vittne</translation>
    </message>
    <message>
        <source>Stolen goods</source>
        <translation>Stöldgods</translation>
    </message>
    <message>
        <source>Suspect %1</source>
        <translation>Gärningsperson %1</translation>
    </message>
    <message>
        <source>Witness %1</source>
        <translation>Vittne %1</translation>
    </message>
    <message>
        <source>Stolen goods, row %1</source>
        <translation>Stöldgods, rad %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An entry of the &quot;To fix&quot; list: %1 where (section or row), %2 the problem</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <extracomment>An entry of the &quot;To fix&quot; list: %1 where (section or row), %2 the field, %3 the problem</extracomment>
        <translation>%1 – %2: %3</translation>
    </message>
    <message>
        <source>There is no date %1-%2-%3.</source>
        <translation>Datumet %1-%2-%3 finns inte.</translation>
    </message>
    <message>
        <source>There is no time of day %1:%2.</source>
        <translation>Klockslaget %1:%2 finns inte.</translation>
    </message>
    <message>
        <source>Police report</source>
        <translation>Polisanmälan</translation>
    </message>
    <message>
        <source>Brå code</source>
        <translation>Brå-kod</translation>
    </message>
    <message>
        <source>Search every code in use, or change the derived one</source>
        <translation>Sök bland alla koder som används, eller ändra den härledda</translation>
    </message>
    <message>
        <source>Type to search, e.g. cykel; %1/%2 chooses</source>
        <translation>Skriv för att söka, t.ex. cykel; %1/%2 väljer</translation>
    </message>
    <message>
        <source>if known</source>
        <translation>om den är känd</translation>
    </message>
    <message>
        <source>As YYYY-MM-DD HH:MM, a date alone, &quot;i dag 14:30&quot; or &quot;i går 22:00&quot;; To only if known.</source>
        <translation>Skriv ÅÅÅÅ-MM-DD TT:MM, bara ett datum, ”i dag 14:30” eller ”i går 22:00”. Till bara om den är känd.</translation>
    </message>
    <message>
        <source>Type to search, e.g. Skara; %1/%2 chooses</source>
        <translation>Skriv för att söka, t.ex. Skara; %1/%2 väljer</translation>
    </message>
    <message>
        <source>Register the report (%1)</source>
        <extracomment>The button that sends the report for registration; %1 its key (F9)</extracomment>
        <translation>Registrera anmälan (%1)</translation>
    </message>
    <message>
        <source>Register the report</source>
        <translation>Registrera anmälan</translation>
    </message>
    <message>
        <source>Asks once more: %1 registers, %2 goes back. Registration cannot be undone.</source>
        <translation>Frågar en gång till: %1 registrerar, %2 går tillbaka. Registreringen kan inte ångras.</translation>
    </message>
    <message>
        <source>The draft is saved automatically.</source>
        <translation>Utkastet sparas automatiskt.</translation>
    </message>
    <message>
        <source>Register the report? It cannot be undone.</source>
        <translation>Registrera anmälan? Den kan inte ångras.</translation>
    </message>
    <message>
        <source>%1 = Register, %2 = Back</source>
        <extracomment>The keys of the registration question: %1 Enter (confirm), %2 Esc (back)</extracomment>
        <translation>%1 = Registrera, %2 = Tillbaka</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrera</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix. First: %1</source>
        <extracomment>Read aloud when the &quot;To fix&quot; list appears: %n problems, %1 the first of them</extracomment>
        <translation>
            <numerusform>%n sak att åtgärda. Först: %1</numerusform>
            <numerusform>%n saker att åtgärda. Först: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the time as YYYY-MM-DD HH:MM, or YYYY-MM-DD, &quot;i dag 14:30&quot; or &quot;i går 22:00&quot;.</source>
        <translation>Skriv tiden som ÅÅÅÅ-MM-DD TT:MM, eller ÅÅÅÅ-MM-DD, ”i dag 14:30” eller ”i går 22:00”.</translation>
    </message>
</context>
<context>
    <name>kc::ReportView</name>
    <message>
        <source>None given</source>
        <translation>Inga uppgifter</translation>
    </message>
    <message>
        <source>The report, read-only</source>
        <translation>Anmälan, skrivskyddad</translation>
    </message>
    <message>
        <source>New supplementary information:</source>
        <translation>Ny tilläggsuppgift:</translation>
    </message>
    <message>
        <source>New supplementary information</source>
        <translation>Ny tilläggsuppgift</translation>
    </message>
    <message>
        <source>Message about the supplementary information</source>
        <translation>Meddelande om tilläggsuppgiften</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Anmälan</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Anmälan %1</translation>
    </message>
    <message>
        <source>Write the supplementary information first.</source>
        <translation>Skriv tilläggsuppgiften först.</translation>
    </message>
    <message>
        <source>The supplementary information waits to be sent.</source>
        <translation>Tilläggsuppgiften väntar på att skickas.</translation>
    </message>
    <message>
        <source>This report cannot be shown: %1</source>
        <translation>Anmälan kan inte visas: %1</translation>
    </message>
    <message>
        <source>Report (no case number yet)</source>
        <translation>Anmälan (inget ärendenummer ännu)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Senast ändrad</translation>
    </message>
    <message>
        <source>Offence type</source>
        <translation>Brottstyp</translation>
    </message>
    <message>
        <source>%1 (unknown code)</source>
        <translation>%1 (okänd kod)</translation>
    </message>
    <message>
        <source>Time of the event</source>
        <translation>Händelsetid</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Från %1 till %2</translation>
    </message>
    <message>
        <source>Municipality: %1</source>
        <translation>Kommun: %1</translation>
    </message>
    <message>
        <source>Scene of the crime</source>
        <translation>Brottsplats</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Description of the place</source>
        <translation>Platsbeskrivning</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Anmälare</translation>
    </message>
    <message>
        <source>Injured party</source>
        <translation>Målsägande</translation>
    </message>
    <message>
        <source>Same as the reporter</source>
        <translation>Samma som anmälaren</translation>
    </message>
    <message>
        <source>Description of the event</source>
        <translation>Händelsebeskrivning</translation>
    </message>
    <message>
        <source>Suspects</source>
        <translation>Gärningspersoner</translation>
    </message>
    <message>
        <source>Suspect %1</source>
        <translation>Gärningsperson %1</translation>
    </message>
    <message>
        <source>Known identity</source>
        <translation>Känd identitet</translation>
    </message>
    <message>
        <source>Unknown identity</source>
        <translation>Okänd identitet</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Vittnen</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Skador</translation>
    </message>
    <message>
        <source>Stolen goods</source>
        <translation>Stöldgods</translation>
    </message>
    <message>
        <source>%1 kr</source>
        <translation>%1 kr</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Märke</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Total (items without a value not counted)</source>
        <translation>Totalt (föremål utan värde är inte medräknade)</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tolkbehov</translation>
    </message>
    <message>
        <source>Needed: %1</source>
        <translation>Ja, %1</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Supplementary information</source>
        <translation>Tilläggsuppgifter</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Väntar på att skickas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>another agent</source>
        <translation>annan handläggare</translation>
    </message>
    <message>
        <source>%1 adds it to the report</source>
        <translation>%1 lägger till den i anmälan</translation>
    </message>
    <message>
        <source>What the caller adds to the report… (%1 adds it)</source>
        <translation>Det uppringaren lägger till i anmälan… (%1 lägger till)</translation>
    </message>
    <message>
        <source>Add supplementary information (%1)</source>
        <translation>Lägg till tilläggsuppgift (%1)</translation>
    </message>
    <message>
        <source>Adds the text to the report through the outbox (%1 in the field)</source>
        <translation>Lägger till texten i anmälan via utkorgen (%1 i fältet)</translation>
    </message>
    <message>
        <source>The supplementary information you typed is not added yet. %1 adds it; close again to discard it.</source>
        <translation>Tilläggsuppgiften du skrev är inte tillagd ännu. %1 lägger till den; stäng igen för att kasta den.</translation>
    </message>
    <message>
        <source>Police area</source>
        <translation>Polisområde</translation>
    </message>
    <message>
        <source>Came in</source>
        <translation>Inkom</translation>
    </message>
    <message>
        <source>Web report via polisen.se (%1); the citizen&apos;s original is attached</source>
        <translation>Webbanmälan via polisen.se (%1); medborgarens original är bifogat</translation>
    </message>
</context>
<context>
    <name>kc::RolePicker</name>
    <message>
        <source>Kontaktcenter – choose a role</source>
        <translation>Kontaktcenter – välj roll</translation>
    </message>
    <message>
        <source>&amp;1  Agent</source>
        <translation>&amp;1  Agent</translation>
    </message>
    <message>
        <source>Take contacts from the queue and file reports, as ovning1.</source>
        <translation>Ta emot kontakter från kön och registrera anmälningar, som ovning1.</translation>
    </message>
    <message>
        <source>&amp;2  Gruppchef (supervisor)</source>
        <translation>&amp;2  Gruppchef</translation>
    </message>
    <message>
        <source>Watch the queues and the agents, as gruppchef.</source>
        <translation>Följ köerna och agenterna, som gruppchef.</translation>
    </message>
    <message>
        <source>&amp;3  Utbildare (trainer)</source>
        <translation>&amp;3  Utbildare</translation>
    </message>
    <message>
        <source>Run scenarios, inject contacts and see the trainees&apos; scores, as utbildare.</source>
        <translation>Kör scenarier, lägg in kontakter och se elevernas poäng, som utbildare.</translation>
    </message>
    <message>
        <source>Who do you want to practise as? Choose with the arrow keys and Enter, or press 1, 2, 3 or 4.</source>
        <translation>Vem vill du öva som? Välj med piltangenterna och Retur, eller tryck 1, 2, 3 eller 4.</translation>
    </message>
    <message>
        <source>&amp;4  Polisområde Skaraborg</source>
        <translation>&amp;4  Polisområde Skaraborg</translation>
    </message>
    <message>
        <source>Receive the reports handed over to the police area and acknowledge them, as skaraborg.</source>
        <translation>Ta emot anmälningarna som överlämnats till polisområdet och kvittera dem, som skaraborg.</translation>
    </message>
</context>
<context>
    <name>kc::ScheduledCallbacksModel</name>
    <message>
        <source>Call back at</source>
        <translation>Återuppringning kl.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kö</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Uppringare</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
</context>
<context>
    <name>kc::ServerCommand</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Visa den här hjälpen och avsluta.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Skriv ut versionen och avsluta.</translation>
    </message>
    <message>
        <source>Language of this program&apos;s messages: sv (default) or en. The service answers its clients in Swedish either way.</source>
        <translation>Språk för programmets meddelanden: sv (standard) eller en. Tjänsten svarar sina klienter på svenska i båda fallen.</translation>
    </message>
    <message>
        <source>Address and port to serve on (default 127.0.0.1:8080).</source>
        <translation>Adress och port som tjänsten lyssnar på (standard 127.0.0.1:8080).</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>värd:port</translation>
    </message>
    <message>
        <source>sqlite:/path/file.db or postgresql://user@host:port/db (the password from PGPASSWORD or the file named by KC_DB_PASSWORD_FILE). Default: kontaktcenter.db in the user&apos;s data directory.</source>
        <translation>sqlite:/sökväg/fil.db eller postgresql://användare@värd:port/databas (lösenordet från PGPASSWORD eller filen som KC_DB_PASSWORD_FILE anger). Standard: kontaktcenter.db i användarens datakatalog.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Region prefix of case numbers, four digits (default 1400).</source>
        <translation>Regionprefix för ärendenummer, fyra siffror (standard 1400).</translation>
    </message>
    <message>
        <source>Service level: answered within this many seconds (default 60). With queue add or queue edit: that queue&apos;s own threshold.</source>
        <translation>Servicenivå: besvarad inom så här många sekunder (standard 60). Med queue add eller queue edit: den köns egen gräns.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunder</translation>
    </message>
    <message>
        <source>Session lifetime in hours (default 12).</source>
        <translation>Hur länge en inloggning gäller, i timmar (standard 12).</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>timmar</translation>
    </message>
    <message>
        <source>Training mode: a database of synthetic data only.</source>
        <translation>Övningsläge: en databas med enbart påhittade uppgifter.</translation>
    </message>
    <message>
        <source>Serve plain HTTP on an address other than loopback.</source>
        <translation>Tillåt okrypterad HTTP på en annan adress än loopback.</translation>
    </message>
    <message>
        <source>PEM certificate (chain) for HTTPS.</source>
        <translation>PEM-certifikat (kedja) för HTTPS.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>PEM private key for HTTPS (RSA or EC, unencrypted).</source>
        <translation>Privat PEM-nyckel för HTTPS (RSA eller EC, okrypterad).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>roll</translation>
    </message>
    <message>
        <source>user add, queue add, queue edit: the team.</source>
        <translation>user add, queue add, queue edit: gruppen.</translation>
    </message>
    <message>
        <source>team</source>
        <translation>grupp</translation>
    </message>
    <message>
        <source>user add: the user&apos;s queues, comma-separated; each must exist (queue list).</source>
        <translation>user add: användarens köer, åtskilda med kommatecken; varje kö måste finnas (queue list).</translation>
    </message>
    <message>
        <source>user add: the name colleagues see (default: the username).</source>
        <translation>user add: namnet som kollegorna ser (standard: användarnamnet).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>queue add, queue edit: the queue&apos;s display name.</source>
        <translation>queue add, queue edit: köns visningsnamn.</translation>
    </message>
    <message>
        <source>PBKDF2 iterations for new passwords (default 600000, OWASP&apos;s figure; never lower in production). Older hashes are upgraded at sign-in.</source>
        <translation>PBKDF2-iterationer för nya lösenord (standard 600000, OWASP:s siffra; aldrig lägre i drift). Äldre hashar uppgraderas vid inloggning.</translation>
    </message>
    <message>
        <source>A reverse proxy whose X-Forwarded-For names the client (repeatable).</source>
        <translation>En omvänd proxy vars X-Forwarded-For anger klienten (kan upprepas).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adress</translation>
    </message>
    <message>
        <source>Days the change feed is kept (default 30); a client offline longer loads everything again.</source>
        <translation>Antal dagar som ändringsflödet sparas (standard 30); en klient som varit frånkopplad längre läser in allt på nytt.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagar</translation>
    </message>
    <message>
        <source>Event streams one user may hold open at once (default 4; more: 429).</source>
        <translation>Antal händelseströmmar som en användare får ha öppna samtidigt (standard 4; fler: 429).</translation>
    </message>
    <message>
        <source>
Exit codes: 0 done, 1 refused (the message says why) or the database failed, 2 wrong command line.
</source>
        <translation>
Avslutningskoder: 0 klart, 1 nekat (meddelandet säger varför) eller fel i databasen, 2 fel på kommandoraden.
</translation>
    </message>
    <message>
        <source>unknown option %1; see --help</source>
        <translation>okänd flagga %1; se --help</translation>
    </message>
    <message>
        <source>--%1 must be a whole number, at least %2 (not &quot;%3&quot;)</source>
        <translation>--%1 ska vara ett heltal, minst %2 (inte ”%3”)</translation>
    </message>
    <message>
        <source>the database could not complete the command; nothing was changed. Details: run again with QT_LOGGING_RULES=kc.server.db.warning=true</source>
        <translation>databasen kunde inte slutföra kommandot; ingenting ändrades. Detaljer: kör igen med QT_LOGGING_RULES=kc.server.db.warning=true</translation>
    </message>
    <message>
        <source>--role must be one of %1, not &quot;%2&quot;</source>
        <translation>--role ska vara något av %1, inte ”%2”</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Lösenord: </translation>
    </message>
    <message>
        <source>added %1 (%2)</source>
        <translation>lade till %1 (%2)</translation>
    </message>
    <message>
        <source>user needs a command: add, list, disable, enable or passwd</source>
        <translation>user behöver ett kommando: add, list, disable, enable eller passwd</translation>
    </message>
    <message>
        <source>unknown command: user %1 (add, list, disable, enable, passwd)</source>
        <translation>okänt kommando: user %1 (add, list, disable, enable, passwd)</translation>
    </message>
    <message>
        <source>user %1 needs a USERNAME</source>
        <translation>user %1 behöver ett ANVÄNDARNAMN</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Nytt lösenord: </translation>
    </message>
    <message>
        <source>there is no user %1 (see: user list)</source>
        <translation>det finns ingen användare %1 (se: user list)</translation>
    </message>
    <message>
        <source>%1 (the server&apos;s)</source>
        <translation>%1 (serverns)</translation>
    </message>
    <message>
        <source>queue needs a command: add, edit or list</source>
        <translation>queue behöver ett kommando: add, edit eller list</translation>
    </message>
    <message>
        <source>unknown command: queue %1 (add, edit, list)</source>
        <translation>okänt kommando: queue %1 (add, edit, list)</translation>
    </message>
    <message>
        <source>queue %1 needs an ID, such as anmalan</source>
        <translation>queue %1 behöver ett ID, till exempel anmalan</translation>
    </message>
    <message>
        <source>queue add needs --name, the queue&apos;s display name (e.g. --name &quot;Anmälan&quot;)</source>
        <translation>queue add behöver --name, köns visningsnamn (till exempel --name ”Anmälan”)</translation>
    </message>
    <message>
        <source>--case-prefix must be four digits, such as 1400 (not &quot;%1&quot;)</source>
        <translation>--case-prefix ska vara fyra siffror, till exempel 1400 (inte ”%1”)</translation>
    </message>
    <message>
        <source>--trusted-proxy wants an IP address, not &quot;%1&quot;</source>
        <translation>--trusted-proxy ska vara en IP-adress, inte ”%1”</translation>
    </message>
    <message>
        <source>--tls-cert: cannot read %1</source>
        <translation>--tls-cert: kan inte läsa %1</translation>
    </message>
    <message>
        <source>--tls-key: cannot read %1</source>
        <translation>--tls-key: kan inte läsa %1</translation>
    </message>
    <message>
        <source>--tls-cert is not a valid PEM certificate</source>
        <translation>--tls-cert är inget giltigt PEM-certifikat</translation>
    </message>
    <message>
        <source>--tls-key is not a valid PEM private key (RSA or EC, unencrypted)</source>
        <translation>--tls-key är ingen giltig privat PEM-nyckel (RSA eller EC, okrypterad)</translation>
    </message>
    <message>
        <source>--listen wants host:port, e.g. 127.0.0.1:8080 (not &quot;%1&quot;)</source>
        <translation>--listen ska vara värd:port, till exempel 127.0.0.1:8080 (inte ”%1”)</translation>
    </message>
    <message>
        <source>--tls-key needs --tls-cert as well</source>
        <translation>--tls-key behöver även --tls-cert</translation>
    </message>
    <message>
        <source>--tls-cert needs --tls-key as well</source>
        <translation>--tls-cert behöver även --tls-key</translation>
    </message>
    <message>
        <source>--listen %1: plain HTTP only on loopback; give --tls-cert and --tls-key, or --allow-plain-http</source>
        <translation>--listen %1: okrypterad HTTP bara på loopback; ange --tls-cert och --tls-key, eller --allow-plain-http</translation>
    </message>
    <message>
        <source>--listen %1: cannot listen there (%2)</source>
        <translation>--listen %1: kan inte lyssna där (%2)</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>avslutar</translation>
    </message>
    <message>
        <source>%1 listening on %2 (%3, demo)</source>
        <translation>%1 lyssnar på %2 (%3, demo)</translation>
    </message>
    <message>
        <source>%1 listening on %2 (%3)</source>
        <translation>%1 lyssnar på %2 (%3)</translation>
    </message>
    <message>
        <source>--lang must be sv or en, not &quot;%1&quot;</source>
        <translation>--lang ska vara sv eller en, inte ”%1”</translation>
    </message>
    <message>
        <source>unknown command %1 (user, queue); see --help</source>
        <translation>okänt kommando %1 (user, queue); se --help</translation>
    </message>
    <message>
        <source>q1,q2</source>
        <translation>k1,k2</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>avstängd</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>With --demo: a classroom. Adds utbildare (trainer), gruppchef (supervisor) and ovning1 to ovning12 (agents) with this password (at least 10 characters).</source>
        <translation>Med --demo: en övningsklass. Lägger till utbildare (utbildare), gruppchef (gruppchef) och ovning1 till ovning12 (agenter) med det här lösenordet (minst 10 tecken).</translation>
    </message>
    <message>
        <source>password</source>
        <translation>lösenord</translation>
    </message>
    <message>
        <source>--demo-password needs --demo: classroom accounts only on a demo server</source>
        <translation>--demo-password kräver --demo: klassens konton bara på en övningsserver</translation>
    </message>
    <message>
        <source>Classroom ready. Trainees start: kontaktcenter --demo --server %1
and sign in as ovning1 … ovning%2; the trainer as utbildare, the supervisor as gruppchef, all with the password given by --demo-password.</source>
        <translation>Övningsklassen är redo. Eleverna startar: kontaktcenter --demo --server %1
och loggar in som ovning1 … ovning%2; utbildaren som utbildare, gruppchefen som gruppchef, alla med lösenordet från --demo-password.</translation>
    </message>
    <message>
        <source>user add: the role, agent|supervisor|trainer|intake|area.</source>
        <translation>user add: rollen, agent|supervisor|trainer|intake|area.</translation>
    </message>
    <message>
        <source>user add --role area: the police area (polisområde) the user receives reports for.</source>
        <translation>user add --role area: polisområdet som användaren tar emot anmälningar för.</translation>
    </message>
    <message>
        <source>user add needs --role agent|supervisor|trainer|intake|area</source>
        <translation>user add behöver --role agent|supervisor|trainer|intake|area</translation>
    </message>
    <message>
        <source>unknown police area &quot;%1&quot;; the known ones are:
  %2</source>
        <translation>okänt polisområde &quot;%1&quot;; de kända är:
  %2</translation>
    </message>
    <message>
        <source>user add --role area needs --police-area NAME, one of:
  %1</source>
        <translation>user add --role area behöver --police-area NAMN, ett av:
  %1</translation>
    </message>
    <message>
        <source>--police-area belongs only to --role area</source>
        <translation>--police-area hör bara till --role area</translation>
    </message>
    <message>
        <source>police area %1</source>
        <translation>polisområde %1</translation>
    </message>
    <message>
        <source>Share the port of --listen with other server processes on this host (SO_REUSEPORT; the kernel spreads new connections over them). PostgreSQL only, not with --demo.</source>
        <translation>Dela porten i --listen med andra serverprocesser på den här datorn (SO_REUSEPORT; kärnan fördelar nya anslutningar mellan dem). Endast PostgreSQL, inte med --demo.</translation>
    </message>
    <message>
        <source>Serve with n processes on the port of --listen (default 1): this one and n-1 copies that it starts and stops, all with --reuse-port. One per core. PostgreSQL only, not with --demo.</source>
        <translation>Kör tjänsten med n processer på porten i --listen (standard 1): den här och n-1 kopior som den startar och stoppar, alla med --reuse-port. En per kärna. Endast PostgreSQL, inte med --demo.</translation>
    </message>
    <message>
        <source>kontaktcenter-server: the central REST service of Kontaktcenter, and the administration of its users and queues.

Usage:
  kontaktcenter-server [--listen HOST:PORT] [--database DB] [options]
      serve the API until SIGTERM or Ctrl+C
  kontaktcenter-server --instances N --database postgresql://… [--listen HOST:PORT] [options]
      serve with N processes on one port (one per core; PostgreSQL only)
  kontaktcenter-server --demo --demo-password PW [--listen HOST:PORT]
      a classroom: a demo server with the accounts utbildare, gruppchef and ovning1…ovning12
  kontaktcenter-server user add USERNAME --role agent|supervisor|trainer|intake|area --team TEAM
        [--queues q1,q2] [--display-name NAME] [--police-area NAME] --database DB
      add a user; the password (at least 10 characters) is read from standard input
  kontaktcenter-server user list --database DB
  kontaktcenter-server user disable|enable USERNAME --database DB
  kontaktcenter-server user passwd USERNAME --database DB
      set a new password, read from standard input; the user&apos;s sessions end
  kontaktcenter-server queue add ID --name NAME [--team TEAM] [--service-level-seconds N] --database DB
      add a queue (id: lower-case letters a-z, digits, - and _)
  kontaktcenter-server queue edit ID [--name NAME] [--team TEAM] [--service-level-seconds N] --database DB
  kontaktcenter-server queue list --database DB
      id, name, team and service-level threshold of every queue

A new database starts with the queues anmalan (Anmälan), information (Information) and tips (Tips).

Options:
</source>
        <translation>kontaktcenter-server: Kontaktcenters centrala REST-tjänst, och administrationen av dess användare och köer.

Användning:
  kontaktcenter-server [--listen VÄRD:PORT] [--database DB] [flaggor]
      kör tjänsten tills SIGTERM eller Ctrl+C
  kontaktcenter-server --instances N --database postgresql://… [--listen VÄRD:PORT] [flaggor]
      kör tjänsten med N processer på en port (en per kärna; endast PostgreSQL)
  kontaktcenter-server --demo --demo-password LÖSENORD [--listen VÄRD:PORT]
      en övningsklass: en övningsserver med kontona utbildare, gruppchef och ovning1…ovning12
  kontaktcenter-server user add ANVÄNDARNAMN --role agent|supervisor|trainer|intake|area --team GRUPP
        [--queues k1,k2] [--display-name NAMN] [--police-area NAMN] --database DB
      lägg till en användare; lösenordet (minst 10 tecken) läses från standard in
  kontaktcenter-server user list --database DB
  kontaktcenter-server user disable|enable ANVÄNDARNAMN --database DB
  kontaktcenter-server user passwd ANVÄNDARNAMN --database DB
      sätt ett nytt lösenord, läst från standard in; användarens inloggningar upphör
  kontaktcenter-server queue add ID --name NAMN [--team GRUPP] [--service-level-seconds N] --database DB
      lägg till en kö (id: gemena bokstäver a-z, siffror, - och _)
  kontaktcenter-server queue edit ID [--name NAMN] [--team GRUPP] [--service-level-seconds N] --database DB
  kontaktcenter-server queue list --database DB
      id, namn, grupp och servicenivåns gräns för varje kö

En ny databas börjar med köerna anmalan (Anmälan), information (Information) och tips (Tips).

Flaggor:
</translation>
    </message>
    <message>
        <source>instance %1 (process %2) ended with exit code %3; stopping all instances</source>
        <translation>instans %1 (process %2) avslutades med slutkod %3; stoppar alla instanser</translation>
    </message>
    <message>
        <source>--instances: cannot start another instance (%1)</source>
        <translation>--instances: kan inte starta ytterligare en instans (%1)</translation>
    </message>
    <message>
        <source>%1: not on a demo server; its exercise runs live in one process&apos;s memory</source>
        <translation>%1: inte på en övningsserver; dess övningar finns bara i en process minne</translation>
    </message>
    <message>
        <source>%1 needs PostgreSQL (--database postgresql://…): several processes cannot share an SQLite database&apos;s events and writes</source>
        <translation>%1 kräver PostgreSQL (--database postgresql://…): flera processer kan inte dela en SQLite-databas händelser och skrivningar</translation>
    </message>
</context>
<context>
    <name>kc::ServerFence</name>
    <message>
        <source>This is a real server, not a training server. In training mode (--demo) the workstation only connects to a training server (kontaktcenter-server --demo).</source>
        <translation>Det här är en riktig server, inte en övningsserver. I övningsläge (--demo) ansluter arbetsplatsen bara till en övningsserver (kontaktcenter-server --demo).</translation>
    </message>
    <message>
        <source>This is a training server with made-up data. Start the workstation in training mode (kontaktcenter --demo --server ADDRESS) to practise; real work is never done there.</source>
        <translation>Det här är en övningsserver med påhittade uppgifter. Starta arbetsplatsen i övningsläge (kontaktcenter --demo --server ADRESS) för att öva; riktigt arbete görs aldrig där.</translation>
    </message>
</context>
<context>
    <name>kc::ShortcutHelp</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>In lists and forms</source>
        <translation>I listor och formulär</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <source>%1 or %2 closes this list.</source>
        <translation>%1 eller %2 stänger listan.</translation>
    </message>
    <message>
        <source>1. Take a contact</source>
        <translation>1. Ta kontakt</translation>
    </message>
    <message>
        <source>2. Fill in the report</source>
        <translation>2. Fyll i anmälan</translation>
    </message>
    <message>
        <source>3. Register the report</source>
        <translation>3. Registrera anmälan</translation>
    </message>
    <message>
        <source>4. Complete the contact</source>
        <translation>4. Slutför kontakten</translation>
    </message>
    <message>
        <source>5. Your state</source>
        <translation>5. Din status</translation>
    </message>
</context>
<context>
    <name>kc::SignInDialog</name>
    <message>
        <source>Give the server address as https://host or https://host:port.</source>
        <translation>Ange serveradressen som https://värd eller https://värd:port.</translation>
    </message>
    <message>
        <source>Plain http:// is allowed only to this computer (localhost); use https:// for a server on the network.</source>
        <translation>Okrypterad http:// är tillåten bara till den här datorn (localhost); använd https:// för en server i nätverket.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Fel användarnamn eller lösenord.</translation>
    </message>
    <message>
        <source>The server does not answer.</source>
        <translation>Servern svarar inte.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Wait a while before you try again, or ask a supervisor.</source>
        <translation>För många misslyckade inloggningsförsök. Vänta en stund innan du försöker igen, eller kontakta en arbetsledare.</translation>
    </message>
    <message>
        <source>The server could not sign you in right now (error %1). Try again in a moment.</source>
        <translation>Servern kunde inte logga in dig just nu (fel %1). Försök igen om en stund.</translation>
    </message>
    <message>
        <source>The sign-in failed (error %1).</source>
        <translation>Inloggningen misslyckades (fel %1).</translation>
    </message>
    <message>
        <source>Sign in – Kontaktcenter</source>
        <translation>Logga in – Kontaktcenter</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradress</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradress:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problem vid inloggningen</translation>
    </message>
    <message>
        <source>Signing in …</source>
        <translation>Loggar in…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again.</source>
        <translation>Din session har gått ut. Logga in igen.</translation>
    </message>
    <message>
        <source>The server address is missing.</source>
        <translation>Serveradress saknas.</translation>
    </message>
    <message>
        <source>The username is missing.</source>
        <translation>Användarnamn saknas.</translation>
    </message>
    <message>
        <source>The password is missing.</source>
        <translation>Lösenord saknas.</translation>
    </message>
</context>
<context>
    <name>kc::StolenItemsEditor</name>
    <message>
        <source>Stolen goods</source>
        <translation>Stöldgods</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Lägg till rad</translation>
    </message>
    <message>
        <source>Add a row of stolen goods</source>
        <translation>Lägg till en rad stöldgods</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Ta bort rad</translation>
    </message>
    <message>
        <source>Remove the current row of stolen goods</source>
        <translation>Ta bort den markerade raden stöldgods</translation>
    </message>
    <message>
        <source>Total: %1 kr</source>
        <translation>Summa: %1 kr</translation>
    </message>
    <message>
        <source>%1 in the table</source>
        <translation>%1 i tabellen</translation>
    </message>
</context>
<context>
    <name>kc::StolenItemsModel</name>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Märke</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Serial no./IMEI/frame no.</source>
        <translation>Serienr/IMEI/ramnr</translation>
    </message>
    <message>
        <source>Value (kr)</source>
        <translation>Värde (kr)</translation>
    </message>
    <message>
        <source>Write the value in whole kronor, e.g. 12 499.</source>
        <translation>Skriv värdet i hela kronor, t.ex. 12 499.</translation>
    </message>
</context>
<context>
    <name>kc::SupervisorDesk</name>
    <message>
        <source>Supervisor</source>
        <translation>Gruppchef</translation>
    </message>
    <message>
        <source>The contact is back in its queue.</source>
        <translation>Kontakten är tillbaka i sin kö.</translation>
    </message>
    <message>
        <source>%1: longest wait over %2</source>
        <translation>%1: längsta väntetid över %2</translation>
    </message>
    <message>
        <source>%1: service level %2 % below target %3 %</source>
        <translation>%1: servicenivå %2 % under målet %3 %</translation>
    </message>
    <message>
        <source>%1: %2 waiting, more than %3</source>
        <translation>%1: %2 väntande, fler än %3</translation>
    </message>
    <message>
        <source>(recovered %1)</source>
        <translation>(återställt %1)</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Larm</translation>
    </message>
    <message>
        <source>Recovered: %1</source>
        <translation>Återställt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: a booked callback is %n min late</source>
        <translation>
            <numerusform>%1: en bokad återuppringning är %n min sen</numerusform>
            <numerusform>%1: en bokad återuppringning är %n min sen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: callback to %2 is %n min late</source>
        <translation>
            <numerusform>%1: återuppringning till %2 är %n min sen</numerusform>
            <numerusform>%1: återuppringning till %2 är %n min sen</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert while disconnected: %1</source>
        <translation>Larm medan anslutningen var nere: %1</translation>
    </message>
    <message>
        <source>Recovered while disconnected: %1</source>
        <translation>Återställt medan anslutningen var nere: %1</translation>
    </message>
</context>
<context>
    <name>kc::SupervisorView</name>
    <message>
        <source>Alert thresholds – %1</source>
        <translation>Larmgränser – %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>&amp;Longest wait above</source>
        <translation>&amp;Längsta väntetid över</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Service level below</source>
        <translation>&amp;Servicenivå under</translation>
    </message>
    <message>
        <source>&amp;Waiting more than</source>
        <translation>&amp;Väntande fler än</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Längsta väntetid</translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation>Tid i status</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Väntetid</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Köer</translation>
    </message>
    <message>
        <source>Move to queue</source>
        <translation>Flytta till kö</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Kö:</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenter</translation>
    </message>
    <message>
        <source>Waiting contacts of the selected queues</source>
        <translation>Väntande kontakter i de valda köerna</translation>
    </message>
    <message>
        <source>&amp;Waiting contacts</source>
        <translation>&amp;Väntande kontakter</translation>
    </message>
    <message>
        <source>A&amp;gents</source>
        <translation>A&amp;genter</translation>
    </message>
    <message>
        <source>Alert &amp;log</source>
        <translation>Larm&amp;logg</translation>
    </message>
    <message>
        <source>Raise priority</source>
        <translation>Höj prioritet</translation>
    </message>
    <message>
        <source>Lower priority</source>
        <translation>Sänk prioritet</translation>
    </message>
    <message>
        <source>Move to another queue…</source>
        <translation>Flytta till en annan kö…</translation>
    </message>
    <message>
        <source>Release the agent&apos;s contact to the queue</source>
        <translation>Släpp agentens kontakt tillbaka till kön</translation>
    </message>
    <message>
        <source>Alert thresholds of the queue…</source>
        <translation>Köns larmgränser…</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation>Väggtavla</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Larm: %1</translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation>Inga larm.</translation>
    </message>
    <message>
        <source>Today in c&amp;harts</source>
        <translation>I dag i &amp;diagram</translation>
    </message>
    <message>
        <source>unusually long</source>
        <translation>ovanligt länge</translation>
    </message>
    <message>
        <source>Agents serving the selected queues</source>
        <translation>Agenter på de valda köerna</translation>
    </message>
    <message>
        <source>Booked callbacks of the team</source>
        <translation>Gruppens bokade återuppringningar</translation>
    </message>
    <message>
        <source>Agents on the selected &amp;queues</source>
        <translation>Agenter &amp;på valda köer</translation>
    </message>
    <message>
        <source>&amp;Booked callbacks</source>
        <translation>&amp;Bokade återuppringningar</translation>
    </message>
</context>
<context>
    <name>kc::SuspectRow</name>
    <message>
        <source>Identity known</source>
        <translation>Känd identitet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Sex, age, height, build, clothes, language, escape route …</source>
        <translation>Kön, ålder, längd, kroppsbyggnad, klädsel, språk, flyktväg …</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>Suspect %1</source>
        <translation>Gärningsperson %1</translation>
    </message>
    <message>
        <source>Remove suspect</source>
        <translation>Ta bort gärningsperson</translation>
    </message>
</context>
<context>
    <name>kc::TimeRange</name>
    <message>
        <source>The start of the event time is missing.</source>
        <translation>Händelsetid från saknas.</translation>
    </message>
    <message>
        <source>The start of the event time lies in the future.</source>
        <translation>Händelsetid från ligger i framtiden.</translation>
    </message>
    <message>
        <source>The end of the event time is not a valid time.</source>
        <translation>Händelsetid till är inte en giltig tidpunkt.</translation>
    </message>
    <message>
        <source>The end of the event time lies in the future.</source>
        <translation>Händelsetid till ligger i framtiden.</translation>
    </message>
    <message>
        <source>The end of the event time is before its start.</source>
        <translation>Händelsetid till är före händelsetid från.</translation>
    </message>
</context>
<context>
    <name>kc::TipView</name>
    <message>
        <source>Tip</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>How known</source>
        <extracomment>How the tipster knows what they tell</extracomment>
        <translation>Hur tipsaren vet</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontaktuppgifter</translation>
    </message>
    <message>
        <source>E-service reference</source>
        <translation>E-tjänstens referens</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(inte angivet)</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <extracomment>The tipster chose not to give contact details</extracomment>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-post: %1</translation>
    </message>
    <message>
        <source>A tip is not registered as a report. Forward it to the police area or close it without action: complete the contact (%1).</source>
        <translation>Ett tips registreras inte som anmälan. Vidarebefordra det till polisområdet eller avsluta utan åtgärd: slutför kontakten (%1).</translation>
    </message>
</context>
<context>
    <name>kc::TitleFence</name>
    <message>
        <source>(training)</source>
        <translation>(övning)</translation>
    </message>
</context>
<context>
    <name>kc::TraineeDesk</name>
    <message>
        <source>Exercise contact</source>
        <translation>Övningskontakt</translation>
    </message>
</context>
<context>
    <name>kc::TrainerDesk</name>
    <message>
        <source>Extra contact from the trainer (%1)</source>
        <translation>Extra kontakt från utbildaren (%1)</translation>
    </message>
</context>
<context>
    <name>kc::TrainerPanel</name>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenario:</translation>
    </message>
    <message>
        <source>S&amp;peed:</source>
        <translation>&amp;Hastighet:</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>S&amp;tarta</translation>
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Börja om</translation>
    </message>
    <message>
        <source>&amp;Inject a contact</source>
        <translation>&amp;Lägg in en kontakt</translation>
    </message>
    <message>
        <source>No exercise running.</source>
        <translation>Ingen övning pågår.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trainees&lt;/b&gt;</source>
        <translation>&lt;b&gt;Elever&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation>Inga resultat än.</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Elev</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Answered after</source>
        <translation>Besvarad efter</translation>
    </message>
    <message>
        <source>Handled in</source>
        <translation>Hanterad på</translation>
    </message>
    <message>
        <source>Not right</source>
        <translation>Inte rätt</translation>
    </message>
    <message>
        <source>Trainees&apos; results</source>
        <translation>Elevernas resultat</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportera &amp;CSV…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exportera P&amp;DF…</translation>
    </message>
    <message>
        <source>Export the session summary</source>
        <translation>Exportera sammanfattningen av övningen</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Kunde inte skriva %1.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Offence code</source>
        <translation>Brottskod</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidpunkt</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Stolen goods</source>
        <translation>Stöldgods</translation>
    </message>
    <message>
        <source>Report (none was right)</source>
        <translation>Anmälan (ingen var rätt)</translation>
    </message>
    <message>
        <source>Exercise summary</source>
        <translation>Sammanfattning av övningen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n contact(s), %2 min)</source>
        <translation>
            <numerusform>%1 (%n kontakt, %2 min)</numerusform>
            <numerusform>%1 (%n kontakter, %2 min)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsätt</translation>
    </message>
    <message>
        <source>Rese&amp;t</source>
        <translation>&amp;Börja om</translation>
    </message>
    <message>
        <source>running</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausad</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>klar</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, scenario clock %3, speed ×%4, %n contact(s) in the queues</source>
        <translation>
            <numerusform>%1: %2, scenarioklocka %3, hastighet ×%4, %n kontakt i köerna</numerusform>
            <numerusform>%1: %2, scenarioklocka %3, hastighet ×%4, %n kontakter i köerna</numerusform>
        </translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>utan poäng</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>everything right</source>
        <translation>allt rätt</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n contact(s), average %2</source>
        <translation>
            <numerusform>%1: %n kontakt, snitt %2</numerusform>
            <numerusform>%1: %n kontakter, snitt %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Exercise</source>
        <translation>Ö&amp;vning</translation>
    </message>
</context>
<context>
    <name>kc::TrainingBanner</name>
    <message>
        <source>TRAINING MODE – synthetic data, no real cases</source>
        <translation>ÖVNINGSLÄGE – påhittade uppgifter, inga riktiga ärenden</translation>
    </message>
</context>
<context>
    <name>kc::TrainingFeedbackDialog</name>
    <message>
        <source>Feedback on the exercise</source>
        <translation>Återkoppling på övningen</translation>
    </message>
    <message>
        <source>Score: %1 of 100</source>
        <translation>Poäng: %1 av 100</translation>
    </message>
    <message>
        <source>The caller waited %1 s; you handled the contact in %2 s.</source>
        <translation>Inringaren väntade %1 s; du hanterade kontakten på %2 s.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Förväntat</translation>
    </message>
    <message>
        <source>You entered</source>
        <translation>Du angav</translation>
    </message>
    <message>
        <source>Field by field</source>
        <translation>Fält för fält</translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation>✓ rätt</translation>
    </message>
    <message>
        <source>✗ not right</source>
        <translation>✗ inte rätt</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(inget)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The lesson:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Lärdomen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>Score %1 of 100: everything right.</source>
        <translation>Poäng %1 av 100: allt rätt.</translation>
    </message>
    <message>
        <source>Score %1 of 100. Not right: %2.</source>
        <translation>Poäng %1 av 100. Inte rätt: %2.</translation>
    </message>
</context>
<context>
    <name>kc::Urgency</name>
    <message>
        <source>Acute</source>
        <translation>Akut</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hög</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Låg</translation>
    </message>
</context>
<context>
    <name>kc::Validation</name>
    <message>
        <source>Unknown municipality code.</source>
        <translation>Okänd kommunkod.</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>Namn saknas.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid (name@example.se).</source>
        <translation>E-postadressen är inte giltig (namn@exempel.se).</translation>
    </message>
    <message>
        <source>The queue is missing.</source>
        <translation>Kö saknas.</translation>
    </message>
    <message>
        <source>The priority must be between 1 (most urgent) and 5.</source>
        <translation>Prioriteten ska vara mellan 1 (mest brådskande) och 5.</translation>
    </message>
    <message>
        <source>Give the caller&apos;s name, phone number or e-mail address.</source>
        <translation>Ange uppringarens namn, telefonnummer eller e-postadress.</translation>
    </message>
    <message>
        <source>Choose an offence type.</source>
        <translation>Välj brottstyp.</translation>
    </message>
    <message>
        <source>Unknown offence code.</source>
        <translation>Okänd brottskod.</translation>
    </message>
    <message>
        <source>Choose the municipality where it happened.</source>
        <translation>Välj kommunen där det hände.</translation>
    </message>
    <message>
        <source>Give the injured party, or mark them as the reporter.</source>
        <translation>Ange målsägande, eller markera att målsäganden är anmälaren.</translation>
    </message>
    <message>
        <source>A known suspect needs a name.</source>
        <translation>En känd gärningsperson behöver ett namn.</translation>
    </message>
    <message>
        <source>Describe an unknown suspect (signalement).</source>
        <translation>Beskriv den okända gärningspersonen (signalement).</translation>
    </message>
    <message>
        <source>Describe the stolen item.</source>
        <translation>Beskriv det stulna föremålet.</translation>
    </message>
    <message>
        <source>A value cannot be negative.</source>
        <translation>Ett värde kan inte vara negativt.</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>Beskriv vad som hände.</translation>
    </message>
    <message>
        <source>The offence code %1 ended in %2 and cannot be used for a new report. Choose a code in use.</source>
        <translation>Brottskoden %1 upphörde %2 och kan inte användas i nya anmälningar. Välj en kod som används.</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>Högst %1 tecken (nu %2).</translation>
    </message>
    <message>
        <source>At most %1 rows (now %2).</source>
        <translation>Högst %1 rader (nu %2).</translation>
    </message>
    <message>
        <source>Write the supplementary information.</source>
        <translation>Skriv tilläggsuppgiften.</translation>
    </message>
</context>
<context>
    <name>kc::WaitingTimeProxyModel</name>
    <message>
        <source>Waiting</source>
        <translation>Väntetid</translation>
    </message>
</context>
<context>
    <name>kc::WaitingTreeModel</name>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
</context>
<context>
    <name>kc::WitnessRow</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>e.g. 070-123 45 67</source>
        <translation>t.ex. 070-123 45 67</translation>
    </message>
    <message>
        <source>Witness %1</source>
        <translation>Vittne %1</translation>
    </message>
    <message>
        <source>Remove witness</source>
        <translation>Ta bort vittne</translation>
    </message>
</context>
<context>
    <name>kc::Workstation</name>
    <message>
        <source>You accepted the contact from %1.</source>
        <translation>Du tog emot kontakten från %1.</translation>
    </message>
    <message>
        <source>%1 – queues: %2</source>
        <translation>%1 – köer: %2</translation>
    </message>
    <message>
        <source>Search the case history</source>
        <translation>Sök i ärendehistoriken</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Kunskapsbank</translation>
    </message>
    <message>
        <source>Handed over with the note: %1</source>
        <translation>Överlämnad med anteckningen: %1</translation>
    </message>
</context>
<context>
    <name>kc::cli::Cli</name>
    <message>
        <source>Not signed in. Run: kontaktcenter-cli login SERVER_URL USERNAME</source>
        <translation>Inte inloggad. Kör: kontaktcenter-cli login SERVERADRESS ANVÄNDARNAMN</translation>
    </message>
    <message>
        <source>Cannot write to the data directory.</source>
        <translation>Det går inte att skriva i datakatalogen.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Inloggad som %1.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PRIO</source>
        <translation>PRIO</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>KANAL</translation>
    </message>
    <message>
        <source>QUEUE</source>
        <translation>KÖ</translation>
    </message>
    <message>
        <source>WAITED</source>
        <translation>VÄNTAT</translation>
    </message>
    <message>
        <source>CALLER</source>
        <translation>ANMÄLARE</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>ÄRENDE</translation>
    </message>
    <message>
        <source>No contacts are waiting.</source>
        <translation>Inga kontakter väntar.</translation>
    </message>
    <message>
        <source>Offline: showing the contacts saved on this computer (%1)</source>
        <translation>Frånkopplad: visar kontakterna som är sparade på den här datorn (%1)</translation>
    </message>
    <message>
        <source>Accepted contact %1.</source>
        <translation>Tog emot kontakt %1.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Det går inte att läsa %1.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (error at byte %2).</source>
        <translation>%1 är inte ett JSON-objekt (fel vid byte %2).</translation>
    </message>
    <message>
        <source>The report was not queued; correct the fields above.</source>
        <translation>Anmälan lades inte i utkorgen; rätta fälten ovan.</translation>
    </message>
    <message>
        <source>The report waits in the outbox and is sent at the next sync (%1).</source>
        <translation>Anmälan väntar i utkorgen och skickas vid nästa synkning (%1).</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>Utkorgen är tom.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still wait in the outbox.</source>
        <translation>
            <numerusform>%n post väntar fortfarande i utkorgen.</numerusform>
            <numerusform>%n poster väntar fortfarande i utkorgen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some items need attention; see: kontaktcenter-cli outbox</source>
        <translation>Några poster behöver åtgärdas; se: kontaktcenter-cli outbox</translation>
    </message>
    <message>
        <source>Everything is sent and up to date.</source>
        <translation>Allt är skickat och uppdaterat.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakter</numerusform>
        </translation>
    </message>
    <message>
        <source>No cases found.</source>
        <translation>Inga ärenden hittades.</translation>
    </message>
    <message>
        <source>New contact %1 in the queue %2.</source>
        <translation>Ny kontakt %1 i kön %2.</translation>
    </message>
    <message>
        <source>Already received: contact %1.</source>
        <translation>Redan mottagen: kontakt %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) for the agent to check:</source>
        <translation>
            <numerusform>%n problem för handläggaren att kontrollera:</numerusform>
            <numerusform>%n problem för handläggaren att kontrollera:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kc::cli::CliCommand</name>
    <message>
        <source>
Exit codes:
  0  done
  1  refused, or an item needs attention
  2  wrong command line or bad input
  3  not signed in, or the session expired (run login again)
  4  offline: the server could not be reached; queued work is kept
</source>
        <translation>
Avslutningskoder:
  0  klart
  1  nekat, eller något i utkorgen behöver åtgärdas
  2  fel på kommandoraden eller felaktiga indata
  3  inte inloggad, eller inloggningen har gått ut (kör login igen)
  4  frånkopplad: servern gick inte att nå; det som köats finns kvar
</translation>
    </message>
    <message>
        <source>--lang must be sv or en, not &quot;%1&quot;</source>
        <translation>--lang ska vara sv eller en, inte ”%1”</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Visa den här hjälpen och avsluta.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Skriv ut versionen och avsluta.</translation>
    </message>
    <message>
        <source>Language of the messages: sv (default) or en; also KC_LANG.</source>
        <translation>Språk för meddelandena: sv (standard) eller en; även KC_LANG.</translation>
    </message>
    <message>
        <source>Where the local store lives (default: the user&apos;s data directory).</source>
        <translation>Var den lokala lagringen finns (standard: användarens datakatalog).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>katalog</translation>
    </message>
    <message>
        <source>Machine-readable output (queue, outbox, history).</source>
        <translation>Maskinläsbar utdata (queue, outbox, history).</translation>
    </message>
    <message>
        <source>Trust only this CA (PEM) for HTTPS.</source>
        <translation>Lita bara på den här certifikatutfärdaren (PEM) för HTTPS.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>Allow http:// to other hosts than this one.</source>
        <translation>Tillåt http:// till andra datorer än den här.</translation>
    </message>
    <message>
        <source>unknown option %1; see --help</source>
        <translation>okänd flagga %1; se --help</translation>
    </message>
    <message>
        <source>See: kontaktcenter-cli --help</source>
        <translation>Se: kontaktcenter-cli --help</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Inget kommando angivet.</translation>
    </message>
    <message>
        <source>login needs SERVER_URL and USERNAME; the password comes on standard input.</source>
        <translation>login behöver SERVER_URL och ANVÄNDARNAMN; lösenordet läses från standard in.</translation>
    </message>
    <message>
        <source>Unknown command: %1.</source>
        <translation>Okänt kommando: %1.</translation>
    </message>
    <message>
        <source>accept needs one CONTACT_ID.</source>
        <translation>accept behöver ett KONTAKT_ID.</translation>
    </message>
    <message>
        <source>history needs one QUERY (quote words: history &quot;olaga hot&quot;).</source>
        <translation>history behöver en SÖKNING (citera ord: history &quot;olaga hot&quot;).</translation>
    </message>
    <message>
        <source>report needs: report submit FILE.json</source>
        <translation>report behöver: report submit FIL.json</translation>
    </message>
    <message>
        <source>%1 takes no arguments.</source>
        <translation>%1 tar inga argument.</translation>
    </message>
    <message>
        <source>kontaktcenter-cli: the command-line front end of the Kontaktcenter sync engine.

Usage: kontaktcenter-cli [options] COMMAND [ARGUMENTS]

Commands:
  login SERVER_URL USERNAME   sign in; the password is read from standard input (one line)
  queue [--json]              the waiting contacts (fetched first; offline: those saved here)
  accept CONTACT_ID           take a waiting contact
  report submit FILE.json     file a report (a Report as in API.md; contactId optional, and then
                              a contact you have accepted); queued in the outbox first
  outbox [--json]             what waits in the outbox, and what was sent
  sync                        send the outbox and fetch every change
  history QUERY [--json]      case history: personnummer, case number, phone number or words
  watch                       print events as they arrive, until Ctrl+C or SIGTERM
  intake web-report FILE.json post a citizen&apos;s web report (as an intake user); prints the
                              contact&apos;s id and the problems found
  intake tip FILE.json        post a tip (as an intake user)

Options:
</source>
        <translation>kontaktcenter-cli: kommandoradsgränssnittet till Kontaktcenters synkmotor.

Användning: kontaktcenter-cli [flaggor] KOMMANDO [ARGUMENT]

Kommandon:
  login SERVER_URL ANVÄNDARNAMN  logga in; lösenordet läses från standard in (en rad)
  queue [--json]                 väntande kontakter (hämtas först; frånkopplad: de som sparats här)
  accept KONTAKT_ID              ta emot en väntande kontakt
  report submit FIL.json         registrera en anmälan (en Report enligt API.md; contactId valfritt,
                                 och då en kontakt som du har tagit emot); läggs först i utkorgen
  outbox [--json]                vad som väntar i utkorgen, och vad som har skickats
  sync                           skicka utkorgen och hämta alla ändringar
  history SÖKNING [--json]       ärendehistorik: personnummer, ärendenummer, telefonnummer eller ord
  watch                          skriv ut händelser när de kommer, tills Ctrl+C eller SIGTERM
  intake web-report FIL.json     skicka in en medborgares webbanmälan (som intag-användare); skriver
                                 ut kontaktens id och de problem som hittades
  intake tip FIL.json            skicka in ett tips (som intag-användare)

Flaggor:
</translation>
    </message>
    <message>
        <source>intake needs: intake web-report FILE.json or intake tip FILE.json</source>
        <translation>intake behöver: intake web-report FIL.json eller intake tip FIL.json</translation>
    </message>
</context>
<context>
    <name>kc::json</name>
    <message>
        <source>text</source>
        <extracomment>A kind of JSON value, completing &quot;%1 must be %2, not %3.&quot; (so are the next seven)</extracomment>
        <translation>text</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>ett heltal</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ett tal</translation>
    </message>
    <message>
        <source>a number with decimals</source>
        <translation>ett decimaltal</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ett objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en lista</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>The document</source>
        <extracomment>Subject of an error sentence when the whole JSON document (not one field) is wrong.</extracomment>
        <translation>Dokumentet</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <extracomment>%1 is a field path such as reporter.name</extracomment>
        <translation>%1 måste anges.</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3.</source>
        <extracomment>%1 is a field path, %2 and %3 are kinds of value such as &quot;text&quot; or &quot;a whole number&quot;</extracomment>
        <translation>%1 ska vara %2, inte %3.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <extracomment>%1 is a field path, %2 the allowed values separated by commas (they stay in English)</extracomment>
        <translation>%1 ska vara något av: %2.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <extracomment>%1 is a field path, %2 and %3 the smallest and largest allowed number</extracomment>
        <translation>%1 ska vara mellan %2 och %3.</translation>
    </message>
    <message>
        <source>%1 must be a date and time with a UTC offset, such as 2026-11-27T20:15:00Z or 2026-11-27T21:15:00+01:00.</source>
        <extracomment>%1 is a field path; the examples are the format itself and must stay as they are</extracomment>
        <translation>%1 ska vara datum och tid med tidszon, till exempel 2026-11-27T20:15:00Z eller 2026-11-27T21:15:00+01:00.</translation>
    </message>
    <message>
        <source>The text is not valid JSON: %1 (at byte %2).</source>
        <extracomment>%1 is Qt&apos;s description of the problem, %2 a byte offset counted from 0</extracomment>
        <translation>Texten är inte giltig JSON: %1 (vid byte %2).</translation>
    </message>
</context>
<context>
    <name>kc::knowledge</name>
    <message>
        <source>Must be text.</source>
        <translation>Ska vara text.</translation>
    </message>
    <message>
        <source>The title is missing.</source>
        <translation>Rubriken saknas.</translation>
    </message>
    <message>
        <source>The short answer is missing.</source>
        <translation>Det korta svaret saknas.</translation>
    </message>
    <message>
        <source>Must be a list.</source>
        <translation>Ska vara en lista.</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>Namn saknas.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation>Skriv datumet som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>Refer to: %1.</source>
        <translation>Hänvisa till: %1.</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>telefon %1</translation>
    </message>
</context>
<context>
    <name>kc::server::ApiServer</name>
    <message>
        <source>No such resource.</source>
        <translation>Resursen finns inte.</translation>
    </message>
    <message>
        <source>Could not bind the HTTP server to the socket.</source>
        <translation>Det gick inte att koppla HTTP-servern till porten.</translation>
    </message>
    <message>
        <source>This method is not allowed here.</source>
        <translation>Metoden är inte tillåten här.</translation>
    </message>
    <message>
        <source>The request is larger than 1 MiB.</source>
        <translation>Förfrågan är större än 1 MiB.</translation>
    </message>
    <message>
        <source>Send the request as application/json.</source>
        <translation>Skicka förfrågan som application/json.</translation>
    </message>
    <message>
        <source>The request must be a JSON object.</source>
        <translation>Förfrågan ska vara ett JSON-objekt.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Logga in först.</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again; nothing you queued is lost.</source>
        <translation>Sessionen har gått ut. Logga in igen; inget som väntar på att skickas går förlorat.</translation>
    </message>
    <message>
        <source>The sign-in is not valid. Sign in again.</source>
        <translation>Inloggningen är inte giltig. Logga in igen.</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>Din roll får inte göra detta.</translation>
    </message>
    <message>
        <source>Choose a disposition: %1.</source>
        <translation>Välj en avslutskod: %1.</translation>
    </message>
    <message>
        <source>The Idempotency-Key header is missing; it protects against filing twice.</source>
        <translation>Rubriken Idempotency-Key saknas; den skyddar mot att samma anmälan registreras två gånger.</translation>
    </message>
    <message>
        <source>The Idempotency-Key is too long (at most 200 characters).</source>
        <translation>Idempotency-Key är för lång (högst 200 tecken).</translation>
    </message>
    <message>
        <source>A request with this Idempotency-Key is still being processed. Try again shortly.</source>
        <translation>En förfrågan med denna Idempotency-Key behandlas fortfarande. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>This Idempotency-Key was already used for a different request.</source>
        <translation>Denna Idempotency-Key har redan använts för en annan förfrågan.</translation>
    </message>
    <message>
        <source>Give username and password.</source>
        <translation>Ange användarnamn och lösenord.</translation>
    </message>
    <message>
        <source>The username is missing.</source>
        <translation>Användarnamn saknas.</translation>
    </message>
    <message>
        <source>The password is missing.</source>
        <translation>Lösenord saknas.</translation>
    </message>
    <message>
        <source>The state must be ready, not_ready or wrap_up.</source>
        <translation>Status ska vara ready (redo), not_ready (ej redo) eller wrap_up (efterarbete).</translation>
    </message>
    <message>
        <source>Send If-Match with the version you edited, so nobody&apos;s change is overwritten.</source>
        <translation>Skicka If-Match med versionen du ändrade, så att ingens ändring skrivs över.</translation>
    </message>
    <message>
        <source>If-Match must name a version, e.g. &quot;3&quot;.</source>
        <translation>If-Match ska ange en version, t.ex. &quot;3&quot;.</translation>
    </message>
    <message>
        <source>since must be a cursor from an earlier answer.</source>
        <translation>since ska vara en markör från ett tidigare svar.</translation>
    </message>
    <message>
        <source>since must be a time with offset, e.g. 2026-11-27T00:00:00Z.</source>
        <translation>since ska vara en tidpunkt med tidszon, t.ex. 2026-11-27T00:00:00Z.</translation>
    </message>
    <message>
        <source>The request is not valid JSON (the error is at byte %1).</source>
        <translation>Förfrågan är inte giltig JSON (felet finns vid byte %1).</translation>
    </message>
    <message>
        <source>The username is too long (at most 64 characters).</source>
        <translation>Användarnamnet är för långt (högst 64 tecken).</translation>
    </message>
    <message>
        <source>The password is too long (at most 1,024 bytes).</source>
        <translation>Lösenordet är för långt (högst 1 024 byte).</translation>
    </message>
    <message>
        <source>Too many sign-ins at once. Try again in a moment.</source>
        <translation>För många inloggningar på en gång. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Too many open event streams for this user (at most %1). Close one first.</source>
        <translation>Användaren har för många öppna händelseströmmar (högst %1). Stäng någon först.</translation>
    </message>
    <message>
        <source>knowledgeArticleIds must be a list of article ids.</source>
        <translation>knowledgeArticleIds ska vara en lista med artikel-id.</translation>
    </message>
    <message>
        <source>Exercises exist only on a demo server.</source>
        <translation>Övningar finns bara på en övningsserver.</translation>
    </message>
    <message>
        <source>This contact is not part of an exercise.</source>
        <translation>Den här kontakten hör inte till en övning.</translation>
    </message>
    <message>
        <source>Write a note for the colleague who takes over.</source>
        <translation>Skriv en anteckning till kollegan som tar över.</translation>
    </message>
    <message>
        <source>The draft must be an object.</source>
        <translation>Utkastet ska vara ett objekt.</translation>
    </message>
    <message>
        <source>active must be true or false.</source>
        <translation>active ska vara true eller false.</translation>
    </message>
    <message>
        <source>date must be a day, e.g. 2026-11-27.</source>
        <translation>date ska vara en dag, till exempel 2026-11-27.</translation>
    </message>
    <message>
        <source>Send the reports as a list &quot;items&quot; of 1 to %1.</source>
        <translation>Skicka anmälningarna som en lista &quot;items&quot; med 1 till %1.</translation>
    </message>
    <message>
        <source>Each item needs a report.</source>
        <translation>Varje post behöver en anmälan.</translation>
    </message>
    <message>
        <source>The report has no idempotencyKey; it protects against filing twice.</source>
        <translation>Anmälan saknar idempotencyKey; den skyddar mot att samma anmälan registreras två gånger.</translation>
    </message>
</context>
<context>
    <name>kc::server::Database</name>
    <message>
        <source>sqlite: needs a file path, e.g. sqlite:/var/lib/kontaktcenter/kc.db</source>
        <translation>--database: sqlite: behöver en sökväg, till exempel sqlite:/var/lib/kontaktcenter/kc.db</translation>
    </message>
    <message>
        <source>PostgreSQL URL must look like postgresql://user@host:port/dbname</source>
        <translation>--database: en PostgreSQL-adress ska se ut som postgresql://användare@värd:port/databas</translation>
    </message>
    <message>
        <source>Do not put the password in the URL (it shows in the process list); use PGPASSWORD or KC_DB_PASSWORD_FILE.</source>
        <translation>--database: skriv inte lösenordet i adressen (det syns i processlistan); använd PGPASSWORD eller KC_DB_PASSWORD_FILE.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1</source>
        <translation>Kan inte läsa lösenordsfilen %1 (KC_DB_PASSWORD_FILE)</translation>
    </message>
    <message>
        <source>Unknown database URL; use sqlite:/path/file.db or postgresql://user@host:port/db</source>
        <translation>--database: okänd databasadress; använd sqlite:/sökväg/fil.db eller postgresql://användare@värd:port/databas</translation>
    </message>
    <message>
        <source>The Qt SQL driver for %1 is not installed.</source>
        <translation>Qt:s SQL-drivrutin för %1 är inte installerad.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Kan inte öppna databasen %1: %2</translation>
    </message>
    <message>
        <source>SQLite refused WAL mode for %1 (a network file system?).</source>
        <translation>SQLite vägrade WAL-läge för %1 (ett nätverksfilsystem?).</translation>
    </message>
    <message>
        <source>The database has no schema version; it was not made by kontaktcenter-server.</source>
        <translation>Databasen har ingen schemaversion; den skapades inte av kontaktcenter-server.</translation>
    </message>
    <message>
        <source>The database already holds other tables; give kontaktcenter-server its own.</source>
        <translation>Databasen innehåller redan andra tabeller; ge kontaktcenter-server en egen.</translation>
    </message>
    <message>
        <source>The database has schema version %1, written by a newer kontaktcenter-server; this one knows up to %2. Upgrade the server.</source>
        <translation>Databasen har schemaversion %1, skriven av en nyare kontaktcenter-server; den här känner till version %2. Uppgradera servern.</translation>
    </message>
</context>
<context>
    <name>kc::server::Store</name>
    <message>
        <source>There is no such item, or you may not see it.</source>
        <translation>Det finns inget sådant, eller så får du inte se det.</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>Din roll får inte göra detta.</translation>
    </message>
    <message>
        <source>Some fields need correcting.</source>
        <translation>Några fält behöver rättas.</translation>
    </message>
    <message>
        <source>The server could not complete the request. Nothing was saved; try again.</source>
        <translation>Servern kunde inte slutföra förfrågan. Inget sparades; försök igen.</translation>
    </message>
    <message>
        <source>A user needs a username and a display name.</source>
        <translation>En användare behöver användarnamn och visningsnamn.</translation>
    </message>
    <message>
        <source>The password must have at least 10 characters.</source>
        <translation>Lösenordet ska ha minst 10 tecken.</translation>
    </message>
    <message>
        <source>This database holds production data; a demo server must not use it.</source>
        <translation>Databasen innehåller riktiga uppgifter; en demoserver får inte använda den.</translation>
    </message>
    <message>
        <source>This database holds demo data; a production server must not use it.</source>
        <translation>Databasen innehåller demouppgifter; en produktionsserver får inte använda den.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Fel användarnamn eller lösenord.</translation>
    </message>
    <message>
        <source>Say why you are not ready.</source>
        <translation>Ange varför du är ej redo.</translation>
    </message>
    <message>
        <source>A colleague has already taken this contact.</source>
        <translation>Kontakten har redan tagits av en kollega.</translation>
    </message>
    <message>
        <source>The contact is no longer waiting.</source>
        <translation>Kontakten väntar inte längre.</translation>
    </message>
    <message>
        <source>Only the agent who took the contact can complete it.</source>
        <translation>Bara den som tog emot kontakten kan slutföra den.</translation>
    </message>
    <message>
        <source>The contact is already completed.</source>
        <translation>Kontakten är redan slutförd.</translation>
    </message>
    <message>
        <source>The contact is no longer waiting; it cannot be abandoned.</source>
        <translation>Kontakten väntar inte längre; den kan inte markeras som avbruten.</translation>
    </message>
    <message>
        <source>The contact does not exist or is not yours.</source>
        <translation>Kontakten finns inte eller är inte din.</translation>
    </message>
    <message>
        <source>The report was changed by someone else meanwhile. Reload it and make your change again.</source>
        <translation>Anmälan har ändrats av någon annan under tiden. Läs in den igen och gör din ändring på nytt.</translation>
    </message>
    <message>
        <source>Search by personnummer, phone number, case number or text.</source>
        <translation>Sök på personnummer, telefonnummer, ärendenummer eller text.</translation>
    </message>
    <message>
        <source>Give at least one word to search for.</source>
        <translation>Ange minst ett ord att söka efter.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins for this user. Wait or ask a supervisor.</source>
        <translation>För många misslyckade inloggningar för den här användaren. Vänta eller kontakta en gruppchef.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins for this user from this computer. Wait or ask a supervisor.</source>
        <translation>För många misslyckade inloggningar för den här användaren från den här datorn. Vänta eller kontakta en gruppchef.</translation>
    </message>
    <message>
        <source>The report was not filed for this contact; choose the contact&apos;s own report.</source>
        <translation>Anmälan är inte upprättad för den här kontakten; välj kontaktens egen anmälan.</translation>
    </message>
    <message>
        <source>The contact is already linked to another report; the link is not replaced.</source>
        <translation>Kontakten är redan kopplad till en annan anmälan; kopplingen ersätts inte.</translation>
    </message>
    <message>
        <source>%1 is set by the server and cannot be changed.</source>
        <translation>%1 sätts av servern och kan inte ändras.</translation>
    </message>
    <message>
        <source>Only the agent who filed the report and the supervisors of that agent&apos;s team may change it. Add a supplement instead.</source>
        <translation>Bara den som upprättade anmälan och gruppcheferna i den personens grupp får ändra den. Lägg till en tilläggsuppgift i stället.</translation>
    </message>
    <message>
        <source>The server has fewer changes than this computer has seen (a restored database?). Load everything again from the start.</source>
        <translation>Servern har färre ändringar än den här datorn har sett (en återställd databas?). Läs in allt på nytt från början.</translation>
    </message>
    <message>
        <source>The changes since this computer was last connected are no longer kept. Load everything again from the start.</source>
        <translation>Ändringarna sedan datorn senast var ansluten finns inte längre kvar. Läs in allt på nytt från början.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kö</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Inringande</translation>
    </message>
    <message>
        <source>Caller&apos;s name</source>
        <translation>Inringandes namn</translation>
    </message>
    <message>
        <source>Caller&apos;s personnummer</source>
        <translation>Inringandes personnummer</translation>
    </message>
    <message>
        <source>Caller&apos;s phone number</source>
        <translation>Inringandes telefonnummer</translation>
    </message>
    <message>
        <source>Caller&apos;s e-mail address</source>
        <translation>Inringandes e-postadress</translation>
    </message>
    <message>
        <source>Caller&apos;s address</source>
        <translation>Inringandes adress</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 saknas.</translation>
    </message>
    <message>
        <source>Unknown queue: %1. Queues that exist: %2.</source>
        <translation>Okänd kö: %1. Köer som finns: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>A queue id is 1 to 32 lower-case letters a–z, digits, - or _, such as anmalan.</source>
        <translation>Ett kö-id är 1 till 32 gemena bokstäver a–z, siffror, - eller _, till exempel anmalan.</translation>
    </message>
    <message>
        <source>The queue needs a display name.</source>
        <translation>Kön behöver ett visningsnamn.</translation>
    </message>
    <message>
        <source>The service-level threshold must be at least 1 second.</source>
        <translation>Servicenivåns gräns måste vara minst 1 sekund.</translation>
    </message>
    <message>
        <source>The queue %1 already exists.</source>
        <translation>Kön %1 finns redan.</translation>
    </message>
    <message>
        <source>A report can only be linked to a contact you have accepted.</source>
        <translation>En anmälan kan bara kopplas till en kontakt som du har tagit emot.</translation>
    </message>
    <message>
        <source>The user %1 already exists.</source>
        <translation>Användaren %1 finns redan.</translation>
    </message>
    <message>
        <source>An article id is lower-case letters a–z, digits and dashes (at most 80).</source>
        <translation>Ett artikel-id består av små bokstäver a–z, siffror och bindestreck (högst 80).</translation>
    </message>
    <message>
        <source>An article with this id already exists.</source>
        <translation>Det finns redan en artikel med det id:t.</translation>
    </message>
    <message>
        <source>These fields cannot be changed.</source>
        <translation>De här fälten kan inte ändras.</translation>
    </message>
    <message>
        <source>%1 cannot be changed.</source>
        <translation>%1 kan inte ändras.</translation>
    </message>
    <message>
        <source>Someone changed the article after you opened it (now version %1). Open it again and make your change there.</source>
        <translation>Någon har ändrat artikeln efter att du öppnade den (nu version %1). Öppna den igen och gör din ändring där.</translation>
    </message>
    <message>
        <source>There is no article %1.</source>
        <translation>Det finns ingen artikel %1.</translation>
    </message>
    <message>
        <source>The priority must be between 1 (most urgent) and 5.</source>
        <translation>Prioriteten ska vara mellan 1 (mest brådskande) och 5.</translation>
    </message>
    <message>
        <source>The queue %1 is not one of your team&apos;s queues.</source>
        <translation>Kön %1 är inte en av ditt teams köer.</translation>
    </message>
    <message>
        <source>Give a new priority or queue.</source>
        <translation>Ange en ny prioritet eller kö.</translation>
    </message>
    <message>
        <source>The contact is no longer waiting; it cannot be changed.</source>
        <translation>Kontakten väntar inte längre och kan inte ändras.</translation>
    </message>
    <message>
        <source>The contact was changed by someone else; look at it again and repeat the change.</source>
        <translation>Kontakten har ändrats av någon annan. Titta på den igen och gör om ändringen.</translation>
    </message>
    <message>
        <source>The contact is no longer held by this agent.</source>
        <translation>Kontakten hålls inte längre av den här agenten.</translation>
    </message>
    <message>
        <source>Only the agent who holds the contact can hand it over.</source>
        <translation>Bara agenten som har kontakten kan lämna över den.</translation>
    </message>
    <message>
        <source>The note is too long (at most 4,000 characters).</source>
        <translation>Anteckningen är för lång (högst 4 000 tecken).</translation>
    </message>
    <message>
        <source>The contact is not held by an agent.</source>
        <translation>Kontakten hålls inte av någon agent.</translation>
    </message>
    <message>
        <source>Give a whole number from 0 to %1.</source>
        <translation>Ange ett heltal från 0 till %1.</translation>
    </message>
    <message>
        <source>state must be new or acknowledged.</source>
        <translation>state måste vara new eller acknowledged.</translation>
    </message>
    <message>
        <source>Not a date and time that can be read; ask the citizen when it was.</source>
        <translation>Det går inte att läsa som datum och tid; fråga medborgaren när det var.</translation>
    </message>
    <message>
        <source>The date lies in the future; ask the citizen when it happened.</source>
        <translation>Datumet ligger i framtiden; fråga medborgaren när det hände.</translation>
    </message>
    <message>
        <source>externalId is missing: the e-service&apos;s own id of the submission.</source>
        <translation>externalId saknas: e-tjänstens eget id för inlämningen.</translation>
    </message>
    <message>
        <source>externalId is too long (at most %1 characters).</source>
        <translation>externalId är för långt (högst %1 tecken).</translation>
    </message>
    <message>
        <source>The citizen chose no category.</source>
        <translation>Medborgaren valde ingen kategori.</translation>
    </message>
    <message>
        <source>The offence code is no longer in use; choose the current one.</source>
        <translation>Brottskoden används inte längre; välj den som gäller nu.</translation>
    </message>
    <message>
        <source>The citizen gave no time; ask when it happened.</source>
        <translation>Medborgaren angav ingen tid; fråga när det hände.</translation>
    </message>
    <message>
        <source>The end lies before the start; ask the citizen which is right.</source>
        <translation>Sluttiden ligger före starttiden; fråga medborgaren vilken som stämmer.</translation>
    </message>
    <message>
        <source>The submission has no reporter.</source>
        <translation>Inlämningen saknar anmälare.</translation>
    </message>
    <message>
        <source>The submission has no report.</source>
        <translation>Inlämningen saknar anmälan.</translation>
    </message>
    <message>
        <source>Web report</source>
        <translation>Webbanmälan</translation>
    </message>
    <message>
        <source>The tip says nothing: &quot;what&quot; is missing.</source>
        <translation>Tipset säger ingenting: &quot;what&quot; saknas.</translation>
    </message>
    <message>
        <source>Say whether the tip is anonymous (true or false).</source>
        <translation>Ange om tipset är anonymt (true eller false).</translation>
    </message>
    <message>
        <source>A tip that is not anonymous needs the tipster&apos;s contact details.</source>
        <translation>Ett tips som inte är anonymt behöver tipsarens kontaktuppgifter.</translation>
    </message>
    <message>
        <source>A callback time belongs only to the disposition callback_booked.</source>
        <translation>En tid för återuppringning hör bara till avslutskoden callback_booked.</translation>
    </message>
    <message>
        <source>Give the time of the callback (callbackAt).</source>
        <translation>Ange tiden för återuppringningen (callbackAt).</translation>
    </message>
    <message>
        <source>callbackAt must be a time with offset, e.g. 2026-11-27T14:30:00Z.</source>
        <translation>callbackAt måste vara en tid med tidszon, t.ex. 2026-11-27T14:30:00Z.</translation>
    </message>
    <message>
        <source>The callback time has already passed.</source>
        <translation>Tiden för återuppringningen har redan passerat.</translation>
    </message>
    <message>
        <source>A callback can be booked at most %1 days ahead.</source>
        <translation>En återuppringning kan bokas högst %1 dagar framåt.</translation>
    </message>
    <message>
        <source>The callback note must be text.</source>
        <translation>Anteckningen till återuppringningen måste vara text.</translation>
    </message>
    <message>
        <source>The callback note is too long (at most %1 characters).</source>
        <translation>Anteckningen till återuppringningen är för lång (högst %1 tecken).</translation>
    </message>
    <message>
        <source>A tip is completed with tip_forwarded or no_action; it never becomes a report.</source>
        <translation>Ett tips avslutas med tip_forwarded eller no_action; det blir aldrig en anmälan.</translation>
    </message>
    <message>
        <source>Only a tip can be forwarded as a tip.</source>
        <translation>Bara ett tips kan vidarebefordras som tips.</translation>
    </message>
    <message>
        <source>A tip cannot be registered as a report.</source>
        <translation>Ett tips kan inte registreras som anmälan.</translation>
    </message>
    <message>
        <source>An area user needs a known police area (--police-area), one of: %1.</source>
        <translation>En användare med rollen area behöver ett känt polisområde (--police-area), ett av: %1.</translation>
    </message>
    <message>
        <source>Only an area user has a police area.</source>
        <translation>Bara en användare med rollen area har ett polisområde.</translation>
    </message>
    <message>
        <source>This externalId has already been used for another submission; a retry must send the same submission from the same account.</source>
        <translation>Detta externalId har redan använts för en annan inlämning. Ett nytt försök måste skicka samma inlämning från samma konto.</translation>
    </message>
</context>
<context>
    <name>kc::server::TrainingEngine</name>
    <message>
        <source>No such exercise run.</source>
        <translation>Det finns ingen sådan övningskörning.</translation>
    </message>
    <message>
        <source>Unknown scenario: %1.</source>
        <translation>Okänt scenario: %1.</translation>
    </message>
    <message>
        <source>The speed is 1, 2, 5 or 10.</source>
        <translation>Hastigheten är 1, 2, 5 eller 10.</translation>
    </message>
</context>
<context>
    <name>kc::server::training::Scenarios</name>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>inte giltig JSON (%1)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>måste vara en text som inte är tom</translation>
    </message>
    <message>
        <source>may hold only a–z, 0–9 and &apos;-&apos;</source>
        <translation>får bara innehålla a–z, 0–9 och &apos;-&apos;</translation>
    </message>
    <message>
        <source>must be a list of at least one contact</source>
        <translation>måste vara en lista med minst en kontakt</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>måste vara ett objekt</translation>
    </message>
    <message>
        <source>must be a whole number of seconds, 0 or more</source>
        <translation>måste vara ett helt antal sekunder, 0 eller fler</translation>
    </message>
    <message>
        <source>must not be earlier than the contact before</source>
        <translation>får inte vara tidigare än kontakten före</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>måste vara en av: %1</translation>
    </message>
    <message>
        <source>must be 1 (most urgent) to 5</source>
        <translation>måste vara 1 (mest brådskande) till 5</translation>
    </message>
    <message>
        <source>only Skatteverket&apos;s test personnummer may be used: %1</source>
        <translation>bara Skatteverkets testpersonnummer får användas: %1</translation>
    </message>
    <message>
        <source>must be a kommun in polisregion Väst</source>
        <translation>måste vara en kommun i polisregion Väst</translation>
    </message>
    <message>
        <source>is missing (the disposition is report_filed)</source>
        <translation>saknas (åtgärden är report_filed)</translation>
    </message>
    <message>
        <source>is not an offence code of the reference data</source>
        <translation>är ingen brottskod i referensdata</translation>
    </message>
    <message>
        <source>is not a kommun code of the reference data</source>
        <translation>är ingen kommunkod i referensdata</translation>
    </message>
    <message>
        <source>needs fromMinutesAgo ≥ toMinutesAgo ≥ 0 (minutes before the contact)</source>
        <translation>kräver fromMinutesAgo ≥ toMinutesAgo ≥ 0 (minuter före kontakten)</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>kan inte läsas</translation>
    </message>
    <message>
        <source>is used by another scenario too</source>
        <translation>används också av ett annat scenario</translation>
    </message>
    <message>
        <source>a contact is a web report or a tip, not both</source>
        <translation>en kontakt är en webbanmälan eller ett tips, inte båda</translation>
    </message>
    <message>
        <source>must be web for a web report or a tip</source>
        <translation>måste vara web för en webbanmälan eller ett tips</translation>
    </message>
</context>
<context>
    <name>kc::sync::ApiJob</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Servern svarade inte i tid.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified; the connection was refused. (%1)</source>
        <translation>Serverns certifikat kunde inte verifieras; anslutningen nekades. (%1)</translation>
    </message>
    <message>
        <source>The server sent an answer that is not valid JSON.</source>
        <translation>Servern skickade ett svar som inte är giltig JSON.</translation>
    </message>
    <message>
        <source>The server answered with error %1.</source>
        <translation>Servern svarade med fel %1.</translation>
    </message>
    <message>
        <source>The server sent the request on to another address; it was not followed. Check the server address.</source>
        <translation>Servern skickade vidare begäran till en annan adress; den följdes inte. Kontrollera serveradressen.</translation>
    </message>
    <message>
        <source>The server refuses the connection: it is not running at this address and port, or the address is wrong.</source>
        <translation>Servern tar inte emot anslutningen: den är inte igång på den här adressen och porten, eller så är adressen fel.</translation>
    </message>
    <message>
        <source>The server&apos;s name is not known on this network: check the address.</source>
        <translation>Serverns namn är okänt i det här nätverket: kontrollera adressen.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Servern går inte att nå.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read; trying again.</source>
        <translation>Serverns svar gick inte att läsa; försöker igen.</translation>
    </message>
</context>
<context>
    <name>kc::sync::ConnectionState</name>
    <message numerus="yes">
        <source>Connected – %n in the outbox</source>
        <translation>
            <numerusform>Ansluten – %n i utkorgen</numerusform>
            <numerusform>Ansluten – %n i utkorgen</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Ansluten</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Återansluter om %n s</numerusform>
            <numerusform>Återansluter om %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disconnected – %n in the outbox</source>
        <translation>
            <numerusform>Frånkopplad – %n i utkorgen</numerusform>
            <numerusform>Frånkopplad – %n i utkorgen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in again – nothing queued is lost</source>
        <translation>Logga in igen – inget i utkorgen går förlorat</translation>
    </message>
</context>
<context>
    <name>kc::sync::RestClient</name>
    <message>
        <source>Give the server address as https://host:port.</source>
        <translation>Ange serveradressen som https://värd:port.</translation>
    </message>
    <message>
        <source>Plain http:// is allowed only to this computer; use https://.</source>
        <translation>Okrypterad http:// tillåts bara till den här datorn; använd https://.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>CA-filen %1 innehåller inget PEM-certifikat.</translation>
    </message>
</context>
<context>
    <name>kc::sync::SyncEngine</name>
    <message>
        <source>The server sent a malformed change list.</source>
        <translation>Servern skickade en felaktig ändringslista.</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again; nothing you queued is lost.</source>
        <translation>Sessionen har gått ut. Logga in igen; inget som väntar på att skickas går förlorat.</translation>
    </message>
    <message>
        <source>The changes could not be saved on this computer.</source>
        <translation>Ändringarna kunde inte sparas på den här datorn.</translation>
    </message>
    <message>
        <source>A change from the server could not be applied; it will be fetched again.</source>
        <translation>En ändring från servern kunde inte sparas; den hämtas igen.</translation>
    </message>
    <message>
        <source>The server sent an event that is too large; reconnecting.</source>
        <translation>Servern skickade en för stor händelse; ansluter igen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Accept the selected contact (in the queue)</source>
        <translation>Ta emot vald kontakt (i kön)</translation>
    </message>
    <message>
        <source>Add / remove a row (stolen goods table)</source>
        <translation>Lägg till / ta bort rad (stöldgods)</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>Nästa / föregående fält</translation>
    </message>
    <message>
        <source>Training mode could not start: %1</source>
        <translation>Övningsläget kunde inte starta: %1</translation>
    </message>
    <message>
        <source>kontaktcenter: no display to show the window on (DISPLAY and WAYLAND_DISPLAY are empty). Start it in a desktop session, or see --help.
</source>
        <translation>kontaktcenter: ingen skärm att visa fönstret på (DISPLAY och WAYLAND_DISPLAY är tomma). Starta programmet i en skrivbordssession, eller se --help.
</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>okänd flagga &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>oväntat argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>kontaktcenter: %1
See: kontaktcenter --help
</source>
        <translation>kontaktcenter: %1
Se: kontaktcenter --help
</translation>
    </message>
    <message>
        <source>--lang, --role and --server each need a value</source>
        <translation>--lang, --role och --server behöver var sitt värde</translation>
    </message>
    <message>
        <source>--role and --server belong to training mode: add --demo</source>
        <translation>--role och --server hör till övningsläget: lägg till --demo</translation>
    </message>
    <message>
        <source>Trainees on this computer join with: kontaktcenter --demo --server %1 (user ovning1 … ovning12, password %2)</source>
        <translation>Elever på den här datorn ansluter med: kontaktcenter --demo --server %1 (användare ovning1 … ovning12, lösenord %2)</translation>
    </message>
    <message>
        <source>The demo traffic could not start: %1</source>
        <translation>Demotrafiken kunde inte starta: %1</translation>
    </message>
    <message>
        <source>Usage: kontaktcenter [options]

The workstation of the Swedish Police contact centre: take incoming contacts and file
police reports. Without options it asks you to sign in (server address, username,
password).

Options:
  --demo          Training mode (ÖVNINGSLÄGE): a built-in server with made-up data,
                  signed in at once after choosing a role. Nothing reaches a real server.
  --role ROLE     With --demo: agent, supervisor, trainer or area (Polisområde
                  Skaraborg&apos;s desk), instead of the role picker.
  --server URL    With --demo: join a classroom&apos;s training server
                  (kontaktcenter-server --demo) and sign in as ovning1…ovning12.
  --lang CODE     Language of the user interface: sv (default) or en.
  -h, --help      Show this help and exit.
  --version       Show the version and exit.

Qt&apos;s own options (for example -platform offscreen, -style Fusion) are accepted too.

Files:
  ~/.config/Polisen/kontaktcenter.conf     settings (server address, username,
                                           language, queue columns); never a password
  ~/.local/share/Polisen/kontaktcenter/    the local store: drafts and the outbox
The session token is kept in the desktop&apos;s keyring, never in a file.
</source>
        <translation>Användning: kontaktcenter [flaggor]

Arbetsplatsen för Polisens kontaktcenter: ta emot kontakter och registrera
polisanmälningar. Utan flaggor visas inloggningen (serveradress, användarnamn,
lösenord).

Flaggor:
  --demo          Övningsläge (ÖVNINGSLÄGE): en inbyggd server med påhittade uppgifter,
                  inloggad direkt efter val av roll. Inget når en riktig server.
  --role ROLL     Med --demo: agent, supervisor, trainer eller area (Polisområde
                  Skaraborgs mottagning), i stället för rollvalet.
  --server URL    Med --demo: anslut till en övningsklass server
                  (kontaktcenter-server --demo) och logga in som ovning1…ovning12.
  --lang KOD      Språk i gränssnittet: sv (standard) eller en.
  -h, --help      Visa den här hjälpen och avsluta.
  --version       Visa versionen och avsluta.

Qt:s egna flaggor (till exempel -platform offscreen, -style Fusion) tas också emot.

Filer:
  ~/.config/Polisen/kontaktcenter.conf     inställningar (serveradress, användarnamn,
                                           språk, kökolumner); aldrig ett lösenord
  ~/.local/share/Polisen/kontaktcenter/    det lokala lagret: utkast och utkorgen
Sessionens nyckel sparas i skrivbordets nyckelring, aldrig i en fil.
</translation>
    </message>
    <message>
        <source>--role must be agent, supervisor, trainer or area</source>
        <translation>--role måste vara agent, supervisor, trainer eller area</translation>
    </message>
</context>
</TS>
