#pragma once
// RowModel: a list model over plain rows that a refresh replaces without a model reset. Rows
// that stay keep their place, and with it the delegate under a finger; rows that went are
// removed, new ones inserted, moved ones moved, and changed ones report dataChanged. A list
// that refreshes while alarms arrive therefore neither jumps to the top nor re-creates the
// button someone is about to tap.
#include "StationConfig.h"
#include "StationInfo.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace so {

template <typename Row> class RowModel : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    const QList<Row> &rows() const { return m_rows; }

    // Rows show names in the station's current language and times in its zone; they are read
    // again when the language changes.
    void follow(const StationInfo *station)
    {
        m_station = station;
        if (station)
            QObject::connect(station, &StationInfo::nameChanged, this,
                             [this] { allRowsChanged(); });
    }

protected:
    QString in(const Names &names) const
    {
        return names.in(m_station ? m_station->language() : QStringLiteral("en"));
    }
    QString time(qint64 utcMs) const
    {
        return m_station ? m_station->formatTime(utcMs) : QString();
    }
    QString dateTime(qint64 utcMs) const
    {
        return m_station ? m_station->formatDateTime(utcMs) : QString();
    }

    // What identifies a row from one refresh to the next (unique within the list).
    virtual QString rowKey(const Row &row) const = 0;
    // Whether two rows with the same key draw alike; when not, dataChanged is sent.
    virtual bool sameRow(const Row &a, const Row &b) const = 0;

    const Row *rowAt(const QModelIndex &index) const
    {
        return index.isValid() && !index.parent().isValid() && index.row() < m_rows.size()
                   ? &m_rows.at(index.row())
                   : nullptr;
    }

    // Makes the rows equal to `next` with row-level signals; returns whether the count changed.
    bool replaceRows(QList<Row> next)
    {
        const qsizetype before = m_rows.size();
        QSet<QString> nextKeys;
        nextKeys.reserve(next.size());
        for (const Row &r : next)
            nextKeys.insert(rowKey(r));
        if (nextKeys.size() != next.size()) {
            // Keys that repeat cannot be followed; a reset is the honest answer.
            beginResetModel();
            m_rows = std::move(next);
            endResetModel();
            return before != m_rows.size();
        }
        if (m_rows.isEmpty() && !next.isEmpty()) {
            beginInsertRows({}, 0, int(next.size()) - 1);
            m_rows = std::move(next);
            endInsertRows();
            return true;
        }
        // Rows that went, as contiguous runs from the end.
        for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
            if (nextKeys.contains(rowKey(m_rows.at(i))))
                continue;
            qsizetype first = i;
            while (first > 0 && !nextKeys.contains(rowKey(m_rows.at(first - 1))))
                --first;
            beginRemoveRows({}, int(first), int(i));
            m_rows.remove(first, i - first + 1);
            endRemoveRows();
            i = first;
        }
        QSet<QString> present;
        present.reserve(m_rows.size());
        for (const Row &r : std::as_const(m_rows))
            present.insert(rowKey(r));
        for (qsizetype i = 0; i < next.size(); ++i) {
            const QString key = rowKey(next.at(i));
            if (!present.contains(key)) {
                // A run of new rows goes in with one insert.
                qsizetype last = i;
                while (last + 1 < next.size() && !present.contains(rowKey(next.at(last + 1))))
                    ++last;
                beginInsertRows({}, int(i), int(last));
                for (qsizetype k = i; k <= last; ++k)
                    m_rows.insert(k, next.at(k));
                endInsertRows();
                i = last;
                continue;
            }
            if (rowKey(m_rows.at(i)) != key) {
                // Moved up from further down (rare: a re-sort); find it and bring it here.
                qsizetype from = i + 1;
                while (rowKey(m_rows.at(from)) != key)
                    ++from;
                beginMoveRows({}, int(from), int(from), {}, int(i));
                m_rows.move(from, i);
                endMoveRows();
            }
            if (!sameRow(m_rows.at(i), next.at(i))) {
                m_rows[i] = next.at(i);
                Q_EMIT dataChanged(index(int(i)), index(int(i)));
            }
        }
        return before != m_rows.size();
    }

    // Every row reads differently, for instance in the other language.
    void allRowsChanged()
    {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    }

    QList<Row> m_rows;
    const StationInfo *m_station = nullptr;
};

} // namespace so
