pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Supervision
import StationOps.Ui

// One report: what it holds, and a button per format that saves it and opens it in the viewer.
Rectangle {
    id: root
    required property string kind
    property string title
    property string detail

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
            Label {
                text: root.title
                font.bold: true
            }
            Caption {
                Layout.fillWidth: true
                text: root.detail
            }
        }
        Repeater {
            model: ["pdf", "csv"]
            delegate: Button {
                required property string modelData
                objectName: "save_" + root.kind + "_" + modelData
                Layout.preferredWidth: 120
                Layout.preferredHeight: Theme.button
                highlighted: modelData === "pdf"
                text: modelData.toUpperCase()
                onClicked: Reports.save(root.kind, modelData)
            }
        }
    }
}
