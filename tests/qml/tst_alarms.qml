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
        // A shelved alarm does not vanish: it is set aside below the list, with the time left,
        // and a supervisor can unshelve it from there.
        const aside = find("aside_ESC-1/BRAKE_WEAR/E1")
        verify(aside.aside.indexOf("brake") >= 0, aside.aside)
        verify(/还剩 (29|30) 分钟/.test(aside.aside), aside.aside)
        const list = find("activeAlarmList")
        list.positionViewAtEnd()
        tap("unshelve_ESC-1/BRAKE_WEAR/E1")
        tryVerify(() => findChild(window.contentItem, "alarm_ESC-1/BRAKE_WEAR/E1") !== null, 2000)
        tryVerify(() => !findChild(window.contentItem, "aside_ESC-1/BRAKE_WEAR/E1"), 2000)
        TestDevices.send("ESC-1", "BRAKE_WEAR", "E1", false)
    }

    // A preset reason is stored by its key and read in the language of whoever reads it.
    function test_presetShelveReasonFollowsTheLanguage() {
        signIn("3001", "8642")
        TestDevices.send("ESC-1", "LUBRICATION", "E2", true)
        window.page = "alarms"
        tap("shelve_ESC-1/LUBRICATION/E2")
        const dialog = find("activeAlarms").shelveDialog
        tryVerify(() => dialog.opened, 2000)
        tap("reason_faulty_sensor", dialog.contentItem)
        tap("shelveConfirm", dialog.contentItem)
        const aside = find("aside_ESC-1/LUBRICATION/E2")
        Language.setLanguage("en")
        tryVerify(() => aside.aside.indexOf("Faulty sensor") >= 0, 2000, aside.aside)
        Language.setLanguage("zh_CN")
        tryVerify(() => aside.aside.indexOf("传感器故障") >= 0, 2000, aside.aside)
        verify(Alarms.unshelve("ESC-1/LUBRICATION/E2").ok)
        TestDevices.send("ESC-1", "LUBRICATION", "E2", false)
    }

    // A priority 1 alarm blinks by a timer twice a second, not by an animation that redraws
    // every frame.
    function test_criticalBannerBlinksByTimer() {
        signIn("1001", "2468")
        TestDevices.send("PSD-UP", "EMERGENCY_RELEASE", "D12", true)
        tryCompare(Alarms, "worstPriority", 1)
        const banner = find("alarmBanner")
        const blink = banner.blink
        tryVerify(() => blink.running, 2000)
        compare(blink.interval, 500)
        const first = banner.opacity
        tryVerify(() => banner.opacity !== first, 2000, "the banner blinks")
        verify(Alarms.acknowledge(["PSD-UP/EMERGENCY_RELEASE/D12"], "").ok)
        TestDevices.send("PSD-UP", "EMERGENCY_RELEASE", "D12", false)
        tryVerify(() => !blink.running, 2000)
        compare(banner.opacity, 1)
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
