#include "dialogs/symptom_dialog.h"

#include "advice/red_flag_triage.h"
#include "dialogs/field_message.h"
#include "dialogs/lower_leg_view.h"
#include "symptom_words.h"
#include "unit_format.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stridewell::ui {

namespace {

constexpr int kMaxNotes = 4000;
constexpr int kMaxPlace = 120;

template <typename E>
void addChoices(QComboBox* box, const QList<E>& values, QString (*name)(std::optional<E>))
{
    box->addItem(name(std::nullopt));
    for (E v : values)
        box->addItem(name(v), int(v));
}

template <typename E> std::optional<E> choice(const QComboBox* box)
{
    if (box->currentIndex() <= 0)
        return std::nullopt;
    return E(box->currentData().toInt());
}

template <typename E> void setChoice(QComboBox* box, std::optional<E> value)
{
    box->setCurrentIndex(value ? std::max(0, box->findData(int(*value))) : 0);
}

} // namespace

SymptomDialog::SymptomDialog(QList<core::Run> runs, DistanceUnit unit, QWidget* parent)
    : QDialog(parent), m_allRuns(std::move(runs)), m_unit(unit), m_leg(new LowerLegView(this)),
      m_locations(new QListWidget(this)), m_other(new QLineEdit(this)),
      m_sides(new QButtonGroup(this)), m_date(new QDateEdit(QDate::currentDate(), this)),
      m_pain(new QSpinBox(this)), m_painWords(new QLabel(this)), m_type(new QComboBox(this)),
      m_timing(new QComboBox(this)), m_stretch(new QComboBox(this)), m_run(new QComboBox(this)),
      m_triage(new QWidget(this)), m_triageIcon(new QLabel(this)), m_triageText(new QLabel(this)),
      m_notes(new QPlainTextEdit(this)), m_otherMsg(new FieldMessage(this)),
      m_notesMsg(new FieldMessage(this)), m_missing(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Log symptom"));

    // Where: the drawing, and the same places as a list for the keyboard.
    auto* whereLabel = new QLabel(tr("<b>Where does it hurt?</b> Click the place on the drawing "
                                     "(the legs seen from behind), or pick it from the list."),
                                  this);
    whereLabel->setWordWrap(true);
    for (const QString& id : core::allBodyLocationIds()) {
        const core::BodyLocation location = *core::bodyLocationFromId(id);
        auto* item = new QListWidgetItem(locationName(location), m_locations);
        item->setData(Qt::UserRole, int(location));
        item->setToolTip(locationHint(location));
    }
    m_locations->setAccessibleName(tr("Where it hurts"));
    m_locations->setFixedHeight(m_locations->sizeHintForRow(0) * 6 + 2 * m_locations->frameWidth() +
                                4);
    auto* listLabel = new QLabel(tr("&Place:"), this);
    listLabel->setBuddy(m_locations);
    m_other->setPlaceholderText(tr("Say where, e.g. \"outside of the ankle\""));
    m_other->setAccessibleName(tr("Where else it hurts"));
    m_other->setMaxLength(kMaxPlace);
    m_other->setEnabled(false);

    auto* where = new QVBoxLayout;
    where->addWidget(whereLabel);
    where->addWidget(m_leg, 1);
    where->addWidget(listLabel);
    where->addWidget(m_locations);
    where->addWidget(withMessage(m_other, m_otherMsg));

    // Which leg, how much, what kind, when.
    auto* sideBox = new QWidget(this);
    auto* sideLayout = new QHBoxLayout(sideBox);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    for (core::Side side : {core::Side::Left, core::Side::Right, core::Side::Both}) {
        auto* button = new QRadioButton(side == core::Side::Both   ? tr("&Both legs")
                                        : side == core::Side::Left ? tr("&Left")
                                                                   : tr("&Right"),
                                        sideBox);
        button->setAccessibleName(tr("Side: %1").arg(sideName(side)));
        m_sides->addButton(button, int(side));
        sideLayout->addWidget(button);
    }
    sideLayout->addStretch(1);
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    m_date->setAccessibleName(tr("Date"));
    m_pain->setRange(-1, 10);
    m_pain->setSpecialValueText(tr("–"));
    m_pain->setValue(-1);
    m_pain->setAccessibleName(tr("Pain from 0 to 10"));
    m_pain->setToolTip(tr("0 is no pain at all, 10 the worst you can imagine"));
    auto* painBox = new QWidget(this);
    auto* painLayout = new QHBoxLayout(painBox);
    painLayout->setContentsMargins(0, 0, 0, 0);
    painLayout->addWidget(m_pain);
    painLayout->addWidget(m_painWords, 1);
    addChoices<core::SymptomType>(m_type,
                                  {core::SymptomType::Ache, core::SymptomType::Tightness,
                                   core::SymptomType::Sharp, core::SymptomType::Cramp},
                                  &typeName);
    m_type->setAccessibleName(tr("What it feels like"));
    addChoices<core::SymptomTiming>(m_timing,
                                    {core::SymptomTiming::During, core::SymptomTiming::After,
                                     core::SymptomTiming::NextMorning, core::SymptomTiming::AtRest},
                                    &timingName);
    m_timing->setAccessibleName(tr("When it hurts"));
    addChoices<core::StretchTest>(m_stretch,
                                  {core::StretchTest::Straight, core::StretchTest::Bent,
                                   core::StretchTest::Both, core::StretchTest::Neither},
                                  &stretchName);
    m_stretch->setAccessibleName(tr("Stretch test"));
    m_stretch->setToolTip(
        tr("Stand facing a wall, one foot back. With the back knee straight the stretch is in "
           "the upper calf; with it bent, lower down. Which one brings the tightness on?"));
    m_run->setAccessibleName(tr("The run it followed"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("Side:"), sideBox);
    form->addRow(tr("&Pain (0–10):"), painBox);
    form->addRow(tr("&Feels like:"), m_type);
    form->addRow(tr("&When:"), m_timing);
    form->addRow(tr("&Stretch test:"), m_stretch);
    form->addRow(tr("After the r&un:"), m_run);

    // The warning signs, in the words a runner would use.
    auto* signs = new QGroupBox(tr("Warning signs: tick any that apply"), this);
    auto* signList = new QVBoxLayout(signs);
    signList->setSpacing(2);
    for (core::RedFlagSign sign : core::allRedFlagSigns()) {
        auto* box = new QCheckBox(core::describe(sign), signs);
        box->setAccessibleName(core::describe(sign));
        m_signs.insert(sign, box);
        signList->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &SymptomDialog::updateTriage);
    }
    auto* triageLayout = new QHBoxLayout(m_triage);
    triageLayout->setContentsMargins(6, 6, 6, 6);
    m_triageText->setWordWrap(true);
    m_triageText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    triageLayout->addWidget(m_triageIcon, 0, Qt::AlignTop);
    triageLayout->addWidget(m_triageText, 1);
    m_triage->setAutoFillBackground(true);
    m_triage->setBackgroundRole(QPalette::AlternateBase);

    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Anything else: what you were doing, what helped"));
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    auto* notesLabel = new QLabel(tr("&Notes:"), this);
    notesLabel->setBuddy(m_notes);

    m_missing->setWordWrap(true);
    m_missing->setForegroundRole(QPalette::PlaceholderText);

    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(signs);
    right->addWidget(m_triage);
    right->addStretch(1);
    auto* top = new QHBoxLayout;
    top->addLayout(where, 5);
    top->addSpacing(12);
    top->addLayout(right, 6);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_missing, 1);
    bottom->addWidget(m_buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(notesLabel);
    layout->addWidget(withMessage(m_notes, m_notesMsg));
    layout->addLayout(bottom);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_leg, &LowerLegView::regionChosen, this,
            [this](core::BodyLocation location, core::Side side) {
                m_sides->button(int(side))->setChecked(true);
                chooseLocation(location);
            });
    connect(m_locations, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            chooseLocation(core::BodyLocation(m_locations->item(row)->data(Qt::UserRole).toInt()));
    });
    connect(m_sides, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked) {
            m_leg->setSelection(chosenLocation(), chosenSide());
            validate();
        }
    });
    connect(m_pain, &QSpinBox::valueChanged, this, [this](int pain) {
        m_painWords->setText(ui::painWords(pain).section(QStringLiteral(" – "), 1));
        updateTriage();
        validate();
    });
    connect(m_timing, &QComboBox::currentIndexChanged, this, &SymptomDialog::updateTriage);
    connect(m_date, &QDateEdit::dateChanged, this, &SymptomDialog::fillRuns);
    connect(m_other, &QLineEdit::textChanged, this, &SymptomDialog::validate);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &SymptomDialog::validate);
    fillRuns();
    updateTriage();
    validate();
    // Not the list: focusing it would pick its first place before the runner has chosen.
    m_leg->setFocus();
}

QAbstractButton* SymptomDialog::sideButton(core::Side side) const
{
    return m_sides->button(int(side));
}

void SymptomDialog::chooseLocation(core::BodyLocation location)
{
    for (int row = 0; row < m_locations->count(); ++row)
        if (m_locations->item(row)->data(Qt::UserRole).toInt() == int(location)) {
            const QSignalBlocker block(m_locations);
            m_locations->setCurrentRow(row);
        }
    m_other->setEnabled(location == core::BodyLocation::Other);
    m_leg->setSelection(location, chosenSide());
    validate();
}

std::optional<core::BodyLocation> SymptomDialog::chosenLocation() const
{
    const QListWidgetItem* item = m_locations->currentItem();
    if (!item || !item->isSelected())
        return std::nullopt;
    return core::BodyLocation(item->data(Qt::UserRole).toInt());
}

std::optional<core::Side> SymptomDialog::chosenSide() const
{
    const int id = m_sides->checkedId();
    if (id < 0)
        return std::nullopt;
    return core::Side(id);
}

void SymptomDialog::fillRuns()
{
    // The runs of that day and the day before: a symptom usually follows one of those.
    const QVariant keep = m_run->currentData();
    const QSignalBlocker block(m_run);
    m_run->clear();
    m_run->addItem(tr("Not linked to a run"));
    const QDate day = m_date->date();
    const QLocale locale;
    for (auto it = m_allRuns.crbegin(); it != m_allRuns.crend(); ++it) {
        const QDate d = it->localDate();
        if (d != day && d != day.addDays(-1))
            continue;
        m_run->addItem(tr("%1, %2: %3 %4")
                           .arg(locale.toString(d, QStringLiteral("ddd d MMM")),
                                locale.toString(it->localStart().time(), QStringLiteral("HH:mm")),
                                formatDistance(it->distance, m_unit, 1), it->type)
                           .trimmed(),
                       it->id);
    }
    const int index = keep.isValid() ? m_run->findData(keep) : -1;
    m_run->setCurrentIndex(std::max(0, index));
}

void SymptomDialog::setSymptom(const core::Symptom& s)
{
    setWindowTitle(tr("Edit symptom"));
    m_original = s;
    m_date->setMaximumDate(std::max(m_date->maximumDate(), s.date));
    m_date->setDate(s.date);
    m_sides->button(int(s.side))->setChecked(true);
    chooseLocation(s.location);
    m_other->setText(s.locationNote);
    m_pain->setValue(s.pain);
    setChoice(m_type, s.type);
    setChoice(m_timing, s.timing);
    setChoice(m_stretch, s.stretch);
    for (auto it = m_signs.cbegin(); it != m_signs.cend(); ++it)
        it.value()->setChecked(s.redFlags.contains(it.key()));
    m_notes->setPlainText(s.notes);
    if (s.runId) {
        if (m_run->findData(*s.runId) < 0)
            m_run->addItem(tr("The run it was linked to"), *s.runId);
        m_run->setCurrentIndex(m_run->findData(*s.runId));
    }
    validate();
}

core::Symptom SymptomDialog::symptom() const
{
    core::Symptom s = m_original;
    s.date = m_date->date();
    s.location = chosenLocation().value_or(core::BodyLocation::Other);
    s.locationNote =
        s.location == core::BodyLocation::Other ? m_other->text().trimmed() : QString();
    s.side = chosenSide().value_or(core::Side::Left);
    s.pain = std::max(0, m_pain->value());
    s.type = choice<core::SymptomType>(m_type);
    s.timing = choice<core::SymptomTiming>(m_timing);
    s.stretch = choice<core::StretchTest>(m_stretch);
    s.redFlags.clear();
    for (core::RedFlagSign sign : core::allRedFlagSigns())
        if (m_signs.value(sign)->isChecked())
            s.redFlags << sign;
    if (s.redFlags != m_original.redFlags)
        s.acknowledged = false;
    s.notes = m_notes->toPlainText();
    s.runId = m_run->currentIndex() > 0 ? std::optional<qint64>(m_run->currentData().toLongLong())
                                        : std::nullopt;
    return s;
}

void SymptomDialog::updateTriage()
{
    QList<core::RedFlagSign> ticked;
    for (core::RedFlagSign sign : core::allRedFlagSigns())
        if (m_signs.value(sign)->isChecked())
            ticked << sign;
    // The timing "at rest" and the pain count as well: the same triage as the saved entry.
    const core::Triage t =
        core::triage(ticked, choice<core::SymptomTiming>(m_timing), std::max(0, m_pain->value()));
    m_triage->setVisible(t.urgency != core::Urgency::None);
    if (t.urgency == core::Urgency::None) {
        m_triageText->clear();
        return;
    }
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize);
    m_triageIcon->setPixmap(urgencyIcon(t.urgency).pixmap(size, size));
    m_triageText->setText(
        tr("<b>%1.</b> %2<br>Saving this entry shows this advice above every page until you "
           "mark it as read.")
            .arg(t.headline.toHtmlEscaped(), t.advice.toHtmlEscaped()));
    m_triage->setAccessibleName(t.headline);
}

QString SymptomDialog::triageText() const
{
    return m_triage->isHidden() ? QString() : m_triageText->text();
}

QString SymptomDialog::missingText() const
{
    return m_missing->text();
}

QString SymptomDialog::messageFor(const QWidget* field) const
{
    if (field == m_other)
        return m_otherMsg->message();
    if (field == m_notes)
        return m_notesMsg->message();
    return {};
}

bool SymptomDialog::isValid() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void SymptomDialog::validate()
{
    QStringList missing;
    if (!chosenLocation())
        missing << tr("where it hurts");
    if (!chosenSide())
        missing << tr("which leg");
    if (m_pain->value() < 0)
        missing << tr("the pain from 0 to 10");

    bool valid = missing.isEmpty();
    const bool other = chosenLocation() == core::BodyLocation::Other;
    if (other && m_other->text().trimmed().isEmpty()) {
        // Asked for once "somewhere else" is chosen: the box is right there, empty.
        m_otherMsg->setMessage(tr("Say where it hurts."));
        valid = false;
    } else {
        m_otherMsg->setMessage(QString());
    }
    if (m_notes->toPlainText().size() > kMaxNotes) {
        m_notesMsg->setMessage(tr("Notes can be at most %1 characters.").arg(kMaxNotes));
        valid = false;
    } else {
        m_notesMsg->setMessage(QString());
    }
    m_missing->setText(missing.isEmpty()
                           ? QString()
                           : tr("Still needed: %1.").arg(missing.join(QStringLiteral("; "))));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

} // namespace stridewell::ui
