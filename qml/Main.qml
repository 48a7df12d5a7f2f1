import QtQuick
import QtQuick.Controls
import StationOps.Core
import StationOps.Alarms

// The tablet window: sign-in, or the shell with its pages, and the idle lock above both.
ApplicationWindow {
    id: root
    width: 1280
    height: 800
    visible: true
    title: qsTr("StationOps") + " · " + Station.name

    palette.highlight: Theme.accent
    font.family: Theme.fontFamily
    font.pixelSize: Theme.bodySize

    // The page on show; the screenshot verb sets it too.
    property string page: "home"
    // Every page of the rail, in rail order. Features add theirs here.
    readonly property var entries: [
        { page: "home", label: qsTr("Home"), icon: "\u2302", allowed: true,
          source: Qt.resolvedUrl("shell/HomePage.qml") },
        { page: "patrol", label: qsTr("Patrol"), icon: "\u2611", allowed: Auth.can.runInspection,
          source: Qt.resolvedUrl("patrol/PatrolPage.qml") },
        { page: "cash", label: qsTr("Cash"), icon: "\u00a5", allowed: Auth.can.sellTickets,
          source: Qt.resolvedUrl("cash/CashPage.qml") },
        { page: "incidents", label: qsTr("Incidents"), icon: "\u270e", allowed: Auth.can.logIncident,
          source: Qt.resolvedUrl("incidents/IncidentsPage.qml") },
        { page: "alarms", label: qsTr("Alarms"), icon: "\u26a0", allowed: Auth.can.viewAlarms,
          source: Qt.resolvedUrl("alarms/AlarmsPage.qml") },
        { page: "handover", label: qsTr("Handover"), icon: "\u21c4", allowed: Auth.can.handOver,
          source: Qt.resolvedUrl("supervision/HandoverPage.qml") },
        { page: "dashboard", label: qsTr("Dashboard"), icon: "\u25a6", allowed: Auth.can.viewDashboard,
          source: Qt.resolvedUrl("supervision/DashboardPage.qml") },
        { page: "reports", label: qsTr("Reports"), icon: "\u21e9", allowed: Auth.can.exportReports,
          source: Qt.resolvedUrl("supervision/ReportsPage.qml") },
        { page: "device", label: qsTr("This tablet"), icon: "\u21bb", allowed: Auth.can.resolveConflicts,
          source: Qt.resolvedUrl("sync/DevicePage.qml") }
    ]
    // Tab within the page, for pages that have tabs.
    property int pageTab: 0
    // Every screen the screenshot verb draws: page, tab, file name.
    readonly property var screens: [
        { page: "home", tab: 0, name: "home" },
        { page: "patrol", tab: 0, name: "patrol" },
        { page: "cash", tab: 1, name: "cash-sellers" },
        { page: "incidents", tab: 0, name: "incidents" },
        { page: "alarms", tab: 0, name: "alarms" },
        { page: "alarms", tab: 1, name: "alarms-history" },
        { page: "alarms", tab: 2, name: "alarms-devices" },
        { page: "handover", tab: 0, name: "handover" },
        { page: "dashboard", tab: 0, name: "dashboard" },
        { page: "reports", tab: 0, name: "reports" },
        { page: "device", tab: 0, name: "device" }
    ]

    // The banner is on every screen, the sign-in and the lock included: a fire alarm must be
    // seen while nobody is signed in. It opens the list only for someone signed in.
    AlarmBanner {
        id: banner
        objectName: "alarmBanner"
        anchors { left: parent.left; right: parent.right; top: parent.top }
        visible: showing
        height: visible ? Theme.bannerHeight : 0
        onOpened: if (Auth.signedIn && !Auth.locked) { root.pageTab = 0; root.page = "alarms" }
    }
    SignInPage {
        objectName: "signInPage"
        anchors { left: parent.left; right: parent.right; top: banner.bottom; bottom: parent.bottom }
        visible: !Auth.signedIn
    }
    Shell {
        objectName: "shell"
        anchors { left: parent.left; right: parent.right; top: banner.bottom; bottom: parent.bottom }
        visible: Auth.signedIn
        entries: root.entries
        page: root.page
        pageTab: root.pageTab
        onNavigate: (p) => { root.pageTab = 0; root.page = p }
        onOpen: (p, t) => { root.pageTab = t; root.page = p }
    }
    LockScreen {
        objectName: "lockScreen"
        anchors { left: parent.left; right: parent.right; top: banner.bottom; bottom: parent.bottom }
        visible: Auth.signedIn && Auth.locked
    }
    Connections {
        target: Auth
        function onSessionChanged() { root.page = "home" }
    }
}
