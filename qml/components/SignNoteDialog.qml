import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// The optional note and source of a recorded sign (default source: seen by me).
Dialog {
    id: dialog
    objectName: "signNoteDialog"
    property string indicatorId
    property string source: "seen"

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 32 : 400, 480)
    Material.elevation: 0

    function edit(id, text, note, src) {
        indicatorId = id
        title = text
        noteField.text = note
        source = src.length > 0 ? src : "seen"
        open()
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        FieldLabel { text: qsTr("Source") }
        ChoiceList {
            namePrefix: "signSource"
            model: [ { key: "seen", name: qsTr("Seen by me") },
                     { key: "told-by-person", name: qsTr("Told by the person") },
                     { key: "told-by-other", name: qsTr("Told by someone else") } ]
            currentKey: dialog.source
            onChosen: key => dialog.source = key
        }
        FieldLabel { text: qsTr("Note") }
        TextField {
            id: noteField
            objectName: "signNoteField"
            Layout.fillWidth: true
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("Note")
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                Layout.fillWidth: true
                objectName: "signNoteCancel"
                text: qsTr("Cancel")
                flat: true
                implicitHeight: Theme.touchTarget
                Accessible.name: text
                onClicked: dialog.close()
            }
            Button {
                Layout.fillWidth: true
                objectName: "signNoteSave"
                text: qsTr("Save")
                highlighted: true
                Material.elevation: 0
                Material.accent: Theme.buttonColor
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Save the note")
                onClicked: {
                    if (FieldController.setSignDetails(dialog.indicatorId, noteField.text, dialog.source))
                        dialog.close()
                }
            }
        }
    }
}
