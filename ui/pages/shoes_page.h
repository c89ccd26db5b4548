#pragma once

#include "pages/page.h"

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace stridewell::ui {

class ShoeTableModel;

// The athlete's shoes: how far each pair has gone against the distance set for it, with add,
// edit, retire and delete (all undoable).
class ShoesPage : public Page
{
    Q_OBJECT
public:
    explicit ShoesPage(const PageContext& context, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    QString description() const override;
    void setAthlete(qint64 athleteId) override;
    void setUnit(DistanceUnit unit) override;

    QTableView* table() const { return m_table; }
    ShoeTableModel* model() const { return m_model; }
    bool showsEmptyState() const;

public Q_SLOTS:
    void addShoe();
    void editSelected();
    void deleteSelected();

private:
    void reload();
    int selectedRow() const;
    QStringList names() const;

    core::Database& m_db;
    QUndoStack* m_undo;
    ErrorSink m_errors;
    qint64 m_athleteId = 0;
    DistanceUnit m_unit;
    ShoeTableModel* m_model;
    QStackedWidget* m_stack;
    QTableView* m_table;
    QWidget* m_empty;
    QLabel* m_summary;
    QPushButton* m_edit;
    QPushButton* m_delete;
};

} // namespace stridewell::ui
