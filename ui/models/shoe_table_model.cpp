#include "models/shoe_table_model.h"

#include "unit_format.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace stridewell::ui {

void ShoeTableModel::setShoes(QList<core::ShoeUsage> shoes)
{
    beginResetModel();
    m_shoes = std::move(shoes);
    endResetModel();
}

void ShoeTableModel::setUnit(DistanceUnit unit)
{
    if (unit == m_unit)
        return;
    m_unit = unit;
    Q_EMIT headerDataChanged(Qt::Horizontal, Distance, Limit);
    if (!m_shoes.isEmpty())
        Q_EMIT dataChanged(index(0, Distance), index(rowCount() - 1, Limit));
}

int ShoeTableModel::rowOfShoe(qint64 shoeId) const
{
    for (int i = 0; i < m_shoes.size(); ++i)
        if (m_shoes[i].shoe.id == shoeId)
            return i;
    return -1;
}

int ShoeTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shoes.size());
}

int ShoeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShoeTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_shoes.size())
        return {};
    const core::ShoeUsage& u = m_shoes[index.row()];
    const QLocale locale;
    const double used = u.total().inMetres() / u.shoe.limit.inMetres();
    if (role == Qt::TextAlignmentRole)
        return int((index.column() == Name ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    if (role == Qt::DecorationRole && index.column() == Used && u.worn())
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    if (role == Qt::ToolTipRole && index.column() == Used)
        return u.worn() ? tr("Past the distance you set for these shoes. Worn cushioning is one "
                             "of the things that can load the calf more; consider a new pair.")
                        : tr("%1 of the distance you set before replacing them.")
                              .arg(locale.toString(used * 100, 'f', 0) + QLatin1Char('%'));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return u.shoe.retired ? tr("%1 (retired)").arg(u.shoe.name) : u.shoe.name;
    case Runs:
        return locale.toString(u.runs);
    case Distance:
        return locale.toString(toDisplay(u.total(), m_unit), 'f', 0);
    case Limit:
        return locale.toString(toDisplay(u.shoe.limit, m_unit), 'f', 0);
    case Used:
        return u.worn()
                   ? tr("worn – %1").arg(locale.toString(used * 100, 'f', 0) + QLatin1Char('%'))
                   : locale.toString(used * 100, 'f', 0) + QLatin1Char('%');
    case LastRun:
        return u.lastRun ? locale.toString(*u.lastRun, QLocale::ShortFormat) : tr("never");
    }
    return {};
}

QVariant ShoeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Shoes");
    case Runs:
        return tr("Runs");
    case Distance:
        return tr("Distance (%1)").arg(unitSuffix(m_unit));
    case Limit:
        return tr("Replace after (%1)").arg(unitSuffix(m_unit));
    case Used:
        return tr("Used");
    case LastRun:
        return tr("Last run");
    }
    return {};
}

} // namespace stridewell::ui
