import QtQuick
import QtTest
import Lots

// SettingsPage: theme, lock timeout and language apply at once; passcode change.
Item {
    id: root
    width: 800
    height: 2400

    Component {
        id: settingsComponent
        SettingsPage {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "SettingsPage"
        when: windowShown

        function initTestCase() {
            verify(AppController.setup("other", "Desk", "11223344", "11223344"))
            tryCompare(AppController, "state", AppController.Unlocked, 10000)
        }

        function test_1_theme_switch() {
            const page = createTemporaryObject(settingsComponent, root)
            mouseClick(findChild(page, "theme_dark"))
            compare(SettingsController.theme, "dark")
            verify(SettingsController.darkTheme)
            mouseClick(findChild(page, "theme_light"))
            compare(SettingsController.theme, "light")
            verify(!SettingsController.darkTheme)
        }

        function test_2_lock_timeout() {
            const page = createTemporaryObject(settingsComponent, root)
            compare(SettingsController.lockTimeoutSeconds, 120)
            verify(findChild(page, "lockTimeout_120").checked)
            mouseClick(findChild(page, "lockTimeout_300"))
            compare(SettingsController.lockTimeoutSeconds, 300)
        }

        function test_3_language_switch_retranslates() {
            const page = createTemporaryObject(settingsComponent, root)
            compare(page.title, "Settings")
            mouseClick(findChild(page, "language_sv"))
            compare(SettingsController.effectiveLanguage, "sv")
            compare(page.title, "Inställningar")
            mouseClick(findChild(page, "language_en"))
            compare(page.title, "Settings")
        }

        function test_4_change_passcode() {
            const page = createTemporaryObject(settingsComponent, root)
            const message = findChild(page, "settingsPasscodeMessage")
            findChild(page, "settingsOldPasscode").text = "11223344"
            findChild(page, "settingsNewPasscode").text = "55667788"
            findChild(page, "settingsNewConfirmation").text = "55667789"
            mouseClick(findChild(page, "settingsChangePasscodeButton"))
            verify(message.text.indexOf("not the same") > 0, message.text)
            compare(findChild(page, "settingsNewPasscode").text, "")

            findChild(page, "settingsOldPasscode").text = "11223344"
            findChild(page, "settingsNewPasscode").text = "55667788"
            findChild(page, "settingsNewConfirmation").text = "55667788"
            mouseClick(findChild(page, "settingsChangePasscodeButton"))
            verify(message.text.indexOf("Passcode changed") === 0, message.text)

            AppController.lock()
            verify(AppController.unlock("55667788"))
            tryCompare(AppController, "state", AppController.Unlocked, 10000)
        }
    }
}
