#include "dialogs/shoe_dialog.h"

#include "dialogs/field_message.h"
#include "unit_format.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace stridewell::ui {

namespace {
constexpr int kMaxNameLength = 80;
constexpr double kMaxLimitKm = 5000;
} // namespace

ShoeDialog::ShoeDialog(DistanceUnit unit, QStringList takenNames, QWidget* parent)
    : QDialog(parent), m_unit(unit), m_taken(std::move(takenNames)), m_name(new QLineEdit(this)),
      m_limit(new QLineEdit(this)), m_start(new QLineEdit(this)),
      m_retired(new QCheckBox(tr("&Retired (no longer offered for new runs)"), this)),
      m_nameMsg(new FieldMessage(this)), m_limitMsg(new FieldMessage(this)),
      m_startMsg(new FieldMessage(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add shoes"));
    setMinimumWidth(420);
    m_name->setPlaceholderText(tr("e.g. Pegasus 40 (blue)"));
    m_name->setMaxLength(kMaxNameLength + 1);
    m_name->setAccessibleName(tr("Shoe name"));
    m_limit->setAccessibleName(tr("Replace after"));
    m_limit->setText(QLocale().toString(toDisplay(core::Shoe::kDefaultLimit, unit), 'f', 0));
    m_limit->setToolTip(tr("Runners often replace shoes after 500–800 km; how they feel matters "
                           "as much as the number."));
    m_start->setAccessibleName(tr("Already run in them"));
    m_start->setText(QLocale().toString(0));
    m_start->setToolTip(tr("What you ran in them before you started tracking them here."));
    m_retired->setVisible(false);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), withMessage(m_name, m_nameMsg));
    form->addRow(tr("Replace &after (%1):").arg(unitSuffix(unit)),
                 withMessage(m_limit, m_limitMsg));
    form->addRow(tr("Already &run in them (%1):").arg(unitSuffix(unit)),
                 withMessage(m_start, m_startMsg));
    form->addRow(QString(), m_retired);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_name, m_limit, m_start})
        connect(edit, &QLineEdit::textChanged, this, &ShoeDialog::validate);
    validate();
    m_name->setFocus();
}

void ShoeDialog::setShoe(const core::Shoe& shoe)
{
    setWindowTitle(tr("Edit shoes"));
    m_original = shoe;
    m_taken.removeAll(shoe.name);
    m_name->setText(shoe.name);
    m_limit->setText(QLocale().toString(toDisplay(shoe.limit, m_unit), 'f', 0));
    m_start->setText(QLocale().toString(toDisplay(shoe.startDistance, m_unit), 'f', 1));
    m_retired->setChecked(shoe.retired);
    m_retired->setVisible(true);
    validate();
}

core::Shoe ShoeDialog::shoe() const
{
    core::Shoe shoe = m_original;
    shoe.name = m_name->text().trimmed();
    shoe.limit = fromDisplay(readNumber(m_limit->text()).value_or(0), m_unit);
    shoe.startDistance = fromDisplay(readNumber(m_start->text()).value_or(0), m_unit);
    shoe.retired = m_retired->isChecked();
    return shoe;
}

bool ShoeDialog::isValid() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

QString ShoeDialog::messageFor(const QWidget* field) const
{
    if (field == m_name)
        return m_nameMsg->message();
    if (field == m_limit)
        return m_limitMsg->message();
    return m_startMsg->message();
}

void ShoeDialog::validate()
{
    bool valid = true;
    auto check = [&valid](FieldMessage* message, const QString& problem) {
        message->setMessage(problem);
        valid = valid && problem.isEmpty();
    };

    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        check(m_nameMsg, QString()); // nothing typed yet: OK stays off, no scolding
        valid = false;
    } else if (name.size() > kMaxNameLength) {
        check(m_nameMsg, tr("At most %1 characters.").arg(kMaxNameLength));
    } else if (m_taken.contains(name, Qt::CaseInsensitive)) {
        check(m_nameMsg, tr("You already have shoes called “%1”.").arg(name));
    } else {
        check(m_nameMsg, QString());
    }

    const auto limit = readNumber(m_limit->text());
    const double maxLimit = toDisplay(core::Distance::km(kMaxLimitKm), m_unit);
    if (!limit)
        check(m_limitMsg, tr("Type a distance, like %1.").arg(QLocale().toString(700)));
    else if (*limit <= 0)
        check(m_limitMsg, tr("The distance must be more than 0."));
    else if (*limit > maxLimit)
        check(m_limitMsg, tr("That is more than any shoe lasts (at most %1).")
                              .arg(formatDistance(core::Distance::km(kMaxLimitKm), m_unit, 0)));
    else
        check(m_limitMsg, QString());

    const auto start = readNumber(m_start->text());
    if (!start)
        check(m_startMsg, tr("Type a distance, or 0 for new shoes."));
    else if (*start < 0)
        check(m_startMsg, tr("The distance cannot be negative."));
    else if (*start > maxLimit)
        check(m_startMsg, tr("That is more than any shoe lasts."));
    else
        check(m_startMsg, QString());

    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

} // namespace stridewell::ui
