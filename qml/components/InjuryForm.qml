import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// The details of one injury. Loads the current values (the injury must be shown: placed on
// this page or revealed) and saves only what changed (the core compares).
ColumnLayout {
    id: form
    property string injuryId
    property int number: 0
    property var details: ({})
    signal saved

    spacing: Theme.smallSpacing
    onInjuryIdChanged: load()
    Component.onCompleted: load()

    function load() {
        details = injuryId.length > 0 ? FieldController.injuryDetails(injuryId) : {}
        const d = details
        typeBox.currentIndex = Math.max(0, typeBox.indexOfValue(d.type || "other"))
        lengthField.text = d.lengthMm !== undefined && d.lengthMm !== null ? String(d.lengthMm) : ""
        widthField.text = d.widthMm !== undefined && d.widthMm !== null ? String(d.widthMm) : ""
        shapeField.text = d.shape || ""
        colourField.text = d.colour || ""
        ageField.text = d.estimatedAge || ""
        painBox.currentIndex = d.pain !== undefined && d.pain !== null ? d.pain + 1 : 0
        causeField.text = d.statedCause || ""
        textField.text = d.text || ""
        redocBox.currentIndex = 0
    }

    function save() {
        const d = {
            type: typeBox.currentValue,
            lengthMm: lengthField.text.length > 0 ? parseInt(lengthField.text) : null,
            widthMm: widthField.text.length > 0 ? parseInt(widthField.text) : null,
            shape: shapeField.text.trim(),
            colour: colourField.text.trim(),
            estimatedAge: ageField.text.trim(),
            pain: painBox.currentIndex > 0 ? painBox.currentIndex - 1 : null,
            statedCause: causeField.text.trim(),
            text: textField.text
        }
        if (redocBox.currentIndex > 0)
            d.redocumentInDays = redocBox.currentValue
        else if (form.details.redocumentOn)
            d.redocumentOn = form.details.redocumentOn
        if (FieldController.amendInjury(form.injuryId, d)) {
            form.load()
            form.saved()
        }
    }

    SectionHeading {
        objectName: "injuryFormHeading"
        text: qsTr("Injury %1").arg(form.number)
    }
    Label {
        objectName: "injuryFormHidden"
        Layout.fillWidth: true
        visible: Object.keys(form.details).length === 0
        text: qsTr("This injury is protected. Show it with your passcode to see and change it.")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.bodySize
    }
    ColumnLayout {
        Layout.fillWidth: true
        visible: Object.keys(form.details).length > 0
        spacing: Theme.smallSpacing

        FieldLabel { text: qsTr("Type") }
        ComboBox {
            id: typeBox
            objectName: "injuryType"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget + 8
            model: FieldController.injuryTypeOptions
            textRole: "name"
            valueRole: "key"
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("Type of injury")
        }
        FieldLabel { text: qsTr("Size in mm (length × width)") }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: lengthField
                objectName: "injuryLength"
                Layout.fillWidth: true
                placeholderText: qsTr("Length mm")
                validator: IntValidator { bottom: 1; top: 2000 }
                inputMethodHints: Qt.ImhDigitsOnly
                font.pixelSize: Theme.bodySize
                Accessible.name: qsTr("Length in millimetres")
            }
            Label { text: "\u00d7"; font.pixelSize: Theme.bodySize }
            TextField {
                id: widthField
                objectName: "injuryWidth"
                Layout.fillWidth: true
                placeholderText: qsTr("Width mm")
                validator: IntValidator { bottom: 1; top: 2000 }
                inputMethodHints: Qt.ImhDigitsOnly
                font.pixelSize: Theme.bodySize
                Accessible.name: qsTr("Width in millimetres")
            }
        }
        TextField {
            id: shapeField
            objectName: "injuryShape"
            Layout.fillWidth: true
            placeholderText: qsTr("Shape (e.g. round, linear, patterned)")
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("Shape")
        }
        TextField {
            id: colourField
            objectName: "injuryColour"
            Layout.fillWidth: true
            placeholderText: qsTr("Colour (e.g. red-blue, yellow-green)")
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("Colour")
        }
        TextField {
            id: ageField
            objectName: "injuryAge"
            Layout.fillWidth: true
            placeholderText: qsTr("Estimated age (e.g. fresh, 1-3 days)")
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("Estimated age of the injury")
        }
        FieldLabel { text: qsTr("Pain (0-10)") }
        ComboBox {
            id: painBox
            objectName: "injuryPain"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget + 8
            model: [qsTr("Not asked"), "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("Pain from 0 to 10")
        }
        TextField {
            id: causeField
            objectName: "injuryCause"
            Layout.fillWidth: true
            placeholderText: qsTr("What the person says caused it")
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("What the person says caused it")
        }
        TextArea {
            id: textField
            objectName: "injuryText"
            Layout.fillWidth: true
            Layout.minimumHeight: 80
            placeholderText: qsTr("Description")
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("Description")
        }
        FieldLabel { text: qsTr("Document again") }
        Label {
            objectName: "injuryRedocumentOn"
            Layout.fillWidth: true
            visible: (form.details.redocumentOn || "").length > 0
            text: qsTr("Reminder set: document again on %1").arg(form.details.redocumentOn || "")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodySize
        }
        ComboBox {
            id: redocBox
            objectName: "injuryRedocument"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget + 8
            textRole: "name"
            valueRole: "days"
            model: [ { days: 0, name: qsTr("No new reminder") },
                     { days: 2, name: qsTr("Bruises change: remind me in 2 days") },
                     { days: 3, name: qsTr("Remind me in 3 days") },
                     { days: 7, name: qsTr("Remind me in 7 days") } ]
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("Reminder to document the injury again")
        }
        StatusText {
            objectName: "injuryFormMessage"
            kind: "error"
            text: FieldController.message
        }
        StatusText {
            objectName: "injuryFormPosition"
            text: FieldController.positionText
        }
        ActionButton {
            objectName: "injurySaveButton"
            text: qsTr("Save injury")
            Accessible.name: text
            onClicked: form.save()
        }
    }
}
