#include "storage/analysis_input_loader.h"

#include "storage/analysis_settings_store.h"
#include "storage/calf_test_repository.h"
#include "storage/dated_note_repository.h"
#include "storage/run_repository.h"
#include "storage/shoe_repository.h"
#include "storage/symptom_repository.h"

namespace stridewell::core {

Result<AnalysisInput> loadAnalysisInput(Database& db, qint64 athleteId, QDate asOf,
                                        QStringList* settingsProblems)
{
    AnalysisInput input;
    input.asOf = asOf;
    auto runs = RunRepository(db).list(athleteId);
    if (!runs)
        return runs.error();
    input.runs = std::move(*runs);
    auto symptoms = SymptomRepository(db).list(athleteId);
    if (!symptoms)
        return symptoms.error();
    input.symptoms = std::move(*symptoms);
    auto tests = CalfTestRepository(db).list(athleteId);
    if (!tests)
        return tests.error();
    input.calfTests = std::move(*tests);
    auto shoes = ShoeRepository(db).list(athleteId);
    if (!shoes)
        return shoes.error();
    input.shoes = std::move(*shoes);
    auto clearances = ClearanceRepository(db).list(athleteId);
    if (!clearances)
        return clearances.error();
    input.clearances = std::move(*clearances);
    auto ends = EpisodeEndRepository(db).list(athleteId);
    if (!ends)
        return ends.error();
    input.episodeEnds = std::move(*ends);
    auto settings = loadAnalysisSettings(db, settingsProblems);
    if (!settings)
        return settings.error();
    input.settings = *settings;
    return input;
}

} // namespace stridewell::core
