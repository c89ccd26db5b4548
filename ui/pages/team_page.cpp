#include "pages/team_page.h"

#include "models/roster_model.h"
#include "page_icon.h"
#include "storage/change_notifier.h"
#include "storage/database.h"
#include "storage/roster_loader.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace stridewell::ui {

namespace {

// On a worker thread, with a connection of its own: Qt SQL connections belong to one thread.
// The log is in WAL mode, so this reads while the window writes.
RosterResult computeRoster(const QString& path, QDate asOf)
{
    RosterResult result{asOf, {}, {}};
    auto db = core::Database::open(path);
    if (!db) {
        result.error = db.message();
        return result;
    }
    auto roster = core::loadRoster(**db, asOf);
    if (roster)
        result.roster = std::move(*roster);
    else
        result.error = roster.message();
    return result;
}

} // namespace

TeamPage::TeamPage(const PageContext& context, QWidget* parent)
    : Page(parent), m_db(context.db), m_errors(context.errors), m_model(new RosterModel(this)),
      m_table(new QTableView(this)), m_heading(new QLabel(this)), m_reload(new QTimer(this)),
      m_watcher(new QFutureWatcher<RosterResult>(this))
{
    connect(m_watcher, &QFutureWatcher<RosterResult>::finished, this, &TeamPage::showRoster);
    m_model->setUnit(context.prefs.unit);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RosterModel::LatestPain,
                                                      QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Athletes"));
    m_heading->setWordWrap(true);

    auto* hint = new QLabel(tr("Most concerning first. Hover over “Attention” for the flags "
                               "behind it; double-click or press Enter to open an athlete."),
                            this);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(hint);

    // Bursts of changes (an import, an undo of many runs) recompute once.
    m_reload->setSingleShot(true);
    m_reload->setInterval(0);
    connect(m_reload, &QTimer::timeout, this, &TeamPage::reloadNow);
    connect(&m_db.notifier(), &core::ChangeNotifier::logChanged, this, &TeamPage::scheduleReload);
    connect(m_table, &QTableView::activated, this, &TeamPage::openSelected);
    auto* open = new QAction(this);
    open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    open->setShortcutContext(Qt::WidgetShortcut);
    connect(open, &QAction::triggered, this, &TeamPage::openSelected);
    m_table->addAction(open);
}

QString TeamPage::title() const
{
    return tr("Team");
}

QIcon TeamPage::icon() const
{
    return pageIcon(QStringLiteral("team"), QStringLiteral("system-users"));
}

QString TeamPage::description() const
{
    return tr("Every athlete of the log: who is spiking, who is hurting");
}

void TeamPage::setAthlete(qint64 athleteId)
{
    Q_UNUSED(athleteId); // the roster shows everyone
    scheduleReload();
}

void TeamPage::setUnit(DistanceUnit unit)
{
    m_model->setUnit(unit);
}

void TeamPage::setAsOf(QDate day)
{
    m_asOf = day;
    reloadNow();
}

void TeamPage::scheduleReload()
{
    m_stale = true;
    if (isVisible())
        m_reload->start();
}

void TeamPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (m_stale)
        reloadNow();
}

void TeamPage::reloadNow()
{
    m_reload->stop();
    m_stale = false;
    if (m_watcher->isRunning()) {
        m_stale = true; // one more pass once this one is in
        return;
    }
    const QDate asOf = m_asOf.isValid() ? m_asOf : QDate::currentDate();
    m_heading->setText(tr("Working out the roster…"));
    m_watcher->setFuture(QtConcurrent::run(computeRoster, m_db.path(), asOf));
}

void TeamPage::showRoster()
{
    RosterResult result = m_watcher->result();
    if (m_stale) {
        reloadNow();
        return;
    }
    if (!result.error.isEmpty()) {
        m_heading->setText(tr("The roster could not be read."));
        m_errors(result.error);
        return;
    }
    int needAttention = 0;
    for (const core::RosterEntry& e : result.roster)
        needAttention +=
            e.urgent.urgency != core::Urgency::None || e.ranDuringHold > 0 || !e.active.empty();
    m_heading->setText(tr("%n athlete(s) as of %1", nullptr, int(result.roster.size()))
                           .arg(QLocale().toString(result.asOf, QLocale::LongFormat)) +
                       QStringLiteral(" · ") +
                       (needAttention == 0
                            ? tr("nothing flagged in the last two weeks")
                            : tr("%n with something to look at", nullptr, needAttention)));
    m_model->setRoster(std::move(result.roster));
    Q_EMIT rosterReady();
}

void TeamPage::openSelected()
{
    const QModelIndex index = m_table->currentIndex();
    if (index.isValid())
        Q_EMIT athleteRequested(
            m_model->index(index.row(), 0).data(RosterModel::AthleteIdRole).toLongLong());
}

} // namespace stridewell::ui
