#pragma once

#include "dialogs/calf_check_in_dialog.h"
#include "error_sink.h"

#include <QDate>
#include <optional>

class QUndoStack;
class QWidget;

namespace stridewell::core {
class Database;
}

// The window's side of the pain-monitoring model (domain.md section 8): after a run of the
// return to running it asks how the calf took it, and the next morning how it feels, so the
// stages move by what the runner logs without them having to know which entry to make.
namespace stridewell::ui {

struct CheckIn
{
    CalfCheckInDialog::Moment moment = CalfCheckInDialog::Moment::AfterRun;
    core::Episode episode;
    core::ProgrammeSession session;
};

// The check-in a run on `runDay` calls for: its session in the episode in programme on that day,
// when its pain during and after is not logged yet (none during a hold: then the advice is to be
// seen, not to rate runs).
std::optional<CheckIn> afterRunCheckIn(core::Database& db, qint64 athleteId, QDate runDay,
                                       const ErrorSink& errors);
// What the runner is still to answer on `asOf` for an episode worked out as of that day: the
// pain during and after a session of the last two days, or, the morning after a session, the
// pain on getting up (only then: a later answer is not the next morning's).
std::optional<CheckIn> pendingCheckIn(const core::Episode& episode, QDate asOf);

// Asks, and logs the answers as one undoable step. True when anything was logged.
bool askCheckIn(QWidget* parent, const CheckIn& checkIn, core::Database& db, QUndoStack* undo,
                const ErrorSink& errors, qint64 athleteId);

} // namespace stridewell::ui
