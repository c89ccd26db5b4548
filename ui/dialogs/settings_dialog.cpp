#include "dialogs/settings_dialog.h"

#include "dialogs/field_message.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace stridewell::ui {

namespace {

QDoubleSpinBox* spin(QWidget* parent, double min, double max, double step, int decimals,
                     const QString& suffix, const QString& name)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(min, max);
    box->setSingleStep(step);
    box->setDecimals(decimals);
    box->setSuffix(suffix);
    box->setAccessibleName(name);
    return box;
}

} // namespace

SettingsDialog::SettingsDialog(const Preferences& prefs, const core::AnalysisSettings* analysis,
                               QWidget* parent)
    : QDialog(parent), m_prefs(prefs), m_analysis(analysis ? *analysis : core::AnalysisSettings{}),
      m_hasLog(analysis != nullptr)
{
    setWindowTitle(tr("Settings"));
    auto* tabs = new QTabWidget(this);
    tabs->addTab(buildDisplayTab(), tr("&Display"));
    if (m_hasLog)
        tabs->addTab(buildFlagsTab(), tr("&Flags for this log"));
    m_problem = new FieldMessage(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    if (m_hasLog) {
        QPushButton* defaults = m_buttons->addButton(QDialogButtonBox::RestoreDefaults);
        defaults->setToolTip(tr("Put this log's thresholds back to Stridewell's defaults"));
        connect(defaults, &QPushButton::clicked, this,
                [this] { setAnalysisSettings(core::AnalysisSettings{}); });
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    if (m_hasLog)
        setAnalysisSettings(m_analysis);
    validate();
}

QWidget* SettingsDialog::buildDisplayTab()
{
    auto* tab = new QWidget(this);
    m_km = new QRadioButton(tr("&Kilometres"), tab);
    m_mi = new QRadioButton(tr("&Miles"), tab);
    auto* units = new QGroupBox(tr("Distances"), tab);
    auto* unitsLayout = new QVBoxLayout(units);
    unitsLayout->addWidget(m_km);
    unitsLayout->addWidget(m_mi);
    (m_prefs.unit == DistanceUnit::Mi ? m_mi : m_km)->setChecked(true);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(units);
    layout->addStretch(1);
    return tab;
}

QWidget* SettingsDialog::buildFlagsTab()
{
    auto* tab = new QWidget(this);
    m_weekStart = new QComboBox(tab);
    m_weekStart->addItems({tr("Monday"), tr("Sunday")});
    m_weekStart->setAccessibleName(tr("Weeks start on"));
    const QString percent = QStringLiteral(" %");
    m_weeklyCaution = spin(tab, 0, 1000, 5, 0, percent, tr("Weekly increase, caution above"));
    m_weeklyHigh = spin(tab, 0, 1000, 5, 0, percent, tr("Weekly increase, high above"));
    m_weeklyMinPrevious =
        spin(tab, 0, 1000, 1, 1, tr(" km"), tr("Compare weeks once the one before reached"));
    m_spikeCaution = spin(tab, 0, 1000, 5, 0, percent, tr("Longest-run spike, caution above"));
    m_spikeHigh = spin(tab, 0, 1000, 10, 0, percent, tr("Longest-run spike, high above"));
    m_acwrCaution = spin(tab, 0, 10, 0.05, 2, QString(), tr("Load ratio, caution above"));
    m_acwrHigh = spin(tab, 0, 10, 0.05, 2, QString(), tr("Load ratio, high above"));
    m_monotony = spin(tab, 0, 100, 0.1, 1, QString(), tr("Monotony above"));
    m_cadence = spin(tab, 100, 260, 1, 0, tr(" steps/min"), tr("Cadence note below"));
    m_persistentDays = new QSpinBox(tab);
    m_persistentDays->setRange(1, 365);
    m_persistentDays->setSuffix(tr(" days"));
    m_persistentDays->setAccessibleName(tr("Pain not easing after"));
    m_asymmetry = spin(tab, 0, 100, 1, 0, percent, tr("Calf-raise imbalance above"));

    auto* intro = new QLabel(tr("These thresholds decide when Stridewell raises a flag. They are "
                                "kept in this log, so a coach's choices apply to every athlete "
                                "in it. The defaults follow the studies named beside each flag."),
                             tab);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Weeks start on:"), m_weekStart);
    form->addRow(tr("Week over week, &caution above:"), m_weeklyCaution);
    form->addRow(tr("Week over week, &high above:"), m_weeklyHigh);
    form->addRow(tr("…once the week before reached:"), m_weeklyMinPrevious);
    form->addRow(tr("Run longer than the 30-day longest, c&aution above:"), m_spikeCaution);
    form->addRow(tr("…high a&bove:"), m_spikeHigh);
    form->addRow(tr("&Load ratio, caution above:"), m_acwrCaution);
    form->addRow(tr("Load ratio, hi&gh above:"), m_acwrHigh);
    form->addRow(tr("&Monotony above:"), m_monotony);
    form->addRow(tr("Ca&dence note below:"), m_cadence);
    form->addRow(tr("&Pain not easing after:"), m_persistentDays);
    form->addRow(tr("Calf-raise &imbalance above:"), m_asymmetry);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);

    for (QDoubleSpinBox* box :
         {m_weeklyCaution, m_weeklyHigh, m_weeklyMinPrevious, m_spikeCaution, m_spikeHigh,
          m_acwrCaution, m_acwrHigh, m_monotony, m_cadence, m_asymmetry})
        connect(box, &QDoubleSpinBox::valueChanged, this, &SettingsDialog::validate);
    return tab;
}

void SettingsDialog::setAnalysisSettings(const core::AnalysisSettings& s)
{
    if (!m_hasLog)
        return;
    m_weekStart->setCurrentIndex(s.weekStart == core::WeekStart::Sunday ? 1 : 0);
    m_weeklyCaution->setValue(s.weeklyIncreaseCaution * 100);
    m_weeklyHigh->setValue(s.weeklyIncreaseHigh * 100);
    m_weeklyMinPrevious->setValue(s.weeklyIncreaseMinPreviousKm);
    m_spikeCaution->setValue(s.sessionSpikeCaution * 100);
    m_spikeHigh->setValue(s.sessionSpikeHigh * 100);
    m_acwrCaution->setValue(s.acwrCaution);
    m_acwrHigh->setValue(s.acwrHigh);
    m_monotony->setValue(s.monotonyHigh);
    m_cadence->setValue(s.cadenceLowSpm);
    m_persistentDays->setValue(s.symptomPersistentDays);
    m_asymmetry->setValue(s.calfAsymmetry * 100);
    validate();
}

Preferences SettingsDialog::preferences() const
{
    Preferences p = m_prefs;
    p.unit = m_mi->isChecked() ? DistanceUnit::Mi : DistanceUnit::Km;
    return p;
}

core::AnalysisSettings SettingsDialog::analysisSettings() const
{
    core::AnalysisSettings s = m_analysis; // keeps the settings this dialog does not show
    if (!m_hasLog)
        return s;
    s.weekStart =
        m_weekStart->currentIndex() == 1 ? core::WeekStart::Sunday : core::WeekStart::Monday;
    s.weeklyIncreaseCaution = m_weeklyCaution->value() / 100;
    s.weeklyIncreaseHigh = m_weeklyHigh->value() / 100;
    s.weeklyIncreaseMinPreviousKm = m_weeklyMinPrevious->value();
    s.sessionSpikeCaution = m_spikeCaution->value() / 100;
    s.sessionSpikeHigh = m_spikeHigh->value() / 100;
    s.acwrCaution = m_acwrCaution->value();
    s.acwrHigh = m_acwrHigh->value();
    s.monotonyHigh = m_monotony->value();
    s.cadenceLowSpm = m_cadence->value();
    s.symptomPersistentDays = m_persistentDays->value();
    s.calfAsymmetry = m_asymmetry->value() / 100;
    return s;
}

bool SettingsDialog::isValid() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

QString SettingsDialog::problem() const
{
    return m_problem->message();
}

void SettingsDialog::validate()
{
    QString problem;
    if (m_hasLog) {
        if (m_weeklyCaution->value() >= m_weeklyHigh->value())
            problem = tr("The week-over-week caution level must be below its high level.");
        else if (m_spikeCaution->value() >= m_spikeHigh->value())
            problem = tr("The longest-run caution level must be below its high level.");
        else if (m_acwrCaution->value() >= m_acwrHigh->value())
            problem = tr("The load-ratio caution level must be below its high level.");
    }
    m_problem->setMessage(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace stridewell::ui
