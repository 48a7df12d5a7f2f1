import QtQuick
import QtQuick.Controls
import StationOps.Supervision
import StationOps.Ui

// Alarms in each 10-minute interval of the window, oldest on the left, red above the dashed
// flood line. An interval still running is drawn pale: its count is not final.
Item {
    id: root
    objectName: "intervalChart"
    property var load
    signal tapped()

    Canvas {
        id: canvas
        anchors { fill: parent; bottomMargin: 20 }
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            const counts = root.load.perInterval
            const n = counts.length
            if (n === 0)
                return
            const w = width / n
            for (let i = 0; i < n; ++i) {
                const v = counts[i]
                if (v === 0)
                    continue
                ctx.globalAlpha = (i === n - 1 && root.load.lastRunning) ? 0.35 : 1
                ctx.fillStyle = v > root.load.floodAbove ? Theme.fail : Theme.accent
                const h = height * v / root.load.ceiling
                ctx.fillRect(i * w, height - h, Math.max(1, w - (w > 3 ? 1 : 0)), h)
            }
            ctx.globalAlpha = 1
            const y = height - height * root.load.floodAbove / root.load.ceiling
            ctx.strokeStyle = Theme.fail
            ctx.setLineDash([6, 4])
            ctx.beginPath(); ctx.moveTo(0, y); ctx.lineTo(width, y); ctx.stroke()
        }
        Connections {
            target: Dashboard
            function onChanged() { canvas.requestPaint() }
        }
        onWidthChanged: requestPaint()
    }
    Rectangle { anchors { left: parent.left; right: parent.right; bottom: canvas.bottom } height: 1; color: Theme.border }
    Caption {
        anchors { left: parent.left; bottom: parent.bottom }
        text: root.load.from
        font.pixelSize: Theme.smallSize - 2
    }
    Caption {
        anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom }
        text: qsTr("per 10 minutes; the dashed line is the flood level")
        font.pixelSize: Theme.smallSize - 2
    }
    Caption {
        anchors { right: parent.right; bottom: parent.bottom }
        text: root.load.to
        font.pixelSize: Theme.smallSize - 2
    }
    TapHandler { onTapped: root.tapped() }
}
