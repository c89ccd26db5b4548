#pragma once

#include "model/calf_test.h"
#include "model/run.h"
#include "model/shoe.h"
#include "model/strength_session.h"
#include "model/symptom.h"
#include "result.h"

#include <QList>

namespace stridewell::core {

class Database;

// A deterministic 20-week story, ending on `endDate`: a runner builds up, runs a half marathon
// on top of a big week (week 13 of 20), gets inner-calf (soleus-pattern) pain on the left,
// does soleus and calf strength work, and rebuilds. Cadence, RPE, heart rate, two pairs of
// shoes and calf-raise tests are all there, so every screen has something real to show.
struct DemoHistory
{
    QList<Shoe> shoes; // ids unset; runs refer to shoes by name
    QList<Run> runs;
    QList<Symptom> symptoms;
    QList<CalfTest> calfTests;
    QList<StrengthSession> strength;

    static constexpr int kWeeks = 20;
    static DemoHistory build(QDate endDate);
};

// Adds an athlete with the demo history in one transaction. Fails (and writes nothing) when
// an athlete of that name exists.
Result<qint64> installDemo(Database& db, const QString& athleteName, QDate endDate);

} // namespace stridewell::core
