#include "dialogs/calf_test_dialog.h"

#include "storage/calf_test_repository.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>
#include <cmath>

namespace stridewell::ui {

CalfTestDialog::CalfTestDialog(double imbalanceLimit, QWidget* parent)
    : QDialog(parent), m_limit(imbalanceLimit), m_date(new QDateEdit(QDate::currentDate(), this)),
      m_left(new QSpinBox(this)), m_right(new QSpinBox(this)), m_hopPain(new QSpinBox(this)),
      m_notes(new QLineEdit(this)), m_icon(new QLabel(this)), m_result(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Calf-raise test"));
    setMinimumWidth(640);
    auto* how = new QLabel(
        tr("<p><b>Calf raises:</b> stand on one leg on a flat floor, knee straight, fingertips "
           "on a wall for balance. Rise as high as you can and lower again, one second up and "
           "one second down, until you cannot rise fully any more. Count the good repetitions, "
           "then do the other leg. 25 or more on each side, within 10% of each other, is what a "
           "calf needs before running again.</p>"
           "<p><b>Hopping</b> (after a calf injury): 10 hops on the sore leg, on the spot. Note "
           "how much it hurt, 0 to 10; leave it at “not tested” otherwise.</p>"),
        this);
    how->setWordWrap(true);
    how->setTextFormat(Qt::RichText);
    how->setMinimumWidth(260);
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    m_date->setAccessibleName(tr("Date of the test"));
    for (QSpinBox* spin : {m_left, m_right}) {
        spin->setRange(0, core::CalfTestRepository::kMaxReps);
        spin->setSuffix(tr(" reps"));
    }
    m_hopPain->setRange(-1, 10);
    m_hopPain->setSpecialValueText(tr("not tested"));
    m_hopPain->setSuffix(tr("/10"));
    m_hopPain->setValue(-1);
    m_hopPain->setAccessibleName(tr("Pain of 10 single-leg hops, 0 to 10"));
    m_hopPain->setToolTip(tr("How much 10 hops on the sore leg hurt; 2/10 or less is the "
                             "return-to-running gate"));
    m_left->setAccessibleName(tr("Repetitions on the left leg"));
    m_right->setAccessibleName(tr("Repetitions on the right leg"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setMaxLength(500);
    m_result->setWordWrap(true);
    m_result->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_result->setAccessibleName(tr("Difference between the sides"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Left leg:"), m_left);
    form->addRow(tr("&Right leg:"), m_right);
    form->addRow(tr("&Hopping pain:"), m_hopPain);
    form->addRow(tr("&Notes:"), m_notes);
    auto* result = new QHBoxLayout;
    result->addWidget(m_icon, 0, Qt::AlignTop);
    result->addWidget(m_result, 1);
    // The protocol beside the fields it fills.
    auto* fields = new QVBoxLayout;
    fields->addLayout(form);
    fields->addLayout(result);
    fields->addStretch(1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(fields, 1);
    columns->addSpacing(12);
    columns->addWidget(how, 1, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_left, &QSpinBox::valueChanged, this, &CalfTestDialog::update);
    connect(m_right, &QSpinBox::valueChanged, this, &CalfTestDialog::update);
    update();
    m_left->setFocus();
}

void CalfTestDialog::setTest(const core::CalfTest& t)
{
    setWindowTitle(tr("Edit calf-raise test"));
    m_original = t;
    m_date->setMaximumDate(std::max(m_date->maximumDate(), t.date));
    m_date->setDate(t.date);
    m_left->setValue(t.leftReps);
    m_right->setValue(t.rightReps);
    m_hopPain->setValue(t.hopPain.value_or(-1));
    m_notes->setText(t.notes);
}

core::CalfTest CalfTestDialog::test() const
{
    core::CalfTest t = m_original;
    t.date = m_date->date();
    t.leftReps = m_left->value();
    t.rightReps = m_right->value();
    if (m_hopPain->value() >= 0)
        t.hopPain = m_hopPain->value();
    else
        t.hopPain.reset();
    t.notes = m_notes->text();
    return t;
}

bool CalfTestDialog::isValid() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

QString CalfTestDialog::imbalanceText() const
{
    return m_result->text();
}

void CalfTestDialog::update()
{
    const core::CalfTest t = test();
    const bool valid = t.leftReps > 0 || t.rightReps > 0;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    if (!valid) {
        m_icon->clear();
        m_result->setText(tr("Type the count for each leg to see how they compare."));
        return;
    }
    const double imbalance = t.imbalance();
    const int percent = int(std::lround(imbalance * 100));
    if (imbalance <= m_limit) {
        m_icon->setPixmap(style()->standardIcon(QStyle::SP_DialogApplyButton).pixmap(size, size));
        m_result->setText(t.leftReps == t.rightReps
                              ? tr("Both sides the same: well balanced.")
                              : tr("The sides are within %1% of each other (%2% apart): well "
                                   "balanced.")
                                    .arg(std::lround(m_limit * 100))
                                    .arg(percent));
        return;
    }
    const bool left = t.leftReps < t.rightReps;
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_result->setText(tr("The %1 side is %2% weaker than the %3: an imbalance worth working on. "
                         "The plan adds extra single-leg work on the %1 side.")
                          .arg(left ? tr("left") : tr("right"))
                          .arg(percent)
                          .arg(left ? tr("right") : tr("left")));
}

} // namespace stridewell::ui
