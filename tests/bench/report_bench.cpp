// The clinician report for a year of training (issue 6: "a one-year report must be written in
// well under 2 seconds"): read from the log, assembled, laid out with its four charts and
// written as a PDF. Run: build/bench/tests/bench/report_bench (see docs/benchmarks.md).
#include "report/clinician_report.h"
#include "report/report_assembler.h"
#include "storage/athlete_repository.h"
#include "storage/calf_test_repository.h"
#include "storage/database.h"
#include "storage/report_input_loader.h"
#include "storage/run_repository.h"
#include "storage/shoe_repository.h"
#include "storage/strength_repository.h"
#include "storage/symptom_repository.h"
#include "translations.h"

#include <QApplication>
#include <QBuffer>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace stridewell;

namespace {

const QDate kFirst(2023, 7, 3); // a Monday
const QDate kLast = kFirst.addDays(52 * 7 - 1);

// A year of a keen runner's log: six runs a week (a long Sunday, a hard Thursday) with cadence,
// heart rate, RPE and a note now and then, two pairs of shoes, calf pain in two spells (one
// with a red flag), a calf-raise test a month and strength work twice a week.
struct YearLog
{
    QTemporaryDir dir;
    std::unique_ptr<core::Database> db;
    qint64 athlete = 0;

    YearLog()
    {
        db = core::Database::open(dir.filePath(QStringLiteral("year.sqlite"))).value();
        core::Transaction tx(*db);
        athlete = core::AthleteRepository(*db).add(QStringLiteral("Sam"))->id;
        qint64 shoes[2] = {};
        for (int s = 0; s < 2; ++s) {
            core::Shoe shoe;
            shoe.athleteId = athlete;
            shoe.name = QStringLiteral("Pair %1").arg(s + 1);
            shoes[s] = *core::ShoeRepository(*db).add(shoe);
        }
        core::RunRepository runs(*db);
        quint32 seed = 7;
        auto jitter = [&seed] {
            seed = seed * 1664525u + 1013904223u;
            return double(seed >> 8) / double(1u << 24);
        };
        for (QDate day = kFirst; day <= kLast; day = day.addDays(1)) {
            if (day.dayOfWeek() == 5)
                continue; // rest on Fridays
            core::Run r;
            r.athleteId = athlete;
            r.utcOffsetS = 3600;
            r.startUtc = QDateTime(day, QTime(6, 0), Qt::UTC);
            const double km = day.dayOfWeek() == 7 ? 16 + 6 * jitter() : 6 + 4 * jitter();
            r.distance = core::Distance::km(km);
            r.elapsed = core::Duration::seconds(km * (290 + 40 * jitter()));
            r.avgCadenceSpm = 162 + 12 * jitter();
            r.avgHrBpm = 140 + 20 * jitter();
            r.rpe = 3 + int(5 * jitter());
            r.shoeId = shoes[day < kFirst.addDays(180) ? 0 : 1];
            if (day.day() == 1)
                r.notes = QStringLiteral("Hilly route, felt strong on the climbs.");
            r.source = QStringLiteral("manual");
            (void)runs.add(r);
        }
        core::SymptomRepository symptoms(*db);
        for (int d = 0; d < 40; d += 2) {
            core::Symptom s;
            s.athleteId = athlete;
            s.date = kFirst.addDays(d < 20 ? 90 + d : 250 + d);
            s.location =
                d < 20 ? core::BodyLocation::CalfMedialLower : core::BodyLocation::Achilles;
            s.side = d % 4 ? core::Side::Left : core::Side::Right;
            s.pain = 2 + d % 5;
            s.type = core::SymptomType::Ache;
            s.timing = core::SymptomTiming::After;
            s.stretch = core::StretchTest::Bent;
            s.notes = QStringLiteral("Sore after the long run.");
            if (d == 30)
                s.redFlags = {core::RedFlagSign::Swelling};
            (void)symptoms.add(s);
        }
        for (int m = 0; m < 12; ++m)
            (void)core::CalfTestRepository(*db).add(core::CalfTest{
                0, athlete, kFirst.addDays(30 * m + 2), 20 + m % 4, 24, QString(), {}});
        for (QDate day = kFirst; day <= kLast; day = day.addDays(1))
            if (day.dayOfWeek() == 2 || day.dayOfWeek() == 5)
                (void)core::StrengthRepository(*db).add(core::StrengthSession{
                    0, athlete, day, QStringLiteral("calf_strength"), 1, QString()});
        (void)tx.commit();
    }

    core::ReportContent content() const
    {
        auto input = core::loadReportInput(*db, athlete, core::ReportPeriod{kFirst, kLast},
                                           kLast.addDays(1));
        return core::assembleReport(*input);
    }
};

YearLog& yearLog()
{
    static YearLog log;
    return log;
}

// Reading the log and assembling what the report holds (core only).
void BM_ReadAndAssembleAYear(benchmark::State& state)
{
    YearLog& log = yearLog();
    for (auto _ : state)
        benchmark::DoNotOptimize(log.content());
}
BENCHMARK(BM_ReadAndAssembleAYear)->Unit(benchmark::kMillisecond);

// Building the sections and charts and laying them out on pages.
void BM_LayOutAYear(benchmark::State& state)
{
    const core::ReportContent content = yearLog().content();
    int pages = 0;
    for (auto _ : state) {
        ui::ClinicianReport report(content, {});
        pages = report.pageCount();
    }
    state.counters["pages"] = pages;
}
BENCHMARK(BM_LayOutAYear)->Unit(benchmark::kMillisecond);

// The whole report command's work: read, assemble, lay out, write the PDF.
void BM_WriteAYearReport(benchmark::State& state)
{
    YearLog& log = yearLog();
    qint64 bytes = 0;
    int pages = 0;
    for (auto _ : state) {
        QBuffer pdf;
        pdf.open(QIODevice::WriteOnly);
        ui::ClinicianReport report(log.content(), {});
        if (core::Status ok = report.writePdf(&pdf); !ok)
            state.SkipWithError(ok.message().toUtf8().constData());
        bytes = pdf.size();
        pages = report.pageCount();
    }
    state.counters["pages"] = pages;
    state.counters["kB"] = double(bytes) / 1024.0;
}
BENCHMARK(BM_WriteAYearReport)->Unit(benchmark::kMillisecond);

// One page of the preview at the Reports page's size.
void BM_PreviewAPage(benchmark::State& state)
{
    const ui::ClinicianReport report(yearLog().content(), {});
    for (auto _ : state)
        benchmark::DoNotOptimize(report.pageImage(1, 420));
}
BENCHMARK(BM_PreviewAPage)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ui::installTranslations();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
