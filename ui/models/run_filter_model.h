#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

namespace stridewell::ui {

// Date range and run type filter over a RunTableModel; sorts on the model's SortRole.
class RunFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RunFilterModel(QObject* parent = nullptr);

    void setDateRange(QDate from, QDate to); // invalid dates mean open-ended
    void setType(const QString& type);       // empty means every type

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QDate m_from;
    QDate m_to;
    QString m_type;
};

} // namespace stridewell::ui
