import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Core
import StationOps.Checklists
import StationOps.Ui

// Patrol: what is due and the open follow-ups; a platform side's door map to look at; or, with
// an inspection open, that inspection.
Item {
    id: root
    signal navigate(string page)

    Loader {
        anchors.fill: parent
        sourceComponent: Patrol.active ? inspection : Patrol.viewing.length > 0 ? side : overview
    }
    Component { id: inspection; InspectionView {} }
    Component { id: side; SideView {} }
    Component {
        id: overview
        RowLayout {
            spacing: 0
            DueList {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 3
            }
            Rectangle { Layout.fillHeight: true; width: 1; color: Theme.border }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 2
                spacing: 0
                FollowUpList {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    onNavigate: (page) => root.navigate(page)
                }
                Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
                RecentInspections {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    onNavigate: (page) => root.navigate(page)
                }
            }
        }
    }
}
