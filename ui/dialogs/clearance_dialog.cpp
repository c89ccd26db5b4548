#include "dialogs/clearance_dialog.h"

#include "dialogs/field_message.h"
#include "storage/dated_note_repository.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stridewell::ui {

ClearanceDialog::ClearanceDialog(const QString& headline, QDate holdSince, QDate today,
                                 QWidget* parent)
    : QDialog(parent), m_since(holdSince), m_date(new QDateEdit(today, this)),
      m_notes(new QPlainTextEdit(this)), m_dateMessage(new FieldMessage(this)),
      m_notesMessage(new FieldMessage(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Cleared by a clinician"));
    setMinimumWidth(440);
    auto* intro = new QLabel(
        tr("<b>%1</b> was logged on %2, and training has been on hold since. Log a clearance "
           "only once a doctor or physiotherapist has seen you and said you may train again. "
           "After a possible tear, start back gently, as they advise.")
            .arg(headline.toHtmlEscaped(), QLocale().toString(holdSince, QLocale::LongFormat)),
        this);
    intro->setWordWrap(true);
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(holdSince);
    m_date->setMaximumDate(std::max(today, holdSince));
    m_date->setAccessibleName(tr("Day of the clearance"));
    m_notes->setAccessibleName(tr("Who cleared you, and what they said"));
    m_notes->setPlaceholderText(tr("e.g. Physio, Dr Lee: easy running from Monday"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);

    auto* form = new QFormLayout;
    form->addRow(tr("&Cleared on:"), withMessage(m_date, m_dateMessage));
    form->addRow(tr("&Notes:"), withMessage(m_notes, m_notesMessage));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // grows when a message appears
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Log clearance"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_date, &QDateEdit::dateChanged, this, &ClearanceDialog::validate);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ClearanceDialog::validate);
    validate();
    m_date->setFocus();
}

core::Clearance ClearanceDialog::clearance() const
{
    return {0, 0, m_date->date(), m_notes->toPlainText().trimmed()};
}

bool ClearanceDialog::isValid() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void ClearanceDialog::validate()
{
    const QDate day = m_date->date();
    m_dateMessage->setMessage(day < m_since ? tr("A clearance cannot come before the warning "
                                                 "signs it answers.")
                                            : QString());
    const auto notes = core::ClearanceRepository::validate(clearance());
    m_notesMessage->setMessage(
        m_notes->toPlainText().size() > core::ClearanceRepository::kMaxNotes
            ? tr("Notes can be at most %1 characters.").arg(core::ClearanceRepository::kMaxNotes)
            : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(day >= m_since && bool(notes));
}

} // namespace stridewell::ui
