#include "storage/report_input_loader.h"

#include "storage/analysis_input_loader.h"
#include "storage/athlete_repository.h"
#include "storage/strength_repository.h"

namespace stridewell::core {

Result<ReportInput> loadReportInput(Database& db, qint64 athleteId, ReportPeriod period,
                                    QDate madeOn, AdviceSettings advice,
                                    QStringList* settingsProblems)
{
    auto athlete = AthleteRepository(db).find(athleteId);
    if (!athlete)
        return athlete.error();
    if (!*athlete)
        return fail(QStringLiteral("athlete %1: not in this log").arg(athleteId));
    auto analysis = loadAnalysisInput(db, athleteId, period.to, settingsProblems);
    if (!analysis)
        return analysis.error();
    auto strength = StrengthRepository(db).list(athleteId);
    if (!strength)
        return strength.error();
    return ReportInput{**athlete, period, madeOn,
                       PlanInput::from(std::move(*analysis), std::move(*strength), advice)};
}

} // namespace stridewell::core
