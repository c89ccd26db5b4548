#include "calf_check_in.h"

#include "storage/analysis_input_loader.h"
#include "storage/database.h"
#include "storage/symptom_repository.h"
#include "undo/log_command.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QUndoStack>
#include <memory>

namespace stridewell::ui {

namespace {

bool rateable(const core::ProgrammeSession& s)
{
    return s.outcome != core::SessionOutcome::DuringHold && s.stage < core::kBackToNormal;
}

} // namespace

std::optional<CheckIn> afterRunCheckIn(core::Database& db, qint64 athleteId, QDate runDay,
                                       const ErrorSink& errors)
{
    auto input = core::loadAnalysisInput(db, athleteId, runDay);
    if (!input) {
        errors(input.message());
        return std::nullopt;
    }
    const auto episode = core::openEpisode(core::calfEpisodes(*input));
    if (!episode || !episode->inProgramme() || episode->onHold)
        return std::nullopt;
    for (const core::ProgrammeSession& s : episode->sessions)
        if (s.date == runDay && !s.duringAfter && rateable(s))
            return CheckIn{CalfCheckInDialog::Moment::AfterRun, *episode, s};
    return std::nullopt;
}

std::optional<CheckIn> pendingCheckIn(const core::Episode& episode, QDate asOf)
{
    if (!episode.inProgramme() || episode.onHold || episode.sessions.isEmpty())
        return std::nullopt;
    const core::ProgrammeSession& last = episode.sessions.last();
    if (!rateable(last) || last.date > asOf)
        return std::nullopt;
    if (!last.duringAfter && last.date.daysTo(asOf) <= 1)
        return CheckIn{CalfCheckInDialog::Moment::AfterRun, episode, last};
    if (last.duringAfter && !last.nextMorning && last.date.daysTo(asOf) == 1)
        return CheckIn{CalfCheckInDialog::Moment::NextMorning, episode, last};
    return std::nullopt;
}

bool askCheckIn(QWidget* parent, const CheckIn& checkIn, core::Database& db, QUndoStack* undo,
                const ErrorSink& errors, qint64 athleteId)
{
    CalfCheckInDialog dialog(checkIn.moment, checkIn.episode, checkIn.session, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    auto entries = std::make_shared<QList<core::Symptom>>(dialog.entries());
    if (entries->isEmpty())
        return false;
    for (core::Symptom& s : *entries)
        s.athleteId = athleteId;
    auto add = [&db, entries]() -> core::Status {
        core::Transaction tx(db);
        if (!tx.active())
            return tx.beginError();
        for (core::Symptom& s : *entries) {
            auto id = core::SymptomRepository(db).add(s); // the same ids again on redo
            if (!id)
                return id.error();
            s.id = *id;
        }
        return tx.commit();
    };
    auto remove = [&db, entries]() -> core::Status {
        core::Transaction tx(db);
        if (!tx.active())
            return tx.beginError();
        for (const core::Symptom& s : *entries)
            if (core::Status ok = core::SymptomRepository(db).remove(s.id); !ok)
                return ok;
        return tx.commit();
    };
    auto* command =
        new LogCommand(checkIn.moment == CalfCheckInDialog::Moment::NextMorning
                           ? QCoreApplication::translate("CalfCheckIn", "Log this morning's pain")
                           : QCoreApplication::translate("CalfCheckIn", "Log the run's pain"),
                       add, remove, errors);
    if (!command->result()) {
        QMessageBox::warning(parent, QCoreApplication::translate("CalfCheckIn", "Pain not saved"),
                             command->result().message());
        delete command;
        return false;
    }
    undo->push(command);
    return true;
}

} // namespace stridewell::ui
