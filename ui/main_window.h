#pragma once

#include "preferences.h"

#include <QMainWindow>
#include <memory>
#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QVBoxLayout;
class QUndoStack;

namespace stridewell::core {
class Database;
class LogWatcher;
} // namespace stridewell::core

namespace stridewell::ui {

class BundleActions;
class ImportLauncher;
class LogClaim;
class Page;
class RedFlagBanner;
class RunsPage;
class WelcomePage;

// The window: athlete switcher and page list on the left, the page on the right, the log's
// path in the status bar. Owns the open log and the undo stack.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Preferences prefs, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the log at `path`; a missing file shows the welcome page (nothing is created until
    // the user chooses). Returns false, after telling the user, when the file cannot be opened
    // or another window has it open (that window is asked to come forward: one per log).
    bool openLog(const QString& path);
    QString logPath() const;
    qint64 currentAthlete() const { return m_athleteId; }
    void selectAthlete(qint64 athleteId);

    QUndoStack* undoStack() const { return m_undo; }
    // The page of class T while a log is open, else nullptr.
    template <typename T> T* page() const
    {
        for (Page* p : m_pageList)
            if (auto* typed = qobject_cast<T*>(p))
                return typed;
        return nullptr;
    }
    RunsPage* runsPage() const;
    // Brings the page up in the navigation; false when it is not shown.
    bool showPage(const QMetaObject* pageClass);
    WelcomePage* welcomePage() const { return m_welcome; }
    bool showsWelcome() const;
    QAction* logRunAction() const { return m_logRun; }
    QAction* exportPdfAction() const { return m_exportPdf; }
    QAction* logSymptomAction() const { return m_logSymptom; }
    QAction* logCalfTestAction() const { return m_logCalfTest; }
    RedFlagBanner* banner() const { return m_banner; } // while a log is open
    ImportLauncher* importLauncher() const { return m_import; }
    BundleActions* bundleActions() const { return m_bundle; }

    void exploreDemo();
    bool startOwnLog(const QString& athleteName);

Q_SIGNALS:
    void preferencesChanged(const Preferences& prefs);
    void logOpened(const QString& path);
    // Another launch (or window) asked for this window's log, and the window came forward.
    void broughtForward();

private:
    void buildActions();
    void buildLayout();
    void installLog(std::unique_ptr<core::Database> db, std::unique_ptr<LogClaim> claim = {});
    std::unique_ptr<LogClaim> claimLog(const QString& path);
    void comeForward();
    void refreshAthletes();
    void followLog(); // after any change to the log: a new or renamed athlete, say
    void lookAtLog(); // a worker of this window has just written to the log
    void showPages();
    void clearPages();
    void updateNavigation();
    void addAthlete();
    void openLogDialog();
    void newLogDialog();
    void backupDialog();
    void editSettings();
    void showError(const QString& message);
    void updateActions();

    Preferences m_prefs;
    QString m_pendingPath;             // the log a "Start my own log" creates
    std::unique_ptr<LogClaim> m_claim; // this window's hold on m_db's file
    std::unique_ptr<core::Database> m_db;
    // Tells m_db's notifier of other writers' commits (declared after m_db: it goes first).
    std::unique_ptr<core::LogWatcher> m_watcher;
    qint64 m_athleteId = 0;

    QUndoStack* m_undo;
    QStackedWidget* m_central;
    WelcomePage* m_welcome;
    QWidget* m_workspace;
    QComboBox* m_athletes;
    QListWidget* m_nav;
    QStackedWidget* m_pages;
    std::vector<Page*> m_pageList;
    int m_athleteCount = 0;
    QList<QPair<qint64, QString>> m_athleteList; // what the switcher shows
    QLabel* m_pathLabel;

    QAction* m_logRun = nullptr;
    QAction* m_logSymptom = nullptr;
    QAction* m_logCalfTest = nullptr;
    QAction* m_logStrength = nullptr;
    RedFlagBanner* m_banner = nullptr;
    QVBoxLayout* m_workspaceLayout = nullptr;
    QAction* m_addAthlete = nullptr;
    QAction* m_backup = nullptr;
    QAction* m_exportPdf = nullptr;
    ImportLauncher* m_import = nullptr;
    BundleActions* m_bundle = nullptr;
};

} // namespace stridewell::ui
