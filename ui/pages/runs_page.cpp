#include "pages/runs_page.h"

#include "dialogs/run_detail_dialog.h"
#include "dialogs/run_dialog.h"
#include "models/run_filter_model.h"
#include "models/run_table_model.h"
#include "storage/change_notifier.h"
#include "storage/database.h"
#include "storage/run_repository.h"
#include "storage/shoe_repository.h"
#include "undo/run_commands.h"
#include "unit_format.h"

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

QWidget* makeEmptyState(QWidget* parent, QPushButton*& logButton)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->addStretch(2);
    auto* title = new QLabel(RunsPage::tr("No runs here yet"), box);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    auto* text = new QLabel(
        RunsPage::tr("Log a run by hand to get started. Every run you add feeds the load "
                     "figures that warn you before a week gets too big."),
        box);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(460);
    logButton = new QPushButton(RunsPage::tr("Log a run…"), box);
    logButton->setDefault(true);
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addWidget(logButton, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    return box;
}

} // namespace

RunsPage::RunsPage(const PageContext& context, QWidget* parent)
    : Page(parent), m_db(context.db), m_undo(context.undo), m_errors(context.errors),
      m_unit(context.prefs.unit), m_model(new RunTableModel(this)),
      m_filter(new RunFilterModel(this)), m_stack(new QStackedWidget(this)),
      m_table(new QTableView(this)), m_period(new QComboBox(this)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)), m_type(new QComboBox(this)), m_summary(new QLabel(this))
{
    m_filter->setSourceModel(m_model);
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

    m_table->setModel(m_filter);
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
    const int widths[] = {12, 7, 13, 9, 11, 9, 8, 5, 10, 10, 14};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_table->setColumnWidth(c, widths[c] * charWidth + 16);

    QPushButton* emptyLog = nullptr;
    m_empty = makeEmptyState(this, emptyLog);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_summary);

    connect(addButton, &QPushButton::clicked, this, &RunsPage::addRun);
    connect(emptyLog, &QPushButton::clicked, this, &RunsPage::addRun);
    connect(m_editButton, &QPushButton::clicked, this, &RunsPage::editSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &RunsPage::deleteSelected);
    connect(m_detailsButton, &QPushButton::clicked, this, &RunsPage::showDetails);
    connect(m_table, &QTableView::doubleClicked, this, &RunsPage::editSelected);
    connect(m_period, &QComboBox::currentIndexChanged, this, &RunsPage::applyPeriod);
    connect(m_from, &QDateEdit::dateChanged, this, &RunsPage::applyPeriod);
    connect(m_to, &QDateEdit::dateChanged, this, &RunsPage::applyPeriod);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setType(m_type->currentIndex() > 0 ? m_type->currentText() : QString());
        updateSummary();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const int n = int(m_table->selectionModel()->selectedRows().size());
        m_editButton->setEnabled(n == 1);
        m_detailsButton->setEnabled(n == 1);
        m_deleteButton->setEnabled(n > 0);
        Q_EMIT selectionChanged(n);
    });
    connect(&m_db.notifier(), &core::ChangeNotifier::runsChanged, this, [this](qint64 athleteId) {
        if (athleteId == m_athleteId)
            reload();
    });
    connect(&m_db.notifier(), &core::ChangeNotifier::shoesChanged, this, [this](qint64 athleteId) {
        if (athleteId == m_athleteId)
            reload();
    });

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
    return QIcon::fromTheme(QStringLiteral("view-list-details"),
                            style()->standardIcon(QStyle::SP_FileDialogListView));
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
    const QList<core::Run> selected = selectedRuns();
    auto runs = core::RunRepository(m_db).list(m_athleteId);
    if (!runs) {
        m_errors(runs.message());
        return;
    }
    // Types offered by the filter are the ones this athlete has used.
    std::set<QString> types;
    for (const core::Run& run : *runs)
        if (!run.type.isEmpty())
            types.insert(run.type.toLower());
    const QString currentType = m_type->currentIndex() > 0 ? m_type->currentText() : QString();
    {
        const QSignalBlocker block(m_type);
        m_type->clear();
        m_type->addItem(tr("All types"));
        for (const QString& t : types)
            m_type->addItem(t);
        const int index = m_type->findText(currentType);
        m_type->setCurrentIndex(index > 0 ? index : 0);
        m_filter->setType(index > 0 ? currentType : QString());
    }
    m_model->setRuns(std::move(*runs));
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? m_empty : static_cast<QWidget*>(m_table));
    for (const core::Run& run : selected)
        selectRun(run.id);
    updateSummary();
}

void RunsPage::applyPeriod()
{
    const QDate today = QDate::currentDate();
    const int period = m_period->currentIndex();
    m_from->setVisible(period == Custom);
    m_to->setVisible(period == Custom);
    switch (period) {
    case AllTime:
        m_filter->setDateRange({}, {});
        break;
    case Last4Weeks:
        m_filter->setDateRange(today.addDays(-27), today);
        break;
    case Last12Weeks:
        m_filter->setDateRange(today.addDays(-83), today);
        break;
    case Last6Months:
        m_filter->setDateRange(today.addMonths(-6).addDays(1), today);
        break;
    case LastYear:
        m_filter->setDateRange(today.addYears(-1).addDays(1), today);
        break;
    case Custom:
        m_filter->setDateRange(m_from->date(), m_to->date());
        break;
    }
    updateSummary();
}

void RunsPage::updateSummary()
{
    const int shown = m_filter->rowCount();
    core::Distance total;
    core::Duration time;
    for (int row = 0; row < shown; ++row) {
        const QModelIndex source = m_filter->mapToSource(m_filter->index(row, 0));
        total += m_model->run(source.row()).distance;
        time += m_model->run(source.row()).loadDuration();
    }
    if (shown == m_model->rowCount())
        m_summary->setText(tr("%n run(s), %1, %2 in all", nullptr, shown)
                               .arg(formatDistance(total, m_unit, 1), core::formatDuration(time)));
    else
        m_summary->setText(tr("%n run(s) shown of %1: %2, %3", nullptr, shown)
                               .arg(m_model->rowCount())
                               .arg(formatDistance(total, m_unit, 1), core::formatDuration(time)));
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
    selectRun(id);
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
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->select(index,
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

QList<core::Run> RunsPage::selectedRuns() const
{
    QList<core::Run> runs;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        runs << m_model->run(m_filter->mapToSource(index).row());
    return runs;
}

} // namespace stridewell::ui
