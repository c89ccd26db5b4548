#include "models/run_table_model.h"

#include "storage/run_repository.h"
#include "unit_format.h"

#include <QLocale>

namespace stridewell::ui {

namespace {

core::RunQuery::Sort sortOf(int column)
{
    using S = core::RunQuery::Sort;
    switch (column) {
    case RunTableModel::Distance:
        return S::Distance;
    case RunTableModel::Duration:
        return S::Duration;
    case RunTableModel::Pace:
        return S::Pace;
    case RunTableModel::Cadence:
        return S::Cadence;
    case RunTableModel::HeartRate:
        return S::HeartRate;
    case RunTableModel::Rpe:
        return S::Rpe;
    case RunTableModel::Type:
        return S::Type;
    case RunTableModel::Surface:
        return S::Surface;
    case RunTableModel::Shoe:
        return S::Shoe;
    case RunTableModel::Notes:
        return S::Notes;
    default:
        return S::Start;
    }
}

// The locale's short time without seconds: a run starts at 07:02, not 07:02:32.
QString shortTimeFormat(const QLocale& locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return format;
}

} // namespace

RunTableModel::RunTableModel(core::Database& db, ErrorSink errors, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_errors(std::move(errors))
{}

void RunTableModel::setFilter(qint64 athleteId, QDate from, QDate to, const QString& type)
{
    m_query.athleteId = athleteId;
    m_query.from = from.isValid() ? std::optional(from) : std::nullopt;
    m_query.to = to.isValid() ? std::optional(to) : std::nullopt;
    m_query.type = type;
    reload();
}

void RunTableModel::sort(int column, Qt::SortOrder order)
{
    m_query.sort = sortOf(column);
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

void RunTableModel::reload()
{
    beginResetModel();
    m_runs.clear();
    m_totals = {};
    if (auto totals = core::RunRepository(m_db).totals(m_query))
        m_totals = *totals;
    else
        m_errors(totals.message());
    fetchPage();
    endResetModel();
}

bool RunTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_runs.size() < m_totals.runs;
}

void RunTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const int first = int(m_runs.size());
    const int count = int(std::min<qint64>(kPageSize, m_totals.runs - first));
    beginInsertRows({}, first, first + count - 1);
    fetchPage();
    endInsertRows();
}

// Appends the next page. A run added or removed by another process between pages can shift
// one row; the page reloads on the change notifier anyway.
void RunTableModel::fetchPage()
{
    auto page = core::RunRepository(m_db).page(m_query, int(m_runs.size()), kPageSize);
    if (!page) {
        m_errors(page.message());
        m_totals.runs = m_runs.size();
        return;
    }
    m_runs.append(*page);
    if (page->size() < kPageSize)
        m_totals.runs = m_runs.size();
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

int RunTableModel::rowOfRun(qint64 runId)
{
    for (int i = 0; i < m_runs.size(); ++i)
        if (m_runs[i].id == runId)
            return i;
    auto ids = core::RunRepository(m_db).ids(m_query);
    if (!ids)
        return -1;
    const int row = int(ids->indexOf(runId));
    while (row >= m_runs.size() && canFetchMore({}))
        fetchMore({});
    return row < m_runs.size() ? row : -1;
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
        return locale.toString(run.localStart().time(), shortTimeFormat(locale));
    case Distance:
        return locale.toString(toDisplay(run.distance, m_unit), 'f', 2);
    case Duration:
        return formatDuration(run.loadDuration());
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
