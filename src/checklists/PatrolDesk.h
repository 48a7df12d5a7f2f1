#pragma once
// PatrolService: the patrol screens' view of inspections for the signed-in person — what is
// due, the open inspection (door map, current items, what still blocks finalizing), follow-ups
// — and the actions, each checked in InspectionService. Published to QML as `Patrol`.
#include "InspectionService.h"
#include "PatrolModels.h"
#include "QmlInstance.h"

#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace so {
class AssetAlarms;
class AuthService;
class StationCore;
}

namespace so::checklists {

class PatrolService : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Patrol)
    QML_SINGLETON
    SO_QML_INSTANCE(PatrolService)

    Q_PROPERTY(so::checklists::DueModel *due READ due CONSTANT)
    Q_PROPERTY(so::checklists::DoorMapModel *doors READ doors CONSTANT)
    Q_PROPERTY(so::checklists::ItemListModel *items READ items CONSTANT)
    Q_PROPERTY(so::checklists::FollowUpModel *followUps READ followUps CONSTANT)
    Q_PROPERTY(bool active READ active NOTIFY draftChanged)
    Q_PROPERTY(QString draftId READ draftId NOTIFY draftChanged)
    Q_PROPERTY(QString templateNameZh READ templateNameZh NOTIFY draftChanged)
    Q_PROPERTY(QString templateNameEn READ templateNameEn NOTIFY draftChanged)
    Q_PROPERTY(QString targetNameZh READ targetNameZh NOTIFY draftChanged)
    Q_PROPERTY(QString targetNameEn READ targetNameEn NOTIFY draftChanged)
    Q_PROPERTY(bool perDoor READ perDoor NOTIFY draftChanged)
    // [{id, titleZh, titleEn, perDoor, open}] — sections of the open inspection.
    Q_PROPERTY(QVariantList sections READ sections NOTIFY draftChanged)
    Q_PROPERTY(QString currentSection READ currentSection NOTIFY selectionChanged)
    Q_PROPERTY(QString currentAsset READ currentAsset NOTIFY selectionChanged)
    Q_PROPERTY(int problemCount READ problemCount NOTIFY progressChanged)
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY progressChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString lastFinalized READ lastFinalized NOTIFY finalized)
    // The last week's finalized inspections, newest first:
    // [{id, nameZh, nameEn, target, by, finishedAt, failed, review, reviewComment, revisionOf}]
    Q_PROPERTY(QVariantList recent READ recent NOTIFY recentChanged)

public:
    PatrolService(StationCore &core, InspectionService &service, AuthService &auth, QObject *parent = nullptr);
    // The alarm feature's answer to "which doors have alarms"; optional.
    void setAssetAlarms(const AssetAlarms *alarms) { m_alarms = alarms; }

    DueModel *due() { return &m_due; }
    DoorMapModel *doors() { return &m_doors; }
    ItemListModel *items() { return &m_items; }
    FollowUpModel *followUps() { return &m_followUps; }

    bool active() const { return m_draft.has_value(); }
    QString draftId() const { return m_draft ? m_draft->id : QString(); }
    QString templateNameZh() const;
    QString templateNameEn() const;
    QString targetNameZh() const;
    QString targetNameEn() const;
    bool perDoor() const;
    QVariantList sections() const;
    QString currentSection() const { return m_section; }
    QString currentAsset() const { return m_asset; }
    int problemCount() const { return int(m_problems.size()); }
    int answeredCount() const { return m_draft ? int(m_draft->answers.size()) : 0; }
    QString message() const { return m_message; }
    QString lastFinalized() const { return m_lastFinalized; }

    Q_INVOKABLE bool start(const QString &templateId, const QString &targetKind, const QString &targetId);
    // From an alarm on an asset: that asset's checklist, linked to the alarm.
    Q_INVOKABLE bool startForAlarm(const QString &alarmKey, const QString &targetKind, const QString &targetId);
    Q_INVOKABLE bool resume(const QString &draftId);
    // Leaves the inspection; its draft stays saved.
    Q_INVOKABLE void leave();
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
    // [{section, asset, item, textZh, textEn, message}] of what blocks finalizing.
    Q_INVOKABLE QVariantList problems() const;
    // signature: the PNG as a data URL from a Canvas.
    Q_INVOKABLE QVariantMap finalize(const QString &signatureDataUrl);
    Q_INVOKABLE QVariantMap discard();
    Q_INVOKABLE QVariantMap review(const QString &inspectionId, bool approve, const QString &comment);
    // Opens a correction of a sent-back inspection, filled with its answers.
    Q_INVOKABLE bool revise(const QString &inspectionId);
    QVariantList recent() const { return m_recent; }
    Q_INVOKABLE QVariantMap closeFollowUp(const QString &followUpId, const QString &note);
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void draftChanged();
    void selectionChanged();
    void progressChanged();
    void messageChanged();
    void finalized();
    void recentChanged();

private:
    Result<Actor> actor(Permission p);
    void reloadDraft();
    void rebuildDoors();
    void rebuildItems();
    void setMessage(const QString &m);
    int passDoors(const QStringList &doors);
    const ChecklistTemplate *currentTemplate() const;
    Names targetName() const;

    StationCore &m_core;
    InspectionService &m_service;
    AuthService &m_auth;
    const AssetAlarms *m_alarms = nullptr;
    DueModel m_due;
    DoorMapModel m_doors;
    ItemListModel m_items;
    FollowUpModel m_followUps;
    std::optional<Draft> m_draft;
    QString m_section;
    QString m_asset;
    QList<Problem> m_problems;
    QString m_message;
    QString m_lastFinalized;
    QTimer m_minute;
    QVariantList m_recent;
};

} // namespace so::checklists
