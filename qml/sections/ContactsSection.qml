import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// Whom to call, offline: the coordinator for the case's age group first, then the other
// coordinator, the support line and 112. One tap calls or writes.
Pane {
    id: section
    objectName: "section_contacts"

    property string title: qsTr("Contacts")
    Layout.fillWidth: true
    padding: Theme.margin
    Material.background: "transparent"
    Material.elevation: 0
    background: Rectangle {
        color: "transparent"
        border.color: Theme.cardBorder
        radius: 8
    }
    Accessible.role: Accessible.Grouping
    Accessible.name: title

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.smallSpacing

        Label {
            Layout.fillWidth: true
            text: section.title
            font.pixelSize: Theme.headingSize
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        StatusText {
            objectName: "contactsMessage"
            kind: "error"
            text: ContactsController.message
        }

        Repeater {
            objectName: "contactsRepeater"
            model: ContactsController.contacts
            delegate: ColumnLayout {
                id: contact
                required property int index
                required property string contactId
                required property string name
                required property string role
                required property string email
                required property string mailto
                required property var phones
                required property bool offeredFirst
                objectName: "contact_" + index
                Layout.fillWidth: true
                Layout.topMargin: index > 0 ? Theme.smallSpacing : 0
                spacing: 2

                Label {
                    objectName: "contactName_" + contact.index
                    Layout.fillWidth: true
                    text: contact.name
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: contact.offeredFirst ? qsTr("%1 (for this case)").arg(contact.role) : contact.role
                    font.pixelSize: Theme.bodySize
                    color: Theme.secondaryText
                    wrapMode: Text.Wrap
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.smallSpacing
                    // The Qt 6.4 linter does not see outer ids inside a delegate (fixed in 6.5).
                    // qmllint disable unqualified
                    Repeater {
                        model: contact.phones
                        delegate: Button {
                            id: phone
                            required property var modelData
                            required property int index
                            objectName: "contactCall_" + contact.contactId + "_" + index
                            implicitHeight: Theme.touchTarget + 8
                            text: qsTr("Call %1").arg(phone.modelData.display)
                                  + (phone.modelData.label.length > 0 ? " (" + phone.modelData.label + ")" : "")
                            font.pixelSize: Theme.bodySize
                            highlighted: contact.offeredFirst || contact.contactId === "emergency"
                            Material.elevation: 0
                            Material.accent: Theme.buttonColor
                            Accessible.name: qsTr("Call %1, %2").arg(contact.name).arg(phone.modelData.display)
                            onClicked: ContactsController.call(phone.modelData.tel)
                        }
                    }
                    // qmllint enable unqualified
                    Button {
                        objectName: "contactWrite_" + contact.contactId
                        visible: contact.mailto.length > 0
                        implicitHeight: Theme.touchTarget + 8
                        text: qsTr("Write an e-mail")
                        font.pixelSize: Theme.bodySize
                        flat: true
                        Material.elevation: 0
                        Accessible.name: qsTr("Write an e-mail to %1").arg(contact.name)
                        onClicked: ContactsController.write(contact.mailto)
                    }
                }
            }
        }
    }
}
