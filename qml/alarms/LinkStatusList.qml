import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Core
import StationOps.Alarms
import StationOps.Ui

// One row per serial link: its state, its last frame and its error counts.
ListView {
    id: root
    objectName: "linkList"
    clip: true
    spacing: 8
    topMargin: 12
    leftMargin: 12
    rightMargin: 12
    model: Alarms.links
    delegate: Rectangle {
        id: row
        required property string linkId
        required property string name
        required property string port
        required property string state
        required property double lastFrame
        required property double frames
        required property double decodeErrors
        required property double portErrors
        required property string lastError
        width: ListView.view.width - 24
        height: 88
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        readonly property color stateColor: state === "up" ? Theme.pass : state === "down" ? Theme.fail
                                            : state === "opening" ? Theme.warning : Theme.unchecked
        Rectangle { width: 8; height: parent.height; radius: Theme.radius; color: row.stateColor }
        RowLayout {
            anchors { fill: parent; leftMargin: 24; rightMargin: 16 }
            spacing: 16
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    text: row.name
                    font.pixelSize: Theme.bodySize + 2
                    font.bold: true
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    text: row.port + (row.state === "down" && row.lastError ? " · " + row.lastError : "")
                    font.pixelSize: Theme.smallSize
                    color: Theme.textMuted
                    elide: Text.ElideMiddle
                }
            }
            Label {
                Layout.preferredWidth: 160
                text: Labels.linkState(row.state, Language.current)
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: row.stateColor
            }
            Label {
                Layout.preferredWidth: 330
                text: qsTr("Last frame %1").arg(row.lastFrame > 0 ? Station.formatTime(row.lastFrame) : "—") + "\n"
                      + qsTr("%1 frames · %2 bad · %3 port errors").arg(row.frames).arg(row.decodeErrors).arg(row.portErrors)
                font.pixelSize: Theme.smallSize
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
        }
    }
}
