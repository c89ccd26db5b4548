#include "models/roster_model.h"

#include "flag_format.h"
#include "severity_style.h"
#include "symptom_text.h"
#include "symptom_words.h"
#include "unit_format.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace stridewell::ui {

namespace {

std::optional<core::Severity> worst(const core::RosterEntry& e)
{
    std::optional<core::Severity> worst;
    for (const core::Flag& f : e.active)
        worst = std::max(worst.value_or(f.severity), f.severity);
    return worst;
}

} // namespace

void RosterModel::setRoster(QList<core::RosterEntry> roster)
{
    beginResetModel();
    m_roster = std::move(roster);
    endResetModel();
}

void RosterModel::setUnit(DistanceUnit unit)
{
    if (unit == m_unit)
        return;
    m_unit = unit;
    if (!m_roster.isEmpty())
        Q_EMIT dataChanged(index(0, ThisWeek), index(rowCount() - 1, ThisWeek));
}

int RosterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_roster.size());
}

int RosterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RosterModel::attention(const core::RosterEntry& e)
{
    // The urgency in the words of every other surface, with the signs behind it.
    if (e.urgent.urgency != core::Urgency::None) {
        QStringList signs;
        for (core::RedFlagSign sign : e.signs)
            signs << core::toId(sign).replace(QLatin1Char('_'), QLatin1Char(' '));
        QString text = signs.isEmpty()
                           ? e.urgent.headline
                           : tr("%1 (%2)").arg(e.urgent.headline, signs.join(QStringLiteral(", ")));
        if (e.ranDuringHold > 0)
            text += tr("; ran %n time(s) during the hold", nullptr, e.ranDuringHold);
        return text;
    }
    if (e.ranDuringHold > 0)
        return tr("ran %n time(s) during a hold", nullptr, e.ranDuringHold);
    if (auto severity = worst(e))
        return SeverityStyle::word(*severity);
    return QStringLiteral("–");
}

QString RosterModel::attentionDetail(const core::RosterEntry& e) const
{
    QStringList lines;
    if (e.urgent.urgency != core::Urgency::None)
        lines << tr("%1. %2").arg(e.urgent.headline, e.urgent.advice);
    if (e.hold)
        lines << tr("Training on hold since %1, until a clinician's clearance is logged.")
                     .arg(FlagFormat::date(e.hold->since));
    if (e.unacknowledgedRedFlag)
        lines << tr("A symptom entry with a warning sign has not been read yet: talk to the "
                    "athlete today.");
    for (const core::Flag& f : e.active)
        lines << tr("%1 · %2 · %3")
                     .arg(SeverityStyle::word(f.severity), FlagFormat::summary(f, m_unit),
                          FlagFormat::date(f.date));
    return lines.isEmpty() ? tr("Nothing flagged in the last two weeks.")
                           : lines.join(QLatin1Char('\n'));
}

QVariant RosterModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_roster.size())
        return {};
    const core::RosterEntry& e = m_roster[index.row()];
    const QLocale locale;
    if (role == AthleteIdRole)
        return e.athlete.id;
    if (role == Qt::TextAlignmentRole)
        return int((index.column() == ThisWeek || index.column() == LoadRatio ? Qt::AlignRight
                                                                              : Qt::AlignLeft) |
                   Qt::AlignVCenter);
    if (role == Qt::DecorationRole && index.column() == Attention) {
        if (e.urgent.urgency != core::Urgency::None)
            return urgencyIcon(e.urgent.urgency);
        if (e.ranDuringHold > 0)
            return SeverityStyle::icon(core::Severity::High);
        if (auto severity = worst(e))
            return SeverityStyle::icon(*severity);
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Attention)
            return attentionDetail(e);
        if (index.column() == LoadRatio)
            return tr("Distance of the last 7 days ÷ the weekly average of the last 28 days; "
                      "0.8–1.3 is the commonly cited comfortable range.");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Athlete:
        return e.athlete.name;
    case Attention:
        return attention(e);
    case ThisWeek:
        if (!e.lastRun)
            return QStringLiteral("–");
        // A week in progress against a whole one: the two distances, not a misleading percent.
        return tr("%1 · last week %2")
            .arg(formatDistance(e.thisWeek, m_unit, 1), formatDistance(e.lastWeek, m_unit, 1));
    case LoadRatio:
        return e.acwr ? locale.toString(*e.acwr, 'f', 2) : QStringLiteral("–");
    case LatestPain:
        return e.latestPain ? tr("%1/10 %2, %3")
                                  .arg(e.latestPain->pain)
                                  .arg(SymptomText::where(*e.latestPain),
                                       locale.toString(e.latestPain->date, QLocale::ShortFormat))
                            : tr("none logged");
    case LastRun:
        return e.lastRun ? locale.toString(*e.lastRun, QLocale::ShortFormat) : tr("no runs yet");
    }
    return {};
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Athlete:
        return tr("Athlete");
    case Attention:
        return tr("Attention");
    case ThisWeek:
        return tr("This week");
    case LoadRatio:
        return tr("Load ratio");
    case LatestPain:
        return tr("Latest calf pain");
    case LastRun:
        return tr("Last run");
    }
    return {};
}

} // namespace stridewell::ui
