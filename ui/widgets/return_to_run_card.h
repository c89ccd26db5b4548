#pragma once

#include "advice/onset_context.h"
#include "advice/return_to_run.h"
#include "unit_format.h"

#include <QFrame>
#include <optional>

class QLabel;
class QPushButton;

namespace stridewell::ui {

// The dashboard's "Back to running" card while a calf episode is open (domain.md section 8):
// stage k of 6 and the next session, or the gates still to pass, each ticked with its reason
// (a mark and words, never colour alone), and what came before the onset in one line with a
// link to the details. Hidden when no episode is open.
class ReturnToRunCard : public QFrame
{
    Q_OBJECT
public:
    explicit ReturnToRunCard(QWidget* parent = nullptr);

    // `asOf`: the day the card speaks of, for the question the runner still has to answer
    // about the last session (how it went, or how the calf is the next morning).
    void setEpisode(const std::optional<core::Episode>& episode,
                    const std::optional<core::OnsetContext>& onset, DistanceUnit unit, QDate asOf);

    QString headline() const;
    QString gatesText() const;
    QString beforeText() const;
    QPushButton* detailsButton() const { return m_details; }
    // "How did your calf take Tuesday's run?" / "How is your calf this morning?"; hidden when
    // nothing is to be answered.
    QPushButton* checkInButton() const { return m_checkIn; }

Q_SIGNALS:
    void checkInRequested();

private:
    QLabel* m_headline;
    QLabel* m_next;
    QLabel* m_gates;
    QLabel* m_before;
    QPushButton* m_details;
    QPushButton* m_checkIn;
    QString m_onsetDetails;
};

} // namespace stridewell::ui
