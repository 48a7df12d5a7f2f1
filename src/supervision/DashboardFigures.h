#pragma once
// The dashboard's headline figures as typed values for QML, worded in the current language:
// patrol completion, the alarm load of the chosen window, cash and incidents; and where a
// tapped row sends the screen. Every threshold and verdict is decided in Dashboard.cpp.
#include <QList>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace so::supervision {

// Today's patrol slots whose time is up, done or missed, and the rounds open now. The card's
// figures and its bars are the same numbers.
class PatrolFigure
{
    Q_GADGET
    QML_VALUE_TYPE(patrolFigure)
    Q_PROPERTY(int percent MEMBER percent CONSTANT)
    Q_PROPERTY(QString headline MEMBER headline CONSTANT)
    Q_PROPERTY(QString tone MEMBER tone CONSTANT)
    Q_PROPERTY(QString note MEMBER note CONSTANT)
    Q_PROPERTY(int slotCount MEMBER slotCount CONSTANT)
    Q_PROPERTY(int done MEMBER done CONSTANT)
    Q_PROPERTY(int missed MEMBER missed CONSTANT)
    Q_PROPERTY(int due MEMBER due CONSTANT)
    Q_PROPERTY(int inProgress MEMBER inProgress CONSTANT)
public:
    int percent = 100;
    QString headline; // "96%"
    QString tone;     // pass at 95% and over, warning at 80% and over, else fail
    QString note;
    int slotCount = 0; // done + missed
    int done = 0;
    int missed = 0;
    int due = 0;        // rounds open now, within their grace
    int inProgress = 0; // rounds being inspected now, within their grace
    bool operator==(const PatrolFigure &o) const
    {
        return percent == o.percent && headline == o.headline && note == o.note &&
               slotCount == o.slotCount && done == o.done && missed == o.missed && due == o.due &&
               inProgress == o.inProgress;
    }
};

// Alarm load of a window (this shift or the last 7 days), the EEMUA 191 way.
class AlarmLoad
{
    Q_GADGET
    QML_VALUE_TYPE(alarmLoad)
    Q_PROPERTY(QString title MEMBER title CONSTANT)
    Q_PROPERTY(int total MEMBER total CONSTANT)
    Q_PROPERTY(bool rated MEMBER rated CONSTANT)
    Q_PROPERTY(QString average MEMBER average CONSTANT)
    Q_PROPERTY(QString verdict MEMBER verdict CONSTANT)
    Q_PROPERTY(QString verdictTone MEMBER verdictTone CONSTANT)
    Q_PROPERTY(int peak MEMBER peak CONSTANT)
    Q_PROPERTY(QString floods MEMBER floods CONSTANT)
    Q_PROPERTY(int chattering MEMBER chattering CONSTANT)
    Q_PROPERTY(int stale MEMBER stale CONSTANT)
    Q_PROPERTY(QString from MEMBER from CONSTANT)
    Q_PROPERTY(QString to MEMBER to CONSTANT)
    Q_PROPERTY(QList<int> perInterval MEMBER perInterval CONSTANT)
    Q_PROPERTY(bool lastRunning MEMBER lastRunning CONSTANT)
    Q_PROPERTY(int floodAbove MEMBER floodAbove CONSTANT)
    Q_PROPERTY(int ceiling MEMBER ceiling CONSTANT)
public:
    QString title;
    int total = 0;
    // False while no 10-minute interval of the window is complete: too young to rate.
    bool rated = false;
    QString average;     // "1.25 per 10 minutes", or "—"
    QString verdict;     // acceptable, manageable, over-demanding; or why there is no rate yet
    QString verdictTone; // pass, warning, fail, muted
    int peak = 0;
    QString floods; // "2 (1.4% of the time)"
    int chattering = 0;
    int stale = 0;
    QString from; // the window, in the station's zone
    QString to;
    QList<int> perInterval;
    bool lastRunning = false; // the last interval has not run its 10 minutes yet
    int floodAbove = 10;
    int ceiling = 12; // the chart's scale
    bool operator==(const AlarmLoad &o) const
    {
        return title == o.title && total == o.total && average == o.average &&
               verdict == o.verdict && peak == o.peak && floods == o.floods &&
               perInterval == o.perInterval && from == o.from && to == o.to &&
               lastRunning == o.lastRunning;
    }
};

class CashFigure
{
    Q_GADGET
    QML_VALUE_TYPE(cashFigure)
    Q_PROPERTY(QString headline MEMBER headline CONSTANT)
    Q_PROPERTY(QString note MEMBER note CONSTANT)
public:
    QString headline; // "1/2 exact"
    QString note;
    bool operator==(const CashFigure &o) const { return headline == o.headline && note == o.note; }
};

class IncidentFigure
{
    Q_GADGET
    QML_VALUE_TYPE(incidentFigure)
    Q_PROPERTY(int total MEMBER total CONSTANT)
    Q_PROPERTY(QString compliance MEMBER compliance CONSTANT)
    Q_PROPERTY(int percent MEMBER percent CONSTANT)
public:
    int total = 0;
    QString compliance; // "Callbacks within the deadline: 50%"
    int percent = -1;   // on time of on time + late; -1 while none fell due
    bool operator==(const IncidentFigure &o) const
    {
        return total == o.total && compliance == o.compliance && percent == o.percent;
    }
};

// Where the screen goes to open a record: a rail page and its tab.
class Destination
{
    Q_GADGET
    QML_VALUE_TYPE(destination)
    Q_PROPERTY(bool valid MEMBER valid CONSTANT)
    Q_PROPERTY(QString page MEMBER page CONSTANT)
    Q_PROPERTY(int tab MEMBER tab CONSTANT)
public:
    bool valid = false;
    QString page;
    int tab = 0;
};

} // namespace so::supervision
