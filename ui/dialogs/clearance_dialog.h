#pragma once

#include "model/clearance.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QPlainTextEdit;

namespace stridewell::ui {

class FieldMessage;

// "A clinician has cleared me to train": the day they did, and what they said. It ends the hold
// that warning signs logged on or before that day put on training (domain.md section 4).
class ClearanceDialog : public QDialog
{
    Q_OBJECT
public:
    // `holdSince`: the first day of the hold (the clearance cannot be earlier); `today`: the
    // latest day it can carry.
    ClearanceDialog(const QString& headline, QDate holdSince, QDate today,
                    QWidget* parent = nullptr);

    core::Clearance clearance() const; // without athlete and id
    bool isValid() const;
    QDateEdit* dateEdit() const { return m_date; }
    QPlainTextEdit* notesEdit() const { return m_notes; }

private:
    void validate();

    QDate m_since;
    QDateEdit* m_date;
    QPlainTextEdit* m_notes;
    FieldMessage* m_dateMessage;
    FieldMessage* m_notesMessage;
    QDialogButtonBox* m_buttons;
};

} // namespace stridewell::ui
