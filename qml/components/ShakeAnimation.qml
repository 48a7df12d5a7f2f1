import QtQuick
import StationOps.Ui

// Shakes its target sideways: the sign that an entry was refused.
SequentialAnimation {
    id: root
    property Item target
    loops: 1
    NumberAnimation { target: root.target; property: "anchors.horizontalCenterOffset"; to: -18; duration: 50 }
    NumberAnimation { target: root.target; property: "anchors.horizontalCenterOffset"; to: 18; duration: 80 }
    NumberAnimation { target: root.target; property: "anchors.horizontalCenterOffset"; to: -12; duration: 70 }
    NumberAnimation { target: root.target; property: "anchors.horizontalCenterOffset"; to: 0; duration: 60 }
}
