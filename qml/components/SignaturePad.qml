import QtQuick
import QtQuick.Controls
import StationOps.Ui

// A box to sign in with a finger; the strokes become a PNG.
Rectangle {
    id: root
    property bool signed: false
    color: Theme.paper
    border.color: Theme.border
    radius: Theme.radius

    function clear() {
        canvas.strokes = []
        canvas.requestPaint()
        signed = false
    }
    function dataUrl() { return canvas.toDataURL("image/png") }

    Label {
        anchors.centerIn: parent
        visible: !root.signed
        text: qsTr("Sign here")
        color: Theme.unchecked
        font.pixelSize: Theme.titleSize
    }
    Canvas {
        id: canvas
        anchors.fill: parent
        property var strokes: []
        onPaint: {
            const ctx = getContext("2d")
            ctx.fillStyle = Theme.paper
            ctx.fillRect(0, 0, width, height)
            ctx.strokeStyle = Theme.ink
            ctx.lineWidth = 3
            ctx.lineCap = "round"
            for (const s of strokes) {
                ctx.beginPath()
                ctx.moveTo(s[0].x, s[0].y)
                for (let i = 1; i < s.length; ++i) ctx.lineTo(s[i].x, s[i].y)
                if (s.length === 1) ctx.lineTo(s[0].x + 1, s[0].y + 1)
                ctx.stroke()
            }
        }
    }
    MouseArea {
        objectName: "signatureArea"
        anchors.fill: parent
        onPressed: (m) => { canvas.strokes.push([{ x: m.x, y: m.y }]); root.signed = true; canvas.requestPaint() }
        onPositionChanged: (m) => { canvas.strokes[canvas.strokes.length - 1].push({ x: m.x, y: m.y }); canvas.requestPaint() }
    }
}
