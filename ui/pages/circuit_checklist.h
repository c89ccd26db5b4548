#pragma once

#include "advice/exercise_library.h"
#include "advice/plan.h"

#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLabel;
class QToolButton;

namespace stridewell::ui {

class HoldTimer;

// One circuit as a checklist: each exercise with its sets and reps (or hold time, with a
// timer), a tick box, how to do it and why a click away, and its easier and harder versions.
class CircuitChecklist : public QWidget
{
    Q_OBJECT
public:
    explicit CircuitChecklist(QWidget* parent = nullptr);

    void setCircuit(const core::PlannedCircuit& circuit);
    const core::PlannedCircuit& circuit() const { return m_circuit; }

    int count() const { return int(m_rows.size()); }
    int ticked() const;
    QCheckBox* tickBox(int row) const;
    QString shownExercise(int row) const; // the id shown, after any easier/harder swap
    QString doseText(int row) const;
    QToolButton* detailsButton(int row) const;
    QString detailsText(int row) const; // empty while folded away
    QToolButton* easierButton(int row) const;
    QToolButton* harderButton(int row) const;
    HoldTimer* holdTimer(int row) const; // null for exercises without a hold

Q_SIGNALS:
    void tickedChanged(int ticked, int count);

private:
    struct Row
    {
        core::PlanExercise planned; // as the plan asks for it
        const core::Exercise* shown = nullptr;
        QCheckBox* tick = nullptr;
        QLabel* dose = nullptr;
        QToolButton* details = nullptr;
        QLabel* detailsText = nullptr;
        QToolButton* easier = nullptr;
        QToolButton* harder = nullptr;
        HoldTimer* timer = nullptr;
        QWidget* timerSlot = nullptr;
    };
    void clear();
    void show(int row, const core::Exercise* exercise);

    const core::ExerciseLibrary& m_library = core::ExerciseLibrary::builtIn();
    core::PlannedCircuit m_circuit;
    QList<Row> m_rows;
    QGridLayout* m_grid;
};

} // namespace stridewell::ui
