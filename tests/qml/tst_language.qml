import QtQuick
import QtTest
import StationOps.Core
import StationOps.Test
import StationOps.Checklists

// #15 item 8: one language at a time. Every screen each role opens shows, in Chinese, no English
// words and, in English, no Chinese, and nowhere both glued together ("门体… / Closed and…").
// What people typed is theirs: case descriptions stay as written.
StationTestCase {
    name: "Language"

    function texts(number, pin, lang) {
        let seen = []
        signIn(number, pin)
        Language.setLanguage(lang)
        for (const e of window.entries) {
            if (!e.allowed)
                continue
            tap("rail_" + e.page)
            tryCompare(window, "page", e.page)
            wait(50)
            seen = seen.concat(TestWatch.visibleTexts(window.contentItem).map(t => e.page + " " + t))
            if (e.page === "alarms" || e.page === "cash") {
                for (let tab = 1; tab <= 2; ++tab) {
                    window.pageTab = tab
                    wait(50)
                    seen = seen.concat(TestWatch.visibleTexts(window.contentItem).map(t => e.page + "/" + tab + " " + t))
                }
                window.pageTab = 0
            }
        }
        tap("rail_home")
        tryCompare(window, "page", "home")
        wait(200) // settled before signing out empties the lists
        Auth.signOut()
        return seen
    }
    // "page name: text" → [name, text]
    function split(line) {
        const at = line.indexOf(": ")
        return [line.substring(0, at).split(" ")[1], line.substring(at + 2)]
    }
    function glued(text) { return /[\u3400-\u9fff][^/]* \/ [A-Za-z]/.test(text) }

    function test_chineseScreensHaveNoEnglish_data() {
        return [{ tag: "agent", who: "1001", pin: "2468" }, { tag: "seller", who: "2001", pin: "3690" },
                { tag: "supervisor", who: "3001", pin: "8642" }]
    }
    function test_chineseScreensHaveNoEnglish(data) {
        const wrong = texts(data.who, data.pin, "zh_CN").filter(line => {
            const [name, text] = split(line)
            if (name === "railLanguage" || text.startsWith("/"))   // a serial port's path is a path
                return false
            // A file's name is what someone called it (the last batch taken in); a conflict's
            // values are the records' own ("英文姓名: Wang Qiang → Wang Q."), its fields ours.
            let words = text.replace(/[^\s·]+\.json/g, "")
            if (name === "differences")
                words = words.split("\n").map(l => l.split(": ")[0]).join("\n")
            return /[a-z]{3,}/.test(words) || glued(text)
        })
        verify(wrong.length === 0, "English on the Chinese screens:\n" + wrong.join("\n"))
    }
    function test_englishScreensHaveNoChinese_data() { return test_chineseScreensHaveNoEnglish_data() }
    function test_englishScreensHaveNoChinese(data) {
        const wrong = texts(data.who, data.pin, "en").filter(line => {
            const [name, text] = split(line)
            // Case descriptions and handover notes are what people typed.
            if (name === "railLanguage" || name === "incidentSearch" || name.startsWith("incident_") || name === "handoverNotes")
                return glued(text)
            // A follow-up reads "item: the note the agent typed"; the item is ours, the note theirs.
            // So do a conflict's fields ("Description: held → arrived") and a decision's reason.
            let ours = (name === "followUpList" || name.startsWith("item_follow_up") || name === "decision")
                ? text.split(": ")[0] : text
            if (name === "differences")
                ours = text.split("\n").map(l => l.split(": ")[0]).join("\n")
            return /[\u3400-\u9fff]/.test(ours) || glued(text)
        })
        verify(wrong.length === 0, "Chinese on the English screens:\n" + wrong.join("\n"))
    }
}
