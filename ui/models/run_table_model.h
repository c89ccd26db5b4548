#pragma once

#include "error_sink.h"
#include "model/run.h"
#include "preferences.h"
#include "storage/run_query.h"

#include <QAbstractTableModel>
#include <QList>

namespace stridewell::core {
class Database;
}

namespace stridewell::ui {

// The runs of one athlete as a table, filtered and sorted by the log and fetched a page at a
// time as the view scrolls (canFetchMore/fetchMore), so that showing twenty years of runs
// costs what showing one month does. reload() after the log changes.
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
    enum Role { RunIdRole = Qt::UserRole + 1, LocalDateRole };
    static constexpr int kPageSize = 200;

    RunTableModel(core::Database& db, ErrorSink errors, QObject* parent = nullptr);

    // The athlete's runs on these local dates (invalid: open-ended) and of this type (empty:
    // all), in the current order.
    void setFilter(qint64 athleteId, QDate from, QDate to, const QString& type);
    // Runs the query again, keeping the filter and order (after the log changed).
    void reload();
    void setUnit(DistanceUnit unit);

    const core::Run& run(int row) const { return m_runs.at(row); }
    // The row of a run, fetching pages until it is loaded; -1 when the filter hides it.
    int rowOfRun(qint64 runId);
    // Every run the filter matches, loaded or not.
    const core::RunTotals& totals() const { return m_totals; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

private:
    void fetchPage();

    core::Database& m_db;
    ErrorSink m_errors;
    core::RunQuery m_query;
    core::RunTotals m_totals;
    QList<core::Run> m_runs;
    DistanceUnit m_unit = DistanceUnit::Km;
};

} // namespace stridewell::ui
