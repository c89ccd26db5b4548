// Stridewell's readers against independent decoders on real files: the MIT-licensed
// fitparse__* samples are committed in tests/data/samples, so every clone compares them; the
// others may not be shipped and are read from ../shared/samples, and their tests skip without
// it. tests/data/reference/reference.json comes from Garmin's FIT SDK (@garmin/fitsdk) and from
// Debian's gpsbabel, produced by make_reference.mjs beside it.
//
// Tolerances, and why:
// - FIT distance 0.01 m, elapsed/timer 0.001 s, points, laps, HR exact: both read the same
//   session fields; a difference would be a decoding error, not rounding. Points: Stridewell
//   drops records whose time goes backwards (2 in the fenix2 multisport file), the SDK does
//   not; the difference must be exactly what the notes report.
// - FIT cadence 0.01 steps/min: 2 x (avg_cadence + avg_fractional_cadence / 128).
// - GPX/TCX track distance 0.5%: gpsbabel's unicsv prints 6 decimals (~0.1 m), and the
//   reference sums great-circle steps over those rounded positions; Stridewell reads the
//   file's full precision.
// - GPX/TCX elapsed 1 s, start to the second, points with a position exact, mean HR and
//   cadence 0.01 over the points that have a position (gpsbabel drops the others).
//
// Where Stridewell and a reference disagree on purpose (kDisagreements below):
// - fitparse__compressed-speed-distance.fit: the JS SDK refuses compressed-timestamp headers
//   ("not currently supported"); Stridewell reads them (its own fixtures test the arithmetic).
// - fitparse__activity-settings-corruptheader.fit: the SDK stops at the corrupt second header
//   of the chain; Stridewell keeps the complete first file and notes the ignored bytes.
// - togeojson__bad.gpx: gpsbabel reads lat="undefined" as 0; Stridewell drops such points,
//   and with no usable point left rejects the file.
// - togeojson__bad.tcx: gpsbabel returns no points (its 0,0 and a time going backwards);
//   Stridewell keeps the trackpoints without their 0,0 positions.
// - gpsbabel__course.tcx: a Course is a planned route: gpsbabel reads its points, Stridewell
//   skips it as not an activity.
#include "import/activity_summary.h"
#include "import/file_formats.h"
#include "support/test_support.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <map>

using namespace stridewell;
using namespace stridewell::core;

namespace {

const std::map<QString, const char*> kDisagreements = {
    {QStringLiteral("fitparse__compressed-speed-distance.fit"), "SDK lacks compressed timestamps"},
    {QStringLiteral("fitparse__activity-settings-corruptheader.fit"), "first file kept"},
    {QStringLiteral("togeojson__bad.gpx"), "gpsbabel reads 'undefined' as 0"},
    {QStringLiteral("togeojson__bad.tcx"), "gpsbabel returns no points"},
    {QStringLiteral("gpsbabel__course.tcx"), "a course is not an activity"},
};

QJsonObject reference()
{
    const QByteArray json =
        test::readFile(QStringLiteral(STRIDEWELL_TEST_DATA "/reference/reference.json"));
    return QJsonDocument::fromJson(json).object();
}

bool committed(const QString& name)
{
    return name.startsWith(QLatin1String("fitparse__"));
}

bool sharedSamplesPresent()
{
    return QDir(QStringLiteral(STRIDEWELL_SAMPLES)).exists();
}

Result<ParsedFile> readSample(const QString& name)
{
    const QString dir = committed(name) ? QStringLiteral(STRIDEWELL_TEST_DATA "/samples")
                                        : QStringLiteral(STRIDEWELL_SAMPLES);
    const QString path = dir + QLatin1Char('/') + name;
    // A missing file would read as empty and be "rejected", like the malformed ones.
    EXPECT_TRUE(QFileInfo::exists(path)) << path.toStdString();
    return readActivityFile(test::readFile(path), name, {});
}

bool doubled(const ParsedActivity& a)
{
    return a.notes.contains(QLatin1String("Cadence doubled"));
}

QString sportId(const QString& fitSdkSport)
{
    if (fitSdkSport == QLatin1String("running") || fitSdkSport == QLatin1String("generic"))
        return QStringLiteral("running");
    if (fitSdkSport == QLatin1String("cycling") || fitSdkSport == QLatin1String("walking") ||
        fitSdkSport == QLatin1String("hiking") || fitSdkSport == QLatin1String("swimming"))
        return fitSdkSport;
    return QStringLiteral("other");
}

// Compares the FIT files of the reference that are committed (or those that are not) with the
// SDK's sessions; `compared` counts the sessions.
void compareFitWithTheSdk(bool committedFiles, int& compared)
{
    const QJsonObject ref = reference();
    for (auto it = ref.begin(); it != ref.end(); ++it) {
        const QString name = it.key();
        if (!name.endsWith(QLatin1String(".fit")) || kDisagreements.count(name) ||
            committed(name) != committedFiles)
            continue;
        SCOPED_TRACE(name.toStdString());
        const QJsonObject sdk = it.value().toObject();
        auto parsed = readSample(name);
        if (sdk.contains(QLatin1String("error"))) {
            // The SDK's integrity check failed: Stridewell rejects the file too (unless told
            // to salvage it).
            EXPECT_FALSE(parsed) << "accepted; the SDK says: "
                                 << sdk[QLatin1String("error")].toString().toStdString();
            continue;
        }
        ASSERT_TRUE(parsed) << parsed.message().toStdString();
        qint64 backwards = 0;
        for (const QString& note : parsed->notes)
            if (note.endsWith(QLatin1String(" points whose time went backwards")))
                backwards += note.section(QLatin1Char(' '), 1, 1).toLongLong();
        const QJsonArray sessions = sdk[QLatin1String("activities")].toArray();
        ASSERT_EQ(parsed->activities.size(), std::size_t(sessions.size()));
        for (int i = 0; i < sessions.size(); ++i) {
            SCOPED_TRACE("session " + std::to_string(i + 1));
            const QJsonObject s = sessions[i].toObject();
            const ParsedActivity& a = parsed->activities[std::size_t(i)];
            EXPECT_EQ(a.start.toUTC().toString(Qt::ISODate), s[QLatin1String("start")].toString());
            // A generic leg of a multisport file is not taken as the run (see the reader).
            const QString sdkSport = s[QLatin1String("sport")].toString();
            if (sessions.size() == 1 || sdkSport != QLatin1String("generic")) {
                const bool onFoot = isRunning(a.sport);
                EXPECT_EQ(onFoot ? QStringLiteral("running") : toId(a.sport), sportId(sdkSport));
            }
            EXPECT_NEAR(a.distance.inMetres(), s[QLatin1String("distance_m")].toDouble(), 0.01);
            EXPECT_NEAR(a.elapsed.value_or(Duration()).inSeconds(),
                        s[QLatin1String("elapsed_s")].toDouble(), 0.001);
            ASSERT_TRUE(a.timer);
            EXPECT_NEAR(a.timer->inSeconds(), s[QLatin1String("timer_s")].toDouble(), 0.001);
            // Stridewell drops records whose time goes backwards (the SDK keeps them): the
            // counts may differ by exactly those, which the notes name.
            const qint64 missing =
                s[QLatin1String("points")].toInteger() - qint64(a.samples.size());
            EXPECT_GE(missing, 0);
            EXPECT_LE(missing, backwards);
            EXPECT_EQ(a.laps, s[QLatin1String("laps")].toInt());
            if (!s[QLatin1String("avg_hr_bpm")].isNull()) {
                ASSERT_TRUE(a.avgHrBpm);
                EXPECT_DOUBLE_EQ(*a.avgHrBpm, s[QLatin1String("avg_hr_bpm")].toDouble());
            }
            if (!s[QLatin1String("avg_cadence_spm")].isNull()) {
                ASSERT_TRUE(a.avgCadenceSpm);
                EXPECT_NEAR(*a.avgCadenceSpm / (doubled(a) ? 2 : 1),
                            s[QLatin1String("avg_cadence_spm")].toDouble(), 0.01);
            }
            ++compared;
        }
    }
}

} // namespace

TEST(Conformance, CommittedFitSessionsAgreeWithTheGarminFitSdk)
{
    int compared = 0;
    compareFitWithTheSdk(true, compared);
    EXPECT_GE(compared, 16);
}

TEST(Conformance, SharedFitSessionsAgreeWithTheGarminFitSdk)
{
    if (!sharedSamplesPresent())
        GTEST_SKIP() << test::kNeedsSharedSamples;
    int compared = 0;
    compareFitWithTheSdk(false, compared);
    EXPECT_GE(compared, 11);
}

TEST(Conformance, GpxAndTcxTracksAgreeWithGpsbabel)
{
    if (!sharedSamplesPresent())
        GTEST_SKIP() << test::kNeedsSharedSamples;
    const QJsonObject ref = reference();
    int compared = 0;
    for (auto it = ref.begin(); it != ref.end(); ++it) {
        const QString name = it.key();
        if (name.endsWith(QLatin1String(".fit")) || kDisagreements.count(name))
            continue;
        SCOPED_TRACE(name.toStdString());
        const QJsonArray tracks = it.value().toObject()[QLatin1String("activities")].toArray();
        auto parsed = readSample(name);
        if (tracks.isEmpty()) {
            EXPECT_FALSE(parsed) << "gpsbabel found no track, Stridewell did";
            continue;
        }
        ASSERT_TRUE(parsed) << parsed.message().toStdString();
        ASSERT_FALSE(parsed->activities.empty());
        const QJsonObject g = tracks[0].toObject();
        // All points of the file in order, as gpsbabel's unicsv lists them.
        SampleList all;
        double first = 1e300, last = -1e300, hrSum = 0, cadSum = 0;
        int hrN = 0, cadN = 0;
        bool onFoot = true;
        for (const ParsedActivity& a : parsed->activities) {
            onFoot = onFoot && (isRunning(a.sport) || a.sport == Sport::Walking);
            const double start = a.start.toMSecsSinceEpoch() / 1000.0;
            for (const Sample& s : a.samples) {
                if (!Sample::has(s.lat))
                    continue;
                all.push_back(s);
                if (Sample::has(s.timeS)) {
                    first = std::min(first, start + s.timeS);
                    last = std::max(last, start + s.timeS);
                }
                if (Sample::has(s.hrBpm) && s.hrBpm > 0)
                    hrSum += s.hrBpm, ++hrN;
                if (Sample::has(s.cadenceSpm) && s.cadenceSpm > 0)
                    cadSum += s.cadenceSpm / (doubled(a) ? 2 : 1), ++cadN;
            }
        }
        EXPECT_EQ(qint64(all.size()), g[QLatin1String("points_with_position")].toInteger());
        const double distance = g[QLatin1String("track_distance_m")].toDouble();
        EXPECT_NEAR(activity::trackDistanceM(all), distance, 0.005 * distance + 0.5);
        if (!g[QLatin1String("elapsed_s")].isNull() && last >= first) {
            EXPECT_NEAR(last - first, g[QLatin1String("elapsed_s")].toDouble(), 1.0);
            EXPECT_EQ(QDateTime::fromSecsSinceEpoch(qint64(std::floor(first + 1e-6)), Qt::UTC)
                          .toString(Qt::ISODate),
                      g[QLatin1String("start")].toString());
        }
        if (!g[QLatin1String("avg_hr_bpm")].isNull()) {
            ASSERT_GT(hrN, 0);
            EXPECT_NEAR(hrSum / hrN, g[QLatin1String("avg_hr_bpm")].toDouble(), 0.01);
        }
        if (!g[QLatin1String("mean_cadence")].isNull() && onFoot) {
            ASSERT_GT(cadN, 0);
            EXPECT_NEAR(cadSum / cadN, g[QLatin1String("mean_cadence")].toDouble(), 0.01);
        }
        ++compared;
    }
    EXPECT_GE(compared, 10);
}
