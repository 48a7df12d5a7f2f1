import QtQuick
import QtTest
import StationOps.Core
import StationOps.Supervision
import StationOps.Alarms
import StationOps.Incidents
import StationOps.Test
import StationOps.Ui

// A duty agent hands over with a note; the incoming agent gets a wrong PIN refused, then
// acknowledges; the note carries into the next handover. A supervisor opens the list behind a
// dashboard figure. The real services and database are behind the screens.
StationTestCase {
    id: testCase
    name: "Handover"

    // The deepest visible item at a point of the window: what a finger there would touch.
    function itemAt(x, y) {
        let item = window.contentItem
        let p = Qt.point(x, y)
        for (;;) {
            const child = item.childAt(p.x, p.y)
            if (!child)
                return item
            p = item.mapToItem(child, p.x, p.y)
            item = child
        }
    }
    function within(item, ancestor) {
        for (let i = item; i; i = i.parent)
            if (i === ancestor)
                return true
        return false
    }
    // The hand-over button is on screen, whole, 48 px or more, and nothing lies over it.
    function verifyHandOverButton(when) {
        const button = find("handOverButton")
        tryVerify(() => button.visible, 3000, when + ": the button is shown")
        waitForItemPolished(button)
        wait(50)
        const p = button.mapToItem(window.contentItem, 0, 0)
        verify(p.x >= 0 && p.y >= 0 && p.x + button.width <= window.contentItem.width
               && p.y + button.height <= window.contentItem.height,
               when + ": inside the window, at " + p.x + "," + p.y)
        verify(button.width >= 48 && button.height >= 48, when + ": 48 px or more")
        for (const [fx, fy] of [[0.5, 0.5], [0.1, 0.2], [0.9, 0.8]]) {
            const hit = itemAt(p.x + button.width * fx, p.y + button.height * fy)
            verify(within(hit, button), when + ": not covered, found " + hit + " over it")
        }
        // Nothing else on the right-hand side overlaps it either.
        const side = find("handoverSide")
        const b = button.mapToItem(side, 0, 0)
        for (let i = 0; i < side.children.length; ++i) {
            const c = side.children[i]
            if (!c.visible || c.height === 0 || within(button, c))
                continue
            const apart = c.y + c.height <= b.y || c.y >= b.y + button.height
            verify(apart, when + ": " + c + " overlaps the button")
        }
    }

    function test_1_handoverFromStartToAcknowledgement() {
        verify(Auth.signIn("1001", "2468").ok)
        window.page = "home"
        tap("rail_handover")
        tryCompare(window, "page", "handover")
        // The demo station has alarms, follow-ups, shifts and cases open: all of them listed.
        tryVerify(() => Handover.items.count > 0, 3000)
        const list = find("handoverItems")
        tryCompare(list, "count", Handover.items.count)
        // Each job has its heading.
        compare(find("jobHeading", list).text, Handover.jobCounts[0].replace(/ \d+$/, ""))
        compare(Handover.jobCounts.length, 4)
        for (const chip of Handover.jobCounts)
            verify(Number(chip.split(" ").pop()) > 0, chip)

        find("handoverNote").text = "电梯2 维保人员14:00到"
        tap("addNoteButton")
        tryVerify(() => Handover.drafts.count === 1, 2000, Handover.message)
        compare(find("handoverNote").text, "")
        const total = Handover.total
        tap("handOverButton")
        tryVerify(() => Handover.pending.valid, 2000, Handover.message)
        compare(Handover.mode, Handover.Waiting)
        compare(Handover.pending.byNo, "1001")
        compare(Handover.pending.count, total)
        compare(Handover.drafts.count, 0)
        // The incoming person now reads what was handed over, note included (notes come last).
        tryCompare(list, "count", total)
        list.positionViewAtEnd()
        tryVerify(() => list.itemAtIndex(total - 1) !== null)
        compare(list.itemAtIndex(total - 1).heading, "电梯2 维保人员14:00到")
        verify(!find("handOverButton").visible)

        // Home says a handover waits.
        window.page = "home"
        const card = find("handoverCard")
        tryVerify(() => card.visible, 2000)
        compare(card.badge, String(total))
        tap("handoverCard")
        tryCompare(window, "page", "handover")

        // A wrong PIN is refused, and the handover still waits.
        find("incomingNo").text = "1002"
        find("incomingPin").text = "0000"
        tap("acknowledgeButton")
        tryVerify(() => find("handoverMessage").visible, 2000)
        verify(Handover.pending.valid)
        compare(find("incomingPin").text, "")
        // The writer cannot acknowledge their own handover.
        find("incomingNo").text = "1001"
        find("incomingPin").text = "2468"
        tap("acknowledgeButton")
        tryVerify(() => Handover.message.indexOf("1001") >= 0, 2000, Handover.message)
        verify(Handover.pending.valid)
        // The incoming agent's own PIN acknowledges and, as ticked, signs them in on the tablet.
        verify(find("takeOverTablet").checked)
        find("incomingNo").text = "1002"
        find("incomingPin").text = "1357"
        tap("acknowledgeButton")
        tryVerify(() => !Handover.pending.valid, 2000, Handover.message)
        compare(Handover.last.ackByNo, "1002")
        compare(Handover.last.byNo, "1001")
        tryCompare(Auth, "staffNo", "1002")
        tryCompare(window, "page", "home")
        tap("rail_handover")
        tryCompare(window, "page", "handover")
        verify(!find("handoverMessage").visible)
        tryVerify(() => find("lastHandover").text.indexOf(Handover.last.ackAtDateTime) >= 0)

        // The note carries forward, with a tick a finger can hit; what is still open is carried.
        tryVerify(() => Handover.notes.count === 1, 2000)
        verify(Handover.carriedCount > 0)
        tap("clearNote_0")
        verify(find("handOverButton").visible)

        // The handover as a PDF.
        tap("handoverPdfButton")
        tryVerify(() => Handover.savedPdf.length > 0, 5000, Handover.message)
        verify(Handover.savedPdf.endsWith(".pdf"))

        // Earlier handovers stay readable: the newest opens with what it handed over.
        tryVerify(() => Handover.history.count >= 1, 2000)
        tap("history_0")
        tryVerify(() => Handover.viewing.id === Handover.last.id, 2000, Handover.message)
        compare(Handover.mode, Handover.Reading)
        const items = find("handoverItems")
        tryCompare(items, "count", Handover.viewing.count)
        compare(Handover.viewing.count, total)
        verify(!find("handOverButton").visible)
        tap("backToNow")
        tryVerify(() => !Handover.viewing.valid, 2000)
        tryCompare(items, "count", Handover.items.count)
    }

    function test_2_dashboardOpensTheListBehindAFigure() {
        verify(Auth.signIn("1001", "2468").ok)
        verify(!find("rail_dashboard").visible, "agents do not see the dashboard")
        Auth.signOut()
        verify(Auth.signIn("3001", "8642").ok)
        tap("rail_dashboard")
        tryCompare(window, "page", "dashboard")
        const panel = find("drillPanel")
        verify(!panel.visible)
        tap("windowWeek")
        tryCompare(Dashboard, "alarmWindow", "week")
        // The demo alarms of the last days: the P2 bar opens the P2 activations.
        const p2 = Number(find("priorityBar2").valueText)
        verify(p2 > 0)
        tap("priorityBar2")
        tryVerify(() => panel.visible, 2000)
        tryCompare(find("drillList"), "count", p2)
        tap("drillClose")
        tryVerify(() => !panel.visible, 2000)
        // Callback compliance: the late list is what the figure counts.
        const flick = find("dashboardFlick")
        flick.contentY = flick.contentHeight - flick.height
        tap("callbacks_late")
        tryVerify(() => panel.visible, 2000)
        compare(find("drillList").count, Number(find("callbacks_late").valueText))
    }

    function test_3_reportsSaveWithOneTap() {
        verify(Auth.signIn("1001", "2468").ok)
        verify(!find("rail_reports").visible, "agents do not export")
        Auth.signOut()
        verify(Auth.signIn("3001", "8642").ok)
        tap("rail_reports")
        tryCompare(window, "page", "reports")
        tap("range_30days")
        tryCompare(Reports, "range", "30days")
        verify(Reports.incidentCount > 0, "the demo cases of the last 30 days are counted")
        tap("save_incidents_pdf")
        tryVerify(() => Reports.saved.endsWith(".pdf"), 5000, Reports.message)
        tryVerify(() => find("reportSaved").text.indexOf(Reports.saved) >= 0)
        // The PDF opens in the app, page by page.
        const viewer = find("reportViewer")
        tryVerify(() => viewer.visible, 2000)
        tryVerify(() => viewer.pageCount > 0, 10000, "the PDF's pages are read")
        find("pdfView")
        tap("viewerClose")
        tryVerify(() => !viewer.visible, 2000)
        // A CSV shows its first rows in a table.
        tap("save_weekly_csv")
        tryVerify(() => Reports.saved.endsWith(Reports.week + ".csv"), 5000, Reports.message)
        tryVerify(() => viewer.visible, 2000)
        const table = find("csvTable")
        tryVerify(() => table.rows > 0, 3000)
        verify(find("csvHeader").children.length > 1)
        tap("viewerClose")
    }

    // #15 item 1: after a language switch the right-hand side still shows "Hand over" whole,
    // uncovered, at least 48 px, in both languages.
    function test_4_handOverButtonSurvivesALanguageSwitch() {
        signIn("1001", "2468")
        // A second handover so that the history has more than one row under the button.
        Handover.refresh()
        verify(Handover.addNote("B口卷帘门需报修，维修人员明早到站，请值班员陪同并在维修单上签字"))
        verify(Handover.handOver(), Handover.message)
        verify(Handover.acknowledge("1002", "1357", true), Handover.message)
        tryCompare(Auth, "staffNo", "1002")
        const first = Language.current
        tap("rail_handover")
        tryCompare(window, "page", "handover")
        verifyHandOverButton("opened in " + first)
        // Switched with the page open ...
        Language.toggle()
        verifyHandOverButton("switched with the page open")
        // ... then away, switched back, and back again.
        tap("rail_home")
        Language.toggle()
        compare(Language.current, first)
        tap("rail_handover")
        tryCompare(window, "page", "handover")
        verifyHandOverButton("back after switching elsewhere")
        tap("rail_home")
        Language.toggle()
        tap("rail_handover")
        verifyHandOverButton("back in the other language")
        Language.setLanguage(first)
    }

    // #15 item 4: a refresh while alarms arrive keeps the list where it was and the row under
    // the finger where it was.
    function test_5_theListKeepsItsPlaceWhileAlarmsArrive() {
        signIn("1001", "2468")
        tap("rail_handover")
        const list = find("handoverItems")
        tryVerify(() => list.count > 8, 3000)
        list.positionViewAtIndex(6, ListView.Beginning)
        wait(100)
        const probe = Qt.point(list.width / 2, list.height / 2)
        const before = list.itemAt(probe.x, list.contentY + probe.y)
        verify(before !== null)
        const key = before.itemKey
        const onScreen = before.mapToItem(window.contentItem, 0, 0)
        const count = Handover.items.count
        TestDevices.send("PSD-UP", "CLOSE_FAIL", "D15", true)
        TestDevices.send("PSD-UP", "CLOSE_FAIL", "D16", true)
        tryVerify(() => { Handover.refresh(); return Handover.items.count >= count + 2 }, 3000, "the new alarms are listed")
        wait(100)
        const after = list.itemAt(probe.x, list.contentY + probe.y)
        verify(after !== null)
        compare(after.itemKey, key, "the same row is under the finger")
        verify(after === before, "the same row, not a new one made in its place")
        const now = after.mapToItem(window.contentItem, 0, 0)
        compare(now.y, onScreen.y, "the row has not moved on the screen")
    }

    // A row of a dashboard list opens its record: an alarm in the alarm history, a case in its page.
    function test_6_aDashboardRowOpensItsRecord() {
        signIn("3001", "8642")
        tap("rail_dashboard")
        tryCompare(window, "page", "dashboard")
        tap("windowWeek")
        tap("priorityBar2")
        tryVerify(() => find("drillPanel").visible, 2000)
        tap("drillRow_0")
        tryCompare(window, "page", "alarms")
        compare(window.pageTab, 1)
        verify(Alarms.history.device.length > 0)
        tap("rail_dashboard")
        tryCompare(window, "page", "dashboard")
        // The cases of a category with some in the last 7 days.
        const page = find("dashboardPage")
        let opened = false
        for (let i = 0; i < Incidents.categories.count; ++i) {
            const key = Incidents.categories.keyAt(i)
            page.openList(key, "category", key)
            if (Dashboard.drillRows.count > 0) {
                opened = true
                break
            }
        }
        verify(opened, "the demo station has cases this week")
        tryVerify(() => find("drillList").count > 0, 2000)
        tap("drillRow_0")
        tryCompare(window, "page", "incidents")
        tryVerify(() => Incidents.current.id !== undefined, 2000)
    }
}
