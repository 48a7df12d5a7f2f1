import QtQuick
import QtTest
import StationOps.Core
import StationOps.Alarms
import StationOps.Test
import StationOps.Ui

// Alarms as staff meet them: the banner, one-tap acknowledge, shelving by a supervisor, and
// the history filters — the real engine and database behind the screens.
StationTestCase {
    id: testCase
    name: "Alarms"

    function test_bannerShowsTheWorstAndOpensTheList() {
        signIn("1001", "2468")
        TestDevices.send("PSD-UP", "EMERGENCY_RELEASE", "D11", true)
        tryVerify(() => Alarms.worstKey === "PSD-UP/EMERGENCY_RELEASE/D11", 2000)
        const banner = find("alarmBanner")
        tryVerify(() => banner.visible && banner.height === 56, 2000)
        verify(find("bannerText").text.indexOf("应急解锁被操作") >= 0, find("bannerText").text)
        compare(Alarms.worstPriority, 1)
        verify(Alarms.unackedCounts[0] >= 1)
        mouseClick(banner)
        compare(window.page, "alarms")
        // One tap acknowledges; the banner moves on to the next worst.
        tap("ack_PSD-UP/EMERGENCY_RELEASE/D11")
        tryVerify(() => Alarms.worstKey !== "PSD-UP/EMERGENCY_RELEASE/D11", 2000)
        // An agent may not shelve.
        const shelve = findChild(window.contentItem, "shelve_PSD-UP/EMERGENCY_RELEASE/D11")
        verify(!shelve || !shelve.visible)
        TestDevices.send("PSD-UP", "EMERGENCY_RELEASE", "D11", false)
        tryVerify(() => !findChild(window.contentItem, "alarm_PSD-UP/EMERGENCY_RELEASE/D11"), 2000)
    }

    function test_acknowledgeSeveralAtOnce() {
        signIn("1002", "1357")
        TestDevices.send("PSD-UP", "CLOSE_FAIL", "D21", true)
        TestDevices.send("PSD-UP", "CLOSE_FAIL", "D22", true)
        window.page = "alarms"
        tap("select_PSD-UP/CLOSE_FAIL/D21")
        tap("select_PSD-UP/CLOSE_FAIL/D22")
        tap("ackSelected")
        tryVerify(() => !find("ack_PSD-UP/CLOSE_FAIL/D21").visible && !find("ack_PSD-UP/CLOSE_FAIL/D22").visible, 2000)
    }

    function test_supervisorShelvesWithReasonAndDuration() {
        signIn("3001", "8642")
        TestDevices.send("ESC-1", "BRAKE_WEAR", "E1", true)
        window.page = "alarms"
        tap("shelve_ESC-1/BRAKE_WEAR/E1")
        const dialog = find("activeAlarms").shelveDialog
        tryVerify(() => dialog.opened, 2000)
        const confirm = find("shelveConfirm", dialog.contentItem)
        verify(!confirm.enabled, "no reason yet")
        const reason = find("shelveReason", dialog.contentItem)
        reason.forceActiveFocus()
        keyClick(Qt.Key_B); keyClick(Qt.Key_R); keyClick(Qt.Key_A); keyClick(Qt.Key_K); keyClick(Qt.Key_E)
        tryVerify(() => confirm.enabled)
        mouseClick(confirm)
        tryVerify(() => !findChild(window.contentItem, "alarm_ESC-1/BRAKE_WEAR/E1"), 2000)
    }

    function test_historyFiltersByDevice() {
        signIn("3001", "8642")
        window.page = "alarms"
        tap("tabHistory")
        const list = find("historyList")
        tryVerify(() => list.count > 0, 2000)
        const all = Alarms.history.count
        tap("device_FACP")
        compare(Alarms.history.device, "FACP")
        tryVerify(() => list.count > 0 && list.count < all, 2000)
        tap("deviceAll")
        // New rows may have landed meanwhile; none are lost.
        tryVerify(() => Alarms.history.count >= all, 2000)
    }
}
