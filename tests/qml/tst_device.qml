import QtQuick
import QtQuick.Controls
import QtTest
import StationOps.Core
import StationOps.Sync
import StationOps.Test

// The device page (#16): this tablet's id, what it holds, and a record that arrived at odds
// with what it holds, settled by a supervisor with a reason; the page is not on an agent's rail.
StationTestCase {
    name: "Device"

    function test_anAgentHasNoDevicePage() {
        signIn("1001", "2468")
        verify(!find("rail_device").visible)
    }

    function test_aConflictIsSettledWithAReason() {
        signIn("3001", "8642")
        tap("rail_device")
        const page = find("devicePage")
        compare(find("deviceShortId", page).text, Sync.deviceId.slice(-8))
        verify(/^[0-9A-F-]{36}$/.test(Sync.deviceId), Sync.deviceId)
        const before = Sync.openConflicts
        compare(TestDevices.arriveAtOdds("另一台平板上的描述"), 1)
        tryCompare(Sync, "openConflicts", before + 1)
        verify(find("lastImport", page).text.indexOf("tablet-b.json") >= 0, find("lastImport", page).text)
        const list = find("conflictList", page)
        tryVerify(() => list.count >= 1 && list.itemAtIndex(0) !== null)
        const card = list.itemAtIndex(0)
        verify(card.open)
        verify(find("differences", card).text.indexOf(": 广播太吵 → 另一台平板上的描述") >= 0,
               find("differences", card).text)
        const small = TestWatch.smallTargets(page, 48)
        verify(small.length === 0, small.join("\n"))
        // No reason, no decision: the desk says why.
        tap("heldRight", card)
        tryVerify(() => find("syncMessage", page).visible)
        verify(card.open)
        find("decisionNote", card).text = "乘客原话以本机记录为准"
        tap("heldRight", card)
        tryCompare(Sync, "openConflicts", before)
        tryVerify(() => find("decision", list.itemAtIndex(0)).visible)
        verify(find("decision", list.itemAtIndex(0)).text.indexOf("乘客原话以本机记录为准") >= 0)
        verify(!find("syncMessage", page).visible)
        window.page = "home"
    }

    // Two versions of one person: who made each and which is in force, the PIN never shown;
    // a supervisor is told it is the administrator's call, and the administrator settles it.
    function test_twoVersionsOfAPersonAreForTheAdministrator() {
        signIn("3001", "8642")
        tap("rail_device")
        const page = find("devicePage")
        const before = Sync.openConflicts
        compare(TestDevices.anotherVersionArrives("1002", "Wang Q."), 1)
        Sync.refresh()
        tryCompare(Sync, "openConflicts", before + 1)
        const list = find("conflictList", page)
        tryVerify(() => list.count >= 1 && list.itemAtIndex(0) !== null && list.itemAtIndex(0).open)
        let card = list.itemAtIndex(0)
        const text = find("differences", card).text
        // The card names the person, not only the record's code.
        verify(card.what.indexOf("王强") >= 0, card.what)
        verify(text.indexOf("当前生效") >= 0 && text.indexOf("Wang Q.") >= 0, text)
        verify(text.indexOf("（已更改）") >= 0 || text.indexOf("密码") < 0, text)
        compare(find("heldRight", card).text, "第一个正确")
        find("decisionNote", card).text = "以本机修改为准"
        tap("heldRight", card)
        tryVerify(() => find("syncMessage", page).visible)
        verify(find("syncMessage", page).text.indexOf("管理员") >= 0, find("syncMessage", page).text)
        Auth.signOut()
        signIn("9001", "9753")
        tap("rail_device")
        card = find("conflictList", find("devicePage")).itemAtIndex(0)
        find("decisionNote", card).text = "以本机修改为准"
        tap("heldRight", card)
        tryCompare(Sync, "openConflicts", before)
        window.page = "home"
    }
}
