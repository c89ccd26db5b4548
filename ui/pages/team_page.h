#pragma once

#include "analysis/roster.h"
#include "pages/page.h"

#include <QDate>
#include <QFutureWatcher>
#include <QList>

class QLabel;
class QTableView;
class QTimer;

namespace stridewell::ui {

class RosterModel;

// What the roster worker hands back: the roster, or why it could not be read.
struct RosterResult
{
    QDate asOf;
    QList<core::RosterEntry> roster;
    QString error;
};

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
    // Works the roster out again on a worker thread; rosterReady() when it is shown.
    void reloadNow();
    bool isLoading() const { return m_watcher->isRunning(); }
    RosterModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

protected:
    void showEvent(QShowEvent* event) override;

Q_SIGNALS:
    void rosterReady();

private:
    // Marks the roster out of date; it is worked out again when the page is (or becomes) visible.
    void scheduleReload();
    void openSelected();
    void showRoster();

    core::Database& m_db;
    ErrorSink m_errors;
    QDate m_asOf;
    RosterModel* m_model;
    QTableView* m_table;
    QLabel* m_heading;
    QTimer* m_reload;
    QFutureWatcher<RosterResult>* m_watcher;
    bool m_stale = true;
};

} // namespace stridewell::ui
