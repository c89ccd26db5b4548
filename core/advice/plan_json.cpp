#include "advice/plan_json.h"

#include <QJsonArray>
#include <cmath>

namespace stridewell::core {

namespace {

QJsonValue orNull(const std::optional<int>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject redFlagJson(const HealthNotice& n)
{
    QJsonArray signs;
    for (RedFlagSign s : n.signs)
        signs.append(toId(s));
    return {{QStringLiteral("date"), n.date.toString(Qt::ISODate)},
            {QStringLiteral("symptom_id"), n.symptomId},
            {QStringLiteral("urgency"), toId(n.triage.urgency)},
            {QStringLiteral("signs"), signs},
            {QStringLiteral("headline"), n.triage.headline},
            {QStringLiteral("advice"), n.triage.advice},
            {QStringLiteral("acknowledged"), n.acknowledged}};
}

QJsonObject circuitJson(const PlannedCircuit& c)
{
    QJsonArray exercises;
    for (const PlanExercise& e : c.exercises)
        exercises.append(QJsonObject{{QStringLiteral("id"), e.id},
                                     {QStringLiteral("name"), e.name},
                                     {QStringLiteral("sets"), e.sets},
                                     {QStringLiteral("reps"), orNull(e.reps)},
                                     {QStringLiteral("hold_s"), orNull(e.holdS)},
                                     {QStringLiteral("notes"), e.notes}});
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("reason"), c.reason},
            {QStringLiteral("sessions_per_week"), c.sessionsPerWeek},
            {QStringLiteral("exercises"), exercises}};
}

} // namespace

QJsonObject planToJson(const Plan& plan)
{
    QJsonArray redFlags, circuits, advice, schedule;
    for (const HealthNotice& n : plan.redFlags)
        redFlags.append(redFlagJson(n));
    for (const PlannedCircuit& c : plan.circuits)
        circuits.append(circuitJson(c));
    for (const PlanAdvice& a : plan.advice)
        advice.append(QJsonObject{{QStringLiteral("id"), a.id},
                                  {QStringLiteral("text"), a.text},
                                  {QStringLiteral("reason"), a.reason},
                                  {QStringLiteral("general"), a.general}});
    for (const ScheduledSession& s : plan.schedule)
        schedule.append(QJsonObject{{QStringLiteral("date"), s.date.toString(Qt::ISODate)},
                                    {QStringLiteral("circuit"), s.circuitId}});
    // Kilometres to the metre: enough for a limit, and stable in tests.
    const QJsonValue nextRun = plan.nextRunMax
                                   ? QJsonValue(std::round(plan.nextRunMax->inMetres()) / 1000.0)
                                   : QJsonValue(QJsonValue::Null);
    QJsonValue hold(QJsonValue::Null);
    if (plan.hold)
        hold = QJsonObject{{QStringLiteral("since"), plan.hold->since.toString(Qt::ISODate)},
                           {QStringLiteral("urgency"), toId(plan.hold->deciding.triage.urgency)},
                           {QStringLiteral("headline"), plan.hold->deciding.triage.headline},
                           {QStringLiteral("symptom_id"), plan.hold->deciding.entry.id},
                           {QStringLiteral("days"), plan.hold->days},
                           {QStringLiteral("cleared"), false}};
    QJsonValue returnToRun(QJsonValue::Null);
    if (plan.returning()) {
        const Episode& e = *plan.episode;
        QJsonArray gates;
        for (const Gate& g : e.gates)
            gates.append(QJsonObject{{QStringLiteral("id"), toId(g.id)},
                                     {QStringLiteral("met"), g.met},
                                     {QStringLiteral("reason"), g.reason}});
        QJsonValue next(QJsonValue::Null);
        if (e.next)
            next = QJsonObject{{QStringLiteral("date"), e.next->date.toString(Qt::ISODate)},
                               {QStringLiteral("stage"), e.next->stage},
                               {QStringLiteral("text"), e.next->text}};
        returnToRun = QJsonObject{{QStringLiteral("episode_id"), e.id},
                                  {QStringLiteral("stage"), e.stage},
                                  {QStringLiteral("gates"), gates},
                                  {QStringLiteral("counted_at_stage"), e.countedAtStage},
                                  {QStringLiteral("next_session"), next}};
    }
    return {{QStringLiteral("as_of"), plan.asOf.toString(Qt::ISODate)},
            {QStringLiteral("return_to_run"), returnToRun},
            {QStringLiteral("red_flags"), redFlags},
            {QStringLiteral("hold"), hold},
            {QStringLiteral("pattern"), toId(plan.pattern.pattern)},
            {QStringLiteral("next_run_max_km"), nextRun},
            {QStringLiteral("circuits"), circuits},
            {QStringLiteral("advice"), advice},
            {QStringLiteral("schedule"), schedule}};
}

} // namespace stridewell::core
