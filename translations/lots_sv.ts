<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>CaseListPage</name>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>No cases on this device yet</source>
        <translation>Inga ärenden på den här enheten än</translation>
    </message>
    <message>
        <source>Tap "New case" to start recording. The case is saved on this device at once, even without a network.</source>
        <translation>Tryck på "Nytt ärende" för att börja dokumentera. Ärendet sparas direkt på den här enheten, även utan nätverk.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nytt ärende</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Reference number: %1</source>
        <translation>Diarienummer: %1</translation>
    </message>
    <message>
        <source>No reference number yet</source>
        <translation>Inget diarienummer än</translation>
    </message>
    <message>
        <source>Saved on this device. Not synced yet.</source>
        <translation>Sparat på den här enheten. Inte synkroniserat än.</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>No persons recorded yet.</source>
        <translation>Inga personer registrerade än.</translation>
    </message>
    <message>
        <source>Signs</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>No signs recorded yet.</source>
        <translation>Inga indikatorer registrerade än.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>No notes recorded yet.</source>
        <translation>Inga anteckningar än.</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Skador</translation>
    </message>
    <message>
        <source>No injuries recorded yet.</source>
        <translation>Inga skador dokumenterade än.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Åtgärdsplan</translation>
    </message>
    <message>
        <source>No action plan yet: no report of concern (orosanmälan) and no protection assessment recorded.</source>
        <translation>Ingen åtgärdsplan än: ingen orosanmälan och ingen skyddsbedömning registrerad.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>No contacts recorded yet.</source>
        <translation>Inga kontakter registrerade än.</translation>
    </message>
    <message>
        <source>Recording this is not available in this version yet.</source>
        <translation>Det går inte att registrera detta i den här versionen än.</translation>
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
        <translation>Nytt ärende</translation>
    </message>
    <message>
        <source>Reference number (optional)</source>
        <translation>Diarienummer (frivilligt)</translation>
    </message>
    <message>
        <source>For example the police report number</source>
        <translation>Till exempel diarienumret på polisanmälan</translation>
    </message>
    <message>
        <source>You can add or correct the reference number later.</source>
        <translation>Du kan lägga till eller rätta diarienumret senare.</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Öppna ärende</translation>
    </message>
    <message>
        <source>The case gets the current date and time when you tap "Open case". It is saved on this device at once.</source>
        <translation>Ärendet får dagens datum och aktuell tid när du trycker på "Öppna ärende". Det sparas direkt på den här enheten.</translation>
    </message>
</context>
<context>
    <name>NoCasePage</name>
    <message>
        <source>Choose a case on the left, or tap "New case".</source>
        <translation>Välj ett ärende till vänster, eller tryck på "Nytt ärende".</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lås</translation>
    </message>
    <message>
        <source>Lock the app now</source>
        <translation>Lås appen nu</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>This device is already set up. Unlock it with its passcode.</source>
        <translation>Den här enheten är redan konfigurerad. Lås upp den med dess lösenkod.</translation>
    </message>
    <message>
        <source>Type a name for this device, for example the name of your unit.</source>
        <translation>Skriv ett namn på den här enheten, till exempel namnet på din enhet eller grupp.</translation>
    </message>
    <message>
        <source>This device is not set up yet.</source>
        <translation>Den här enheten är inte konfigurerad än.</translation>
    </message>
    <message>
        <source>The data on this device was erased after too many wrong passcodes. It cannot be recovered.</source>
        <translation>Uppgifterna på den här enheten raderades efter för många felaktiga lösenkoder. De kan inte återställas.</translation>
    </message>
    <message>
        <source>The key file is missing, so the data on this device cannot be opened. Restore the data folder from a backup, or contact support.</source>
        <translation>Nyckelfilen saknas, så uppgifterna på den här enheten kan inte öppnas. Återställ datamappen från en säkerhetskopia eller kontakta support.</translation>
    </message>
    <message>
        <source>The key file is damaged, so the data on this device cannot be opened. Restore the data folder from a backup, or contact support.</source>
        <translation>Nyckelfilen är skadad, så uppgifterna på den här enheten kan inte öppnas. Återställ datamappen från en säkerhetskopia eller kontakta support.</translation>
    </message>
    <message>
        <source>Wrong passcode.</source>
        <translation>Fel lösenkod.</translation>
    </message>
    <message>
        <source>The data on this device could not be opened.</source>
        <translation>Uppgifterna på den här enheten kunde inte öppnas.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Passcode changed. Use the new passcode from now on.</source>
        <translation>Lösenkoden är ändrad. Använd den nya lösenkoden från och med nu.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Utseende</translation>
    </message>
    <message>
        <source>Lock when not used for</source>
        <translation>Lås när appen inte används på</translation>
    </message>
    <message>
        <source>Lots also locks at once when you switch to another app.</source>
        <translation>Lots låses också direkt när du byter till en annan app.</translation>
    </message>
    <message>
        <source>Change passcode</source>
        <translation>Byt lösenkod</translation>
    </message>
    <message>
        <source>Current passcode</source>
        <translation>Nuvarande lösenkod</translation>
    </message>
    <message>
        <source>New passcode</source>
        <translation>Ny lösenkod</translation>
    </message>
    <message>
        <source>New passcode again</source>
        <translation>Ny lösenkod igen</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Den här enheten</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Namn: %1</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Set up Lots</source>
        <translation>Konfigurera Lots</translation>
    </message>
    <message>
        <source>Set up Lots on this device</source>
        <translation>Konfigurera Lots på den här enheten</translation>
    </message>
    <message>
        <source>Everything you record is stored encrypted on this device only. Choose a passcode that others cannot guess. It cannot be recovered: after 10 wrong tries the data on this device is erased.</source>
        <translation>Allt du dokumenterar lagras krypterat, bara på den här enheten. Välj en lösenkod som andra inte kan gissa. Den kan inte återställas: efter 10 felaktiga försök raderas uppgifterna på enheten.</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Din roll</translation>
    </message>
    <message>
        <source>Name of this device</source>
        <translation>Namn på den här enheten</translation>
    </message>
    <message>
        <source>For example: Patrol car 3</source>
        <translation>Till exempel: Radiobil 3</translation>
    </message>
    <message>
        <source>Passcode (at least 6 digits or 8 characters)</source>
        <translation>Lösenkod (minst 6 siffror eller 8 tecken)</translation>
    </message>
    <message>
        <source>Passcode</source>
        <translation>Lösenkod</translation>
    </message>
    <message>
        <source>Passcode again</source>
        <translation>Lösenkod igen</translation>
    </message>
    <message>
        <source>Setting up. This takes a moment.</source>
        <translation>Konfigurerar. Det tar en liten stund.</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Konfigurera</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Lots is locked</source>
        <translation>Lots är låst</translation>
    </message>
    <message>
        <source>The data on this device is gone</source>
        <translation>Uppgifterna på den här enheten är borta</translation>
    </message>
    <message>
        <source>The data cannot be opened</source>
        <translation>Uppgifterna kan inte öppnas</translation>
    </message>
    <message>
        <source>Type your passcode to open %1.</source>
        <translation>Skriv din lösenkod för att öppna %1.</translation>
    </message>
    <message>
        <source>Type your passcode to open the cases on this device.</source>
        <translation>Skriv din lösenkod för att öppna ärendena på den här enheten.</translation>
    </message>
    <message>
        <source>Passcode</source>
        <translation>Lösenkod</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n seconds.</source>
        <translation>
            <numerusform>Du kan försöka igen om %n sekund.</numerusform>
            <numerusform>Du kan försöka igen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening. This takes a moment.</source>
        <translation>Öppnar. Det tar en liten stund.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n seconds</source>
        <translation>
            <numerusform>Vänta %n sekund</numerusform>
            <numerusform>Vänta %n sekunder</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <source>After too many wrong passcodes the key to the data on this device was destroyed. The cases recorded here cannot be opened by anyone, including you. Ask your coordinator how to set up the device again.</source>
        <translation>Efter för många felaktiga lösenkoder förstördes nyckeln till uppgifterna på den här enheten. Ärendena som dokumenterades här kan inte öppnas av någon, inte heller av dig. Fråga din samordnare hur enheten konfigureras på nytt.</translation>
    </message>
    <message>
        <source>The files on this device are damaged or were changed outside Lots. Nothing has been deleted. Ask your coordinator for help before you set up the device again.</source>
        <translation>Filerna på den här enheten är skadade eller har ändrats utanför Lots. Ingenting har raderats. Be din samordnare om hjälp innan du konfigurerar enheten på nytt.</translation>
    </message>
</context>
<context>
    <name>VaultText</name>
    <message>
        <source>A key file already exists; it was not replaced.</source>
        <translation>Det finns redan en nyckelfil; den ersattes inte.</translation>
    </message>
    <message>
        <source>Internal error: invalid key derivation settings.</source>
        <translation>Internt fel: ogiltiga inställningar för nyckelhärledning.</translation>
    </message>
    <message>
        <source>There is not enough free memory to protect the passcode. Close other apps and try again.</source>
        <translation>Det finns inte tillräckligt med ledigt minne för att skydda lösenkoden. Stäng andra appar och försök igen.</translation>
    </message>
</context>
<context>
    <name>lots::AppController</name>
    <message>
        <source>Police</source>
        <translation>Polis</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Hälso- och sjukvård</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Socialtjänst</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Åklagare</translation>
    </message>
    <message>
        <source>Migration Agency</source>
        <translation>Migrationsverket</translation>
    </message>
    <message>
        <source>Regional coordinator</source>
        <translation>Regional samordnare</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
    <message>
        <source>Choose your role.</source>
        <translation>Välj din roll.</translation>
    </message>
    <message>
        <source>Give this device a name, for example "Patrol car 3".</source>
        <translation>Ge den här enheten ett namn, till exempel "Radiobil 3".</translation>
    </message>
    <message>
        <source>The device name is too long: at most %1 characters.</source>
        <translation>Enhetens namn är för långt: högst %1 tecken.</translation>
    </message>
    <message>
        <source>The two passcodes are not the same. Type the passcode again.</source>
        <translation>De två lösenkoderna är inte likadana. Skriv lösenkoden igen.</translation>
    </message>
    <message>
        <source>The data on this device could not be set up.</source>
        <translation>Uppgifterna på den här enheten kunde inte konfigureras.</translation>
    </message>
    <message>
        <source>Type your passcode.</source>
        <translation>Skriv din lösenkod.</translation>
    </message>
    <message>
        <source>Wrong passcode.</source>
        <translation>Fel lösenkod.</translation>
    </message>
    <message>
        <source>Too many wrong passcodes. Wait until the countdown ends.</source>
        <translation>För många felaktiga lösenkoder. Vänta tills nedräkningen är klar.</translation>
    </message>
    <message>
        <source>The data on this device has been erased after too many wrong passcodes.</source>
        <translation>Uppgifterna på den här enheten har raderats efter för många felaktiga lösenkoder.</translation>
    </message>
    <message>
        <source>The data on this device could not be opened.</source>
        <translation>Uppgifterna på den här enheten kunde inte öppnas.</translation>
    </message>
    <message>
        <source>Unlock first.</source>
        <translation>Lås upp först.</translation>
    </message>
    <message>
        <source>The two new passcodes are not the same. Type the new passcode again.</source>
        <translation>De två nya lösenkoderna är inte likadana. Skriv den nya lösenkoden igen.</translation>
    </message>
    <message>
        <source>The passcode was not changed.</source>
        <translation>Lösenkoden ändrades inte.</translation>
    </message>
</context>
<context>
    <name>lots::CaseController</name>
    <message>
        <source>Opened %1</source>
        <translation>Öppnat %1</translation>
    </message>
    <message>
        <source>Last change %1</source>
        <translation>Senast ändrat %1</translation>
    </message>
    <message>
        <source>The app is locked. Unlock it to open a case.</source>
        <translation>Appen är låst. Lås upp den för att öppna ett ärende.</translation>
    </message>
    <message>
        <source>The reference number is too long: at most %1 characters.</source>
        <translation>Diarienumret är för långt: högst %1 tecken.</translation>
    </message>
    <message>
        <source>This case is not on this device.</source>
        <translation>Ärendet finns inte på den här enheten.</translation>
    </message>
</context>
<context>
    <name>lots::CaseListModel</name>
    <message>
        <source>Case %1</source>
        <translation>Ärende %1</translation>
    </message>
    <message>
        <source>Case opened %1</source>
        <translation>Ärende öppnat %1</translation>
    </message>
    <message>
        <source>Opened %1 · last change %2</source>
        <translation>Öppnat %1 · senast ändrat %2</translation>
    </message>
    <message>
        <source>Last change %1</source>
        <translation>Senast ändrat %1</translation>
    </message>
</context>
<context>
    <name>lots::DisplayFormat</name>
    <message>
        <source>unknown time</source>
        <translation>okänd tid</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>i dag %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>i går %1</translation>
    </message>
</context>
<context>
    <name>lots::PositionService</name>
    <message>
        <source>Position not requested yet</source>
        <translation>Ingen position begärd än</translation>
    </message>
    <message>
        <source>Looking for a position...</source>
        <translation>Söker position...</translation>
    </message>
</context>
<context>
    <name>lots::SettingsController</name>
    <message>
        <source>Same as the device</source>
        <translation>Samma som enheten</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ljust</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n sekund</numerusform>
            <numerusform>%n sekunder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minuter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lots::StoreError</name>
    <message>
        <source>The database file is missing, although the key file says it was created. The data cannot be opened. Restore the data folder from a backup, or contact support.</source>
        <translation>Databasfilen saknas, fast nyckelfilen säger att den har skapats. Uppgifterna kan inte öppnas. Återställ datamappen från en säkerhetskopia eller kontakta support.</translation>
    </message>
    <message>
        <source>The database file is not the Lots database of this device (it is another program's file, an unencrypted file, or the database of another installation). Nothing was changed. Put the right file back, or contact support.</source>
        <translation>Databasfilen är inte Lots-databasen för den här enheten (det är ett annat programs fil, en okrypterad fil eller databasen från en annan installation). Ingenting ändrades. Lägg tillbaka rätt fil eller kontakta support.</translation>
    </message>
    <message>
        <source>The database file is shorter than it was written; part of it is missing. Nothing was changed. Restore the data folder from a backup, or contact support.</source>
        <translation>Databasfilen är kortare än när den skrevs; en del av den saknas. Ingenting ändrades. Återställ datamappen från en säkerhetskopia eller kontakta support.</translation>
    </message>
    <message>
        <source>The database file is damaged: part of it does not pass its integrity check. Nothing was changed. Restore the data folder from a backup, or contact support.</source>
        <translation>Databasfilen är skadad: en del av den klarar inte integritetskontrollen. Ingenting ändrades. Återställ datamappen från en säkerhetskopia eller kontakta support.</translation>
    </message>
    <message>
        <source>The key file and the database file do not belong together, so the database cannot be decrypted. Nothing was changed. Put back the key file that belongs to this database, or contact support.</source>
        <translation>Nyckelfilen och databasfilen hör inte ihop, så databasen kan inte dekrypteras. Ingenting ändrades. Lägg tillbaka nyckelfilen som hör till den här databasen eller kontakta support.</translation>
    </message>
    <message>
        <source>This build of Lots cannot encrypt its database, so it refuses to store anything. Install an official build of Lots.</source>
        <translation>Den här versionen av Lots kan inte kryptera sin databas och vägrar därför att lagra något. Installera en officiell version av Lots.</translation>
    </message>
    <message>
        <source>The data was written by a newer version of Lots. Update Lots to open it; nothing was changed.</source>
        <translation>Uppgifterna skrevs av en nyare version av Lots. Uppdatera Lots för att öppna dem; ingenting ändrades.</translation>
    </message>
    <message>
        <source>Lots could not upgrade the database to this version. The data was kept as it was. Try again; if it keeps failing, contact support.</source>
        <translation>Lots kunde inte uppgradera databasen till den här versionen. Uppgifterna behölls som de var. Försök igen; kontakta support om det fortsätter att misslyckas.</translation>
    </message>
    <message>
        <source>The device storage is full, so the last change was not saved. Free some space and try again.</source>
        <translation>Enhetens lagring är full, så den senaste ändringen sparades inte. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <source>The data folder cannot be written to, so nothing can be saved. Check the storage permissions of Lots, then restart it.</source>
        <translation>Det går inte att skriva i datamappen, så ingenting kan sparas. Kontrollera Lots lagringsbehörigheter och starta sedan om appen.</translation>
    </message>
    <message>
        <source>Reading or writing the device storage failed, so the last change may not have been saved. Restart Lots and try again; if it keeps failing, the storage may be faulty.</source>
        <translation>Läsning eller skrivning på enhetens lagring misslyckades, så den senaste ändringen kanske inte sparades. Starta om Lots och försök igen; om det fortsätter att misslyckas kan lagringen vara trasig.</translation>
    </message>
    <message>
        <source>Lots hit an internal error while saving or reading data. Nothing was lost that was already saved. Restart Lots; if it happens again, report it to support.</source>
        <translation>Lots råkade ut för ett internt fel när uppgifter sparades eller lästes. Inget som redan var sparat har gått förlorat. Starta om Lots; rapportera till support om det händer igen.</translation>
    </message>
</context>
<context>
    <name>lots::Vault</name>
    <message>
        <source>1 second</source>
        <translation>1 sekund</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n sekund</numerusform>
            <numerusform>%n sekunder</numerusform>
        </translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minut</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minuter</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 timme</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n timme</numerusform>
            <numerusform>%n timmar</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passcode. 1 try left before the data on this device is erased.</source>
        <translation>Fel lösenkod. 1 försök kvar innan uppgifterna på den här enheten raderas.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong passcode. %n tries left before the data on this device is erased.</source>
        <translation>
            <numerusform>Fel lösenkod. %n försök kvar innan uppgifterna på den här enheten raderas.</numerusform>
            <numerusform>Fel lösenkod. %n försök kvar innan uppgifterna på den här enheten raderas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong passcode. %n tries left.</source>
        <translation>
            <numerusform>Fel lösenkod. %n försök kvar.</numerusform>
            <numerusform>Fel lösenkod. %n försök kvar.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try again in %1.</source>
        <translation>Du kan försöka igen om %1.</translation>
    </message>
    <message>
        <source>Wrong passcode too many times. The data on this device has been erased and cannot be recovered. Set up Lots again to continue.</source>
        <translation>Fel lösenkod för många gånger. Uppgifterna på den här enheten har raderats och kan inte återställas. Konfigurera Lots på nytt för att fortsätta.</translation>
    </message>
    <message>
        <source>The data on this device was erased after too many wrong passcodes and cannot be recovered. Set up Lots again to continue.</source>
        <translation>Uppgifterna på den här enheten raderades efter för många felaktiga lösenkoder och kan inte återställas. Konfigurera Lots på nytt för att fortsätta.</translation>
    </message>
    <message>
        <source>The key file of Lots is damaged, so the data cannot be unlocked. Nothing was changed. Restore the data folder from a backup, or contact support.</source>
        <translation>Lots nyckelfil är skadad, så uppgifterna kan inte låsas upp. Ingenting ändrades. Återställ datamappen från en säkerhetskopia eller kontakta support.</translation>
    </message>
    <message>
        <source>Lots could not read or write its key file. Check that the device has free storage, then try again.</source>
        <translation>Lots kunde inte läsa eller skriva sin nyckelfil. Kontrollera att enheten har ledigt lagringsutrymme och försök sedan igen.</translation>
    </message>
    <message>
        <source>Lots has not been set up on this device yet.</source>
        <translation>Lots har inte konfigurerats på den här enheten än.</translation>
    </message>
    <message>
        <source>Too many wrong passcodes. Try again in %1.</source>
        <translation>För många felaktiga lösenkoder. Försök igen om %1.</translation>
    </message>
    <message>
        <source>There is not enough free memory to check the passcode. Close other apps and try again.</source>
        <translation>Det finns inte tillräckligt med ledigt minne för att kontrollera lösenkoden. Stäng andra appar och försök igen.</translation>
    </message>
    <message>
        <source>Enter a passcode.</source>
        <translation>Ange en lösenkod.</translation>
    </message>
    <message>
        <source>The passcode contains characters that cannot be read. Type it again.</source>
        <translation>Lösenkoden innehåller tecken som inte kan läsas. Skriv den igen.</translation>
    </message>
    <message>
        <source>A passcode made of digits needs at least 6 digits.</source>
        <translation>En lösenkod av siffror måste ha minst 6 siffror.</translation>
    </message>
    <message>
        <source>A passphrase needs at least 8 characters (or use a code of at least 6 digits).</source>
        <translation>En lösenfras måste ha minst 8 tecken (eller använd en kod med minst 6 siffror).</translation>
    </message>
</context>
<context>
    <name>CaseOverviewService</name>
    <message>
        <source>%1: age group not recorded (child or adult?)</source>
        <translation>%1: åldersgrupp inte angiven (barn eller vuxen?)</translation>
    </message>
    <message>
        <source>A child is in the case: a report of concern (orosanmälan) to social services is not recorded.</source>
        <translation>Ett barn finns i ärendet: ingen orosanmälan till socialtjänsten är registrerad.</translation>
    </message>
    <message>
        <source>There are children in the picture: a report of concern (orosanmälan) is not recorded.</source>
        <translation>Det finns barn med i bilden: ingen orosanmälan är registrerad.</translation>
    </message>
    <message>
        <source>Evidence kit: handover to the police not confirmed by both parties.</source>
        <translation>Spårsäkringssats: överlämnandet till polisen är inte bekräftat av båda parter.</translation>
    </message>
    <message>
        <source>An injury is due to be documented again (%1).</source>
        <translation>En skada ska dokumenteras igen (%1).</translation>
    </message>
</context>
<context>
    <name>EvidenceKits</name>
    <message>
        <source>The time of the assault is not known: take the full set of samples.</source>
        <translation>Tidpunkten för övergreppet är okänd: ta alla prover i satsen.</translation>
    </message>
    <message>
        <source>The assault is recorded after the examination: check both times.</source>
        <translation>Övergreppet är registrerat efter undersökningen: kontrollera båda tiderna.</translation>
    </message>
    <message>
        <source>More than %1 days since the assault: a full evidence collection is no longer indicated. Document injuries and take only the samples that can still be useful.</source>
        <translation>Mer än %1 dygn sedan övergreppet: full spårsäkring är inte längre indicerad. Dokumentera skador och ta bara de prover som fortfarande kan vara till nytta.</translation>
    </message>
    <message>
        <source>Type the identifier printed on the kit.</source>
        <translation>Skriv in numret som står på satsen.</translation>
    </message>
    <message>
        <source>Every sample needs a type.</source>
        <translation>Varje prov behöver en typ.</translation>
    </message>
    <message>
        <source>Type the identifier of every sample taken.</source>
        <translation>Skriv in numret på varje taget prov.</translation>
    </message>
    <message>
        <source>Record the person's consent before samples are taken.</source>
        <translation>Registrera personens samtycke innan prover tas.</translation>
    </message>
    <message>
        <source>Record when consent was given.</source>
        <translation>Registrera när samtycket gavs.</translation>
    </message>
    <message>
        <source>Choose the person the samples are from.</source>
        <translation>Välj personen som proverna kommer från.</translation>
    </message>
    <message>
        <source>This evidence kit record no longer exists.</source>
        <translation>Den här spårsäkringen finns inte längre.</translation>
    </message>
    <message>
        <source>Type the name of the person confirming the handover.</source>
        <translation>Skriv namnet på den som bekräftar överlämnandet.</translation>
    </message>
    <message>
        <source>Type the name or service number of the receiving police officer.</source>
        <translation>Skriv namn eller tjänstenummer på polisen som tar emot.</translation>
    </message>
    <message>
        <source>Record when the kit was handed over.</source>
        <translation>Registrera när satsen lämnades över.</translation>
    </message>
    <message>
        <source>The examining clinician has already confirmed the handover.</source>
        <translation>Den undersökande läkaren har redan bekräftat överlämnandet.</translation>
    </message>
    <message>
        <source>The receiving officer has already confirmed the handover.</source>
        <translation>Den mottagande polisen har redan bekräftat överlämnandet.</translation>
    </message>
    <message>
        <source>Not handed over to the police yet.</source>
        <translation>Inte överlämnad till polisen än.</translation>
    </message>
    <message>
        <source>Waiting for the examining clinician to confirm the handover.</source>
        <translation>Väntar på att den undersökande läkaren bekräftar överlämnandet.</translation>
    </message>
    <message>
        <source>Waiting for the receiving officer to confirm the handover.</source>
        <translation>Väntar på att den mottagande polisen bekräftar överlämnandet.</translation>
    </message>
    <message>
        <source>The two confirmations name different receiving officers: check with both and confirm again.</source>
        <translation>De två bekräftelserna anger olika mottagande poliser: stäm av med båda och bekräfta igen.</translation>
    </message>
</context>
<context>
    <name>FieldContext</name>
    <message>
        <source>Protected</source>
        <translation>Skyddad</translation>
    </message>
</context>
<context>
    <name>Injuries</name>
    <message>
        <source>The marker is outside the body map: tap on the figure to place it.</source>
        <translation>Markeringen ligger utanför kroppskartan: tryck på figuren för att placera den.</translation>
    </message>
    <message>
        <source>A measurement must be between 1 and %1 mm.</source>
        <translation>Ett mått måste vara mellan 1 och %1 mm.</translation>
    </message>
    <message>
        <source>Pain is rated from 0 (none) to 10 (worst imaginable).</source>
        <translation>Smärta skattas från 0 (ingen) till 10 (värsta tänkbara).</translation>
    </message>
    <message>
        <source>The text is too long: shorten it or add a note.</source>
        <translation>Texten är för lång: korta den eller lägg till en anteckning.</translation>
    </message>
    <message>
        <source>Choose the person the injury is on.</source>
        <translation>Välj personen som har skadan.</translation>
    </message>
    <message>
        <source>The person is a child but the marker is on the adult figure.</source>
        <translation>Personen är ett barn men markeringen ligger på vuxenfiguren.</translation>
    </message>
    <message>
        <source>This injury record no longer exists.</source>
        <translation>Den här skadan finns inte längre.</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>Open a case before writing a note.</source>
        <translation>Öppna ett ärende innan du skriver en anteckning.</translation>
    </message>
    <message>
        <source>Choose a keyword for the note from the list.</source>
        <translation>Välj ett sökord för anteckningen i listan.</translation>
    </message>
    <message>
        <source>The note is empty: write something or go back.</source>
        <translation>Anteckningen är tom: skriv något eller gå tillbaka.</translation>
    </message>
    <message>
        <source>The note is too long: split it into several notes.</source>
        <translation>Anteckningen är för lång: dela upp den i flera anteckningar.</translation>
    </message>
    <message>
        <source>The person the note is about is not in this case.</source>
        <translation>Personen som anteckningen gäller finns inte i det här ärendet.</translation>
    </message>
    <message>
        <source>This note no longer exists.</source>
        <translation>Den här anteckningen finns inte längre.</translation>
    </message>
    <message>
        <source>Notes under a protected keyword are always protected. Move the note to another keyword first.</source>
        <translation>Anteckningar under ett skyddat sökord är alltid skyddade. Flytta först anteckningen till ett annat sökord.</translation>
    </message>
</context>
<context>
    <name>Persons</name>
    <message>
        <source>Give the person a label, for example "Woman A". A name or identity number is not needed.</source>
        <translation>Ge personen en beteckning, till exempel "Kvinna A". Namn eller personnummer behövs inte.</translation>
    </message>
    <message>
        <source>The label is too long: use at most 80 characters.</source>
        <translation>Beteckningen är för lång: använd högst 80 tecken.</translation>
    </message>
    <message>
        <source>The estimated age must be between 0 and 120 years.</source>
        <translation>Den uppskattade åldern måste vara mellan 0 och 120 år.</translation>
    </message>
    <message>
        <source>The estimated age is under 18: choose the age group "child" or "unknown".</source>
        <translation>Den uppskattade åldern är under 18: välj åldersgruppen "barn" eller "okänd".</translation>
    </message>
    <message>
        <source>The age group is "child" but the estimated age is 18 or over: correct one of them.</source>
        <translation>Åldersgruppen är "barn" men den uppskattade åldern är 18 eller mer: rätta en av dem.</translation>
    </message>
    <message>
        <source>A child in the picture must have an estimated age between 0 and 17.</source>
        <translation>Ett barn i bilden måste ha en uppskattad ålder mellan 0 och 17.</translation>
    </message>
    <message>
        <source>A language is empty: remove it or type its name.</source>
        <translation>Ett språk är tomt: ta bort det eller skriv dess namn.</translation>
    </message>
    <message>
        <source>A country is given but "lives in another country" is not "yes".</source>
        <translation>Ett land är angivet men "bor i ett annat land" är inte "ja".</translation>
    </message>
    <message>
        <source>Open a case before adding a person.</source>
        <translation>Öppna ett ärende innan du lägger till en person.</translation>
    </message>
    <message>
        <source>This person is not in the case any more.</source>
        <translation>Den här personen finns inte längre i ärendet.</translation>
    </message>
</context>
<context>
    <name>PositionPolicy</name>
    <message>
        <source>accuracy unknown</source>
        <translation>okänd noggrannhet</translation>
    </message>
    <message>
        <source>within %1 m</source>
        <translation>inom %1 m</translation>
    </message>
    <message>
        <source>No position; saved without</source>
        <translation>Ingen position; sparat utan</translation>
    </message>
    <message>
        <source>Position saved, rounded to about 1 km</source>
        <translation>Position sparad, avrundad till ungefär 1 km</translation>
    </message>
    <message>
        <source>Position saved (%1)</source>
        <translation>Position sparad (%1)</translation>
    </message>
    <message>
        <source>No position (indoors); saved without</source>
        <translation>Ingen position (inomhus); sparat utan</translation>
    </message>
    <message>
        <source>Position not available on this device; saved without</source>
        <translation>Position är inte tillgänglig på den här enheten; sparat utan</translation>
    </message>
    <message>
        <source>Position is off; saved without</source>
        <translation>Position är avstängd; sparat utan</translation>
    </message>
    <message>
        <source>No position; place typed by hand: %1</source>
        <translation>Ingen position; plats inskriven för hand: %1</translation>
    </message>
</context>
<context>
    <name>Signs</name>
    <message>
        <source>Choose the person the sign is about.</source>
        <translation>Välj personen som tecknet gäller.</translation>
    </message>
    <message>
        <source>This sign is not in the catalogue of signs: choose one from the list.</source>
        <translation>Det här tecknet finns inte i katalogen över tecken: välj ett i listan.</translation>
    </message>
    <message>
        <source>This sign applies only to children, and this person is not recorded as a child (under 18). Change the person's age group or estimated age first, or choose another sign.</source>
        <translation>Det här tecknet gäller bara barn, och personen är inte registrerad som barn (under 18). Ändra först personens åldersgrupp eller uppskattade ålder, eller välj ett annat tecken.</translation>
    </message>
    <message>
        <source>This sign applies only to adults, and this person is recorded as a child (under 18).</source>
        <translation>Det här tecknet gäller bara vuxna, och personen är registrerad som barn (under 18).</translation>
    </message>
    <message>
        <source>The note is too long: use at most 4000 characters.</source>
        <translation>Anteckningen är för lång: använd högst 4000 tecken.</translation>
    </message>
</context>
</TS>