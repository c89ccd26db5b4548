#include "pages/strength_page.h"

#include "charts/adherence_chart.h"
#include "dialogs/strength_session_dialog.h"
#include "page_icon.h"
#include "pages/circuit_checklist.h"
#include "storage/change_notifier.h"
#include "storage/database.h"
#include "storage/plan_input_loader.h"
#include "storage/strength_repository.h"
#include "undo/log_command.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <memory>

namespace stridewell::ui {

namespace {

// The plan's "because: ..." after a label that already says "Why".
QString reasonWords(const QString& reason)
{
    const QString prefix = QStringLiteral("because: ");
    return reason.startsWith(prefix) ? reason.mid(prefix.size()) : reason;
}

QLabel* wrapped(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

} // namespace

StrengthPage::StrengthPage(const PageContext& context, QWidget* parent)
    : Page(parent), m_db(context.db), m_undo(context.undo), m_errors(context.errors),
      m_unit(context.prefs.unit), m_headline(wrapped(this)), m_circuit(new QComboBox(this)),
      m_reason(wrapped(this)), m_checklist(new CircuitChecklist(this)),
      m_progress(new QLabel(this)),
      m_log(new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Log session done…"),
                            this)),
      m_week(wrapped(this)), m_advice(wrapped(this)), m_chart(new QChartView(this)),
      m_adherence(wrapped(this)), m_sessions(new QTableWidget(0, 3, this)),
      m_delete(new QPushButton(tr("Delete"), this))
{
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_headline->setFont(big);
    m_circuit->setAccessibleName(tr("Circuit to do"));
    auto* circuitLabel = new QLabel(tr("&Circuit:"), this);
    circuitLabel->setBuddy(m_circuit);
    m_log->setToolTip(tr("Record the session and how your calf felt; Undo takes it back"));
    m_reason->setAccessibleName(tr("Why this circuit"));
    m_advice->setAccessibleName(tr("Advice"));
    m_week->setAccessibleName(tr("Strength sessions this week"));
    m_adherence->setAccessibleName(tr("Sessions done against planned"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    m_chart->setAccessibleName(tr("Chart of strength sessions planned and done per week"));
    m_sessions->setHorizontalHeaderLabels({tr("Date"), tr("Circuit"), tr("Pain")});
    m_sessions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sessions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sessions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sessions->verticalHeader()->hide();
    m_sessions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sessions->horizontalHeader()->setStretchLastSection(true);
    m_sessions->setAccessibleName(tr("Strength sessions logged"));
    m_delete->setAccessibleName(tr("Delete the selected strength session"));
    m_delete->setEnabled(false);

    // Today's circuit on the left, the week and the advice on the right.
    auto* today = new QVBoxLayout;
    today->addWidget(m_headline);
    auto* pick = new QHBoxLayout;
    pick->addWidget(circuitLabel);
    pick->addWidget(m_circuit, 1);
    today->addLayout(pick);
    today->addWidget(m_reason);
    today->addWidget(m_checklist);
    auto* logRow = new QHBoxLayout;
    logRow->addWidget(m_progress, 1);
    logRow->addWidget(m_log);
    today->addLayout(logRow);
    today->addStretch(1);
    auto* side = new QVBoxLayout;
    auto* weekBox = new QGroupBox(tr("This week"), this);
    (new QVBoxLayout(weekBox))->addWidget(m_week);
    auto* adviceBox = new QGroupBox(tr("Advice, and why"), this);
    (new QVBoxLayout(adviceBox))->addWidget(m_advice);
    side->addWidget(weekBox);
    side->addWidget(adviceBox);
    side->addStretch(1);
    auto* top = new QHBoxLayout;
    top->addLayout(today, 3);
    top->addSpacing(12);
    top->addLayout(side, 2);

    auto* history = new QHBoxLayout;
    auto* chartColumn = new QVBoxLayout;
    chartColumn->addWidget(m_chart, 1);
    chartColumn->addWidget(m_adherence);
    history->addLayout(chartColumn, 3);
    auto* listColumn = new QVBoxLayout;
    auto* listHead = new QHBoxLayout;
    listHead->addWidget(new QLabel(tr("<b>Sessions logged</b>"), this), 1);
    listHead->addWidget(m_delete);
    listColumn->addLayout(listHead);
    listColumn->addWidget(m_sessions, 1);
    history->addLayout(listColumn, 2);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(top);
    contentLayout->addSpacing(8);
    contentLayout->addLayout(history, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_circuit, &QComboBox::currentIndexChanged, this, &StrengthPage::showCircuit);
    connect(m_log, &QPushButton::clicked, this, &StrengthPage::logSession);
    connect(m_delete, &QPushButton::clicked, this, &StrengthPage::deleteSelectedSession);
    connect(m_sessions, &QTableWidget::itemSelectionChanged, this,
            [this] { m_delete->setEnabled(!m_sessions->selectedItems().isEmpty()); });
    connect(m_checklist, &CircuitChecklist::tickedChanged, this, [this](int done, int count) {
        m_progress->setText(
            count == 0 ? QString() : tr("%1 of %n exercise(s) ticked", nullptr, count).arg(done));
    });
    auto* deleteKey = new QAction(this);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteKey, &QAction::triggered, this, &StrengthPage::deleteSelectedSession);
    m_sessions->addAction(deleteKey);
    // The plan stands on everything in the log.
    connect(&m_db.notifier(), &core::ChangeNotifier::logChanged, this, &StrengthPage::reload);
}

QString StrengthPage::title() const
{
    return tr("Strength");
}

QIcon StrengthPage::icon() const
{
    return pageIcon(QStringLiteral("strength"));
}

QString StrengthPage::description() const
{
    return tr("Today's circuit, the week's plan with its reasons, and what you have done");
}

void StrengthPage::setAthlete(qint64 athleteId)
{
    m_athleteId = athleteId;
    reload();
}

void StrengthPage::setUnit(DistanceUnit unit)
{
    m_unit = unit;
    reload();
}

void StrengthPage::setToday(QDate today)
{
    m_today = today;
    reload();
}

void StrengthPage::reload()
{
    if (m_athleteId == 0)
        return;
    core::AdviceSettings settings;
    settings.miles = m_unit == DistanceUnit::Mi;
    auto input = core::loadPlanInput(m_db, m_athleteId, m_today, settings);
    if (!input) {
        m_errors(input.message());
        return;
    }
    m_plan = core::buildPlan(*input);
    m_weeks = core::adherence(*input, kAdherenceWeeks);
    m_logged = input->strength;
    std::reverse(m_logged.begin(), m_logged.end());
    const QLocale locale;

    // Today's circuit: the one scheduled today, else the next one, else the plan's first.
    QString todays;
    const core::ScheduledSession* next = nullptr;
    for (const core::ScheduledSession& s : m_plan.schedule)
        if (!next || s.date < next->date)
            next = &s;
    if (next && next->date == m_today) {
        todays = next->circuitId;
        m_headline->setText(tr("Today: %1").arg(m_plan.circuit(todays)->name));
    } else if (m_plan.hold) {
        m_headline->setText(
            tr("%1: strength work is on hold").arg(m_plan.hold->deciding.triage.headline));
    } else if (next) {
        todays = next->circuitId;
        m_headline->setText(tr("No strength session today. Next: %1, %2")
                                .arg(m_plan.circuit(todays)->name,
                                     locale.toString(next->date, QStringLiteral("dddd d MMMM"))));
    } else {
        m_headline->setText(tr("No strength session on the schedule this week"));
    }
    const QString keep = m_circuit->currentData().toString();
    {
        const QSignalBlocker block(m_circuit);
        m_circuit->clear();
        for (const core::PlannedCircuit& c : m_plan.circuits)
            m_circuit->addItem(c.daily ? tr("%1 (every day)").arg(c.name) : c.name, c.id);
        int index = m_circuit->findData(todays.isEmpty() ? keep : todays);
        m_circuit->setCurrentIndex(index >= 0 ? index : 0);
    }
    m_circuit->setEnabled(!m_plan.circuits.isEmpty());
    showCircuit();

    QStringList week;
    for (const core::ScheduledSession& s : m_plan.schedule)
        week << tr("%1: %2").arg(locale.toString(s.date, QStringLiteral("ddd d MMM")),
                                 m_plan.circuit(s.circuitId)->name);
    for (const core::PlannedCircuit& c : m_plan.circuits)
        if (c.daily)
            week << tr("Every day: %1").arg(c.name);
    m_week->setText(week.isEmpty() ? tr("Nothing planned.") : week.join(QLatin1Char('\n')));

    QStringList advice;
    for (const core::PlanAdvice& a : m_plan.advice)
        advice << (a.general ? tr("• <i>General advice:</i> %1<br><small>%2</small>")
                             : QStringLiteral("• %1<br><small>%2</small>"))
                      .arg(a.text.toHtmlEscaped(), a.reason.toHtmlEscaped());
    m_advice->setText(advice.isEmpty() ? tr("Nothing in your log calls for more right now.")
                                       : advice.join(QStringLiteral("<br>")));

    showChart();
    int planned = 0, done = 0;
    for (int i = std::max(0, int(m_weeks.size()) - 4); i < m_weeks.size(); ++i) {
        planned += m_weeks[i].planned;
        done += m_weeks[i].done;
    }
    m_adherence->setText(
        tr("Last 4 weeks: %1 of %n planned session(s) done.", nullptr, planned).arg(done));
    showSessions();
}

void StrengthPage::showChart()
{
    QChart* old = m_chart->chart();
    m_chart->setChart(adherenceChart(m_weeks, palette()));
    delete old;
}

void StrengthPage::changeEvent(QEvent* event)
{
    Page::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_athleteId != 0)
        showChart(); // the chart's colours come from the palette
}

void StrengthPage::showCircuit()
{
    const core::PlannedCircuit* c = m_plan.circuit(m_circuit->currentData().toString());
    m_checklist->setVisible(c != nullptr);
    m_log->setEnabled(c != nullptr && !c->daily);
    if (!c) {
        m_reason->setText(m_plan.hold
                              ? tr("A warning sign in your log needs a clinician before strength "
                                   "work: see the notice at the top of the window. Once a "
                                   "clinician has cleared you, log the clearance from that "
                                   "notice.")
                              : QString());
        m_checklist->setCircuit({});
        return;
    }
    QString text = tr("<b>Why:</b> %1").arg(reasonWords(c->reason).toHtmlEscaped());
    if (c->level != 0)
        text += tr("<br><b>Level:</b> %1%2 (the plan steps up after two easy sessions in a row "
                   "and down after a painful one)")
                    .arg(c->level > 0 ? QStringLiteral("+") : QString())
                    .arg(c->level);
    m_reason->setText(text);
    m_checklist->setCircuit(*c);
}

void StrengthPage::showSessions()
{
    const QLocale locale;
    const core::ExerciseLibrary& library = core::ExerciseLibrary::builtIn();
    m_sessions->setRowCount(int(m_logged.size()));
    for (int row = 0; row < m_logged.size(); ++row) {
        const core::StrengthSession& s = m_logged[row];
        const core::Circuit* c = library.circuit(s.circuitId);
        m_sessions->setItem(row, 0,
                            new QTableWidgetItem(locale.toString(s.date, QLocale::ShortFormat)));
        m_sessions->setItem(row, 1, new QTableWidgetItem(c ? c->name : s.circuitId));
        m_sessions->setItem(row, 2,
                            new QTableWidgetItem(s.pain ? QStringLiteral("%1/10").arg(*s.pain)
                                                        : tr("not recorded")));
    }
}

QString StrengthPage::headline() const
{
    return m_headline->text();
}

QString StrengthPage::adviceText() const
{
    return m_advice->text();
}

QString StrengthPage::adherenceText() const
{
    return m_adherence->text();
}

void StrengthPage::logSession()
{
    if (m_athleteId == 0)
        return;
    StrengthSessionDialog dialog(m_circuit->currentData().toString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto session = std::make_shared<core::StrengthSession>(dialog.session());
    session->athleteId = m_athleteId;
    auto* command = new LogCommand(
        tr("Log strength session"),
        [this, session]() -> core::Status {
            auto id = core::StrengthRepository(m_db).add(*session); // the same id again on redo
            if (!id)
                return id.error();
            session->id = *id;
            return core::Ok{};
        },
        [this, session] { return core::StrengthRepository(m_db).remove(session->id); }, m_errors);
    if (!command->result()) {
        QMessageBox::warning(this, tr("Session not saved"), command->result().message());
        delete command;
        return;
    }
    m_undo->push(command);
}

void StrengthPage::deleteSelectedSession()
{
    const QModelIndexList rows = m_sessions->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const core::StrengthSession session = m_logged.value(rows.front().row());
    auto* command = new LogCommand(
        tr("Delete strength session"),
        [this, session] { return core::StrengthRepository(m_db).remove(session.id); },
        [this, session]() -> core::Status {
            auto id = core::StrengthRepository(m_db).add(session);
            return id ? core::Status(core::Ok{}) : core::Status(id.error());
        },
        m_errors);
    if (!command->result()) {
        QMessageBox::warning(this, tr("Session not deleted"), command->result().message());
        delete command;
        return;
    }
    m_undo->push(command);
}

} // namespace stridewell::ui
