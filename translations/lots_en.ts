<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CaseListPage</name>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>No cases on this device yet</source>
        <translation>No cases on this device yet</translation>
    </message>
    <message>
        <source>Tap "New case" to start recording. The case is saved on this device at once, even without a network.</source>
        <translation>Tap "New case" to start recording. The case is saved on this device at once, even without a network.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Reference number: %1</source>
        <translation>Reference number: %1</translation>
    </message>
    <message>
        <source>No reference number yet</source>
        <translation>No reference number yet</translation>
    </message>
    <message>
        <source>Saved on this device. Not synced yet.</source>
        <translation>Saved on this device. Not synced yet.</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>No persons recorded yet.</source>
        <translation>No persons recorded yet.</translation>
    </message>
    <message>
        <source>Signs</source>
        <translation>Signs</translation>
    </message>
    <message>
        <source>No signs recorded yet.</source>
        <translation>No signs recorded yet.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No notes recorded yet.</source>
        <translation>No notes recorded yet.</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Injuries</translation>
    </message>
    <message>
        <source>No injuries recorded yet.</source>
        <translation>No injuries recorded yet.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>No action plan yet: no report of concern (orosanmälan) and no protection assessment recorded.</source>
        <translation>No action plan yet: no report of concern (orosanmälan) and no protection assessment recorded.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>No contacts recorded yet.</source>
        <translation>No contacts recorded yet.</translation>
    </message>
    <message>
        <source>Recording this is not available in this version yet.</source>
        <translation>Recording this is not available in this version yet.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Lots</source>
        <translation>Lots</translation>
    </message>
</context>
<context>
    <name>NewCasePage</name>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Reference number (optional)</source>
        <translation>Reference number (optional)</translation>
    </message>
    <message>
        <source>For example the police report number</source>
        <translation>For example the police report number</translation>
    </message>
    <message>
        <source>You can add or correct the reference number later.</source>
        <translation>You can add or correct the reference number later.</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>The case gets the current date and time when you tap "Open case". It is saved on this device at once.</source>
        <translation>The case gets the current date and time when you tap "Open case". It is saved on this device at once.</translation>
    </message>
</context>
<context>
    <name>NoCasePage</name>
    <message>
        <source>Choose a case on the left, or tap "New case".</source>
        <translation>Choose a case on the left, or tap "New case".</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Lock the app now</source>
        <translation>Lock the app now</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>This device is already set up. Unlock it with its passcode.</source>
        <translation>This device is already set up. Unlock it with its passcode.</translation>
    </message>
    <message>
        <source>Type a name for this device, for example the name of your unit.</source>
        <translation>Type a name for this device, for example the name of your unit.</translation>
    </message>
    <message>
        <source>This device is not set up yet.</source>
        <translation>This device is not set up yet.</translation>
    </message>
    <message>
        <source>The data on this device was erased after too many wrong passcodes. It cannot be recovered.</source>
        <translation>The data on this device was erased after too many wrong passcodes. It cannot be recovered.</translation>
    </message>
    <message>
        <source>The key file is missing, so the data on this device cannot be opened. Restore the data folder from a backup, or contact support.</source>
        <translation>The key file is missing, so the data on this device cannot be opened. Restore the data folder from a backup, or contact support.</translation>
    </message>
    <message>
        <source>The key file is damaged, so the data on this device cannot be opened. Restore the data folder from a backup, or contact support.</source>
        <translation>The key file is damaged, so the data on this device cannot be opened. Restore the data folder from a backup, or contact support.</translation>
    </message>
    <message>
        <source>Wrong passcode.</source>
        <translation>Wrong passcode.</translation>
    </message>
    <message>
        <source>The data on this device could not be opened.</source>
        <translation>The data on this device could not be opened.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Passcode changed. Use the new passcode from now on.</source>
        <translation>Passcode changed. Use the new passcode from now on.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Lock when not used for</source>
        <translation>Lock when not used for</translation>
    </message>
    <message>
        <source>Lots also locks at once when you switch to another app.</source>
        <translation>Lots also locks at once when you switch to another app.</translation>
    </message>
    <message>
        <source>Change passcode</source>
        <translation>Change passcode</translation>
    </message>
    <message>
        <source>Current passcode</source>
        <translation>Current passcode</translation>
    </message>
    <message>
        <source>New passcode</source>
        <translation>New passcode</translation>
    </message>
    <message>
        <source>New passcode again</source>
        <translation>New passcode again</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>This device</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Set up Lots</source>
        <translation>Set up Lots</translation>
    </message>
    <message>
        <source>Set up Lots on this device</source>
        <translation>Set up Lots on this device</translation>
    </message>
    <message>
        <source>Everything you record is stored encrypted on this device only. Choose a passcode that others cannot guess. It cannot be recovered: after 10 wrong tries the data on this device is erased.</source>
        <translation>Everything you record is stored encrypted on this device only. Choose a passcode that others cannot guess. It cannot be recovered: after 10 wrong tries the data on this device is erased.</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Your role</translation>
    </message>
    <message>
        <source>Name of this device</source>
        <translation>Name of this device</translation>
    </message>
    <message>
        <source>For example: Patrol car 3</source>
        <translation>For example: Patrol car 3</translation>
    </message>
    <message>
        <source>Passcode (at least 6 digits or 8 characters)</source>
        <translation>Passcode (at least 6 digits or 8 characters)</translation>
    </message>
    <message>
        <source>Passcode</source>
        <translation>Passcode</translation>
    </message>
    <message>
        <source>Passcode again</source>
        <translation>Passcode again</translation>
    </message>
    <message>
        <source>Setting up. This takes a moment.</source>
        <translation>Setting up. This takes a moment.</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Set up</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Lots is locked</source>
        <translation>Lots is locked</translation>
    </message>
    <message>
        <source>The data on this device is gone</source>
        <translation>The data on this device is gone</translation>
    </message>
    <message>
        <source>The data cannot be opened</source>
        <translation>The data cannot be opened</translation>
    </message>
    <message>
        <source>Type your passcode to open %1.</source>
        <translation>Type your passcode to open %1.</translation>
    </message>
    <message>
        <source>Type your passcode to open the cases on this device.</source>
        <translation>Type your passcode to open the cases on this device.</translation>
    </message>
    <message>
        <source>Passcode</source>
        <translation>Passcode</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n seconds.</source>
        <translation>
            <numerusform>You can try again in %n second.</numerusform>
            <numerusform>You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening. This takes a moment.</source>
        <translation>Opening. This takes a moment.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n seconds</source>
        <translation>
            <numerusform>Wait %n second</numerusform>
            <numerusform>Wait %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>After too many wrong passcodes the key to the data on this device was destroyed. The cases recorded here cannot be opened by anyone, including you. Ask your coordinator how to set up the device again.</source>
        <translation>After too many wrong passcodes the key to the data on this device was destroyed. The cases recorded here cannot be opened by anyone, including you. Ask your coordinator how to set up the device again.</translation>
    </message>
    <message>
        <source>The files on this device are damaged or were changed outside Lots. Nothing has been deleted. Ask your coordinator for help before you set up the device again.</source>
        <translation>The files on this device are damaged or were changed outside Lots. Nothing has been deleted. Ask your coordinator for help before you set up the device again.</translation>
    </message>
</context>
<context>
    <name>VaultText</name>
    <message>
        <source>A key file already exists; it was not replaced.</source>
        <translation>A key file already exists; it was not replaced.</translation>
    </message>
    <message>
        <source>Internal error: invalid key derivation settings.</source>
        <translation>Internal error: invalid key derivation settings.</translation>
    </message>
    <message>
        <source>There is not enough free memory to protect the passcode. Close other apps and try again.</source>
        <translation>There is not enough free memory to protect the passcode. Close other apps and try again.</translation>
    </message>
</context>
<context>
    <name>lots::AppController</name>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Health care</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Social services</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Prosecutor</translation>
    </message>
    <message>
        <source>Migration Agency</source>
        <translation>Migration Agency</translation>
    </message>
    <message>
        <source>Regional coordinator</source>
        <translation>Regional coordinator</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Choose your role.</source>
        <translation>Choose your role.</translation>
    </message>
    <message>
        <source>Give this device a name, for example "Patrol car 3".</source>
        <translation>Give this device a name, for example "Patrol car 3".</translation>
    </message>
    <message>
        <source>The device name is too long: at most %1 characters.</source>
        <translation>The device name is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>The two passcodes are not the same. Type the passcode again.</source>
        <translation>The two passcodes are not the same. Type the passcode again.</translation>
    </message>
    <message>
        <source>The data on this device could not be set up.</source>
        <translation>The data on this device could not be set up.</translation>
    </message>
    <message>
        <source>Type your passcode.</source>
        <translation>Type your passcode.</translation>
    </message>
    <message>
        <source>Wrong passcode.</source>
        <translation>Wrong passcode.</translation>
    </message>
    <message>
        <source>Too many wrong passcodes. Wait until the countdown ends.</source>
        <translation>Too many wrong passcodes. Wait until the countdown ends.</translation>
    </message>
    <message>
        <source>The data on this device has been erased after too many wrong passcodes.</source>
        <translation>The data on this device has been erased after too many wrong passcodes.</translation>
    </message>
    <message>
        <source>The data on this device could not be opened.</source>
        <translation>The data on this device could not be opened.</translation>
    </message>
    <message>
        <source>Unlock first.</source>
        <translation>Unlock first.</translation>
    </message>
    <message>
        <source>The two new passcodes are not the same. Type the new passcode again.</source>
        <translation>The two new passcodes are not the same. Type the new passcode again.</translation>
    </message>
    <message>
        <source>The passcode was not changed.</source>
        <translation>The passcode was not changed.</translation>
    </message>
</context>
<context>
    <name>lots::CaseController</name>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>Last change %1</source>
        <translation>Last change %1</translation>
    </message>
    <message>
        <source>The app is locked. Unlock it to open a case.</source>
        <translation>The app is locked. Unlock it to open a case.</translation>
    </message>
    <message>
        <source>The reference number is too long: at most %1 characters.</source>
        <translation>The reference number is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>This case is not on this device.</source>
        <translation>This case is not on this device.</translation>
    </message>
</context>
<context>
    <name>lots::CaseListModel</name>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>Case opened %1</source>
        <translation>Case opened %1</translation>
    </message>
    <message>
        <source>Opened %1 · last change %2</source>
        <translation>Opened %1 · last change %2</translation>
    </message>
    <message>
        <source>Last change %1</source>
        <translation>Last change %1</translation>
    </message>
</context>
<context>
    <name>lots::DisplayFormat</name>
    <message>
        <source>unknown time</source>
        <translation>unknown time</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>today %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>yesterday %1</translation>
    </message>
</context>
<context>
    <name>lots::PositionService</name>
    <message>
        <source>Position not requested yet</source>
        <translation>Position not requested yet</translation>
    </message>
    <message>
        <source>Looking for a position...</source>
        <translation>Looking for a position...</translation>
    </message>
</context>
<context>
    <name>lots::SettingsController</name>
    <message>
        <source>Same as the device</source>
        <translation>Same as the device</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lots::StoreError</name>
    <message>
        <source>The database file is missing, although the key file says it was created. The data cannot be opened. Restore the data folder from a backup, or contact support.</source>
        <translation>The database file is missing, although the key file says it was created. The data cannot be opened. Restore the data folder from a backup, or contact support.</translation>
    </message>
    <message>
        <source>The database file is not the Lots database of this device (it is another program's file, an unencrypted file, or the database of another installation). Nothing was changed. Put the right file back, or contact support.</source>
        <translation>The database file is not the Lots database of this device (it is another program's file, an unencrypted file, or the database of another installation). Nothing was changed. Put the right file back, or contact support.</translation>
    </message>
    <message>
        <source>The database file is shorter than it was written; part of it is missing. Nothing was changed. Restore the data folder from a backup, or contact support.</source>
        <translation>The database file is shorter than it was written; part of it is missing. Nothing was changed. Restore the data folder from a backup, or contact support.</translation>
    </message>
    <message>
        <source>The database file is damaged: part of it does not pass its integrity check. Nothing was changed. Restore the data folder from a backup, or contact support.</source>
        <translation>The database file is damaged: part of it does not pass its integrity check. Nothing was changed. Restore the data folder from a backup, or contact support.</translation>
    </message>
    <message>
        <source>The key file and the database file do not belong together, so the database cannot be decrypted. Nothing was changed. Put back the key file that belongs to this database, or contact support.</source>
        <translation>The key file and the database file do not belong together, so the database cannot be decrypted. Nothing was changed. Put back the key file that belongs to this database, or contact support.</translation>
    </message>
    <message>
        <source>This build of Lots cannot encrypt its database, so it refuses to store anything. Install an official build of Lots.</source>
        <translation>This build of Lots cannot encrypt its database, so it refuses to store anything. Install an official build of Lots.</translation>
    </message>
    <message>
        <source>The data was written by a newer version of Lots. Update Lots to open it; nothing was changed.</source>
        <translation>The data was written by a newer version of Lots. Update Lots to open it; nothing was changed.</translation>
    </message>
    <message>
        <source>Lots could not upgrade the database to this version. The data was kept as it was. Try again; if it keeps failing, contact support.</source>
        <translation>Lots could not upgrade the database to this version. The data was kept as it was. Try again; if it keeps failing, contact support.</translation>
    </message>
    <message>
        <source>The device storage is full, so the last change was not saved. Free some space and try again.</source>
        <translation>The device storage is full, so the last change was not saved. Free some space and try again.</translation>
    </message>
    <message>
        <source>The data folder cannot be written to, so nothing can be saved. Check the storage permissions of Lots, then restart it.</source>
        <translation>The data folder cannot be written to, so nothing can be saved. Check the storage permissions of Lots, then restart it.</translation>
    </message>
    <message>
        <source>Reading or writing the device storage failed, so the last change may not have been saved. Restart Lots and try again; if it keeps failing, the storage may be faulty.</source>
        <translation>Reading or writing the device storage failed, so the last change may not have been saved. Restart Lots and try again; if it keeps failing, the storage may be faulty.</translation>
    </message>
    <message>
        <source>Lots hit an internal error while saving or reading data. Nothing was lost that was already saved. Restart Lots; if it happens again, report it to support.</source>
        <translation>Lots hit an internal error while saving or reading data. Nothing was lost that was already saved. Restart Lots; if it happens again, report it to support.</translation>
    </message>
</context>
<context>
    <name>lots::Vault</name>
    <message>
        <source>1 second</source>
        <translation>1 second</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hour</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passcode. 1 try left before the data on this device is erased.</source>
        <translation>Wrong passcode. 1 try left before the data on this device is erased.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong passcode. %n tries left before the data on this device is erased.</source>
        <translation>
            <numerusform>Wrong passcode. %n try left before the data on this device is erased.</numerusform>
            <numerusform>Wrong passcode. %n tries left before the data on this device is erased.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong passcode. %n tries left.</source>
        <translation>
            <numerusform>Wrong passcode. %n try left.</numerusform>
            <numerusform>Wrong passcode. %n tries left.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try again in %1.</source>
        <translation>You can try again in %1.</translation>
    </message>
    <message>
        <source>Wrong passcode too many times. The data on this device has been erased and cannot be recovered. Set up Lots again to continue.</source>
        <translation>Wrong passcode too many times. The data on this device has been erased and cannot be recovered. Set up Lots again to continue.</translation>
    </message>
    <message>
        <source>The data on this device was erased after too many wrong passcodes and cannot be recovered. Set up Lots again to continue.</source>
        <translation>The data on this device was erased after too many wrong passcodes and cannot be recovered. Set up Lots again to continue.</translation>
    </message>
    <message>
        <source>The key file of Lots is damaged, so the data cannot be unlocked. Nothing was changed. Restore the data folder from a backup, or contact support.</source>
        <translation>The key file of Lots is damaged, so the data cannot be unlocked. Nothing was changed. Restore the data folder from a backup, or contact support.</translation>
    </message>
    <message>
        <source>Lots could not read or write its key file. Check that the device has free storage, then try again.</source>
        <translation>Lots could not read or write its key file. Check that the device has free storage, then try again.</translation>
    </message>
    <message>
        <source>Lots has not been set up on this device yet.</source>
        <translation>Lots has not been set up on this device yet.</translation>
    </message>
    <message>
        <source>Too many wrong passcodes. Try again in %1.</source>
        <translation>Too many wrong passcodes. Try again in %1.</translation>
    </message>
    <message>
        <source>There is not enough free memory to check the passcode. Close other apps and try again.</source>
        <translation>There is not enough free memory to check the passcode. Close other apps and try again.</translation>
    </message>
    <message>
        <source>Enter a passcode.</source>
        <translation>Enter a passcode.</translation>
    </message>
    <message>
        <source>The passcode contains characters that cannot be read. Type it again.</source>
        <translation>The passcode contains characters that cannot be read. Type it again.</translation>
    </message>
    <message>
        <source>A passcode made of digits needs at least 6 digits.</source>
        <translation>A passcode made of digits needs at least 6 digits.</translation>
    </message>
    <message>
        <source>A passphrase needs at least 8 characters (or use a code of at least 6 digits).</source>
        <translation>A passphrase needs at least 8 characters (or use a code of at least 6 digits).</translation>
    </message>
</context>
<context>
    <name>CaseOverviewService</name>
    <message>
        <source>%1: age group not recorded (child or adult?)</source>
        <translation>%1: age group not recorded (child or adult?)</translation>
    </message>
    <message>
        <source>A child is in the case: a report of concern (orosanmälan) to social services is not recorded.</source>
        <translation>A child is in the case: a report of concern (orosanmälan) to social services is not recorded.</translation>
    </message>
    <message>
        <source>There are children in the picture: a report of concern (orosanmälan) is not recorded.</source>
        <translation>There are children in the picture: a report of concern (orosanmälan) is not recorded.</translation>
    </message>
    <message>
        <source>Evidence kit: handover to the police not confirmed by both parties.</source>
        <translation>Evidence kit: handover to the police not confirmed by both parties.</translation>
    </message>
    <message>
        <source>An injury is due to be documented again (%1).</source>
        <translation>An injury is due to be documented again (%1).</translation>
    </message>
</context>
<context>
    <name>EvidenceKits</name>
    <message>
        <source>The time of the assault is not known: take the full set of samples.</source>
        <translation>The time of the assault is not known: take the full set of samples.</translation>
    </message>
    <message>
        <source>The assault is recorded after the examination: check both times.</source>
        <translation>The assault is recorded after the examination: check both times.</translation>
    </message>
    <message>
        <source>More than %1 days since the assault: a full evidence collection is no longer indicated. Document injuries and take only the samples that can still be useful.</source>
        <translation>More than %1 days since the assault: a full evidence collection is no longer indicated. Document injuries and take only the samples that can still be useful.</translation>
    </message>
    <message>
        <source>Type the identifier printed on the kit.</source>
        <translation>Type the identifier printed on the kit.</translation>
    </message>
    <message>
        <source>Every sample needs a type.</source>
        <translation>Every sample needs a type.</translation>
    </message>
    <message>
        <source>Type the identifier of every sample taken.</source>
        <translation>Type the identifier of every sample taken.</translation>
    </message>
    <message>
        <source>Record the person's consent before samples are taken.</source>
        <translation>Record the person's consent before samples are taken.</translation>
    </message>
    <message>
        <source>Record when consent was given.</source>
        <translation>Record when consent was given.</translation>
    </message>
    <message>
        <source>Choose the person the samples are from.</source>
        <translation>Choose the person the samples are from.</translation>
    </message>
    <message>
        <source>This evidence kit record no longer exists.</source>
        <translation>This evidence kit record no longer exists.</translation>
    </message>
    <message>
        <source>Type the name of the person confirming the handover.</source>
        <translation>Type the name of the person confirming the handover.</translation>
    </message>
    <message>
        <source>Type the name or service number of the receiving police officer.</source>
        <translation>Type the name or service number of the receiving police officer.</translation>
    </message>
    <message>
        <source>Record when the kit was handed over.</source>
        <translation>Record when the kit was handed over.</translation>
    </message>
    <message>
        <source>The examining clinician has already confirmed the handover.</source>
        <translation>The examining clinician has already confirmed the handover.</translation>
    </message>
    <message>
        <source>The receiving officer has already confirmed the handover.</source>
        <translation>The receiving officer has already confirmed the handover.</translation>
    </message>
    <message>
        <source>Not handed over to the police yet.</source>
        <translation>Not handed over to the police yet.</translation>
    </message>
    <message>
        <source>Waiting for the examining clinician to confirm the handover.</source>
        <translation>Waiting for the examining clinician to confirm the handover.</translation>
    </message>
    <message>
        <source>Waiting for the receiving officer to confirm the handover.</source>
        <translation>Waiting for the receiving officer to confirm the handover.</translation>
    </message>
    <message>
        <source>The two confirmations name different receiving officers: check with both and confirm again.</source>
        <translation>The two confirmations name different receiving officers: check with both and confirm again.</translation>
    </message>
</context>
<context>
    <name>FieldContext</name>
    <message>
        <source>Protected</source>
        <translation>Protected</translation>
    </message>
</context>
<context>
    <name>Injuries</name>
    <message>
        <source>The marker is outside the body map: tap on the figure to place it.</source>
        <translation>The marker is outside the body map: tap on the figure to place it.</translation>
    </message>
    <message>
        <source>A measurement must be between 1 and %1 mm.</source>
        <translation>A measurement must be between 1 and %1 mm.</translation>
    </message>
    <message>
        <source>Pain is rated from 0 (none) to 10 (worst imaginable).</source>
        <translation>Pain is rated from 0 (none) to 10 (worst imaginable).</translation>
    </message>
    <message>
        <source>The text is too long: shorten it or add a note.</source>
        <translation>The text is too long: shorten it or add a note.</translation>
    </message>
    <message>
        <source>Choose the person the injury is on.</source>
        <translation>Choose the person the injury is on.</translation>
    </message>
    <message>
        <source>The person is a child but the marker is on the adult figure.</source>
        <translation>The person is a child but the marker is on the adult figure.</translation>
    </message>
    <message>
        <source>This injury record no longer exists.</source>
        <translation>This injury record no longer exists.</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>Open a case before writing a note.</source>
        <translation>Open a case before writing a note.</translation>
    </message>
    <message>
        <source>Choose a keyword for the note from the list.</source>
        <translation>Choose a keyword for the note from the list.</translation>
    </message>
    <message>
        <source>The note is empty: write something or go back.</source>
        <translation>The note is empty: write something or go back.</translation>
    </message>
    <message>
        <source>The note is too long: split it into several notes.</source>
        <translation>The note is too long: split it into several notes.</translation>
    </message>
    <message>
        <source>The person the note is about is not in this case.</source>
        <translation>The person the note is about is not in this case.</translation>
    </message>
    <message>
        <source>This note no longer exists.</source>
        <translation>This note no longer exists.</translation>
    </message>
    <message>
        <source>Notes under a protected keyword are always protected. Move the note to another keyword first.</source>
        <translation>Notes under a protected keyword are always protected. Move the note to another keyword first.</translation>
    </message>
</context>
<context>
    <name>Persons</name>
    <message>
        <source>Give the person a label, for example "Woman A". A name or identity number is not needed.</source>
        <translation>Give the person a label, for example "Woman A". A name or identity number is not needed.</translation>
    </message>
    <message>
        <source>The label is too long: use at most 80 characters.</source>
        <translation>The label is too long: use at most 80 characters.</translation>
    </message>
    <message>
        <source>The estimated age must be between 0 and 120 years.</source>
        <translation>The estimated age must be between 0 and 120 years.</translation>
    </message>
    <message>
        <source>The estimated age is under 18: choose the age group "child" or "unknown".</source>
        <translation>The estimated age is under 18: choose the age group "child" or "unknown".</translation>
    </message>
    <message>
        <source>The age group is "child" but the estimated age is 18 or over: correct one of them.</source>
        <translation>The age group is "child" but the estimated age is 18 or over: correct one of them.</translation>
    </message>
    <message>
        <source>A child in the picture must have an estimated age between 0 and 17.</source>
        <translation>A child in the picture must have an estimated age between 0 and 17.</translation>
    </message>
    <message>
        <source>A language is empty: remove it or type its name.</source>
        <translation>A language is empty: remove it or type its name.</translation>
    </message>
    <message>
        <source>A country is given but "lives in another country" is not "yes".</source>
        <translation>A country is given but "lives in another country" is not "yes".</translation>
    </message>
    <message>
        <source>Open a case before adding a person.</source>
        <translation>Open a case before adding a person.</translation>
    </message>
    <message>
        <source>This person is not in the case any more.</source>
        <translation>This person is not in the case any more.</translation>
    </message>
</context>
<context>
    <name>PositionPolicy</name>
    <message>
        <source>accuracy unknown</source>
        <translation>accuracy unknown</translation>
    </message>
    <message>
        <source>within %1 m</source>
        <translation>within %1 m</translation>
    </message>
    <message>
        <source>No position; saved without</source>
        <translation>No position; saved without</translation>
    </message>
    <message>
        <source>Position saved, rounded to about 1 km</source>
        <translation>Position saved, rounded to about 1 km</translation>
    </message>
    <message>
        <source>Position saved (%1)</source>
        <translation>Position saved (%1)</translation>
    </message>
    <message>
        <source>No position (indoors); saved without</source>
        <translation>No position (indoors); saved without</translation>
    </message>
    <message>
        <source>Position not available on this device; saved without</source>
        <translation>Position not available on this device; saved without</translation>
    </message>
    <message>
        <source>Position is off; saved without</source>
        <translation>Position is off; saved without</translation>
    </message>
    <message>
        <source>No position; place typed by hand: %1</source>
        <translation>No position; place typed by hand: %1</translation>
    </message>
</context>
<context>
    <name>Signs</name>
    <message>
        <source>Choose the person the sign is about.</source>
        <translation>Choose the person the sign is about.</translation>
    </message>
    <message>
        <source>This sign is not in the catalogue of signs: choose one from the list.</source>
        <translation>This sign is not in the catalogue of signs: choose one from the list.</translation>
    </message>
    <message>
        <source>This sign applies only to children, and this person is not recorded as a child (under 18). Change the person's age group or estimated age first, or choose another sign.</source>
        <translation>This sign applies only to children, and this person is not recorded as a child (under 18). Change the person's age group or estimated age first, or choose another sign.</translation>
    </message>
    <message>
        <source>This sign applies only to adults, and this person is recorded as a child (under 18).</source>
        <translation>This sign applies only to adults, and this person is recorded as a child (under 18).</translation>
    </message>
    <message>
        <source>The note is too long: use at most 4000 characters.</source>
        <translation>The note is too long: use at most 4000 characters.</translation>
    </message>
</context>
</TS>