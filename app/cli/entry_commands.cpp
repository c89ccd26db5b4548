// athlete add/list, log run/symptom/calf-test/strength, shoe add: entering data by hand.
#include "advice/hold.h"
#include "advice/red_flag_triage.h"
#include "cli/commands.h"
#include "cli/context.h"
#include "cli/entry_fields.h"
#include "cli/json_output.h"
#include "cli/options.h"
#include "model/run_validation.h"
#include "model/value_text.h"
#include "storage/athlete_repository.h"
#include "storage/calf_test_repository.h"
#include "storage/database.h"
#include "storage/dated_note_repository.h"
#include "storage/run_repository.h"
#include "storage/shoe_repository.h"
#include "storage/strength_repository.h"
#include "storage/symptom_repository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace stridewell::cli {

using namespace stridewell::core;

void printSymptomAnswer(Context& ctx, const Symptom& s)
{
    // Red flags come first: say what to do before anything else.
    const Triage t = triage(s);
    if (t.urgency != Urgency::None) {
        ctx.out() << "RED FLAG - " << t.headline << "\n  " << t.advice << "\n";
        if (t.holdsTraining())
            ctx.out() << "  Training is on hold until a clinician has seen you; log their "
                         "clearance with: stridewell log clearance\n";
    }
}

namespace {

int athleteAdd(Context& ctx)
{
    if (ctx.positionals().isEmpty())
        return ctx.usage(QStringLiteral("athlete add: the athlete's NAME is required"));
    const QString name = ctx.positionals().join(QLatin1Char(' '));
    if (Status ok = AthleteRepository::validateName(name); !ok)
        return ctx.usage(ok.message());
    auto db = ctx.openLog(true);
    if (!db)
        return ctx.failed(db.message());
    auto athlete = AthleteRepository(**db).add(name);
    if (!athlete)
        return ctx.failed(athlete.message());
    ctx.out() << "added athlete \"" << athlete->name << "\" (id " << athlete->id << ")" << Qt::endl;
    return kSuccess;
}

int athleteList(Context& ctx)
{
    auto db = ctx.openLog(false);
    if (!db)
        return ctx.failed(db.message());
    auto athletes = AthleteRepository(**db).list();
    if (!athletes)
        return ctx.failed(athletes.message());
    if (isSet(ctx, "json")) {
        QJsonArray array;
        for (const Athlete& a : *athletes)
            array.append(
                QJsonObject{{QStringLiteral("id"), a.id}, {QStringLiteral("name"), a.name}});
        printJson(ctx.out(), array);
        return kSuccess;
    }
    if (athletes->isEmpty()) {
        ctx.out() << "no athletes yet (add one with: stridewell athlete add NAME)" << Qt::endl;
        return kSuccess;
    }
    RunRepository runs(**db);
    for (const Athlete& a : *athletes) {
        const qint64 n = runs.count(a.id).value_or(0);
        ctx.out() << qSetFieldWidth(5) << Qt::right << a.id << qSetFieldWidth(0) << "  " << a.name
                  << "  (" << n << (n == 1 ? " run)" : " runs)") << Qt::endl;
    }
    return kSuccess;
}

int logRun(Context& ctx)
{
    auto fields = readRunFields(ctx, Purpose::Add);
    if (!fields)
        return kUsage;
    Run run;
    run.source = QStringLiteral("manual");
    fields->applyTo(run);
    if (Status ok = validateRun(run); !ok)
        return ctx.usage(QStringLiteral("--") + ok.message());

    auto athlete = ctx.athlete(true);
    if (!athlete)
        return ctx.failed(athlete.message());
    run.athleteId = athlete->id;
    Database& db = **ctx.openLog(true);
    Transaction tx(db);
    if (!tx.active())
        return ctx.failed(tx.beginError().message);
    if (fields->shoe)
        if (Status ok = setShoe(db, run, *fields->shoe); !ok)
            return ctx.failed(ok.message());
    auto id = RunRepository(db).add(run);
    if (!id)
        return ctx.failed(id.message());
    if (Status ok = tx.commit(); !ok)
        return ctx.failed(ok.message());
    ctx.out() << "logged run " << run.localDate().toString(Qt::ISODate) << ": "
              << ctx.distance(run.distance) << " in " << formatDuration(*run.elapsed) << " ("
              << ctx.pace(run.distance, *run.elapsed) << ") for " << athlete->name << ", id " << *id
              << Qt::endl;
    return kSuccess;
}

int logSymptom(Context& ctx)
{
    auto fields = readSymptomFields(ctx, Purpose::Add);
    if (!fields)
        return kUsage;
    Symptom s;
    fields->applyTo(s);
    if (Status ok = SymptomRepository::validate(s); !ok)
        return ctx.usage(QStringLiteral("--") + ok.message());

    auto athlete = ctx.athlete(true);
    if (!athlete)
        return ctx.failed(athlete.message());
    s.athleteId = athlete->id;
    auto id = SymptomRepository(**ctx.openLog(true)).add(s);
    if (!id)
        return ctx.failed(id.message());

    printSymptomAnswer(ctx, s);
    ctx.out() << "logged symptom " << s.date.toString(Qt::ISODate) << ": " << toId(s.location)
              << ", " << toId(s.side) << ", pain " << s.pain << "/10 for " << athlete->name
              << ", id " << *id << Qt::endl;
    return kSuccess;
}

int logCalfTest(Context& ctx)
{
    auto date = ctx.dateOption(QStringLiteral("date"), true);
    if (!date)
        return kUsage;
    auto left = ctx.integerOption(QStringLiteral("left"), 0, CalfTestRepository::kMaxReps, true);
    if (!left)
        return kUsage;
    auto right = ctx.integerOption(QStringLiteral("right"), 0, CalfTestRepository::kMaxReps, true);
    if (!right)
        return kUsage;
    CalfTest test{0, 0, *date, *left, *right, value(ctx, "notes"), {}};
    if (isSet(ctx, "hop-pain")) {
        test.hopPain = ctx.integerOption(QStringLiteral("hop-pain"), 0, 10, true);
        if (!test.hopPain)
            return kUsage;
    }
    if (Status ok = CalfTestRepository::validate(test); !ok)
        return ctx.usage(QStringLiteral("--") + ok.message());
    auto athlete = ctx.athlete(true);
    if (!athlete)
        return ctx.failed(athlete.message());
    test.athleteId = athlete->id;
    auto id = CalfTestRepository(**ctx.openLog(true)).add(test);
    if (!id)
        return ctx.failed(id.message());
    ctx.out() << "logged calf-raise test " << date->toString(Qt::ISODate) << ": left " << *left
              << ", right " << *right;
    const double imbalance = test.imbalance();
    if (imbalance >= 0.10)
        ctx.out() << " - the " << (*left < *right ? "left" : "right") << " side is "
                  << qRound(imbalance * 100) << "% weaker, an imbalance worth working on";
    else
        ctx.out() << " - sides within 10% of each other";
    if (test.hopPain)
        ctx.out() << "; hopping pain " << *test.hopPain << "/10";
    ctx.out() << " (id " << *id << ")" << Qt::endl;
    return kSuccess;
}

int logStrength(Context& ctx)
{
    auto date = ctx.dateOption(QStringLiteral("date"), true);
    if (!date)
        return kUsage;
    const QString circuit = value(ctx, "circuit").trimmed().toLower();
    if (circuit.isEmpty())
        return ctx.usage(QStringLiteral("--circuit: required (one of %1)")
                             .arg(knownCircuitIds().join(QStringLiteral(", "))));
    if (!knownCircuitIds().contains(circuit))
        return ctx.usage(QStringLiteral("--circuit: \"%1\" is not one of %2")
                             .arg(circuit, knownCircuitIds().join(QStringLiteral(", "))));
    std::optional<int> pain;
    if (isSet(ctx, "pain")) {
        pain = ctx.integerOption(QStringLiteral("pain"), 0, 10, true);
        if (!pain)
            return kUsage;
    }
    StrengthSession session{0, 0, *date, circuit, pain, value(ctx, "notes")};
    auto athlete = ctx.athlete(true);
    if (!athlete)
        return ctx.failed(athlete.message());
    session.athleteId = athlete->id;
    auto id = StrengthRepository(**ctx.openLog(true)).add(session);
    if (!id)
        return ctx.failed(id.message());
    ctx.out() << "logged strength session " << date->toString(Qt::ISODate) << ": " << circuit;
    if (pain)
        ctx.out() << ", pain " << *pain << "/10";
    ctx.out() << " (id " << *id << ")" << Qt::endl;
    return kSuccess;
}

// A clinician has cleared the athlete to train: ends every hold started on or before the day.
int logClearance(Context& ctx)
{
    auto date = ctx.dateOption(QStringLiteral("date"), true);
    if (!date)
        return kUsage;
    Clearance clearance{0, 0, *date, value(ctx, "notes")};
    if (Status ok = ClearanceRepository::validate(clearance); !ok)
        return ctx.usage(QStringLiteral("--") + ok.message());
    auto athlete = ctx.athlete(true);
    if (!athlete)
        return ctx.failed(athlete.message());
    clearance.athleteId = athlete->id;
    Database& db = **ctx.openLog(true);
    auto symptoms = SymptomRepository(db).list(athlete->id);
    auto clearances = ClearanceRepository(db).list(athlete->id);
    if (!symptoms || !clearances)
        return ctx.failed(symptoms ? clearances.message() : symptoms.message());
    const std::optional<Hold> before = currentHold(*symptoms, *clearances, *date);
    auto id = ClearanceRepository(db).add(clearance);
    if (!id)
        return ctx.failed(id.message());
    ctx.out() << "logged clearance " << date->toString(Qt::ISODate) << " for " << athlete->name
              << " (id " << *id << ")";
    if (before)
        ctx.out() << ": ends the hold since " << before->since.toString(Qt::ISODate) << " ("
                  << before->deciding.triage.headline.toLower() << ")";
    else
        ctx.out() << ": there was no hold on that day";
    ctx.out() << Qt::endl;
    return kSuccess;
}

int shoeAdd(Context& ctx)
{
    if (ctx.positionals().isEmpty())
        return ctx.usage(QStringLiteral("shoe add: the shoe's NAME is required"));
    Shoe shoe;
    shoe.name = ctx.positionals().join(QLatin1Char(' ')).trimmed();
    if (isSet(ctx, "limit-km")) {
        auto v = ctx.numberOption(QStringLiteral("limit-km"), 1, 100000, true);
        if (!v)
            return kUsage;
        shoe.limit = Distance::km(*v);
    }
    if (isSet(ctx, "start-km")) {
        auto v = ctx.numberOption(QStringLiteral("start-km"), 0, 100000, true);
        if (!v)
            return kUsage;
        shoe.startDistance = Distance::km(*v);
    }
    if (shoe.name.isEmpty() || shoe.name.size() > 80)
        return ctx.usage(QStringLiteral("shoe add: NAME must be 1-80 characters"));
    auto athlete = ctx.athlete(true);
    if (!athlete)
        return ctx.failed(athlete.message());
    shoe.athleteId = athlete->id;
    auto id = ShoeRepository(**ctx.openLog(true)).add(shoe);
    if (!id)
        return ctx.failed(id.message());
    ctx.out() << "added shoe \"" << shoe.name << "\" for " << athlete->name << ": limit "
              << ctx.distance(shoe.limit, 0) << ", already on it "
              << ctx.distance(shoe.startDistance, 0) << " (id " << *id << ")" << Qt::endl;
    return kSuccess;
}

} // namespace

QList<Command> entryCommands()
{
    return {
        {QStringLiteral("athlete add"),
         QStringLiteral("NAME"),
         QStringLiteral("Add an athlete to the log."),
         {},
         {{QStringLiteral("NAME"), QStringLiteral("The athlete's name (unique in the log).")}},
         &athleteAdd},
        {QStringLiteral("athlete list"),
         QStringLiteral("[--json]"),
         QStringLiteral("List the log's athletes."),
         {option("json", QStringLiteral("Print JSON: [{\"id\", \"name\"}]."))},
         {},
         &athleteList},
        {QStringLiteral("log run"),
         QStringLiteral(
             "--athlete A --date D --distance KM --duration H:MM:SS [--time HH:MM] [--cadence SPM] "
             "[--hr BPM] [--rpe 0-10] [--type T] [--surface S] [--shoe NAME] [--notes TEXT]"),
         QStringLiteral("Add a run by hand."),
         QList<QCommandLineOption>{athleteOption()} + runFieldOptions(Purpose::Add),
         {},
         &logRun},
        {QStringLiteral("log symptom"),
         QStringLiteral(
             "--athlete A --date D --location ID --side left|right|both --pain 0-10 "
             "[--type ache|tightness|sharp|cramp] [--timing during|after|next_morning|at_rest] "
             "[--stretch straight|bent|both|neither] [--red-flag SIGN]... [--notes TEXT]"),
         QStringLiteral("Add a calf symptom entry."),
         QList<QCommandLineOption>{athleteOption()} + symptomFieldOptions(Purpose::Add),
         {},
         &logSymptom},
        {QStringLiteral("log calf-test"),
         QStringLiteral("--athlete A --date D --left N --right N [--hop-pain 0-10]"),
         QStringLiteral(
             "Record a single-leg calf raise test: on one leg, knee straight, 1 s up and 1 s "
             "down on a flat floor, fingertips on a wall, repetitions to fatigue on each leg; "
             "and, when returning from a calf injury, the pain of 10 single-leg hops on the "
             "sorer side."),
         {athleteOption(), option("date", QStringLiteral("Date of the test."), "YYYY-MM-DD"),
          option("left", QStringLiteral("Repetitions on the left leg."), "N"),
          option("right", QStringLiteral("Repetitions on the right leg."), "N"),
          option("hop-pain",
                 QStringLiteral("Pain of 10 single-leg hops on the sorer side, 0-10 (a "
                                "return-to-running gate: 2 or less)."),
                 "0-10"),
          option("notes", QStringLiteral("Free text."), "TEXT")},
         {},
         &logCalfTest},
        {QStringLiteral("log strength"),
         QStringLiteral("--athlete A --date D --circuit ID [--pain 0-10] [--notes TEXT]"),
         QStringLiteral("Record a completed strength session."),
         {athleteOption(), option("date", QStringLiteral("Date of the session."), "YYYY-MM-DD"),
          option("circuit",
                 QStringLiteral("The circuit done: %1.")
                     .arg(knownCircuitIds().join(QStringLiteral(", "))),
                 "ID"),
          option("pain", QStringLiteral("Calf pain during or after it, 0-10."), "0-10"),
          option("notes", QStringLiteral("Free text."), "TEXT")},
         {},
         &logStrength},
        {QStringLiteral("log clearance"),
         QStringLiteral("--athlete A --date D [--notes TEXT]"),
         QStringLiteral("Record that a clinician has seen the athlete and cleared them to "
                        "train: ends the hold that warning signs put on training."),
         {athleteOption(),
          option("date", QStringLiteral("The day the clinician cleared the athlete."),
                 "YYYY-MM-DD"),
          option("notes", QStringLiteral("Who cleared, and any conditions."), "TEXT")},
         {},
         &logClearance},
        {QStringLiteral("shoe add"),
         QStringLiteral("--athlete A NAME [--limit-km KM] [--start-km KM]"),
         QStringLiteral("Track a pair of shoes."),
         {athleteOption(),
          option("limit-km", QStringLiteral("Distance after which to replace them (default 700)."),
                 "KM"),
          option("start-km", QStringLiteral("Distance already on them."), "KM")},
         {{QStringLiteral("NAME"), QStringLiteral("The shoe's name, e.g. \"Pegasus 39\".")}},
         &shoeAdd},
    };
}

} // namespace stridewell::cli
