import QtQuick
import StationOps.Ui
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Core
import StationOps.Supervision

// Shift handover: on the left what is handed over, by job; on the right the notes and the
// hand-over button, or, once handed over, the incoming person's PIN to acknowledge it.
Item {
    id: root
    objectName: "handoverPage"

    readonly property bool waiting: Handover.pending.id !== undefined
    // An earlier handover opened from the list at the bottom right.
    readonly property bool reading: Handover.viewing.id !== undefined
    // The incoming person reads what was handed over; before that, what is open now.
    readonly property var shown: reading ? Handover.viewing.items : waiting ? Handover.pending.items : Handover.items
    readonly property bool mayWrite: Auth.can.handOver

    Component.onCompleted: Handover.refresh()
    // Alarms come and cases move while the outgoing person writes: the list follows them.
    Timer {
        interval: 30000
        repeat: true
        running: root.visible && !root.waiting
        onTriggered: Handover.refresh()
    }

    RowLayout {
        anchors { fill: parent; margins: 16 }
        spacing: 16

        // What is open, by job.
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border

            ColumnLayout {
                anchors { fill: parent; margins: 12 }
                spacing: 8
                Text {
                    objectName: "handoverHeading"
                    Layout.fillWidth: true
                    text: root.reading
                          ? (Handover.viewing.ackBy !== undefined
                             ? qsTr("Handed over by %1 at %2 to %3: %n item(s)", "", Handover.viewing.count)
                                   .arg(Labels.staffName(Handover.viewing.byZh, Handover.viewing.byEn, Language.current))
                                   .arg(Station.formatDateTime(Handover.viewing.at))
                                   .arg(Labels.staffName(Handover.viewing.ackByZh, Handover.viewing.ackByEn, Language.current))
                             : qsTr("Handed over by %1 at %2: %n item(s)", "", Handover.viewing.count)
                                   .arg(Labels.staffName(Handover.viewing.byZh, Handover.viewing.byEn, Language.current))
                                   .arg(Station.formatDateTime(Handover.viewing.at)))
                          : root.waiting
                          ? qsTr("Handed over by %1 at %2: %n item(s)", "", Handover.pending.count)
                                .arg(Labels.staffName(Handover.pending.byZh, Handover.pending.byEn, Language.current))
                                .arg(Station.formatTime(Handover.pending.at))
                          : qsTr("Open now across the four jobs")
                    font.pixelSize: Theme.bodySize + 2
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: 8
                    visible: !root.waiting && !root.reading
                    Repeater {
                        model: ["alarms", "patrol", "cash", "incidents"]
                        delegate: Rectangle {
                            required property string modelData
                            width: chipText.implicitWidth + 24
                            height: 36
                            radius: 18
                            color: Theme.background
                            Text {
                                id: chipText
                                anchors.centerIn: parent
                                text: Labels.job(parent.modelData, Language.current) + " " + (Handover.counts[parent.modelData] || 0)
                                font.pixelSize: Theme.smallSize
                                color: Theme.text
                            }
                        }
                    }
                    Rectangle {
                        width: carriedText.implicitWidth + 24
                        height: 36
                        radius: 18
                        color: "#fff3e0"
                        Text {
                            id: carriedText
                            anchors.centerIn: parent
                            text: "\u21bb " + qsTr("Carried from earlier shifts: %1").arg(Handover.counts.carried || 0)
                            font.pixelSize: Theme.smallSize
                            color: Theme.text
                        }
                    }
                }
                ListView {
                    id: list
                    objectName: "handoverItems"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: 4
                    model: root.shown
                    delegate: Column {
                        id: itemRow
                        required property var modelData
                        required property int index
                        // A heading above the first item of each job.
                        readonly property bool firstOfJob: index === 0 || root.shown[index - 1].job !== modelData.job
                        width: ListView.view.width
                        spacing: 4
                        Text {
                            visible: itemRow.firstOfJob
                            topPadding: itemRow.index === 0 ? 0 : 10
                            text: Labels.job(itemRow.modelData.job, Language.current)
                            font.pixelSize: Theme.bodySize
                            font.bold: true
                            color: Theme.accent
                        }
                        Rectangle {
                            width: parent.width
                            height: Math.max(Theme.touch + 8, itemColumn.implicitHeight + 12)
                            radius: 6
                            color: itemRow.modelData.overdue ? "#fdecea" : Theme.background
                            RowLayout {
                                anchors { fill: parent; leftMargin: 8; rightMargin: 8 }
                                spacing: 10
                                PriorityBadge {
                                    visible: itemRow.modelData.priority > 0
                                    priority: Math.max(1, itemRow.modelData.priority)
                                    small: true
                                }
                                ColumnLayout {
                                    id: itemColumn
                                    Layout.fillWidth: true
                                    spacing: 2
                                    Text {
                                        Layout.fillWidth: true
                                        text: Language.chinese ? itemRow.modelData.titleZh : itemRow.modelData.titleEn
                                        font.pixelSize: Theme.bodySize
                                        color: Theme.text
                                        wrapMode: Text.WordWrap
                                        maximumLineCount: 2
                                        elide: Text.ElideRight
                                    }
                                    Text {
                                        Layout.fillWidth: true
                                        text: {
                                            const d = itemRow.modelData
                                            let parts = []
                                            const detail = Language.chinese ? d.detailZh : d.detailEn
                                            if (detail.length > 0) parts.push(detail)
                                            if (d.since > 0) parts.push(qsTr("since %1").arg(Station.formatDateTime(d.since)))
                                            if (d.due > 0) parts.push((d.overdue ? qsTr("overdue since %1") : qsTr("due %1"))
                                                                      .arg(Station.formatDateTime(d.due)))
                                            return parts.join(" · ")
                                        }
                                        font.pixelSize: Theme.smallSize
                                        color: itemRow.modelData.overdue ? Theme.fail : Theme.textMuted
                                        wrapMode: Text.WordWrap
                                        maximumLineCount: 2
                                        elide: Text.ElideRight
                                    }
                                    Text {
                                        Layout.fillWidth: true
                                        visible: itemRow.modelData.carriedSince > 0
                                        text: "\u21bb " + qsTr("Carried since %1").arg(Station.formatDateTime(itemRow.modelData.carriedSince))
                                        font.pixelSize: Theme.smallSize
                                        color: Theme.warning
                                    }
                                }
                            }
                        }
                    }
                    Text {
                        anchors.centerIn: parent
                        visible: list.count === 0
                        text: qsTr("Nothing is open. A clean handover.")
                        font.pixelSize: Theme.bodySize
                        color: Theme.pass
                    }
                }
            }
        }

        // Notes and handing over; or the incoming person's acknowledgement.
        Rectangle {
            Layout.preferredWidth: 440
            Layout.fillHeight: true
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border

            Flickable {
                id: side
                anchors { fill: parent; margins: 12 }
                contentHeight: sideColumn.implicitHeight
                clip: true

                ColumnLayout {
                    id: sideColumn
                    width: side.width
                    spacing: 10

                    Button {
                        objectName: "backToNow"
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.button
                        visible: root.reading
                        highlighted: true
                        text: qsTr("Back to what is open now")
                        font.pixelSize: Theme.bodySize
                        onClicked: Handover.view("")
                    }

                    // --- Waiting for the incoming person ---
                    ColumnLayout {
                        Layout.fillWidth: true
                        visible: root.waiting && !root.reading
                        spacing: 10
                        Text {
                            Layout.fillWidth: true
                            text: qsTr("Incoming person: read the list, then acknowledge with your staff number and PIN.")
                            font.pixelSize: Theme.bodySize
                            color: Theme.text
                            wrapMode: Text.WordWrap
                        }
                        TextField {
                            id: incomingNo
                            objectName: "incomingNo"
                            Layout.fillWidth: true
                            Layout.preferredHeight: Theme.button
                            placeholderText: qsTr("Your staff number")
                            inputMethodHints: Qt.ImhDigitsOnly
                            font.pixelSize: Theme.bodySize
                        }
                        TextField {
                            id: incomingPin
                            objectName: "incomingPin"
                            Layout.fillWidth: true
                            Layout.preferredHeight: Theme.button
                            placeholderText: qsTr("Your PIN")
                            echoMode: TextInput.Password
                            inputMethodHints: Qt.ImhDigitsOnly
                            font.pixelSize: Theme.bodySize
                        }
                        CheckBox {
                            id: takeOver
                            objectName: "takeOverTablet"
                            Layout.fillWidth: true
                            Layout.preferredHeight: Theme.touch
                            indicator.width: 28
                            indicator.height: 28
                            checked: true
                            text: qsTr("Sign me in on this tablet")
                            font.pixelSize: Theme.bodySize
                        }
                        Button {
                            objectName: "acknowledgeButton"
                            Layout.fillWidth: true
                            Layout.preferredHeight: Theme.button
                            highlighted: true
                            enabled: incomingNo.text.length > 0 && incomingPin.text.length >= 4
                            text: qsTr("Acknowledge the handover")
                            font.pixelSize: Theme.bodySize
                            onClicked: {
                                if (Handover.acknowledge(incomingNo.text, incomingPin.text, takeOver.checked))
                                    incomingNo.text = ""
                                incomingPin.text = ""
                            }
                        }
                    }

                    // --- Writing the handover ---
                    ColumnLayout {
                        Layout.fillWidth: true
                        visible: !root.waiting && !root.reading
                        spacing: 8
                        Text {
                            Layout.fillWidth: true
                            visible: Handover.notes.length > 0
                            text: qsTr("Notes from earlier shifts: tick the ones dealt with")
                            font.pixelSize: Theme.bodySize
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.WordWrap
                        }
                        Repeater {
                            model: Handover.notes
                            delegate: RowLayout {
                                id: carriedNote
                                required property var modelData
                                Layout.fillWidth: true
                                spacing: 4
                                CheckBox {
                                    id: clearBox
                                    Layout.preferredWidth: Theme.touch
                                    Layout.preferredHeight: Theme.touch
                                    indicator.width: 28
                                    indicator.height: 28
                                    enabled: root.mayWrite
                                    checked: carriedNote.modelData.cleared
                                    Accessible.name: qsTr("Dealt with")
                                    onToggled: Handover.setCleared(carriedNote.modelData.id, checked)
                                }
                                Text {
                                    Layout.fillWidth: true
                                    text: carriedNote.modelData.text + "\n" + carriedNote.modelData.by + " · "
                                          + Station.formatDateTime(carriedNote.modelData.at)
                                    font.pixelSize: Theme.smallSize
                                    font.strikeout: carriedNote.modelData.cleared
                                    color: Theme.text
                                    wrapMode: Text.WordWrap
                                    TapHandler {
                                        enabled: root.mayWrite
                                        onTapped: Handover.setCleared(carriedNote.modelData.id, !carriedNote.modelData.cleared)
                                    }
                                }
                            }
                        }
                        Text {
                            Layout.fillWidth: true
                            text: qsTr("Notes for the next shift")
                            font.pixelSize: Theme.bodySize
                            font.bold: true
                            color: Theme.text
                        }
                        Repeater {
                            model: Handover.drafts
                            delegate: RowLayout {
                                required property var modelData
                                Layout.fillWidth: true
                                Text {
                                    Layout.fillWidth: true
                                    text: "• " + modelData.text
                                    font.pixelSize: Theme.smallSize + 1
                                    color: Theme.text
                                    wrapMode: Text.WordWrap
                                }
                                Button {
                                    Layout.preferredWidth: Theme.touch
                                    Layout.preferredHeight: Theme.touch
                                    text: "\u2715"
                                    Accessible.name: qsTr("Remove the note")
                                    enabled: root.mayWrite
                                    onClicked: Handover.removeNote(modelData.id)
                                }
                            }
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            TextField {
                                id: noteField
                                objectName: "handoverNote"
                                Layout.fillWidth: true
                                Layout.preferredHeight: Theme.button
                                placeholderText: qsTr("e.g. Lift 2 engineer due at 14:00")
                                font.pixelSize: Theme.bodySize
                                enabled: root.mayWrite
                                onAccepted: addNote.clicked()
                            }
                            Button {
                                id: addNote
                                objectName: "addNoteButton"
                                Layout.preferredHeight: Theme.button
                                text: qsTr("Add")
                                font.pixelSize: Theme.bodySize
                                enabled: root.mayWrite && noteField.text.trim().length > 0
                                onClicked: if (Handover.addNote(noteField.text)) noteField.text = ""
                            }
                        }
                        Button {
                            objectName: "handOverButton"
                            Layout.fillWidth: true
                            Layout.preferredHeight: Theme.button
                            Layout.topMargin: 8
                            highlighted: true
                            visible: root.mayWrite
                            text: qsTr("Hand over %n item(s)", "", Handover.counts.total || 0)
                            font.pixelSize: Theme.bodySize
                            onClicked: Handover.handOver()
                        }
                        Text {
                            Layout.fillWidth: true
                            visible: !root.mayWrite
                            text: qsTr("A duty agent or a supervisor writes the handover.")
                            font.pixelSize: Theme.smallSize
                            color: Theme.textMuted
                            wrapMode: Text.WordWrap
                        }
                    }

                    Text {
                        objectName: "handoverMessage"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: Handover.message
                        font.pixelSize: Theme.bodySize
                        color: Theme.fail
                        wrapMode: Text.WordWrap
                    }
                    Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
                    Text {
                        objectName: "lastHandover"
                        Layout.fillWidth: true
                        text: Handover.last.id === undefined ? qsTr("No handover acknowledged yet.")
                              : qsTr("Last handover: %1 to %2, acknowledged at %3")
                                    .arg(Labels.staffName(Handover.last.byZh, Handover.last.byEn, Language.current))
                                    .arg(Labels.staffName(Handover.last.ackByZh, Handover.last.ackByEn, Language.current))
                                    .arg(Station.formatDateTime(Handover.last.ackAt))
                        font.pixelSize: Theme.smallSize
                        color: Theme.textMuted
                        wrapMode: Text.WordWrap
                    }
                    Button {
                        objectName: "handoverPdfButton"
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.touch + 4
                        visible: root.reading || root.waiting || Handover.last.id !== undefined
                        text: root.reading || root.waiting ? qsTr("Save this handover as PDF") : qsTr("Save the last handover as PDF")
                        font.pixelSize: Theme.bodySize
                        onClicked: Handover.savePdf()
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: Handover.savedPdf.length > 0
                        text: qsTr("Saved: %1").arg(Handover.savedPdf)
                        font.pixelSize: Theme.smallSize
                        color: Theme.pass
                        wrapMode: Text.WrapAnywhere
                    }
                    Text {
                        Layout.fillWidth: true
                        Layout.topMargin: 8
                        visible: Handover.history.length > 0
                        text: qsTr("Earlier handovers")
                        font.pixelSize: Theme.bodySize
                        font.bold: true
                        color: Theme.text
                    }
                    Repeater {
                        model: Handover.history
                        delegate: Rectangle {
                            id: historyRow
                            required property var modelData
                            required property int index
                            readonly property bool open: Handover.viewing.id === modelData.id
                            objectName: "history_" + index
                            Layout.fillWidth: true
                            implicitHeight: Math.max(Theme.button, historyText.implicitHeight + 12)
                            radius: 6
                            color: open ? "#e3f2fd" : Theme.background
                            border.color: open ? Theme.accent : "transparent"
                            Text {
                                id: historyText
                                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 8 }
                                text: Station.formatDateTime(historyRow.modelData.at) + " · " + qsTr("%n item(s)", "", historyRow.modelData.count)
                                      + "\n" + Labels.staffName(historyRow.modelData.byZh, historyRow.modelData.byEn, Language.current)
                                      + (historyRow.modelData.ackBy !== undefined
                                         ? " \u2192 " + Labels.staffName(historyRow.modelData.ackByZh, historyRow.modelData.ackByEn, Language.current)
                                         : " · " + qsTr("waiting"))
                                font.pixelSize: Theme.smallSize
                                color: Theme.text
                                wrapMode: Text.WordWrap
                            }
                            TapHandler { onTapped: Handover.view(historyRow.modelData.id) }
                        }
                    }
                }
            }
        }
    }
}
