#include "storage/roster_loader.h"

#include "storage/analysis_input_loader.h"
#include "storage/athlete_repository.h"

namespace stridewell::core {

Result<QList<RosterEntry>> loadRoster(Database& db, QDate asOf)
{
    auto athletes = AthleteRepository(db).list();
    if (!athletes)
        return athletes.error();
    QList<RosterEntry> roster;
    for (const Athlete& athlete : *athletes) {
        auto input = loadAnalysisInput(db, athlete.id, asOf);
        if (!input)
            return input.error();
        roster.append(summariseAthlete(athlete, *input, analyse(*input)));
    }
    sortByConcern(roster);
    return roster;
}

} // namespace stridewell::core
