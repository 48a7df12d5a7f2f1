import QtQuick
import QtQuick.Controls
import StationOps.Ui

// A filter chip: 48 px tall, checked or not.
Button {
    id: root
    // implicit, so layouts keep it at 48 px too
    implicitHeight: Theme.touch
    checkable: true
    font.pixelSize: Theme.smallSize + 1
    focusPolicy: Qt.NoFocus
}
