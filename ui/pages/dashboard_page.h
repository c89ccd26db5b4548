#pragma once

#include "analysis/load_analysis.h"
#include "pages/dashboard_summary.h"
#include "pages/page.h"

#include <QDate>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTimer;
class QUndoStack;

namespace stridewell::ui {

class ActiveFlagsCard;
class ReturnToRunCard;
class MetricCard;
struct ChartFrame;

// The first page: read top to bottom, the cards (this week, load ratio, safe next run, latest
// calf pain, active flags), then the charts on one time axis: weekly distance with its flags
// and calf pain below it, the load ratio and cadence beside them. It follows core's change
// notifier and recomputes everything on a change (3 ms for 20 years of daily runs, so on the
// GUI thread; a burst of changes is one recompute).
class DashboardPage : public Page
{
    Q_OBJECT
public:
    enum Range { FourWeeks, TwelveWeeks, SixMonths, OneYear, AllTime };

    explicit DashboardPage(const PageContext& context, QWidget* parent = nullptr);
    ~DashboardPage() override;

    QString title() const override;
    QIcon icon() const override;
    QString description() const override;
    void setAthlete(qint64 athleteId) override;
    void setUnit(DistanceUnit unit) override;

    // Computes as on `day` instead of today (tests, screenshots); invalid for today.
    void setAsOf(QDate day);
    void setRange(Range range);
    // Recomputes now rather than on the next turn of the event loop.
    void reloadNow();

    bool showsEmptyState() const;
    const core::LoadAnalysis& analysis() const { return m_analysis; }
    const DashboardSummary& summary() const { return m_summary; }
    MetricCard* thisWeekCard() const { return m_thisWeek; }
    MetricCard* loadRatioCard() const { return m_loadRatio; }
    MetricCard* safeNextRunCard() const { return m_safeNextRun; }
    MetricCard* latestPainCard() const { return m_latestPain; }
    ActiveFlagsCard* flagsCard() const { return m_flags; }
    ReturnToRunCard* returnToRunCard() const { return m_returnToRun; }
    QComboBox* rangeSelector() const { return m_range; }
    QChart* weeklyChart() const;
    QChart* acwrChart() const;
    QChart* cadenceChart() const;
    QChart* painChart() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void scheduleReload();
    void reload();
    void showSummary();
    void showCharts();
    void alignCharts();
    ChartFrame frame() const;
    QDate asOf() const;
    void explain(const QString& title, const QString& how);
    void showFlag(const core::Flag& flag);

    core::Database& m_db;
    QUndoStack* m_undo;
    ErrorSink m_errors;
    qint64 m_athleteId = 0;
    DistanceUnit m_unit = DistanceUnit::Km;
    QDate m_asOf;

    core::AnalysisInput m_input;
    core::LoadAnalysis m_analysis;
    DashboardSummary m_summary;

    QTimer* m_reloadTimer;
    QTimer* m_alignTimer;
    QStackedWidget* m_stack;
    QWidget* m_content;
    QWidget* m_empty;
    QLabel* m_asOfLabel;
    QComboBox* m_range;
    MetricCard* m_thisWeek;
    MetricCard* m_loadRatio;
    MetricCard* m_safeNextRun;
    MetricCard* m_latestPain;
    ActiveFlagsCard* m_flags;
    ReturnToRunCard* m_returnToRun;
    QChartView* m_weeklyView;
    QChartView* m_acwrView;
    QChartView* m_cadenceView;
    QChartView* m_painView;
};

} // namespace stridewell::ui
