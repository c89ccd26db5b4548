#pragma once

#include "analysis/analysis_settings.h"
#include "preferences.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QRadioButton;
class QSpinBox;

namespace stridewell::ui {

class FieldMessage;

// The app's display preferences (kept on this computer) and, when a log is open, that log's
// flag thresholds and week start (kept in the log, so a coach's choices travel with it).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // Without `analysis` (no log open) only the display tab is shown.
    SettingsDialog(const Preferences& prefs, const core::AnalysisSettings* analysis,
                   QWidget* parent = nullptr);

    Preferences preferences() const;
    core::AnalysisSettings analysisSettings() const;
    bool isValid() const;
    QString problem() const; // why OK is disabled, or empty

    // For tests: set the log's settings shown in the fields.
    void setAnalysisSettings(const core::AnalysisSettings& settings);
    QDoubleSpinBox* weeklyCautionEdit() const { return m_weeklyCaution; }
    QDoubleSpinBox* weeklyHighEdit() const { return m_weeklyHigh; }
    QComboBox* weekStartEdit() const { return m_weekStart; }

private:
    QWidget* buildDisplayTab();
    QWidget* buildFlagsTab();
    void validate();

    Preferences m_prefs;
    core::AnalysisSettings m_analysis;
    bool m_hasLog;
    QRadioButton* m_km = nullptr;
    QRadioButton* m_mi = nullptr;
    QComboBox* m_weekStart = nullptr;
    QDoubleSpinBox* m_weeklyCaution = nullptr;
    QDoubleSpinBox* m_weeklyHigh = nullptr;
    QDoubleSpinBox* m_weeklyMinPrevious = nullptr;
    QDoubleSpinBox* m_spikeCaution = nullptr;
    QDoubleSpinBox* m_spikeHigh = nullptr;
    QDoubleSpinBox* m_acwrCaution = nullptr;
    QDoubleSpinBox* m_acwrHigh = nullptr;
    QDoubleSpinBox* m_monotony = nullptr;
    QDoubleSpinBox* m_cadence = nullptr;
    QSpinBox* m_persistentDays = nullptr;
    QDoubleSpinBox* m_asymmetry = nullptr;
    FieldMessage* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace stridewell::ui
