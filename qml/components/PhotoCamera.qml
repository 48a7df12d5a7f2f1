import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia
import StationOps.Core
import StationOps.Ui

// The tablet's camera inside the app: the live view fills the picker, one large shutter button
// sits at the bottom right under the thumb. The photo is saved into the pictures folder (so the
// picker lists it first next time) and handed back with `taken`. PhotoPicker loads this only
// where Qt Multimedia finds a camera; elsewhere the picker alone is shown.
Item {
    id: root
    objectName: "photoCamera"
    // The saved photo's file URL.
    signal taken(url file)
    signal cancelled()

    // What went wrong, in the current language, or "" while all is well.
    property string problem: ""
    readonly property bool busy: !capture.readyForCapture

    CaptureSession {
        id: session
        camera: Camera {
            id: camera
            active: true
            onErrorOccurred: (error, errorString) => root.problem = qsTr("The camera cannot be used: %1").arg(errorString)
        }
        imageCapture: ImageCapture {
            id: capture
            onImageSaved: (requestId, path) => root.taken("file://" + path)
            onErrorOccurred: (requestId, error, message) => root.problem = qsTr("The photo was not saved: %1").arg(message)
        }
        videoOutput: view
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.rail
        radius: Theme.radius
    }

    VideoOutput {
        id: view
        anchors { fill: parent; margins: 4 }
        fillMode: VideoOutput.PreserveAspectFit
    }

    Label {
        objectName: "cameraProblem"
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: 16 }
        visible: root.problem !== ""
        text: root.problem
        color: Theme.lockError
        wrapMode: Text.WordWrap
        font.bold: true
    }

    RowLayout {
        anchors { right: parent.right; bottom: parent.bottom; margins: 20 }
        spacing: 20
        Button {
            objectName: "cameraBack"
            Layout.preferredHeight: Theme.button
            Layout.preferredWidth: 180
            text: qsTr("Choose a photo instead")
            onClicked: root.cancelled()
        }
        RoundButton {
            objectName: "cameraShutter"
            Layout.preferredWidth: 96
            Layout.preferredHeight: 96
            enabled: !root.busy && root.problem === ""
            Accessible.name: qsTr("Take the photo")
            onClicked: capture.captureToFile(Station.newPhotoFile())
            background: Rectangle {
                radius: width / 2
                color: parent.enabled ? Theme.surface : Theme.unchecked
                border { color: Theme.accent; width: 6 }
            }
        }
    }
}
