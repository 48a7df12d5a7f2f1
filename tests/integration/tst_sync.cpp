// Records that travel (#16): incidents, their timelines, links and photos move between data
// folders as batch files, through the real `stationops sync export|import` and the same code in
// process. Devices that worked offline on one incident end identical, whatever order the files
// arrive in, and `verify` passes on each; a damaged or foreign file changes nothing; a restored
// backup is a new device.
#include "AppServices.h"
#include "Batch.h"
#include "CashService.h"
#include "DemoStaff.h"
#include "FollowUpFold.h"
#include "IncidentFold.h"
#include "IncidentService.h"
#include "Outbox.h"
#include "PhotoStore.h"
#include "ServerLink.h"
#include "StaffService.h"
#include "SyncDesk.h"
#include "SyncFile.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QTest>
#include <algorithm>

using namespace so;

namespace {

const Actor kAgent{QStringLiteral("1001"), Role::Agent, false};
const Actor kSupervisor{QStringLiteral("3001"), Role::Supervisor, false};
const Actor kSupervisor2{QStringLiteral("3002"), Role::Supervisor, false};

test::Run stationops(const QStringList &args)
{
    return test::runProgram(QStringLiteral(STATIONOPS_BIN), args, {}, test::offscreenEnvironment());
}

std::unique_ptr<AppServices> station(const QString &data)
{
    auto built = AppServices::build(test::demoConfigDir(), data);
    if (!built)
        qWarning() << built.error();
    return built ? built.take() : nullptr;
}

// Every table of every kind that travels (with its children), every cache its folds keep, and
// the photos, row by row, sorted: what must end identical on every device.
QString dump(AppServices &app)
{
    QList<std::pair<QString, QStringList>> tables; // and the columns that are each device's own
    for (const RecordKind &k : app.core().records().all()) {
        tables.append({k.table, k.local});
        for (const ChildTable &c : k.children)
            tables.append({c.table, {}});
        for (const QString &cache : k.caches)
            tables.append({cache, {}});
    }
    QString out;
    for (const auto &[table, local] : std::as_const(tables)) {
        auto names = app.core().db().column(QStringLiteral("SELECT name FROM pragma_table_info(?)"),
                                            {table});
        if (!names)
            return names.error();
        for (const QString &l : local)
            names->removeAll(l);
        const QString columns = names->join(QLatin1Char(','));
        auto q = app.core().db().exec(QStringLiteral("SELECT %1 FROM %2").arg(columns, table));
        if (!q)
            return q.error();
        QStringList rows;
        while (q->next()) {
            QStringList row{table};
            for (int i = 0; i < q->record().count(); ++i)
                row << q->value(i).toString();
            rows << row.join(QLatin1Char('|'));
        }
        rows.sort();
        out += rows.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    // A photo's row says when this device stored it; its content and name are what travel.
    auto photos = app.core().db().exec(
        QStringLiteral("SELECT sha256, file, bytes FROM photo ORDER BY sha256"));
    while (photos && photos->next())
        out += QStringLiteral("photo|%1|%2|%3\n")
                   .arg(photos->value(0).toString(), photos->value(1).toString(),
                        photos->value(2).toString());
    return out;
}

incidents::NewIncident newComplaint(const QString &text)
{
    incidents::NewIncident n;
    n.location = QStringLiteral("concourse");
    n.category = QStringLiteral("complaint");
    n.subtype = QStringLiteral("facilities");
    n.channel = QStringLiteral("in_person");
    n.description = text;
    return n;
}

QString writePhoto(const QString &dir, int hue)
{
    QImage image(320, 240, QImage::Format_RGB32);
    image.fill(QColor::fromHsv(hue, 160, 220));
    const QString file = dir + QStringLiteral("/photo-%1.png").arg(hue);
    image.save(file);
    return file;
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString folder(const QString &name) const { return m_dir.filePath(name); }

    // Exports a folder's records through the real command and returns the file.
    QString exportOf(const QString &data, const QString &name)
    {
        const QString file = folder(name);
        const test::Run r = stationops({QStringLiteral("--data-dir"), data, QStringLiteral("sync"),
                                        QStringLiteral("export"), QStringLiteral("--out"), file});
        if (r.code != 0)
            qWarning() << r.out << r.err;
        return r.code == 0 ? file : QString();
    }

    // Every device takes every file, each in its own random order with one file twice. A file
    // whose records point at records not yet here is refused whole, as a person with a stack of
    // USB files would see, and taken once the earlier file is in.
    void exchange(std::vector<std::unique_ptr<AppServices>> &apps, const QStringList &files,
                  quint32 seed)
    {
        QRandomGenerator rng(seed);
        for (auto &app : apps) {
            QStringList order = files;
            order << files.at(rng.bounded(int(files.size())));
            std::shuffle(order.begin(), order.end(), rng);
            while (!order.isEmpty()) {
                QStringList later;
                for (const QString &f : std::as_const(order)) {
                    auto r = sync::importFile(app->ingest(), f);
                    if (!r.ok()) {
                        QVERIFY2(
                            r.error().contains(QStringLiteral("take in the earlier file first")),
                            qPrintable(r.error()));
                        later << f;
                    }
                }
                QVERIFY2(later.size() < order.size(), qPrintable(later.join(QLatin1Char(' '))));
                order = later;
            }
        }
    }

    // Each device exports everything it holds (FOLDER/sN-TAG.json), then every device takes
    // every file as exchange() does.
    void exchangeAll(std::vector<std::unique_ptr<AppServices>> &apps, const QString &tag,
                     quint32 seed)
    {
        QStringList files;
        for (std::size_t k = 0; k < apps.size(); ++k) {
            files << folder(QStringLiteral("s%1-%2.json").arg(k + 1).arg(tag));
            QVERIFY(sync::exportFile(apps[k]->core(), files.last()).ok());
        }
        exchange(apps, files, seed);
    }

    // A frame from a device, as the links hand it to the engine.
    static alarms::DecodedEvent frame(const QString &point, const QString &asset,
                                      alarms::EventKind kind, qint64 seq)
    {
        alarms::DecodedEvent e;
        e.device = QStringLiteral("PSD-UP");
        e.point = point;
        e.asset = asset;
        e.kind = kind;
        e.receipt.linkId = QStringLiteral("psd-up");
        e.receipt.linkSeq = seq;
        e.receipt.utcMs = QDateTime::currentMSecsSinceEpoch();
        e.receipt.monoMs = seq * 1000;
        e.receipt.raw = QByteArrayLiteral("ALM");
        return e;
    }

    // Carries what `from` holds to `to` through the real export and import.
    void carry(AppServices &from, AppServices &to, const QString &name)
    {
        const QString file = exportOf(from.core().dataDir(), name);
        QVERIFY(!file.isEmpty());
        auto r = sync::importFile(to.ingest(), file);
        QVERIFY2(r.ok(), qPrintable(r.error()));
    }

private Q_SLOTS:
    // Alarms have one writer, the host (SYNC.md): its events carry each alarm's state, and a
    // tablet folds alarm_state from them; the tablet's acknowledgement is a request that the
    // host checks again and applies, "acknowledging…" meanwhile; one on an alarm that came back
    // since is recorded and not applied, and the tablet says so.
    void alarmsFromTheHostAndActionsBack()
    {
        auto hostBuilt =
            AppServices::build(test::demoConfigDir(), folder(QStringLiteral("alarm-host")));
        auto tabBuilt =
            AppServices::build(test::demoConfigDir(), folder(QStringLiteral("alarm-tab")));
        QVERIFY(hostBuilt && tabBuilt);
        auto host = hostBuilt.take();
        auto tab = tabBuilt.take();
        QVERIFY(host->alarmSystem().setRole(alarms::AlarmSystem::Role::Host).ok());
        // The tablet read a line of its own before it followed: that history stays on it, out of
        // its list, and never travels. Then it is enrolled (a login in its folder, so that the
        // export command sees it as a follower too) and follows.
        const QString before = QStringLiteral("PSD-UP/LOCK_FAIL/D30");
        tab->alarmSystem().engine().ingest(
            {frame(QStringLiteral("LOCK_FAIL"), QStringLiteral("D30"), alarms::EventKind::Raise,
                   1)},
            {});
        QVERIFY(tab->alarmSystem().engine().commit().ok());
        QVERIFY(tab->alarmSystem().engine().alarm(before));
        const sync::ServerLogin enrolled{QStringLiteral("host=/nonexistent dbname=stationops"),
                                         QStringLiteral("so_l2_dh_tab"), QStringLiteral("unused"),
                                         QStringLiteral("L2-DH"), QStringLiteral("tablet")};
        QVERIFY(enrolled.save(tab->core().dataDir()).ok());
        QVERIFY(tab->alarmSystem().setRole(alarms::AlarmSystem::Role::Follower).ok());
        QVERIFY2(!tab->alarmSystem().engine().alarm(before),
                 "a follower shows the host's alarms only");
        QVERIFY(seedDemoStaff(host->core()).ok());
        alarms::AlarmEngine &engine = host->alarmSystem().engine();
        const QString door = QStringLiteral("PSD-UP/OBSTRUCTION/D07");
        const QString lock = QStringLiteral("PSD-UP/LOCK_FAIL/D12");
        engine.ingest({frame(QStringLiteral("OBSTRUCTION"), QStringLiteral("D07"),
                             alarms::EventKind::Raise, 1),
                       frame(QStringLiteral("LOCK_FAIL"), QStringLiteral("D12"),
                             alarms::EventKind::Raise, 2)},
                      {});
        QVERIFY(engine.commit().ok());
        carry(*host, *tab, QStringLiteral("alarms-1.json"));
        const alarms::AlarmRecord *seen = tab->alarmSystem().engine().alarm(door);
        QVERIFY2(seen && seen->active && !seen->acked, "the host's alarm is on the tablet");
        QCOMPARE(seen->text.en, engine.alarm(door)->text.en);
        tab->alarms().active()->flush();
        QCOMPARE(tab->alarms().active()->rowCount(), 2);
        QCOMPARE(tab->alarms().unacknowledgedCount(), 2);

        // The tablet writes no alarm of its own: device frames and direct actions are refused.
        const Actor agent{QStringLiteral("1001"), Role::Agent, false};
        QVERIFY(!tab->alarmSystem().engine().acknowledge(agent, {door}).ok());
        QVERIFY(tab->auth().signIn(QStringLiteral("1001"), QStringLiteral("2468")).ok);
        // Both in English: each app installs its translator for the whole process.
        host->language().setLanguage(QStringLiteral("en"));
        tab->language().setLanguage(QStringLiteral("en"));
        const DeskOutcome sent = tab->alarms().acknowledge({door, lock});
        QVERIFY2(sent.ok, qPrintable(sent.message));
        QCOMPARE(tab->alarmSystem().actions().waiting().size(), 2);
        const int row = tab->alarms().active()->keyAt(0) == door ? 0 : 1;
        QCOMPARE(tab->alarms()
                     .active()
                     ->data(tab->alarms().active()->index(row), alarms::AlarmModel::WaitingRole)
                     .toString(),
                 QStringLiteral("Acknowledging…"));
        QVERIFY2(!tab->alarmSystem().engine().alarm(door)->acked,
                 "acknowledged only once the host says so");
        // Sent twice is sent once.
        QVERIFY(!tab->alarms().acknowledge({door}).ok);

        // Meanwhile the lock fault clears and comes back at the host: a new occurrence.
        engine.ingest(
            {frame(QStringLiteral("LOCK_FAIL"), QStringLiteral("D12"), alarms::EventKind::Clear, 3),
             frame(QStringLiteral("LOCK_FAIL"), QStringLiteral("D12"), alarms::EventKind::Raise,
                   4)},
            {});
        QVERIFY(engine.commit().ok());
        carry(*tab, *host, QStringLiteral("actions-1.json"));
        QVERIFY2(engine.alarm(door)->acked, "the host applied the acknowledgement");
        QVERIFY2(!engine.alarm(before),
                 "the tablet's history from before it followed stayed on it");
        QCOMPARE(host->core()
                     .db()
                     .scalar(QStringLiteral("SELECT COUNT(*) FROM alarm_event WHERE alarm_key = ?"),
                             {before})
                     .value(),
                 0);
        QCOMPARE(engine.alarm(door)->ackedBy, QStringLiteral("1001"));
        QVERIFY2(!engine.alarm(lock)->acked,
                 "an acknowledgement of an earlier occurrence is not applied");
        auto outcomes = host->core().db().column(
            QStringLiteral("SELECT reason FROM alarm_action_outcome ORDER BY reason"));
        QVERIFY(outcomes.ok());
        QCOMPARE(*outcomes, (QStringList{QStringLiteral("applied"), QStringLiteral("moved_on")}));
        // Taking the same file again answers nothing twice.
        carry(*tab, *host, QStringLiteral("actions-2.json"));
        QCOMPARE(host->core()
                     .db()
                     .scalar(QStringLiteral("SELECT COUNT(*) FROM alarm_action_outcome"))
                     .value(),
                 2);

        QSignalSpy refused(&tab->alarmSystem().actions(), &alarms::AlarmActions::refused);
        carry(*host, *tab, QStringLiteral("alarms-2.json"));
        QVERIFY(tab->alarmSystem().actions().waiting().isEmpty());
        QVERIFY(tab->alarmSystem().engine().alarm(door)->acked);
        QCOMPARE(tab->alarmSystem().engine().alarm(door)->ackedBy, QStringLiteral("1001"));
        QVERIFY(!tab->alarmSystem().engine().alarm(lock)->acked);
        QCOMPARE(tab->alarmSystem().engine().alarm(lock)->occurrences, 2);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().at(0).toString(), lock);
        QVERIFY2(tab->alarms().refusal().contains(QStringLiteral("came back")),
                 qPrintable(tab->alarms().refusal()));

        // The same alarm states on both, each the fold of the host's events.
        auto states = [](AppServices &app) {
            auto rows = app.core().db().column(
                QStringLiteral("SELECT alarm_key || '|' || active || '|' || acked || '|' || "
                               "coalesce(acked_by, '') || '|' || occurrences || '|' || "
                               "coalesce(last_event_id, '') FROM alarm_state ORDER BY alarm_key"));
            return rows ? rows->join(QLatin1Char('\n')) : rows.error();
        };
        QCOMPARE(states(*tab), states(*host));
        QVERIFY2(host->core().records().verify(host->core().db()).ok(), "host verifies");
        QVERIFY2(tab->core().records().verify(tab->core().db()).ok(), "tablet verifies");
        // A state that is not its events' is found.
        QVERIFY(tab->core()
                    .db()
                    .exec(QStringLiteral("UPDATE alarm_state SET acked = 0 WHERE alarm_key = ?"),
                          {door})
                    .ok());
        auto broken = tab->core().records().verify(tab->core().db());
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().contains(door), qPrintable(broken.error()));
    }

    // The walk: a complaint logged on one tablet, reviewed on another, and back.
    void aComplaintTravelsToAnotherTabletAndBack()
    {
        const QString a = folder(QStringLiteral("tablet-a"));
        const QString b = folder(QStringLiteral("tablet-b"));
        QString id;
        {
            auto app = station(a);
            QVERIFY(app);
            auto logged =
                app->incidents().log(kAgent, newComplaint(QStringLiteral("闸机夹人，乘客投诉")));
            QVERIFY2(logged.ok(), qPrintable(logged.error()));
            id = *logged;
            QVERIFY(app->incidents().addNote(kAgent, id, QStringLiteral("乘客留下电话")).ok());
            QVERIFY(app->incidents().attachPhoto(kAgent, id, writePhoto(m_dir.path(), 40)).ok());
        }
        const QString toB = exportOf(a, QStringLiteral("a-to-b.json"));
        QVERIFY(!toB.isEmpty());
        test::Run in = stationops({QStringLiteral("--data-dir"), b, QStringLiteral("sync"),
                                   QStringLiteral("import"), toB});
        QVERIFY2(in.code == 0, qPrintable(in.out + in.err));
        QVERIFY2(in.out.contains(QStringLiteral("6 records: 6 new")), qPrintable(in.out));
        // The same file again changes nothing.
        in = stationops({QStringLiteral("--data-dir"), b, QStringLiteral("sync"),
                         QStringLiteral("import"), toB});
        QVERIFY2(in.code == 0 &&
                     in.out.contains(QStringLiteral("0 new, 6 already here, 0 conflicts")),
                 qPrintable(in.out));
        {
            auto app = station(b);
            QVERIFY(app);
            auto there = app->incidents().incident(kSupervisor, id);
            QVERIFY2(there.ok(), qPrintable(there.error()));
            QCOMPARE(there->state, QStringLiteral("new"));
            QCOMPARE(there->createdBy, QStringLiteral("1001"));
            QCOMPARE(there->photos.size(), 1);
            QVERIFY2(QFile::exists(PhotoStore(app->core()).path(there->photos.first())),
                     "the photo came with it");
            // Search finds it by its description and by the note that came with it.
            for (const QString &term :
                 {QStringLiteral("闸机"), QStringLiteral("留下电话"), QStringLiteral("电话")}) {
                incidents::IncidentFilter f;
                f.text = term;
                auto found = app->incidents().find(kSupervisor, f);
                QVERIFY(found.ok());
                QVERIFY2(found->size() == 1 && found->first().id == id, qPrintable(term));
            }
            QVERIFY(app->incidents()
                        .transition(kSupervisor, id, QStringLiteral("assessed"),
                                    QStringLiteral("有效投诉"), {{QStringLiteral("valid"), true}})
                        .ok());
        }
        const QString toA = exportOf(b, QStringLiteral("b-to-a.json"));
        QVERIFY(!toA.isEmpty());
        in = stationops({QStringLiteral("--data-dir"), a, QStringLiteral("sync"),
                         QStringLiteral("import"), toA});
        // The move and its audit row.
        QVERIFY2(in.code == 0 && in.out.contains(QStringLiteral("2 new")), qPrintable(in.out));

        auto appA = station(a);
        auto appB = station(b);
        QVERIFY(appA && appB);
        auto onA = appA->incidents().incident(kSupervisor, id);
        auto onB = appB->incidents().incident(kSupervisor, id);
        QVERIFY(onA.ok() && onB.ok());
        QCOMPARE(onA->state, QStringLiteral("assessed"));
        QCOMPARE(onB->state, QStringLiteral("assessed"));
        QCOMPARE(onA->timeline.size(), 4);
        QCOMPARE(onA->timeline.size(), onB->timeline.size());
        for (qsizetype i = 0; i < onA->timeline.size(); ++i) {
            const auto &x = onA->timeline.at(i);
            const auto &y = onB->timeline.at(i);
            QCOMPARE(x.kind, y.kind);
            QCOMPARE(x.toState, y.toState);
            QCOMPARE(x.text, y.text);
            QCOMPARE(x.by, y.by);
            QCOMPARE(x.at, y.at);
            QVERIFY(x.applied && y.applied);
        }
        QCOMPARE(dump(*appA), dump(*appB));
        appA.reset();
        appB.reset();
        for (const QString &data : {a, b}) {
            const test::Run v =
                stationops({QStringLiteral("--data-dir"), data, QStringLiteral("verify")});
            QVERIFY2(v.code == 0 && v.out.contains(QStringLiteral(
                                        "incident and follow-up states match their timelines")),
                     qPrintable(v.out + v.err));
        }
    }

    // Three tablets work on one incident offline: two supervisors assess it at once, both attach
    // the same photo, the third adds a note. Their files cross in random orders, with repeats.
    void offlineWorkConvergesInEveryOrder()
    {
        const QStringList names{QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3")};
        std::vector<std::unique_ptr<AppServices>> apps;
        for (const QString &n : names) {
            apps.push_back(station(folder(n)));
            QVERIFY(apps.back());
        }
        auto logged = apps[0]->incidents().log(kAgent, newComplaint(QStringLiteral("扶梯异响")));
        QVERIFY(logged.ok());
        const QString id = *logged;
        const QString first = folder(QStringLiteral("c1-first.json"));
        QVERIFY(sync::exportFile(apps[0]->core(), first).ok());
        for (int k : {1, 2})
            QVERIFY(sync::importFile(apps[k]->ingest(), first).ok());

        // Offline, at the same time.
        QVERIFY(apps[1]
                    ->incidents()
                    .transition(kSupervisor, id, QStringLiteral("assessed"), QStringLiteral("有效"),
                                {{QStringLiteral("valid"), true}})
                    .ok());
        QVERIFY(apps[2]
                    ->incidents()
                    .transition(kSupervisor2, id, QStringLiteral("assessed"),
                                QStringLiteral("无效"), {{QStringLiteral("valid"), false}})
                    .ok());
        QVERIFY(apps[2]
                    ->incidents()
                    .transition(kSupervisor2, id, QStringLiteral("cancelled"),
                                QStringLiteral("乘客误解"), {})
                    .ok());
        QVERIFY(apps[0]->incidents().addNote(kAgent, id, QStringLiteral("乘客再次来电")).ok());
        const QString photo = writePhoto(m_dir.path(), 200);
        for (int k : {1, 2})
            QVERIFY(apps[k]->incidents().attachPhoto(kSupervisor, id, photo).ok());

        QStringList files;
        for (int k = 0; k < 3; ++k) {
            files << folder(QStringLiteral("c%1-offline.json").arg(k + 1));
            QVERIFY(sync::exportFile(apps[k]->core(), files.last()).ok());
        }
        // Each device takes the files in its own random order, some twice, and a later
        // re-export of another device (which carries records it took in from the third).
        QRandomGenerator rng(20261202);
        for (int k = 0; k < 3; ++k) {
            QStringList order = files;
            order << files.at(rng.bounded(3));
            std::shuffle(order.begin(), order.end(), rng);
            for (const QString &f : order) {
                auto r = sync::importFile(apps[k]->ingest(), f);
                QVERIFY2(r.ok(), qPrintable(r.error()));
                QCOMPARE(r->conflicts, 0);
            }
        }
        const QString relay = folder(QStringLiteral("c2-relay.json"));
        QVERIFY(sync::exportFile(apps[1]->core(), relay).ok());
        for (int k : {0, 2})
            QVERIFY(sync::importFile(apps[k]->ingest(), relay).ok());

        const QString reference = dump(*apps[0]);
        QVERIFY(reference.contains(QStringLiteral("乘客再次来电")));
        for (int k = 1; k < 3; ++k)
            QCOMPARE(dump(*apps[k]), reference);
        // One of the two assessments counts, the same one everywhere; the other is marked.
        QString state;
        for (auto &app : apps) {
            auto i = app->incidents().incident(kSupervisor, id);
            QVERIFY(i.ok());
            int notApplied = 0;
            for (const auto &t : i->timeline)
                notApplied += t.applied ? 0 : 1;
            if (state.isEmpty())
                state = i->state;
            QCOMPARE(i->state, state);
            // Either c2's assessment counted (c3's assessment and its later cancel did not), or
            // c3's did and its cancel followed.
            QVERIFY2(
                (state == QLatin1String("assessed") && notApplied == 2) ||
                    (state == QLatin1String("cancelled") && notApplied == 1),
                qPrintable(QStringLiteral("%1 with %2 not applied").arg(state).arg(notApplied)));
            // The photo both attached is one link, one file.
            QCOMPARE(i->photos.size(), 1);
        }
        // The next move on the tablet whose branch may have lost follows what counted.
        if (state == QLatin1String("assessed")) {
            QVERIFY(apps[2]
                        ->incidents()
                        .transition(kSupervisor2, id, QStringLiteral("investigating"),
                                    QStringLiteral("调监控"), {})
                        .ok());
            QCOMPARE(apps[2]->incidents().incident(kSupervisor, id)->state,
                     QStringLiteral("investigating"));
        }
        for (auto &app : apps) {
            QVERIFY(incidents::IncidentFold::verify(app->core().db()).ok());
            // The two assessments made at the same time are listed once, for a supervisor.
            QCOMPARE(app->core()
                         .db()
                         .scalar(QStringLiteral("SELECT COUNT(*) FROM sync_conflict"))
                         .value(),
                     qint64(1));
            QCOMPARE(
                app->core()
                    .db()
                    .scalar(QStringLiteral(
                        "SELECT COUNT(*) FROM sync_conflict c JOIN incident_event a ON a.id = "
                        "c.record_id "
                        "JOIN incident_event b ON b.id = c.other_id WHERE c.reason = 'same_parent' "
                        "AND a.to_state = 'assessed' AND b.to_state = 'assessed'"))
                    .value(),
                qint64(1));
        }
    }

    // The other offline clashes: one handover acknowledged on two tablets, a note cleared
    // twice (in two handovers made from the same one), a follow-up closed twice. Partial files
    // (what was new since an earlier export) travel with whole ones. Every device ends with the
    // same records and folds; the first acknowledgement and close count, the second are kept.
    void handoversAndFollowUpsConverge()
    {
        std::vector<std::unique_ptr<AppServices>> apps;
        for (const QString &n :
             {QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3")}) {
            apps.push_back(station(folder(n)));
            QVERIFY(apps.back());
        }
        // The staff list travels with the rest: the others sign people in from it.
        QVERIFY(apps[0]->seedDemo().ok());
        const Actor agent{QStringLiteral("1001"), Role::Agent, false};
        auto &handovers0 = apps[0]->handover();
        QVERIFY(handovers0.addDraftNote(agent, QStringLiteral("3号扶梯异响，已报修")).ok());
        auto made = handovers0.handOver(agent, {});
        QVERIFY2(made.ok(), qPrintable(made.error()));
        const QString handover = *made;
        const QString note = handovers0.openNotes()->value(0).id;
        QVERIFY(!note.isEmpty());
        auto open = apps[0]->inspections().store().openFollowUps();
        QVERIFY2(open.ok() && !open->isEmpty(), "the demo station has an open follow-up");
        const QString followUp = open->first().id;
        const QString first = folder(QStringLiteral("h1-first.json"));
        QVERIFY(sync::exportFile(apps[0]->core(), first).ok());
        // What each of the others holds now: their later partial files start here.
        QList<sync::Cursor> taken;
        for (int k : {1, 2}) {
            QVERIFY(sync::importFile(apps[k]->ingest(), first).ok());
            auto mark = sync::exportFile(apps[k]->core(),
                                         folder(QStringLiteral("h%1-mark.json").arg(k + 1)));
            QVERIFY(mark.ok());
            taken << mark->cursor;
        }

        // Offline: two tablets acknowledge, close the follow-up and hand over clearing the note.
        QVERIFY(apps[1]
                    ->handover()
                    .acknowledge(handover, QStringLiteral("1002"), QStringLiteral("1357"))
                    .ok());
        QVERIFY(apps[2]
                    ->handover()
                    .acknowledge(handover, QStringLiteral("3001"), QStringLiteral("8642"))
                    .ok());
        QStringList files;
        for (int k : {1, 2}) {
            files << folder(QStringLiteral("h%1-acks.json").arg(k + 1));
            auto partial = sync::exportFile(apps[k]->core(), files.last(), taken.at(k - 1));
            QVERIFY(partial.ok());
            // Only what was made since: the acknowledgement and the audit rows of the PIN check and
            // it.
            QFile f(files.last());
            QVERIFY(f.open(QIODevice::ReadOnly));
            auto batch = sync::Batch::parse(f.readAll(), files.last());
            QVERIFY(batch.ok());
            QCOMPARE(partial->records, int(batch->records.size()));
            QStringList kinds;
            for (const sync::SyncRecord &r : batch->records)
                kinds << r.kind;
            QCOMPARE(kinds.count(QStringLiteral("handover_ack")), 1);
            QCOMPARE(kinds.count(QStringLiteral("audit_event")), kinds.size() - 1);
        }
        QVERIFY(apps[1]
                    ->inspections()
                    .closeFollowUp(kSupervisor, followUp, QStringLiteral("已更换灯管"))
                    .ok());
        QVERIFY(apps[2]
                    ->inspections()
                    .closeFollowUp(kSupervisor2, followUp, QStringLiteral("维修完成"))
                    .ok());
        const Actor agent2{QStringLiteral("1002"), Role::Agent, false};
        QVERIFY(apps[1]->handover().handOver(agent2, {note}).ok());
        QVERIFY(apps[2]->handover().handOver(kSupervisor, {note}).ok());
        for (int k = 0; k < 3; ++k) {
            files << folder(QStringLiteral("h%1-all.json").arg(k + 1));
            QVERIFY(sync::exportFile(apps[k]->core(), files.last()).ok());
        }
        exchange(apps, files, 20261203);

        const QString reference = dump(*apps[0]);
        for (int k = 1; k < 3; ++k)
            QCOMPARE(dump(*apps[k]), reference);
        for (auto &app : apps) {
            Database &db = app->core().db();
            // Both acknowledgements and both clearings are kept; the first counts.
            QCOMPARE(
                db.scalar(QStringLiteral("SELECT COUNT(*) FROM handover_ack WHERE handover_id=?"),
                          {handover})
                    .value(),
                qint64(2));
            QCOMPARE(db.scalar(QStringLiteral(
                                   "SELECT COUNT(*) FROM handover_note_clear WHERE note_id=?"),
                               {note})
                         .value(),
                     qint64(2));
            auto h = app->handover().handover(handover);
            QVERIFY(h.ok() && h->has_value());
            QCOMPARE(
                (*h)->ackBy,
                db.column(QStringLiteral("SELECT created_by FROM handover_ack WHERE handover_id=? "
                                         "ORDER BY created_at, id LIMIT 1"),
                          {handover})
                    ->value(0));
            QVERIFY(app->handover().openNotes()->isEmpty());
            // The same latest handover everywhere, one of the two made from the first.
            auto latest = app->handover().latest();
            QVERIFY(latest.ok() && latest->has_value());
            QCOMPARE((*latest)->previousId, handover);
            QCOMPARE((*latest)->id, (*apps[0]->handover().latest())->id);
            // Closed once; the other close stays on the timeline.
            auto f = app->inspections().store().followUp(followUp);
            QVERIFY(f.ok() && f->has_value());
            QCOMPARE((*f)->status, QStringLiteral("closed"));
            QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM follow_up_event WHERE "
                                              "follow_up_id=? AND kind='closed'"),
                               {followUp})
                         .value(),
                     qint64(2));
            QVERIFY(app->core().records().verify(db).ok());
            // Duplicates, not conflicts: nothing for a supervisor to settle.
            QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM sync_conflict")).value(),
                     qint64(0));
        }
        for (int k = 0; k < 3; ++k) {
            const test::Run v =
                stationops({QStringLiteral("--data-dir"), folder(QStringLiteral("h%1").arg(k + 1)),
                            QStringLiteral("verify")});
            QVERIFY2(v.code == 0, qPrintable(v.out + v.err));
        }
    }

    // Booth shifts: two tablets open one booth offline; Zhang sells once more on a second
    // tablet, and that sale arrives after the shift was signed off; two supervisors sign the
    // shift off on two tablets. Every device ends with the same records; the first sign-off
    // counts and the shortage is owed once; the booth and the second sign-off are each listed
    // once for a supervisor, by name; `verify` passes (each seal names the rows it covered).
    void cashShiftsConverge()
    {
        std::vector<std::unique_ptr<AppServices>> apps;
        for (const QString &n :
             {QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3")}) {
            apps.push_back(station(folder(n)));
            QVERIFY(apps.back());
        }
        QVERIFY(apps[0]->seedDemo().ok());
        const Actor admin{QStringLiteral("9001"), Role::Admin, false};
        QVERIFY(
            StaffService(apps[0]->core())
                .add(admin, {QStringLiteral("3002"), QStringLiteral("周敏"),
                             QStringLiteral("Zhou Min"), Role::Supervisor, QStringLiteral("5173")})
                .ok());
        const Actor zhang{QStringLiteral("2001"), Role::Seller, false};
        const Actor liu{QStringLiteral("2002"), Role::Seller, false};
        const cash::Counts float500{{QStringLiteral("n100"), 3},
                                    {QStringLiteral("n50"), 3},
                                    {QStringLiteral("n20"), 2},
                                    {QStringLiteral("n10"), 1}};
        auto opened = apps[0]->cash().openShift(zhang, QStringLiteral("TO-B"), float500,
                                                QStringLiteral("2002"), QStringLiteral("4826"));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        const QString shift = *opened;
        QVERIFY(apps[0]
                    ->cash()
                    .record(zhang, shift, QStringLiteral("sale"), QStringLiteral("cash"),
                            Money::fromFen(600))
                    .ok());
        const QString first = folder(QStringLiteral("s1-first.json"));
        QVERIFY(sync::exportFile(apps[0]->core(), first).ok());
        for (int k : {1, 2})
            QVERIFY(sync::importFile(apps[k]->ingest(), first).ok());

        // Offline: a QR sale on the second tablet; the blind count on the first, ¥1.00 short.
        auto late = apps[1]->cash().record(zhang, shift, QStringLiteral("sale"),
                                           QStringLiteral("qr"), Money::fromFen(1200));
        QVERIFY(late.ok());
        cash::Counts count = float500;
        count.insert(QStringLiteral("n1"), 5);
        auto counted = apps[0]->cash().submitCount(zhang, shift, count);
        QVERIFY2(counted.ok(), qPrintable(counted.error()));
        QCOMPARE(counted->variance.fen(), qint64(-100));
        const QString countFile = folder(QStringLiteral("s1-count.json"));
        QVERIFY(sync::exportFile(apps[0]->core(), countFile).ok());
        for (int k : {1, 2})
            QVERIFY(sync::importFile(apps[k]->ingest(), countFile).ok());

        // Offline again: two supervisors sign it off on two tablets; both tablets open TO-A.
        auto one = apps[1]->cash().signOff(kSupervisor, shift, QStringLiteral("3001"),
                                           QStringLiteral("8642"), cash::SignoffDecision::Accepted,
                                           QStringLiteral("找零多给一元"));
        QVERIFY2(one.ok(), qPrintable(one.error()));
        auto two = apps[2]->cash().signOff(kSupervisor, shift, QStringLiteral("3002"),
                                           QStringLiteral("5173"), cash::SignoffDecision::Accepted,
                                           QStringLiteral("找零多给了一元"));
        QVERIFY2(two.ok(), qPrintable(two.error()));
        QVERIFY(apps[1]
                    ->cash()
                    .openShift(zhang, QStringLiteral("TO-A"), float500, QStringLiteral("2002"),
                               QStringLiteral("4826"))
                    .ok());
        QVERIFY(apps[2]
                    ->cash()
                    .openShift(liu, QStringLiteral("TO-A"), float500, QStringLiteral("2001"),
                               QStringLiteral("3690"))
                    .ok());
        exchangeAll(apps, QStringLiteral("all"), 20261204);

        const QString reference = dump(*apps[0]);
        for (int k = 1; k < 3; ++k)
            QCOMPARE(dump(*apps[k]), reference);
        for (int k = 0; k < 3; ++k) {
            AppServices &app = *apps[k];
            Database &db = app.core().db();
            // Both sign-offs and both ledger rows are kept; the first sign-off is the shift's.
            QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM cash_signoff WHERE shift_id=?"),
                               {shift})
                         .value(),
                     qint64(2));
            QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM cash_ledger WHERE shift_id=?"),
                               {shift})
                         .value(),
                     qint64(2));
            auto s = app.cash().shift(shift);
            QVERIFY(s.ok() && s->has_value());
            QCOMPARE((*s)->status, cash::ShiftStatus::SignedOff);
            QCOMPARE(
                (*s)->supervisor,
                db.column(QStringLiteral("SELECT supervisor FROM cash_signoff WHERE shift_id=? "
                                         "ORDER BY created_at, id LIMIT 1"),
                          {shift})
                    ->value(0));
            // Owed once: Zhang's ¥1.00, not ¥2.00.
            auto zhangs = app.cash().sellerRecord(QStringLiteral("2001"));
            QVERIFY(zhangs.ok());
            QCOMPARE(zhangs->owed.fen(), qint64(100));
            // The sale made on the second tablet is on the shift everywhere.
            auto entries = app.cash().entries(shift);
            QVERIFY(entries.ok());
            QVERIFY(std::any_of(entries->cbegin(), entries->cend(),
                                [&](const cash::Entry &e) { return e.id == *late; }));
            // Both shifts on TO-A stand, each with its seller; the pair is for a supervisor.
            QCOMPARE(
                db.scalar(QStringLiteral("SELECT COUNT(*) FROM cash_open_shift WHERE booth='TO-A'"))
                    .value(),
                qint64(2));
            QCOMPARE(db.scalar(QStringLiteral(
                                   "SELECT COUNT(*) FROM sync_conflict WHERE reason='same_booth'"))
                         .value(),
                     qint64(1));
            QCOMPARE(
                db.scalar(QStringLiteral(
                              "SELECT COUNT(*) FROM sync_conflict WHERE reason='second_signoff'"))
                    .value(),
                qint64(1));
            QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM sync_conflict")).value(),
                     qint64(2));
            QVERIFY(app.core().records().verify(db).ok());
        }
        // The device page names the ticket office, the shift and who signed off when.
        // (Each station installs its translator in the one application: all speak English here.)
        for (auto &each : apps)
            each->language().setLanguage(QStringLiteral("en"));
        AppServices &app = *apps[1];
        app.syncDesk().refresh();
        QStringList cards;
        const auto *conflicts = app.syncDesk().conflicts();
        for (int r = 0; r < conflicts->rowCount(); ++r)
            cards
                << conflicts->data(conflicts->index(r), sync::ConflictModel::WhatRole).toString() +
                       QLatin1Char('\n') +
                       conflicts->data(conflicts->index(r), sync::ConflictModel::DifferencesRole)
                           .toString();
        const QString shown = cards.join(QStringLiteral("\n\n"));
        QVERIFY2(shown.contains(QStringLiteral("Ticket office A: two shifts open at once")),
                 qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("Ticket office B · Zhang Wei: signed off twice")),
                 qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("Seller: Zhang Wei 2001 → Liu Yang 2002")) ||
                     shown.contains(QStringLiteral("Seller: Liu Yang 2002 → Zhang Wei 2001")),
                 qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("Supervisor: Chen Jing 3001 → Zhou Min 3002")) ||
                     shown.contains(QStringLiteral("Supervisor: Zhou Min 3002 → Chen Jing 3001")),
                 qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("(in force)")), qPrintable(shown));

        // Offline, two supervisors on two tablets each take a repayment of Zhang's ¥1.00 short:
        // ¥1.00 on one, ¥0.60 on the other. Each tablet alone refuses more than is owed; merged,
        // ¥1.60 was repaid against ¥1.00. Both stand (the money changed hands), and the
        // repayment that took the balance below zero is listed once, on every tablet.
        const QString zhangNo = QStringLiteral("2001");
        QVERIFY(apps[1]->cash().repay(kSupervisor, zhangNo, Money::fromFen(100), {}).ok());
        QVERIFY(!apps[1]->cash().repay(kSupervisor, zhangNo, Money::fromFen(1), {}).ok());
        QVERIFY(apps[2]
                    ->cash()
                    .repay(kSupervisor2, zhangNo, Money::fromFen(60), QStringLiteral("部分还款"))
                    .ok());
        exchangeAll(apps, QStringLiteral("repaid"), 20261205);
        const QString repaid = dump(*apps[0]);
        for (int k = 1; k < 3; ++k)
            QCOMPARE(dump(*apps[k]), repaid);
        for (int k = 0; k < 3; ++k) {
            AppServices &each = *apps[k];
            Database &db = each.core().db();
            QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM cash_ledger WHERE "
                                              "kind='repayment' AND seller=?"),
                               {zhangNo})
                         .value(),
                     qint64(2));
            QCOMPARE(db.scalar(QStringLiteral(
                                   "SELECT COUNT(*) FROM sync_conflict WHERE reason='over_repaid'"))
                         .value(),
                     qint64(1));
            auto zhangs = each.cash().sellerRecord(zhangNo);
            QVERIFY(zhangs.ok());
            QCOMPARE(zhangs->owed.fen(), qint64(-60));
            // Read again from nothing, the list is the same.
            QVERIFY(each.core().records().refoldAll(db).ok());
            QCOMPARE(db.scalar(QStringLiteral(
                                   "SELECT COUNT(*) FROM sync_conflict WHERE reason='over_repaid'"))
                         .value(),
                     qint64(1));
        }
        app.syncDesk().refresh();
        QStringList titles;
        for (int r = 0; r < conflicts->rowCount(); ++r)
            titles
                << conflicts->data(conflicts->index(r), sync::ConflictModel::WhatRole).toString();
        QVERIFY2(titles.contains(QStringLiteral("Zhang Wei: repaid more than was owed")),
                 qPrintable(titles.join(QLatin1Char('\n'))));

        // Settled on one tablet, the pair is settled on every tablet once the decision travels.
        // Two supervisors who settle it differently offline both keep their decision; the first
        // (by time, then id) is the one every tablet shows.
        const auto overRepaid = [](AppServices &each) {
            return each.core()
                .db()
                .scalar(QStringLiteral("SELECT id FROM sync_conflict WHERE reason='over_repaid'"))
                .value();
        };
        QVERIFY(apps[1]->auth().signIn(QStringLiteral("3001"), QStringLiteral("8642")).ok);
        QVERIFY(apps[2]->auth().signIn(QStringLiteral("3002"), QStringLiteral("5173")).ok);
        QVERIFY(apps[1]->syncDesk().decide(overRepaid(*apps[1]), true,
                                           QStringLiteral("第一笔为准，多收的0.60元退还")));
        QVERIFY(apps[2]->syncDesk().decide(overRepaid(*apps[2]), false,
                                           QStringLiteral("第二笔为准，已与卖票员核对")));
        QVERIFY(
            !apps[1]->syncDesk().decide(overRepaid(*apps[1]), false, QStringLiteral("再决定一次")));
        exchangeAll(apps, QStringLiteral("decided"), 20261206);
        for (int k = 0; k < 3; ++k) {
            Database &db = apps[k]->core().db();
            QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM conflict_decision")).value(),
                     qint64(2));
            const QStringList first =
                *db.column(QStringLiteral("SELECT decision || ' ' || note FROM conflict_decision "
                                          "ORDER BY created_at, id LIMIT 1"));
            const QStringList shownHere = *db.column(
                QStringLiteral("SELECT d.decision || ' ' || d.note FROM sync_decision d JOIN "
                               "sync_conflict c ON c.id = d.conflict_id "
                               "WHERE c.reason = 'over_repaid'"));
            QCOMPARE(shownHere, first);
            // The other pairs are still open on every tablet.
            QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM sync_decision")).value(),
                     qint64(1));
        }
        for (int k = 0; k < 3; ++k) {
            const test::Run v =
                stationops({QStringLiteral("--data-dir"), folder(QStringLiteral("s%1").arg(k + 1)),
                            QStringLiteral("verify")});
            QVERIFY2(v.code == 0, qPrintable(v.out + v.err));
        }
    }

    // A pair listed while a count had not arrived, and settled on one tablet, goes when the count
    // arrives showing the first shift closed before the second opened: both tablets end with
    // the same (empty) list; the decision stays in the audit trail.
    void aSettledPairThatNoLongerHoldsGoesEverywhere()
    {
        auto one = station(folder(QStringLiteral("p1")));
        auto two = station(folder(QStringLiteral("p2")));
        QVERIFY(one && two);
        QVERIFY(one->seedDemo().ok());
        const QString staffFile = folder(QStringLiteral("p1-staff.json"));
        auto first = sync::exportFile(one->core(), staffFile);
        QVERIFY(first.ok());
        QVERIFY(sync::importFile(two->ingest(), staffFile).ok());
        const Actor zhang{QStringLiteral("2001"), Role::Seller, false};
        const Actor liu{QStringLiteral("2002"), Role::Seller, false};
        const cash::Counts float500{{QStringLiteral("n100"), 5}};
        auto a = one->cash().openShift(zhang, QStringLiteral("TO-A"), float500,
                                       QStringLiteral("2002"), QStringLiteral("4826"));
        QVERIFY(a.ok());
        const QString opened = folder(QStringLiteral("p1-opened.json"));
        auto mark = sync::exportFile(one->core(), opened, first->cursor);
        QVERIFY(mark.ok());
        QVERIFY(one->cash().submitCount(zhang, *a, float500).ok());
        const QString counted = folder(QStringLiteral("p1-counted.json"));
        QVERIFY(sync::exportFile(one->core(), counted, mark->cursor).ok());
        // Tablet two, not knowing of either, opens TO-A after the count; then hears of the opening.
        QVERIFY(two->cash()
                    .openShift(liu, QStringLiteral("TO-A"), float500, QStringLiteral("2001"),
                               QStringLiteral("3690"))
                    .ok());
        QVERIFY(sync::importFile(two->ingest(), opened).ok());
        Database &db = two->core().db();
        QCOMPARE(db.scalar(QStringLiteral(
                               "SELECT COUNT(*) FROM sync_conflict WHERE reason = 'same_booth'"))
                     .value(),
                 qint64(1));
        QVERIFY(two->auth().signIn(QStringLiteral("3001"), QStringLiteral("8642")).ok);
        sync::SyncDesk &desk = two->syncDesk();
        desk.refresh();
        const qint64 id =
            desk.conflicts()
                ->data(desk.conflicts()->index(0), sync::ConflictModel::ConflictIdRole)
                .toLongLong();
        QVERIFY(desk.decide(id, true, QStringLiteral("两人交接时重叠，已核实")));
        QVERIFY(sync::importFile(two->ingest(), counted).ok());
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM sync_conflict")).value(),
                 qint64(0));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM sync_decision")).value(),
                 qint64(0));
        QCOMPARE(db
                     .scalar(QStringLiteral(
                         "SELECT COUNT(*) FROM audit_event WHERE action = 'sync_conflict_decided'"))
                     .value(),
                 qint64(1));
        const QString back = folder(QStringLiteral("p2-all.json"));
        QVERIFY(sync::exportFile(two->core(), back).ok());
        QVERIFY(sync::importFile(one->ingest(), back).ok());
        QCOMPARE(
            one->core().db().scalar(QStringLiteral("SELECT COUNT(*) FROM sync_conflict")).value(),
            qint64(0));
    }

    // A sign-off sealed on one tablet names a sale made on another. A third tablet that has the
    // sign-off but not yet the sale still verifies (the seal waits for its rows); once the sale
    // is in, the seal is checked whole. A row slipped in behind the app's back on the sealing
    // tablet is found.
    void aSealWaitsForTheRowsItNames()
    {
        std::vector<std::unique_ptr<AppServices>> apps;
        for (const QString &n :
             {QStringLiteral("w1"), QStringLiteral("w2"), QStringLiteral("w3")}) {
            apps.push_back(station(folder(n)));
            QVERIFY(apps.back());
        }
        QVERIFY(apps[0]->seedDemo().ok());
        const Actor zhang{QStringLiteral("2001"), Role::Seller, false};
        const cash::Counts float500{{QStringLiteral("n100"), 5}};
        auto shift = apps[0]->cash().openShift(zhang, QStringLiteral("TO-B"), float500,
                                               QStringLiteral("2002"), QStringLiteral("4826"));
        QVERIFY(shift.ok());
        const QString first = folder(QStringLiteral("w1-first.json"));
        QVERIFY(sync::exportFile(apps[0]->core(), first).ok());
        for (int k : {1, 2})
            QVERIFY(sync::importFile(apps[k]->ingest(), first).ok());
        auto sale = apps[1]->cash().record(zhang, *shift, QStringLiteral("sale"),
                                           QStringLiteral("qr"), Money::fromFen(800));
        QVERIFY(sale.ok());
        const QString saleFile = folder(QStringLiteral("w2-sale.json"));
        QVERIFY(sync::exportFile(apps[1]->core(), saleFile).ok());
        QVERIFY(sync::importFile(apps[0]->ingest(), saleFile).ok());
        auto mark = sync::exportFile(apps[0]->core(), folder(QStringLiteral("w1-mark.json")));
        QVERIFY(mark.ok());
        QVERIFY(apps[0]->cash().submitCount(zhang, *shift, float500).ok());
        QVERIFY(apps[0]
                    ->cash()
                    .signOff(kSupervisor, *shift, QStringLiteral("3001"), QStringLiteral("8642"),
                             cash::SignoffDecision::Accepted, {})
                    .ok());
        const QString signedOff = folder(QStringLiteral("w1-signed.json"));
        auto partial = sync::exportFile(apps[0]->core(), signedOff, mark->cursor);
        QVERIFY2(partial.ok(), qPrintable(partial.ok() ? QString() : partial.error()));
        QVERIFY(sync::importFile(apps[2]->ingest(), signedOff).ok());
        QCOMPARE(
            apps[2]
                ->core()
                .db()
                .scalar(QStringLiteral("SELECT COUNT(*) FROM cash_entry WHERE id = ?"), {*sale})
                .value(),
            qint64(0));
        const auto verify = [this](const QString &name) {
            return stationops(
                {QStringLiteral("--data-dir"), folder(name), QStringLiteral("verify")});
        };
        test::Run v = verify(QStringLiteral("w3"));
        QVERIFY2(v.code == 0, qPrintable(v.err));
        QVERIFY(sync::importFile(apps[2]->ingest(), saleFile).ok());
        v = verify(QStringLiteral("w3"));
        QVERIFY2(v.code == 0, qPrintable(v.err));
        // On the sealing tablet, a sale put in after the sign-off behind the app's back.
        const QString db = StationCore::databaseFile(folder(QStringLiteral("w1")));
        apps[0].reset();
        QVERIFY(test::sqlOnFile(db, {QStringLiteral("DROP TRIGGER cash_entry_after_signoff"),
                                     QStringLiteral("INSERT INTO cash_entry SELECT 'slipped-in', "
                                                    "device_id, device_seq + 1000, created_at, "
                                                    "created_by, shift_id, 'sale', 'cash', 100, "
                                                    "'', '', NULL, created_at FROM cash_close "
                                                    "WHERE shift_id = '%1'")
                                         .arg(*shift)}));
        v = verify(QStringLiteral("w1"));
        QCOMPARE(v.code, 1);
        QVERIFY2(v.err.contains(QStringLiteral("slipped-in")) &&
                     v.err.contains(QStringLiteral("after it was made final")),
                 qPrintable(v.err));
    }

    // Audit rows travel as each device's chain, whole: a file with a hole in a chain is refused
    // until the earlier rows are in, and a pulled row altered behind the app's back is named by
    // `verify` with the device whose chain it breaks. Rows from before per-device chains stay.
    void auditChainsTravelWhole()
    {
        const QString a = folder(QStringLiteral("audit-a"));
        const QString b = folder(QStringLiteral("audit-b"));
        QString deviceA;
        {
            auto app = station(a);
            deviceA = app->core().db().deviceId();
            for (const char *text : {"站台照明不足", "自动售票机吞币"})
                QVERIFY(app->incidents().log(kAgent, newComplaint(QString::fromUtf8(text))).ok());
        }
        const QString file = exportOf(a, QStringLiteral("audit-a.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto batch = sync::Batch::parse(f.readAll(), file);
        QVERIFY(batch.ok());
        QList<sync::SyncRecord> audit;
        for (const sync::SyncRecord &r : batch->records)
            if (r.kind == QLatin1String("audit_event"))
                audit << r;
        QVERIFY(audit.size() >= 2);
        QVERIFY(audit.first().body.value(QStringLiteral("prev_id")).isNull());
        QCOMPARE(audit.at(1).body.value(QStringLiteral("prev_id")).toString(), audit.first().id);
        QVERIFY(!audit.first().body.contains(QStringLiteral("seq"))); // the local number stays home
        {
            auto app = station(b);
            sync::Batch holed = *batch;
            holed.records.removeIf(
                [&](const sync::SyncRecord &r) { return r.id == audit.first().id; });
            auto refused = app->ingest().apply(holed, QStringLiteral("holed.json"));
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().contains(QStringLiteral("audit_event")) &&
                         refused.error().contains(QStringLiteral("take in the earlier file first")),
                     qPrintable(refused.error()));
            QCOMPARE(
                app->core()
                    .db()
                    .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE device_id=?"),
                            {deviceA})
                    .value(),
                qint64(0));
            QVERIFY(app->ingest().apply(*batch, file).ok());
        }
        QCOMPARE(stationops({QStringLiteral("--data-dir"), b, QStringLiteral("verify")}).code, 0);
        QVERIFY(test::sqlOnFile(
            StationCore::databaseFile(b),
            {QStringLiteral("DROP TRIGGER audit_event_no_update"),
             QStringLiteral("UPDATE audit_event SET created_by='9999' WHERE id='%1'")
                 .arg(audit.at(1).id)}));
        const test::Run v = stationops({QStringLiteral("--data-dir"), b, QStringLiteral("verify")});
        QCOMPARE(v.code, 1);
        QVERIFY2(v.err.contains(audit.at(1).id) && v.err.contains(QStringLiteral("altered")),
                 qPrintable(v.err));
    }

    // A PIN changed on two tablets offline: two versions of one person with one parent. Both are
    // kept, the same one applies on both tablets, the conflict is listed once however often the
    // files come in, and only the administrator settles it: the chosen version becomes the next
    // one, which the other tablet then follows too.
    void aPinChangedOnTwoTabletsIsForTheAdministrator()
    {
        std::vector<std::unique_ptr<AppServices>> apps;
        for (const QString &n : {QStringLiteral("p1"), QStringLiteral("p2")}) {
            apps.push_back(station(folder(n)));
            QVERIFY(apps.back());
        }
        QVERIFY(seedDemoStaff(apps[0]->core()).ok());
        const QString staff = folder(QStringLiteral("p1-staff.json"));
        QVERIFY(sync::exportFile(apps[0]->core(), staff).ok());
        QVERIFY(sync::importFile(apps[1]->ingest(), staff).ok());
        QVERIFY(apps[1]->auth().signInAs(QStringLiteral("1001"), QStringLiteral("2468")).ok);
        apps[1]->auth().signOut();

        const Actor admin{QStringLiteral("9001"), Role::Admin, false};
        QVERIFY(StaffService(apps[0]->core())
                    .setPin(admin, QStringLiteral("1001"), QStringLiteral("1357"))
                    .ok());
        QVERIFY(StaffService(apps[1]->core())
                    .setPin(admin, QStringLiteral("1001"), QStringLiteral("8024"))
                    .ok());
        QStringList files;
        for (int k = 0; k < 2; ++k) {
            files << folder(QStringLiteral("p%1-pin.json").arg(k + 1));
            QVERIFY(sync::exportFile(apps[k]->core(), files.last()).ok());
        }
        exchange(apps, files, 7);
        exchange(apps, files,
                 8); // the same files again: nothing new, the conflict not listed twice
        QCOMPARE(dump(*apps[1]), dump(*apps[0]));
        QString inForce;
        for (auto &app : apps) {
            Database &db = app->core().db();
            QCOMPARE(
                db
                    .scalar(QStringLiteral(
                        "SELECT COUNT(*) FROM staff_version WHERE staff_no='1001' AND version=2"))
                    .value(),
                qint64(2));
            QCOMPARE(db.scalar(QStringLiteral(
                                   "SELECT COUNT(*) FROM sync_conflict WHERE reason='same_parent'"))
                         .value(),
                     qint64(1));
            const QString head =
                db.column(QStringLiteral("SELECT id FROM staff WHERE staff_no='1001'"))->value(0);
            if (inForce.isEmpty())
                inForce = head;
            QCOMPARE(head, inForce);
        }
        // The later change applies; its PIN signs in on both tablets.
        const QString later =
            apps[0]
                ->core()
                .db()
                .column(QStringLiteral("SELECT id FROM staff_version WHERE staff_no='1001' "
                                       "AND version=2 ORDER BY created_at DESC, id DESC LIMIT 1"))
                ->value(0);
        QCOMPARE(inForce, later);
        const QString laterPin =
            later ==
                    apps[0]
                        ->core()
                        .db()
                        .column(QStringLiteral("SELECT id FROM staff_version WHERE staff_no='1001' "
                                               "AND version=2 AND device_id=?"),
                                {apps[0]->core().db().deviceId()})
                        ->value(0)
                ? QStringLiteral("1357")
                : QStringLiteral("8024");
        const QString earlierPin =
            laterPin == QLatin1String("1357") ? QStringLiteral("8024") : QStringLiteral("1357");
        for (auto &app : apps) {
            QVERIFY(app->auth().signInAs(QStringLiteral("1001"), laterPin).ok);
            app->auth().signOut();
        }

        // On the device page, a supervisor may not settle it; the administrator keeps the earlier.
        sync::SyncDesk &desk = apps[1]->syncDesk();
        QVERIFY(apps[1]->auth().signInAs(QStringLiteral("3001"), QStringLiteral("8642")).ok);
        desk.refresh();
        QCOMPARE(desk.conflicts()->rowCount(), 1);
        const QModelIndex row = desk.conflicts()->index(0);
        const qint64 id =
            desk.conflicts()->data(row, sync::ConflictModel::ConflictIdRole).toLongLong();
        const QString differences =
            desk.conflicts()->data(row, sync::ConflictModel::DifferencesRole).toString();
        QVERIFY2(
            differences.contains(QStringLiteral("当前生效")) &&
                differences.contains(QStringLiteral("已更改")) &&
                !differences.contains(
                    apps[1]
                        ->core()
                        .db()
                        .column(QStringLiteral("SELECT pin_hash FROM staff WHERE staff_no='1001'"))
                        ->value(0)),
            qPrintable(differences));
        const bool firstIsEarlier =
            later != apps[1]
                         ->core()
                         .db()
                         .column(QStringLiteral("SELECT record_id FROM sync_conflict"))
                         ->value(0);
        QVERIFY(!desk.decide(id, firstIsEarlier, QStringLiteral("两台平板同时改了密码")));
        QVERIFY(desk.message().contains(QStringLiteral("administrator")) ||
                desk.message().contains(QStringLiteral("管理员")));
        apps[1]->auth().signOut();
        QVERIFY(apps[1]->auth().signInAs(QStringLiteral("9001"), QStringLiteral("9753")).ok);
        QVERIFY2(desk.decide(id, firstIsEarlier, QStringLiteral("本人确认用较早的密码")),
                 qPrintable(desk.message()));
        apps[1]->auth().signOut();
        const QString settled = folder(QStringLiteral("p2-settled.json"));
        QVERIFY(sync::exportFile(apps[1]->core(), settled).ok());
        QVERIFY(sync::importFile(apps[0]->ingest(), settled).ok());
        for (auto &app : apps) {
            QCOMPARE(app->core()
                         .db()
                         .scalar(QStringLiteral("SELECT version FROM staff WHERE staff_no='1001'"))
                         .value(),
                     qint64(3));
            QVERIFY(app->auth().signInAs(QStringLiteral("1001"), earlierPin).ok);
            app->auth().signOut();
            QVERIFY(!app->auth().signInAs(QStringLiteral("1001"), laterPin).ok);
        }
        // The sign-ins above are audited on each tablet: one more exchange and both are equal.
        files.clear();
        for (int k = 0; k < 2; ++k) {
            files << folder(QStringLiteral("p%1-end.json").arg(k + 1));
            QVERIFY(sync::exportFile(apps[k]->core(), files.last()).ok());
        }
        exchange(apps, files, 9);
        QCOMPARE(dump(*apps[1]), dump(*apps[0]));
        for (const QString &n : {QStringLiteral("p1"), QStringLiteral("p2")})
            QCOMPARE(stationops({QStringLiteral("--data-dir"), folder(n), QStringLiteral("verify")})
                         .code,
                     0);
    }

    // A staff pair is settled by writing the chosen version again: refused once a later change
    // (here the account disabled) is in force, so settling cannot undo it.
    void aStaffPairIsNotSettledOverALaterChange()
    {
        std::vector<std::unique_ptr<AppServices>> apps;
        for (const QString &n : {QStringLiteral("q1"), QStringLiteral("q2")}) {
            apps.push_back(station(folder(n)));
            QVERIFY(apps.back());
        }
        QVERIFY(seedDemoStaff(apps[0]->core()).ok());
        const QString staff = folder(QStringLiteral("q1-staff.json"));
        QVERIFY(sync::exportFile(apps[0]->core(), staff).ok());
        QVERIFY(sync::importFile(apps[1]->ingest(), staff).ok());
        const Actor admin{QStringLiteral("9001"), Role::Admin, false};
        QVERIFY(StaffService(apps[0]->core())
                    .setPin(admin, QStringLiteral("1002"), QStringLiteral("1470"))
                    .ok());
        QVERIFY(StaffService(apps[1]->core())
                    .setPin(admin, QStringLiteral("1002"), QStringLiteral("2580"))
                    .ok());
        QStringList files;
        for (int k = 0; k < 2; ++k) {
            files << folder(QStringLiteral("q%1-pin.json").arg(k + 1));
            QVERIFY(sync::exportFile(apps[k]->core(), files.last()).ok());
        }
        exchange(apps, files, 11);
        QVERIFY(StaffService(apps[1]->core()).disable(admin, QStringLiteral("1002")).ok());
        sync::SyncDesk &desk = apps[1]->syncDesk();
        QVERIFY(apps[1]->auth().signInAs(QStringLiteral("9001"), QStringLiteral("9753")).ok);
        desk.refresh();
        QCOMPARE(desk.conflicts()->rowCount(), 1);
        const qint64 id =
            desk.conflicts()
                ->data(desk.conflicts()->index(0), sync::ConflictModel::ConflictIdRole)
                .toLongLong();
        QVERIFY(!desk.decide(id, true, QStringLiteral("以先改的密码为准")));
        QVERIFY(!desk.decide(id, false, QStringLiteral("以后改的密码为准")));
        QVERIFY(desk.message().contains(QStringLiteral("changed since")) ||
                desk.message().contains(QStringLiteral("之后又有改动")));
        QCOMPARE(apps[1]
                     ->core()
                     .db()
                     .scalar(QStringLiteral("SELECT active FROM staff WHERE staff_no='1002'"))
                     .value(),
                 qint64(0));
        QCOMPARE(apps[1]
                     ->core()
                     .db()
                     .scalar(QStringLiteral("SELECT COUNT(*) FROM sync_decision"))
                     .value(),
                 qint64(0));
    }

    // Damaged and foreign files are refused with the problem named, and the database is as it was.
    void hostileFilesChangeNothing()
    {
        const QString a = folder(QStringLiteral("h-a"));
        const QString b = folder(QStringLiteral("h-b"));
        {
            auto app = station(a);
            QVERIFY(app);
            QVERIFY(app->incidents().log(kAgent, newComplaint(QStringLiteral("广播太吵"))).ok());
        }
        {
            auto app = station(b);
            QVERIFY(app);
            QVERIFY(app->incidents().log(kAgent, newComplaint(QStringLiteral("座椅损坏"))).ok());
        }
        const QString good = exportOf(a, QStringLiteral("h-good.json"));
        QFile f(good);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        f.close();
        const QJsonObject batch = QJsonDocument::fromJson(bytes).object();
        const auto edited = [&](const std::function<void(QJsonObject &)> &change) {
            QJsonObject o = batch;
            change(o);
            return QJsonDocument(o).toJson();
        };
        const auto resealed = [](QJsonObject &o, qsizetype at,
                                 const std::function<void(QJsonObject &)> &change) {
            QJsonArray records = o.value(QStringLiteral("records")).toArray();
            QJsonObject r = records.at(at).toObject();
            change(r);
            sync::SyncRecord fixed;
            fixed.kind = r.value(QStringLiteral("kind")).toString();
            fixed.id = r.value(QStringLiteral("id")).toString();
            fixed.device = r.value(QStringLiteral("device")).toString();
            fixed.deviceSeq = r.value(QStringLiteral("device_seq")).toInteger();
            fixed.createdAt = r.value(QStringLiteral("created_at")).toInteger();
            fixed.createdBy = r.value(QStringLiteral("created_by")).toString();
            fixed.body = r.value(QStringLiteral("body")).toObject();
            fixed.sha256 = fixed.computeSha256();
            records[at] = fixed.toJson();
            o.insert(QStringLiteral("records"), records);
            // The list hash too, as someone who knew the format would.
            QList<sync::SyncRecord> list;
            for (const QJsonValue &v : records)
                list << *sync::SyncRecord::fromJson(v.toObject(), QString());
            sync::Batch b;
            b.records = list;
            o.insert(QStringLiteral("records_sha256"),
                     QJsonDocument::fromJson(b.toJson())
                         .object()
                         .value(QStringLiteral("records_sha256")));
        };
        const qsizetype firstEvent = [&] {
            const QJsonArray records = batch.value(QStringLiteral("records")).toArray();
            for (qsizetype i = 0; i < records.size(); ++i)
                if (records.at(i).toObject().value(QStringLiteral("kind")).toString() ==
                    QLatin1String("incident"))
                    return i;
            return qsizetype(-1);
        }();
        QVERIFY(firstEvent >= 0);
        struct Case
        {
            const char *name;
            QByteArray bytes;
            const char *says;
        };
        const QList<Case> cases{
            {"truncated", bytes.left(bytes.size() / 2), "cut short"},
            {"edited body", edited([&](QJsonObject &o) {
                 QJsonArray records = o.value(QStringLiteral("records")).toArray();
                 QJsonObject r = records.at(firstEvent).toObject();
                 QJsonObject body = r.value(QStringLiteral("body")).toObject();
                 body.insert(QStringLiteral("description"), QStringLiteral("改过的"));
                 r.insert(QStringLiteral("body"), body);
                 records[firstEvent] = r;
                 o.insert(QStringLiteral("records"), records);
             }),
             "do not match its SHA-256"},
            {"record taken out", edited([&](QJsonObject &o) {
                 QJsonArray records = o.value(QStringLiteral("records")).toArray();
                 records.removeAt(0);
                 o.insert(QStringLiteral("records"), records);
                 o.insert(QStringLiteral("count"), records.size());
             }),
             "taken out"},
            {"another station", edited([](QJsonObject &o) {
                 o.insert(QStringLiteral("station"), QStringLiteral("XXX"));
             }),
             "made at station XXX"},
            {"a device number used again under another id", edited([&](QJsonObject &o) {
                 resealed(o, firstEvent, [](QJsonObject &r) {
                     r.insert(QStringLiteral("id"),
                              QStringLiteral("018f0000-0000-7000-8000-000000000001"));
                 });
             }),
             "not to be trusted"},
            {"an unknown kind", edited([&](QJsonObject &o) {
                 resealed(o, firstEvent, [](QJsonObject &r) {
                     r.insert(QStringLiteral("kind"), QStringLiteral("teleport"));
                 });
             }),
             "does not know"},
            {"not a sync file", QByteArray("{\"hello\": 1}"), "not a StationOps sync file"},
        };
        // b has never seen a's records; the replayed number is tried where a's own records are
        // held.
        for (const Case &c : cases) {
            const QString target = QByteArray(c.name).startsWith("a device number") ? a : b;
            const QString file = folder(
                QStringLiteral("hostile-%1.json")
                    .arg(QString::fromLatin1(c.name).replace(QLatin1Char(' '), QLatin1Char('-'))));
            {
                QFile out(file);
                QVERIFY(out.open(QIODevice::WriteOnly));
                out.write(c.bytes);
            }
            QString before;
            {
                auto app = station(target);
                before = dump(*app);
            }
            const test::Run r =
                stationops({QStringLiteral("--data-dir"), target, QStringLiteral("sync"),
                            QStringLiteral("import"), file});
            QVERIFY2(r.code == 1, c.name);
            QVERIFY2(r.err.contains(QLatin1String(c.says)) && r.err.contains(file),
                     qPrintable(QString::fromLatin1(c.name) + QStringLiteral(": ") + r.err));
            auto app = station(target);
            QCOMPARE(dump(*app), before);
            QCOMPARE(
                app->core().db().scalar(QStringLiteral("SELECT COUNT(*) FROM sync_import")).value(),
                qint64(0));
        }
        // An id that arrives again with another body (re-sealed, so only the content differs) is
        // kept apart, once, and nothing is overwritten.
        const QByteArray other = edited([&](QJsonObject &o) {
            resealed(o, firstEvent, [](QJsonObject &r) {
                QJsonObject body = r.value(QStringLiteral("body")).toObject();
                body.insert(QStringLiteral("description"), QStringLiteral("另一个内容"));
                r.insert(QStringLiteral("body"), body);
            });
        });
        const QString otherFile = folder(QStringLiteral("other-body.json"));
        {
            QFile out(otherFile);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(other);
        }
        for (int round = 0; round < 2; ++round) {
            const test::Run r = stationops({QStringLiteral("--data-dir"), a, QStringLiteral("sync"),
                                            QStringLiteral("import"), otherFile});
            // Found the first time; the second time it is the same conflict, not a new one.
            const QString says =
                round == 0 ? QStringLiteral("1 conflicts") : QStringLiteral("0 conflicts");
            QVERIFY2(r.code == 0 && r.out.contains(says), qPrintable(r.out + r.err));
        }
        auto app = station(a);
        QCOMPARE(
            app->core().db().scalar(QStringLiteral("SELECT COUNT(*) FROM sync_conflict")).value(),
            qint64(1));
        QCOMPARE(app->core()
                     .db()
                     .scalar(QStringLiteral(
                         "SELECT COUNT(*) FROM incident WHERE description='广播太吵'"))
                     .value(),
                 qint64(1));
    }

    // A batch that would leave this device holding what it cannot pass on, or storing a value
    // other than it came, is refused by name before anything is written, photo files included.
    void incompleteOrMistypedBatchesAreRefused()
    {
        const QString a = folder(QStringLiteral("i-a"));
        const QString b = folder(QStringLiteral("i-b"));
        auto from = station(a);
        auto to = station(b);
        QVERIFY(from && to);
        auto logged = from->incidents().log(kAgent, newComplaint(QStringLiteral("自动扶梯急停")));
        QVERIFY(logged.ok());
        QVERIFY(from->incidents().attachPhoto(kAgent, *logged, writePhoto(m_dir.path(), 300)).ok());
        auto batch = sync::Outbox::collect(from->core());
        QVERIFY(batch.ok());
        const QString before = dump(*to);
        const auto refused = [&](sync::Batch edited, const QString &says) {
            for (sync::SyncRecord &r : edited.records)
                r.sha256 = r.computeSha256();
            auto in = to->ingest().apply(edited, QStringLiteral("edited.json"));
            QVERIFY2(!in.ok() && in.error().contains(says) &&
                         in.error().contains(QStringLiteral("edited.json")),
                     qPrintable(in.ok() ? QStringLiteral("taken in") : in.error()));
            QCOMPARE(dump(*to), before);
            QVERIFY2(!QDir(b + QStringLiteral("/photos")).exists() ||
                         QDir(b + QStringLiteral("/photos")).isEmpty(),
                     "no photo file is left behind");
        };
        // The timeline without its incident.
        sync::Batch noParent = *batch;
        noParent.records.removeIf(
            [](const sync::SyncRecord &r) { return r.kind == QLatin1String("incident"); });
        refused(noParent, QStringLiteral("neither in the file nor on this device"));
        // A link to a photo the file does not carry.
        sync::Batch noPhoto = *batch;
        noPhoto.blobs.clear();
        refused(noPhoto, QStringLiteral("names photo"));
        // A number where this device keeps text, and a field left out.
        sync::Batch mistyped = *batch;
        for (sync::SyncRecord &r : mistyped.records)
            if (r.kind == QLatin1String("incident"))
                r.body.insert(QStringLiteral("description"), 42);
        refused(mistyped, QStringLiteral("\"description\" of incident is not a text"));
        sync::Batch shorter = *batch;
        for (sync::SyncRecord &r : shorter.records)
            if (r.kind == QLatin1String("incident"))
                r.body.remove(QStringLiteral("urgency"));
        refused(shorter, QStringLiteral("\"urgency\" of incident is missing"));
        // The whole batch goes in.
        auto in = to->ingest().apply(*batch, QStringLiteral("whole.json"));
        QVERIFY2(in.ok(), in.ok() ? "" : qPrintable(in.error()));
        QCOMPARE(dump(*to), dump(*from));
    }

    // `--since` carries everything that came since the last export, made here or taken in, even
    // a record another device made long before (numbered below what was passed on already).
    void sinceCarriesWhatArrivedLate()
    {
        const QString a = folder(QStringLiteral("s-a"));
        const QString c = folder(QStringLiteral("s-c"));
        QString first;
        QString second;
        {
            auto app = station(c);
            first = *app->incidents().log(kAgent, newComplaint(QStringLiteral("第一件")));
            second = *app->incidents().log(kAgent, newComplaint(QStringLiteral("第二件")));
        }
        QCOMPARE(stationops({QStringLiteral("--data-dir"), c, QStringLiteral("sync"),
                             QStringLiteral("export"), QStringLiteral("--out"),
                             folder(QStringLiteral("s-c-all.json"))})
                     .code,
                 0);
        // A gets the second case first (a partial file), passes it on, then gets the first.
        {
            auto app = station(a);
            QFile f(folder(QStringLiteral("s-c-all.json")));
            QVERIFY(f.open(QIODevice::ReadOnly));
            auto all = sync::Batch::parse(f.readAll(), QStringLiteral("s-c-all.json"));
            QVERIFY(all.ok());
            sync::Batch onlySecond = *all;
            // Audit rows go too: a device's chain cannot arrive with a hole in it.
            onlySecond.records.removeIf([&](const sync::SyncRecord &r) {
                return r.id == first ||
                       r.body.value(QStringLiteral("incident_id")).toString() == first ||
                       r.kind == QLatin1String("audit_event");
            });
            QVERIFY(app->ingest().apply(onlySecond, QStringLiteral("partial.json")).ok());
        }
        test::Run out = stationops({QStringLiteral("--data-dir"), a, QStringLiteral("sync"),
                                    QStringLiteral("export"), QStringLiteral("--out"),
                                    folder(QStringLiteral("s-a-1.json"))});
        QVERIFY2(out.code == 0 && out.out.contains(QStringLiteral("2 records")),
                 qPrintable(out.out + out.err));
        const QString cursor = out.out.section(QStringLiteral("cursor: "), 1).trimmed();
        QVERIFY2(!cursor.isEmpty(), qPrintable(out.out));
        QCOMPARE(stationops({QStringLiteral("--data-dir"), a, QStringLiteral("sync"),
                             QStringLiteral("import"), folder(QStringLiteral("s-c-all.json"))})
                     .code,
                 0);
        out = stationops({QStringLiteral("--data-dir"), a, QStringLiteral("sync"),
                          QStringLiteral("export"), QStringLiteral("--since"), cursor,
                          QStringLiteral("--out"), folder(QStringLiteral("s-a-2.json"))});
        QVERIFY2(out.code == 0 && out.out.contains(QStringLiteral(" records")),
                 qPrintable(out.out + out.err));
        QFile f(folder(QStringLiteral("s-a-2.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto later = sync::Batch::parse(f.readAll(), QStringLiteral("s-a-2.json"));
        QVERIFY(later.ok());
        QVERIFY(std::any_of(later->records.cbegin(), later->records.cend(),
                            [&](const sync::SyncRecord &r) { return r.id == first; }));
        QVERIFY(std::none_of(later->records.cbegin(), later->records.cend(),
                             [&](const sync::SyncRecord &r) { return r.id == second; }));
        // Nothing new: an empty export; another device's cursor: refused by name.
        out = stationops({QStringLiteral("--data-dir"), a, QStringLiteral("sync"),
                          QStringLiteral("export"), QStringLiteral("--since"),
                          out.out.section(QStringLiteral("cursor: "), 1).trimmed(),
                          QStringLiteral("--out"), folder(QStringLiteral("s-a-3.json"))});
        QVERIFY2(out.code == 0 && out.out.contains(QStringLiteral("0 records")),
                 qPrintable(out.out + out.err));
        out = stationops({QStringLiteral("--data-dir"), c, QStringLiteral("sync"),
                          QStringLiteral("export"), QStringLiteral("--since"), cursor,
                          QStringLiteral("--out"), folder(QStringLiteral("s-c-2.json"))});
        QVERIFY2(out.code == 1 && out.err.contains(QStringLiteral("printed by device")),
                 qPrintable(out.out + out.err));
        // Every kind that travels is noted as it arrives; a kind without the trigger would never be
        // exported. alarm_event is the exception: a trigger on it would slow a flood several times,
        // so the engine notes its own batches and ingest what it takes in
        // (alarmsFromTheHostAndActionsBack).
        auto app = station(a);
        for (const RecordKind &kind : app->core().records().all())
            QCOMPARE(app->core()
                         .db()
                         .scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE "
                                                "type='trigger' AND tbl_name=? "
                                                "AND sql LIKE '%sync_arrival%'"),
                                 {kind.table})
                         .value(),
                     qint64(kind.table == QLatin1String("alarm_event") ? 0 : 1));
    }

    // A backup put back on a tablet is a new device: it keeps every record, verifies, and what it
    // makes next never collides with what the original made.
    void aRestoredBackupIsANewDevice()
    {
        const QString a = folder(QStringLiteral("r-a"));
        const QString r = folder(QStringLiteral("r-restored"));
        QString original;
        {
            auto app = station(a);
            QVERIFY(app);
            original = app->core().db().deviceId();
            QVERIFY(app->incidents().log(kAgent, newComplaint(QStringLiteral("电梯停运"))).ok());
        }
        const QString copy = folder(QStringLiteral("r-backup.db"));
        QCOMPARE(stationops({QStringLiteral("--data-dir"), a, QStringLiteral("backup"),
                             QStringLiteral("--out"), copy})
                     .code,
                 0);
        const test::Run restored =
            stationops({QStringLiteral("--data-dir"), r, QStringLiteral("restore"), copy});
        QVERIFY2(restored.code == 0, qPrintable(restored.err));
        {
            auto app = station(r);
            QVERIFY(app);
            QVERIFY(app->core().db().deviceId() != original);
            auto retired = app->core().db().column(
                QStringLiteral("SELECT value FROM meta WHERE key='retired_device_ids'"));
            QVERIFY(retired.ok() && retired->value(0).contains(original));
            QVERIFY(
                app->incidents().log(kAgent, newComplaint(QStringLiteral("恢复后的新投诉"))).ok());
        }
        {
            auto app = station(a);
            QVERIFY(
                app->incidents().log(kAgent, newComplaint(QStringLiteral("原设备的新投诉"))).ok());
        }
        // Each takes the other's records: no device number is claimed twice.
        const QString fromR = exportOf(r, QStringLiteral("r-out.json"));
        const QString fromA = exportOf(a, QStringLiteral("a-out.json"));
        test::Run in = stationops({QStringLiteral("--data-dir"), a, QStringLiteral("sync"),
                                   QStringLiteral("import"), fromR});
        QVERIFY2(in.code == 0, qPrintable(in.err));
        in = stationops({QStringLiteral("--data-dir"), r, QStringLiteral("sync"),
                         QStringLiteral("import"), fromA});
        QVERIFY2(in.code == 0, qPrintable(in.err));
        {
            auto appA = station(a);
            auto appR = station(r);
            QCOMPARE(dump(*appA), dump(*appR));
            QCOMPARE(
                appA->core().db().scalar(QStringLiteral("SELECT COUNT(*) FROM incident")).value(),
                qint64(3));
        }
        for (const QString &data : {a, r})
            QCOMPARE(
                stationops({QStringLiteral("--data-dir"), data, QStringLiteral("verify")}).code, 0);
    }

    // A database made before records travelled (schema 11) is carried forward: its links and
    // acknowledgements lose the one-file UNIQUE rule but keep every row, its incidents and
    // follow-ups fold to the states they had, and it exports.
    void aDatabaseFromBeforeSyncIsCarriedForward()
    {
        const QString data = folder(QStringLiteral("old"));
        {
            DatabaseOptions o;
            o.migrateTo = 11;
            auto db = Database::open(StationCore::databaseFile(data), o);
            QVERIFY2(db.ok(), qPrintable(db.error()));
            for (const char *sql :
                 {"INSERT INTO incident "
                  "VALUES('i1','d',1,1000,'1001',1000,'concourse','complaint','','in_person','','',"
                  "'旧投诉','','',2,2,3)",
                  "INSERT INTO incident_event "
                  "VALUES('e1','d',2,1000,'1001','i1','transition','','new','','{}',NULL)",
                  "INSERT INTO incident_event "
                  "VALUES('e2','d',3,2000,'3001','i1','transition','new','assessed','有效',"
                  "'{\"valid\":true}','e1')",
                  "INSERT INTO incident_event "
                  "VALUES('e3','d',4,3000,'3001','i1','note','','','已联系','{}','e2')",
                  "INSERT INTO links "
                  "VALUES('l1','d',5,3000,'3001','alarm','a1','incident','i1','raised')",
                  "INSERT INTO follow_up "
                  "VALUES('f1','d',6,4000,'1001','door','P1-up/"
                  "D07','D07','门卡滞',2,9000,'inspection','x','')",
                  "INSERT INTO follow_up_event "
                  "VALUES('fe1','d',7,5000,'3001','f1','note','已报修',NULL)",
                  "INSERT INTO follow_up_event "
                  "VALUES('fe2','d',8,6000,'3001','f1','closed','已修好','fe1')",
                  "INSERT INTO handover VALUES('h1','d',9,7000,'1001',NULL,'[]')",
                  "INSERT INTO handover_ack VALUES('a1','d',10,8000,'1002','h1')",
                  "INSERT INTO staff_version "
                  "VALUES('s1','d',11,500,'system','1009','1','旧员工','Old Hand','agent',"
                  "'00','00',100000,1)",
                  // A signed-off shift ¥1.00 short, and an open one holding TO-A.
                  "INSERT INTO cash_shift "
                  "VALUES('c1','d',12,9000,'2002','TO-B','2002',50000,'{}','3001')",
                  "INSERT INTO cash_entry "
                  "VALUES('ce1','d',13,9100,'2002','c1','sale','cash',600,'','',NULL,9100)",
                  "INSERT INTO cash_close "
                  "VALUES('cc1','d',14,9200,'2002','c1','{}',50500,50600,-100)",
                  "INSERT INTO cash_signoff "
                  "VALUES('co1','d',15,9300,'3001','c1','3001','accepted','找零多给',NULL,NULL,-"
                  "100,'')",
                  "INSERT INTO cash_ledger "
                  "VALUES('cl1','d',16,9300,'3001','2002','c1','shortage',100,'找零多给')",
                  "INSERT INTO cash_shift "
                  "VALUES('c2','d',17,9400,'2001','TO-A','2001',50000,'{}','2002')",
                  "INSERT INTO booth_open VALUES('TO-A','c2')",
                  "INSERT INTO seller_open VALUES('2001','c2')"})
                QVERIFY2((*db)->exec(QString::fromUtf8(sql)).ok(), sql);
        }
        auto app = station(data);
        QVERIFY(app);
        QCOMPARE(app->core().db().scalar(QStringLiteral("PRAGMA user_version")).value(),
                 qint64(Database::latestVersion()));
        QCOMPARE(app->core().db().scalar(QStringLiteral("SELECT COUNT(*) FROM links")).value(),
                 qint64(1));
        auto i = app->incidents().incident(kSupervisor, QStringLiteral("i1"));
        QVERIFY2(i.ok(), qPrintable(i.error()));
        QCOMPARE(i->state, QStringLiteral("assessed"));
        QVERIFY(incidents::IncidentFold::verify(app->core().db()).ok());
        // The next step names the last entry as its parent, and the fold agrees.
        QVERIFY(app->incidents()
                    .transition(kSupervisor, QStringLiteral("i1"), QStringLiteral("investigating"),
                                QStringLiteral("查监控"), {})
                    .ok());
        QCOMPARE(
            app->core()
                .db()
                .column(QStringLiteral(
                    "SELECT parent_event_id FROM incident_event WHERE to_state='investigating'"))
                ->value(0),
            QStringLiteral("e3"));
        QVERIFY(incidents::IncidentFold::verify(app->core().db()).ok());
        auto out = sync::exportFile(app->core(), folder(QStringLiteral("old.json")));
        QVERIFY2(out.ok(), qPrintable(out.error()));
        // The ten carried forward, six cash rows, the move and its audit row. The staff list stays:
        // until now each tablet kept its own, and sending it would pit every person against
        // themselves.
        QCOMPARE(out->records, 18);
        // Cash as it was: the shortage owed once, named by its sign-off; TO-A still taken.
        QCOMPARE(app->core()
                     .db()
                     .column(QStringLiteral("SELECT signoff_id FROM cash_ledger WHERE id='cl1'"))
                     ->value(0),
                 QStringLiteral("co1"));
        QCOMPARE(app->cash().sellerRecord(QStringLiteral("2002"))->owed.fen(), qint64(100));
        QCOMPARE((*app->cash().shift(QStringLiteral("c1")))->status, cash::ShiftStatus::SignedOff);
        QCOMPARE((*app->cash().shift(QStringLiteral("c2")))->status, cash::ShiftStatus::Open);
        QCOMPARE(app->core()
                     .db()
                     .column(QStringLiteral("SELECT id FROM cash_open_shift WHERE booth='TO-A'"))
                     .value(),
                 QStringList{QStringLiteral("c2")});
        // The follow-up is closed and the handover acknowledged, as they were; both fold.
        QCOMPARE((*app->inspections().store().followUp(QStringLiteral("f1")))->status,
                 QStringLiteral("closed"));
        QCOMPARE(app->inspections().store().followUpHead(QStringLiteral("f1")).value(),
                 QStringLiteral("fe2"));
        QCOMPARE((*app->handover().handover(QStringLiteral("h1")))->ackBy, QStringLiteral("1002"));
        QVERIFY(app->core().records().verify(app->core().db()).ok());
        QCOMPARE(app->core()
                     .db()
                     .scalar(QStringLiteral("SELECT COUNT(*) FROM meta WHERE key='refold'"))
                     .value(),
                 qint64(0));
    }

    // The device page's desk: the conflict is listed with what differs, only a supervisor or an
    // administrator settles it, with a reason, once; the decision is in the audit trail.
    void onlyASupervisorSettlesAConflictOnce()
    {
        auto app = station(folder(QStringLiteral("desk")));
        QVERIFY(app && app->seedDemo().ok());
        app->language().setLanguage(QStringLiteral("en"));
        auto logged = app->incidents().log(kAgent, newComplaint(QStringLiteral("广播太吵")));
        QVERIFY(logged.ok());
        auto batch = sync::Outbox::collect(app->core());
        QVERIFY(batch.ok());
        for (sync::SyncRecord &r : batch->records)
            if (r.id == *logged) {
                r.body.insert(QStringLiteral("description"), QStringLiteral("另一个内容"));
                r.sha256 = r.computeSha256();
            }
        auto in = app->ingest().apply(*batch, QStringLiteral("tablet-b.json"));
        QVERIFY2(in.ok() && in->conflicts == 1, in.ok() ? "" : qPrintable(in.error()));
        sync::SyncDesk &desk = app->syncDesk();
        QCOMPARE(desk.openConflicts(), 1);
        QVERIFY(desk.lastImport().contains(QStringLiteral("tablet-b.json")));
        const QModelIndex row = desk.conflicts()->index(0);
        const qint64 id =
            desk.conflicts()->data(row, sync::ConflictModel::ConflictIdRole).toLongLong();
        QVERIFY2(desk.conflicts()
                     ->data(row, sync::ConflictModel::DifferencesRole)
                     .toString()
                     .contains(QStringLiteral("Description: 广播太吵 → 另一个内容")),
                 qPrintable(
                     desk.conflicts()->data(row, sync::ConflictModel::DifferencesRole).toString()));
        QCOMPARE(desk.origins()->rowCount(), 1);
        QVERIFY(desk.origins()
                    ->data(desk.origins()->index(0), sync::OriginModel::ThisDeviceRole)
                    .toBool());

        QVERIFY(!desk.decide(id, true, QStringLiteral("nobody signed in")));
        QVERIFY(app->auth().signIn(QStringLiteral("1001"), QStringLiteral("2468")).ok);
        QVERIFY(!desk.decide(id, true, QStringLiteral("an agent tries")));
        QVERIFY(desk.message().contains(QStringLiteral("supervisor")));
        app->auth().signOut();
        QVERIFY(app->auth().signIn(QStringLiteral("3001"), QStringLiteral("8642")).ok);
        QVERIFY(!desk.decide(id, true, QStringLiteral("ok")));
        QCOMPARE(desk.openConflicts(), 1);
        QVERIFY(desk.decide(id, true, QStringLiteral("the passenger's words are ours")));
        QCOMPARE(desk.openConflicts(), 0);
        QVERIFY(desk.conflicts()
                    ->data(desk.conflicts()->index(0), sync::ConflictModel::DecisionRole)
                    .toString()
                    .contains(QStringLiteral("Chen Jing")));
        QVERIFY(!desk.decide(id, false, QStringLiteral("changing my mind")));
        QCOMPARE(
            app->core().db().scalar(QStringLiteral("SELECT COUNT(*) FROM sync_decision")).value(),
            qint64(1));
        QCOMPARE(app->core()
                     .db()
                     .scalar(QStringLiteral(
                         "SELECT COUNT(*) FROM audit_event WHERE action='sync_conflict_decided'"))
                     .value(),
                 qint64(1));
        // The held record is as it was.
        QCOMPARE(app->incidents().incident(kSupervisor, *logged)->description,
                 QStringLiteral("广播太吵"));
    }

    // verify finds a kept state that its timeline does not support.
    void verifyFindsAStateItsTimelineDoesNotSay()
    {
        const QString data = folder(QStringLiteral("fold"));
        QString id;
        {
            auto app = station(data);
            auto logged = app->incidents().log(kAgent, newComplaint(QStringLiteral("票卡消磁")));
            QVERIFY(logged.ok());
            id = *logged;
        }
        QVERIFY(test::sqlOnFile(
            StationCore::databaseFile(data),
            {QStringLiteral("UPDATE incident_current SET state='closed' WHERE incident_id='%1'")
                 .arg(id)}));
        const test::Run v =
            stationops({QStringLiteral("--data-dir"), data, QStringLiteral("verify")});
        QCOMPARE(v.code, 1);
        QVERIFY2(v.err.contains(id) && v.err.contains(QStringLiteral("not what its timeline says")),
                 qPrintable(v.err));

        // The same for a follow-up's kept status.
        const QString other = folder(QStringLiteral("fold-follow-up"));
        QString followUp;
        {
            auto app = station(other);
            QVERIFY(app->seedDemo().ok());
            followUp = app->inspections().store().openFollowUps()->value(0).id;
            QVERIFY(!followUp.isEmpty());
            QVERIFY(app->inspections()
                        .closeFollowUp(kSupervisor, followUp, QStringLiteral("已修好"))
                        .ok());
        }
        QCOMPARE(stationops({QStringLiteral("--data-dir"), other, QStringLiteral("verify")}).code,
                 0);
        QVERIFY(test::sqlOnFile(
            StationCore::databaseFile(other),
            {QStringLiteral("UPDATE follow_up_current SET status='open' WHERE follow_up_id='%1'")
                 .arg(followUp)}));
        const test::Run w =
            stationops({QStringLiteral("--data-dir"), other, QStringLiteral("verify")});
        QCOMPARE(w.code, 1);
        QVERIFY2(w.err.contains(followUp) &&
                     w.err.contains(QStringLiteral("not what its timeline says")),
                 qPrintable(w.err));
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
