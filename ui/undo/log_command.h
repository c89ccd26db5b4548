#pragma once

#include "error_sink.h"
#include "result.h"

#include <QUndoCommand>
#include <functional>

namespace stridewell::ui {

// An undoable change to the log, as the two functions that make and revert it. The change is
// made when the command is built, so the caller can check result() and show the error
// instead of pushing; the stack's first redo() is then skipped, and later undos and redos
// replay the functions, reporting failures to the sink.
class LogCommand : public QUndoCommand
{
public:
    using Step = std::function<core::Status()>;

    LogCommand(const QString& text, Step apply, Step revert, ErrorSink errors)
        : m_apply(std::move(apply)), m_revert(std::move(revert)), m_errors(std::move(errors))
    {
        setText(text);
        m_result = m_apply();
    }

    const core::Status& result() const { return m_result; }

    void redo() override
    {
        if (!m_done) {
            m_done = true;
            return;
        }
        report(m_apply());
    }
    void undo() override { report(m_revert()); }

private:
    void report(const core::Status& status) const
    {
        if (!status && m_errors)
            m_errors(status.message());
    }

    Step m_apply;
    Step m_revert;
    ErrorSink m_errors;
    core::Status m_result = core::Ok{};
    bool m_done = false;
};

} // namespace stridewell::ui
