#pragma once

#include "model/flag.h"
#include "preferences.h"

#include <QDialog>

namespace stridewell::ui {

// One flag event explained: severity (icon and word), what happened and when, what it may mean
// and what to consider, how the figure was computed, and the evidence behind the rule.
class FlagDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    FlagDetailsDialog(const core::Flag& flag, DistanceUnit unit, QWidget* parent = nullptr);
};

} // namespace stridewell::ui
