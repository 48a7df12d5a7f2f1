// stationops-bench gen: years of a busy station, written through the services and stores the
// app uses (the alarm engine, IncidentService, CashService, InspectionService), one day at a
// time, each day one transaction.
#include "AppServices.h"
#include "Bench.h"
#include "Clock.h"
#include "Database.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QRandomGenerator>
#include <cstdio>
#include <limits>

namespace so::bench {

namespace {

using namespace alarms;

struct Targets
{
    qint64 alarmEvents = 1000000;
    qint64 incidents = 100000;
    qint64 shifts = 20000;
    qint64 inspections = 50000;
};

const char *const kZhPlaces[] = {"A口",      "B口",      "站厅",    "上行站台", "下行站台",
                                 "客服中心", "换乘通道", "3号扶梯", "2号电梯",  "售票机旁"};
const char *const kZhWhat[] = {"乘客反映电梯停运无人告知", "售票机吞币未出票，要求退款",
                               "闸机夹伤乘客手指",         "乘客在扶梯上摔倒，膝盖擦伤",
                               "乘客遗失黑色双肩包",       "老人需要轮椅协助进站",
                               "乘客投诉站务员态度生硬",   "乘客对票价有异议，要求补票说明",
                               "屏蔽门夹住乘客背包",       "站台广播听不清，乘客错过列车",
                               "地面湿滑无警示牌",         "乘客表扬站务员帮助寻找孩子",
                               "两名乘客在车厢门口争吵",   "乘客晕倒，已送医",
                               "充值机故障，乘客无法充值"};
const char *const kEnWhat[] = {"Passenger says the lift was out of service with no notice",
                               "Ticket machine took coins and gave no ticket",
                               "Gate closed on a passenger's hand",
                               "Passenger slipped on the escalator",
                               "Lost a black backpack on the platform",
                               "Wheelchair assistance needed at entrance B",
                               "Complaint about a rude reply at the service centre",
                               "Fare dispute about an overcharge",
                               "Platform door closed on a bag",
                               "Announcements could not be heard"};
const char *const kCategories[] = {"complaint",      "lost_property",  "first_aid",
                                   "assistance",     "fare_dispute",   "disorderly",
                                   "psd_entrapment", "escalator_fall", "praise"};
const char *const kSubtypes[] = {"attitude", "facilities",  "fares",
                                 "delay",    "cleanliness", "policy"};

QByteArray signaturePng()
{
    QImage img(200, 60, QImage::Format_RGB32);
    img.fill(Qt::white);
    QByteArray png;
    QBuffer b(&png);
    b.open(QIODevice::WriteOnly);
    img.save(&b, "PNG");
    return png;
}

class Generator
{
public:
    Generator(AppServices &s, ManualClock &clock, Targets t)
        : m_s(s), m_clock(clock), m_t(t), m_rng(20261127)
    {
    }

    Status run(int days)
    {
        // Which alarms the devices raise: every point of the PSD controller on every door,
        // and the escalator's and fire panel's points.
        for (const LinkConfig &l : m_s.alarmSystem().devices().links()) {
            if (l.profile == QLatin1String("pump-controller"))
                continue;
            for (const DeviceConfig &d : l.devices) {
                const DeviceProfile *p = m_s.alarmSystem().devices().profileOf(d.id);
                for (const PointDef &pt : p->points)
                    for (int door = 1;
                         door <= (l.profile == QLatin1String("psd-controller") ? 24 : 1); ++door)
                        m_keys << std::make_tuple(
                            l.id, d.id, pt.id,
                            l.profile == QLatin1String("psd-controller")
                                ? QStringLiteral("D%1").arg(door, 2, 10, QLatin1Char('0'))
                                : QString());
            }
        }
        m_signature = signaturePng();
        for (const auto &t : m_s.inspections().templates())
            if (t.appliesTo != QLatin1String("station"))
                m_templates << t.id;
        QElapsedTimer took;
        took.start();
        for (int day = 0; day < days; ++day) {
            Transaction tx(m_s.core().db());
            if (!tx.started())
                return fail(tx.error());
            const qint64 dayStart = m_clock.nowUtc().toMSecsSinceEpoch();
            auto share = [&](qint64 total) {
                return total * (day + 1) / days - total * day / days;
            };
            const qint64 nAlarms = share(m_t.alarmEvents), nIncidents = share(m_t.incidents),
                         nShifts = share(m_t.shifts), nInspections = share(m_t.inspections);
            // Interleaved through the day: each step does whichever kind is furthest behind its
            // share.
            const qint64 want[4] = {nAlarms, nIncidents, nShifts, nInspections};
            qint64 done[4] = {0, 0, 0, 0};
            const qint64 steps = want[0] + want[1] + want[2] + want[3];
            const qint64 stepMs = 20 * 3600 * 1000 / qMax<qint64>(1, steps); // service hours
            for (qint64 step = 0; step < steps; ++step) {
                int kind = 0;
                qint64 worst = std::numeric_limits<qint64>::min();
                for (int k = 0; k < 4; ++k) {
                    const qint64 deficit = want[k] * (step + 1) - done[k] * steps;
                    if (done[k] < want[k] && deficit > worst) {
                        worst = deficit;
                        kind = k;
                    }
                }
                QElapsedTimer one;
                one.start();
                Status s = kind == 0   ? alarms(1)
                           : kind == 1 ? incident()
                           : kind == 2 ? shift()
                                       : inspection();
                m_ns[kind] += one.nsecsElapsed();
                if (!s)
                    return fail(
                        QStringLiteral("%1: %2").arg(QLatin1String(kind == 0   ? "alarms"
                                                                   : kind == 1 ? "incident"
                                                                   : kind == 2 ? "cash shift"
                                                                               : "inspection"),
                                                     s.error()));
                ++done[kind];
                m_clock.advanceMs(stepMs);
            }
            if (Status s = m_s.alarmSystem().engine().commit(); !s)
                return s;
            if (Status s = tx.commit(); !s)
                return s;
            m_clock.set(QDateTime::fromMSecsSinceEpoch(dayStart + 24LL * 3600 * 1000, Qt::UTC));
            if (day % 60 == 59 || day == days - 1) {
                std::printf("gen: day %d/%d, %lld alarm events, %lld incidents, %lld shifts, %lld "
                            "inspections, %.0f s "
                            "(%.0f/%.0f/%.0f/%.0f s)\n",
                            day + 1, days, m_alarmEvents, m_incidents, m_shifts, m_inspections,
                            double(took.elapsed()) / 1000.0, double(m_ns[0]) / 1e9,
                            double(m_ns[1]) / 1e9, double(m_ns[2]) / 1e9, double(m_ns[3]) / 1e9);
                std::fflush(stdout);
            }
        }
        return {};
    }

private:
    // Raise or clear alarms as the devices would, through the engine, committed in its batches.
    Status alarms(qint64 count)
    {
        QList<DecodedEvent> events;
        for (qint64 k = 0; k < count; ++k) {
            const auto &[link, device, point, asset] = m_keys.at(m_rng.bounded(int(m_keys.size())));
            const QString key = AlarmRecord::makeKey(device, point, asset);
            const AlarmRecord *r = m_s.alarmSystem().engine().alarm(key);
            DecodedEvent e;
            e.receipt =
                Receipt{link, ++m_linkSeq, m_clock.nowUtc().toMSecsSinceEpoch() + k,
                        m_clock.monotonicMs() + k,
                        QByteArrayLiteral("ALM ") + point.toLatin1() + ' ' + asset.toLatin1()};
            e.device = device;
            e.point = point;
            e.asset = asset;
            e.kind = r && r->active ? EventKind::Clear : EventKind::Raise;
            events << e;
        }
        m_s.alarmSystem().engine().ingest(events, {});
        m_alarmEvents += count;
        if (m_s.alarmSystem().engine().pendingCount() >= 2000)
            return m_s.alarmSystem().engine().commit();
        return {};
    }

    Status incident()
    {
        using namespace incidents;
        const Actor agent{QStringLiteral("1001"), Role::Agent, false};
        const Actor sup{QStringLiteral("3001"), Role::Supervisor, false};
        NewIncident n;
        n.category = QLatin1String(kCategories[m_rng.bounded(9)]);
        if (n.category == QLatin1String("complaint"))
            n.subtype = QLatin1String(kSubtypes[m_rng.bounded(6)]);
        n.channel = QStringLiteral("in_person");
        const auto &areas = m_s.core().config().areas;
        n.location = areas.at(m_rng.bounded(int(areas.size()))).id;
        const bool english = m_rng.bounded(5) == 0;
        n.description = english ? QString::fromUtf8(kEnWhat[m_rng.bounded(10)]) +
                                      QStringLiteral(" near gate %1").arg(m_rng.bounded(1, 30))
                                : QString::fromUtf8(kZhPlaces[m_rng.bounded(10)]) +
                                      QString::fromUtf8(kZhWhat[m_rng.bounded(15)]) +
                                      QStringLiteral("，编号%1").arg(m_rng.bounded(1, 9999));
        n.passengerName = m_rng.bounded(3) == 0 ? QStringLiteral("王先生") : QString();
        n.passengerContact = n.passengerName.isEmpty()
                                 ? QString()
                                 : QStringLiteral("139%1").arg(m_rng.bounded(10000000, 99999999));
        n.impact = m_rng.bounded(1, 4);
        n.urgency = m_rng.bounded(1, 4);
        auto id = m_s.incidents().log(agent, n);
        if (!id)
            return fail(id.error());
        ++m_incidents;
        // Most cases are closed; the newest wait at every step of the review.
        static const QList<std::pair<const char *, const char *>> steps{
            {"assessed", "有效投诉"},
            {"investigating", "查看监控，与当班人员核实"},
            {"resolution_proposed", "当面致歉并说明规定"},
            {"approved", ""},
            {"resolved", "乘客表示接受"},
            {"callback_done", "次日电话回访，乘客满意"},
            {"closed", ""}};
        const int upTo =
            m_rng.bounded(10) < 8 ? int(steps.size()) : m_rng.bounded(int(steps.size()));
        for (int k = 0; k < upTo; ++k) {
            QJsonObject d;
            if (k == 0)
                d.insert(QStringLiteral("valid"), true);
            if (k == 1)
                d.insert(QStringLiteral("at_fault"), m_rng.bounded(4) == 0);
            if (Status s = m_s.incidents().transition(sup, *id, QLatin1String(steps[k].first),
                                                      QString::fromUtf8(steps[k].second), d);
                !s)
                return s;
        }
        return {};
    }

    Status shift()
    {
        using namespace cash;
        const Actor seller{QStringLiteral("8001"), Role::Seller, false};
        const Counts floatCounts{{"n100", 3}, {"n50", 3}, {"n20", 2}, {"n10", 1}};
        auto id = m_s.cash().openShift(seller, QStringLiteral("TO-A"), floatCounts,
                                       QStringLiteral("8002"), QLatin1String(kBenchPin));
        if (!id)
            return fail(id.error());
        qint64 cashFen = 0;
        for (int k = 0; k < 20; ++k) {
            const bool cashSale = m_rng.bounded(3) == 0;
            const qint64 fen = 200 * m_rng.bounded(1, 6);
            if (auto e = m_s.cash().record(seller, *id, QStringLiteral("sale"),
                                           cashSale ? QStringLiteral("cash") : QStringLiteral("qr"),
                                           Money::fromFen(fen));
                !e)
                return fail(e.error());
            cashFen += cashSale ? fen : 0;
        }
        // The drawer holds the float plus cash sales, counted in 10-yuan and 1-yuan notes;
        // one shift in twenty is a yuan short.
        const bool shortOne = m_rng.bounded(20) == 0;
        const qint64 extra = cashFen - (shortOne ? 100 : 0);
        Counts count{{"n100", 3},
                     {"n50", 3},
                     {"n20", 2},
                     {"n10", int(1 + extra / 1000)},
                     {"n1", int(extra % 1000 / 100)}};
        if (auto r = m_s.cash().submitCount(seller, *id, count); !r)
            return fail(r.error());
        if (auto s = m_s.cash().signOff(seller, *id, QStringLiteral("8002"),
                                        QLatin1String(kBenchPin), cash::SignoffDecision::Accepted,
                                        shortOne ? QStringLiteral("找零失误") : QString());
            !s)
            return fail(s.error());
        ++m_shifts;
        return {};
    }

    Status inspection()
    {
        using namespace checklists;
        const Actor agent{QStringLiteral("1001"), Role::Agent, false};
        const QString templateId = m_templates.at(m_rng.bounded(int(m_templates.size())));
        const ChecklistTemplate *t = m_s.inspections().templateById(templateId);
        QString kind = t->appliesTo, target;
        if (kind == QLatin1String("platform-side"))
            target = m_rng.bounded(2) ? QStringLiteral("P1-up") : QStringLiteral("P1-down");
        else
            target = t->areas.isEmpty() ? m_s.core().config().areas.first().id : t->areas.first();
        auto draft = m_s.inspections().start(agent, templateId, kind, target);
        if (!draft)
            return fail(draft.error());
        if (auto n = m_s.inspections().markAllOk(agent, *draft); !n)
            return fail(n.error());
        // Whatever is still unanswered (numbers, choices, text) gets a plausible answer.
        for (int pass = 0; pass < 3; ++pass) {
            auto problems = m_s.inspections().problems(*draft);
            if (!problems)
                return fail(problems.error());
            if (problems->isEmpty())
                break;
            for (const Problem &p : *problems) {
                const SectionDef *sec = t->section(p.key.section);
                const ItemDef *item = nullptr;
                for (const ItemDef &it : sec ? sec->items : QList<ItemDef>())
                    if (it.id == p.key.item)
                        item = &it;
                if (!item)
                    continue;
                QString value;
                switch (item->type) {
                case ItemType::PassFail:
                    value = QStringLiteral("pass");
                    break;
                case ItemType::Number:
                    value =
                        QString::number(item->min.value_or(0) +
                                            (item->max.value_or(10) - item->min.value_or(0)) / 2,
                                        'f', item->decimals);
                    break;
                case ItemType::Choice:
                case ItemType::MultiChoice:
                    value = item->options.isEmpty() ? QString() : item->options.first().id;
                    break;
                case ItemType::Text:
                    value = QStringLiteral("正常");
                    break;
                case ItemType::Photo:
                    break;
                }
                if (!value.isEmpty())
                    (void)m_s.inspections().answer(agent, *draft, p.key, value);
            }
        }
        auto done = m_s.inspections().finalize(agent, *draft, m_signature);
        if (!done) {
            // A checklist this filler cannot complete (a required photo): not counted.
            (void)m_s.inspections().discard(agent, *draft);
            return {};
        }
        ++m_inspections;
        return {};
    }

    AppServices &m_s;
    ManualClock &m_clock;
    Targets m_t;
    QRandomGenerator m_rng;
    QList<std::tuple<QString, QString, QString, QString>> m_keys;
    QStringList m_templates;
    QByteArray m_signature;
    qint64 m_linkSeq = 0;
    qint64 m_ns[4] = {0, 0, 0, 0}; // time spent on alarms, incidents, shifts, inspections
    qint64 m_alarmEvents = 0, m_incidents = 0, m_shifts = 0, m_inspections = 0;
};

} // namespace

int generate(const QStringList &args)
{
    const QString dataDir = option(args, QStringLiteral("--data-dir"));
    if (dataDir.isEmpty()) {
        std::fprintf(stderr, "stationops-bench gen: --data-dir DIR is needed\n");
        return 2;
    }
    const double scale = option(args, QStringLiteral("--scale"), QStringLiteral("1")).toDouble();
    if (scale <= 0 || scale > 10) {
        std::fprintf(stderr, "stationops-bench gen: --scale is a number from 0 to 10\n");
        return 2;
    }
    if (QFileInfo::exists(StationCore::databaseFile(dataDir))) {
        std::fprintf(stderr,
                     "stationops-bench gen: %s already has a database; give an empty folder\n",
                     qPrintable(dataDir));
        return 1;
    }
    const int days = 5 * 365;
    auto clock = std::make_shared<ManualClock>(QDateTime::currentDateTimeUtc().addDays(-days - 1));
    auto services = AppServices::build(AppServices::builtInConfigDir(), dataDir, clock);
    if (!services) {
        std::fprintf(stderr, "stationops-bench gen: %s\n", qPrintable(services.error()));
        return 1;
    }
    if (Status s = (*services)->seedDemo(); !s) {
        std::fprintf(stderr, "stationops-bench gen: %s\n", qPrintable(s.error()));
        return 1;
    }
    if (Status s = addBenchStaff(**services); !s) {
        std::fprintf(stderr, "stationops-bench gen: %s\n", qPrintable(s.error()));
        return 1;
    }
    Targets t;
    t.alarmEvents = qint64(double(t.alarmEvents) * scale);
    t.incidents = qint64(double(t.incidents) * scale);
    // Each shift takes two PIN checks (the float's witness and the supervisor's sign-off), each a
    // PBKDF2 of at least 100,000 rounds, about 0.17 s here: 20,000 shifts would spend two hours
    // on them. 2,000 by default; --shifts 20000 when there is time.
    t.shifts = option(args, QStringLiteral("--shifts"), QString::number(qint64(2000 * scale)))
                   .toLongLong();
    t.inspections = qint64(double(t.inspections) * scale);
    QElapsedTimer took;
    took.start();
    Generator g(**services, *clock, t);
    if (Status s = g.run(days); !s) {
        std::fprintf(stderr, "stationops-bench gen: %s\n", qPrintable(s.error()));
        return 1;
    }
    Database &db = (*services)->core().db();
    for (const char *table : {"alarm_event", "incident", "incident_event", "cash_shift",
                              "inspection", "inspection_answer"})
        std::printf(
            "gen: %-18s %10lld rows\n", table,
            static_cast<long long>(
                db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))).ok()
                    ? *db.scalar(
                          QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))
                    : -1));
    std::printf("gen: %s, %.1f MB, in %.0f s\n", qPrintable(StationCore::databaseFile(dataDir)),
                double(QFileInfo(StationCore::databaseFile(dataDir)).size()) / 1e6,
                double(took.elapsed()) / 1000.0);
    return 0;
}

} // namespace so::bench
