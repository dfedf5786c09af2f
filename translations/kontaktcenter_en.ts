<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Ctrl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Num</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PgUp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PgDown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>Change your state (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for the next contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::AgentTreeModel</name>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled today</source>
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
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– holds a contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::AreaDesk</name>
    <message>
        <source>Acknowledge receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be acknowledged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 acknowledged as received.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::AreaView</name>
    <message>
        <source>Reports handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports handed over to the police area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge receipt (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirms that the police area has received the chosen report; the contact centre sees it in the case history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports handed over to %1</source>
        <extracomment>%1 &quot;Polisområde Skaraborg&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reports handed over yet.</source>
        <extracomment>%n new (not yet acknowledged) of %1 reports</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New report handed over. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new of %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kc::CallerScriptPanel</name>
    <message>
        <source>What the caller says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you take an exercise contact, what the caller says is shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;caller says</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::CaseHistoryDesk</name>
    <message>
        <source>Showing the copy on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::CaseHistoryModel</name>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to 112</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to another agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n supplement(s)</source>
        <translation>
            <numerusform>%n supplement</numerusform>
            <numerusform>%n supplements</numerusform>
        </translation>
    </message>
    <message>
        <source>Reported by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact of case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number; for a contact its channel and queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case / contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence; for a contact its subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence / subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened; for a contact when it came in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality of the crime scene; for a contact the agent who took it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place / agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the report; for a contact its state and disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>articles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact without a report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded to the police area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned to a police area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned to a police area (%1)</source>
        <extracomment>%1 &quot;Polisregion Väst&quot;: the report&apos;s kommun has no confirmed police area</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by %1 %2</source>
        <extracomment>%1 &quot;Polisområde Skaraborg&quot;, %2 date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over to %1</source>
        <extracomment>%1 &quot;Polisområde Skaraborg&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::CaseHistoryPanel</name>
    <message>
        <source>personnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnummer, phone, case number or words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the case history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the search text is; Automatic recognises it as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised kind of search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the cases and contacts as one list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message about the case history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a personnummer, phone number, case number or words to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No caller to search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the case history (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases, newest first, each with its contacts; %1 opens the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) without a report</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown, more available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report was filed for this contact; its row shows what was done.</source>
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
    <name>kc::CitizenReportPanel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurred from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injured party is the reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (SEK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injured party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stolen item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen&apos;s report (original)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen&apos;s report as submitted, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted %1 via polisen.se</source>
        <extracomment>When the citizen sent the report through polisen.se; %1 date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-service reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) marked in the form.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::ColumnsDialog</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the incoming contacts: Space shows or hides, Alt+Up/Alt+Down moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::CompletionDialog</name>
    <message>
        <source>Complete contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report was submitted for this contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact has a report draft that was never registered. Register it first (%1, then %2), or choose a disposition to complete anyway: the draft is then deleted.</source>
        <extracomment>%1 the key that closes this dialog (Esc), %2 the key of &quot;Register the report&quot; (F9)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge articles used (recorded on the contact):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge articles used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2026-12-07 10:00 or today 15:30</source>
        <extracomment>An example of how to write the callback time; keep the date format</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the contact with %1. Choose a disposition (1–%2), then %3.</source>
        <extracomment>%1 the contact, %2 the highest digit (2 or 6), %3 the key that confirms (Retur)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tip is forwarded to the police area or closed without action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter when to call back, e.g. 2026-12-07 10:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback time has already passed. Choose a time later than now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A callback can be booked at most %1 days ahead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::ConnectionBanner</name>
    <message>
        <source>Connection to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n other change(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>nothing you type is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Disconnected – %1. Reconnecting in %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnected – %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended – sign in again. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::ContactDesk</name>
    <message>
        <source>%1 Keep this window open; saving is retried with your next change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report registered – case number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report queued – provisional reference %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report queued as %1; the case number follows when the server has it. You can complete the contact now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1 needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact completed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact is no longer assigned to you. What you typed is kept as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corrected report could not be queued on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have an open phone call with %1. Complete it before you take another contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have an open contact (%1, %2). Complete it before you take another contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report registered with case number %1. Complete the contact with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept report %1: %2
Correct the report and register it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tip is not registered as a report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::ContactPane</name>
    <message>
        <source>unknown caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch open contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your open contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between your open contacts (%1); each keeps its draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete contact… (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for the next contact (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a contact to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open contacts (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waited %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority %1 (1 = most urgent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up.

Finish your notes, then %1 (Ready) to receive contacts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact open. Your state: %1.

%2 makes you Ready; %3 takes the next contact in the queue, Enter on a row takes that one.
%4 lists every shortcut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact open.

%1 takes the next contact in the queue; Enter on a row takes that one.
%2 lists every shortcut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback booked for %1</source>
        <extracomment>%1 the booked time; a callback&apos;s header line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <extracomment>%1 the note written when the callback was booked</extracomment>
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
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority %1 (1 = most urgent): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback – %1</source>
        <extracomment>A callback contact in the queue: %1 what the caller&apos;s errand is about</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::DraftWriter</name>
    <message>
        <source>The draft could not be saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::HandoffModel</name>
    <message>
        <source>Police area %1</source>
        <extracomment>%1 the police area&apos;s name, &quot;Skaraborg&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>A report handed over to the police area, not yet acknowledged there</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1</source>
        <extracomment>%1 date and time, &quot;2026-12-06 10:42&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3, handed over %4, %5</source>
        <extracomment>The whole row for a screen reader: case number, offence, kommun, handed over when, state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::HandoverDesk</name>
    <message>
        <source>Open contact at sign-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact from %1 is still open. Hand it over to a colleague with a note, or complete it before you sign out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note for the colleague:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact could not be handed over: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::IntervalChart</name>
    <message>
        <source>Arrived per 15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered per 15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day (hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today in charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::KeyNames</name>
    <message>
        <source>%1 … %2</source>
        <extracomment>A range of keys in a list of shortcuts: %1 the first, %2 the last (&quot;Alt+1 … Alt+9&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::KnowledgeDesk</name>
    <message>
        <source>The article &quot;%1&quot; is saved (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::KnowledgeEditDialog</name>
    <message>
        <source>New article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before quoting (the facts change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short &amp;answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refer to (name; phone; web, one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::KnowledgePanel</name>
    <message>
        <source>&amp;Search the knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. lost passport, found property, copy of report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: searching the last synced copy of the knowledge base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: this is the last synced copy of the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before quoting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facts of this article change (numbers, fees, opening hours): check the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
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
    <message>
        <source>Old data could not be removed: %1</source>
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
        <source>Search municipality or code, e.g. Skara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipalities</source>
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
    <message>
        <source>Offence codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check personnummer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up offence codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a personnummer</source>
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
    <message>
        <source>Lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::NewContactAnnouncer</name>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new contacts</source>
        <translation>
            <numerusform>%n new contact</numerusform>
            <numerusform>%n new contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback: %1</source>
        <extracomment>%1 &quot;Telefon – anmalan&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::OffenceGuide</name>
    <message>
        <source>The offence guide names an unknown or ended offence code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid age range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid answer in the offence guide.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::OffenceGuidePanel</name>
    <message>
        <source>Injured party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to the offender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet-related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt or completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against an elderly or disabled person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woman or girl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Man or boy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner or former partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family or relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquaintance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stranger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indoors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdoors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the personnummer, or ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– not answered –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what happened, or search the Brå code directly below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brå code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brå code from the answers: %1. The code chosen below differs (changed by hand).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to find the Brå code: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brå has no code for this combination: search the code below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened? e.g. olaga hot, inbrott; %1/%2 chooses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::PersonBlock</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYYMMDD-NNNN or samordningsnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnummer problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 070-123 45 67</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NNN NN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter needed (language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no interpreter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::Personnummer</name>
    <message numerus="yes">
        <source>The personnummer has %n digit(s); it must have 10 or 12 (YYMMDD-NNNN or YYYYMMDD-NNNN).</source>
        <translation>
            <numerusform>The personnummer has %n digit; it must have 10 or 12 (YYMMDD-NNNN or YYYYMMDD-NNNN).</numerusform>
            <numerusform>The personnummer has %n digits; it must have 10 or 12 (YYMMDD-NNNN or YYYYMMDD-NNNN).</numerusform>
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
        <source>The date of birth %1 lies in the future. Someone who turns 100 this year is written with + (YYMMDD+NNNN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number does not add up: the check digit does not match. Ask the caller to repeat the whole number.</source>
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
    <message numerus="yes">
        <source>Incoming contacts (%n waiting)</source>
        <translation>
            <numerusform>Incoming contacts (%n waiting)</numerusform>
            <numerusform>Incoming contacts (%n waiting)</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the next contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose and order the columns of this table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: name, number, errand, queue… (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the selected contact (%1); %2 takes the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes the next contact when you are not in a text field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the message above the queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::QueueStatsModel</name>
    <message>
        <source>%1 % (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>near limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average handling time</source>
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
    <name>kc::ReferencePicker</name>
    <message>
        <source>Nothing chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::ReportForm</name>
    <message>
        <source>To fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injured party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene of crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NNN NN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of the place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. bicycle stand outside the travel centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How caused, visible, lasting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stolen goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stolen goods, row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An entry of the &quot;To fix&quot; list: %1 where (section or row), %2 the problem</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <extracomment>An entry of the &quot;To fix&quot; list: %1 where (section or row), %2 the field, %3 the problem</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no date %1-%2-%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no time of day %1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brå code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every code in use, or change the derived one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search, e.g. cykel; %1/%2 chooses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As YYYY-MM-DD HH:MM, a date alone, &quot;i dag 14:30&quot; or &quot;i går 22:00&quot;; To only if known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search, e.g. Skara; %1/%2 chooses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the report (%1)</source>
        <extracomment>The button that sends the report for registration; %1 its key (F9)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks once more: %1 registers, %2 goes back. Registration cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is saved automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the report? It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = Register, %2 = Back</source>
        <extracomment>The keys of the registration question: %1 Enter (confirm), %2 Esc (back)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix. First: %1</source>
        <extracomment>Read aloud when the &quot;To fix&quot; list appears: %n problems, %1 the first of them</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Write the time as YYYY-MM-DD HH:MM, or YYYY-MM-DD, &quot;i dag 14:30&quot; or &quot;i går 22:00&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::ReportView</name>
    <message>
        <source>None given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New supplementary information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New supplementary information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message about the supplementary information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the supplementary information first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplementary information waits to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report (no case number yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unknown code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene of the crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of the place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injured party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stolen goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (items without a value not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplementary information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 adds it to the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the caller adds to the report… (%1 adds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add supplementary information (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the text to the report through the outbox (%1 in the field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplementary information you typed is not added yet. %1 adds it; close again to discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web report via polisen.se (%1); the citizen&apos;s original is attached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::RolePicker</name>
    <message>
        <source>Kontaktcenter – choose a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1  Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take contacts from the queue and file reports, as ovning1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2  Gruppchef (supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the queues and the agents, as gruppchef.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3  Utbildare (trainer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run scenarios, inject contacts and see the trainees&apos; scores, as utbildare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who do you want to practise as? Choose with the arrow keys and Enter, or press 1, 2, 3 or 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;4  Polisområde Skaraborg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive the reports handed over to the police area and acknowledge them, as skaraborg.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::ScheduledCallbacksModel</name>
    <message>
        <source>Call back at</source>
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
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::ServerCommand</name>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of this program&apos;s messages: sv (default) or en. The service answers its clients in Swedish either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and port to serve on (default 127.0.0.1:8080).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqlite:/path/file.db or postgresql://user@host:port/db (the password from PGPASSWORD or the file named by KC_DB_PASSWORD_FILE). Default: kontaktcenter.db in the user&apos;s data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region prefix of case numbers, four digits (default 1400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level: answered within this many seconds (default 60). With queue add or queue edit: that queue&apos;s own threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session lifetime in hours (default 12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode: a database of synthetic data only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve plain HTTP on an address other than loopback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificate (chain) for HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM private key for HTTPS (RSA or EC, unencrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user add, queue add, queue edit: the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user add: the user&apos;s queues, comma-separated; each must exist (queue list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>q1,q2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user add: the name colleagues see (default: the username).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue add, queue edit: the queue&apos;s display name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PBKDF2 iterations for new passwords (default 600000, OWASP&apos;s figure; never lower in production). Older hashes are upgraded at sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reverse proxy whose X-Forwarded-For names the client (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days the change feed is kept (default 30); a client offline longer loads everything again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event streams one user may hold open at once (default 4; more: 429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit codes: 0 done, 1 refused (the message says why) or the database failed, 2 wrong command line.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number, at least %2 (not &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database could not complete the command; nothing was changed. Details: run again with QT_LOGGING_RULES=kc.server.db.warning=true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be one of %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user needs a command: add, list, disable, enable or passwd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command: user %1 (add, list, disable, enable, passwd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 needs a USERNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no user %1 (see: user list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the server&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue needs a command: add, edit or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command: queue %1 (add, edit, list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue %1 needs an ID, such as anmalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue add needs --name, the queue&apos;s display name (e.g. --name &quot;Anmälan&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--case-prefix must be four digits, such as 1400 (not &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--trusted-proxy wants an IP address, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-cert: cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-key: cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-cert is not a valid PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-key is not a valid PEM private key (RSA or EC, unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen wants host:port, e.g. 127.0.0.1:8080 (not &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-key needs --tls-cert as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-cert needs --tls-key as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen %1: plain HTTP only on loopback; give --tls-cert and --tls-key, or --allow-plain-http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen %1: cannot listen there (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 listening on %2 (%3, demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 listening on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be sv or en, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command %1 (user, queue); see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo: a classroom. Adds utbildare (trainer), gruppchef (supervisor) and ovning1 to ovning12 (agents) with this password (at least 10 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-password needs --demo: classroom accounts only on a demo server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom ready. Trainees start: kontaktcenter --demo --server %1
and sign in as ovning1 … ovning%2; the trainer as utbildare, the supervisor as gruppchef, all with the password given by --demo-password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user add: the role, agent|supervisor|trainer|intake|area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user add --role area: the police area (polisområde) the user receives reports for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user add needs --role agent|supervisor|trainer|intake|area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown police area &quot;%1&quot;; the known ones are:
  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user add --role area needs --police-area NAME, one of:
  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--police-area belongs only to --role area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>police area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the port of --listen with other server processes on this host (SO_REUSEPORT; the kernel spreads new connections over them). PostgreSQL only, not with --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve with n processes on the port of --listen (default 1): this one and n-1 copies that it starts and stops, all with --reuse-port. One per core. PostgreSQL only, not with --demo.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance %1 (process %2) ended with exit code %3; stopping all instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--instances: cannot start another instance (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not on a demo server; its exercise runs live in one process&apos;s memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs PostgreSQL (--database postgresql://…): several processes cannot share an SQLite database&apos;s events and writes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::ServerFence</name>
    <message>
        <source>This is a real server, not a training server. In training mode (--demo) the workstation only connects to a training server (kontaktcenter-server --demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a training server with made-up data. Start the workstation in training mode (kontaktcenter --demo --server ADDRESS) to practise; real work is never done there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::ShortcutHelp</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In lists and forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2 closes this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Take a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Fill in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Register the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Complete the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Your state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::SignInDialog</name>
    <message>
        <source>Give the server address as https://host or https://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is allowed only to this computer (localhost); use https:// for a server on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Wait a while before you try again, or ask a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not sign you in right now (error %1). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in failed (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in – Kontaktcenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address is missing.</source>
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
</context>
<context>
    <name>kc::StolenItemsEditor</name>
    <message>
        <source>Stolen goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row of stolen goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the current row of stolen goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 kr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::StolenItemsModel</name>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial no./IMEI/frame no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (kr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the value in whole kronor, e.g. 12 499.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::SupervisorDesk</name>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is back in its queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: longest wait over %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: service level %2 % below target %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 waiting, more than %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(recovered %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: a booked callback is %n min late</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: callback to %2 is %n min late</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Alert while disconnected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered while disconnected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::SupervisorView</name>
    <message>
        <source>Alert thresholds – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Longest wait above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service level below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting contacts of the selected queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to another queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the agent&apos;s contact to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert thresholds of the queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today in c&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unusually long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents serving the selected queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked callbacks of the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents on the selected &amp;queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Booked callbacks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::SuspectRow</name>
    <message>
        <source>Identity known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex, age, height, build, clothes, language, escape route …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove suspect</source>
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
    <name>kc::TipView</name>
    <message>
        <source>Tip</source>
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
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How known</source>
        <extracomment>How the tipster knows what they tell</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-service reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <extracomment>The tipster chose not to give contact details</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tip is not registered as a report. Forward it to the police area or close it without action: complete the contact (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::TitleFence</name>
    <message>
        <source>(training)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::TraineeDesk</name>
    <message>
        <source>Exercise contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::TrainerDesk</name>
    <message>
        <source>Extra contact from the trainer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::TrainerPanel</name>
    <message>
        <source>&amp;Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;peed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inject a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercise running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Trainees&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainees&apos; results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the session summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stolen goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report (none was right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n contact(s), %2 min)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rese&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, scenario clock %3, speed ×%4, %n contact(s) in the queues</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything right</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n contact(s), average %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Exercise</source>
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
    <name>kc::TrainingFeedbackDialog</name>
    <message>
        <source>Feedback on the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller waited %1 s; you handled the contact in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ not right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The lesson:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 of 100: everything right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 of 100. Not right: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::Urgency</name>
    <message>
        <source>Acute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
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
    <message>
        <source>The offence code %1 ended in %2 and cannot be used for a new report. Choose a code in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 rows (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the supplementary information.</source>
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
    <name>kc::WaitingTreeModel</name>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::WitnessRow</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 070-123 45 67</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove witness</source>
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
    <message>
        <source>Search the case history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over with the note: %1</source>
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
        <translation>
            <numerusform>%n item still waits in the outbox.</numerusform>
            <numerusform>%n items still wait in the outbox.</numerusform>
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
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>No cases found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact %1 in the queue %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already received: contact %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) for the agent to check:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be sv or en, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the messages: sv (default) or en; also KC_LANG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the local store lives (default: the user&apos;s data directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output (queue, outbox, history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust only this CA (PEM) for HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow http:// to other hosts than this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See: kontaktcenter-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login needs SERVER_URL and USERNAME; the password comes on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept needs one CONTACT_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history needs one QUERY (quote words: history &quot;olaga hot&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs: report submit FILE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no arguments.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intake needs: intake web-report FILE.json or intake tip FILE.json</source>
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
    <name>kc::knowledge</name>
    <message>
        <source>Must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The short answer is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone %1</source>
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
    <message>
        <source>The username is too long (at most 64 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too long (at most 1,024 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many sign-ins at once. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many open event streams for this user (at most %1). Close one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knowledgeArticleIds must be a list of article ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises exist only on a demo server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact is not part of an exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note for the colleague who takes over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date must be a day, e.g. 2026-11-27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reports as a list &quot;items&quot; of 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each item needs a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report has no idempotencyKey; it protects against filing twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::server::Database</name>
    <message>
        <source>sqlite: needs a file path, e.g. sqlite:/var/lib/kontaktcenter/kc.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL URL must look like postgresql://user@host:port/dbname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put the password in the URL (it shows in the process list); use PGPASSWORD or KC_DB_PASSWORD_FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown database URL; use sqlite:/path/file.db or postgresql://user@host:port/db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQL driver for %1 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite refused WAL mode for %1 (a network file system?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no schema version; it was not made by kontaktcenter-server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds other tables; give kontaktcenter-server its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has schema version %1, written by a newer kontaktcenter-server; this one knows up to %2. Upgrade the server.</source>
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
        <source>This database holds production data; a demo server must not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds demo data; a production server must not use it.</source>
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
        <source>Search by personnummer, phone number, case number or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one word to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins for this user. Wait or ask a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins for this user from this computer. Wait or ask a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not filed for this contact; choose the contact&apos;s own report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is already linked to another report; the link is not replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set by the server and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the agent who filed the report and the supervisors of that agent&apos;s team may change it. Add a supplement instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has fewer changes than this computer has seen (a restored database?). Load everything again from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes since this computer was last connected are no longer kept. Load everything again from the start.</source>
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
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s personnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s address</source>
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
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown queue: %1. Queues that exist: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A queue id is 1 to 32 lower-case letters a–z, digits, - or _, such as anmalan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue needs a display name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service-level threshold must be at least 1 second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report can only be linked to a contact you have accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article id is lower-case letters a–z, digits and dashes (at most 80).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article with this id already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These fields cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed the article after you opened it (now version %1). Open it again and make your change there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority must be between 1 (most urgent) and 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue %1 is not one of your team&apos;s queues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a new priority or queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is no longer waiting; it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact was changed by someone else; look at it again and repeat the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is no longer held by this agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the agent who holds the contact can hand it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long (at most 4,000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is not held by an agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a whole number from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state must be new or acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date and time that can be read; ask the citizen when it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date lies in the future; ask the citizen when it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>externalId is missing: the e-service&apos;s own id of the submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>externalId is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen chose no category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offence code is no longer in use; choose the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen gave no time; ask when it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end lies before the start; ask the citizen which is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submission has no reporter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submission has no report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tip says nothing: &quot;what&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether the tip is anonymous (true or false).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tip that is not anonymous needs the tipster&apos;s contact details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A callback time belongs only to the disposition callback_booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the time of the callback (callbackAt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callbackAt must be a time with offset, e.g. 2026-11-27T14:30:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback time has already passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A callback can be booked at most %1 days ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback note must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback note is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tip is completed with tip_forwarded or no_action; it never becomes a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a tip can be forwarded as a tip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tip cannot be registered as a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An area user needs a known police area (--police-area), one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an area user has a police area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This externalId has already been used for another submission; a retry must send the same submission from the same account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::server::TrainingEngine</name>
    <message>
        <source>No such exercise run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown scenario: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speed is 1, 2, 5 or 10.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::server::training::Scenarios</name>
    <message>
        <source>not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may hold only a–z, 0–9 and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of at least one contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of seconds, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be earlier than the contact before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 (most urgent) to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only Skatteverket&apos;s test personnummer may be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a kommun in polisregion Väst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing (the disposition is report_filed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an offence code of the reference data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a kommun code of the reference data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs fromMinutesAgo ≥ toMinutesAgo ≥ 0 (minutes before the contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is used by another scenario too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contact is a web report or a tip, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be web for a web report or a tip</source>
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
        <source>The server sent an answer that is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with error %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent the request on to another address; it was not followed. Check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refuses the connection: it is not running at this address and port, or the address is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s name is not known on this network: check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read; trying again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kc::sync::ConnectionState</name>
    <message numerus="yes">
        <source>Connected – %n in the outbox</source>
        <translation>
            <numerusform>Connected – %n in the outbox</numerusform>
            <numerusform>Connected – %n in the outbox</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Reconnecting in %n s</numerusform>
            <numerusform>Reconnecting in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disconnected – %n in the outbox</source>
        <translation>
            <numerusform>Disconnected – %n in the outbox</numerusform>
            <numerusform>Disconnected – %n in the outbox</numerusform>
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
    <message>
        <source>A change from the server could not be applied; it will be fetched again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an event that is too large; reconnecting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Accept the selected contact (in the queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add / remove a row (stolen goods table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kontaktcenter: no display to show the window on (DISPLAY and WAYLAND_DISPLAY are empty). Start it in a desktop session, or see --help.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kontaktcenter: %1
See: kontaktcenter --help
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang, --role and --server each need a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role and --server belong to training mode: add --demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainees on this computer join with: kontaktcenter --demo --server %1 (user ovning1 … ovning12, password %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo traffic could not start: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be agent, supervisor, trainer or area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
