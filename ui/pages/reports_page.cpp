#include "pages/reports_page.h"

#include "page_icon.h"
#include "report/clinician_report.h"
#include "report/report_assembler.h"
#include "storage/analysis_settings_store.h"
#include "storage/change_notifier.h"
#include "storage/database.h"
#include "storage/report_input_loader.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStyle>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <atomic>
#include <optional>

namespace stridewell::ui {

namespace {

constexpr int kPreviewWidth = 460; // logical pixels per page

// Runs on the worker thread: a connection of its own to the log, the input read through core,
// the content assembled; nothing here touches a widget. Between the steps it looks at `stop`
// (Cancel, or a newer report asked for) and gives up with nothing.
std::optional<core::Result<core::ReportContent>>
assembleFromLog(const std::atomic<bool>& stop, const QString& logPath, qint64 athlete,
                core::ReportPeriod period, QDate today, bool miles)
{
    if (stop)
        return std::nullopt;
    auto db = core::Database::open(logPath);
    if (!db)
        return db.error();
    core::AdviceSettings advice;
    advice.miles = miles;
    if (stop)
        return std::nullopt;
    auto input = core::loadReportInput(**db, athlete, period, today, advice);
    if (!input)
        return input.error();
    if (stop)
        return std::nullopt;
    return core::assembleReport(*input);
}

QString fileNameFor(const core::ReportContent& c)
{
    QString name = c.athlete.name;
    name.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]")), QString());
    return ReportsPage::tr("Stridewell report %1 %2 to %3.pdf")
        .arg(name.simplified(), c.period.from.toString(Qt::ISODate),
             c.period.to.toString(Qt::ISODate));
}

} // namespace

ReportsPage::ReportsPage(const PageContext& context, QWidget* parent)
    : Page(parent), m_db(context.db), m_errors(context.errors), m_unit(context.prefs.unit),
      m_rebuildTimer(new QTimer(this)), m_drawTimer(new QTimer(this)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)), m_paper(new QComboBox(this)),
      m_lastWeeks(new QPushButton(tr("&Last 12 weeks"), this)),
      m_export(new QPushButton(QIcon::fromTheme(QStringLiteral("document-save-as")),
                               tr("&Export PDF…"), this)),
      m_cancel(new QPushButton(tr("&Cancel"), this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_pages(new QWidget(this)),
      m_pagesLayout(new QVBoxLayout(m_pages))
{
    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(150); // a burst of edits makes one report
    connect(m_rebuildTimer, &QTimer::timeout, this, &ReportsPage::rebuild);
    m_drawTimer->setInterval(0);
    connect(m_drawTimer, &QTimer::timeout, this, &ReportsPage::drawNextPage);

    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    m_from->setAccessibleName(tr("First day of the report"));
    m_to->setAccessibleName(tr("Last day of the report"));
    m_paper->addItem(tr("A4"), QVariant::fromValue(int(PageFormat::A4)));
    m_paper->addItem(tr("US Letter"), QVariant::fromValue(int(PageFormat::Letter)));
    m_paper->setAccessibleName(tr("Paper size"));
    auto* paperLabel = new QLabel(tr("&Paper:"), this);
    paperLabel->setBuddy(m_paper);
    m_lastWeeks->setToolTip(tr("The 12 calendar weeks up to today"));
    m_export->setToolTip(tr("Save the report as a PDF for a physio or doctor (Ctrl+P)"));
    m_cancel->setToolTip(tr("Stop making the report"));

    auto* controls = new QHBoxLayout;
    controls->addWidget(fromLabel);
    controls->addWidget(m_from);
    controls->addWidget(toLabel);
    controls->addWidget(m_to);
    controls->addWidget(m_lastWeeks);
    controls->addSpacing(12);
    controls->addWidget(paperLabel);
    controls->addWidget(m_paper);
    controls->addStretch(1);
    controls->addWidget(m_export);

    auto* progressRow = new QHBoxLayout;
    m_progress->setAccessibleName(tr("Progress of the report"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(240);
    progressRow->addWidget(m_status, 1);
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_cancel);
    m_status->setWordWrap(true);

    m_pagesLayout->setSpacing(14);
    m_pagesLayout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_pages->setAccessibleName(tr("Pages of the report"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_pages);
    scroll->setWidgetResizable(true);
    scroll->setBackgroundRole(QPalette::Dark);
    scroll->setAccessibleName(tr("Preview of the report"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(progressRow);
    layout->addWidget(scroll, 1);

    connect(m_from, &QDateEdit::dateChanged, this, &ReportsPage::scheduleRebuild);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportsPage::scheduleRebuild);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &ReportsPage::scheduleRebuild);
    connect(m_lastWeeks, &QPushButton::clicked, this, &ReportsPage::useLastTwelveWeeks);
    connect(m_export, &QPushButton::clicked, this, &ReportsPage::exportPdf);
    connect(m_cancel, &QPushButton::clicked, this, &ReportsPage::cancel);

    connect(&m_db.notifier(), &core::ChangeNotifier::logChanged, this,
            &ReportsPage::scheduleRebuild);

    useLastTwelveWeeks();
    setBusy(QString());
}

ReportsPage::~ReportsPage()
{
    // The workers hold no pointer to the page, but they must end before the application does.
    stopWorker();
    for (QThread* thread : std::as_const(m_threads))
        thread->wait();
}

QString ReportsPage::title() const
{
    return tr("Reports");
}

QIcon ReportsPage::icon() const
{
    return pageIcon(QStringLiteral("reports"));
}

QString ReportsPage::description() const
{
    return tr("A PDF for a physio or doctor: load, calf pain, flags and strength work");
}

void ReportsPage::setAthlete(qint64 athleteId)
{
    m_athleteId = athleteId;
    scheduleRebuild();
}

void ReportsPage::setUnit(DistanceUnit unit)
{
    m_unit = unit;
    scheduleRebuild();
}

void ReportsPage::setToday(QDate day)
{
    m_today = day;
    useLastTwelveWeeks();
}

QDate ReportsPage::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void ReportsPage::setPeriod(QDate from, QDate to)
{
    const QSignalBlocker a(m_from), b(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    scheduleRebuild();
}

void ReportsPage::setPageFormat(PageFormat format)
{
    m_paper->setCurrentIndex(m_paper->findData(int(format)));
}

void ReportsPage::useLastTwelveWeeks()
{
    const core::WeekStart weekStart =
        core::loadAnalysisSettings(m_db).value_or(core::AnalysisSettings()).weekStart;
    const core::ReportPeriod p = core::ReportPeriod::lastWeeks(today(), weekStart);
    setPeriod(p.from, p.to);
}

bool ReportsPage::isBusy() const
{
    return !m_threads.isEmpty() || m_drawTimer->isActive() || m_rebuildTimer->isActive();
}

int ReportsPage::previewPageCount() const
{
    return m_drawn;
}

void ReportsPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (m_dirty)
        scheduleRebuild();
}

void ReportsPage::scheduleRebuild()
{
    m_dirty = true;
    // Made only when someone looks: the page is not built for every change while hidden.
    if (isVisible() && m_athleteId != 0)
        m_rebuildTimer->start();
}

void ReportsPage::setBusy(const QString& what)
{
    const bool busy = !what.isEmpty();
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_export->setEnabled(!busy && m_report != nullptr);
    if (busy)
        m_status->setText(what);
}

void ReportsPage::clearPreview()
{
    m_drawTimer->stop();
    m_drawn = 0;
    while (QLayoutItem* item = m_pagesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void ReportsPage::stopWorker()
{
    if (m_stop)
        *m_stop = true;
    m_stop.reset();
}

void ReportsPage::rebuild()
{
    m_dirty = false;
    const int generation = ++m_generation;
    stopWorker(); // a report overtaken by this one is not finished
    m_report.reset();
    clearPreview();
    if (m_athleteId == 0) {
        setBusy(QString());
        m_status->clear();
        return;
    }
    if (m_from->date() > m_to->date()) {
        setBusy(QString());
        m_status->setText(tr("The first day is after the last: choose a period that runs "
                             "forward."));
        return;
    }
    m_progress->setRange(0, 0); // busy until the content is assembled
    setBusy(tr("Reading the log and putting the report together…"));

    const core::ReportPeriod period{m_from->date(), m_to->date()};
    auto result = std::make_shared<std::optional<core::Result<core::ReportContent>>>();
    m_stop = std::make_shared<std::atomic<bool>>(false);
    QThread* thread =
        QThread::create([result, stop = m_stop, path = m_db.path(), athlete = m_athleteId, period,
                         day = today(), miles = m_unit == DistanceUnit::Mi] {
            *result = assembleFromLog(*stop, path, athlete, period, day, miles);
        });
    connect(thread, &QThread::finished, this, [this, thread, result, generation] {
        m_threads.removeAll(thread);
        thread->deleteLater();
        // A report overtaken by a newer one (or cancelled) stops at its next step; should it
        // have finished all the same, its result is dropped.
        if (generation == m_generation && result->has_value())
            assembled(std::move(**result));
    });
    m_threads << thread;
    thread->start();
    Q_EMIT assemblyStarted();
}

void ReportsPage::assembled(core::Result<core::ReportContent> content)
{
    if (!content) {
        setBusy(QString());
        m_status->setText(tr("The report could not be made: %1").arg(content.message()));
        m_errors(content.message());
        return;
    }
    const PageFormat format = PageFormat(m_paper->currentData().toInt());
    m_report =
        std::make_unique<ClinicianReport>(std::move(*content), ReportOptions{format, m_unit});
    m_progress->setRange(0, m_report->pageCount());
    m_progress->setValue(0);
    setBusy(tr("Drawing the preview…"));
    m_drawTimer->start();
}

void ReportsPage::drawNextPage()
{
    if (!m_report || m_drawn >= m_report->pageCount()) {
        m_drawTimer->stop();
        return;
    }
    const qreal dpr = devicePixelRatioF();
    QImage image = m_report->pageImage(m_drawn, qRound(kPreviewWidth * dpr));
    image.setDevicePixelRatio(dpr);
    auto* page = new QLabel(m_pages);
    page->setPixmap(QPixmap::fromImage(image));
    page->setFrameShape(QFrame::Box);
    page->setAccessibleName(tr("Page %1 of %2").arg(m_drawn + 1).arg(m_report->pageCount()));
    m_pagesLayout->addWidget(page, 0, Qt::AlignHCenter);
    ++m_drawn;
    m_progress->setValue(m_drawn);
    if (m_drawn < m_report->pageCount())
        return;
    m_drawTimer->stop();
    setBusy(QString());
    const core::ReportContent& c = m_report->content();
    m_status->setText(tr("%n page(s) · %1 · %2 to %3", nullptr, m_report->pageCount())
                          .arg(c.athlete.name, c.period.from.toString(Qt::ISODate),
                               c.period.to.toString(Qt::ISODate)));
    Q_EMIT reportReady();
    if (m_exportWhenReady) {
        m_exportWhenReady = false;
        exportPdf();
    }
}

void ReportsPage::cancel()
{
    ++m_generation; // whatever is running now is dropped when it ends
    stopWorker();
    m_rebuildTimer->stop();
    m_exportWhenReady = false;
    m_report.reset();
    clearPreview();
    setBusy(QString());
    m_status->setText(tr("Cancelled. Change the period or press Last 12 weeks to make the "
                         "report again."));
}

void ReportsPage::exportPdf()
{
    if (!m_report || isBusy()) {
        // Ctrl+P on a page still making its report: export once it is ready.
        m_exportWhenReady = true;
        if (!isBusy())
            scheduleRebuild();
        return;
    }
    const QString folder =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation).isEmpty()
            ? QDir::homePath()
            : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the report as PDF"),
        QDir(folder).filePath(fileNameFor(m_report->content())), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportTo(QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".pdf") : path);
}

bool ReportsPage::exportTo(const QString& path)
{
    if (!m_report)
        return false;
    if (core::Status ok = m_report->writePdf(path); !ok) {
        m_errors(ok.message());
        return false;
    }
    m_status->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace stridewell::ui
