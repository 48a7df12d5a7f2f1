import QtQuick
import QtTest
import StationOps.Core
import StationOps.Ui

// The sign-in flow as a person does it: keypad taps, a wrong PIN, the right one, language,
// lock and unlock, sign out.
StationTestCase {
    id: testCase
    name: "SignIn"

    function prepare() { waitForRendering(window.contentItem) }
    function tidy() {
        if (!Language.chinese) Language.setLanguage("zh_CN")
    }
    function typeDigits(digits, within) {
        for (const d of digits) tap("key_" + d, within || find("signInPage"))
    }
    function accept(within) { tap("key_accept", within || find("signInPage")) }
    function back(within) { tap("key_back", within || find("signInPage")) }

    function test_wrongPinThenRight() {
        verify(find("signInPage").visible)
        typeDigits("3001")
        compare(find("staffNoField").value, "3001")
        accept()                        // Next
        typeDigits("0000")
        accept()                        // Sign in
        verify(!Auth.signedIn)
        const message = find("signInMessage").text
        verify(message.indexOf("4") >= 0, message)
        compare(find("pinField").value, "", "a refused PIN is cleared")
        typeDigits("8642")
        accept()
        tryVerify(() => Auth.signedIn)
        verify(find("shell").visible)
        compare(Auth.role, "supervisor")
        compare(window.page, "home")
    }

    function test_backspaceGoesBackToStaffNumber() {
        typeDigits("3002")
        back()
        typeDigits("1")
        compare(find("staffNoField").value, "3001")
        accept()
        verify(find("pinField").active)
        back()                          // empty PIN: back to the number
        verify(find("staffNoField").active)
    }

    function test_languageSwitchesAtRunTime() {
        verify(Language.chinese)
        compare(find("staffNoField").label, "员工号")
        tap("languageButton")
        verify(!Language.chinese)
        compare(find("staffNoField").label, "Staff number")
        tap("languageButton")
        compare(find("staffNoField").label, "员工号")
    }

    function test_lockAndUnlock() {
        verify(Auth.signIn("1001", "2468").ok)
        tryVerify(() => find("shell").visible)
        tap("railLock")
        verify(Auth.locked)
        verify(find("lockScreen").visible)
        typeDigits("2468", find("lockScreen"))
        accept(find("lockScreen"))
        verify(!Auth.locked)
        verify(!find("lockScreen").visible)
        tap("signOutButton")
        verify(!Auth.signedIn)
        verify(find("signInPage").visible)
    }
}
