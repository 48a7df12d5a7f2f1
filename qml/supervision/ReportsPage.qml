import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Core
import StationOps.Supervision
import StationOps.Ui

// Reports: a range of station days, what each report will hold, and one tap to save it; what
// was saved opens in a viewer over the page.
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
        Caption {
            objectName: "reportRange"
            Layout.fillWidth: true
            text: Reports.from === Reports.to ? qsTr("Station day %1").arg(Reports.from)
                                              : qsTr("Station days %1 to %2").arg(Reports.from).arg(Reports.to)
            font.pixelSize: Theme.bodySize
        }
        ReportRow {
            kind: "inspections"
            title: qsTr("Patrol inspections")
            detail: qsTr("%n finalized inspection(s), with every answer", "", Reports.inspectionCount)
        }
        ReportRow {
            kind: "cash"
            title: qsTr("Ticket cash")
            detail: qsTr("%n booth shift(s): drawer pull, and each seller's over and short", "", Reports.cashCount)
        }
        ReportRow {
            kind: "incidents"
            title: qsTr("Passenger service")
            detail: qsTr("%n incident(s) with their timelines; names and phone numbers masked", "", Reports.incidentCount)
        }
        ReportRow {
            kind: "weekly"
            title: qsTr("Weekly service report")
            detail: qsTr("Week %1: counts by category, place and channel, callbacks, what repeated").arg(Reports.week)
        }
        Label {
            objectName: "reportSaved"
            Layout.fillWidth: true
            visible: text.length > 0
            text: Reports.saved.length > 0 ? qsTr("Saved: %1").arg(Reports.saved) : Reports.message
            color: Reports.saved.length > 0 ? Theme.pass : Theme.fail
            wrapMode: Text.WrapAnywhere
        }
        Item { Layout.fillHeight: true }
    }

    ReportViewer {
        anchors.fill: parent
        visible: Reports.preview !== Reports.NoPreview
    }
}
