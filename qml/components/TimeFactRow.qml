import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// A moment the plan needs (report of concern received, reflection period started,
// decided to take part): record it now or at a given time, or take it back.
ColumnLayout {
    id: fact

    property string factKey
    property string label
    property string valueText
    property string term

    Layout.fillWidth: true
    spacing: 4

    RowLayout {
        Layout.fillWidth: true
        FieldLabel {
            text: fact.label
        }
        TermInfo {
            term: fact.term
        }
    }
    Label {
        objectName: "fact_" + fact.factKey + "_value"
        Layout.fillWidth: true
        text: fact.valueText.length > 0 ? qsTr("Recorded: %1").arg(fact.valueText) : qsTr("Not recorded")
        font.pixelSize: Theme.bodySize
        color: fact.valueText.length > 0 ? Material.foreground : Theme.secondaryText
        wrapMode: Text.Wrap
    }
    RowLayout {
        Layout.fillWidth: true
        visible: fact.valueText.length === 0
        TextField {
            id: time
            objectName: "fact_" + fact.factKey + "_time"
            Layout.fillWidth: true
            placeholderText: qsTr("Now, or 14:05")
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("Time: %1").arg(fact.label)
        }
        Button {
            objectName: "fact_" + fact.factKey + "_record"
            implicitHeight: Theme.touchTarget + 8
            text: qsTr("Record")
            font.pixelSize: Theme.bodySize
            highlighted: true
            Material.elevation: 0
            Material.accent: Theme.buttonColor
            Accessible.name: qsTr("Record: %1").arg(fact.label)
            onClicked: {
                if (AcuteController.recordTime(fact.factKey, time.text))
                    time.text = ""
            }
        }
    }
    Button {
        objectName: "fact_" + fact.factKey + "_clear"
        visible: fact.valueText.length > 0
        implicitHeight: Theme.touchTarget
        flat: true
        text: qsTr("Recorded by mistake: take back")
        font.pixelSize: Theme.bodySize
        Accessible.name: qsTr("Take back: %1").arg(fact.label)
        onClicked: AcuteController.clearTime(fact.factKey)
    }
}
