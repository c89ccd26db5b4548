#pragma once

#include "model/calf_test.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace stridewell::ui {

// A single-leg calf raise test: repetitions to fatigue on each leg, and after a calf injury the
// pain of 10 single-leg hops (a return-to-running gate, domain.md section 8). The protocol is
// written beside the fields, and the difference between the sides is worked out as the counts
// are typed, with words and an icon.
class CalfTestDialog : public QDialog
{
    Q_OBJECT
public:
    // `imbalanceLimit`: a weaker side below (1 - limit) of the stronger is worth working on.
    explicit CalfTestDialog(double imbalanceLimit = 0.10, QWidget* parent = nullptr);

    void setTest(const core::CalfTest& test);
    core::CalfTest test() const;
    bool isValid() const;

    QDateEdit* dateEdit() const { return m_date; }
    QSpinBox* leftSpin() const { return m_left; }
    QSpinBox* rightSpin() const { return m_right; }
    // The pain of 10 single-leg hops on the sorer side; its lowest value means "not tested".
    QSpinBox* hopPainSpin() const { return m_hopPain; }
    QString imbalanceText() const;

private:
    void update();

    double m_limit;
    core::CalfTest m_original;
    QDateEdit* m_date;
    QSpinBox* m_left;
    QSpinBox* m_right;
    QSpinBox* m_hopPain;
    QLineEdit* m_notes;
    QLabel* m_icon;
    QLabel* m_result;
    QDialogButtonBox* m_buttons;
};

} // namespace stridewell::ui
