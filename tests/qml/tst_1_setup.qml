import QtQuick
import QtTest
import Lots

// SetupPage: each bad input gets its own message; a good one unlocks.
Item {
    id: root
    width: 800
    height: 1600

    Component {
        id: setupComponent
        SetupPage {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "SetupPage"
        when: windowShown

        function fill(page, role, name, pass, again) {
            if (role.length > 0)
                mouseClick(findChild(page, "setupRole_" + role))
            findChild(page, "setupDeviceName").text = name
            findChild(page, "setupPasscode").text = pass
            findChild(page, "setupConfirmation").text = again
            mouseClick(findChild(page, "setupButton"))
        }

        function test_1_validation_messages() {
            compare(AppController.state, AppController.NeedsSetup)
            const page = createTemporaryObject(setupComponent, root)
            verify(page)
            const message = findChild(page, "setupMessage")

            fill(page, "", "Car 3", "123456", "123456")
            compare(message.text, "Choose your role.")
            verify(message.visible)

            fill(page, "police", "   ", "123456", "123456")
            verify(message.text.indexOf("Give this device a name") === 0, message.text)

            fill(page, "police", "Car 3", "12", "12")
            verify(message.text.length > 0)
            verify(message.text.indexOf("name") < 0, message.text)

            fill(page, "police", "Car 3", "123456", "123457")
            compare(message.text, "The two passcodes are not the same. Type the passcode again.")
            // The passcode fields are cleared after every attempt.
            compare(findChild(page, "setupPasscode").text, "")
            compare(findChild(page, "setupConfirmation").text, "")
            compare(AppController.state, AppController.NeedsSetup)
        }

        function test_2_every_role_is_offered() {
            const page = createTemporaryObject(setupComponent, root)
            for (const key of ["police", "health-care", "social-services", "prosecutor",
                               "migration-agency", "regional-coordinator", "other"])
                verify(findChild(page, "setupRole_" + key), key)
        }

        function test_3_setup_unlocks() {
            const page = createTemporaryObject(setupComponent, root)
            fill(page, "health-care", "Ward tablet 2", "24681357", "24681357")
            tryCompare(AppController, "state", AppController.Unlocked, 10000)
            compare(AppController.deviceName, "Ward tablet 2")
            compare(findChild(page, "setupMessage").text, "")
            AppController.lock()
            compare(AppController.state, AppController.Locked)
        }
    }
}
