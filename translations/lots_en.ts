<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActionPlanPage</name>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>My tasks</translation>
    </message>
    <message>
        <source>What the others should do</source>
        <translation>What the others should do</translation>
    </message>
    <message>
        <source>What the others should do (%1)</source>
        <translation>What the others should do (%1)</translation>
    </message>
    <message>
        <source>The others</source>
        <translation>The others</translation>
    </message>
    <message>
        <source>Case facts for the plan</source>
        <translation>Case facts for the plan</translation>
    </message>
</context>
<context>
    <name>ActionPlanSection</name>
    <message>
        <source>Action plan: %1</source>
        <translation>Action plan: %1</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Open the action plan</source>
        <translation>Open the action plan</translation>
    </message>
    <message>
        <source>Case facts</source>
        <translation>Case facts</translation>
    </message>
    <message>
        <source>Case facts for the plan</source>
        <translation>Case facts for the plan</translation>
    </message>
    <message>
        <source>Placements (%1)</source>
        <translation>Placements (%1)</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Placements of the persons</source>
        <translation>Placements of the persons</translation>
    </message>
</context>
<context>
    <name>AcutePhase</name>
    <message>
        <source>This case is not on this device. Open the case first.</source>
        <translation>This case is not on this device. Open the case first.</translation>
    </message>
    <message>
        <source>The time is in the future. Give the time it happened, or leave it empty for now.</source>
        <translation>The time is in the future. Give the time it happened, or leave it empty for now.</translation>
    </message>
    <message>
        <source>The task &quot;%1&quot; is not in the guidance of this app.</source>
        <translation>The task &quot;%1&quot; is not in the guidance of this app.</translation>
    </message>
    <message>
        <source>This task is open already.</source>
        <translation>This task is open already.</translation>
    </message>
    <message>
        <source>This task does not apply to the case as it is recorded now.</source>
        <translation>This task does not apply to the case as it is recorded now.</translation>
    </message>
    <message>
        <source>Write why the task does not apply. The reason is kept in the task&apos;s history.</source>
        <translation>Write why the task does not apply. The reason is kept in the task&apos;s history.</translation>
    </message>
    <message>
        <source>The time is in the future. Give the time it was done, or leave it empty for now.</source>
        <translation>The time is in the future. Give the time it was done, or leave it empty for now.</translation>
    </message>
    <message>
        <source>Write which social services received the report of concern.</source>
        <translation>Write which social services received the report of concern.</translation>
    </message>
    <message>
        <source>Write who made the report of concern.</source>
        <translation>Write who made the report of concern.</translation>
    </message>
    <message>
        <source>The time is in the future. Give the time the report was made, or leave it empty for now.</source>
        <translation>The time is in the future. Give the time the report was made, or leave it empty for now.</translation>
    </message>
    <message>
        <source>This person is not in the case any more.</source>
        <translation>This person is not in the case any more.</translation>
    </message>
    <message>
        <source>Give the housing an identifier (not its address), so that placements at the same housing can be recognised.</source>
        <translation>Give the housing an identifier (not its address), so that placements at the same housing can be recognised.</translation>
    </message>
    <message>
        <source>This placement is not recorded on this device.</source>
        <translation>This placement is not recorded on this device.</translation>
    </message>
    <message>
        <source>This placement has ended already.</source>
        <translation>This placement has ended already.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Who saw protected items</source>
        <translation>Who saw protected items</translation>
    </message>
    <message>
        <source>Nobody has revealed a protected item of this case.</source>
        <translation>Nobody has revealed a protected item of this case.</translation>
    </message>
</context>
<context>
    <name>BodyFigure</name>
    <message>
        <source>Front (facing you)</source>
        <translation>Front (facing you)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Body, front view</source>
        <translation>Body, front view</translation>
    </message>
    <message>
        <source>Body, back view</source>
        <translation>Body, back view</translation>
    </message>
    <message>
        <source>Tap the body to mark an injury</source>
        <translation>Tap the body to mark an injury</translation>
    </message>
    <message>
        <source>person&apos;s right</source>
        <translation>person&apos;s right</translation>
    </message>
    <message>
        <source>person&apos;s left</source>
        <translation>person&apos;s left</translation>
    </message>
    <message>
        <source>Injury %1</source>
        <translation>Injury %1</translation>
    </message>
</context>
<context>
    <name>BodyMapPage</name>
    <message>
        <source>Body map: %1</source>
        <translation>Body map: %1</translation>
    </message>
    <message>
        <source>Child figure</source>
        <translation>Child figure</translation>
    </message>
    <message>
        <source>Tap the body where the injury is. Left and right are the person&apos;s own.</source>
        <translation>Tap the body where the injury is. Left and right are the person&apos;s own.</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Front</translation>
    </message>
    <message>
        <source>Show the front of the body</source>
        <translation>Show the front of the body</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Show the back of the body</source>
        <translation>Show the back of the body</translation>
    </message>
    <message>
        <source>Tap the body to mark an injury, or a marker to describe it.</source>
        <translation>Tap the body to mark an injury, or a marker to describe it.</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Injuries</translation>
    </message>
    <message>
        <source>No injuries recorded for this person.</source>
        <translation>No injuries recorded for this person.</translation>
    </message>
    <message>
        <source>Show protected injuries</source>
        <translation>Show protected injuries</translation>
    </message>
    <message>
        <source>Show the protected injuries with your passcode</source>
        <translation>Show the protected injuries with your passcode</translation>
    </message>
    <message>
        <source>Signs and injuries of %1</source>
        <translation>Signs and injuries of %1</translation>
    </message>
</context>
<context>
    <name>CaseFactsPage</name>
    <message>
        <source>Case facts for the plan</source>
        <translation>Case facts for the plan</translation>
    </message>
    <message>
        <source>Who leads the preliminary investigation?</source>
        <translation>Who leads the preliminary investigation?</translation>
    </message>
    <message>
        <source>Greater need of protection (handed over to BOPS)</source>
        <translation>Greater need of protection (handed over to BOPS)</translation>
    </message>
    <message>
        <source>Report of concern received by social services</source>
        <translation>Report of concern received by social services</translation>
    </message>
    <message>
        <source>Reflection period started (temporary residence permit, 30 days)</source>
        <translation>Reflection period started (temporary residence permit, 30 days)</translation>
    </message>
    <message>
        <source>Decided to take part in the investigation</source>
        <translation>Decided to take part in the investigation</translation>
    </message>
</context>
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
        <source>Tap &quot;New case&quot; to start recording. The case is saved on this device at once, even without a network.</source>
        <translation>Tap &quot;New case&quot; to start recording. The case is saved on this device at once, even without a network.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
</context>
<context>
    <name>CaseOverviewSection</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>A child is in this case.</source>
        <translation>A child is in this case.</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>Still missing:</translation>
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
        <source>Search all cases</source>
        <translation>Search all cases</translation>
    </message>
    <message>
        <source>Who saw protected items</source>
        <translation>Who saw protected items</translation>
    </message>
    <message>
        <source>Audit log: who saw protected items</source>
        <translation>Audit log: who saw protected items</translation>
    </message>
</context>
<context>
    <name>ChangesLink</name>
    <message>
        <source>show who changed what and when</source>
        <translation>show who changed what and when</translation>
    </message>
</context>
<context>
    <name>ChildBadge</name>
    <message>
        <source>Child under 18</source>
        <translation>Child under 18</translation>
    </message>
    <message>
        <source>CHILD under 18</source>
        <translation>CHILD under 18</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>%1 (for this case)</source>
        <translation>%1 (for this case)</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Call %1</translation>
    </message>
    <message>
        <source>Call %1, %2</source>
        <translation>Call %1, %2</translation>
    </message>
    <message>
        <source>Write an e-mail to %1</source>
        <translation>Write an e-mail to %1</translation>
    </message>
    <message>
        <source>Write an e-mail</source>
        <translation>Write an e-mail</translation>
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
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>runs at least until %1</source>
        <translation>runs at least until %1</translation>
    </message>
    <message>
        <source>done on time</source>
        <translation>done on time</translation>
    </message>
    <message>
        <source>done, after the deadline</source>
        <translation>done, after the deadline</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>overdue %1</translation>
    </message>
    <message>
        <source>due today %1 (in %2)</source>
        <translation>due today %1 (in %2)</translation>
    </message>
    <message>
        <source>due today %1</source>
        <translation>due today %1</translation>
    </message>
    <message>
        <source>due tomorrow %1</source>
        <translation>due tomorrow %1</translation>
    </message>
    <message>
        <source>due %1 (in %2)</source>
        <translation>due %1 (in %2)</translation>
    </message>
</context>
<context>
    <name>EvidenceKitPage</name>
    <message>
        <source>Evidence kit: %1</source>
        <translation>Evidence kit: %1</translation>
    </message>
    <message>
        <source>Kit number</source>
        <translation>Kit number</translation>
    </message>
    <message>
        <source>The number printed on the kit</source>
        <translation>The number printed on the kit</translation>
    </message>
    <message>
        <source>The person consents to the samples being taken</source>
        <translation>The person consents to the samples being taken</translation>
    </message>
    <message>
        <source>Time since the assault</source>
        <translation>Time since the assault</translation>
    </message>
    <message>
        <source>Days since the assault (empty: unknown)</source>
        <translation>Days since the assault (empty: unknown)</translation>
    </message>
    <message>
        <source>Days since the assault</source>
        <translation>Days since the assault</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <source>Sample taken: %1</source>
        <translation>Sample taken: %1</translation>
    </message>
    <message>
        <source>Sample id</source>
        <translation>Sample id</translation>
    </message>
    <message>
        <source>Sample id: %1</source>
        <translation>Sample id: %1</translation>
    </message>
    <message>
        <source>Save kit</source>
        <translation>Save kit</translation>
    </message>
    <message>
        <source>Kit saved</source>
        <translation>Kit saved</translation>
    </message>
    <message>
        <source>Handover to the police</source>
        <translation>Handover to the police</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Name of the person confirming</source>
        <translation>Name of the person confirming</translation>
    </message>
    <message>
        <source>Receiving officer: name or service number</source>
        <translation>Receiving officer: name or service number</translation>
    </message>
    <message>
        <source>Receiving officer</source>
        <translation>Receiving officer</translation>
    </message>
    <message>
        <source>Handed over: confirmed by the clinician</source>
        <translation>Handed over: confirmed by the clinician</translation>
    </message>
    <message>
        <source>Confirm as the clinician: handed over</source>
        <translation>Confirm as the clinician: handed over</translation>
    </message>
    <message>
        <source>Received: confirmed by the officer</source>
        <translation>Received: confirmed by the officer</translation>
    </message>
    <message>
        <source>Confirm as the officer: received</source>
        <translation>Confirm as the officer: received</translation>
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
        <source>Record the person&apos;s consent before samples are taken.</source>
        <translation>Record the person&apos;s consent before samples are taken.</translation>
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
    <name>HistoryPage</name>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Recorded %1 by %2</source>
        <translation>Recorded %1 by %2</translation>
    </message>
    <message>
        <source>Changed %1 by %2</source>
        <translation>Changed %1 by %2</translation>
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
    <name>InjuriesSection</name>
    <message>
        <source>Injuries</source>
        <translation>Injuries</translation>
    </message>
    <message>
        <source>No injuries recorded yet. Add a person first.</source>
        <translation>No injuries recorded yet. Add a person first.</translation>
    </message>
    <message>
        <source>Body map of %1</source>
        <translation>Body map of %1</translation>
    </message>
    <message>
        <source>Evidence kit (NCK) for %1</source>
        <translation>Evidence kit (NCK) for %1</translation>
    </message>
</context>
<context>
    <name>InjuryForm</name>
    <message>
        <source>Injury %1</source>
        <translation>Injury %1</translation>
    </message>
    <message>
        <source>This injury is protected. Show it with your passcode to see and change it.</source>
        <translation>This injury is protected. Show it with your passcode to see and change it.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Type of injury</source>
        <translation>Type of injury</translation>
    </message>
    <message>
        <source>Size in mm (length × width)</source>
        <translation>Size in mm (length × width)</translation>
    </message>
    <message>
        <source>Length mm</source>
        <translation>Length mm</translation>
    </message>
    <message>
        <source>Length in millimetres</source>
        <translation>Length in millimetres</translation>
    </message>
    <message>
        <source>Width mm</source>
        <translation>Width mm</translation>
    </message>
    <message>
        <source>Width in millimetres</source>
        <translation>Width in millimetres</translation>
    </message>
    <message>
        <source>Shape (e.g. round, linear, patterned)</source>
        <translation>Shape (e.g. round, linear, patterned)</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Shape</translation>
    </message>
    <message>
        <source>Colour (e.g. red-blue, yellow-green)</source>
        <translation>Colour (e.g. red-blue, yellow-green)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Estimated age (e.g. fresh, 1-3 days)</source>
        <translation>Estimated age (e.g. fresh, 1-3 days)</translation>
    </message>
    <message>
        <source>Estimated age of the injury</source>
        <translation>Estimated age of the injury</translation>
    </message>
    <message>
        <source>Pain (0-10)</source>
        <translation>Pain (0-10)</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <source>Pain from 0 to 10</source>
        <translation>Pain from 0 to 10</translation>
    </message>
    <message>
        <source>What the person says caused it</source>
        <translation>What the person says caused it</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Document again</source>
        <translation>Document again</translation>
    </message>
    <message>
        <source>Reminder set: document again on %1</source>
        <translation>Reminder set: document again on %1</translation>
    </message>
    <message>
        <source>No new reminder</source>
        <translation>No new reminder</translation>
    </message>
    <message>
        <source>Bruises change: remind me in 2 days</source>
        <translation>Bruises change: remind me in 2 days</translation>
    </message>
    <message>
        <source>Remind me in 3 days</source>
        <translation>Remind me in 3 days</translation>
    </message>
    <message>
        <source>Remind me in 7 days</source>
        <translation>Remind me in 7 days</translation>
    </message>
    <message>
        <source>Reminder to document the injury again</source>
        <translation>Reminder to document the injury again</translation>
    </message>
    <message>
        <source>Save injury</source>
        <translation>Save injury</translation>
    </message>
</context>
<context>
    <name>InjuryFormPage</name>
    <message>
        <source>Injury %1</source>
        <translation>Injury %1</translation>
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
        <translation>Tap to show with your passcode.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
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
        <source>The case gets the current date and time when you tap &quot;Open case&quot;. It is saved on this device at once.</source>
        <translation>The case gets the current date and time when you tap &quot;Open case&quot;. It is saved on this device at once.</translation>
    </message>
</context>
<context>
    <name>NoCasePage</name>
    <message>
        <source>Choose a case on the left, or tap &quot;New case&quot;.</source>
        <translation>Choose a case on the left, or tap &quot;New case&quot;.</translation>
    </message>
</context>
<context>
    <name>NoteFormPage</name>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Keyword</translation>
    </message>
    <message>
        <source>protected keyword</source>
        <translation>protected keyword</translation>
    </message>
    <message>
        <source>Notes under this keyword are protected: shown only as a masked row until revealed with a passcode.</source>
        <translation>Notes under this keyword are protected: shown only as a masked row until revealed with a passcode.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Note text</translation>
    </message>
    <message>
        <source>Mark protected</source>
        <translation>Mark protected</translation>
    </message>
    <message>
        <source>Mark this note protected</source>
        <translation>Mark this note protected</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Save note</translation>
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
    <name>NotesSection</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No notes recorded yet.</source>
        <translation>No notes recorded yet.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Add a note under a keyword</source>
        <translation>Add a note under a keyword</translation>
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
    <name>PersonFormPage</name>
    <message>
        <source>Amend person</source>
        <translation>Amend person</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Label (a pseudonym, no name or ID number)</source>
        <translation>Label (a pseudonym, no name or ID number)</translation>
    </message>
    <message>
        <source>e.g. Woman A, Person in the kitchen</source>
        <translation>e.g. Woman A, Person in the kitchen</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Child under 18</source>
        <translation>Child under 18</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Adult</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Estimated age in years (optional)</source>
        <translation>Estimated age in years (optional)</translation>
    </message>
    <message>
        <source>Estimated age in years</source>
        <translation>Estimated age in years</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>e.g. Romanian, English</source>
        <translation>e.g. Romanian, English</translation>
    </message>
    <message>
        <source>Languages, separated by commas</source>
        <translation>Languages, separated by commas</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Needs an interpreter</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>Pregnant</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Children in the picture</source>
        <translation>Children in the picture</translation>
    </message>
    <message>
        <source>Any child in the picture means a report of concern (orosanmälan) to social services.</source>
        <translation>Any child in the picture means a report of concern (orosanmälan) to social services.</translation>
    </message>
    <message>
        <source>Child %1</source>
        <translation>Child %1</translation>
    </message>
    <message>
        <source>The person&apos;s own child</source>
        <translation>The person&apos;s own child</translation>
    </message>
    <message>
        <source>Lives there full time</source>
        <translation>Lives there full time</translation>
    </message>
    <message>
        <source>Lives there part time</source>
        <translation>Lives there part time</translation>
    </message>
    <message>
        <source>Does not live there</source>
        <translation>Does not live there</translation>
    </message>
    <message>
        <source>Add a child in the picture</source>
        <translation>Add a child in the picture</translation>
    </message>
    <message>
        <source>Lives in another country</source>
        <translation>Lives in another country</translation>
    </message>
    <message>
        <source>Which country</source>
        <translation>Which country</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Save person</source>
        <translation>Save person</translation>
    </message>
</context>
<context>
    <name>Persons</name>
    <message>
        <source>Give the person a label, for example &quot;Woman A&quot;. A name or identity number is not needed.</source>
        <translation>Give the person a label, for example &quot;Woman A&quot;. A name or identity number is not needed.</translation>
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
        <source>The estimated age is under 18: choose the age group &quot;child&quot; or &quot;unknown&quot;.</source>
        <translation>The estimated age is under 18: choose the age group &quot;child&quot; or &quot;unknown&quot;.</translation>
    </message>
    <message>
        <source>The age group is &quot;child&quot; but the estimated age is 18 or over: correct one of them.</source>
        <translation>The age group is &quot;child&quot; but the estimated age is 18 or over: correct one of them.</translation>
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
        <source>A country is given but &quot;lives in another country&quot; is not &quot;yes&quot;.</source>
        <translation>A country is given but &quot;lives in another country&quot; is not &quot;yes&quot;.</translation>
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
    <name>PersonsSection</name>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>No persons recorded yet.</source>
        <translation>No persons recorded yet.</translation>
    </message>
    <message>
        <source>Child under 18</source>
        <translation>Child under 18</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Add a person to the case</source>
        <translation>Add a person to the case</translation>
    </message>
</context>
<context>
    <name>PlacementPage</name>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Add the person first (Persons on the case page).</source>
        <translation>Add the person first (Persons on the case page).</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>CHILD under 18</source>
        <translation>CHILD under 18</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Housing identifier (not the address)</source>
        <translation>Housing identifier (not the address)</translation>
    </message>
    <message>
        <source>Housing identifier</source>
        <translation>Housing identifier</translation>
    </message>
    <message>
        <source>Date (empty = today, or 2026-11-28)</source>
        <translation>Date (empty = today, or 2026-11-28)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Date of the placement</source>
        <translation>Date of the placement</translation>
    </message>
    <message>
        <source>Level of support</source>
        <translation>Level of support</translation>
    </message>
    <message>
        <source>Bed, food, counselling, help with authorities…</source>
        <translation>Bed, food, counselling, help with authorities…</translation>
    </message>
    <message>
        <source>Staffed around the clock</source>
        <translation>Staffed around the clock</translation>
    </message>
    <message>
        <source>Transport accompanied by social services</source>
        <translation>Transport accompanied by social services</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Record the placement</source>
        <translation>Record the placement</translation>
    </message>
    <message>
        <source>Already placed there: %1</source>
        <translation>Already placed there: %1</translation>
    </message>
    <message>
        <source>Place there anyway: write why (required)</source>
        <translation>Place there anyway: write why (required)</translation>
    </message>
    <message>
        <source>Why the person is placed there anyway</source>
        <translation>Why the person is placed there anyway</translation>
    </message>
    <message>
        <source>Place anyway with this reason</source>
        <translation>Place anyway with this reason</translation>
    </message>
    <message>
        <source>Choose another housing</source>
        <translation>Choose another housing</translation>
    </message>
    <message>
        <source>Placements of this case</source>
        <translation>Placements of this case</translation>
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
    <name>ReportOfConcernCard</name>
    <message>
        <source>Report of concern (orosanmälan): REQUIRED, not made yet</source>
        <translation>Report of concern (orosanmälan): REQUIRED, not made yet</translation>
    </message>
    <message>
        <source>Report of concern (orosanmälan): may be made</source>
        <translation>Report of concern (orosanmälan): may be made</translation>
    </message>
    <message>
        <source>Report of concern (orosanmälan): made</source>
        <translation>Report of concern (orosanmälan): made</translation>
    </message>
    <message>
        <source>Record the report as made</source>
        <translation>Record the report as made</translation>
    </message>
</context>
<context>
    <name>ReportOfConcernPage</name>
    <message>
        <source>Report of concern</source>
        <translation>Report of concern</translation>
    </message>
    <message>
        <source>To which social services</source>
        <translation>To which social services</translation>
    </message>
    <message>
        <source>For example Södermalm</source>
        <translation>For example Södermalm</translation>
    </message>
    <message>
        <source>Made by (name or service number)</source>
        <translation>Made by (name or service number)</translation>
    </message>
    <message>
        <source>When (empty = now, or 14:05, or 2026-11-28 14:05)</source>
        <translation>When (empty = now, or 14:05, or 2026-11-28 14:05)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>When the report was made</source>
        <translation>When the report was made</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Record the report as made</source>
        <translation>Record the report as made</translation>
    </message>
</context>
<context>
    <name>RevealBanner</name>
    <message>
        <source>Revealed until you leave this page</source>
        <translation>Revealed until you leave this page</translation>
    </message>
    <message>
        <source>Hide now</source>
        <translation>Hide now</translation>
    </message>
    <message>
        <source>Hide the protected content now</source>
        <translation>Hide the protected content now</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <source>Show protected content</source>
        <translation>Show protected content</translation>
    </message>
    <message>
        <source>Enter your passcode to show it. Showing it is recorded in the audit log.</source>
        <translation>Enter your passcode to show it. Showing it is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Passcode</source>
        <translation>Passcode</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show the protected content</source>
        <translation>Show the protected content</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search all cases</source>
        <translation>Search all cases</translation>
    </message>
    <message>
        <source>Words to search for</source>
        <translation>Words to search for</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search the cases</source>
        <translation>Search the cases</translation>
    </message>
    <message>
        <source>Include protected</source>
        <translation>Include protected</translation>
    </message>
    <message>
        <source>Include protected items, with your passcode</source>
        <translation>Include protected items, with your passcode</translation>
    </message>
    <message>
        <source>Protected items are not searched unless you include them with your passcode.</source>
        <translation>Protected items are not searched unless you include them with your passcode.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <source>Include protected items</source>
        <translation>Include protected items</translation>
    </message>
    <message>
        <source>Enter your passcode. The search is recorded in the audit log.</source>
        <translation>Enter your passcode. The search is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Passcode</source>
        <translation>Passcode</translation>
    </message>
    <message>
        <source>Search including protected items</source>
        <translation>Search including protected items</translation>
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
    <message>
        <source>Position saved with each record</source>
        <translation>Position saved with each record</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exact</translation>
    </message>
    <message>
        <source>Rounded (about 1 km)</source>
        <translation>Rounded (about 1 km)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
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
    <name>SignNoteDialog</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Seen by me</source>
        <translation>Seen by me</translation>
    </message>
    <message>
        <source>Told by the person</source>
        <translation>Told by the person</translation>
    </message>
    <message>
        <source>Told by someone else</source>
        <translation>Told by someone else</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Save the note</translation>
    </message>
</context>
<context>
    <name>SignRow</name>
    <message>
        <source>Help: what this sign means</source>
        <translation>Help: what this sign means</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observed</translation>
    </message>
    <message>
        <source>Not observed</source>
        <translation>Not observed</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Add a note and the source</source>
        <translation>Add a note and the source</translation>
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
        <source>This sign applies only to children, and this person is not recorded as a child (under 18). Change the person&apos;s age group or estimated age first, or choose another sign.</source>
        <translation>This sign applies only to children, and this person is not recorded as a child (under 18). Change the person&apos;s age group or estimated age first, or choose another sign.</translation>
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
<context>
    <name>SignsPage</name>
    <message>
        <source>Signs: %1</source>
        <translation>Signs: %1</translation>
    </message>
    <message>
        <source>Child-specific signs are included.</source>
        <translation>Child-specific signs are included.</translation>
    </message>
    <message>
        <source>Show recorded signs</source>
        <translation>Show recorded signs</translation>
    </message>
    <message>
        <source>Show the recorded signs with your passcode</source>
        <translation>Show the recorded signs with your passcode</translation>
    </message>
    <message>
        <source>Signs and injuries of %1</source>
        <translation>Signs and injuries of %1</translation>
    </message>
</context>
<context>
    <name>SignsSection</name>
    <message>
        <source>Signs</source>
        <translation>Signs</translation>
    </message>
    <message>
        <source>No signs recorded yet. Add a person first.</source>
        <translation>No signs recorded yet. Add a person first.</translation>
    </message>
    <message>
        <source>Signs of %1</source>
        <translation>Signs of %1</translation>
    </message>
</context>
<context>
    <name>TaskPage</name>
    <message>
        <source>Task %1</source>
        <translation>Task %1</translation>
    </message>
    <message>
        <source>When (empty = now, or 14:05 today)</source>
        <translation>When (empty = now, or 14:05 today)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>When it was done</source>
        <translation>When it was done</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>Why it does not apply (required)</source>
        <translation>Why it does not apply (required)</translation>
    </message>
    <message>
        <source>Why it does not apply</source>
        <translation>Why it does not apply</translation>
    </message>
    <message>
        <source>Mark not applicable</source>
        <translation>Mark not applicable</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Reopen the task</source>
        <translation>Reopen the task</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <source>First: a child is in the picture</source>
        <translation>First: a child is in the picture</translation>
    </message>
</context>
<context>
    <name>TermInfo</name>
    <message>
        <source>What does &quot;%1&quot; mean?</source>
        <translation>What does &quot;%1&quot; mean?</translation>
    </message>
    <message>
        <source>In English: %1</source>
        <translation>In English: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>TimeFactRow</name>
    <message>
        <source>Recorded: %1</source>
        <translation>Recorded: %1</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Now, or 14:05</source>
        <translation>Now, or 14:05</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Time: %1</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation>Record: %1</translation>
    </message>
    <message>
        <source>Recorded by mistake: take back</source>
        <translation>Recorded by mistake: take back</translation>
    </message>
    <message>
        <source>Take back: %1</source>
        <translation>Take back: %1</translation>
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
    <name>lots::ActionPlan</name>
    <message>
        <source>Another person of this case is already placed at this housing. Persons of the same case should as a rule not be placed together in this phase. Write why they should be, to place anyway.</source>
        <translation>Another person of this case is already placed at this housing. Persons of the same case should as a rule not be placed together in this phase. Write why they should be, to place anyway.</translation>
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
        <translation>Done %1 · %2</translation>
    </message>
    <message>
        <source>Not applicable: %1 · %2 · %3</source>
        <translation>Not applicable: %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Reopened %1 · %2</source>
        <translation>Reopened %1 · %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open (reopened %1)</source>
        <translation>Open (reopened %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>a person of this case</source>
        <translation>a person of this case</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <source>This device has no role in the guidance. The tasks of every actor are under &quot;What the others should do&quot;.</source>
        <translation>This device has no role in the guidance. The tasks of every actor are under &quot;What the others should do&quot;.</translation>
    </message>
    <message>
        <source>%1: no open tasks.</source>
        <translation>%1: no open tasks.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n open task(s).</source>
        <translation>
            <numerusform>%1: %n open task.</numerusform>
            <numerusform>%1: %n open tasks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Made to %1 social services, %2, by %3</source>
        <translation>Made to %1 social services, %2, by %3</translation>
    </message>
    <message numerus="yes">
        <source>(%n report(s) recorded)</source>
        <translation>
            <numerusform>(%n report recorded)</numerusform>
            <numerusform>(%n reports recorded)</numerusform>
        </translation>
    </message>
    <message>
        <source>Support: %1</source>
        <translation>Support: %1</translation>
    </message>
    <message>
        <source>Staffed around the clock</source>
        <translation>Staffed around the clock</translation>
    </message>
    <message>
        <source>Transport accompanied by social services</source>
        <translation>Transport accompanied by social services</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Placed at the same housing as another person of this case. Reason: %1</source>
        <translation>Placed at the same housing as another person of this case. Reason: %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <source>A deadline in Lots is due.</source>
        <translation>A deadline in Lots is due.</translation>
    </message>
    <message>
        <source>Nobody yet / not known</source>
        <translation>Nobody yet / not known</translation>
    </message>
    <message>
        <source>The police</source>
        <translation>The police</translation>
    </message>
    <message>
        <source>The prosecutor</source>
        <translation>The prosecutor</translation>
    </message>
    <message>
        <source>This device reminds you when a deadline is due. The reminder names no case.</source>
        <translation>This device reminds you when a deadline is due. The reminder names no case.</translation>
    </message>
    <message>
        <source>Reminders from the system are not available on this device. The case list shows what is due first and warns when something is overdue or due today.</source>
        <translation>Reminders from the system are not available on this device. The case list shows what is due first and warns when something is overdue or due today.</translation>
    </message>
    <message>
        <source>The time &quot;%1&quot; is not a time. Write it like 14:05, or leave it empty for now.</source>
        <translation>The time &quot;%1&quot; is not a time. Write it like 14:05, or leave it empty for now.</translation>
    </message>
    <message>
        <source>The time is in the future. Give the time it was done, or leave it empty for now.</source>
        <translation>The time is in the future. Give the time it was done, or leave it empty for now.</translation>
    </message>
    <message>
        <source>Write why the task does not apply to this case. The reason is kept with the case.</source>
        <translation>Write why the task does not apply to this case. The reason is kept with the case.</translation>
    </message>
    <message>
        <source>Marked done</source>
        <translation>Marked done</translation>
    </message>
    <message>
        <source>Marked not applicable</source>
        <translation>Marked not applicable</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>%1 (recorded %2)</source>
        <translation>%1 (recorded %2)</translation>
    </message>
    <message>
        <source>Choose who leads the preliminary investigation.</source>
        <translation>Choose who leads the preliminary investigation.</translation>
    </message>
    <message>
        <source>The time &quot;%1&quot; is not a time. Write it like 14:05 (today) or 2026-11-28 14:05, or leave it empty for now.</source>
        <translation>The time &quot;%1&quot; is not a time. Write it like 14:05 (today) or 2026-11-28 14:05, or leave it empty for now.</translation>
    </message>
    <message>
        <source>Write which social services received the report, for example &quot;Södermalm&quot;.</source>
        <translation>Write which social services received the report, for example &quot;Södermalm&quot;.</translation>
    </message>
    <message>
        <source>Write who made the report (name or service number).</source>
        <translation>Write who made the report (name or service number).</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>Open a case first.</translation>
    </message>
    <message>
        <source>Choose the person who is placed.</source>
        <translation>Choose the person who is placed.</translation>
    </message>
    <message>
        <source>Choose the kind of placement.</source>
        <translation>Choose the kind of placement.</translation>
    </message>
    <message>
        <source>Write an identifier of the housing (not its address), so that placements of the same case can be compared.</source>
        <translation>Write an identifier of the housing (not its address), so that placements of the same case can be compared.</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; is not a date. Write it like 2026-11-28, or leave it empty for today.</source>
        <translation>The date &quot;%1&quot; is not a date. Write it like 2026-11-28, or leave it empty for today.</translation>
    </message>
    <message>
        <source>Write why the person is placed at the same housing anyway. The reason is kept with the case.</source>
        <translation>Write why the person is placed at the same housing anyway. The reason is kept with the case.</translation>
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
        <source>Give this device a name, for example &quot;Patrol car 3&quot;.</source>
        <translation>Give this device a name, for example &quot;Patrol car 3&quot;.</translation>
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
    <message numerus="yes">
        <source>%n case(s) overdue</source>
        <translation>
            <numerusform>%n case overdue</numerusform>
            <numerusform>%n cases overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n due today</numerusform>
            <numerusform>%n due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) due today</source>
        <translation>
            <numerusform>%n case due today</numerusform>
            <numerusform>%n cases due today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lots::ContactsController</name>
    <message>
        <source>The phone could not be opened from this device. Dial the number shown yourself.</source>
        <translation>The phone could not be opened from this device. Dial the number shown yourself.</translation>
    </message>
    <message>
        <source>No e-mail app could be opened on this device. Write to the address shown yourself.</source>
        <translation>No e-mail app could be opened on this device. Write to the address shown yourself.</translation>
    </message>
</context>
<context>
    <name>lots::ContentPack</name>
    <message>
        <source>unknown condition &apos;%1&apos;</source>
        <translation>unknown condition &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a condition object must have exactly one of &apos;allOf&apos; or &apos;anyOf&apos;</source>
        <translation>a condition object must have exactly one of &apos;allOf&apos; or &apos;anyOf&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a non-empty list of conditions</source>
        <translation>&apos;%1&apos; needs a non-empty list of conditions</translation>
    </message>
    <message>
        <source>missing condition</source>
        <translation>missing condition</translation>
    </message>
    <message>
        <source>a condition must be a name or an object with &apos;allOf&apos; or &apos;anyOf&apos;</source>
        <translation>a condition must be a name or an object with &apos;allOf&apos; or &apos;anyOf&apos;</translation>
    </message>
    <message>
        <source>%1: unknown appliesTo &apos;%2&apos; (use adult, child or both)</source>
        <translation>%1: unknown appliesTo &apos;%2&apos; (use adult, child or both)</translation>
    </message>
    <message>
        <source>guidance pack</source>
        <translation>guidance pack</translation>
    </message>
    <message>
        <source>%1: unknown time zone &apos;%2&apos;</source>
        <translation>%1: unknown time zone &apos;%2&apos;</translation>
    </message>
    <message>
        <source>actor number %1</source>
        <translation>actor number %1</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>actor</translation>
    </message>
    <message>
        <source>actor &apos;%1&apos;</source>
        <translation>actor &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: unknown actor</source>
        <translation>%1: unknown actor</translation>
    </message>
    <message>
        <source>task number %1</source>
        <translation>task number %1</translation>
    </message>
    <message>
        <source>task</source>
        <translation>task</translation>
    </message>
    <message>
        <source>task &apos;%1&apos;</source>
        <translation>task &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: missing number</source>
        <translation>%1: missing number</translation>
    </message>
    <message>
        <source>%1: duplicate number %2</source>
        <translation>%1: duplicate number %2</translation>
    </message>
    <message>
        <source>%1: unknown actor &apos;%2&apos;</source>
        <translation>%1: unknown actor &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: &apos;childPriority&apos; must be true or false</source>
        <translation>%1: &apos;childPriority&apos; must be true or false</translation>
    </message>
    <message>
        <source>deadline number %1</source>
        <translation>deadline number %1</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>deadline</translation>
    </message>
    <message>
        <source>deadline &apos;%1&apos;</source>
        <translation>deadline &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: unknown trigger &apos;%2&apos;</source>
        <translation>%1: unknown trigger &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: unknown rule kind &apos;%2&apos;</source>
        <translation>%1: unknown rule kind &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: the rule needs a whole number of &apos;%2&apos;</source>
        <translation>%1: the rule needs a whole number of &apos;%2&apos;</translation>
    </message>
    <message>
        <source>report of concern</source>
        <translation>report of concern</translation>
    </message>
    <message>
        <source>placements</source>
        <translation>placements</translation>
    </message>
    <message>
        <source>placement kind number %1</source>
        <translation>placement kind number %1</translation>
    </message>
    <message>
        <source>placement kind</source>
        <translation>placement kind</translation>
    </message>
    <message>
        <source>placement kind &apos;%1&apos;</source>
        <translation>placement kind &apos;%1&apos;</translation>
    </message>
    <message>
        <source>placement rule number %1</source>
        <translation>placement rule number %1</translation>
    </message>
    <message>
        <source>placement rule</source>
        <translation>placement rule</translation>
    </message>
    <message>
        <source>placement rule &apos;%1&apos;</source>
        <translation>placement rule &apos;%1&apos;</translation>
    </message>
    <message>
        <source>glossary entry number %1</source>
        <translation>glossary entry number %1</translation>
    </message>
    <message>
        <source>glossary entry &apos;%1&apos;</source>
        <translation>glossary entry &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: missing Swedish text</source>
        <translation>%1: missing Swedish text</translation>
    </message>
    <message>
        <source>%1: missing English text</source>
        <translation>%1: missing English text</translation>
    </message>
    <message>
        <source>contact number %1</source>
        <translation>contact number %1</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>contact &apos;%1&apos;</source>
        <translation>contact &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: unknown age group &apos;%2&apos; (use child, adult or any)</source>
        <translation>%1: unknown age group &apos;%2&apos; (use child, adult or any)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an e-mail address</source>
        <translation>%1: &apos;%2&apos; is not an e-mail address</translation>
    </message>
    <message>
        <source>%1: phone &apos;%2&apos; is not in E.164 form (+46...)</source>
        <translation>%1: phone &apos;%2&apos; is not in E.164 form (+46...)</translation>
    </message>
    <message>
        <source>indicators pack</source>
        <translation>indicators pack</translation>
    </message>
    <message>
        <source>group number %1</source>
        <translation>group number %1</translation>
    </message>
    <message>
        <source>group</source>
        <translation>group</translation>
    </message>
    <message>
        <source>group &apos;%1&apos;</source>
        <translation>group &apos;%1&apos;</translation>
    </message>
    <message>
        <source>ILO element number %1</source>
        <translation>ILO element number %1</translation>
    </message>
    <message>
        <source>ILO element</source>
        <translation>ILO element</translation>
    </message>
    <message>
        <source>ILO element &apos;%1&apos;</source>
        <translation>ILO element &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: not one of the six Palermo elements</source>
        <translation>%1: not one of the six Palermo elements</translation>
    </message>
    <message>
        <source>ILO weight &apos;%1&apos;</source>
        <translation>ILO weight &apos;%1&apos;</translation>
    </message>
    <message>
        <source>ILO weight &apos;%1&apos;: missing</source>
        <translation>ILO weight &apos;%1&apos;: missing</translation>
    </message>
    <message>
        <source>indicator number %1</source>
        <translation>indicator number %1</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indicator</translation>
    </message>
    <message>
        <source>indicator &apos;%1&apos;</source>
        <translation>indicator &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: unknown group &apos;%2&apos;</source>
        <translation>%1: unknown group &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: missing source</source>
        <translation>%1: missing source</translation>
    </message>
    <message>
        <source>%1: unknown source &apos;%2&apos; (use NSPM, UNODC or ILO)</source>
        <translation>%1: unknown source &apos;%2&apos; (use NSPM, UNODC or ILO)</translation>
    </message>
    <message>
        <source>%1: the source %2 does not name its list</source>
        <translation>%1: the source %2 does not name its list</translation>
    </message>
    <message>
        <source>%1: a child-specific indicator must apply to children only</source>
        <translation>%1: a child-specific indicator must apply to children only</translation>
    </message>
    <message>
        <source>%1: unknown ILO element &apos;%2&apos;</source>
        <translation>%1: unknown ILO element &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: unknown ILO weight &apos;%2&apos; (use strong, medium or weak)</source>
        <translation>%1: unknown ILO weight &apos;%2&apos; (use strong, medium or weak)</translation>
    </message>
    <message>
        <source>keywords pack</source>
        <translation>keywords pack</translation>
    </message>
    <message>
        <source>keyword number %1</source>
        <translation>keyword number %1</translation>
    </message>
    <message>
        <source>keyword</source>
        <translation>keyword</translation>
    </message>
    <message>
        <source>keyword &apos;%1&apos;</source>
        <translation>keyword &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: &apos;protected&apos; must be true or false</source>
        <translation>%1: &apos;protected&apos; must be true or false</translation>
    </message>
    <message>
        <source>%1: cannot read &apos;%2&apos;: %3</source>
        <translation>%1: cannot read &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1: not valid JSON at offset %2: %3</translation>
    </message>
    <message>
        <source>%1: the top level must be a JSON object</source>
        <translation>%1: the top level must be a JSON object</translation>
    </message>
    <message>
        <source>%1: missing format version</source>
        <translation>%1: missing format version</translation>
    </message>
    <message>
        <source>%1: the format version must be a whole number</source>
        <translation>%1: the format version must be a whole number</translation>
    </message>
    <message>
        <source>%1: unsupported format version %2 (this app reads format %3)</source>
        <translation>%1: unsupported format version %2 (this app reads format %3)</translation>
    </message>
    <message>
        <source>%1: wrong kind of pack &apos;%2&apos; (expected &apos;%3&apos;)</source>
        <translation>%1: wrong kind of pack &apos;%2&apos; (expected &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>%1: missing content version</source>
        <translation>%1: missing content version</translation>
    </message>
    <message>
        <source>%1: missing &apos;%2&apos;</source>
        <translation>%1: missing &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a text</source>
        <translation>%1: &apos;%2&apos; must be a text</translation>
    </message>
    <message>
        <source>%1: missing text%2</source>
        <translation>%1: missing text%2</translation>
    </message>
    <message>
        <source>%1: missing Swedish text%2</source>
        <translation>%1: missing Swedish text%2</translation>
    </message>
    <message>
        <source>%1: missing English text%2</source>
        <translation>%1: missing English text%2</translation>
    </message>
    <message>
        <source>%1: missing list &apos;%2&apos;</source>
        <translation>%1: missing list &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: the list &apos;%2&apos; is empty</source>
        <translation>%1: the list &apos;%2&apos; is empty</translation>
    </message>
    <message>
        <source>%1: must be a JSON object</source>
        <translation>%1: must be a JSON object</translation>
    </message>
    <message>
        <source>%1 number %2: missing id</source>
        <translation>%1 number %2: missing id</translation>
    </message>
    <message>
        <source>%1: duplicate id</source>
        <translation>%1: duplicate id</translation>
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
    <name>lots::FieldController</name>
    <message>
        <source>Bruise</source>
        <translation>Bruise</translation>
    </message>
    <message>
        <source>Abrasion (graze)</source>
        <translation>Abrasion (graze)</translation>
    </message>
    <message>
        <source>Laceration (cut or tear)</source>
        <translation>Laceration (cut or tear)</translation>
    </message>
    <message>
        <source>Burn</source>
        <translation>Burn</translation>
    </message>
    <message>
        <source>Bite</source>
        <translation>Bite</translation>
    </message>
    <message>
        <source>Strangulation or pressure mark</source>
        <translation>Strangulation or pressure mark</translation>
    </message>
    <message>
        <source>Suspected fracture</source>
        <translation>Suspected fracture</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Blood</source>
        <translation>Blood</translation>
    </message>
    <message>
        <source>Urine</source>
        <translation>Urine</translation>
    </message>
    <message>
        <source>Swab, mouth</source>
        <translation>Swab, mouth</translation>
    </message>
    <message>
        <source>Swab, vagina</source>
        <translation>Swab, vagina</translation>
    </message>
    <message>
        <source>Swab, cervix</source>
        <translation>Swab, cervix</translation>
    </message>
    <message>
        <source>Swab, anus</source>
        <translation>Swab, anus</translation>
    </message>
    <message>
        <source>Swab, penis</source>
        <translation>Swab, penis</translation>
    </message>
    <message>
        <source>Swab, skin</source>
        <translation>Swab, skin</translation>
    </message>
    <message>
        <source>Fingernails</source>
        <translation>Fingernails</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation>Hair</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation>Clothing</translation>
    </message>
    <message>
        <source>Sanitary pad</source>
        <translation>Sanitary pad</translation>
    </message>
    <message>
        <source>Reference sample (DNA)</source>
        <translation>Reference sample (DNA)</translation>
    </message>
    <message>
        <source>Position is off; saved without</source>
        <translation>Position is off; saved without</translation>
    </message>
    <message>
        <source>No position; saved without</source>
        <translation>No position; saved without</translation>
    </message>
    <message>
        <source>No position; place typed by hand: %1</source>
        <translation>No position; place typed by hand: %1</translation>
    </message>
    <message>
        <source>Position ±%1 m, %2</source>
        <translation>Position ±%1 m, %2</translation>
    </message>
    <message>
        <source>Position (accuracy unknown), %1</source>
        <translation>Position (accuracy unknown), %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (CHILD)</source>
        <translation>%1 (CHILD)</translation>
    </message>
    <message>
        <source>No persons recorded yet</source>
        <translation>No persons recorded yet</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s): %1</source>
        <translation>
            <numerusform>%n person: %1</numerusform>
            <numerusform>%n persons: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign(s) recorded</source>
        <translation>
            <numerusform>%n sign recorded</numerusform>
            <numerusform>%n signs recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n injury(ies) recorded</source>
        <translation>
            <numerusform>%n injury recorded</numerusform>
            <numerusform>%n injuries recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n protected item(s), hidden until revealed</source>
        <translation>
            <numerusform>%n protected item, hidden until revealed</numerusform>
            <numerusform>%n protected items, hidden until revealed</numerusform>
        </translation>
    </message>
    <message>
        <source>Last change %1</source>
        <translation>Last change %1</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Nothing recorded yet</translation>
    </message>
    <message>
        <source>Child under 18</source>
        <translation>Child under 18</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Adult</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Age unknown</translation>
    </message>
    <message numerus="yes">
        <source>about %n year(s)</source>
        <translation>
            <numerusform>about %n year</numerusform>
            <numerusform>about %n years</numerusform>
        </translation>
    </message>
    <message>
        <source>needs an interpreter</source>
        <translation>needs an interpreter</translation>
    </message>
    <message>
        <source>pregnant</source>
        <translation>pregnant</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) in the picture</source>
        <translation>
            <numerusform>%n child in the picture</numerusform>
            <numerusform>%n children in the picture</numerusform>
        </translation>
    </message>
    <message>
        <source>lives in another country</source>
        <translation>lives in another country</translation>
    </message>
    <message>
        <source>lives in %1</source>
        <translation>lives in %1</translation>
    </message>
    <message numerus="yes">
        <source>Signs: %n recorded</source>
        <translation>
            <numerusform>Signs: %n recorded</numerusform>
            <numerusform>Signs: %n recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Body map: %n injury(ies)</source>
        <translation>
            <numerusform>Body map: %n injury</numerusform>
            <numerusform>Body map: %n injuries</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Recorded · protected</source>
        <translation>Recorded · protected</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observed</translation>
    </message>
    <message>
        <source>Not observed</source>
        <translation>Not observed</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Protected note: %1</source>
        <translation>Protected note: %1</translation>
    </message>
    <message>
        <source>Protected injury %1: %2</source>
        <translation>Protected injury %1: %2</translation>
    </message>
    <message>
        <source>person&apos;s left</source>
        <translation>person&apos;s left</translation>
    </message>
    <message>
        <source>person&apos;s right</source>
        <translation>person&apos;s right</translation>
    </message>
    <message>
        <source>midline</source>
        <translation>midline</translation>
    </message>
    <message>
        <source>front</source>
        <translation>front</translation>
    </message>
    <message>
        <source>back</source>
        <translation>back</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <source>document again on %1</source>
        <translation>document again on %1</translation>
    </message>
    <message>
        <source>Handed over to the police: both confirmed</source>
        <translation>Handed over to the police: both confirmed</translation>
    </message>
    <message>
        <source>Not handed over yet</source>
        <translation>Not handed over yet</translation>
    </message>
    <message>
        <source>Protected evidence kit: %1</source>
        <translation>Protected evidence kit: %1</translation>
    </message>
    <message>
        <source>Evidence kit %1</source>
        <translation>Evidence kit %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) taken</source>
        <translation>
            <numerusform>%n sample taken</numerusform>
            <numerusform>%n samples taken</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>Open a case first.</translation>
    </message>
    <message>
        <source>Choose observed, not observed or unknown.</source>
        <translation>Choose observed, not observed or unknown.</translation>
    </message>
    <message>
        <source>Show the protected signs first.</source>
        <translation>Show the protected signs first.</translation>
    </message>
    <message>
        <source>Choose a person first.</source>
        <translation>Choose a person first.</translation>
    </message>
    <message>
        <source>Wrong passcode.</source>
        <translation>Wrong passcode.</translation>
    </message>
    <message>
        <source>This item is not on this device.</source>
        <translation>This item is not on this device.</translation>
    </message>
    <message>
        <source>This device (%1)</source>
        <translation>This device (%1)</translation>
    </message>
    <message>
        <source>Device %1 (%2)</source>
        <translation>Device %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Searched protected text (%n hit(s))</source>
        <translation>
            <numerusform>Searched protected text (%n hit)</numerusform>
            <numerusform>Searched protected text (%n hits)</numerusform>
        </translation>
    </message>
    <message>
        <source>Revealed every protected item of the case</source>
        <translation>Revealed every protected item of the case</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>sign</source>
        <translation>sign</translation>
    </message>
    <message>
        <source>injury</source>
        <translation>injury</translation>
    </message>
    <message>
        <source>evidence kit</source>
        <translation>evidence kit</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>Revealed a protected %1 (%2)</source>
        <translation>Revealed a protected %1 (%2)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>Injury</translation>
    </message>
    <message>
        <source>Evidence kit</source>
        <translation>Evidence kit</translation>
    </message>
    <message>
        <source>Changed: %1 (values protected)</source>
        <translation>Changed: %1 (values protected)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>(changed)</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>this device</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>device %1</translation>
    </message>
    <message>
        <source>Position not available on this device; records are saved without</source>
        <translation>Position not available on this device; records are saved without</translation>
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
    <name>lots::Session</name>
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
        <source>The database file is not the Lots database of this device (it is another program&apos;s file, an unencrypted file, or the database of another installation). Nothing was changed. Put the right file back, or contact support.</source>
        <translation>The database file is not the Lots database of this device (it is another program&apos;s file, an unencrypted file, or the database of another installation). Nothing was changed. Put the right file back, or contact support.</translation>
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
</TS>
