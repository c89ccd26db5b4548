// How fast importing is: the XML parser choice (QXmlStreamReader vs pugixml in place, on the
// same ~30 MB GPX), each reader on its own, and a bulk import of 1,000 one-hour runs.
//   cmake --preset bench && cmake --build --preset bench && build/bench/tests/bench/import_bench
// Set STRIDEWELL_BENCH_GPX to a large GPX (tests/bench/compare_tools.sh makes one); without it
// a synthetic 30 MB file is used.
#include "import/file_formats.h"
#include "import/import_plan.h"
#include "import/import_service.h"
#include "storage/athlete_repository.h"
#include "storage/database.h"
#include "support/activity_fixtures.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <benchmark/benchmark.h>
#include <pugixml.hpp>

using namespace stridewell;

namespace {

const QDateTime kStart(QDate(2023, 1, 2), QTime(6, 0), Qt::UTC);

const QByteArray& bigGpx()
{
    static const QByteArray data = [] {
        const QByteArray path = qgetenv("STRIDEWELL_BENCH_GPX");
        if (!path.isEmpty()) {
            QFile f(QString::fromLocal8Bit(path));
            if (f.open(QIODevice::ReadOnly))
                return f.readAll();
        }
        return test::gpxActivity(kStart, 120000); // ~30 MB, 120,000 points
    }();
    return data;
}

void QXmlStreamReaderGpx(benchmark::State& state)
{
    const QByteArray& data = bigGpx();
    for (auto _ : state) {
        QXmlStreamReader xml(data);
        qint64 points = 0;
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement &&
                xml.name() == QLatin1String("trkpt")) {
                ++points;
                benchmark::DoNotOptimize(xml.attributes().value(QLatin1String("lat")));
            }
        benchmark::DoNotOptimize(points);
    }
    state.SetBytesProcessed(qint64(state.iterations()) * data.size());
}
BENCHMARK(QXmlStreamReaderGpx)->Unit(benchmark::kMillisecond)->Iterations(3);

void PugixmlInSituGpx(benchmark::State& state)
{
    const QByteArray& data = bigGpx();
    for (auto _ : state) {
        QByteArray copy = data;
        copy.detach();
        pugi::xml_document doc;
        doc.load_buffer_inplace(copy.data(), std::size_t(copy.size()));
        qint64 points = 0;
        for (pugi::xml_node trk : doc.document_element().children("trk"))
            for (pugi::xml_node seg : trk.children("trkseg"))
                for (pugi::xml_node pt : seg.children("trkpt")) {
                    ++points;
                    benchmark::DoNotOptimize(pt.attribute("lat").value());
                }
        benchmark::DoNotOptimize(points);
    }
    state.SetBytesProcessed(qint64(state.iterations()) * data.size());
}
BENCHMARK(PugixmlInSituGpx)->Unit(benchmark::kMillisecond)->Iterations(3);

void ReadGpx(benchmark::State& state)
{
    const QByteArray& data = bigGpx();
    for (auto _ : state) {
        auto parsed = core::readActivityFile(data, QStringLiteral("big.gpx"), {});
        benchmark::DoNotOptimize(parsed);
    }
    state.SetBytesProcessed(qint64(state.iterations()) * data.size());
}
BENCHMARK(ReadGpx)->Unit(benchmark::kMillisecond)->Iterations(3);

void ReadFitOneHour(benchmark::State& state)
{
    const QByteArray data = test::fitActivity(kStart, 3600);
    for (auto _ : state) {
        auto parsed = core::readActivityFile(data, QStringLiteral("run.fit"), {});
        benchmark::DoNotOptimize(parsed);
    }
    state.SetBytesProcessed(qint64(state.iterations()) * data.size());
}
BENCHMARK(ReadFitOneHour)->Unit(benchmark::kMicrosecond);

// 1,000 one-hour FIT runs (3,601 records each) from a folder into a fresh log: parse, dedupe,
// one transaction per file, samples stored.
void BulkImportThousandHourRuns(benchmark::State& state)
{
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(QStringLiteral("runs")));
    for (int i = 0; i < 1000; ++i) {
        QFile f(dir.filePath(QStringLiteral("runs/%1.fit").arg(i, 4, 10, QLatin1Char('0'))));
        f.open(QIODevice::WriteOnly);
        f.write(test::fitActivity(kStart.addDays(i), 3600, 2.8 + (i % 7) * 0.1));
    }
    int round = 0;
    for (auto _ : state) {
        auto db = core::Database::open(dir.filePath(QStringLiteral("log%1.sqlite").arg(round++)));
        const qint64 athlete = core::AthleteRepository(**db).add(QStringLiteral("Bench"))->id;
        core::ImportService service(**db);
        core::ImportOptions options;
        options.athleteId = athlete;
        int imported = 0;
        for (const core::ImportItem& item :
             core::ImportPlan::expand({dir.filePath(QStringLiteral("runs"))}))
            imported += service.importItem(item, options).imported;
        if (imported != 1000)
            state.SkipWithError("not every run was imported");
        state.counters["runs"] = imported;
    }
}
BENCHMARK(BulkImportThousandHourRuns)->Unit(benchmark::kSecond)->Iterations(1);

} // namespace

BENCHMARK_MAIN();
