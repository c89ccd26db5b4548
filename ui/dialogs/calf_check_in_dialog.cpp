#include "dialogs/calf_check_in_dialog.h"

#include "symptom_words.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stridewell::ui {

namespace {

// 0-10, or "–" until the runner answers: a pain nobody chose must not be logged as 0.
QSpinBox* painSpin(QWidget* parent, const QString& name)
{
    auto* spin = new QSpinBox(parent);
    spin->setRange(-1, 10);
    spin->setSpecialValueText(QStringLiteral("–"));
    spin->setSuffix(CalfCheckInDialog::tr("/10"));
    spin->setValue(-1);
    spin->setAccessibleName(name);
    return spin;
}

QString day(QDate d)
{
    return QLocale().toString(d, QStringLiteral("dddd d MMMM"));
}

} // namespace

CalfCheckInDialog::CalfCheckInDialog(Moment moment, const core::Episode& episode,
                                     const core::ProgrammeSession& session, QWidget* parent)
    : QDialog(parent), m_moment(moment), m_episode(episode), m_session(session),
      m_question(new QLabel(this)), m_verdict(new QLabel(this))
{
    const QString where = tr("%1, %2").arg(locationName(episode.location).toLower(),
                                           sideName(episode.side).toLower());
    const bool morning = moment == Moment::NextMorning;
    setWindowTitle(morning ? tr("Your calf this morning") : tr("How did your calf take the run?"));
    setMinimumWidth(460);

    QString intro;
    if (session.stage >= 1 && session.stage <= core::kStages)
        intro = tr("<b>Stage %1 of %2</b>, %3: %4.")
                    .arg(session.stage)
                    .arg(core::kStages)
                    .arg(day(session.date), core::stageSession(session.stage).toHtmlEscaped());
    else
        intro = tr("<b>%1</b>: a run while the return-to-running gates were not yet met.")
                    .arg(day(session.date));
    if (session.outcome == core::SessionOutcome::TooSoon)
        intro += QStringLiteral("<br>") +
                 tr("This run came too soon after the last (%1), so it does not count towards "
                    "the stage: keep a rest day between runs, two or three a week.")
                     .arg(session.reason.toHtmlEscaped());
    intro += QStringLiteral("<br><br>") +
             (morning ? tr("On getting up, how does your %1 feel, 0 to 10?").arg(where)
                      : tr("How much did your %1 hurt, 0 to 10?").arg(where));
    m_question->setText(intro);
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::RichText);

    auto* form = new QFormLayout;
    if (morning) {
        m_morning = painSpin(this, tr("Pain this morning, 0 to 10"));
        form->addRow(tr("&This morning:"), m_morning);
        connect(m_morning, &QSpinBox::valueChanged, this, &CalfCheckInDialog::update);
    } else {
        m_during = painSpin(this, tr("Pain during the run, 0 to 10"));
        m_after = painSpin(this, tr("Pain after the run, 0 to 10"));
        form->addRow(tr("&During the run:"), m_during);
        form->addRow(tr("&After the run:"), m_after);
        connect(m_during, &QSpinBox::valueChanged, this, &CalfCheckInDialog::update);
        connect(m_after, &QSpinBox::valueChanged, this, &CalfCheckInDialog::update);
    }
    m_verdict->setWordWrap(true);
    m_verdict->setAccessibleName(tr("What the answer means for the stage"));

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole)
        ->setObjectName(QStringLiteral("save"));
    buttons->addButton(tr("Not now"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addLayout(form);
    layout->addWidget(m_verdict);
    layout->addWidget(buttons);
    update();
    (morning ? m_morning : m_during)->setFocus();
}

QList<core::Symptom> CalfCheckInDialog::entries() const
{
    auto entry = [this](QDate date, int pain, core::SymptomTiming timing) {
        core::Symptom s;
        s.date = date;
        s.location = m_episode.location;
        s.side = m_episode.side;
        s.pain = pain;
        s.timing = timing;
        if (timing != core::SymptomTiming::NextMorning)
            s.runId = m_session.runId;
        s.notes = m_session.stage >= 1 && m_session.stage <= core::kStages
                      ? tr("Return to running, stage %1.").arg(m_session.stage)
                      : tr("Return to running.");
        return s;
    };
    QList<core::Symptom> out;
    if (m_moment == Moment::NextMorning) {
        if (m_morning->value() >= 0)
            out << entry(m_session.date.addDays(1), m_morning->value(),
                         core::SymptomTiming::NextMorning);
        return out;
    }
    if (m_during->value() >= 0)
        out << entry(m_session.date, m_during->value(), core::SymptomTiming::During);
    if (m_after->value() >= 0)
        out << entry(m_session.date, m_after->value(), core::SymptomTiming::After);
    return out;
}

QString CalfCheckInDialog::question() const
{
    return m_question->text();
}

QString CalfCheckInDialog::verdict() const
{
    return m_verdict->text();
}

void CalfCheckInDialog::update()
{
    const core::ReturnToRunRules rules;
    const bool morning = m_moment == Moment::NextMorning;
    const bool answered =
        morning ? m_morning->value() >= 0 : m_during->value() >= 0 && m_after->value() >= 0;
    if (auto* save = findChild<QPushButton*>(QStringLiteral("save")))
        save->setEnabled(answered);
    if (!answered) {
        m_verdict->setText(morning ? tr("Choose a number: 0 is no pain at all.")
                                   : tr("Choose a number for each: 0 is no pain at all."));
        return;
    }
    const bool counts = m_session.stage >= 1 && m_session.stage <= core::kStages &&
                        m_session.outcome != core::SessionOutcome::TooSoon;
    const int worst = morning ? m_morning->value() : std::max(m_during->value(), m_after->value());
    if (worst >= rules.stepBackPain) {
        m_verdict->setText(
            tr("%1/10 is too much for this stage: the programme steps back one stage. If the "
               "pain does not settle within a day or two, or you notice swelling, see a "
               "physiotherapist or doctor.")
                .arg(worst));
        return;
    }
    if (!counts) {
        m_verdict->setText(tr("Logged with the episode; this run does not count towards a stage."));
        return;
    }
    if (morning && m_session.duringAfter && *m_session.duringAfter > rules.countedPain) {
        m_verdict->setText(tr("The run itself was %1/10, so the stage is done again next time "
                              "whatever the morning brings.")
                               .arg(*m_session.duringAfter));
        return;
    }
    if (morning) {
        m_verdict->setText(
            worst > m_session.before
                ? tr("Worse than before the session (%1/10): the stage is done again next "
                     "time. That is part of the process, not a failure.")
                      .arg(m_session.before)
                : tr("No worse than before the session (%1/10): the session counts.")
                      .arg(m_session.before));
        return;
    }
    m_verdict->setText(worst <= rules.countedPain
                           ? tr("Up to %1/10: the session counts if your calf is no worse "
                                "tomorrow morning. The window will ask you then.")
                                 .arg(rules.countedPain)
                           : tr("%1/10: the stage is done again next time. Some soreness is "
                                "expected; it should settle by the next morning.")
                                 .arg(worst));
}

} // namespace stridewell::ui
