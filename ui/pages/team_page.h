#pragma once

#include "pages/page.h"

#include <QDate>

class QLabel;
class QTableView;
class QTimer;

namespace stridewell::ui {

class RosterModel;

// The coach's view of a log with several athletes: who is spiking, who is hurting, most
// concerning first. Opening a row shows that athlete's dashboard.
class TeamPage : public Page
{
    Q_OBJECT
public:
    explicit TeamPage(const PageContext& context, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    QString description() const override;
    bool needsSeveralAthletes() const override { return true; }
    void setAthlete(qint64 athleteId) override;
    void setUnit(DistanceUnit unit) override;

    // The day the roster is worked out for (default: today).
    void setAsOf(QDate day);
    void reloadNow();
    RosterModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Marks the roster out of date; it is worked out again when the page is (or becomes) visible.
    void scheduleReload();
    void openSelected();

    core::Database& m_db;
    ErrorSink m_errors;
    QDate m_asOf;
    RosterModel* m_model;
    QTableView* m_table;
    QLabel* m_heading;
    QTimer* m_reload;
    bool m_stale = true;
};

} // namespace stridewell::ui
