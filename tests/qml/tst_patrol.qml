import QtQuick
import QtTest
import StationOps.Core
import StationOps.Checklists
import StationOps.Test
import StationOps.Ui

// A PSD patrol of one platform side with one faulty door, as an agent does it, counted in taps:
// from Home to finalized in 12 or fewer. The follow-up then shows on Home and on the door map.
StationTestCase {
    id: testCase
    name: "Patrol"

    function tidy() {
        if (Patrol.active) Patrol.discard()
    }

    function test_psdPatrolWithOneFaultWithinTwelveTaps() {
        verify(Auth.signIn("1002", "1357").ok)
        tryVerify(() => find("shell").visible)
        compare(window.page, "home")
        const followUpsBefore = Patrol.followUps.count

        tap("rail_patrol")
        // The demo finished this side's patrol a moment ago, so its row is further down the
        // list (a due one is at the top); bring it into view without counting a tap.
        const list = find("dueList")
        const row = find("due_psd-patrol_P1-up")
        list.contentY = row.y - list.originY - 20
        // The tap lands only once the row is inside the list's window.
        const start = find("start_psd-patrol_P1-up")
        tryVerify(() => { const p = start.mapToItem(list, start.width / 2, start.height / 2); return p.y > 0 && p.y < list.height },
                  3000, "the start button is scrolled into view")
        tap("start_psd-patrol_P1-up")
        tryVerify(() => Patrol.active, 5000, "the patrol starts: " + Patrol.message)
        tap("door_D07")
        tryCompare(Patrol, "currentAsset", "D07")
        tap("indicator_lights_fail")
        tap("indicator_lights_noteChip1")           // "Does not work"
        tap("allOthersOk")
        tryCompare(Patrol, "problemCount", 0)
        tap("finalizeButton")
        const dialog = find("inspectionView").finalizeDialog
        tryVerify(() => dialog.opened, 2000)
        const area = find("signatureArea", dialog.contentItem)
        mouseDrag(area, 40, 60, 220, 40)             // the signature: one stroke
        ++taps
        tap("finalizeConfirm", dialog.contentItem)
        tryVerify(() => !Patrol.active, 3000)
        verify(taps <= 12, "took " + taps + " taps")
        console.log("PSD patrol with one fault: " + taps + " taps")

        // The fault is a follow-up, on Home and on the door map.
        tryCompare(Patrol.followUps, "count", followUpsBefore + 1)
        window.page = "home"
        const card = find("followUpsCard")
        tryVerify(() => card.badge === String(followUpsBefore + 1), 2000)
        verify(Patrol.start("psd-patrol", "platform-side", "P1-up"))
        window.page = "patrol"
        const d07 = find("door_D07")
        tryVerify(() => d07.followUps >= 1, 2000)
        compare(d07.last, "fail")
        verify(Patrol.discard().ok)
    }

    function test_finalizeIsRefusedWhileItemsAreOpen() {
        verify(Auth.signIn("1001", "2468").ok)
        verify(Patrol.start("pump-room", "area", "pump-room"))
        window.page = "patrol"
        tap("finalizeButton")
        const dialog = find("inspectionView").finalizeDialog
        tryVerify(() => dialog.opened, 2000)
        verify(Patrol.problemCount > 0)
        verify(!find("finalizeConfirm", dialog.contentItem).enabled)
        // Each blocking item is listed by its question; a tap takes the agent to its section.
        compare(Patrol.problems.count, Patrol.problemCount)
        const firstProblem = find("problem_0", dialog.contentItem)
        verify(firstProblem.text.indexOf(" — ") > 0, firstProblem.text)
        tap("problem_0", dialog.contentItem)
        tryVerify(() => !dialog.opened, 2000)
        verify(Patrol.currentSection.length > 0)
        // Winter items appear only when it is freezing.
        Patrol.openSection("tanks")
        tap("winter_no")
        const noWinter = Patrol.items.count
        tap("winter_yes")
        tryVerify(() => Patrol.items.count > noWinter, 2000)
        verify(Patrol.discard().ok)
    }

    function test_checkOnSiteFromAnAlarm() {
        verify(Auth.signIn("1001", "2468").ok)
        TestDevices.send("PSD-UP", "EMERGENCY_RELEASE", "D11", true)
        window.page = "alarms"
        tap("check_PSD-UP/EMERGENCY_RELEASE/D11")
        tryCompare(window, "page", "patrol")
        verify(Patrol.active)
        compare(Patrol.currentAsset, "D11")
        verify(Patrol.title.length > 0)
        verify(Patrol.discard().ok)
        TestDevices.send("PSD-UP", "EMERGENCY_RELEASE", "D11", false)
    }

    function test_sellerHasNoPatrols() {
        verify(Auth.signIn("2001", "3690").ok)
        const rail = findChild(window.contentItem, "rail_patrol")
        verify(!rail || !rail.visible)
        verify(!Patrol.start("psd-patrol", "platform-side", "P1-up"))
        verify(Patrol.message.length > 0)
    }
}
