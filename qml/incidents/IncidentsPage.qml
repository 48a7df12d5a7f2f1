import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Core
import StationOps.Incidents
import StationOps.Ui

// Incidents: the list (queues and search) on the left; an incident's timeline and the moves
// allowed now, or the intake form, on the right.
Item {
    id: root
    objectName: "incidentsPage"
    signal navigate(string page)
    property bool intake: false
    property string queue: ""
    readonly property bool supervisor: Auth.can.reviewIncident

    function applyFilter() {
        Incidents.setFilter(categoryFilter.currentValue || "", periodFilter.currentValue || 0, mineFilter.checked,
                            stateFilter.currentValue || "")
    }

    Component.onCompleted: {
        Incidents.setFilter("", 0, false)
        Incidents.search("", "")
        // Sent here from an alarm, a follow-up or an inspection: the intake form is open.
        if ((Incidents.prepared.links || []).length > 0) intake = true
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
                font.pixelSize: Theme.bodySize
                onClicked: root.intake = true
            }
            TextField {
                id: searchField
                objectName: "incidentSearch"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.button
                placeholderText: qsTr("Search, e.g. 电梯")
                font.pixelSize: Theme.bodySize
                onTextEdited: Incidents.search(text, root.queue)
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: 6
            Repeater {
                model: [{ q: "", zh: "全部", en: "All", n: -1 },
                        { q: "new", zh: "待评估", en: "To assess", n: Incidents.counts.new || 0 },
                        { q: "approval", zh: "待审批", en: "To approve", n: Incidents.counts.approval || 0 },
                        { q: "callbacks", zh: "待回访", en: "Callbacks", n: Incidents.counts.callbacks || 0 }]
                delegate: Chip {
                    required property var modelData
                    objectName: "queue_" + (modelData.q || "all")
                    text: (Language.chinese ? modelData.zh : modelData.en) + (modelData.n >= 0 ? " (" + modelData.n + ")" : "")
                    checked: root.queue === modelData.q
                    onClicked: { root.queue = modelData.q; Incidents.search(searchField.text, root.queue) }
                }
            }
        }
        RowLayout {
            spacing: 6
            ComboBox {
                id: categoryFilter
                objectName: "categoryFilter"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.button
                font.pixelSize: Theme.bodySize
                model: [{ id: "", name: qsTr("All categories") }].concat(
                           Incidents.categories.map(c => ({ id: c.id, name: Language.chinese ? c.zh : c.en })))
                textRole: "name"
                valueRole: "id"
                onActivated: root.applyFilter()
            }
        }
        RowLayout {
            spacing: 6
            ComboBox {
                id: stateFilter
                objectName: "stateFilter"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.button
                font.pixelSize: Theme.bodySize
                model: [{ id: "", name: qsTr("Any status") }].concat(
                           Incidents.states.map(s => ({ id: s, name: Labels.incidentState(s, Language.current) })))
                textRole: "name"
                valueRole: "id"
                onActivated: root.applyFilter()
            }
            ComboBox {
                id: periodFilter
                objectName: "periodFilter"
                Layout.preferredWidth: 140
                Layout.preferredHeight: Theme.button
                font.pixelSize: Theme.bodySize
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
        ListView {
            id: list
            objectName: "incidentList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 6
            model: Incidents.results
            // Older cases come a page at a time, as the list reaches its end.
            onAtYEndChanged: {
                if (!atYEnd || !Incidents.hasMore) return
                // The longer list replaces the model; keep the place the finger scrolled to.
                const y = contentY
                Incidents.loadMore()
                contentY = y
            }
            delegate: Rectangle {
                required property var modelData
                objectName: "incident_" + modelData.id
                width: ListView.view.width
                height: 78
                radius: Theme.radius
                color: Incidents.current.id === modelData.id ? "#e3f2fd" : Theme.surface
                border.color: modelData.timer === "breached" ? Theme.fail : Theme.border
                ColumnLayout {
                    anchors { fill: parent; margins: 8 }
                    spacing: 2
                    Text {
                        Layout.fillWidth: true
                        text: (Language.chinese ? modelData.categoryZh : modelData.categoryEn) + " · "
                              + (Language.chinese ? modelData.locationZh : modelData.locationEn) + " · " + Labels.incidentState(modelData.state, Language.current)
                        font.pixelSize: Theme.bodySize
                        font.bold: true
                        elide: Text.ElideRight
                    }
                    Text {
                        Layout.fillWidth: true
                        text: Station.formatDateTime(modelData.occurredAt) + " · " + modelData.description
                              + (modelData.timer === "breached" ? " · " + qsTr("overdue") : modelData.timer === "warning" ? " · " + qsTr("due soon") : "")
                        font.pixelSize: Theme.smallSize
                        color: modelData.timer === "breached" ? Theme.fail : Theme.textMuted
                        elide: Text.ElideRight
                    }
                }
                TapHandler { onTapped: { root.intake = false; Incidents.open(modelData.id) } }
            }
        }
    }

    Loader {
        anchors { left: left.right; right: parent.right; top: parent.top; bottom: parent.bottom; margins: 12 }
        sourceComponent: root.intake ? intakeForm : (Incidents.current.id ? detail : null)
    }

    Component {
        id: intakeForm
        IncidentIntake { onDone: root.intake = false }
    }
    Component {
        id: detail
        IncidentDetail {}
    }
}
