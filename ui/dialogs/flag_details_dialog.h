#pragma once

#include "analysis/analysis_settings.h"
#include "model/flag.h"
#include "preferences.h"

#include <QDialog>

namespace stridewell::ui {

// One flag event explained: severity (icon and word), what happened and when, what it may mean
// and what to consider, how the figure was computed (with the thresholds of `settings`, those
// the flag was computed with), and the evidence behind the rule.
class FlagDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    FlagDetailsDialog(const core::Flag& flag, const core::AnalysisSettings& settings,
                      DistanceUnit unit, QWidget* parent = nullptr);
};

} // namespace stridewell::ui
