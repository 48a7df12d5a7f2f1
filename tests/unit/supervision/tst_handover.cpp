// The shift handover on a real database: what it lists from the four jobs, the PIN
// acknowledgement, carrying forward, notes, permissions, immutability and the PDF.
#include "HandoverPdf.h"
#include "Station.h"

#include <QFile>
#include <QProcess>

using namespace so;
using namespace so::supervision;
using so::test::kAgent;
using so::test::kAgent2;
using so::test::kSeller;
using so::test::kSupervisor;

namespace {

const OpenItem *find(const QList<OpenItem> &items, const QString &kind, const QString &key)
{
    for (const OpenItem &i : items)
        if (i.kind == kind && i.key == key)
            return &i;
    return nullptr;
}

int countKind(const QList<OpenItem> &items, const QString &kind)
{
    return int(std::count_if(items.begin(), items.end(),
                             [&](const OpenItem &i) { return i.kind == kind; }));
}

} // namespace

class TestHandover : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    test::Station m_st;
    HandoverService &svc() { return *m_st.handover; }

private Q_SLOTS:
    void init()
    {
        m_st = test::Station();
        const QString err = m_st.open(m_dir.filePath(QString::number(++m_n)));
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }

    void listsWhatIsOpenInEveryJob()
    {
        // Alarms: one not acknowledged, one shelved, one that came and went (not open).
        m_st.alarm(QStringLiteral("PUMP-1"), QStringLiteral("PUMP2_FAULT"), QString(), true);
        m_st.alarm(QStringLiteral("PSD-UP"), QStringLiteral("ISOLATED"), QStringLiteral("D19"),
                   true);
        QVERIFY(m_st.alarms->engine()
                    .shelve(kSupervisor, QStringLiteral("PSD-UP/ISOLATED/D19"),
                            QStringLiteral("engineer on site"), 120)
                    .ok());
        m_st.alarm(QStringLiteral("ESC-1"), QStringLiteral("HANDRAIL_SPEED"), QStringLiteral("E1"),
                   true);
        m_st.alarm(QStringLiteral("ESC-1"), QStringLiteral("HANDRAIL_SPEED"), QStringLiteral("E1"),
                   false);
        QVERIFY(m_st.alarms->engine()
                    .acknowledge(kAgent, {QStringLiteral("ESC-1/HANDRAIL_SPEED/E1")})
                    .ok());
        // An alarm taken out of service by hand is handed over too.
        m_st.alarm(QStringLiteral("FACP"), QStringLiteral("FAULT"), QStringLiteral("Z003"), true);
        QVERIFY(m_st.alarms->engine()
                    .setOutOfService(kSupervisor, QStringLiteral("FACP/FAULT/Z003"), true,
                                     QStringLiteral("更换探测器"))
                    .ok());
        // Patrol: an inspection started and left unfinished.
        auto draft = m_st.inspections->start(kAgent, QStringLiteral("pump-room"),
                                             QStringLiteral("area"), QStringLiteral("pump-room"));
        QVERIFY2(draft.ok(), qPrintable(draft.error()));
        // Cash: a shift selling, and one counted and waiting for sign-off.
        const cash::Counts float100{{QStringLiteral("n100"), 1}};
        auto open = m_st.cash->openShift(kSeller, QStringLiteral("TO-A"), float100,
                                         QStringLiteral("2002"), QStringLiteral("4826"));
        QVERIFY2(open.ok(), qPrintable(open.error()));
        auto other = m_st.cash->openShift(kSupervisor, QStringLiteral("TO-B"), float100,
                                          QStringLiteral("2002"), QStringLiteral("4826"));
        QVERIFY2(other.ok(), qPrintable(other.error()));
        const cash::Counts short50{{QStringLiteral("n50"), 1},
                                   {QStringLiteral("n20"), 2},
                                   {QStringLiteral("n5"), 1},
                                   {QStringLiteral("n1"), 4},
                                   {QStringLiteral("c05"), 1}};
        QVERIFY(m_st.cash->submitCount(kSupervisor, *other, short50).ok());
        // Incidents: one new, one at callback.
        auto fresh = m_st.complaint(QStringLiteral("complaint"), QStringLiteral("闸机卡票"));
        QVERIFY2(fresh.ok(), qPrintable(fresh.error()));

        auto items = svc().openNow();
        QVERIFY2(items.ok(), qPrintable(items.error()));
        const OpenItem *pump =
            find(*items, QStringLiteral("alarm"), QStringLiteral("PUMP-1/PUMP2_FAULT"));
        QVERIFY(pump);
        QCOMPARE(pump->job, QStringLiteral("alarms"));
        QVERIFY(pump->detail.en.contains(QStringLiteral("not acknowledged")));
        // Devices and doors by name, as devices.json and the door layout call them.
        QVERIFY2(pump->detail.zh.startsWith(QStringLiteral("废水泵房")),
                 qPrintable(pump->detail.zh));
        const OpenItem *shelved =
            find(*items, QStringLiteral("shelved_alarm"), QStringLiteral("PSD-UP/ISOLATED/D19"));
        QVERIFY(shelved);
        QVERIFY(shelved->detail.zh.contains(QStringLiteral("engineer on site")));
        QVERIFY2(shelved->detail.zh.startsWith(QStringLiteral("上行屏蔽门 19号门 · ")),
                 qPrintable(shelved->detail.zh));
        QVERIFY2(shelved->detail.en.startsWith(QStringLiteral("PSD up side Door 19 · ")),
                 qPrintable(shelved->detail.en));
        QCOMPARE(shelved->due, m_st.clock->nowMs() + 120 * 60 * 1000);
        QVERIFY(!find(*items, QStringLiteral("alarm"), QStringLiteral("ESC-1/HANDRAIL_SPEED/E1")));
        const OpenItem *oos =
            find(*items, QStringLiteral("out_of_service"), QStringLiteral("FACP/FAULT/Z003"));
        QVERIFY(oos);
        QVERIFY(!find(*items, QStringLiteral("alarm"), QStringLiteral("FACP/FAULT/Z003")));
        const OpenItem *unfinished = find(*items, QStringLiteral("unfinished_inspection"), *draft);
        QVERIFY(unfinished);
        QCOMPARE(unfinished->job, QStringLiteral("patrol"));
        QVERIFY2(unfinished->detail.en.startsWith(QStringLiteral("Pump room · Li Na (1001)")),
                 qPrintable(unfinished->detail.en));
        QVERIFY(find(*items, QStringLiteral("open_shift"), *open));
        QVERIFY(find(*items, QStringLiteral("open_shift"), *other)
                    ->detail.en.endsWith(QStringLiteral("counted, awaiting sign-off")));
        QVERIFY(find(*items, QStringLiteral("open_shift"), *open)
                    ->detail.en.startsWith(QStringLiteral("Zhang Wei (2001) · ")));
        const OpenItem *incident = find(*items, QStringLiteral("incident"), *fresh);
        QVERIFY(incident);
        QCOMPARE(incident->title.zh, QStringLiteral("投诉 · 站厅"));
        // Patrols: the demo templates have slots since 05:30; nothing was done, so some are
        // overdue, and the handover lists exactly the overdue ones of the due list.
        auto due = m_st.inspections->due();
        QVERIFY(due.ok());
        const int overdue = int(std::count_if(due->begin(), due->end(), [](const auto &d) {
            return d.status == QLatin1String("overdue");
        }));
        QVERIFY(overdue > 0);
        QCOMPARE(countKind(*items, QStringLiteral("overdue_patrol")), overdue);
        // By job: alarms, patrol, cash, incidents.
        QStringList order;
        for (const OpenItem &i : *items)
            if (order.isEmpty() || order.last() != i.job)
                order << i.job;
        QCOMPARE(order, (QStringList{QStringLiteral("alarms"), QStringLiteral("patrol"),
                                     QStringLiteral("cash"), QStringLiteral("incidents")}));
    }

    void shortagesAndCallbacksAreListed()
    {
        // A shift counted short and signed off by a supervisor: the seller owes the difference.
        const cash::Counts float100{{QStringLiteral("n100"), 1}};
        auto shift = m_st.cash->openShift(kSeller, QStringLiteral("TO-A"), float100,
                                          QStringLiteral("2002"), QStringLiteral("4826"));
        QVERIFY2(shift.ok(), qPrintable(shift.error()));
        const cash::Counts counted{{QStringLiteral("n50"), 1},
                                   {QStringLiteral("n20"), 2},
                                   {QStringLiteral("n5"), 1},
                                   {QStringLiteral("n1"), 4},
                                   {QStringLiteral("c05"), 1}};
        QVERIFY(m_st.cash->submitCount(kSeller, *shift, counted).ok());
        auto off = m_st.cash->signOff(kSeller, *shift, QStringLiteral("3001"),
                                      QStringLiteral("8642"), cash::SignoffDecision::Accepted,
                                      QStringLiteral("gave change twice"));
        QVERIFY2(off.ok(), qPrintable(off.error()));
        // A case resolved: its callback is due within the category's days.
        auto id = m_st.complaint(QStringLiteral("lost_property"), QStringLiteral("黑色背包"));
        QVERIFY(id.ok());
        Status resolved = m_st.resolve(*id);
        QVERIFY2(resolved.ok(), qPrintable(resolved.error()));
        auto items = svc().openNow();
        QVERIFY(items.ok());
        QVERIFY(!find(*items, QStringLiteral("open_shift"), *shift));
        const OpenItem *owed = find(*items, QStringLiteral("shortage"), QStringLiteral("2001"));
        QVERIFY(owed);
        QCOMPARE(owed->detail.en, QStringLiteral("Owes \u00a50.50"));
        const OpenItem *callback = find(*items, QStringLiteral("callback"), *id);
        QVERIFY(callback);
        QCOMPARE(callback->due, m_st.clock->nowMs() + 3 * 24 * 3600 * 1000LL);
        QVERIFY(!find(*items, QStringLiteral("incident"), *id));
    }

    void handOverThenAcknowledgeWithPin()
    {
        m_st.alarm(QStringLiteral("PUMP-1"), QStringLiteral("PUMP2_FAULT"), QString(), true);
        auto note = svc().addDraftNote(kAgent, QStringLiteral("  电梯2 维保人员14:00到  "));
        QVERIFY2(note.ok(), qPrintable(note.error()));
        QVERIFY(!svc().addDraftNote(kAgent, QStringLiteral("   ")).ok());
        QCOMPARE(svc().drafts()->size(), 1);

        auto id = svc().handOver(kAgent, {});
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QCOMPARE(svc().drafts()->size(), 0);
        auto h = svc().handover(*id);
        QVERIFY(h.ok() && h->has_value());
        QCOMPARE((*h)->by, QStringLiteral("1001"));
        QVERIFY(!(*h)->acknowledged());
        QVERIFY(find((*h)->items, QStringLiteral("alarm"), QStringLiteral("PUMP-1/PUMP2_FAULT")));
        const OpenItem *written = nullptr;
        for (const OpenItem &i : (*h)->items)
            if (i.kind == QLatin1String("note"))
                written = &i;
        QVERIFY(written);
        QCOMPARE(written->title.zh, QStringLiteral("电梯2 维保人员14:00到"));

        // While it waits, no second handover.
        auto second = svc().handOver(kAgent2, {});
        QVERIFY(!second.ok());
        QVERIFY(second.error().contains(QStringLiteral("1001")));
        // Not the writer, not a wrong PIN, not a seller; each leaves nothing behind.
        QVERIFY(svc()
                    .acknowledge(*id, QStringLiteral("1001"), QStringLiteral("2468"))
                    .error()
                    .contains(QStringLiteral("incoming")));
        auto wrong = svc().acknowledge(*id, QStringLiteral("1002"), QStringLiteral("0000"));
        QVERIFY(!wrong.ok());
        QVERIFY(!wrong.error().isEmpty());
        QVERIFY(!svc().acknowledge(*id, QStringLiteral("2001"), QStringLiteral("3690")).ok());
        QCOMPARE(m_st.rows(QStringLiteral("SELECT COUNT(*) FROM handover_ack")), 0);

        auto who = svc().acknowledge(*id, QStringLiteral("1002"), QStringLiteral("1357"));
        QVERIFY2(who.ok(), qPrintable(who.error()));
        QCOMPARE(who->staffNo, QStringLiteral("1002"));
        h = svc().handover(*id);
        QCOMPARE((*h)->ackBy, QStringLiteral("1002"));
        QCOMPARE((*h)->ackAt, m_st.clock->nowMs());
        QVERIFY(!svc().acknowledge(*id, QStringLiteral("3001"), QStringLiteral("8642")).ok());
        // Both steps are in the audit trail, and the chain holds.
        QCOMPARE(m_st.rows(QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE action IN "
                                          "('handover_written', 'handover_acknowledged')")),
                 2);
        QVERIFY(AuditLog::verify(m_st.core->db()).ok());
        // The shift on duty starts at the acknowledgement.
        QCOMPARE(svc().shiftStart()->at, m_st.clock->nowMs());
        QVERIFY(svc().shiftStart()->fromHandover);
    }

    void itemsCarryForwardUntilCleared()
    {
        auto first = m_st.complaint(QStringLiteral("complaint"), QStringLiteral("扶梯异响"));
        QVERIFY(first.ok());
        QVERIFY(svc().addDraftNote(kAgent, QStringLiteral("B口卷帘门需报修")).ok());
        auto h1 = svc().handOver(kAgent, {});
        QVERIFY(h1.ok());
        const qint64 h1At = m_st.clock->nowMs();
        QVERIFY(svc().acknowledge(*h1, QStringLiteral("1002"), QStringLiteral("1357")).ok());

        m_st.clock->advanceMs(8 * 3600 * 1000);
        auto later = m_st.complaint(QStringLiteral("praise"), QStringLiteral("表扬值班员"));
        QVERIFY(later.ok());
        auto now = svc().openNow();
        QVERIFY(now.ok());
        QCOMPARE(find(*now, QStringLiteral("incident"), *first)->carriedSince, h1At);
        QCOMPARE(find(*now, QStringLiteral("incident"), *later)->carriedSince, 0);
        QString noteId;
        for (const OpenItem &i : *now)
            if (i.kind == QLatin1String("note"))
                noteId = i.key;
        QVERIFY(!noteId.isEmpty());
        QCOMPARE(find(*now, QStringLiteral("note"), noteId)->carriedSince, h1At);

        // The second handover keeps the note; a case cancelled in between drops out.
        QVERIFY(m_st.incidents
                    ->transition(kSupervisor, *later, QStringLiteral("cancelled"),
                                 QStringLiteral("logged twice"))
                    .ok());
        auto h2 = svc().handOver(kAgent2, {});
        QVERIFY(h2.ok());
        QVERIFY(svc().acknowledge(*h2, QStringLiteral("1001"), QStringLiteral("2468")).ok());
        auto rec2 = svc().handover(*h2);
        QVERIFY(find((*rec2)->items, QStringLiteral("note"), noteId));
        QVERIFY(!find((*rec2)->items, QStringLiteral("incident"), *later));
        // Carried twice, still dated from the first handover that listed it.
        QCOMPARE(find((*rec2)->items, QStringLiteral("incident"), *first)->carriedSince, h1At);

        // Clearing a note that is not open is refused; clearing the open one ends its carrying.
        QVERIFY(!svc().handOver(kAgent, {QStringLiteral("no-such-note")}).ok());
        auto h3 = svc().handOver(kAgent, {noteId});
        QVERIFY2(h3.ok(), qPrintable(h3.error()));
        QVERIFY(!find((*svc().handover(*h3))->items, QStringLiteral("note"), noteId));
        QCOMPARE(svc().openNotes()->size(), 0);
        QCOMPARE((*svc().handover(*h3))->previousId, *h2);
        // The history: newest first, counted but not read item by item.
        auto recent = svc().recent(10);
        QVERIFY(recent.ok());
        QCOMPARE(recent->size(), 3);
        QCOMPARE(recent->first().id, *h3);
        QCOMPARE(recent->at(1).itemCount, int((*svc().handover(*h2))->items.size()));
        QVERIFY(recent->at(1).items.isEmpty());
        QCOMPARE(recent->at(1).ackBy, QStringLiteral("1001"));
    }

    void onlyDutyStaffWriteHandovers()
    {
        QVERIFY(!svc().addDraftNote(kSeller, QStringLiteral("x")).ok());
        QVERIFY(!svc().handOver(kSeller, {}).ok());
        const Actor admin{QStringLiteral("9001"), Role::Admin, false};
        QVERIFY(!svc().handOver(admin, {}).ok());
        QCOMPARE(m_st.rows(QStringLiteral("SELECT COUNT(*) FROM handover")), 0);
        QVERIFY(svc().handOver(kSupervisor, {}).ok());
    }

    void handoversCannotBeRewritten()
    {
        QVERIFY(svc().addDraftNote(kAgent, QStringLiteral("note")).ok());
        auto id = svc().handOver(kAgent, {});
        QVERIFY(id.ok());
        QVERIFY(svc().acknowledge(*id, QStringLiteral("1002"), QStringLiteral("1357")).ok());
        for (const QString &sql : {QStringLiteral("UPDATE handover SET items = '[]'"),
                                   QStringLiteral("DELETE FROM handover_ack"),
                                   QStringLiteral("UPDATE handover_note SET text = 'other'"),
                                   QStringLiteral("DELETE FROM handover")}) {
            auto r = m_st.core->db().exec(sql);
            QVERIFY2(!r.ok(), qPrintable(sql));
            QVERIFY(r.error().contains(QStringLiteral("immutable")));
        }
    }

    void notesAreKeptBeforeHandingOver()
    {
        QVERIFY(svc().addDraftNote(kAgent, QStringLiteral("kept across a restart")).ok());
        QVERIFY(!svc().addDraftNote(kAgent, QString(1001, QLatin1Char('x'))).ok());
        // A new service on the same file (the tablet restarted) still has the note.
        const QString err = m_st.open(m_st.core->dataDir());
        QVERIFY2(err.isEmpty(), qPrintable(err));
        auto drafts = svc().drafts();
        QVERIFY(drafts.ok());
        QCOMPARE(drafts->size(), 1);
        QCOMPARE(drafts->first().text, QStringLiteral("kept across a restart"));
        QVERIFY(svc().removeDraftNote(kAgent, drafts->first().id).ok());
        QCOMPARE(svc().drafts()->size(), 0);
    }

    void shiftStartsAtMidnightWithoutAHandover()
    {
        // 2026-11-27 09:00 in Shanghai: the day began at 00:00 local, 16:00 UTC the day before.
        QCOMPARE(svc().shiftStart()->at,
                 QDateTime(QDate(2026, 11, 26), QTime(16, 0), Qt::UTC).toMSecsSinceEpoch());
        QVERIFY(!svc().shiftStart()->fromHandover);
    }

    void printsAPdf()
    {
        m_st.alarm(QStringLiteral("PUMP-1"), QStringLiteral("PUMP2_FAULT"), QString(), true);
        QVERIFY(svc().addDraftNote(kAgent, QStringLiteral("票亭B找零不足")).ok());
        auto id = svc().handOver(kAgent, {});
        QVERIFY(id.ok());
        auto h = svc().handover(*id);
        const QString path = m_dir.filePath(QStringLiteral("handover.pdf"));
        Status s = writeHandoverPdf(*m_st.core, **h, path);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QVERIFY(f.size() > 2000);
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
        // What a person reads in it, in the one language asked for (the station's by default):
        // the title, the alarm, the note, who is to acknowledge, and when.
        auto read = [](const QString &pdf) {
            QProcess text;
            text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
            return text.waitForFinished(20000) && text.exitCode() == 0
                       ? QString::fromUtf8(text.readAllStandardOutput())
                       : QStringLiteral("pdftotext failed");
        };
        const QString when = QDateTime::fromMSecsSinceEpoch((*h)->at, Qt::UTC)
                                 .toTimeZone(m_st.core->config().timeZone)
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const QString zh = read(path);
        QVERIFY2(zh.contains(QStringLiteral("交接班")), qPrintable(zh.left(400)));
        QVERIFY(zh.contains(QStringLiteral("排水泵故障")));
        QVERIFY2(zh.contains(QStringLiteral("废水泵房")), qPrintable(zh));
        QVERIFY2(zh.contains(QStringLiteral("票亭B找零不足")), qPrintable(zh));
        QVERIFY(zh.contains(QStringLiteral("接班人尚未确认")));
        QVERIFY2(zh.contains(when), qPrintable(when));
        QVERIFY(!zh.contains(QStringLiteral("Shift handover")));
        const QString english = m_dir.filePath(QStringLiteral("handover-en.pdf"));
        QVERIFY(writeHandoverPdf(*m_st.core, **h, english, QStringLiteral("en")).ok());
        const QString en = read(english);
        QVERIFY2(en.contains(QStringLiteral("Shift handover")), qPrintable(en.left(400)));
        QVERIFY2(en.contains(QStringLiteral("Pump room")), qPrintable(en));
        QVERIFY(en.contains(QStringLiteral("Not yet acknowledged")));
        QVERIFY(en.contains(when));
        QVERIFY(!en.contains(QStringLiteral("交接班")));
        // A folder that is not there: a message naming the file, and no file.
        const QString bad = m_dir.filePath(QStringLiteral("missing/handover.pdf"));
        Status refused = writeHandoverPdf(*m_st.core, **h, bad);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(bad));
        QVERIFY(!QFile::exists(bad));
    }
};

QTEST_MAIN(TestHandover)
#include "tst_handover.moc"
