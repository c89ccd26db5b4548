// The FIT reader against exact fixtures made by tests/support/fit_encoder.h.
#include "import/fit_reader.h"
#include "support/fit_encoder.h"

#include <QRandomGenerator>
#include <gtest/gtest.h>

using namespace stridewell;
using namespace stridewell::core;
using test::FitEncoder;

namespace {

const QDateTime kStart(QDate(2024, 3, 4), QTime(7, 0), Qt::UTC);

struct RunSpec
{
    int seconds = 600;
    double speed = 3.0;  // m/s
    int cadence = 85;    // strides/min as FIT stores it
    int fractional = 64; // /128 -> 0.5
    int hr = 150;
    bool bigEndian = false;
    bool compressed = false;
    bool developerFields = false;
    int sport = 1, subSport = 0;
    bool session = true;
    int headerSize = 14;
};

void fileId(FitEncoder& e, int type = 4)
{
    e.define(0, 0,
             {{0, 1, FitEncoder::kEnum}, {1, 2, FitEncoder::kUint16}, {4, 4, FitEncoder::kUint32}});
    e.data(0, {type, 1, FitEncoder::fitTime(kStart)});
}

void timerEvent(FitEncoder& e, std::uint32_t t, int type)
{
    e.define(2, 21,
             {{253, 4, FitEncoder::kUint32}, {0, 1, FitEncoder::kEnum}, {1, 1, FitEncoder::kEnum}});
    e.data(2, {t, 0, type});
}

void records(FitEncoder& e, const RunSpec& r, std::uint32_t t0, double distance0 = 0)
{
    std::vector<FitEncoder::Field> fields = {
        {0, 4, FitEncoder::kSint32}, {1, 4, FitEncoder::kSint32}, {2, 2, FitEncoder::kUint16},
        {3, 1, FitEncoder::kUint8},  {4, 1, FitEncoder::kUint8},  {5, 4, FitEncoder::kUint32},
        {6, 2, FitEncoder::kUint16}, {53, 1, FitEncoder::kUint8}};
    if (!r.compressed)
        fields.insert(fields.begin(), {253, 4, FitEncoder::kUint32});
    std::vector<FitEncoder::DevField> dev;
    if (r.developerFields)
        dev = {{0, 4, 0}, {1, 2, 0}};
    e.define(1, 20, fields, r.bigEndian, dev);
    if (r.compressed) { // a full timestamp first, in a message of its own
        e.define(
            3, 21,
            {{253, 4, FitEncoder::kUint32}, {0, 1, FitEncoder::kEnum}, {1, 1, FitEncoder::kEnum}},
            r.bigEndian);
        e.data(3, {t0, 0, 0});
    }
    for (int i = 0; i <= r.seconds; ++i) {
        const double d = distance0 + r.speed * i;
        const double lat = 52.5 + d / 111195.0;
        std::vector<std::int64_t> v = {FitEncoder::semicircles(lat),
                                       FitEncoder::semicircles(13.4),
                                       std::int64_t(std::lround((40 + i * 0.05 + 500) * 5)),
                                       r.hr,
                                       r.cadence,
                                       std::int64_t(std::lround(d * 100)),
                                       std::int64_t(std::lround(r.speed * 1000)),
                                       r.fractional};
        if (r.compressed)
            e.compressed(1, t0 + std::uint32_t(i), v);
        else {
            v.insert(v.begin(), t0 + std::uint32_t(i));
            e.data(1, v, r.developerFields ? QByteArray("\x01\x02\x03\x04\x05\x06", 6) : "");
        }
    }
}

void session(FitEncoder& e, const RunSpec& r, std::uint32_t t0)
{
    e.define(4, 18,
             {{253, 4, FitEncoder::kUint32},
              {2, 4, FitEncoder::kUint32},
              {5, 1, FitEncoder::kEnum},
              {6, 1, FitEncoder::kEnum},
              {7, 4, FitEncoder::kUint32},
              {8, 4, FitEncoder::kUint32},
              {9, 4, FitEncoder::kUint32},
              {16, 1, FitEncoder::kUint8},
              {18, 1, FitEncoder::kUint8},
              {22, 2, FitEncoder::kUint16},
              {26, 2, FitEncoder::kUint16},
              {92, 1, FitEncoder::kUint8}},
             r.bigEndian);
    e.data(4, {t0 + std::uint32_t(r.seconds), t0, r.sport, r.subSport, r.seconds * 1000,
               r.seconds * 1000, std::int64_t(std::lround(r.speed * r.seconds * 100)), r.hr,
               r.cadence, 30, 1, r.fractional});
}

QByteArray runFile(const RunSpec& r = {})
{
    FitEncoder e;
    fileId(e);
    const std::uint32_t t0 = FitEncoder::fitTime(kStart);
    timerEvent(e, t0, 0);
    records(e, r, t0);
    timerEvent(e, t0 + std::uint32_t(r.seconds), 4);
    e.define(5, 19, {{253, 4, FitEncoder::kUint32}, {2, 4, FitEncoder::kUint32}});
    e.data(5, {t0 + std::uint32_t(r.seconds), t0});
    if (r.session)
        session(e, r, t0);
    e.define(6, 34, {{253, 4, FitEncoder::kUint32}, {5, 4, FitEncoder::kUint32}});
    e.data(6, {t0 + std::uint32_t(r.seconds), t0 + std::uint32_t(r.seconds) + 3600});
    return e.file(r.headerSize);
}

Result<ParsedFile> readFit(const QByteArray& data, bool salvage = false)
{
    ReadOptions options;
    options.salvage = salvage;
    return fit::read(data, QStringLiteral("watch.fit"), options);
}

void expectError(const QByteArray& data, const char* part)
{
    auto parsed = readFit(data);
    ASSERT_FALSE(parsed) << "accepted";
    EXPECT_TRUE(parsed.message().startsWith(QStringLiteral("watch.fit: ")))
        << parsed.message().toStdString();
    EXPECT_TRUE(parsed.message().contains(QLatin1String(part)))
        << parsed.message().toStdString() << "\nwanted: " << part;
}

} // namespace

TEST(FitReader, ReadsARunExactly)
{
    auto parsed = readFit(runFile());
    ASSERT_TRUE(parsed) << parsed.message().toStdString();
    EXPECT_EQ(parsed->format, QStringLiteral("fit"));
    ASSERT_EQ(parsed->activities.size(), 1u);
    const ParsedActivity& a = parsed->activities[0];
    EXPECT_EQ(a.sport, Sport::Running);
    EXPECT_EQ(a.start.toUTC(), kStart);
    EXPECT_EQ(a.start.offsetFromUtc(), 3600); // from activity.local_timestamp
    EXPECT_DOUBLE_EQ(a.distance.inMetres(), 1800);
    EXPECT_DOUBLE_EQ(a.elapsed.value_or(Duration()).inSeconds(), 600);
    ASSERT_TRUE(a.timer);
    EXPECT_DOUBLE_EQ(a.timer->inSeconds(), 600);
    ASSERT_TRUE(a.avgCadenceSpm);
    EXPECT_DOUBLE_EQ(*a.avgCadenceSpm, 171); // 2 x (85 + 64/128)
    EXPECT_EQ(a.avgHrBpm, 150);
    EXPECT_EQ(a.elevationGainM, 30);
    EXPECT_EQ(a.laps, 1);
    ASSERT_EQ(a.samples.size(), 601u);
    const Sample& s = a.samples[300];
    EXPECT_DOUBLE_EQ(s.timeS, 300);
    EXPECT_NEAR(s.distanceM, 900, 1e-9);
    EXPECT_NEAR(s.lat, 52.5 + 900 / 111195.0, 1e-6);
    EXPECT_NEAR(s.lon, 13.4, 1e-6);
    EXPECT_NEAR(s.altitudeM, 55, 0.2);
    EXPECT_DOUBLE_EQ(s.hrBpm, 150);
    EXPECT_DOUBLE_EQ(s.cadenceSpm, 171);
    EXPECT_DOUBLE_EQ(s.speedMps, 3.0);
    EXPECT_TRUE(parsed->notes.isEmpty()) << parsed->notes.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(a.notes.isEmpty());
}

TEST(FitReader, HeaderSizeByteOrderCompressedTimesAndDeveloperFieldsReadTheSame)
{
    const ParsedActivity reference = readFit(runFile())->activities[0];
    for (RunSpec spec :
         {RunSpec{.headerSize = 12}, RunSpec{.bigEndian = true}, RunSpec{.compressed = true},
          RunSpec{.developerFields = true}, RunSpec{.bigEndian = true, .compressed = true}}) {
        spec.seconds = 600;
        auto parsed = readFit(runFile(spec));
        ASSERT_TRUE(parsed) << parsed.message().toStdString();
        const ParsedActivity& a = parsed->activities.at(0);
        EXPECT_EQ(a.start, reference.start);
        EXPECT_EQ(a.distance, reference.distance);
        EXPECT_EQ(a.avgCadenceSpm, reference.avgCadenceSpm);
        ASSERT_EQ(a.samples.size(), reference.samples.size());
        for (std::size_t i = 0; i < a.samples.size(); i += 97) {
            EXPECT_EQ(a.samples[i].timeS, reference.samples[i].timeS) << i;
            EXPECT_EQ(a.samples[i].distanceM, reference.samples[i].distanceM) << i;
            EXPECT_EQ(a.samples[i].lat, reference.samples[i].lat) << i;
            EXPECT_EQ(a.samples[i].cadenceSpm, reference.samples[i].cadenceSpm) << i;
        }
    }
}

TEST(FitReader, CompressedTimestampsRollOverEvery32Seconds)
{
    RunSpec spec;
    spec.compressed = true;
    spec.seconds = 100; // crosses three 32-second rollovers
    auto parsed = readFit(runFile(spec));
    ASSERT_TRUE(parsed) << parsed.message().toStdString();
    const SampleList& s = parsed->activities.at(0).samples;
    ASSERT_EQ(s.size(), 101u);
    for (std::size_t i = 0; i < s.size(); ++i)
        EXPECT_DOUBLE_EQ(s[i].timeS, double(i));
}

TEST(FitReader, InvalidValuesMeanNotRecorded)
{
    RunSpec spec;
    spec.hr = 0xFF;      // uint8 invalid
    spec.cadence = 0xFF; // idem
    auto parsed = readFit(runFile(spec));
    ASSERT_TRUE(parsed) << parsed.message().toStdString();
    const ParsedActivity& a = parsed->activities.at(0);
    EXPECT_FALSE(a.avgHrBpm);
    EXPECT_FALSE(a.avgCadenceSpm);
    EXPECT_FALSE(Sample::has(a.samples[10].hrBpm));
    EXPECT_FALSE(Sample::has(a.samples[10].cadenceSpm));
}

TEST(FitReader, MultisportFileYieldsEachSessionWithItsPoints)
{
    FitEncoder e;
    fileId(e);
    const std::uint32_t t0 = FitEncoder::fitTime(kStart);
    RunSpec bike{.seconds = 300, .speed = 8.0, .cadence = 90, .fractional = 0, .sport = 2};
    RunSpec run{.seconds = 400, .speed = 3.5, .cadence = 88, .fractional = 0, .sport = 1};
    records(e, bike, t0);
    session(e, bike, t0);
    records(e, run, t0 + 310, 2400);
    session(e, run, t0 + 310);
    auto parsed = readFit(e.file());
    ASSERT_TRUE(parsed) << parsed.message().toStdString();
    ASSERT_EQ(parsed->activities.size(), 2u);
    EXPECT_EQ(parsed->activities[0].sport, Sport::Cycling);
    EXPECT_FALSE(parsed->activities[0].avgCadenceSpm); // pedal rpm are not steps
    EXPECT_EQ(parsed->activities[0].samples.size(), 301u);
    const ParsedActivity& r = parsed->activities[1];
    EXPECT_EQ(r.sport, Sport::Running);
    EXPECT_EQ(r.start.toUTC(), kStart.addSecs(310));
    EXPECT_DOUBLE_EQ(r.distance.inMetres(), 1400);
    EXPECT_EQ(r.samples.size(), 401u);
    EXPECT_DOUBLE_EQ(r.samples.front().distanceM, 0); // counted from the session's start
    EXPECT_DOUBLE_EQ(*r.avgCadenceSpm, 176);
    EXPECT_EQ(r.origin, QStringLiteral("session 2 (running)"));
}

TEST(FitReader, SubSportsAndGenericSessions)
{
    EXPECT_EQ(readFit(runFile({.sport = 1, .subSport = 3}))->activities[0].sport,
              Sport::TrailRunning);
    EXPECT_EQ(readFit(runFile({.sport = 1, .subSport = 1}))->activities[0].sport,
              Sport::TreadmillRunning);
    EXPECT_EQ(readFit(runFile({.sport = 0}))->activities[0].sport, Sport::Running);
    EXPECT_EQ(readFit(runFile({.sport = 11}))->activities[0].sport, Sport::Walking);
    EXPECT_EQ(readFit(runFile({.sport = 5}))->activities[0].sport, Sport::Swimming);
}

TEST(FitReader, ChainedFilesAreReadAndTrailingBytesNoted)
{
    const QByteArray one = runFile({.seconds = 120});
    FitEncoder second;
    fileId(second);
    const std::uint32_t t1 = FitEncoder::fitTime(kStart) + 7200;
    RunSpec spec{.seconds = 200};
    records(second, spec, t1);
    session(second, spec, t1);
    auto parsed = readFit(one + second.file() + QByteArray("\0\0\0garbage", 10));
    ASSERT_TRUE(parsed) << parsed.message().toStdString();
    ASSERT_EQ(parsed->activities.size(), 2u);
    EXPECT_EQ(parsed->activities[1].start.toUTC(), kStart.addSecs(7200));
    EXPECT_EQ(parsed->activities[1].samples.size(), 201u);
    ASSERT_EQ(parsed->notes.size(), 1);
    EXPECT_TRUE(parsed->notes[0].contains(QLatin1String("ignored 10 bytes after the FIT data")))
        << parsed->notes[0].toStdString();
}

TEST(FitReader, WholeFileDamageIsAnErrorNamingTheOffset)
{
    const QByteArray good = runFile();
    expectError(QByteArray(), "too short to be a FIT file (0 bytes)");
    expectError(good.left(9), "too short");
    expectError(QByteArray("<?xml version=\"1.0\"?><gpx></gpx>"), "not a FIT file");
    QByteArray noSignature = good;
    noSignature[9] = 'X';
    expectError(noSignature, "no \".FIT\" signature");
    QByteArray badHeaderCrc = good;
    badHeaderCrc[12] = char(badHeaderCrc[12] ^ 0x55);
    expectError(badHeaderCrc, "byte 12: header CRC mismatch");
    expectError(good.left(good.size() - 40), "byte 4: truncated: the header declares");
    FitEncoder e;
    fileId(e);
    expectError(e.file(14, 1'000'000), "truncated");
    QByteArray badCrc = good;
    badCrc[500] = char(badCrc[500] ^ 0x01);
    expectError(badCrc, "file CRC mismatch");
}

TEST(FitReader, SalvageKeepsTheReadablePartAndSaysSo)
{
    const QByteArray good = runFile();
    for (const QByteArray& damaged : {good.left(good.size() / 2), [&] {
                                          QByteArray b = good;
                                          b[b.size() - 1] = char(b[b.size() - 1] ^ 0x10);
                                          return b;
                                      }()}) {
        auto parsed = readFit(damaged, true);
        ASSERT_TRUE(parsed) << parsed.message().toStdString();
        ASSERT_EQ(parsed->activities.size(), 1u);
        const ParsedActivity& a = parsed->activities[0];
        EXPECT_TRUE(a.notes.contains(QLatin1String("Salvaged from a damaged file")))
            << a.notes.toStdString();
        EXPECT_TRUE(parsed->notes.front().startsWith(QLatin1String("salvaged: byte ")));
        EXPECT_GT(a.samples.size(), 100u);
    }
}

TEST(FitReader, UndefinedLocalTypeAndOddFieldSizesEndCleanly)
{
    FitEncoder undefined;
    fileId(undefined);
    undefined.raw(QByteArray("\x07\x01\x02", 3)); // data message for local type 7
    expectError(undefined.file(), "data message of undefined local type 7");

    // Field sizes of 0 and 255 are read past, whatever they hold.
    FitEncoder odd = {};
    fileId(odd);
    odd.define(9, 0xFF00, {{1, 0, FitEncoder::kUint8}, {2, 255, FitEncoder::kByte}});
    odd.data(9, {});
    const std::uint32_t t0 = FitEncoder::fitTime(kStart);
    RunSpec spec{.seconds = 60};
    records(odd, spec, t0);
    session(odd, spec, t0);
    auto parsed = readFit(odd.file());
    ASSERT_TRUE(parsed) << parsed.message().toStdString();
    EXPECT_EQ(parsed->activities.at(0).samples.size(), 61u);
}

TEST(FitReader, WithoutASessionTheRecordsAreTheRun)
{
    auto parsed = readFit(runFile({.seconds = 900, .session = false}));
    ASSERT_TRUE(parsed) << parsed.message().toStdString();
    const ParsedActivity& a = parsed->activities.at(0);
    EXPECT_DOUBLE_EQ(a.elapsed.value_or(Duration()).inSeconds(), 900);
    ASSERT_TRUE(a.timer);
    EXPECT_DOUBLE_EQ(a.timer->inSeconds(), 900); // timer start .. stop_all events
    EXPECT_DOUBLE_EQ(a.distance.inMetres(), 2700);
    EXPECT_DOUBLE_EQ(*a.avgCadenceSpm, 171);
    EXPECT_TRUE(parsed->notes.join(QLatin1Char('|')).contains(QLatin1String("no session summary")));
}

namespace {

// A session whose start and end times are given apart (the start may be device-relative while
// the summary, written at the end, has an absolute time).
void sessionFromTo(FitEncoder& e, std::uint32_t start, std::uint32_t end, int seconds,
                   double metres)
{
    e.define(4, 18,
             {{253, 4, FitEncoder::kUint32},
              {2, 4, FitEncoder::kUint32},
              {5, 1, FitEncoder::kEnum},
              {7, 4, FitEncoder::kUint32},
              {9, 4, FitEncoder::kUint32}});
    e.data(4, {end, start, 1, std::int64_t(seconds) * 1000, std::lround(metres * 100)});
}

} // namespace

TEST(FitReader, RelativeTimesBeforeTheFirstAbsoluteOneArePlacedByIt)
{
    // The watch counted seconds from switch-on (1000, 1001, ...) until it knew the time, then
    // wrote absolute times. Read as absolute, the first 100 points were in January 1990.
    FitEncoder e;
    fileId(e);
    const std::uint32_t t0 = FitEncoder::fitTime(kStart);
    records(e, {.seconds = 99}, 1000);             // relative 1000..1099, 0..297 m
    records(e, {.seconds = 500}, t0 + 100, 300.0); // absolute from t0 + 100, 300..1800 m
    sessionFromTo(e, 1000, t0 + 600, 600, 1800);
    auto parsed = readFit(e.file());
    ASSERT_TRUE(parsed) << parsed.message().toStdString();
    const ParsedActivity& a = parsed->activities.at(0);
    // One second a point: 1099 sits one step before t0 + 100, so 1000 is t0.
    EXPECT_EQ(a.start.toUTC(), kStart);
    EXPECT_DOUBLE_EQ(a.elapsed.value_or(Duration()).inSeconds(), 600);
    ASSERT_EQ(a.samples.size(), 601u);
    for (std::size_t i : {0u, 99u, 100u, 600u})
        EXPECT_DOUBLE_EQ(a.samples[i].timeS, double(i)) << i;
    EXPECT_DOUBLE_EQ(a.distance.inMetres(), 1800);
    EXPECT_TRUE(parsed->notes.contains(QStringLiteral(
        "times counted from when the device was switched on were placed by its first absolute "
        "time")))
        << parsed->notes.join(QLatin1Char('|')).toStdString();
}

TEST(FitReader, OnlyRelativeTimesArePlacedByTheActivitysLocalEndTime)
{
    // No absolute time at all but the activity's local_timestamp (as in python-fitparse's
    // compressed-speed-distance.fit): the run is placed on the local clock, zone unknown.
    FitEncoder e;
    fileId(e);
    records(e, {.seconds = 600}, 5000);
    sessionFromTo(e, 5000, 5600, 600, 1800);
    const QDateTime localEnd(QDate(2024, 3, 4), QTime(8, 10), Qt::UTC); // 08:10 on the wall
    e.define(6, 34, {{253, 4, FitEncoder::kUint32}, {5, 4, FitEncoder::kUint32}});
    e.data(6, {5600, FitEncoder::fitTime(localEnd)});
    auto parsed = readFit(e.file());
    ASSERT_TRUE(parsed) << parsed.message().toStdString();
    const ParsedActivity& a = parsed->activities.at(0);
    EXPECT_EQ(a.start.timeSpec(), Qt::LocalTime);
    EXPECT_EQ(a.start, QDateTime(QDate(2024, 3, 4), QTime(8, 0), Qt::LocalTime));
    EXPECT_EQ(a.samples.size(), 601u);

    // With nothing to place them by, the date is unknown rather than 1990.
    FitEncoder bare;
    fileId(bare);
    records(bare, {.seconds = 60}, 5000);
    sessionFromTo(bare, 5000, 5060, 60, 180);
    parsed = readFit(bare.file());
    ASSERT_TRUE(parsed) << parsed.message().toStdString();
    EXPECT_FALSE(parsed->activities.at(0).start.isValid());
    EXPECT_DOUBLE_EQ(parsed->activities[0].elapsed.value_or(Duration()).inSeconds(), 60);
    EXPECT_TRUE(parsed->notes.join(QLatin1Char('|')).contains(QLatin1String("date is unknown")))
        << parsed->notes.join(QLatin1Char('|')).toStdString();
}

TEST(FitReader, WhenTheLapsStopBeforeTheRecordsTheRecordsGiveTheDistance)
{
    // A watch that never wrote its last lap: records for 900 s at 3 m/s (2700 m), two laps of
    // 300 s (1800 m), and a session that ends with the laps (elapsed and timer 600 s) and
    // carries no total distance. The run is the records: 2700 m in 900 s, not 1800 m.
    auto file = [](std::optional<double> sessionMetres) {
        FitEncoder e;
        fileId(e);
        const std::uint32_t t0 = FitEncoder::fitTime(kStart);
        records(e, {.seconds = 900}, t0);
        e.define(5, 19, {{253, 4, FitEncoder::kUint32}, {2, 4, FitEncoder::kUint32}});
        e.data(5, {t0 + 300, t0});
        e.data(5, {t0 + 600, t0 + 300});
        std::vector<FitEncoder::Field> fields = {{253, 4, FitEncoder::kUint32},
                                                 {2, 4, FitEncoder::kUint32},
                                                 {5, 1, FitEncoder::kEnum},
                                                 {7, 4, FitEncoder::kUint32},
                                                 {8, 4, FitEncoder::kUint32}};
        std::vector<std::int64_t> values = {t0 + 600, t0, 1, 600000, 600000};
        if (sessionMetres) {
            fields.push_back({9, 4, FitEncoder::kUint32});
            values.push_back(std::lround(*sessionMetres * 100));
        }
        e.define(4, 18, fields);
        e.data(4, values);
        return e.file();
    };
    auto parsed = readFit(file(std::nullopt));
    ASSERT_TRUE(parsed) << parsed.message().toStdString();
    const ParsedActivity& a = parsed->activities.at(0);
    EXPECT_DOUBLE_EQ(a.distance.inMetres(), 2700);
    EXPECT_DOUBLE_EQ(a.elapsed.value_or(Duration()).inSeconds(), 900);
    EXPECT_DOUBLE_EQ(a.timer.value_or(Duration()).inSeconds(), 900);
    EXPECT_EQ(a.samples.size(), 901u);
    EXPECT_EQ(a.laps, 2);
    EXPECT_TRUE(parsed->notes.contains(QStringLiteral(
        "the laps end at 1.80 km but the records go on to 2.70 km: distance and time taken "
        "from the records")))
        << parsed->notes.join(QLatin1Char('|')).toStdString();

    // A session that states its distance is believed, as before.
    parsed = readFit(file(1800.0));
    ASSERT_TRUE(parsed) << parsed.message().toStdString();
    EXPECT_DOUBLE_EQ(parsed->activities.at(0).distance.inMetres(), 1800);
    EXPECT_DOUBLE_EQ(parsed->activities[0].elapsed.value_or(Duration()).inSeconds(), 600);
}

namespace {

// `sessions` sessions of 5 s, one record each, 10 s apart.
QByteArray manySessions(int sessions)
{
    FitEncoder e;
    fileId(e);
    const std::uint32_t t0 = FitEncoder::fitTime(kStart);
    for (int k = 0; k < sessions; ++k) {
        const std::uint32_t t = t0 + std::uint32_t(10 * k);
        records(e, {.seconds = 0}, t);
        sessionFromTo(e, t, t + 5, 5, 15);
    }
    return e.file();
}

} // namespace

TEST(FitReader, AFileOfMoreThanAThousandActivitiesIsRefusedWhole)
{
    auto parsed = readFit(manySessions(1000));
    ASSERT_TRUE(parsed) << parsed.message().toStdString();
    EXPECT_EQ(parsed->activities.size(), 1000u);
    expectError(manySessions(1001),
                "1001 activities, more than the 1000 one file may hold; nothing was imported");
}

TEST(FitReader, PointsWhoseTimeGoesBackwardsAreDropped)
{
    FitEncoder e;
    fileId(e);
    const std::uint32_t t0 = FitEncoder::fitTime(kStart);
    RunSpec spec{.seconds = 30};
    records(e, spec, t0);
    records(e, {.seconds = 4}, t0 + 5); // five points back in time
    session(e, spec, t0);
    auto parsed = readFit(e.file());
    ASSERT_TRUE(parsed) << parsed.message().toStdString();
    EXPECT_EQ(parsed->activities.at(0).samples.size(), 31u);
    EXPECT_TRUE(
        parsed->notes.contains(QStringLiteral("dropped 5 points whose time went backwards")))
        << parsed->notes.join(QLatin1Char('|')).toStdString();
}

TEST(FitReader, HalfCadenceIsDoubledAndTheRunSaysSo)
{
    // A device that wrote steps/4: 42 "strides" is 84 steps/min, a pace no runner has.
    auto parsed = readFit(runFile({.cadence = 42, .fractional = 0}));
    ASSERT_TRUE(parsed) << parsed.message().toStdString();
    const ParsedActivity& a = parsed->activities.at(0);
    EXPECT_DOUBLE_EQ(*a.avgCadenceSpm, 168);
    EXPECT_DOUBLE_EQ(a.samples[5].cadenceSpm, 168);
    EXPECT_TRUE(a.notes.contains(QLatin1String("Cadence doubled on import")));
}

TEST(FitReader, OtherFileTypesAreNotActivities)
{
    FitEncoder settings;
    fileId(settings, 2);
    auto parsed = readFit(settings.file());
    ASSERT_TRUE(parsed) << parsed.message().toStdString();
    EXPECT_TRUE(parsed->activities.empty());
    EXPECT_EQ(parsed->notes, QStringList{QStringLiteral("not an activity: FIT file type 2")});
    FitEncoder empty;
    fileId(empty);
    expectError(empty.file(), "no activity in the file");
}

TEST(FitReader, RandomDamageNeverCrashesOrHangs)
{
    const QByteArray good = runFile({.seconds = 60, .compressed = true, .developerFields = true});
    QRandomGenerator rng(4);
    for (int round = 0; round < 3000; ++round) {
        QByteArray bytes = good;
        const int edits = 1 + int(rng.bounded(8));
        for (int i = 0; i < edits; ++i)
            bytes[int(rng.bounded(bytes.size()))] = char(rng.bounded(256));
        if (round % 3 == 0)
            bytes.truncate(int(rng.bounded(bytes.size())));
        for (bool salvage : {false, true}) {
            auto parsed = readFit(bytes, salvage);
            if (!parsed) {
                EXPECT_TRUE(parsed.message().startsWith(QStringLiteral("watch.fit: ")));
            }
        }
    }
}
