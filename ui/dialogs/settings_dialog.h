#pragma once

#include "preferences.h"

#include <QDialog>

class QRadioButton;

namespace stridewell::ui {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const Preferences& prefs, QWidget* parent = nullptr);
    Preferences preferences() const;

private:
    Preferences m_prefs;
    QRadioButton* m_km;
    QRadioButton* m_mi;
};

} // namespace stridewell::ui
