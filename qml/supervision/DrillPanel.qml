pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Supervision
import StationOps.Ui

// The list behind a dashboard figure; a row opens its record.
Rectangle {
    id: root
    objectName: "drillPanel"
    signal closed()
    signal rowOpened(int index)

    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        anchors { fill: parent; margins: 12 }
        spacing: 8
        RowLayout {
            Layout.fillWidth: true
            SectionHeading {
                objectName: "drillTitle"
                Layout.fillWidth: true
                text: Dashboard.drillTitle + " · " + qsTr("%n item(s)", "", drillList.count)
                wrapMode: Text.WordWrap
            }
            Button {
                objectName: "drillClose"
                Layout.preferredHeight: Theme.button
                text: qsTr("Close")
                onClicked: root.closed()
            }
        }
        ListView {
            id: drillList
            objectName: "drillList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 4
            cacheBuffer: 0
            model: Dashboard.drillRows
            delegate: OpenItemRow {
                required property int index
                required property int priority
                required property string title
                required property string detail
                required property string when
                objectName: "drillRow_" + index
                width: ListView.view.width
                level: priority
                heading: title
                caption: detail
                whenText: when
                opens: true
                onTapped: root.rowOpened(index)
            }
            Label {
                anchors.centerIn: parent
                visible: drillList.count === 0
                text: qsTr("Nothing in this list.")
                color: Theme.textMuted
            }
        }
    }
}
