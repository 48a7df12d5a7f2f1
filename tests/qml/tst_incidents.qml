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
    function reveal(name) {
        const form = find("intakeForm")
        const item = find(name)
        const p = item.mapToItem(form.contentItem, 0, 0)
        form.contentY = Math.max(0, Math.min(p.y - 20, form.contentHeight - form.height))
        tryVerify(() => { const q = item.mapToItem(form, 0, 0); return q.y >= 0 && q.y + item.height <= form.height }, 2000,
                  name + " scrolled into view")
    }
    // Whether an item lies wholly within another's bounds on the screen.
    function within(item, area) {
        const p = item.mapToItem(area, 0, 0)
        return p.y >= 0 && p.y + item.height <= area.height && p.x >= 0 && p.x + item.width <= area.width
    }

    function test_complaintFromIntakeToClosed() {
        signIn("1001", "2468")
        window.page = "incidents"
        tap("newIncident")
        tap("category_complaint")
        tap("subtype_attitude")
        tap("location_concourse")
        find("incidentDescription").text = "闸机夹伤乘客手指，乘客很生气"
        // It happened half an hour ago; high impact and high urgency make it priority 1.
        for (const name of ["when_30", "impact_1", "urgency_1"]) {
            reveal(name)
            tap(name)
        }
        reveal("immediateActions")
        find("immediateActions").text = "当场致歉，检查闸机"
        // Save stays in reach with the form scrolled to its end.
        const save = find("saveIncident")
        verify(within(save, find("incidentIntake")), "Save is on screen, not scrolled away")
        const before = Date.now()
        tap("saveIncident")
        tryVerify(() => Incidents.current.exists && Incidents.current.state === "new", 2000, Incidents.message)
        compare(Incidents.current.priority, 1)
        const ago = (before - Incidents.current.occurredAt) / 60000
        verify(ago > 29 && ago < 31, "occurred " + ago + " min before saving")
        const id = Incidents.current.id
        // The case page shows the subtype and what was done on the spot.
        tryCompare(find("fact_subtype"), "text", Language.chinese ? "服务态度" : "Service attitude")
        compare(find("fact_actions").text, "当场致歉，检查闸机")
        compare(Incidents.moves.count, 0, "an agent may not assess")
        compare(Incidents.current.passengerName, "")
        Auth.signOut()

        signIn("3001", "8642")
        // Home tells the supervisor what waits, and one tap opens the queue.
        window.page = "home"
        const card = find("incidentsCard")
        tryVerify(() => card.visible && Incidents.stationCounts.new >= 1, 2000)
        verify(card.badge.length > 0)
        tap("incidentsCard")
        tryCompare(window, "page", "incidents")
        find("incidentSearch").text = "闸机"
        Incidents.search("闸机", "")
        tryVerify(() => Incidents.results.indexOf(id) >= 0, 2000)
        tap("incident_" + id)
        tryVerify(() => Incidents.current.id === id)
        const steps = [["assessed", "有效投诉"], ["investigating", "闸机灵敏度设置过高"], ["resolution_proposed", "致歉并调整闸机"],
                       ["approved", "同意方案，今日内调整"], ["resolved", "乘客接受"], ["callback_done", "次日回访满意"], ["closed", ""]]
        for (const [to, text] of steps) {
            // The last step's words were cleared when it was made; they are not this step's note.
            compare(find("moveText").text, "", "the note box is empty before " + to)
            if (text)
                find("moveText").text = text
            if (to === "assessed") {
                // A 48 px target: tapped off and on again, it stays valid.
                tap("validBox", null, 2)
                verify(find("validBox").checked)
            }
            if (to === "investigating") {
                tap("atFaultBox")
                verify(find("atFaultBox").checked)
            }
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
            tryVerify(() => Incidents.current.state === to, 2000, Incidents.message)
            // What was stored with this step is what was typed for it.
            const last = Incidents.timeline.count - 1
            compare(Incidents.timeline.toAt(last), to)
            compare(Incidents.timeline.textAt(last), text, "the note stored with " + to)
            if (to === "assessed")
                tryCompare(find("fact_valid"), "text", Language.chinese ? "有效投诉" : "Valid complaint")
            if (to === "investigating")
                tryCompare(find("fact_at_fault"), "text", Language.chinese ? "车站有责" : "Station at fault")
        }
        compare(Incidents.timeline.count, 8)
        verify(Incidents.current.passengerSigned, "the passenger's signature is kept")
        // The timeline shows who did what by name.
        const timeline = find("timeline")
        tryVerify(() => timeline.itemAtIndex(0) !== null)
        const byline = timeline.itemAtIndex(0).byline
        verify(byline.indexOf(Language.chinese ? "李娜" : "Li Na") >= 0 && byline.indexOf("1001") < 0, byline)

        // Filters: by category, then only the supervisor's own cases (none logged by them).
        const cat = find("categoryFilter")
        const idx = cat.indexOfValue("complaint")
        verify(idx > 0)
        cat.currentIndex = idx
        cat.activated(idx)
        tap("clearSearch")
        const list = find("incidentList")
        tryVerify(() => Incidents.results.count > 0 && list.itemAtIndex(0) !== null, 2000)
        for (let i = 0; i < Math.min(list.count, 4); ++i)
            if (list.itemAtIndex(i))
                compare(list.itemAtIndex(i).category, "complaint")
        tap("mineFilter")
        tryVerify(() => Incidents.results.indexOf(id) < 0, 2000)
    }

    // A search that finds nothing says so; the clear button brings the list back.
    function test_searchWithNoMatchSaysSo() {
        signIn("3001", "8642")
        window.page = "incidents"
        const field = find("incidentSearch")
        field.text = "zzqx"
        field.textEdited()
        tryCompare(Incidents.results, "count", 0)
        const none = find("noMatch")
        tryVerify(() => none.visible, 2000, "the empty list says why")
        verify(none.text.indexOf("zzqx") >= 0, none.text)
        tap("clearSearch")
        compare(field.text, "")
        tryVerify(() => Incidents.results.count > 0, 2000)
        verify(!none.visible)
    }

    // A long category, place and state are shown whole in both languages, not cut off.
    function test_listRowsAreNotCutOff() {
        signIn("1001", "2468")
        verify(Incidents.log({ category: "disorderly", location: "booth-area", description: "乘客在客服中心大声争吵" }),
               Incidents.message)
        window.page = "incidents"
        const list = find("incidentList")
        for (const lang of ["en", "zh_CN"]) {
            Language.setLanguage(lang)
            tryVerify(() => list.count > 0 && list.itemAtIndex(0) !== null, 2000)
            const row = list.itemAtIndex(0)
            const title = find("caseRowTitle", row)
            const state = find("caseRowState", row)
            waitForItemPolished(row)
            verify(title.text.indexOf(lang === "en" ? "Disorderly conduct" : "扰乱秩序") >= 0, title.text)
            verify(!title.truncated && !state.truncated, lang + ": " + title.text + " / " + state.text)
            verify(title.lineCount <= 2, title.text + " on " + title.lineCount + " lines")
        }
        Language.setLanguage("zh_CN")
    }

    function test_fromAnAlarm() {
        signIn("1001", "2468")
        TestDevices.send("PSD-UP", "OBSTRUCTION", "D05", true)
        window.page = "alarms"
        tap("incident_PSD-UP/OBSTRUCTION/D05")
        tryCompare(window, "page", "incidents")
        tryVerify(() => find("incidentIntake").visible)
        const intake = find("incidentIntake")
        compare(Incidents.prefillLinks.count, 1)
        compare(Incidents.prefillLinks.idAt(0), "PSD-UP/OBSTRUCTION/D05")
        compare(intake.location, "platform-1")
        // A PSD obstruction is an entrapment: the category is chosen already.
        compare(intake.category, "psd_entrapment")
        tap("saveIncident")
        tryVerify(() => Incidents.current.state === "new", 2000, Incidents.message)
        compare(Incidents.current.category, "psd_entrapment")
        compare(Incidents.links.count, 1)
        compare(Incidents.links.kindAt(0), "alarm")
        compare(Incidents.links.idAt(0), "PSD-UP/OBSTRUCTION/D05")
        TestDevices.send("PSD-UP", "OBSTRUCTION", "D05", false)
    }

    function test_fromAFollowUp() {
        signIn("1001", "2468")
        window.page = "patrol"
        const list = find("followUpList")
        tryVerify(() => list.count > 0, 3000, "the demo has an open follow-up")
        tryVerify(() => list.itemAtIndex(0) !== null, 3000, "the first follow-up is drawn")
        const id = list.itemAtIndex(0).followUpId
        tap("incident_" + id)
        tryCompare(window, "page", "incidents")
        const intake = find("incidentIntake")
        tryVerify(() => intake.visible)
        compare(Incidents.prefillLinks.count, 1)
        compare(Incidents.prefillLinks.kindAt(0), "follow_up")
        compare(Incidents.prefillLinks.idAt(0), id)
        tap("category_complaint")
        tap("location_platform-1")
        tap("saveIncident")
        tryVerify(() => Incidents.current.state === "new", 2000, Incidents.message)
        compare(Incidents.links.count, 1)
        compare(Incidents.links.kindAt(0), "follow_up")
        verify(Incidents.links.labelAt(0).length > 0, "the follow-up's words go with the link")
    }
}
