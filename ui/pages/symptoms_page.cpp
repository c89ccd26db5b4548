#include "pages/symptoms_page.h"

#include "advice/return_to_run.h"
#include "dialogs/symptom_dialog.h"
#include "models/symptom_table_model.h"
#include "page_icon.h"
#include "pages/calf_test_list.h"
#include "pages/symptom_timeline.h"
#include "storage/analysis_input_loader.h"
#include "storage/change_notifier.h"
#include "storage/database.h"
#include "storage/run_repository.h"
#include "storage/symptom_repository.h"
#include "symptom_words.h"
#include "undo/log_command.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <memory>

namespace stridewell::ui {

SymptomsPage::SymptomsPage(const PageContext& context, QWidget* parent)
    : Page(parent), m_db(context.db), m_undo(context.undo), m_errors(context.errors),
      m_unit(context.prefs.unit), m_model(new SymptomTableModel(this)),
      m_timeline(new SymptomTimeline(this)), m_table(new QTableView(this)),
      m_calfTests(new CalfTestList(context.db, context.undo, context.errors, this)),
      m_summary(new QLabel(this))
{
    m_timeline->setUnit(m_unit);
    auto* add =
        new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Log symptom…"), this);
    add->setToolTip(tr("Note where and how much it hurts (Ctrl+Shift+N)"));
    m_edit = new QPushButton(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit…"), this);
    m_edit->setAccessibleName(tr("Edit the selected symptom"));
    m_delete =
        new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete"), this);
    m_delete->setAccessibleName(tr("Delete the selected symptoms"));
    m_delete->setToolTip(tr("Delete the selected entries (Del); Undo brings them back"));
    m_injury = new QPushButton(tr("This is an &injury"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_injury);
    m_summary->setWordWrap(true);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Symptom entries"));

    auto* timelineScroll = m_timelineArea = new QScrollArea(this);
    timelineScroll->setWidget(m_timeline);
    timelineScroll->setWidgetResizable(true);
    timelineScroll->setFrameShape(QFrame::NoFrame);
    timelineScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    timelineScroll->setAccessibleName(tr("Symptom timeline"));

    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_table);
    lower->addWidget(m_calfTests);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 1);
    lower->setChildrenCollapsible(false);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(timelineScroll);
    split->addWidget(lower);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);

    connect(add, &QPushButton::clicked, this, &SymptomsPage::addSymptom);
    connect(m_edit, &QPushButton::clicked, this, &SymptomsPage::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &SymptomsPage::deleteSelected);
    connect(m_table, &QTableView::doubleClicked, this, &SymptomsPage::editSelected);
    connect(m_injury, &QPushButton::clicked, this, &SymptomsPage::toggleInjury);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SymptomsPage::updateButtons);
    // The same actions on the entry under the pointer.
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QPushButton* button : {m_edit, m_injury}) {
        auto* action = new QAction(button->text(), m_table);
        connect(action, &QAction::triggered, button, &QPushButton::click);
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, action,
                [action, button] {
                    action->setText(button->text());
                    action->setEnabled(button->isEnabled());
                });
        m_table->addAction(action);
    }
    auto* deleteKey = new QAction(this);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteKey, &QAction::triggered, this, &SymptomsPage::deleteSelected);
    m_table->addAction(deleteKey);
    // The timeline stands on the runs' weekly distance as well.
    connect(&m_db.notifier(), &core::ChangeNotifier::logChanged, this, &SymptomsPage::reload);
    updateButtons();
}

void SymptomsPage::updateButtons()
{
    const QList<core::Symptom> selected = selectedSymptoms();
    m_edit->setEnabled(selected.size() == 1);
    m_delete->setEnabled(!selected.isEmpty());
    m_injury->setEnabled(false);
    m_injury->setText(tr("This is an &injury"));
    m_injury->setToolTip(tr("Select one entry: a calf episode opens on it and the return to "
                            "running begins"));
    if (selected.size() != 1)
        return;
    const core::Symptom& s = selected.front();
    if (s.injury) {
        m_injury->setText(tr("Not an &injury"));
        m_injury->setToolTip(tr("Take back \"this is an injury\": the entry no longer opens a "
                                "calf episode by itself"));
        m_injury->setEnabled(true);
    } else if (core::opensEpisode(s)) {
        m_injury->setToolTip(tr("This entry already opens a calf episode by itself: the "
                                "dashboard's Back to running card shows the way back"));
    } else {
        m_injury->setToolTip(tr("More than a niggle: open a calf episode on this entry, so the "
                                "plan steers the return to running by stages"));
        m_injury->setEnabled(true);
    }
}

void SymptomsPage::toggleInjury()
{
    const QList<core::Symptom> selected = selectedSymptoms();
    if (selected.size() != 1)
        return;
    const core::Symptom before = selected.front();
    core::Symptom after = before;
    after.injury = !before.injury;
    auto* command = new LogCommand(
        after.injury ? tr("Mark as an injury") : tr("Not an injury"),
        [this, after] { return core::SymptomRepository(m_db).update(after); },
        [this, before] { return core::SymptomRepository(m_db).update(before); }, m_errors);
    if (!command->result()) {
        QMessageBox::warning(this, tr("Symptom not saved"), command->result().message());
        delete command;
        return;
    }
    m_undo->push(command);
    selectSymptom(after.id);
}

QString SymptomsPage::title() const
{
    return tr("Symptoms");
}

QIcon SymptomsPage::icon() const
{
    return pageIcon(QStringLiteral("symptoms"));
}

QString SymptomsPage::description() const
{
    return tr("Where it hurt and how much, next to your weekly distance; calf-raise tests");
}

void SymptomsPage::setAthlete(qint64 athleteId)
{
    m_athleteId = athleteId;
    m_calfTests->setAthlete(athleteId);
    reload();
}

void SymptomsPage::setUnit(DistanceUnit unit)
{
    m_unit = unit;
    m_timeline->setUnit(unit);
}

void SymptomsPage::reload()
{
    const QDate today = QDate::currentDate();
    auto input = core::loadAnalysisInput(m_db, m_athleteId, today);
    if (!input) {
        m_errors(input.message());
        return;
    }
    const QList<core::Symptom> selected = selectedSymptoms();
    QList<SymptomTimeline::WeekLoad> weeks;
    for (const core::WeekSummary& w : core::analyse(*input).weeks)
        weeks.append({w.start, w.distance});
    m_timeline->setData(input->symptoms, weeks, today);
    // The timeline takes the room its lanes need, the list the rest.
    m_timelineArea->setMaximumHeight(m_timeline->sizeHint().height() + 2);
    m_timelineArea->setMinimumHeight(std::min(m_timeline->sizeHint().height() + 2, 190));
    m_model->setSymptoms(input->symptoms);
    for (const core::Symptom& s : selected)
        selectSymptom(s.id);

    if (m_model->rowCount() == 0) {
        m_summary->setText(tr("No symptoms logged. When your calf hurts, log where and how much: "
                              "the plan builds on it."));
        return;
    }
    const core::Symptom& latest = m_model->symptom(0);
    m_summary->setText(
        tr("%n entr(y|ies); the latest: %1, %2, %3/10 on %4", nullptr, m_model->rowCount())
            .arg(locationName(latest.location).toLower(), sideName(latest.side).toLower())
            .arg(latest.pain)
            .arg(QLocale().toString(latest.date, QLocale::LongFormat)));
}

QList<core::Symptom> SymptomsPage::selectedSymptoms() const
{
    QList<core::Symptom> list;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        list << m_model->symptom(index.row());
    return list;
}

void SymptomsPage::selectSymptom(qint64 symptomId)
{
    const int row = m_model->rowOfSymptom(symptomId);
    if (row < 0)
        return;
    m_table->selectionModel()->select(m_model->index(row, 0),
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_table->scrollTo(m_model->index(row, 0));
}

QList<core::Run> SymptomsPage::recentRuns(QDate around) const
{
    auto runs = core::RunRepository(m_db).list(m_athleteId, around.addDays(-60), around);
    return runs ? *runs : QList<core::Run>();
}

void SymptomsPage::addSymptom()
{
    if (m_athleteId == 0)
        return;
    SymptomDialog dialog(recentRuns(QDate::currentDate()), m_unit, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto symptom = std::make_shared<core::Symptom>(dialog.symptom());
    symptom->athleteId = m_athleteId;
    auto* command = new LogCommand(
        tr("Log symptom"),
        [this, symptom]() -> core::Status {
            auto id = core::SymptomRepository(m_db).add(*symptom); // the same id again on redo
            if (!id)
                return id.error();
            symptom->id = *id;
            return core::Ok{};
        },
        [this, symptom] { return core::SymptomRepository(m_db).remove(symptom->id); }, m_errors);
    if (!command->result()) {
        QMessageBox::warning(this, tr("Symptom not saved"), command->result().message());
        delete command;
        return;
    }
    m_undo->push(command);
    m_table->clearSelection();
    selectSymptom(symptom->id);
}

void SymptomsPage::addCalfTest()
{
    m_calfTests->addTest();
}

void SymptomsPage::editSelected()
{
    const QList<core::Symptom> selected = selectedSymptoms();
    if (selected.size() != 1)
        return;
    const core::Symptom before = selected.front();
    SymptomDialog dialog(recentRuns(before.date), m_unit, this);
    dialog.setSymptom(before);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const core::Symptom after = dialog.symptom();
    auto* command = new LogCommand(
        tr("Edit symptom"), [this, after] { return core::SymptomRepository(m_db).update(after); },
        [this, before] { return core::SymptomRepository(m_db).update(before); }, m_errors);
    if (!command->result()) {
        QMessageBox::warning(this, tr("Symptom not saved"), command->result().message());
        delete command;
        return;
    }
    m_undo->push(command);
}

void SymptomsPage::deleteSelected()
{
    const QList<core::Symptom> selected = selectedSymptoms();
    if (selected.isEmpty())
        return;
    auto removeAll = [this, selected]() -> core::Status {
        core::Transaction tx(m_db);
        if (!tx.active())
            return tx.beginError();
        for (const core::Symptom& s : selected)
            if (core::Status ok = core::SymptomRepository(m_db).remove(s.id); !ok)
                return ok;
        return tx.commit();
    };
    auto restoreAll = [this, selected]() -> core::Status {
        core::Transaction tx(m_db);
        if (!tx.active())
            return tx.beginError();
        for (const core::Symptom& s : selected)
            if (auto id = core::SymptomRepository(m_db).add(s); !id)
                return id.error();
        return tx.commit();
    };
    auto* command = new LogCommand(tr("Delete %n symptom(s)", nullptr, int(selected.size())),
                                   removeAll, restoreAll, m_errors);
    if (!command->result()) {
        QMessageBox::warning(this, tr("Symptoms not deleted"), command->result().message());
        delete command;
        return;
    }
    m_undo->push(command);
}

} // namespace stridewell::ui
