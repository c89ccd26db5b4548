#include "models/run_filter_model.h"

#include "models/run_table_model.h"

namespace stridewell::ui {

RunFilterModel::RunFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RunTableModel::SortRole);
}

void RunFilterModel::setDateRange(QDate from, QDate to)
{
    m_from = from;
    m_to = to;
    invalidateRowsFilter();
}

void RunFilterModel::setType(const QString& type)
{
    m_type = type;
    invalidateRowsFilter();
}

bool RunFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex date = sourceModel()->index(sourceRow, RunTableModel::Date, sourceParent);
    const QDate day = date.data(RunTableModel::LocalDateRole).toDate();
    if (m_from.isValid() && day < m_from)
        return false;
    if (m_to.isValid() && day > m_to)
        return false;
    if (!m_type.isEmpty()) {
        const QModelIndex type = sourceModel()->index(sourceRow, RunTableModel::Type, sourceParent);
        if (type.data(RunTableModel::SortRole).toString() != m_type.toLower())
            return false;
    }
    return true;
}

} // namespace stridewell::ui
