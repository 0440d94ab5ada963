import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// One injury on a phone (on a tablet the form sits beside the body map).
DetailPage {
    id: page
    objectName: "injuryFormPage"
    namePrefix: "injuryForm"
    property string injuryId
    property int number: 0
    title: qsTr("Injury %1").arg(number)

    // Leaving this page returns to the body map, which keeps what it showed.
    concealOnDeactivate: false
    concealOnDestruction: false

    ScrollingColumn {
        anchors.fill: parent
        InjuryForm {
            Layout.fillWidth: true
            injuryId: page.injuryId
            number: page.number
            onSaved: page.done()
        }
    }
}
