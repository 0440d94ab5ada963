<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>CaseListPage</name>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases on this device yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap &quot;New case&quot; to start recording. The case is saved on this device at once, even without a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Reference number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reference number yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this device. Not synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No persons recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signs recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No injuries recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action plan yet: no report of concern (orosanmälan) and no protection assessment recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording this is not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Lots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCasePage</name>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is opened now, %1, and saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference number (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example the police report number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can add or correct the reference number later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoCasePage</name>
    <message>
        <source>Choose a case on the left, or tap &quot;New case&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the app now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passcode changed. Use the new passcode from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when not used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots also locks at once when you switch to another app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passcode again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Set up Lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up Lots on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you record is stored encrypted on this device only. Choose a passcode that others cannot guess. It cannot be recovered: after 10 wrong tries the data on this device is erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Patrol car 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passcode (at least 6 digits or 8 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passcode again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up. This takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Lots is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data on this device is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passcode to open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passcode to open the cases on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Opening. This takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wait %n seconds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After too many wrong passcodes the key to the data on this device was destroyed. The cases recorded here cannot be opened by anyone, including you. Ask your coordinator how to set up the device again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files on this device are damaged or were changed outside Lots. Nothing has been deleted. Ask your coordinator for help before you set up the device again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lots::AppController</name>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this device a name, for example &quot;Patrol car 3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device name is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passcodes are not the same. Type the passcode again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data on this device could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passcodes. Wait until the countdown ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data on this device has been erased after too many wrong passcodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data on this device could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passcodes are not the same. Type the new passcode again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passcode was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lots::CaseController</name>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app is locked. Unlock it to open a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference number is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is not on this device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lots::CaseListModel</name>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 · last change %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lots::DisplayFormat</name>
    <message>
        <source>unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lots::SettingsController</name>
    <message>
        <source>Same as the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
