import QtQuick
import QtTest
import StationOps.Core
import StationOps.Supervision
import StationOps.Ui

// A duty agent hands over with a note; the incoming agent gets a wrong PIN refused, then
// acknowledges; the note carries into the next handover. A supervisor opens the list behind a
// dashboard figure. The real services and database are behind the screens.
StationTestCase {
    id: testCase
    name: "Handover"

    function test_1_handoverFromStartToAcknowledgement() {
        verify(Auth.signIn("1001", "2468").ok)
        window.page = "home"
        tap("rail_handover")
        tryCompare(window, "page", "handover")
        // The demo station has alarms, follow-ups, shifts and cases open: all of them listed.
        tryVerify(() => Handover.items.length > 0, 3000)
        const list = find("handoverItems")
        tryCompare(list, "count", Handover.items.length)
        const jobs = new Set(Handover.items.map(i => i.job))
        for (const job of ["alarms", "patrol", "cash", "incidents"])
            verify(jobs.has(job), "the list has " + job)

        find("handoverNote").text = "电梯2 维保人员14:00到"
        tap("addNoteButton")
        tryVerify(() => Handover.drafts.length === 1, 2000, Handover.message)
        compare(find("handoverNote").text, "")
        const total = Handover.counts.total
        tap("handOverButton")
        tryVerify(() => Handover.pending.id !== undefined, 2000, Handover.message)
        compare(Handover.pending.by, "1001")
        compare(Handover.pending.count, total)
        compare(Handover.drafts.length, 0)
        // The incoming person now reads what was handed over, note included.
        tryCompare(list, "count", total)
        verify(Handover.pending.items.some(i => i.kind === "note" && i.titleZh === "电梯2 维保人员14:00到"))
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
        verify(Handover.pending.id !== undefined)
        compare(find("incomingPin").text, "")
        // The writer cannot acknowledge their own handover.
        find("incomingNo").text = "1001"
        find("incomingPin").text = "2468"
        tap("acknowledgeButton")
        tryVerify(() => Handover.message.indexOf("1001") >= 0, 2000, Handover.message)
        verify(Handover.pending.id !== undefined)
        // The incoming agent's own PIN acknowledges and, as ticked, signs them in on the tablet.
        verify(find("takeOverTablet").checked)
        find("incomingNo").text = "1002"
        find("incomingPin").text = "1357"
        tap("acknowledgeButton")
        tryVerify(() => Handover.pending.id === undefined, 2000, Handover.message)
        compare(Handover.last.ackBy, "1002")
        compare(Handover.last.by, "1001")
        tryCompare(Auth, "staffNo", "1002")
        tryCompare(window, "page", "home")
        tap("rail_handover")
        tryCompare(window, "page", "handover")
        verify(!find("handoverMessage").visible)
        tryVerify(() => find("lastHandover").text.indexOf(Station.formatDateTime(Handover.last.ackAt)) >= 0)

        // The note carries forward, and everything still open is marked as carried.
        tryVerify(() => Handover.notes.length === 1, 2000)
        verify(Handover.items.every(i => i.carriedSince === Handover.last.at || i.carriedSince === 0))
        verify(Handover.items.some(i => i.carriedSince === Handover.last.at))
        verify(find("handOverButton").visible)

        // The handover as a PDF.
        tap("handoverPdfButton")
        tryVerify(() => Handover.savedPdf.length > 0, 5000, Handover.message)
        verify(Handover.savedPdf.endsWith(".pdf"))

        // Earlier handovers stay readable: the newest opens with what it handed over.
        tryVerify(() => Handover.history.length >= 1, 2000)
        const side = find("handoverPdfButton").parent.parent
        side.contentY = Math.max(0, side.contentHeight - side.height)
        tap("history_0")
        tryVerify(() => Handover.viewing.id === Handover.last.id, 2000, Handover.message)
        // The page was loaded again when the incoming agent signed in.
        const items = find("handoverItems")
        tryCompare(items, "count", Handover.viewing.count)
        compare(Handover.viewing.count, total)
        verify(!find("handOverButton").visible)
        side.contentY = 0
        tap("backToNow")
        tryVerify(() => Handover.viewing.id === undefined, 2000)
        tryCompare(items, "count", Handover.items.length)
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
        const p2 = Dashboard.alarms.byPriority[1]
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
        compare(find("drillList").count, Dashboard.incidents.callbacks.late)
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
        verify(Reports.counts.incidents > 0, "the demo cases of the last 30 days are counted")
        tap("save_incidents_pdf")
        tryVerify(() => Reports.saved.endsWith(".pdf"), 5000, Reports.message)
        tryVerify(() => find("reportSaved").text.indexOf(Reports.saved) >= 0)
        tap("save_weekly_csv")
        tryVerify(() => Reports.saved.endsWith(Reports.week + ".csv"), 5000, Reports.message)
    }
}
