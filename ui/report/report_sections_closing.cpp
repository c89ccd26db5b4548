// Strength work, shoes and notes, and what the report is and is not, with its references.
#include "advice/exercise_library.h"
#include "report/report_sections.h"
#include "report/table_block.h"
#include "report/text_block.h"
#include "unit_format.h"

#include <QLocale>

namespace stridewell::ui {

using core::ReportContent;

namespace {

QString circuitName(const QString& id)
{
    const core::Circuit* c = core::ExerciseLibrary::builtIn().circuit(id);
    return c ? c->name : id;
}

QString dose(const core::PlanExercise& e)
{
    if (e.reps)
        return ReportSections::tr("%1 × %2").arg(e.sets).arg(*e.reps);
    if (e.holdS && *e.holdS >= 120) // minutes read better: ice 15 min, not 900 s
        return ReportSections::tr("%1 × %2 min").arg(e.sets).arg(*e.holdS / 60);
    if (e.holdS)
        return ReportSections::tr("%1 × %2 s").arg(e.sets).arg(*e.holdS);
    return e.sets > 1 ? ReportSections::tr("%n round(s)", nullptr, e.sets) : QString();
}

} // namespace

void ReportSections::strength(ReportBlocks& out, const ReportContent& c, const ReportOptions& o)
{
    Q_UNUSED(o);
    heading(out, tr("Strength work"));
    int done = c.strengthDoneBefore + c.strengthDone;
    // Up to 16 weeks in one column. Up to 60 in three, read down then across and kept on one
    // page, so a year takes a third of a page; more than that in three read across then down,
    // which a page break cannot muddle.
    const int weeks = int(c.strengthWeeks.size());
    const int groups = weeks > 16 ? 3 : 1;
    const bool downFirst = weeks <= 60;
    const int perGroup = (weeks + groups - 1) / groups;
    QList<TableColumn> columns;
    for (int g = 0; g < groups; ++g)
        columns << TableColumn{tr("Week of"), 1.25} << TableColumn{tr("Planned"), 0.8}
                << TableColumn{tr("Done"), g + 1 < groups ? 0.95 : 0.8};
    QList<QList<TableCell>> rows;
    for (int r = 0; r < perGroup; ++r) {
        QList<TableCell> row;
        for (int g = 0; g < groups; ++g) {
            const int i = downFirst ? g * perGroup + r : r * groups + g;
            if (i >= weeks) {
                row << TableCell() << TableCell() << TableCell();
                continue;
            }
            const core::WeekAdherence& w = c.strengthWeeks[i];
            row << TableCell(w.weekStart.toString(Qt::ISODate));
            if (!c.weekLogged(w.weekStart)) {
                // Before the first entry: nothing to count, not work skipped.
                row << TableCell(tr("not logged")) << TableCell(QStringLiteral("–"));
            } else if (!c.strengthCountedFrom || w.weekStart < *c.strengthCountedFrom) {
                row << TableCell(tr("no plan yet")) << TableCell(QString::number(w.done));
            } else {
                row << TableCell(QString::number(w.planned)) << TableCell(QString::number(w.done));
            }
        }
        rows << row;
    }
    if (!c.strengthCountedFrom && done == 0) {
        paragraph(out, tr("No strength sessions were planned or logged in this period."));
    } else {
        // Adherence counts from the first week a plan suggested strength work: the weeks before
        // it, and those before anything was logged, are not work skipped.
        QString text;
        if (c.strengthCountedFrom) {
            text = tr("Strength sessions done against the sessions the plan of each week "
                      "scheduled (daily stretching not counted), from the week of %1, the first "
                      "a plan suggested strength work: %2 done, %3 planned.")
                       .arg(longDate(*c.strengthCountedFrom))
                       .arg(c.strengthDone)
                       .arg(c.strengthPlanned);
            if (c.strengthDoneBefore > 0)
                text += QLatin1Char(' ') + tr("%n more session(s) were logged before that week.",
                                              nullptr, c.strengthDoneBefore);
        } else {
            text = tr("%n strength session(s) logged (daily stretching not counted); no plan in "
                      "this period suggested strength work.",
                      nullptr, done);
        }
        if (c.summary.loggingBegan)
            text += QLatin1Char(' ') + tr("Weeks before %1, when logging began, were not logged.")
                                           .arg(longDate(*c.summary.loggingBegan));
        intro(out, {{text}}, ReportStyle::ink());
        auto table = std::make_unique<TableBlock>(columns, rows);
        table->setKeepTogether(groups > 1 && downFirst);
        out.push_back(std::move(table));
    }

    subheading(out, tr("The plan on %1").arg(longDate(c.period.to)));
    if (c.hold)
        paragraph(out, QList<TextRun>{
                           {tr("%1. Running and strength work are on hold in the "
                               "plan since %2, until a clinician's clearance is "
                               "logged.")
                                .arg(c.hold->deciding.triage.headline, longDate(c.hold->since)),
                            true}});
    if (c.circuits.isEmpty()) {
        if (!c.hold)
            paragraph(out, tr("The plan suggested no circuit at the end of the period."));
        return;
    }
    for (const core::PlannedCircuit& circuit : c.circuits) {
        const QString often = circuit.daily
                                  ? tr("every day")
                                  : tr("%n session(s) a week", nullptr, circuit.sessionsPerWeek);
        auto title = std::make_unique<TextBlock>(
            QList<TextRun>{{circuit.name, true}, {QStringLiteral(" – ") + often}},
            ReportStyle::Role::Body);
        title->spaceBefore = ReportStyle::pt(5);
        title->keepWithNext = true;
        out.push_back(std::move(title));
        if (!circuit.reason.isEmpty()) {
            auto why = std::make_unique<TextBlock>(circuit.reason, ReportStyle::Role::Small,
                                                   ReportStyle::muted());
            why->keepWithNext = true;
            why->spaceAfter = ReportStyle::pt(2);
            out.push_back(std::move(why));
        }
        QList<QList<TableCell>> exercises;
        for (const core::PlanExercise& e : circuit.exercises)
            exercises << QList<TableCell>{e.name, dose(e), e.notes};
        out.push_back(std::make_unique<TableBlock>(
            QList<TableColumn>{{tr("Exercise"), 2.4}, {tr("Dose"), 0.9}, {tr("Notes"), 3.2}},
            exercises));
    }
}

void ReportSections::shoesAndNotes(ReportBlocks& out, const ReportContent& c,
                                   const ReportOptions& o)
{
    heading(out, tr("Shoes"));
    if (c.shoes.isEmpty()) {
        paragraph(out, tr("No shoes are tracked for this athlete."));
    } else {
        QList<QList<TableCell>> rows;
        for (const core::ReportShoe& s : c.shoes) {
            TableCell status(s.shoe.retired ? tr("retired") : tr("in use"));
            if (s.worn()) {
                status = TableCell(tr("past its limit"));
                status.mark = core::Severity::Caution;
            }
            rows << QList<TableCell>{s.shoe.name,
                                     tr("%1 (%n run(s))", nullptr, s.runsInPeriod)
                                         .arg(formatDistance(s.inPeriod, o.unit, 1)),
                                     formatDistance(s.total, o.unit, 1),
                                     formatDistance(s.shoe.limit, o.unit, 0), status};
        }
        out.push_back(std::make_unique<TableBlock>(QList<TableColumn>{{tr("Shoe"), 2.0},
                                                                      {tr("This period"), 1.5},
                                                                      {tr("Total at the end"), 1.3},
                                                                      {tr("Limit"), 0.9},
                                                                      {tr("Status"), 1.3}},
                                                   rows));
        caption(out, tr("Total: the distance the pair had when it was added plus every run "
                        "logged in it up to the end of the period.%1")
                         .arg(citation(c, core::FlagKind::ShoeMileage)));
    }

    heading(out, tr("Notes"));
    if (c.notes.isEmpty()) {
        paragraph(out, tr("No notes with runs, calf-raise tests or strength sessions in this "
                          "period (the symptom notes are in the symptom table)."));
        return;
    }
    QList<QList<TableCell>> rows;
    for (const core::ReportNote& n : c.notes) {
        QString with;
        switch (n.source) {
        case core::ReportNote::Source::Run:
            with = tr("Run, %1").arg(formatDistance(n.runDistance, o.unit, 1));
            break;
        case core::ReportNote::Source::CalfTest:
            with = tr("Calf-raise test");
            break;
        case core::ReportNote::Source::Strength:
            with = tr("Strength: %1").arg(circuitName(n.circuitId));
            break;
        }
        rows << QList<TableCell>{n.date.toString(Qt::ISODate), with, n.text};
    }
    out.push_back(std::make_unique<TableBlock>(
        QList<TableColumn>{{tr("Date"), 1.0}, {tr("With"), 1.6}, {tr("Note"), 5.0}}, rows));
}

void ReportSections::closing(ReportBlocks& out, const ReportContent& c, const ReportOptions& o)
{
    Q_UNUSED(o);
    heading(out, tr("About this report"));
    paragraph(out, tr("This is a summary of what the athlete chose to record in Stridewell, a "
                      "training log kept on their own computer. It is not a diagnosis and does "
                      "not replace a history or an examination. Symptoms, effort and tests are "
                      "self-reported; runs imported from a watch are as accurate as the "
                      "device."));
    paragraph(out, tr("The flags are rules of thumb taken from the research listed below, at the "
                      "thresholds given in the header. They point at changes in training that "
                      "may be worth discussing; none of them on its own shows that an injury is "
                      "present or absent."));
    paragraph(out, tr("Calf and lower-leg pain in runners can have causes other than training "
                      "load that a clinician may want to rule out, among them deep vein "
                      "thrombosis, compartment syndrome, popliteal artery entrapment, a Baker's "
                      "cyst, a stress fracture, nerve-related pain and varicose veins."));

    subheading(out, tr("References"));
    if (c.references.isEmpty()) {
        paragraph(out, tr("None: nothing in this period called on the evidence behind the "
                          "flags."));
        return;
    }
    for (int i = 0; i < c.references.size(); ++i) {
        auto ref = std::make_unique<TextBlock>(
            QList<TextRun>{{QStringLiteral("[%1] ").arg(i + 1), true}, {c.references[i].text}},
            ReportStyle::Role::Small);
        ref->spaceAfter = ReportStyle::pt(3);
        out.push_back(std::move(ref));
    }
}

} // namespace stridewell::ui
