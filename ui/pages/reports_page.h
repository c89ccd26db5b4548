#pragma once

#include "pages/page.h"
#include "report/report_content.h"
#include "report/report_options.h"

#include <QDate>
#include <QList>
#include <atomic>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QThread;
class QTimer;
class QVBoxLayout;

namespace stridewell::ui {

class ClinicianReport;

// The clinician PDF (issue 6): a period (the last 12 weeks unless chosen), the paper, a preview
// of every page, and Export (Ctrl+P in the window). Reading the log and assembling the report
// run on a worker thread with its own connection to the log; the pages are then laid out and
// drawn on the GUI thread one page per turn of the event loop, with progress and Cancel, which
// stops the worker at its next step and the drawing at the next page.
class ReportsPage : public Page
{
    Q_OBJECT
public:
    explicit ReportsPage(const PageContext& context, QWidget* parent = nullptr);
    ~ReportsPage() override;

    QString title() const override;
    QIcon icon() const override;
    QString description() const override;
    void setAthlete(qint64 athleteId) override;
    void setUnit(DistanceUnit unit) override;

    // Makes the report as on `day` instead of today (tests, screenshots).
    void setToday(QDate day);
    // The period and paper asked for.
    void setPeriod(QDate from, QDate to);
    void setPageFormat(PageFormat format);

    // The report shown, once it is ready; nullptr while it is being made.
    const ClinicianReport* report() const { return m_report.get(); }
    bool isBusy() const;
    bool isAssembling() const { return !m_threads.isEmpty(); }
    int previewPageCount() const;
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QComboBox* paperSelector() const { return m_paper; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* cancelButton() const { return m_cancel; }
    QLabel* statusLabel() const { return m_status; }

public Q_SLOTS:
    // Asks where to save and writes the PDF (as soon as the report is ready).
    void exportPdf();
    // Writes the report shown to `path`; false after telling the error sink.
    bool exportTo(const QString& path);
    // Stops making the report; the preview stays empty until the period or log changes.
    void cancel();
    void useLastTwelveWeeks();

Q_SIGNALS:
    // A worker has started reading the log for a new report; Cancel is offered from now on.
    void assemblyStarted();
    void reportReady();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void scheduleRebuild();
    void rebuild();
    void stopWorker();
    void assembled(core::Result<core::ReportContent> content);
    void drawNextPage();
    void clearPreview();
    void setBusy(const QString& what);
    QDate today() const;

    core::Database& m_db;
    ErrorSink m_errors;
    qint64 m_athleteId = 0;
    DistanceUnit m_unit;
    QDate m_today;
    bool m_dirty = true;
    bool m_exportWhenReady = false;
    int m_generation = 0;
    QList<QThread*> m_threads;                 // running workers, newest last
    std::shared_ptr<std::atomic<bool>> m_stop; // set to stop the newest worker
    std::unique_ptr<ClinicianReport> m_report;
    int m_drawn = 0;

    QTimer* m_rebuildTimer;
    QTimer* m_drawTimer;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_paper;
    QPushButton* m_lastWeeks;
    QPushButton* m_export;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    QWidget* m_pages;
    QVBoxLayout* m_pagesLayout;
};

} // namespace stridewell::ui
