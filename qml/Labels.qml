pragma Singleton
import QtQuick

// Words for values that come from C++ as keys (roles, states). Callers pass Language.current as
// the last argument so their bindings re-read the word when the language changes.
QtObject {
    id: root

    function role(key, language) {
        switch (key) {
        case "agent": return qsTr("Station agent")
        case "seller": return qsTr("Ticket seller")
        case "supervisor": return qsTr("Duty station master")
        case "admin": return qsTr("Administrator")
        }
        return key
    }

    function staffName(zh, en, language) {
        return language === "zh_CN" ? zh : en
    }
}
