// episode list/start/end: calf episodes and the return to running (domain.md section 8).
#include "advice/return_to_run.h"
#include "advice/symptom_pattern.h"
#include "cli/commands.h"
#include "cli/context.h"
#include "cli/json_output.h"
#include "cli/options.h"
#include "storage/analysis_input_loader.h"
#include "storage/database.h"
#include "storage/dated_note_repository.h"
#include "storage/symptom_repository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace stridewell::cli {

using namespace stridewell::core;

namespace {

QDate asOfOrToday(Context& ctx, bool* ok)
{
    *ok = true;
    if (!isSet(ctx, "as-of"))
        return QDate::currentDate();
    auto date = ctx.dateOption(QStringLiteral("as-of"), true);
    *ok = date.has_value();
    return date.value_or(QDate());
}

QString stageWords(const Episode& e)
{
    if (e.stage == 0)
        return QStringLiteral("gates not yet met");
    if (e.stage >= kBackToNormal)
        return QStringLiteral("back to normal training since %1")
            .arg(e.backToNormal.toString(Qt::ISODate));
    return QStringLiteral("stage %1 of %2 (%3 counted)")
        .arg(e.stage)
        .arg(kStages)
        .arg(e.countedAtStage);
}

int episodeList(Context& ctx)
{
    bool ok = true;
    const QDate asOf = asOfOrToday(ctx, &ok);
    if (!ok)
        return kUsage;
    auto athlete = ctx.athlete();
    if (!athlete)
        return ctx.failed(athlete.message());
    auto input = loadAnalysisInput(**ctx.openLog(false), athlete->id, asOf);
    if (!input)
        return ctx.failed(input.message());
    const QList<Episode> episodes = calfEpisodes(*input);
    if (isSet(ctx, "json")) {
        QJsonArray array;
        for (const Episode& e : episodes)
            array.append(QJsonObject{
                {QStringLiteral("id"), e.id},
                {QStringLiteral("start"), e.start.toString(Qt::ISODate)},
                {QStringLiteral("end"),
                 e.end.isValid() ? QJsonValue(e.end.toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("location"), toId(e.location)},
                {QStringLiteral("side"), toId(e.side)},
                {QStringLiteral("stage"), std::min(e.stage, kStages)},
                {QStringLiteral("worst_pain"), e.worstPain}});
        printJson(ctx.out(), array);
        return kSuccess;
    }
    if (episodes.isEmpty()) {
        ctx.out() << "no calf episodes: no entry so far meant more than a niggle" << Qt::endl;
        return kSuccess;
    }
    for (const Episode& e : episodes) {
        ctx.out() << e.start.toString(Qt::ISODate) << " - "
                  << (e.isOpen() ? QStringLiteral("open") : e.end.toString(Qt::ISODate)) << "  "
                  << toId(e.side) << " " << painWords(e.location) << ", worst " << e.worstPain
                  << "/10, opened by " << e.openedBecause << "; " << stageWords(e) << " (id "
                  << e.id << ")\n";
        if (e.isOpen() && e.stage == 0)
            for (const Gate& g : e.gates)
                ctx.out() << "    " << (g.met ? "[x] " : "[ ] ") << toId(g.id) << ": " << g.reason
                          << "\n";
        if (e.next)
            ctx.out() << "    next session on " << e.next->date.toString(Qt::ISODate) << ": "
                      << e.next->text << "\n";
    }
    ctx.out().flush();
    return kSuccess;
}

// "This is an injury": the entry of that day and site is marked, or a new one made, so the
// episode opens on an entry like any other.
int episodeStart(Context& ctx)
{
    auto date = ctx.dateOption(QStringLiteral("date"), true);
    if (!date)
        return kUsage;
    const auto location = bodyLocationFromId(value(ctx, "location").trimmed().toLower());
    if (!location)
        return ctx.usage(QStringLiteral("--location: required, one of %1")
                             .arg(allBodyLocationIds().join(QStringLiteral(", "))));
    const auto side = sideFromId(value(ctx, "side").trimmed().toLower());
    if (!side)
        return ctx.usage(QStringLiteral("--side: required, left, right or both"));
    auto athlete = ctx.athlete(true);
    if (!athlete)
        return ctx.failed(athlete.message());
    Database& db = **ctx.openLog(true);
    SymptomRepository symptoms(db);
    auto sameDay = symptoms.list(athlete->id, *date, *date);
    if (!sameDay)
        return ctx.failed(sameDay.message());
    for (Symptom s : *sameDay)
        if (s.location == *location && s.side == *side) {
            s.injury = true;
            if (Status ok = symptoms.update(s); !ok)
                return ctx.failed(ok.message());
            ctx.out() << "marked the symptom entry of " << date->toString(Qt::ISODate)
                      << " as an injury: a calf episode opens on it (id " << s.id << ")"
                      << Qt::endl;
            return kSuccess;
        }
    Symptom s;
    s.athleteId = athlete->id;
    s.date = *date;
    s.location = *location;
    s.side = *side;
    s.injury = true;
    s.notes = value(ctx, "notes").isEmpty() ? QStringLiteral("Marked as an injury.")
                                            : value(ctx, "notes");
    auto id = symptoms.add(s);
    if (!id)
        return ctx.failed(id.message());
    ctx.out() << "started a calf episode on " << date->toString(Qt::ISODate) << ": " << toId(*side)
              << " " << painWords(*location) << " (a symptom entry marked as an injury, id " << *id
              << ")" << Qt::endl;
    return kSuccess;
}

int episodeEnd(Context& ctx)
{
    auto date = ctx.dateOption(QStringLiteral("date"), true);
    if (!date)
        return kUsage;
    auto athlete = ctx.athlete(true);
    if (!athlete)
        return ctx.failed(athlete.message());
    Database& db = **ctx.openLog(true);
    auto input = loadAnalysisInput(db, athlete->id, *date);
    if (!input)
        return ctx.failed(input.message());
    const auto open = openEpisode(calfEpisodes(*input));
    if (!open)
        return ctx.failed(QStringLiteral("episode end: no calf episode is open on %1")
                              .arg(date->toString(Qt::ISODate)));
    auto id = EpisodeEndRepository(db).add(EpisodeEnd{0, athlete->id, *date, value(ctx, "notes")});
    if (!id)
        return ctx.failed(id.message());
    ctx.out() << "ended the calf episode of " << open->start.toString(Qt::ISODate) << " on "
              << date->toString(Qt::ISODate) << " (id " << *id << ")" << Qt::endl;
    return kSuccess;
}

} // namespace

QList<Command> episodeCommands()
{
    return {
        {QStringLiteral("episode list"),
         QStringLiteral("--athlete A [--as-of D] [--json]"),
         QStringLiteral("List the calf episodes: when each began and ended, where, the worst "
                        "pain, and the stage of the return to running."),
         {athleteOption(),
          option("as-of", QStringLiteral("The day to look from (default today)."), "YYYY-MM-DD"),
          option("json", QStringLiteral("Print JSON: [{\"id\", \"start\", \"end\", \"location\", "
                                        "\"side\", \"stage\", \"worst_pain\"}]."))},
         {},
         &episodeList},
        {QStringLiteral("episode start"),
         QStringLiteral("--athlete A --date D --location ID --side S [--notes TEXT]"),
         QStringLiteral("Say \"this is an injury\": a calf episode opens on that day's entry for "
                        "the site (made when there is none), whatever its pain."),
         {athleteOption(), option("date", QStringLiteral("The day it began."), "YYYY-MM-DD"),
          option("location",
                 QStringLiteral("Where: %1.").arg(allBodyLocationIds().join(QStringLiteral(", "))),
                 "ID"),
          option("side", QStringLiteral("left, right or both."), "SIDE"),
          option("notes", QStringLiteral("Free text for a new entry."), "TEXT")},
         {},
         &episodeStart},
        {QStringLiteral("episode end"),
         QStringLiteral("--athlete A --date D [--notes TEXT]"),
         QStringLiteral("End the calf episode open on that day, whatever its stage (most end by "
                        "themselves after two quiet weeks back in normal training)."),
         {athleteOption(), option("date", QStringLiteral("The day it ended."), "YYYY-MM-DD"),
          option("notes", QStringLiteral("Free text."), "TEXT")},
         {},
         &episodeEnd},
    };
}

} // namespace stridewell::cli
