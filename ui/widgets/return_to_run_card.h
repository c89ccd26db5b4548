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

    void setEpisode(const std::optional<core::Episode>& episode,
                    const std::optional<core::OnsetContext>& onset, DistanceUnit unit);

    QString headline() const;
    QString gatesText() const;
    QString beforeText() const;
    QPushButton* detailsButton() const { return m_details; }

private:
    QLabel* m_headline;
    QLabel* m_next;
    QLabel* m_gates;
    QLabel* m_before;
    QPushButton* m_details;
    QString m_onsetDetails;
};

} // namespace stridewell::ui
