#pragma once

#include "advice/adherence.h"
#include "advice/plan.h"
#include "model/strength_session.h"
#include "pages/page.h"

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace stridewell::ui {

class CircuitChecklist;

// Strength work: today's circuit from the plan as a checklist (the why and the easier or
// harder version a click away, timers for holds), logging the session with its pain score
// (undoable), the week's schedule and advice with their reasons, and sessions done against
// planned over the last weeks.
class StrengthPage : public Page
{
    Q_OBJECT
public:
    static constexpr int kAdherenceWeeks = 12;

    explicit StrengthPage(const PageContext& context, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    QString description() const override;
    void setAthlete(qint64 athleteId) override;
    void setUnit(DistanceUnit unit) override;
    void setToday(QDate today); // the window's today; tests pick one

    const core::Plan& plan() const { return m_plan; }
    const QList<core::WeekAdherence>& weeks() const { return m_weeks; }
    CircuitChecklist* checklist() const { return m_checklist; }
    QComboBox* circuitCombo() const { return m_circuit; }
    QTableWidget* sessions() const { return m_sessions; }
    QString headline() const;
    QString adviceText() const;
    QString adherenceText() const;

public Q_SLOTS:
    void logSession();
    void deleteSelectedSession();

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void showChart();
    void showCircuit();
    void showSessions();

    core::Database& m_db;
    QUndoStack* m_undo;
    ErrorSink m_errors;
    qint64 m_athleteId = 0;
    DistanceUnit m_unit;
    QDate m_today = QDate::currentDate();
    core::Plan m_plan;
    QList<core::WeekAdherence> m_weeks;
    QList<core::StrengthSession> m_logged; // newest first, as listed

    QLabel* m_headline;
    QComboBox* m_circuit;
    QLabel* m_reason;
    CircuitChecklist* m_checklist;
    QLabel* m_progress;
    QPushButton* m_log;
    QLabel* m_week;
    QLabel* m_advice;
    QChartView* m_chart;
    QLabel* m_adherence;
    QTableWidget* m_sessions;
    QPushButton* m_delete;
};

} // namespace stridewell::ui
