// Training load analysis over 20 years of daily runs: every series and every flag (issue 3:
// well under 50 ms), and the dashboard's whole recompute on a change. Run:
// build/bench/tests/bench/analysis_bench (see docs/benchmarks.md)
#include "analysis/load_analysis.h"
#include "pages/dashboard_page.h"
#include "storage/analysis_input_loader.h"
#include "storage/athlete_repository.h"
#include "storage/database.h"
#include "storage/run_repository.h"
#include "storage/shoe_repository.h"
#include "storage/symptom_repository.h"

#include <QApplication>
#include <QHash>
#include <QTemporaryDir>
#include <QUndoStack>
#include <benchmark/benchmark.h>

using namespace stridewell::core;
namespace ui = stridewell::ui;

namespace {

// A run every day for 20 years, with the week's shape of a real plan (an easy day, a long
// Sunday, a hard Thursday), RPE, cadence, three pairs of shoes, a symptom every few weeks and a
// calf-raise test a month.
AnalysisInput twentyYears()
{
    AnalysisInput in;
    const QDate first(2005, 1, 3);
    const int days = 20 * 365 + 5;
    in.asOf = first.addDays(days - 1);
    for (int s = 0; s < 3; ++s) {
        Shoe shoe;
        shoe.id = s + 1;
        shoe.name = QStringLiteral("Pair %1").arg(s + 1);
        in.shoes << shoe;
    }
    quint32 seed = 12345;
    auto jitter = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return double(seed >> 8) / double(1u << 24); // 0..1
    };
    for (int d = 0; d < days; ++d) {
        const QDate day = first.addDays(d);
        Run run;
        run.id = d + 1;
        const QDateTime local(day, QTime(7, 0).addSecs(int(jitter() * 3600)), Qt::UTC);
        run.utcOffsetS = day.month() >= 4 && day.month() <= 10 ? 7200 : 3600;
        run.startUtc = local.addSecs(-run.utcOffsetS);
        const double km = day.dayOfWeek() == 7   ? 14 + 6 * jitter()
                          : day.dayOfWeek() == 4 ? 9 + 3 * jitter()
                                                 : 5 + 4 * jitter();
        run.distance = Distance::km(km);
        run.elapsed = Duration::seconds(km * (300 + 60 * jitter()));
        run.rpe = d % 11 == 0 ? std::nullopt : std::optional<int>(3 + int(jitter() * 5));
        run.avgCadenceSpm = 160 + 15 * jitter();
        run.shoeId = 1 + (d / 2400) % 3;
        in.runs << run;
        if (d % 23 == 0) {
            Symptom s;
            s.id = d + 1;
            s.date = day;
            s.pain = int(jitter() * 6);
            if (d % 460 == 0)
                s.redFlags = {RedFlagSign::Swelling};
            in.symptoms << s;
        }
        if (d % 30 == 0)
            in.calfTests << CalfTest{d + 1, 1, day, 20 + int(jitter() * 6), 22, QString(), {}};
    }
    return in;
}

void AnalyseTwentyYearsOfDailyRuns(benchmark::State& state)
{
    const AnalysisInput input = twentyYears();
    std::size_t flags = 0;
    for (auto _ : state) {
        LoadAnalysis a = analyse(input);
        flags = a.flags.size();
        benchmark::DoNotOptimize(a);
    }
    state.counters["runs"] = double(input.runs.size());
    state.counters["flags"] = double(flags);
}
BENCHMARK(AnalyseTwentyYearsOfDailyRuns)->Unit(benchmark::kMillisecond);

void SafeNextRunOverTwentyYears(benchmark::State& state)
{
    const AnalysisInput input = twentyYears();
    for (auto _ : state)
        benchmark::DoNotOptimize(safeNextRun(input.runs, input.asOf, input.settings));
}
BENCHMARK(SafeNextRunOverTwentyYears)->Unit(benchmark::kMillisecond);

// A log file with the twenty years of runs (shoes and all), made once for the benchmarks below.
struct TwentyYearLog
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    qint64 athleteId = 0;
    QDate asOf;

    static TwentyYearLog& get()
    {
        static TwentyYearLog log;
        return log;
    }

private:
    TwentyYearLog()
    {
        db = std::move(Database::open(dir.filePath(QStringLiteral("bench.sqlite"))).value());
        const AnalysisInput generated = twentyYears();
        asOf = generated.asOf;
        Transaction tx(*db);
        athleteId = AthleteRepository(*db).add(QStringLiteral("Bench"))->id;
        QHash<qint64, qint64> shoeIds;
        for (Shoe shoe : generated.shoes) {
            shoe.athleteId = athleteId;
            const qint64 generatedId = shoe.id;
            shoe.id = 0;
            shoeIds.insert(generatedId, ShoeRepository(*db).add(shoe).value());
        }
        for (Run run : generated.runs) {
            run.id = 0;
            run.athleteId = athleteId;
            run.source = QStringLiteral("bench");
            run.shoeId = shoeIds.value(*run.shoeId);
            (void)RunRepository(*db).add(run);
        }
        for (Symptom s : generated.symptoms) {
            s.id = 0;
            s.athleteId = athleteId;
            (void)SymptomRepository(*db).add(s);
        }
        (void)tx.commit();
    }
};

// What the dashboard does on a change: read the athlete's log, then analyse.
void ReadFromTheLogAndAnalyse(benchmark::State& state)
{
    TwentyYearLog& log = TwentyYearLog::get();
    for (auto _ : state) {
        auto input = loadAnalysisInput(*log.db, log.athleteId, log.asOf);
        benchmark::DoNotOptimize(analyse(*input));
    }
}
BENCHMARK(ReadFromTheLogAndAnalyse)->Unit(benchmark::kMillisecond);

// The whole dashboard recompute on a change, then a paint: read, analyse, cards, the four
// charts (6 months, or all 20 years: 7,305 points a line).
void DashboardRecomputeAndPaint(benchmark::State& state)
{
    TwentyYearLog& log = TwentyYearLog::get();
    QUndoStack undo;
    ui::DashboardPage page(ui::PageContext{*log.db, &undo, [](const QString&) {}, {}});
    page.resize(1080, 760);
    page.setRange(ui::DashboardPage::Range(state.range(0)));
    page.setAsOf(log.asOf);
    page.setAthlete(log.athleteId);
    for (auto _ : state) {
        page.reloadNow();
        benchmark::DoNotOptimize(page.grab());
    }
}
BENCHMARK(DashboardRecomputeAndPaint)
    ->Arg(ui::DashboardPage::SixMonths)
    ->Arg(ui::DashboardPage::AllTime)
    ->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
