// The permission matrix, enforced where it matters: every service action, tried by every role
// against the real services on a copy of the demo station. The expected table is written out
// here by hand from the station's rules, not read from the code that enforces them.
#include "AppServices.h"
#include "StaffService.h"
#include "TestSupport.h"

#include <QFile>
#include <QTest>
#include <functional>

using namespace so;

namespace {

struct Person
{
    Role role;
    QString number;
    QString pin;
};

const QList<Person> kPeople{{Role::Agent, QStringLiteral("1001"), QStringLiteral("2468")},
                            {Role::Seller, QStringLiteral("2002"), QStringLiteral("4826")},
                            {Role::Supervisor, QStringLiteral("3001"), QStringLiteral("8642")},
                            {Role::Admin, QStringLiteral("9001"), QStringLiteral("9753")}};

Actor actorOf(const Person &p)
{
    return Actor{p.number, p.role, false};
}

const Actor kSeller{QStringLiteral("2001"), Role::Seller, false};
const Actor kSupervisor{QStringLiteral("3001"), Role::Supervisor, false};
const cash::Counts kFloat{{"n100", 3}, {"n50", 3}, {"n20", 2}, {"n10", 1}};

using Action = std::function<bool(AppServices &, const Person &)>;

struct Row
{
    const char *action;
    bool agent, seller, supervisor, admin;
    Action run;
};

QString openFollowUp(AppServices &s)
{
    auto open = s.inspections().store().openFollowUps();
    return open && !open->isEmpty() ? open->first().id : QString();
}

QString anInspection(AppServices &s)
{
    auto list = s.inspections().store().inspections(0, std::numeric_limits<qint64>::max(), 1);
    return list && !list->isEmpty() ? list->first().id : QString();
}

QString anIncident(AppServices &s)
{
    auto list = s.incidents().find(kSupervisor, {}, 50);
    for (const incidents::Incident &i : list.value())
        if (i.state == QLatin1String("new"))
            return i.id;
    return {};
}

// A counted shift of seller 2001, waiting for a supervisor.
QString countedShift(AppServices &s)
{
    auto id = s.cash().openShift(kSeller, QStringLiteral("TO-A"), kFloat, QStringLiteral("3001"),
                                 QStringLiteral("8642"));
    if (!id || !s.cash().submitCount(kSeller, *id, kFloat))
        return {};
    return *id;
}

const QList<Row> &matrix()
{
    static const QList<Row> rows{
        {"acknowledge an alarm", true, true, true, true,
         [](AppServices &s, const Person &p) {
             return s.alarmSystem()
                 .engine()
                 .acknowledge(actorOf(p), {QStringLiteral("PUMP-1/PUMP2_FAULT")})
                 .ok();
         }},
        {"shelve an alarm", false, false, true, false,
         [](AppServices &s, const Person &p) {
             return s.alarmSystem()
                 .engine()
                 .shelve(actorOf(p), QStringLiteral("PUMP-1/PUMP2_FAULT"), QStringLiteral("维修中"),
                         30)
                 .ok();
         }},
        {"suppress a device", false, false, true, false,
         [](AppServices &s, const Person &p) {
             return s.alarmSystem()
                 .engine()
                 .setSuppressed(actorOf(p), QStringLiteral("ESC-1"), true, QStringLiteral("检修"))
                 .ok();
         }},
        {"take an alarm out of service", false, false, true, false,
         [](AppServices &s, const Person &p) {
             return s.alarmSystem()
                 .engine()
                 .setOutOfService(actorOf(p), QStringLiteral("PUMP-1/PUMP2_FAULT"), true,
                                  QStringLiteral("更换传感器"))
                 .ok();
         }},
        {"start an inspection", true, false, true, false,
         [](AppServices &s, const Person &p) {
             return s.inspections()
                 .start(actorOf(p), QStringLiteral("pump-room"), QStringLiteral("area"),
                        QStringLiteral("pump-room"))
                 .ok();
         }},
        {"review an inspection", false, false, true, false,
         [](AppServices &s, const Person &p) {
             return s.inspections().review(actorOf(p), anInspection(s), true, QString()).ok();
         }},
        {"close a follow-up", false, false, true, false,
         [](AppServices &s, const Person &p) {
             return s.inspections()
                 .closeFollowUp(actorOf(p), openFollowUp(s), QStringLiteral("已更换胶条"))
                 .ok();
         }},
        {"open a booth shift", false, true, true, false,
         [](AppServices &s, const Person &p) {
             const Actor a = actorOf(p);
             return s.cash()
                 .openShift(a, QStringLiteral("TO-B"), kFloat,
                            p.number == QLatin1String("3001") ? QStringLiteral("2001")
                                                              : QStringLiteral("3001"),
                            p.number == QLatin1String("3001") ? QStringLiteral("3690")
                                                              : QStringLiteral("8642"))
                 .ok();
         }},
        {"witness a float", false, true, true, false,
         [](AppServices &s, const Person &p) {
             return s.cash()
                 .openShift(kSeller, QStringLiteral("TO-A"), kFloat, p.number, p.pin)
                 .ok();
         }},
        {"sign off a shift", false, false, true, false,
         [](AppServices &s, const Person &p) {
             const QString shift = countedShift(s);
             return !shift.isEmpty() && s.cash()
                                            .signOff(kSeller, shift, p.number, p.pin,
                                                     cash::SignoffDecision::Accepted, QString())
                                            .ok();
         }},
        {"correct a signed-off shift", false, false, true, false,
         [](AppServices &s, const Person &p) {
             auto shifts = s.cash().shifts(0, std::numeric_limits<qint64>::max());
             return shifts && !shifts->isEmpty() &&
                    s.cash()
                        .adjust(actorOf(p), shifts->first().id, Money::fromFen(-100),
                                QStringLiteral("点错"))
                        .ok();
         }},
        {"record a repayment", false, false, true, false,
         [](AppServices &s, const Person &p) {
             return s.cash()
                 .repay(actorOf(p), QStringLiteral("2002"), Money::fromFen(100),
                        QStringLiteral("已补交"))
                 .ok();
         }},
        {"log an incident", true, true, true, true,
         [](AppServices &s, const Person &p) {
             incidents::NewIncident n;
             n.category = QStringLiteral("lost_property");
             n.channel = QStringLiteral("in_person");
             n.location = QStringLiteral("concourse");
             n.description = QStringLiteral("拾获雨伞一把");
             return s.incidents().log(actorOf(p), n).ok();
         }},
        {"assess an incident", false, false, true, false,
         [](AppServices &s, const Person &p) {
             return s.incidents()
                 .transition(actorOf(p), anIncident(s), QStringLiteral("assessed"),
                             QStringLiteral("有效"), {{QStringLiteral("valid"), true}})
                 .ok();
         }},
        {"see a passenger's contact", false, false, true, false,
         [](AppServices &s, const Person &p) {
             auto list = s.incidents().find(actorOf(p), {}, 50);
             for (const incidents::Incident &i : list.value())
                 if (!i.passengerContact.isEmpty())
                     return !i.passengerContact.contains(QLatin1Char('*'));
             return false;
         }},
        {"write a shift handover", true, false, true, false,
         [](AppServices &s, const Person &p) {
             return s.handover().handOver(actorOf(p), {}).ok();
         }},
        {"acknowledge a handover", true, false, true, false,
         [](AppServices &s, const Person &p) {
             auto id = s.handover().handOver(Actor{QStringLiteral("1002"), Role::Agent, false}, {});
             return id && s.handover().acknowledge(*id, p.number, p.pin).ok();
         }},
        {"see the supervisor dashboard", false, false, true, false,
         [](AppServices &s, const Person &p) {
             return s.auth().signInAs(p.number, p.pin).ok && s.dashboard().refresh();
         }},
        {"add a member of staff", false, false, false, true,
         [](AppServices &s, const Person &p) {
             return StaffService(s.core())
                 .add(actorOf(p),
                      {QStringLiteral("1099"), QStringLiteral("新人"), QStringLiteral("New Person"),
                       Role::Agent, QStringLiteral("5791")})
                 .ok();
         }},
        {"change someone's PIN", false, false, false, true,
         [](AppServices &s, const Person &p) {
             return StaffService(s.core())
                 .setPin(actorOf(p), QStringLiteral("1002"), QStringLiteral("8024"))
                 .ok();
         }},
        {"disable an account", false, false, false, true,
         [](AppServices &s, const Person &p) {
             return StaffService(s.core()).disable(actorOf(p), QStringLiteral("1002")).ok();
         }},
    };
    return rows;
}

} // namespace

class TestPermissionMatrix : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_seeded;

private Q_SLOTS:
    void initTestCase()
    {
        m_seeded = m_dir.filePath(QStringLiteral("seeded"));
        auto s = AppServices::build(test::demoConfigDir(), m_seeded);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QVERIFY((*s)->seedDemo().ok());
        // The pump alarm the demo raised, still waiting for a person.
        QVERIFY((*s)->alarmSystem().engine().alarm(QStringLiteral("PUMP-1/PUMP2_FAULT")));
        QVERIFY(!openFollowUp(**s).isEmpty());
        QVERIFY(!anIncident(**s).isEmpty());
    }

    void everyActionForEveryRole_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("person");
        for (int r = 0; r < matrix().size(); ++r)
            for (int p = 0; p < kPeople.size(); ++p)
                QTest::addRow("%s as %s", matrix()[r].action, qPrintable(roleName(kPeople[p].role)))
                    << r << p;
    }

    void everyActionForEveryRole()
    {
        QFETCH(int, row);
        QFETCH(int, person);
        const Row &r = matrix()[row];
        const Person &p = kPeople[person];
        const bool expected = p.role == Role::Agent        ? r.agent
                              : p.role == Role::Seller     ? r.seller
                              : p.role == Role::Supervisor ? r.supervisor
                                                           : r.admin;
        // Each try starts from the same seeded station.
        const QString data = m_dir.filePath(QStringLiteral("cell-%1-%2").arg(row).arg(person));
        QDir().mkpath(data);
        QVERIFY(QFile::copy(m_seeded + QStringLiteral("/stationops.db"),
                            data + QStringLiteral("/stationops.db")));
        auto s = AppServices::build(test::demoConfigDir(), data);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(r.run(**s, p), expected);
    }
};

QTEST_GUILESS_MAIN(TestPermissionMatrix)
#include "tst_permissions_matrix.moc"
