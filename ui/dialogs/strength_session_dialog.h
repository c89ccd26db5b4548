#pragma once

#include "model/strength_session.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace stridewell::ui {

// A strength session done: when, which circuit, and the calf pain during or after it, which the
// plan's progression uses (two easy sessions step up, a painful one steps down).
class StrengthSessionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StrengthSessionDialog(const QString& circuitId, QWidget* parent = nullptr);

    core::StrengthSession session() const;
    QComboBox* circuitCombo() const { return m_circuit; }
    QSpinBox* painSpin() const { return m_pain; }
    QDateEdit* dateEdit() const { return m_date; }

private:
    QDateEdit* m_date;
    QComboBox* m_circuit;
    QSpinBox* m_pain;
    QLineEdit* m_notes;
    QDialogButtonBox* m_buttons;
};

} // namespace stridewell::ui
