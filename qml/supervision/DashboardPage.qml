import QtQuick
import StationOps.Ui
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Core
import StationOps.Supervision

// The supervisor's dashboard: each figure is a chart, and tapping it (or one of its bars) opens
// the list behind it in a panel on the right.
Item {
    id: root
    objectName: "dashboardPage"

    property string drillTitle
    property var drillRows: []
    property bool drilling: false

    function openList(title, chart, key) {
        drillTitle = title
        drillRows = Dashboard.drill(chart, key === undefined ? "" : String(key))
        drilling = true
    }
    // Average per 10 minutes arrives in hundredths.
    function hundredths(n) { return (n / 100).toFixed(2) }
    function eemuaVerdict(n) {
        return n <= 100 ? qsTr("acceptable") : n <= 200 ? qsTr("manageable") : qsTr("over-demanding")
    }

    Component.onCompleted: Dashboard.refresh()
    // Figures move while the page is open: read them again every minute.
    Timer {
        interval: 60000
        repeat: true
        running: root.visible && !root.drilling
        onTriggered: Dashboard.refresh()
    }

    readonly property var alarms: Dashboard.alarms
    readonly property var patrol: Dashboard.patrol
    readonly property var cash: Dashboard.cash
    readonly property var incidents: Dashboard.incidents

    Flickable {
        id: flick
        objectName: "dashboardFlick"
        anchors.fill: parent
        contentHeight: column.implicitHeight + 32
        clip: true

        ColumnLayout {
            id: column
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: 16 }
            spacing: 16

            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                Text {
                    Layout.fillWidth: true
                    text: Dashboard.shiftFromHandover
                          ? qsTr("This shift began at %1, when the last handover was acknowledged.").arg(Station.formatDateTime(Dashboard.shiftStart))
                          : qsTr("No handover acknowledged in the last 24 hours: this shift counts from %1.").arg(Station.formatDateTime(Dashboard.shiftStart))
                    font.pixelSize: Theme.smallSize
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
                Chip {
                    objectName: "windowShift"
                    text: qsTr("This shift")
                    checked: Dashboard.alarmWindow === "shift"
                    onClicked: Dashboard.alarmWindow = "shift"
                }
                Chip {
                    objectName: "windowWeek"
                    text: qsTr("Last 7 days")
                    checked: Dashboard.alarmWindow === "week"
                    onClicked: Dashboard.alarmWindow = "week"
                }
                Button {
                    objectName: "dashboardRefresh"
                    Layout.preferredHeight: Theme.touch
                    text: qsTr("Refresh")
                    font.pixelSize: Theme.smallSize + 1
                    onClicked: Dashboard.refresh()
                }
            }
            Text {
                Layout.fillWidth: true
                visible: text.length > 0
                text: Dashboard.message
                color: Theme.fail
                font.pixelSize: Theme.bodySize
                wrapMode: Text.WordWrap
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: 16

                ChartCard {
                    objectName: "patrolChart"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    title: qsTr("Today's patrol completion")
                    headline: (root.patrol.percent || 0) + "%"
                    headlineColor: (root.patrol.percent || 0) >= 95 ? Theme.pass : (root.patrol.percent || 0) >= 80 ? Theme.warning : Theme.fail
                    note: qsTr("%1 of today's %2 patrol slots so far were done; %3 missed.")
                          .arg((root.patrol.slots || 0) - (root.patrol.missed || 0)).arg(root.patrol.slots || 0).arg(root.patrol.missed || 0)
                    onOpened: root.openList(title, "patrol", "")
                    Repeater {
                        model: [{ key: "done", colour: Theme.pass }, { key: "in_progress", colour: Theme.accent },
                                { key: "due", colour: Theme.warning }, { key: "overdue", colour: Theme.fail }]
                        delegate: BarRow {
                            required property var modelData
                            readonly property int value: root.patrol[modelData.key === "in_progress" ? "inProgress" : modelData.key] || 0
                            readonly property int all: (root.patrol.done || 0) + (root.patrol.inProgress || 0) + (root.patrol.due || 0) + (root.patrol.overdue || 0)
                            Layout.fillWidth: true
                            label: Labels.dueStatus(modelData.key, Language.current)
                            fraction: all > 0 ? value / all : 0
                            valueText: String(value)
                            barColor: modelData.colour
                            onTapped: root.openList(Labels.dueStatus(modelData.key, Language.current), "patrol", modelData.key)
                        }
                    }
                }

                ChartCard {
                    objectName: "cashChart"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    readonly property var sellers: root.cash.sellers || []
                    readonly property int shifts: sellers.reduce((n, s) => n + s.shifts, 0)
                    readonly property int errorFree: sellers.reduce((n, s) => n + s.errorFree, 0)
                    title: qsTr("Cash variance per seller, last 7 days")
                    headline: shifts > 0 ? qsTr("%1/%2 exact").arg(errorFree).arg(shifts) : ""
                    note: sellers.length === 0 ? qsTr("No shift signed off in the last 7 days.")
                          : qsTr("Net over (+) or short (−) of signed-off shifts; tap a seller for the shifts.")
                    onOpened: root.openList(title, "seller", "")
                    Repeater {
                        model: root.cash.sellers || []
                        delegate: BarRow {
                            required property var modelData
                            Layout.fillWidth: true
                            label: Labels.staffName(modelData.nameZh, modelData.nameEn, Language.current)
                            fraction: root.cash.maxAbsFen > 0 ? Math.abs(modelData.varianceFen) / root.cash.maxAbsFen : 0
                            valueText: modelData.varianceText
                            barColor: modelData.varianceFen < 0 ? Theme.fail : Theme.warning
                            onTapped: root.openList(label, "seller", modelData.seller)
                        }
                    }
                }
            }

            ChartCard {
                objectName: "alarmChart"
                Layout.fillWidth: true
                title: Dashboard.alarmWindow === "week" ? qsTr("Alarms by priority, last 7 days")
                                                        : qsTr("Alarms by priority, this shift")
                headline: String(root.alarms.total || 0)
                note: qsTr("Measured as EEMUA 191 does: each new alarm counts once; a flood is more than 10 alarms in 10 minutes.")
                onOpened: root.openList(title, "priority", 0)
                // Alarms in each 10-minute interval, oldest on the left, with the flood line.
                Item {
                    id: histogram
                    objectName: "intervalChart"
                    Layout.fillWidth: true
                    Layout.preferredHeight: 96
                    readonly property var counts: root.alarms.perInterval || []
                    readonly property int ceiling: Math.max((root.alarms.floodAbove || 10) + 2, root.alarms.peak || 0)
                    Canvas {
                        id: canvas
                        anchors { fill: parent; bottomMargin: 20 }
                        onPaint: {
                            const ctx = getContext("2d")
                            ctx.reset()
                            const n = histogram.counts.length
                            if (n === 0) return
                            const w = width / n
                            for (let i = 0; i < n; ++i) {
                                const v = histogram.counts[i]
                                if (v === 0) continue
                                ctx.fillStyle = v > (root.alarms.floodAbove || 10) ? Theme.fail : Theme.accent
                                const h = height * v / histogram.ceiling
                                ctx.fillRect(i * w, height - h, Math.max(1, w - (w > 3 ? 1 : 0)), h)
                            }
                            const y = height - height * (root.alarms.floodAbove || 10) / histogram.ceiling
                            ctx.strokeStyle = Theme.fail
                            ctx.setLineDash([6, 4])
                            ctx.beginPath(); ctx.moveTo(0, y); ctx.lineTo(width, y); ctx.stroke()
                        }
                        Connections {
                            target: Dashboard
                            function onChanged() { canvas.requestPaint() }
                        }
                        onWidthChanged: requestPaint()
                    }
                    Rectangle { anchors { left: parent.left; right: parent.right; bottom: canvas.bottom } height: 1; color: Theme.border }
                    Text {
                        anchors { left: parent.left; bottom: parent.bottom }
                        text: Station.formatDateTime(root.alarms.from || 0)
                        font.pixelSize: Theme.smallSize - 2
                        color: Theme.textMuted
                    }
                    Text {
                        anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom }
                        text: qsTr("per 10 minutes; the dashed line is the flood level")
                        font.pixelSize: Theme.smallSize - 2
                        color: Theme.textMuted
                    }
                    Text {
                        anchors { right: parent.right; bottom: parent.bottom }
                        text: Station.formatDateTime(root.alarms.to || 0)
                        font.pixelSize: Theme.smallSize - 2
                        color: Theme.textMuted
                    }
                    TapHandler { onTapped: root.openList(qsTr("Flood intervals"), "floods", "") }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 24
                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        spacing: 0
                        Repeater {
                            model: [1, 2, 3, 4]
                            delegate: BarRow {
                                required property int modelData
                                readonly property int value: root.alarms.byPriority ? root.alarms.byPriority[modelData - 1] : 0
                                objectName: "priorityBar" + modelData
                                Layout.fillWidth: true
                                label: "P" + modelData + " " + Labels.priority(modelData, Language.current)
                                fraction: (root.alarms.total || 0) > 0 ? value / root.alarms.total : 0
                                valueText: String(value)
                                barColor: Theme.priorityColor(modelData)
                                onTapped: root.openList(label, "priority", modelData)
                            }
                        }
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        spacing: 0
                        Repeater {
                            model: [
                                { key: "average", chart: "", label: qsTr("Average per 10 minutes"),
                                  value: root.hundredths(root.alarms.average || 0) + " · " + root.eemuaVerdict(root.alarms.average || 0) },
                                { key: "peak", chart: "", label: qsTr("Most in any 10 minutes"), value: String(root.alarms.peak || 0) },
                                { key: "floods", chart: "floods", label: qsTr("Flood intervals"),
                                  value: qsTr("%1 (%2% of the time)").arg(root.alarms.floods || 0).arg(((root.alarms.floodPermille || 0) / 10).toFixed(1)) },
                                { key: "chattering", chart: "chattering", label: qsTr("Chattering alarms"), value: String(root.alarms.chattering || 0) },
                                { key: "stale", chart: "stale", label: qsTr("Stale alarms (active over 24 h)"), value: String(root.alarms.stale || 0) }
                            ]
                            delegate: Rectangle {
                                required property var modelData
                                objectName: "figure_" + modelData.key
                                Layout.fillWidth: true
                                implicitHeight: Theme.touch
                                color: "transparent"
                                RowLayout {
                                    anchors.fill: parent
                                    Text {
                                        Layout.fillWidth: true
                                        text: modelData.label
                                        font.pixelSize: Theme.smallSize
                                        color: Theme.text
                                        elide: Text.ElideRight
                                    }
                                    Text {
                                        text: modelData.value + (modelData.chart !== "" ? "  \u203a" : "")
                                        font.pixelSize: Theme.bodySize
                                        font.bold: true
                                        color: Theme.text
                                    }
                                }
                                Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }
                                TapHandler {
                                    enabled: modelData.chart !== ""
                                    onTapped: root.openList(modelData.label, modelData.chart, "")
                                }
                            }
                        }
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: 16

                ChartCard {
                    objectName: "topChart"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    readonly property var frequent: root.alarms.top || []
                    title: qsTr("The 10 most frequent alarms")
                    note: frequent.length === 0 ? qsTr("No alarm in this window.") : ""
                    onOpened: root.openList(title, "top", "")
                    Repeater {
                        model: root.alarms.top || []
                        delegate: BarRow {
                            required property var modelData
                            Layout.fillWidth: true
                            labelWidth: 260
                            label: Language.chinese ? modelData.textZh : modelData.textEn
                            fraction: root.alarms.top[0].count > 0 ? modelData.count / root.alarms.top[0].count : 0
                            valueText: String(modelData.count)
                            barColor: Theme.priorityColor(modelData.priority)
                            onTapped: root.openList(qsTr("The 10 most frequent alarms"), "top", "")
                        }
                    }
                }

                ChartCard {
                    objectName: "incidentChart"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    title: qsTr("Incidents by category, last 7 days")
                    headline: String(root.incidents.total || 0)
                    onOpened: root.openList(qsTr("Late callbacks"), "callbacks", "late")
                    Repeater {
                        model: root.incidents.categories || []
                        delegate: BarRow {
                            required property var modelData
                            readonly property int most: (root.incidents.categories || []).reduce((m, c) => Math.max(m, c.count), 0)
                            objectName: "category_" + modelData.id
                            Layout.fillWidth: true
                            label: Language.chinese ? modelData.nameZh : modelData.nameEn
                            fraction: most > 0 ? modelData.count / most : 0
                            valueText: String(modelData.count)
                            onTapped: root.openList(label, "category", modelData.id)
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        Layout.topMargin: 8
                        objectName: "callbackCompliance"
                        text: !root.incidents.callbacks || root.incidents.callbacks.percent < 0
                              ? qsTr("Callbacks within the deadline: none was due yet")
                              : qsTr("Callbacks within the deadline: %1%").arg(root.incidents.callbacks.percent)
                        font.pixelSize: Theme.bodySize
                        font.bold: true
                        color: Theme.text
                    }
                    Repeater {
                        model: [{ key: "on_time", label: qsTr("On time"), colour: Theme.pass, field: "onTime" },
                                { key: "late", label: qsTr("Late or missed"), colour: Theme.fail, field: "late" },
                                { key: "pending", label: qsTr("Not yet due"), colour: Theme.unchecked, field: "pending" }]
                        delegate: BarRow {
                            required property var modelData
                            readonly property var cb: root.incidents.callbacks || {}
                            readonly property int value: cb[modelData.field] || 0
                            objectName: "callbacks_" + modelData.key
                            Layout.fillWidth: true
                            label: modelData.label
                            fraction: ((cb.onTime || 0) + (cb.late || 0) + (cb.pending || 0)) > 0
                                      ? value / ((cb.onTime || 0) + (cb.late || 0) + (cb.pending || 0)) : 0
                            valueText: String(value)
                            barColor: modelData.colour
                            onTapped: root.openList(label, "callbacks", modelData.key)
                        }
                    }
                }
            }
        }
    }

    // The list behind a figure.
    Rectangle {
        id: panel
        objectName: "drillPanel"
        visible: root.drilling
        anchors { right: parent.right; top: parent.top; bottom: parent.bottom }
        width: 560
        color: Theme.surface
        border.color: Theme.border
        z: 2

        ColumnLayout {
            anchors { fill: parent; margins: 12 }
            spacing: 8
            RowLayout {
                Layout.fillWidth: true
                Text {
                    objectName: "drillTitle"
                    Layout.fillWidth: true
                    text: root.drillTitle + " · " + qsTr("%n item(s)", "", root.drillRows.length)
                    font.pixelSize: Theme.bodySize + 2
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                Button {
                    objectName: "drillClose"
                    Layout.preferredHeight: Theme.button
                    text: qsTr("Close")
                    font.pixelSize: Theme.bodySize
                    onClicked: root.drilling = false
                }
            }
            ListView {
                id: drillList
                objectName: "drillList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 4
                model: root.drillRows
                delegate: Rectangle {
                    id: drillRow
                    required property var modelData
                    width: ListView.view.width
                    height: Math.max(Theme.touch + 8, drillColumn.implicitHeight + 12)
                    radius: 6
                    color: Theme.background
                    RowLayout {
                        anchors { fill: parent; leftMargin: 8; rightMargin: 8 }
                        spacing: 8
                        PriorityBadge {
                            visible: drillRow.modelData.priority > 0
                            priority: Math.max(1, drillRow.modelData.priority)
                            small: true
                        }
                        ColumnLayout {
                            id: drillColumn
                            Layout.fillWidth: true
                            spacing: 2
                            Text {
                                Layout.fillWidth: true
                                text: Language.chinese ? drillRow.modelData.titleZh : drillRow.modelData.titleEn
                                font.pixelSize: Theme.bodySize
                                color: Theme.text
                                elide: Text.ElideRight
                            }
                            Text {
                                Layout.fillWidth: true
                                visible: text.length > 0
                                text: Language.chinese ? drillRow.modelData.detailZh : drillRow.modelData.detailEn
                                font.pixelSize: Theme.smallSize
                                color: Theme.textMuted
                                elide: Text.ElideRight
                            }
                        }
                        Text {
                            visible: drillRow.modelData.at > 0
                            text: Station.formatDateTime(drillRow.modelData.at)
                            font.pixelSize: Theme.smallSize
                            color: Theme.textMuted
                        }
                    }
                }
                Text {
                    anchors.centerIn: parent
                    visible: drillList.count === 0
                    text: qsTr("Nothing in this list.")
                    font.pixelSize: Theme.bodySize
                    color: Theme.textMuted
                }
            }
        }
    }
}
