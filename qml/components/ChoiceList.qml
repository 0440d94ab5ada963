import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// One choice out of a few, as large radio buttons. model: a list of {key, name} (or
// {seconds, name} with keyRole "seconds").
ColumnLayout {
    id: choices

    property var model: []
    property string keyRole: "key"
    property var currentKey
    property string namePrefix: "choice"
    signal chosen(var key)

    Layout.fillWidth: true
    spacing: 0

    ButtonGroup { id: group }

    // The Qt 6.4 linter does not see outer ids inside a delegate (fixed in 6.5).
    // qmllint disable unqualified
    Repeater {
        model: choices.model
        delegate: RadioButton {
            required property var modelData
            objectName: choices.namePrefix + "_" + modelData[choices.keyRole]
            Layout.fillWidth: true
            implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
            text: modelData.name
            leftPadding: 0
            font.pixelSize: Theme.bodySize
            checked: modelData[choices.keyRole] === choices.currentKey
            ButtonGroup.group: group
            Accessible.name: modelData.name
            onClicked: choices.chosen(modelData[choices.keyRole])
        }
    }
    // qmllint enable unqualified
}
