import QtQuick
import QtQuick.Controls
import StationOps.Ui

// A second line under a title: smaller and muted, red when it warns.
Label {
    id: root
    property bool warn: false
    font.pixelSize: Theme.smallSize
    color: warn ? Theme.fail : Theme.textMuted
    elide: Text.ElideRight
}
