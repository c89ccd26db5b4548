#pragma once

// The demo athlete (and emptier ones) as clinician reports, for the report tests.
#include "demo/demo_history.h"
#include "report/clinician_report.h"
#include "report/report_assembler.h"
#include "storage/athlete_repository.h"
#include "storage/report_input_loader.h"
#include "storage/run_repository.h"
#include "support/test_support.h"

#include <memory>

namespace stridewell::test {

// The demo story ends on Sunday 30 June 2024; its default report covers the 12 weeks from
// Monday 8 April, with the half marathon on Sunday 12 May in the week of 6 May.
inline const QDate kDemoEnd(2024, 6, 30);

inline std::unique_ptr<ui::ClinicianReport> reportFor(core::Database& db, qint64 athlete,
                                                      ui::ReportOptions options = {},
                                                      std::optional<QDate> from = std::nullopt,
                                                      QDate to = kDemoEnd)
{
    const core::ReportPeriod period =
        core::ReportPeriod::resolve(from, to, to, core::WeekStart::Monday);
    core::AdviceSettings advice;
    advice.miles = options.unit == ui::DistanceUnit::Mi;
    auto input = core::loadReportInput(db, athlete, period, QDate(2024, 7, 1), advice);
    EXPECT_TRUE(input.ok()) << (input.ok() ? "" : input.message().toStdString());
    return std::make_unique<ui::ClinicianReport>(core::assembleReport(*input), options);
}

inline qint64 demoAthlete(core::Database& db)
{
    auto id = core::installDemo(db, QStringLiteral("Alex (demo)"), kDemoEnd);
    EXPECT_TRUE(id.ok());
    return id.value_or(0);
}

// Runs only: three easy weeks, no symptom, no calf test, no strength work.
inline qint64 runsOnlyAthlete(core::Database& db)
{
    const qint64 id = core::AthleteRepository(db).add(QStringLiteral("Robin")).value().id;
    core::RunRepository runs(db);
    for (int d = 0; d < 21; d += 2) {
        core::Run r;
        r.athleteId = id;
        const QDateTime local(QDate(2024, 6, 10).addDays(d), QTime(7, 0), Qt::UTC);
        r.utcOffsetS = 7200;
        r.startUtc = local.addSecs(-r.utcOffsetS);
        r.distance = core::Distance::km(6);
        r.elapsed = core::Duration::minutes(36);
        r.avgCadenceSpm = 170;
        r.source = QStringLiteral("manual");
        EXPECT_TRUE(runs.add(r).ok());
    }
    return id;
}

} // namespace stridewell::test
