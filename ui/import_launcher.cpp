#include "import_launcher.h"

#include "dialogs/import_dialog.h"
#include "storage/database.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QMainWindow>
#include <QMimeData>
#include <QStandardPaths>
#include <QStyle>
#include <QUrl>

namespace stridewell::ui {

namespace {

QStringList localPaths(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    return paths;
}

} // namespace

ImportLauncher::ImportLauncher(QMainWindow* window)
    : QObject(window), m_window(window), m_files(new QAction(this)), m_folder(new QAction(this)),
      m_keepWalks(new QAction(this)), m_keepFast(new QAction(this)), m_salvage(new QAction(this))
{
    m_files->setText(tr("&Import Files…"));
    m_files->setIconText(tr("Import"));
    m_files->setIcon(QIcon::fromTheme(QStringLiteral("document-import"),
                                      window->style()->standardIcon(QStyle::SP_ArrowDown)));
    m_files->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_files->setToolTip(tr("Import watch files: FIT, GPX, TCX, CSV, their .gz and .zip "
                           "archives (Ctrl+I). You can also drop files or folders on the "
                           "window."));
    m_folder->setText(tr("Import &Folder…"));
    m_folder->setToolTip(tr("Import every activity file in a folder, such as a Strava or "
                            "Garmin export"));
    m_keepWalks->setText(tr("Keep &Walks and Hikes"));
    m_keepWalks->setCheckable(true);
    m_keepWalks->setToolTip(tr("When importing, keep walking and hiking activities too (they "
                               "count towards load like runs). Other sports are always "
                               "skipped."));
    m_keepFast->setText(tr("Keep Tracks &Faster Than Running"));
    m_keepFast->setCheckable(true);
    m_keepFast->setToolTip(tr("When importing, keep tracks that move faster than anyone runs "
                              "(on average faster than 2:30 per km over more than 2 km, or more "
                              "than a tenth of the time above 30 km/h) as runs. Left out, they "
                              "are usually bike rides."));
    m_salvage->setText(tr("Keep the &Readable Part of Damaged Files"));
    m_salvage->setCheckable(true);
    m_salvage->setToolTip(tr("When a FIT file is cut short or fails its checksum (a watch that "
                             "died mid-run), import what can be read, marked as salvaged, "
                             "instead of refusing the file."));
    connect(m_files, &QAction::triggered, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            m_window, tr("Import Files"),
            QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
            tr("Activity files (*.fit *.gpx *.tcx *.csv *.gz *.zip *.FIT *.GPX *.TCX);;All "
               "files (*)"));
        if (!files.isEmpty())
            importPaths(files);
    });
    connect(m_folder, &QAction::triggered, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
            m_window, tr("Import Folder"),
            QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
        if (!folder.isEmpty())
            importPaths({folder});
    });
    window->setAcceptDrops(true);
    window->installEventFilter(this);
    setTarget(nullptr, 0);
}

void ImportLauncher::setTarget(core::Database* db, qint64 athleteId)
{
    m_db = db;
    m_athleteId = athleteId;
    m_files->setEnabled(db && athleteId);
    m_folder->setEnabled(db && athleteId);
}

ImportDialog* ImportLauncher::importPaths(const QStringList& paths)
{
    if (!m_db || m_athleteId == 0 || paths.isEmpty())
        return nullptr;
    core::ImportOptions options;
    options.athleteId = m_athleteId;
    options.keepWalking = m_keepWalks->isChecked();
    options.keepFast = m_keepFast->isChecked();
    options.salvage = m_salvage->isChecked();
    auto* dialog = new ImportDialog(m_db->path(), paths, options, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::importFinished, this, &ImportLauncher::importFinished);
    dialog->open();
    dialog->start();
    return dialog;
}

bool ImportLauncher::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && m_files->isEnabled()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto* drag = static_cast<QDragMoveEvent*>(event);
            if (!localPaths(drag->mimeData()).isEmpty()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto* drop = static_cast<QDropEvent*>(event);
            const QStringList paths = localPaths(drop->mimeData());
            if (!paths.isEmpty()) {
                drop->acceptProposedAction();
                importPaths(paths);
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace stridewell::ui
