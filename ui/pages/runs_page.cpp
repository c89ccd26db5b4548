#include "pages/runs_page.h"

#include "calf_check_in.h"
#include "dialogs/run_detail_dialog.h"
#include "dialogs/run_dialog.h"
#include "models/run_table_model.h"
#include "page_icon.h"
#include "storage/change_notifier.h"
#include "storage/database.h"
#include "storage/run_repository.h"
#include "storage/shoe_repository.h"
#include "undo/run_commands.h"
#include "unit_format.h"
#include "widgets/empty_state.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <set>

namespace stridewell::ui {

namespace {

enum Period { AllTime, Last4Weeks, Last12Weeks, Last6Months, LastYear, Custom };

} // namespace

RunsPage::RunsPage(const PageContext& context, QWidget* parent)
    : Page(parent), m_db(context.db), m_undo(context.undo), m_errors(context.errors),
      m_unit(context.prefs.unit), m_model(new RunTableModel(context.db, context.errors, this)),
      m_stack(new QStackedWidget(this)), m_table(new QTableView(this)),
      m_period(new QComboBox(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_type(new QComboBox(this)), m_summary(new QLabel(this))
{
    m_model->setUnit(m_unit);

    m_period->addItems({tr("All time"), tr("Last 4 weeks"), tr("Last 12 weeks"),
                        tr("Last 6 months"), tr("Last year"), tr("Custom range")});
    m_period->setAccessibleName(tr("Period"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDate(QDate::currentDate());
        edit->setVisible(false);
    }
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    m_type->setAccessibleName(tr("Type of run"));
    m_type->setMinimumContentsLength(10);

    auto* addButton =
        new QPushButton(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("&Add…"), this);
    addButton->setIcon(QIcon::fromTheme(QStringLiteral("list-add"), addButton->icon()));
    addButton->setToolTip(tr("Log a run (Ctrl+N)"));
    m_editButton =
        new QPushButton(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit…"), this);
    m_deleteButton =
        new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete"), this);
    m_detailsButton =
        new QPushButton(QIcon::fromTheme(QStringLiteral("view-statistics")), tr("De&tails…"), this);
    m_detailsButton->setToolTip(
        tr("Pace, cadence, heart rate and elevation over the run (Ctrl+D)"));
    m_deleteButton->setToolTip(tr("Delete the selected runs (Del); Undo brings them back"));

    auto* filters = new QHBoxLayout;
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    auto* typeLabel = new QLabel(tr("&Type:"), this);
    typeLabel->setBuddy(m_type);
    filters->addWidget(periodLabel);
    filters->addWidget(m_period);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addSpacing(12);
    filters->addWidget(typeLabel);
    filters->addWidget(m_type);
    filters->addStretch(1);
    filters->addWidget(addButton);
    filters->addWidget(m_detailsButton);
    filters->addWidget(m_editButton);
    filters->addWidget(m_deleteButton);

    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RunTableModel::Date, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Runs"));
    // Fixed row heights keep a 10,000-row table instant: no per-row size hints.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int charWidth = m_table->fontMetrics().averageCharWidth();
    const int widths[] = {13, 6, 12, 8, 9, 8, 7, 5, 9, 8, 12};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_table->setColumnWidth(c, widths[c] * charWidth + 16);

    auto* empty = new EmptyState(
        tr("No runs here yet"),
        tr("Log a run by hand to get started. Every run you add feeds the load figures that "
           "warn you before a week gets too big."),
        tr("Log a run…"), this);
    m_empty = empty;
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_summary);

    connect(addButton, &QPushButton::clicked, this, &RunsPage::addRun);
    connect(empty->button(), &QPushButton::clicked, this, &RunsPage::addRun);
    connect(m_editButton, &QPushButton::clicked, this, &RunsPage::editSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &RunsPage::deleteSelected);
    connect(m_detailsButton, &QPushButton::clicked, this, &RunsPage::showDetails);
    connect(m_table, &QTableView::doubleClicked, this, &RunsPage::editSelected);
    connect(m_period, &QComboBox::currentIndexChanged, this, &RunsPage::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &RunsPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &RunsPage::applyFilter);
    connect(m_type, &QComboBox::currentIndexChanged, this, &RunsPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const int n = int(m_table->selectionModel()->selectedRows().size());
        m_editButton->setEnabled(n == 1);
        m_detailsButton->setEnabled(n == 1);
        m_deleteButton->setEnabled(n > 0);
        Q_EMIT selectionChanged(n);
    });
    connect(&m_db.notifier(), &core::ChangeNotifier::logChanged, this, &RunsPage::reload);

    auto* deleteKey = new QAction(this);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(deleteKey, &QAction::triggered, this, &RunsPage::deleteSelected);
    m_table->addAction(deleteKey);
    auto* editKey = new QAction(this);
    editKey->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    editKey->setShortcutContext(Qt::WidgetShortcut);
    connect(editKey, &QAction::triggered, this, &RunsPage::editSelected);
    m_table->addAction(editKey);

    auto* detailsKey = new QAction(this);
    detailsKey->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    detailsKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(detailsKey, &QAction::triggered, this, &RunsPage::showDetails);
    addAction(detailsKey);

    m_editButton->setEnabled(false);
    m_detailsButton->setEnabled(false);
    m_deleteButton->setEnabled(false);
}

void RunsPage::showDetails()
{
    const QList<core::Run> selected = selectedRuns();
    if (selected.size() != 1)
        return;
    auto samples = core::RunRepository(m_db).samples(selected.front().id);
    if (!samples) {
        m_errors(samples.message());
        return;
    }
    auto* dialog = new RunDetailDialog(selected.front(), *samples, m_unit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

QString RunsPage::title() const
{
    return tr("Runs");
}

QIcon RunsPage::icon() const
{
    return pageIcon(QStringLiteral("runs"), QStringLiteral("view-list-details"));
}

QString RunsPage::description() const
{
    return tr("Every run, with add, edit and delete");
}

void RunsPage::setAthlete(qint64 athleteId)
{
    m_athleteId = athleteId;
    reload();
}

void RunsPage::setUnit(DistanceUnit unit)
{
    m_unit = unit;
    m_model->setUnit(unit);
    updateSummary();
}

bool RunsPage::showsEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void RunsPage::reload()
{
    QList<qint64> selected;
    for (const core::Run& run : selectedRuns())
        selected << run.id;
    core::RunRepository runs(m_db);
    auto count = runs.count(m_athleteId);
    auto types = runs.types(m_athleteId);
    if (!count || !types) {
        m_errors(!count ? count.message() : types.message());
        return;
    }
    m_athleteRuns = *count;
    // The filter offers the types this athlete has used.
    const QString currentType = m_type->currentIndex() > 0 ? m_type->currentText() : QString();
    {
        const QSignalBlocker block(m_type);
        m_type->clear();
        m_type->addItem(tr("All types"));
        m_type->addItems(*types);
        const int index = m_type->findText(currentType);
        m_type->setCurrentIndex(index > 0 ? index : 0);
    }
    applyFilter();
    m_stack->setCurrentWidget(m_athleteRuns == 0 ? m_empty : static_cast<QWidget*>(m_table));
    for (qint64 id : selected)
        selectRun(id);
}

void RunsPage::applyFilter()
{
    const QDate today = QDate::currentDate();
    const int period = m_period->currentIndex();
    m_from->setVisible(period == Custom);
    m_to->setVisible(period == Custom);
    QDate from;
    switch (period) {
    case AllTime:
        break;
    case Last4Weeks:
        from = today.addDays(-27);
        break;
    case Last12Weeks:
        from = today.addDays(-83);
        break;
    case Last6Months:
        from = today.addMonths(-6).addDays(1);
        break;
    case LastYear:
        from = today.addYears(-1).addDays(1);
        break;
    case Custom:
        from = m_from->date();
        break;
    }
    const QDate to = period == AllTime ? QDate() : period == Custom ? m_to->date() : today;
    const QString type = m_type->currentIndex() > 0 ? m_type->currentText() : QString();
    m_model->setFilter(m_athleteId, from, to, type);
    updateSummary();
}

QString RunsPage::summary() const
{
    return m_summary->text();
}

void RunsPage::updateSummary()
{
    m_summary->setVisible(m_athleteRuns > 0);
    const core::RunTotals& shown = m_model->totals();
    const QString total = formatDistance(shown.distance, m_unit, 1);
    const QString time = core::formatDuration(shown.duration);
    if (shown.runs == m_athleteRuns)
        m_summary->setText(
            tr("%n run(s), %1, %2 in all", nullptr, int(shown.runs)).arg(total, time));
    else
        m_summary->setText(tr("%n run(s) shown of %1: %2, %3", nullptr, int(shown.runs))
                               .arg(m_athleteRuns)
                               .arg(total, time));
}

QStringList RunsPage::shoeNames() const
{
    QStringList names;
    if (auto shoes = core::ShoeRepository(m_db).list(m_athleteId))
        for (const core::Shoe& shoe : *shoes)
            if (!shoe.retired)
                names << shoe.name;
    return names;
}

void RunsPage::resolveShoe(core::Run& run)
{
    if (run.shoeName.isEmpty()) {
        run.shoeId.reset();
        return;
    }
    if (run.shoeId)
        return;
    auto id = core::ShoeRepository(m_db).findOrAdd(m_athleteId, run.shoeName);
    if (id)
        run.shoeId = *id;
    else
        m_errors(id.message());
}

void RunsPage::addRun()
{
    if (m_athleteId == 0)
        return;
    RunDialog dialog(m_unit, shoeNames(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    core::Run run = dialog.run();
    run.athleteId = m_athleteId;
    run.source = QStringLiteral("manual");
    resolveShoe(run);
    auto* command = new AddRunCommand(m_db, run, m_errors);
    if (!command->result()) {
        QMessageBox::warning(this, tr("Run not saved"), command->result().message());
        delete command;
        return;
    }
    const qint64 id = command->runId();
    m_undo->push(command);
    m_table->clearSelection(); // the new run alone
    selectRun(id);
    // A run of the return to running: how did the calf take it? (domain.md section 8)
    if (const auto checkIn = afterRunCheckIn(m_db, m_athleteId, run.localDate(), m_errors))
        askCheckIn(this, *checkIn, m_db, m_undo, m_errors, m_athleteId);
}

void RunsPage::editSelected()
{
    const QList<core::Run> selected = selectedRuns();
    if (selected.size() != 1)
        return;
    RunDialog dialog(m_unit, shoeNames(), this);
    dialog.setRun(selected.front());
    if (dialog.exec() != QDialog::Accepted)
        return;
    core::Run after = dialog.run();
    resolveShoe(after);
    auto* command = new EditRunCommand(m_db, selected.front(), after, m_errors);
    if (!command->result()) {
        QMessageBox::warning(this, tr("Run not saved"), command->result().message());
        delete command;
        return;
    }
    m_undo->push(command);
    selectRun(after.id);
}

void RunsPage::deleteSelected()
{
    const QList<core::Run> selected = selectedRuns();
    if (selected.isEmpty())
        return;
    auto* command = new DeleteRunsCommand(m_db, selected, m_errors);
    if (!command->result()) {
        QMessageBox::warning(this, tr("Runs not deleted"), command->result().message());
        delete command;
        return;
    }
    m_undo->push(command);
}

void RunsPage::selectRun(qint64 runId)
{
    const int row = m_model->rowOfRun(runId);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->select(index,
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

QList<core::Run> RunsPage::selectedRuns() const
{
    QList<core::Run> runs;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        runs << m_model->run(index.row());
    return runs;
}

} // namespace stridewell::ui
