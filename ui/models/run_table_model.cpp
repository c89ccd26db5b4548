#include "models/run_table_model.h"

#include "unit_format.h"

#include <QLocale>

namespace stridewell::ui {

RunTableModel::RunTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void RunTableModel::setRuns(QList<core::Run> runs)
{
    beginResetModel();
    m_runs = std::move(runs);
    endResetModel();
}

void RunTableModel::setUnit(DistanceUnit unit)
{
    if (unit == m_unit)
        return;
    m_unit = unit;
    Q_EMIT headerDataChanged(Qt::Horizontal, Distance, Pace);
    if (!m_runs.isEmpty())
        Q_EMIT dataChanged(index(0, Distance), index(rowCount() - 1, Pace));
}

int RunTableModel::rowOfRun(qint64 runId) const
{
    for (int i = 0; i < m_runs.size(); ++i)
        if (m_runs[i].id == runId)
            return i;
    return -1;
}

int RunTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const core::Run& run = m_runs[index.row()];
    const QLocale locale;
    if (role == RunIdRole)
        return run.id;
    if (role == LocalDateRole)
        return run.localDate();
    if (role == SortRole) {
        switch (index.column()) {
        case Date:
        case Start:
            return run.startUtc.toSecsSinceEpoch();
        case Distance:
            return run.distance.inMetres();
        case Duration:
            return run.loadDuration().inSeconds();
        case Pace:
            return run.loadDuration().inSeconds() / std::max(1.0, run.distance.inMetres());
        case Cadence:
            return run.avgCadenceSpm.value_or(-1);
        case HeartRate:
            return run.avgHrBpm.value_or(-1);
        case Rpe:
            return run.rpe.value_or(-1);
        case Type:
            return run.type.toLower();
        case Surface:
            return run.surface.toLower();
        case Shoe:
            return run.shoeName.toLower();
        case Notes:
            return run.notes.toLower();
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Distance:
        case Duration:
        case Pace:
        case Cadence:
        case HeartRate:
        case Rpe:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Notes)
        return run.notes;
    if (role != Qt::DisplayRole)
        return {};
    auto orDash = [](const QString& s) { return s.isEmpty() ? QStringLiteral("–") : s; };
    switch (index.column()) {
    case Date:
        return locale.toString(run.localDate(), QLocale::ShortFormat);
    case Start:
        return locale.toString(run.localStart().time(), QLocale::ShortFormat);
    case Distance:
        return locale.toString(toDisplay(run.distance, m_unit), 'f', 2);
    case Duration:
        return core::formatDuration(run.loadDuration());
    case Pace:
        return formatPace(run.distance, run.loadDuration(), m_unit);
    case Cadence:
        return run.avgCadenceSpm ? locale.toString(qRound(*run.avgCadenceSpm))
                                 : QStringLiteral("–");
    case HeartRate:
        return run.avgHrBpm ? locale.toString(qRound(*run.avgHrBpm)) : QStringLiteral("–");
    case Rpe:
        return run.rpe ? locale.toString(*run.rpe) : QStringLiteral("–");
    case Type:
        return orDash(run.type);
    case Surface:
        return orDash(run.surface);
    case Shoe:
        return orDash(run.shoeName);
    case Notes:
        return run.notes.section(QLatin1Char('\n'), 0, 0);
    }
    return {};
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Start:
        return tr("Start");
    case Distance:
        return tr("Distance (%1)").arg(unitSuffix(m_unit));
    case Duration:
        return tr("Time");
    case Pace:
        return tr("Pace");
    case Cadence:
        return tr("Cadence");
    case HeartRate:
        return tr("Avg HR");
    case Rpe:
        return tr("RPE");
    case Type:
        return tr("Type");
    case Surface:
        return tr("Surface");
    case Shoe:
        return tr("Shoe");
    case Notes:
        return tr("Notes");
    }
    return {};
}

} // namespace stridewell::ui
