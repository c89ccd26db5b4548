// edit run/symptom, delete run/symptom/calf-test/strength: changing and removing entries by
// id, with the checks of the log commands (entry_fields.h).
#include "cli/commands.h"
#include "cli/context.h"
#include "cli/entry_fields.h"
#include "model/run_validation.h"
#include "model/value_text.h"
#include "storage/calf_test_repository.h"
#include "storage/database.h"
#include "storage/run_repository.h"
#include "storage/strength_repository.h"
#include "storage/symptom_repository.h"

#include <QRegularExpression>

namespace stridewell::cli {

using namespace stridewell::core;

namespace {

// The entry's id, the command's one argument; nullopt after a usage error.
std::optional<qint64> entryId(Context& ctx)
{
    if (ctx.positionals().isEmpty()) {
        ctx.usage(QStringLiteral("%1: the ID of the entry is required").arg(ctx.commandName()));
        return std::nullopt;
    }
    const QString text = ctx.positionals().front();
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    const qint64 id = digits.match(text).hasMatch() ? text.toLongLong() : 0;
    if (id <= 0) {
        ctx.usage(QStringLiteral("%1: \"%2\" is not an entry id (a whole number above 0)")
                      .arg(ctx.commandName(), text));
        return std::nullopt;
    }
    return id;
}

QString notInLog(const char* noun, qint64 id)
{
    return QStringLiteral("%1 %2: not in this log").arg(QLatin1String(noun)).arg(id);
}

QString quoted(const QString& notes)
{
    return QLatin1Char('"') + notes + QLatin1Char('"');
}

// One line: the date and start, distance, duration and pace, then whatever else is recorded.
QString runText(Context& ctx, const Run& run)
{
    QStringList parts{run.localStart().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                      ctx.distance(run.distance)};
    if (const auto duration = run.loadDuration())
        parts.back() += QStringLiteral(" in %1 (%2)")
                            .arg(formatDuration(*duration), ctx.pace(run.distance, *duration));
    else
        parts << QStringLiteral("duration unknown");
    if (run.avgCadenceSpm)
        parts << QStringLiteral("cadence %1 spm").arg(qRound(*run.avgCadenceSpm));
    if (run.avgHrBpm)
        parts << QStringLiteral("HR %1 bpm").arg(qRound(*run.avgHrBpm));
    if (run.rpe)
        parts << QStringLiteral("RPE %1").arg(*run.rpe);
    if (!run.type.isEmpty())
        parts << QStringLiteral("type ") + run.type;
    if (!run.surface.isEmpty())
        parts << QStringLiteral("surface ") + run.surface;
    if (!run.shoeName.isEmpty())
        parts << QStringLiteral("shoe ") + run.shoeName;
    if (!run.notes.isEmpty())
        parts << QStringLiteral("notes ") + quoted(run.notes);
    return parts.join(QStringLiteral(", "));
}

// One line: the date, where, which side and how much, then whatever else is recorded.
QString symptomText(const Symptom& s)
{
    QStringList parts{s.date.toString(Qt::ISODate), toId(s.location), toId(s.side),
                      QStringLiteral("pain %1/10").arg(s.pain)};
    if (s.type)
        parts << toId(*s.type);
    if (s.timing)
        parts << toId(*s.timing);
    if (s.stretch)
        parts << QStringLiteral("stretch ") + toId(*s.stretch);
    if (!s.redFlags.isEmpty()) {
        QStringList signs;
        for (RedFlagSign sign : s.redFlags)
            signs << toId(sign);
        parts << QStringLiteral("red flags (%1)").arg(signs.join(QStringLiteral(", ")));
    }
    if (!s.notes.isEmpty())
        parts << QStringLiteral("notes ") + quoted(s.notes);
    return parts.join(QStringLiteral(", "));
}

int editRun(Context& ctx)
{
    auto id = entryId(ctx);
    if (!id)
        return kUsage;
    auto fields = readRunFields(ctx, Purpose::Edit);
    if (!fields)
        return kUsage;
    if (!fields->any())
        return ctx.usage(QStringLiteral("edit run: nothing to change (give the fields to change, "
                                        "as options of log run)"));
    auto db = ctx.openLog(false);
    if (!db)
        return ctx.failed(db.message());
    Transaction tx(**db);
    if (!tx.active())
        return ctx.failed(tx.beginError().message);
    RunRepository runs(**db);
    auto found = runs.find(*id);
    if (!found)
        return ctx.failed(found.message());
    if (!*found)
        return ctx.failed(notInLog("run", *id));
    Run run = **found;
    fields->applyTo(run);
    if (Status ok = validateRun(run); !ok)
        return ctx.usage(QStringLiteral("--") + ok.message());
    if (fields->shoe)
        if (Status ok = setShoe(**db, run, *fields->shoe); !ok)
            return ctx.failed(ok.message());
    if (Status ok = runs.update(run); !ok)
        return ctx.failed(ok.message());
    // Read back as stored: the shoe's name as the athlete's shoes spell it.
    auto stored = runs.find(*id);
    if (!stored)
        return ctx.failed(stored.message());
    if (Status ok = tx.commit(); !ok)
        return ctx.failed(ok.message());
    ctx.out() << "edited run " << *id << ": " << runText(ctx, stored->value_or(run)) << Qt::endl;
    return kSuccess;
}

int editSymptom(Context& ctx)
{
    auto id = entryId(ctx);
    if (!id)
        return kUsage;
    auto fields = readSymptomFields(ctx, Purpose::Edit);
    if (!fields)
        return kUsage;
    if (!fields->any())
        return ctx.usage(QStringLiteral("edit symptom: nothing to change (give the fields to "
                                        "change, as options of log symptom)"));
    auto db = ctx.openLog(false);
    if (!db)
        return ctx.failed(db.message());
    Transaction tx(**db);
    if (!tx.active())
        return ctx.failed(tx.beginError().message);
    SymptomRepository symptoms(**db);
    auto found = symptoms.find(*id);
    if (!found)
        return ctx.failed(found.message());
    if (!*found)
        return ctx.failed(notInLog("symptom", *id));
    Symptom s = **found;
    fields->applyTo(s);
    if (Status ok = SymptomRepository::validate(s); !ok)
        return ctx.usage(QStringLiteral("--") + ok.message());
    if (Status ok = symptoms.update(s); !ok)
        return ctx.failed(ok.message());
    if (Status ok = tx.commit(); !ok)
        return ctx.failed(ok.message());
    ctx.out() << "edited symptom " << *id << ": " << symptomText(s) << "\n";
    printSymptomAnswer(ctx, s);
    ctx.out().flush();
    return kSuccess;
}

// Finds the entry, says what goes with it, removes it: one transaction. `describe` reads what
// the line says before the entry is gone.
template <typename Repository, typename Describe>
int deleteEntry(Context& ctx, const char* noun, Describe describe)
{
    auto id = entryId(ctx);
    if (!id)
        return kUsage;
    auto db = ctx.openLog(false);
    if (!db)
        return ctx.failed(db.message());
    Transaction tx(**db);
    if (!tx.active())
        return ctx.failed(tx.beginError().message);
    Repository entries(**db);
    auto found = entries.find(*id);
    if (!found)
        return ctx.failed(found.message());
    if (!*found)
        return ctx.failed(notInLog(noun, *id));
    const QString text = describe(**db, **found);
    if (Status ok = entries.remove(*id); !ok)
        return ctx.failed(ok.message());
    if (Status ok = tx.commit(); !ok)
        return ctx.failed(ok.message());
    ctx.out() << "deleted " << noun << ' ' << *id << ": " << text << Qt::endl;
    return kSuccess;
}

// The run's track goes with it, and symptom entries that followed it are unlinked (the
// schema's foreign keys: RunRepository::remove); the line says so.
int deleteRun(Context& ctx)
{
    return deleteEntry<RunRepository>(ctx, "run", [&ctx](Database& db, const Run& run) {
        QString text = QStringLiteral("%1, %2").arg(run.localDate().toString(Qt::ISODate),
                                                    ctx.distance(run.distance));
        // A track that cannot be read is still deleted; it is only not counted here.
        if (auto samples = RunRepository(db).samples(run.id); samples && !samples->empty())
            text += QStringLiteral(", with its track (%1 points)").arg(samples->size());
        QStringList linked;
        if (auto symptoms = SymptomRepository(db).list(run.athleteId))
            for (const Symptom& s : *symptoms)
                if (s.runId == run.id)
                    linked << QString::number(s.id);
        if (!linked.isEmpty())
            text += (linked.size() == 1 ? QStringLiteral("; symptom %1 is kept, no longer linked "
                                                         "to a run")
                                        : QStringLiteral("; symptoms %1 are kept, no longer "
                                                         "linked to a run"))
                        .arg(linked.join(QStringLiteral(", ")));
        return text;
    });
}

int deleteSymptom(Context& ctx)
{
    return deleteEntry<SymptomRepository>(ctx, "symptom", [](Database&, const Symptom& s) {
        return QStringLiteral("%1, %2, %3, pain %4/10")
            .arg(s.date.toString(Qt::ISODate), toId(s.location), toId(s.side))
            .arg(s.pain);
    });
}

int deleteCalfTest(Context& ctx)
{
    return deleteEntry<CalfTestRepository>(ctx, "calf-raise test",
                                           [](Database&, const CalfTest& t) {
                                               return QStringLiteral("%1, left %2, right %3")
                                                   .arg(t.date.toString(Qt::ISODate))
                                                   .arg(t.leftReps)
                                                   .arg(t.rightReps);
                                           });
}

int deleteStrength(Context& ctx)
{
    return deleteEntry<StrengthRepository>(
        ctx, "strength session", [](Database&, const StrengthSession& s) {
            QString text = s.date.toString(Qt::ISODate) + QStringLiteral(", ") + s.circuitId;
            if (s.pain)
                text += QStringLiteral(", pain %1/10").arg(*s.pain);
            return text;
        });
}

// The ID argument of a command, and where the user finds it.
std::pair<QString, QString> idArgument(const char* entry, const char* whereShown)
{
    return {
        QStringLiteral("ID"),
        QStringLiteral("The %1's id (%2).").arg(QLatin1String(entry), QLatin1String(whereShown))};
}

} // namespace

QList<Command> editCommands()
{
    return {
        {QStringLiteral("edit run"),
         QStringLiteral("ID [--date D] [--time HH:MM] [--distance KM] [--duration H:MM:SS] "
                        "[--cadence SPM] [--hr BPM] [--rpe 0-10] [--type T] [--surface S] "
                        "[--shoe NAME] [--notes TEXT]"),
         QStringLiteral("Change the fields given of run ID, with the checks of "
                        "log run; the others keep "
                        "their values. A new date or time is local time on this "
                        "computer; a new duration "
                        "replaces the recorded times; --shoe \"\" takes the shoe "
                        "off. Prints the run."),
         runFieldOptions(Purpose::Edit),
         {idArgument("run", "log run and runs --json print it")},
         &editRun},
        {QStringLiteral("edit symptom"),
         QStringLiteral("ID [--date D] [--location ID] [--side left|right|both] [--pain "
                        "0-10] "
                        "[--type ache|tightness|sharp|cramp] "
                        "[--timing during|after|next_morning|at_rest] "
                        "[--stretch straight|bent|both|neither] [--red-flag SIGN|none]... "
                        "[--notes TEXT]"),
         QStringLiteral("Change the fields given of symptom entry ID, with the "
                        "checks of log "
                        "symptom; the others keep their values. --red-flag "
                        "replaces the entry's "
                        "signs (--red-flag none clears them). Prints the entry, "
                        "then the answer "
                        "log symptom gives (red flags: what to do)."),
         symptomFieldOptions(Purpose::Edit),
         {idArgument("symptom entry", "log symptom prints it")},
         &editSymptom},
        {QStringLiteral("delete run"),
         QStringLiteral("ID"),
         QStringLiteral("Delete run ID with its track; symptom entries linked to "
                        "it are kept, "
                        "unlinked. Prints what was deleted."),
         {},
         {idArgument("run", "log run and runs --json print it")},
         &deleteRun},
        {QStringLiteral("delete symptom"),
         QStringLiteral("ID"),
         QStringLiteral("Delete symptom entry ID. Prints what was deleted."),
         {},
         {idArgument("symptom entry", "log symptom prints it")},
         &deleteSymptom},
        {QStringLiteral("delete calf-test"),
         QStringLiteral("ID"),
         QStringLiteral("Delete calf-raise test ID. Prints what was deleted."),
         {},
         {idArgument("calf-raise test", "log calf-test prints it")},
         &deleteCalfTest},
        {QStringLiteral("delete strength"),
         QStringLiteral("ID"),
         QStringLiteral("Delete strength session ID. Prints what was deleted."),
         {},
         {idArgument("strength session", "log strength prints it")},
         &deleteStrength},
    };
}

} // namespace stridewell::cli
