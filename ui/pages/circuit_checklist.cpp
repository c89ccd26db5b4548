#include "pages/circuit_checklist.h"

#include "widgets/hold_timer.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace stridewell::ui {

namespace {

QString dose(int sets, std::optional<int> reps, std::optional<int> holdS, bool perSide,
             bool toFatigue)
{
    QString text;
    if (toFatigue)
        text = CircuitChecklist::tr("%n round(s) to fatigue", nullptr, sets);
    else if (reps)
        text = CircuitChecklist::tr("%1 × %2").arg(sets).arg(*reps);
    else if (holdS)
        text = *holdS >= 120 ? CircuitChecklist::tr("%1 × %2 min").arg(sets).arg(*holdS / 60)
                             : CircuitChecklist::tr("%1 × %2 s").arg(sets).arg(*holdS);
    else
        text = CircuitChecklist::tr("as described");
    if (perSide)
        text += CircuitChecklist::tr(" each side");
    return text;
}

} // namespace

CircuitChecklist::CircuitChecklist(QWidget* parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(10);
    m_grid->setVerticalSpacing(2);
    m_grid->setColumnStretch(0, 1);
}

void CircuitChecklist::clear()
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    m_rows.clear();
}

void CircuitChecklist::setCircuit(const core::PlannedCircuit& circuit)
{
    clear();
    m_circuit = circuit;
    for (int i = 0; i < circuit.exercises.size(); ++i) {
        Row row;
        row.planned = circuit.exercises[i];
        row.tick = new QCheckBox(this);
        row.dose = new QLabel(this);
        row.details = new QToolButton(this);
        row.details->setText(tr("How and why"));
        row.details->setCheckable(true);
        row.details->setArrowType(Qt::RightArrow);
        row.details->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        row.detailsText = new QLabel(this);
        row.detailsText->setWordWrap(true);
        row.detailsText->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row.detailsText->setVisible(false);
        row.detailsText->setContentsMargins(24, 0, 0, 6);
        row.easier = new QToolButton(this);
        row.easier->setText(tr("Easier"));
        row.harder = new QToolButton(this);
        row.harder->setText(tr("Harder"));
        row.timerSlot = new QWidget(this);
        auto* slot = new QHBoxLayout(row.timerSlot);
        slot->setContentsMargins(0, 0, 0, 0);
        const int r = 2 * i;
        m_grid->addWidget(row.tick, r, 0);
        m_grid->addWidget(row.dose, r, 1);
        m_grid->addWidget(row.timerSlot, r, 2);
        m_grid->addWidget(row.details, r, 3);
        m_grid->addWidget(row.easier, r, 4);
        m_grid->addWidget(row.harder, r, 5);
        m_grid->addWidget(row.detailsText, r + 1, 0, 1, 6);
        m_rows << row;

        connect(row.tick, &QCheckBox::toggled, this,
                [this] { Q_EMIT tickedChanged(ticked(), count()); });
        connect(row.details, &QToolButton::toggled, this, [this, i](bool open) {
            m_rows[i].detailsText->setVisible(open);
            m_rows[i].details->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        });
        connect(row.easier, &QToolButton::clicked, this,
                [this, i] { show(i, m_library.exercise(m_rows[i].shown->easier)); });
        connect(row.harder, &QToolButton::clicked, this,
                [this, i] { show(i, m_library.exercise(m_rows[i].shown->harder)); });
        show(i, m_library.exercise(row.planned.id));
    }
    Q_EMIT tickedChanged(0, count());
}

void CircuitChecklist::show(int i, const core::Exercise* exercise)
{
    if (!exercise)
        return;
    Row& row = m_rows[i];
    row.shown = exercise;
    const bool asPlanned = exercise->id == row.planned.id;
    const QString name = asPlanned ? row.planned.name
                                   : tr("%1 (instead of %2)").arg(exercise->name, row.planned.name);
    row.tick->setText(name);
    row.tick->setAccessibleName(tr("Done: %1").arg(exercise->name));
    // The plan's dose for its own exercise; a variant's own defaults otherwise.
    const QString doseText = asPlanned ? dose(row.planned.sets, row.planned.reps, row.planned.holdS,
                                              row.planned.perSide, exercise->toFatigue)
                                       : dose(exercise->sets, exercise->reps, exercise->holdS,
                                              exercise->perSide, exercise->toFatigue);
    row.dose->setText(doseText);
    row.dose->setAccessibleName(tr("%1: %2").arg(exercise->name, doseText));

    QStringList parts = {exercise->instructions.toHtmlEscaped()};
    if (asPlanned && !row.planned.notes.isEmpty())
        parts << tr("<i>In this plan:</i> %1").arg(row.planned.notes.toHtmlEscaped());
    parts << tr("<i>Why:</i> it works the %1. In your plan %2")
                 .arg(QLocale().createSeparatedList(exercise->targets).toHtmlEscaped(),
                      m_circuit.reason.toHtmlEscaped());
    if (!exercise->equipment.isEmpty())
        parts << tr("<i>You need:</i> %1")
                     .arg(exercise->equipment.join(QStringLiteral(", ")).toHtmlEscaped());
    row.detailsText->setText(parts.join(QStringLiteral("<br>")));
    row.details->setAccessibleName(tr("How and why: %1").arg(exercise->name));

    const core::Exercise* easier = m_library.exercise(exercise->easier);
    const core::Exercise* harder = m_library.exercise(exercise->harder);
    row.easier->setEnabled(easier != nullptr);
    row.harder->setEnabled(harder != nullptr);
    row.easier->setToolTip(easier ? tr("Easier: %1").arg(easier->name) : tr("No easier version"));
    row.harder->setToolTip(harder ? tr("Harder: %1").arg(harder->name) : tr("No harder version"));
    row.easier->setAccessibleName(easier ? tr("Easier version: %1").arg(easier->name)
                                         : tr("No easier version of %1").arg(exercise->name));
    row.harder->setAccessibleName(harder ? tr("Harder version: %1").arg(harder->name)
                                         : tr("No harder version of %1").arg(exercise->name));

    const std::optional<int> hold = asPlanned ? row.planned.holdS : exercise->holdS;
    delete row.timer;
    row.timer = nullptr;
    if (hold) {
        row.timer = new HoldTimer(*hold, row.timerSlot);
        row.timerSlot->layout()->addWidget(row.timer);
    }
}

int CircuitChecklist::ticked() const
{
    int n = 0;
    for (const Row& r : m_rows)
        n += r.tick->isChecked();
    return n;
}

QCheckBox* CircuitChecklist::tickBox(int row) const
{
    return m_rows.value(row).tick;
}

QString CircuitChecklist::shownExercise(int row) const
{
    return m_rows.value(row).shown ? m_rows.value(row).shown->id : QString();
}

QString CircuitChecklist::doseText(int row) const
{
    return m_rows.value(row).dose ? m_rows.value(row).dose->text() : QString();
}

QToolButton* CircuitChecklist::detailsButton(int row) const
{
    return m_rows.value(row).details;
}

QString CircuitChecklist::detailsText(int row) const
{
    const QLabel* text = m_rows.value(row).detailsText;
    return text && !text->isHidden() ? text->text() : QString();
}

QToolButton* CircuitChecklist::easierButton(int row) const
{
    return m_rows.value(row).easier;
}

QToolButton* CircuitChecklist::harderButton(int row) const
{
    return m_rows.value(row).harder;
}

HoldTimer* CircuitChecklist::holdTimer(int row) const
{
    return m_rows.value(row).timer;
}

} // namespace stridewell::ui
