import QtQuick
import QtTest
import Lots

// UnlockPage: the vault's message after a wrong passcode, then a good one.
Item {
    id: root
    width: 800
    height: 1200

    Component {
        id: unlockComponent
        UnlockPage {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "UnlockPage"
        when: windowShown

        function initTestCase() {
            verify(AppController.setup("police", "Patrol car 3", "11223344", "11223344"))
            tryCompare(AppController, "state", AppController.Unlocked, 10000)
            AppController.lock()
            compare(AppController.state, AppController.Locked)
        }

        function test_1_wrong_passcode_says_tries_left() {
            const page = createTemporaryObject(unlockComponent, root)
            compare(findChild(page, "unlockTitle").text, "Lots is locked")
            const field = findChild(page, "unlockPasscode")
            field.text = "99999999"
            mouseClick(findChild(page, "unlockButton"))
            const message = findChild(page, "unlockMessage")
            tryVerify(() => message.text.length > 0, 10000)
            verify(message.text.indexOf("Wrong passcode") === 0, message.text)
            verify(message.text.indexOf("9") >= 0, message.text)
            compare(AppController.triesLeft, 9)
            compare(field.text, "")
            compare(AppController.state, AppController.Locked)
        }

        function test_2_right_passcode_unlocks() {
            const page = createTemporaryObject(unlockComponent, root)
            findChild(page, "unlockPasscode").text = "11223344"
            mouseClick(findChild(page, "unlockButton"))
            tryCompare(AppController, "state", AppController.Unlocked, 10000)
            compare(AppController.unlockMessage, "")
        }

        function test_3_throttled_shows_countdown() {
            AppController.lock()
            const page = createTemporaryObject(unlockComponent, root)
            const field = findChild(page, "unlockPasscode")
            const button = findChild(page, "unlockButton")
            // The vault waits 30 s after the 4th wrong passcode in a row.
            for (let i = 0; i < 4; ++i) {
                tryVerify(() => button.enabled, 10000)
                field.text = "00000000"
                mouseClick(button)
                tryVerify(() => !AppController.busy, 10000)
            }
            compare(AppController.state, AppController.Locked)
            verify(AppController.retryInSeconds > 20, AppController.retryInSeconds)
            verify(!button.enabled)
            verify(button.text.indexOf("Wait") === 0, button.text)
            const countdown = findChild(page, "unlockCountdown")
            verify(countdown.visible)
            verify(countdown.text.indexOf("You can try again in") === 0, countdown.text)
            compare(AppController.triesLeft, 6)
        }
    }
}
