#pragma once
// ReportContext: how a report speaks — the one language it was asked for, its words, the
// station's names for codes in that language, and times in the station's zone.
#include "Money.h"
#include "NameBook.h"
#include "Wording.h"

namespace so {
class StationCore;
}

namespace so::reports {

class ReportContext
{
public:
    // LANGUAGE "zh_CN" or "en"; empty means the station's default language.
    static Result<ReportContext> open(StationCore &core, const QString &language);

    const QString &language() const { return m_words.language(); }
    // A report's string: mark it with QT_TRANSLATE_NOOP("Report", "...") at the call.
    QString say(const char *source) const { return m_words.text("Report", source); }
    QString name(const Names &n) const { return n.in(language()); }
    const NameBook &names() const { return m_names; }
    QString staff(const QString &staffNo) const { return name(m_names.staff(staffNo)); }
    // "2026-11-27 09:00", station time.
    QString local(qint64 utcMs) const;
    QString date(const QDate &d) const { return d.toString(Qt::ISODate); }
    // The station's name, then the date range: the line under every report's title.
    QString stationName() const;

private:
    ReportContext(StationCore &core, Wording words);
    StationCore &m_core;
    const NameBook &m_names;
    Wording m_words;
};

} // namespace so::reports
