#pragma once

#include "model/symptom.h"

#include <QAbstractTableModel>
#include <QList>

namespace stridewell::ui {

// The athlete's symptom entries, newest first. An entry with warning signs says how urgent
// they are in words and with an icon, not by colour alone.
class SymptomTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Where, Side, Pain, FeelsLike, When, Stretch, Warning, Notes, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setSymptoms(QList<core::Symptom> symptoms); // any order
    const core::Symptom& symptom(int row) const { return m_symptoms.at(row); }
    int rowOfSymptom(qint64 symptomId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<core::Symptom> m_symptoms;
};

} // namespace stridewell::ui
