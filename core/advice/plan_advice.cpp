// The advice items of the plan, each with the reason that raised it.
#include "advice/plan_facts.h"
#include "analysis/cadence_series.h"
#include "analysis/flag_text.h"

#include <algorithm>
#include <cmath>

namespace stridewell::core {

namespace {

QString because(const QString& why)
{
    return QStringLiteral("because: ") + why;
}

QString isoDate(QDate d)
{
    return d.toString(Qt::ISODate);
}

const Flag* newest(const std::vector<Flag>& flags, FlagKind kind)
{
    const Flag* found = nullptr;
    for (const Flag& f : flags)
        if (f.kind == kind && (!found || f.date >= found->date))
            found = &f;
    return found;
}

// The typical cadence lately, for the +5% target: the analysis' 28-day median on the latest run
// day up to asOf (the cadence_low flag decides whether to speak of it at all).
std::optional<double> recentCadence(const QList<Run>& runs, QDate asOf,
                                    const AnalysisSettings& settings)
{
    std::optional<double> latest;
    const QDate since = asOf.addDays(1 - settings.cadenceWindowDays);
    for (const CadenceMedian& m : cadenceMedians(runs, settings))
        if (m.day >= since && m.day <= asOf)
            latest = m.median;
    return latest;
}

// The only advice during a hold (domain.md section 4): be seen, and log the clearance.
void holdTraining(const PlanFacts& f, QList<PlanAdvice>& out)
{
    const Hold& hold = *f.hold;
    const Triage& t = hold.deciding.triage;
    QString text = QStringLiteral("%1. Training is on hold: no running and no strength work "
                                  "until a clinician has seen you")
                       .arg(t.headline);
    text += hold.care() == HoldCare::FirstDaysCare
                ? QStringLiteral("; until then, only the first days' care below.")
                : QStringLiteral(".");
    if (hold.days >= f.in.advice.holdReminderDays)
        text = QStringLiteral("Still on hold after %1 days: once a clinician has seen you and "
                              "cleared you to train, log their clearance to resume. ")
                   .arg(hold.days) +
               text;
    else
        text += QStringLiteral(" When they clear you to train, log the clearance.");
    QStringList words;
    for (RedFlagSign s : t.decidingSigns)
        words << describe(s).toLower();
    if (hold.deciding.entry.pain >= 1)
        words << QStringLiteral("pain %1/10").arg(hold.deciding.entry.pain);
    out.append({QStringLiteral("hold_training"), text,
                because(QStringLiteral("warning signs logged on %1 (%2)")
                            .arg(isoDate(hold.deciding.start), words.join(QStringLiteral("; "))))});
}

void loadAdvice(const PlanFacts& f, const Plan& plan, QList<PlanAdvice>& out)
{
    const bool miles = f.in.advice.miles;
    if (const Flag* spike = newest(f.active, FlagKind::SessionSpike); spike && plan.nextRunMax) {
        QString why = QStringLiteral("the run on %1 was %2 longer than your longest of the %3 "
                                     "days before it")
                          .arg(isoDate(spike->date),
                               flag_text::percent(spike->value.value_or(0),
                                                  f.in.analysis.settings.sessionSpikeCaution))
                          .arg(f.in.analysis.settings.sessionSpikeWindowDays);
        if (spike->measured && spike->baseline)
            why += QStringLiteral(" (%1 after %2)")
                       .arg(distanceWords(*spike->measured, miles),
                            distanceWords(*spike->baseline, miles));
        // Right after a spike the 30-day rule measures against the spike itself; the runs
        // before it are the better yardstick for building back.
        QString text = QStringLiteral("Keep each of your next runs to %1 or less")
                           .arg(distanceWords(*plan.nextRunMax, miles));
        if (spike->baseline) {
            const Distance before = *spike->baseline * (1.0 + f.in.advice.nextRunStep);
            if (before < *plan.nextRunMax)
                text =
                    QStringLiteral("For the next runs, consider staying near %1 (a tenth more "
                                   "than your longest run before the spike) rather than the "
                                   "%2 the 30-day rule allows")
                        .arg(distanceWords(before, miles), distanceWords(*plan.nextRunMax, miles));
        }
        out.append({QStringLiteral("next_run_limit"),
                    text + QStringLiteral(", and build back up by no more than a tenth at a time."),
                    because(why)});
    }
    const Flag* weekly = newest(f.active, FlagKind::WeeklyIncrease);
    const Flag* acwr = newest(f.active, FlagKind::AcwrHigh);
    if (weekly || acwr) {
        QStringList why;
        if (weekly)
            why << QStringLiteral("the week of %1 ran %2 more than the week before")
                       .arg(isoDate(weekly->date),
                            flag_text::percent(weekly->value.value_or(0), 0.0));
        if (acwr)
            why << QStringLiteral("on %1 the last 7 days were %2 times the 4-week average")
                       .arg(isoDate(acwr->date))
                       .arg(acwr->value.value_or(0), 0, 'f', 2);
        out.append({QStringLiteral("ease_load"),
                    QStringLiteral("Consider keeping the next week close to your usual weekly "
                                   "distance rather than adding more."),
                    because(why.join(QStringLiteral("; ")))});
    }
    if (const Flag* monotony = newest(f.active, FlagKind::MonotonyHigh))
        out.append({QStringLiteral("vary_load"),
                    QStringLiteral("Mix easy and harder days, and keep at least one day a week "
                                   "free of running."),
                    because(QStringLiteral("the week ending %1 had much the same load every day")
                                .arg(isoDate(monotony->date)))});
}

void bodyAdvice(const PlanFacts& f, QList<PlanAdvice>& out)
{
    const AnalysisInput& a = f.in.analysis;
    if (f.weakerSide) {
        const CalfTest& t = *f.weakerSide;
        const bool left = t.leftReps < t.rightReps;
        out.append(
            {QStringLiteral("weaker_side"),
             QStringLiteral("Add one extra set on the %1 leg in the single-leg exercises "
                            "until both sides manage about the same count.")
                 .arg(left ? QStringLiteral("left") : QStringLiteral("right")),
             because(QStringLiteral("calf-raise test on %1: left %2, right %3 (the %4 side "
                                    "%5 weaker)")
                         .arg(isoDate(t.date))
                         .arg(t.leftReps)
                         .arg(t.rightReps)
                         .arg(left ? QStringLiteral("left") : QStringLiteral("right"),
                              flag_text::percent(t.imbalance(), a.settings.calfAsymmetry)))});
    }
    if (newest(f.in.flags, FlagKind::CadenceLow)) {
        const auto cadence = recentCadence(a.runs, f.asOf, a.settings);
        if (cadence && *cadence < a.settings.cadenceLowSpm) {
            const int now = int(std::lround(*cadence));
            const int target = int(std::lround(*cadence * (1.0 + f.in.advice.cadenceStep)));
            out.append({QStringLiteral("cadence"),
                        QStringLiteral("Consider raising your cadence by about 5%, from %1 to "
                                       "around %2 steps per minute, a little at a time: shorter "
                                       "steps that land closer under the body.")
                            .arg(now)
                            .arg(target),
                        because(QStringLiteral("your median cadence over the last %1 days is %2 "
                                               "steps per minute, below %3")
                                    .arg(a.settings.cadenceWindowDays)
                                    .arg(now)
                                    .arg(a.settings.cadenceLowSpm, 0, 'f', 0))});
        }
    }
    for (const Flag& flag : f.active) {
        if (flag.kind != FlagKind::ShoeMileage || !flag.shoeId)
            continue;
        const auto shoe = std::find_if(a.shoes.begin(), a.shoes.end(),
                                       [&](const Shoe& s) { return s.id == *flag.shoeId; });
        const QDate since = f.asOf.addDays(1 - f.in.advice.shoeInUseDays);
        const bool inUse = std::any_of(a.runs.begin(), a.runs.end(), [&](const Run& r) {
            return r.shoeId == flag.shoeId && r.localDate() >= since && r.localDate() <= f.asOf;
        });
        if (shoe == a.shoes.end() || !inUse)
            continue;
        QString why = QStringLiteral("they passed their limit on %1").arg(isoDate(flag.date));
        if (flag.measured && flag.baseline)
            why = QStringLiteral("%1 on them by %2, past the %3 set as their limit")
                      .arg(distanceWords(*flag.measured, f.in.advice.miles, 0), isoDate(flag.date),
                           distanceWords(*flag.baseline, f.in.advice.miles, 0));
        out.append({QStringLiteral("shoes"),
                    QStringLiteral("Consider replacing %1, or keep them for short easy runs; "
                                   "how they feel matters as much as the distance.")
                        .arg(shoe->name),
                    because(why)});
    }
}

void symptomAdvice(const PlanFacts& f, QList<PlanAdvice>& out)
{
    const AnalysisInput& a = f.in.analysis;
    const QDate since = f.asOf.addDays(1 - f.in.advice.patternWindowDays);
    QList<QDate> cramps;
    for (const Symptom& s : a.symptoms)
        if (s.type == SymptomType::Cramp && s.date >= since && s.date <= f.asOf)
            cramps << s.date;
    if (!cramps.isEmpty()) {
        const QString count =
            QStringLiteral("calf cramps on %1 in the last %2 days, most "
                           "recently %3")
                .arg(cramps.size() == 1 ? QStringLiteral("1 day")
                                        : QStringLiteral("%1 days").arg(cramps.size()))
                .arg(f.in.advice.patternWindowDays)
                .arg(isoDate(*std::max_element(cramps.begin(), cramps.end())));
        const bool keepsComingBack = cramps.size() >= 3;
        out.append(
            {QStringLiteral("cramp_care"),
             QStringLiteral("When a cramp strikes, stop, stretch the cramping calf gently "
                            "and massage it until it lets go.") +
                 (keepsComingBack ? QStringLiteral(" Cramps that keep coming back like these are a "
                                                   "reason to see a doctor.")
                                  : QStringLiteral(" If cramps keep coming back, see a doctor.")),
             because(count)});
        out.append({QStringLiteral("fluids"),
                    QStringLiteral("On long or hot runs, take fluids with electrolytes along."),
                    because(count)});
        out.append({QStringLiteral("warm_up"),
                    QStringLiteral("Warm up before every run: five minutes of easy jogging, then "
                                   "five to ten minutes of dynamic drills."),
                    because(count)});
    }
    if (f.pattern.pattern == Pattern::Soleus)
        out.append({QStringLiteral("overstriding"),
                    QStringLiteral("Let the foot land closer under the body instead of reaching "
                                   "out in front: an overlong stride makes the calf brake every "
                                   "step. A slightly quicker cadence helps."),
                    because(f.pattern.reason)});
    if (f.pattern.pattern == Pattern::Shin)
        out.append({QStringLiteral("shin_check"),
                    QStringLiteral("If the pain sits on one small spot of the bone, or hopping on "
                                   "that leg hurts, have it checked: a clinician may want to rule "
                                   "out a stress reaction."),
                    because(f.pattern.reason)});
    if (f.pattern.pattern == Pattern::Achilles)
        out.append({QStringLiteral("achilles_programme"),
                    QStringLiteral("A long-standing programme for Achilles pain is 3 x 15 slow "
                                   "heel drops with the knee straight and bent, twice a day for 12 "
                                   "weeks (Alfredson, 1998); consider it with a clinician's "
                                   "guidance."),
                    because(f.pattern.reason)});
}

// The way back after an episode (domain.md section 8): the gates still to pass, or the next
// session and what makes it count.
void returnToRun(const Episode& e, QList<PlanAdvice>& out)
{
    const QString since =
        QStringLiteral("the calf episode since %1 (%2)").arg(isoDate(e.start), e.openedBecause);
    if (e.stage == 0) {
        QStringList open;
        for (const Gate& g : e.gates)
            if (!g.met)
                open << g.reason;
        out.append({QStringLiteral("return_to_run"),
                    QStringLiteral("Before the first run back, these still need to be met: %1.")
                        .arg(open.join(QStringLiteral("; "))),
                    because(since)});
        return;
    }
    QString text;
    for (const ProgrammeSession& s : e.sessions)
        if (s.outcome == SessionOutcome::NotRated ||
            (s.outcome == SessionOutcome::Pending && !s.duringAfter))
            text = QStringLiteral("Log how the calf felt during and after the run of %1. ")
                       .arg(isoDate(s.date));
    if (e.next)
        text += QStringLiteral("Next run, stage %1 of %2, on %3 or later: %4. It counts when the "
                               "calf stays at 2/10 or less during and after and is no worse the "
                               "next morning; never two run days in a row.")
                    .arg(e.stage)
                    .arg(kStages)
                    .arg(isoDate(e.next->date), e.next->text);
    out.append({QStringLiteral("return_to_run"), text,
                because(QStringLiteral("%1 counted of 2 at stage %2; %3")
                            .arg(e.countedAtStage)
                            .arg(e.stage)
                            .arg(since))});
}

// Calf pain that settled and came back: the spells of painful entries (gaps longer than the
// symptom episode gap end a spell) in the recent window.
QList<QDate> painSpellStarts(const PlanFacts& f)
{
    const AnalysisInput& a = f.in.analysis;
    QList<QDate> days;
    for (const Symptom& s : a.symptoms)
        if (s.pain >= 1 && s.type != SymptomType::Cramp && s.date <= f.asOf &&
            s.date.daysTo(f.asOf) < f.in.advice.returningPainDays)
            days << s.date;
    std::sort(days.begin(), days.end());
    QList<QDate> starts;
    for (qsizetype i = 0; i < days.size(); ++i)
        if (i == 0 || days[i - 1].daysTo(days[i]) > a.settings.symptomEpisodeGapDays)
            starts << days[i];
    return starts;
}

// Habits worth keeping whatever the log says (domain.md section 6), marked as general advice.
void generalAdvice(const PlanFacts& f, QList<PlanAdvice>& out)
{
    auto has = [&](const char* id) {
        return std::any_of(out.begin(), out.end(),
                           [&](const PlanAdvice& a) { return a.id == QLatin1String(id); });
    };
    if (!has("warm_up"))
        out.append({QStringLiteral("warm_up"),
                    QStringLiteral("Warm up before every run: five minutes of easy jogging, then "
                                   "five to ten minutes of dynamic drills."),
                    because(QStringLiteral("a habit worth keeping before every run")), true});

    const QList<Run>& runs = f.in.analysis.runs;
    QDate first;
    for (const Run& r : runs)
        if (r.localDate() <= f.asOf && (!first.isValid() || r.localDate() < first))
            first = r.localDate();
    if (!first.isValid() || first.daysTo(f.asOf) < f.in.advice.newRunnerDays)
        out.append(
            {QStringLiteral("time_not_distance"),
             QStringLiteral("While you are new to running, build on time rather than distance: "
                            "30 to 45 minutes three times a week, walking breaks where needed."),
             because(first.isValid()
                         ? QStringLiteral("your log's first run was on %1, %2 weeks ago")
                               .arg(isoDate(first))
                               .arg(first.daysTo(f.asOf) / 7)
                         : QStringLiteral("no runs logged yet")),
             true});

    const QList<QDate> spells = painSpellStarts(f);
    if (spells.size() >= f.in.advice.returningSpells)
        out.append({QStringLiteral("gait_analysis"),
                    QStringLiteral("When calf pain keeps returning, consider a gait analysis by "
                                   "a physiotherapist or running coach: how you land and push "
                                   "off may be part of the story."),
                    because(QStringLiteral("calf pain came back in %1 separate spells since %2, "
                                           "most recently from %3")
                                .arg(spells.size())
                                .arg(isoDate(spells.first()), isoDate(spells.last()))),
                    true});
}

} // namespace

QList<PlanAdvice> planAdvice(const PlanFacts& f, const Plan& plan)
{
    QList<PlanAdvice> out;
    if (f.hold) {
        holdTraining(f, out);
        return out;
    }

    const QDate since = f.asOf.addDays(1 - f.in.advice.patternWindowDays);
    for (const Flag& flag : f.in.flags)
        if (flag.kind == FlagKind::SymptomPersistent && flag.date >= since && flag.date <= f.asOf) {
            out.append({QStringLiteral("book_assessment"),
                        QStringLiteral("Consider booking an assessment with a physiotherapist or "
                                       "sports doctor, and take your Stridewell report along."),
                        because(QStringLiteral("the pain logged on %1 was no better than when the "
                                               "episode began on %2, %3 days earlier")
                                    .arg(isoDate(flag.date), isoDate(flag.periodStart))
                                    .arg(flag.value.value_or(0), 0, 'f', 0))});
            break;
        }

    if (f.acute) {
        out.append({QStringLiteral("rest"),
                    QStringLiteral("Rest the calf for the next few days: no running while it "
                                   "hurts to walk, and the first days' care in the meantime."),
                    because(QStringLiteral("%1 pain %2/10 on %3")
                                .arg(painWords(f.acute->location))
                                .arg(f.acute->pain)
                                .arg(isoDate(f.acute->date)))});
    } else {
        for (const Progression& p : f.progressions) {
            if (!p.suggestRest)
                continue;
            const PlannedCircuit* c = plan.circuit(p.circuitId);
            out.append({QStringLiteral("rest"),
                        QStringLiteral("Consider a day or two of rest before the next %1 "
                                       "session, then take the easier versions.")
                            .arg(c ? c->name.toLower() : p.circuitId),
                        because(p.reason)});
            break;
        }
    }

    if (f.returning)
        returnToRun(*f.returning, out); // the programme, not the load figures, sets the runs
    else
        loadAdvice(f, plan, out);
    bodyAdvice(f, out);
    symptomAdvice(f, out);

    if (f.freeDays < f.wantedSessions)
        out.append({QStringLiteral("make_room"),
                    f.freeDays == 0
                        ? QStringLiteral("Consider making one day a week free of running for "
                                         "strength work; a short session after an easy run also "
                                         "counts.")
                        : QStringLiteral("Consider freeing one more day a week for strength work; "
                                         "a short session after an easy run also counts."),
                    because(QStringLiteral("you usually run on %1 days a week, which leaves %2 "
                                           "for the %3 strength sessions suggested")
                                .arg(f.runningDays.size())
                                .arg(f.freeDays)
                                .arg(f.wantedSessions))});
    generalAdvice(f, out);
    return out;
}

} // namespace stridewell::core
