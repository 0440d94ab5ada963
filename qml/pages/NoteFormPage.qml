import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// A new note under a keyword (sökord). Protected keywords carry a lock; any note can be
// marked protected by hand.
DetailPage {
    id: page
    objectName: "noteFormPage"
    namePrefix: "noteForm"
    title: qsTr("Add note")
    property string keywordId
    property bool keywordProtected: keywordId.length > 0 && FieldController.keywordIsProtected(keywordId)

    Component.onCompleted: FieldController.clearMessage()

    ScrollingColumn {
        anchors.fill: parent

        FieldLabel { text: qsTr("Keyword") }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.smallSpacing
            // qmllint disable unqualified
            Repeater {
                model: FieldController.keywordOptions
                delegate: Button {
                    required property var modelData
                    objectName: "keyword_" + modelData.key
                    text: (modelData.isProtected ? "\ud83d\udd12 " : "") + modelData.name
                    checkable: true
                    checked: page.keywordId === modelData.key
                    highlighted: checked
                    Material.elevation: 0
                    Material.accent: Theme.buttonColor
                    font.pixelSize: Theme.bodySize
                    implicitHeight: Theme.touchTarget
                    Accessible.name: modelData.name + (modelData.isProtected ? ", " + qsTr("protected keyword") : "")
                    onClicked: page.keywordId = modelData.key
                }
            }
            // qmllint enable unqualified
        }
        Label {
            objectName: "noteKeywordProtected"
            Layout.fillWidth: true
            visible: page.keywordProtected
            text: qsTr("Notes under this keyword are protected: shown only as a masked row until revealed with a passcode.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodySize
            color: Theme.secondaryText
        }
        FieldLabel { text: qsTr("Note") }
        TextArea {
            id: noteText
            objectName: "noteTextField"
            Layout.fillWidth: true
            Layout.minimumHeight: 140
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("Note text")
        }
        CheckBox {
            id: protect
            objectName: "noteProtectedByHand"
            text: qsTr("Mark protected")
            checked: page.keywordProtected
            enabled: !page.keywordProtected
            font.pixelSize: Theme.bodySize
            implicitHeight: Theme.touchTarget
            Accessible.name: qsTr("Mark this note protected")
        }
        StatusText {
            objectName: "noteFormMessage"
            kind: "error"
            text: FieldController.message
        }
        ActionButton {
            objectName: "noteSaveButton"
            text: qsTr("Save note")
            Accessible.name: text
            onClicked: {
                if (FieldController.addNote(page.keywordId, noteText.text, protect.checked && !page.keywordProtected).length > 0) {
                    noteText.text = ""
                    page.done()
                }
            }
        }
    }
}
