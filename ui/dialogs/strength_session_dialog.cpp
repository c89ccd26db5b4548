#include "dialogs/strength_session_dialog.h"

#include "advice/exercise_library.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stridewell::ui {

StrengthSessionDialog::StrengthSessionDialog(const QString& circuitId, QWidget* parent)
    : QDialog(parent), m_date(new QDateEdit(QDate::currentDate(), this)),
      m_circuit(new QComboBox(this)), m_pain(new QSpinBox(this)), m_notes(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Log strength session"));
    setMinimumWidth(420);
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    m_date->setAccessibleName(tr("Date of the session"));
    for (const core::Circuit& c : core::ExerciseLibrary::builtIn().circuits())
        m_circuit->addItem(c.name, c.id);
    m_circuit->setCurrentIndex(std::max(0, m_circuit->findData(circuitId)));
    m_circuit->setAccessibleName(tr("Circuit"));
    m_pain->setRange(-1, 10);
    m_pain->setSpecialValueText(tr("Not recorded"));
    m_pain->setValue(-1);
    m_pain->setAccessibleName(tr("Calf pain during or after the session, 0 to 10"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setMaxLength(500);
    auto* why = new QLabel(tr("The pain score moves the plan: two sessions in a row at 2 or less "
                              "step it up, a session at 5 or more steps it down."),
                           this);
    why->setWordWrap(true);
    why->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Circuit:"), m_circuit);
    form->addRow(tr("Calf &pain (0–10):"), m_pain);
    form->addRow(QString(), why);
    form->addRow(tr("&Notes:"), m_notes);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_pain->setFocus();
}

core::StrengthSession StrengthSessionDialog::session() const
{
    core::StrengthSession s;
    s.date = m_date->date();
    s.circuitId = m_circuit->currentData().toString();
    if (m_pain->value() >= 0)
        s.pain = m_pain->value();
    s.notes = m_notes->text();
    return s;
}

} // namespace stridewell::ui
