#include "report/report_assembler.h"

#include "advice/health_notices.h"
#include "analysis/flag_kinds.h"
#include "analysis/flag_text.h"
#include "version.h"

#include <algorithm>

namespace stridewell::core {

namespace {

// The log as it stood at the end of the period: a report on the past shows nothing logged
// after it, and the plan and the shoes' distance are those of that day.
PlanInput asOfPeriodEnd(const PlanInput& in, QDate end)
{
    PlanInput then = in;
    then.analysis.asOf = end;
    then.analysis.runs.removeIf([&](const Run& r) { return r.localDate() > end; });
    then.analysis.symptoms.removeIf([&](const Symptom& s) { return s.date > end; });
    then.analysis.calfTests.removeIf([&](const CalfTest& t) { return t.date > end; });
    then.strength.removeIf([&](const StrengthSession& s) { return s.date > end; });
    then.flags = computeFlags(then.analysis);
    return then;
}

template <typename T, typename DateOf>
QList<T> inPeriod(const QList<T>& all, const ReportPeriod& period, DateOf dateOf)
{
    QList<T> list;
    for (const T& item : all)
        if (period.contains(dateOf(item)))
            list << item;
    std::stable_sort(list.begin(), list.end(),
                     [&](const T& a, const T& b) { return dateOf(a) < dateOf(b); });
    return list;
}

// Red-flag entries of the period (read or not: the clinician sees them all), then the entries
// where pain was not easing.
QList<HealthNotice> healthNotices(const QList<Symptom>& symptoms, const std::vector<Flag>& flags,
                                  const ReportPeriod& period)
{
    // No clearances passed: the clinician sees every warning sign of the period, cleared or not.
    QList<HealthNotice> notices = redFlagNotices(symptoms, {}, period.to, period.days());
    for (const Flag& f : flags) {
        if (f.kind != FlagKind::SymptomPersistent || !f.symptomId)
            continue;
        for (const Symptom& s : symptoms) {
            if (s.id != *f.symptomId)
                continue;
            HealthNotice n;
            n.kind = HealthNotice::Kind::NotEasing;
            n.symptomId = s.id;
            n.date = f.date;
            n.location = s.location;
            n.side = s.side;
            n.pain = s.pain;
            n.signs = s.redFlags;
            n.triage = notEasingTriage();
            n.acknowledged = s.assessmentAcknowledged;
            notices << n;
        }
    }
    mostUrgentFirst(notices);
    return notices;
}

// The day of the log's first entry of any kind (as the log stood at the period's end).
QDate firstEntryOf(const PlanInput& in)
{
    QDate first;
    auto see = [&](QDate d) {
        if (d.isValid() && (!first.isValid() || d < first))
            first = d;
    };
    for (const Run& r : in.analysis.runs)
        see(r.localDate());
    for (const Symptom& s : in.analysis.symptoms)
        see(s.date);
    for (const CalfTest& t : in.analysis.calfTests)
        see(t.date);
    for (const StrengthSession& s : in.strength)
        see(s.date);
    return first;
}

QList<ReportShoe> shoesAtEnd(const QList<Shoe>& shoes, const QList<Run>& runs,
                             const ReportPeriod& period)
{
    QList<ReportShoe> list;
    for (const Shoe& shoe : shoes) {
        ReportShoe line{shoe, shoe.startDistance, {}, 0};
        for (const Run& run : runs) {
            if (run.shoeId != shoe.id)
                continue;
            line.total += run.distance;
            if (period.contains(run.localDate())) {
                line.inPeriod += run.distance;
                ++line.runsInPeriod;
            }
        }
        // A pair retired before the period and not run in it says nothing about it.
        if (!shoe.retired || line.runsInPeriod > 0)
            list << line;
    }
    return list;
}

QList<ReportNote> notesOf(const ReportContent& c)
{
    QList<ReportNote> notes;
    for (const Run& run : c.runs)
        if (!run.notes.trimmed().isEmpty())
            notes << ReportNote{run.localDate(), ReportNote::Source::Run, run.notes.trimmed(),
                                run.distance, QString()};
    for (const CalfTest& t : c.calfTests)
        if (!t.notes.trimmed().isEmpty())
            notes << ReportNote{t.date, ReportNote::Source::CalfTest, t.notes.trimmed(), {}, {}};
    for (const StrengthSession& s : c.strengthSessions)
        if (!s.notes.trimmed().isEmpty())
            notes << ReportNote{
                s.date, ReportNote::Source::Strength, s.notes.trimmed(), {}, s.circuitId};
    std::stable_sort(notes.begin(), notes.end(),
                     [](const ReportNote& a, const ReportNote& b) { return a.date < b.date; });
    return notes;
}

// The evidence behind every flag shown and every figure and chart drawn, in the order of the
// flag kinds; the EWMA line of the load-ratio chart has its own reference.
QList<ReportReference> referencesOf(const ReportContent& c)
{
    QList<FlagKind> used;
    auto use = [&](FlagKind k) {
        if (!used.contains(k))
            used << k;
    };
    for (const Flag& f : c.flags)
        use(f.kind);
    for (const HealthNotice& n : c.health)
        use(n.kind == HealthNotice::Kind::RedFlag ? FlagKind::RedFlag
                                                  : FlagKind::SymptomPersistent);
    if (c.hasRuns()) {
        use(FlagKind::WeeklyIncrease); // the biggest week-over-week increase
        use(FlagKind::SessionSpike);   // the biggest single-session spike
        use(FlagKind::AcwrHigh);       // the load-ratio chart
        if (c.summary.runsWithCadence > 0)
            use(FlagKind::CadenceLow); // the cadence chart
    }
    if (!c.calfTests.isEmpty())
        use(FlagKind::CalfAsymmetry);

    QList<ReportReference> refs;
    for (const FlagKindInfo& kind : flagKinds())
        if (used.contains(kind.kind))
            refs << ReportReference{kind.referenceText(), {kind.kind}};
    if (c.hasRuns())
        refs << ReportReference{
            QStringLiteral("Williams S et al. Better way to determine the acute:chronic "
                           "workload ratio? Br J Sports Med 2017;51:209–210 (the exponentially "
                           "weighted ratio drawn beside the rolling one)."),
            {}};
    return refs;
}

} // namespace

int ReportContent::referenceNumber(FlagKind kind) const
{
    for (int i = 0; i < references.size(); ++i)
        if (references[i].kinds.contains(kind))
            return i + 1;
    return 0;
}

ReportContent assembleReport(const ReportInput& input)
{
    const ReportPeriod& period = input.period;
    const PlanInput plan = asOfPeriodEnd(input.plan, period.to);
    const AnalysisInput& log = plan.analysis;

    ReportContent c;
    c.athlete = input.athlete;
    c.period = period;
    c.madeOn = input.madeOn;
    c.appVersion = appVersion();
    c.settings = log.settings;
    c.changedSettings = log.settings.toMap();

    c.analysis = analyse(log);
    c.runs = inPeriod(log.runs, period, [](const Run& r) { return r.localDate(); });
    c.symptoms = inPeriod(log.symptoms, period, [](const Symptom& s) { return s.date; });
    c.calfTests = inPeriod(log.calfTests, period, [](const CalfTest& t) { return t.date; });
    c.strengthSessions =
        inPeriod(plan.strength, period, [](const StrengthSession& s) { return s.date; });
    for (const Flag& f : c.analysis.flags)
        if (period.contains(f.date))
            c.flags.push_back(f);

    c.health = healthNotices(c.symptoms, c.flags, period);
    c.firstEntry = firstEntryOf(plan);
    c.summary = summariseTraining(c.runs, c.analysis, period, log.settings, c.firstEntry);

    for (const Episode& e : calfEpisodes(log))
        if (e.start <= period.to && (e.isOpen() || e.end >= period.from)) {
            c.episodes << e;
            c.episode = e;
        }
    if (c.episode)
        c.onset = onsetContext(log, c.analysis, *c.episode);

    const Plan current = buildPlan(plan);
    c.pattern = current.pattern;
    c.circuits = current.circuits;
    c.hold = current.hold;
    const QDate firstWeek = weekStartOf(period.from, log.settings.weekStart);
    const QDate lastWeek = weekStartOf(period.to, log.settings.weekStart);
    c.strengthWeeks = adherence(plan, int(firstWeek.daysTo(lastWeek) / 7) + 1);
    for (const WeekAdherence& w : c.strengthWeeks) {
        if (!c.strengthCountedFrom && w.planned > 0)
            c.strengthCountedFrom = w.weekStart;
        if (c.strengthCountedFrom) {
            c.strengthPlanned += w.planned;
            c.strengthDone += w.done;
        } else {
            c.strengthDoneBefore += w.done;
        }
    }

    c.shoes = shoesAtEnd(log.shoes, log.runs, period);
    c.notes = notesOf(c);
    c.references = referencesOf(c);
    return c;
}

} // namespace stridewell::core
