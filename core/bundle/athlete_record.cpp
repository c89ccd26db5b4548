#include "bundle/athlete_record.h"

#include "storage/athlete_repository.h"
#include "storage/calf_test_repository.h"
#include "storage/database.h"
#include "storage/dated_note_repository.h"
#include "storage/run_repository.h"
#include "storage/shoe_repository.h"
#include "storage/strength_repository.h"
#include "storage/symptom_repository.h"

namespace stridewell::core {

BundleCounts AthleteRecord::counts() const
{
    return {int(runs.size()),     int(symptoms.size()), int(calfTests.size()),
            int(strength.size()), int(shoes.size()),    int(clearances.size())};
}

Result<AthleteRecord> loadAthleteRecord(Database& db, qint64 athleteId)
{
    AthleteRecord record;
    auto athlete = AthleteRepository(db).find(athleteId);
    if (!athlete)
        return athlete.error();
    if (!*athlete)
        return fail(QStringLiteral("athlete %1: not in this log").arg(athleteId));
    record.athlete = **athlete;
    auto shoes = ShoeRepository(db).list(athleteId);
    if (!shoes)
        return shoes.error();
    record.shoes = *shoes;
    auto runs = RunRepository(db).list(athleteId);
    if (!runs)
        return runs.error();
    record.runs = *runs;
    auto symptoms = SymptomRepository(db).list(athleteId);
    if (!symptoms)
        return symptoms.error();
    record.symptoms = *symptoms;
    auto tests = CalfTestRepository(db).list(athleteId);
    if (!tests)
        return tests.error();
    record.calfTests = *tests;
    auto strength = StrengthRepository(db).list(athleteId);
    if (!strength)
        return strength.error();
    record.strength = *strength;
    auto clearances = ClearanceRepository(db).list(athleteId);
    if (!clearances)
        return clearances.error();
    record.clearances = *clearances;
    return record;
}

QString runLabel(const Run& run)
{
    return QStringLiteral("run of %1")
        .arg(run.localStart().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

bool sameEntry(const Symptom& a, const Symptom& b)
{
    return a.date == b.date && a.location == b.location && a.locationNote == b.locationNote &&
           a.side == b.side && a.pain == b.pain && a.type == b.type && a.timing == b.timing &&
           a.stretch == b.stretch && a.redFlags == b.redFlags && a.notes == b.notes;
}

bool sameEntry(const CalfTest& a, const CalfTest& b)
{
    return a.date == b.date && a.leftReps == b.leftReps && a.rightReps == b.rightReps &&
           a.notes == b.notes && a.hopPain == b.hopPain;
}

bool sameEntry(const StrengthSession& a, const StrengthSession& b)
{
    return a.date == b.date && a.circuitId == b.circuitId && a.pain == b.pain && a.notes == b.notes;
}

bool sameEntry(const Clearance& a, const Clearance& b)
{
    return a.date == b.date && a.notes == b.notes;
}

} // namespace stridewell::core
