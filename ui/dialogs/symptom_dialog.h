#pragma once

#include "model/run.h"
#include "model/symptom.h"
#include "preferences.h"

#include <QDialog>
#include <QMap>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace stridewell::ui {

class FieldMessage;
class LowerLegView;

// Log or edit one calf symptom: where (click the drawing, or pick from the list), which leg,
// how much, what kind, when, which stretch brings it on, the warning signs, notes, and the run
// it followed. Checks as the user goes; OK stays disabled until the entry is complete. Ticking
// a warning sign shows straight away what it means and how urgent it is.
class SymptomDialog : public QDialog
{
    Q_OBJECT
public:
    // `runs`: the athlete's recent runs, offered as the run the symptom followed.
    SymptomDialog(QList<core::Run> runs, DistanceUnit unit, QWidget* parent = nullptr);

    void setSymptom(const core::Symptom& symptom); // editing
    // The entry as given (id and athlete kept from setSymptom). Changed warning signs clear
    // the "read" mark, so new advice is shown again.
    core::Symptom symptom() const;
    bool isValid() const;

    // For tests and for the page: the fields.
    LowerLegView* legView() const { return m_leg; }
    QListWidget* locationList() const { return m_locations; }
    QAbstractButton* sideButton(core::Side side) const;
    QSpinBox* painSpin() const { return m_pain; }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* otherEdit() const { return m_other; }
    QComboBox* runCombo() const { return m_run; }
    QComboBox* stretchCombo() const { return m_stretch; }
    QCheckBox* signBox(core::RedFlagSign sign) const { return m_signs.value(sign); }
    QString triageText() const; // the urgency shown for the ticked signs, empty when none
    QString missingText() const;
    QString messageFor(const QWidget* field) const;

private:
    void chooseLocation(core::BodyLocation location);
    void fillRuns();
    void updateTriage();
    void validate();
    std::optional<core::BodyLocation> chosenLocation() const;
    std::optional<core::Side> chosenSide() const;

    QList<core::Run> m_allRuns;
    DistanceUnit m_unit;
    core::Symptom m_original;
    LowerLegView* m_leg;
    QListWidget* m_locations;
    QLineEdit* m_other;
    QButtonGroup* m_sides;
    QDateEdit* m_date;
    QSpinBox* m_pain;
    QLabel* m_painWords;
    QComboBox* m_type;
    QComboBox* m_timing;
    QComboBox* m_stretch;
    QComboBox* m_run;
    QMap<core::RedFlagSign, QCheckBox*> m_signs;
    QWidget* m_triage;
    QLabel* m_triageIcon;
    QLabel* m_triageText;
    QPlainTextEdit* m_notes;
    FieldMessage* m_otherMsg;
    FieldMessage* m_notesMsg;
    QLabel* m_missing;
    QDialogButtonBox* m_buttons;
};

} // namespace stridewell::ui
