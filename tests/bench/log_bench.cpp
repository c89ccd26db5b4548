// The log at scale (issue: foundation, "Speed"): inserting 10,000 runs, listing them, and
// opening a log of 20 years of daily runs up to the first paint of the runs page, against an
// empty log. Run: build/bench/tests/bench/log_bench (see docs/benchmarks.md).
#include "model/run.h"
#include "pages/runs_page.h"
#include "storage/athlete_repository.h"
#include "storage/database.h"
#include "storage/roster_loader.h"
#include "storage/run_repository.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QUndoStack>
#include <benchmark/benchmark.h>

using namespace stridewell;

namespace {

core::Run dailyRun(qint64 athlete, int day)
{
    core::Run run;
    run.athleteId = athlete;
    run.startUtc = QDateTime(QDate(2006, 1, 2).addDays(day), QTime(6, 30), Qt::UTC);
    run.utcOffsetS = 3600;
    run.distance = core::Distance::km(5 + day % 11);
    run.elapsed = core::Duration::seconds(run.distance.inKm() * 330);
    run.avgCadenceSpm = 168 + day % 9;
    run.avgHrBpm = 140 + day % 20;
    run.rpe = 3 + day % 5;
    run.type = day % 7 == 6 ? QStringLiteral("long") : QStringLiteral("easy");
    run.surface = QStringLiteral("road");
    run.source = QStringLiteral("manual");
    return run;
}

// A log file holding `runs` daily runs of one athlete; returns its path.
QString makeLog(const QTemporaryDir& dir, int runs)
{
    const QString path = dir.filePath(QStringLiteral("log-%1.sqlite").arg(runs));
    if (QFileInfo::exists(path))
        return path;
    auto db = core::Database::open(path).value();
    const qint64 athlete = core::AthleteRepository(*db).add(QStringLiteral("Ann")).value().id;
    core::Transaction tx(*db);
    core::RunRepository repo(*db);
    for (int day = 0; day < runs; ++day)
        (void)repo.add(dailyRun(athlete, day));
    (void)tx.commit();
    return path;
}

QTemporaryDir& scratch()
{
    static QTemporaryDir dir;
    return dir;
}

void BM_InsertRuns(benchmark::State& state)
{
    const int n = int(state.range(0));
    static int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = scratch().filePath(QStringLiteral("insert-%1.sqlite").arg(round++));
        auto opened = core::Database::open(path);
        if (!opened) {
            state.SkipWithError(opened.message().toUtf8().constData());
            return;
        }
        auto db = std::move(*opened);
        auto athlete = core::AthleteRepository(*db).add(QStringLiteral("Ann"));
        if (!athlete) {
            state.SkipWithError(athlete.message().toUtf8().constData());
            return;
        }
        state.ResumeTiming();
        core::Transaction tx(*db);
        core::RunRepository repo(*db);
        for (int day = 0; day < n; ++day)
            benchmark::DoNotOptimize(repo.add(dailyRun(athlete->id, day)));
        (void)tx.commit();
    }
    state.SetItemsProcessed(state.iterations() * n);
}
BENCHMARK(BM_InsertRuns)->Arg(10000)->Unit(benchmark::kMillisecond);

void BM_ListRuns(benchmark::State& state)
{
    auto db = core::Database::open(makeLog(scratch(), int(state.range(0)))).value();
    const qint64 athlete = core::AthleteRepository(*db).list().value().front().id;
    core::RunRepository repo(*db);
    for (auto _ : state)
        benchmark::DoNotOptimize(repo.list(athlete).value().size());
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ListRuns)->Arg(10000)->Unit(benchmark::kMillisecond);

// Open the file, build the runs page for the athlete and paint it once, as the window does.
void BM_OpenLogAndPaintRunsPage(benchmark::State& state)
{
    const QString path = makeLog(scratch(), int(state.range(0)));
    for (auto _ : state) {
        auto db = core::Database::open(path).value();
        QUndoStack undo;
        const auto athletes = core::AthleteRepository(*db).list().value();
        ui::RunsPage page(ui::PageContext{*db, &undo, [](const QString&) {}, {}});
        page.resize(1180, 720);
        page.setAthlete(athletes.isEmpty() ? 0 : athletes.front().id);
        benchmark::DoNotOptimize(page.grab());
    }
}
// 0 runs: an empty log (the page shows its empty state); 30: a month; 7,305: twenty years of
// daily runs. The table fetches 200 rows at a time, so only the totals grow with the history.
BENCHMARK(BM_OpenLogAndPaintRunsPage)->Arg(0)->Arg(30)->Arg(7305)->Unit(benchmark::kMillisecond);

// A coach's log: `athletes` runners with two years of daily runs each; the Team page works out
// every athlete's analysis to sort the roster.
void BM_LoadRoster(benchmark::State& state)
{
    const int athletes = int(state.range(0));
    const QString path = scratch().filePath(QStringLiteral("team-%1.sqlite").arg(athletes));
    if (!QFileInfo::exists(path)) {
        auto db = core::Database::open(path).value();
        core::Transaction tx(*db);
        for (int a = 0; a < athletes; ++a) {
            const qint64 id =
                core::AthleteRepository(*db).add(QStringLiteral("Runner %1").arg(a)).value().id;
            for (int day = 0; day < 730; ++day)
                (void)core::RunRepository(*db).add(dailyRun(id, 5479 + day));
        }
        (void)tx.commit();
    }
    auto db = core::Database::open(path).value();
    const QDate asOf = QDate(2006, 1, 2).addDays(5479 + 729);
    for (auto _ : state)
        benchmark::DoNotOptimize(core::loadRoster(*db, asOf).value().size());
}
BENCHMARK(BM_LoadRoster)->Arg(30)->Unit(benchmark::kMillisecond);

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
