import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// Notes under keywords. A protected note is a masked row (lock + keyword) until revealed
// with the passcode.
SectionBox {
    id: section
    objectName: "section_notes"
    title: qsTr("Notes")
    signal addRequested
    signal revealRequested(string itemId, string name)
    signal historyRequested(string recordId, string name)

    Label {
        objectName: "section_notes_empty"
        Layout.fillWidth: true
        visible: FieldController.notes.count === 0
        text: qsTr("No notes recorded yet.")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.bodySize
    }
    // qmllint disable unqualified
    Repeater {
        model: FieldController.notes
        delegate: ColumnLayout {
            id: row
            required property int index
            required property string noteId
            required property bool masked
            required property bool isProtected
            required property string title
            required property string text
            required property string personLabel
            required property string whenText
            required property string changesText
            required property string positionText
            Layout.fillWidth: true
            spacing: 2

            MaskedRow {
                objectName: "noteMasked_" + row.index
                visible: row.masked
                maskText: row.title
                onClicked: section.revealRequested(row.noteId, row.title)
            }
            RowLayout {
                visible: !row.masked
                Layout.fillWidth: true
                LockIcon {
                    visible: row.isProtected
                }
                Label {
                    objectName: "noteTitle_" + row.index
                    Layout.fillWidth: true
                    text: row.title + (row.personLabel.length > 0 ? " \u00b7 " + row.personLabel : "")
                    font.bold: true
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }
            }
            Label {
                objectName: "noteText_" + row.index
                visible: !row.masked
                Layout.fillWidth: true
                text: row.masked ? "" : row.text
                wrapMode: Text.Wrap
                font.pixelSize: Theme.bodySize
            }
            Label {
                objectName: "notePosition_" + row.index
                Layout.fillWidth: true
                text: row.whenText + " \u00b7 " + row.positionText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.bodySize - 2
                color: Theme.secondaryText
            }
            ChangesLink {
                namePrefix: "note_" + row.index
                changesText: row.changesText
                onClicked: section.historyRequested(row.noteId, row.title)
            }
        }
    }
    // qmllint enable unqualified
    Button {
        objectName: "addNoteButton"
        text: qsTr("Add note")
        flat: true
        font.pixelSize: Theme.bodySize
        implicitHeight: Theme.touchTarget
        Accessible.name: qsTr("Add a note under a keyword")
        onClicked: section.addRequested()
    }
}
