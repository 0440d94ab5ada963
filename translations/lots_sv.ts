<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>ActionPlanPage</name>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Mina uppgifter</translation>
    </message>
    <message>
        <source>What the others should do</source>
        <translation>Vad de andra ska göra</translation>
    </message>
    <message>
        <source>What the others should do (%1)</source>
        <translation>Vad de andra ska göra (%1)</translation>
    </message>
    <message>
        <source>The others</source>
        <translation>De andra</translation>
    </message>
    <message>
        <source>Case facts for the plan</source>
        <translation>Uppgifter som planen behöver</translation>
    </message>
</context>
<context>
    <name>ActionPlanSection</name>
    <message>
        <source>Action plan: %1</source>
        <translation>Handlingsplan: %1</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>Open the action plan</source>
        <translation>Öppna handlingsplanen</translation>
    </message>
    <message>
        <source>Case facts</source>
        <translation>Uppgifter om ärendet</translation>
    </message>
    <message>
        <source>Case facts for the plan</source>
        <translation>Uppgifter som planen behöver</translation>
    </message>
    <message>
        <source>Placements (%1)</source>
        <translation>Placeringar (%1)</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placering</translation>
    </message>
    <message>
        <source>Placements of the persons</source>
        <translation>Personernas placeringar</translation>
    </message>
</context>
<context>
    <name>AcutePhase</name>
    <message>
        <source>This case is not on this device. Open the case first.</source>
        <translation>Ärendet finns inte på den här enheten. Öppna ärendet först.</translation>
    </message>
    <message>
        <source>The time is in the future. Give the time it happened, or leave it empty for now.</source>
        <translation>Tidpunkten ligger i framtiden. Ange när det hände, eller lämna fältet tomt tills vidare.</translation>
    </message>
    <message>
        <source>The task &quot;%1&quot; is not in the guidance of this app.</source>
        <translation>Uppgiften ”%1” finns inte i appens vägledning.</translation>
    </message>
    <message>
        <source>This task is open already.</source>
        <translation>Uppgiften är redan öppen.</translation>
    </message>
    <message>
        <source>This task does not apply to the case as it is recorded now.</source>
        <translation>Uppgiften gäller inte ärendet så som det är registrerat nu.</translation>
    </message>
    <message>
        <source>Write why the task does not apply. The reason is kept in the task&apos;s history.</source>
        <translation>Skriv varför uppgiften inte är aktuell. Skälet sparas i uppgiftens historik.</translation>
    </message>
    <message>
        <source>The time is in the future. Give the time it was done, or leave it empty for now.</source>
        <translation>Tidpunkten ligger i framtiden. Ange när det gjordes, eller lämna fältet tomt tills vidare.</translation>
    </message>
    <message>
        <source>Write which social services received the report of concern.</source>
        <translation>Skriv vilken socialtjänst som tog emot orosanmälan.</translation>
    </message>
    <message>
        <source>Write who made the report of concern.</source>
        <translation>Skriv vem som gjorde orosanmälan.</translation>
    </message>
    <message>
        <source>The time is in the future. Give the time the report was made, or leave it empty for now.</source>
        <translation>Tidpunkten ligger i framtiden. Ange när orosanmälan gjordes, eller lämna fältet tomt tills vidare.</translation>
    </message>
    <message>
        <source>This person is not in the case any more.</source>
        <translation>Personen finns inte längre i ärendet.</translation>
    </message>
    <message>
        <source>Give the housing an identifier (not its address), so that placements at the same housing can be recognised.</source>
        <translation>Ge boendet en beteckning (inte dess adress), så att placeringar i samma boende kan kännas igen.</translation>
    </message>
    <message>
        <source>This placement is not recorded on this device.</source>
        <translation>Placeringen finns inte registrerad på den här enheten.</translation>
    </message>
    <message>
        <source>This placement has ended already.</source>
        <translation>Placeringen är redan avslutad.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Who saw protected items</source>
        <translation>Vem som sett skyddade uppgifter</translation>
    </message>
    <message>
        <source>Nobody has revealed a protected item of this case.</source>
        <translation>Ingen har visat någon skyddad uppgift i ärendet.</translation>
    </message>
</context>
<context>
    <name>BodyFigure</name>
    <message>
        <source>Front (facing you)</source>
        <translation>Framsida (vänd mot dig)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Baksida</translation>
    </message>
    <message>
        <source>Body, front view</source>
        <translation>Kroppen sedd framifrån</translation>
    </message>
    <message>
        <source>Body, back view</source>
        <translation>Kroppen sedd bakifrån</translation>
    </message>
    <message>
        <source>Tap the body to mark an injury</source>
        <translation>Tryck på kroppen för att markera en skada</translation>
    </message>
    <message>
        <source>person&apos;s right</source>
        <translation>personens höger</translation>
    </message>
    <message>
        <source>person&apos;s left</source>
        <translation>personens vänster</translation>
    </message>
    <message>
        <source>Injury %1</source>
        <translation>Skada %1</translation>
    </message>
</context>
<context>
    <name>BodyMapPage</name>
    <message>
        <source>Body map: %1</source>
        <translation>Kroppskarta: %1</translation>
    </message>
    <message>
        <source>Child figure</source>
        <translation>Barnfigur</translation>
    </message>
    <message>
        <source>Tap the body where the injury is. Left and right are the person&apos;s own.</source>
        <translation>Tryck på kroppen där skadan finns. Vänster och höger är personens egna.</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Framsida</translation>
    </message>
    <message>
        <source>Show the front of the body</source>
        <translation>Visa kroppens framsida</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Baksida</translation>
    </message>
    <message>
        <source>Show the back of the body</source>
        <translation>Visa kroppens baksida</translation>
    </message>
    <message>
        <source>Tap the body to mark an injury, or a marker to describe it.</source>
        <translation>Tryck på kroppen för att markera en skada, eller på en markering för att beskriva den.</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Skador</translation>
    </message>
    <message>
        <source>No injuries recorded for this person.</source>
        <translation>Inga skador registrerade för personen.</translation>
    </message>
    <message>
        <source>Show protected injuries</source>
        <translation>Visa skyddade skador</translation>
    </message>
    <message>
        <source>Show the protected injuries with your passcode</source>
        <translation>Visa de skyddade skadorna med din kod</translation>
    </message>
    <message>
        <source>Signs and injuries of %1</source>
        <translation>Tecken och skador för %1</translation>
    </message>
</context>
<context>
    <name>CaseFactsPage</name>
    <message>
        <source>Case facts for the plan</source>
        <translation>Uppgifter som planen behöver</translation>
    </message>
    <message>
        <source>Who leads the preliminary investigation?</source>
        <translation>Vem leder förundersökningen?</translation>
    </message>
    <message>
        <source>Greater need of protection (handed over to BOPS)</source>
        <translation>Förhöjt skyddsbehov (överlämnat till BOPS)</translation>
    </message>
    <message>
        <source>Report of concern received by social services</source>
        <translation>Orosanmälan mottagen av socialtjänsten</translation>
    </message>
    <message>
        <source>Reflection period started (temporary residence permit, 30 days)</source>
        <translation>Betänketid påbörjad (tidsbegränsat uppehållstillstånd, 30 dagar)</translation>
    </message>
    <message>
        <source>Decided to take part in the investigation</source>
        <translation>Beslutat att medverka i utredningen</translation>
    </message>
</context>
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
        <source>Tap &quot;New case&quot; to start recording. The case is saved on this device at once, even without a network.</source>
        <translation>Tryck på &quot;Nytt ärende&quot; för att börja dokumentera. Ärendet sparas direkt på den här enheten, även utan nätverk.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nytt ärende</translation>
    </message>
</context>
<context>
    <name>CaseOverviewSection</name>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>A child is in this case.</source>
        <translation>Ett barn finns i ärendet.</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>Saknas fortfarande:</translation>
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
        <source>Search all cases</source>
        <translation>Sök i alla ärenden</translation>
    </message>
    <message>
        <source>Who saw protected items</source>
        <translation>Vem som sett skyddade uppgifter</translation>
    </message>
    <message>
        <source>Audit log: who saw protected items</source>
        <translation>Granskningslogg: vem som sett skyddade uppgifter</translation>
    </message>
</context>
<context>
    <name>ChangesLink</name>
    <message>
        <source>show who changed what and when</source>
        <translation>visa vem som ändrade vad och när</translation>
    </message>
</context>
<context>
    <name>ChildBadge</name>
    <message>
        <source>Child under 18</source>
        <translation>Barn under 18</translation>
    </message>
    <message>
        <source>CHILD under 18</source>
        <translation>BARN under 18</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>%1 (for this case)</source>
        <translation>%1 (för detta ärende)</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Ring %1</translation>
    </message>
    <message>
        <source>Call %1, %2</source>
        <translation>Ring %1, %2</translation>
    </message>
    <message>
        <source>Write an e-mail to %1</source>
        <translation>Skicka e-post till %1</translation>
    </message>
    <message>
        <source>Write an e-mail</source>
        <translation>Skicka e-post</translation>
    </message>
</context>
<context>
    <name>DeadlineText</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>klar</translation>
    </message>
    <message>
        <source>runs at least until %1</source>
        <translation>gäller minst till %1</translation>
    </message>
    <message>
        <source>done on time</source>
        <translation>klar i tid</translation>
    </message>
    <message>
        <source>done, after the deadline</source>
        <translation>klar, efter tidsfristen</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>försenad %1</translation>
    </message>
    <message>
        <source>due today %1 (in %2)</source>
        <translation>ska vara klar i dag %1 (om %2)</translation>
    </message>
    <message>
        <source>due today %1</source>
        <translation>ska vara klar i dag %1</translation>
    </message>
    <message>
        <source>due tomorrow %1</source>
        <translation>ska vara klar i morgon %1</translation>
    </message>
    <message>
        <source>due %1 (in %2)</source>
        <translation>ska vara klar %1 (om %2)</translation>
    </message>
</context>
<context>
    <name>EvidenceKitPage</name>
    <message>
        <source>Evidence kit: %1</source>
        <translation>Spårsäkringssats: %1</translation>
    </message>
    <message>
        <source>Kit number</source>
        <translation>Satsens nummer</translation>
    </message>
    <message>
        <source>The number printed on the kit</source>
        <translation>Numret som står på satsen</translation>
    </message>
    <message>
        <source>The person consents to the samples being taken</source>
        <translation>Personen samtycker till att proverna tas</translation>
    </message>
    <message>
        <source>Time since the assault</source>
        <translation>Tid sedan övergreppet</translation>
    </message>
    <message>
        <source>Days since the assault (empty: unknown)</source>
        <translation>Dagar sedan övergreppet (tomt: okänt)</translation>
    </message>
    <message>
        <source>Days since the assault</source>
        <translation>Dagar sedan övergreppet</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Prover</translation>
    </message>
    <message>
        <source>Sample taken: %1</source>
        <translation>Prov taget: %1</translation>
    </message>
    <message>
        <source>Sample id</source>
        <translation>Provets id</translation>
    </message>
    <message>
        <source>Sample id: %1</source>
        <translation>Provets id: %1</translation>
    </message>
    <message>
        <source>Save kit</source>
        <translation>Spara satsen</translation>
    </message>
    <message>
        <source>Kit saved</source>
        <translation>Satsen är sparad</translation>
    </message>
    <message>
        <source>Handover to the police</source>
        <translation>Överlämning till polisen</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>Name of the person confirming</source>
        <translation>Namn på den som bekräftar</translation>
    </message>
    <message>
        <source>Receiving officer: name or service number</source>
        <translation>Mottagande polis: namn eller tjänstenummer</translation>
    </message>
    <message>
        <source>Receiving officer</source>
        <translation>Mottagande polis</translation>
    </message>
    <message>
        <source>Handed over: confirmed by the clinician</source>
        <translation>Överlämnad: bekräftat av undersökande</translation>
    </message>
    <message>
        <source>Confirm as the clinician: handed over</source>
        <translation>Bekräfta som undersökande: överlämnad</translation>
    </message>
    <message>
        <source>Received: confirmed by the officer</source>
        <translation>Mottagen: bekräftat av polisen</translation>
    </message>
    <message>
        <source>Confirm as the officer: received</source>
        <translation>Bekräfta som polis: mottagen</translation>
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
        <source>Record the person&apos;s consent before samples are taken.</source>
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
    <name>HistoryPage</name>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <source>Recorded %1 by %2</source>
        <translation>Registrerad %1 av %2</translation>
    </message>
    <message>
        <source>Changed %1 by %2</source>
        <translation>Ändrad %1 av %2</translation>
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
    <name>InjuriesSection</name>
    <message>
        <source>Injuries</source>
        <translation>Skador</translation>
    </message>
    <message>
        <source>No injuries recorded yet. Add a person first.</source>
        <translation>Inga skador registrerade ännu. Lägg till en person först.</translation>
    </message>
    <message>
        <source>Body map of %1</source>
        <translation>Kroppskarta för %1</translation>
    </message>
    <message>
        <source>Evidence kit (NCK) for %1</source>
        <translation>Spårsäkringssats (NCK) för %1</translation>
    </message>
</context>
<context>
    <name>InjuryForm</name>
    <message>
        <source>Injury %1</source>
        <translation>Skada %1</translation>
    </message>
    <message>
        <source>This injury is protected. Show it with your passcode to see and change it.</source>
        <translation>Skadan är skyddad. Visa den med din kod för att se och ändra den.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Type of injury</source>
        <translation>Typ av skada</translation>
    </message>
    <message>
        <source>Size in mm (length × width)</source>
        <translation>Storlek i mm (längd × bredd)</translation>
    </message>
    <message>
        <source>Length mm</source>
        <translation>Längd mm</translation>
    </message>
    <message>
        <source>Length in millimetres</source>
        <translation>Längd i millimeter</translation>
    </message>
    <message>
        <source>Width mm</source>
        <translation>Bredd mm</translation>
    </message>
    <message>
        <source>Width in millimetres</source>
        <translation>Bredd i millimeter</translation>
    </message>
    <message>
        <source>Shape (e.g. round, linear, patterned)</source>
        <translation>Form (t.ex. rund, linjär, mönstrad)</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Colour (e.g. red-blue, yellow-green)</source>
        <translation>Färg (t.ex. rödblå, gulgrön)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Färg</translation>
    </message>
    <message>
        <source>Estimated age (e.g. fresh, 1-3 days)</source>
        <translation>Uppskattad ålder (t.ex. färsk, 1–3 dagar)</translation>
    </message>
    <message>
        <source>Estimated age of the injury</source>
        <translation>Skadans uppskattade ålder</translation>
    </message>
    <message>
        <source>Pain (0-10)</source>
        <translation>Smärta (0–10)</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Inte frågat</translation>
    </message>
    <message>
        <source>Pain from 0 to 10</source>
        <translation>Smärta från 0 till 10</translation>
    </message>
    <message>
        <source>What the person says caused it</source>
        <translation>Vad personen säger orsakade skadan</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Document again</source>
        <translation>Dokumentera igen</translation>
    </message>
    <message>
        <source>Reminder set: document again on %1</source>
        <translation>Påminnelse: dokumentera igen den %1</translation>
    </message>
    <message>
        <source>No new reminder</source>
        <translation>Ingen ny påminnelse</translation>
    </message>
    <message>
        <source>Bruises change: remind me in 2 days</source>
        <translation>Blåmärken ändras: påminn mig om 2 dagar</translation>
    </message>
    <message>
        <source>Remind me in 3 days</source>
        <translation>Påminn mig om 3 dagar</translation>
    </message>
    <message>
        <source>Remind me in 7 days</source>
        <translation>Påminn mig om 7 dagar</translation>
    </message>
    <message>
        <source>Reminder to document the injury again</source>
        <translation>Påminnelse om att dokumentera skadan igen</translation>
    </message>
    <message>
        <source>Save injury</source>
        <translation>Spara skadan</translation>
    </message>
</context>
<context>
    <name>InjuryFormPage</name>
    <message>
        <source>Injury %1</source>
        <translation>Skada %1</translation>
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
    <name>MaskedRow</name>
    <message>
        <source>Tap to show with your passcode.</source>
        <translation>Tryck för att visa med din kod.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
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
        <source>The case gets the current date and time when you tap &quot;Open case&quot;. It is saved on this device at once.</source>
        <translation>Ärendet får dagens datum och aktuell tid när du trycker på &quot;Öppna ärende&quot;. Det sparas direkt på den här enheten.</translation>
    </message>
</context>
<context>
    <name>NoCasePage</name>
    <message>
        <source>Choose a case on the left, or tap &quot;New case&quot;.</source>
        <translation>Välj ett ärende till vänster, eller tryck på &quot;Nytt ärende&quot;.</translation>
    </message>
</context>
<context>
    <name>NoteFormPage</name>
    <message>
        <source>Add note</source>
        <translation>Lägg till anteckning</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Sökord</translation>
    </message>
    <message>
        <source>protected keyword</source>
        <translation>skyddat sökord</translation>
    </message>
    <message>
        <source>Notes under this keyword are protected: shown only as a masked row until revealed with a passcode.</source>
        <translation>Anteckningar under det här sökordet är skyddade: de visas bara som en dold rad tills de visas med kod.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Anteckningens text</translation>
    </message>
    <message>
        <source>Mark protected</source>
        <translation>Markera som skyddad</translation>
    </message>
    <message>
        <source>Mark this note protected</source>
        <translation>Markera anteckningen som skyddad</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Spara anteckningen</translation>
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
    <name>NotesSection</name>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>No notes recorded yet.</source>
        <translation>Inga anteckningar ännu.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Lägg till anteckning</translation>
    </message>
    <message>
        <source>Add a note under a keyword</source>
        <translation>Lägg till en anteckning under ett sökord</translation>
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
    <name>PersonFormPage</name>
    <message>
        <source>Amend person</source>
        <translation>Ändra person</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Lägg till person</translation>
    </message>
    <message>
        <source>Label (a pseudonym, no name or ID number)</source>
        <translation>Benämning (pseudonym, inget namn eller personnummer)</translation>
    </message>
    <message>
        <source>e.g. Woman A, Person in the kitchen</source>
        <translation>t.ex. Kvinna A, Person i köket</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Benämning</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <source>Child under 18</source>
        <translation>Barn under 18</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Vuxen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <source>Estimated age in years (optional)</source>
        <translation>Uppskattad ålder i år (frivilligt)</translation>
    </message>
    <message>
        <source>Estimated age in years</source>
        <translation>Uppskattad ålder i år</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Kvinna</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>e.g. Romanian, English</source>
        <translation>t.ex. rumänska, engelska</translation>
    </message>
    <message>
        <source>Languages, separated by commas</source>
        <translation>Språk, åtskilda med kommatecken</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Behöver tolk</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>Gravid</translation>
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
        <source>Children in the picture</source>
        <translation>Barn i bilden</translation>
    </message>
    <message>
        <source>Any child in the picture means a report of concern (orosanmälan) to social services.</source>
        <translation>Finns ett barn i bilden ska en orosanmälan göras till socialtjänsten.</translation>
    </message>
    <message>
        <source>Child %1</source>
        <translation>Barn %1</translation>
    </message>
    <message>
        <source>The person&apos;s own child</source>
        <translation>Personens eget barn</translation>
    </message>
    <message>
        <source>Lives there full time</source>
        <translation>Bor där på heltid</translation>
    </message>
    <message>
        <source>Lives there part time</source>
        <translation>Bor där på deltid</translation>
    </message>
    <message>
        <source>Does not live there</source>
        <translation>Bor inte där</translation>
    </message>
    <message>
        <source>Add a child in the picture</source>
        <translation>Lägg till ett barn i bilden</translation>
    </message>
    <message>
        <source>Lives in another country</source>
        <translation>Bor i ett annat land</translation>
    </message>
    <message>
        <source>Which country</source>
        <translation>Vilket land</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Save person</source>
        <translation>Spara personen</translation>
    </message>
</context>
<context>
    <name>Persons</name>
    <message>
        <source>Give the person a label, for example &quot;Woman A&quot;. A name or identity number is not needed.</source>
        <translation>Ge personen en beteckning, till exempel &quot;Kvinna A&quot;. Namn eller personnummer behövs inte.</translation>
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
        <source>The estimated age is under 18: choose the age group &quot;child&quot; or &quot;unknown&quot;.</source>
        <translation>Den uppskattade åldern är under 18: välj åldersgruppen &quot;barn&quot; eller &quot;okänd&quot;.</translation>
    </message>
    <message>
        <source>The age group is &quot;child&quot; but the estimated age is 18 or over: correct one of them.</source>
        <translation>Åldersgruppen är &quot;barn&quot; men den uppskattade åldern är 18 eller mer: rätta en av dem.</translation>
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
        <source>A country is given but &quot;lives in another country&quot; is not &quot;yes&quot;.</source>
        <translation>Ett land är angivet men &quot;bor i ett annat land&quot; är inte &quot;ja&quot;.</translation>
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
    <name>PersonsSection</name>
    <message>
        <source>Persons</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>No persons recorded yet.</source>
        <translation>Inga personer registrerade ännu.</translation>
    </message>
    <message>
        <source>Child under 18</source>
        <translation>Barn under 18</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Lägg till person</translation>
    </message>
    <message>
        <source>Add a person to the case</source>
        <translation>Lägg till en person i ärendet</translation>
    </message>
</context>
<context>
    <name>PlacementPage</name>
    <message>
        <source>Placement</source>
        <translation>Placering</translation>
    </message>
    <message>
        <source>Add the person first (Persons on the case page).</source>
        <translation>Lägg först till personen (Personer på ärendesidan).</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>CHILD under 18</source>
        <translation>BARN under 18</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Housing identifier (not the address)</source>
        <translation>Boendets beteckning (inte adressen)</translation>
    </message>
    <message>
        <source>Housing identifier</source>
        <translation>Boendets beteckning</translation>
    </message>
    <message>
        <source>Date (empty = today, or 2026-11-28)</source>
        <translation>Datum (tomt = i dag, eller 2026-11-28)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Date of the placement</source>
        <translation>Placeringens datum</translation>
    </message>
    <message>
        <source>Level of support</source>
        <translation>Stödnivå</translation>
    </message>
    <message>
        <source>Bed, food, counselling, help with authorities…</source>
        <translation>Säng, mat, samtalsstöd, hjälp med myndigheter…</translation>
    </message>
    <message>
        <source>Staffed around the clock</source>
        <translation>Personal dygnet runt</translation>
    </message>
    <message>
        <source>Transport accompanied by social services</source>
        <translation>Socialtjänsten följer med vid transporten</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Anteckning (valfri)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Record the placement</source>
        <translation>Registrera placeringen</translation>
    </message>
    <message>
        <source>Already placed there: %1</source>
        <translation>Redan placerad där: %1</translation>
    </message>
    <message>
        <source>Place there anyway: write why (required)</source>
        <translation>Placera där ändå: skriv varför (krävs)</translation>
    </message>
    <message>
        <source>Why the person is placed there anyway</source>
        <translation>Varför personen placeras där ändå</translation>
    </message>
    <message>
        <source>Place anyway with this reason</source>
        <translation>Placera ändå med detta skäl</translation>
    </message>
    <message>
        <source>Choose another housing</source>
        <translation>Välj ett annat boende</translation>
    </message>
    <message>
        <source>Placements of this case</source>
        <translation>Placeringar i detta ärende</translation>
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
    <name>ReportOfConcernCard</name>
    <message>
        <source>Report of concern (orosanmälan): REQUIRED, not made yet</source>
        <translation>Orosanmälan: KRÄVS, inte gjord än</translation>
    </message>
    <message>
        <source>Report of concern (orosanmälan): may be made</source>
        <translation>Orosanmälan: kan göras</translation>
    </message>
    <message>
        <source>Report of concern (orosanmälan): made</source>
        <translation>Orosanmälan: gjord</translation>
    </message>
    <message>
        <source>Record the report as made</source>
        <translation>Registrera anmälan som gjord</translation>
    </message>
</context>
<context>
    <name>ReportOfConcernPage</name>
    <message>
        <source>Report of concern</source>
        <translation>Orosanmälan</translation>
    </message>
    <message>
        <source>To which social services</source>
        <translation>Till vilken socialtjänst</translation>
    </message>
    <message>
        <source>For example Södermalm</source>
        <translation>Till exempel Södermalm</translation>
    </message>
    <message>
        <source>Made by (name or service number)</source>
        <translation>Gjord av (namn eller tjänstenummer)</translation>
    </message>
    <message>
        <source>When (empty = now, or 14:05, or 2026-11-28 14:05)</source>
        <translation>När (tomt = nu, eller 14:05, eller 2026-11-28 14:05)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>When the report was made</source>
        <translation>När anmälan gjordes</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Anteckning (valfri)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Record the report as made</source>
        <translation>Registrera anmälan som gjord</translation>
    </message>
</context>
<context>
    <name>RevealBanner</name>
    <message>
        <source>Revealed until you leave this page</source>
        <translation>Visas tills du lämnar sidan</translation>
    </message>
    <message>
        <source>Hide now</source>
        <translation>Dölj nu</translation>
    </message>
    <message>
        <source>Hide the protected content now</source>
        <translation>Dölj det skyddade innehållet nu</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <source>Show protected content</source>
        <translation>Visa skyddat innehåll</translation>
    </message>
    <message>
        <source>Enter your passcode to show it. Showing it is recorded in the audit log.</source>
        <translation>Ange din kod för att visa det. Att det visas registreras i granskningsloggen.</translation>
    </message>
    <message>
        <source>Passcode</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Show the protected content</source>
        <translation>Visa det skyddade innehållet</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search all cases</source>
        <translation>Sök i alla ärenden</translation>
    </message>
    <message>
        <source>Words to search for</source>
        <translation>Ord att söka efter</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Search the cases</source>
        <translation>Sök i ärendena</translation>
    </message>
    <message>
        <source>Include protected</source>
        <translation>Ta med skyddade</translation>
    </message>
    <message>
        <source>Include protected items, with your passcode</source>
        <translation>Ta med skyddade uppgifter, med din kod</translation>
    </message>
    <message>
        <source>Protected items are not searched unless you include them with your passcode.</source>
        <translation>Skyddade uppgifter söks inte om du inte tar med dem med din kod.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Inga träffar.</translation>
    </message>
    <message>
        <source>Include protected items</source>
        <translation>Ta med skyddade uppgifter</translation>
    </message>
    <message>
        <source>Enter your passcode. The search is recorded in the audit log.</source>
        <translation>Ange din kod. Sökningen registreras i granskningsloggen.</translation>
    </message>
    <message>
        <source>Passcode</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Search including protected items</source>
        <translation>Sök även bland skyddade uppgifter</translation>
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
    <message>
        <source>Position saved with each record</source>
        <translation>Position som sparas med varje registrering</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exakt</translation>
    </message>
    <message>
        <source>Rounded (about 1 km)</source>
        <translation>Avrundad (cirka 1 km)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Av</translation>
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
    <name>SignNoteDialog</name>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Seen by me</source>
        <translation>Sett av mig</translation>
    </message>
    <message>
        <source>Told by the person</source>
        <translation>Berättat av personen</translation>
    </message>
    <message>
        <source>Told by someone else</source>
        <translation>Berättat av någon annan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Spara anteckningen</translation>
    </message>
</context>
<context>
    <name>SignRow</name>
    <message>
        <source>Help: what this sign means</source>
        <translation>Hjälp: vad tecknet betyder</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observerat</translation>
    </message>
    <message>
        <source>Not observed</source>
        <translation>Inte observerat</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Add a note and the source</source>
        <translation>Lägg till anteckning och källa</translation>
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
        <source>This sign applies only to children, and this person is not recorded as a child (under 18). Change the person&apos;s age group or estimated age first, or choose another sign.</source>
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
<context>
    <name>SignsPage</name>
    <message>
        <source>Signs: %1</source>
        <translation>Tecken: %1</translation>
    </message>
    <message>
        <source>Child-specific signs are included.</source>
        <translation>Tecken som gäller barn finns med.</translation>
    </message>
    <message>
        <source>Show recorded signs</source>
        <translation>Visa registrerade tecken</translation>
    </message>
    <message>
        <source>Show the recorded signs with your passcode</source>
        <translation>Visa de registrerade tecknen med din kod</translation>
    </message>
    <message>
        <source>Signs and injuries of %1</source>
        <translation>Tecken och skador för %1</translation>
    </message>
</context>
<context>
    <name>SignsSection</name>
    <message>
        <source>Signs</source>
        <translation>Tecken</translation>
    </message>
    <message>
        <source>No signs recorded yet. Add a person first.</source>
        <translation>Inga tecken registrerade ännu. Lägg till en person först.</translation>
    </message>
    <message>
        <source>Signs of %1</source>
        <translation>Tecken för %1</translation>
    </message>
</context>
<context>
    <name>TaskPage</name>
    <message>
        <source>Task %1</source>
        <translation>Uppgift %1</translation>
    </message>
    <message>
        <source>When (empty = now, or 14:05 today)</source>
        <translation>När (tomt = nu, eller 14:05 i dag)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>When it was done</source>
        <translation>När det gjordes</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Anteckning (valfri)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Markera som gjord</translation>
    </message>
    <message>
        <source>Why it does not apply (required)</source>
        <translation>Varför den inte gäller (krävs)</translation>
    </message>
    <message>
        <source>Why it does not apply</source>
        <translation>Varför den inte gäller</translation>
    </message>
    <message>
        <source>Mark not applicable</source>
        <translation>Markera som ej tillämplig</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Öppna igen</translation>
    </message>
    <message>
        <source>Reopen the task</source>
        <translation>Öppna uppgiften igen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Skäl: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Anteckning: %1</translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <source>First: a child is in the picture</source>
        <translation>Först: ett barn finns med i bilden</translation>
    </message>
</context>
<context>
    <name>TermInfo</name>
    <message>
        <source>What does &quot;%1&quot; mean?</source>
        <translation>Vad betyder &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>In English: %1</source>
        <translation>På engelska: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>TimeFactRow</name>
    <message>
        <source>Recorded: %1</source>
        <translation>Registrerad: %1</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Inte registrerad</translation>
    </message>
    <message>
        <source>Now, or 14:05</source>
        <translation>Nu, eller 14:05</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Tid: %1</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrera</translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation>Registrera: %1</translation>
    </message>
    <message>
        <source>Recorded by mistake: take back</source>
        <translation>Registrerad av misstag: ta tillbaka</translation>
    </message>
    <message>
        <source>Take back: %1</source>
        <translation>Ta tillbaka: %1</translation>
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
    <name>lots::ActionPlan</name>
    <message>
        <source>Another person of this case is already placed at this housing. Persons of the same case should as a rule not be placed together in this phase. Write why they should be, to place anyway.</source>
        <translation>En annan person i ärendet är redan placerad i det här boendet. Personer i samma ärende bör som regel inte placeras tillsammans i den här fasen. Skriv varför de ska placeras tillsammans för att ändå göra placeringen.</translation>
    </message>
</context>
<context>
    <name>lots::AcuteController</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Done %1 · %2</source>
        <translation>Gjord %1 · %2</translation>
    </message>
    <message>
        <source>Not applicable: %1 · %2 · %3</source>
        <translation>Ej tillämplig: %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Reopened %1 · %2</source>
        <translation>Öppnad igen %1 · %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Källa: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Open (reopened %1)</source>
        <translation>Öppen (öppnad igen %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n ändring</numerusform>
            <numerusform>%n ändringar</numerusform>
        </translation>
    </message>
    <message>
        <source>a person of this case</source>
        <translation>en person i detta ärende</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <source>This device has no role in the guidance. The tasks of every actor are under &quot;What the others should do&quot;.</source>
        <translation>Enheten har ingen roll i vägledningen. Alla aktörers uppgifter finns under &quot;Vad de andra ska göra&quot;.</translation>
    </message>
    <message>
        <source>%1: no open tasks.</source>
        <translation>%1: inga öppna uppgifter.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n open task(s).</source>
        <translation>
            <numerusform>%1: %n öppen uppgift.</numerusform>
            <numerusform>%1: %n öppna uppgifter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Made to %1 social services, %2, by %3</source>
        <translation>Gjord till socialtjänsten i %1, %2, av %3</translation>
    </message>
    <message numerus="yes">
        <source>(%n report(s) recorded)</source>
        <translation>
            <numerusform>(%n anmälan registrerad)</numerusform>
            <numerusform>(%n anmälningar registrerade)</numerusform>
        </translation>
    </message>
    <message>
        <source>Support: %1</source>
        <translation>Stöd: %1</translation>
    </message>
    <message>
        <source>Staffed around the clock</source>
        <translation>Personal dygnet runt</translation>
    </message>
    <message>
        <source>Transport accompanied by social services</source>
        <translation>Socialtjänsten följer med vid transporten</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Placed at the same housing as another person of this case. Reason: %1</source>
        <translation>Placerad på samma boende som en annan person i ärendet. Skäl: %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Från %1</translation>
    </message>
    <message>
        <source>A deadline in Lots is due.</source>
        <translation>En tidsfrist i Lots löper ut.</translation>
    </message>
    <message>
        <source>Nobody yet / not known</source>
        <translation>Ingen än / okänt</translation>
    </message>
    <message>
        <source>The police</source>
        <translation>Polisen</translation>
    </message>
    <message>
        <source>The prosecutor</source>
        <translation>Åklagaren</translation>
    </message>
    <message>
        <source>This device reminds you when a deadline is due. The reminder names no case.</source>
        <translation>Enheten påminner när en tidsfrist löper ut. Påminnelsen nämner inget ärende.</translation>
    </message>
    <message>
        <source>Reminders from the system are not available on this device. The case list shows what is due first and warns when something is overdue or due today.</source>
        <translation>Påminnelser från systemet finns inte på den här enheten. Ärendelistan visar det som ska göras först och varnar när något är försenat eller ska vara klart i dag.</translation>
    </message>
    <message>
        <source>The time &quot;%1&quot; is not a time. Write it like 14:05, or leave it empty for now.</source>
        <translation>Tiden &quot;%1&quot; är ingen tid. Skriv som 14:05, eller lämna tomt för nu.</translation>
    </message>
    <message>
        <source>The time is in the future. Give the time it was done, or leave it empty for now.</source>
        <translation>Tiden ligger i framtiden. Ange när det gjordes, eller lämna tomt för nu.</translation>
    </message>
    <message>
        <source>Write why the task does not apply to this case. The reason is kept with the case.</source>
        <translation>Skriv varför uppgiften inte gäller i detta ärende. Skälet sparas i ärendet.</translation>
    </message>
    <message>
        <source>Marked done</source>
        <translation>Markerad som gjord</translation>
    </message>
    <message>
        <source>Marked not applicable</source>
        <translation>Markerad som ej tillämplig</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Öppnad igen</translation>
    </message>
    <message>
        <source>%1 (recorded %2)</source>
        <translation>%1 (registrerad %2)</translation>
    </message>
    <message>
        <source>Choose who leads the preliminary investigation.</source>
        <translation>Välj vem som leder förundersökningen.</translation>
    </message>
    <message>
        <source>The time &quot;%1&quot; is not a time. Write it like 14:05 (today) or 2026-11-28 14:05, or leave it empty for now.</source>
        <translation>Tiden &quot;%1&quot; är ingen tid. Skriv som 14:05 (i dag) eller 2026-11-28 14:05, eller lämna tomt för nu.</translation>
    </message>
    <message>
        <source>Write which social services received the report, for example &quot;Södermalm&quot;.</source>
        <translation>Skriv vilken socialtjänst som tog emot anmälan, till exempel &quot;Södermalm&quot;.</translation>
    </message>
    <message>
        <source>Write who made the report (name or service number).</source>
        <translation>Skriv vem som gjorde anmälan (namn eller tjänstenummer).</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>Öppna ett ärende först.</translation>
    </message>
    <message>
        <source>Choose the person who is placed.</source>
        <translation>Välj personen som placeras.</translation>
    </message>
    <message>
        <source>Choose the kind of placement.</source>
        <translation>Välj typ av placering.</translation>
    </message>
    <message>
        <source>Write an identifier of the housing (not its address), so that placements of the same case can be compared.</source>
        <translation>Skriv en beteckning för boendet (inte adressen), så att placeringar i samma ärende kan jämföras.</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; is not a date. Write it like 2026-11-28, or leave it empty for today.</source>
        <translation>Datumet &quot;%1&quot; är inget datum. Skriv som 2026-11-28, eller lämna tomt för i dag.</translation>
    </message>
    <message>
        <source>Write why the person is placed at the same housing anyway. The reason is kept with the case.</source>
        <translation>Skriv varför personen ändå placeras på samma boende. Skälet sparas i ärendet.</translation>
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
        <source>Give this device a name, for example &quot;Patrol car 3&quot;.</source>
        <translation>Ge den här enheten ett namn, till exempel &quot;Radiobil 3&quot;.</translation>
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
    <message numerus="yes">
        <source>%n case(s) overdue</source>
        <translation>
            <numerusform>%n ärende försenat</numerusform>
            <numerusform>%n ärenden försenade</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n ska vara klart i dag</numerusform>
            <numerusform>%n ska vara klara i dag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) due today</source>
        <translation>
            <numerusform>%n ärende ska vara klart i dag</numerusform>
            <numerusform>%n ärenden ska vara klara i dag</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lots::ContactsController</name>
    <message>
        <source>The phone could not be opened from this device. Dial the number shown yourself.</source>
        <translation>Telefonen kunde inte öppnas från den här enheten. Slå numret som visas själv.</translation>
    </message>
    <message>
        <source>No e-mail app could be opened on this device. Write to the address shown yourself.</source>
        <translation>Ingen e-postapp kunde öppnas på den här enheten. Skriv själv till adressen som visas.</translation>
    </message>
</context>
<context>
    <name>lots::ContentPack</name>
    <message>
        <source>unknown condition &apos;%1&apos;</source>
        <translation>okänt villkor &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a condition object must have exactly one of &apos;allOf&apos; or &apos;anyOf&apos;</source>
        <translation>ett villkorsobjekt måste ha exakt en av &apos;allOf&apos; och &apos;anyOf&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a non-empty list of conditions</source>
        <translation>&apos;%1&apos; behöver en lista med minst ett villkor</translation>
    </message>
    <message>
        <source>missing condition</source>
        <translation>villkor saknas</translation>
    </message>
    <message>
        <source>a condition must be a name or an object with &apos;allOf&apos; or &apos;anyOf&apos;</source>
        <translation>ett villkor måste vara ett namn eller ett objekt med &apos;allOf&apos; eller &apos;anyOf&apos;</translation>
    </message>
    <message>
        <source>%1: unknown appliesTo &apos;%2&apos; (use adult, child or both)</source>
        <translation>%1: okänt värde för appliesTo &apos;%2&apos; (använd adult, child eller both)</translation>
    </message>
    <message>
        <source>guidance pack</source>
        <translation>vägledningspaket</translation>
    </message>
    <message>
        <source>%1: unknown time zone &apos;%2&apos;</source>
        <translation>%1: okänd tidszon &apos;%2&apos;</translation>
    </message>
    <message>
        <source>actor number %1</source>
        <translation>aktör nummer %1</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>aktör</translation>
    </message>
    <message>
        <source>actor &apos;%1&apos;</source>
        <translation>aktör &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: unknown actor</source>
        <translation>%1: okänd aktör</translation>
    </message>
    <message>
        <source>task number %1</source>
        <translation>uppgift nummer %1</translation>
    </message>
    <message>
        <source>task</source>
        <translation>uppgift</translation>
    </message>
    <message>
        <source>task &apos;%1&apos;</source>
        <translation>uppgift &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: missing number</source>
        <translation>%1: nummer saknas</translation>
    </message>
    <message>
        <source>%1: duplicate number %2</source>
        <translation>%1: numret %2 förekommer flera gånger</translation>
    </message>
    <message>
        <source>%1: unknown actor &apos;%2&apos;</source>
        <translation>%1: okänd aktör &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: &apos;childPriority&apos; must be true or false</source>
        <translation>%1: &apos;childPriority&apos; måste vara true eller false</translation>
    </message>
    <message>
        <source>deadline number %1</source>
        <translation>tidsfrist nummer %1</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>tidsfrist</translation>
    </message>
    <message>
        <source>deadline &apos;%1&apos;</source>
        <translation>tidsfrist &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: unknown trigger &apos;%2&apos;</source>
        <translation>%1: okänd utlösande händelse &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: unknown rule kind &apos;%2&apos;</source>
        <translation>%1: okänd regeltyp &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: the rule needs a whole number of &apos;%2&apos;</source>
        <translation>%1: regeln behöver ett heltal för &apos;%2&apos;</translation>
    </message>
    <message>
        <source>report of concern</source>
        <translation>orosanmälan</translation>
    </message>
    <message>
        <source>placements</source>
        <translation>placeringar</translation>
    </message>
    <message>
        <source>placement kind number %1</source>
        <translation>placeringstyp nummer %1</translation>
    </message>
    <message>
        <source>placement kind</source>
        <translation>placeringstyp</translation>
    </message>
    <message>
        <source>placement kind &apos;%1&apos;</source>
        <translation>placeringstyp &apos;%1&apos;</translation>
    </message>
    <message>
        <source>placement rule number %1</source>
        <translation>placeringsregel nummer %1</translation>
    </message>
    <message>
        <source>placement rule</source>
        <translation>placeringsregel</translation>
    </message>
    <message>
        <source>placement rule &apos;%1&apos;</source>
        <translation>placeringsregel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>glossary entry number %1</source>
        <translation>ordlisteord nummer %1</translation>
    </message>
    <message>
        <source>glossary entry &apos;%1&apos;</source>
        <translation>ordlisteord &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: missing Swedish text</source>
        <translation>%1: svensk text saknas</translation>
    </message>
    <message>
        <source>%1: missing English text</source>
        <translation>%1: engelsk text saknas</translation>
    </message>
    <message>
        <source>contact number %1</source>
        <translation>kontakt nummer %1</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>kontakt</translation>
    </message>
    <message>
        <source>contact &apos;%1&apos;</source>
        <translation>kontakt &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: unknown age group &apos;%2&apos; (use child, adult or any)</source>
        <translation>%1: okänd åldersgrupp &apos;%2&apos; (använd child, adult eller any)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an e-mail address</source>
        <translation>%1: &apos;%2&apos; är inte en e-postadress</translation>
    </message>
    <message>
        <source>%1: phone &apos;%2&apos; is not in E.164 form (+46...)</source>
        <translation>%1: telefonnumret &apos;%2&apos; är inte i E.164-format (+46…)</translation>
    </message>
    <message>
        <source>indicators pack</source>
        <translation>indikatorpaket</translation>
    </message>
    <message>
        <source>group number %1</source>
        <translation>grupp nummer %1</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupp</translation>
    </message>
    <message>
        <source>group &apos;%1&apos;</source>
        <translation>grupp &apos;%1&apos;</translation>
    </message>
    <message>
        <source>ILO element number %1</source>
        <translation>ILO-element nummer %1</translation>
    </message>
    <message>
        <source>ILO element</source>
        <translation>ILO-element</translation>
    </message>
    <message>
        <source>ILO element &apos;%1&apos;</source>
        <translation>ILO-element &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: not one of the six Palermo elements</source>
        <translation>%1: inte ett av de sex elementen i Palermoprotokollet</translation>
    </message>
    <message>
        <source>ILO weight &apos;%1&apos;</source>
        <translation>ILO-vikt &apos;%1&apos;</translation>
    </message>
    <message>
        <source>ILO weight &apos;%1&apos;: missing</source>
        <translation>ILO-vikt &apos;%1&apos;: saknas</translation>
    </message>
    <message>
        <source>indicator number %1</source>
        <translation>indikator nummer %1</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indikator</translation>
    </message>
    <message>
        <source>indicator &apos;%1&apos;</source>
        <translation>indikator &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: unknown group &apos;%2&apos;</source>
        <translation>%1: okänd grupp &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: missing source</source>
        <translation>%1: källa saknas</translation>
    </message>
    <message>
        <source>%1: unknown source &apos;%2&apos; (use NSPM, UNODC or ILO)</source>
        <translation>%1: okänd källa &apos;%2&apos; (använd NSPM, UNODC eller ILO)</translation>
    </message>
    <message>
        <source>%1: the source %2 does not name its list</source>
        <translation>%1: källan %2 anger inte sin lista</translation>
    </message>
    <message>
        <source>%1: a child-specific indicator must apply to children only</source>
        <translation>%1: en barnspecifik indikator får bara gälla barn</translation>
    </message>
    <message>
        <source>%1: unknown ILO element &apos;%2&apos;</source>
        <translation>%1: okänt ILO-element &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: unknown ILO weight &apos;%2&apos; (use strong, medium or weak)</source>
        <translation>%1: okänd ILO-vikt &apos;%2&apos; (använd strong, medium eller weak)</translation>
    </message>
    <message>
        <source>keywords pack</source>
        <translation>sökordspaket</translation>
    </message>
    <message>
        <source>keyword number %1</source>
        <translation>sökord nummer %1</translation>
    </message>
    <message>
        <source>keyword</source>
        <translation>sökord</translation>
    </message>
    <message>
        <source>keyword &apos;%1&apos;</source>
        <translation>sökord &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: &apos;protected&apos; must be true or false</source>
        <translation>%1: &apos;protected&apos; måste vara true eller false</translation>
    </message>
    <message>
        <source>%1: cannot read &apos;%2&apos;: %3</source>
        <translation>%1: kan inte läsa &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1: ogiltig JSON vid position %2: %3</translation>
    </message>
    <message>
        <source>%1: the top level must be a JSON object</source>
        <translation>%1: översta nivån måste vara ett JSON-objekt</translation>
    </message>
    <message>
        <source>%1: missing format version</source>
        <translation>%1: formatversion saknas</translation>
    </message>
    <message>
        <source>%1: the format version must be a whole number</source>
        <translation>%1: formatversionen måste vara ett heltal</translation>
    </message>
    <message>
        <source>%1: unsupported format version %2 (this app reads format %3)</source>
        <translation>%1: formatversion %2 stöds inte (appen läser format %3)</translation>
    </message>
    <message>
        <source>%1: wrong kind of pack &apos;%2&apos; (expected &apos;%3&apos;)</source>
        <translation>%1: fel sorts paket &apos;%2&apos; (väntade &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>%1: missing content version</source>
        <translation>%1: innehållsversion saknas</translation>
    </message>
    <message>
        <source>%1: missing &apos;%2&apos;</source>
        <translation>%1: &apos;%2&apos; saknas</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a text</source>
        <translation>%1: &apos;%2&apos; måste vara en text</translation>
    </message>
    <message>
        <source>%1: missing text%2</source>
        <translation>%1: text saknas%2</translation>
    </message>
    <message>
        <source>%1: missing Swedish text%2</source>
        <translation>%1: svensk text saknas%2</translation>
    </message>
    <message>
        <source>%1: missing English text%2</source>
        <translation>%1: engelsk text saknas%2</translation>
    </message>
    <message>
        <source>%1: missing list &apos;%2&apos;</source>
        <translation>%1: listan &apos;%2&apos; saknas</translation>
    </message>
    <message>
        <source>%1: the list &apos;%2&apos; is empty</source>
        <translation>%1: listan &apos;%2&apos; är tom</translation>
    </message>
    <message>
        <source>%1: must be a JSON object</source>
        <translation>%1: måste vara ett JSON-objekt</translation>
    </message>
    <message>
        <source>%1 number %2: missing id</source>
        <translation>%1 nummer %2: id saknas</translation>
    </message>
    <message>
        <source>%1: duplicate id</source>
        <translation>%1: id:t förekommer flera gånger</translation>
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
    <name>lots::FieldController</name>
    <message>
        <source>Bruise</source>
        <translation>Blåmärke</translation>
    </message>
    <message>
        <source>Abrasion (graze)</source>
        <translation>Skrubbsår</translation>
    </message>
    <message>
        <source>Laceration (cut or tear)</source>
        <translation>Sårskada (skärsår eller rivsår)</translation>
    </message>
    <message>
        <source>Burn</source>
        <translation>Brännskada</translation>
    </message>
    <message>
        <source>Bite</source>
        <translation>Bett</translation>
    </message>
    <message>
        <source>Strangulation or pressure mark</source>
        <translation>Strypmärke eller tryckmärke</translation>
    </message>
    <message>
        <source>Suspected fracture</source>
        <translation>Misstänkt fraktur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Blood</source>
        <translation>Blod</translation>
    </message>
    <message>
        <source>Urine</source>
        <translation>Urin</translation>
    </message>
    <message>
        <source>Swab, mouth</source>
        <translation>Topsning, mun</translation>
    </message>
    <message>
        <source>Swab, vagina</source>
        <translation>Topsning, vagina</translation>
    </message>
    <message>
        <source>Swab, cervix</source>
        <translation>Topsning, livmodertapp</translation>
    </message>
    <message>
        <source>Swab, anus</source>
        <translation>Topsning, anus</translation>
    </message>
    <message>
        <source>Swab, penis</source>
        <translation>Topsning, penis</translation>
    </message>
    <message>
        <source>Swab, skin</source>
        <translation>Topsning, hud</translation>
    </message>
    <message>
        <source>Fingernails</source>
        <translation>Naglar</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation>Hår</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation>Kläder</translation>
    </message>
    <message>
        <source>Sanitary pad</source>
        <translation>Binda</translation>
    </message>
    <message>
        <source>Reference sample (DNA)</source>
        <translation>Referensprov (DNA)</translation>
    </message>
    <message>
        <source>Position is off; saved without</source>
        <translation>Position är avstängd; sparat utan</translation>
    </message>
    <message>
        <source>No position; saved without</source>
        <translation>Ingen position; sparat utan</translation>
    </message>
    <message>
        <source>No position; place typed by hand: %1</source>
        <translation>Ingen position; plats inskriven för hand: %1</translation>
    </message>
    <message>
        <source>Position ±%1 m, %2</source>
        <translation>Position ±%1 m, %2</translation>
    </message>
    <message>
        <source>Position (accuracy unknown), %1</source>
        <translation>Position (okänd noggrannhet), %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n ändring</numerusform>
            <numerusform>%n ändringar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (CHILD)</source>
        <translation>%1 (BARN)</translation>
    </message>
    <message>
        <source>No persons recorded yet</source>
        <translation>Inga personer registrerade ännu</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s): %1</source>
        <translation>
            <numerusform>%n person: %1</numerusform>
            <numerusform>%n personer: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign(s) recorded</source>
        <translation>
            <numerusform>%n tecken registrerat</numerusform>
            <numerusform>%n tecken registrerade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n injury(ies) recorded</source>
        <translation>
            <numerusform>%n skada registrerad</numerusform>
            <numerusform>%n skador registrerade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n anteckning</numerusform>
            <numerusform>%n anteckningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n protected item(s), hidden until revealed</source>
        <translation>
            <numerusform>%n skyddad uppgift, dold tills den visas</numerusform>
            <numerusform>%n skyddade uppgifter, dolda tills de visas</numerusform>
        </translation>
    </message>
    <message>
        <source>Last change %1</source>
        <translation>Senast ändrat %1</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Inget registrerat ännu</translation>
    </message>
    <message>
        <source>Child under 18</source>
        <translation>Barn under 18</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Vuxen</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Ålder okänd</translation>
    </message>
    <message numerus="yes">
        <source>about %n year(s)</source>
        <translation>
            <numerusform>cirka %n år</numerusform>
            <numerusform>cirka %n år</numerusform>
        </translation>
    </message>
    <message>
        <source>needs an interpreter</source>
        <translation>behöver tolk</translation>
    </message>
    <message>
        <source>pregnant</source>
        <translation>gravid</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) in the picture</source>
        <translation>
            <numerusform>%n barn i bilden</numerusform>
            <numerusform>%n barn i bilden</numerusform>
        </translation>
    </message>
    <message>
        <source>lives in another country</source>
        <translation>bor i ett annat land</translation>
    </message>
    <message>
        <source>lives in %1</source>
        <translation>bor i %1</translation>
    </message>
    <message numerus="yes">
        <source>Signs: %n recorded</source>
        <translation>
            <numerusform>Tecken: %n registrerat</numerusform>
            <numerusform>Tecken: %n registrerade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Body map: %n injury(ies)</source>
        <translation>
            <numerusform>Kroppskarta: %n skada</numerusform>
            <numerusform>Kroppskarta: %n skador</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Inte registrerad</translation>
    </message>
    <message>
        <source>Recorded · protected</source>
        <translation>Registrerat · skyddat</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observerat</translation>
    </message>
    <message>
        <source>Not observed</source>
        <translation>Inte observerat</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <source>Protected note: %1</source>
        <translation>Skyddad anteckning: %1</translation>
    </message>
    <message>
        <source>Protected injury %1: %2</source>
        <translation>Skyddad skada %1: %2</translation>
    </message>
    <message>
        <source>person&apos;s left</source>
        <translation>personens vänster</translation>
    </message>
    <message>
        <source>person&apos;s right</source>
        <translation>personens höger</translation>
    </message>
    <message>
        <source>midline</source>
        <translation>mittlinjen</translation>
    </message>
    <message>
        <source>front</source>
        <translation>framsida</translation>
    </message>
    <message>
        <source>back</source>
        <translation>baksida</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <source>document again on %1</source>
        <translation>dokumentera igen den %1</translation>
    </message>
    <message>
        <source>Handed over to the police: both confirmed</source>
        <translation>Överlämnad till polisen: båda har bekräftat</translation>
    </message>
    <message>
        <source>Not handed over yet</source>
        <translation>Inte överlämnad ännu</translation>
    </message>
    <message>
        <source>Protected evidence kit: %1</source>
        <translation>Skyddad spårsäkringssats: %1</translation>
    </message>
    <message>
        <source>Evidence kit %1</source>
        <translation>Spårsäkringssats %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) taken</source>
        <translation>
            <numerusform>%n prov taget</numerusform>
            <numerusform>%n prov tagna</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>Öppna ett ärende först.</translation>
    </message>
    <message>
        <source>Choose observed, not observed or unknown.</source>
        <translation>Välj observerat, inte observerat eller okänt.</translation>
    </message>
    <message>
        <source>Show the protected signs first.</source>
        <translation>Visa de skyddade tecknen först.</translation>
    </message>
    <message>
        <source>Choose a person first.</source>
        <translation>Välj en person först.</translation>
    </message>
    <message>
        <source>Wrong passcode.</source>
        <translation>Fel kod.</translation>
    </message>
    <message>
        <source>This item is not on this device.</source>
        <translation>Uppgiften finns inte på den här enheten.</translation>
    </message>
    <message>
        <source>This device (%1)</source>
        <translation>Den här enheten (%1)</translation>
    </message>
    <message>
        <source>Device %1 (%2)</source>
        <translation>Enhet %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Searched protected text (%n hit(s))</source>
        <translation>
            <numerusform>Sökte i skyddad text (%n träff)</numerusform>
            <numerusform>Sökte i skyddad text (%n träffar)</numerusform>
        </translation>
    </message>
    <message>
        <source>Revealed every protected item of the case</source>
        <translation>Visade alla skyddade uppgifter i ärendet</translation>
    </message>
    <message>
        <source>note</source>
        <translation>anteckning</translation>
    </message>
    <message>
        <source>sign</source>
        <translation>tecken</translation>
    </message>
    <message>
        <source>injury</source>
        <translation>skada</translation>
    </message>
    <message>
        <source>evidence kit</source>
        <translation>spårsäkringssats</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>Revealed a protected %1 (%2)</source>
        <translation>Visade skyddad %1 (%2)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Tecken</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>Skada</translation>
    </message>
    <message>
        <source>Evidence kit</source>
        <translation>Spårsäkringssats</translation>
    </message>
    <message>
        <source>Changed: %1 (values protected)</source>
        <translation>Ändrat: %1 (värdena är skyddade)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>(ändrat)</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>den här enheten</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>enhet %1</translation>
    </message>
    <message>
        <source>Position not available on this device; records are saved without</source>
        <translation>Position finns inte på den här enheten; registreringar sparas utan</translation>
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
    <name>lots::Session</name>
    <message>
        <source>This device is already set up. Unlock it with its passcode.</source>
        <translation>Den här enheten är redan konfigurerad. Lås upp den med lösenkoden.</translation>
    </message>
    <message>
        <source>Type a name for this device, for example the name of your unit.</source>
        <translation>Skriv ett namn på den här enheten, till exempel namnet på din grupp eller avdelning.</translation>
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
        <source>The database file is not the Lots database of this device (it is another program&apos;s file, an unencrypted file, or the database of another installation). Nothing was changed. Put the right file back, or contact support.</source>
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
    <message>
        <source>A key file already exists; it was not replaced.</source>
        <translation>Det finns redan en nyckelfil; den har inte ersatts.</translation>
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
</TS>
