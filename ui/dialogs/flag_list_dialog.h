#pragma once

#include "analysis/analysis_settings.h"
#include "model/flag.h"
#include "preferences.h"

#include <QDialog>
#include <vector>

class QListWidget;

namespace stridewell::ui {

// Every flag event of the athlete, newest first; Enter or a double-click explains one (with the
// thresholds of `settings`, those the flags were computed with).
class FlagListDialog : public QDialog
{
    Q_OBJECT
public:
    FlagListDialog(std::vector<core::Flag> flags, const core::AnalysisSettings& settings,
                   DistanceUnit unit, QWidget* parent = nullptr);
    QListWidget* list() const { return m_list; }

private:
    std::vector<core::Flag> m_flags;
    core::AnalysisSettings m_settings;
    DistanceUnit m_unit;
    QListWidget* m_list;
};

} // namespace stridewell::ui
