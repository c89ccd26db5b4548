#pragma once

// A source log holding one athlete with a value in every field of every aggregate, and the
// helpers the bundle tests share.
#include "bundle/bundle_file.h"
#include "model/run.h"
#include "model/sample.h"
#include "storage/athlete_repository.h"
#include "storage/calf_test_repository.h"
#include "storage/database.h"
#include "storage/run_repository.h"
#include "storage/shoe_repository.h"
#include "storage/strength_repository.h"
#include "storage/symptom_repository.h"
#include "support/test_support.h"

#include <QCryptographicHash>
#include <cmath>

namespace stridewell::test {

// Samples with every channel, gaps (NaN) in some, and a length that spans several pages.
inline core::SampleList trackSamples(int count, double offset)
{
    core::SampleList samples;
    for (int i = 0; i < count; ++i) {
        core::Sample s;
        s.timeS = i;
        s.distanceM = i * 2.8 + offset;
        s.lat = 52.5 + i * 1e-5 + offset * 1e-6;
        s.lon = 13.4 - i * 1e-5;
        s.altitudeM = 34.0 + std::sin(i / 50.0) * 8;
        s.hrBpm = i % 97 == 0 ? core::Sample::kNone : 120 + (i % 40);
        s.cadenceSpm = 168 + (i % 7);
        s.speedMps = i % 211 == 0 ? core::Sample::kNone : 2.8 + (i % 5) * 0.1;
        samples.push_back(s);
    }
    return samples;
}

inline bool sameValue(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

inline bool sameSamples(const core::SampleList& a, const core::SampleList& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!sameValue(a[i].timeS, b[i].timeS) || !sameValue(a[i].distanceM, b[i].distanceM) ||
            !sameValue(a[i].lat, b[i].lat) || !sameValue(a[i].lon, b[i].lon) ||
            !sameValue(a[i].altitudeM, b[i].altitudeM) || !sameValue(a[i].hrBpm, b[i].hrBpm) ||
            !sameValue(a[i].cadenceSpm, b[i].cadenceSpm) ||
            !sameValue(a[i].speedMps, b[i].speedMps))
            return false;
    return true;
}

// Ann's record: 2 shoes, 3 runs (two with samples), 2 symptom entries, 2 calf-raise tests,
// 2 strength sessions. Run 1 is a watch file (content hash, every optional field), run 2 was
// logged by hand (nothing optional), run 3 is a GPX with samples and no shoe.
struct AnnRecord
{
    static const QDateTime& start1()
    {
        static const QDateTime t(QDate(2024, 3, 4), QTime(5, 30, 15), Qt::UTC);
        return t;
    }
    static const QDateTime& start2()
    {
        static const QDateTime t(QDate(2024, 3, 6), QTime(17, 0), Qt::UTC);
        return t;
    }
    static const QDateTime& start3()
    {
        static const QDateTime t(QDate(2024, 3, 9), QTime(8, 45, 30), Qt::UTC);
        return t;
    }

    static core::Run watchRun(qint64 athlete, std::optional<qint64> shoe)
    {
        core::Run r;
        r.athleteId = athlete;
        r.startUtc = start1();
        r.utcOffsetS = 3600;
        r.distance = core::Distance::metres(10234.5);
        r.elapsed = core::Duration::seconds(3333.25);
        r.timer = core::Duration::seconds(3201.5);
        r.avgCadenceSpm = 171.5;
        r.avgHrBpm = 148.25;
        r.rpe = 6;
        r.type = QStringLiteral("tempo");
        r.surface = QStringLiteral("road");
        r.shoeId = shoe;
        r.notes = QStringLiteral("Windy; \"quotes\", commas; ümlauts");
        r.source = QStringLiteral("fit");
        r.contentHash = QCryptographicHash::hash("run one", QCryptographicHash::Sha256);
        r.elevationGainM = 87.5;
        return r;
    }
    static core::Run manualRun(qint64 athlete, std::optional<qint64> shoe)
    {
        core::Run r;
        r.athleteId = athlete;
        r.startUtc = start2();
        r.utcOffsetS = -18000;
        r.distance = core::Distance::km(6);
        r.elapsed = core::Duration::minutes(36);
        r.shoeId = shoe;
        r.source = QStringLiteral("manual");
        return r;
    }
    static core::Run gpxRun(qint64 athlete)
    {
        core::Run r;
        r.athleteId = athlete;
        r.startUtc = start3();
        r.utcOffsetS = 19800; // +05:30
        r.distance = core::Distance::metres(8400);
        r.elapsed = core::Duration::seconds(3000);
        r.avgHrBpm = 139;
        r.type = QStringLiteral("long");
        r.surface = QStringLiteral("trail");
        r.source = QStringLiteral("gpx");
        r.contentHash = QCryptographicHash::hash("run three", QCryptographicHash::Sha256);
        return r;
    }
    static core::Symptom fullSymptom(qint64 athlete, std::optional<qint64> run)
    {
        core::Symptom s;
        s.athleteId = athlete;
        s.date = QDate(2024, 3, 5);
        s.location = core::BodyLocation::Other;
        s.locationNote = QStringLiteral("behind the knee");
        s.side = core::Side::Left;
        s.pain = 6;
        s.type = core::SymptomType::Sharp;
        s.timing = core::SymptomTiming::After;
        s.stretch = core::StretchTest::Bent;
        s.redFlags = {core::RedFlagSign::Swelling, core::RedFlagSign::PainAtRest};
        s.notes = QStringLiteral("after the tempo run");
        s.runId = run;
        s.acknowledged = true;
        s.assessmentAcknowledged = true;
        return s;
    }
    static core::Symptom plainSymptom(qint64 athlete, std::optional<qint64> run)
    {
        core::Symptom s;
        s.athleteId = athlete;
        s.date = QDate(2024, 3, 7);
        s.location = core::BodyLocation::CalfMedialLower;
        s.side = core::Side::Both;
        s.pain = 2;
        s.runId = run;
        return s;
    }

    qint64 athlete = 0;
    qint64 pegasus = 0, trainers = 0;
    qint64 run1 = 0, run2 = 0, run3 = 0;

    // Adds Ann's record to the log (its ids are whatever the log gives).
    void addTo(core::Database& db, const QString& name = QStringLiteral("Ann Lee"))
    {
        athlete = core::AthleteRepository(db).add(name)->id;
        core::ShoeRepository shoes(db);
        core::Shoe a;
        a.athleteId = athlete;
        a.name = QStringLiteral("Pegasus 40");
        a.limit = core::Distance::km(650);
        a.startDistance = core::Distance::km(42.5);
        pegasus = *shoes.add(a);
        core::Shoe b;
        b.athleteId = athlete;
        b.name = QStringLiteral("Old Trainers");
        b.limit = core::Distance::km(500);
        b.retired = true;
        trainers = *shoes.add(b);
        core::RunRepository runs(db);
        run1 = *runs.add(watchRun(athlete, pegasus));
        EXPECT_TRUE(runs.saveSamples(run1, trackSamples(3200, 0)));
        run2 = *runs.add(manualRun(athlete, trainers));
        run3 = *runs.add(gpxRun(athlete));
        EXPECT_TRUE(runs.saveSamples(run3, trackSamples(900, 7)));
        core::SymptomRepository symptoms(db);
        EXPECT_TRUE(symptoms.add(fullSymptom(athlete, run1)));
        EXPECT_TRUE(symptoms.add(plainSymptom(athlete, run2)));
        core::CalfTestRepository tests(db);
        EXPECT_TRUE(tests.add({0, athlete, QDate(2024, 3, 1), 25, 19, QStringLiteral("cold"), 1}));
        EXPECT_TRUE(tests.add({0, athlete, QDate(2024, 3, 10), 22, 22, QString(), {}}));
        core::StrengthRepository strength(db);
        EXPECT_TRUE(strength.add(
            {0, athlete, QDate(2024, 3, 2), QStringLiteral("soleus"), 2, QStringLiteral("ok")}));
        EXPECT_TRUE(strength.add(
            {0, athlete, QDate(2024, 3, 8), QStringLiteral("heel_drops"), std::nullopt, {}}));
    }
};

} // namespace stridewell::test
