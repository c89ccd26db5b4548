#pragma once

#include "advice/return_to_run.h"
#include "model/symptom.h"

#include <QDialog>

class QLabel;
class QSpinBox;

namespace stridewell::ui {

// How the calf answered a session of the return to running, asked in one step: after the run,
// its pain during and after; the next morning, its pain on getting up. The pain-monitoring model
// (domain.md section 8) decides from these whether the session counts, so the dialog says what
// each answer will mean as it is typed.
class CalfCheckInDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Moment { AfterRun, NextMorning };

    // `session`: the programme's session of that run (its date, stage and the pain before it).
    CalfCheckInDialog(Moment moment, const core::Episode& episode,
                      const core::ProgrammeSession& session, QWidget* parent = nullptr);

    // The entries to log: at the episode's site and side, timed during and after (linked to the
    // run), or next_morning on the day after the run.
    QList<core::Symptom> entries() const;

    QSpinBox* duringSpin() const { return m_during; }
    QSpinBox* afterSpin() const { return m_after; }
    QSpinBox* morningSpin() const { return m_morning; }
    QString verdict() const;  // what the answers mean for the stage, in words
    QString question() const; // the stage, the session and what is asked

private:
    void update();

    Moment m_moment;
    core::Episode m_episode;
    core::ProgrammeSession m_session;
    QSpinBox* m_during = nullptr;
    QSpinBox* m_after = nullptr;
    QSpinBox* m_morning = nullptr;
    QLabel* m_question;
    QLabel* m_verdict;
};

} // namespace stridewell::ui
