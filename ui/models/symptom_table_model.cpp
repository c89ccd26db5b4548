#include "models/symptom_table_model.h"

#include "symptom_words.h"

#include <QLocale>

namespace stridewell::ui {

void SymptomTableModel::setSymptoms(QList<core::Symptom> symptoms)
{
    std::stable_sort(symptoms.begin(), symptoms.end(),
                     [](const core::Symptom& a, const core::Symptom& b) {
                         return a.date != b.date ? a.date > b.date : a.id > b.id;
                     });
    beginResetModel();
    m_symptoms = std::move(symptoms);
    endResetModel();
}

int SymptomTableModel::rowOfSymptom(qint64 symptomId) const
{
    for (int i = 0; i < m_symptoms.size(); ++i)
        if (m_symptoms[i].id == symptomId)
            return i;
    return -1;
}

int SymptomTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_symptoms.size());
}

int SymptomTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SymptomTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_symptoms.size())
        return {};
    const core::Symptom& s = m_symptoms[index.row()];
    const core::Triage t = core::triage(s);
    if (role == Qt::DecorationRole && index.column() == Warning && t.urgency != core::Urgency::None)
        return urgencyIcon(t.urgency);
    if (role == Qt::ToolTipRole) {
        if (index.column() == Warning && t.urgency != core::Urgency::None) {
            QStringList signs;
            for (core::RedFlagSign sign : core::warningSigns(s))
                signs << core::describe(sign);
            return tr("%1\n%2\n%3").arg(t.headline, signs.join(QLatin1Char('\n')), t.advice);
        }
        if (index.column() == Where)
            return locationHint(s.location);
        if (index.column() == Notes)
            return s.notes;
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return int((index.column() == Pain ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Date:
        return QLocale().toString(s.date, QLocale::ShortFormat);
    case Where:
        return s.location == core::BodyLocation::Other && !s.locationNote.isEmpty()
                   ? s.locationNote
                   : locationName(s.location);
    case Side:
        return sideName(s.side);
    case Pain:
        return QStringLiteral("%1/10").arg(s.pain);
    case FeelsLike:
        return s.type ? typeName(s.type) : QString();
    case When:
        return s.timing ? timingName(s.timing) : QString();
    case Stretch:
        return s.stretch ? stretchName(s.stretch) : QString();
    case Warning:
        if (t.urgency == core::Urgency::None)
            return QString();
        return s.acknowledged ? tr("%1 (read)").arg(urgencyWord(t.urgency))
                              : urgencyWord(t.urgency);
    case Notes:
        return s.notes.section(QLatin1Char('\n'), 0, 0);
    }
    return {};
}

QVariant SymptomTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Where:
        return tr("Where");
    case Side:
        return tr("Side");
    case Pain:
        return tr("Pain");
    case FeelsLike:
        return tr("Feels like");
    case When:
        return tr("When");
    case Stretch:
        return tr("Stretch test");
    case Warning:
        return tr("Warning signs");
    case Notes:
        return tr("Notes");
    }
    return {};
}

} // namespace stridewell::ui
