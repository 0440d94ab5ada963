import QtQuick
import QtQuick.Controls.Material
import Lots

// A page pushed from the case page: back button, title, and anything revealed on it is
// hidden again when it is left.
Page {
    id: page
    property string namePrefix: "detail"
    // A sub-page (injury form, history) belongs to the page it came from: it keeps what
    // that page revealed.
    property bool concealOnDeactivate: true
    property bool concealOnDestruction: true
    signal done

    StackView.onDeactivating: {
        if (page.concealOnDeactivate)
            FieldController.concealAll()
    }
    Component.onDestruction: {
        if (page.concealOnDestruction)
            FieldController.concealAll()
    }

    header: PageHeader {
        namePrefix: page.namePrefix
        title: page.title
        showBack: true
        showLock: page.Window.width < Theme.wideBreakpoint
        onBackRequested: page.done()
    }
}
