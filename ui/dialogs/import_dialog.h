#pragma once

#include "import/import_service.h"

#include <QDialog>
#include <atomic>
#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace stridewell::ui {

// Imports files and folders off the GUI thread, with progress and Cancel. The work runs on a
// second connection to the same log (Qt SQL connections belong to one thread; the log is WAL
// with a busy timeout), one transaction per file, so Cancel keeps every file that finished.
// At the end: the counts, and each rejected file with its reason.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(QString logPath, QStringList paths, core::ImportOptions options,
                 QWidget* parent = nullptr);
    ~ImportDialog() override;

    void start();
    bool isFinished() const { return m_finished; }
    bool wasCancelled() const { return m_cancelled; }
    const std::vector<core::FileOutcome>& outcomes() const { return m_outcomes; }
    QTableWidget* problems() const { return m_problems; }
    QPushButton* cancelButton() const { return m_cancel; }
    QString summaryText() const;
    QString statusText() const; // "Import finished.", or why it stopped

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    // After the last file (or Cancel): runs were imported, so the views should reload.
    void importFinished(int runsImported);

protected:
    void reject() override;

private:
    void planned(int total);
    void fileDone(const core::FileOutcome& outcome);
    void addProblem(const QString& filePath, const QString& why);
    void done(const QString& error);
    QString stopReason(const core::FileOutcome& failed, int notTried) const;

    QString m_logPath;
    QStringList m_paths;
    core::ImportOptions m_options;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_stop{false};
    bool m_finished = false;
    bool m_cancelled = false;
    int m_total = 0;
    std::vector<core::FileOutcome> m_outcomes;

    QLabel* m_status;
    QLabel* m_current;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QTableWidget* m_problems;
    QPushButton* m_cancel;
    QPushButton* m_close;
};

} // namespace stridewell::ui
