#pragma once

#include "model/run.h"
#include "preferences.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;
class QTimeEdit;

namespace stridewell::ui {

class FieldMessage;

// Add or edit one run. Checks each field as it is typed and says what is wrong next to it;
// OK stays disabled until the whole entry is valid.
class RunDialog : public QDialog
{
    Q_OBJECT
public:
    RunDialog(DistanceUnit unit, const QStringList& shoeNames, QWidget* parent = nullptr);

    void setRun(const core::Run& run); // editing: fills the fields
    // The run as entered (athlete, id and source untouched from setRun); shoe by name in shoeName.
    core::Run run() const;
    bool isValid() const;

    // For tests: the fields by role.
    QLineEdit* distanceEdit() const { return m_distance; }
    QLineEdit* durationEdit() const { return m_duration; }
    QLineEdit* cadenceEdit() const { return m_cadence; }
    QLineEdit* heartRateEdit() const { return m_hr; }
    QDateEdit* dateEdit() const { return m_date; }
    QString messageFor(const QWidget* field) const;

private:
    void validate();

    DistanceUnit m_unit;
    core::Run m_original;
    QDateEdit* m_date;
    QTimeEdit* m_time;
    QLineEdit* m_distance;
    QLineEdit* m_duration;
    QLineEdit* m_cadence;
    QLineEdit* m_hr;
    QComboBox* m_rpe;
    QComboBox* m_type;
    QComboBox* m_surface;
    QComboBox* m_shoe;
    QPlainTextEdit* m_notes;
    FieldMessage* m_dateMsg;
    FieldMessage* m_distanceMsg;
    FieldMessage* m_durationMsg;
    FieldMessage* m_cadenceMsg;
    FieldMessage* m_hrMsg;
    FieldMessage* m_paceMsg;
    FieldMessage* m_textMsg;
    QDialogButtonBox* m_buttons;
};

} // namespace stridewell::ui
