pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Incidents
import StationOps.Ui

// Incidents: the list (queues and search) on the left; a case's timeline and the moves
// allowed now, or the intake form, on the right.
Item {
    id: root
    objectName: "incidentsPage"
    signal navigate(string page)
    property bool intake: false

    function applyFilter() {
        Incidents.setFilter(categoryFilter.currentValue || "", periodFilter.currentValue || 0, mineFilter.checked,
                            stateFilter.currentValue || "")
    }
    function clearSearch() {
        searchField.clear()
        Incidents.search("", Incidents.queue)
    }

    Component.onCompleted: {
        Incidents.setFilter("", 0, false)
        Incidents.search("", "")
        // Sent here from an alarm, a follow-up or an inspection: the intake form is open.
        if (Incidents.prefill.linked) intake = true
    }

    ColumnLayout {
        id: left
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: 12 }
        width: 470
        spacing: 8
        RowLayout {
            spacing: 8
            Button {
                objectName: "newIncident"
                Layout.preferredHeight: Theme.button
                Layout.preferredWidth: 160
                highlighted: true
                text: qsTr("New incident")
                onClicked: root.intake = true
            }
            TextField {
                id: searchField
                objectName: "incidentSearch"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.button
                rightPadding: clear.width + 8
                placeholderText: qsTr("Search, e.g. 电梯")
                onTextEdited: Incidents.search(text, Incidents.queue)
                Button {
                    id: clear
                    objectName: "clearSearch"
                    anchors { right: parent.right; verticalCenter: parent.verticalCenter; rightMargin: 4 }
                    width: Theme.touch
                    height: Theme.touch
                    visible: searchField.text.length > 0
                    flat: true
                    text: "\u2715"
                    Accessible.name: qsTr("Clear the search")
                    onClicked: root.clearSearch()
                }
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: 6
            Repeater {
                model: Incidents.queues
                delegate: Chip {
                    id: queueChip
                    required property string key
                    required property string label
                    objectName: "queue_" + (queueChip.key || "all")
                    text: queueChip.label
                    checked: Incidents.queue === queueChip.key
                    onClicked: Incidents.search(searchField.text, queueChip.key)
                }
            }
        }
        ComboBox {
            id: categoryFilter
            objectName: "categoryFilter"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.button
            model: Incidents.categoryFilter
            textRole: "name"
            valueRole: "key"
            onActivated: root.applyFilter()
        }
        RowLayout {
            spacing: 6
            ComboBox {
                id: stateFilter
                objectName: "stateFilter"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.button
                model: Incidents.stateFilter
                textRole: "name"
                valueRole: "key"
                onActivated: root.applyFilter()
            }
            ComboBox {
                id: periodFilter
                objectName: "periodFilter"
                Layout.preferredWidth: 140
                Layout.preferredHeight: Theme.button
                model: [{ days: 0, name: qsTr("Any time") }, { days: 7, name: qsTr("7 days") }, { days: 30, name: qsTr("30 days") }]
                textRole: "name"
                valueRole: "days"
                onActivated: root.applyFilter()
            }
            Chip {
                id: mineFilter
                objectName: "mineFilter"
                text: qsTr("Mine")
                checkable: true
                onToggled: root.applyFilter()
            }
        }
        Label {
            objectName: "noMatch"
            Layout.fillWidth: true
            Layout.topMargin: 12
            visible: list.count === 0 && text.length > 0
            text: Incidents.emptyText
            color: Theme.textMuted
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
        ListView {
            id: list
            objectName: "incidentList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 6
            model: Incidents.results
            // Older cases come a page at a time, as the list reaches its end; they are added
            // below, so the place the finger scrolled to stays.
            onAtYEndChanged: if (atYEnd && Incidents.hasMore) Incidents.loadMore()
            delegate: Rectangle {
                id: row
                required property string caseId
                required property string category
                required property string title
                required property string statusText
                required property string summary
                required property bool overdue
                objectName: "incident_" + caseId
                width: ListView.view.width
                implicitHeight: column.implicitHeight + 16
                radius: Theme.radius
                color: Incidents.current.id === caseId ? Theme.highlightBackground : Theme.surface
                border.color: overdue ? Theme.fail : Theme.border
                border.width: overdue ? 2 : 1
                ColumnLayout {
                    id: column
                    anchors { left: parent.left; right: parent.right; top: parent.top; margins: 8 }
                    spacing: 2
                    // The category and place in full, on two lines if they need them.
                    Label {
                        objectName: "caseRowTitle"
                        Layout.fillWidth: true
                        text: row.title
                        font.bold: true
                        wrapMode: Text.WordWrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                    }
                    Caption {
                        objectName: "caseRowState"
                        Layout.fillWidth: true
                        text: row.statusText
                        warn: row.overdue
                        wrapMode: Text.WordWrap
                        maximumLineCount: 2
                    }
                    Caption {
                        Layout.fillWidth: true
                        text: row.summary
                    }
                }
                TapHandler { onTapped: { root.intake = false; Incidents.open(row.caseId) } }
            }
        }
    }

    // By URL, not from inline Components: on Qt 6.4 a Loader cannot make an inline Component of
    // a file with `pragma ComponentBehavior: Bound`.
    Loader {
        id: pane
        anchors { left: left.right; right: parent.right; top: parent.top; bottom: parent.bottom; margins: 12 }
        source: root.intake ? Qt.resolvedUrl("IncidentIntake.qml")
                            : (Incidents.current.exists ? Qt.resolvedUrl("IncidentDetail.qml") : "")
    }
    Connections {
        target: pane.item as IncidentIntake
        function onDone() { root.intake = false }
    }
}
