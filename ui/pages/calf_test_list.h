#pragma once

#include "error_sink.h"
#include "model/calf_test.h"

#include <QWidget>

class QPushButton;
class QTableWidget;
class QUndoStack;

namespace stridewell::core {
class Database;
}

namespace stridewell::ui {

// The athlete's calf-raise tests, newest first, each with the difference between the sides in
// words; add, edit and delete, all undoable. Part of the Symptoms page.
class CalfTestList : public QWidget
{
    Q_OBJECT
public:
    CalfTestList(core::Database& db, QUndoStack* undo, ErrorSink errors, QWidget* parent = nullptr);

    void setAthlete(qint64 athleteId);
    QTableWidget* table() const { return m_table; }

public Q_SLOTS:
    void addTest();
    void editSelected();
    void deleteSelected();

private:
    void reload();
    int selectedRow() const;

    core::Database& m_db;
    QUndoStack* m_undo;
    ErrorSink m_errors;
    qint64 m_athleteId = 0;
    QList<core::CalfTest> m_tests; // newest first, as shown
    QTableWidget* m_table;
    QPushButton* m_edit;
    QPushButton* m_delete;
};

} // namespace stridewell::ui
