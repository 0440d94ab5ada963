import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// One view (front or back) of the body map: the SVG figure, the person's left and right
// written on it, and the numbered markers of the selected person's injuries. A tap on the
// figure gives the point normalised to the figure's box (0..1, x from the viewer's left).
Item {
    id: fig
    property string view: "front"
    property string figure: "adult"
    signal placed(real x, real y)
    signal markerTapped(string injuryId, int number)

    // The figure's box: where the SVG is painted inside the image item.
    readonly property real boxX: image.x + (image.width - image.paintedWidth) / 2
    readonly property real boxY: image.y + (image.height - image.paintedHeight) / 2
    readonly property real boxWidth: image.paintedWidth
    readonly property real boxHeight: image.paintedHeight
    readonly property bool front: view === "front"

    implicitWidth: 240
    implicitHeight: 520

    Label {
        id: heading
        objectName: "bodyHeading_" + fig.view
        anchors.top: parent.top
        anchors.horizontalCenter: parent.horizontalCenter
        text: fig.front ? qsTr("Front (facing you)") : qsTr("Back")
        font.pixelSize: Theme.bodySize
        font.bold: true
    }

    Image {
        id: image
        objectName: "bodyImage_" + fig.view
        anchors.top: heading.bottom
        anchors.topMargin: 4
        anchors.bottom: sides.top
        anchors.bottomMargin: 4
        anchors.left: parent.left
        anchors.right: parent.right
        source: "qrc:/qt/qml/Lots/images/body-" + fig.figure + "-" + fig.view + ".svg"
        sourceSize.height: Math.max(1, height * 2)
        fillMode: Image.PreserveAspectFit
        smooth: true
        Accessible.role: Accessible.Graphic
        Accessible.name: fig.front ? qsTr("Body, front view") : qsTr("Body, back view")
    }

    MouseArea {
        id: tapArea
        objectName: "bodyTap_" + fig.view
        x: fig.boxX
        y: fig.boxY
        width: fig.boxWidth
        height: fig.boxHeight
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Tap the body to mark an injury")
        onClicked: mouse => fig.placed(mouse.x / width, mouse.y / height)
    }

    // The person's own sides: on the front view the person's right is on the viewer's left.
    RowLayout {
        id: sides
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        Label {
            objectName: "bodySideLeftOfViewer_" + fig.view
            Layout.fillWidth: true
            text: "\u2190 " + (fig.front ? qsTr("person's right") : qsTr("person's left"))
            font.pixelSize: Theme.bodySize - 3
            font.bold: true
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "bodySideRightOfViewer_" + fig.view
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignRight
            text: (fig.front ? qsTr("person's left") : qsTr("person's right")) + " \u2192"
            font.pixelSize: Theme.bodySize - 3
            font.bold: true
            wrapMode: Text.Wrap
        }
    }

    // qmllint disable unqualified
    Repeater {
        model: FieldController.injuries
        delegate: Rectangle {
            id: marker
            required property string injuryId
            required property int number
            required property bool masked
            required property string markerView
            required property real markerX
            required property real markerY
            objectName: "bodyMarker_" + markerView + "_" + number
            visible: !masked && markerView === fig.view
            // The centre sits on the stored point; 48 wide for a gloved thumb.
            x: fig.boxX + markerX * fig.boxWidth - width / 2
            y: fig.boxY + markerY * fig.boxHeight - height / 2
            width: Theme.touchTarget
            height: Theme.touchTarget
            radius: width / 2
            color: Theme.buttonColor
            border.color: "#ffffff"
            border.width: 2
            Label {
                anchors.centerIn: parent
                text: marker.number
                color: "#ffffff"
                font.pixelSize: Theme.headingSize
                font.bold: true
            }
            MouseArea {
                objectName: "bodyMarkerTap_" + marker.markerView + "_" + marker.number
                anchors.fill: parent
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Injury %1").arg(marker.number)
                onClicked: fig.markerTapped(marker.injuryId, marker.number)
            }
        }
    }
    // qmllint enable unqualified
}
