<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>kc::AgentStateWidget</name>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your state (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change state…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::CaseNumber</name>
    <message>
        <source>The case number is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case number is written RRRR-K&lt;number&gt;-YY, e.g. 1400-K1276-26.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region prefix of a case number has four digits and does not start with 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial number of a case number does not start with 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial number of a case number must be between 1 and 999999999.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::ContactQueueModel</name>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority %1 (1 = most urgent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::LocalStore</name>
    <message>
        <source>%1 is not a Kontaktcenter local store: it is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the local store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Kontaktcenter local store: it holds other data. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store %1 is damaged: it has no valid schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store %1 has schema version %2, written by a newer version of Kontaktcenter; this version knows schema versions up to %3. Update Kontaktcenter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the local store %1 to schema version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the local store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite refused WAL mode for the local store %1 (is it on a network file system?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store %1 is damaged: the table %2 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::LookupPanel</name>
    <message>
        <source>Search offence type or code, e.g. cykel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence &amp;codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search municipality or code, e.g. Skara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYYMMDD-NNNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnummer to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;personnummer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the personnummer check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid samordningsnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid personnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: born %3, %4, %5 years old.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::MainWindow</name>
    <message>
        <source>Kontaktcenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kontaktcenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode: nothing here reaches a real database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Kontaktcenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Kontaktcenter %1&lt;/b&gt;&lt;p&gt;Workstation of the Swedish Police contact centre (114 14 and the polisen.se e-services).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::Personnummer</name>
    <message numerus="yes">
        <source>The personnummer has %n digit(s); it must have 10 or 12 (YYMMDD-NNNN or YYYYMMDD-NNNN).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The personnummer is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personnummer may contain only digits and a - or + before the last four digits (YYMMDD-NNNN or YYYYMMDD-NNNN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A + separator is used only in the 10-digit form (YYMMDD+NNNN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid date: there is no month %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid date: %1-%2 has no day %3 (a samordningsnummer adds 60 to the day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid date: %1-%2 has no day %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth %1 lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong check digit: the last digit should be %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::PhoneNumber</name>
    <message>
        <source>The phone number is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number may contain only digits, spaces, -, ( ) and a leading +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An international number has 7 to 15 digits after the +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Swedish number starts with 0 (e.g. 070… or 031…) or with +46.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area code is missing or wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number has 10 digits (07X-XXX XX XX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Swedish landline number has 8 to 10 digits including the area code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::PostalCode</name>
    <message>
        <source>The postal code is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postal code has five digits, written NNN NN (e.g. 413 19).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish postal codes never start with 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::QueuePanel</name>
    <message>
        <source>Filter: name, number, subject… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the incoming contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message about the last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the selected contact (Enter); Ctrl+Return takes the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Incoming contacts (%n waiting)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No contact is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::ReferenceData</name>
    <message>
        <source>Cannot read the reference data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference data file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference data file lacks the column %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number of columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid or duplicate county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid or duplicate municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid or duplicate offence code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::ReferenceListModel</name>
    <message>
        <source>%1 – code not yet checked against Brå&apos;s current list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::TimeRange</name>
    <message>
        <source>The start of the event time is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of the event time lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the event time is not a valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the event time lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the event time is before its start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::TrainingBanner</name>
    <message>
        <source>TRAINING MODE – synthetic data, no real cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::Validation</name>
    <message>
        <source>Unknown municipality code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address is not valid (name@example.se).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority must be between 1 (most urgent) and 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the caller&apos;s name, phone number or e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an offence type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown offence code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the municipality where it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the injured party, or mark them as the reporter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A known suspect needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe an unknown suspect (signalement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the stolen item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::WaitingTimeProxyModel</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::Workstation</name>
    <message>
        <source>You accepted the contact from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – queues: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::cli::Cli</name>
    <message>
        <source>Not signed in. Run: kontaktcenter-cli login SERVER_URL USERNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRIO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUEUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAITED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CALLER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts are waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: showing the contacts saved on this computer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted contact %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object (error at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not queued; correct the fields above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report waits in the outbox and is sent at the next sync (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still wait in the outbox.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Some items need attention; see: kontaktcenter-cli outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is sent and up to date.</source>
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
        <source>No cases found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::json</name>
    <message>
        <source>text</source>
        <extracomment>A kind of JSON value, completing &quot;%1 must be %2, not %3.&quot; (so are the next seven)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number with decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document</source>
        <extracomment>Subject of an error sentence when the whole JSON document (not one field) is wrong.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <extracomment>%1 is a field path such as reporter.name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be %2, not %3.</source>
        <extracomment>%1 is a field path, %2 and %3 are kinds of value such as &quot;text&quot; or &quot;a whole number&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <extracomment>%1 is a field path, %2 the allowed values separated by commas (they stay in English)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <extracomment>%1 is a field path, %2 and %3 the smallest and largest allowed number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date and time with a UTC offset, such as 2026-11-27T20:15:00Z or 2026-11-27T21:15:00+01:00.</source>
        <extracomment>%1 is a field path; the examples are the format itself and must stay as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not valid JSON: %1 (at byte %2).</source>
        <extracomment>%1 is Qt&apos;s description of the problem, %2 a byte offset counted from 0</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::server::ApiServer</name>
    <message>
        <source>No such resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not bind the HTTP server to the socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This method is not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is larger than 1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request as application/json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again; nothing you queued is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in is not valid. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a disposition: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route without handler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Idempotency-Key header is missing; it protects against filing twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Idempotency-Key is too long (at most 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request with this Idempotency-Key is still being processed. Try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Idempotency-Key was already used for a different request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give username and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state must be ready, not_ready or wrap_up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send If-Match with the version you edited, so nobody&apos;s change is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If-Match must name a version, e.g. &quot;3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since must be a cursor from an earlier answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since must be a time with offset, e.g. 2026-11-27T00:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not valid JSON (the error is at byte %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::server::Store</name>
    <message>
        <source>There is no such item, or you may not see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields need correcting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not complete the request. Nothing was saved; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user needs a username and a display name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user with that username already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds production data; a demo server must not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds demo data; a production server must not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins for this user. Wait 15 minutes or ask a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why you are not ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague has already taken this contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is no longer waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the agent who took the contact can complete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is already completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is no longer waiting; it cannot be abandoned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact does not exist or is not yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was changed by someone else meanwhile. Reload it and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the supplementary information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by personnummer, phone number, case number or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one word to search for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::sync::ApiJob</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified; the connection was refused. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer that is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with error %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::sync::ConnectionState</name>
    <message numerus="yes">
        <source>Connected – %n in the outbox</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disconnected – %n in the outbox</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in again – nothing queued is lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::sync::RestClient</name>
    <message>
        <source>Give the server address as https://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is allowed only to this computer; use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::sync::SyncEngine</name>
    <message>
        <source>The server sent a malformed change list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again; nothing you queued is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes could not be saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
