#include "dialogs/run_dialog.h"

#include "dialogs/field_message.h"
#include "model/run_validation.h"
#include "model/value_text.h"
#include "unit_format.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace stridewell::ui {

RunDialog::RunDialog(DistanceUnit unit, const QStringList& shoeNames, QWidget* parent)
    : QDialog(parent), m_unit(unit), m_date(new QDateEdit(QDate::currentDate(), this)),
      m_time(new QTimeEdit(QTime::currentTime(), this)), m_distance(new QLineEdit(this)),
      m_duration(new QLineEdit(this)), m_cadence(new QLineEdit(this)), m_hr(new QLineEdit(this)),
      m_rpe(new QComboBox(this)), m_type(new QComboBox(this)), m_surface(new QComboBox(this)),
      m_shoe(new QComboBox(this)), m_notes(new QPlainTextEdit(this)),
      m_dateMsg(new FieldMessage(this)), m_distanceMsg(new FieldMessage(this)),
      m_durationMsg(new FieldMessage(this)), m_cadenceMsg(new FieldMessage(this)),
      m_hrMsg(new FieldMessage(this)), m_paceMsg(new FieldMessage(this)),
      m_textMsg(new FieldMessage(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Log run"));
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(core::RunLimits::firstDate());
    m_date->setMaximumDate(QDate::currentDate().addDays(core::RunLimits::kMaxDaysAhead));
    m_date->setAccessibleName(tr("Date"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setTime(QTime(m_time->time().hour(), m_time->time().minute()));
    m_time->setAccessibleName(tr("Start time"));
    m_distance->setPlaceholderText(tr("e.g. %1").arg(QLocale().toString(10.5, 'f', 1)));
    m_distance->setAccessibleName(tr("Distance in %1").arg(unitSuffix(unit)));
    m_duration->setPlaceholderText(tr("H:MM:SS, e.g. 0:55:30"));
    m_duration->setAccessibleName(tr("Time taken"));
    m_cadence->setPlaceholderText(tr("optional, steps per minute"));
    m_cadence->setAccessibleName(tr("Average cadence"));
    m_hr->setPlaceholderText(tr("optional, beats per minute"));
    m_hr->setAccessibleName(tr("Average heart rate"));
    m_rpe->addItem(tr("Not recorded"));
    const QStringList effort = {tr("rest"),          tr("very, very easy"),
                                tr("easy"),          tr("moderate"),
                                tr("somewhat hard"), tr("hard"),
                                tr("hard"),          tr("very hard"),
                                tr("very hard"),     tr("very, very hard"),
                                tr("maximal")};
    for (int i = 0; i <= 10; ++i)
        m_rpe->addItem(QStringLiteral("%1 – %2").arg(i).arg(effort[i]), i);
    m_rpe->setAccessibleName(tr("How hard it felt (RPE)"));
    m_type->setEditable(true);
    m_type->addItems({QString(), tr("easy"), tr("long"), tr("tempo"), tr("intervals"), tr("hills"),
                      tr("race"), tr("recovery")});
    m_type->setAccessibleName(tr("Type of run"));
    m_surface->setEditable(true);
    m_surface->addItems({QString(), tr("road"), tr("trail"), tr("track"), tr("treadmill"),
                         tr("grass"), tr("mixed")});
    m_surface->setAccessibleName(tr("Surface"));
    m_shoe->setEditable(true);
    m_shoe->addItem(QString());
    m_shoe->addItems(shoeNames);
    m_shoe->setAccessibleName(tr("Shoe"));
    m_shoe->setToolTip(tr("Pick a pair, or type a new name to start tracking it."));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);

    auto* form = new QFormLayout;
    auto* when = new QWidget(this);
    auto* whenLayout = new QHBoxLayout(when);
    whenLayout->setContentsMargins(0, 0, 0, 0);
    whenLayout->addWidget(m_date, 1);
    whenLayout->addWidget(new QLabel(tr("at"), when));
    whenLayout->addWidget(m_time);
    form->addRow(tr("&Date:"), withMessage(when, m_dateMsg));
    form->addRow(tr("D&istance (%1):").arg(unitSuffix(unit)),
                 withMessage(m_distance, m_distanceMsg));
    form->addRow(tr("&Time taken:"), withMessage(m_duration, m_durationMsg));
    form->addRow(QString(), m_paceMsg);
    form->addRow(tr("&Cadence (spm):"), withMessage(m_cadence, m_cadenceMsg));
    form->addRow(tr("&Heart rate (bpm):"), withMessage(m_hr, m_hrMsg));
    form->addRow(tr("&Effort (RPE):"), m_rpe);
    form->addRow(tr("T&ype:"), m_type);
    form->addRow(tr("&Surface:"), m_surface);
    form->addRow(tr("S&hoe:"), m_shoe);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(QString(), m_textMsg);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QLineEdit* edit : {m_distance, m_duration, m_cadence, m_hr})
        connect(edit, &QLineEdit::textChanged, this, &RunDialog::validate);
    connect(m_type, &QComboBox::currentTextChanged, this, &RunDialog::validate);
    connect(m_surface, &QComboBox::currentTextChanged, this, &RunDialog::validate);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &RunDialog::validate);
    connect(m_date, &QDateEdit::dateChanged, this, &RunDialog::validate);
    connect(m_time, &QTimeEdit::timeChanged, this, &RunDialog::validate);
    m_original.source = QStringLiteral("manual");
    validate();
    m_distance->setFocus();
}

void RunDialog::setRun(const core::Run& run)
{
    setWindowTitle(tr("Edit run"));
    m_original = run;
    const QDateTime local = run.localStart();
    // A date out of range (stored before the range was checked) is shown as it is, with what
    // is wrong with it, rather than quietly moved into the range.
    m_date->setMinimumDate(std::min(m_date->minimumDate(), local.date()));
    m_date->setMaximumDate(std::max(m_date->maximumDate(), local.date()));
    m_date->setDate(local.date());
    m_time->setTime(QTime(local.time().hour(), local.time().minute()));
    const QLocale locale;
    m_distance->setText(locale.toString(toDisplay(run.distance, m_unit), 'f', 2));
    // An imported track without times has no duration yet: the field starts empty, and the
    // dialog asks for one as it does for a new run.
    const auto duration = run.loadDuration();
    m_duration->setText(duration ? core::formatDuration(*duration) : QString());
    m_cadence->setText(run.avgCadenceSpm ? locale.toString(*run.avgCadenceSpm, 'f', 0) : QString());
    m_hr->setText(run.avgHrBpm ? locale.toString(*run.avgHrBpm, 'f', 0) : QString());
    m_rpe->setCurrentIndex(run.rpe ? *run.rpe + 1 : 0);
    m_type->setCurrentText(run.type);
    m_surface->setCurrentText(run.surface);
    m_shoe->setCurrentText(run.shoeName);
    m_notes->setPlainText(run.notes);
    validate();
}

core::Run RunDialog::run() const
{
    core::Run run = m_original;
    const QDateTime local(m_date->date(), m_time->time(), Qt::LocalTime);
    // Keep the original zone's offset when only other fields changed.
    const bool sameStart = run.startUtc.isValid() && run.localStart().date() == m_date->date() &&
                           run.localStart().time().hour() == m_time->time().hour() &&
                           run.localStart().time().minute() == m_time->time().minute();
    if (!sameStart) {
        run.startUtc = local.toUTC();
        run.utcOffsetS = local.offsetFromUtc();
    }
    run.distance = fromDisplay(readNumber(m_distance->text()).value_or(0), m_unit);
    const core::Duration duration =
        core::parseDuration(m_duration->text()).value_or(core::Duration());
    // A changed time replaces what was recorded; an untouched one keeps elapsed and timer time.
    const auto original = m_original.loadDuration();
    if (!original || std::abs(duration.inSeconds() - original->inSeconds()) >= 1) {
        run.elapsed = duration;
        run.timer.reset();
    }
    auto optionalNumber = [](const QLineEdit* edit) -> std::optional<double> {
        if (edit->text().trimmed().isEmpty())
            return std::nullopt;
        return readNumber(edit->text());
    };
    run.avgCadenceSpm = optionalNumber(m_cadence);
    run.avgHrBpm = optionalNumber(m_hr);
    run.rpe =
        m_rpe->currentIndex() > 0 ? std::optional<int>(m_rpe->currentData().toInt()) : std::nullopt;
    run.type = m_type->currentText().trimmed();
    run.surface = m_surface->currentText().trimmed();
    run.shoeName = m_shoe->currentText().trimmed();
    if (run.shoeName != m_original.shoeName)
        run.shoeId.reset();
    run.notes = m_notes->toPlainText();
    return run;
}

QString RunDialog::messageFor(const QWidget* field) const
{
    if (field == m_date)
        return m_dateMsg->message();
    if (field == m_distance)
        return m_distanceMsg->message();
    if (field == m_duration)
        return m_durationMsg->message();
    if (field == m_cadence)
        return m_cadenceMsg->message();
    if (field == m_hr)
        return m_hrMsg->message();
    return m_paceMsg->message();
}

bool RunDialog::isValid() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void RunDialog::validate()
{
    bool valid = true;
    auto check = [&](FieldMessage* message, const QString& problem) {
        message->setMessage(problem);
        valid = valid && problem.isEmpty();
    };
    if (!core::validateRunDate(m_date->date()))
        check(m_dateMsg, tr("A run can be dated from %1 to tomorrow.")
                             .arg(QLocale().toString(core::RunLimits::firstDate(),
                                                     QStringLiteral("d MMMM yyyy"))));
    else
        check(m_dateMsg, QString());

    // Only speak up about a field once something is typed in it; an empty required field
    // just keeps OK disabled.
    const QString distanceText = m_distance->text().trimmed();
    std::optional<double> distance = readNumber(distanceText);
    if (distanceText.isEmpty()) {
        check(m_distanceMsg, QString());
        valid = false;
    } else if (!distance) {
        check(m_distanceMsg, tr("Type a number, like %1.").arg(QLocale().toString(10.5, 'f', 1)));
    } else if (core::Status ok = core::validateDistance(fromDisplay(*distance, m_unit)); !ok) {
        check(m_distanceMsg,
              *distance <= 0
                  ? tr("The distance must be more than 0.")
                  : tr("That is longer than any run (at most %1).")
                        .arg(formatDistance(core::Distance::km(core::RunLimits::kMaxDistanceKm),
                                            m_unit, 0)));
    } else {
        check(m_distanceMsg, QString());
    }

    const QString durationText = m_duration->text().trimmed();
    auto duration = core::parseDuration(durationText);
    if (durationText.isEmpty()) {
        check(m_durationMsg, QString());
        valid = false;
    } else if (!duration) {
        check(m_durationMsg,
              tr("Use hours:minutes:seconds, like 0:55:30, or minutes:seconds, like 55:30."));
    } else if (!core::validateDuration(*duration)) {
        check(m_durationMsg,
              duration->inSeconds() <= 0
                  ? tr("The time must be more than 0.")
                  : tr("That is more than %1 hours.").arg(core::RunLimits::kMaxDurationH));
    } else {
        check(m_durationMsg, QString());
    }

    if (distance && duration && *distance > 0 && duration->inSeconds() > 0 &&
        m_distanceMsg->message().isEmpty() && m_durationMsg->message().isEmpty()) {
        const core::Distance d = fromDisplay(*distance, m_unit);
        if (d.inMetres() / duration->inSeconds() > core::RunLimits::kMaxSpeedMps)
            check(m_paceMsg, tr("%1 is faster than anyone runs; check the distance and time.")
                                 .arg(formatPace(d, *duration, m_unit)));
        else
            check(m_paceMsg, QString());
    } else {
        m_paceMsg->setMessage(QString());
    }

    auto optionalRange = [&](QLineEdit* edit, FieldMessage* message, double min, double max,
                             const QString& what) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            return check(message, QString());
        auto v = readNumber(text);
        if (!v)
            return check(message, tr("Type a number, or leave it empty."));
        if (*v < min || *v > max)
            return check(message,
                         tr("%1 is usually between %2 and %3.").arg(what).arg(min).arg(max));
        check(message, QString());
    };
    optionalRange(m_cadence, m_cadenceMsg, core::RunLimits::kMinCadence,
                  core::RunLimits::kMaxCadence, tr("Cadence"));
    optionalRange(m_hr, m_hrMsg, core::RunLimits::kMinHr, core::RunLimits::kMaxHr,
                  tr("Heart rate"));

    QString textProblem;
    if (m_type->currentText().size() > core::RunLimits::kMaxTextLength)
        textProblem =
            tr("The type can be at most %1 characters.").arg(core::RunLimits::kMaxTextLength);
    else if (m_surface->currentText().size() > core::RunLimits::kMaxTextLength)
        textProblem =
            tr("The surface can be at most %1 characters.").arg(core::RunLimits::kMaxTextLength);
    else if (m_notes->toPlainText().size() > core::RunLimits::kMaxNotesLength)
        textProblem =
            tr("Notes can be at most %1 characters.").arg(core::RunLimits::kMaxNotesLength);
    check(m_textMsg, textProblem);

    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

} // namespace stridewell::ui
