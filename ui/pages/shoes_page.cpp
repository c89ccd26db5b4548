#include "pages/shoes_page.h"

#include "dialogs/shoe_dialog.h"
#include "models/shoe_table_model.h"
#include "page_icon.h"
#include "storage/change_notifier.h"
#include "storage/database.h"
#include "storage/shoe_repository.h"
#include "undo/log_command.h"
#include "unit_format.h"
#include "widgets/empty_state.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace stridewell::ui {

ShoesPage::ShoesPage(const PageContext& context, QWidget* parent)
    : Page(parent), m_db(context.db), m_undo(context.undo), m_errors(context.errors),
      m_unit(context.prefs.unit), m_model(new ShoeTableModel(this)),
      m_stack(new QStackedWidget(this)), m_table(new QTableView(this)), m_summary(new QLabel(this))
{
    m_model->setUnit(m_unit);
    auto* add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add…"), this);
    m_edit = new QPushButton(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit…"), this);
    m_delete =
        new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete"), this);
    m_delete->setToolTip(tr("Delete the selected shoes (Del); their runs keep their distance, "
                            "and Undo brings the shoes back"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ShoeTableModel::Name, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Shoes"));

    auto* empty = new EmptyState(
        tr("No shoes tracked yet"),
        tr("Add the shoes you run in and pick them when you log a run. Stridewell counts the "
           "distance and tells you when a pair has done what you set for it."),
        tr("Add shoes…"), this);
    m_empty = empty;
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_stack, 1);

    connect(add, &QPushButton::clicked, this, &ShoesPage::addShoe);
    connect(empty->button(), &QPushButton::clicked, this, &ShoesPage::addShoe);
    connect(m_edit, &QPushButton::clicked, this, &ShoesPage::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &ShoesPage::deleteSelected);
    connect(m_table, &QTableView::doubleClicked, this, &ShoesPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_edit->setEnabled(selectedRow() >= 0);
        m_delete->setEnabled(selectedRow() >= 0);
    });
    auto* deleteKey = new QAction(this);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(deleteKey, &QAction::triggered, this, &ShoesPage::deleteSelected);
    m_table->addAction(deleteKey);
    connect(&m_db.notifier(), &core::ChangeNotifier::logChanged, this, &ShoesPage::reload);
    m_edit->setEnabled(false);
    m_delete->setEnabled(false);
}

QString ShoesPage::title() const
{
    return tr("Shoes");
}

QIcon ShoesPage::icon() const
{
    return pageIcon(QStringLiteral("shoes"));
}

QString ShoesPage::description() const
{
    return tr("Your shoes and how far each pair has gone");
}

void ShoesPage::setAthlete(qint64 athleteId)
{
    m_athleteId = athleteId;
    reload();
}

void ShoesPage::setUnit(DistanceUnit unit)
{
    m_unit = unit;
    m_model->setUnit(unit);
    reload();
}

bool ShoesPage::showsEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void ShoesPage::reload()
{
    const qint64 selected = selectedRow() >= 0 ? m_model->shoe(selectedRow()).shoe.id : 0;
    auto shoes = core::ShoeRepository(m_db).usage(m_athleteId);
    if (!shoes) {
        m_errors(shoes.message());
        return;
    }
    int worn = 0;
    for (const core::ShoeUsage& u : *shoes)
        worn += u.worn() && !u.shoe.retired;
    const int count = int(shoes->size());
    m_model->setShoes(std::move(*shoes));
    m_stack->setCurrentWidget(count == 0 ? m_empty : static_cast<QWidget*>(m_table));
    m_summary->setVisible(count > 0);
    m_summary->setText(worn == 0 ? tr("%n pair(s) of shoes", nullptr, count)
                                 : tr("%n pair(s) past the distance you set", nullptr, worn));
    if (const int row = m_model->rowOfShoe(selected); row >= 0)
        m_table->selectRow(row);
}

int ShoesPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.front().row();
}

QStringList ShoesPage::names() const
{
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row)
        names << m_model->shoe(row).shoe.name;
    return names;
}

void ShoesPage::addShoe()
{
    if (m_athleteId == 0)
        return;
    ShoeDialog dialog(m_unit, names(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto shoe = std::make_shared<core::Shoe>(dialog.shoe());
    shoe->athleteId = m_athleteId;
    auto* command = new LogCommand(
        tr("Add shoes “%1”").arg(shoe->name),
        [this, shoe]() -> core::Status {
            auto id = core::ShoeRepository(m_db).add(*shoe); // same id again on redo
            if (!id)
                return id.error();
            shoe->id = *id;
            return core::Ok{};
        },
        [this, shoe] { return core::ShoeRepository(m_db).remove(shoe->id); }, m_errors);
    if (!command->result()) {
        QMessageBox::warning(this, tr("Shoes not added"), command->result().message());
        delete command;
        return;
    }
    m_undo->push(command);
}

void ShoesPage::editSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const core::Shoe before = m_model->shoe(row).shoe;
    ShoeDialog dialog(m_unit, names(), this);
    dialog.setShoe(before);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const core::Shoe after = dialog.shoe();
    auto* command = new LogCommand(
        tr("Edit shoes “%1”").arg(after.name),
        [this, after] { return core::ShoeRepository(m_db).update(after); },
        [this, before] { return core::ShoeRepository(m_db).update(before); }, m_errors);
    if (!command->result()) {
        QMessageBox::warning(this, tr("Shoes not saved"), command->result().message());
        delete command;
        return;
    }
    m_undo->push(command);
}

void ShoesPage::deleteSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const core::Shoe shoe = m_model->shoe(row).shoe;
    auto runs = core::ShoeRepository(m_db).runsWith(shoe.id);
    if (!runs) {
        m_errors(runs.message());
        return;
    }
    auto* command = new LogCommand(
        tr("Delete shoes “%1”").arg(shoe.name),
        [this, shoe] { return core::ShoeRepository(m_db).remove(shoe.id); },
        [this, shoe, runIds = *runs] { return core::ShoeRepository(m_db).restore(shoe, runIds); },
        m_errors);
    if (!command->result()) {
        QMessageBox::warning(this, tr("Shoes not deleted"), command->result().message());
        delete command;
        return;
    }
    m_undo->push(command);
}

} // namespace stridewell::ui
