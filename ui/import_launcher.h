#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMainWindow;

namespace stridewell::core {
class Database;
}

namespace stridewell::ui {

class ImportDialog;

// Everything that starts an import from the window, kept out of MainWindow: the Import
// actions (Ctrl+I for files, one for a folder) and dropping files or folders on the window.
// It shows an ImportDialog. The import writes through a connection of its own; the window
// hears of it from the log itself (core::LogWatcher), like any other writer's change.
class ImportLauncher : public QObject
{
    Q_OBJECT
public:
    explicit ImportLauncher(QMainWindow* window);

    QAction* importFilesAction() const { return m_files; }
    QAction* importFolderAction() const { return m_folder; }
    // Checkable choices that apply to every import started here, as import's --all-sports
    // and --salvage do on the command line.
    QAction* keepWalksAction() const { return m_keepWalks; }
    QAction* keepFastAction() const { return m_keepFast; }
    QAction* salvageAction() const { return m_salvage; }

    // The log and athlete imports go to; none (nullptr, 0) disables importing.
    void setTarget(core::Database* db, qint64 athleteId);
    // Starts importing these paths (what a drop does); returns the dialog shown.
    ImportDialog* importPaths(const QStringList& paths);

Q_SIGNALS:
    // An import ended (done, stopped or cancelled): the log may have changed just now.
    void importFinished();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QMainWindow* m_window;
    core::Database* m_db = nullptr;
    qint64 m_athleteId = 0;
    QAction* m_files;
    QAction* m_folder;
    QAction* m_keepWalks;
    QAction* m_keepFast;
    QAction* m_salvage;
};

} // namespace stridewell::ui
