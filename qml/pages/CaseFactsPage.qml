import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// The few case facts the action plan needs and nobody records elsewhere. Each choice is
// saved at once.
Page {
    id: page
    objectName: "caseFactsPage"

    property bool showBack: true
    property bool showLock: true
    signal backRequested

    title: qsTr("Case facts for the plan")

    header: PageHeader {
        namePrefix: "caseFacts"
        title: page.title
        showBack: page.showBack
        showLock: page.showLock
        onBackRequested: {
            AcuteController.clearMessage()
            page.backRequested()
        }
    }

    ScrollingColumn {
        anchors.fill: parent

        RowLayout {
            Layout.fillWidth: true
            FieldLabel {
                text: qsTr("Who leads the preliminary investigation?")
            }
            TermInfo {
                term: "förundersökningsledare"
            }
        }
        ChoiceList {
            namePrefix: "factLead"
            model: AcuteController.investigationLeadOptions
            currentKey: AcuteController.investigationLead
            onChosen: key => AcuteController.setInvestigationLead(key)
        }

        Switch {
            objectName: "factProtectionNeed"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            text: qsTr("Greater need of protection (handed over to BOPS)")
            font.pixelSize: Theme.bodySize
            checked: AcuteController.greaterProtectionNeed
            Accessible.name: text
            onToggled: AcuteController.setGreaterProtectionNeed(checked)
        }

        TimeFactRow {
            factKey: "report-received"
            label: qsTr("Report of concern received by social services")
            term: "orosanmälan"
            valueText: AcuteController.reportReceivedText
        }
        TimeFactRow {
            factKey: "reflection-started"
            label: qsTr("Reflection period started (temporary residence permit, 30 days)")
            term: "tidsbegränsat uppehållstillstånd"
            valueText: AcuteController.reflectionStartedText
        }
        TimeFactRow {
            factKey: "decided-to-take-part"
            label: qsTr("Decided to take part in the investigation")
            valueText: AcuteController.decidedToTakePartText
        }

        StatusText {
            objectName: "factsMessage"
            kind: "error"
            text: AcuteController.message
        }
    }
}
