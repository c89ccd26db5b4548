#include "widgets/return_to_run_card.h"

#include "calf_check_in.h"
#include "symptom_words.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace stridewell::ui {

namespace {

QString day(QDate d)
{
    return QLocale().toString(d, QStringLiteral("ddd d MMM"));
}

QString gateName(core::GateId id)
{
    switch (id) {
    case core::GateId::NoHold:
        return ReturnToRunCard::tr("No hold");
    case core::GateId::Walking:
        return ReturnToRunCard::tr("Pain-free walking");
    case core::GateId::CalfCapacity:
        return ReturnToRunCard::tr("Calf capacity");
    case core::GateId::Hopping:
        return ReturnToRunCard::tr("Hopping");
    }
    return {};
}

} // namespace

ReturnToRunCard::ReturnToRunCard(QWidget* parent)
    : QFrame(parent), m_headline(new QLabel(this)), m_next(new QLabel(this)),
      m_gates(new QLabel(this)), m_before(new QLabel(this)),
      m_details(new QPushButton(tr("What came before…"), this)), m_checkIn(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Back to running"));
    auto* title = new QLabel(tr("Back to running"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_headline->setFont(big);
    for (QLabel* l : {m_next, m_gates, m_before}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_before->setForegroundRole(QPalette::PlaceholderText);
    m_details->setFlat(true);
    m_details->setToolTip(tr("The 4 weeks before the first painful entry: load, spikes, cadence, "
                             "shoes"));
    connect(m_details, &QPushButton::clicked, this, [this] {
        QMessageBox box(QMessageBox::Information, tr("What came before"), m_onsetDetails,
                        QMessageBox::Close, this);
        box.exec();
    });

    m_checkIn->setIcon(QIcon::fromTheme(QStringLiteral("document-edit")));
    m_checkIn->setAccessibleDescription(
        tr("Log the calf's pain for the last session of the return to running"));
    connect(m_checkIn, &QPushButton::clicked, this, &ReturnToRunCard::checkInRequested);

    auto* left = new QVBoxLayout;
    left->addWidget(title);
    left->addWidget(m_headline);
    left->addWidget(m_next);
    left->addWidget(m_checkIn, 0, Qt::AlignLeft);
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(m_gates);
    auto* before = new QHBoxLayout;
    before->addWidget(m_before, 1);
    before->addWidget(m_details, 0, Qt::AlignTop);
    right->addLayout(before);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addLayout(left, 2);
    layout->addLayout(right, 5);
    setVisible(false);
}

void ReturnToRunCard::setEpisode(const std::optional<core::Episode>& episode,
                                 const std::optional<core::OnsetContext>& onset, DistanceUnit unit,
                                 QDate asOf)
{
    setVisible(episode && episode->isOpen());
    if (!episode || !episode->isOpen())
        return;
    const core::Episode& e = *episode;
    const QString where =
        tr("%1, %2 since %3")
            .arg(locationName(e.location), sideName(e.side).toLower(), day(e.start));
    if (e.stage == 0)
        m_headline->setText(tr("Gates first"));
    else if (e.stage >= core::kBackToNormal)
        m_headline->setText(tr("Back to normal training"));
    else
        m_headline->setText(tr("Stage %1 of %2").arg(e.stage).arg(core::kStages));
    QString next = where;
    if (e.onHold)
        next += QLatin1Char('\n') + tr("On hold: log the clinician's clearance to go on.");
    else if (e.next)
        next += QLatin1Char('\n') + tr("Next session %1 or later: %2 (%3 of 2 counted)")
                                        .arg(day(e.next->date), e.next->text)
                                        .arg(e.countedAtStage);
    else if (e.stage >= core::kBackToNormal)
        next += QLatin1Char('\n') + tr("Back in normal training since %1: the episode closes "
                                       "after two weeks without pain of 3/10 or more.")
                                        .arg(day(e.backToNormal));
    m_next->setText(next);

    const auto checkIn = pendingCheckIn(e, asOf);
    m_checkIn->setVisible(checkIn.has_value());
    if (checkIn)
        m_checkIn->setText(checkIn->moment == CalfCheckInDialog::Moment::NextMorning
                               ? tr("How is your calf this morning?")
                           : checkIn->session.date == asOf
                               ? tr("How did your calf take today's run?")
                               : tr("How did your calf take %1's run?")
                                     .arg(QLocale().dayName(checkIn->session.date.dayOfWeek())));

    QStringList gates;
    for (const core::Gate& g : e.gates)
        gates << (g.met ? tr("✓ %1 – met: %2") : tr("✗ %1 – not met: %2"))
                     .arg(gateName(g.id), g.reason);
    m_gates->setText(gates.join(QLatin1Char('\n')));
    m_gates->setVisible(!gates.isEmpty() && e.stage < core::kBackToNormal);

    m_before->setVisible(onset.has_value());
    m_details->setVisible(onset.has_value());
    if (onset) {
        const core::OnsetContext& o = *onset;
        QStringList parts;
        if (!o.weeks.isEmpty() && o.weeks.last().change)
            parts << tr("the week before %1%2%")
                         .arg(*o.weeks.last().change >= 0 ? QStringLiteral("+") : QString())
                         .arg(qRound(*o.weeks.last().change * 100));
        if (o.biggestSpike && o.biggestSpike->measured)
            parts << tr("a %1 run +%2%")
                         .arg(formatDistance(*o.biggestSpike->measured, unit, 1))
                         .arg(qRound(o.biggestSpike->value.value_or(0) * 100));
        if (o.acwr)
            parts << tr("load ratio %1").arg(QLocale().toString(*o.acwr, 'f', 2));
        m_before->setText(o.runs.isEmpty() ? tr("What came before: no runs logged in the 4 weeks "
                                                "before the first pain.")
                          : parts.isEmpty()
                              ? tr("What came before: nothing unusual in the load.")
                              : tr("What came before: %1.").arg(parts.join(QStringLiteral(", "))));
        m_onsetDetails = core::onsetSummary(o, unit == DistanceUnit::Mi);
    }
}

QString ReturnToRunCard::headline() const
{
    return m_headline->text();
}

QString ReturnToRunCard::gatesText() const
{
    return m_gates->isHidden() ? QString() : m_gates->text();
}

QString ReturnToRunCard::beforeText() const
{
    return m_before->isHidden() ? QString() : m_before->text();
}

} // namespace stridewell::ui
