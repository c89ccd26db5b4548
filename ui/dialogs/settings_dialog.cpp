#include "dialogs/settings_dialog.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QRadioButton>
#include <QVBoxLayout>

namespace stridewell::ui {

SettingsDialog::SettingsDialog(const Preferences& prefs, QWidget* parent)
    : QDialog(parent), m_prefs(prefs), m_km(new QRadioButton(tr("&Kilometres"), this)),
      m_mi(new QRadioButton(tr("&Miles"), this))
{
    setWindowTitle(tr("Settings"));
    auto* units = new QGroupBox(tr("Distances"), this);
    auto* unitsLayout = new QVBoxLayout(units);
    unitsLayout->addWidget(m_km);
    unitsLayout->addWidget(m_mi);
    (prefs.unit == DistanceUnit::Mi ? m_mi : m_km)->setChecked(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(units);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

Preferences SettingsDialog::preferences() const
{
    Preferences p = m_prefs;
    p.unit = m_mi->isChecked() ? DistanceUnit::Mi : DistanceUnit::Km;
    return p;
}

} // namespace stridewell::ui
