import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Core
import StationOps.Alarms
import StationOps.Checklists
import StationOps.Incidents
import StationOps.Ui

// The alarms that need a person, worst first, grouped by priority. Acknowledge with one tap,
// or tick several and acknowledge them together.
// Delegates here reach the page by id. Qt 6.4's qmllint calls that unqualified unless the file
// is `pragma ComponentBehavior: Bound`, and with it Qt 6.4 cannot create the components this
// file hands to a list's header, footer or section, a Loader or another file (they are
// silently not made). Those lines are marked `qmllint disable unqualified`.
Item {
    id: root
    objectName: "activeAlarms"
    // Asks the shell to show another page (the patrol, after "Check on site").
    signal navigate(string page)
    readonly property alias shelveDialog: shelveDialog
    property var selected: ({})
    readonly property int selectedCount: Object.keys(selected).length
    property string message: ""

    function toggle(key) {
        const s = Object.assign({}, selected)
        if (s[key]) delete s[key]; else s[key] = true
        selected = s
    }
    function acknowledge(keys) {
        const r = Alarms.acknowledge(keys, "")
        message = r.ok ? "" : r.message
        selected = ({})
    }

    RowLayout {
        id: toolbar
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: 12 }
        height: Theme.button
        spacing: 12
        Label {
            Layout.fillWidth: true
            text: root.message.length > 0 ? root.message
                  : Alarms.refusal.length > 0 ? Alarms.refusal
                  : (list.count === 0 ? qsTr("No alarm needs attention.") : qsTr("%n alarm(s) need attention.", "", list.count))
            color: root.message.length > 0 || Alarms.refusal.length > 0 ? Theme.fail : Theme.textMuted
            font.pixelSize: Theme.bodySize
            elide: Text.ElideRight
        }
        Button {
            objectName: "ackSelected"
            visible: root.selectedCount > 0
            Layout.preferredHeight: Theme.button
            highlighted: true
            text: qsTr("Acknowledge %n selected", "", root.selectedCount)
            onClicked: root.acknowledge(Object.keys(root.selected))
        }
    }

    ListView {
        id: list
        objectName: "activeAlarmList"
        anchors { left: parent.left; right: parent.right; top: toolbar.bottom; bottom: parent.bottom; margins: 12 }
        clip: true
        spacing: 8
        model: Alarms.active
        footer: asideSection
        section.property: "priority"
        section.delegate: Label {
            required property string section
            width: ListView.view.width
            height: 40
            verticalAlignment: Text.AlignBottom
            text: "P" + section + " · " + Labels.priority(Number(section), Language.current)
            color: Theme.priorityColor(Number(section))
            font.bold: true
        }
        delegate: Rectangle {
            id: row
            required property string key
            required property int priority
            required property string text
            required property string detail
            required property bool acked
            required property string area
            required property string waiting
            objectName: "alarm_" + key
            width: ListView.view.width
            height: 84
            radius: Theme.radius
            color: acked ? Theme.surface : Qt.lighter(Theme.priorityColor(priority), 1.85)
            border.color: acked ? Theme.border : Theme.priorityColor(priority)
            border.width: acked ? 1 : 2

            RowLayout {
                anchors { fill: parent; leftMargin: 8; rightMargin: 12 }
                spacing: 12
                // The whole 56 px square selects, not only the box drawn in it.
                CheckBox {
                    objectName: "select_" + row.key
                    // Kept in place when acknowledged so the rows line up.
                    enabled: !row.acked
                    opacity: row.acked ? 0 : 1
                    Layout.preferredWidth: Theme.button
                    Layout.preferredHeight: Theme.button
                    implicitWidth: Theme.button
                    implicitHeight: Theme.button
                    indicator.width: 32
                    indicator.height: 32
                    indicator.x: (width - indicator.width) / 2
                    indicator.y: (height - indicator.height) / 2
                    checked: !!root.selected[row.key] // qmllint disable unqualified
                    onClicked: root.toggle(row.key) // qmllint disable unqualified
                }
                PriorityBadge { priority: row.priority }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        text: row.text
                        font.pixelSize: Theme.bodySize + 2
                        font.bold: !row.acked
                        elide: Text.ElideRight
                    }
                    Caption {
                        Layout.fillWidth: true
                        text: row.detail
                    }
                }
                Button {
                    objectName: "ack_" + row.key
                    visible: !row.acked
                    // Sent to the control room: it says so until the answer arrives.
                    enabled: row.waiting.length === 0
                    Layout.preferredHeight: Theme.button
                    Layout.preferredWidth: 150
                    highlighted: true
                    text: row.waiting.length > 0 ? row.waiting : qsTr("Acknowledge")
                    font.pixelSize: Theme.bodySize
                    onClicked: root.acknowledge([row.key]) // qmllint disable unqualified
                }
                Button {
                    objectName: "check_" + row.key
                    visible: Auth.can.runInspection
                    Layout.preferredHeight: Theme.button
                    Layout.preferredWidth: 110
                    text: qsTr("Check")
                    font.pixelSize: Theme.bodySize
                    onClicked: {
                        const place = Alarms.placeOf(row.key)
                        if (place.kind && Patrol.startForAlarm(row.key, place.kind, place.id)) {
                            if (place.asset) Patrol.openDoor(place.asset)
                            root.navigate("patrol")
                        } else {
                            root.message = Patrol.message
                        }
                    }
                }
                Button {
                    objectName: "incident_" + row.key
                    Layout.preferredHeight: Theme.button
                    Layout.preferredWidth: 110
                    text: qsTr("Incident")
                    font.pixelSize: Theme.bodySize
                    onClicked: {
                        // Intake opens with the alarm's place and words filled in, and the alarm linked.
                        Incidents.prepare({ location: row.area, description: row.text,
                                            links: [{ kind: "alarm", id: row.key, label: row.text }] })
                        root.navigate("incidents") // qmllint disable unqualified
                    }
                }
                Button {
                    objectName: "shelve_" + row.key
                    visible: Auth.can.shelveAlarm
                    Layout.preferredHeight: Theme.button
                    Layout.preferredWidth: 110
                    text: qsTr("Shelve")
                    font.pixelSize: Theme.bodySize
                    onClicked: shelveDialog.openFor(row.key, row.text) // qmllint disable unqualified
                }
            }
        }
    }
    // Below the list: what is shelved, in maintenance or out of service, with the time left, so
    // an alarm set aside is never out of sight. A supervisor unshelves from here.
    Component {
        id: asideSection
        Column {
            width: ListView.view.width
            spacing: 8
            topPadding: 16
            visible: Alarms.asideCount > 0
            SectionHeading {
                objectName: "asideHeading"
                width: parent.width
                text: qsTr("Set aside: shelved, in maintenance, out of service (%1)").arg(Alarms.asideCount)
            }
            Repeater {
                model: Alarms.aside
                delegate: Rectangle {
                    id: aside
                    required property string key
                    required property int priority
                    required property string text
                    required property string aside
                    required property double shelvedUntil
                    objectName: "aside_" + key
                    width: parent.width
                    height: 76
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                    RowLayout {
                        anchors { fill: parent; leftMargin: 12; rightMargin: 12 }
                        spacing: 12
                        PriorityBadge { priority: aside.priority }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Label { Layout.fillWidth: true; text: aside.text; elide: Text.ElideRight }
                            Caption { Layout.fillWidth: true; text: aside.aside }
                        }
                        Button {
                            objectName: "unshelve_" + aside.key
                            visible: aside.shelvedUntil > 0 && Auth.can.shelveAlarm
                            Layout.preferredHeight: Theme.button
                            Layout.preferredWidth: 130
                            text: qsTr("Unshelve")
                            onClicked: root.unshelve(aside.key) // qmllint disable unqualified
                        }
                    }
                }
            }
        }
    }
    function unshelve(key) {
        const r = Alarms.unshelve(key)
        message = r.ok ? "" : r.message
    }

    ShelveDialog {
        id: shelveDialog
        objectName: "shelveDialog"
        onDone: (message) => root.message = message
    }
}
