import QtQuick
import QtQuick.Controls.Material
import Lots

// Wide screens (>= 840): the case list on the left, the open case (or new case, or
// settings) on the right.
Item {
    id: layout
    objectName: "tabletLayout"

    CaseListPage {
        id: list
        width: Theme.listPaneWidth
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        onCaseChosen: caseId => {
            if (CaseController.openCase(caseId))
                detail.replace(null, casePage)
        }
        onNewCaseRequested: detail.replace(null, newCasePage)
        onSettingsRequested: detail.replace(null, settingsPage)
    }

    Rectangle {
        id: divider
        anchors.left: list.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: 1
        color: Theme.cardBorder
    }

    StackView {
        id: detail
        objectName: "tabletDetail"
        anchors.left: divider.right
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        initialItem: CaseController.hasCase ? casePage : placeholder
    }

    // The Qt 6.4 linter does not see outer ids inside a Component (fixed in 6.5).
    // qmllint disable unqualified
    Component {
        id: placeholder
        NoCasePage {}
    }
    Component {
        id: casePage
        CasePage {
            showBack: false
            showLock: false // the list pane has the lock button
        }
    }
    Component {
        id: newCasePage
        NewCasePage {
            showBack: true
            showLock: false
            onBackRequested: detail.replace(null, CaseController.hasCase ? casePage : placeholder)
            onCreated: detail.replace(null, casePage)
        }
    }
    Component {
        id: settingsPage
        SettingsPage {
            showLock: false
            onBackRequested: detail.replace(null, CaseController.hasCase ? casePage : placeholder)
        }
    }
    // qmllint enable unqualified
}
