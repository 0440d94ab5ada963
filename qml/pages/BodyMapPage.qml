import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// The body map of the selected person: front and back side by side on a wide screen
// (with the injury form beside them), switchable on a phone. Tapping the body places a
// numbered marker; tapping a marker opens that injury; the list below follows the numbers.
DetailPage {
    id: page
    objectName: "bodyMapPage"
    namePrefix: "bodyMap"
    concealOnDeactivate: false // the injury form and history are part of this page
    title: qsTr("Body map: %1").arg(FieldController.personLabel)

    readonly property bool wide: width >= 700
    readonly property string figure: FieldController.figureFor(FieldController.personId)
    property string currentView: "front"
    property string selectedInjury
    property int selectedNumber: 0

    signal injuryOpened(string injuryId)

    function select(injuryId, number) {
        page.selectedNumber = number
        page.selectedInjury = injuryId
        if (!page.wide)
            page.StackView.view.push(injuryPage, { injuryId: injuryId, number: page.selectedNumber })
    }
    function place(view, x, y) {
        const id = FieldController.placeInjury(view, page.figure, x, y)
        if (id.length > 0 && page.wide)
            page.select(id, FieldController.injuries.count)
    }

    ScrollingColumn {
        id: scroll
        objectName: "bodyMapScroll"
        anchors.fill: parent
        maxWidth: 1200

        RowLayout {
            Layout.fillWidth: true
            visible: FieldController.personIsChild
            ChildBadge { namePrefix: "bodyMapPerson" }
            Label {
                Layout.fillWidth: true
                text: qsTr("Child figure")
                font.pixelSize: Theme.bodySize
            }
        }
        RevealBanner { namePrefix: "bodyMap" }
        Label {
            objectName: "bodyMapHint"
            Layout.fillWidth: true
            text: qsTr("Tap the body where the injury is. Left and right are the person's own.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodySize
        }
        TabBar {
            id: tabs
            objectName: "bodyMapViewSwitch"
            Layout.fillWidth: true
            visible: !page.wide
            currentIndex: page.currentView === "front" ? 0 : 1
            TabButton {
                objectName: "bodyMapFrontTab"
                text: qsTr("Front")
                font.pixelSize: Theme.bodySize
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Show the front of the body")
                onClicked: page.currentView = "front"
            }
            TabButton {
                objectName: "bodyMapBackTab"
                text: qsTr("Back")
                font.pixelSize: Theme.bodySize
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Show the back of the body")
                onClicked: page.currentView = "back"
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            BodyFigure {
                id: frontFigure
                objectName: "bodyFigure_front"
                view: "front"
                figure: page.figure
                visible: page.wide || page.currentView === "front"
                Layout.preferredWidth: page.wide ? 270 : -1
                Layout.fillWidth: !page.wide
                Layout.preferredHeight: page.wide ? 520 : 480
                Layout.alignment: Qt.AlignTop
                onPlaced: (x, y) => page.place("front", x, y)
                onMarkerTapped: (injuryId, number) => page.select(injuryId, number)
            }
            BodyFigure {
                id: backFigure
                objectName: "bodyFigure_back"
                view: "back"
                figure: page.figure
                visible: page.wide || page.currentView === "back"
                Layout.preferredWidth: page.wide ? 270 : -1
                Layout.fillWidth: !page.wide
                Layout.preferredHeight: page.wide ? 520 : 480
                Layout.alignment: Qt.AlignTop
                onPlaced: (x, y) => page.place("back", x, y)
                onMarkerTapped: (injuryId, number) => page.select(injuryId, number)
            }
            InjuryForm {
                objectName: "bodyMapInjuryForm"
                visible: page.wide && page.selectedInjury.length > 0
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                injuryId: page.selectedInjury
                number: page.selectedNumber
            }
            Label {
                visible: page.wide && page.selectedInjury.length === 0
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                text: qsTr("Tap the body to mark an injury, or a marker to describe it.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.bodySize
                color: Theme.secondaryText
            }
        }

        StatusText {
            objectName: "bodyMapPosition"
            text: FieldController.positionText
        }
        StatusText {
            objectName: "bodyMapMessage"
            kind: "error"
            text: FieldController.message
        }

        SectionHeading { text: qsTr("Injuries") }
        Label {
            objectName: "injuryListEmpty"
            visible: FieldController.injuries.count === 0
            Layout.fillWidth: true
            text: qsTr("No injuries recorded for this person.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodySize
        }
        Button {
            objectName: "bodyMapRevealButton"
            visible: FieldController.injuries.count > 0 && !FieldController.anyRevealed
            text: qsTr("Show protected injuries")
            flat: true
            font.pixelSize: Theme.bodySize
            implicitHeight: Theme.touchTarget
            Accessible.name: qsTr("Show the protected injuries with your passcode")
            onClicked: revealDialog.ask("person:" + FieldController.personId,
                                        qsTr("Signs and injuries of %1").arg(FieldController.personLabel))
        }
        // qmllint disable unqualified
        Repeater {
            model: FieldController.injuries
            delegate: ColumnLayout {
                id: row
                required property int index
                required property string injuryId
                required property int number
                required property bool masked
                required property string title
                required property string summary
                required property string changesText
                required property string positionText
                Layout.fillWidth: true
                spacing: 0
                MaskedRow {
                    objectName: "injuryMasked_" + row.index
                    visible: row.masked
                    maskText: row.title
                    onClicked: revealDialog.ask(row.injuryId, row.title)
                }
                ItemDelegate {
                    objectName: "injuryRow_" + row.index
                    visible: !row.masked
                    Layout.fillWidth: true
                    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
                    Accessible.name: row.title + ". " + row.summary
                    onClicked: page.select(row.injuryId, row.number)
                    contentItem: ColumnLayout {
                        spacing: 2
                        Label {
                            objectName: "injuryTitle_" + row.index
                            Layout.fillWidth: true
                            text: row.title
                            font.bold: true
                            font.pixelSize: Theme.bodySize
                            wrapMode: Text.Wrap
                        }
                        Label {
                            Layout.fillWidth: true
                            text: row.summary
                            font.pixelSize: Theme.bodySize
                            wrapMode: Text.Wrap
                        }
                    }
                }
                Label {
                    objectName: "injuryPosition_" + row.index
                    Layout.fillWidth: true
                    text: row.positionText
                    font.pixelSize: Theme.bodySize - 2
                    color: Theme.secondaryText
                    wrapMode: Text.Wrap
                }
                ChangesLink {
                    namePrefix: "injury_" + row.index
                    changesText: row.changesText
                    onClicked: page.StackView.view.push(historyPage, { recordId: row.injuryId, recordName: row.title })
                }
            }
        }
        // qmllint enable unqualified
    }

    RevealDialog {
        id: revealDialog
    }

    // qmllint disable unqualified
    Component {
        id: injuryPage
        InjuryFormPage {
            onDone: page.StackView.view.pop()
        }
    }
    Component {
        id: historyPage
        HistoryPage {
            onDone: page.StackView.view.pop()
        }
    }
    // qmllint enable unqualified
}
