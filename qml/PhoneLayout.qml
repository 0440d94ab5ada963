import QtQuick
import QtQuick.Controls.Material
import Lots

// Narrow screens: one column. Case list -> case page, new case and settings on top.
StackView {
    id: stack
    objectName: "phoneStack"

    function openCase() {
        stack.push(casePage)
    }

    initialItem: CaseListPage {
        onCaseChosen: caseId => {
            if (CaseController.openCase(caseId))
                stack.openCase()
        }
        onNewCaseRequested: stack.push(newCasePage)
        onSettingsRequested: stack.push(settingsPage)
    }

    Component.onCompleted: {
        if (CaseController.hasCase)
            stack.push(casePage, {}, StackView.Immediate)
    }

    // The Qt 6.4 linter does not see outer ids inside a Component (fixed in 6.5).
    // qmllint disable unqualified
    Component {
        id: casePage
        CasePage {
            onBackRequested: {
                CaseController.closeCase()
                stack.pop()
            }
        }
    }
    Component {
        id: newCasePage
        NewCasePage {
            onBackRequested: stack.pop()
            onCreated: stack.replace(casePage)
        }
    }
    Component {
        id: settingsPage
        SettingsPage {
            onBackRequested: stack.pop()
        }
    }
    // qmllint enable unqualified
}
