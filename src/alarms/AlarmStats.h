#pragma once
// AlarmStats: how an alarm system performed over a time window, measured the way EEMUA 191 does —
// alarms per 10 minutes (average and peak), flood intervals (more than 10 alarms in 10 minutes),
// chattering alarms (3 or more activations within 60 s), stale alarms (active over 24 h) and the
// most frequent alarms. An alarm counts once per activation (a new occurrence), not per frame.
#include "Database.h"
#include "StationConfig.h"

#include <QList>

namespace so::alarms {

struct AlarmCount
{
    QString key;
    Names text;
    int priority = 3;
    int count = 0; // activations in the window; for stale alarms, 1
    qint64 at = 0; // the last activation (UTC ms); for stale alarms, when it was raised
};

struct FloodInterval
{
    qint64 startUtc = 0;
    int count = 0;
};

struct AlarmStats
{
    // The one definition of a flood and of chattering: these figures and the engine's live flags
    // (AlarmEngine::Options) both read them.
    static constexpr qint64 kIntervalMs = 10 * 60 * 1000;
    static constexpr int kFloodAbove = 10;      // EEMUA 191: a flood is more than 10 in 10 minutes
    static constexpr int kChatterCount = 3;     // ISA-18.2: 3 activations ...
    static constexpr qint64 kChatterMs = 60000; // ... within 60 s
    static constexpr qint64 kStaleMs = 24 * 3600 * 1000LL;

    qint64 fromUtc = 0;
    qint64 toUtc = 0;
    int total = 0;
    QList<int> byPriority{0, 0, 0, 0}; // index 0 is priority 1
    int intervals = 0;                 // 10-minute intervals in the window
    int peak = 0;                      // most activations in one interval
    QList<int> perInterval;            // activations in each interval, oldest first
    QList<FloodInterval> floods;       // newest first
    QList<AlarmCount> chattering;      // by activations, most first
    QList<AlarmCount> top;             // the 10 most frequent
    QList<AlarmCount> stale;           // active now and raised more than 24 h before `toUtc`

    // 10-minute intervals that have run their full length; the last one may still be running.
    int completeIntervals() const { return int((toUtc - fromUtc) / kIntervalMs); }
    // Average per 10 minutes over the complete intervals, in hundredths (0.85 alarms -> 85), so no
    // float reaches the screen logic; -1 when no interval is complete yet. Two alarms in the
    // first minute of a shift are not "2.00 per 10 minutes": the shift is too young to rate.
    int averageHundredths() const
    {
        const int complete = qMin(completeIntervals(), int(perInterval.size()));
        if (complete <= 0)
            return -1;
        qint64 sum = 0;
        for (int i = 0; i < complete; ++i)
            sum += perInterval.at(i);
        return int(sum * 100 / complete);
    }
    // Share of intervals in flood, in tenths of a percent.
    int floodPermille() const
    {
        return intervals > 0 ? int(qint64(floods.size()) * 1000 / intervals) : 0;
    }
};

// Reads alarm_event and alarm_state; [fromUtc, toUtc).
Result<AlarmStats> alarmStats(Database &db, qint64 fromUtc, qint64 toUtc);
// The activations behind a figure, newest first: one priority (0 for any), within [fromUtc, toUtc).
Result<QList<AlarmCount>> activations(Database &db, qint64 fromUtc, qint64 toUtc, int priority,
                                      int limit);

} // namespace so::alarms
