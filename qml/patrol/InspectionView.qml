import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Core
import StationOps.Checklists
import StationOps.Ui

// One inspection being done: the door map (for PSD checklists) or the sections, the items of
// the chosen door or section in a panel, and the way to finalize. Every answer is saved as it
// is given.
Item {
    id: root
    objectName: "inspectionView"
    readonly property alias finalizeDialog: finalizeDialog
    property bool panelOpen: !Patrol.perDoor || Patrol.currentAsset.length > 0

    // Title bar
    RowLayout {
        id: bar
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: 12 }
        height: Theme.button
        spacing: 12
        Button {
            objectName: "leaveInspection"
            Layout.preferredHeight: Theme.button
            text: "\u2190 " + qsTr("Back")
            font.pixelSize: Theme.bodySize
            onClicked: Patrol.leave()
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            SectionHeading {
                Layout.fillWidth: true
                text: Patrol.title
            }
            Caption {
                Layout.fillWidth: true
                warn: Patrol.message.length > 0
                text: warn ? Patrol.message
                      : qsTr("%1 answered · %2 to do · saved as you go").arg(Patrol.answeredCount).arg(Patrol.problemCount)
            }
        }
        Button {
            objectName: "allOthersOk"
            Layout.preferredHeight: Theme.button
            text: qsTr("All others OK")
            font.pixelSize: Theme.bodySize
            onClicked: Patrol.allOthersOk()
        }
        Button {
            objectName: "finalizeButton"
            Layout.preferredHeight: Theme.button
            highlighted: true
            text: Patrol.problemCount === 0 ? qsTr("Finalize") : qsTr("Finalize (%1 to do)").arg(Patrol.problemCount)
            font.pixelSize: Theme.bodySize
            onClicked: finalizeDialog.open()
        }
    }

    // Sections other than the doors
    Flow {
        id: sectionTabs
        anchors { left: parent.left; right: parent.right; top: bar.bottom; margins: 12 }
        spacing: 8
        Repeater {
            model: Patrol.sections
            delegate: Chip {
                required property string key
                required property string name
                objectName: "section_" + key
                text: name
                checked: Patrol.currentSection === key
                onClicked: Patrol.openSection(key)
            }
        }
        Chip {
            visible: Patrol.perDoor
            objectName: "section_doors"
            text: qsTr("Doors")
            checked: Patrol.currentAsset.length > 0 || Patrol.currentSection === "door"
            onClicked: Patrol.openDoor("")
        }
    }

    DoorMap {
        id: map
        visible: Patrol.perDoor
        anchors { left: parent.left; right: parent.right; top: sectionTabs.bottom; bottom: parent.bottom; margins: 12 }
    }

    ItemPanel {
        id: panel
        objectName: "itemPanel"
        visible: root.panelOpen && (Patrol.currentAsset.length > 0 || !Patrol.doorSection)
        anchors { right: parent.right; top: bar.bottom; bottom: parent.bottom; topMargin: 8 }
        width: Patrol.perDoor && Patrol.doorSection ? 720 : parent.width
    }

    FinalizeDialog { id: finalizeDialog }
}
