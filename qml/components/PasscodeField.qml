import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Lots

// A passcode field: masked, no predictions, no spell check. Callers clear it right after
// handing the text to a controller.
TextField {
    Layout.fillWidth: true
    Layout.minimumHeight: Theme.touchTarget + 8
    echoMode: TextInput.Password
    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase // qmllint disable type property
                      | Qt.ImhHiddenText // qmllint disable type property
    font.pixelSize: Theme.bodySize
}
