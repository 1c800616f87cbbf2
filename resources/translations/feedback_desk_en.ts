<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="48"/>
        <source>No SLA clock for this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="50"/>
        <source> · paused {n} working days in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="53"/>
        <source>Clock stopped ({status}); it was due {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="56"/>
        <source>Clock paused since {since} ({status}): {now} working days so far, {total} in all. The due date ({due}) moves on by the time spent waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="61"/>
        <source>; {n} working days left if work resumed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="65"/>
        <source>OVERDUE by {n} working days (was due {due})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="67"/>
        <source>Due today ({due})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="68"/>
        <source>Due {due}: {n} working days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="72"/>
        <source>Paused {days} d (since {since}); was due {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="75"/>
        <source>Overdue {days} d (due {due})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="78"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="78"/>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="79"/>
        <source>Due {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="80"/>
        <source>Due {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="116"/>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="111"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="111"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="28"/>
        <source>{field}: {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="39"/>
        <source>recorded it as {kind} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="44"/>
        <source>(the text was corrected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="45"/>
        <source>changed {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="47"/>
        <source>moved it from {old} to {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="50"/>
        <source>reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="54"/>
        <source>unassigned it (was {old})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="55"/>
        <source>assigned it to {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="57"/>
        <source>set the SLA tier from {old} to {new} (due {due})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="61"/>
        <source>wrote the answer {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="65"/>
        <source>put back an earlier state (undo): {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="67"/>
        <source>added a note {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="69"/>
        <source>removed a note {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="71"/>
        <source>tagged it “{tag}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="73"/>
        <source>took the tag “{tag}” off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="77"/>
        <source>linked it: {kind} #{target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="78"/>
        <source>removed the link: {kind} #{target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="81"/>
        <source>made it a voice of issue #{group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="83"/>
        <source>took it out of issue #{group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="85"/>
        <source>took the entry back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="95"/>
        <source>{when} · {who} · {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/bulk_dialogs.py" line="50"/>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/bulk_dialogs.py" line="71"/>
        <source>New status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/bulk_dialogs.py" line="72"/>
        <source>Answer or reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/bulk_dialogs.py" line="74"/>
        <source>{n} selected item(s). Items whose lifecycle does not allow this move are left as they are and listed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/bulk_dialogs.py" line="93"/>
        <source>This move needs an answer or a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/bulk_dialogs.py" line="123"/>
        <source>Add a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/bulk_dialogs.py" line="133"/>
        <source>Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/bulk_dialogs.py" line="153"/>
        <source>Group as one issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/bulk_dialogs.py" line="154"/>
        <source>A new issue, titled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/bulk_dialogs.py" line="157"/>
        <source>An issue that exists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/bulk_dialogs.py" line="160"/>
        <source>{title} — {voices} voice(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/bulk_dialogs.py" line="171"/>
        <source>{n} selected voice(s) will count as one issue; each stays an entry of its own and can be taken out again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="117"/>
        <source>(not given)</source>
        <extracomment>Facets whose &quot;not given&quot; item filters too (&quot;&quot; in the query: no topic, no country …).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="117"/>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="123"/>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="119"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="119"/>
        <source>Due within 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="123"/>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="125"/>
        <source>Sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="125"/>
        <source>Not sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="132"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="133"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="134"/>
        <source>Tick values to filter; the number is how many entries each would show with the other filters as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="61"/>
        <source>Other</source>
        <extracomment>EntryQuery tuple field → the breakdown whose labels name its values</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="63"/>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="81"/>
        <source>before {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="83"/>
        <source>from {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="105"/>
        <source>and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="108"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="110"/>
        <source>open at {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="115"/>
        <source>issue: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="116"/>
        <source>Trends: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="116"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="159"/>
        <source>{n} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="160"/>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/about.py" line="55"/>
        <source>About Feedback Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/about.py" line="58"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/about.py" line="58"/>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/about.py" line="59"/>
        <source>Program folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/about.py" line="59"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/about.py" line="60"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/about.py" line="60"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/about.py" line="61"/>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/about.py" line="62"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/about.py" line="64"/>
        <source>installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/about.py" line="64"/>
        <source>from source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/about.py" line="69"/>
        <source>Record, triage and report what migrant workers and stakeholders say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/about.py" line="85"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/about.py" line="86"/>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/about.py" line="89"/>
        <source>Open the &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/about.py" line="106"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountFormDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/password.py" line="135"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/password.py" line="137"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/password.py" line="176"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="159"/>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="166"/>
        <source>as the user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="170"/>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="171"/>
        <source>&amp;Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="186"/>
        <source>Tick at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/charts/bar_chart.py" line="108"/>
        <source>Category</source>
        <extracomment>Bar thickness (rows are 1 apart). A label that would end past this share of the axis goes inside its bar.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/charts/bar_chart.py" line="108"/>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/charts/bar_chart.py" line="108"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureController</name>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/controller.py" line="55"/>
        <source>Record entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/controller.py" line="71"/>
        <source>Correct entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureForm</name>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="48"/>
        <source>&amp;Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="49"/>
        <source>S&amp;uggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="50"/>
        <source>&amp;Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="51"/>
        <source>A&amp;ppreciation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="52"/>
        <source>Co&amp;mmitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="55"/>
        <source>&amp;Domestic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="56"/>
        <source>&amp;Overseas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="57"/>
        <source>D&amp;igital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="60"/>
        <source>Speaker t&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="61"/>
        <source>Cou&amp;ntry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="62"/>
        <source>&amp;Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="63"/>
        <source>Pro&amp;gramme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="64"/>
        <source>P&amp;lacement phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="67"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="68"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="69"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="70"/>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="71"/>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="72"/>
        <source>KPJ number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="73"/>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="195"/>
        <source>&amp;What was said  (Enter saves, Shift+Enter new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="196"/>
        <source>Type what the speaker says…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="197"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="198"/>
        <source>Service area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="204"/>
        <source>type to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="205"/>
        <source>&amp;SLA tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="209"/>
        <source>Automatic (from kind and topic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="214"/>
        <source>Same spea&amp;ker as before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="215"/>
        <source>Sensiti&amp;ve (restricted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="216"/>
        <source>Speaker &amp;agrees to be contacted (personal data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="217"/>
        <source>Identity — stored only with consent, for its purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="221"/>
        <source>Contact the speaker to follow up this matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="312"/>
        <source>Possible protection case ({words}): marked sensitive, tier S0 suggested. Untick “Sensitive” to override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/form.py" line="343"/>
        <source>Another voice of entry #{id} — F8 picks the next similar entry, Shift+F8 none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="168"/>
        <source>Live feed (F2 or double-click corrects an entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="169"/>
        <source>Find in this event (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="170"/>
        <source>Find in this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="265"/>
        <source>what was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="265"/>
        <source>the kind (Alt+C, Alt+U, Alt+Q, Alt+P, Alt+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="266"/>
        <source>the service area (Alt+D, Alt+O, Alt+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="267"/>
        <source>Not saved yet — please give {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="272"/>
        <source>Create an event first (File → New event…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="299"/>
        <source>Saved, but not grouped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="301"/>
        <source>Saved entry #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="308"/>
        <source>Kept on this computer; it is sent when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="322"/>
        <source>Not saved: {reason} Your text is back in the field and kept on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="395"/>
        <source>The draft could not be written to disk ({reason}); keep this window open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/panel.py" line="158"/>
        <source>No similar entry to add this voice to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseBox</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="186"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="187"/>
        <source>Move to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="188"/>
        <source>no further moves for this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="189"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="190"/>
        <source>SLA tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="191"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="192"/>
        <source>Official answer / closure reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="193"/>
        <source>Save answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="194"/>
        <source>Set date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="195"/>
        <source>Set the due date by hand (a date promised on stage, a deadline agreed with the worker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="222"/>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="226"/>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="235"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="260"/>
        <source>Reopen → {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="308"/>
        <source>{status}: answer or reason required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="309"/>
        <source>The answer or reason for this move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/password.py" line="265"/>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/password.py" line="268"/>
        <source>&amp;Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/password.py" line="279"/>
        <source>Type your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/password.py" line="281"/>
        <source>The new password is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/password.py" line="299"/>
        <source>Too many wrong passwords: the account is locked until {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/password.py" line="303"/>
        <source>The current password is not right; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartBase</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/charts/base.py" line="87"/>
        <source>No entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassifyForm</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/classify_form.py" line="107"/>
        <source>Summary and classification</source>
        <extracomment>Fields chosen from a pick-list; &quot;kind&quot; and &quot;service_area&quot; are required (no empty choice).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/classify_form.py" line="108"/>
        <source>{title} — unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/classify_form.py" line="114"/>
        <source>A short summary for lists and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/classify_form.py" line="115"/>
        <source>Sensitive (restricted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/classify_form.py" line="119"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/classify_form.py" line="120"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/classify_form.py" line="121"/>
        <source>The kind can only change before work on the item starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnsPanel</name>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/mapping_table.py" line="246"/>
        <source>Columns of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/mapping_table.py" line="262"/>
        <source>Required, but no column of the file feeds it: {columns}. Choose a column of the file for each in the list above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/mapping_table.py" line="268"/>
        <source>Not recognised (ignored unless you choose a column for it): {headers}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/conflict_dialog.py" line="106"/>
        <source>Somebody else changed case #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/conflict_dialog.py" line="107"/>
        <source>another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/conflict_dialog.py" line="110"/>
        <source>{who} changed case #{id} at {when} (it is now at version {now}; you were working on version {was}). Your change was not saved — nothing you entered is lost: re-apply it on top of their change, or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/conflict_dialog.py" line="118"/>
        <source>What they did:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/conflict_dialog.py" line="129"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/conflict_dialog.py" line="131"/>
        <source>When you opened it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/conflict_dialog.py" line="132"/>
        <source>Now (their version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/conflict_dialog.py" line="132"/>
        <source>Yours (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/conflict_dialog.py" line="156"/>
        <source>Re-apply my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/conflict_dialog.py" line="158"/>
        <source>Discard mine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../../src/feedback_desk/gui/login_flow.py" line="177"/>
        <source>The server cannot be reached (connection refused): is it running, is the port right, is a firewall in the way?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/login_flow.py" line="179"/>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/login_flow.py" line="180"/>
        <source>The server&apos;s name cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/login_flow.py" line="181"/>
        <source>The server refused the database user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/login_flow.py" line="182"/>
        <source>The secure (TLS) connection failed: check the TLS mode and the CA certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/login_flow.py" line="184"/>
        <source>There is no database of that name on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/login_flow.py" line="185"/>
        <source>The database user may not read the Feedback Desk tables: ask the administrator to grant access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/login_flow.py" line="191"/>
        <source>The database needs an upgrade: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/login_flow.py" line="193"/>
        <source>This database was made by a newer Feedback Desk: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/login_flow.py" line="195"/>
        <source>The database cannot be opened: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="62"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="67"/>
        <source>Ne&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="68"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="69"/>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="70"/>
        <source>Test conn&amp;ection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="71"/>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="73"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="93"/>
        <source>PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="94"/>
        <source>File on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="97"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="98"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="108"/>
        <source>&amp;Remember in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="113"/>
        <source>disable — no encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="114"/>
        <source>allow — encrypt if the server insists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="115"/>
        <source>prefer — encrypt when possible (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="116"/>
        <source>require — always encrypt, no certificate check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="117"/>
        <source>verify-ca — encrypt, check the CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="118"/>
        <source>verify-full — encrypt, check the CA and the host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="122"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="125"/>
        <source>&amp;Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="125"/>
        <source>&amp;Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="126"/>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="126"/>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="127"/>
        <source>P&amp;assword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="128"/>
        <source>&amp;TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="130"/>
        <source>&amp;CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="133"/>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="134"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="150"/>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="174"/>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="195"/>
        <source>empty: the one in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="198"/>
        <source>There is no system keyring here: the password is asked each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="222"/>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="223"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="230"/>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="231"/>
        <source>Feedback Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="252"/>
        <source>Please check the connection: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="264"/>
        <source>There already is a connection named {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="274"/>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="301"/>
        <source>Connecting to {where}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="314"/>
        <source>the database has other tables but none of Feedback Desk: is it the right database?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="316"/>
        <source>the database is empty: the first desk that connects sets it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="318"/>
        <source>the database is ready (schema {revision}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/connection.py" line="320"/>
        <source>Connected: {server}; {state}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/correct_dialog.py" line="36"/>
        <source>Correct entry #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/correct_dialog.py" line="55"/>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/correct_dialog.py" line="56"/>
        <source>Enter saves the correction, Shift+Enter is a new line, Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/correct_dialog.py" line="59"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/correct_dialog.py" line="60"/>
        <source>Service &amp;area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/correct_dialog.py" line="62"/>
        <source>Speaker t&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/correct_dialog.py" line="62"/>
        <source>Cou&amp;ntry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/correct_dialog.py" line="63"/>
        <source>T&amp;opic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/correct_dialog.py" line="63"/>
        <source>P&amp;rogramme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/correct_dialog.py" line="63"/>
        <source>Placement p&amp;hase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/correct_dialog.py" line="71"/>
        <source>Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/correct_dialog.py" line="72"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/corrections.py" line="47"/>
        <source>This entry is waiting to be sent; correct it when the server is back (or undo it with Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/corrections.py" line="51"/>
        <source>This entry is still being saved; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/corrections.py" line="71"/>
        <source>Not corrected: {reason} Your changes are below; save them again or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="20"/>
        <source>Service area</source>
        <extracomment>breakdown / axis → (title, taxonomy list or None)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="21"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="22"/>
        <source>Speaker type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="23"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="24"/>
        <source>Destination country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="25"/>
        <source>Improvement dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="26"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="27"/>
        <source>Placement phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="28"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="29"/>
        <source>SLA tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="32"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="33"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="34"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="35"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/labels.py" line="36"/>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="136"/>
        <source>Stacked areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="136"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="169"/>
        <source>Break down by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="169"/>
        <source>Bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="169"/>
        <source>Show as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="171"/>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="172"/>
        <source>Running total from the start of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="173"/>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="174"/>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="174"/>
        <source>Case health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="175"/>
        <source>Heatmaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="175"/>
        <source>Top countries and issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="177"/>
        <source>Export chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="178"/>
        <source>Export numbers as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="252"/>
        <source>Could not compute the charts: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="261"/>
        <source>Updated {time} · refreshes by itself while entries are recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="329"/>
        <source>Export chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="329"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="335"/>
        <source>Export numbers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="336"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="354"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="355"/>
        <source>Could not write {path}: {reason}. Nothing was changed; choose another folder or free some space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/panel.py" line="358"/>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskApp</name>
    <message>
        <location filename="../../src/feedback_desk/gui/app.py" line="217"/>
        <source>Your account reads lists, trends and summaries; it does not record entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/app.py" line="231"/>
        <source>There is no event yet: a supervisor or the administrator creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/app.py" line="239"/>
        <source>{reason} Trying again every {seconds} s; what you type is kept on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/app.py" line="260"/>
        <source>Filling a demo database (2,000 entries)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_pane.py" line="160"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_pane.py" line="160"/>
        <source>Notes, tags and links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_pane.py" line="161"/>
        <source>Issue group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_pane.py" line="161"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_pane.py" line="163"/>
        <source>What was said (verbatim, read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_pane.py" line="165"/>
        <source>You can read this case, but only supervisors (or the protection team) can triage it: the controls are disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_pane.py" line="167"/>
        <source>Protection case — restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_pane.py" line="217"/>
        <source>Entry #{id} is not there (any more), or not visible to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_pane.py" line="243"/>
        <source>Someone else has just changed what you are editing here. Saving will show both versions; your edits are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_pane.py" line="272"/>
        <source>No entry chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_pane.py" line="273"/>
        <source>Loading entry #{id}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_pane.py" line="277"/>
        <source>#{id} · {kind} · {status} · {area} · {where} · recorded {when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_pane.py" line="349"/>
        <source>Editing cases needs the server, which cannot be reached now. Your changes are still in the form; save again when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_pane.py" line="389"/>
        <source>Not re-applied, because the case has moved on meanwhile: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_pane.py" line="403"/>
        <source>Nothing was saved; your changes are still in the form. Save again to apply them on top of the other change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueDateDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="341"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportListDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="144"/>
        <source>Export list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="146"/>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="147"/>
        <source>CSV, UTF-8 (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="148"/>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="149"/>
        <source>&amp;Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="150"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="153"/>
        <source>Include &amp;personal data (name, phone, NIK, passport, KPJ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="155"/>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="165"/>
        <source>Writes the entries the triage list shows, with its filters and in its order, as the interchange table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="168"/>
        <source>Writes the {n} entries the triage list shows, with its filters and in its order, as the interchange table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="176"/>
        <source>The file will hold the personal data of every speaker who gave consent. Keep it safe, share it only for the purpose the speakers agreed to, and delete it when that is done. The export is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="180"/>
        <source>Without personal data: nobody can be identified from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="205"/>
        <source>Export list as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="206"/>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="208"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="206"/>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="207"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="231"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="247"/>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="248"/>
        <source>{file} exists already. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="275"/>
        <source>Cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="277"/>
        <source>Not exported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="289"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="289"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="294"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="309"/>
        <source>Exported {n} entries with personal data to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="313"/>
        <source>Exported {n} entries to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="317"/>
        <source>({n} texts are longer than Excel shows in a cell; the CSV format keeps them whole.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="332"/>
        <source>the folder {folder} cannot be written to (read-only, or no permission): choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="336"/>
        <source>the disk is full: free some space or choose another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="339"/>
        <source>the folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="342"/>
        <source>{path} is a folder: add a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="345"/>
        <source>the file name must end in .csv or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/export_list.py" line="348"/>
        <source>{path} could not be written: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="34"/>
        <source>Deadline</source>
        <extracomment>facet → (title, EntryQuery field, taxonomy list for labels or None)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="35"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="36"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="37"/>
        <source>Service area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="38"/>
        <source>SLA tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="39"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="40"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="41"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="42"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="43"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="44"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="45"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="46"/>
        <source>Placement phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/facets.py" line="47"/>
        <source>Sensitive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedModel</name>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/feed_model.py" line="27"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/feed_model.py" line="28"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/feed_model.py" line="29"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/feed_model.py" line="30"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/feed_model.py" line="31"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/feed_model.py" line="32"/>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/feed_model.py" line="35"/>
        <source>saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/feed_model.py" line="36"/>
        <source>not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/feed_model.py" line="37"/>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiltersBar</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="132"/>
        <source>Event</source>
        <extracomment>Fields the bar shows itself; the rest of a query is &quot;more filters&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="132"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="133"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="133"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="134"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="137"/>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="137"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="137"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="138"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="138"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="138"/>
        <source>From … to …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="142"/>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="144"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="145"/>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="177"/>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="149"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="150"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="151"/>
        <source>Triage filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="152"/>
        <source>Use the filters of the triage list here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="153"/>
        <source>Show in triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="154"/>
        <source>List these entries on the triage page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="155"/>
        <source>Drop these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="185"/>
        <source>All sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="256"/>
        <source>+ more filters from the triage list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/filters_bar.py" line="257"/>
        <source>Search, topics, countries or other filters taken over from the triage list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/first_run.py" line="32"/>
        <source>Welcome to Feedback Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/first_run.py" line="32"/>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/first_run.py" line="34"/>
        <source>This database has no event yet. Create the event you are recording — its sessions or panels, one per line — or fill a demo database to try the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/first_run.py" line="36"/>
        <source>Create an event and its sessions (one per line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/first_run.py" line="40"/>
        <source>e.g. Simposium PMI 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/first_run.py" line="47"/>
        <source>Opening panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/first_run.py" line="47"/>
        <source>Questions from the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/first_run.py" line="51"/>
        <source>Event &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/first_run.py" line="52"/>
        <source>&amp;Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/first_run.py" line="53"/>
        <source>&amp;First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/first_run.py" line="54"/>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/first_run.py" line="56"/>
        <source>Create event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/first_run.py" line="59"/>
        <source>Fill a &amp;demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/first_run.py" line="62"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/first_run.py" line="86"/>
        <source>Give the event a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupBox</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/group_box.py" line="100"/>
        <source>Many voices, one issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/group_box.py" line="101"/>
        <source>Take out of this issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/group_box.py" line="102"/>
        <source>Similar entries of the event (select, then add them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/group_box.py" line="103"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/group_box.py" line="123"/>
        <source>Not part of an issue group: a voice on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/group_box.py" line="127"/>
        <source>Group with this case as one issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/group_box.py" line="129"/>
        <source>Issue #{id}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/feedback_desk/gui/triage/group_box.py" line="130"/>
        <source>%n voice(s) raised it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/group_box.py" line="131"/>
        <source>By speaker type: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/group_box.py" line="133"/>
        <source>By country: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/group_box.py" line="135"/>
        <source>Add to this issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/group_box.py" line="143"/>
        <source>in issue #{id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthTab</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="207"/>
        <source>Open complaints over time (backlog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="208"/>
        <source>SLA compliance per tier (% resolved by the due date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="209"/>
        <source>Suggestions by adoption status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="210"/>
        <source>Commitments made on stage, by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="211"/>
        <source>List the open complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="212"/>
        <source>List the overdue complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="218"/>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="232"/>
        <source>Open complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="219"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="220"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="224"/>
        <source>Median time to resolution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatmapChart</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/charts/heatmap_chart.py" line="112"/>
        <source>{row} × {col}: {count} entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatmapsTab</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="262"/>
        <source>Service area × topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="263"/>
        <source>Placement phase × programme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="24"/>
        <source>Keyboard reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="27"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="27"/>
        <source>save the entry (from any field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="28"/>
        <source>Shift+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="28"/>
        <source>new line in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="31"/>
        <source>kind: complaint, suggestion, question, appreciation, commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="32"/>
        <source>service area: domestic, overseas, digital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="29"/>
        <source>back to the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="34"/>
        <source>speaker type, country, topic, programme, placement phase (type to search; Tab or Enter takes the match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="36"/>
        <source>SLA tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="39"/>
        <source>restore the draft offered at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="40"/>
        <source>F8 / Shift+F8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="40"/>
        <source>another voice of the next similar entry / of none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="41"/>
        <source>F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="41"/>
        <source>correct the selected (or last) entry of the feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="42"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="42"/>
        <source>new entry (cursor to the text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="43"/>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="44"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="44"/>
        <source>change the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="45"/>
        <source>Ctrl+1 / Ctrl+2 / Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="46"/>
        <source>pages: live capture / triage / trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="47"/>
        <source>Ctrl+Z / Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="47"/>
        <source>undo / redo the last save or correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="38"/>
        <source>same speaker / sensitive / speaker agrees to be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="43"/>
        <source>find in this event (Esc clears)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="48"/>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="48"/>
        <source>export the strategy summary (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="49"/>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="49"/>
        <source>preferences (language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="50"/>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="50"/>
        <source>this reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="51"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="51"/>
        <source>quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/help.py" line="63"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/history_tab.py" line="116"/>
        <source>Every change to this case, newest first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportColumn</name>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="54"/>
        <source>entry id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="55"/>
        <source>date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="56"/>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="57"/>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="58"/>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="59"/>
        <source>service area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="60"/>
        <source>improvement dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="61"/>
        <source>topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="62"/>
        <source>programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="63"/>
        <source>placement phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="64"/>
        <source>speaker type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="65"/>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="66"/>
        <source>what was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="67"/>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="68"/>
        <source>where it was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="69"/>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="70"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="71"/>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="72"/>
        <source>recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="73"/>
        <source>consent to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="74"/>
        <source>speaker&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="75"/>
        <source>speaker&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="76"/>
        <source>speaker&apos;s NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="77"/>
        <source>speaker&apos;s passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="78"/>
        <source>speaker&apos;s KPJ number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="152"/>
        <source>Import a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="154"/>
        <source>Adds the entries of a CSV or Excel file laid out as the interchange table (one row per entry, headers in the first row). Nothing is written until you press Import; importing the same file again adds nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="157"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="158"/>
        <source>A .csv, .txt or .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="159"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="160"/>
        <source>Read a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="161"/>
        <source>Read the file again (after correcting it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="162"/>
        <source>Import only the &amp;valid rows (leave the rejected ones out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="169"/>
        <source>Spreadsheet to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="170"/>
        <source>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="210"/>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="239"/>
        <source>Cancelled: nothing was imported. “Read again” reads the file from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="242"/>
        <source>This file cannot be imported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="245"/>
        <source>The file could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="271"/>
        <source>Imported. Choose another file, or read this one again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="273"/>
        <source>Import is not possible while a required column is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="275"/>
        <source>Check the accented letters and tick “The accented letters look right” first, or choose another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="279"/>
        <source>Rejected rows: {n} (see “Why”). Correct them in the file and read it again, or tick “Import only the valid rows”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="283"/>
        <source>Nothing to import: no row would add an entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="292"/>
        <source>&amp;Import {n} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="293"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="304"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="304"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="314"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="341"/>
        <source>Cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="343"/>
        <source>Not imported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="346"/>
        <source>Not imported, nothing was written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/import_dialog.py" line="371"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/launch.py" line="27"/>
        <source>Entries imported: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/jobs.py" line="56"/>
        <source>{n} rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/mapping_table.py" line="103"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/mapping_table.py" line="104"/>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/mapping_table.py" line="120"/>
        <source>(column {n}, no header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/mapping_table.py" line="124"/>
        <source>Not a column of the interchange table: ignored unless you choose a column for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/mapping_table.py" line="144"/>
        <source>(ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/mapping_table.py" line="178"/>
        <source>{column} — required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMessage</name>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="15"/>
        <source>The file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="18"/>
        <source>The file {path} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="21"/>
        <source>{path} is a folder, not a file. Choose the spreadsheet file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="24"/>
        <source>{path} is not an ordinary file (a device or a pipe). Choose a spreadsheet file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="28"/>
        <source>The file {path} is empty (0 bytes). It may not have been saved or copied completely; save it again and import the new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="32"/>
        <source>The file {path} has no rows: it contains only blank lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="35"/>
        <source>The workbook {path} is too large to import (over {limit} once unpacked). Split it into smaller files, or save it as CSV UTF-8 and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="39"/>
        <source>{path} is an old Excel 97–2003 file (.xls). Open it in Excel and save it as .xlsx or CSV UTF-8, then import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="43"/>
        <source>{path} is protected with a password, so it cannot be read. Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, clear it) and save, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="48"/>
        <source>{path} is an old Microsoft Office 97–2003 file, not an Excel workbook we can read. If it holds a table, copy it into Excel and save it as .xlsx or CSV UTF-8, then import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="53"/>
        <source>{path} is a workbook with macros (.xlsm). Macro workbooks are not imported, for safety. Open it in Excel and save it as .xlsx or CSV UTF-8, then import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="58"/>
        <source>{path} is an Excel binary workbook (.xlsb). Open it in Excel and save it as .xlsx or CSV UTF-8, then import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="62"/>
        <source>{path} is an OpenDocument spreadsheet (.ods, from LibreOffice or OpenOffice). Open it there and save it as .xlsx or CSV UTF-8, then import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="67"/>
        <source>{path} is an OpenDocument text or presentation file, not a spreadsheet. Import the spreadsheet (.xlsx or .csv) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="71"/>
        <source>{path} is a Word document, not a spreadsheet. If it holds a table, copy the table into Excel and save it as .xlsx or CSV UTF-8, then import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="75"/>
        <source>{path} is a PowerPoint presentation, not a spreadsheet. Import the spreadsheet (.xlsx or .csv) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="79"/>
        <source>{path} is a compressed archive (ZIP or similar), not a spreadsheet. If the spreadsheet is inside, extract it and import the .xlsx or .csv file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="83"/>
        <source>{path} looks like an Excel workbook but is damaged or incomplete (it may have been cut off while copying or downloading). Copy it again, or open it in Excel and save it as .xlsx or CSV UTF-8, then import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="88"/>
        <source>{path} unpacks to far more data than its size suggests (a &quot;zip bomb&quot;), so it was not opened. Do not open it elsewhere either; ask the sender for the data as CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="93"/>
        <source>{path} contains XML constructs (a DTD or entity declarations) that Excel never writes and that can be used to attack a computer, so it was not read. Ask the sender for the data as CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="98"/>
        <source>The workbook {path} is damaged and cannot be read. Open it in Excel (it may offer to repair it) and save it as .xlsx or CSV UTF-8, then import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="102"/>
        <source>{path} is a PDF document; a table in a PDF cannot be imported. Ask for the spreadsheet it was made from, or copy the table into Excel and save it as .xlsx or CSV UTF-8, then import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="107"/>
        <source>{path} is a picture, not a spreadsheet. Type the table into Excel and save it as .xlsx or CSV UTF-8, then import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="111"/>
        <source>{path} is a rich-text (RTF) document, not a spreadsheet. If it holds a table, copy the table into Excel and save it as .xlsx or CSV UTF-8, then import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="116"/>
        <source>{path} is a web page (HTML), as some systems export under an Excel name. Open it in Excel and save it as .xlsx or CSV UTF-8, then import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="120"/>
        <source>{path} is an Excel 2003 XML spreadsheet. Open it in Excel and save it as .xlsx or CSV UTF-8, then import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="124"/>
        <source>{path} is an XML file, not a spreadsheet. Import a .xlsx or .csv file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="128"/>
        <source>{path} is not a spreadsheet or a text file (it contains binary data). Import a .xlsx or .csv file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="132"/>
        <source>{path} is a text file in an encoding that is neither UTF-8, UTF-16 nor Windows-1252 (perhaps Chinese, Japanese or Cyrillic code pages). Open it in Excel or a text editor and save it as CSV UTF-8, then import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="137"/>
        <source>&quot;{encoding}&quot; is not a text encoding this program knows. Choose UTF-8, UTF-16 or Windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="141"/>
        <source>Line {line} has bytes that are not valid {encoding} text, so the file is damaged or mixes encodings. Open it in Excel or a text editor, save it as CSV UTF-8 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="146"/>
        <source>Line {line} has a misplaced quote (&quot;): a quoted cell must be closed right before the next separator. Correct that line (write a quote inside a cell as two quotes &quot;&quot;) or save the file again from Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="151"/>
        <source>A quote (&quot;) opened on line {line} is never closed, so the rest of the file would be one cell. Add the missing quote on that line, or save the file again from Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="156"/>
        <source>A cell starting on line {line} is longer than {limit} characters. This is usually a quote (&quot;) opened and never closed on that line; check the quotes there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="161"/>
        <source>Line {line} is longer than {limit} characters without a line break; this is not a table. Check that the file is the CSV you meant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="165"/>
        <source>The workbook {path} has no sheet with cells (only charts, or nothing). Import a workbook whose table is on a sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="169"/>
        <source>The workbook has no sheet called &quot;{sheet}&quot;. Its sheets are: {sheets}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="172"/>
        <source>The sheet &quot;{sheet}&quot; is a chart, not a table. Choose another sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="175"/>
        <source>The sheet &quot;{sheet}&quot; is empty. Choose the sheet that holds the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="178"/>
        <source>The file is not UTF-8; it was read as {encoding} (Western European). Check that accented letters look right before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="182"/>
        <source>{count} row(s) above the header were skipped (titles or notes); the header is row {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="186"/>
        <source>No row near the top names the columns (such as waktu, acara, jenis, isi); row {row} was taken as the header. Check the column mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="190"/>
        <source>Hidden sheets were skipped ({sheets}); sheet &quot;{sheet}&quot; was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="193"/>
        <source>Every sheet is hidden; the first one, &quot;{sheet}&quot;, was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="196"/>
        <source>The workbook has {count} other sheet(s); only &quot;{sheet}&quot; was read. Choose a sheet by name to import another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="200"/>
        <source>There is no sheet &quot;{asked}&quot;; sheet &quot;{sheet}&quot; was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="203"/>
        <source>{count} merged cell range(s): every cell of a merged range took the value shown in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="208"/>
        <source>{column} is empty; it is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="211"/>
        <source>{column}: {value} is not a known value (use a code or its English or Indonesian label).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="215"/>
        <source>recorded_at: {value} is not a date (write dd/mm/yyyy hh:mm or yyyy-mm-ddThh:mm, or use an Excel date cell).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="219"/>
        <source>recorded_at: {value} reads month-first; write the day first (dd/mm/yyyy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="222"/>
        <source>recorded_at: {value} is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="225"/>
        <source>recorded_at: {value} is before 1990; check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="228"/>
        <source>{column} is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="231"/>
        <source>{column} is {length} characters long; the limit is {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="234"/>
        <source>status: {value} is not a state of a {kind} ({allowed}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="237"/>
        <source>status: only a supervisor may import a case already {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="240"/>
        <source>priority: {value} is not an SLA tier ({allowed}, or low/normal/high/urgent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="243"/>
        <source>contact_consent: {value} is neither yes/ya nor no/tidak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="246"/>
        <source>uuid: {value} is not a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="249"/>
        <source>the row has {count} more cells than there are headers (a separator inside text that is not in quotes?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="253"/>
        <source>recorded_by: {value} cannot be an account here: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="256"/>
        <source>the same entry id as row {row}, with other content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="259"/>
        <source>personal data ({columns}) left out: contact_consent is not yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="262"/>
        <source>{column}: invisible control characters were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="265"/>
        <source>the same entry as row {row}; imported once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="268"/>
        <source>an entry with this id is already here and differs in: {fields}; it is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="272"/>
        <source>recorded_by {value} has no account here; an inactive one will be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="275"/>
        <source>Required columns missing: {columns}. Map a column of the file to each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/message_table.py" line="278"/>
        <source>Columns not imported (unknown): {headers}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRows</name>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/preview_models.py" line="109"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/preview_models.py" line="110"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/preview_models.py" line="111"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/preview_models.py" line="112"/>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="152"/>
        <source>New entries imported from {file}: {added}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="156"/>
        <source>Already present (nothing written for them): {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="160"/>
        <source>Rejected rows left out: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="163"/>
        <source>Speakers stored with their personal data (consent given): {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="167"/>
        <source>Rows whose personal data was left out (no consent to contact): {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="172"/>
        <source>Events created: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="174"/>
        <source>Sessions created: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="175"/>
        <source>Accounts created without a password (inactive): {names}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="110"/>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="111"/>
        <source>UTF-8 (with BOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="112"/>
        <source>UTF-16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="113"/>
        <source>Windows-1252 (Western European)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="123"/>
        <source>comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="124"/>
        <source>semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="125"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="132"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="133"/>
        <source>Already present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="134"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="141"/>
        <source>{n} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="143"/>
        <source>{n} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/messages.py" line="145"/>
        <source>{n} MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinksBox</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/relations_box.py" line="243"/>
        <source>Links to related entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/relations_box.py" line="249"/>
        <source>The number of the other entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/relations_box.py" line="250"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/relations_box.py" line="251"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/relations_box.py" line="252"/>
        <source>Remove link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/relations_box.py" line="253"/>
        <source>A link made from the other entry is removed there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/relations_box.py" line="270"/>
        <source>this is {kind} #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/relations_box.py" line="271"/>
        <source>#{id} is {kind} this</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="59"/>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="223"/>
        <source>Feedback Desk — log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="81"/>
        <source>&amp;Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="85"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="118"/>
        <source>&amp;Remember in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="122"/>
        <source>Database &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="134"/>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="159"/>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="135"/>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="160"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="141"/>
        <source>Nobody can log in to this database yet. Create its administrator: the account that adds the other users and gives them their roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="153"/>
        <source>At least 10 characters; not the user name, not one character repeated, not a common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="161"/>
        <source>&amp;Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="168"/>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="169"/>
        <source>Database: {name} (file {path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="172"/>
        <source>Database: {name} ({where})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="175"/>
        <source>Database: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="202"/>
        <source>Opening {where}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="204"/>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="245"/>
        <source>Try &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="218"/>
        <source>Create the &amp;administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="219"/>
        <source>Feedback Desk — create the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="222"/>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="343"/>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="232"/>
        <source>The server asks for the password of the database user {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="237"/>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="243"/>
        <source>Could not open {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="276"/>
        <source>Give your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="299"/>
        <source>Too many wrong passwords: this account is locked until {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="302"/>
        <source>This account is disabled; ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="304"/>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="306"/>
        <source>The server cannot be reached: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="318"/>
        <source>Give the administrator&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="322"/>
        <source>The two passwords differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="330"/>
        <source>The password {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="344"/>
        <source>This database has an administrator already; log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/login.py" line="346"/>
        <source>Please check: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="190"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="191"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="193"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="197"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="198"/>
        <source>&amp;New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="199"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="200"/>
        <source>Change &amp;session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="233"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="233"/>
        <source>&amp;Undo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="234"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="202"/>
        <source>New &amp;event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="189"/>
        <source>Feedback Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="192"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="194"/>
        <source>Live &amp;capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="195"/>
        <source>&amp;Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="196"/>
        <source>T&amp;rends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="203"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="204"/>
        <source>Export &amp;summary (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="205"/>
        <source>&amp;Merge an offline desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="206"/>
        <source>&amp;Import spreadsheet (CSV, Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="207"/>
        <source>E&amp;xport list (CSV, Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="208"/>
        <source>Export list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="209"/>
        <source>&amp;Accounts and roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="210"/>
        <source>Change my pass&amp;word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="211"/>
        <source>&amp;Log out or switch database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="212"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="213"/>
        <source>&amp;Keyboard reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="214"/>
        <source>&amp;About Feedback Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="215"/>
        <source>User: {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="216"/>
        <source>Database: {db}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="234"/>
        <source>&amp;Redo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="255"/>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="257"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/main_window.py" line="259"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="108"/>
        <source>Merge an offline desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="114"/>
        <source>Brings the entries of a laptop that recorded into its own file (without the server) into this database. The file itself is not changed; merging it again adds nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="120"/>
        <source>The desk file (desk.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="121"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="123"/>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="163"/>
        <source>Desk file to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="164"/>
        <source>Feedback Desk files (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="173"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="173"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="186"/>
        <source>Merging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="215"/>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="218"/>
        <source>{total} entries in {file}: {new} new, {present} already present, {conflicts} in conflict (not merged), {refused} refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="225"/>
        <source>Accounts created without a password (inactive): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="232"/>
        <source>Not merged: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="238"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../src/feedback_desk/gui/messages.py" line="23"/>
        <source>The database cannot be reached: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/messages.py" line="25"/>
        <source>This database was made by a newer Feedback Desk: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/messages.py" line="27"/>
        <source>another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/messages.py" line="29"/>
        <source>{who} changed this entry meanwhile; your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/messages.py" line="32"/>
        <source>{who} changed this entry at {when} meanwhile; your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/messages.py" line="36"/>
        <source>Not allowed: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/messages.py" line="38"/>
        <source>Entry #{id} is no longer there (it was taken back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/messages.py" line="41"/>
        <source>Not found: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/messages.py" line="43"/>
        <source>Please check the input: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/messages.py" line="45"/>
        <source>The database file is read-only, so nothing can be saved to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/messages.py" line="47"/>
        <source>The disk is full, so nothing can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/messages.py" line="49"/>
        <source>The database stayed busy (locked by another program) for too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/messages.py" line="51"/>
        <source>The disk reported an error: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/messages.py" line="54"/>
        <source>Unexpected error: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesBox</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/relations_box.py" line="62"/>
        <source>Internal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/relations_box.py" line="63"/>
        <source>A note for colleagues (not shown to the speaker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/relations_box.py" line="64"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/relations_box.py" line="75"/>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxBanner</name>
    <message>
        <location filename="../../src/feedback_desk/gui/outbox_banner.py" line="53"/>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/outbox_banner.py" line="62"/>
        <source>Sending {n} waiting entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/outbox_banner.py" line="64"/>
        <source>{n} entries are waiting: the server refused some of them. They stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/outbox_banner.py" line="67"/>
        <source>Server unreachable — {n} entries waiting. They are kept on this computer and sent when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverTimeTab</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="112"/>
        <source>Entries over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="126"/>
        <source>Buckets: {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="128"/>
        <source>{asked} would make too many points; showing {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="131"/>
        <source>an entry with two dimensions counts in both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="133"/>
        <source>No entries match these filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../src/feedback_desk/gui/pages.py" line="47"/>
        <source>Live capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/pages.py" line="48"/>
        <source>Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/pages.py" line="49"/>
        <source>Record what is said (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/pages.py" line="50"/>
        <source>Turn entries into handled cases (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/pages.py" line="51"/>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/pages.py" line="52"/>
        <source>What is being said, by whom, about what (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPair</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/password.py" line="76"/>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/password.py" line="77"/>
        <source>New password &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/password.py" line="99"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/password.py" line="110"/>
        <source>The password meets the rules.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinnedFilter</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/pinned_filter.py" line="46"/>
        <source>Drop the filter from the dashboard: list everything</source>
        <extracomment>Filters the facets cannot show: they stay pinned above the list until cleared.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/preferences.py" line="20"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/preferences.py" line="25"/>
        <source>As the system ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/preferences.py" line="30"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/preferences.py" line="32"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/preferences.py" line="33"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryBar</name>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/recovery_bar.py" line="63"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/recovery_bar.py" line="64"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/recovery_bar.py" line="72"/>
        <source>Unsaved text from {time} was kept when the desk last closed: “{preview}”. Restore it (Alt+R)?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/password.py" line="235"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/password.py" line="237"/>
        <source>A new password for {user}. Tell it to them in person; they can change it afterwards (Change password…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultModel</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="60"/>
        <source>{field}: here {here}, in the file {there}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="63"/>
        <source>Conflict (not merged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="65"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="66"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="67"/>
        <source>Already present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="79"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="79"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="79"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/merge.py" line="79"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleBoxes</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="137"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="55"/>
        <source>Recorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="56"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="57"/>
        <source>Protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="58"/>
        <source>Leadership viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="59"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="218"/>
        <source>Roles of {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="224"/>
        <source>Tick at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowsPanel</name>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/rows_panel.py" line="72"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/rows_panel.py" line="73"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/rows_panel.py" line="74"/>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/rows_panel.py" line="96"/>
        <source>The rows are checked once every required column is fed by a column of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/rows_panel.py" line="100"/>
        <source>{n} accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/rows_panel.py" line="101"/>
        <source>{n} already present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/rows_panel.py" line="102"/>
        <source>{n} rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/rows_panel.py" line="104"/>
        <source>blank rows skipped: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/rows_panel.py" line="108"/>
        <source>new events: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/rows_panel.py" line="111"/>
        <source>new sessions: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/rows_panel.py" line="114"/>
        <source>new accounts (without a password, inactive): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/rows_panel.py" line="116"/>
        <source>Importing also creates {what}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveViewDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="64"/>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="68"/>
        <source>e.g. Hong Kong claims this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="69"/>
        <source>Share with everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="72"/>
        <source>Every desk sees a shared view; only you and supervisors can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="78"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/session_bar.py" line="63"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/session_bar.py" line="64"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/session_bar.py" line="65"/>
        <source>Ctrl+E: change event or session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/session_bar.py" line="80"/>
        <source>(no session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/session_bar.py" line="120"/>
        <source>{now} · session {elapsed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/session_bar.py" line="164"/>
        <source>Entries this session: {total} — {areas}  |  {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimilarPane</name>
    <message>
        <location filename="../../src/feedback_desk/gui/capture/similar_pane.py" line="58"/>
        <source>Similar earlier entries (F8: the new entry is another voice of one)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceBox</name>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/source_box.py" line="108"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/source_box.py" line="109"/>
        <source>E&amp;ncoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/source_box.py" line="110"/>
        <source>Separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/source_box.py" line="111"/>
        <source>S&amp;heet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/source_box.py" line="112"/>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/source_box.py" line="115"/>
        <source>As detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/source_box.py" line="116"/>
        <source>The accented letters look &amp;right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/source_box.py" line="128"/>
        <source>CSV text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/source_box.py" line="128"/>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/source_box.py" line="129"/>
        <source>{kind}, {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/source_box.py" line="139"/>
        <source>row {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/source_box.py" line="144"/>
        <source>This file is not in UTF-8: it was read as {encoding}, a guess. Check in the rows below that accented letters (é, ü, ñ) and symbols look right, then tick the box; if they look wrong, choose another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/interchange/source_box.py" line="162"/>
        <source>{sheet} (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="51"/>
        <source>Export strategy summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="59"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="59"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="68"/>
        <source>All service areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="77"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="79"/>
        <source>&amp;Open the PDF when it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="90"/>
        <source>&amp;Events (none ticked: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="91"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="92"/>
        <source>Service &amp;area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="93"/>
        <source>&amp;Language of the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="94"/>
        <source>&amp;Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="107"/>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="109"/>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="196"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="158"/>
        <source>choose where to save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="161"/>
        <source>{path} is a folder; add a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="168"/>
        <source>Save the summary as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="168"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="188"/>
        <source>Building the summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="196"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="211"/>
        <source>Written: {path} ({pages} pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="225"/>
        <source>Cancelled. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="227"/>
        <source>The summary could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/summary/dialog.py" line="234"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsBox</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/relations_box.py" line="145"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/relations_box.py" line="146"/>
        <source>new tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/relations_box.py" line="147"/>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/relations_box.py" line="148"/>
        <source>Remove selected tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeChart</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/charts/time_chart.py" line="206"/>
        <source>From</source>
        <extracomment>A line within this many pixels of the pointer is the one hovered / clicked.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/charts/time_chart.py" line="206"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/charts/time_chart.py" line="209"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/charts/time_chart.py" line="246"/>
        <source>{count} entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopTab</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="285"/>
        <source>Top destination countries (entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dashboard/tabs.py" line="286"/>
        <source>Top issues (voices grouped under one issue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriageColumns</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="32"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="33"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="34"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="35"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="36"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="37"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="38"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="39"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="40"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="41"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="42"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="43"/>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="44"/>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="45"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="46"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="47"/>
        <source>Sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/columns.py" line="48"/>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriageController</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/controller.py" line="70"/>
        <source>Change status</source>
        <extracomment>Fields ``TriageController.edit`` changes (the entry&apos;s text is the speaker&apos;s: not here).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/controller.py" line="76"/>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/controller.py" line="76"/>
        <source>Unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/controller.py" line="82"/>
        <source>Change SLA tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/controller.py" line="88"/>
        <source>Change due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/controller.py" line="94"/>
        <source>Record answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/controller.py" line="107"/>
        <source>Edit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/controller.py" line="111"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/controller.py" line="137"/>
        <source>Group as one issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/controller.py" line="137"/>
        <source>Add to issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/controller.py" line="142"/>
        <source>Ungroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/feedback_desk/gui/triage/controller.py" line="150"/>
        <source>Change %n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/controller.py" line="222"/>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/controller.py" line="222"/>
        <source>Remove tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/controller.py" line="246"/>
        <source>Link entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/controller.py" line="246"/>
        <source>Remove link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriageDetail</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="35"/>
        <source>The official answer to the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="36"/>
        <source>How was the complaint resolved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="37"/>
        <source>Why is the complaint closed without work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="38"/>
        <source>The response: what is adopted, by whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="39"/>
        <source>The response: which part is adopted, and why not the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="40"/>
        <source>Why is the suggestion declined?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/case_box.py" line="41"/>
        <source>Why is the commitment cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="26"/>
        <source>What was said</source>
        <extracomment>Field → the pick-list its codes come from.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="27"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="28"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="29"/>
        <source>Service area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="30"/>
        <source>Improvement dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="31"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="32"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="33"/>
        <source>Placement phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="34"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="35"/>
        <source>Speaker type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="36"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="37"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="38"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="39"/>
        <source>Sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="40"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="41"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="42"/>
        <source>SLA tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="43"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="44"/>
        <source>Paused since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="45"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="46"/>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="47"/>
        <source>Answer / reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="48"/>
        <source>Times reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="49"/>
        <source>Resolved at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="50"/>
        <source>New issue group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="51"/>
        <source>Issue group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="52"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="53"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="54"/>
        <source>Tag removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="55"/>
        <source>Linked entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="59"/>
        <source>duplicate of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="60"/>
        <source>related to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/detail_labels.py" line="61"/>
        <source>follow-up of</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriageModel</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/list_model.py" line="404"/>
        <source>(no longer available)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriagePanel</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="205"/>
        <source>Search what was said (Indonesian or English words)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="206"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="208"/>
        <source>Status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="208"/>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="208"/>
        <source>Tier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="209"/>
        <source>Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="209"/>
        <source>Group as one issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="210"/>
        <source>Ungroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="214"/>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="499"/>
        <source>Go to row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="266"/>
        <source>Your account may read the list but not triage (ask an administrator for the supervisor role).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="322"/>
        <source>More filters of this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="398"/>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="400"/>
        <source>{n} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="402"/>
        <source>{n}+ entries (counting…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="410"/>
        <source>Changed {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="413"/>
        <source>Left as they were: {n} ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="472"/>
        <source>{n} selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="499"/>
        <source>Row (1 – {n}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="545"/>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="546"/>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="546"/>
        <source>Assign to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="550"/>
        <source>SLA tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/panel.py" line="550"/>
        <source>Tier:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="239"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="263"/>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="263"/>
        <source>&amp;Roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="264"/>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="265"/>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="350"/>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="269"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="350"/>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="359"/>
        <source>Added {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="366"/>
        <source>Roles of {user} changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="373"/>
        <source>{user} has a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="381"/>
        <source>{user} can log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="382"/>
        <source>{user} is disabled and cannot log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="385"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="62"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="63"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="64"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="65"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="112"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/dialogs/users.py" line="113"/>
        <source>No (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewsBar</name>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="152"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="153"/>
        <source>(current filters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="154"/>
        <source>Saved views: filters, sorting and columns under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="155"/>
        <source>Save view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="156"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="157"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="197"/>
        <source>There is no list to save a view of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="263"/>
        <source>Rename view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="278"/>
        <source>Delete view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="279"/>
        <source>Delete the view “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="283"/>
        <source>It is shared: it disappears for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="321"/>
        <source>{name} — {owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="332"/>
        <source>Built in: every desk has it; it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="334"/>
        <source>Yours, shared with everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="335"/>
        <source>Yours, only you see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="336"/>
        <source>Shared by {owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="346"/>
        <source>Parts of this view could not be read and were left out: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="360"/>
        <source>“{name}” is already a view of {owner}; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="363"/>
        <source>Replace view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="364"/>
        <source>A view named “{name}” exists. Replace it with the current filters, sorting and columns?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="373"/>
        <source>another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/triage/views_bar.py" line="374"/>
        <source>{who} changed this view meanwhile; your change was not saved. The list now shows their version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../src/feedback_desk/gui/app.py" line="301"/>
        <source>Summary written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/feedback_desk/gui/app.py" line="338"/>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
