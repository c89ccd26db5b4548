#pragma once

#include "analysis/roster.h"
#include "preferences.h"

#include <QAbstractTableModel>
#include <QList>

namespace stridewell::ui {

// A coach's roster: one row per athlete, the most concerning first. What needs attention is
// said with an icon and a word, never by colour alone.
class RosterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Athlete, Attention, ThisWeek, LoadRatio, LatestPain, LastRun, ColumnCount };
    enum Role { AthleteIdRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setRoster(QList<core::RosterEntry> roster);
    void setUnit(DistanceUnit unit);
    const core::RosterEntry& entry(int row) const { return m_roster.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "red flag", "high", "caution", "info" or "–", with the flags behind it for the tooltip.
    static QString attention(const core::RosterEntry& e);

private:
    QString attentionDetail(const core::RosterEntry& e) const;

    QList<core::RosterEntry> m_roster;
    DistanceUnit m_unit = DistanceUnit::Km;
};

} // namespace stridewell::ui
