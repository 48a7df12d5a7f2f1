import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import StationOps.Core
import StationOps.Cash
import StationOps.Ui

// The booth: open a shift with a counted float, record sales, close with a blind count, and
// have it signed off.
Item {
    id: root
    objectName: "cashPage"
    signal navigate(string page)
    property bool counting: false
    property alias tab: tabs.currentIndex
    readonly property bool supervisor: Auth.can.signOffShift

    Text {
        id: heading
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: 16 }
        text: Cash.message.length > 0 ? Cash.message
              : qsTr("Owed by you: %1 · error-free shifts in a row: %2").arg(Cash.owedText).arg(Cash.zeroStreak)
        color: Cash.message.length > 0 ? Theme.fail : Theme.textMuted
        font.pixelSize: Theme.bodySize
        wrapMode: Text.WordWrap
    }

    TabBar {
        id: tabs
        visible: root.supervisor
        anchors { left: parent.left; right: parent.right; top: heading.bottom; topMargin: 8 }
        height: visible ? Theme.button : 0
        TabButton { height: Theme.button; text: qsTr("My booth"); font.pixelSize: Theme.bodySize }
        TabButton { objectName: "tabSellers"; height: Theme.button; text: qsTr("Sellers and corrections"); font.pixelSize: Theme.bodySize }
    }
    Loader {
        anchors { left: parent.left; right: parent.right; top: tabs.bottom; bottom: parent.bottom; margins: 16 }
        sourceComponent: root.supervisor && tabs.currentIndex === 1 ? ledger
                       : Cash.status === "none" ? openForm
                       : Cash.status === "open" && !root.counting ? selling
                       : Cash.status === "open" ? countForm
                       : Cash.status === "counted" ? signOffForm : doneView
    }

    Component {
        id: openForm
        RowLayout {
            spacing: 32
            DenominationGrid { id: floatGrid; Layout.alignment: Qt.AlignTop }
            ColumnLayout {
                Layout.alignment: Qt.AlignTop
                spacing: 10
                property string booth: Cash.booths.length ? Cash.booths[0].id : ""
                Text { text: qsTr("Open a shift"); font.pixelSize: Theme.titleSize; font.bold: true }
                Flow {
                    Layout.preferredWidth: 420
                    spacing: 8
                    Repeater {
                        model: Cash.booths
                        delegate: Chip {
                            required property var modelData
                            objectName: "booth_" + modelData.id
                            text: Language.chinese ? modelData.zh : modelData.en
                            checked: parent.parent.booth === modelData.id
                            onClicked: parent.parent.booth = modelData.id
                        }
                    }
                }
                Text { text: qsTr("A second person counts with you and confirms with their PIN."); font.pixelSize: Theme.smallSize; color: Theme.textMuted }
                TextField { id: confirmer; objectName: "confirmerNo"; Layout.preferredWidth: 260; Layout.preferredHeight: Theme.button; placeholderText: qsTr("Their staff number"); inputMethodHints: Qt.ImhDigitsOnly; font.pixelSize: Theme.bodySize }
                TextField { id: confirmerPin; objectName: "confirmerPin"; Layout.preferredWidth: 260; Layout.preferredHeight: Theme.button; placeholderText: qsTr("Their PIN"); echoMode: TextInput.Password; inputMethodHints: Qt.ImhDigitsOnly; font.pixelSize: Theme.bodySize }
                Button {
                    objectName: "openShift"
                    Layout.preferredHeight: Theme.button
                    Layout.preferredWidth: 260
                    highlighted: true
                    enabled: floatGrid.total !== "" && confirmer.text.length > 0 && confirmerPin.text.length >= 4
                    text: qsTr("Open with float %1").arg(floatGrid.total)
                    font.pixelSize: Theme.bodySize
                    onClicked: Cash.openShift(parent.booth, floatGrid.counts, confirmer.text, confirmerPin.text)
                }
            }
        }
    }

    Component {
        id: selling
        RowLayout {
            spacing: 24
            ColumnLayout {
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 560
                spacing: 12
                property string payment: "cash"
                Text { text: qsTr("%1 · float %2").arg(Cash.booth).arg(Cash.floatText); font.pixelSize: Theme.titleSize; font.bold: true }
                GridLayout {
                    columns: 2
                    columnSpacing: 10
                    rowSpacing: 10
                    Repeater {
                        model: Cash.paymentTypes
                        delegate: Button {
                            required property var modelData
                            objectName: "pay_" + modelData.id
                            Layout.preferredWidth: 260
                            Layout.preferredHeight: 72
                            checkable: true
                            checked: parent.parent.payment === modelData.id
                            text: Language.chinese ? modelData.zh : modelData.en
                            font.pixelSize: Theme.bodySize + 2
                            onClicked: parent.parent.payment = modelData.id
                        }
                    }
                }
                TextField {
                    id: amount
                    objectName: "saleAmount"
                    Layout.preferredWidth: 530
                    Layout.preferredHeight: 64
                    placeholderText: qsTr("Amount, e.g. 4.00")
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                    font.pixelSize: Theme.bigSize - 6
                }
                RowLayout {
                    spacing: 10
                    Button { objectName: "recordSale"; Layout.preferredHeight: Theme.button; Layout.preferredWidth: 170; highlighted: true; text: qsTr("Sale"); font.pixelSize: Theme.bodySize; onClicked: if (Cash.record("sale", parent.parent.payment, amount.text)) amount.clear() }
                    Button { objectName: "recordRefund"; Layout.preferredHeight: Theme.button; Layout.preferredWidth: 170; text: qsTr("Refund"); font.pixelSize: Theme.bodySize; onClicked: if (Cash.record("refund", parent.parent.payment, amount.text, reason.text)) amount.clear() }
                    Button { objectName: "undoEntry"; Layout.preferredHeight: Theme.button; Layout.preferredWidth: 170; text: qsTr("Undo last"); font.pixelSize: Theme.bodySize; onClicked: Cash.undo() }
                }
                TextField { id: reason; Layout.preferredWidth: 530; Layout.preferredHeight: Theme.button; placeholderText: qsTr("Reason (refunds, payouts, drops)"); font.pixelSize: Theme.bodySize }
                RowLayout {
                    spacing: 10
                    Button { Layout.preferredHeight: Theme.button; Layout.preferredWidth: 125; text: qsTr("Payout"); font.pixelSize: Theme.bodySize; onClicked: if (Cash.record("payout", "cash", amount.text, reason.text)) amount.clear() }
                    Button { Layout.preferredHeight: Theme.button; Layout.preferredWidth: 125; text: qsTr("Safe drop"); font.pixelSize: Theme.bodySize; onClicked: if (Cash.record("drop", "cash", amount.text, reason.text)) amount.clear() }
                    Button { Layout.preferredHeight: Theme.button; Layout.preferredWidth: 125; text: qsTr("Exchange"); font.pixelSize: Theme.bodySize; onClicked: if (Cash.record("exchange", "cash", amount.text, reason.text)) amount.clear() }
                    Button { Layout.preferredHeight: Theme.button; Layout.preferredWidth: 125; text: qsTr("No sale"); font.pixelSize: Theme.bodySize; onClicked: Cash.record("no_sale", "cash", "", reason.text) }
                }
                RowLayout {
                    spacing: 10
                    Button { objectName: "importCsv"; Layout.preferredHeight: Theme.button; Layout.preferredWidth: 260; text: qsTr("Import terminal CSV"); font.pixelSize: Theme.bodySize; onClicked: importDialog.open() }
                    Button { objectName: "closeShift"; Layout.preferredHeight: Theme.button; Layout.preferredWidth: 260; highlighted: true; text: qsTr("Close shift"); font.pixelSize: Theme.bodySize; onClicked: root.counting = true }
                }
                FileDialog {
                    id: importDialog
                    title: qsTr("The ticket-office terminal's shift export")
                    nameFilters: [qsTr("CSV files (*.csv)")]
                    onAccepted: Cash.importCsv(selectedFile)
                }
            }
            ListView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: Cash.entries
                header: Text { text: qsTr("Latest entries"); font.pixelSize: Theme.bodySize; font.bold: true; height: 36 }
                delegate: Text {
                    required property var modelData
                    width: ListView.view.width
                    height: 36
                    text: Station.formatTime(modelData.at) + "  " + Labels.cashKind(modelData.kind, Language.current) + "  "
                          + (Language.chinese ? modelData.paymentZh : modelData.paymentEn)
                          + "  " + modelData.amount + (modelData.voided ? "  " + qsTr("(undone)") : "")
                    font.pixelSize: Theme.bodySize
                    font.strikeout: modelData.voided
                    color: modelData.voided ? Theme.unchecked : Theme.text
                }
            }
        }
    }

    Component {
        id: countForm
        RowLayout {
            spacing: 32
            DenominationGrid { id: countGrid; Layout.alignment: Qt.AlignTop }
            ColumnLayout {
                Layout.alignment: Qt.AlignTop
                spacing: 12
                Text { text: qsTr("Count the drawer"); font.pixelSize: Theme.titleSize; font.bold: true }
                Text { Layout.preferredWidth: 380; wrapMode: Text.WordWrap; text: qsTr("Count what is there. The expected amount is shown after you submit."); font.pixelSize: Theme.bodySize; color: Theme.textMuted }
                Button { objectName: "submitCount"; Layout.preferredHeight: Theme.button; Layout.preferredWidth: 300; highlighted: true; enabled: countGrid.total !== ""; text: qsTr("Submit count %1").arg(countGrid.total); font.pixelSize: Theme.bodySize; onClicked: if (Cash.submitCount(countGrid.counts)) root.counting = false }
                Button { Layout.preferredHeight: Theme.button; Layout.preferredWidth: 300; text: qsTr("Back to sales"); font.pixelSize: Theme.bodySize; onClicked: root.counting = false }
            }
        }
    }

    Component {
        id: signOffForm
        RowLayout {
          spacing: 32
          readonly property var r: Cash.result
          ColumnLayout {
            spacing: 10
            Layout.alignment: Qt.AlignTop
            readonly property var r: Cash.result
            Text { text: qsTr("Expected %1 · counted %2").arg(r.expected || "?").arg(r.counted || "?"); font.pixelSize: Theme.titleSize; font.bold: true }
            Text {
                objectName: "variance"
                text: r.exact ? qsTr("Exact: no variance") : (r.short ? qsTr("Short %1") : qsTr("Over %1")).arg(String(r.variance || "").replace("-", ""))
                color: r.exact ? Theme.pass : Theme.fail
                font.pixelSize: Theme.bigSize
                font.bold: true
            }
            TextField { id: sellerReason; objectName: "sellerReason"; visible: !r.exact; Layout.preferredWidth: 600; Layout.preferredHeight: Theme.button; placeholderText: qsTr("Why (needed)"); font.pixelSize: Theme.bodySize }
            Text { text: qsTr("A supervisor signs off with their PIN."); font.pixelSize: Theme.bodySize; color: Theme.textMuted }
            RowLayout {
                spacing: 10
                TextField { id: supNo; objectName: "supervisorNo"; Layout.preferredWidth: 240; Layout.preferredHeight: Theme.button; placeholderText: qsTr("Supervisor number"); inputMethodHints: Qt.ImhDigitsOnly; font.pixelSize: Theme.bodySize }
                TextField { id: supPin; objectName: "supervisorPin"; Layout.preferredWidth: 200; Layout.preferredHeight: Theme.button; placeholderText: qsTr("PIN"); echoMode: TextInput.Password; inputMethodHints: Qt.ImhDigitsOnly; font.pixelSize: Theme.bodySize }
            }
            RowLayout {
                visible: !!r.needsSupervisorDecision
                spacing: 10
                Chip { id: recountChip; objectName: "recountChip"; text: qsTr("The supervisor recounts") }
                Text { text: qsTr("or overrides with a note"); font.pixelSize: Theme.bodySize; color: Theme.textMuted }
            }
            Button { objectName: "recountSignOff"; visible: recountChip.checked; Layout.preferredHeight: Theme.button; Layout.preferredWidth: 320; highlighted: true; text: qsTr("Sign off with the recount %1").arg(recountGrid.total); font.pixelSize: Theme.bodySize; onClicked: Cash.signOff("recount", sellerReason.text, supNo.text, supPin.text, recountGrid.counts) }
            TextField { id: supNote; visible: !!r.needsSupervisorDecision && !recountChip.checked; Layout.preferredWidth: 600; Layout.preferredHeight: Theme.button; placeholderText: qsTr("Supervisor's note (needed to override)"); font.pixelSize: Theme.bodySize }
            RowLayout {
                spacing: 10
                Button { objectName: "signOffAccept"; visible: !r.needsSupervisorDecision; Layout.preferredHeight: Theme.button; Layout.preferredWidth: 240; highlighted: true; text: qsTr("Sign off"); font.pixelSize: Theme.bodySize; onClicked: Cash.signOff("accepted", sellerReason.text, supNo.text, supPin.text) }
                Button { visible: !!r.needsSupervisorDecision && !recountChip.checked; Layout.preferredHeight: Theme.button; Layout.preferredWidth: 240; text: qsTr("Override"); font.pixelSize: Theme.bodySize; onClicked: Cash.signOff("override", sellerReason.text, supNo.text, supPin.text, ({}), supNote.text) }
            }
            Item { Layout.fillHeight: true }
          }
          // The supervisor's recount, beside the result so everything fits one screen.
          DenominationGrid { id: recountGrid; Layout.alignment: Qt.AlignTop; visible: recountChip.checked }
        }
    }

    Component {
        id: ledger
        RowLayout {
            spacing: 24
            ListView {
                objectName: "sellerList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 8
                model: Cash.sellers
                header: Text { height: 40; text: qsTr("Sellers' over/short"); font.pixelSize: Theme.bodySize + 2; font.bold: true }
                delegate: Rectangle {
                    required property var modelData
                    width: ListView.view.width
                    height: 120
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                    ColumnLayout {
                        anchors { fill: parent; margins: 10 }
                        Text {
                            text: qsTr("%1 · owes %2 · overages %3 · error-free in a row %4").arg(modelData.seller).arg(modelData.owed)
                                  .arg(modelData.overages).arg(modelData.streak)
                            font.pixelSize: Theme.bodySize
                            color: modelData.owes ? Theme.fail : Theme.text
                        }
                        RowLayout {
                            visible: modelData.owes
                            TextField { id: repayAmount; Layout.preferredWidth: 140; Layout.preferredHeight: Theme.touch + 4; placeholderText: qsTr("Amount"); font.pixelSize: Theme.bodySize }
                            TextField { id: repayNote; Layout.fillWidth: true; Layout.preferredHeight: Theme.touch + 4; placeholderText: qsTr("Note"); font.pixelSize: Theme.bodySize }
                            Button { Layout.preferredHeight: Theme.touch + 4; text: qsTr("Record repayment"); font.pixelSize: Theme.bodySize; onClicked: Cash.repay(modelData.seller, repayAmount.text, repayNote.text) }
                        }
                    }
                }
            }
            ListView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 8
                model: Cash.recentShifts
                header: Text { height: 40; text: qsTr("This week's shifts"); font.pixelSize: Theme.bodySize + 2; font.bold: true }
                delegate: Rectangle {
                    required property var modelData
                    width: ListView.view.width
                    height: 120
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                    ColumnLayout {
                        anchors { fill: parent; margins: 10 }
                        Text {
                            text: Station.formatDateTime(modelData.openedAt) + " · " + modelData.booth + " · " + modelData.seller
                                  + (modelData.variance ? " · " + qsTr("variance %1").arg(modelData.variance) : " · " + qsTr("open"))
                            font.pixelSize: Theme.bodySize
                        }
                        RowLayout {
                            TextField { id: adjAmount; Layout.preferredWidth: 140; Layout.preferredHeight: Theme.touch + 4; placeholderText: qsTr("± amount"); font.pixelSize: Theme.bodySize }
                            TextField { id: adjReason; Layout.fillWidth: true; Layout.preferredHeight: Theme.touch + 4; placeholderText: qsTr("Why"); font.pixelSize: Theme.bodySize }
                            Button { Layout.preferredHeight: Theme.touch + 4; text: qsTr("Correct"); font.pixelSize: Theme.bodySize; onClicked: Cash.adjust(modelData.id, adjAmount.text, adjReason.text) }
                        }
                    }
                }
            }
        }
    }

    Component {
        id: doneView
        ColumnLayout {
            spacing: 12
            Text { text: qsTr("Shift signed off."); font.pixelSize: Theme.titleSize; font.bold: true; color: Theme.pass }
            Text { text: qsTr("Variance %1").arg(Cash.result.variance || ""); font.pixelSize: Theme.bodySize + 4 }
            Button { Layout.preferredHeight: Theme.button; text: qsTr("Open a new shift"); font.pixelSize: Theme.bodySize; onClicked: { Cash.refresh(); root.counting = false } }
            Item { Layout.fillHeight: true }
        }
    }
}
