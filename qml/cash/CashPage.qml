import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import StationOps.Core
import StationOps.Cash
import StationOps.Ui

// The booth: open a shift with a counted float, record sales, close with a blind count that
// is checked before it is stored, and have it signed off. Supervisors also see every
// seller's over/short and the week's shifts.
// Delegates here reach the page by id. Qt 6.4's qmllint calls that unqualified unless the file
// is `pragma ComponentBehavior: Bound`, and with it Qt 6.4 cannot create the components this
// file hands to a list's header, footer or section, a Loader or another file (they are
// silently not made). Those lines are marked `qmllint disable unqualified`.
Item {
    id: root
    objectName: "cashPage"
    signal navigate(string page)
    property alias tab: tabs.currentIndex
    readonly property bool supervisor: Auth.can.signOffShift

    // The ledger's actions refresh the lists their rows come from: they run here.
    function repay(staffNo, amount, note) {
        if (Cash.repay(staffNo, amount.text, note.text)) {
            amount.clear()
            note.clear()
        }
    }
    function correct(shiftId, amount, reason) {
        if (Cash.adjust(shiftId, amount.text, reason.text)) {
            amount.clear()
            reason.clear()
        }
    }

    ColumnLayout {
        anchors { fill: parent; margins: 16 }
        spacing: 8
        Label {
            objectName: "cashHeading"
            Layout.fillWidth: true
            text: Cash.message.length > 0 ? Cash.message
                  : qsTr("Owed by you: %1 · error-free shifts in a row: %2").arg(Cash.owedText).arg(Cash.zeroStreak)
            color: Cash.message.length > 0 ? Theme.fail : Theme.textMuted
            wrapMode: Text.WordWrap
        }
        TabBar {
            id: tabs
            objectName: "cashTabs"
            Layout.fillWidth: true
            // The buttons are as tall as the bar, so none reaches up into the heading.
            contentHeight: Theme.button
            visible: root.supervisor
            TabButton { objectName: "tabBooth"; implicitHeight: Theme.button; text: qsTr("My booth") }
            TabButton { objectName: "tabSellers"; implicitHeight: Theme.button; text: qsTr("Sellers and corrections") }
        }
        Loader {
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: root.supervisor && tabs.currentIndex === 1 ? ledger
                           : Cash.stage === Cash.Opening ? openForm
                           : Cash.stage === Cash.Selling ? selling
                           : Cash.stage === Cash.Counting ? countForm
                           : Cash.stage === Cash.Reviewing ? reviewForm
                           : Cash.stage === Cash.Counted ? signOffForm : doneView
        }
    }

    Component {
        id: openForm
        RowLayout {
            spacing: 32
            DenominationGrid { Layout.alignment: Qt.AlignTop; sheet: Cash.floatSheet }
            ColumnLayout {
                Layout.alignment: Qt.AlignTop
                Layout.fillWidth: true
                spacing: 10
                SectionHeading { text: qsTr("Open a shift"); font.pixelSize: Theme.titleSize }
                Flow {
                    Layout.fillWidth: true
                    spacing: 8
                    Repeater {
                        model: Cash.booths
                        delegate: Chip {
                            id: booth
                            required property string key
                            required property string name
                            required property string code
                            objectName: "booth_" + booth.key
                            leftPadding: 16
                            rightPadding: 16
                            checked: Cash.chosenBooth === booth.key
                            onClicked: Cash.chooseBooth(booth.key)
                            // The name people use, the code beside it, smaller.
                            contentItem: RowLayout {
                                spacing: 8
                                Label { text: booth.name }
                                Caption { text: booth.code }
                            }
                        }
                    }
                }
                Caption {
                    Layout.fillWidth: true
                    text: qsTr("A second person counts with you and confirms with their PIN.")
                    wrapMode: Text.WordWrap
                }
                PinFields {
                    id: confirmer
                    objectName: "confirmer"
                    numberHint: qsTr("Their staff number")
                }
                Button {
                    objectName: "openShift"
                    Layout.preferredHeight: Theme.button
                    Layout.preferredWidth: 320
                    highlighted: true
                    enabled: Cash.floatSheet.totalText !== "" && confirmer.filled
                    text: qsTr("Open with float %1").arg(Cash.floatSheet.totalText)
                    onClicked: Cash.openShift(confirmer.staffNo, confirmer.pin)
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
                RowLayout {
                    spacing: 10
                    SectionHeading {
                        objectName: "sellingTitle"
                        text: qsTr("%1 · float %2").arg(Cash.booth).arg(Cash.floatText)
                        font.pixelSize: Theme.titleSize
                    }
                    Caption { text: Cash.boothCode }
                }
                GridLayout {
                    columns: 2
                    columnSpacing: 10
                    rowSpacing: 10
                    Repeater {
                        model: Cash.paymentTypes
                        delegate: Button {
                            id: payment
                            required property string key
                            required property string name
                            objectName: "pay_" + payment.key
                            Layout.preferredWidth: 260
                            Layout.preferredHeight: 72
                            checkable: true
                            checked: Cash.payment === payment.key
                            text: payment.name
                            font.pixelSize: Theme.bodySize + 2
                            onClicked: Cash.choosePayment(payment.key)
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
                    // The payment type is on the button, so a QR sale is never made by mistake.
                    Button {
                        objectName: "recordSale"
                        Layout.preferredHeight: Theme.button
                        Layout.preferredWidth: 250
                        highlighted: true
                        text: qsTr("Sale · %1").arg(Cash.paymentName)
                        onClicked: if (Cash.record("sale", amount.text)) amount.clear()
                    }
                    Button {
                        objectName: "recordRefund"
                        Layout.preferredHeight: Theme.button
                        Layout.preferredWidth: 130
                        text: qsTr("Refund")
                        onClicked: if (Cash.record("refund", amount.text, reason.text)) amount.clear()
                    }
                    Button {
                        objectName: "undoEntry"
                        Layout.preferredHeight: Theme.button
                        Layout.preferredWidth: 130
                        text: qsTr("Undo last")
                        onClicked: Cash.undo()
                    }
                }
                TextField {
                    id: reason
                    Layout.preferredWidth: 530
                    Layout.preferredHeight: Theme.button
                    placeholderText: qsTr("Reason (refunds, payouts, drops)")
                }
                RowLayout {
                    spacing: 10
                    Button { Layout.preferredHeight: Theme.button; Layout.preferredWidth: 125; text: qsTr("Payout"); onClicked: if (Cash.record("payout", amount.text, reason.text)) amount.clear() }
                    Button { Layout.preferredHeight: Theme.button; Layout.preferredWidth: 125; text: qsTr("Safe drop"); onClicked: if (Cash.record("drop", amount.text, reason.text)) amount.clear() }
                    Button { Layout.preferredHeight: Theme.button; Layout.preferredWidth: 125; text: qsTr("Exchange"); onClicked: if (Cash.record("exchange", amount.text, reason.text)) amount.clear() }
                    Button { Layout.preferredHeight: Theme.button; Layout.preferredWidth: 125; text: qsTr("No sale"); onClicked: Cash.record("no_sale", "", reason.text) }
                }
                RowLayout {
                    spacing: 10
                    Button { objectName: "importCsv"; Layout.preferredHeight: Theme.button; Layout.preferredWidth: 260; text: qsTr("Import terminal CSV"); onClicked: importDialog.open() }
                    Button { objectName: "closeShift"; Layout.preferredHeight: Theme.button; Layout.preferredWidth: 260; highlighted: true; text: qsTr("Close shift"); onClicked: Cash.startCount() }
                }
                FileDialog {
                    id: importDialog
                    title: qsTr("The ticket-office terminal's shift export")
                    nameFilters: [qsTr("CSV files (*.csv)")]
                    onAccepted: Cash.importCsv(selectedFile)
                }
            }
            ListView {
                objectName: "entryList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: Cash.entries
                header: SectionHeading { height: 40; text: qsTr("Latest entries") }
                delegate: RowLayout {
                    id: entry
                    required property string time
                    required property string what
                    required property string amountText
                    required property string note
                    required property bool voided
                    width: ListView.view.width
                    height: 40
                    spacing: 12
                    Caption { text: entry.time; font.pixelSize: Theme.bodySize }
                    Label {
                        Layout.fillWidth: true
                        text: entry.what
                        font.strikeout: entry.voided
                        color: entry.voided ? Theme.unchecked : Theme.text
                        elide: Text.ElideRight
                    }
                    Label {
                        text: entry.amountText
                        font.strikeout: entry.voided
                        color: entry.voided ? Theme.unchecked : Theme.text
                    }
                    Caption { Layout.maximumWidth: 160; text: entry.note }
                }
            }
        }
    }

    Component {
        id: countForm
        RowLayout {
            spacing: 32
            DenominationGrid { Layout.alignment: Qt.AlignTop; sheet: Cash.countSheet }
            ColumnLayout {
                Layout.alignment: Qt.AlignTop
                Layout.fillWidth: true
                spacing: 12
                SectionHeading { text: qsTr("Count the drawer"); font.pixelSize: Theme.titleSize }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: qsTr("Count what is there. You check the count before it is stored; the expected amount is shown after you submit it.")
                    color: Theme.textMuted
                }
                Button {
                    objectName: "reviewCount"
                    Layout.preferredHeight: Theme.button
                    Layout.preferredWidth: 300
                    highlighted: true
                    text: qsTr("Done counting")
                    onClicked: Cash.review()
                }
                Button {
                    objectName: "backToSales"
                    Layout.preferredHeight: Theme.button
                    Layout.preferredWidth: 300
                    text: qsTr("Back to sales")
                    onClicked: Cash.backToSales()
                }
            }
        }
    }

    Component {
        id: reviewForm
        ColumnLayout {
            objectName: "countReview"
            spacing: 10
            SectionHeading { text: qsTr("Check your count"); font.pixelSize: Theme.titleSize }
            Label {
                objectName: "reviewTotal"
                text: qsTr("Counted %1").arg(Cash.countSheet.totalText)
                font.pixelSize: Theme.bigSize
                font.bold: true
            }
            Repeater {
                model: Cash.countSheet.summary
                delegate: Label {
                    id: reviewLine
                    required property string modelData
                    objectName: "reviewLine"
                    text: reviewLine.modelData
                    font.pixelSize: Theme.bodySize + 2
                }
            }
            Caption {
                visible: Cash.countSheet.empty
                text: qsTr("Nothing counted: the drawer is empty.")
                warn: true
                font.pixelSize: Theme.bodySize
            }
            Caption {
                Layout.fillWidth: true
                text: qsTr("Once submitted the count cannot be changed, and the expected amount is shown.")
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.bodySize
            }
            RowLayout {
                spacing: 12
                Button {
                    objectName: "backToCount"
                    Layout.preferredHeight: Theme.button
                    Layout.preferredWidth: 260
                    text: qsTr("Back to the count")
                    onClicked: Cash.backToCount()
                }
                Button {
                    objectName: "submitCount"
                    Layout.preferredHeight: Theme.button
                    Layout.preferredWidth: 260
                    highlighted: true
                    text: qsTr("Submit count")
                    onClicked: Cash.submitCount()
                }
            }
            Item { Layout.fillHeight: true }
        }
    }

    Component {
        id: signOffForm
        RowLayout {
            spacing: 32
            ColumnLayout {
                Layout.alignment: Qt.AlignTop
                spacing: 10
                SectionHeading {
                    text: qsTr("Expected %1 · counted %2").arg(Cash.result.expectedText).arg(Cash.result.countedText)
                    font.pixelSize: Theme.titleSize
                }
                Label {
                    objectName: "variance"
                    text: Cash.result.varianceText
                    color: Cash.result.exact ? Theme.pass : Theme.fail
                    font.pixelSize: Theme.bigSize
                    font.bold: true
                }
                TextField {
                    id: sellerReason
                    objectName: "sellerReason"
                    visible: Cash.result.needsReason
                    Layout.preferredWidth: 600
                    Layout.preferredHeight: Theme.button
                    placeholderText: qsTr("Why (needed)")
                }
                Caption { text: qsTr("A supervisor signs off with their PIN."); font.pixelSize: Theme.bodySize }
                PinFields {
                    id: supervisor
                    objectName: "supervisor"
                    numberHint: qsTr("Supervisor number")
                }
                RowLayout {
                    visible: Cash.result.needsSupervisorDecision
                    spacing: 10
                    Chip { id: recountChip; objectName: "recountChip"; text: qsTr("The supervisor recounts") }
                    Caption { text: qsTr("or overrides with a note"); font.pixelSize: Theme.bodySize }
                }
                Button {
                    objectName: "recountSignOff"
                    visible: recountChip.checked
                    Layout.preferredHeight: Theme.button
                    Layout.preferredWidth: 360
                    highlighted: true
                    text: qsTr("Sign off with the recount %1").arg(Cash.recountSheet.totalText)
                    onClicked: Cash.signOff(Cash.Recount, sellerReason.text, supervisor.staffNo, supervisor.pin)
                }
                TextField {
                    id: supNote
                    objectName: "overrideNote"
                    visible: Cash.result.needsSupervisorDecision && !recountChip.checked
                    Layout.preferredWidth: 600
                    Layout.preferredHeight: Theme.button
                    placeholderText: qsTr("Supervisor's note (needed to override)")
                }
                RowLayout {
                    spacing: 10
                    Button {
                        objectName: "signOffAccept"
                        visible: !Cash.result.needsSupervisorDecision
                        Layout.preferredHeight: Theme.button
                        Layout.preferredWidth: 240
                        highlighted: true
                        text: qsTr("Sign off")
                        onClicked: Cash.signOff(Cash.Accept, sellerReason.text, supervisor.staffNo, supervisor.pin)
                    }
                    Button {
                        objectName: "signOffOverride"
                        visible: Cash.result.needsSupervisorDecision && !recountChip.checked
                        Layout.preferredHeight: Theme.button
                        Layout.preferredWidth: 240
                        text: qsTr("Override")
                        onClicked: Cash.signOff(Cash.Override, sellerReason.text, supervisor.staffNo, supervisor.pin, supNote.text)
                    }
                }
                Item { Layout.fillHeight: true }
            }
            // The supervisor's recount, beside the result so everything fits one screen.
            DenominationGrid {
                Layout.alignment: Qt.AlignTop
                visible: recountChip.checked
                sheet: Cash.recountSheet
            }
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
                header: SectionHeading { height: 40; text: qsTr("Sellers' over/short") }
                delegate: Rectangle {
                    id: seller
                    required property string staffNo
                    required property string name
                    required property string summary
                    required property bool owes
                    objectName: "seller_" + staffNo
                    width: ListView.view.width
                    height: owes ? 132 : 76
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                    ColumnLayout {
                        anchors { fill: parent; margins: 10 }
                        spacing: 4
                        RowLayout {
                            spacing: 8
                            Label { objectName: "sellerName"; text: seller.name; font.bold: true }
                            Caption { text: seller.staffNo }
                        }
                        Label {
                            Layout.fillWidth: true
                            text: seller.summary
                            color: seller.owes ? Theme.fail : Theme.text
                            elide: Text.ElideRight
                        }
                        RowLayout {
                            visible: seller.owes
                            TextField { id: repayAmount; Layout.preferredWidth: 120; Layout.preferredHeight: Theme.touch + 4; placeholderText: qsTr("Amount") }
                            TextField { id: repayNote; Layout.fillWidth: true; Layout.preferredHeight: Theme.touch + 4; placeholderText: qsTr("Note") }
                            Button { Layout.preferredHeight: Theme.touch + 4; text: qsTr("Record repayment"); onClicked: root.repay(seller.staffNo, repayAmount, repayNote) } // qmllint disable unqualified
                        }
                    }
                }
            }
            ListView {
                objectName: "shiftList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 8
                model: Cash.recentShifts
                header: SectionHeading { height: 40; text: qsTr("This week's shifts") }
                delegate: Rectangle {
                    id: shift
                    required property string shiftId
                    required property string title
                    required property string codes
                    required property string outcome
                    required property bool isShort
                    width: ListView.view.width
                    height: 136
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                    ColumnLayout {
                        anchors { fill: parent; margins: 10 }
                        spacing: 2
                        Label { objectName: "shiftTitle"; Layout.fillWidth: true; text: shift.title; elide: Text.ElideRight }
                        RowLayout {
                            spacing: 8
                            Label { text: shift.outcome; color: shift.isShort ? Theme.fail : Theme.text }
                            Caption { text: shift.codes }
                        }
                        RowLayout {
                            TextField { id: adjAmount; Layout.preferredWidth: 120; Layout.preferredHeight: Theme.touch + 4; placeholderText: qsTr("± amount") }
                            TextField { id: adjReason; Layout.fillWidth: true; Layout.preferredHeight: Theme.touch + 4; placeholderText: qsTr("Why") }
                            Button { Layout.preferredHeight: Theme.touch + 4; text: qsTr("Correct"); onClicked: root.correct(shift.shiftId, adjAmount, adjReason) } // qmllint disable unqualified
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
            SectionHeading { text: qsTr("Shift signed off."); color: Theme.pass; font.pixelSize: Theme.titleSize }
            Label { objectName: "doneVariance"; text: Cash.result.varianceText; font.pixelSize: Theme.bodySize + 4 }
            Button { objectName: "newShift"; Layout.preferredHeight: Theme.button; text: qsTr("Open a new shift"); onClicked: Cash.newShift() }
            Item { Layout.fillHeight: true }
        }
    }
}
