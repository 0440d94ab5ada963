import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// The evidence collection kit (NCK, spårsäkringssats) of the selected person: samples,
// kit and sample ids, consent, time since the assault (full collection under 10 days),
// then the handover to the police, confirmed by the clinician and by the officer.
DetailPage {
    id: page
    objectName: "kitPage"
    namePrefix: "kit"
    title: qsTr("Evidence kit: %1").arg(FieldController.personLabel)

    property var taken: ({})
    property var sampleIds: ({})
    property string kitRecordId
    readonly property real daysAgo: daysField.text.length > 0 ? Number(daysField.text.replace(",", ".")) : -1
    // Re-read after every write (FieldController.ready is notified on each change).
    readonly property var kit: kitRecordId.length > 0 && FieldController.ready
                               ? FieldController.kitDetails(kitRecordId) : ({})

    Component.onCompleted: FieldController.clearMessage()

    function setTaken(key, value) {
        const t = Object.assign({}, page.taken)
        t[key] = value
        page.taken = t
    }
    function setSampleId(key, value) {
        const t = Object.assign({}, page.sampleIds)
        t[key] = value
        page.sampleIds = t
    }
    function save() {
        const samples = []
        for (const option of FieldController.sampleTypeOptions) {
            if (page.taken[option.key] || (page.sampleIds[option.key] || "").length > 0)
                samples.push({ type: option.key, sampleId: page.sampleIds[option.key] || "",
                               taken: page.taken[option.key] === true })
        }
        const id = FieldController.recordKit({ kitId: kitIdField.text.trim(), samples: samples,
                                               consentGiven: consent.checked, note: "",
                                               assaultDaysAgo: page.daysAgo, protected: true })
        if (id.length > 0)
            page.kitRecordId = id
    }

    ScrollingColumn {
        anchors.fill: parent

        ColumnLayout {
            Layout.fillWidth: true
            visible: page.kitRecordId.length === 0
            spacing: Theme.smallSpacing

            FieldLabel { text: qsTr("Kit number") }
            TextField {
                id: kitIdField
                objectName: "kitIdField"
                Layout.fillWidth: true
                placeholderText: qsTr("The number printed on the kit")
                font.pixelSize: Theme.bodySize
                Accessible.name: qsTr("Kit number")
            }
            CheckBox {
                id: consent
                objectName: "kitConsent"
                text: qsTr("The person consents to the samples being taken")
                font.pixelSize: Theme.bodySize
                Accessible.name: text
            }
            FieldLabel { text: qsTr("Time since the assault") }
            TextField {
                id: daysField
                objectName: "kitDaysAgo"
                Layout.fillWidth: true
                placeholderText: qsTr("Days since the assault (empty: unknown)")
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                validator: DoubleValidator { bottom: 0; top: 3650 }
                font.pixelSize: Theme.bodySize
                Accessible.name: qsTr("Days since the assault")
            }
            StatusText {
                objectName: "kitTimingWarning"
                kind: "warning"
                text: FieldController.kitTimingText(page.daysAgo)
            }
            FieldLabel { text: qsTr("Samples") }
            // qmllint disable unqualified
            Repeater {
                model: FieldController.sampleTypeOptions
                delegate: RowLayout {
                    id: sample
                    required property var modelData
                    Layout.fillWidth: true
                    CheckBox {
                        objectName: "kitSample_" + sample.modelData.key
                        Layout.fillWidth: true
                        text: sample.modelData.name
                        font.pixelSize: Theme.bodySize
                        Accessible.name: qsTr("Sample taken: %1").arg(sample.modelData.name)
                        onToggled: page.setTaken(sample.modelData.key, checked)
                    }
                    TextField {
                        objectName: "kitSampleId_" + sample.modelData.key
                        Layout.preferredWidth: 130
                        placeholderText: qsTr("Sample id")
                        font.pixelSize: Theme.bodySize
                        Accessible.name: qsTr("Sample id: %1").arg(sample.modelData.name)
                        onTextEdited: page.setSampleId(sample.modelData.key, text)
                    }
                }
            }
            // qmllint enable unqualified
            StatusText {
                objectName: "kitMessage"
                kind: "error"
                text: FieldController.message
            }
            ActionButton {
                objectName: "kitSaveButton"
                text: qsTr("Save kit")
                Accessible.name: text
                onClicked: page.save()
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            visible: page.kitRecordId.length > 0
            spacing: Theme.smallSpacing
            SectionHeading { text: qsTr("Kit saved") }
            StatusText {
                objectName: "kitSavedWarning"
                kind: "warning"
                text: FieldController.warning
            }
            StatusText {
                objectName: "kitPosition"
                text: FieldController.positionText
            }
            SectionHeading { text: qsTr("Handover to the police") }
            Label {
                objectName: "kitHandoverState"
                Layout.fillWidth: true
                text: page.kit.handoverText || ""
                wrapMode: Text.Wrap
                font.pixelSize: Theme.bodySize
            }
            TextField {
                id: confirmName
                objectName: "kitHandoverName"
                Layout.fillWidth: true
                placeholderText: qsTr("Your name")
                font.pixelSize: Theme.bodySize
                Accessible.name: qsTr("Name of the person confirming")
            }
            TextField {
                id: officer
                objectName: "kitHandoverOfficer"
                Layout.fillWidth: true
                placeholderText: qsTr("Receiving officer: name or service number")
                font.pixelSize: Theme.bodySize
                Accessible.name: qsTr("Receiving officer")
            }
            StatusText {
                objectName: "kitHandoverMessage"
                kind: "error"
                text: FieldController.message
            }
            Button {
                objectName: "kitConfirmClinician"
                Layout.fillWidth: true
                enabled: !(page.kit.clinicianConfirmed === true)
                text: page.kit.clinicianConfirmed ? qsTr("Handed over: confirmed by the clinician")
                                                  : qsTr("Confirm as the clinician: handed over")
                font.pixelSize: Theme.bodySize
                implicitHeight: Theme.touchTarget
                Accessible.name: text
                onClicked: FieldController.confirmHandover(page.kitRecordId, "clinician", confirmName.text, officer.text)
            }
            Button {
                objectName: "kitConfirmOfficer"
                Layout.fillWidth: true
                enabled: !(page.kit.officerConfirmed === true)
                text: page.kit.officerConfirmed ? qsTr("Received: confirmed by the officer")
                                                : qsTr("Confirm as the officer: received")
                font.pixelSize: Theme.bodySize
                implicitHeight: Theme.touchTarget
                Accessible.name: text
                onClicked: FieldController.confirmHandover(page.kitRecordId, "officer", confirmName.text, officer.text)
            }
        }
    }
}
