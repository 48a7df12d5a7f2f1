#include "IncidentService.h"
#include "StationCore.h"
#include "TestSupport.h"

#include <QTest>

using namespace so;
using namespace so::incidents;

namespace {

const Actor kAgent{QStringLiteral("1001"), Role::Agent, false};
const Actor kSeller{QStringLiteral("2001"), Role::Seller, false};
const Actor kSupervisor{QStringLiteral("3001"), Role::Supervisor, false};

NewIncident complaint(const QString &text)
{
    NewIncident n;
    n.location = QStringLiteral("concourse");
    n.category = QStringLiteral("complaint");
    n.subtype = QStringLiteral("facilities");
    n.channel = QStringLiteral("in_person");
    n.passengerName = QStringLiteral("王小明");
    n.passengerContact = QStringLiteral("13812345678");
    n.description = text;
    return n;
}

} // namespace

class TestIncidents : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<StationCore> m_core;
    std::unique_ptr<IncidentService> m_svc;
    IncidentService &svc() { return *m_svc; }

private Q_SLOTS:
    void init()
    {
        m_clock = test::pinnedClock();
        auto core = StationCore::open(test::demoConfigDir(), m_dir.filePath(QString::number(++m_n)), m_clock);
        QVERIFY2(core.ok(), qPrintable(core.error()));
        m_core = core.take();
        auto cfg = IncidentConfig::load(test::demoConfigDir());
        QVERIFY2(cfg.ok(), qPrintable(cfg.error()));
        m_svc = std::make_unique<IncidentService>(*m_core, cfg.take());
    }
    void cleanup()
    {
        m_svc.reset();
        m_core.reset();
    }

    void intakeChecksWhatItNeeds()
    {
        NewIncident n = complaint(QString());
        QVERIFY(!svc().log(kAgent, n).ok());
        n = complaint(QStringLiteral("x"));
        n.category = QStringLiteral("weather");
        QVERIFY(!svc().log(kAgent, n).ok());
        n = complaint(QStringLiteral("x"));
        n.location = QStringLiteral("roof");
        QVERIFY(!svc().log(kAgent, n).ok());
        n = complaint(QStringLiteral("x"));
        n.subtype = QStringLiteral("wheelchair");
        QVERIFY(!svc().log(kAgent, n).ok());
        auto id = svc().log(kSeller, complaint(QStringLiteral("自动扶梯停了没人管")));
        QVERIFY2(id.ok(), qPrintable(id.error()));
        auto i = svc().incident(kSupervisor, *id);
        QCOMPARE(i->state, QStringLiteral("new"));
        QCOMPARE(i->priority, 3);
        QCOMPARE(i->timer, QStringLiteral("ok"));
    }

    void lifecycleWithRoles()
    {
        const QString id = *svc().log(kAgent, complaint(QStringLiteral("电梯门夹到孩子的书包")));
        QCOMPARE(*svc().allowedNext(kAgent, id), QStringList{});
        QCOMPARE(*svc().allowedNext(kSupervisor, id), (QStringList{"assessed", "cancelled"}));
        QVERIFY(!svc().transition(kAgent, id, QStringLiteral("assessed"), QStringLiteral("valid"), {{"valid", true}}).ok());
        QVERIFY(!svc().transition(kSupervisor, id, QStringLiteral("assessed"), QStringLiteral("valid")).ok()); // valid?
        QVERIFY(svc().transition(kSupervisor, id, QStringLiteral("assessed"), QStringLiteral("有效投诉"), {{"valid", true}}).ok());
        QVERIFY(!svc().transition(kSupervisor, id, QStringLiteral("closed"), QStringLiteral("x")).ok()); // valid: not closable yet
        QVERIFY(svc().transition(kSupervisor, id, QStringLiteral("investigating"), QStringLiteral("门控灵敏度偏低"),
                                 {{"cause", "sensor"}, {"responsible", "maintenance"}, {"at_fault", true}}).ok());
        QVERIFY(svc().transition(kAgent, id, QStringLiteral("resolution_proposed"), QStringLiteral("致歉并调校门控")).ok());
        QVERIFY(!svc().transition(kAgent, id, QStringLiteral("approved"), QString()).ok());
        QVERIFY(svc().transition(kSupervisor, id, QStringLiteral("approved"), QString()).ok());
        QVERIFY(svc().transition(kAgent, id, QStringLiteral("resolved"), QStringLiteral("乘客已签字认可")).ok());
        auto r = svc().incident(kAgent, id);
        QCOMPARE(r->state, QStringLiteral("resolved"));
        QVERIFY(r->atFault);
        QCOMPARE(r->callbackDue, m_clock->nowMs() + 3LL * 24 * 3600 * 1000);
        QVERIFY(svc().transition(kAgent, id, QStringLiteral("callback_done"), QStringLiteral("电话回访，满意")).ok());
        QVERIFY(svc().transition(kSupervisor, id, QStringLiteral("closed"), QString()).ok());
        QCOMPARE(*svc().allowedNext(kSupervisor, id), QStringList{});
        QCOMPARE(svc().incident(kAgent, id)->timeline.size(), 8);
    }

    void notValidCanBeClosedAtOnce()
    {
        const QString id = *svc().log(kAgent, complaint(QStringLiteral("要求免费乘车")));
        QVERIFY(svc().transition(kSupervisor, id, QStringLiteral("assessed"), QStringLiteral("不属有效投诉"), {{"valid", false}}).ok());
        QVERIFY(!svc().allowedNext(kSupervisor, id)->contains(QStringLiteral("investigating")));
        QVERIFY(svc().transition(kSupervisor, id, QStringLiteral("closed"), QStringLiteral("已解释规定")).ok());
    }

    void timelineIsAppendOnly()
    {
        const QString id = *svc().log(kAgent, complaint(QStringLiteral("x")));
        QVERIFY(svc().addNote(kAgent, id, QStringLiteral("乘客留下电话")).ok());
        QVERIFY(!m_core->db().exec(QStringLiteral("UPDATE incident_event SET text='y'")).ok());
        QVERIFY(!m_core->db().exec(QStringLiteral("DELETE FROM incident_event")).ok());
        QVERIFY(!m_core->db().exec(QStringLiteral("UPDATE incident SET description='y'")).ok());
    }

    void timersWarnThenBreach()
    {
        const QString id = *svc().log(kAgent, complaint(QStringLiteral("x")));
        m_clock->advanceMs(13LL * 3600 * 1000);
        QCOMPARE(svc().incident(kAgent, id)->timer, QStringLiteral("warning")); // within 12 h of the 24 h response
        m_clock->advanceMs(12LL * 3600 * 1000);
        QCOMPARE(svc().incident(kAgent, id)->timer, QStringLiteral("breached"));
        // Callback: PSD entrapment has one day.
        NewIncident psd = complaint(QStringLiteral("5号门夹人"));
        psd.category = QStringLiteral("psd_entrapment");
        psd.subtype.clear();
        const QString p = *svc().log(kAgent, psd);
        for (const auto &[to, text] : QList<std::pair<const char *, const char *>>{{"assessed", "有效"}, {"investigating", "查监控"},
                                                                                  {"resolution_proposed", "致歉"}, {"approved", ""},
                                                                                  {"resolved", "已处理"}})
            QVERIFY(svc().transition(kSupervisor, p, QLatin1String(to), QString::fromUtf8(text),
                                     {{"valid", true}}).ok());
        QCOMPARE(svc().incident(kAgent, p)->timer, QStringLiteral("ok"));
        m_clock->advanceMs(25LL * 3600 * 1000);
        QCOMPARE(svc().incident(kAgent, p)->timer, QStringLiteral("breached"));
    }

    void searchFindsShortChineseTerms()
    {
        const QString a = *svc().log(kAgent, complaint(QStringLiteral("电梯停运，乘客被困")));
        const QString b = *svc().log(kAgent, complaint(QStringLiteral("售票机不找零，要求退票")));
        const QString c = *svc().log(kAgent, complaint(QStringLiteral("Ticket gate jammed at entrance B")));
        QVERIFY(svc().addNote(kAgent, c, QStringLiteral("闸机已修复")).ok());
        auto ids = [&](const QString &q) {
            IncidentFilter f;
            f.text = q;
            QStringList out;
            for (const Incident &i : *svc().find(kSupervisor, f))
                out << i.id;
            out.sort();
            return out;
        };
        QCOMPARE(ids(QStringLiteral("电梯")), QStringList{a});
        QCOMPARE(ids(QStringLiteral("票")), (QStringList{b}));
        QCOMPARE(ids(QStringLiteral("乘客被困")), QStringList{a});
        QCOMPARE(ids(QStringLiteral("jammed")), QStringList{c});
        QCOMPARE(ids(QStringLiteral("闸机")), QStringList{c}); // found in the timeline
        QCOMPARE(ids(QStringLiteral("100%")), QStringList{});
        QCOMPARE(ids(QStringLiteral("%")), QStringList{});
    }

    void personalDataIsMaskedForNonSupervisors()
    {
        const QString id = *svc().log(kAgent, complaint(QStringLiteral("x")));
        auto agentView = svc().incident(kAgent, id);
        QCOMPARE(agentView->passengerName, QStringLiteral("王**"));
        QCOMPARE(agentView->passengerContact, QStringLiteral("138****5678"));
        auto supView = svc().incident(kSupervisor, id);
        QCOMPARE(supView->passengerName, QStringLiteral("王小明"));
        QCOMPARE(supView->passengerContact, QStringLiteral("13812345678"));
        // Never in the audit trail.
        auto q = m_core->db().exec(QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE after_json LIKE '%王小明%' OR after_json LIKE '%1381234%'"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 0);
    }

    void fromAnAlarmIsLinked()
    {
        NewIncident n = complaint(QStringLiteral("7号门夹住乘客"));
        n.category = QStringLiteral("psd_entrapment");
        n.subtype.clear();
        n.location = QStringLiteral("platform-1");
        n.fromAlarm = QStringLiteral("PSD-UP/OBSTRUCTION/D07");
        const QString id = *svc().log(kAgent, n);
        auto links = m_core->links().linksOf({QStringLiteral("incident"), id});
        QVERIFY(links.ok());
        QCOMPARE(links->size(), 1);
        QCOMPARE(links->first().from.id, QStringLiteral("PSD-UP/OBSTRUCTION/D07"));
    }
};

QTEST_GUILESS_MAIN(TestIncidents)
#include "tst_incidents.moc"
