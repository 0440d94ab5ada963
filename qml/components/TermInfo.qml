import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// A small "i" next to a Swedish professional term: one tap shows the plain meaning from the
// guidance's word list. term: the Swedish term ("orosanmälan").
RoundButton {
    id: info

    property string term
    readonly property string meaning: AcuteController.glossaryMeaning(info.term)
    readonly property string english: AcuteController.glossaryTerm(info.term)

    objectName: "termInfo_" + term
    visible: meaning.length > 0
    implicitWidth: Theme.touchTarget
    implicitHeight: Theme.touchTarget
    flat: true
    text: "i"
    font.pixelSize: Theme.bodySize
    font.bold: true
    font.italic: true
    font.capitalization: Font.MixedCase
    Material.elevation: 0
    Accessible.name: qsTr("What does \"%1\" mean?").arg(term)
    onClicked: popup.open()

    Popup {
        id: popup
        objectName: "termPopup_" + info.term
        parent: Overlay.overlay
        x: Math.round((parent.width - width) / 2)
        y: Math.round((parent.height - height) / 3)
        width: Math.min(parent.width - 2 * Theme.margin, Theme.formMaxWidth)
        modal: true
        focus: true
        padding: Theme.margin
        Material.elevation: 0
        background: Rectangle {
            color: Theme.dark ? "#262a29" : "#ffffff"
            border.color: Theme.cardBorder
            radius: 8
        }

        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: Theme.smallSpacing
            Label {
                Layout.fillWidth: true
                text: info.term
                font.pixelSize: Theme.headingSize
                font.bold: true
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: info.english.length > 0
                text: qsTr("In English: %1").arg(info.english)
                font.pixelSize: Theme.bodySize
                color: Theme.secondaryText
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "termMeaning_" + info.term
                Layout.fillWidth: true
                text: info.meaning
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
            }
            Button {
                objectName: "termClose_" + info.term
                Layout.alignment: Qt.AlignRight
                implicitHeight: Theme.touchTarget
                flat: true
                text: qsTr("Close")
                font.pixelSize: Theme.bodySize
                Accessible.name: qsTr("Close")
                onClicked: popup.close()
            }
        }
    }
}
