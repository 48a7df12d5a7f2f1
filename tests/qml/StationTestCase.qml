import QtQuick
import QtTest
import StationOps.Core
import StationOps.Test
import StationOps.Ui

// The base of every screen test: a fresh window per test, `find` and `tap` as a finger would
// use the screen, and any QML warning fails the test in which it was printed.
TestCase {
    id: root
    when: windowShown

    property var window
    // Taps made through tap() since the test began, for the tap budgets of SCREENS.md.
    property int taps: 0

    Component { id: mainComponent; Main {} }

    // A test file's own set-up and tidying, run after the window is made and before sign-out.
    function prepare() {}
    function tidy() {}

    function initTestCase() { TestWatch.install() }
    function init() {
        failOnWarning(/ReferenceError|TypeError|Binding loop|Unable to assign|Cannot read property|is not defined|\.qml:\d+|DelegateModel::|QQuickStyle::|Cannot anchor|Detected anchors/)
        window = createTemporaryObject(mainComponent, root)
        verify(window)
        taps = 0
        prepare()
    }
    function cleanup() {
        tidy()
        Auth.signOut()
    }
    // Lists make their rows on the next frame; wait for them.
    function find(name, within) {
        tryVerify(() => findChild(within || window.contentItem, name) !== null, 3000, "no item named " + name)
        return findChild(within || window.contentItem, name)
    }
    // Taps an item once it can be tapped, where it has settled, and only if a finger can hit it.
    function tap(name, within, times) {
        const item = find(name, within)
        tryVerify(() => item.visible && item.enabled, 3000, name + " can be tapped")
        waitForItemPolished(item)
        // Lists move rows into view after a change; tap where the item has come to rest.
        let last = item.mapToItem(null, 0, 0)
        wait(30)
        tryVerify(() => { const p = item.mapToItem(null, 0, 0); const still = p.x === last.x && p.y === last.y; last = p; return still },
                  3000, name + " comes to rest")
        verify(item.width >= 48 && item.height >= 48,
               name + " is at least 48 px, is " + item.width + "x" + item.height)
        for (let i = 0; i < (times || 1); ++i) {
            mouseClick(item)
            ++taps
        }
    }
    function signIn(number, pin) {
        verify(Auth.signIn(number, pin).ok)
        tryVerify(() => find("shell").visible)
    }
}
