import QtQuick
import QtTest
import StationOps.Core
import StationOps.Incidents
import StationOps.Test
import StationOps.Ui

// An agent logs a complaint; a supervisor finds it by a two-character Chinese word and takes it
// through approval and callback to closed — the real services behind the screens.
StationTestCase {
    id: testCase
    name: "Incidents"

    // Scrolls the intake form so the item is in view, as a finger would.
    function reveal(form, name) {
        const item = find(name)
        const p = item.mapToItem(form.contentItem, 0, 0)
        form.contentY = Math.max(0, Math.min(p.y - 20, form.contentHeight - form.height))
        tryVerify(() => { const q = item.mapToItem(form, 0, 0); return q.y >= 0 && q.y + item.height <= form.height }, 2000,
                  name + " scrolled into view")
    }

    function test_complaintFromIntakeToClosed() {
        verify(Auth.signIn("1001", "2468").ok)
        window.page = "incidents"
        tap("newIncident")
        tap("category_complaint")
        tap("location_concourse")
        find("incidentDescription").text = "闸机夹伤乘客手指，乘客很生气"
        // It happened half an hour ago; high impact and high urgency make it priority 1.
        const form = find("incidentIntake")
        for (const name of ["when_30", "impact_1", "urgency_1"]) {
            reveal(form, name)
            tap(name)
        }
        form.contentY = 0
        const before = Date.now()
        tap("saveIncident")
        tryVerify(() => Incidents.current.id !== undefined && Incidents.current.state === "new", 2000, Incidents.message)
        compare(Incidents.current.priority, 1)
        const ago = (before - Incidents.current.occurredAt) / 60000
        verify(ago > 29 && ago < 31, "occurred " + ago + " min before saving")
        const id = Incidents.current.id
        verify((Incidents.current.next || []).length === 0, "an agent may not assess")
        verify(Incidents.current.passengerName === "")
        Auth.signOut()

        verify(Auth.signIn("3001", "8642").ok)
        // Home tells the supervisor what waits, and one tap opens the queue.
        window.page = "home"
        const card = find("incidentsCard")
        tryVerify(() => card.visible && Incidents.counts.new >= 1, 2000)
        verify(card.badge.length > 0)
        tap("incidentsCard")
        tryCompare(window, "page", "incidents")
        find("incidentSearch").text = "闸机"
        Incidents.search("闸机", "")
        tryVerify(() => Incidents.results.some(r => r.id === id), 2000)
        tap("incident_" + id)
        tryCompare(Incidents.current, "id", id)
        const steps = [["assessed", "有效投诉"], ["investigating", "闸机灵敏度设置过高"], ["resolution_proposed", "致歉并调整闸机"],
                       ["approved", ""], ["resolved", "乘客接受"], ["callback_done", "次日回访满意"], ["closed", ""]]
        for (const [to, text] of steps) {
            find("moveText").text = text
            if (to === "resolved") {
                // The passenger signs on a pad the width of the screen, opened from the preview.
                tap("signPassenger")
                const dialog = find("incidentDetail").signDialog
                tryVerify(() => dialog.opened, 2000, "the signing pad opens")
                const pad = find("passengerSignature", dialog.contentItem)
                tryVerify(() => pad.visible && pad.width > 900 && pad.height > 300, 2000,
                          "pad " + pad.width + "x" + pad.height)
                waitForItemPolished(pad.parent)
                wait(50)
                verify(!find("signatureDone", dialog.contentItem).enabled, "nothing to keep before the passenger signs")
                mouseDrag(find("signatureArea", pad), 100, 150, 500, 80)
                verify(pad.signed, "pad " + pad.width + "x" + pad.height + " at " + JSON.stringify(pad.mapToItem(null, 0, 0)))
                mouseClick(find("signatureDone", dialog.contentItem))
                tryVerify(() => find("signaturePreview").visible, 2000, "the signature is shown before resolving")
            }
            tap("move_" + to)
            tryCompare(Incidents.current, "state", to)
        }
        compare(Incidents.current.timeline.length, 8)
        verify(Incidents.current.passengerSigned, "the passenger's signature is kept")
        // The timeline shows who did what by name.
        verify(Incidents.current.timeline.some(e => e.byEn !== e.by), "names, not staff numbers")

        // Filters: by category, then only the supervisor's own cases (none logged by them).
        const cat = find("categoryFilter")
        const idx = cat.indexOfValue("complaint")
        verify(idx > 0)
        cat.currentIndex = idx
        cat.activated(idx)
        find("incidentSearch").text = ""
        Incidents.search("", "")
        tryVerify(() => Incidents.results.length > 0 && Incidents.results.every(r => r.category === "complaint"), 2000)
        tap("mineFilter")
        tryVerify(() => Incidents.results.every(r => r.id !== id), 2000)
    }

    function test_fromAnAlarm() {
        verify(Auth.signIn("1001", "2468").ok)
        TestDevices.send("PSD-UP", "OBSTRUCTION", "D05", true)
        window.page = "alarms"
        tap("incident_PSD-UP/OBSTRUCTION/D05")
        tryCompare(window, "page", "incidents")
        tryVerify(() => find("incidentIntake").visible)
        const intake = find("incidentIntake")
        compare(intake.links.length, 1)
        compare(intake.links[0].id, "PSD-UP/OBSTRUCTION/D05")
        compare(intake.location, "platform-1")
        // A PSD obstruction is an entrapment: the category is chosen already.
        compare(intake.category, "psd_entrapment")
        tap("saveIncident")
        tryCompare(Incidents.current, "state", "new")
        compare(Incidents.current.category, "psd_entrapment")
        compare(Incidents.current.links.length, 1)
        compare(Incidents.current.links[0].kind, "alarm")
        compare(Incidents.current.links[0].id, "PSD-UP/OBSTRUCTION/D05")
        TestDevices.send("PSD-UP", "OBSTRUCTION", "D05", false)
    }

    function test_fromAFollowUp() {
        verify(Auth.signIn("1001", "2468").ok)
        window.page = "patrol"
        const list = find("followUpList")
        tryVerify(() => list.count > 0, 3000, "the demo has an open follow-up")
        tryVerify(() => list.itemAtIndex(0) !== null, 3000, "the first follow-up is drawn")
        const id = list.itemAtIndex(0).followUpId
        tap("incident_" + id)
        tryCompare(window, "page", "incidents")
        const intake = find("incidentIntake")
        tryVerify(() => intake.visible)
        compare(intake.links.length, 1)
        compare(intake.links[0].kind, "follow_up")
        compare(intake.links[0].id, id)
        tap("category_complaint")
        tap("location_platform-1")
        tap("saveIncident")
        tryCompare(Incidents.current, "state", "new")
        compare(Incidents.current.links.length, 1)
        compare(Incidents.current.links[0].kind, "follow_up")
        verify(Incidents.current.links[0].label.length > 0, "the follow-up's words go with the link")
    }
}
