import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import StationOps.Core

// The tablet window: sign-in, or the shell with its pages, and the idle lock above both.
ApplicationWindow {
    id: root
    width: 1280
    height: 800
    visible: true
    title: qsTr("StationOps") + " · " + Station.name

    Material.theme: Material.Light
    Material.accent: Theme.accent
    Material.primary: Theme.accent
    font.family: Theme.fontFamily
    font.pixelSize: Theme.bodySize

    // The page on show; the screenshot verb sets it too.
    property string page: "home"
    // Every page of the rail, in rail order. Features add theirs here.
    readonly property var entries: [
        { page: "home", label: qsTr("Home"), icon: "\u2302", permission: "",
          source: Qt.resolvedUrl("shell/HomePage.qml") }
    ]
    readonly property var pages: entries.map(e => e.page)

    SignInPage {
        objectName: "signInPage"
        anchors.fill: parent
        visible: !Auth.signedIn
    }
    Shell {
        objectName: "shell"
        anchors.fill: parent
        visible: Auth.signedIn
        entries: root.entries
        page: root.page
        onNavigate: (p) => root.page = p
    }
    LockScreen {
        objectName: "lockScreen"
        anchors.fill: parent
        visible: Auth.signedIn && Auth.locked
    }
    Connections {
        target: Auth
        function onSessionChanged() { root.page = "home" }
    }
}
