#include "main_window.h"

#include "bundle_actions.h"
#include "demo/demo_history.h"
#include "dialogs/settings_dialog.h"
#include "import_launcher.h"
#include "log_claim.h"
#include "pages/page_list.h"
#include "pages/reports_page.h"
#include "pages/runs_page.h"
#include "pages/strength_page.h"
#include "pages/symptoms_page.h"
#include "pages/welcome_page.h"
#include "red_flag_banner.h"
#include "storage/analysis_settings_store.h"
#include "storage/athlete_repository.h"
#include "storage/change_notifier.h"
#include "storage/database.h"
#include "storage/log_watcher.h"
#include "undo/log_command.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace stridewell::ui {

namespace {

constexpr int kAddAthleteEntry = -1;

QIcon themed(const char* name, QStyle::StandardPixmap fallback, const QStyle* style)
{
    return QIcon::fromTheme(QString::fromLatin1(name), style->standardIcon(fallback));
}

} // namespace

MainWindow::MainWindow(Preferences prefs, QWidget* parent)
    : QMainWindow(parent), m_prefs(std::move(prefs)), m_undo(new QUndoStack(this)),
      m_central(new QStackedWidget(this)), m_welcome(new WelcomePage(this)),
      m_workspace(new QWidget(this)), m_athletes(new QComboBox(this)), m_nav(new QListWidget(this)),
      m_pages(new QStackedWidget(this)), m_pathLabel(new QLabel(this))
{
    setWindowTitle(tr("Stridewell"));
    resize(1180, 760);
    buildActions();
    buildLayout();
    statusBar()->addPermanentWidget(m_pathLabel);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(m_welcome, &WelcomePage::exploreDemoRequested, this, &MainWindow::exploreDemo);
    connect(m_welcome, &WelcomePage::openLogRequested, this, &MainWindow::openLogDialog);
    connect(m_welcome, &WelcomePage::startOwnLogRequested, this, [this] {
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("Start my own log"), tr("Your name (or a nickname):"),
                                  QLineEdit::Normal, QString(), &ok);
        if (ok)
            startOwnLog(name);
    });
    updateActions();
}

MainWindow::~MainWindow()
{
    // Pages hold references to the log: remove them before it closes.
    clearPages();
    m_undo->clear();
}

void MainWindow::buildActions()
{
    const QStyle* s = style();
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newLog = file->addAction(themed("document-new", QStyle::SP_FileIcon, s),
                                      tr("&New Log…"), this, &MainWindow::newLogDialog);
    newLog->setToolTip(tr("Create a new, empty log file"));
    QAction* open = file->addAction(themed("document-open", QStyle::SP_DialogOpenButton, s),
                                    tr("&Open Log…"), this, &MainWindow::openLogDialog);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &Demo Log"), this, &MainWindow::exploreDemo);
    file->addSeparator();
    m_import = new ImportLauncher(this); // Import actions and drag-and-drop
    connect(m_import, &ImportLauncher::importFinished, this, &MainWindow::lookAtLog);
    file->addAction(m_import->importFilesAction());
    file->addAction(m_import->importFolderAction());
    QMenu* importChoices = file->addMenu(tr("Import &Options"));
    importChoices->addAction(m_import->keepWalksAction());
    importChoices->addAction(m_import->keepFastAction());
    importChoices->addAction(m_import->salvageAction());
    file->addSeparator();
    m_bundle = new BundleActions(this, m_undo, [this](const QString& message) {
        showError(message);
    }); // File ▸ Export/Import Athlete Bundle
    file->addAction(m_bundle->exportAction());
    file->addAction(m_bundle->importAction());
    connect(m_bundle, &BundleActions::athleteImported, this, [this](qint64 athleteId) {
        lookAtLog();              // the merge wrote through its own connection, a moment ago
        selectAthlete(athleteId); // the switcher follows the merged athlete
        showPages();
    });
    file->addSeparator();
    m_backup = file->addAction(themed("document-save-as", QStyle::SP_DialogSaveButton, s),
                               tr("&Back Up Log…"), this, &MainWindow::backupDialog);
    m_exportPdf = file->addAction(themed("document-print", QStyle::SP_FileDialogContentsView, s),
                                  tr("Export &PDF Report…"), this, [this] {
                                      if (showPage(&ReportsPage::staticMetaObject))
                                          page<ReportsPage>()->exportPdf();
                                  });
    m_exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_exportPdf->setToolTip(tr("The clinician report of the athlete as a PDF (Ctrl+P)"));
    file->addSeparator();
    QAction* quit = file->addAction(themed("application-exit", QStyle::SP_DialogCloseButton, s),
                                    tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    undo->setIcon(themed("edit-undo", QStyle::SP_ArrowBack, s));
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setIcon(themed("edit-redo", QStyle::SP_ArrowForward, s));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* settings =
        edit->addAction(themed("preferences-system", QStyle::SP_FileDialogDetailedView, s),
                        tr("&Settings…"), this, &MainWindow::editSettings);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu* log = menuBar()->addMenu(tr("&Log"));
    m_logRun = log->addAction(themed("list-add", QStyle::SP_FileDialogNewFolder, s),
                              tr("Log &Run…"), this, [this] {
                                  if (showPage(&RunsPage::staticMetaObject))
                                      runsPage()->addRun();
                              });
    m_logRun->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_logRun->setToolTip(tr("Log a run by hand (Ctrl+N)"));
    m_logSymptom = log->addAction(themed("dialog-warning", QStyle::SP_MessageBoxWarning, s),
                                  tr("Log &Symptom…"), this, [this] {
                                      if (showPage(&SymptomsPage::staticMetaObject))
                                          page<SymptomsPage>()->addSymptom();
                                  });
    m_logSymptom->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_logSymptom->setToolTip(tr("Note where your calf hurts and how much (Ctrl+Shift+N)"));
    m_logCalfTest = log->addAction(tr("Log &Calf-Raise Test…"), this, [this] {
        if (showPage(&SymptomsPage::staticMetaObject))
            page<SymptomsPage>()->addCalfTest();
    });
    m_logStrength = log->addAction(tr("Log S&trength Session…"), this, [this] {
        if (showPage(&StrengthPage::staticMetaObject))
            page<StrengthPage>()->logSession();
    });
    log->addSeparator();
    m_addAthlete = log->addAction(tr("Add &Athlete…"), this, &MainWindow::addAthlete);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Stridewell"), this, [this] {
        QMessageBox::about(
            this, tr("About Stridewell"),
            tr("<p><b>Stridewell %1</b></p><p>A training log that links running load, calf "
               "symptoms and strength work. It works offline; your data stays in your log "
               "file.</p><p>Stridewell gives training guidance, not a diagnosis. When in doubt, "
               "see a clinician.</p>")
                .arg(QApplication::applicationVersion()));
    });

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addAction(m_logRun);
    bar->addAction(m_logSymptom);
    bar->addAction(m_import->importFilesAction());
    bar->addAction(m_exportPdf);
    bar->addSeparator();
    bar->addAction(undo);
    bar->addAction(redo);
}

void MainWindow::buildLayout()
{
    auto* side = new QWidget(m_workspace);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(6, 6, 0, 6);
    auto* athleteLabel = new QLabel(tr("A&thlete"), side);
    athleteLabel->setBuddy(m_athletes);
    m_athletes->setAccessibleName(tr("Athlete"));
    m_nav->setAccessibleName(tr("Pages"));
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setSpacing(2);
    m_nav->setFrameShape(QFrame::NoFrame);
    sideLayout->addWidget(athleteLabel);
    sideLayout->addWidget(m_athletes);
    sideLayout->addSpacing(8);
    sideLayout->addWidget(m_nav, 1);
    side->setMinimumWidth(180);
    side->setMaximumWidth(260);

    auto* splitter = new QSplitter(m_workspace);
    splitter->addWidget(side);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    m_workspaceLayout = new QVBoxLayout(m_workspace);
    m_workspaceLayout->setContentsMargins(0, 0, 0, 0);
    m_workspaceLayout->setSpacing(0);
    m_workspaceLayout->addWidget(splitter, 1);

    m_central->addWidget(m_welcome);
    m_central->addWidget(m_workspace);
    setCentralWidget(m_central);

    connect(m_nav, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            m_pages->setCurrentIndex(item->data(Qt::UserRole).toInt());
    });
    connect(m_athletes, &QComboBox::activated, this, [this](int index) {
        const qint64 id = m_athletes->itemData(index).toLongLong();
        if (id == kAddAthleteEntry) {
            const int previous = m_athletes->findData(m_athleteId);
            m_athletes->setCurrentIndex(previous);
            addAthlete();
            return;
        }
        selectAthlete(id);
    });
}

bool MainWindow::openLog(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        installLog(nullptr);
        m_pendingPath = path;
        m_pathLabel->setText(tr("No log open"));
        m_central->setCurrentWidget(m_welcome);
        return true;
    }
    auto claim = claimLog(path);
    if (!claim) {
        if (!m_db) {
            m_pendingPath = m_prefs.defaultLogPath;
            m_central->setCurrentWidget(m_welcome);
        }
        return false;
    }
    auto db = core::Database::open(path);
    if (!db) {
        if (m_db && claim->path() == LogClaim::lockPath(m_db->path()))
            m_claim = std::move(claim); // still this window's log
        QMessageBox::critical(this, tr("Cannot open the log"), db.message());
        if (!m_db) {
            m_pendingPath = m_prefs.defaultLogPath;
            m_central->setCurrentWidget(m_welcome);
        }
        return false;
    }
    if (!(*db)->migrationBackupPath().isEmpty())
        statusBar()->showMessage(tr("The log was upgraded; a copy of the old version is in %1")
                                     .arg(QDir::toNativeSeparators((*db)->migrationBackupPath())),
                                 15000);
    else if ((*db)->madePrivate())
        statusBar()->showMessage(tr("The log was readable by other users of this computer; it "
                                    "is now private to you."),
                                 15000);
    installLog(std::move(*db), std::move(claim));
    Q_EMIT logOpened(m_db->path());
    return true;
}

std::unique_ptr<LogClaim> MainWindow::claimLog(const QString& path)
{
    if (m_claim && m_claim->path() == LogClaim::lockPath(path))
        return std::move(m_claim); // this window has it open already
    QString holder;
    if (auto claim = LogClaim::claim(path, &holder))
        return claim;
    const QString name = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    LogClaim::askToComeForward(path, this, [this, name, holder](bool answered) {
        if (answered) {
            statusBar()->showMessage(tr("%1 is open in another Stridewell window, which was "
                                        "brought forward: one window per log.")
                                         .arg(name),
                                     15000);
            return;
        }
        auto* box = new QMessageBox(
            QMessageBox::Information, tr("The log is open elsewhere"),
            tr("%1 is open in Stridewell elsewhere (%2), which did not answer. Close it there, "
               "then open the log here; one window per log keeps every change in one place.")
                .arg(name, holder),
            QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    return nullptr;
}

void MainWindow::comeForward()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
    Q_EMIT broughtForward();
}

QString MainWindow::logPath() const
{
    return m_db ? m_db->path() : QString();
}

bool MainWindow::showsWelcome() const
{
    return m_central->currentWidget() == m_welcome;
}

RunsPage* MainWindow::runsPage() const
{
    return page<RunsPage>();
}

bool MainWindow::showPage(const QMetaObject* pageClass)
{
    for (int row = 0; row < m_nav->count(); ++row) {
        QListWidgetItem* item = m_nav->item(row);
        const Page* p = m_pageList[item->data(Qt::UserRole).toInt()];
        if (p->metaObject() == pageClass && !item->isHidden()) {
            m_nav->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void MainWindow::clearPages()
{
    delete m_banner; // it reads the log too
    m_banner = nullptr;
    m_nav->clear();
    // Hidden while emptied, or each removal would show (and reload) the next doomed page.
    const bool wasHidden = m_pages->isHidden();
    m_pages->hide();
    for (Page* p : m_pageList) {
        m_pages->removeWidget(p);
        delete p;
    }
    m_pageList.clear();
    m_pages->setHidden(wasHidden);
}

void MainWindow::installLog(std::unique_ptr<core::Database> db, std::unique_ptr<LogClaim> claim)
{
    m_undo->clear();
    clearPages();
    m_athleteId = 0;
    m_athleteCount = 0;
    m_athleteList.clear();
    m_watcher.reset();
    m_db = std::move(db);
    m_claim = std::move(claim); // the previous log's is let go
    if (!m_db) {
        updateActions();
        return;
    }
    if (m_claim)
        connect(m_claim.get(), &LogClaim::forwardRequested, this, &MainWindow::comeForward);

    m_pendingPath.clear();
    m_pathLabel->setText(QDir::toNativeSeparators(m_db->path()));
    setWindowFilePath(m_db->path());
    const PageContext context{*m_db, m_undo, [this](const QString& message) { showError(message); },
                              m_prefs};
    // Red flags first: above every page, until the runner has read them.
    m_banner = new RedFlagBanner(*m_db, m_undo, context.errors, m_workspace);
    m_workspaceLayout->insertWidget(0, m_banner);
    m_pageList = createPages(context, m_pages);
    for (Page* p : m_pageList) {
        const int index = m_pages->addWidget(p);
        auto* item = new QListWidgetItem(p->icon(), p->title(), m_nav);
        item->setToolTip(p->description());
        item->setData(Qt::UserRole, index);
        connect(p, &Page::showPageRequested, this, &MainWindow::showPage);
        connect(p, &Page::athleteRequested, this, [this](qint64 athleteId) {
            selectAthlete(athleteId);
            m_nav->setCurrentRow(0);
        });
    }
    m_nav->setCurrentRow(0);
    // Whoever writes to the log (this window, its import threads, the command line, another
    // program), the change arrives as the notifier's logChanged.
    m_watcher = std::make_unique<core::LogWatcher>(*m_db);
    connect(&m_db->notifier(), &core::ChangeNotifier::logChanged, this, &MainWindow::followLog);
    refreshAthletes();
}

void MainWindow::lookAtLog()
{
    if (m_watcher)
        m_watcher->checkNow(); // rather than at its next tick
}

void MainWindow::followLog()
{
    auto athletes = core::AthleteRepository(*m_db).list();
    if (!athletes) {
        showError(athletes.message());
        return;
    }
    QList<QPair<qint64, QString>> list;
    for (const core::Athlete& a : *athletes)
        list.append({a.id, a.name});
    if (list != m_athleteList) // the pages follow the log by themselves
        refreshAthletes();
}

void MainWindow::refreshAthletes()
{
    auto athletes = core::AthleteRepository(*m_db).list();
    if (!athletes) {
        showError(athletes.message());
        return;
    }
    const QSignalBlocker block(m_athletes);
    m_athletes->clear();
    m_athleteList.clear();
    for (const core::Athlete& a : *athletes) {
        m_athletes->addItem(a.name, a.id);
        m_athleteList.append({a.id, a.name});
    }
    m_athletes->insertSeparator(m_athletes->count());
    m_athletes->addItem(tr("Add athlete…"), kAddAthleteEntry);
    m_athleteCount = int(athletes->size());
    updateNavigation();
    if (athletes->isEmpty()) {
        m_athleteId = 0;
        m_central->setCurrentWidget(m_welcome);
        m_pendingPath = m_db->path();
        updateActions();
        return;
    }
    qint64 keep = athletes->front().id;
    for (const core::Athlete& a : *athletes)
        if (a.id == m_athleteId)
            keep = a.id;
    selectAthlete(keep);
    showPages();
}

void MainWindow::selectAthlete(qint64 athleteId)
{
    m_athleteId = athleteId;
    m_athletes->setCurrentIndex(m_athletes->findData(athleteId));
    if (m_banner)
        m_banner->setAthlete(athleteId);
    for (Page* p : m_pageList)
        p->setAthlete(athleteId);
    setWindowTitle(tr("%1 – Stridewell").arg(m_athletes->currentText()));
    updateActions();
}

void MainWindow::updateNavigation()
{
    for (int row = 0; row < m_nav->count(); ++row) {
        QListWidgetItem* item = m_nav->item(row);
        const Page* p = m_pageList[item->data(Qt::UserRole).toInt()];
        item->setHidden(p->needsSeveralAthletes() && m_athleteCount < 2);
    }
    if (m_nav->currentItem() && m_nav->currentItem()->isHidden())
        m_nav->setCurrentRow(0);
}

void MainWindow::showPages()
{
    m_central->setCurrentWidget(m_workspace);
    updateActions();
}

void MainWindow::updateActions()
{
    const bool ready = m_db && m_athleteId != 0;
    m_logRun->setEnabled(ready);
    m_logSymptom->setEnabled(ready);
    m_logCalfTest->setEnabled(ready);
    m_logStrength->setEnabled(ready);
    m_addAthlete->setEnabled(m_db != nullptr);
    m_backup->setEnabled(m_db != nullptr);
    m_exportPdf->setEnabled(ready);
    m_import->setTarget(m_db.get(), ready ? m_athleteId : 0);
    m_bundle->setTarget(m_db.get(), ready ? m_athleteId : 0);
}

void MainWindow::addAthlete()
{
    if (!m_db)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add athlete"), tr("Name:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    auto athlete = core::AthleteRepository(*m_db).add(name);
    if (!athlete) {
        QMessageBox::warning(this, tr("Athlete not added"), athlete.message());
        return;
    }
    selectAthlete(athlete->id);
    showPages();
}

void MainWindow::exploreDemo()
{
    const QString path =
        QFileInfo(m_prefs.defaultLogPath).absoluteDir().filePath(QStringLiteral("demo.sqlite"));
    auto claim = claimLog(path); // not rebuilt under another window's feet
    if (!claim)
        return;
    if (m_db && m_db->path() == QFileInfo(path).absoluteFilePath())
        installLog(nullptr);
    // The demo is rebuilt each time so that its story ends this week.
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    auto db = core::Database::open(path);
    if (!db) {
        QMessageBox::critical(this, tr("Cannot create the demo log"), db.message());
        return;
    }
    auto athlete = core::installDemo(**db, tr("Alex (demo)"), QDate::currentDate());
    if (!athlete) {
        QMessageBox::critical(this, tr("Cannot create the demo log"), athlete.message());
        return;
    }
    installLog(std::move(*db), std::move(claim));
    Q_EMIT logOpened(m_db->path());
    statusBar()->showMessage(
        tr("This is the demo log. Use File ▸ New Log or Open Log for your own."), 10000);
}

bool MainWindow::startOwnLog(const QString& athleteName)
{
    if (core::Status valid = core::AthleteRepository::validateName(athleteName); !valid) {
        QMessageBox::warning(this, tr("Start my own log"), valid.message());
        return false;
    }
    const QString path = m_pendingPath.isEmpty() ? m_prefs.defaultLogPath : m_pendingPath;
    if (!m_db || m_db->path() != QFileInfo(path).absoluteFilePath()) {
        auto claim = claimLog(path);
        if (!claim)
            return false;
        auto db = core::Database::open(path);
        if (!db) {
            QMessageBox::critical(this, tr("Cannot create the log"), db.message());
            return false;
        }
        installLog(std::move(*db), std::move(claim));
        Q_EMIT logOpened(m_db->path());
    }
    auto athlete = core::AthleteRepository(*m_db).add(athleteName);
    if (!athlete) {
        QMessageBox::warning(this, tr("Start my own log"), athlete.message());
        return false;
    }
    selectAthlete(athlete->id);
    showPages();
    return true;
}

void MainWindow::openLogDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Log"), QFileInfo(m_prefs.defaultLogPath).absolutePath(),
        tr("Stridewell logs (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openLog(path);
}

void MainWindow::newLogDialog()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Log"),
                                                QFileInfo(m_prefs.defaultLogPath).absolutePath(),
                                                tr("Stridewell logs (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        openLog(path);
        return;
    }
    installLog(nullptr);
    m_pendingPath = path;
    m_pathLabel->setText(tr("New log: %1").arg(QDir::toNativeSeparators(path)));
    m_central->setCurrentWidget(m_welcome);
}

void MainWindow::backupDialog()
{
    if (!m_db)
        return;
    const QString suggestion = QFileInfo(m_db->path())
                                   .absoluteDir()
                                   .filePath(QStringLiteral("stridewell-backup-%1.sqlite")
                                                 .arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Back Up Log"), suggestion,
                                                      tr("Stridewell logs (*.sqlite)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (core::Status ok = m_db->backupTo(path); !ok)
        QMessageBox::warning(this, tr("Backup failed"), ok.message());
    else
        statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::editSettings()
{
    std::optional<core::AnalysisSettings> before;
    if (m_db) {
        auto loaded = core::loadAnalysisSettings(*m_db);
        if (!loaded) {
            showError(loaded.message());
            return;
        }
        before = *loaded;
    }
    SettingsDialog dialog(m_prefs, before ? &*before : nullptr, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (before && !(dialog.analysisSettings() == *before)) {
        // The log's thresholds change every flag; the change can be undone like any other.
        const core::AnalysisSettings after = dialog.analysisSettings();
        auto* command = new LogCommand(
            tr("Change flag settings"),
            [this, after] { return core::saveAnalysisSettings(*m_db, after); },
            [this, old = *before] { return core::saveAnalysisSettings(*m_db, old); },
            [this](const QString& message) { showError(message); });
        if (!command->result()) {
            QMessageBox::warning(this, tr("Settings not saved"), command->result().message());
            delete command;
        } else {
            m_undo->push(command);
        }
    }
    m_prefs = dialog.preferences();
    for (Page* p : m_pageList)
        p->setPreferences(m_prefs);
    Q_EMIT preferencesChanged(m_prefs);
}

void MainWindow::showError(const QString& message)
{
    statusBar()->showMessage(tr("Error: %1").arg(message), 15000);
    QApplication::beep();
}

} // namespace stridewell::ui
