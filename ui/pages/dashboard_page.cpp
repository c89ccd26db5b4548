#include "pages/dashboard_page.h"

#include "calf_check_in.h"
#include "charts/chart_builders.h"
#include "dialogs/flag_details_dialog.h"
#include "dialogs/flag_list_dialog.h"
#include "page_icon.h"
#include "pages/runs_page.h"
#include "storage/analysis_input_loader.h"
#include "storage/change_notifier.h"
#include "storage/database.h"
#include "widgets/active_flags_card.h"
#include "widgets/empty_state.h"
#include "widgets/metric_card.h"
#include "widgets/return_to_run_card.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace stridewell::ui {

namespace {

QChartView* makeView(QWidget* parent, const QString& name)
{
    auto* view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(230);
    view->setAccessibleName(name);
    view->setFrameShape(QFrame::NoFrame);
    view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    return view;
}

void replaceChart(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace

DashboardPage::DashboardPage(const PageContext& context, QWidget* parent)
    : Page(parent), m_db(context.db), m_undo(context.undo), m_errors(context.errors),
      m_unit(context.prefs.unit), m_reloadTimer(new QTimer(this)), m_alignTimer(new QTimer(this)),
      m_stack(new QStackedWidget(this)), m_content(new QWidget(this)),
      m_asOfLabel(new QLabel(this)), m_range(new QComboBox(this)), m_thisWeek(new MetricCard(this)),
      m_loadRatio(new MetricCard(this)), m_safeNextRun(new MetricCard(this)),
      m_latestPain(new MetricCard(this)), m_flags(new ActiveFlagsCard(this)),
      m_returnToRun(new ReturnToRunCard(this)),
      m_weeklyView(makeView(this, tr("Weekly distance chart"))),
      m_acwrView(makeView(this, tr("Load ratio chart"))),
      m_cadenceView(makeView(this, tr("Cadence chart"))),
      m_painView(makeView(this, tr("Calf pain chart")))
{
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, &DashboardPage::reload);
    m_alignTimer->setSingleShot(true);
    m_alignTimer->setInterval(0);
    connect(m_alignTimer, &QTimer::timeout, this, &DashboardPage::alignCharts);

    m_range->addItems(
        {tr("4 weeks"), tr("12 weeks"), tr("6 months"), tr("1 year"), tr("All time")});
    m_range->setCurrentIndex(SixMonths);
    m_range->setAccessibleName(tr("Period shown in the charts"));
    auto* rangeLabel = new QLabel(tr("&Show:"), this);
    rangeLabel->setBuddy(m_range);
    m_asOfLabel->setForegroundRole(QPalette::PlaceholderText);

    auto* header = new QHBoxLayout;
    header->addWidget(m_asOfLabel);
    header->addStretch(1);
    header->addWidget(rangeLabel);
    header->addWidget(m_range);

    auto* cards = new QHBoxLayout;
    cards->setSpacing(8);
    for (MetricCard* card : {m_thisWeek, m_loadRatio, m_safeNextRun, m_latestPain}) {
        cards->addWidget(card, 2);
        connect(card, &MetricCard::explainRequested, this, &DashboardPage::explain);
    }
    cards->addWidget(m_flags, 4); // room for "high · Red-flag sign: See a doctor today · 1 Dec"
    connect(m_flags, &ActiveFlagsCard::flagClicked, this, &DashboardPage::showFlag);
    connect(m_flags, &ActiveFlagsCard::allFlagsRequested, this, [this] {
        FlagListDialog dialog(m_analysis.flags, m_input.settings, m_unit, this);
        dialog.exec();
    });

    // Load above pain on the left, so cause and effect line up; ratio above cadence beside.
    auto* charts = new QGridLayout;
    charts->setSpacing(8);
    charts->addWidget(m_weeklyView, 0, 0);
    charts->addWidget(m_painView, 1, 0);
    charts->addWidget(m_acwrView, 0, 1);
    charts->addWidget(m_cadenceView, 1, 1);
    charts->setColumnStretch(0, 1);
    charts->setColumnStretch(1, 1);

    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(header);
    contentLayout->addLayout(cards);
    contentLayout->addWidget(m_returnToRun);
    contentLayout->addLayout(charts, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* empty = new EmptyState(
        tr("Your dashboard starts with your first run"),
        tr("Log or import a few runs and this page shows your week against the last, how fast "
           "your load is rising, how far your next run can safely go, and how your calves "
           "have felt: with a word of warning before a week gets too big."),
        tr("Go to Runs…"), this);
    m_empty = empty;
    connect(empty->button(), &QPushButton::clicked, this,
            [this] { Q_EMIT showPageRequested(&RunsPage::staticMetaObject); });
    m_stack->addWidget(scroll);
    m_stack->addWidget(m_empty);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_returnToRun, &ReturnToRunCard::checkInRequested, this, [this] {
        if (!m_summary.episode)
            return;
        if (const auto checkIn = pendingCheckIn(*m_summary.episode, asOf()))
            askCheckIn(this, *checkIn, m_db, m_undo, m_errors, m_athleteId);
    });
    connect(m_range, &QComboBox::currentIndexChanged, this, &DashboardPage::showCharts);
    connect(&m_db.notifier(), &core::ChangeNotifier::logChanged, this,
            &DashboardPage::scheduleReload);
}

DashboardPage::~DashboardPage() = default;

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

QIcon DashboardPage::icon() const
{
    return pageIcon(QStringLiteral("dashboard"));
}

QString DashboardPage::description() const
{
    return tr("This week, the load ratio, the safe next run, calf pain and flags at a glance");
}

void DashboardPage::setAthlete(qint64 athleteId)
{
    m_athleteId = athleteId;
    reloadNow();
}

void DashboardPage::setUnit(DistanceUnit unit)
{
    if (unit == m_unit)
        return;
    m_unit = unit;
    showSummary();
    showCharts();
}

void DashboardPage::setAsOf(QDate day)
{
    m_asOf = day;
    reloadNow();
}

void DashboardPage::setRange(Range range)
{
    m_range->setCurrentIndex(range);
}

QDate DashboardPage::asOf() const
{
    return m_asOf.isValid() ? m_asOf : QDate::currentDate();
}

void DashboardPage::scheduleReload()
{
    m_reloadTimer->start();
}

void DashboardPage::reloadNow()
{
    m_reloadTimer->stop();
    reload();
}

bool DashboardPage::showsEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void DashboardPage::reload()
{
    if (m_athleteId == 0)
        return;
    auto input = core::loadAnalysisInput(m_db, m_athleteId, asOf());
    if (!input) {
        m_errors(input.message());
        return;
    }
    m_input = std::move(*input);
    m_analysis = core::analyse(m_input);
    showSummary();
    showCharts();
}

void DashboardPage::showSummary()
{
    m_summary = DashboardSummary::build(m_input, m_analysis, m_unit);
    m_stack->setCurrentWidget(m_summary.hasData ? m_stack->widget(0) : m_empty);
    m_asOfLabel->setText(tr("As of %1").arg(QLocale().toString(asOf(), QLocale::LongFormat)));
    for (auto [card, content] :
         {std::pair{m_thisWeek, &m_summary.thisWeek}, std::pair{m_loadRatio, &m_summary.loadRatio},
          std::pair{m_safeNextRun, &m_summary.safeNextRun},
          std::pair{m_latestPain, &m_summary.latestPain}})
        card->setContent(content->title, content->value, content->detail, content->how,
                         content->severity);
    m_flags->setFlags(m_summary.activeFlags, m_summary.lastFlag, DashboardSummary::kActiveDays,
                      m_unit);
    std::optional<core::OnsetContext> onset;
    if (m_summary.episode)
        onset = core::onsetContext(m_input, m_analysis, *m_summary.episode);
    m_returnToRun->setEpisode(m_summary.episode, onset, m_unit, asOf());
}

ChartFrame DashboardPage::frame() const
{
    const QDate today = asOf();
    const core::WeekStart weekStart = m_input.settings.weekStart;
    ChartFrame f;
    f.to = core::weekStartOf(today, weekStart).addDays(6); // the current week whole
    const QDate thisWeek = core::weekStartOf(today, weekStart);
    switch (Range(m_range->currentIndex())) {
    case FourWeeks:
        f.from = thisWeek.addDays(-7 * 3);
        break;
    case TwelveWeeks:
        f.from = thisWeek.addDays(-7 * 11);
        break;
    case SixMonths:
        f.from = core::weekStartOf(today.addMonths(-6).addDays(1), weekStart);
        break;
    case OneYear:
        f.from = core::weekStartOf(today.addYears(-1).addDays(1), weekStart);
        break;
    case AllTime: {
        QDate first = m_analysis.daily.empty() ? today : m_analysis.daily.first;
        for (const core::Symptom& s : m_input.symptoms)
            first = std::min(first, s.date);
        f.from = core::weekStartOf(first, weekStart);
        break;
    }
    }
    f.palette = palette();
    f.episodes = ChartData::episodeSpans(m_summary.episodes);
    return f;
}

void DashboardPage::showCharts()
{
    if (!m_summary.hasData)
        return;
    const ChartFrame f = frame();
    replaceChart(m_weeklyView,
                 weeklyDistanceChart(ChartData::weeklyDistance(m_analysis, m_unit), f));
    replaceChart(m_acwrView,
                 ui::acwrChart(ChartData::acwr(m_analysis, m_input.settings, m_unit), f));
    replaceChart(
        m_cadenceView,
        ui::cadenceChart(ChartData::cadence(m_analysis, m_input.runs, m_input.settings), f));
    replaceChart(m_painView, ui::painChart(ChartData::pain(m_input.symptoms, m_analysis.asOf), f));
    m_alignTimer->start();
}

void DashboardPage::alignCharts()
{
    alignPlotAreas({m_weeklyView->chart(), m_painView->chart()});
    alignPlotAreas({m_acwrView->chart(), m_cadenceView->chart()});
}

void DashboardPage::resizeEvent(QResizeEvent* event)
{
    Page::resizeEvent(event);
    m_alignTimer->start();
}

QChart* DashboardPage::weeklyChart() const
{
    return m_weeklyView->chart();
}

QChart* DashboardPage::acwrChart() const
{
    return m_acwrView->chart();
}

QChart* DashboardPage::cadenceChart() const
{
    return m_cadenceView->chart();
}

QChart* DashboardPage::painChart() const
{
    return m_painView->chart();
}

void DashboardPage::explain(const QString& title, const QString& how)
{
    QMessageBox box(QMessageBox::Information, title, how, QMessageBox::Close, this);
    box.exec();
}

void DashboardPage::showFlag(const core::Flag& flag)
{
    FlagDetailsDialog dialog(flag, m_input.settings, m_unit, this);
    dialog.exec();
}

} // namespace stridewell::ui
