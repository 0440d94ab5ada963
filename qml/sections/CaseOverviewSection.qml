import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// Top of the case page: who is in the case (children marked), how much is recorded, how
// many items are protected (never what), the last change and what is still missing.
SectionBox {
    id: section
    objectName: "section_overview"
    title: qsTr("Overview")

    RowLayout {
        Layout.fillWidth: true
        visible: FieldController.hasChild
        ChildBadge {
            namePrefix: "overviewChild"
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("A child is in this case.")
            font.pixelSize: Theme.bodySize
            font.bold: true
            wrapMode: Text.Wrap
        }
    }
    Label {
        objectName: "overviewPersons"
        Layout.fillWidth: true
        text: FieldController.overviewPersonsText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.bodySize
    }
    Label {
        objectName: "overviewSigns"
        Layout.fillWidth: true
        text: FieldController.overviewSignsText + " \u00b7 " + FieldController.overviewInjuriesText
              + " \u00b7 " + FieldController.overviewNotesText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.bodySize
    }
    RowLayout {
        Layout.fillWidth: true
        LockIcon {}
        Label {
            objectName: "overviewProtected"
            Layout.fillWidth: true
            text: FieldController.overviewProtectedText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodySize
        }
    }
    Label {
        objectName: "overviewLastChange"
        Layout.fillWidth: true
        text: FieldController.overviewLastChangeText
        color: Theme.secondaryText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.bodySize
    }
    Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.smallSpacing
        visible: FieldController.overviewMissing.length > 0
        text: qsTr("Still missing:")
        font.bold: true
        font.pixelSize: Theme.bodySize
    }
    Repeater {
        model: FieldController.overviewMissing
        delegate: Label {
            required property string modelData
            required property int index
            objectName: "overviewMissing_" + index
            Layout.fillWidth: true
            text: "\u2022 " + modelData
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodySize
            color: Theme.warningText
        }
    }
}
