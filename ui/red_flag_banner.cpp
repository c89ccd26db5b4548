#include "red_flag_banner.h"

#include "advice/health_notices.h"
#include "dialogs/clearance_dialog.h"
#include "severity_style.h"
#include "storage/analysis_input_loader.h"
#include "storage/change_notifier.h"
#include "storage/database.h"
#include "storage/dated_note_repository.h"
#include "storage/symptom_repository.h"
#include "symptom_words.h"
#include "undo/log_command.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>

namespace stridewell::ui {

namespace {

// The severity colours of design.md section 5, always beside an icon and words.
QColor severityColour(core::Urgency urgency)
{
    return SeverityStyle::color(severityOf(urgency));
}

// One notice: a stripe in the severity colour down the left edge, then the words.
class NoticeFrame : public QWidget
{
public:
    NoticeFrame(QColor stripe, QWidget* parent) : QWidget(parent), m_stripe(stripe)
    {
        setAttribute(Qt::WA_StyledBackground, false);
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        const QRect r = rect();
        p.fillRect(r, palette().color(QPalette::AlternateBase));
        p.fillRect(QRect(r.left(), r.top(), 6, r.height()), m_stripe);
        QColor edge = palette().color(QPalette::WindowText);
        edge.setAlphaF(0.25);
        p.setPen(edge);
        p.drawRect(r.adjusted(0, 0, -1, -1));
    }

private:
    QColor m_stripe;
};

} // namespace

RedFlagBanner::RedFlagBanner(core::Database& db, QUndoStack* undo, ErrorSink errors,
                             QWidget* parent)
    : QWidget(parent), m_db(db), m_undo(undo), m_errors(std::move(errors)),
      m_rows(new QVBoxLayout(this))
{
    m_rows->setContentsMargins(6, 6, 6, 2);
    m_rows->setSpacing(4);
    setAccessibleName(tr("Warnings about your calf"));
    connect(&m_db.notifier(), &core::ChangeNotifier::logChanged, this, &RedFlagBanner::reload);
    setVisible(false);
}

void RedFlagBanner::setAthlete(qint64 athleteId)
{
    m_athleteId = athleteId;
    reload();
}

void RedFlagBanner::setToday(QDate today)
{
    m_today = today;
    reload();
}

void RedFlagBanner::reload()
{
    if (m_athleteId == 0) {
        m_notices.clear();
        rebuild();
        return;
    }
    auto input = core::loadAnalysisInput(m_db, m_athleteId, m_today);
    if (!input) {
        m_errors(input.message());
        return;
    }
    m_notices = core::bannerNotices(input->symptoms, input->clearances, core::computeFlags(*input),
                                    m_today);
    m_hold = core::currentHold(input->symptoms, input->clearances, m_today);
    // A hold stays in view after its entry was read: it ends only with a clearance.
    if (m_hold && std::none_of(m_notices.begin(), m_notices.end(), [&](const auto& n) {
            return n.symptomId == m_hold->deciding.entry.id;
        })) {
        m_notices.append(core::redFlagNotice(m_hold->deciding.entry));
        core::mostUrgentFirst(m_notices);
    }
    rebuild();
}

void RedFlagBanner::rebuild()
{
    // Later, not now: a "Mark as read" button of the old rows may be the one being clicked.
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    m_buttons.clear();
    m_clearButtons.clear();
    m_texts.clear();
    setVisible(!m_notices.isEmpty());
    const QLocale locale;
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize);
    for (int i = 0; i < std::min<int>(kShown, int(m_notices.size())); ++i) {
        const core::HealthNotice& n = m_notices[i];
        auto* frame = new NoticeFrame(severityColour(n.triage.urgency), this);
        auto* row = new QHBoxLayout(frame);
        row->setContentsMargins(14, 6, 8, 6);
        auto* icon = new QLabel(frame);
        icon->setPixmap(urgencyIcon(n.triage.urgency).pixmap(iconSize, iconSize));
        auto* text = new QLabel(frame);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        const QString what =
            n.kind == core::HealthNotice::Kind::RedFlag
                ? tr("Logged on %1: %2")
                      .arg(locale.toString(n.date, QLocale::LongFormat),
                           core::noticeSummary(n).section(QStringLiteral(" - "), 1))
                : tr("Pain logged on %1 (%2 %3, %4/10) is no better than when it began.")
                      .arg(locale.toString(n.date, QLocale::LongFormat), sideName(n.side).toLower(),
                           locationName(n.location).toLower())
                      .arg(n.pain);
        text->setText(QStringLiteral("<b>%1</b><br>%2<br><small>%3</small>")
                          .arg(n.triage.headline.toHtmlEscaped(), n.triage.advice.toHtmlEscaped(),
                               what.toHtmlEscaped()));
        text->setAccessibleName(n.triage.headline);
        row->addWidget(icon, 0, Qt::AlignTop);
        row->addWidget(text, 1);
        auto* buttons = new QVBoxLayout;
        buttons->setSpacing(4);
        QPushButton* read = nullptr;
        if (!n.acknowledged) {
            read = new QPushButton(tr("Mark as read"), frame);
            read->setAccessibleName(
                tr("Mark as read: %1, %2")
                    .arg(n.triage.headline, locale.toString(n.date, QLocale::ShortFormat)));
            read->setToolTip(n.triage.holdsTraining()
                                 ? tr("Marks the warning as read; training stays on hold until "
                                      "a clinician's clearance is logged")
                                 : tr("Hides this warning; Undo (Ctrl+Z) brings it back"));
            connect(read, &QPushButton::clicked, this, [this, i] { markRead(i); });
            buttons->addWidget(read);
        }
        QPushButton* clear = nullptr;
        if (n.kind == core::HealthNotice::Kind::RedFlag && n.triage.holdsTraining()) {
            clear = new QPushButton(tr("Cleared by a clinician…"), frame);
            clear->setAccessibleName(
                tr("Cleared by a clinician: %1, %2")
                    .arg(n.triage.headline, locale.toString(n.date, QLocale::ShortFormat)));
            clear->setToolTip(tr("Log that a doctor or physiotherapist has seen you and cleared "
                                 "you to train; this ends the hold"));
            connect(clear, &QPushButton::clicked, this, [this, i] { this->clear(i); });
            buttons->addWidget(clear);
        }
        buttons->addStretch(1);
        row->addLayout(buttons);
        m_rows->addWidget(frame);
        m_buttons << read;
        m_clearButtons << clear;
        m_texts << text;
    }
    if (m_notices.size() > kShown) {
        auto* more = new QLabel(tr("… and %n more warning(s): see the Symptoms page.", nullptr,
                                   int(m_notices.size()) - kShown),
                                this);
        m_rows->addWidget(more);
        m_texts << more;
    }
}

QString RedFlagBanner::text() const
{
    QStringList all;
    for (const QLabel* label : m_texts)
        all << label->text();
    return all.join(QLatin1Char('\n'));
}

QAbstractButton* RedFlagBanner::readButton(int index) const
{
    return index >= 0 && index < m_buttons.size() ? m_buttons[index] : nullptr;
}

QAbstractButton* RedFlagBanner::clearButton(int index) const
{
    return index >= 0 && index < m_clearButtons.size() ? m_clearButtons[index] : nullptr;
}

void RedFlagBanner::clear(int index)
{
    if (index < 0 || index >= m_notices.size())
        return;
    const core::HealthNotice n = m_notices[index];
    ClearanceDialog dialog(n.triage.headline, n.date, std::max(m_today, n.date), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    logClearance(dialog.clearance());
}

void RedFlagBanner::logClearance(core::Clearance clearance)
{
    clearance.athleteId = m_athleteId;
    auto id = std::make_shared<qint64>(0);
    auto* command = new LogCommand(
        tr("Log clearance"),
        [this, clearance, id]() -> core::Status {
            core::Clearance c = clearance;
            c.id = *id; // the same id again on redo
            auto added = core::ClearanceRepository(m_db).add(c);
            if (!added)
                return added.error();
            *id = *added;
            return core::Ok{};
        },
        [this, id] { return core::ClearanceRepository(m_db).remove(*id); }, m_errors);
    if (!command->result()) {
        m_errors(command->result().message());
        delete command;
        return;
    }
    m_undo->push(command);
}

void RedFlagBanner::markRead(int index)
{
    if (index < 0 || index >= m_notices.size())
        return;
    const core::HealthNotice n = m_notices[index];
    const auto notice = n.kind == core::HealthNotice::Kind::RedFlag
                            ? core::SymptomRepository::Notice::RedFlag
                            : core::SymptomRepository::Notice::Assessment;
    auto* command = new LogCommand(
        tr("Mark warning as read"),
        [this, n, notice] {
            return core::SymptomRepository(m_db).acknowledge(n.symptomId, notice);
        },
        [this, n, notice] {
            return core::SymptomRepository(m_db).acknowledge(n.symptomId, notice, false);
        },
        m_errors);
    if (!command->result()) {
        m_errors(command->result().message());
        delete command;
        return;
    }
    m_undo->push(command);
}

} // namespace stridewell::ui
