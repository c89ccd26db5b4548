#pragma once

#include "bundle/bundle_service.h"
#include "error_sink.h"

#include <QObject>
#include <QPointer>
#include <atomic>
#include <functional>

class QAction;
class QMainWindow;
class QMessageBox;
class QProgressDialog;
class QThread;
class QUndoStack;

namespace stridewell::ui {

// File ▸ Export Athlete Bundle… and Import Athlete Bundle…, kept out of MainWindow. Export
// writes the current athlete's whole record to a .stridewell-bundle file; import merges one
// into the open log (core::BundleService). The work runs off the GUI thread on its own
// connection to the log, behind a progress dialog whose Cancel writes nothing. A merge ends
// with a summary of what was added and skipped; the pages and the athlete switcher follow the
// log itself (core::LogWatcher), as for any other writer. The merge goes on the undo stack ("Undo
// Import Athlete Bundle" removes what it added; redo merges the file again).
class BundleActions : public QObject
{
    Q_OBJECT
public:
    BundleActions(QMainWindow* window, QUndoStack* undo, ErrorSink errors);
    ~BundleActions() override;

    QAction* exportAction() const { return m_export; }
    QAction* importAction() const { return m_import; }

    // The open log and its current athlete: export needs both, import only the log.
    void setTarget(core::Database* db, qint64 athleteId);

    // What the actions do once their file dialog has a path.
    void exportTo(const QString& path);
    void importFrom(const QString& path);
    bool isBusy() const { return m_thread != nullptr; }
    // The summary or error of the last export or import, while it is shown.
    QMessageBox* message() const;

Q_SIGNALS:
    // A merge was committed into this athlete of the log (new or existing).
    void athleteImported(qint64 athleteId);
    // An export or import ended: done, failed or cancelled.
    void finished();

private:
    using Work = std::function<void(const std::function<bool(int, int)>& progress)>;
    void runInBackground(const QString& label, Work work, std::function<void()> done);
    void exportDone(const core::Result<core::BundleExport>& result, const QString& path);
    void importDone(const core::Result<core::BundleImport>& result, core::Database* db);
    void showMessage(bool failed, const QString& title, const QString& text);
    QString countsText(const core::BundleCounts& counts) const;
    QString suggestedPath() const;

    void pushUndo(const core::BundleImport& merged, core::Database* db);

    QMainWindow* m_window;
    QUndoStack* m_undo;
    ErrorSink m_errors;
    core::Database* m_db = nullptr;
    qint64 m_athleteId = 0;
    QAction* m_export;
    QAction* m_import;
    QThread* m_thread = nullptr;
    QPointer<QProgressDialog> m_progress;
    QPointer<QMessageBox> m_message;
    std::atomic<bool> m_stop{false};
};

} // namespace stridewell::ui
