#include "AuditLog.h"
#include "DemoInspections.h"
#include "InspectionService.h"
#include "PatrolModels.h"
#include "StationCore.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <csignal>
#include <cstdio>

using namespace so;
using namespace so::checklists;

namespace {

const Actor kAgent{QStringLiteral("1001"), Role::Agent, false};
const Actor kAgent2{QStringLiteral("1002"), Role::Agent, false};
const Actor kSeller{QStringLiteral("2001"), Role::Seller, false};
const Actor kSupervisor{QStringLiteral("3001"), Role::Supervisor, false};

struct Fixture
{
    std::unique_ptr<StationCore> core;
    std::unique_ptr<InspectionService> service;
};

Fixture open(const QString &dataDir, std::shared_ptr<Clock> clock)
{
    auto core = StationCore::open(test::demoConfigDir(), dataDir, std::move(clock));
    if (!core)
        qFatal("%s", qPrintable(core.error()));
    auto templates = loadTemplates(test::demoConfigDir(), (*core)->config());
    if (!templates)
        qFatal("%s", qPrintable(templates.error()));
    Fixture f;
    f.core = core.take();
    f.service = std::make_unique<InspectionService>(*f.core, templates.take());
    return f;
}

int scalar(StationCore &core, const QString &sql)
{
    auto q = core.db().exec(sql);
    return q && q->next() ? q->value(0).toInt() : -1;
}

// Child mode for the kill test: answers door items one at a time, saying each one is saved.
int runAutosaveChild()
{
    Fixture f = open(qEnvironmentVariable("SO_AUTOSAVE_CHILD"), std::make_shared<SystemClock>());
    auto id = f.service->start(kAgent, QStringLiteral("psd-patrol"),
                               QStringLiteral("platform-side"), QStringLiteral("P1-up"));
    if (!id)
        return 2;
    std::printf("draft %s\n", qPrintable(*id));
    std::fflush(stdout);
    int n = 0;
    for (const QString &door :
         f.service->doorsOf(QStringLiteral("platform-side"), QStringLiteral("P1-up"))) {
        for (const char *item : {"closed_locked", "no_damage", "track_side_clear",
                                 "emergency_release", "indicator_lights", "lcb_auto"}) {
            if (!f.service->answer(kAgent, *id, {QStringLiteral("door"), door, QLatin1String(item)},
                                   QStringLiteral("pass")))
                return 3;
            std::printf("saved %d\n", ++n);
            std::fflush(stdout);
        }
    }
    for (;;)
        QThread::msleep(100); // wait to be killed
}

} // namespace

class TestInspections : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    std::shared_ptr<ManualClock> m_clock;
    Fixture m_f;

    InspectionService &svc() { return *m_f.service; }
    StationCore &core() { return *m_f.core; }
    AnswerKey door(const char *d, const char *item)
    {
        return {QStringLiteral("door"), QLatin1String(d), QLatin1String(item)};
    }
    QString startPsd(const Actor &who = kAgent)
    {
        auto id = svc().start(who, QStringLiteral("psd-patrol"), QStringLiteral("platform-side"),
                              QStringLiteral("P1-up"));
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        return *id;
    }

private Q_SLOTS:
    void init()
    {
        // 2026-11-27 07:45 in Shanghai.
        m_clock =
            std::make_shared<ManualClock>(QDateTime(QDate(2026, 11, 26), QTime(23, 45), Qt::UTC));
        m_f = open(m_dir.filePath(QString::number(++m_n)), m_clock);
    }
    void cleanup() { m_f = {}; }

    void onlyPatrolRolesStart()
    {
        QVERIFY(!svc()
                     .start(kSeller, QStringLiteral("psd-patrol"), QStringLiteral("platform-side"),
                            QStringLiteral("P1-up"))
                     .ok());
        QVERIFY(!svc()
                     .start(kAgent, QStringLiteral("psd-patrol"), QStringLiteral("area"),
                            QStringLiteral("pump-room"))
                     .ok());
        QVERIFY(!svc()
                     .start(kAgent, QStringLiteral("nope"), QStringLiteral("station"),
                            QStringLiteral("L2-DH"))
                     .ok());
        const QString id = startPsd();
        // Another agent may not answer someone else's draft; a supervisor may take it over.
        QVERIFY(
            !svc().answer(kAgent2, id, door("D01", "closed_locked"), QStringLiteral("pass")).ok());
        QVERIFY(svc()
                    .answer(kSupervisor, id, door("D01", "closed_locked"), QStringLiteral("pass"))
                    .ok());
        QVERIFY(
            !svc().answer(kAgent, id, door("D99", "closed_locked"), QStringLiteral("pass")).ok());
        QVERIFY(
            !svc().answer(kAgent, id, door("D01", "closed_locked"), QStringLiteral("maybe")).ok());
    }

    void finalizeWritesAnImmutableRecordWithFollowUps()
    {
        const QString id = startPsd();
        QVERIFY(
            svc().answer(kAgent, id, door("D07", "indicator_lights"), QStringLiteral("fail")).ok());
        QVERIFY(!svc().finalize(kAgent, id, demoSignaturePng(QStringLiteral("1001"))).ok());
        auto open = svc().problems(id);
        QVERIFY(open.ok());
        bool noteAsked = false;
        for (const Problem &p : *open)
            noteAsked |= p.key == door("D07", "indicator_lights") &&
                         p.message.contains(QStringLiteral("note"));
        QVERIFY(noteAsked);
        QVERIFY(svc()
                    .setNote(kAgent, id, door("D07", "indicator_lights"),
                             QStringLiteral("green lamp out"))
                    .ok());
        auto filled = svc().markAllOk(kAgent, id);
        QVERIFY(filled.ok());
        QCOMPARE(*filled, 32 * 6 - 1 + 1); // every door item but the failed one, and the PSL panel
        QVERIFY2(svc().problems(id)->isEmpty(), "nothing left to do");
        QVERIFY(!svc().finalize(kAgent, id, QByteArray("not a png")).ok());
        QSignalSpy followUps(&svc(), &InspectionService::followUpsChanged);
        auto rec = svc().finalize(kAgent, id, demoSignaturePng(QStringLiteral("1001")));
        QVERIFY2(rec.ok(), qPrintable(rec.error()));
        QCOMPARE(*rec, id);
        QCOMPARE(followUps.count(), 1);
        QCOMPARE(scalar(core(), QStringLiteral("SELECT COUNT(*) FROM inspection_draft")), 0);
        QCOMPARE(scalar(core(), QStringLiteral("SELECT failed FROM inspection")), 1);
        QCOMPARE(scalar(core(), QStringLiteral("SELECT COUNT(*) FROM inspection_answer")),
                 32 * 6 + 1);
        QCOMPARE(scalar(core(), QStringLiteral("SELECT COUNT(*) FROM follow_up_status WHERE "
                                               "asset_id='P1-up/D07' AND status='open'")),
                 1);
        QCOMPARE(scalar(core(), QStringLiteral("SELECT COUNT(*) FROM links WHERE "
                                               "from_kind='inspection' AND to_kind='follow_up'")),
                 1);
        QCOMPARE(
            scalar(core(),
                   QStringLiteral(
                       "SELECT COUNT(*) FROM audit_event WHERE action='inspection_finalized'")),
            1);
        QVERIFY(scalar(core(), QStringLiteral("SELECT LENGTH(template_json) FROM inspection")) >
                100);
        // Immutable: triggers refuse changes, whoever asks.
        QVERIFY(!core().db().exec(QStringLiteral("UPDATE inspection SET failed=0")).ok());
        QVERIFY(!core().db().exec(QStringLiteral("DELETE FROM inspection_answer")).ok());
        QVERIFY(!core()
                     .db()
                     .exec(QStringLiteral(
                         "UPDATE inspection_answer SET value='pass' WHERE value='fail'"))
                     .ok());
        QVERIFY(!core()
                     .db()
                     .exec(QStringLiteral("INSERT INTO inspection_answer(inspection_id, "
                                          "section_id, asset, item_id, value, "
                                          "answered_by, answered_at) VALUES(?, 'door', 'D01', "
                                          "'extra', 'pass', 'x', 0)"),
                           {id})
                     .ok());
        QVERIFY(AuditLog::verify(core().db()).ok());
    }

    void startedFromAnAlarmLinksBoth()
    {
        auto id =
            svc().start(kAgent, QStringLiteral("psd-patrol"), QStringLiteral("platform-side"),
                        QStringLiteral("P1-up"), QStringLiteral("PSD-UP/EMERGENCY_RELEASE/D11"));
        QVERIFY(id.ok());
        QVERIFY(svc()
                    .answer(kAgent, *id, door("D11", "emergency_release"), QStringLiteral("fail"),
                            QStringLiteral("cover missing"))
                    .ok());
        QVERIFY(svc().markAllOk(kAgent, *id).ok());
        QVERIFY(svc().finalize(kAgent, *id, demoSignaturePng(QStringLiteral("x"))).ok());
        auto links = core().links().linksOf(
            {QStringLiteral("alarm"), QStringLiteral("PSD-UP/EMERGENCY_RELEASE/D11")});
        QVERIFY(links.ok());
        QStringList relations;
        for (const Link &l : *links)
            relations << l.relation + QLatin1Char(':') + l.to.kind;
        relations.sort();
        QCOMPARE(relations, (QStringList{"checked_by:inspection", "follow_up:follow_up"}));
    }

    void followUpLifecycle()
    {
        const QString id = startPsd();
        QVERIFY(svc()
                    .answer(kAgent, id, door("D03", "lcb_auto"), QStringLiteral("fail"),
                            QStringLiteral("left in manual"))
                    .ok());
        QVERIFY(svc().markAllOk(kAgent, id).ok());
        QVERIFY(svc().finalize(kAgent, id, demoSignaturePng(QStringLiteral("x"))).ok());
        auto open = svc().store().openFollowUps();
        QVERIFY(open.ok());
        QCOMPARE(open->size(), 1);
        const FollowUp f = open->first();
        QCOMPARE(f.priority, 3);
        QCOMPARE(f.dueAt, m_clock->nowMs() + 72LL * 3600 * 1000);
        QVERIFY(f.problem.contains(QStringLiteral("left in manual")));
        // It stays open across shifts until a supervisor closes it with a note.
        QVERIFY(
            svc()
                .addFollowUpNote(kAgent2, f.id, QStringLiteral("reported to the PSD maintainer"))
                .ok());
        QVERIFY(!svc().closeFollowUp(kAgent, f.id, QStringLiteral("done")).ok());
        QVERIFY(!svc().closeFollowUp(kSupervisor, f.id, QStringLiteral("  ")).ok());
        m_clock->advanceMs(26LL * 3600 * 1000);
        QCOMPARE(svc().store().openFollowUps()->size(), 1);
        QVERIFY(
            svc()
                .closeFollowUp(kSupervisor, f.id, QStringLiteral("switched back to auto, tested"))
                .ok());
        QCOMPARE(svc().store().openFollowUps()->size(), 0);
        QVERIFY(!svc().closeFollowUp(kSupervisor, f.id, QStringLiteral("again")).ok());
        QCOMPARE(scalar(core(), QStringLiteral("SELECT COUNT(*) FROM follow_up_event")), 2);
        QVERIFY(!core().db().exec(QStringLiteral("DELETE FROM follow_up_event")).ok());
    }

    void reviewAndRevision()
    {
        const QString id = startPsd();
        QVERIFY(svc().markAllOk(kAgent, id).ok());
        QVERIFY(svc().finalize(kAgent, id, demoSignaturePng(QStringLiteral("x"))).ok());
        QVERIFY(!svc().review(kAgent, id, true, QString()).ok());
        QVERIFY(
            !svc().review(kSupervisor, id, false, QString()).ok()); // sending back needs a comment
        QVERIFY(svc()
                    .review(kSupervisor, id, false,
                            QStringLiteral("D12 was marked before you reached it"))
                    .ok());
        QVERIFY(!svc().review(kSupervisor, id, true, QString()).ok()); // once
        auto rev = svc().revise(kAgent, id);
        QVERIFY2(rev.ok(), qPrintable(rev.error()));
        auto d = svc().store().draft(*rev);
        QVERIFY(d.ok() && d->has_value());
        QCOMPARE((*d)->revisionOf, id);
        QCOMPARE((*d)->answers.size(), 32 * 6 + 1);
        QVERIFY(svc()
                    .answer(kAgent, *rev, door("D12", "indicator_lights"), QStringLiteral("fail"),
                            QStringLiteral("red lamp flickers"))
                    .ok());
        auto done = svc().finalize(kAgent, *rev, demoSignaturePng(QStringLiteral("x")));
        QVERIFY2(done.ok(), qPrintable(done.error()));
        QCOMPARE(scalar(core(), QStringLiteral("SELECT COUNT(*) FROM inspection")), 2);
        QCOMPARE(
            scalar(core(),
                   QStringLiteral("SELECT COUNT(*) FROM inspection WHERE revision_of IS NOT NULL")),
            1);
        QCOMPARE(
            scalar(core(), QStringLiteral("SELECT COUNT(*) FROM links WHERE relation='revises'")),
            1);
    }

    void dueAndOverdueFollowTheClock()
    {
        auto find = [&](const QString &templateId, const QString &target) {
            auto due = svc().due();
            if (!due)
                qFatal("%s", qPrintable(due.error()));
            for (const DueEntry &e : *due)
                if (e.templateId == templateId && e.target.id == target)
                    return e;
            return DueEntry{};
        };
        // 07:45: the 07:30 patrol is due until 07:50.
        DueEntry e = find(QStringLiteral("psd-patrol"), QStringLiteral("P1-up"));
        QCOMPARE(e.status, QStringLiteral("due"));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(e.slotAt, QTimeZone("Asia/Shanghai")).time(),
                 QTime(7, 30));
        QCOMPARE(e.missedToday, 1);         // 05:30 passed with nothing done
        m_clock->advanceMs(10 * 60 * 1000); // 07:55
        QCOMPARE(find(QStringLiteral("psd-patrol"), QStringLiteral("P1-up")).status,
                 QStringLiteral("overdue"));
        const QString id = startPsd();
        QCOMPARE(find(QStringLiteral("psd-patrol"), QStringLiteral("P1-up")).status,
                 QStringLiteral("in_progress"));
        QVERIFY(svc().markAllOk(kAgent, id).ok());
        QVERIFY(svc().finalize(kAgent, id, demoSignaturePng(QStringLiteral("x"))).ok());
        e = find(QStringLiteral("psd-patrol"), QStringLiteral("P1-up"));
        QCOMPARE(e.status, QStringLiteral("done"));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(e.nextSlotAt, QTimeZone("Asia/Shanghai")).time(),
                 QTime(9, 30));
        m_clock->advanceMs(2 * 3600 * 1000); // 09:55
        QCOMPARE(find(QStringLiteral("psd-patrol"), QStringLiteral("P1-up")).status,
                 QStringLiteral("overdue"));
        // Winter only: turnouts are checked in November.
        QCOMPARE(
            find(QStringLiteral("outdoor-turnouts"), QStringLiteral("turnout-yard")).templateId,
            QStringLiteral("outdoor-turnouts"));
    }

    void doorModelIsRowLevel()
    {
        DoorMapModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<DoorRow> rows;
        for (int i = 1; i <= 8; ++i)
            rows << DoorRow{QStringLiteral("D%1").arg(i),
                            QStringLiteral("sliding"),
                            (i + 3) / 4,
                            QStringLiteral("unchecked"),
                            {},
                            0,
                            0};
        model.setRows(rows);
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.banks(), 2);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        rows[6].now = QStringLiteral("fail");
        model.setRows(rows);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 6);
        QCOMPARE(model.data(model.index(6), DoorMapModel::NowRole).toString(),
                 QStringLiteral("fail"));
    }

    void photosAreStoredByHash()
    {
        const QString png = m_dir.filePath(QStringLiteral("p.png"));
        QFile f(png);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(demoSignaturePng(QStringLiteral("photo")));
        f.close();
        auto sha = svc().storePhoto(kAgent, png);
        QVERIFY2(sha.ok(), qPrintable(sha.error()));
        QVERIFY(QFile::exists(core().dataDir() + QStringLiteral("/photos/") + *sha +
                              QStringLiteral(".png")));
        QCOMPARE(svc().storePhoto(kAgent, png).value(), *sha); // the same photo twice is one file
        const QString txt =
            test::writeFile(m_dir.path(), QStringLiteral("notes.txt"), "not a picture");
        auto bad = svc().storePhoto(kAgent, txt);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().contains(QStringLiteral("notes.txt")));
    }

    // A tablet that dies mid-patrol loses no answer it had saved.
    void answersSurviveAKilledProcess()
    {
        const QString data = m_dir.filePath(QStringLiteral("killed"));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SO_AUTOSAVE_CHILD"), data);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        int saved = 0;
        QString draftId;
        while (saved < 40 && child.waitForReadyRead(10000)) {
            while (child.canReadLine()) {
                const QString line = QString::fromUtf8(child.readLine()).trimmed();
                if (line.startsWith(QStringLiteral("draft ")))
                    draftId = line.mid(6);
                else if (line.startsWith(QStringLiteral("saved ")))
                    saved = line.mid(6).toInt();
            }
        }
        QVERIFY(saved >= 40);
        ::kill(pid_t(child.processId()), SIGKILL);
        child.waitForFinished();
        Fixture after = open(data, m_clock);
        QVERIFY(after.core->db().checkIntegrity().ok());
        auto d = after.service->store().draft(draftId);
        QVERIFY(d.ok() && d->has_value());
        QVERIFY2((*d)->answers.size() >= saved,
                 qPrintable(QStringLiteral("%1 of %2").arg((*d)->answers.size()).arg(saved)));
        // And the patrol carries on from there.
        QVERIFY(after.service->markAllOk(kAgent, draftId).ok());
        QVERIFY(
            after.service->finalize(kAgent, draftId, demoSignaturePng(QStringLiteral("x"))).ok());
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("SO_AUTOSAVE_CHILD")) {
        QCoreApplication app(argc, argv);
        return runAutosaveChild();
    }
    QCoreApplication app(argc, argv);
    TestInspections t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_inspections.moc"
