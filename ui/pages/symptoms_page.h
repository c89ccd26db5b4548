#pragma once

#include "model/run.h"
#include "model/symptom.h"
#include "pages/page.h"

class QLabel;
class QPushButton;
class QScrollArea;
class QTableView;

namespace stridewell::ui {

class CalfTestList;
class SymptomTableModel;
class SymptomTimeline;

// Calf symptoms: the history per place and side as a timeline under the weekly distance, the
// entries as a list with log, edit and delete (undoable), and the calf-raise tests.
class SymptomsPage : public Page
{
    Q_OBJECT
public:
    explicit SymptomsPage(const PageContext& context, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    QString description() const override;
    void setAthlete(qint64 athleteId) override;
    void setUnit(DistanceUnit unit) override;

    QTableView* table() const { return m_table; }
    SymptomTableModel* model() const { return m_model; }
    SymptomTimeline* timeline() const { return m_timeline; }
    CalfTestList* calfTests() const { return m_calfTests; }
    QPushButton* injuryButton() const { return m_injury; }

public Q_SLOTS:
    void addSymptom();
    void addCalfTest();
    void editSelected();
    void deleteSelected();
    // "This is an injury": the selected entry opens a calf episode whatever its pain, and the
    // return to running begins (domain.md section 8). On an entry so marked: "Not an injury".
    // Undoable.
    void toggleInjury();

private:
    void reload();
    QList<core::Symptom> selectedSymptoms() const;
    void selectSymptom(qint64 symptomId);
    QList<core::Run> recentRuns(QDate around) const;
    void updateButtons();

    core::Database& m_db;
    QUndoStack* m_undo;
    ErrorSink m_errors;
    qint64 m_athleteId = 0;
    DistanceUnit m_unit;
    SymptomTableModel* m_model;
    SymptomTimeline* m_timeline;
    QScrollArea* m_timelineArea = nullptr;
    QTableView* m_table;
    CalfTestList* m_calfTests;
    QLabel* m_summary;
    QPushButton* m_edit;
    QPushButton* m_delete;
    QPushButton* m_injury;
};

} // namespace stridewell::ui
