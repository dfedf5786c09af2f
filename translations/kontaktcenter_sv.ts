<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
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
            <source>Change your state (Ctrl+Shift+S)</source>
            <translation>Ändra din status (Ctrl+Skift+S)</translation>
        </message>
        <message>
            <source>Change state…</source>
            <translation>Ändra status …</translation>
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
            <source>Not ready</source>
            <translation>Ej redo</translation>
        </message>
        <message>
            <source>Busy</source>
            <translation>Upptagen</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Ej aktiv</translation>
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
            <source>Priority %1 (1 = most urgent)</source>
            <translation>Prioritet %1 (1 = mest brådskande)</translation>
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
            <source>Subject</source>
            <translation>Ärende</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioritet</translation>
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
            <source>Offence &amp;codes</source>
            <translation>&amp;Brottskoder</translation>
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
            <source>&amp;Municipalities</source>
            <translation>&amp;Kommuner</translation>
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
            <source>Check &amp;personnummer:</source>
            <translation>Kontrollera &amp;personnummer:</translation>
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
            <source>Wrong check digit: the last digit should be %1, not %2.</source>
            <translation>Fel kontrollsiffra: sista siffran ska vara %1, inte %2.</translation>
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
            <source>Filter: name, number, subject… (Ctrl+F)</source>
            <translation>Filtrera: namn, nummer, ärende … (Ctrl+F)</translation>
        </message>
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
        <message>
            <source>&amp;Accept</source>
            <translation>&amp;Ta emot</translation>
        </message>
        <message>
            <source>Accept the selected contact (Enter); Ctrl+Return takes the next one</source>
            <translation>Ta emot den markerade kontakten (Enter); Ctrl+Retur tar nästa</translation>
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
        <name>kc::ReferenceListModel</name>
        <message>
            <source>%1 – code not yet checked against Brå's current list</source>
            <translation>%1 – koden är ännu inte kontrollerad mot Brås aktuella lista</translation>
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
        <name>kc::TrainingBanner</name>
        <message>
            <source>TRAINING MODE – synthetic data, no real cases</source>
            <translation>ÖVNINGSLÄGE – påhittade uppgifter, inga riktiga ärenden</translation>
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
            <source>Give the caller's name, phone number or e-mail address.</source>
            <translation>Ange den inringandes namn, telefonnummer eller e-postadress.</translation>
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
    </context>
    <context>
        <name>kc::WaitingTimeProxyModel</name>
        <message>
            <source>Waiting</source>
            <translation>Väntetid</translation>
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
    </context>
    <context>
        <name>kc::json</name>
        <message>
            <source>text</source>
            <extracomment>A kind of JSON value, completing "%1 must be %2, not %3." (so are the next seven)</extracomment>
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
            <extracomment>%1 is a field path, %2 and %3 are kinds of value such as "text" or "a whole number"</extracomment>
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
            <extracomment>%1 is Qt's description of the problem, %2 a byte offset counted from 0</extracomment>
            <translation>Texten är inte giltig JSON: %1 (vid byte %2).</translation>
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
            <source>Route without handler.</source>
            <translation>Vägen saknar hanterare.</translation>
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
            <source>Send If-Match with the version you edited, so nobody's change is overwritten.</source>
            <translation>Skicka If-Match med versionen du ändrade, så att ingens ändring skrivs över.</translation>
        </message>
        <message>
            <source>If-Match must name a version, e.g. "3".</source>
            <translation>If-Match ska ange en version, t.ex. "3".</translation>
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
            <source>A user with that username already exists.</source>
            <translation>Det finns redan en användare med det användarnamnet.</translation>
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
            <source>Too many failed sign-ins for this user. Wait 15 minutes or ask a supervisor.</source>
            <translation>För många misslyckade inloggningar för användaren. Vänta 15 minuter eller kontakta en arbetsledare.</translation>
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
            <translation>Bara den som tog emot kontakten kan avsluta den.</translation>
        </message>
        <message>
            <source>The contact is already completed.</source>
            <translation>Kontakten är redan avslutad.</translation>
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
            <source>Write the supplementary information.</source>
            <translation>Skriv tilläggsuppgiften.</translation>
        </message>
        <message>
            <source>Search by personnummer, phone number, case number or text.</source>
            <translation>Sök på personnummer, telefonnummer, ärendenummer eller text.</translation>
        </message>
        <message>
            <source>Give at least one word to search for.</source>
            <translation>Ange minst ett ord att söka efter.</translation>
        </message>
    </context>
    <context>
        <name>kc::sync::ApiJob</name>
        <message>
            <source>The server did not answer in time.</source>
            <translation>Servern svarade inte i tid.</translation>
        </message>
        <message>
            <source>The server's certificate could not be verified; the connection was refused. (%1)</source>
            <translation>Serverns certifikat kunde inte verifieras; anslutningen nekades. (%1)</translation>
        </message>
        <message>
            <source>The server cannot be reached. (%1)</source>
            <translation>Servern går inte att nå. (%1)</translation>
        </message>
        <message>
            <source>The server sent an answer that is not valid JSON.</source>
            <translation>Servern skickade ett svar som inte är giltig JSON.</translation>
        </message>
        <message>
            <source>The server answered with error %1.</source>
            <translation>Servern svarade med fel %1.</translation>
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
    </context>
</TS>
