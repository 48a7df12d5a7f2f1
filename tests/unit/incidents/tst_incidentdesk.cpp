// IncidentDesk as the incident screens drive it, on a real database: the case list and its
// queue chips updating row by row, one case's facts, timeline and moves in the current
// language, and a search that says when nothing matches.
#include "AppServices.h"
#include "DemoStaff.h"
#include "IncidentDesk.h"
#include "StationCore.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace so;
using namespace so::incidents;

class TestIncidentDesk : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<AppServices> m_app;

    IncidentDesk &desk() { return m_app->incidentDesk(); }
    void signIn(const char *no, const char *pin)
    {
        QVERIFY(m_app->auth().signInAs(QLatin1String(no), QLatin1String(pin)).ok);
    }
    QString log(const QString &category, const QString &location, const QString &description,
                const QVariantMap &more = {})
    {
        QVariantMap f = more;
        f.insert(QStringLiteral("category"), category);
        f.insert(QStringLiteral("location"), location);
        f.insert(QStringLiteral("description"), description);
        const QString id = desk().log(f);
        if (id.isEmpty())
            qWarning("not logged: %s", qPrintable(desk().message()));
        return id;
    }
    QString fact(const char *key) { return desk().facts()->valueOf(QLatin1String(key)); }

private Q_SLOTS:
    void init()
    {
        auto app =
            AppServices::build(test::demoConfigDir(), m_dir.filePath(QString::number(++m_n)));
        QVERIFY2(app.ok(), qPrintable(app.error()));
        m_app = app.take();
        QVERIFY(seedDemoStaff(m_app->core()).ok());
        m_app->language().setLanguage(QStringLiteral("en"));
    }
    void cleanup() { m_app.reset(); }

    void modelsHoldTogether()
    {
        QAbstractItemModelTester results(desk().results(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester queues(desk().queues(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester timeline(desk().timeline(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester facts(desk().facts(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester moves(desk().moves(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester links(desk().links(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filter(desk().categoryFilter(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester subtypes(desk().subtypes(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
        signIn("1001", "2468");
        desk().showSubtypes(QStringLiteral("complaint"));
        QCOMPARE(desk().subtypes()->rowCount(), 6);
        desk().showSubtypes(QStringLiteral("assistance"));
        QCOMPARE(desk().subtypes()->rowCount(), 3);
        const QString id = log(QStringLiteral("complaint"), QStringLiteral("concourse"),
                               QStringLiteral("闸机夹手"));
        QVERIFY(!id.isEmpty());
        desk().open(id);
        m_app->auth().signOut();
        signIn("3001", "8642");
        desk().open(id);
        QVERIFY(desk().move(QStringLiteral("assessed"), QStringLiteral("valid"), true));
        QCOMPARE(desk().timeline()->rowCount(), 2);
        m_app->language().setLanguage(QStringLiteral("zh_CN"));
    }

    // A case logged elsewhere comes in as one row; the rest stay, and nothing is reset.
    void listUpdatesRowByRow()
    {
        signIn("1001", "2468");
        const QString first = log(QStringLiteral("lost_property"), QStringLiteral("platform-1"),
                                  QStringLiteral("black backpack"));
        QCOMPARE(desk().results()->rowCount(), 1);
        QSignalSpy reset(desk().results(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(desk().results(), &QAbstractItemModel::rowsInserted);
        QSignalSpy queueReset(desk().queues(), &QAbstractItemModel::modelReset);
        const QString second = log(QStringLiteral("complaint"), QStringLiteral("entrance-a"),
                                   QStringLiteral("lift stopped"));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(desk().results()->indexOf(second), 0);
        QCOMPARE(desk().results()->indexOf(first), 1);
        desk().refresh();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(queueReset.count(), 0);
        QCOMPARE(desk().queues()->data(desk().queues()->index(1), QueueModel::LabelRole).toString(),
                 QStringLiteral("To assess (2)"));
        QCOMPARE(desk().stationCounts().fresh(), 2);
        QCOMPARE(
            desk().results()->data(desk().results()->index(0), CaseListModel::TitleRole).toString(),
            QStringLiteral("Complaint · Entrance A"));
        QCOMPARE(desk()
                     .results()
                     ->data(desk().results()->index(0), CaseListModel::StatusTextRole)
                     .toString(),
                 QStringLiteral("Awaiting assessment"));
        // The language changes: the same rows read in Chinese.
        m_app->language().setLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(
            desk().results()->data(desk().results()->index(0), CaseListModel::TitleRole).toString(),
            QStringLiteral("投诉 · A出入口"));
        QCOMPARE(desk()
                     .results()
                     ->data(desk().results()->index(0), CaseListModel::StatusTextRole)
                     .toString(),
                 QStringLiteral("待评估"));
    }

    // The case page has what was typed at intake, and the decisions once they are made.
    void caseShowsTypeActionsAndDecisions()
    {
        signIn("1001", "2468");
        const QString id =
            log(QStringLiteral("complaint"), QStringLiteral("concourse"),
                QStringLiteral("rude answer at the gate"),
                {{QStringLiteral("subtype"), QStringLiteral("attitude")},
                 {QStringLiteral("immediateActions"), QStringLiteral("apologised on the spot")},
                 {QStringLiteral("staffInvolved"), QStringLiteral("Wang Qiang")},
                 {QStringLiteral("passengerName"), QStringLiteral("李先生")},
                 {QStringLiteral("passengerContact"), QStringLiteral("13900001111")}});
        QVERIFY(!id.isEmpty());
        m_app->auth().signOut();
        signIn("3001", "8642");
        desk().open(id);
        const IncidentCase c = desk().current();
        QVERIFY(c.exists());
        QCOMPARE(c.title, QStringLiteral("Complaint · Concourse · P3"));
        QCOMPARE(c.stateText, QStringLiteral("Awaiting assessment"));
        QVERIFY(c.assessing);
        QVERIFY(!c.investigating);
        QCOMPARE(fact("subtype"), QStringLiteral("Service attitude"));
        QCOMPARE(fact("actions"), QStringLiteral("apologised on the spot"));
        QCOMPARE(fact("staff"), QStringLiteral("Wang Qiang"));
        QCOMPARE(fact("passenger"),
                 QStringLiteral("李先生 13900001111")); // a supervisor sees it whole
        QCOMPARE(fact("valid"), QString());             // not assessed yet
        QCOMPARE(desk().moves()->data(desk().moves()->index(0), MoveModel::TextRole).toString(),
                 QStringLiteral("Assess"));

        QVERIFY(
            desk().move(QStringLiteral("assessed"), QStringLiteral("checked the camera"), true));
        QCOMPARE(fact("valid"), QStringLiteral("Valid complaint"));
        QVERIFY(desk().current().investigating);
        QVERIFY(desk().move(QStringLiteral("investigating"),
                            QStringLiteral("gate staff were short"), true, false));
        QCOMPARE(fact("at_fault"), QStringLiteral("Station not at fault"));
        QCOMPARE(desk().timeline()->rowCount(), 3);
        QCOMPARE(desk()
                     .timeline()
                     ->data(desk().timeline()->index(0), TimelineModel::WhatRole)
                     .toString(),
                 QStringLiteral("Logged"));
        QCOMPARE(desk()
                     .timeline()
                     ->data(desk().timeline()->index(1), TimelineModel::LineRole)
                     .toString(),
                 QStringLiteral("→ Assessed: checked the camera"));
        QVERIFY(desk()
                    .timeline()
                    ->data(desk().timeline()->index(0), TimelineModel::BylineRole)
                    .toString()
                    .endsWith(QStringLiteral(" · Li Na")));

        // An agent sees the passenger masked, and only the move their role may make.
        m_app->auth().signOut();
        signIn("1001", "2468");
        desk().open(id);
        QCOMPARE(fact("passenger"), QStringLiteral("李** 139****1111"));
        QCOMPARE(desk().moves()->rowCount(), 1);
        QVERIFY(desk().moves()->contains(QStringLiteral("resolution_proposed")));
        QVERIFY(!desk().current().assessing && !desk().current().investigating);
    }

    void anInvalidComplaintSaysSo()
    {
        signIn("3001", "8642");
        const QString id = log(QStringLiteral("complaint"), QStringLiteral("concourse"),
                               QStringLiteral("wanted a free ride"));
        desk().open(id);
        QVERIFY(
            desk().move(QStringLiteral("assessed"), QStringLiteral("fare rules applied"), false));
        QCOMPARE(fact("valid"), QStringLiteral("Not a valid complaint"));
        QVERIFY(!desk().moves()->contains(QStringLiteral("investigating")));
    }

    void searchWithNoMatchSaysSo()
    {
        signIn("1001", "2468");
        log(QStringLiteral("complaint"), QStringLiteral("concourse"),
            QStringLiteral("escalator stopped"));
        QCOMPARE(desk().emptyText(), QString());
        desk().search(QStringLiteral("zzqx"));
        QCOMPARE(desk().results()->rowCount(), 0);
        QCOMPARE(desk().emptyText(), QStringLiteral("Nothing matches “zzqx”."));
        desk().search(QStringLiteral("zzqx"), QStringLiteral("approval"));
        QCOMPARE(desk().emptyText(), QStringLiteral("Nothing matches “zzqx” with these filters."));
        desk().search(QString(), QStringLiteral("approval"));
        QCOMPARE(desk().emptyText(), QStringLiteral("No case matches these filters."));
        desk().search(QStringLiteral("escalator"));
        QCOMPARE(desk().results()->rowCount(), 1);
        QCOMPARE(desk().emptyText(), QString());
    }

    // Scrolling to the end loads the next page below the rows already shown; a refresh then
    // keeps both pages.
    void pagesAreAddedBelow()
    {
        signIn("1001", "2468");
        for (int i = 0; i < 55; ++i)
            QVERIFY(!log(QStringLiteral("lost_property"), QStringLiteral("platform-1"),
                         QStringLiteral("item %1").arg(i))
                         .isEmpty());
        QCOMPARE(desk().results()->rowCount(), 50);
        QVERIFY(desk().hasMore());
        const QString top = desk().results()->idAt(0);
        QSignalSpy reset(desk().results(), &QAbstractItemModel::modelReset);
        desk().loadMore();
        QCOMPARE(desk().results()->rowCount(), 55);
        QVERIFY(!desk().hasMore());
        QCOMPARE(desk().results()->idAt(0), top);
        desk().refresh();
        QCOMPARE(desk().results()->rowCount(), 55);
        QCOMPARE(reset.count(), 0);
    }

    void prefillFromAnAlarm()
    {
        signIn("1001", "2468");
        QSignalSpy prepared(&desk(), &IncidentDesk::preparedChanged);
        const QVariantMap alarm{{QStringLiteral("kind"), QStringLiteral("alarm")},
                                {QStringLiteral("id"), QStringLiteral("PSD-UP/OBSTRUCTION/D07")},
                                {QStringLiteral("label"), QStringLiteral("Door obstructed D07")}};
        desk().prepare({{QStringLiteral("location"), QStringLiteral("platform-1")},
                        {QStringLiteral("links"), QVariantList{alarm}}});
        QCOMPARE(prepared.count(), 1);
        QVERIFY(desk().prefill().linked);
        QCOMPARE(desk().prefill().category, QStringLiteral("psd_entrapment"));
        QCOMPARE(desk()
                     .prefillLinks()
                     ->data(desk().prefillLinks()->index(0), LinkListModel::TextRole)
                     .toString(),
                 QStringLiteral("Linked: alarm Door obstructed D07"));
        const QString id = log(QStringLiteral("psd_entrapment"), QStringLiteral("platform-1"),
                               QStringLiteral("bag caught"));
        QVERIFY(!id.isEmpty());
        QVERIFY(!desk().prefill().linked);
        QCOMPARE(desk().prefillLinks()->rowCount(), 0);
        desk().open(id);
        QCOMPARE(desk().links()->rowCount(), 1);
        QCOMPARE(desk().links()->idAt(0), QStringLiteral("PSD-UP/OBSTRUCTION/D07"));
    }
};

QTEST_GUILESS_MAIN(TestIncidentDesk)
#include "tst_incidentdesk.moc"
