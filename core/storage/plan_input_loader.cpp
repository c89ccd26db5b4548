#include "storage/plan_input_loader.h"

#include "storage/analysis_input_loader.h"
#include "storage/strength_repository.h"

namespace stridewell::core {

Result<PlanInput> loadPlanInput(Database& db, qint64 athleteId, QDate asOf, AdviceSettings advice)
{
    auto analysis = loadAnalysisInput(db, athleteId, asOf);
    if (!analysis)
        return analysis.error();
    auto strength = StrengthRepository(db).list(athleteId);
    if (!strength)
        return strength.error();
    return PlanInput::from(std::move(*analysis), std::move(*strength), advice);
}

} // namespace stridewell::core
