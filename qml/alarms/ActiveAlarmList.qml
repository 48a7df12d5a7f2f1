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
        Text {
            Layout.fillWidth: true
            text: root.message.length > 0 ? root.message
                  : (list.count === 0 ? qsTr("No alarm needs attention.") : qsTr("%n alarm(s) need attention.", "", list.count))
            color: root.message.length > 0 ? Theme.fail : Theme.textMuted
            font.pixelSize: Theme.bodySize
            elide: Text.ElideRight
        }
        Button {
            objectName: "ackSelected"
            visible: root.selectedCount > 0
            Layout.preferredHeight: Theme.button
            highlighted: true
            text: qsTr("Acknowledge %n selected", "", root.selectedCount)
            font.pixelSize: Theme.bodySize
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
        section.property: "priority"
        section.delegate: Text {
            required property string section
            width: ListView.view.width
            height: 40
            verticalAlignment: Text.AlignBottom
            text: "P" + section + " · " + Labels.priority(Number(section), Language.current)
            color: Theme.priorityColor(Number(section))
            font.pixelSize: Theme.bodySize
            font.bold: true
        }
        delegate: Rectangle {
            id: row
            required property string key
            required property int priority
            required property string textZh
            required property string textEn
            required property string deviceZh
            required property string deviceEn
            required property string asset
            required property string state
            required property bool acked
            required property double raisedAt
            required property bool chattering
            required property int occurrences
            required property string area
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
                CheckBox {
                    objectName: "select_" + row.key
                    // Kept in place when acknowledged so the rows line up.
                    enabled: !row.acked
                    opacity: row.acked ? 0 : 1
                    Layout.preferredWidth: Theme.touch
                    Layout.preferredHeight: Theme.touch
                    checked: !!root.selected[row.key]
                    onClicked: root.toggle(row.key)
                }
                PriorityBadge { priority: row.priority }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Text {
                        Layout.fillWidth: true
                        text: (Language.chinese ? row.textZh : row.textEn) + (row.asset ? " · " + row.asset : "")
                        font.pixelSize: Theme.bodySize + 2
                        font.bold: !row.acked
                        color: Theme.text
                        elide: Text.ElideRight
                    }
                    Text {
                        Layout.fillWidth: true
                        text: (Language.chinese ? row.deviceZh : row.deviceEn) + " · " + Station.formatTime(row.raisedAt)
                              + " · " + Labels.alarmState(row.state, Language.current)
                              + (row.chattering ? " · " + qsTr("chattering") : "")
                              + (row.occurrences > 1 ? " · " + qsTr("%n time(s)", "", row.occurrences) : "")
                        font.pixelSize: Theme.smallSize
                        color: Theme.textMuted
                        elide: Text.ElideRight
                    }
                }
                Button {
                    objectName: "ack_" + row.key
                    visible: !row.acked
                    Layout.preferredHeight: Theme.button
                    Layout.preferredWidth: 150
                    highlighted: true
                    text: qsTr("Acknowledge")
                    font.pixelSize: Theme.bodySize
                    onClicked: root.acknowledge([row.key])
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
                        const words = (Language.chinese ? row.textZh : row.textEn) + (row.asset ? " " + row.asset : "")
                        Incidents.prepare({ location: row.area, description: words,
                                            links: [{ kind: "alarm", id: row.key, label: words }] })
                        root.navigate("incidents")
                    }
                }
                Button {
                    objectName: "shelve_" + row.key
                    visible: Auth.can.shelveAlarm
                    Layout.preferredHeight: Theme.button
                    Layout.preferredWidth: 110
                    text: qsTr("Shelve")
                    font.pixelSize: Theme.bodySize
                    onClicked: shelveDialog.openFor(row.key, Language.chinese ? row.textZh : row.textEn)
                }
            }
        }
    }
    ShelveDialog {
        id: shelveDialog
        objectName: "shelveDialog"
        onDone: (message) => root.message = message
    }
}
