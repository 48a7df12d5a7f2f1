#pragma once
// PatrolDesk: the patrol screens' view of inspections for the signed-in person — what is
// due, the open inspection (door map, current items, what still blocks finalizing), follow-ups
// and the week's inspections — and the actions, each checked in InspectionService. Published
// to QML as `Patrol`. Names come in the current language; QML only lays them out.
#include "ChoiceModel.h"
#include "DeskOutcome.h"
#include "InspectionService.h"
#include "PatrolModels.h"
#include "QmlInstance.h"

#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace so {
class AssetAlarms;
class AuthService;
class StationCore;
class StationInfo;
} // namespace so

namespace so::checklists {

class PatrolDesk : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Patrol)
    QML_SINGLETON
    SO_QML_INSTANCE(PatrolDesk)

    Q_PROPERTY(so::checklists::DueModel *due READ due CONSTANT)
    Q_PROPERTY(so::checklists::DoorMapModel *doors READ doors CONSTANT)
    Q_PROPERTY(so::checklists::ItemListModel *items READ items CONSTANT)
    Q_PROPERTY(so::checklists::FollowUpModel *followUps READ followUps CONSTANT)
    Q_PROPERTY(so::checklists::RecentModel *recent READ recent CONSTANT)
    Q_PROPERTY(bool active READ active NOTIFY draftChanged)
    Q_PROPERTY(QString draftId READ draftId NOTIFY draftChanged)
    // "PSD patrol · Platform 1, up" in the current language.
    Q_PROPERTY(QString title READ title NOTIFY namesChanged)
    Q_PROPERTY(bool perDoor READ perDoor NOTIFY draftChanged)
    // The sections of the open inspection other than the doors (key: section id), for the tabs.
    Q_PROPERTY(so::ChoiceModel *sections READ sections CONSTANT)
    // What blocks finalizing, kept as the answers change.
    Q_PROPERTY(so::checklists::ProblemModel *problems READ problems CONSTANT)
    Q_PROPERTY(QString currentSection READ currentSection NOTIFY selectionChanged)
    Q_PROPERTY(QString currentAsset READ currentAsset NOTIFY selectionChanged)
    // The open door as people say it ("7号门"), or "".
    Q_PROPERTY(QString currentAssetName READ currentAssetName NOTIFY selectionChanged)
    // Whether the open section is answered door by door (its items wait for a door).
    Q_PROPERTY(bool doorSection READ doorSection NOTIFY selectionChanged)
    Q_PROPERTY(int problemCount READ problemCount NOTIFY progressChanged)
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY progressChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString lastFinalized READ lastFinalized NOTIFY finalized)
    // A platform side's door map shown without an inspection: its last results, follow-ups and
    // alarms ("" when none is shown).
    Q_PROPERTY(QString viewing READ viewing NOTIFY viewingChanged)
    Q_PROPERTY(QString viewingName READ viewingName NOTIFY namesChanged)

public:
    PatrolDesk(StationCore &core, InspectionService &service, AuthService &auth,
               const StationInfo &station, QObject *parent = nullptr);
    // The alarm feature's answer to "which doors have alarms"; optional.
    void setAssetAlarms(const AssetAlarms *alarms) { m_alarms = alarms; }

    DueModel *due() { return &m_due; }
    DoorMapModel *doors() { return &m_doors; }
    ItemListModel *items() { return &m_items; }
    FollowUpModel *followUps() { return &m_followUps; }
    RecentModel *recent() { return &m_recent; }

    bool active() const { return m_draft.has_value(); }
    QString draftId() const { return m_draft ? m_draft->id : QString(); }
    QString title() const;
    bool perDoor() const;
    ChoiceModel *sections() { return &m_sections; }
    ProblemModel *problems() { return &m_problemRows; }
    QString currentSection() const { return m_section; }
    QString currentAsset() const { return m_asset; }
    QString currentAssetName() const;
    bool doorSection() const;
    int problemCount() const { return int(m_problems.size()); }
    int answeredCount() const { return m_draft ? int(m_draft->answers.size()) : 0; }
    QString message() const { return m_message; }
    QString lastFinalized() const { return m_lastFinalized; }

    Q_INVOKABLE bool start(const QString &templateId, const QString &targetKind,
                           const QString &targetId);
    // From an alarm on an asset: that asset's checklist, linked to the alarm.
    Q_INVOKABLE bool startForAlarm(const QString &alarmKey, const QString &targetKind,
                                   const QString &targetId);
    Q_INVOKABLE bool resume(const QString &draftId);
    // Leaves the inspection; its draft stays saved, unless nothing was answered yet: a draft
    // nobody started filling in is not a draft, and is dropped.
    Q_INVOKABLE void leave();
    // Shows a platform side's door map without starting an inspection; templateId is the
    // checklist its Start button starts.
    Q_INVOKABLE void view(const QString &sideId, const QString &templateId = {});
    Q_INVOKABLE void closeView() { view(QString()); }
    // Starts the checklist the side was viewed for.
    Q_INVOKABLE bool startViewed();
    QString viewing() const { return m_viewing; }
    QString viewingName() const;
    Q_INVOKABLE void openDoor(const QString &door);
    Q_INVOKABLE void openSection(const QString &sectionId);
    Q_INVOKABLE bool answer(const QString &itemId, const QString &value);
    Q_INVOKABLE bool setNote(const QString &itemId, const QString &note);
    Q_INVOKABLE bool attachPhoto(const QString &itemId, const QUrl &file);
    // Passes every unanswered pass/fail item of the open door (the rest of a door after a fail).
    Q_INVOKABLE int restOfDoorOk();
    Q_INVOKABLE int bankOk(int bank);
    Q_INVOKABLE int remainingDoorsOk();
    // Every unanswered pass/fail item, doors and sections alike.
    Q_INVOKABLE int allOthersOk();
    // Picks or unpicks one option of a multiple-choice item.
    Q_INVOKABLE bool toggleOption(const QString &itemId, const QString &optionId);
    // signature: the PNG as a data URL from a Canvas.
    Q_INVOKABLE so::DeskOutcome finalize(const QString &signatureDataUrl);
    Q_INVOKABLE so::DeskOutcome discard();
    Q_INVOKABLE so::DeskOutcome review(const QString &inspectionId, bool approve,
                                       const QString &comment);
    // Opens a correction of a sent-back inspection, filled with its answers.
    Q_INVOKABLE bool revise(const QString &inspectionId);
    Q_INVOKABLE so::DeskOutcome closeFollowUp(const QString &followUpId, const QString &note);
    Q_INVOKABLE void refresh();
    // Alarms changed: only the door map's badges can have.
    void refreshDoors() { rebuildDoors(); }

Q_SIGNALS:
    void draftChanged();
    void selectionChanged();
    void progressChanged();
    void messageChanged();
    void finalized();
    // The language changed, or another inspection opened: titles read again.
    void namesChanged();
    void viewingChanged();

private:
    Result<Actor> actor(Permission p);
    void reloadDraft();
    void setProblems(QList<Problem> problems);
    void rebuildSections();
    void rebuildDoors();
    void rebuildItems();
    void setMessage(const QString &m);
    int passDoors(const QStringList &doors);
    const ChecklistTemplate *currentTemplate() const;
    Names targetName() const;
    QString in(const Names &names) const;
    Names staffName(const QString &staffNo);

    StationCore &m_core;
    InspectionService &m_service;
    AuthService &m_auth;
    const StationInfo &m_station;
    const AssetAlarms *m_alarms = nullptr;
    DueModel m_due;
    DoorMapModel m_doors;
    ItemListModel m_items;
    FollowUpModel m_followUps;
    RecentModel m_recent;
    std::optional<Draft> m_draft;
    QString m_section;
    QString m_asset;
    QString m_viewing;
    QString m_viewTemplate;
    QList<Problem> m_problems;
    ProblemModel m_problemRows;
    ChoiceModel m_sections;
    QString m_message;
    QString m_lastFinalized;
    QTimer m_minute;
};

} // namespace so::checklists
