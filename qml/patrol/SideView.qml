import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Core
import StationOps.Checklists
import StationOps.Ui

// A platform side's door map without an inspection: the last patrol's results, open follow-ups
// and alarms, to look before walking the platform. Nothing is started until Start is tapped.
Item {
    id: root
    objectName: "sideView"

    RowLayout {
        id: bar
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: 12 }
        height: Theme.button
        spacing: 12
        Button {
            objectName: "closeSideView"
            Layout.preferredHeight: Theme.button
            text: "\u2190 " + qsTr("Back")
            onClicked: Patrol.closeView()
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            SectionHeading { Layout.fillWidth: true; text: Patrol.viewingName }
            Caption { Layout.fillWidth: true; text: qsTr("The last patrol's results; nothing is started until you tap Start") }
        }
        Button {
            objectName: "startViewed"
            visible: Auth.can.runInspection
            Layout.preferredHeight: Theme.button
            Layout.preferredWidth: 140
            highlighted: true
            text: qsTr("Start")
            onClicked: Patrol.startViewed()
        }
    }
    DoorMap {
        readOnly: true
        anchors { left: parent.left; right: parent.right; top: bar.bottom; bottom: parent.bottom; margins: 12 }
    }
}
