import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// Add or amend a person: a pseudonymous label (never a personal identity number), age,
// gender, languages, pregnancy, children in the picture, another country.
DetailPage {
    id: page
    objectName: "personFormPage"
    namePrefix: "personForm"
    property string personId // empty: a new person
    property var details: ({})
    property var children: []

    title: personId.length > 0 ? qsTr("Amend person") : qsTr("Add person")

    Component.onCompleted: {
        FieldController.clearMessage()
        if (personId.length > 0) {
            details = FieldController.personDetails(personId)
            children = details.children || []
        } else {
            details = { ageGroup: "unknown", gender: "unknown", pregnant: "unknown",
                        livesInAnotherCountry: "unknown", interpreterNeeded: false }
        }
        label.text = details.label || ""
        age.text = details.estimatedAge !== undefined && details.estimatedAge !== null
                   ? String(details.estimatedAge) : ""
        languages.text = (details.languages || []).join(", ")
        country.text = details.country || ""
    }

    function set(key, value) {
        const d = Object.assign({}, page.details)
        d[key] = value
        page.details = d
    }
    function setChild(index, key, value) {
        const list = page.children.slice()
        const c = Object.assign({}, list[index])
        c[key] = value
        list[index] = c
        page.children = list
    }
    function save() {
        const d = Object.assign({}, page.details)
        d.label = label.text.trim()
        d.estimatedAge = age.text.length > 0 ? parseInt(age.text) : null
        d.languages = languages.text.split(",").map(s => s.trim()).filter(s => s.length > 0)
        d.country = country.text.trim()
        d.children = page.children
        const ok = page.personId.length > 0 ? FieldController.amendPerson(page.personId, d)
                                            : FieldController.addPerson(d).length > 0
        if (ok)
            page.done()
    }

    ScrollingColumn {
        anchors.fill: parent

        FieldLabel { text: qsTr("Label (a pseudonym, no name or ID number)") }
        TextField {
            id: label
            objectName: "personLabelField"
            Layout.fillWidth: true
            placeholderText: qsTr("e.g. Woman A, Person in the kitchen")
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("Label")
        }
        FieldLabel { text: qsTr("Age") }
        ChoiceList {
            namePrefix: "personAge"
            model: [ { key: "child", name: qsTr("Child under 18") },
                     { key: "adult", name: qsTr("Adult") },
                     { key: "unknown", name: qsTr("Unknown") } ]
            currentKey: page.details.ageGroup
            onChosen: key => page.set("ageGroup", key)
        }
        TextField {
            id: age
            objectName: "personEstimatedAge"
            Layout.fillWidth: true
            placeholderText: qsTr("Estimated age in years (optional)")
            inputMethodHints: Qt.ImhDigitsOnly
            validator: IntValidator { bottom: 0; top: 120 }
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("Estimated age in years")
        }
        FieldLabel { text: qsTr("Gender") }
        ChoiceList {
            namePrefix: "personGender"
            model: [ { key: "female", name: qsTr("Female") }, { key: "male", name: qsTr("Male") },
                     { key: "other", name: qsTr("Other") }, { key: "unknown", name: qsTr("Unknown") } ]
            currentKey: page.details.gender
            onChosen: key => page.set("gender", key)
        }
        FieldLabel { text: qsTr("Languages") }
        TextField {
            id: languages
            objectName: "personLanguages"
            Layout.fillWidth: true
            placeholderText: qsTr("e.g. Romanian, English")
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("Languages, separated by commas")
        }
        CheckBox {
            objectName: "personInterpreter"
            text: qsTr("Needs an interpreter")
            checked: page.details.interpreterNeeded === true
            font.pixelSize: Theme.bodySize
            implicitHeight: Theme.touchTarget
            Accessible.name: text
            onToggled: page.set("interpreterNeeded", checked)
        }
        FieldLabel { text: qsTr("Pregnant") }
        ChoiceList {
            namePrefix: "personPregnant"
            model: [ { key: "yes", name: qsTr("Yes") }, { key: "no", name: qsTr("No") },
                     { key: "unknown", name: qsTr("Unknown") } ]
            currentKey: page.details.pregnant
            onChosen: key => page.set("pregnant", key)
        }
        FieldLabel { text: qsTr("Children in the picture") }
        Label {
            Layout.fillWidth: true
            text: qsTr("Any child in the picture means a report of concern (orosanmälan) to social services.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodySize
            color: Theme.secondaryText
        }
        // qmllint disable unqualified
        Repeater {
            model: page.children
            delegate: ColumnLayout {
                id: childRow
                required property int index
                required property var modelData
                Layout.fillWidth: true
                Label {
                    text: qsTr("Child %1").arg(childRow.index + 1)
                    font.bold: true
                    font.pixelSize: Theme.bodySize
                }
                CheckBox {
                    objectName: "childOwn_" + childRow.index
                    text: qsTr("The person's own child")
                    checked: childRow.modelData.own !== false
                    font.pixelSize: Theme.bodySize
                    Accessible.name: text
                    onToggled: page.setChild(childRow.index, "own", checked)
                }
                ChoiceList {
                    namePrefix: "childAtAddress_" + childRow.index
                    model: [ { key: "full-time", name: qsTr("Lives there full time") },
                             { key: "part-time", name: qsTr("Lives there part time") },
                             { key: "no", name: qsTr("Does not live there") },
                             { key: "unknown", name: qsTr("Unknown") } ]
                    currentKey: childRow.modelData.atAddress || "unknown"
                    onChosen: key => page.setChild(childRow.index, "atAddress", key)
                }
            }
        }
        // qmllint enable unqualified
        Button {
            objectName: "addChildInPicture"
            text: qsTr("Add a child in the picture")
            flat: true
            font.pixelSize: Theme.bodySize
            implicitHeight: Theme.touchTarget
            Accessible.name: text
            onClicked: page.children = page.children.concat([{ own: true, atAddress: "unknown",
                                                              estimatedAge: null }])
        }
        FieldLabel { text: qsTr("Lives in another country") }
        ChoiceList {
            namePrefix: "personAbroad"
            model: [ { key: "yes", name: qsTr("Yes") }, { key: "no", name: qsTr("No") },
                     { key: "unknown", name: qsTr("Unknown") } ]
            currentKey: page.details.livesInAnotherCountry
            onChosen: key => page.set("livesInAnotherCountry", key)
        }
        TextField {
            id: country
            objectName: "personCountry"
            visible: page.details.livesInAnotherCountry === "yes"
            Layout.fillWidth: true
            placeholderText: qsTr("Which country")
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("Country")
        }
        StatusText {
            objectName: "personFormMessage"
            kind: "error"
            text: FieldController.message
        }
        ActionButton {
            objectName: "personSaveButton"
            text: qsTr("Save person")
            Accessible.name: text
            onClicked: page.save()
        }
    }
}
