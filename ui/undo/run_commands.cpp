#include "undo/run_commands.h"

#include "storage/database.h"
#include "storage/run_repository.h"
#include "unit_format.h"

#include <QCoreApplication>

namespace stridewell::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RunCommands", text);
}

void report(const ErrorSink& sink, const core::Status& status)
{
    if (!status && sink)
        sink(status.message());
}

} // namespace

AddRunCommand::AddRunCommand(core::Database& db, core::Run run, ErrorSink errors)
    : m_db(db), m_run(std::move(run)), m_errors(std::move(errors))
{
    setText(tr("Add run"));
    auto id = core::RunRepository(m_db).add(m_run);
    if (!id)
        m_result = id.error();
    else
        m_run.id = *id;
}

void AddRunCommand::redo()
{
    if (!m_done) {
        m_done = true;
        return;
    }
    auto id = core::RunRepository(m_db).add(m_run); // same id: restores the run
    report(m_errors, id ? core::Status(core::Ok{}) : core::Status(id.error()));
}

void AddRunCommand::undo()
{
    report(m_errors, core::RunRepository(m_db).remove(m_run.id));
}

EditRunCommand::EditRunCommand(core::Database& db, core::Run before, core::Run after,
                               ErrorSink errors)
    : m_db(db), m_before(std::move(before)), m_after(std::move(after)), m_errors(std::move(errors))
{
    setText(tr("Edit run"));
    m_result = core::RunRepository(m_db).update(m_after);
}

void EditRunCommand::redo()
{
    if (!m_done) {
        m_done = true;
        return;
    }
    report(m_errors, core::RunRepository(m_db).update(m_after));
}

void EditRunCommand::undo()
{
    report(m_errors, core::RunRepository(m_db).update(m_before));
}

DeleteRunsCommand::DeleteRunsCommand(core::Database& db, QList<core::Run> runs, ErrorSink errors)
    : m_db(db), m_runs(std::move(runs)), m_errors(std::move(errors))
{
    setText(m_runs.size() == 1 ? tr("Delete run") : tr("Delete %1 runs").arg(m_runs.size()));
    core::RunRepository repo(m_db);
    for (const core::Run& run : m_runs) {
        auto samples = repo.samples(run.id);
        if (!samples) {
            m_result = samples.error();
            return;
        }
        m_samples.push_back(std::move(*samples));
    }
    m_result = removeAll();
}

core::Status DeleteRunsCommand::removeAll()
{
    core::Transaction tx(m_db);
    if (!tx.active())
        return tx.beginError();
    core::RunRepository repo(m_db);
    for (const core::Run& run : m_runs)
        if (core::Status ok = repo.remove(run.id); !ok)
            return ok;
    return tx.commit();
}

void DeleteRunsCommand::redo()
{
    if (!m_done) {
        m_done = true;
        return;
    }
    report(m_errors, removeAll());
}

void DeleteRunsCommand::undo()
{
    core::Transaction tx(m_db);
    if (!tx.active())
        return report(m_errors, tx.beginError());
    core::RunRepository repo(m_db);
    for (std::size_t i = 0; i < std::size_t(m_runs.size()); ++i) {
        auto id = repo.add(m_runs[i]);
        if (!id)
            return report(m_errors, id.error());
        if (!m_samples[i].empty())
            if (core::Status ok = repo.saveSamples(*id, m_samples[i]); !ok)
                return report(m_errors, ok);
    }
    report(m_errors, tx.commit());
}

} // namespace stridewell::ui
