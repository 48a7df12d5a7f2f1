import QtQuick
import QtQuick.Controls
import StationOps.Ui

// The heading of a list or a panel; red when it carries a message instead.
Label {
    id: root
    property bool problem: false
    font.pixelSize: Theme.bodySize + 2
    font.bold: true
    color: problem ? Theme.fail : Theme.text
    elide: Text.ElideRight
    wrapMode: Text.NoWrap
}
