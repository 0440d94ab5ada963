import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// One case: summary and overview on top, then the sections. Detail pages (forms, the sign
// checklist, the body map) are pushed on the StackView that shows this page (phone: the
// one column; tablet: the right pane). Revealed content is hidden again when the page is
// left.
Page {
    id: page
    objectName: "casePage"

    property bool showBack: true
    property bool showLock: true
    signal backRequested

    title: CaseController.title

    function open(component, properties) {
        const view = page.StackView.view
        if (view)
            view.push(component, properties)
    }
    function showHistory(recordId, name) {
        page.open(historyPage, { recordId: recordId, recordName: name })
    }

    StackView.onDeactivating: FieldController.concealAll()
    Component.onDestruction: FieldController.concealAll()

    header: PageHeader {
        namePrefix: "case"
        title: page.title
        showBack: page.showBack
        showLock: page.showLock
        onBackRequested: page.backRequested()
    }

    ScrollingColumn {
        id: scroller
        objectName: "caseScroll"
        anchors.fill: parent
        maxWidth: 720

        Pane {
            objectName: "caseSummary"
            Layout.fillWidth: true
            Material.background: Theme.cardBackground
            Material.elevation: 0
            padding: Theme.margin

            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: 4
                Label {
                    objectName: "caseReference"
                    Layout.fillWidth: true
                    text: CaseController.reference.length > 0
                          ? qsTr("Reference number: %1").arg(CaseController.reference)
                          : qsTr("No reference number yet")
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "caseOpenedAt"
                    Layout.fillWidth: true
                    text: CaseController.openedAtText
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "caseSaved"
                    Layout.fillWidth: true
                    text: qsTr("Saved on this device. Not synced yet.")
                    color: Theme.secondaryText
                    wrapMode: Text.Wrap
                }
            }
        }

        RevealBanner {
            namePrefix: "case"
        }

        CaseOverviewSection {}

        PersonsSection {
            onPersonRequested: personId => page.open(personForm, { personId: personId })
            onHistoryRequested: (recordId, name) => page.showHistory(recordId, name)
        }
        SignsSection {
            onSignsRequested: personId => {
                if (FieldController.selectPerson(personId))
                    page.open(signsPage, {})
            }
        }
        NotesSection {
            onAddRequested: page.open(noteForm, {})
            onRevealRequested: (itemId, name) => revealDialog.ask(itemId, name)
            onHistoryRequested: (recordId, name) => page.showHistory(recordId, name)
        }
        InjuriesSection {
            onBodyMapRequested: personId => {
                if (FieldController.selectPerson(personId))
                    page.open(bodyMapPage, {})
            }
            onKitRequested: personId => {
                if (FieldController.selectPerson(personId))
                    page.open(kitPage, {})
            }
        }
        // Acute-phase guide (H8).
        ActionPlanSection {
            onPlanRequested: page.open(actionPlanPage, {})
            onReportRequested: page.open(reportOfConcernPage, {})
            onFactsRequested: page.open(caseFactsPage, {})
            onPlacementRequested: page.open(placementPage, {})
        }
        ContactsSection {}

        RowLayout {
            Layout.fillWidth: true
            Button {
                objectName: "searchButton"
                Layout.fillWidth: true
                text: qsTr("Search all cases")
                flat: true
                font.pixelSize: Theme.bodySize
                implicitHeight: Theme.touchTarget
                Accessible.name: text
                onClicked: page.open(searchPage, {})
            }
            Button {
                objectName: "auditButton"
                Layout.fillWidth: true
                text: qsTr("Who saw protected items")
                flat: true
                font.pixelSize: Theme.bodySize
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Audit log: who saw protected items")
                onClicked: page.open(auditPage, {})
            }
        }
    }

    RevealDialog {
        id: revealDialog
    }

    // The Qt 6.4 linter does not see outer ids inside a Component (fixed in 6.5).
    // qmllint disable unqualified
    Component {
        id: personForm
        PersonFormPage {
            onDone: page.StackView.view.pop()
        }
    }
    Component {
        id: signsPage
        SignsPage {
            onDone: page.StackView.view.pop()
        }
    }
    Component {
        id: noteForm
        NoteFormPage {
            onDone: page.StackView.view.pop()
        }
    }
    Component {
        id: bodyMapPage
        BodyMapPage {
            onDone: page.StackView.view.pop()
        }
    }
    Component {
        id: kitPage
        EvidenceKitPage {
            onDone: page.StackView.view.pop()
        }
    }
    Component {
        id: historyPage
        HistoryPage {
            onDone: page.StackView.view.pop()
        }
    }
    Component {
        id: searchPage
        SearchPage {
            onDone: page.StackView.view.pop()
        }
    }
    Component {
        id: auditPage
        AuditPage {
            onDone: page.StackView.view.pop()
        }
    }
    // Acute-phase guide (H8).
    Component {
        id: actionPlanPage
        ActionPlanPage {
            onBackRequested: page.StackView.view.pop()
            onTaskChosen: taskId => page.open(taskPage, { taskId: taskId })
            onFactsRequested: page.open(caseFactsPage, {})
            onReportRequested: page.open(reportOfConcernPage, {})
        }
    }
    Component {
        id: taskPage
        TaskPage {
            onBackRequested: page.StackView.view.pop()
        }
    }
    Component {
        id: caseFactsPage
        CaseFactsPage {
            onBackRequested: page.StackView.view.pop()
        }
    }
    Component {
        id: reportOfConcernPage
        ReportOfConcernPage {
            onBackRequested: page.StackView.view.pop()
            onSaved: page.StackView.view.pop()
        }
    }
    Component {
        id: placementPage
        PlacementPage {
            onBackRequested: page.StackView.view.pop()
        }
    }
    // qmllint enable unqualified
}
