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
        <location filename="../models/records/AcademicYearStore.cpp" line="48"/>
        <source>Choose an academic year, such as 2026/27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AcademicYearStore.cpp" line="50"/>
        <source>An academic year needs at least one term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/AcademicYearStore.cpp" line="55"/>
        <source>The vault is busy; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="75"/>
        <source>Lanyard&apos;s command line.

Commands:
  init VAULT --school NAME --user NAME   create a vault; the user is its administrator
  demo VAULT [--pupils N] [--seed S]     fill an empty vault with a generated school
  list pupils|staff VAULT [--year Y] [--form F] [--leavers] [--format table|csv]
  user passwd VAULT NAME                 set a user&apos;s passphrase

The user comes from --user or LANYARD_USER, the passphrase from --passphrase-file,
LANYARD_PASSPHRASE or a prompt. Exit codes: 0 done, 1 refused, 2 usage,
3 wrong user or passphrase, 4 vault damaged or from a newer Lanyard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="88"/>
        <source>The Lanyard user to act as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="88"/>
        <location filename="../app/cli/Cli.cpp" line="92"/>
        <location filename="../app/cli/Cli.cpp" line="93"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="89"/>
        <source>Read the passphrase from the first line of a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="89"/>
        <location filename="../app/cli/Cli.cpp" line="90"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="90"/>
        <source>Read the new passphrase from the first line of a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="91"/>
        <source>Open the vault with its recovery key instead of a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="91"/>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="92"/>
        <source>The school&apos;s name (init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="93"/>
        <source>The user&apos;s full name (init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="94"/>
        <source>How many pupils to generate (demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="94"/>
        <location filename="../app/cli/Cli.cpp" line="95"/>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="95"/>
        <source>Seed for the generated school (demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="96"/>
        <source>Only this year group: N, R or 1–13 (list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="96"/>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="97"/>
        <source>Only this form (list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="97"/>
        <source>form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="98"/>
        <source>Include pupils who have left (list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="99"/>
        <source>table or csv (list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="99"/>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="105"/>
        <source>Try lanyard-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="142"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="153"/>
        <source>No passphrase given: use %1, the %2 environment variable, or run in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="161"/>
        <source>Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="163"/>
        <source>The two passphrases are different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="179"/>
        <source>Say who you are with --user NAME or LANYARD_USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="182"/>
        <source>Passphrase for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="216"/>
        <source>Give a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="216"/>
        <source>Unknown command or wrong arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="224"/>
        <source>init needs --school NAME and --user NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="226"/>
        <source>Choose a passphrase for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="238"/>
        <source>Created %1 for %2, with %3 as its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="239"/>
        <source>Recovery key: write it down or print it, and keep it in the school safe. It opens the vault if every passphrase is lost, and it is shown only this once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="251"/>
        <source>--pupils must be a number from 1 to %1 and --seed a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="257"/>
        <source>%1 already holds pupils or staff; the demo school goes only into an empty vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="264"/>
        <source>Generated a demo school with %1 pupils and %2 staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="273"/>
        <source>--format is table or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="275"/>
        <source>list pupils or list staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="278"/>
        <source>“%1” is not a year group: use N, R or 1 to 13.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="295"/>
        <source>There is no form called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="349"/>
        <source>New passphrase for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="355"/>
        <source>The passphrase for %1 has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSchool</name>
    <message>
        <location filename="../models/demo/DemoSchool.cpp" line="714"/>
        <source>Open a vault before adding the demo school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/DemoSchool.cpp" line="716"/>
        <source>The demo school needs a valid date for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/DemoSchool.cpp" line="718"/>
        <source>A demo school has between 0 and %1 pupils.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/DemoSchool.cpp" line="721"/>
        <source>The demo school can only fill an empty vault, and this one already has staff, forms or pupils.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/DemoSchool.cpp" line="728"/>
        <source>The vault is busy; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/DemoSchool.cpp" line="732"/>
        <source>The demo school was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/DemoSchool.cpp" line="734"/>
        <source>The demo school could not be saved; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/DemoSchool.cpp" line="744"/>
        <source>There is no temporary folder for the demo school: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/DemoSchool.cpp" line="751"/>
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
        <location filename="../models/records/FormStore.cpp" line="38"/>
        <source>There is already a form called %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyRing</name>
    <message>
        <location filename="../models/storage/KeyRing.cpp" line="53"/>
        <source>The key ring %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/KeyRing.cpp" line="60"/>
        <source>The key ring %1 is damaged or is not a Lanyard key ring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/KeyRing.cpp" line="65"/>
        <source>The key ring was written by a newer version of Lanyard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/KeyRing.cpp" line="82"/>
        <source>The key ring %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/KeyRing.cpp" line="108"/>
        <source>The key ring %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/KeyRing.cpp" line="167"/>
        <source>There is not enough memory to protect the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../forms/MainWindow.ui" line="9"/>
        <location filename="../app/gui/MainWindow.cpp" line="81"/>
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
        <location filename="../forms/MainWindow.ui" line="49"/>
        <source>&amp;New school…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="54"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="59"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="33"/>
        <source>Pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="33"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="87"/>
        <source>Signed in with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="88"/>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../models/storage/Migrations.cpp" line="116"/>
        <source>The vault could not be prepared for use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Migrations.cpp" line="125"/>
        <source>This vault was written by a newer version of Lanyard (data version %1; this version understands up to %2). Please install the newer Lanyard to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Migrations.cpp" line="137"/>
        <source>The vault is in use by another program; close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Migrations.cpp" line="157"/>
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
        <location filename="../forms/NewSchoolWizard.ui" line="30"/>
        <source>I have written down or printed the recovery key and will keep it in the school safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="47"/>
        <source>&amp;Create school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="80"/>
        <source>Tick the box once the recovery key is written down or printed, then click %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="112"/>
        <source>Tick the box to confirm the recovery key is written down or printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="136"/>
        <source>The passphrase needs at least %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="142"/>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="160"/>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="151"/>
        <source>Enter a user name for signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="154"/>
        <source>Enter your name as colleagues should see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="157"/>
        <source>The passphrase needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="179"/>
        <source>Save the school&apos;s vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="180"/>
        <source>Lanyard vaults (*.lanyard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="192"/>
        <source>Choose where to save the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="197"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="231"/>
        <source>The vault was created, but: %1 You can put this right later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="244"/>
        <source>Print the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="250"/>
        <source>Lanyard recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="253"/>
        <source>Vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/NewSchoolWizard.cpp" line="254"/>
        <source>This key opens the school&apos;s vault if every passphrase is forgotten. Keep this page in the school safe. Anyone who has it can read every record.</source>
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
        <location filename="../reports/PageFrame.cpp" line="53"/>
        <source>Made %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/PageFrame.cpp" line="56"/>
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
        <location filename="../models/records/ParentStore.cpp" line="63"/>
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
        <location filename="../forms/PupilDialog.ui" line="41"/>
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
        <location filename="../app/gui/PupilDialog.cpp" line="24"/>
        <location filename="../app/gui/PupilDialog.cpp" line="79"/>
        <source>Add pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/PupilDialog.cpp" line="43"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/PupilDialog.cpp" line="79"/>
        <source>Edit pupil: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/PupilDialog.cpp" line="120"/>
        <source>No form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/PupilDialog.cpp" line="155"/>
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
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/PupilListWidget.ui" line="140"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/PupilListWidget.cpp" line="34"/>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/PupilListWidget.cpp" line="75"/>
        <source>All forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/PupilListWidget.cpp" line="84"/>
        <source>Forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/PupilListWidget.cpp" line="100"/>
        <source>Pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/PupilListWidget.cpp" line="112"/>
        <source>1 pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/PupilListWidget.cpp" line="112"/>
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
        <location filename="../app/gui/PupilListWidget.cpp" line="158"/>
        <source>Edit pupil</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PupilStore</name>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="89"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="91"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="95"/>
        <source>Other or not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="105"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="105"/>
        <source>On roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="111"/>
        <source>Enter the pupil&apos;s surname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="113"/>
        <source>Enter the pupil&apos;s legal forename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="115"/>
        <source>Enter the pupil&apos;s date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="118"/>
        <source>The date of birth is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="120"/>
        <source>The date of birth makes the pupil over 25; please check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="122"/>
        <source>Choose the pupil&apos;s year group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="129"/>
        <source>The date joined is before the date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="131"/>
        <source>The leaving date is before the date joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="133"/>
        <source>A pupil who has left needs a leaving date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="150"/>
        <source>The UPN %1 already belongs to %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="152"/>
        <source>Admission number %1 already belongs to %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="157"/>
        <source>The chosen form no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="159"/>
        <source>%1 is a %2 form, but the pupil is in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/PupilStore.cpp" line="189"/>
        <location filename="../models/records/PupilStore.cpp" line="215"/>
        <source>This pupil is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PupilTableModel</name>
    <message>
        <location filename="../models/PupilTableModel.cpp" line="150"/>
        <source>Legal forename: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PupilTableModel.cpp" line="154"/>
        <source>Born %1, %2 would be in %3 in %4 by age; the roll records %5, which is the year group Lanyard uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PupilTableModel.cpp" line="169"/>
        <source>The year group the date of birth suggests, shown only where it differs from the roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PupilTableModel.cpp" line="174"/>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PupilTableModel.cpp" line="176"/>
        <source>Forename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PupilTableModel.cpp" line="178"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PupilTableModel.cpp" line="180"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PupilTableModel.cpp" line="182"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PupilTableModel.cpp" line="184"/>
        <source>UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PupilTableModel.cpp" line="186"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/PupilTableModel.cpp" line="188"/>
        <source>Expected year</source>
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
</context>
<context>
    <name>SchoolStore</name>
    <message>
        <location filename="../models/records/SchoolStore.cpp" line="25"/>
        <source>The vault has no school details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/SchoolStore.cpp" line="34"/>
        <source>Enter the school&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/SchoolStore.cpp" line="37"/>
        <source>A URN is 6 digits, as shown on Get Information about Schools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/SchoolStore.cpp" line="41"/>
        <source>“%1” is not a UK postcode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlCipherDriver</name>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="404"/>
        <source>The key must be 64 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="419"/>
        <source>Unable to key the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="431"/>
        <source>Refusing to open a database without a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="442"/>
        <source>Unable to open the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="468"/>
        <source>The SQLite library has no encryption (PRAGMA cipher_version is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="475"/>
        <source>Unable to set the page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="480"/>
        <source>The key does not open this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="482"/>
        <source>Unable to enable foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="483"/>
        <source>Unable to set the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="484"/>
        <source>Unable to set durability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="485"/>
        <source>Unable to set secure delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="515"/>
        <source>Unable to begin a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="520"/>
        <source>Unable to commit a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="525"/>
        <source>Unable to roll back a transaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="102"/>
        <source>Unable to prepare a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="111"/>
        <source>Unable to execute multiple statements at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="125"/>
        <source>No statement prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="149"/>
        <source>Unable to execute a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="267"/>
        <source>Parameter count mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SqlCipherDriver.cpp" line="315"/>
        <source>Unable to bind a value</source>
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
        <location filename="../app/gui/StaffDialog.cpp" line="19"/>
        <location filename="../app/gui/StaffDialog.cpp" line="52"/>
        <source>Add member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/StaffDialog.cpp" line="27"/>
        <source>Designated Safeguarding Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/StaffDialog.cpp" line="51"/>
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
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/StaffListWidget.ui" line="106"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/StaffListWidget.cpp" line="56"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/StaffListWidget.cpp" line="88"/>
        <source>1 member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/StaffListWidget.cpp" line="89"/>
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
        <location filename="../app/gui/StaffListWidget.cpp" line="132"/>
        <source>Edit member of staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffStore</name>
    <message>
        <location filename="../models/records/StaffStore.cpp" line="69"/>
        <source>Teaching staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/StaffStore.cpp" line="71"/>
        <source>Support staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/StaffStore.cpp" line="73"/>
        <source>Governor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/StaffStore.cpp" line="75"/>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/StaffStore.cpp" line="77"/>
        <source>Supply staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/StaffStore.cpp" line="79"/>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/StaffStore.cpp" line="81"/>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/StaffStore.cpp" line="96"/>
        <source>DSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/StaffStore.cpp" line="98"/>
        <source>Deputy DSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/StaffStore.cpp" line="100"/>
        <source>Online safety coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/StaffStore.cpp" line="102"/>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/StaffStore.cpp" line="104"/>
        <source>IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/StaffStore.cpp" line="123"/>
        <source>Enter the forename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/StaffStore.cpp" line="125"/>
        <source>Enter the surname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/StaffStore.cpp" line="128"/>
        <source>“%1” is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/StaffStore.cpp" line="130"/>
        <source>The leaving date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/StaffStore.cpp" line="132"/>
        <source>Someone is either the DSL or a deputy DSL, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/records/StaffStore.cpp" line="160"/>
        <location filename="../models/records/StaffStore.cpp" line="184"/>
        <source>This member of staff is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <location filename="../models/StaffTableModel.cpp" line="113"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/StaffTableModel.cpp" line="115"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/StaffTableModel.cpp" line="117"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/StaffTableModel.cpp" line="119"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/StaffTableModel.cpp" line="121"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/StaffTableModel.cpp" line="123"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreSupport</name>
    <message>
        <location filename="../models/records/StoreSupport.cpp" line="22"/>
        <source>Lanyard could not read or save this record. If another copy of Lanyard has the vault open, close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../forms/UnlockDialog.ui" line="9"/>
        <location filename="../app/gui/UnlockDialog.cpp" line="136"/>
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
        <location filename="../app/gui/UnlockDialog.cpp" line="65"/>
        <source>Choose the school&apos;s vault file (it ends in .lanyard), or start a new school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/UnlockDialog.cpp" line="82"/>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/UnlockDialog.cpp" line="114"/>
        <source>Use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/UnlockDialog.cpp" line="115"/>
        <source>Type the recovery key kept in the school safe: 8 groups of 8 letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/UnlockDialog.cpp" line="137"/>
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
    <name>Vault</name>
    <message>
        <location filename="../models/storage/Vault.cpp" line="113"/>
        <source>The encryption library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Vault.cpp" line="118"/>
        <source>%1 already exists; Lanyard will not overwrite a school&apos;s vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Vault.cpp" line="122"/>
        <source>A new vault needs the school&apos;s name and a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Vault.cpp" line="126"/>
        <location filename="../models/storage/Vault.cpp" line="280"/>
        <source>The passphrase must be at least 8 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Vault.cpp" line="165"/>
        <source>The new vault could not be written; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Vault.cpp" line="178"/>
        <location filename="../models/storage/Vault.cpp" line="199"/>
        <source>There is no vault at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Vault.cpp" line="190"/>
        <location filename="../models/storage/Vault.cpp" line="257"/>
        <source>The user name or passphrase is wrong. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Vault.cpp" line="205"/>
        <source>A recovery key is 64 letters and digits (0–9, A–F) in 8 groups of 8; this one is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Vault.cpp" line="210"/>
        <source>recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Vault.cpp" line="210"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Vault.cpp" line="230"/>
        <source>The recovery key does not open this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Vault.cpp" line="233"/>
        <source>The key ring does not belong to this vault, or the vault is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Vault.cpp" line="235"/>
        <source>The vault could not be opened: the file is unreadable or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Vault.cpp" line="275"/>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Vault.cpp" line="278"/>
        <source>Only an administrator can set another user&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Vault.cpp" line="287"/>
        <source>There is no user called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Vault.cpp" line="302"/>
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
        <location filename="../app/main.cpp" line="28"/>
        <source>Demo school: user name demo, passphrase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="57"/>
        <source>Records for a school office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="60"/>
        <source>Open a generated demo school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="62"/>
        <source>Open the vault at PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="63"/>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="72"/>
        <source>Demo school</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
