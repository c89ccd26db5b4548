#pragma once

#include "model/athlete.h"
#include "model/calf_test.h"
#include "model/clearance.h"
#include "model/run.h"
#include "model/shoe.h"
#include "model/strength_session.h"
#include "model/symptom.h"
#include "result.h"

#include <QList>

namespace stridewell::core {

class Database;

// How many rows of each kind: what a bundle holds, or what a merge added or skipped.
struct BundleCounts
{
    int runs = 0;
    int symptoms = 0;
    int calfTests = 0;
    int strengthSessions = 0;
    int shoes = 0;
    int clearances = 0; // a clinician's clearances, which end holds on training

    int total() const
    {
        return runs + symptoms + calfTests + strengthSessions + shoes + clearances;
    }
    bool operator==(const BundleCounts&) const = default;
};

// Everything the log holds about one athlete, with the log's ids. Samples are not here: a
// runner's years of track points can be far larger than memory should hold, so they are read
// one run at a time (RunRepository::samples).
struct AthleteRecord
{
    Athlete athlete;
    QList<Shoe> shoes;
    QList<Run> runs;
    QList<Symptom> symptoms;
    QList<CalfTest> calfTests;
    QList<StrengthSession> strength;
    QList<Clearance> clearances;

    BundleCounts counts() const;
};

Result<AthleteRecord> loadAthleteRecord(Database& db, qint64 athleteId);

// "run of 2024-03-04 06:30" (local start): how a bundle's messages name a run.
QString runLabel(const Run& run);

// The same entry, whatever its id, athlete or links. A symptom entry is what the runner wrote
// (day, place, side, pain, kind, timing, stretch, signs, notes); its acknowledgements and run
// link can change later and do not make it a different entry.
bool sameEntry(const Symptom& a, const Symptom& b);
bool sameEntry(const CalfTest& a, const CalfTest& b);
bool sameEntry(const StrengthSession& a, const StrengthSession& b);
bool sameEntry(const Clearance& a, const Clearance& b);

} // namespace stridewell::core
