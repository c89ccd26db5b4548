#pragma once

#include "error_sink.h"
#include "model/run.h"
#include "model/sample.h"
#include "result.h"

#include <QUndoCommand>
#include <vector>

namespace stridewell::core {
class Database;
}

namespace stridewell::ui {

// Each command's first redo() is the change made before it was pushed (so the caller can show
// an error instead of pushing); later redos and undos replay it against the log.
class AddRunCommand : public QUndoCommand
{
public:
    // Stores the run now; check ok() before pushing.
    AddRunCommand(core::Database& db, core::Run run, ErrorSink errors);
    const core::Status& result() const { return m_result; }
    qint64 runId() const { return m_run.id; }

    void undo() override;
    void redo() override;

private:
    core::Database& m_db;
    core::Run m_run;
    ErrorSink m_errors;
    core::Status m_result = core::Ok{};
    bool m_done = false;
};

class EditRunCommand : public QUndoCommand
{
public:
    EditRunCommand(core::Database& db, core::Run before, core::Run after, ErrorSink errors);
    const core::Status& result() const { return m_result; }

    void undo() override;
    void redo() override;

private:
    core::Database& m_db;
    core::Run m_before;
    core::Run m_after;
    ErrorSink m_errors;
    core::Status m_result = core::Ok{};
    bool m_done = false;
};

class DeleteRunsCommand : public QUndoCommand
{
public:
    // Deletes the runs now (in one transaction), keeping them and their samples for undo.
    DeleteRunsCommand(core::Database& db, QList<core::Run> runs, ErrorSink errors);
    const core::Status& result() const { return m_result; }

    void undo() override;
    void redo() override;

private:
    core::Status removeAll();

    core::Database& m_db;
    QList<core::Run> m_runs;
    std::vector<core::SampleList> m_samples;
    ErrorSink m_errors;
    core::Status m_result = core::Ok{};
    bool m_done = false;
};

} // namespace stridewell::ui
