#pragma once

#include "model/shoe.h"
#include "preferences.h"

#include <QAbstractTableModel>
#include <QList>

namespace stridewell::ui {

// The athlete's shoes with what has been run in them; a worn pair says so in words and with
// an icon, not by colour alone.
class ShoeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Runs, Distance, Limit, Used, LastRun, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setShoes(QList<core::ShoeUsage> shoes);
    void setUnit(DistanceUnit unit);
    const core::ShoeUsage& shoe(int row) const { return m_shoes.at(row); }
    int rowOfShoe(qint64 shoeId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<core::ShoeUsage> m_shoes;
    DistanceUnit m_unit = DistanceUnit::Km;
};

} // namespace stridewell::ui
