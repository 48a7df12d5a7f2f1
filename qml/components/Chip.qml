import QtQuick
import QtQuick.Controls
import StationOps.Ui

// A filter chip: 48 px tall, checked or not.
Button {
    id: root
    height: Theme.touch
    checkable: true
    font.pixelSize: Theme.smallSize + 1
    focusPolicy: Qt.NoFocus
}
