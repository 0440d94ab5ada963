pragma Singleton
import QtQuick
import Lots

// Sizes and colours shared by every page. Text sizes are at least 16 (body), touch targets
// at least 48. Colours meet WCAG AA on the Material light and dark backgrounds.
QtObject {
    readonly property bool dark: SettingsController.darkTheme

    readonly property int bodySize: 16
    readonly property int headingSize: 20
    readonly property int titleSize: 24
    readonly property int touchTarget: 48
    readonly property int spacing: 16
    readonly property int smallSpacing: 8
    readonly property int margin: 16
    readonly property int formMaxWidth: 560
    readonly property int wideBreakpoint: 840
    readonly property int listPaneWidth: 380

    readonly property color primary: dark ? "#80cbc4" : "#00695c"
    readonly property color accent: dark ? "#80cbc4" : "#00695c"
    // Filled buttons: the same dark teal in both themes, so white text keeps 6:1 contrast.
    readonly property color buttonColor: "#00695c"
    readonly property color onAccent: dark ? "#00201c" : "#ffffff"
    readonly property color secondaryText: dark ? "#c4c7c5" : "#444746"
    readonly property color errorText: dark ? "#ffb4ab" : "#b3261e"
    readonly property color warningText: dark ? "#ffcc80" : "#8a4b00"
    readonly property color cardBackground: dark ? "#262a29" : "#f2f5f4"
    readonly property color cardBorder: dark ? "#3d4442" : "#d5dbd9"
    readonly property color selectedBackground: dark ? "#1f3d3a" : "#d7eeeb"
}
