#pragma once

#include "model/run.h"
#include "pages/page.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace stridewell::core {
class Database;
}

namespace stridewell::ui {

class RunTableModel;

// The athlete's runs: a sortable, filterable table with add, edit and delete (undoable).
class RunsPage : public Page
{
    Q_OBJECT
public:
    explicit RunsPage(const PageContext& context, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    QString description() const override;
    void setAthlete(qint64 athleteId) override;
    void setUnit(DistanceUnit unit) override;

    QTableView* table() const { return m_table; }
    RunTableModel* model() const { return m_model; }
    QComboBox* periodFilter() const { return m_period; }
    QComboBox* typeFilter() const { return m_type; }
    bool showsEmptyState() const;
    QString summary() const;

public Q_SLOTS:
    void addRun();
    void editSelected();
    void deleteSelected();
    // The selected run's detail view: pace, cadence, heart rate and elevation over distance.
    void showDetails();

Q_SIGNALS:
    void selectionChanged(int selectedRuns);

private:
    void reload();
    void applyFilter();
    void updateSummary();
    QStringList shoeNames() const;
    void resolveShoe(core::Run& run);
    void selectRun(qint64 runId);
    QList<core::Run> selectedRuns() const;

    core::Database& m_db;
    QUndoStack* m_undo;
    ErrorSink m_errors;
    qint64 m_athleteId = 0;
    qint64 m_athleteRuns = 0; // before any filter
    DistanceUnit m_unit = DistanceUnit::Km;

    RunTableModel* m_model;
    QStackedWidget* m_stack;
    QTableView* m_table;
    QWidget* m_empty;
    QComboBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_type;
    QLabel* m_summary;
    QPushButton* m_editButton;
    QPushButton* m_detailsButton;
    QPushButton* m_deleteButton;
};

} // namespace stridewell::ui
