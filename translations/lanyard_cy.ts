<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>AcademicYear</name>
    <message>
        <location filename="../models/domain/AcademicYear.cpp" line="128"/>
        <source>Michaelmas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/AcademicYear.cpp" line="129"/>
        <source>Lent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/AcademicYear.cpp" line="130"/>
        <source>Summer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/AcademicYear.cpp" line="146"/>
        <source>Please choose the academic year before entering its terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/AcademicYear.cpp" line="154"/>
        <source>Term %1 has no name: please give it one, such as &quot;Autumn&quot; or &quot;Michaelmas&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/AcademicYear.cpp" line="159"/>
        <source>The term &quot;%1&quot; needs both a start date and an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/AcademicYear.cpp" line="163"/>
        <source>The term &quot;%1&quot; ends on %2, before it starts on %3: please check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/AcademicYear.cpp" line="169"/>
        <source>The term &quot;%1&quot; must fall within the %2 school year, which runs from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/AcademicYear.cpp" line="178"/>
        <source>The term &quot;%1&quot; starts before the term &quot;%2&quot;: please list the terms in date order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/AcademicYear.cpp" line="184"/>
        <source>The term &quot;%1&quot; starts on %2, before the term &quot;%3&quot; ends on %4: terms must not overlap.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcademicYearStore</name>
    <message>
        <location filename="../models/records/AcademicYearStore.cpp" line="51"/>
        <source>Choose an academic year, such as 2026/27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AcademicYearStore.cpp" line="53"/>
        <source>An academic year needs at least one term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AcademicYearStore.cpp" line="58"/>
        <source>The vault is busy; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../forms/AddUserDialog.ui" line="9"/>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AddUserDialog.ui" line="20"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AddUserDialog.ui" line="30"/>
        <source>What they sign in with, such as j.evans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AddUserDialog.ui" line="43"/>
        <location filename="../forms/AddUserDialog.ui" line="70"/>
        <location filename="../forms/AddUserDialog.ui" line="147"/>
        <location filename="../forms/AddUserDialog.ui" line="176"/>
        <source>color: #b3261e;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AddUserDialog.ui" line="50"/>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AddUserDialog.ui" line="60"/>
        <source>As the school knows them, such as Mrs Jane Evans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AddUserDialog.ui" line="77"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AddUserDialog.ui" line="107"/>
        <source>First &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AddUserDialog.ui" line="120"/>
        <source>At least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AddUserDialog.ui" line="127"/>
        <source>Con&amp;firm passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AddUserDialog.ui" line="156"/>
        <source>Tell them this passphrase in person. They must change it the first time they sign in, so that only they know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AddUserDialog.ui" line="205"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AddUserDialog.ui" line="215"/>
        <source>&amp;Add User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AddUserDialog.cpp" line="81"/>
        <source>The office manager: manages users, backups and the school&apos;s settings, and sees everything except safeguarding records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AddUserDialog.cpp" line="84"/>
        <source>Pupils, parents and staff, acceptable-use agreements, photo consent and password-change records. No safeguarding records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AddUserDialog.cpp" line="87"/>
        <source>The designated safeguarding lead or a deputy: records and reads safeguarding concerns, and does everything Office does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AddUserDialog.cpp" line="90"/>
        <source>Reads everything, safeguarding records and the audit trail included, but changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AddUserDialog.cpp" line="93"/>
        <source>Records password changes and keeps the filtering log; sees pupils and staff, but cannot change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AddUserDialog.cpp" line="96"/>
        <source>Reports with anonymised figures only: no names and no records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AddUserDialog.cpp" line="113"/>
        <source>Adding the first Designated Safeguarding Lead creates the safeguarding key, which opens concern records. They hold it from now on, and so does any Head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AddUserDialog.cpp" line="116"/>
        <source>Adding a Designated Safeguarding Lead or a Head gives them the safeguarding key, which opens concern records. Lanyard passes it to them the next time a DSL or the Head who holds it signs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AddUserDialog.cpp" line="120"/>
        <source>A Head holds the safeguarding key, which opens concern records, once the first Designated Safeguarding Lead has been added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AddUserDialog.cpp" line="133"/>
        <source>Type a first passphrase for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/AddUserDialog.cpp" line="134"/>
        <source>Use at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/AddUserDialog.cpp" line="136"/>
        <source>Type the passphrase again, to be sure of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AddUserDialog.cpp" line="137"/>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementStore</name>
    <message>
        <location filename="../models/records/AgreementStore.cpp" line="75"/>
        <source>Choose the academic year, such as 2026/27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AgreementStore.cpp" line="80"/>
        <source>The vault is busy; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AgreementStore.cpp" line="165"/>
        <source>This is not a Lanyard agreement code; check it and scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AgreementStore.cpp" line="178"/>
        <source>The code %1 has been misread or mistyped. Scan it again, or type it carefully from the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AgreementStore.cpp" line="316"/>
        <source>This code is from another school&apos;s Lanyard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AgreementStore.cpp" line="329"/>
        <source>This code belongs to the %1 round, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AgreementStore.cpp" line="332"/>
        <source>No agreement with the code %1 was issued in this vault. Check the code, or find the pupil by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AgreementStore.cpp" line="368"/>
        <source>No form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AgreementStore.cpp" line="416"/>
        <source>Pupils, Years 1–2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AgreementStore.cpp" line="418"/>
        <source>Pupils, Year 3 and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AgreementStore.cpp" line="420"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AgreementStore.cpp" line="424"/>
        <source>Visitors and volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AgreementStore.cpp" line="452"/>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AgreementStore.cpp" line="454"/>
        <source>Parent or carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AgreementStore.cpp" line="456"/>
        <source>Pupil and parent or carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AgreementStore.cpp" line="460"/>
        <source>The person themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AgreementStore.cpp" line="489"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AgreementStore.cpp" line="491"/>
        <source>Partly signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AgreementStore.cpp" line="493"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AgreementStore.cpp" line="497"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AgreementStore.cpp" line="585"/>
        <source>This agreement&apos;s text is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AgreementStore.cpp" line="618"/>
        <source>Give the agreement a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AgreementStore.cpp" line="620"/>
        <source>The agreement has no text. Write what the signer agrees to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AgreementStore.cpp" line="704"/>
        <source>Choose at least one year group to give agreements to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AgreementStore.cpp" line="708"/>
        <source>Choose the year group for every rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AgreementStore.cpp" line="711"/>
        <source>%1 has more than one rule; keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AgreementStore.cpp" line="714"/>
        <source>%1 needs a pupils&apos; agreement, not the staff or visitors&apos; one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AgreementStore.cpp" line="717"/>
        <source>Choose who signs for %1: the pupil, the parent or carer, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AgreementStore.cpp" line="818"/>
        <source>Enter the date the agreement was signed: today or earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AgreementStore.cpp" line="839"/>
        <source>%1 already signed the agreement for %2, on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AgreementStore.cpp" line="904"/>
        <source>This agreement is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AgreementStore.cpp" line="930"/>
        <source>This form (%1) was already recorded as declined on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AgreementStore.cpp" line="934"/>
        <source>This form (%1) was already recorded as returned on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AgreementStore.cpp" line="937"/>
        <source>The date returned is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AgreementStore.cpp" line="942"/>
        <source>Nothing to record for %1: tick who signed the form (%2), or that it was declined.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementsWidget</name>
    <message>
        <location filename="../forms/AgreementsWidget.ui" line="26"/>
        <source>Academic &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AgreementsWidget.ui" line="46"/>
        <source>&amp;Staff signing sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AgreementsWidget.cpp" line="25"/>
        <source>Round and returns so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AgreementsWidget.cpp" line="28"/>
        <source>Record returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AgreementsWidget.cpp" line="34"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AgreementsWidget.cpp" line="51"/>
        <source>Staff acceptable use %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="140"/>
        <source>Lanyard could not write to the audit trail, so nothing was saved. If another copy of Lanyard has the vault open, close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="244"/>
        <location filename="../models/storage/AuditLog.cpp" line="279"/>
        <location filename="../models/storage/AuditLog.cpp" line="296"/>
        <location filename="../models/storage/AuditLog.cpp" line="308"/>
        <location filename="../models/storage/AuditLog.cpp" line="353"/>
        <location filename="../models/storage/AuditLog.cpp" line="361"/>
        <location filename="../models/storage/AuditLog.cpp" line="401"/>
        <location filename="../models/storage/AuditLog.cpp" line="415"/>
        <source>Lanyard could not write to the audit trail, so nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="148"/>
        <source>The audit trail is damaged, so nothing was saved. Ask an administrator to check the vault (lanyard-cli verify).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="460"/>
        <location filename="../models/storage/AuditLog.cpp" line="481"/>
        <source>Lanyard could not read the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="522"/>
        <source>The vault could not be read to check it: the file may be damaged. Restore the most recent backup, or ask for help before making changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="540"/>
        <source>Audit entry %1 has been removed: the chain breaks there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="548"/>
        <source>Audit entry %1 has been altered: it no longer matches its own hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="551"/>
        <source>The audit trail breaks between entries %1 and %2: an entry there has been altered, removed or put out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="565"/>
        <source>The audit trail&apos;s head record has been removed, so entries removed from its end would not show. The vault has been tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="570"/>
        <source>Audit entry %1 has been removed from the end of the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="573"/>
        <source>Audit entry %1 was added outside Lanyard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="575"/>
        <source>Audit entry %1, the newest, has been altered or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="577"/>
        <source>The audit trail&apos;s head record has been altered outside Lanyard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="607"/>
        <source>%1 record %2 was added outside Lanyard: it has no audit entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="613"/>
        <source>%1 record %2 was put back outside Lanyard after audit entry %3 recorded its deletion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="620"/>
        <source>%1 record %2 was changed outside Lanyard after audit entry %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="629"/>
        <source>%1 record %2 was deleted outside Lanyard after audit entry %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="644"/>
        <source>The vault file is damaged inside: its integrity check failed. Restore the most recent backup, or ask for help before making changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="654"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="656"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="658"/>
        <source>Academic year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="660"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="662"/>
        <source>Member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="664"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="666"/>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="668"/>
        <source>Parent or carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="670"/>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="672"/>
        <source>AUP text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="674"/>
        <source>AUP rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="676"/>
        <source>AUP agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="683"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="685"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="687"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="689"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="691"/>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="693"/>
        <source>Read safeguarding record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="695"/>
        <source>Backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="697"/>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="699"/>
        <source>Printed recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="701"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="703"/>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditViewerWidget</name>
    <message>
        <location filename="../forms/AuditViewerWidget.ui" line="31"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AuditViewerWidget.ui" line="48"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AuditViewerWidget.ui" line="64"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AuditViewerWidget.ui" line="71"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AuditViewerWidget.ui" line="87"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AuditViewerWidget.ui" line="94"/>
        <source>&amp;Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AuditViewerWidget.ui" line="114"/>
        <source>Any number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AuditViewerWidget.ui" line="117"/>
        <source>No. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AuditViewerWidget.ui" line="123"/>
        <source>Record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AuditViewerWidget.ui" line="143"/>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AuditViewerWidget.ui" line="174"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AuditViewerWidget.ui" line="179"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AuditViewerWidget.ui" line="184"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AuditViewerWidget.ui" line="189"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AuditViewerWidget.ui" line="194"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AuditViewerWidget.ui" line="230"/>
        <source>&amp;Verify now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AuditViewerWidget.ui" line="233"/>
        <source>Check the whole audit trail, every record against it, and the vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AuditViewerWidget.cpp" line="90"/>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AuditViewerWidget.cpp" line="104"/>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AuditViewerWidget.cpp" line="133"/>
        <source>Audit entry %1
Hash %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AuditViewerWidget.cpp" line="139"/>
        <source>%1 %2</source>
        <comment>kind of record and its number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AuditViewerWidget.cpp" line="156"/>
        <source>The newest %1 entries; choose a user, dates or a record to see older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AuditViewerWidget.cpp" line="158"/>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AuditViewerWidget.cpp" line="158"/>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AuditViewerWidget.cpp" line="168"/>
        <source>The vault is whole: 1 audit entry, chain head %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AuditViewerWidget.cpp" line="169"/>
        <source>The vault is whole: %1 audit entries, chain head %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AuditViewerWidget.cpp" line="173"/>
        <source>The check found a problem. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AupReports</name>
    <message>
        <location filename="../reports/AupReports.cpp" line="52"/>
        <source>No agreements have been issued for %1 there yet: issue them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="57"/>
        <source>Acceptable use agreements %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="62"/>
        <location filename="../reports/AupReports.cpp" line="169"/>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="63"/>
        <location filename="../reports/AupReports.cpp" line="171"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="64"/>
        <source>Pupil signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="65"/>
        <source>Parent signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="66"/>
        <source>Date returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="75"/>
        <source>Class signing sheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="76"/>
        <location filename="../reports/AupReports.cpp" line="167"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="77"/>
        <source>Forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="78"/>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="80"/>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="83"/>
        <source>Tick each column as the forms come back, then send the forms and this sheet to the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="105"/>
        <location filename="../reports/AupReports.cpp" line="227"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="106"/>
        <source>Form and year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="114"/>
        <source>Pupil and parent or carer: we have read this agreement together and will keep to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="117"/>
        <source>Pupil: I have read this agreement, or had it read to me, and I will keep to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="118"/>
        <source>Parent or carer: I have read this agreement and talked it through with my child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="122"/>
        <source>Pupil&apos;s signature or mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="122"/>
        <location filename="../reports/AupReports.cpp" line="125"/>
        <location filename="../reports/AupReports.cpp" line="227"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="124"/>
        <source>I agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="124"/>
        <source>I do not agree: please contact me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="125"/>
        <source>Parent or carer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="125"/>
        <location filename="../reports/AupReports.cpp" line="227"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="127"/>
        <source>Please return this form to the class teacher. Version %1 of the %2 agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="149"/>
        <source>AUP forms to chase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="153"/>
        <source>Acceptable use agreements still to come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="155"/>
        <source>Every agreement issued for %1 has come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="164"/>
        <source>Forms outstanding on %1: %2. A page for each class follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="167"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="167"/>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="170"/>
        <source>Still needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="172"/>
        <source>Chased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="178"/>
        <source>%1: forms to chase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="184"/>
        <source>The whole form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="185"/>
        <source>Pupil&apos;s and parent&apos;s signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="186"/>
        <source>Pupil&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="187"/>
        <source>Parent&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="206"/>
        <source>Staff acceptable use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="212"/>
        <source>Staff signing sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="214"/>
        <source>Every member of staff signs the staff acceptable use agreement at induction, before they use school systems. %1 of %2 have signed for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="227"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="227"/>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/AupReports.cpp" line="233"/>
        <source>Version %1 of the %2 staff agreement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AupReturnsWidget</name>
    <message>
        <location filename="../forms/AupReturnsWidget.ui" line="12"/>
        <source>Scan the QR code on each form as it comes back, or type its code and press Enter. Untick what is missing before you scan a form that is not fully signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AupReturnsWidget.ui" line="24"/>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AupReturnsWidget.ui" line="34"/>
        <source>Scan or type a code, e.g. AUP-K7QD-26-000123-X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AupReturnsWidget.ui" line="45"/>
        <source>Signed by the &amp;pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AupReturnsWidget.ui" line="55"/>
        <source>Signed by a pa&amp;rent or carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AupReturnsWidget.ui" line="65"/>
        <source>&amp;Declined (refused to sign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AupReturnsWidget.ui" line="72"/>
        <source>Parent or carer&apos;s name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AupReturnsWidget.ui" line="96"/>
        <source>No code? &amp;Find the pupil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AupReturnsWidget.ui" line="106"/>
        <source>Start typing a name from the outstanding forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AupReturnsWidget.ui" line="115"/>
        <source>Recorded in this session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AupReturnsWidget.cpp" line="57"/>
        <source>Ready to scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AupReturnsWidget.cpp" line="91"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AupReturnsWidget.cpp" line="94"/>
        <source>%1  %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AupRoundWidget</name>
    <message>
        <location filename="../forms/AupRoundWidget.ui" line="27"/>
        <source>&amp;Issue agreements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AupRoundWidget.ui" line="30"/>
        <source>Make an agreement for every pupil on roll in the covered year groups who has none for this year, such as new joiners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AupRoundWidget.ui" line="37"/>
        <source>Pack for the &amp;whole school…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AupRoundWidget.ui" line="44"/>
        <source>Pack for this &amp;form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AupRoundWidget.ui" line="51"/>
        <source>&amp;Chase list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AupRoundWidget.ui" line="78"/>
        <source>Year and form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AupRoundWidget.ui" line="83"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AupRoundWidget.ui" line="88"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AupRoundWidget.ui" line="93"/>
        <source>Partly signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AupRoundWidget.ui" line="98"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AupRoundWidget.ui" line="103"/>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AupRoundWidget.ui" line="108"/>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AupRoundWidget.ui" line="142"/>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AupRoundWidget.ui" line="147"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AupRoundWidget.ui" line="152"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AupRoundWidget.ui" line="157"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AupRoundWidget.cpp" line="124"/>
        <source>No agreements have been issued for %1 yet. Check the templates, then issue them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AupRoundWidget.cpp" line="126"/>
        <source>%1: %2 of %3 forms back (%4%), %5 outstanding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AupRoundWidget.cpp" line="151"/>
        <source>Outstanding in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AupRoundWidget.cpp" line="152"/>
        <source>Outstanding in the school: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AupRoundWidget.cpp" line="169"/>
        <location filename="../app/gui/AupRoundWidget.cpp" line="179"/>
        <location filename="../app/gui/AupRoundWidget.cpp" line="185"/>
        <source>Issue agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AupRoundWidget.cpp" line="170"/>
        <source>Make an AUP agreement for %1 for every pupil on roll in the year groups the rules cover who does not have one yet?

Each is bound to the current version of its template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AupRoundWidget.cpp" line="186"/>
        <source>New agreements issued: %1.
Pupils who already had one: %2.
Pupils in year groups that get no agreement (Nursery, Reception): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AupRoundWidget.cpp" line="196"/>
        <source>whole school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AupRoundWidget.cpp" line="198"/>
        <source>AUP pack %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AupRoundWidget.cpp" line="205"/>
        <source>AUP chase list %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AupTemplatesWidget</name>
    <message>
        <location filename="../forms/AupTemplatesWidget.ui" line="14"/>
        <source>A&amp;greements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AupTemplatesWidget.ui" line="30"/>
        <source>Agreement to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AupTemplatesWidget.ui" line="37"/>
        <source>Which year groups get which agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AupTemplatesWidget.ui" line="68"/>
        <source>Year group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AupTemplatesWidget.ui" line="73"/>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AupTemplatesWidget.ui" line="78"/>
        <source>Who signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AupTemplatesWidget.ui" line="95"/>
        <source>Save &amp;rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AupTemplatesWidget.ui" line="121"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AupTemplatesWidget.ui" line="134"/>
        <source>&amp;Wording: a blank line between paragraphs, and “- ” at the start of a line for a bullet point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AupTemplatesWidget.ui" line="173"/>
        <source>Restore &amp;Lanyard&apos;s wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AupTemplatesWidget.ui" line="176"/>
        <source>Put back the wording Lanyard comes with. Nothing changes until you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AupTemplatesWidget.ui" line="193"/>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AupTemplatesWidget.ui" line="196"/>
        <source>Discard your changes and show the saved wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/AupTemplatesWidget.ui" line="203"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AupTemplatesWidget.cpp" line="63"/>
        <source>&amp;Wording:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AupTemplatesWidget.cpp" line="106"/>
        <source>Save your changes to the wording of “%1” and to the year groups’ rules?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AupTemplatesWidget.cpp" line="107"/>
        <source>Save your changes to the wording of “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AupTemplatesWidget.cpp" line="108"/>
        <source>Save your changes to the year groups’ rules?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AupTemplatesWidget.cpp" line="109"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AupTemplatesWidget.cpp" line="185"/>
        <source>Version %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AupTemplatesWidget.cpp" line="190"/>
        <source>1 agreement was issued against version %1; it keeps its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/AupTemplatesWidget.cpp" line="191"/>
        <source>%n agreements were issued against version %1; they keep its text.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/AupTemplatesWidget.cpp" line="196"/>
        <source>%n agreements were issued against earlier versions; they keep their text.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/AupTemplatesWidget.cpp" line="201"/>
        <source>1 agreement has been issued against this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/AupTemplatesWidget.cpp" line="202"/>
        <source>%n agreements have been issued against this version.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/AupTemplatesWidget.cpp" line="204"/>
        <source>Saving a change makes version %1; forms already issued keep this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AupTemplatesWidget.cpp" line="206"/>
        <source>Nothing has been issued against it yet, so saving changes it in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AupTemplatesWidget.cpp" line="267"/>
        <source>Saved as version %1: forms already issued keep version %2’s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AupTemplatesWidget.cpp" line="269"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AupTemplatesWidget.cpp" line="290"/>
        <source>Lanyard’s wording is filled in. Save to use it, or Revert to go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AupTemplatesWidget.cpp" line="291"/>
        <source>This is already Lanyard’s wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AupTemplatesWidget.cpp" line="308"/>
        <location filename="../app/gui/AupTemplatesWidget.cpp" line="318"/>
        <source>Not issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AupTemplatesWidget.cpp" line="400"/>
        <source>Saved for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../models/storage/Backup.cpp" line="223"/>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="225"/>
        <source>A change is still being saved; try the backup again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="227"/>
        <source>Lanyard could not copy the vault for the backup. If the disk is full, make room and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="312"/>
        <source>The backup %1 is damaged: %2. Use another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="373"/>
        <source>A backup cannot go in place of the vault or beside its own files; choose another name or a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="377"/>
        <source>%1 is a folder; give a file name for the backup, or let Lanyard name it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="381"/>
        <source>The folder %1 does not exist. If it is on a USB drive, plug the drive in and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="387"/>
        <source>%1 already exists and is not a Lanyard backup; Lanyard will not overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="410"/>
        <source>The backup was stopped: the copy of the vault was not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="416"/>
        <source>The vault&apos;s key ring %1 cannot be read, so it cannot be backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="423"/>
        <source>Lanyard could not read back its copy of the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="453"/>
        <source>The backup could not be written to %1: %2. If the drive is full or was unplugged, fix that and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="460"/>
        <source>The backup did not read back correctly from %1, so it was deleted. The drive may be failing; try another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="491"/>
        <source>Lanyard could not make a temporary folder for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="506"/>
        <location filename="../models/storage/Backup.cpp" line="539"/>
        <source>The backup %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="507"/>
        <source>There is no backup at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="514"/>
        <source>%1 is not a Lanyard backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="517"/>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="517"/>
        <location filename="../models/storage/Backup.cpp" line="553"/>
        <source>it was cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="545"/>
        <source>The backup %1 was made by a newer version of Lanyard (backup format %2). Install the newer Lanyard to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="554"/>
        <location filename="../models/storage/Backup.cpp" line="567"/>
        <source>its header cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="557"/>
        <source>it was cut short, perhaps while it was being copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="559"/>
        <source>it has extra data at its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="561"/>
        <source>its copy of the vault does not match its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="563"/>
        <source>its copy of the key ring does not match its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="565"/>
        <source>its header does not match its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="622"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="627"/>
        <source>An earlier restore did not finish, and left the vault it replaced at %1. Move it somewhere safe, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="637"/>
        <source>Lanyard cannot tell whose vault is at %1, as its key ring is missing or damaged, so it will not replace it. Move it aside or restore to a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="642"/>
        <source>This backup is of a different school&apos;s vault than the one at %1; nothing was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="647"/>
        <source>The vault %1 is open in Lanyard, here or on another computer. Close it everywhere, then restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="666"/>
        <source>Lanyard could not unpack the backup beside %1. If the disk is full, make room and try again. Nothing was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="672"/>
        <source>The backup changed while it was being read, or the disk is failing. Nothing was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="677"/>
        <source>The backup&apos;s key ring does not belong to the vault it holds. Nothing was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="695"/>
        <source>Use a passphrase that was in force when the backup was made, or the recovery key. Nothing was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="697"/>
        <source>The vault in the backup cannot be opened: %1 Nothing was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="713"/>
        <source>The vault in the backup fails its integrity check. Nothing was replaced; use another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="725"/>
        <location filename="../models/storage/Backup.cpp" line="728"/>
        <source>Lanyard could not finish preparing the restored vault. Nothing was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="746"/>
        <source>Lanyard could not put the restored vault in place at %1; the vault there was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="767"/>
        <source>Nothing was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="803"/>
        <source>Keep at least one backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Backup.cpp" line="824"/>
        <source>The old backup %1 could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <location filename="../app/gui/BackupController.cpp" line="69"/>
        <source>Keep at least one backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackupController.cpp" line="85"/>
        <source>Choose a folder for the backups first, for example on a USB drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackupController.cpp" line="91"/>
        <source>The backup folder %1 cannot be found. If it is on a USB drive, plug the drive in and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackupController.cpp" line="122"/>
        <source>Back up before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackupController.cpp" line="123"/>
        <source>Back up the school&apos;s vault to %1 before Lanyard closes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackupController.cpp" line="126"/>
        <source>&amp;Back Up and Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackupController.cpp" line="128"/>
        <location filename="../app/gui/BackupController.cpp" line="146"/>
        <source>Close &amp;Without Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackupController.cpp" line="142"/>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackupController.cpp" line="143"/>
        <source>&amp;Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackupController.cpp" line="174"/>
        <source>This vault has never been backed up. Back it up now, to a drive that is kept away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackupController.cpp" line="179"/>
        <source>The last backup was %1 days ago, on %2. Back up at least once a week: back up now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackupController.cpp" line="188"/>
        <source>Never backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackupController.cpp" line="193"/>
        <source>Last backed up today (%1), to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackupController.cpp" line="195"/>
        <source>Last backed up yesterday (%1), to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackupController.cpp" line="196"/>
        <source>Last backed up %1 days ago (%2), to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackupController.cpp" line="213"/>
        <source>Record how many copies of the school&apos;s data you keep, on how many devices, and whether one is kept off-site, to see how the school stands against the DfE&apos;s 3-2-1 rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackupController.cpp" line="217"/>
        <source>1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackupController.cpp" line="217"/>
        <source>%1 copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackupController.cpp" line="218"/>
        <source>1 device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackupController.cpp" line="218"/>
        <source>%1 different devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackupController.cpp" line="221"/>
        <source>The school keeps %1 of its data, on %2, with one off-site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackupController.cpp" line="222"/>
        <source>The school keeps %1 of its data, on %2, none of them off-site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackupController.cpp" line="225"/>
        <source>%1 That meets the DfE&apos;s 3-2-1 rule: 3 copies, on 2 different devices, 1 of them off-site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackupController.cpp" line="229"/>
        <source>one more copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackupController.cpp" line="229"/>
        <source>%1 more copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackupController.cpp" line="231"/>
        <source>a second device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackupController.cpp" line="233"/>
        <source>one copy kept off-site (or in the cloud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackupController.cpp" line="234"/>
        <source>%1 That falls short of the DfE&apos;s 3-2-1 rule (3 copies, on 2 different devices, 1 of them off-site): it needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <location filename="../forms/BackupSettingsDialog.ui" line="9"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/BackupSettingsDialog.ui" line="18"/>
        <location filename="../forms/BackupSettingsDialog.ui" line="184"/>
        <source>color: #b3261e;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/BackupSettingsDialog.ui" line="32"/>
        <source>Where backups go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/BackupSettingsDialog.ui" line="41"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/BackupSettingsDialog.ui" line="53"/>
        <source>For example a USB drive that is taken home or locked away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/BackupSettingsDialog.ui" line="60"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/BackupSettingsDialog.ui" line="72"/>
        <source>&amp;Keep the newest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/BackupSettingsDialog.ui" line="82"/>
        <source> backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/BackupSettingsDialog.ui" line="98"/>
        <source>&amp;Offer a backup when Lanyard closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/BackupSettingsDialog.ui" line="108"/>
        <source>The 3-2-1 rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/BackupSettingsDialog.ui" line="114"/>
        <source>The DfE&apos;s cyber security standards ask schools to keep 3 copies of their data, on 2 different devices, with 1 of them off-site. Record what the school does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/BackupSettingsDialog.ui" line="124"/>
        <source>&amp;Copies, counting the vault itself:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/BackupSettingsDialog.ui" line="134"/>
        <location filename="../forms/BackupSettingsDialog.ui" line="154"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/BackupSettingsDialog.ui" line="144"/>
        <source>On how many &amp;devices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/BackupSettingsDialog.ui" line="164"/>
        <source>One copy is kept &amp;off-site (or in the cloud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/BackupSettingsDialog.ui" line="203"/>
        <source>Back &amp;Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/BackupSettingsDialog.ui" line="223"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/BackupSettingsDialog.ui" line="233"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackupSettingsDialog.cpp" line="35"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackupSettingsDialog.cpp" line="71"/>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsWidget</name>
    <message>
        <location filename="../forms/BackupsWidget.ui" line="27"/>
        <source>color: #b3261e;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/BackupsWidget.ui" line="44"/>
        <source>Where backups go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/BackupsWidget.ui" line="50"/>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/BackupsWidget.ui" line="67"/>
        <source>Kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/BackupsWidget.ui" line="77"/>
        <source>On closing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/BackupsWidget.ui" line="90"/>
        <source>The 3-2-1 rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/BackupsWidget.ui" line="135"/>
        <source>&amp;Change Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/BackupsWidget.ui" line="142"/>
        <source>Back &amp;Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackupsWidget.cpp" line="36"/>
        <source>Not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackupsWidget.cpp" line="38"/>
        <source>The newest backup only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackupsWidget.cpp" line="39"/>
        <source>The newest %1 backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackupsWidget.cpp" line="41"/>
        <source>Lanyard offers a backup when it closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackupsWidget.cpp" line="42"/>
        <source>Lanyard does not offer a backup when it closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackupsWidget.cpp" line="52"/>
        <source>Choose where backups go, for example a USB drive, with Change Settings…, then back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackupsWidget.cpp" line="53"/>
        <source>An administrator must choose where backups go before anyone can back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/BackupsWidget.cpp" line="75"/>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../forms/ChangePassphraseDialog.ui" line="9"/>
        <location filename="../app/gui/ChangePassphraseDialog.cpp" line="57"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ChangePassphraseDialog.ui" line="27"/>
        <source>C&amp;urrent passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ChangePassphraseDialog.ui" line="44"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ChangePassphraseDialog.ui" line="57"/>
        <source>At least 8 characters; a few words are easy to remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ChangePassphraseDialog.ui" line="67"/>
        <location filename="../forms/ChangePassphraseDialog.ui" line="94"/>
        <location filename="../forms/ChangePassphraseDialog.ui" line="113"/>
        <source>color: #b3261e;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ChangePassphraseDialog.ui" line="74"/>
        <source>Con&amp;firm new passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ChangePassphraseDialog.ui" line="142"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ChangePassphraseDialog.ui" line="152"/>
        <source>&amp;Change Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangePassphraseDialog.cpp" line="42"/>
        <source>Nobody can look your passphrase up, not even an administrator: if you forget it, an administrator gives you a new one to change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangePassphraseDialog.cpp" line="46"/>
        <source>Choose your own passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangePassphraseDialog.cpp" line="48"/>
        <source>Welcome, %1. You signed in with a first passphrase that someone else gave you. Before you go on, choose a new one that only you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangePassphraseDialog.cpp" line="53"/>
        <source>&amp;Quit Lanyard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangePassphraseDialog.cpp" line="58"/>
        <source>Type your current passphrase, then your new one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangePassphraseDialog.cpp" line="63"/>
        <source>Reset passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangePassphraseDialog.cpp" line="64"/>
        <source>&amp;Reset Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangePassphraseDialog.cpp" line="100"/>
        <source>Reset passphrase for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangePassphraseDialog.cpp" line="102"/>
        <source>Give %1 (%2) a new first passphrase, and tell it to them in person. They must change it the next time they sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangePassphraseDialog.cpp" line="109"/>
        <source>Their safeguarding key was sealed to the old passphrase. Until another Designated Safeguarding Lead or the Head next signs in, %1 will not be able to read safeguarding records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangePassphraseDialog.cpp" line="132"/>
        <source>Type a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ChangePassphraseDialog.cpp" line="134"/>
        <source>Use at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ChangePassphraseDialog.cpp" line="136"/>
        <source>Choose a passphrase different from your current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangePassphraseDialog.cpp" line="138"/>
        <source>Choose a passphrase different from the one you were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangePassphraseDialog.cpp" line="151"/>
        <location filename="../app/gui/ChangePassphraseDialog.cpp" line="164"/>
        <source>The two new passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangePassphraseDialog.cpp" line="163"/>
        <source>Type the new passphrase again, to be sure of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangePassphraseDialog.cpp" line="200"/>
        <source>Type your current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ChangePassphraseDialog.cpp" line="201"/>
        <source>That is not your current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="132"/>
        <source>The Lanyard user to act as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="132"/>
        <location filename="../app/cli/Cli.cpp" line="136"/>
        <location filename="../app/cli/Cli.cpp" line="137"/>
        <location filename="../app/cli/Cli.cpp" line="148"/>
        <location filename="../app/cli/Cli.cpp" line="622"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="133"/>
        <source>Read the passphrase from the first line of a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="133"/>
        <location filename="../app/cli/Cli.cpp" line="134"/>
        <location filename="../app/cli/Cli.cpp" line="159"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="134"/>
        <source>Read the new passphrase from the first line of a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="135"/>
        <source>Open the vault with its recovery key instead of a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="135"/>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="136"/>
        <source>The school&apos;s name (init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="137"/>
        <source>The user&apos;s full name (init, user add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="138"/>
        <source>The new user&apos;s role (user add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="138"/>
        <location filename="../app/cli/Cli.cpp" line="622"/>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="139"/>
        <source>How many pupils to generate (demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="139"/>
        <location filename="../app/cli/Cli.cpp" line="140"/>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="140"/>
        <source>Seed for the generated school (demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="143"/>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="144"/>
        <source>form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="153"/>
        <source>Include pupils who have left (list, export). For import: keep (the default) or mark people missing from the file as leavers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="155"/>
        <source>Check the file and show what would change, without writing anything (import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="157"/>
        <source>The file&apos;s encoding, utf-8 or windows-1252, when it is not found by itself (import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="158"/>
        <source>encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="95"/>
        <source>Lanyard&apos;s command line.

Commands:
  init VAULT --school NAME --user NAME   create a vault; the user is its administrator
  demo VAULT [--pupils N] [--seed S]     fill an empty vault with a generated school
  list pupils|staff VAULT [--year Y] [--form F] [--leavers] [--format table|csv]
  import pupils|staff VAULT FILE [--dry-run] [--leavers keep|mark] [--encoding E]
                                         update the roll from a CSV file exported by the MIS;
                                         a file with any problem is refused whole. E is
                                         utf-8 or windows-1252, found by itself if not given
  export pupils|staff VAULT -o FILE.csv [--leavers]   the roll as a CSV file
  backup VAULT DEST                      write one backup file to DEST, a file or a folder
  restore BACKUP VAULT                   check a backup, then put it in place of VAULT; sign in
                                         with a passphrase from the backup&apos;s date
  user add VAULT NAME --role ROLE [--display-name N]   add a user (administrators)
  user remove|disable|enable VAULT NAME  (administrators)
  user passwd VAULT NAME                 set a user&apos;s passphrase
  user list VAULT                        the users and their roles (administrators)
  verify VAULT                           check the audit trail, the records and the file
  aup issue VAULT [--year Y]             issue this year&apos;s AUP agreements to pupils who have none
  aup return VAULT CODE [--pupil-signed] [--parent-signed] [--declined] [--parent-name N]
                                         record a returned form by the code printed on it
  aup list VAULT [--form F] [--outstanding] [--format table|csv]   pupils&apos; agreements
  aup staff-signed VAULT STAFF [--date D]   record a member of staff&apos;s signed agreement;
                                         STAFF is &quot;Surname, Forename&quot; or their number
  report aup-pack|aup-chase|staff-aup VAULT -o FILE.pdf [--year Y] [--form F]
                                         the Michaelmas pack (a form per pupil and a signing
                                         sheet per class), the forms still to chase, or the
                                         staff signing sheet, as an A4 PDF
  For aup and report, Y is an academic year such as 2026/27, the one today falls in if not given.
  Roles: administrator, office, dsl, head, it, governor.

The user comes from --user or LANYARD_USER, the passphrase from --passphrase-file,
LANYARD_PASSPHRASE or a prompt. Exit codes: 0 done, 1 refused, 2 usage,
3 wrong user or passphrase, 4 vault damaged or from a newer Lanyard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="142"/>
        <source>Only this year group: N, R or 1–13 (list). The academic year, such as 2026/27 (aup, report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="144"/>
        <source>Only this form (list, aup list, report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="145"/>
        <source>The pupil has signed the form (aup return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="146"/>
        <source>The parent or carer has signed the form (aup return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="147"/>
        <source>The form came back refused (aup return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="148"/>
        <source>The parent or carer who signed (aup return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="149"/>
        <source>Only forms not yet returned complete or declined (aup list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="150"/>
        <source>The date signed, dd/mm/yyyy or yyyy-mm-dd; today if not given (aup staff-signed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="151"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="159"/>
        <source>The file to write (export, report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="160"/>
        <source>table or csv (list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="160"/>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="166"/>
        <source>Try lanyard-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="203"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="214"/>
        <source>No passphrase given: use %1, the %2 environment variable, or run in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="222"/>
        <source>Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="224"/>
        <source>The two passphrases are different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="240"/>
        <location filename="../app/cli/Cli.cpp" line="404"/>
        <source>Say who you are with --user NAME or LANYARD_USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="244"/>
        <location filename="../app/cli/Cli.cpp" line="406"/>
        <source>Passphrase for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="257"/>
        <source>%1 must choose a new passphrase before anything else: lanyard-cli user passwd %2 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="308"/>
        <source>Give a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="309"/>
        <source>Unknown command or wrong arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="317"/>
        <source>init needs --school NAME and --user NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="319"/>
        <source>Choose a passphrase for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="331"/>
        <source>Created %1 for %2, with %3 as its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="332"/>
        <source>Recovery key: write it down or print it, and keep it in the school safe. It opens the vault if every passphrase is lost, and it is shown only this once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="345"/>
        <source>--pupils must be a number from 1 to %1 and --seed a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="353"/>
        <source>%1 already holds pupils or staff; the demo school goes only into an empty vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="360"/>
        <source>Generated a demo school with %1 pupils and %2 staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="377"/>
        <source>Backed up %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="413"/>
        <source>Restored %1 from the backup made on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="423"/>
        <location filename="../app/cli/Cli.cpp" line="685"/>
        <source>--format is table or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="425"/>
        <source>list pupils or list staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="428"/>
        <source>“%1” is not a year group: use N, R or 1 to 13.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="445"/>
        <location filename="../app/cli/Cli.cpp" line="742"/>
        <source>There is no form called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="495"/>
        <source>--leavers is keep or mark for import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="498"/>
        <source>import pupils|staff VAULT FILE [--dry-run] [--leavers keep|mark] [--encoding E].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="504"/>
        <source>--encoding is utf-8 or windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="519"/>
        <source>%1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="522"/>
        <source>Read %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="523"/>
        <source>Columns: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="525"/>
        <source>Not read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="531"/>
        <source>%1 has not been imported, and nothing has changed. Put these right and try again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="542"/>
        <source>Dry run: nothing has been written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="547"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="555"/>
        <source>Imported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="565"/>
        <source>export pupils or export staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="568"/>
        <source>export needs -o FILE.csv, the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="580"/>
        <source>Pupils written to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="580"/>
        <source>Staff written to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="589"/>
        <source>%1 holds personal data in plain text, outside the encrypted vault. Keep it somewhere safe, and delete it when you have finished with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="601"/>
        <source>user add|remove|disable|enable|passwd VAULT NAME, or user list VAULT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="604"/>
        <source>user add needs --role: administrator, office, dsl, head, it or governor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="619"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="620"/>
        <source>must change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="621"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="622"/>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="622"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="631"/>
        <source>New passphrase for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="637"/>
        <source>The passphrase for %1 has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="646"/>
        <source>Added %1 as %2. They must choose their own passphrase when they first sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="655"/>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="656"/>
        <source>Disabled %1: they can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="657"/>
        <source>Enabled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="667"/>
        <source>aup issue|list VAULT, aup return VAULT CODE, or aup staff-signed VAULT STAFF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="676"/>
        <source>“%1” is not a date: write it like 01/09/2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="682"/>
        <location filename="../app/cli/Cli.cpp" line="757"/>
        <source>“%1” is not an academic year: write it like 2026/27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="692"/>
        <source>Say what came back: --pupil-signed, --parent-signed, or --declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="704"/>
        <source>Agreements issued for %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="705"/>
        <source>Already had one: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="706"/>
        <source>Not covered (year groups without an agreement, such as Reception): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="718"/>
        <source>Returned: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="750"/>
        <source>The reports are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="753"/>
        <source>report needs -o FILE.pdf, the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="773"/>
        <source>Pages written to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="817"/>
        <source>There is no current member of staff called %1. Write it as &quot;Surname, Forename&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="822"/>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="826"/>
        <source>More than one member of staff is called %1; give the number of the one you mean: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="834"/>
        <source>Recorded: %1 signed the agreement for %2 (%3, version %4) on %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="852"/>
        <source>The vault is whole: 1 audit entry, chain head %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="853"/>
        <source>The vault is whole: %1 audit entries, chain head %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../models/io/CsvReader.cpp" line="65"/>
        <source>This file is saved as UTF-16 (Excel&apos;s “Unicode Text”), which Lanyard does not read. Open it in Excel and save it as “CSV UTF-8 (Comma delimited)”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/CsvReader.cpp" line="75"/>
        <source>This file is not in UTF-8: some of its letters would be lost. Read it as Windows-1252 instead, the encoding Excel uses for “CSV (Comma delimited)”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/CsvReader.cpp" line="82"/>
        <source>This copy of Lanyard cannot read Windows-1252 files. Open the file in Excel and save it as “CSV UTF-8 (Comma delimited)”, then import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/CsvReader.cpp" line="123"/>
        <source>Line %1: a quoted value is never closed. Check that line for a missing &quot; (quotation mark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/CsvReader.cpp" line="179"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/CsvReader.cpp" line="183"/>
        <source>%1 is too large to be a list of pupils or staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/CsvReader.cpp" line="212"/>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSchool</name>
    <message>
        <location filename="../models/demo/DemoSchool.cpp" line="713"/>
        <source>Open a vault before adding the demo school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/DemoSchool.cpp" line="715"/>
        <source>The demo school needs a valid date for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/DemoSchool.cpp" line="717"/>
        <source>A demo school has between 0 and %1 pupils.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/DemoSchool.cpp" line="720"/>
        <source>The demo school can only fill an empty vault, and this one already has staff, forms or pupils.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/DemoSchool.cpp" line="727"/>
        <source>The vault is busy; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/DemoSchool.cpp" line="731"/>
        <source>The demo school was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/DemoSchool.cpp" line="733"/>
        <source>The demo school could not be saved; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/DemoSchool.cpp" line="743"/>
        <source>There is no temporary folder for the demo school: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/DemoSchool.cpp" line="750"/>
        <source>Demo administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormStore</name>
    <message>
        <location filename="../models/records/FormStore.cpp" line="27"/>
        <source>Enter the form&apos;s name, such as 3B or Oak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/FormStore.cpp" line="29"/>
        <source>Choose the form&apos;s year group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/FormStore.cpp" line="40"/>
        <source>There is already a form called %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderMapping</name>
    <message>
        <location filename="../models/io/HeaderMapping.cpp" line="78"/>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/HeaderMapping.cpp" line="80"/>
        <source>Forename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/HeaderMapping.cpp" line="82"/>
        <source>Preferred forename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/HeaderMapping.cpp" line="84"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/HeaderMapping.cpp" line="86"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/HeaderMapping.cpp" line="88"/>
        <source>UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/HeaderMapping.cpp" line="90"/>
        <source>Admission number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/HeaderMapping.cpp" line="92"/>
        <source>Year group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/HeaderMapping.cpp" line="94"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/HeaderMapping.cpp" line="96"/>
        <source>Date of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/HeaderMapping.cpp" line="98"/>
        <source>Date of leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/HeaderMapping.cpp" line="100"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/HeaderMapping.cpp" line="102"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/HeaderMapping.cpp" line="104"/>
        <source>Staff category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/HeaderMapping.cpp" line="106"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/HeaderMapping.cpp" line="108"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/HeaderMapping.cpp" line="110"/>
        <source>Leaving date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../forms/ImportWizard.ui" line="6"/>
        <source>Import from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ImportWizard.ui" line="9"/>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ImportWizard.ui" line="10"/>
        <source>Export the roll from your MIS as a CSV file, or save it from Excel as CSV. Nothing changes in Lanyard until the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ImportWizard.ui" line="14"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ImportWizard.ui" line="15"/>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ImportWizard.ui" line="15"/>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ImportWizard.ui" line="16"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ImportWizard.ui" line="17"/>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ImportWizard.ui" line="20"/>
        <source>How the file&apos;s letters are stored. Change it if accented names look wrong below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ImportWizard.ui" line="27"/>
        <source>The first rows, as Lanyard reads them. Check that names with accents (Siân, Llŷr, Zoë) look right; if they do not, choose the other encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ImportWizard.ui" line="30"/>
        <source>The first rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ImportWizard.ui" line="37"/>
        <location filename="../forms/ImportWizard.ui" line="58"/>
        <location filename="../forms/ImportWizard.ui" line="104"/>
        <source>color: #b3261e;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ImportWizard.ui" line="41"/>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ImportWizard.ui" line="42"/>
        <source>For each thing Lanyard records, choose the column of your file that holds it. Required fields must have a column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ImportWizard.ui" line="50"/>
        <source>In Lanyard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ImportWizard.ui" line="51"/>
        <source>Column in your file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ImportWizard.ui" line="52"/>
        <source>First row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ImportWizard.ui" line="62"/>
        <source>Check the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ImportWizard.ui" line="63"/>
        <source>Lanyard has read every row and checked it against the vault. Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ImportWizard.ui" line="68"/>
        <source>Problems in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ImportWizard.ui" line="75"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ImportWizard.ui" line="76"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ImportWizard.ui" line="77"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ImportWizard.ui" line="82"/>
        <source>&amp;Save this list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ImportWizard.ui" line="88"/>
        <source>What the import will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ImportWizard.ui" line="95"/>
        <source>People not in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ImportWizard.ui" line="97"/>
        <location filename="../app/gui/ImportWizard.cpp" line="96"/>
        <source>&amp;Keep them on roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ImportWizard.ui" line="98"/>
        <location filename="../app/gui/ImportWizard.cpp" line="97"/>
        <source>&amp;Mark them as left on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ImportWizard.ui" line="99"/>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ImportWizard.ui" line="99"/>
        <source>Leaving date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ImportWizard.ui" line="108"/>
        <location filename="../app/gui/ImportWizard.cpp" line="471"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ImportWizard.ui" line="109"/>
        <source>The import is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ImportWizard.ui" line="114"/>
        <source>What the import did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="43"/>
        <source>Windows-1252 (Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="44"/>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="76"/>
        <source>Import pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="76"/>
        <source>Import staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="80"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="95"/>
        <source>Pupils not in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="95"/>
        <source>Staff not in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="96"/>
        <source>&amp;Leave them as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="97"/>
        <source>&amp;Mark them as leaving on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="116"/>
        <source>pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="116"/>
        <source>staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="127"/>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="129"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="216"/>
        <source>Lanyard found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="220"/>
        <source>1 row of pupils.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="220"/>
        <source>%1 rows of pupils.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="221"/>
        <source>1 row of staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="221"/>
        <source>%1 rows of staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="225"/>
        <source>There are no pupils in this file, only headings. Choose the file your MIS exported with the pupils in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="227"/>
        <source>There are no staff in this file, only headings. Choose the file your MIS exported with the staff in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="248"/>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="252"/>
        <source>%1, required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="281"/>
        <source>Column %1 (no heading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="287"/>
        <source>Not in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="302"/>
        <source>Not read from this file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="309"/>
        <source>Choose a column for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="339"/>
        <source>Lanyard found 1 problem in %1, so it has not imported it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="340"/>
        <source>Lanyard found %1 problems in %2, so it has not imported it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="342"/>
        <source>Nothing has been changed. Put them right in the file and import it again, or go Back if a column is matched wrongly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="369"/>
        <source>%1 is ready to import. This is what will change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="398"/>
        <source>Problems Lanyard found in %1 on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="404"/>
        <source>The list could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="414"/>
        <source>-problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="415"/>
        <location filename="../app/gui/ImportWizard.cpp" line="421"/>
        <source>Save the list of problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="416"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="435"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="435"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="472"/>
        <source>The changes are saved in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="473"/>
        <source>%1 has been imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="480"/>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="481"/>
        <source>Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="483"/>
        <source>The import was cancelled. Nothing has been written: the %1 are as they were before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="514"/>
        <source>These are the columns you chose the last time you imported a file with these headings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="515"/>
        <source>Lanyard has matched the headings it knows. Check them, and choose any it has missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="546"/>
        <source>Export pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="546"/>
        <source>Export staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="555"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="570"/>
        <source>1 pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="570"/>
        <source>%1 pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="571"/>
        <source>1 member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="572"/>
        <source>%1 members of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="575"/>
        <source>%1 saved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWizard.cpp" line="576"/>
        <source>This file holds personal data, and it is not encrypted: anyone who can open it can read it. Keep it somewhere safe, and delete it when you have finished with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyRing</name>
    <message>
        <location filename="../models/storage/KeyRing.cpp" line="73"/>
        <source>The key ring %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/KeyRing.cpp" line="81"/>
        <source>The key ring %1 is damaged or is not a Lanyard key ring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/KeyRing.cpp" line="86"/>
        <source>The key ring was written by a newer version of Lanyard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/KeyRing.cpp" line="119"/>
        <source>The key ring %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/KeyRing.cpp" line="152"/>
        <source>The key ring %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/KeyRing.cpp" line="231"/>
        <source>There is not enough memory to protect the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../app/gui/LockController.cpp" line="84"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/LockController.cpp" line="86"/>
        <source>&amp;Hide screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/LockController.cpp" line="87"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/LockController.cpp" line="95"/>
        <source>Lock Lanyard until your passphrase is entered (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/LockController.cpp" line="97"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/LockController.cpp" line="103"/>
        <source>Blank the screen at once while someone walks past (%1); any key brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/LockController.cpp" line="106"/>
        <source>Hide screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/LockController.cpp" line="159"/>
        <source>Press any key or click to return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/LockController.cpp" line="274"/>
        <source>The recovery key is wrong. Check it against the sheet and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/LockController.cpp" line="275"/>
        <source>The passphrase is wrong. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/LockController.cpp" line="365"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../forms/LockScreen.ui" line="9"/>
        <location filename="../forms/LockScreen.ui" line="37"/>
        <source>Lanyard is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/LockScreen.ui" line="49"/>
        <location filename="../app/gui/LockScreen.cpp" line="40"/>
        <source>Enter your &amp;passphrase to carry on where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/LockScreen.ui" line="57"/>
        <location filename="../app/gui/LockScreen.cpp" line="41"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/LockScreen.ui" line="63"/>
        <source>color: #b3261e;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/LockScreen.ui" line="76"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/LockScreen.cpp" line="35"/>
        <source>Opened with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/LockScreen.cpp" line="36"/>
        <source>Enter the &amp;recovery key to carry on where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/LockScreen.cpp" line="37"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/LockScreen.cpp" line="39"/>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../forms/MainWindow.ui" line="9"/>
        <location filename="../app/gui/MainWindow.cpp" line="268"/>
        <source>Lanyard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="22"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="37"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="53"/>
        <source>&amp;New school…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="58"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="63"/>
        <source>&amp;Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="68"/>
        <source>Print &amp;recovery sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="73"/>
        <source>New &amp;academic year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="78"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="128"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="130"/>
        <source>Pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="132"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="134"/>
        <source>AUP agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="136"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="138"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="140"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="274"/>
        <source>Signed in with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="275"/>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="296"/>
        <source>Go to Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="337"/>
        <source>Your passphrase has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../models/storage/Migrations.cpp" line="197"/>
        <source>The vault could not be prepared for use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Migrations.cpp" line="207"/>
        <source>This vault was written by a newer version of Lanyard (data version %1; this version understands up to %2). Please install the newer Lanyard to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Migrations.cpp" line="219"/>
        <source>The vault is in use by another program; close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Migrations.cpp" line="239"/>
        <source>The vault could not be upgraded to data version %1; it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewSchoolWizard</name>
    <message>
        <location filename="../forms/NewSchoolWizard.ui" line="6"/>
        <source>New school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/NewSchoolWizard.ui" line="9"/>
        <source>Your school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/NewSchoolWizard.ui" line="10"/>
        <source>Lanyard keeps one school&apos;s records in one encrypted file, its vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/NewSchoolWizard.ui" line="11"/>
        <source>School &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/NewSchoolWizard.ui" line="11"/>
        <source>As it should appear on reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/NewSchoolWizard.ui" line="11"/>
        <source>&amp;URN (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/NewSchoolWizard.ui" line="11"/>
        <source>6 digits, from Get Information about Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/NewSchoolWizard.ui" line="11"/>
        <location filename="../forms/NewSchoolWizard.ui" line="16"/>
        <location filename="../forms/NewSchoolWizard.ui" line="21"/>
        <location filename="../forms/NewSchoolWizard.ui" line="31"/>
        <source>color: #b3261e;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/NewSchoolWizard.ui" line="14"/>
        <source>The administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/NewSchoolWizard.ui" line="15"/>
        <source>The first user can add colleagues later. Nobody, including Lanyard&apos;s makers, can recover a forgotten passphrase without the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/NewSchoolWizard.ui" line="16"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/NewSchoolWizard.ui" line="16"/>
        <source>What you will type to sign in, such as jsmith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/NewSchoolWizard.ui" line="16"/>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/NewSchoolWizard.ui" line="16"/>
        <source>Your full name, such as Jane Smith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/NewSchoolWizard.ui" line="16"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/NewSchoolWizard.ui" line="16"/>
        <source>At least 8 characters; a short sentence is best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/NewSchoolWizard.ui" line="16"/>
        <source>&amp;Confirm passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/NewSchoolWizard.ui" line="19"/>
        <source>Where to keep the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/NewSchoolWizard.ui" line="20"/>
        <source>Choose a folder on this computer that the school&apos;s backups include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/NewSchoolWizard.ui" line="21"/>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/NewSchoolWizard.ui" line="21"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/NewSchoolWizard.ui" line="21"/>
        <source>A second file, ending in .lanyard-keys, is kept beside it. Back up both together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/NewSchoolWizard.ui" line="24"/>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/NewSchoolWizard.ui" line="25"/>
        <source>The school&apos;s vault has been created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/NewSchoolWizard.ui" line="27"/>
        <source>This key opens the vault if every passphrase is forgotten. Write it down or print it now, and keep it in the school safe. It is shown only this once, and Lanyard cannot show it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/NewSchoolWizard.ui" line="29"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/NewSchoolWizard.ui" line="29"/>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/NewSchoolWizard.ui" line="30"/>
        <source>I have written down or printed the recovery key and will keep it in the school safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="50"/>
        <source>&amp;Create school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="84"/>
        <source>Tick the box once the recovery key is written down or printed, then click %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="116"/>
        <source>Tick the box to confirm the recovery key is written down or printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="140"/>
        <source>The passphrase needs at least %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="146"/>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="164"/>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="155"/>
        <source>Enter a user name for signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="158"/>
        <source>Enter your name as colleagues should see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="161"/>
        <source>The passphrase needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="183"/>
        <source>Save the school&apos;s vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="184"/>
        <source>Lanyard vaults (*.lanyard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="196"/>
        <source>Choose where to save the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="201"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="235"/>
        <source>The vault was created, but: %1 You can put this right later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="249"/>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="255"/>
        <source>Print the recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="266"/>
        <source>%1 recovery sheet.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="267"/>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="276"/>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="281"/>
        <source>Save the recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="268"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="282"/>
        <source>The recovery sheet is saved as %1. Print it for the school safe, then delete the file: anyone who has it can open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <location filename="../app/gui/OptionalDate.cpp" line="44"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageFrame</name>
    <message>
        <location filename="../reports/PageFrame.cpp" line="70"/>
        <source>Made %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/PageFrame.cpp" line="74"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParentStore</name>
    <message>
        <location filename="../models/records/ParentStore.cpp" line="26"/>
        <source>Choose the pupil this parent or carer belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/ParentStore.cpp" line="28"/>
        <source>Enter the parent or carer&apos;s surname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/ParentStore.cpp" line="30"/>
        <source>Enter the relationship to the pupil, such as Mother or Foster carer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/ParentStore.cpp" line="33"/>
        <source>“%1” is not a telephone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/ParentStore.cpp" line="36"/>
        <source>“%1” is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/ParentStore.cpp" line="67"/>
        <source>The pupil this parent or carer belongs to is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PupilDialog</name>
    <message>
        <location filename="../forms/PupilDialog.ui" line="6"/>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/PupilDialog.ui" line="11"/>
        <source>&amp;Legal forename:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/PupilDialog.ui" line="13"/>
        <source>&amp;Preferred forename:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/PupilDialog.ui" line="14"/>
        <source>Only if different from the legal forename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/PupilDialog.ui" line="15"/>
        <source>&amp;Surname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/PupilDialog.ui" line="17"/>
        <source>&amp;Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/PupilDialog.ui" line="19"/>
        <source>&amp;Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/PupilDialog.ui" line="21"/>
        <source>&amp;UPN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/PupilDialog.ui" line="22"/>
        <source>13 characters, from the common transfer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/PupilDialog.ui" line="23"/>
        <location filename="../forms/PupilDialog.ui" line="43"/>
        <source>color: #b3261e;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/PupilDialog.ui" line="24"/>
        <source>&amp;Admission number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/PupilDialog.ui" line="26"/>
        <source>&amp;Year group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/PupilDialog.ui" line="28"/>
        <source>color: #7a4f01;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/PupilDialog.ui" line="29"/>
        <source>&amp;Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/PupilDialog.ui" line="31"/>
        <source>&amp;Joined:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/PupilDialog.ui" line="33"/>
        <source>Le&amp;ft:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/PupilDialog.ui" line="35"/>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/PupilDialog.ui" line="37"/>
        <source>&amp;Destination school:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/PupilDialog.ui" line="38"/>
        <source>The school the pupil went on to, if known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/PupilDialog.cpp" line="25"/>
        <location filename="../app/gui/PupilDialog.cpp" line="86"/>
        <source>Add pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/PupilDialog.cpp" line="44"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/PupilDialog.cpp" line="86"/>
        <source>Edit pupil: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/PupilDialog.cpp" line="108"/>
        <source>Pupil: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/PupilDialog.cpp" line="135"/>
        <source>No form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/PupilDialog.cpp" line="173"/>
        <source>The date of birth suggests %1; the roll says %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PupilListWidget</name>
    <message>
        <location filename="../forms/PupilListWidget.ui" line="31"/>
        <source>Search by name, UPN or admission number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/PupilListWidget.ui" line="37"/>
        <source>Search pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/PupilListWidget.ui" line="44"/>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/PupilListWidget.ui" line="61"/>
        <source>&amp;Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/PupilListWidget.ui" line="78"/>
        <source>Show &amp;leavers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/PupilListWidget.ui" line="133"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/PupilListWidget.ui" line="136"/>
        <source>Add and update pupils from a CSV file exported from your MIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/PupilListWidget.ui" line="143"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/PupilListWidget.ui" line="146"/>
        <source>Save the pupils as a CSV file that Excel opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/PupilListWidget.ui" line="153"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/PupilListWidget.ui" line="160"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/PupilListWidget.ui" line="167"/>
        <source>&amp;View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/PupilListWidget.cpp" line="43"/>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/PupilListWidget.cpp" line="92"/>
        <source>All forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/PupilListWidget.cpp" line="101"/>
        <source>Forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/PupilListWidget.cpp" line="117"/>
        <source>Pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/PupilListWidget.cpp" line="138"/>
        <source>1 pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/PupilListWidget.cpp" line="138"/>
        <source>%n pupils</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/PupilListWidget.cpp" line="200"/>
        <source>Edit pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/PupilListWidget.cpp" line="200"/>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PupilStore</name>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="164"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="166"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="170"/>
        <source>Other or not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="180"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="180"/>
        <source>On roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="191"/>
        <source>Enter the pupil&apos;s surname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="193"/>
        <source>Enter the pupil&apos;s legal forename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="195"/>
        <source>Enter the pupil&apos;s date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="197"/>
        <source>The date of birth is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="199"/>
        <source>The date of birth makes the pupil over 25; please check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="201"/>
        <source>Choose the pupil&apos;s year group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="208"/>
        <source>The date joined is before the date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="210"/>
        <source>The leaving date is before the date joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="212"/>
        <source>A pupil who has left needs a leaving date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="214"/>
        <source>A destination school is recorded only for a pupil who has left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="49"/>
        <source>The UPN %1 already belongs to %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="52"/>
        <source>Admission number %1 already belongs to %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="227"/>
        <source>The chosen form no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="230"/>
        <source>%1 is a %2 form, but the pupil is in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="257"/>
        <location filename="../models/records/PupilStore.cpp" line="304"/>
        <source>This pupil is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PupilTableModel</name>
    <message>
        <location filename="../models/PupilTableModel.cpp" line="161"/>
        <source>Legal forename: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PupilTableModel.cpp" line="165"/>
        <source>Born %1, %2 would be in %3 in %4 by age; the roll records %5, which is the year group Lanyard uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PupilTableModel.cpp" line="180"/>
        <source>The year group the date of birth suggests, shown only where it differs from the roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PupilTableModel.cpp" line="185"/>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PupilTableModel.cpp" line="187"/>
        <source>Forename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PupilTableModel.cpp" line="189"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PupilTableModel.cpp" line="191"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PupilTableModel.cpp" line="193"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PupilTableModel.cpp" line="195"/>
        <source>UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PupilTableModel.cpp" line="197"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PupilTableModel.cpp" line="199"/>
        <source>Expected year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PupilTableModel.cpp" line="201"/>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PupilTableModel.cpp" line="203"/>
        <source>Destination school</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../reports/RecoverySheet.cpp" line="253"/>
        <location filename="../reports/RecoverySheet.cpp" line="330"/>
        <source>Vault recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/RecoverySheet.cpp" line="273"/>
        <source>Vault recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/RecoverySheet.cpp" line="277"/>
        <source>Printed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/RecoverySheet.cpp" line="280"/>
        <source>This key opens the school&apos;s Lanyard vault, the encrypted file that holds its pupil and staff records, if every passphrase is forgotten or the key file beside the vault is lost. Whoever has this sheet can open the vault: treat it like the key to the safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/RecoverySheet.cpp" line="284"/>
        <source>Recovery key: 8 groups of 8, type them in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/RecoverySheet.cpp" line="285"/>
        <source>Only the digits 0–9 and the letters A–F appear, so a round character is always the digit zero. Dashes and spaces between groups do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/RecoverySheet.cpp" line="288"/>
        <source>Where the vault file is kept (fill in by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/RecoverySheet.cpp" line="289"/>
        <source>Computer and folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/RecoverySheet.cpp" line="289"/>
        <source>Backup copies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/RecoverySheet.cpp" line="289"/>
        <source>Filled in by, on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/RecoverySheet.cpp" line="291"/>
        <source>Keep it safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/RecoverySheet.cpp" line="292"/>
        <source>Keep this sheet in the school safe, in a sealed envelope, away from the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/RecoverySheet.cpp" line="293"/>
        <source>Never photograph, scan, copy or email it, and never type the key anywhere except as described below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/RecoverySheet.cpp" line="295"/>
        <source>If someone who should not have seen it may have done so, tell the headteacher and the data protection officer at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/RecoverySheet.cpp" line="298"/>
        <source>How to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/RecoverySheet.cpp" line="300"/>
        <source>In Lanyard: on the sign-in window click &quot;Use recovery key…&quot; and type the 8 groups. Then set a new passphrase for whoever forgot theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/RecoverySheet.cpp" line="302"/>
        <source>With lanyard-cli, give it in place of a passphrase (VAULT is the .lanyard file):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/RecoverySheet.cpp" line="304"/>
        <source>For IT support, if Lanyard itself cannot run: in the sqlcipher shell, with KEY the 64 letters and digits without dashes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/RecoverySheet.cpp" line="308"/>
        <source>What it does not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/RecoverySheet.cpp" line="310"/>
        <source>Safeguarding records: concern narratives, the names linked to them and their attachments are sealed with a second key, which only the passphrases of the designated safeguarding leads (DSLs) and the head hold. This sheet cannot read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/RecoverySheet.cpp" line="326"/>
        <source>That is not a recovery key: it should be 64 letters and digits (0–9, A–F) in 8 groups of 8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/RecoverySheet.cpp" line="337"/>
        <location filename="../reports/RecoverySheet.cpp" line="346"/>
        <source>Lanyard could not write %1. Check the folder exists and you may save there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/RecoverySheet.cpp" line="342"/>
        <source>Lanyard could not finish writing %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverySheetPrinter</name>
    <message>
        <location filename="../app/gui/RecoverySheetPrinter.cpp" line="41"/>
        <source>Unlock Lanyard first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RecoverySheetPrinter.cpp" line="43"/>
        <source>Only an administrator can print the recovery sheet; your role is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RecoverySheetPrinter.cpp" line="54"/>
        <location filename="../app/gui/RecoverySheetPrinter.cpp" line="77"/>
        <source>That is not a recovery key: it is 64 letters and digits (0–9, A–F) in 8 groups of 8. Nothing was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RecoverySheetPrinter.cpp" line="61"/>
        <source>This recovery key does not open this school&apos;s vault, so nothing was printed. Check it against the sheet in the school safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RecoverySheetPrinter.cpp" line="84"/>
        <location filename="../app/gui/RecoverySheetPrinter.cpp" line="123"/>
        <source>Vault recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RecoverySheetPrinter.cpp" line="87"/>
        <source>The printer could not be started. Check it is switched on and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RecoverySheetPrinter.cpp" line="92"/>
        <source>The sheet could not be sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RecoverySheetPrinter.cpp" line="98"/>
        <source>Print the recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RecoverySheetPrinter.cpp" line="109"/>
        <source>Lanyard cannot show the recovery key again. Type it from the sheet in the school safe (8 groups of 8 letters and digits); Lanyard checks it opens this vault before printing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../reports/ReportDocument.cpp" line="371"/>
        <source>Lanyard could not start writing the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/ReportDocument.cpp" line="380"/>
        <source>Making the PDF was cancelled, so no file was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/ReportDocument.cpp" line="384"/>
        <source>Lanyard could not finish writing the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/ReportDocument.cpp" line="393"/>
        <source>Lanyard could not make a QR code for “%1”: its text is empty or too long (at most about 2,000 letters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/ReportDocument.cpp" line="738"/>
        <source>Lanyard could not write %1. Check the folder exists and you may save there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/ReportDocument.cpp" line="747"/>
        <source>Lanyard could not save %1. Check there is room on the disk and that the file is not open in another program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <location filename="../forms/ReportPreviewDialog.ui" line="14"/>
        <source>Previous page (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ReportPreviewDialog.ui" line="34"/>
        <source>Next page (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ReportPreviewDialog.ui" line="57"/>
        <source>&amp;Zoom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ReportPreviewDialog.ui" line="67"/>
        <source>Zoom in with Ctrl and +, out with Ctrl and −</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ReportPreviewDialog.ui" line="87"/>
        <source>Save this report as a PDF file (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ReportPreviewDialog.ui" line="90"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ReportPreviewDialog.ui" line="100"/>
        <source>Print this report (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ReportPreviewDialog.ui" line="103"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ReportPreviewDialog.ui" line="191"/>
        <source>This report holds personal details about pupils or staff. Saved files and printed copies are not protected by Lanyard: keep them safe, and shred or delete them when they are no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/ReportPreviewDialog.ui" line="201"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ReportPreviewDialog.cpp" line="92"/>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ReportPreviewDialog.cpp" line="93"/>
        <source>Fit page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ReportPreviewDialog.cpp" line="95"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ReportPreviewDialog.cpp" line="139"/>
        <source>This report cannot be shown: its PDF is damaged or empty. Close this window and make the report again; if that fails too, tell whoever looks after Lanyard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ReportPreviewDialog.cpp" line="143"/>
        <source>No pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ReportPreviewDialog.cpp" line="155"/>
        <source>Making %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ReportPreviewDialog.cpp" line="217"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ReportPreviewDialog.cpp" line="262"/>
        <source>This page cannot be shown: the report&apos;s PDF is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ReportPreviewDialog.cpp" line="311"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ReportPreviewDialog.cpp" line="312"/>
        <source>The report could not be saved as %1 (%2). Choose another folder, such as Documents, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ReportPreviewDialog.cpp" line="319"/>
        <source>Save report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ReportPreviewDialog.cpp" line="319"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ReportPreviewDialog.cpp" line="335"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ReportPreviewDialog.cpp" line="335"/>
        <source>Sending “%1” to the printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ReportPreviewDialog.cpp" line="344"/>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ReportPreviewDialog.cpp" line="369"/>
        <source>None of the pages you chose are in this report. Choose pages from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ReportPreviewDialog.cpp" line="377"/>
        <source>The printer could not be started. Check it is switched on and connected, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ReportPreviewDialog.cpp" line="391"/>
        <source>Printing stopped at page %1, which could not be sent to the printer. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ReportPreviewDialog.cpp" line="403"/>
        <source>The report could not be sent to the printer. Check it is switched on and connected, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportRunner</name>
    <message>
        <location filename="../app/gui/ReportRunner.cpp" line="8"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ReportRunner.cpp" line="29"/>
        <source>The report could not be made. Try again; if it fails again, tell whoever looks after Lanyard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../models/domain/Role.cpp" line="42"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Role.cpp" line="44"/>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Role.cpp" line="46"/>
        <source>Designated Safeguarding Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Role.cpp" line="48"/>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Role.cpp" line="50"/>
        <source>IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Role.cpp" line="52"/>
        <source>Governor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Role.cpp" line="105"/>
        <source>seeing pupil and staff records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Role.cpp" line="108"/>
        <source>changing pupil and staff records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Role.cpp" line="111"/>
        <source>managing users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Role.cpp" line="114"/>
        <source>changing the school&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Role.cpp" line="117"/>
        <source>reading safeguarding records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Role.cpp" line="120"/>
        <source>recording safeguarding concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Role.cpp" line="123"/>
        <source>reading the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Role.cpp" line="126"/>
        <source>seeing password-change records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Role.cpp" line="129"/>
        <source>recording password changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Role.cpp" line="132"/>
        <source>reading the filtering log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Role.cpp" line="135"/>
        <source>changing the filtering log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Role.cpp" line="138"/>
        <source>reading reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Role.cpp" line="141"/>
        <source>making backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Role.cpp" line="144"/>
        <source>Your role (%1) does not allow %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollExport</name>
    <message>
        <location filename="../models/io/RollExport.cpp" line="91"/>
        <source>Could not write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollExport.cpp" line="103"/>
        <location filename="../models/io/RollExport.cpp" line="105"/>
        <location filename="../models/io/RollExport.cpp" line="109"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollImport</name>
    <message>
        <location filename="../models/io/RollImport.cpp" line="121"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="123"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="124"/>
        <source>Line %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="145"/>
        <source>%1 is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="152"/>
        <source>%1 has a two-digit year: write the year in full, such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="176"/>
        <source>“%1” is not a date: write dates as dd/mm/yyyy, such as 02/10/2018.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="310"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="317"/>
        <source>There is no column for “%1”. Choose the column that holds it, or add a column headed “%1” to the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="326"/>
        <source>There are no pupils in this file, only a header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="328"/>
        <source>There is nobody in this file, only a header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="379"/>
        <location filename="../models/io/RollImport.cpp" line="619"/>
        <source>The surname is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="380"/>
        <location filename="../models/io/RollImport.cpp" line="618"/>
        <source>The forename is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="383"/>
        <source>The date of birth is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="386"/>
        <source>%1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="389"/>
        <source>%1 makes the pupil over 25: please check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="395"/>
        <source>“%1” is not a gender: use F, M or X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="405"/>
        <location filename="../models/io/RollImport.cpp" line="414"/>
        <location filename="../models/io/RollImport.cpp" line="626"/>
        <source>%1 is also on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="419"/>
        <source>The year group is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="425"/>
        <source>“%1” is not a year group: use N, R or 1 to 13 (such as Year 3 or Y3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="432"/>
        <source>%1 is before the date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="436"/>
        <source>%1 is before the date of entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="446"/>
        <source>%1 is a %2 form in Lanyard, but this pupil is in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/io/RollImport.cpp" line="470"/>
        <source>%n pupils in Lanyard have this name and date of birth: add the pupil&apos;s UPN or admission number to the file so that Lanyard can tell which this is.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="478"/>
        <source>This pupil (the same name and date of birth) is also on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="484"/>
        <source>This is the same pupil as line %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="493"/>
        <source>%1 already belongs to %2 in Lanyard, but the UPN on this line is %3&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="578"/>
        <source>%1 is a new form, and most of its pupils in this file are in %2, but this pupil is in %3. In Lanyard a form holds one year group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="623"/>
        <source>“%1” is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="635"/>
        <source>“%1” is not a kind of staff Lanyard knows: use teaching, support, governor, volunteer, supply, contractor or visitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="645"/>
        <source>“%1” is not a role Lanyard records: use DSL, Deputy DSL, Online safety coordinator, Head or IT, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="653"/>
        <source>%1 is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/io/RollImport.cpp" line="661"/>
        <source>%n members of staff in Lanyard have this name: add their email addresses to the file so that Lanyard can tell which this is.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="669"/>
        <source>This person (the same name, and no email address) is also on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="675"/>
        <source>This is the same person as line %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="762"/>
        <source>The file has problems (%1), so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="779"/>
        <source>The import was cancelled. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="781"/>
        <source>Line %1: %2 Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="787"/>
        <source>Lanyard could not start saving the import. If another copy of Lanyard has the vault open, close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="802"/>
        <source>The new form %1: %2 Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="825"/>
        <location filename="../models/io/RollImport.cpp" line="844"/>
        <source>%1 could not be marked as left: %2 Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="863"/>
        <source>Lanyard could not finish saving the import, so nothing has been changed. If another copy of Lanyard has the vault open, close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="873"/>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="873"/>
        <source>Updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="874"/>
        <source>Unchanged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="875"/>
        <source>Not in this file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="878"/>
        <source>(they stay on roll)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="878"/>
        <source>(left as they are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="880"/>
        <source>(marked as left on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="882"/>
        <source>(to be marked as left on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/RollImport.cpp" line="888"/>
        <source>New forms: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rollover</name>
    <message>
        <location filename="../models/records/Rollover.cpp" line="254"/>
        <source>Choose the academic year the pupils are in now, and the school&apos;s last year group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/Rollover.cpp" line="262"/>
        <location filename="../models/records/Rollover.cpp" line="564"/>
        <source>The pupils have already moved up into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/Rollover.cpp" line="336"/>
        <source>The new academic year must follow the one the pupils are in now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/Rollover.cpp" line="338"/>
        <source>Choose the school&apos;s last year group, whose pupils leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/Rollover.cpp" line="340"/>
        <source>The new academic year needs at least one term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/Rollover.cpp" line="344"/>
        <source>The leavers&apos; leaving date must fall within %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/Rollover.cpp" line="356"/>
        <source>Give the new %1 form a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/Rollover.cpp" line="357"/>
        <source>Give %1 a name for next year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/Rollover.cpp" line="359"/>
        <source>Choose a year group for the form %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/Rollover.cpp" line="364"/>
        <source>a new form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/Rollover.cpp" line="366"/>
        <source>Two forms would be called %1 next year (%2 and %3): please give one of them another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/Rollover.cpp" line="380"/>
        <source>%1 is leaving and needs a leaving date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/Rollover.cpp" line="386"/>
        <source>%1 is leaving, so can only keep the form they leave from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/Rollover.cpp" line="390"/>
        <source>Choose a year group for %1 next year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/Rollover.cpp" line="393"/>
        <source>%1 would be in %2, after the school&apos;s last year group (%3): mark them as leaving or choose another year group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/Rollover.cpp" line="399"/>
        <source>%1 is in %2 next year, but the chosen form is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/Rollover.cpp" line="452"/>
        <source>The form %1 is no longer in the vault. Start the new year again, so that the preview is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/Rollover.cpp" line="523"/>
        <source>%1 joined the roll after the preview was made. Start the new year again, so that every pupil is in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/Rollover.cpp" line="531"/>
        <source>%1 is no longer on the roll. Start the new year again, so that the preview is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/Rollover.cpp" line="549"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/Rollover.cpp" line="571"/>
        <source>The folder %1 for the backup could not be made, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/Rollover.cpp" line="577"/>
        <source>The backup before the new year could not be made, so nothing was changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/Rollover.cpp" line="584"/>
        <source>The vault is busy; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/Rollover.cpp" line="596"/>
        <source>The new year could not be saved, so nothing was changed. If another copy of Lanyard has the vault open, close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolloverWizard</name>
    <message>
        <location filename="../forms/RolloverWizard.ui" line="6"/>
        <source>New academic year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/RolloverWizard.ui" line="9"/>
        <source>The new academic year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/RolloverWizard.ui" line="10"/>
        <source>Every pupil moves up a year group, the last year group leaves and the forms take their new names. Nothing changes until the last step, and a backup is made first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/RolloverWizard.ui" line="15"/>
        <source>Pupils are &amp;now in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/RolloverWizard.ui" line="17"/>
        <source>New academic year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/RolloverWizard.ui" line="19"/>
        <source>&amp;Leaving year group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/RolloverWizard.ui" line="20"/>
        <source>The school&apos;s last year group: its pupils leave at the end of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/RolloverWizard.ui" line="21"/>
        <source>Leavers&apos; leaving &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/RolloverWizard.ui" line="22"/>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/RolloverWizard.ui" line="25"/>
        <source>&amp;Terms of the new year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/RolloverWizard.ui" line="28"/>
        <source>Terms of the new year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/RolloverWizard.ui" line="33"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/RolloverWizard.ui" line="34"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/RolloverWizard.ui" line="35"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/RolloverWizard.ui" line="40"/>
        <source>&amp;Add term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/RolloverWizard.ui" line="41"/>
        <source>&amp;Remove term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/RolloverWizard.ui" line="45"/>
        <location filename="../forms/RolloverWizard.ui" line="71"/>
        <location filename="../forms/RolloverWizard.ui" line="102"/>
        <location filename="../forms/RolloverWizard.ui" line="111"/>
        <source>color: #b3261e;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/RolloverWizard.ui" line="49"/>
        <source>Forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/RolloverWizard.ui" line="50"/>
        <source>Each form moves up a year with its pupils. Double-click a new name to change it. The leaving year&apos;s forms are kept, under the year&apos;s name, for their leavers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/RolloverWizard.ui" line="54"/>
        <source>Forms next year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/RolloverWizard.ui" line="64"/>
        <source>New form &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/RolloverWizard.ui" line="66"/>
        <source>Add &amp;form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/RolloverWizard.ui" line="67"/>
        <source>&amp;Remove new form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/RolloverWizard.ui" line="75"/>
        <location filename="../forms/RolloverWizard.ui" line="91"/>
        <source>Every pupil&apos;s move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/RolloverWizard.ui" line="76"/>
        <source>Check each pupil. To hold a pupil back, move them on or mark them as leaving, double-click their next year group, or select pupils and use the buttons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/RolloverWizard.ui" line="80"/>
        <source>&amp;Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/RolloverWizard.ui" line="84"/>
        <source>&amp;Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/RolloverWizard.ui" line="84"/>
        <source>The selected pupils move up one year group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/RolloverWizard.ui" line="85"/>
        <source>&amp;Hold back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/RolloverWizard.ui" line="85"/>
        <source>The selected pupils stay in their year group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/RolloverWizard.ui" line="86"/>
        <source>Mark as &amp;leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/RolloverWizard.ui" line="86"/>
        <source>The selected pupils leave the roll at the end of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/RolloverWizard.ui" line="106"/>
        <source>Ready to start the new year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/RolloverWizard.ui" line="107"/>
        <source>Lanyard backs up the vault first, then makes every change at once: if any of it cannot be made, none of it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/RolloverWizard.ui" line="116"/>
        <source>The new year has begun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="179"/>
        <source>New form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="183"/>
        <source>Retired, kept for its leavers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="201"/>
        <source>Kept under this name so that its leavers&apos; records still show the form they left from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="204"/>
        <source>Double-click to change the form&apos;s name for next year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="240"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="242"/>
        <location filename="../app/gui/RolloverWizard.cpp" line="417"/>
        <source>Year now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="244"/>
        <location filename="../app/gui/RolloverWizard.cpp" line="421"/>
        <source>Next year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="246"/>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="248"/>
        <source>Pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="311"/>
        <location filename="../app/gui/RolloverWizard.cpp" line="453"/>
        <location filename="../app/gui/RolloverWizard.cpp" line="522"/>
        <source>Leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="314"/>
        <source>Held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="316"/>
        <source>Moves up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="318"/>
        <source>Moves up %1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="319"/>
        <source>Moves down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="347"/>
        <source>Double-click to hold %1 back, move them on or mark them as leaving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="351"/>
        <source>The school %1 goes on to, if known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="413"/>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="415"/>
        <source>Forename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="419"/>
        <source>Form now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="423"/>
        <source>Next form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="425"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="427"/>
        <source>Leaving date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="429"/>
        <source>Destination school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="524"/>
        <location filename="../app/gui/RolloverWizard.cpp" line="745"/>
        <source>No form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="549"/>
        <source>&amp;Start the new year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="738"/>
        <source>All forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="762"/>
        <source>1 pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="762"/>
        <source>%1 pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="763"/>
        <source>%1 of %2 pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="813"/>
        <source>1 pupil moves up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="813"/>
        <source>%1 pupils move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="815"/>
        <source>1 is held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="815"/>
        <source>%1 are held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="817"/>
        <source>1 moves to another year group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="818"/>
        <source>%1 move to other year groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="820"/>
        <source>1 leaves %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="821"/>
        <source>%1 leave %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="823"/>
        <source>1 other pupil leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="823"/>
        <source>%1 other pupils leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="825"/>
        <source>1 form renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="825"/>
        <source>%1 forms renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="827"/>
        <source>1 form retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="827"/>
        <source>%1 forms retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="829"/>
        <source>1 new form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="829"/>
        <source>%1 new forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="830"/>
        <source>%1; a backup will be made first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="861"/>
        <source>%1 has 1 term, from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="862"/>
        <source>%1 has %2 terms, from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="868"/>
        <source>The backup goes to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="923"/>
        <source>The new year was not started, and nothing was changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="930"/>
        <source>The pupils have moved up into %1. On roll: %2. Left: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RolloverWizard.cpp" line="935"/>
        <source>The vault as it was before is backed up in %1. If anything is wrong, restore that backup from Backups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeguardingSeal</name>
    <message>
        <location filename="../models/storage/SafeguardingSeal.cpp" line="25"/>
        <source>Safeguarding records need a Designated Safeguarding Lead: an administrator must add a DSL user first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SafeguardingSeal.cpp" line="46"/>
        <source>Your key does not yet hold the safeguarding key. It is given to a new DSL or head when another DSL next signs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SafeguardingSeal.cpp" line="52"/>
        <source>This safeguarding record is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SafeguardingSeal.cpp" line="63"/>
        <source>This safeguarding record is damaged or was sealed with another school&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolOverviewWidget</name>
    <message>
        <location filename="../forms/SchoolOverviewWidget.ui" line="34"/>
        <source>School details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/SchoolOverviewWidget.ui" line="55"/>
        <source>URN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/SchoolOverviewWidget.ui" line="58"/>
        <source>The DfE&apos;s Unique Reference Number for the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/SchoolOverviewWidget.ui" line="72"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/SchoolOverviewWidget.ui" line="86"/>
        <source>Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/SchoolOverviewWidget.ui" line="121"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/SchoolOverviewWidget.ui" line="134"/>
        <source>&amp;URN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/SchoolOverviewWidget.ui" line="144"/>
        <source>6 digits, as shown on Get Information about Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/SchoolOverviewWidget.ui" line="154"/>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/SchoolOverviewWidget.ui" line="171"/>
        <source>&amp;Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/SchoolOverviewWidget.ui" line="188"/>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/SchoolOverviewWidget.ui" line="197"/>
        <source>Printed beside the school&apos;s name at the top of every report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/SchoolOverviewWidget.ui" line="204"/>
        <source>C&amp;hoose Logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/SchoolOverviewWidget.ui" line="211"/>
        <source>&amp;Remove Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/SchoolOverviewWidget.ui" line="230"/>
        <source>color: #b3261e;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/SchoolOverviewWidget.ui" line="252"/>
        <source>&amp;Edit Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/SchoolOverviewWidget.ui" line="259"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/SchoolOverviewWidget.ui" line="266"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/SchoolOverviewWidget.ui" line="305"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/SchoolOverviewWidget.ui" line="313"/>
        <source>Signed in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/SchoolOverviewWidget.ui" line="323"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SchoolOverviewWidget.cpp" line="26"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SchoolOverviewWidget.cpp" line="57"/>
        <source>Choose the School&apos;s Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SchoolOverviewWidget.cpp" line="58"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SchoolOverviewWidget.cpp" line="102"/>
        <source>Your school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SchoolOverviewWidget.cpp" line="111"/>
        <source>Academic year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SchoolOverviewWidget.cpp" line="129"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SchoolOverviewWidget.cpp" line="130"/>
        <source>This term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SchoolOverviewWidget.cpp" line="131"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SchoolOverviewWidget.cpp" line="132"/>
        <source>To come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SchoolOverviewWidget.cpp" line="152"/>
        <source>Today is in week %1 of the %2 term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SchoolOverviewWidget.cpp" line="157"/>
        <source>The last term of %1 has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SchoolOverviewWidget.cpp" line="158"/>
        <source>Today falls in the holidays: the %1 term starts on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SchoolOverviewWidget.cpp" line="163"/>
        <source>These are Lanyard&apos;s standard dates: the school has not entered its own term dates for %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SchoolOverviewWidget.cpp" line="172"/>
        <source>The school&apos;s recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SchoolOverviewWidget.cpp" line="173"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SchoolOverviewWidget.cpp" line="253"/>
        <source>Lanyard cannot read %1 as a picture. Choose a PNG or JPEG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/SchoolOverviewWidget.cpp" line="276"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolStore</name>
    <message>
        <location filename="../models/records/SchoolStore.cpp" line="30"/>
        <source>The vault has no school details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/SchoolStore.cpp" line="39"/>
        <source>Enter the school&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/SchoolStore.cpp" line="42"/>
        <source>A URN is 6 digits, as shown on Get Information about Schools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/SchoolStore.cpp" line="46"/>
        <source>“%1” is not a UK postcode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <location filename="../models/records/SettingsStore.cpp" line="58"/>
        <source>A setting needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlCipherDriver</name>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="410"/>
        <source>The key must be 64 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="425"/>
        <source>Unable to key the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="437"/>
        <source>Refusing to open a database without a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="448"/>
        <source>Unable to open the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="474"/>
        <source>The SQLite library has no encryption (PRAGMA cipher_version is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="481"/>
        <source>Unable to set the page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="486"/>
        <source>The key does not open this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="489"/>
        <source>Unable to enable foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="491"/>
        <source>Unable to set the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="493"/>
        <source>Unable to set durability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="495"/>
        <source>Unable to set secure delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="545"/>
        <source>Unable to begin a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="551"/>
        <source>Unable to commit a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="557"/>
        <source>Unable to roll back a transaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="103"/>
        <source>Unable to prepare a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="111"/>
        <source>Unable to execute multiple statements at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="126"/>
        <source>No statement prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="151"/>
        <source>Unable to execute a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="270"/>
        <source>Parameter count mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="320"/>
        <source>Unable to bind a value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffAupDialog</name>
    <message>
        <location filename="../forms/StaffAupDialog.ui" line="9"/>
        <source>Record AUP signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/StaffAupDialog.ui" line="24"/>
        <source>&amp;Signed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/StaffAupDialog.cpp" line="21"/>
        <source>Record that %1 has signed the Acceptable Use Policy for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/StaffAupDialog.cpp" line="23"/>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../forms/StaffDialog.ui" line="6"/>
        <source>Member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/StaffDialog.ui" line="11"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/StaffDialog.ui" line="12"/>
        <source>Mr, Mrs, Ms, Dr…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/StaffDialog.ui" line="13"/>
        <source>&amp;Forename:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/StaffDialog.ui" line="15"/>
        <source>&amp;Surname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/StaffDialog.ui" line="17"/>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/StaffDialog.ui" line="19"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/StaffDialog.ui" line="21"/>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/StaffDialog.ui" line="23"/>
        <source>St&amp;arted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/StaffDialog.ui" line="25"/>
        <source>&amp;Left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/StaffDialog.ui" line="31"/>
        <source>color: #b3261e;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/StaffDialog.cpp" line="20"/>
        <location filename="../app/gui/StaffDialog.cpp" line="58"/>
        <source>Add member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/StaffDialog.cpp" line="28"/>
        <source>Designated Safeguarding Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/StaffDialog.cpp" line="50"/>
        <source>Member of staff: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/StaffDialog.cpp" line="57"/>
        <source>Edit member of staff: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffListWidget</name>
    <message>
        <location filename="../forms/StaffListWidget.ui" line="31"/>
        <source>Search by name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/StaffListWidget.ui" line="37"/>
        <source>Search staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/StaffListWidget.ui" line="44"/>
        <source>Show &amp;leavers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/StaffListWidget.ui" line="99"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/StaffListWidget.ui" line="102"/>
        <source>Add and update staff from a CSV file exported from your MIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/StaffListWidget.ui" line="109"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/StaffListWidget.ui" line="112"/>
        <source>Save the staff as a CSV file that Excel opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/StaffListWidget.ui" line="119"/>
        <source>Record AUP &amp;signed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/StaffListWidget.ui" line="122"/>
        <source>Record the date this member of staff signed the staff Acceptable Use Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/StaffListWidget.ui" line="129"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/StaffListWidget.ui" line="136"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/StaffListWidget.ui" line="143"/>
        <source>&amp;View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/StaffListWidget.cpp" line="97"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/StaffListWidget.cpp" line="129"/>
        <source>1 member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/StaffListWidget.cpp" line="130"/>
        <source>%n members of staff</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/StaffListWidget.cpp" line="190"/>
        <source>Edit member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/StaffListWidget.cpp" line="190"/>
        <source>Member of staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffStore</name>
    <message>
        <location filename="../models/records/StaffStore.cpp" line="70"/>
        <source>Teaching staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/StaffStore.cpp" line="72"/>
        <source>Support staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/StaffStore.cpp" line="74"/>
        <source>Governor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/StaffStore.cpp" line="76"/>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/StaffStore.cpp" line="78"/>
        <source>Supply staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/StaffStore.cpp" line="80"/>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/StaffStore.cpp" line="82"/>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/StaffStore.cpp" line="97"/>
        <source>DSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/StaffStore.cpp" line="99"/>
        <source>Deputy DSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/StaffStore.cpp" line="101"/>
        <source>Online safety coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/StaffStore.cpp" line="103"/>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/StaffStore.cpp" line="105"/>
        <source>IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/StaffStore.cpp" line="124"/>
        <source>Enter the forename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/StaffStore.cpp" line="126"/>
        <source>Enter the surname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/StaffStore.cpp" line="129"/>
        <source>“%1” is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/StaffStore.cpp" line="131"/>
        <source>The leaving date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/StaffStore.cpp" line="133"/>
        <source>Someone is either the DSL or a deputy DSL, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/StaffStore.cpp" line="166"/>
        <location filename="../models/records/StaffStore.cpp" line="210"/>
        <source>This member of staff is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <location filename="../models/StaffTableModel.cpp" line="139"/>
        <source>Signed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/StaffTableModel.cpp" line="139"/>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/StaffTableModel.cpp" line="148"/>
        <source>No signed staff agreement for %1: they should sign before using school systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/StaffTableModel.cpp" line="150"/>
        <source>Signed version %1 of “%2” for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/StaffTableModel.cpp" line="163"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/StaffTableModel.cpp" line="165"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/StaffTableModel.cpp" line="167"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/StaffTableModel.cpp" line="169"/>
        <source>AUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/StaffTableModel.cpp" line="171"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/StaffTableModel.cpp" line="173"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/StaffTableModel.cpp" line="175"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreSupport</name>
    <message>
        <location filename="../models/records/StoreSupport.cpp" line="28"/>
        <source>Lanyard could not read or save this record. If another copy of Lanyard has the vault open, close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../forms/UnlockDialog.ui" line="9"/>
        <location filename="../app/gui/UnlockDialog.cpp" line="143"/>
        <source>Open a school vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/UnlockDialog.ui" line="15"/>
        <source>Sign in to open your school&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/UnlockDialog.ui" line="30"/>
        <source>&amp;Vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/UnlockDialog.ui" line="42"/>
        <source>The school&apos;s .lanyard file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/UnlockDialog.ui" line="49"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/UnlockDialog.ui" line="61"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/UnlockDialog.ui" line="74"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/UnlockDialog.ui" line="96"/>
        <source>color: #b3261e;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/UnlockDialog.ui" line="115"/>
        <source>&amp;New school…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/UnlockDialog.ui" line="125"/>
        <source>Use &amp;recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/UnlockDialog.ui" line="145"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/UnlockDialog.ui" line="155"/>
        <source>Un&amp;lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/UnlockDialog.cpp" line="70"/>
        <source>Choose the school&apos;s vault file (it ends in .lanyard), or start a new school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/UnlockDialog.cpp" line="87"/>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/UnlockDialog.cpp" line="121"/>
        <source>Use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/UnlockDialog.cpp" line="122"/>
        <source>Type the recovery key kept in the school safe: 8 groups of 8 letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/UnlockDialog.cpp" line="144"/>
        <source>Lanyard vaults (*.lanyard)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upn</name>
    <message>
        <location filename="../models/domain/Upn.cpp" line="75"/>
        <source>Please enter the pupil&apos;s UPN: it is 13 characters long and starts with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/domain/Upn.cpp" line="79"/>
        <source>A UPN has 13 characters, but this one has %n: please check the number against the pupil&apos;s records.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/domain/Upn.cpp" line="85"/>
        <source>A UPN starts with a capital letter (any except I, O or S), not &quot;%1&quot;: please check the number against the pupil&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Upn.cpp" line="92"/>
        <source>Characters 2 to 12 of a UPN are all digits, but character %1 is &quot;%2&quot;: please check the number against the pupil&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Upn.cpp" line="100"/>
        <source>The last character of a UPN is a digit, or a capital letter (any except I, O or S) for a temporary UPN, not &quot;%1&quot;: please check the number against the pupil&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Upn.cpp" line="108"/>
        <source>The UPN&apos;s check letter should be %1, not %2: please check the number against the pupil&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserListWidget</name>
    <message>
        <location filename="../forms/UserListWidget.ui" line="24"/>
        <source>Everyone who may sign in to Lanyard. Each person has their own passphrase, and their role decides what they see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/UserListWidget.ui" line="49"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/UserListWidget.ui" line="72"/>
        <source>color: #b3261e;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/UserListWidget.ui" line="94"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/UserListWidget.ui" line="101"/>
        <location filename="../app/gui/UserListWidget.cpp" line="133"/>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/UserListWidget.ui" line="108"/>
        <source>Reset &amp;Passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/UserListWidget.ui" line="115"/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/UserListWidget.cpp" line="26"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/UserListWidget.cpp" line="26"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/UserListWidget.cpp" line="26"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/UserListWidget.cpp" line="26"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/UserListWidget.cpp" line="47"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/UserListWidget.cpp" line="49"/>
        <source>Must change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/UserListWidget.cpp" line="50"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/UserListWidget.cpp" line="79"/>
        <source>1 user</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/UserListWidget.cpp" line="79"/>
        <source>%n users</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/UserListWidget.cpp" line="124"/>
        <source>This is you: another administrator can disable or remove your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/UserListWidget.cpp" line="129"/>
        <source>To change your own passphrase, use Change passphrase… in the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/UserListWidget.cpp" line="131"/>
        <source>%1 is disabled: enable them before giving them a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/UserListWidget.cpp" line="133"/>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/UserListWidget.cpp" line="179"/>
        <source>Remove user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/UserListWidget.cpp" line="180"/>
        <source>Remove %1 (%2)? They will no longer be able to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/UserListWidget.cpp" line="183"/>
        <source>What they did stays in the audit trail. To stop them signing in for a while, disable them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/UserListWidget.cpp" line="185"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <location filename="../models/records/UserStore.cpp" line="39"/>
        <source>A user name is 2 to 32 letters, digits, dots, hyphens or underscores, such as j.evans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/UserStore.cpp" line="42"/>
        <source>Enter the person&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/UserStore.cpp" line="56"/>
        <source>There is no user called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/UserStore.cpp" line="74"/>
        <source>%1 is the last administrator. Add another administrator first, so that someone can still manage users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/UserStore.cpp" line="86"/>
        <source>The passphrase must be at least 8 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/UserStore.cpp" line="88"/>
        <source>There is already a user called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/UserStore.cpp" line="107"/>
        <source>The new user could not be saved; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/UserStore.cpp" line="148"/>
        <source>The user could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../models/storage/Vault.cpp" line="91"/>
        <source>an unknown user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Vault.cpp" line="92"/>
        <source>%1, at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Vault.cpp" line="235"/>
        <source>The encryption library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Vault.cpp" line="240"/>
        <source>%1 already exists; Lanyard will not overwrite a school&apos;s vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Vault.cpp" line="244"/>
        <source>A new vault needs the school&apos;s name and a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Vault.cpp" line="248"/>
        <location filename="../models/storage/Vault.cpp" line="437"/>
        <source>The passphrase must be at least 8 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Vault.cpp" line="292"/>
        <source>The new vault could not be written; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Vault.cpp" line="305"/>
        <location filename="../models/storage/Vault.cpp" line="343"/>
        <source>There is no vault at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Vault.cpp" line="319"/>
        <location filename="../models/storage/Vault.cpp" line="413"/>
        <source>The user name or passphrase is wrong. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Vault.cpp" line="349"/>
        <source>A recovery key is 64 letters and digits (0–9, A–F) in 8 groups of 8; this one is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Vault.cpp" line="362"/>
        <source>recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Vault.cpp" line="362"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Vault.cpp" line="383"/>
        <source>The recovery key does not open this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Vault.cpp" line="386"/>
        <source>The key ring does not belong to this vault, or the vault is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Vault.cpp" line="389"/>
        <source>The vault could not be opened: the file is unreadable or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Vault.cpp" line="130"/>
        <location filename="../models/storage/Vault.cpp" line="431"/>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Vault.cpp" line="444"/>
        <source>There is no user called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Vault.cpp" line="465"/>
        <source>The passphrase was changed, but Lanyard could not record it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearGroup</name>
    <message>
        <location filename="../models/domain/YearGroup.cpp" line="81"/>
        <source>Nursery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/YearGroup.cpp" line="83"/>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/YearGroup.cpp" line="84"/>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/YearGroup.cpp" line="106"/>
        <source>Early Years (EYFS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/YearGroup.cpp" line="108"/>
        <source>Key Stage 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/YearGroup.cpp" line="110"/>
        <source>Key Stage 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/YearGroup.cpp" line="112"/>
        <source>Key Stage 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/YearGroup.cpp" line="114"/>
        <source>Key Stage 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/YearGroup.cpp" line="116"/>
        <source>Key Stage 5 (sixth form)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="29"/>
        <source>Demo school: user name demo, passphrase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="58"/>
        <source>Records for a school office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="61"/>
        <source>Open a generated demo school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="63"/>
        <source>Open the vault at PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="64"/>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="73"/>
        <source>Demo school</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
