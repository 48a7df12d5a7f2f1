pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qt.labs.folderlistmodel
import QtMultimedia
import StationOps.Core
import StationOps.Ui

// The tablet's photo picker: the newest pictures of the tablet's pictures folder (station.json
// "picturesFolder"; the system's Pictures otherwise) as large thumbnails, one tap to choose.
// Nothing of the desktop: no paths, no filters, no small buttons; the words follow the language.
// Where Qt Multimedia finds a camera, "Take a photo" opens it in the app (PhotoCamera); where
// there is none, the button is not shown and the pictures are all there is.
Popup {
    id: root
    objectName: "photoPicker"
    // The chosen picture's file URL.
    signal picked(url file)

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 80 : 1100, 1100)
    height: parent ? parent.height - 80 : 700
    modal: true
    padding: 16
    onClosed: cameraOn = false

    // Asked only while the picker is open: Qt Multimedia starts its device lists (and their
    // audio service) when first asked, which a screen that never takes a photo does not need.
    readonly property bool hasCamera: cameras.object !== null && (cameras.object as MediaDevices).videoInputs.length > 0
    property bool cameraOn: false

    // Not a Loader: on Qt 6.4 a Loader cannot make an inline Component of a file with
    // `pragma ComponentBehavior: Bound`; an Instantiator can.
    Instantiator {
        id: cameras
        active: root.opened
        delegate: MediaDevices {}
    }

    FolderListModel {
        id: pictures
        folder: Station.picturesFolder
        nameFilters: ["*.jpg", "*.jpeg", "*.png", "*.JPG", "*.JPEG", "*.PNG"]
        showDirs: false
        sortField: FolderListModel.Time // newest first: the photo just taken is the first one
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 12
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("Choose a photo")
                font.pixelSize: Theme.titleSize
                font.bold: true
            }
            Button {
                objectName: "photoTake"
                visible: root.hasCamera && !root.cameraOn
                Layout.preferredHeight: Theme.button
                Layout.preferredWidth: 200
                text: qsTr("Take a photo")
                highlighted: true
                onClicked: root.cameraOn = true
            }
            Button {
                objectName: "photoPickerClose"
                Layout.preferredHeight: Theme.button
                Layout.preferredWidth: 140
                text: qsTr("Cancel")
                onClicked: root.close()
            }
        }
        // By URL, for the same reason as the Instantiator above.
        Loader {
            id: camera
            objectName: "cameraLoader"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: active
            active: root.cameraOn
            source: Qt.resolvedUrl("PhotoCamera.qml")
        }
        Connections {
            target: camera.item as PhotoCamera
            function onTaken(file) {
                root.picked(file)
                root.close()
            }
            function onCancelled() { root.cameraOn = false }
        }
        GridView {
            id: grid
            objectName: "photoGrid"
            visible: !root.cameraOn
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            cellWidth: Math.floor(width / Math.max(1, Math.floor(width / 200)))
            cellHeight: 200
            model: pictures
            delegate: Item {
                id: cell
                required property int index
                required property url fileUrl
                required property string fileName
                objectName: "photo_" + index
                width: grid.cellWidth
                height: grid.cellHeight
                Rectangle {
                    anchors { fill: parent; margins: 6 }
                    color: Theme.buttonIdle
                    radius: Theme.radius
                    Image {
                        anchors { fill: parent; margins: 4 }
                        source: cell.fileUrl
                        sourceSize { width: 180; height: 180 }
                        fillMode: Image.PreserveAspectCrop
                        asynchronous: true
                        cache: false
                    }
                }
                TapHandler {
                    onTapped: {
                        root.picked(cell.fileUrl)
                        root.close()
                    }
                }
            }
            Label {
                objectName: "noPhotos"
                anchors.centerIn: parent
                width: parent.width - 80
                visible: pictures.status === FolderListModel.Ready && pictures.count === 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                text: qsTr("No photos on this tablet yet. Take one with the camera, then choose it here.")
            }
        }
    }
}
