pragma Singleton
import QtQuick

// Colours, sizes and type for a tablet used standing up, in sun or in a dim room.
QtObject {
    id: root

    readonly property string fontFamily: "Noto Sans CJK SC"

    // Sizes (px at 1280x800)
    readonly property int railWidth: 96
    readonly property int bannerHeight: 56
    readonly property int headerHeight: 64
    readonly property int touch: 48          // no control smaller than this
    readonly property int button: 56         // primary buttons
    readonly property int keypadKey: 72
    readonly property int bodySize: 18
    readonly property int smallSize: 16
    readonly property int titleSize: 26
    readonly property int bigSize: 34
    readonly property int spacing: 12
    readonly property int radius: 8

    // Surfaces
    readonly property color background: "#eef1f4"
    readonly property color surface: "#ffffff"
    readonly property color rail: "#1f2a36"
    readonly property color railText: "#dfe6ee"
    readonly property color railSelected: "#2f80ed"
    readonly property color text: "#1b1f24"
    readonly property color textMuted: "#5b6672"
    readonly property color border: "#cfd6de"
    readonly property color accent: "#1565c0"

    readonly property color onColour: "#ffffff"        // text and marks on a coloured fill
    readonly property color paper: "#ffffff"           // where a person signs
    readonly property color ink: "#14287a"             // the signature's stroke
    readonly property color buttonIdle: "#f4f5f6"      // an answer button not chosen
    readonly property color railHover: "#33475b"
    readonly property color highlightBackground: "#e3f2fd" // a row that is selected or yours
    readonly property color lockText: "#dfe6ee"
    readonly property color lockError: "#ff8a80"

    // Meaning; every colour is shown with an icon or a word as well.
    readonly property color pass: "#2e7d32"
    readonly property color fail: "#c62828"
    readonly property color unchecked: "#757575"
    readonly property color warning: "#ef6c00"
    readonly property color failBackground: "#fdecea"  // a failed answer, a past-due item
    readonly property color carriedBackground: "#fff3e0" // carried over from an earlier shift
    readonly property color emergencyDoor: "#6a1b9a"
    readonly property color storeError: "#7f0000"      // alarms are not being saved
    readonly property var priorityColors: ["#c62828", "#ef6c00", "#f9a825", "#1565c0"]

    function priorityColor(priority) {
        return priorityColors[Math.max(0, Math.min(3, priority - 1))]
    }
    // The colour of a tone that C++ chose for a figure: pass, warning, fail, accent, muted, p1..p4.
    function toneColor(tone) {
        switch (tone) {
        case "pass": return pass
        case "warning": return warning
        case "fail": return fail
        case "muted": return unchecked
        case "p1": return priorityColors[0]
        case "p2": return priorityColors[1]
        case "p3": return priorityColors[2]
        case "p4": return priorityColors[3]
        }
        return accent
    }
    // Text on a priority's colour: dark on amber (P3), white on the others.
    function onPriority(priority) {
        return priority === 3 ? text : onColour
    }
}
