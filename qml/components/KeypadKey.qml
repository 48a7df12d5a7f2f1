import QtQuick
import StationOps.Ui
import QtQuick.Controls
import QtQuick.Layouts

Button {
    id: root
    Layout.preferredWidth: Theme.keypadKey + 24
    Layout.preferredHeight: Theme.keypadKey
    font.pixelSize: Theme.bigSize - 6
    font.bold: true
    focusPolicy: Qt.NoFocus
}
