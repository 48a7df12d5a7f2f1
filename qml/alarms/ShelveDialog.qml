pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Core
import StationOps.Alarms
import StationOps.Ui

// Shelving asks for a reason and a duration; both are one tap for the usual cases.
Popup {
    id: root
    signal done(string message)
    property string key
    property string alarmText
    property string reason: ""
    property int minutes: 30

    function openFor(k, t) {
        key = k; alarmText = t; reason = ""; minutes = 30; reasonField.text = ""
        open()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: 640
    modal: true
    padding: 24

    ColumnLayout {
        anchors.fill: parent
        spacing: 12
        Label {
            Layout.fillWidth: true
            text: qsTr("Shelve: %1").arg(root.alarmText)
            font.pixelSize: Theme.titleSize - 4
            font.bold: true
            wrapMode: Text.WordWrap
        }
        Label { text: qsTr("Reason"); font.pixelSize: Theme.bodySize; color: Theme.textMuted }
        Flow {
            Layout.fillWidth: true
            spacing: 8
            Repeater {
                // Stored by key, so the handover and reports say it in their reader's language.
                model: Alarms.shelveReasons
                delegate: Button {
                    required property string key
                    required property string name
                    objectName: "reason_" + key
                    height: Theme.touch
                    checkable: true
                    checked: root.reason === key
                    text: name
                    font.pixelSize: Theme.smallSize + 1
                    onClicked: { root.reason = key; reasonField.text = "" }
                }
            }
        }
        TextField {
            id: reasonField
            objectName: "shelveReason"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.button
            placeholderText: qsTr("Or type a reason")
            onTextEdited: root.reason = text
        }
        Label { text: qsTr("For how long"); font.pixelSize: Theme.bodySize; color: Theme.textMuted }
        Flow {
            Layout.fillWidth: true
            spacing: 8
            Repeater {
                model: [15, 30, 60, 120, 240, 480]
                delegate: Button {
                    required property int modelData
                    height: Theme.touch
                    width: 88
                    checkable: true
                    checked: root.minutes === modelData
                    text: modelData < 60 ? qsTr("%1 min").arg(modelData) : qsTr("%1 h").arg(modelData / 60)
                    font.pixelSize: Theme.smallSize + 1
                    onClicked: root.minutes = modelData
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: 8
            Item { Layout.fillWidth: true }
            Button {
                Layout.preferredHeight: Theme.button
                text: qsTr("Cancel")
                font.pixelSize: Theme.bodySize
                onClicked: root.close()
            }
            Button {
                objectName: "shelveConfirm"
                Layout.preferredHeight: Theme.button
                highlighted: true
                enabled: root.reason.trim().length > 0
                text: qsTr("Shelve")
                font.pixelSize: Theme.bodySize
                onClicked: {
                    const r = Alarms.shelve(root.key, root.reason, root.minutes)
                    root.done(r.ok ? "" : r.message)
                    root.close()
                }
            }
        }
    }
}
