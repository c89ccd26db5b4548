// plan: the circuits and advice the app suggests, with the reasons behind them.
#include "advice/plan_json.h"
#include "cli/commands.h"
#include "cli/context.h"
#include "cli/json_output.h"
#include "cli/options.h"
#include "storage/database.h"
#include "storage/plan_input_loader.h"

#include <QLocale>

namespace stridewell::cli {

using namespace stridewell::core;

namespace {

QString dose(const PlanExercise& e)
{
    QString text = QStringLiteral("%1 x ").arg(e.sets);
    if (e.reps)
        text += QString::number(*e.reps);
    else if (e.holdS)
        text += e.holdS >= 120 ? QStringLiteral("%1 min").arg(*e.holdS / 60)
                               : QStringLiteral("%1 s").arg(*e.holdS);
    else
        text = e.sets > 1 ? QStringLiteral("%1 rounds").arg(e.sets) : QString();
    return text;
}

void printText(Context& ctx, const Athlete& athlete, const Plan& plan)
{
    QTextStream& out = ctx.out();
    out << "Plan for " << athlete.name << " as of " << plan.asOf.toString(Qt::ISODate) << "\n";
    if (!plan.redFlags.isEmpty()) {
        out << "\nRED FLAGS - read these first\n";
        for (const HealthNotice& n : plan.redFlags) {
            out << "  ! " << n.triage.headline << " (" << n.date.toString(Qt::ISODate)
                << (n.acknowledged ? ", read" : "") << ")\n";
            out << "    " << n.triage.advice << "\n";
        }
    }
    out << "\nPattern: " << toId(plan.pattern.pattern);
    if (!plan.pattern.reason.isEmpty())
        out << " - " << plan.pattern.reason;
    out << "\nNext run: ";
    if (plan.returning() && !plan.hold) {
        const Episode& e = *plan.episode;
        if (e.next)
            out << "stage " << e.stage << " of " << kStages << " of the return to running, on "
                << e.next->date.toString(Qt::ISODate) << " or later: " << e.next->text << "\n";
        else
            out << "not yet: the return-to-running gates come first\n";
        out << "\nBack to running (calf episode since " << e.start.toString(Qt::ISODate) << ", "
            << e.openedBecause << ")\n";
        for (const Gate& g : e.gates)
            out << "  " << (g.met ? "[x] " : "[ ] ") << toId(g.id) << ": " << g.reason << "\n";
        if (e.stage >= 1)
            out << "  stage " << e.stage << " of " << kStages << ", " << e.countedAtStage
                << " of 2 sessions counted\n";
    } else if (plan.hold)
        out << "on hold since " << plan.hold->since.toString(Qt::ISODate) << " ("
            << plan.hold->deciding.triage.headline.toLower()
            << "): no running until a clinician has cleared you\n";
    else if (plan.nextRunMax)
        out << "at most " << ctx.distance(*plan.nextRunMax, 1)
            << (plan.nextRunCapped ? " (1.1 x the longest run of your return to running, for "
                                     "four weeks after it)\n"
                                   : " (1.1 x your longest run of the last 30 days)\n");
    else
        out << "no run in the last 30 days to compare with; start short and easy\n";

    if (!plan.circuits.isEmpty())
        out << "\nCircuits\n";
    for (const PlannedCircuit& c : plan.circuits) {
        out << "  " << c.name << " - "
            << (c.daily ? QStringLiteral("every day")
                        : QStringLiteral("%1 a week")
                              .arg(c.sessionsPerWeek == 1
                                       ? QStringLiteral("once")
                                       : QStringLiteral("%1 times").arg(c.sessionsPerWeek)))
            << "\n    " << c.reason << "\n";
        for (const PlanExercise& e : c.exercises) {
            out << "    - " << e.name;
            if (const QString d = dose(e); !d.isEmpty())
                out << ": " << d;
            if (!e.notes.isEmpty())
                out << " (" << e.notes << ")";
            out << "\n";
        }
    }
    if (!plan.advice.isEmpty())
        out << "\nAdvice\n";
    for (const PlanAdvice& a : plan.advice)
        out << "  - " << (a.general ? "(general) " : "") << a.text << "\n    " << a.reason << "\n";
    if (!plan.schedule.isEmpty())
        out << "\nStrength sessions, next 7 days\n";
    const QLocale c = QLocale::c();
    for (const ScheduledSession& s : plan.schedule) {
        const PlannedCircuit* circuit = plan.circuit(s.circuitId);
        out << "  " << c.toString(s.date, QStringLiteral("ddd yyyy-MM-dd")) << "  "
            << (circuit ? circuit->name : s.circuitId) << "\n";
    }
    out << "\nStridewell gives training guidance, not a diagnosis. When in doubt, see a "
           "clinician.\n";
    out.flush();
}

int plan(Context& ctx)
{
    QDate asOf = QDate::currentDate();
    if (ctx.args().isSet(QStringLiteral("as-of"))) {
        auto date = ctx.dateOption(QStringLiteral("as-of"), true);
        if (!date)
            return kUsage;
        asOf = *date;
    }
    auto athlete = ctx.athlete();
    if (!athlete)
        return ctx.failed(athlete.message());
    AdviceSettings settings;
    settings.miles = ctx.units() == Units::Mi;
    auto input = loadPlanInput(**ctx.openLog(false), athlete->id, asOf, settings);
    if (!input)
        return ctx.failed(input.message());
    const Plan p = buildPlan(*input);
    if (ctx.args().isSet(QStringLiteral("json")))
        printJson(ctx.out(), planToJson(p));
    else
        printText(ctx, *athlete, p);
    return kSuccess;
}

} // namespace

QList<Command> adviceCommands()
{
    return {
        {QStringLiteral("plan"),
         QStringLiteral("--athlete A [--as-of D] [--json]"),
         QStringLiteral("Suggested strength circuits and advice, with the reasons behind them; red "
                        "flags first."),
         {athleteOption(),
          {QStringLiteral("as-of"),
           QStringLiteral("Plan as of this day (default today): nothing logged later counts; the "
                          "schedule covers it and the 6 days after."),
           QStringLiteral("YYYY-MM-DD")},
          {QStringLiteral("json"),
           QStringLiteral("Print JSON: {\"as_of\", \"red_flags\", \"pattern\", "
                          "\"next_run_max_km\", \"circuits\", \"advice\", \"schedule\"}.")}},
         {},
         &plan},
    };
}

} // namespace stridewell::cli
