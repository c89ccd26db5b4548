#pragma once

#include "model/run.h"
#include "preferences.h"

#include <QAbstractTableModel>
#include <QList>

namespace stridewell::ui {

// The runs of one athlete as a table. Holds values, not queries: the page reloads it from core
// when the log changes.
class RunTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Date,
        Start,
        Distance,
        Duration,
        Pace,
        Cadence,
        HeartRate,
        Rpe,
        Type,
        Surface,
        Shoe,
        Notes,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, RunIdRole, LocalDateRole };

    explicit RunTableModel(QObject* parent = nullptr);

    void setRuns(QList<core::Run> runs);
    void setUnit(DistanceUnit unit);
    const core::Run& run(int row) const { return m_runs.at(row); }
    int rowOfRun(qint64 runId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<core::Run> m_runs;
    DistanceUnit m_unit = DistanceUnit::Km;
};

} // namespace stridewell::ui
