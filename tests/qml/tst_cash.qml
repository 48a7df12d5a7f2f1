import QtQuick
import QtTest
import StationOps.Core
import StationOps.Cash
import StationOps.Ui

// A ticket seller's shift on the screens, with the real services: open with a confirmed float,
// two sales, a blind count ¥0.50 short, a reason, a supervisor's sign-off, the shortage owed.
StationTestCase {
    id: testCase
    name: "Cash"

    function test_openSellCloseSignOff() {
        verify(Auth.signIn("2001", "3690").ok)
        window.page = "cash"
        compare(Cash.status, "none")
        // Float ¥500: five ¥100 notes.
        tap("plus_n100", null, 5)
        compare(find("countTotal").text.indexOf("¥500.00") >= 0, true)
        find("confirmerNo").text = "2002"
        find("confirmerPin").text = "4826"
        tap("openShift")
        wait(100)
        verify(Cash.status === "open", "not open: " + Cash.message)
        find("saleAmount").text = "4.00"
        tap("recordSale")
        find("saleAmount").text = "10.00"
        tap("recordSale")
        find("saleAmount").text = "9.99"
        tap("recordSale")
        tap("undoEntry")
        tryVerify(() => Cash.entries.length === 4)
        tap("closeShift")
        // Blind: ¥513.50 counted; nothing on screen says ¥514 before submitting.
        tap("plus_n100", null, 5)
        tap("plus_n10", null, 1)
        tap("plus_c1", null, 3)
        tap("plus_c05", null, 1)
        verify(Cash.result.expected === undefined)
        tap("submitCount")
        tryCompare(Cash, "status", "counted")
        compare(Cash.result.expected, "¥514.00")
        verify(find("variance").text.indexOf("¥0.50") >= 0, find("variance").text)
        find("supervisorNo").text = "3001"
        find("supervisorPin").text = "8642"
        tap("signOffAccept")
        verify(Cash.message.length > 0, "a reason is needed")
        find("sellerReason").text = "gave too much change"
        tap("signOffAccept")
        tryCompare(Cash, "status", "signed_off")
        compare(Cash.owedText, "¥0.50")
    }

    function test_supervisorRecountsAndRecordsARepayment() {
        verify(Auth.signIn("2002", "4826").ok)
        window.page = "cash"
        verify(Cash.openShift("TO-B", { "n100": 2 }, "2001", "3690"), Cash.message)
        verify(Cash.record("sale", "cash", "20.00"))
        // Counted ¥200 of ¥220: beyond the ¥5 limit, so the supervisor recounts.
        verify(Cash.submitCount({ "n100": 2 }))
        compare(Cash.result.needsSupervisorDecision, true)
        find("supervisorNo").text = "3001"
        find("supervisorPin").text = "8642"
        find("sellerReason").text = "note fell behind the drawer"
        tap("recountChip")
        tap("plus_n100", null, 2)
        tap("plus_n20", null, 1)
        tap("recountSignOff")
        tryCompare(Cash, "status", "signed_off")
        compare(Cash.result.variance, "¥0.00")
        // The supervisor's ledger view.
        Auth.signOut()
        verify(Auth.signIn("3001", "8642").ok)
        window.page = "cash"
        tap("tabSellers")
        const list = find("sellerList")
        tryVerify(() => list.count >= 1, 2000)
    }

    function test_agentHasNoCash() {
        verify(Auth.signIn("1001", "2468").ok)
        const rail = findChild(window.contentItem, "rail_cash")
        verify(!rail || !rail.visible)
        verify(!Cash.openShift("TO-B", { "n100": 1 }, "2002", "4826"))
        verify(Cash.message.length > 0)
    }
}
