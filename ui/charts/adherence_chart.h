#pragma once

#include "advice/adherence.h"

#include <QList>
#include <QPalette>

class QChart;

namespace stridewell::ui {

// Strength sessions planned and done per week, as paired bars (the Strength page and the
// clinician PDF). Colours follow the palette; the legend and the axis say which bar is which.
QChart* adherenceChart(const QList<core::WeekAdherence>& weeks, const QPalette& palette);

} // namespace stridewell::ui
