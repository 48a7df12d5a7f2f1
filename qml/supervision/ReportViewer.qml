import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Pdf
import StationOps.Supervision
import StationOps.Ui

// The report just saved, over the Reports page: a PDF page by page (Qt PDF), or a CSV's first
// rows as a table. Closing it leaves the file saved.
Rectangle {
    id: root
    objectName: "reportViewer"
    color: Theme.background

    readonly property bool pdf: Reports.preview === Reports.PdfPreview
    // Pages of the PDF on show (0 until it is read). The view is an inline Component, whose type
    // Qt 6.4 cannot name in QML (an `as` to an inline component is null there), hence the mark.
    readonly property int pageCount: pdf && body.item && body.item.pageCount !== undefined ? body.item.pageCount : 0 // qmllint disable type

    ColumnLayout {
        anchors { fill: parent; margins: 16 }
        spacing: 8
        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                SectionHeading {
                    objectName: "viewerTitle"
                    Layout.fillWidth: true
                    text: root.pdf ? qsTr("%n page(s)", "", root.pageCount)
                                   : qsTr("The first %n row(s)", "", Reports.csv.rowCount())
                }
                Caption {
                    Layout.fillWidth: true
                    text: Reports.saved
                    elide: Text.ElideMiddle
                }
            }
            Button {
                objectName: "viewerClose"
                Layout.preferredHeight: Theme.button
                Layout.preferredWidth: 140
                highlighted: true
                text: qsTr("Close")
                onClicked: Reports.closePreview()
            }
        }
        Loader {
            id: body
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: root.pdf ? pdfView : csvView
        }
    }

    Component {
        id: pdfView
        // The document lives with its view, so nothing opens a file while no PDF is shown.
        Item {
            readonly property int pageCount: pdfDocument.pageCount
            PdfDocument {
                id: pdfDocument
                source: Reports.savedUrl
            }
            PdfMultiPageView {
                objectName: "pdfView"
                anchors.fill: parent
                clip: true
                document: pdfDocument
            }
        }
    }
    Component {
        id: csvView
        ColumnLayout {
            spacing: 0
            Row {
                objectName: "csvHeader"
                Layout.fillWidth: true
                Repeater {
                    model: Reports.csv.header
                    delegate: Label {
                        required property string modelData
                        width: 180
                        height: Theme.touch
                        leftPadding: 8
                        verticalAlignment: Text.AlignVCenter
                        text: modelData
                        font.bold: true
                        elide: Text.ElideRight
                    }
                }
            }
            TableView {
                id: table
                objectName: "csvTable"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: Reports.csv
                columnWidthProvider: function () { return 180 }
                delegate: Rectangle {
                    required property string display
                    required property int row
                    implicitHeight: Theme.touch
                    color: row % 2 ? Theme.background : Theme.surface
                    Label {
                        anchors { fill: parent; leftMargin: 8; rightMargin: 8 }
                        verticalAlignment: Text.AlignVCenter
                        text: parent.display
                        elide: Text.ElideRight
                        font.pixelSize: Theme.smallSize
                    }
                }
            }
            Caption {
                visible: Reports.csv.more
                text: qsTr("More rows are in the file.")
            }
        }
    }
}
