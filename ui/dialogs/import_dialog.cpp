#include "dialogs/import_dialog.h"

#include "import/file_access.h"
#include "import/import_plan.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace stridewell::ui {

ImportDialog::ImportDialog(QString logPath, QStringList paths, core::ImportOptions options,
                           QWidget* parent)
    : QDialog(parent), m_logPath(std::move(logPath)), m_paths(std::move(paths)), m_options(options),
      m_status(new QLabel(this)), m_current(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_summary(new QLabel(this)), m_problems(new QTableWidget(0, 2, this))
{
    setWindowTitle(tr("Import"));
    setAccessibleName(tr("Import progress"));
    resize(640, 180);
    m_status->setText(tr("Looking for activity files…"));
    m_current->setTextFormat(Qt::PlainText);
    m_current->setWordWrap(true);
    m_current->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->setAccessibleName(tr("Files imported"));
    m_summary->setWordWrap(true);
    m_summary->setVisible(false);
    m_problems->setHorizontalHeaderLabels({tr("File"), tr("Why it was not imported")});
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->verticalHeader()->hide();
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setWordWrap(true);
    m_problems->setAccessibleName(tr("Files and activities not imported"));
    m_problems->setVisible(false);

    auto* buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setToolTip(tr("Stop after the current file; files already imported are kept"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setVisible(false);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_current);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addStretch(0);
    layout->addWidget(buttons);
}

ImportDialog::~ImportDialog()
{
    m_stop = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ImportDialog::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this, path = m_logPath, paths = m_paths, options = m_options] {
        auto post = [this](auto f) { QMetaObject::invokeMethod(this, f, Qt::QueuedConnection); };
        // This thread's own connection to the log; it closes when the thread ends.
        auto db = core::Database::open(path);
        if (!db) {
            post([this, message = db.message()] { done(message); });
            return;
        }
        core::ImportService service(**db);
        const std::vector<core::ImportItem> items = core::ImportPlan::expand(paths);
        post([this, n = int(items.size())] { planned(n); });
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (m_stop)
                break;
            core::FileOutcome outcome = service.importItem(items[i], options);
            post([this, outcome] { fileDone(outcome); });
            if (outcome.stopsImport()) {
                // A full disk fails every file left alike: stop at once.
                post([this, outcome, left = int(items.size() - i - 1)] {
                    done(stopReason(outcome, left));
                });
                return;
            }
        }
        post([this] { done(QString()); });
    });
    m_thread->start();
}

void ImportDialog::cancel()
{
    if (m_finished) {
        accept();
        return;
    }
    m_stop = true;
    m_cancelled = true;
    m_cancel->setEnabled(false);
    m_status->setText(tr("Stopping after the current file…"));
}

void ImportDialog::reject()
{
    // Escape or the window's close button cancel first; a second press closes.
    if (!m_finished && m_thread) {
        cancel();
        return;
    }
    QDialog::reject();
}

void ImportDialog::planned(int total)
{
    m_total = total;
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(0);
    m_status->setText(total == 1 ? tr("Importing 1 file…") : tr("Importing %1 files…").arg(total));
}

void ImportDialog::fileDone(const core::FileOutcome& outcome)
{
    m_outcomes.push_back(outcome);
    m_progress->setValue(int(m_outcomes.size()));
    m_current->setText(core::file_access::printable(outcome.path));
    if (outcome.status == core::FileOutcome::Status::Rejected) {
        addProblem(outcome.path, outcome.message);
        return;
    }
    // An activity left out for a reason of its own (not merely another sport) is listed too, so
    // the runner can see what the file held.
    for (const core::FileOutcome::Skip& skip : outcome.skips)
        if (skip.reason == core::FileOutcome::SkipReason::FasterThanRunning ||
            skip.reason == core::FileOutcome::SkipReason::Invalid ||
            skip.reason == core::FileOutcome::SkipReason::Undated)
            addProblem(outcome.path, tr("Left out: %1").arg(skip.text));
}

void ImportDialog::addProblem(const QString& filePath, const QString& why)
{
    const int row = m_problems->rowCount();
    m_problems->insertRow(row);
    // The file's name; the whole path (often a long archive path) is in the tooltip.
    const QString path = core::file_access::printable(filePath);
    auto* file = new QTableWidgetItem(path.section(QLatin1Char('/'), -1));
    file->setToolTip(path);
    auto* reason = new QTableWidgetItem(why);
    reason->setToolTip(why);
    m_problems->setItem(row, 0, file);
    m_problems->setItem(row, 1, reason);
    if (!m_problems->isVisible()) {
        m_problems->setVisible(true);
        resize(std::max(width(), 760), std::max(height(), 420));
    }
}

QString ImportDialog::statusText() const
{
    return m_status->text();
}

QString ImportDialog::summaryText() const
{
    using Reason = core::FileOutcome::SkipReason;
    int runs = 0, untimed = 0, duplicates = 0, rejected = 0, files = 0;
    int otherSports = 0, tooFast = 0, outsideLimits = 0, undated = 0, noActivities = 0;
    for (const core::FileOutcome& o : m_outcomes) {
        runs += o.imported;
        untimed += o.untimed;
        duplicates += o.status == core::FileOutcome::Status::Duplicate ? 1 : 0;
        rejected += o.status == core::FileOutcome::Status::Rejected ? 1 : 0;
        files += o.status == core::FileOutcome::Status::Imported ? 1 : 0;
        if (o.status == core::FileOutcome::Status::Rejected)
            continue; // its reason is in the table
        for (const core::FileOutcome::Skip& skip : o.skips) {
            otherSports += skip.reason == Reason::OtherSport ? 1 : 0;
            tooFast += skip.reason == Reason::FasterThanRunning ? 1 : 0;
            outsideLimits += skip.reason == Reason::Invalid ? 1 : 0;
            undated += skip.reason == Reason::Undated ? 1 : 0;
            noActivities += skip.reason == Reason::NothingToImport ? 1 : 0;
        }
    }
    // Spelled out rather than %n: without a translation loaded Qt prints "run(s)".
    QStringList parts;
    parts << (runs == 1 ? tr("1 run imported") : tr("%1 runs imported").arg(runs));
    if (untimed)
        parts << (untimed == 1
                      ? tr("1 with unknown duration (its track has no times)")
                      : tr("%1 with unknown duration (their tracks have no times)").arg(untimed));
    if (duplicates)
        parts << (duplicates == 1 ? tr("1 file already in the log")
                                  : tr("%1 files already in the log").arg(duplicates));
    if (otherSports)
        parts << (otherSports == 1 ? tr("1 activity of another sport left out")
                                   : tr("%1 activities of other sports left out").arg(otherSports));
    if (tooFast)
        parts << (tooFast == 1 ? tr("1 track faster than running left out (File ▸ Import Options "
                                    "keeps such tracks), listed below")
                               : tr("%1 tracks faster than running left out (File ▸ Import "
                                    "Options keeps such tracks), listed below")
                                     .arg(tooFast));
    if (outsideLimits)
        parts << (outsideLimits == 1
                      ? tr("1 activity outside the limits of a run left out, listed below")
                      : tr("%1 activities outside the limits of a run left out, listed below")
                            .arg(outsideLimits));
    if (undated)
        parts << (undated == 1
                      ? tr("1 track without a date left out, listed below")
                      : tr("%1 tracks without a date left out, listed below").arg(undated));
    if (noActivities)
        parts << (noActivities == 1
                      ? tr("1 file without activities (a course or settings)")
                      : tr("%1 files without activities (courses, settings)").arg(noActivities));
    if (rejected)
        parts << (rejected == 1 ? tr("1 file rejected, listed below")
                                : tr("%1 files rejected, listed below").arg(rejected));
    QString text = parts.join(QStringLiteral("; ")) + QLatin1Char('.');
    if (m_cancelled && int(m_outcomes.size()) < m_total)
        text = tr("Cancelled after %1 of %2 files; what was imported is kept. ")
                   .arg(m_outcomes.size())
                   .arg(m_total) +
               text;
    return text;
}

QString ImportDialog::stopReason(const core::FileOutcome& failed, int notTried) const
{
    int files = 0;
    for (const core::FileOutcome& o : m_outcomes)
        files += o.status == core::FileOutcome::Status::Imported ? 1 : 0;
    const QString counts =
        (files == 1 ? tr("1 file imported") : tr("%1 files imported").arg(files)) +
        tr(", %1 not tried").arg(notTried);
    if (failed.errorKind == core::ErrorKind::DiskFull)
        return tr("the disk is full: %1. Free some space and import again; files already in the "
                  "log are skipped.")
            .arg(counts);
    return tr("the log cannot be written (%1): %2.").arg(failed.message, counts);
}

void ImportDialog::done(const QString& error)
{
    m_finished = true;
    m_progress->setVisible(false);
    m_current->setVisible(false);
    m_cancel->setVisible(false);
    m_close->setVisible(true);
    m_close->setDefault(true);
    m_close->setFocus();
    m_status->setWordWrap(true);
    m_status->setText(!error.isEmpty()     ? tr("Import stopped: %1").arg(error)
                      : m_outcomes.empty() ? tr("No activity files found there.")
                      : m_cancelled        ? tr("Import cancelled.")
                                           : tr("Import finished."));
    m_summary->setText(summaryText());
    m_summary->setVisible(!m_outcomes.empty());
    m_problems->resizeColumnToContents(0);
    m_problems->setColumnWidth(0, std::min(m_problems->columnWidth(0), width() / 3));
    m_problems->resizeRowsToContents();
    int runs = 0;
    for (const core::FileOutcome& o : m_outcomes)
        runs += o.imported;
    Q_EMIT importFinished(runs);
}

} // namespace stridewell::ui
