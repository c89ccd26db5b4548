#include "pages/calf_test_list.h"

#include "dialogs/calf_test_dialog.h"
#include "storage/calf_test_repository.h"
#include "storage/change_notifier.h"
#include "storage/database.h"
#include "undo/log_command.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <cmath>
#include <memory>

namespace stridewell::ui {

CalfTestList::CalfTestList(core::Database& db, QUndoStack* undo, ErrorSink errors, QWidget* parent)
    : QWidget(parent), m_db(db), m_undo(undo), m_errors(std::move(errors)),
      m_table(new QTableWidget(0, 5, this))
{
    auto* title = new QLabel(tr("<b>Calf-raise tests</b>"), this);
    auto* add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Test…"), this);
    add->setToolTip(tr("Record a single-leg calf-raise test"));
    add->setAccessibleName(tr("Record a calf-raise test"));
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setAccessibleName(tr("Edit the selected calf-raise test"));
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setAccessibleName(tr("Delete the selected calf-raise test"));
    m_table->setHorizontalHeaderLabels(
        {tr("Date"), tr("Left"), tr("Right"), tr("Difference"), tr("Hops")});
    m_table->horizontalHeaderItem(4)->setToolTip(
        tr("The pain of 10 single-leg hops on the sore leg, when tested"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Calf-raise tests"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(title, 1);
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    connect(add, &QPushButton::clicked, this, &CalfTestList::addTest);
    connect(m_edit, &QPushButton::clicked, this, &CalfTestList::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &CalfTestList::deleteSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &CalfTestList::editSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_edit->setEnabled(selectedRow() >= 0);
        m_delete->setEnabled(selectedRow() >= 0);
    });
    auto* deleteKey = new QAction(this);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteKey, &QAction::triggered, this, &CalfTestList::deleteSelected);
    m_table->addAction(deleteKey);
    connect(&m_db.notifier(), &core::ChangeNotifier::logChanged, this, &CalfTestList::reload);
    m_edit->setEnabled(false);
    m_delete->setEnabled(false);
}

void CalfTestList::setAthlete(qint64 athleteId)
{
    m_athleteId = athleteId;
    reload();
}

void CalfTestList::reload()
{
    auto tests = core::CalfTestRepository(m_db).list(m_athleteId);
    if (!tests) {
        m_errors(tests.message());
        return;
    }
    m_tests = *tests;
    std::reverse(m_tests.begin(), m_tests.end());
    m_table->setRowCount(int(m_tests.size()));
    const QLocale locale;
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int row = 0; row < m_tests.size(); ++row) {
        const core::CalfTest& t = m_tests[row];
        const int percent = int(std::lround(t.imbalance() * 100));
        auto* difference = new QTableWidgetItem;
        if (t.imbalance() > 0.10) {
            difference->setIcon(warning);
            difference->setText(tr("%1 side %2% weaker")
                                    .arg(t.leftReps < t.rightReps ? tr("left") : tr("right"))
                                    .arg(percent));
            difference->setToolTip(tr("More than 10%: the plan adds work on the weaker side."));
        } else {
            difference->setText(tr("balanced (%1%)").arg(percent));
        }
        m_table->setItem(row, 0,
                         new QTableWidgetItem(locale.toString(t.date, QLocale::ShortFormat)));
        m_table->setItem(row, 1, new QTableWidgetItem(locale.toString(t.leftReps)));
        m_table->setItem(row, 2, new QTableWidgetItem(locale.toString(t.rightReps)));
        m_table->setItem(row, 3, difference);
        auto* hops =
            new QTableWidgetItem(t.hopPain ? tr("%1/10").arg(*t.hopPain) : QStringLiteral("–"));
        if (!t.hopPain)
            hops->setToolTip(tr("Hopping not tested"));
        m_table->setItem(row, 4, hops);
    }
}

int CalfTestList::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.front().row();
}

void CalfTestList::addTest()
{
    if (m_athleteId == 0)
        return;
    CalfTestDialog dialog(0.10, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto test = std::make_shared<core::CalfTest>(dialog.test());
    test->athleteId = m_athleteId;
    auto* command = new LogCommand(
        tr("Log calf-raise test"),
        [this, test]() -> core::Status {
            auto id = core::CalfTestRepository(m_db).add(*test); // the same id again on redo
            if (!id)
                return id.error();
            test->id = *id;
            return core::Ok{};
        },
        [this, test] { return core::CalfTestRepository(m_db).remove(test->id); }, m_errors);
    if (!command->result()) {
        QMessageBox::warning(this, tr("Test not saved"), command->result().message());
        delete command;
        return;
    }
    m_undo->push(command);
}

void CalfTestList::editSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const core::CalfTest before = m_tests[row];
    CalfTestDialog dialog(0.10, this);
    dialog.setTest(before);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const core::CalfTest after = dialog.test();
    auto* command = new LogCommand(
        tr("Edit calf-raise test"),
        [this, after] { return core::CalfTestRepository(m_db).update(after); },
        [this, before] { return core::CalfTestRepository(m_db).update(before); }, m_errors);
    if (!command->result()) {
        QMessageBox::warning(this, tr("Test not saved"), command->result().message());
        delete command;
        return;
    }
    m_undo->push(command);
}

void CalfTestList::deleteSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const core::CalfTest test = m_tests[row];
    auto* command = new LogCommand(
        tr("Delete calf-raise test"),
        [this, test] { return core::CalfTestRepository(m_db).remove(test.id); },
        [this, test]() -> core::Status {
            auto id = core::CalfTestRepository(m_db).add(test);
            return id ? core::Status(core::Ok{}) : core::Status(id.error());
        },
        m_errors);
    if (!command->result()) {
        QMessageBox::warning(this, tr("Test not deleted"), command->result().message());
        delete command;
        return;
    }
    m_undo->push(command);
}

} // namespace stridewell::ui
