#include "bundle_actions.h"

#include "storage/athlete_repository.h"
#include "storage/database.h"
#include "undo/log_command.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QThread>
#include <QUndoStack>
#include <memory>
#include <optional>
#include <utility>

namespace stridewell::ui {

namespace {

QString suffix()
{
    return QString::fromLatin1(core::bundle_format::kSuffix);
}

QString bundleFilter()
{
    return BundleActions::tr("Athlete bundles (*.%1);;All files (*)").arg(suffix());
}

} // namespace

BundleActions::BundleActions(QMainWindow* window, QUndoStack* undo, ErrorSink errors)
    : QObject(window), m_window(window), m_undo(undo), m_errors(std::move(errors)),
      m_export(new QAction(this)), m_import(new QAction(this))
{
    m_export->setText(tr("&Export Athlete Bundle…"));
    m_export->setToolTip(tr("Save this athlete's whole record (runs with their tracks, "
                            "symptoms, calf-raise tests, strength sessions, shoes) as one file "
                            "that a coach can merge into their log"));
    m_import->setText(tr("Import Athlete &Bundle…"));
    m_import->setToolTip(tr("Merge an athlete bundle into this log: the athlete is matched by "
                            "name or added, and anything already in the log is skipped"));
    connect(m_export, &QAction::triggered, this, [this] {
        QString path = QFileDialog::getSaveFileName(m_window, tr("Export Athlete Bundle"),
                                                    suggestedPath(), bundleFilter());
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += QLatin1Char('.') + suffix();
        exportTo(path);
    });
    connect(m_import, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            m_window, tr("Import Athlete Bundle"),
            QStandardPaths::writableLocation(QStandardPaths::DownloadLocation), bundleFilter());
        if (!path.isEmpty())
            importFrom(path);
    });
    setTarget(nullptr, 0);
}

BundleActions::~BundleActions()
{
    m_stop = true; // a cancelled export or merge writes nothing
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BundleActions::setTarget(core::Database* db, qint64 athleteId)
{
    m_db = db;
    m_athleteId = athleteId;
    m_export->setEnabled(db && athleteId && !m_thread);
    m_import->setEnabled(db && !m_thread);
}

QString BundleActions::suggestedPath() const
{
    QString name;
    if (auto athlete = core::AthleteRepository(*m_db).find(m_athleteId); athlete && *athlete)
        name = (*athlete)->name;
    // A file name on every system: letters, digits, spaces, dots, dashes, underscores.
    name.replace(QRegularExpression(QStringLiteral("[^\\w .-]")), QStringLiteral("_"));
    if (name.trimmed().isEmpty())
        name = tr("athlete");
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(dir).filePath(
        QStringLiteral("%1-%2.%3")
            .arg(name.trimmed(), QDate::currentDate().toString(Qt::ISODate), suffix()));
}

void BundleActions::runInBackground(const QString& label, Work work, std::function<void()> done)
{
    m_stop = false;
    m_export->setEnabled(false);
    m_import->setEnabled(false);
    m_progress = new QProgressDialog(label, tr("Cancel"), 0, 0, m_window);
    m_progress->setWindowTitle(tr("Athlete bundle"));
    m_progress->setAccessibleName(tr("Athlete bundle progress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(500);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        m_stop = true;
        if (m_progress)
            m_progress->setLabelText(tr("Cancelling; nothing will be written…"));
    });

    m_thread = QThread::create([this, work = std::move(work)] {
        int shown = -1;
        work([this, &shown](int doneRuns, int total) {
            // A step per percent is plenty; each one is a queued call to the GUI thread.
            const int step = std::max(1, total / 100);
            if (doneRuns == total || doneRuns - shown >= step) {
                shown = doneRuns;
                QMetaObject::invokeMethod(
                    this,
                    [this, doneRuns, total] {
                        if (m_progress && !m_stop) {
                            m_progress->setMaximum(std::max(1, total));
                            m_progress->setValue(doneRuns);
                        }
                    },
                    Qt::QueuedConnection);
            }
            return !m_stop.load();
        });
    });
    connect(m_thread, &QThread::finished, this, [this, done = std::move(done)] {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        if (m_progress)
            m_progress->deleteLater();
        setTarget(m_db, m_athleteId);
        done();
        Q_EMIT finished();
    });
    m_thread->start();
}

void BundleActions::exportTo(const QString& path)
{
    if (!m_db || m_athleteId == 0 || m_thread)
        return;
    auto result = std::make_shared<std::optional<core::Result<core::BundleExport>>>();
    const QString logPath = m_db->path();
    const qint64 athlete = m_athleteId;
    runInBackground(
        tr("Writing the athlete bundle…"),
        [result, logPath, athlete, path](const core::BundleProgress& progress) {
            // This thread's own connection to the log; it closes when the work ends.
            auto db = core::Database::open(logPath);
            if (!db)
                *result = db.error();
            else
                *result = core::BundleService(**db).exportAthlete(athlete, path, progress);
        },
        [this, result, path] { exportDone(**result, path); });
}

void BundleActions::importFrom(const QString& path)
{
    if (!m_db || m_thread)
        return;
    auto result = std::make_shared<std::optional<core::Result<core::BundleImport>>>();
    const QString logPath = m_db->path();
    core::Database* db = m_db;
    runInBackground(
        tr("Merging the athlete bundle…"),
        [result, logPath, path](const core::BundleProgress& progress) {
            auto opened = core::Database::open(logPath);
            if (!opened)
                *result = opened.error();
            else
                *result = core::BundleService(**opened).importBundle(path, {}, progress);
        },
        [this, result, db] { importDone(**result, db); });
}

void BundleActions::exportDone(const core::Result<core::BundleExport>& result, const QString& path)
{
    if (m_stop) {
        m_window->statusBar()->showMessage(tr("Export cancelled; no file was written."), 10000);
        return;
    }
    if (!result) {
        showMessage(true, tr("Bundle not exported"), result.message());
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Saved the bundle of %1 (%2) to %3")
            .arg(result->athlete.name, countsText(result->counts), QDir::toNativeSeparators(path)),
        15000);
}

void BundleActions::importDone(const core::Result<core::BundleImport>& result, core::Database* db)
{
    if (m_stop) {
        showMessage(false, tr("Import cancelled"), tr("Nothing was added to the log."));
        return;
    }
    if (!result) {
        showMessage(true, tr("Bundle not imported"), result.message());
        return;
    }
    const core::BundleImport& merged = *result;
    if (db == m_db) {
        // The merge wrote through its own connection; the window hears of it from the log.
        pushUndo(merged, db);
        Q_EMIT athleteImported(merged.athlete.id);
    }
    const QString who = merged.athleteCreated
                            ? tr("%1 was added to the log.").arg(merged.athlete.name)
                            : tr("Merged into %1, already in the log.").arg(merged.athlete.name);
    showMessage(
        false, tr("Athlete bundle imported"),
        tr("%1\n\nAdded: %2.\nAlready in the log, skipped: %3.")
                .arg(who, countsText(merged.added), countsText(merged.skipped)) +
            (merged.added.total() > 0 ? tr("\n\nEdit ▸ Undo takes the import back.") : QString()));
}

void BundleActions::pushUndo(const core::BundleImport& merged, core::Database* db)
{
    if (!m_undo || (merged.added.total() == 0 && !merged.athleteCreated))
        return; // nothing to take back
    // The merge is done; the command's first apply only records it. Each redo merges the
    // file again and keeps what that merge added, for the next undo.
    auto last = std::make_shared<core::BundleImport>(merged);
    auto first = std::make_shared<bool>(true);
    const QString path = merged.path;
    core::BundleImportOptions options;
    options.athleteName = merged.athlete.name;
    auto* command = new LogCommand(
        tr("Import Athlete Bundle"),
        [db, last, first, path, options]() -> core::Status {
            if (std::exchange(*first, false))
                return core::Ok{};
            auto again = core::BundleService(*db).importBundle(path, options);
            if (!again)
                return again.error();
            *last = *again;
            return core::Ok{};
        },
        [db, last] { return core::BundleService(*db).undoMerge(*last); }, m_errors);
    m_undo->push(command);
}

QString BundleActions::countsText(const core::BundleCounts& c) const
{
    QStringList parts{tr("%n run(s)", nullptr, c.runs),
                      tr("%n symptom entr(y|ies)", nullptr, c.symptoms),
                      tr("%n calf-raise test(s)", nullptr, c.calfTests),
                      tr("%n strength session(s)", nullptr, c.strengthSessions),
                      tr("%n shoe(s)", nullptr, c.shoes)};
    if (c.clearances > 0)
        parts << tr("%n clearance(s)", nullptr, c.clearances);
    return parts.join(tr(", "));
}

QMessageBox* BundleActions::message() const
{
    return m_message;
}

void BundleActions::showMessage(bool failed, const QString& title, const QString& text)
{
    if (m_message)
        m_message->close();
    m_message = new QMessageBox(failed ? QMessageBox::Warning : QMessageBox::Information, title,
                                text, QMessageBox::Ok, m_window);
    m_message->setAttribute(Qt::WA_DeleteOnClose);
    m_message->open(); // window-modal, without a nested event loop
}

} // namespace stridewell::ui
