#include "Database.h"
#include "IncidentService.h"
#include "StationCore.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
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
    // The ids a supervisor's search for `q` finds, sorted.
    QStringList ids(const QString &q)
    {
        IncidentFilter f;
        f.text = q;
        QStringList out;
        // The result is kept: a range-for over *temporary would read a destroyed list.
        const auto found = svc().find(kSupervisor, f);
        for (const Incident &i : *found)
            out << i.id;
        out.sort();
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_clock = test::pinnedClock();
        auto core = StationCore::open(test::demoConfigDir(), m_dir.filePath(QString::number(++m_n)),
                                      m_clock);
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
        QVERIFY(!svc()
                     .transition(kAgent, id, QStringLiteral("assessed"), QStringLiteral("valid"),
                                 {{"valid", true}})
                     .ok());
        QVERIFY(
            !svc()
                 .transition(kSupervisor, id, QStringLiteral("assessed"), QStringLiteral("valid"))
                 .ok()); // valid?
        QVERIFY(svc()
                    .transition(kSupervisor, id, QStringLiteral("assessed"),
                                QStringLiteral("有效投诉"), {{"valid", true}})
                    .ok());
        QVERIFY(!svc()
                     .transition(kSupervisor, id, QStringLiteral("closed"), QStringLiteral("x"))
                     .ok()); // valid: not closable yet
        QVERIFY(svc()
                    .transition(
                        kSupervisor, id, QStringLiteral("investigating"),
                        QStringLiteral("门控灵敏度偏低"),
                        {{"cause", "sensor"}, {"responsible", "maintenance"}, {"at_fault", true}})
                    .ok());
        QVERIFY(svc()
                    .transition(kAgent, id, QStringLiteral("resolution_proposed"),
                                QStringLiteral("致歉并调校门控"))
                    .ok());
        QVERIFY(!svc().transition(kAgent, id, QStringLiteral("approved"), QString()).ok());
        QVERIFY(svc().transition(kSupervisor, id, QStringLiteral("approved"), QString()).ok());
        QVERIFY(svc()
                    .transition(kAgent, id, QStringLiteral("resolved"),
                                QStringLiteral("乘客已签字认可"))
                    .ok());
        auto r = svc().incident(kAgent, id);
        QCOMPARE(r->state, QStringLiteral("resolved"));
        QVERIFY(r->atFault);
        QCOMPARE(r->callbackDue, m_clock->nowMs() + 3LL * 24 * 3600 * 1000);
        QVERIFY(svc()
                    .transition(kAgent, id, QStringLiteral("callback_done"),
                                QStringLiteral("电话回访，满意"))
                    .ok());
        QVERIFY(svc().transition(kSupervisor, id, QStringLiteral("closed"), QString()).ok());
        QCOMPARE(*svc().allowedNext(kSupervisor, id), QStringList{});
        QCOMPARE(svc().incident(kAgent, id)->timeline.size(), 8);
    }

    void notValidCanBeClosedAtOnce()
    {
        const QString id = *svc().log(kAgent, complaint(QStringLiteral("要求免费乘车")));
        QVERIFY(svc()
                    .transition(kSupervisor, id, QStringLiteral("assessed"),
                                QStringLiteral("不属有效投诉"), {{"valid", false}})
                    .ok());
        QVERIFY(!svc().allowedNext(kSupervisor, id)->contains(QStringLiteral("investigating")));
        QVERIFY(
            svc()
                .transition(kSupervisor, id, QStringLiteral("closed"), QStringLiteral("已解释规定"))
                .ok());
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
        QCOMPARE(svc().incident(kAgent, id)->timer,
                 QStringLiteral("warning")); // within 12 h of the 24 h response
        m_clock->advanceMs(12LL * 3600 * 1000);
        QCOMPARE(svc().incident(kAgent, id)->timer, QStringLiteral("breached"));
        // Callback: PSD entrapment has one day.
        NewIncident psd = complaint(QStringLiteral("5号门夹人"));
        psd.category = QStringLiteral("psd_entrapment");
        psd.subtype.clear();
        const QString p = *svc().log(kAgent, psd);
        for (const auto &[to, text] :
             QList<std::pair<const char *, const char *>>{{"assessed", "有效"},
                                                          {"investigating", "查监控"},
                                                          {"resolution_proposed", "致歉"},
                                                          {"approved", ""},
                                                          {"resolved", "已处理"}})
            QVERIFY(svc()
                        .transition(kSupervisor, p, QLatin1String(to), QString::fromUtf8(text),
                                    {{"valid", true}})
                        .ok());
        QCOMPARE(svc().incident(kAgent, p)->timer, QStringLiteral("ok"));
        m_clock->advanceMs(25LL * 3600 * 1000);
        QCOMPARE(svc().incident(kAgent, p)->timer, QStringLiteral("breached"));
    }

    void searchFindsShortChineseTerms()
    {
        const QString a = *svc().log(kAgent, complaint(QStringLiteral("电梯停运，乘客被困")));
        const QString b = *svc().log(kAgent, complaint(QStringLiteral("售票机不找零，要求退票")));
        const QString c =
            *svc().log(kAgent, complaint(QStringLiteral("Ticket gate jammed at entrance B")));
        QVERIFY(svc().addNote(kAgent, c, QStringLiteral("闸机已修复")).ok());
        QCOMPARE(ids(QStringLiteral("电梯")), QStringList{a});
        QCOMPARE(ids(QStringLiteral("票")), (QStringList{b}));
        QCOMPARE(ids(QStringLiteral("乘客被困")), QStringList{a});
        QCOMPARE(ids(QStringLiteral("jammed")), QStringList{c});
        QCOMPARE(ids(QStringLiteral("闸机")), QStringList{c}); // found in the timeline
        // Two characters, one outside the BMP (three UTF-16 units): still a two-character term.
        const QString rare =
            *svc().log(kAgent, complaint(QStringLiteral("乘客\U00020BB7野先生遗失钱包")));
        QCOMPARE(ids(QStringLiteral("\U00020BB7野")), QStringList{rare});
        QCOMPARE(ids(QStringLiteral("100%")), QStringList{});
        QCOMPARE(ids(QStringLiteral("%")), QStringList{});
        // Short English: the start of a word.
        QCOMPARE(ids(QStringLiteral("ja")), QStringList{c});
        QCOMPARE(ids(QStringLiteral("B")), QStringList{c});
        QCOMPARE(ids(QStringLiteral("被困")), QStringList{a});
    }

    // #14 item 2: a term matches only characters that stand together in one field's text.
    // Each decoy has the term's characters side by side but for a break between them.
    void searchDoesNotCrossBreaks()
    {
        // The two field reports, as they were written.
        const QString power = *svc().log(kAgent, complaint(QStringLiteral("车站停电。梯口有积水")));
        const QString helper =
            *svc().log(kAgent, complaint(QStringLiteral("老人要人扶，梯级湿滑")));
        // Full-width punctuation of every kind between 电 and 梯.
        QStringList decoys;
        for (const QString &p : {QStringLiteral("。"), QStringLiteral("，"), QStringLiteral("、"),
                                 QStringLiteral("；"), QStringLiteral("："), QStringLiteral("？"),
                                 QStringLiteral("！"), QStringLiteral("」「"),
                                 QStringLiteral("）（"), QStringLiteral("…"), QStringLiteral("——")})
            decoys << *svc().log(kAgent,
                                 complaint(QStringLiteral("停电") + p + QStringLiteral("梯口")));
        // ASCII punctuation, and whitespace (a space, an ideographic space, a line break).
        for (const QString &p :
             {QStringLiteral("."), QStringLiteral(","), QStringLiteral("/"), QStringLiteral("-"),
              QStringLiteral(" "), QStringLiteral("\u3000"), QStringLiteral("\n")})
            decoys << *svc().log(kAgent,
                                 complaint(QStringLiteral("停电") + p + QStringLiteral("梯口")));
        // The joins between fields: description and actions, actions and a note, two notes.
        NewIncident joined = complaint(QStringLiteral("站厅停电"));
        joined.immediateActions = QStringLiteral("梯口已围蔽");
        const QString acts = *svc().log(kAgent, joined);
        NewIncident noted = complaint(QStringLiteral("乘客摔倒"));
        noted.immediateActions = QStringLiteral("已联系电");
        const QString withNote = *svc().log(kAgent, noted);
        QVERIFY(svc().addNote(kAgent, withNote, QStringLiteral("梯维保到场")).ok());
        const QString twoNotes = *svc().log(kAgent, complaint(QStringLiteral("x")));
        QVERIFY(svc().addNote(kAgent, twoNotes, QStringLiteral("检查电")).ok());
        QVERIFY(svc().addNote(kAgent, twoNotes, QStringLiteral("梯及扶手")).ok());
        // Latin: the join between two notes breaks a phrase, a space inside one does not.
        const QString latin = *svc().log(kAgent, complaint(QStringLiteral("door stuck open")));
        QVERIFY(svc().addNote(kAgent, latin, QStringLiteral("door")).ok());
        QVERIFY(svc().addNote(kAgent, latin, QStringLiteral("closed later")).ok());

        // What is really there is still found.
        const QString real = *svc().log(kAgent, complaint(QStringLiteral("电梯停运，乘客被困")));
        const QString realNote = *svc().log(kAgent, complaint(QStringLiteral("y")));
        QVERIFY(svc().addNote(kAgent, realNote, QStringLiteral("已通知扶梯维保")).ok());

        QCOMPARE(ids(QStringLiteral("电梯")), QStringList{real});
        QCOMPARE(ids(QStringLiteral("扶梯")), QStringList{realNote});
        QCOMPARE(ids(QStringLiteral("电梯口")), QStringList{});
        QCOMPARE(ids(QStringLiteral("停电梯口")), QStringList{});
        QCOMPARE(ids(QStringLiteral("停电")).size(),
                 decoys.size() + 2); // with the power cut and the joined fields
        QVERIFY(ids(QStringLiteral("梯口")).contains(acts));
        QCOMPARE(ids(QStringLiteral("stuck open")), QStringList{latin});
        QCOMPARE(ids(QStringLiteral("door closed")), QStringList{});
        // A term typed with punctuation finds the text written with it.
        QCOMPARE(ids(QStringLiteral("人扶，梯")), QStringList{helper});
        QStringList withFullStop{power, decoys.first()};
        withFullStop.sort();
        QCOMPARE(ids(QStringLiteral("电。梯")), withFullStop);
    }

    // A station's existing cases are re-indexed on upgrade: a database at schema 9 (before
    // phrases stopped at breaks) holds a case whose old index ran its fields together.
    void upgradeReindexesExistingCases()
    {
        cleanup();
        const QString dir = m_dir.filePath(QStringLiteral("upgrade"));
        QDir().mkpath(dir);
        {
            DatabaseOptions o;
            o.migrateTo = 9;
            auto db = Database::open(dir + QStringLiteral("/stationops.db"), o);
            QVERIFY2(db.ok(), qPrintable(db.error()));
            QVERIFY((*db)
                        ->exec(QStringLiteral(
                            "INSERT INTO incident(id, device_id, device_seq, created_at, "
                            "created_by, occurred_at, location, category, "
                            "channel, description, immediate_actions, impact, urgency, priority) "
                            "VALUES('old', 'dev', 1, 1, '1001', 1, 'concourse', 'complaint', "
                            "'in_person', '车站停电。梯口有积水', "
                            "'围蔽', 2, 2, 3)"))
                        .ok());
            QVERIFY(
                (*db)
                    ->exec(QStringLiteral("INSERT INTO incident_event(id, device_id, device_seq, "
                                          "created_at, created_by, incident_id, kind, from_state, "
                                          "to_state, text, details) VALUES('e1', 'dev', 2, 1, "
                                          "'1001', 'old', 'transition', '', 'new', '', '{}')"))
                    .ok());
            // The old index joined description and actions with a space.
            auto before = (*db)->exec(QStringLiteral(
                "SELECT COUNT(*) FROM incident_fts WHERE incident_fts MATCH '\"水 围\"'"));
            QVERIFY(before && before->next());
            QCOMPARE(before->value(0).toInt(), 1);
        }
        auto core = StationCore::open(test::demoConfigDir(), dir, m_clock);
        QVERIFY2(core.ok(), qPrintable(core.error()));
        m_core = core.take();
        m_svc = std::make_unique<IncidentService>(
            *m_core, IncidentConfig::load(test::demoConfigDir()).take());
        auto search = [&](const QString &q) {
            IncidentFilter f;
            f.text = q;
            return svc().find(kSupervisor, f)->size();
        };
        QCOMPARE(search(QStringLiteral("电梯")), 0);
        QCOMPARE(search(QStringLiteral("梯口")), 1);
        QCOMPARE(search(QStringLiteral("积水")), 1);
        QCOMPARE(search(QStringLiteral("水 围")), 0); // description and actions do not join
        QCOMPARE(search(QStringLiteral("水围")), 0);
    }

    void searchQueries()
    {
        QCOMPARE(IncidentService::wordQuery(QStringLiteral("电梯")), QStringLiteral("\"电 梯\""));
        QCOMPARE(IncidentService::wordQuery(QStringLiteral("ok")), QStringLiteral("\"ok\"*"));
        QCOMPARE(IncidentService::wordQuery(QStringLiteral("%\"")), QString());
        QCOMPARE(IncidentService::trigramQuery(QStringLiteral("a\"b")),
                 QStringLiteral("\"a\"\"b\""));
        QCOMPARE(IncidentService::trigramQuery(QStringLiteral("票")), QString());
        // Breaks: punctuation and whitespace next to a Chinese character; the join never.
        QCOMPARE(IncidentService::wordQuery(QStringLiteral("电，梯")),
                 QStringLiteral("\"电 \uE000 梯\""));
        QCOMPARE(IncidentService::wordQuery(QStringLiteral("电 梯")),
                 QStringLiteral("\"电 \uE000 梯\""));
        QCOMPARE(IncidentService::wordQuery(QStringLiteral("。电梯！")),
                 QStringLiteral("\"电 梯\""));
        QCOMPARE(IncidentService::wordQuery(QStringLiteral("ok go")), QStringLiteral("\"ok go\"*"));
        QCOMPARE(IncidentService::trigramQuery(QStringLiteral("电\uE000梯口")),
                 QStringLiteral("\"电梯口\""));
    }

    void stateFilterAndQueueCounts()
    {
        const QString a = *svc().log(kAgent, complaint(QStringLiteral("一")));
        const QString b = *svc().log(kAgent, complaint(QStringLiteral("二")));
        *svc().log(kAgent, complaint(QStringLiteral("三")));
        QVERIFY(svc()
                    .transition(kSupervisor, a, QStringLiteral("assessed"), QStringLiteral("有效"),
                                {{"valid", true}})
                    .ok());
        IncidentFilter f;
        f.state = QStringLiteral("assessed");
        auto found = svc().find(kSupervisor, f);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().id, a);
        auto c = svc().counts({});
        QCOMPARE(c->fresh, 2);
        QCOMPARE(c->breached, 0);
        m_clock->advanceMs(25LL * 3600 * 1000);
        QCOMPARE(svc().counts({})->breached, 2);
        IncidentFilter other;
        other.category = QStringLiteral("praise");
        QCOMPARE(svc().counts(other)->fresh, 0);
        Q_UNUSED(b);
    }

    void pagesThroughOlderCases()
    {
        QStringList logged;
        for (int k = 0; k < 7; ++k) {
            NewIncident n = complaint(QStringLiteral("第%1件").arg(k));
            n.occurredAt = m_clock->nowMs() - qint64(k) * 3600 * 1000;
            logged << *svc().log(kAgent, n);
        }
        // As a list (by time of occurrence) and as search results (by time of logging), the
        // pages together give every case once, newest first.
        for (const QString &text : {QString(), QStringLiteral("件")}) {
            QStringList seen;
            IncidentFilter f;
            f.text = text;
            for (int page = 0; page < 4; ++page) {
                auto list = svc().find(kSupervisor, f, 3);
                QVERIFY(list.ok());
                for (const Incident &i : *list)
                    seen << i.id;
                if (list->isEmpty())
                    break;
                f.beforeOccurredAt = list->last().occurredAt;
                f.beforeLogSeq = list->last().logSeq;
            }
            if (text.isEmpty())
                QCOMPARE(seen, logged);
            else
                QCOMPARE(seen, QStringList(logged.rbegin(),
                                           logged.rend())); // logged oldest-occurring first
        }
    }

    void linksToInspectionsAndFollowUps()
    {
        NewIncident n = complaint(QStringLiteral("3号门关不上，乘客被挡"));
        n.links << LinkedRecord{QStringLiteral("follow_up"), QStringLiteral("fu-1"),
                                QStringLiteral("D03: 门不能锁闭")}
                << LinkedRecord{QStringLiteral("inspection"), QStringLiteral("in-1"),
                                QStringLiteral("上行站台巡检")};
        const QString id = *svc().log(kAgent, n);
        auto i = svc().incident(kAgent, id);
        QCOMPARE(i->links.size(), 2);
        QStringList labels{i->links[0].label, i->links[1].label};
        labels.sort();
        QCOMPARE(labels,
                 (QStringList{QStringLiteral("D03: 门不能锁闭"), QStringLiteral("上行站台巡检")}));
        NewIncident bad = complaint(QStringLiteral("x"));
        bad.links << LinkedRecord{QStringLiteral("shift"), QStringLiteral("s-1"), QString()};
        auto r = svc().log(kAgent, bad);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QStringLiteral("shift")), qPrintable(r.error()));
    }

    void photosAtIntakeAndLater()
    {
        const QString png = m_dir.filePath(QStringLiteral("crowd.png"));
        QImage img(40, 30, QImage::Format_RGB32);
        img.fill(Qt::darkGreen);
        QVERIFY(img.save(png));
        const QString txt = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile t(txt);
        QVERIFY(t.open(QIODevice::WriteOnly) && t.write("not a picture") > 0);
        t.close();
        const qint64 before = *m_core->db().scalar(QStringLiteral("SELECT COUNT(*) FROM incident"));
        NewIncident n = complaint(QStringLiteral("站台拥挤"));
        n.photoFiles << png << txt;
        auto bad = svc().log(kAgent, n);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().contains(QStringLiteral("notes.txt")), qPrintable(bad.error()));
        QCOMPARE(*m_core->db().scalar(QStringLiteral("SELECT COUNT(*) FROM incident")), before);
        n.photoFiles = {png};
        const QString id = *svc().log(kAgent, n);
        QCOMPARE(svc().incident(kAgent, id)->photos.size(), 1);
        img.fill(Qt::red);
        QVERIFY(img.save(png));
        auto sha = svc().attachPhoto(kAgent, id, png);
        QVERIFY2(sha.ok(), qPrintable(sha.error()));
        auto i = svc().incident(kAgent, id);
        QCOMPARE(i->photos.size(), 2);
        QVERIFY(i->photos.contains(*sha));
        QCOMPARE(i->timeline.size(), 2); // "new", then the note for the added photo
        QVERIFY(QFile::exists(
            QDir(m_core->dataDir())
                .filePath(QStringLiteral("photos/") + *sha + QStringLiteral(".png"))));
        QVERIFY(!svc().attachPhoto(kSeller, QStringLiteral("no-such-id"), png).ok());
    }

    void resolvingTakesASignatureOrWords()
    {
        const QString id = *svc().log(kAgent, complaint(QStringLiteral("广播听不清")));
        for (const auto &[to, text] :
             QList<std::pair<const char *, const char *>>{{"assessed", "有效"},
                                                          {"investigating", "音量低"},
                                                          {"resolution_proposed", "调高音量"},
                                                          {"approved", ""}})
            QVERIFY(svc()
                        .transition(kSupervisor, id, QLatin1String(to), QString::fromUtf8(text),
                                    {{"valid", true}})
                        .ok());
        auto none = svc().transition(kAgent, id, QStringLiteral("resolved"), QString());
        QVERIFY(!none.ok());
        QVERIFY(!svc()
                     .transition(kAgent, id, QStringLiteral("resolved"), QString(), {},
                                 QByteArray("GIF89a"))
                     .ok());
        QCOMPARE(svc().incident(kAgent, id)->state, QStringLiteral("approved"));
        QImage sig(120, 40, QImage::Format_RGB32);
        sig.fill(Qt::white);
        QByteArray png;
        QBuffer buf(&png);
        QVERIFY(buf.open(QIODevice::WriteOnly) && sig.save(&buf, "PNG"));
        QVERIFY(svc().transition(kAgent, id, QStringLiteral("resolved"), QString(), {}, png).ok());
        auto i = svc().incident(kAgent, id);
        QCOMPARE(i->state, QStringLiteral("resolved"));
        QVERIFY(i->passengerSigned);
        QVERIFY(i->photos.isEmpty()); // the signature is not one of the case's photos
    }

    void alarmCodesChooseTheCategory()
    {
        const Category *c = svc().config().categoryForAlarm(QStringLiteral("OBSTRUCTION"));
        QVERIFY(c);
        QCOMPARE(c->id, QStringLiteral("psd_entrapment"));
        QVERIFY(!svc().config().categoryForAlarm(QStringLiteral("LUBRICATION")));
    }

    void migrationIndexesOlderCases()
    {
        // A database from before the incident indexes, with a case already assessed as not valid.
        const QString path = m_dir.filePath(QStringLiteral("old/stationops.db"));
        {
            auto db = Database::open(path, DatabaseOptions{5, false});
            QVERIFY2(db.ok(), qPrintable(db.error()));
            QVERIFY(
                (*db)
                    ->execScript(QStringLiteral(
                        "INSERT INTO incident "
                        "VALUES('i1','d',1,1000,'1001',1000,'concourse','complaint','','in_person',"
                        "'','',"
                        "'电梯坏了','','',2,2,3);"
                        "INSERT INTO incident_event "
                        "VALUES('e1','d',2,1000,'1001','i1','transition','','new','','{}',NULL);"
                        "INSERT INTO incident_event "
                        "VALUES('e2','d',3,2000,'3001','i1','transition','new','assessed','"
                        "乘客误解',"
                        "'{\"valid\":false}','e1');"))
                    .ok());
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        auto q = (*db)->exec(QStringLiteral(
            "SELECT state, valid, changed_at FROM incident_current WHERE incident_id='i1'"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("assessed"));
        QCOMPARE(q->value(1).toInt(), 0);
        QCOMPARE(q->value(2).toLongLong(), 2000);
        q->finish();
        QCOMPARE(
            *(*db)->scalar(
                QStringLiteral("SELECT COUNT(*) FROM incident_words WHERE incident_words MATCH ?"),
                {IncidentService::wordQuery(QStringLiteral("梯"))}),
            1);
        QCOMPARE(
            *(*db)->scalar(
                QStringLiteral("SELECT COUNT(*) FROM incident_words WHERE incident_words MATCH ?"),
                {IncidentService::wordQuery(QStringLiteral("误解"))}),
            1);
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
        auto q =
            m_core->db().exec(QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE after_json "
                                             "LIKE '%王小明%' OR after_json LIKE '%1381234%'"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 0);
    }

    void fromAnAlarmIsLinked()
    {
        NewIncident n = complaint(QStringLiteral("7号门夹住乘客"));
        n.category = QStringLiteral("psd_entrapment");
        n.subtype.clear();
        n.location = QStringLiteral("platform-1");
        n.links << LinkedRecord{QStringLiteral("alarm"), QStringLiteral("PSD-UP/OBSTRUCTION/D07"),
                                QStringLiteral("door 7")};
        const QString id = *svc().log(kAgent, n);
        auto links = m_core->links().linksOf({QStringLiteral("incident"), id});
        QVERIFY(links.ok());
        QCOMPARE(links->size(), 1);
        QCOMPARE(links->first().from.id, QStringLiteral("PSD-UP/OBSTRUCTION/D07"));
    }
};

QTEST_GUILESS_MAIN(TestIncidents)
#include "tst_incidents.moc"
