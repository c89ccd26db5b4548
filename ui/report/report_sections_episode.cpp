// The clinician report's "Episode and return to running": the onset, the gates with the days
// they were met, the stages and the sessions with their pain, and what preceded the onset.
#include "report/report_sections.h"
#include "report/table_block.h"
#include "symptom_words.h"
#include "unit_format.h"

namespace stridewell::ui {

using core::ReportContent;

namespace {

QString iso(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("–");
}

QString pain(const std::optional<int>& p)
{
    return p ? QStringLiteral("%1/10").arg(*p) : QStringLiteral("–");
}

QString outcomeWords(const core::ProgrammeSession& s)
{
    switch (s.outcome) {
    case core::SessionOutcome::Counted:
        return ReportSections::tr("counted");
    case core::SessionOutcome::Repeat:
        return ReportSections::tr("repeat the stage");
    case core::SessionOutcome::StepBack:
        return ReportSections::tr("back one stage: %1").arg(s.reason);
    case core::SessionOutcome::NotRated:
        return ReportSections::tr("no pain logged");
    case core::SessionOutcome::Pending:
        return ReportSections::tr("waiting for the next morning");
    case core::SessionOutcome::TooSoon:
        return ReportSections::tr("not counted: %1").arg(s.reason);
    case core::SessionOutcome::DuringHold:
        return ReportSections::tr("run during a hold");
    case core::SessionOutcome::BeforeGates:
        return ReportSections::tr("run before the gates were met");
    }
    return {};
}

QString gateName(core::GateId id)
{
    switch (id) {
    case core::GateId::NoHold:
        return ReportSections::tr("No hold, or cleared");
    case core::GateId::Walking:
        return ReportSections::tr("Pain-free walking");
    case core::GateId::CalfCapacity:
        return ReportSections::tr("Calf capacity");
    case core::GateId::Hopping:
        return ReportSections::tr("Hopping");
    }
    return {};
}

} // namespace

void ReportSections::episode(ReportBlocks& out, const ReportContent& c, const ReportOptions& o)
{
    if (!c.episode)
        return;
    const core::Episode& e = *c.episode;
    heading(out, tr("Episode and return to running"));
    QString state;
    if (!e.isOpen())
        state = tr("It ended on %1.").arg(longDate(e.end));
    else if (e.stage >= core::kBackToNormal)
        state = tr("Back to normal training since %1.").arg(longDate(e.backToNormal));
    else if (e.stage == 0)
        state = tr("The return-to-running gates are not all met yet.");
    else
        state = tr("At stage %1 of %2 of the return to running.").arg(e.stage).arg(core::kStages);
    paragraph(out, tr("%1, %2: a calf episode began on %3 (%4); the worst pain since was %5/10. "
                      "%6")
                       .arg(sideName(e.side), locationName(e.location).toLower(), longDate(e.start),
                            e.openedBecause)
                       .arg(e.worstPain)
                       .arg(state));

    subheading(out, tr("Gates before the first run"));
    QList<QList<TableCell>> gates;
    for (const core::Gate& g : e.gates) {
        TableCell met(g.met ? tr("met %1").arg(iso(g.metOn)) : tr("not met"));
        if (!g.met)
            met.mark = core::Severity::Caution;
        gates << QList<TableCell>{gateName(g.id), met, g.reason};
    }
    out.push_back(std::make_unique<TableBlock>(
        QList<TableColumn>{{tr("Gate"), 1.4}, {tr("State"), 1.1}, {tr("Why"), 4.2}}, gates));

    if (!e.changes.isEmpty()) {
        subheading(out, tr("Stages"));
        QList<QList<TableCell>> rows;
        for (const core::StageChange& ch : e.changes) {
            const QString to =
                ch.to >= core::kBackToNormal ? tr("normal training") : tr("stage %1").arg(ch.to);
            TableCell move(ch.from == 0 ? tr("began at %1").arg(to)
                                        : tr("%1 to %2").arg(tr("stage %1").arg(ch.from), to));
            if (ch.to < ch.from)
                move.mark = core::Severity::Caution;
            rows << QList<TableCell>{iso(ch.date), move, ch.reason};
        }
        out.push_back(std::make_unique<TableBlock>(
            QList<TableColumn>{{tr("Date"), 1.0}, {tr("Change"), 1.8}, {tr("Why"), 3.9}}, rows));
    }

    QList<QList<TableCell>> sessions;
    for (const core::ProgrammeSession& s : e.sessions) {
        if (s.outcome == core::SessionOutcome::BeforeGates)
            continue;
        TableCell outcome(outcomeWords(s));
        if (s.outcome == core::SessionOutcome::StepBack ||
            s.outcome == core::SessionOutcome::DuringHold)
            outcome.mark = core::Severity::High;
        sessions << QList<TableCell>{iso(s.date),
                                     s.stage >= 1 ? QString::number(s.stage) : QStringLiteral("–"),
                                     formatDistance(s.distance, o.unit, 1),
                                     pain(s.duringAfter),
                                     pain(s.nextMorning),
                                     outcome};
    }
    if (!sessions.isEmpty()) {
        subheading(out, tr("Sessions"));
        out.push_back(std::make_unique<TableBlock>(QList<TableColumn>{{tr("Date"), 1.0},
                                                                      {tr("Stage"), 0.5},
                                                                      {tr("Distance"), 0.8},
                                                                      {tr("During/after"), 0.9},
                                                                      {tr("Next morning"), 0.9},
                                                                      {tr("Outcome"), 2.6}},
                                                   sessions));
        caption(out, tr("A session counts when the calf stays at 2/10 or less during and after "
                        "and is no worse the next morning; 3-5/10 repeats the stage, 6/10 or a "
                        "warning sign steps back one (the pain-monitoring model, Silbernagel et "
                        "al. 2007)."));
    }

    if (!c.onset)
        return;
    const core::OnsetContext& on = *c.onset;
    subheading(out, tr("What came before"));
    paragraph(out, core::onsetSummary(on, o.unit == DistanceUnit::Mi));
    if (on.runs.isEmpty()) {
        paragraph(out, tr("No runs were logged in the 4 weeks before."));
        return;
    }
    QList<QList<TableCell>> runs;
    for (const core::Run& r : on.runs)
        runs << QList<TableCell>{iso(r.localDate()),
                                 formatDistance(r.distance, o.unit, 1),
                                 formatPace(r.distance, r.loadDuration(), o.unit),
                                 r.rpe ? QString::number(*r.rpe) : QStringLiteral("–"),
                                 r.type.isEmpty() ? QStringLiteral("–") : r.type,
                                 r.surface.isEmpty() ? QStringLiteral("–") : r.surface};
    out.push_back(std::make_unique<TableBlock>(QList<TableColumn>{{tr("Date"), 1.0},
                                                                  {tr("Distance"), 0.9},
                                                                  {tr("Pace"), 0.9},
                                                                  {tr("RPE"), 0.5},
                                                                  {tr("Type"), 1.2},
                                                                  {tr("Surface"), 1.0}},
                                               runs));
}

} // namespace stridewell::ui
