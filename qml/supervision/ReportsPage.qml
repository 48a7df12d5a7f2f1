import QtQuick
import StationOps.Ui
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Core
import StationOps.Supervision

// Reports: a range of station days, what each report will hold, and one tap to save it.
Item {
    id: root
    objectName: "reportsPage"

    Component.onCompleted: Reports.setRange(Reports.range)

    ColumnLayout {
        anchors { fill: parent; margins: 16 }
        spacing: 12

        Flow {
            Layout.fillWidth: true
            spacing: 8
            Repeater {
                model: [{ key: "today", label: qsTr("Today") }, { key: "7days", label: qsTr("Last 7 days") },
                        { key: "thisWeek", label: qsTr("This week") }, { key: "lastWeek", label: qsTr("Last week") },
                        { key: "30days", label: qsTr("Last 30 days") }]
                delegate: Chip {
                    required property var modelData
                    objectName: "range_" + modelData.key
                    text: modelData.label
                    checked: Reports.range === modelData.key
                    onClicked: Reports.setRange(modelData.key)
                }
            }
        }
        Text {
            objectName: "reportRange"
            Layout.fillWidth: true
            text: Reports.from === Reports.to ? qsTr("Station day %1").arg(Reports.from)
                                              : qsTr("Station days %1 to %2").arg(Reports.from).arg(Reports.to)
            font.pixelSize: Theme.bodySize
            color: Theme.textMuted
        }

        Repeater {
            model: [
                { kind: "inspections", title: qsTr("Patrol inspections"),
                  detail: qsTr("%n finalized inspection(s), with every answer", "", Reports.counts.inspections || 0) },
                { kind: "cash", title: qsTr("Ticket cash"),
                  detail: qsTr("%n booth shift(s): drawer pull, and each seller's over and short", "", Reports.counts.cash || 0) },
                { kind: "incidents", title: qsTr("Passenger service"),
                  detail: qsTr("%n incident(s) with their timelines; names and phone numbers masked", "", Reports.counts.incidents || 0) },
                { kind: "weekly", title: qsTr("Weekly service report"),
                  detail: qsTr("Week %1: counts by category, place and channel, callbacks, what repeated").arg(Reports.week) }
            ]
            delegate: Rectangle {
                id: reportRow
                required property var modelData
                Layout.fillWidth: true
                implicitHeight: Theme.button + 24
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                RowLayout {
                    anchors { fill: parent; leftMargin: 16; rightMargin: 12 }
                    spacing: 12
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Text {
                            text: reportRow.modelData.title
                            font.pixelSize: Theme.bodySize + 1
                            font.bold: true
                            color: Theme.text
                        }
                        Text {
                            Layout.fillWidth: true
                            text: reportRow.modelData.detail
                            font.pixelSize: Theme.smallSize
                            color: Theme.textMuted
                            elide: Text.ElideRight
                        }
                    }
                    Repeater {
                        model: ["pdf", "csv"]
                        delegate: Button {
                            required property string modelData
                            objectName: "save_" + reportRow.modelData.kind + "_" + modelData
                            Layout.preferredWidth: 120
                            Layout.preferredHeight: Theme.button
                            highlighted: modelData === "pdf"
                            text: modelData.toUpperCase()
                            font.pixelSize: Theme.bodySize
                            onClicked: Reports.save(reportRow.modelData.kind, modelData)
                        }
                    }
                }
            }
        }
        Text {
            objectName: "reportSaved"
            Layout.fillWidth: true
            visible: text.length > 0
            text: Reports.saved.length > 0 ? qsTr("Saved: %1").arg(Reports.saved) : Reports.message
            color: Reports.saved.length > 0 ? Theme.pass : Theme.fail
            font.pixelSize: Theme.bodySize
            wrapMode: Text.WrapAnywhere
        }
        Item { Layout.fillHeight: true }
    }
}
