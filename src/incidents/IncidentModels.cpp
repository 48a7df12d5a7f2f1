#include "IncidentModels.h"
#include "IncidentWords.h"

namespace so::incidents {

// ---- CaseListModel ----------------------------------------------------------------------

void CaseListModel::setRows(QList<CaseRow> rows)
{
    if (replaceRows(std::move(rows)))
        Q_EMIT countChanged();
}

bool CaseListModel::sameRow(const CaseRow &a, const CaseRow &b) const
{
    const Incident &x = a.incident;
    const Incident &y = b.incident;
    return x.state == y.state && x.timer == y.timer && x.priority == y.priority &&
           x.description == y.description && x.occurredAt == y.occurredAt &&
           a.category.en == b.category.en && a.place.en == b.place.en;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    const CaseRow *r = rowAt(index);
    if (!r)
        return {};
    const Incident &i = r->incident;
    switch (role) {
    case CaseIdRole:
        return i.id;
    case CategoryRole:
        return i.category;
    case TitleRole:
        return in(r->category) + QStringLiteral(" · ") + in(r->place);
    case StatusTextRole: {
        const QString state = in(IncidentWords::state(i.state));
        if (i.timer == QLatin1String("breached"))
            return state + QStringLiteral(" · ") + tr("Overdue");
        if (i.timer == QLatin1String("warning"))
            return state + QStringLiteral(" · ") + tr("Due soon");
        return state;
    }
    case SummaryRole:
        return dateTime(i.occurredAt) + QStringLiteral(" · ") + i.description;
    case OverdueRole:
        return i.timer == QLatin1String("breached");
    default:
        return {};
    }
}

QHash<int, QByteArray> CaseListModel::roleNames() const
{
    return {{CaseIdRole, "caseId"},         {CategoryRole, "category"}, {TitleRole, "title"},
            {StatusTextRole, "statusText"}, {SummaryRole, "summary"},   {OverdueRole, "overdue"}};
}

int CaseListModel::indexOf(const QString &caseId) const
{
    for (qsizetype k = 0; k < m_rows.size(); ++k)
        if (m_rows.at(k).incident.id == caseId)
            return int(k);
    return -1;
}

QString CaseListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).incident.id : QString();
}

// ---- QueueModel -------------------------------------------------------------------------

void QueueModel::setCounts(const QueueCounts &c)
{
    replaceRows({QueueRow{QString(), -1}, QueueRow{QStringLiteral("new"), c.fresh},
                 QueueRow{QStringLiteral("approval"), c.approval},
                 QueueRow{QStringLiteral("callbacks"), c.callbacks}});
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    const QueueRow *r = rowAt(index);
    if (!r)
        return {};
    switch (role) {
    case KeyRole:
        return r->queue;
    case LabelRole:
        if (r->queue == QLatin1String("new"))
            return tr("To assess (%1)").arg(r->count);
        if (r->queue == QLatin1String("approval"))
            return tr("To approve (%1)").arg(r->count);
        if (r->queue == QLatin1String("callbacks"))
            return tr("Callbacks (%1)").arg(r->count);
        return tr("All");
    default:
        return {};
    }
}

QHash<int, QByteArray> QueueModel::roleNames() const
{
    return {{KeyRole, "key"}, {LabelRole, "label"}};
}

// ---- TimelineModel ----------------------------------------------------------------------

void TimelineModel::setRows(QList<TimelineRow> rows)
{
    if (replaceRows(std::move(rows)))
        Q_EMIT countChanged();
}

bool TimelineModel::sameRow(const TimelineRow &a, const TimelineRow &b) const
{
    return a.entry.at == b.entry.at && a.entry.text == b.entry.text &&
           a.entry.toState == b.entry.toState && a.who.en == b.who.en && a.who.zh == b.who.zh;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    const TimelineRow *r = rowAt(index);
    if (!r)
        return {};
    const TimelineEntry &e = r->entry;
    switch (role) {
    case WhenRole:
        return dateTime(e.at);
    case WhoRole:
        return in(r->who);
    case WhatRole:
        return what(e);
    case TextRole:
        return e.text;
    case ToRole:
        return e.kind == QLatin1String("transition") ? e.toState : QString();
    case BylineRole:
        return dateTime(e.at) + QStringLiteral(" · ") + in(r->who);
    case LineRole:
        return e.text.isEmpty() ? what(e) : what(e) + QStringLiteral(": ") + e.text;
    default:
        return {};
    }
}

QString TimelineModel::what(const TimelineEntry &e) const
{
    if (e.kind == QLatin1String("transition") && !e.applied)
        //: Two people moved the case at once on two tablets; this move did not count.
        return tr("→ %1, not applied: made at the same time as another move")
            .arg(in(IncidentWords::state(e.toState)));
    if (e.kind == QLatin1String("transition"))
        return e.fromState.isEmpty() ? tr("Logged")
                                     : QStringLiteral("→ ") + in(IncidentWords::state(e.toState));
    return e.details.contains(QLatin1String("\"photo\"")) ? tr("Photo added") : tr("Note");
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    return {{WhenRole, "when"}, {WhoRole, "who"},       {WhatRole, "what"}, {TextRole, "note"},
            {ToRole, "to"},     {BylineRole, "byline"}, {LineRole, "line"}};
}

QString TimelineModel::textAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).entry.text : QString();
}

QString TimelineModel::toAt(int row) const
{
    return data(index(row), ToRole).toString();
}

// ---- FactModel --------------------------------------------------------------------------

void FactModel::setRows(QList<Fact> rows)
{
    if (replaceRows(std::move(rows)))
        Q_EMIT countChanged();
}

QVariant FactModel::data(const QModelIndex &index, int role) const
{
    const Fact *f = rowAt(index);
    if (!f)
        return {};
    switch (role) {
    case KeyRole:
        return f->key;
    case LabelRole:
        return f->label;
    case ValueRole:
        return f->value;
    default:
        return {};
    }
}

QHash<int, QByteArray> FactModel::roleNames() const
{
    return {{KeyRole, "key"}, {LabelRole, "label"}, {ValueRole, "value"}};
}

QString FactModel::valueOf(const QString &key) const
{
    for (const Fact &f : m_rows)
        if (f.key == key)
            return f.value;
    return {};
}

// ---- LinkListModel ----------------------------------------------------------------------

void LinkListModel::setRows(QList<LinkedRecord> rows)
{
    if (replaceRows(std::move(rows)))
        Q_EMIT countChanged();
}

QVariant LinkListModel::data(const QModelIndex &index, int role) const
{
    const LinkedRecord *l = rowAt(index);
    if (!l)
        return {};
    switch (role) {
    case KindRole:
        return l->kind;
    case LinkIdRole:
        return l->id;
    case TextRole:
        return tr("Linked: %1 %2")
            .arg(IncidentWords::recordKind(l->kind), l->label.isEmpty() ? l->id : l->label);
    default:
        return {};
    }
}

QHash<int, QByteArray> LinkListModel::roleNames() const
{
    return {{KindRole, "kind"}, {LinkIdRole, "linkId"}, {TextRole, "line"}};
}

QString LinkListModel::kindAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).kind : QString();
}

QString LinkListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

QString LinkListModel::labelAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).label : QString();
}

// ---- MoveModel --------------------------------------------------------------------------

void MoveModel::setMoves(const QStringList &moves)
{
    QList<MoveRow> rows;
    for (const QString &m : moves)
        rows << MoveRow{m};
    if (replaceRows(std::move(rows)))
        Q_EMIT countChanged();
}

bool MoveModel::contains(const QString &to) const
{
    for (const MoveRow &m : m_rows)
        if (m.to == to)
            return true;
    return false;
}

QVariant MoveModel::data(const QModelIndex &index, int role) const
{
    const MoveRow *m = rowAt(index);
    if (!m)
        return {};
    switch (role) {
    case ToRole:
        return m->to;
    case TextRole:
        return IncidentWords::move(m->to);
    case PrimaryRole:
        return m->to != QLatin1String("cancelled");
    default:
        return {};
    }
}

QHash<int, QByteArray> MoveModel::roleNames() const
{
    return {{ToRole, "to"}, {TextRole, "label"}, {PrimaryRole, "primary"}};
}

} // namespace so::incidents
