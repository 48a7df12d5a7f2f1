import QtQuick
import QtTest
import StationOps.Core
import StationOps.Cash
import StationOps.Ui

// A ticket seller's shift on the screens, with the real services: open with a confirmed float,
// sales, a blind count ¥0.50 short that is checked before it is stored, a reason, a
// supervisor's sign-off, the shortage owed; the supervisor's ledger by name.
StationTestCase {
    id: testCase
    name: "Cash"

    // Every text drawn on the screen now (visible items only), to say what a person can read.
    function shownTexts(item, out) {
        out = out || []
        if (!item || !item.visible)
            return out
        if (typeof item.text === "string" && item.text.length > 0)
            out.push(item.text)
        for (let i = 0; i < item.children.length; ++i)
            shownTexts(item.children[i], out)
        return out
    }
    function showing(fragment) {
        return shownTexts(window.contentItem).some(t => t.indexOf(fragment) >= 0)
    }
    function openShift(booth, confirmer, pin) {
        tap("booth_" + booth)
        tap("plus_n100", null, 5)
        find("confirmerNo").text = confirmer
        find("confirmerPin").text = pin
        tap("openShift")
        tryCompare(Cash, "stage", Cash.Selling)
    }
    function sell(amount) {
        find("saleAmount").text = amount
        tap("recordSale")
        tryCompare(find("saleAmount"), "text", "")
    }

    function test_openSellCloseSignOff() {
        signIn("2001", "3690")
        window.page = "cash"
        compare(Cash.stage, Cash.Opening)
        // Float ¥500: five ¥100 notes.
        tap("plus_n100", null, 5)
        verify(find("countTotal").text.indexOf("¥500.00") >= 0)
        find("confirmerNo").text = "2002"
        find("confirmerPin").text = "4826"
        tap("openShift")
        tryCompare(Cash, "stage", Cash.Selling)
        // The booth by its name, its code only beside it.
        const title = find("sellingTitle").text
        verify(title.indexOf(Language.chinese ? "A端票亭" : "Ticket office A") >= 0, title)
        verify(title.indexOf("TO-A") < 0, title)
        sell("4.00")
        sell("10.00")
        sell("9.99")
        tap("undoEntry")
        tryCompare(Cash.entries, "count", 4)
        tap("closeShift")
        compare(Cash.stage, Cash.Counting)
        // Blind: ¥513.50 counted.
        tap("plus_n100", null, 5)
        tap("plus_n10", null, 1)
        tap("plus_c1", null, 3)
        tap("plus_c05", null, 1)
        tap("reviewCount")
        tap("submitCount")
        tryCompare(Cash, "stage", Cash.Counted)
        compare(Cash.result.expectedText, "¥514.00")
        compare(find("variance").text, Language.chinese ? "短款 ¥0.50" : "Short ¥0.50")
        find("supervisorNo").text = "3001"
        find("supervisorPin").text = "8642"
        tap("signOffAccept")
        verify(Cash.message.length > 0, "a reason is needed")
        find("sellerReason").text = "gave too much change"
        tap("signOffAccept")
        tryCompare(Cash, "stage", Cash.SignedOff)
        compare(Cash.owedText, "¥0.50")
        tap("newShift")
        tryCompare(Cash, "stage", Cash.Opening)
    }

    // A premature tap must not store the count, nor show what was expected: the count is
    // reviewed first (counted total and each denomination), and only "Submit count" stores it.
    function test_countIsReviewedBeforeItIsStored() {
        signIn("2002", "4826")
        window.page = "cash"
        openShift("TO-B", "2001", "3690")
        sell("20.00")
        tap("closeShift")
        // ¥90 of ¥520 counted when the finger slips.
        tap("plus_n50", null, 1)
        tap("plus_n20", null, 2)
        tap("reviewCount")
        tryCompare(Cash, "stage", Cash.Reviewing)
        verify(Cash.shiftOpen, "nothing is stored by the first tap")
        verify(!Cash.result.known, "nothing about the expected amount is known")
        verify(!showing("¥520"), "the expected amount is not on the screen")
        verify(!showing(Language.chinese ? "应有 ¥" : "Expected ¥"), "no expected amount on the screen")
        compare(find("reviewTotal").text, Language.chinese ? "实点 ¥90.00" : "Counted ¥90.00")
        verify(showing("¥50.00 × 1 = ¥50.00"))
        verify(showing("¥20.00 × 2 = ¥40.00"))
        verify(!showing("× 0"), "only the denominations counted are listed")
        // Back to the count, which kept what was counted; finish it and submit.
        tap("backToCount")
        tryCompare(Cash, "stage", Cash.Counting)
        tap("plus_n100", null, 4)
        tap("plus_n20", null, 1)
        tap("reviewCount")
        verify(showing("¥100.00 × 4 = ¥400.00"))
        verify(Cash.shiftOpen)
        tap("submitCount")
        tryCompare(Cash, "stage", Cash.Counted)
        compare(Cash.result.expectedText, "¥520.00")
        compare(Cash.result.countedText, "¥510.00")
        verify(Cash.result.needsSupervisorDecision, "¥10 short is beyond the ¥5 limit")
        verify(Cash.signOff(Cash.Override, "counted in a hurry", "3001", "8642", "checked the drawer with the seller"),
               Cash.message)
        Cash.newShift()
    }

    // After a QR sale, the next sale is cash again unless someone taps QR again.
    function test_paymentReturnsToCashAfterEachSale() {
        signIn("2001", "3690")
        window.page = "cash"
        openShift("TO-A", "2002", "4826")
        verify(find("pay_cash").checked)
        tap("pay_qr")
        verify(find("pay_qr").checked && !find("pay_cash").checked)
        verify(find("recordSale").text.indexOf(Language.chinese ? "扫码支付" : "QR payment") >= 0, find("recordSale").text)
        sell("6.00")
        tryVerify(() => find("pay_cash").checked && !find("pay_qr").checked, 2000, "cash is chosen again")
        compare(Cash.payment, "cash")
        sell("4.00")
        const list = find("entryList")
        tryCompare(list, "count", 2)
        tryVerify(() => list.itemAtIndex(0) !== null && list.itemAtIndex(1) !== null)
        verify(list.itemAtIndex(0).what.indexOf(Language.chinese ? "现金" : "Cash") >= 0, list.itemAtIndex(0).what)
        verify(list.itemAtIndex(1).what.indexOf(Language.chinese ? "扫码支付" : "QR payment") >= 0, list.itemAtIndex(1).what)
        // Close it, so the next test's seller can open this booth.
        Cash.startCount()
        Cash.countSheet.set("n100", 5)
        Cash.countSheet.set("n1", 4)
        verify(Cash.review() && Cash.submitCount(), Cash.message)
        verify(Cash.signOff(Cash.Accept, "", "3001", "8642"), Cash.message)
    }

    function test_supervisorRecountsAndRecordsARepayment() {
        signIn("2002", "4826")
        window.page = "cash"
        Cash.chooseBooth("TO-B")
        Cash.floatSheet.set("n100", 2)
        verify(Cash.openShift("2001", "3690"), Cash.message)
        verify(Cash.record("sale", "20.00"))
        // Counted ¥200 of ¥220: beyond the ¥5 limit, so the supervisor recounts.
        Cash.startCount()
        Cash.countSheet.set("n100", 2)
        verify(Cash.review())
        verify(Cash.submitCount(), Cash.message)
        compare(Cash.result.needsSupervisorDecision, true)
        find("supervisorNo").text = "3001"
        find("supervisorPin").text = "8642"
        find("sellerReason").text = "note fell behind the drawer"
        tap("recountChip")
        tap("plus_n100", null, 2)
        tap("plus_n20", null, 1)
        tap("recountSignOff")
        tryCompare(Cash, "stage", Cash.SignedOff)
        compare(Cash.result.varianceText, Language.chinese ? "账实相符" : "Exact")
    }

    // The supervisor's header clears the tab bar, and the ledger names people and booths.
    function test_supervisorLedgerByName() {
        signIn("3001", "8642")
        window.page = "cash"
        const heading = find("cashHeading")
        const tab = find("tabSellers")
        waitForItemPolished(find("cashTabs"))
        const h = heading.mapToItem(null, 0, 0)
        const t = tab.mapToItem(null, 0, 0)
        verify(h.y + heading.height <= t.y, "the heading (" + h.y + "+" + heading.height + ") ends above the tabs (" + t.y + ")")
        tap("tabSellers")
        const sellers = find("sellerList")
        tryVerify(() => sellers.count >= 2, 2000)
        const liu = find("seller_2002", sellers)
        compare(find("sellerName", liu).text, Language.chinese ? "刘洋" : "Liu Yang")
        const shifts = find("shiftList")
        tryVerify(() => shifts.count >= 1 && shifts.itemAtIndex(0) !== null, 2000)
        const title = find("shiftTitle", shifts.itemAtIndex(0)).text
        verify(title.indexOf("TO-") < 0 && title.indexOf("200") < 0, "names, not codes: " + title)
        verify(title.indexOf(Language.chinese ? "票亭" : "Ticket office") >= 0, title)
    }

    function test_agentHasNoCash() {
        signIn("1001", "2468")
        const rail = findChild(window.contentItem, "rail_cash")
        verify(!rail || !rail.visible)
        Cash.floatSheet.set("n100", 1)
        verify(!Cash.openShift("2002", "4826"))
        verify(Cash.message.length > 0)
        Cash.floatSheet.clear()
    }
}
