import QtQuick
import StationOps.Ui
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Core

// The frame of every screen after sign-in: left rail, page header, and the page.
// Delegates here reach the page by id. Qt 6.4's qmllint calls that unqualified unless the file
// is `pragma ComponentBehavior: Bound`, and with it Qt 6.4 cannot create the components this
// file hands to a list's header, footer or section, a Loader or another file (they are
// silently not made). Those lines are marked `qmllint disable unqualified`.
Rectangle {
    id: root
    color: Theme.background

    // Rail entries: page key, label, icon, and whether the signed-in person may open it.
    required property var entries
    required property string page
    property int pageTab: 0
    signal navigate(string page)
    // A page opens a record on another page's tab (a dashboard row: the cash sellers tab).
    signal open(string page, int tab)

    readonly property var current: {
        for (let i = 0; i < entries.length; ++i)
            if (entries[i].page === page) return entries[i]
        return entries[0]
    }

    Rectangle {
        id: rail
        objectName: "rail"
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
        width: Theme.railWidth
        color: Theme.rail

        // The pages share what the language and lock buttons leave: 72 px each while they fit,
        // less (never under 56) for a role that sees many pages.
        readonly property int pageCount: root.entries.filter(e => e.allowed).length
        readonly property int buttonHeight: Math.max(56, Math.min(72, Math.floor((height - fixed.height - 8) / Math.max(1, pageCount))))

        Column {
            anchors { left: parent.left; right: parent.right; top: parent.top }
            Repeater {
                model: root.entries
                delegate: RailButton {
                    required property var modelData
                    objectName: "rail_" + modelData.page
                    visible: modelData.allowed
                    height: visible ? rail.buttonHeight : 0 // qmllint disable unqualified
                    text: modelData.label
                    icon_: modelData.icon
                    selected: root.page === modelData.page // qmllint disable unqualified
                    onClicked: root.navigate(modelData.page) // qmllint disable unqualified
                }
            }
        }
        Column {
            id: fixed
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom; bottomMargin: 8 }
            RailButton {
                objectName: "railLanguage"
                text: Language.chinese ? "English" : "中文"
                icon_: Language.chinese ? "EN" : "中"
                onClicked: Language.toggle()
            }
            RailButton {
                objectName: "railLock"
                text: qsTr("Lock")
                glyph: LockGlyph { color: Theme.railText }
                onClicked: Auth.lockNow()
            }
        }
    }

    Rectangle {
        id: header
        anchors { left: rail.right; right: parent.right; top: parent.top }
        height: Theme.headerHeight
        color: Theme.surface
        border.color: Theme.border

        RowLayout {
            anchors { fill: parent; leftMargin: 24; rightMargin: 8 }
            spacing: 12
            Label {
                objectName: "pageTitle"
                Layout.fillWidth: true
                text: root.current.label
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }
            Label {
                text: Auth.name + " · "
                      + Labels.role(Auth.role, Language.current)
                font.pixelSize: Theme.bodySize
                color: Theme.textMuted
            }
            Button {
                objectName: "signOutButton"
                Layout.preferredHeight: Theme.touch + 4
                text: qsTr("Sign out")
                font.pixelSize: Theme.bodySize
                flat: true
                onClicked: Auth.signOut()
            }
        }
    }

    Loader {
        id: content
        objectName: "pageLoader"
        anchors { left: rail.right; right: parent.right; top: header.bottom; bottom: parent.bottom }
        source: root.current.source
        onLoaded: root.applyTab()
    }
    // Pages with tabs take the tab the window asks for (the screenshot verb, the banner).
    function applyTab() {
        if (content.item && content.item.hasOwnProperty("tab"))
            content.item.tab = root.pageTab
    }
    onPageTabChanged: applyTab()
    Connections {
        target: content.item
        ignoreUnknownSignals: true
        function onNavigate(page) { root.navigate(page) }
        function onOpen(page, tab) { root.open(page, tab) }
    }
}
