// Athlete bundles: a round trip of every field, ids remapped into a log that already has rows,
// duplicates skipped, and two athletes merged into one coach's log.
#include "advice/hold.h"
#include "bundle/bundle_service.h"
#include "core/bundle_fixtures.h"
#include "core/bundle_sql.h"
#include "demo/demo_history.h"
#include "storage/change_notifier.h"
#include "storage/database.h"
#include "storage/dated_note_repository.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QtEndian>
#include <sys/stat.h>

using namespace stridewell;
using namespace stridewell::core;
using stridewell::test::AnnRecord;
using stridewell::test::TempLog;

namespace {

// Ann's log and her exported bundle.
struct Exported
{
    TempLog source;
    AnnRecord ann;
    QString bundle = source.path(QStringLiteral("ann.stridewell-bundle"));

    Exported()
    {
        ann.addTo(source.db());
        auto exported = BundleService(source.db()).exportAthlete(ann.athlete, bundle);
        EXPECT_TRUE(exported) << exported.message().toStdString();
        if (exported) {
            EXPECT_EQ(exported->counts, (BundleCounts{3, 2, 2, 2, 2}));
        }
    }
};

BundleImport merged(Database& log, const QString& bundle, const QString& athlete = {})
{
    auto result = BundleService(log).importBundle(bundle, BundleImportOptions{athlete});
    EXPECT_TRUE(result) << result.message().toStdString();
    return result ? *result : BundleImport{};
}

void expectSameRun(const Run& got, const Run& want)
{
    EXPECT_EQ(got.startUtc, want.startUtc);
    EXPECT_EQ(got.utcOffsetS, want.utcOffsetS);
    EXPECT_EQ(got.localDate(), want.localDate());
    EXPECT_EQ(got.distance.inMetres(), want.distance.inMetres());
    EXPECT_EQ(got.elapsed.has_value(), want.elapsed.has_value());
    if (got.elapsed && want.elapsed) {
        EXPECT_EQ(got.elapsed->inSeconds(), want.elapsed->inSeconds());
    }
    EXPECT_EQ(got.timer.has_value(), want.timer.has_value());
    if (got.timer && want.timer) {
        EXPECT_EQ(got.timer->inSeconds(), want.timer->inSeconds());
    }
    EXPECT_EQ(got.avgCadenceSpm, want.avgCadenceSpm);
    EXPECT_EQ(got.avgHrBpm, want.avgHrBpm);
    EXPECT_EQ(got.rpe, want.rpe);
    EXPECT_EQ(got.type, want.type);
    EXPECT_EQ(got.surface, want.surface);
    EXPECT_EQ(got.shoeName, want.shoeName);
    EXPECT_EQ(got.notes, want.notes);
    EXPECT_EQ(got.source, want.source);
    EXPECT_EQ(got.contentHash, want.contentHash);
    EXPECT_EQ(got.elevationGainM, want.elevationGainM);
}

} // namespace

TEST(Bundle, ExportIsAnOwnerOnlySingleFileMarkedAsABundle)
{
    Exported fx;
    struct stat st
    {};
    ASSERT_EQ(::stat(QFile::encodeName(fx.bundle).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    const QByteArray bytes = test::readFile(fx.bundle);
    ASSERT_GT(bytes.size(), 100);
    EXPECT_TRUE(bytes.startsWith(QByteArray("SQLite format 3\0", 16)));
    EXPECT_EQ(bytes.mid(68, 4), QByteArray("SWAB")) << "application_id";
    EXPECT_EQ(qFromBigEndian<qint32>(bytes.constData() + 60), Database::kSchemaVersion)
        << "user_version: the log's schema";
    EXPECT_EQ(int(bytes[18]), 1) << "rollback journal, not WAL: the file is whole on its own";
    // Nothing but the bundle next to the log: no temporary file, journal or WAL left behind.
    const QStringList files = QDir(fx.source.path(QString()))
                                  .entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString& f : files)
        EXPECT_TRUE(f.startsWith(QStringLiteral("log.sqlite")) ||
                    f == QStringLiteral("ann.stridewell-bundle"))
            << f.toStdString();
}

TEST(Bundle, RoundTripKeepsEveryFieldSamplesAndLinks)
{
    Exported fx;
    TempLog target;
    const BundleImport result = merged(target.db(), fx.bundle);
    EXPECT_TRUE(result.athleteCreated);
    EXPECT_EQ(result.athlete.name, QStringLiteral("Ann Lee"));
    EXPECT_EQ(result.bundleSchema, Database::kSchemaVersion);
    EXPECT_EQ(result.added, (BundleCounts{3, 2, 2, 2, 2}));
    EXPECT_EQ(result.skipped, BundleCounts{});
    const qint64 a = result.athlete.id;

    auto shoes = ShoeRepository(target.db()).list(a);
    ASSERT_EQ(shoes->size(), 2); // in use first, then retired
    EXPECT_EQ(shoes->at(0).name, QStringLiteral("Pegasus 40"));
    EXPECT_EQ(shoes->at(0).limit.inMetres(), 650000.0);
    EXPECT_EQ(shoes->at(0).startDistance.inMetres(), 42500.0);
    EXPECT_FALSE(shoes->at(0).retired);
    EXPECT_EQ(shoes->at(1).name, QStringLiteral("Old Trainers"));
    EXPECT_EQ(shoes->at(1).limit.inMetres(), 500000.0);
    EXPECT_EQ(shoes->at(1).startDistance.inMetres(), 0.0);
    EXPECT_TRUE(shoes->at(1).retired);

    RunRepository targetRuns(target.db()), sourceRuns(fx.source.db());
    auto runs = targetRuns.list(a);
    auto original = sourceRuns.list(fx.ann.athlete);
    ASSERT_EQ(runs->size(), 3);
    for (int i = 0; i < 3; ++i) {
        SCOPED_TRACE(i);
        expectSameRun(runs->at(i), original->at(i));
        EXPECT_TRUE(test::sameSamples(*targetRuns.samples(runs->at(i).id),
                                      *sourceRuns.samples(original->at(i).id)));
    }
    EXPECT_EQ(runs->at(0).shoeName, QStringLiteral("Pegasus 40"));
    EXPECT_EQ(runs->at(1).shoeName, QStringLiteral("Old Trainers"));
    EXPECT_FALSE(runs->at(2).shoeId.has_value());
    EXPECT_EQ(targetRuns.samples(runs->at(0).id)->size(), 3200u);
    EXPECT_EQ(targetRuns.samples(runs->at(1).id)->size(), 0u);
    EXPECT_EQ(targetRuns.samples(runs->at(2).id)->size(), 900u);
    EXPECT_EQ(test::rowCounts(target.db()).value(QStringLiteral("run_samples")), 2);

    auto symptoms = SymptomRepository(target.db()).list(a);
    ASSERT_EQ(symptoms->size(), 2);
    const Symptom& full = symptoms->at(0);
    EXPECT_EQ(full.date, QDate(2024, 3, 5));
    EXPECT_EQ(full.location, BodyLocation::Other);
    EXPECT_EQ(full.locationNote, QStringLiteral("behind the knee"));
    EXPECT_EQ(full.side, Side::Left);
    EXPECT_EQ(full.pain, 6);
    EXPECT_EQ(full.type, SymptomType::Sharp);
    EXPECT_EQ(full.timing, SymptomTiming::After);
    EXPECT_EQ(full.stretch, StretchTest::Bent);
    EXPECT_EQ(full.redFlags, (QList<RedFlagSign>{RedFlagSign::Swelling, RedFlagSign::PainAtRest}));
    EXPECT_EQ(full.notes, QStringLiteral("after the tempo run"));
    EXPECT_TRUE(full.acknowledged);
    EXPECT_TRUE(full.assessmentAcknowledged);
    EXPECT_EQ(full.runId, runs->at(0).id) << "linked to the log's copy of the tempo run";
    const Symptom& plain = symptoms->at(1);
    EXPECT_EQ(plain.location, BodyLocation::CalfMedialLower);
    EXPECT_EQ(plain.side, Side::Both);
    EXPECT_EQ(plain.pain, 2);
    EXPECT_FALSE(plain.type || plain.timing || plain.stretch);
    EXPECT_TRUE(plain.redFlags.isEmpty());
    EXPECT_FALSE(plain.acknowledged || plain.assessmentAcknowledged);
    EXPECT_EQ(plain.runId, runs->at(1).id);

    auto tests = CalfTestRepository(target.db()).list(a);
    ASSERT_EQ(tests->size(), 2);
    EXPECT_EQ(tests->at(0).date, QDate(2024, 3, 1));
    EXPECT_EQ(tests->at(0).leftReps, 25);
    EXPECT_EQ(tests->at(0).rightReps, 19);
    EXPECT_EQ(tests->at(0).notes, QStringLiteral("cold"));
    EXPECT_EQ(tests->at(1).leftReps, 22);
    auto strength = StrengthRepository(target.db()).list(a);
    ASSERT_EQ(strength->size(), 2);
    EXPECT_EQ(strength->at(0).circuitId, QStringLiteral("soleus"));
    EXPECT_EQ(strength->at(0).pain, 2);
    EXPECT_EQ(strength->at(0).notes, QStringLiteral("ok"));
    EXPECT_EQ(strength->at(1).circuitId, QStringLiteral("heel_drops"));
    EXPECT_FALSE(strength->at(1).pain.has_value());
}

TEST(Bundle, IdsAreRemappedIntoALogThatAlreadyHasRows)
{
    Exported fx; // in Ann's log: shoes 1-2, runs 1-3, symptoms 1-2
    TempLog coach;
    AnnRecord bob; // takes shoes 1-2, runs 1-3, symptoms 1-2 of the coach's log
    bob.addTo(coach.db(), QStringLiteral("Bob"));
    ASSERT_EQ(bob.run3, 3);
    const BundleImport result = merged(coach.db(), fx.bundle);
    EXPECT_TRUE(result.athleteCreated) << "Bob's identical runs are his, not Ann's";
    EXPECT_EQ(result.added, (BundleCounts{3, 2, 2, 2, 2}));

    auto runs = RunRepository(coach.db()).list(result.athlete.id);
    ASSERT_EQ(runs->size(), 3);
    EXPECT_EQ(runs->at(0).id, 4);
    EXPECT_EQ(runs->at(0).shoeId, 3) << "Ann's Pegasus in this log, not Bob's shoe 1";
    EXPECT_EQ(runs->at(1).shoeId, 4);
    auto symptoms = SymptomRepository(coach.db()).list(result.athlete.id);
    ASSERT_EQ(symptoms->size(), 2);
    EXPECT_EQ(symptoms->at(0).runId, 4) << "was run 1 in the bundle: Bob's run here";
    EXPECT_EQ(symptoms->at(1).runId, 5);
    // Bob is untouched.
    auto bobRuns = RunRepository(coach.db()).list(bob.athlete);
    ASSERT_EQ(bobRuns->size(), 3);
    EXPECT_EQ(bobRuns->at(0).shoeId, 1);
    EXPECT_EQ(SymptomRepository(coach.db()).list(bob.athlete)->at(0).runId, 1);
    auto problems = coach.db().check();
    ASSERT_TRUE(problems);
    EXPECT_TRUE(problems->isEmpty());
}

TEST(Bundle, ASecondImportChangesNothing)
{
    Exported fx;
    TempLog target;
    merged(target.db(), fx.bundle);
    const auto before = test::rowCounts(target.db());
    const BundleImport again = merged(target.db(), fx.bundle);
    EXPECT_FALSE(again.athleteCreated);
    EXPECT_EQ(again.added, BundleCounts{});
    EXPECT_EQ(again.skipped, (BundleCounts{3, 2, 2, 2, 2}));
    EXPECT_EQ(test::rowCounts(target.db()), before);
    EXPECT_EQ(before.value(QStringLiteral("run")), 3);
    EXPECT_EQ(before.value(QStringLiteral("run_samples")), 2);
}

TEST(Bundle, RowsTheLogAlreadyHasAreSkippedAndLinksFollowTheLogsCopy)
{
    Exported fx;
    TempLog coach;
    // The coach logged some of Ann's week already, under a name in another case.
    const qint64 ann = AthleteRepository(coach.db()).add(QStringLiteral("ann lee"))->id;
    RunRepository runs(coach.db());
    core::Run same = AnnRecord::watchRun(ann, std::nullopt); // same content hash, no shoe
    same.notes = QStringLiteral("the coach's own note");
    ASSERT_TRUE(runs.add(same));
    core::Run close = AnnRecord::manualRun(ann, std::nullopt); // 40 s later, 1.5% longer
    close.startUtc = close.startUtc.addSecs(40);
    close.distance = Distance::metres(6090);
    const qint64 closeId = *runs.add(close);
    core::Run far = AnnRecord::gpxRun(ann); // 61 s later and another hash: a different run
    far.startUtc = far.startUtc.addSecs(61);
    far.contentHash = "other";
    ASSERT_TRUE(runs.add(far));
    Shoe pegasus;
    pegasus.athleteId = ann;
    pegasus.name = QStringLiteral("PEGASUS 40");
    pegasus.limit = Distance::km(800);
    ASSERT_TRUE(ShoeRepository(coach.db()).add(pegasus));
    Symptom unread = AnnRecord::fullSymptom(ann, std::nullopt);
    unread.acknowledged = false; // the runner has read it since; the same entry all the same
    ASSERT_TRUE(SymptomRepository(coach.db()).add(unread));
    CalfTestRepository tests(coach.db());
    ASSERT_TRUE(tests.add({0, ann, QDate(2024, 3, 1), 25, 19, QStringLiteral("cold"), 1}));
    ASSERT_TRUE(tests.add({0, ann, QDate(2024, 3, 10), 22, 21, QString(), {}}));
    ASSERT_TRUE(
        StrengthRepository(coach.db())
            .add({0, ann, QDate(2024, 3, 2), QStringLiteral("soleus"), 2, QStringLiteral("ok")}));

    const BundleImport result = merged(coach.db(), fx.bundle);
    EXPECT_FALSE(result.athleteCreated);
    EXPECT_EQ(result.athlete.id, ann);
    EXPECT_EQ(result.athlete.name, QStringLiteral("ann lee"));
    EXPECT_EQ(result.added, (BundleCounts{1, 1, 1, 1, 1}));
    EXPECT_EQ(result.skipped, (BundleCounts{2, 1, 1, 1, 1}));

    auto all = runs.list(ann);
    ASSERT_EQ(all->size(), 4);
    EXPECT_EQ(all->at(0).notes, QStringLiteral("the coach's own note")) << "never changed";
    EXPECT_EQ(all->at(2).startUtc, AnnRecord::start3()) << "the GPX run came in";
    EXPECT_EQ(all->at(2).contentHash, AnnRecord::gpxRun(0).contentHash);
    EXPECT_EQ(all->at(3).contentHash, QByteArray("other")) << "61 s later: the coach's own";
    auto shoes = ShoeRepository(coach.db()).list(ann);
    ASSERT_EQ(shoes->size(), 2);
    EXPECT_EQ(
        ShoeRepository(coach.db()).findByName(ann, QStringLiteral("pegasus 40"))->value().limit,
        Distance::km(800))
        << "the log's shoe keeps its own limit";
    auto symptoms = SymptomRepository(coach.db()).list(ann);
    ASSERT_EQ(symptoms->size(), 2);
    EXPECT_FALSE(symptoms->at(0).acknowledged) << "a skipped entry is left as it was";
    EXPECT_EQ(symptoms->at(1).runId, closeId)
        << "the plain entry followed run 2, which the log already had as its own";
    EXPECT_EQ(CalfTestRepository(coach.db()).list(ann)->size(), 3);
    EXPECT_EQ(StrengthRepository(coach.db()).list(ann)->size(), 2);
}

TEST(Bundle, TwoAthletesMergeIntoOneCoachLog)
{
    Exported ann;
    TempLog bobLog;
    const qint64 bob = *installDemo(bobLog.db(), QStringLiteral("Bob"), QDate(2024, 6, 30));
    const QString bobBundle = bobLog.path(QStringLiteral("bob.stridewell-bundle"));
    auto bobExport = BundleService(bobLog.db()).exportAthlete(bob, bobBundle);
    ASSERT_TRUE(bobExport) << bobExport.message().toStdString();
    const DemoHistory demo = DemoHistory::build(QDate(2024, 6, 30));
    EXPECT_EQ(bobExport->counts, (BundleCounts{int(demo.runs.size()), int(demo.symptoms.size()),
                                               int(demo.calfTests.size()),
                                               int(demo.strength.size()), int(demo.shoes.size())}));

    TempLog coach;
    const BundleImport first = merged(coach.db(), ann.bundle);
    const BundleImport second = merged(coach.db(), bobBundle);
    EXPECT_TRUE(first.athleteCreated && second.athleteCreated);
    EXPECT_EQ(second.added, bobExport->counts);
    auto athletes = AthleteRepository(coach.db()).list();
    ASSERT_EQ(athletes->size(), 2);
    EXPECT_EQ(athletes->at(0).name, QStringLiteral("Ann Lee"));
    EXPECT_EQ(athletes->at(1).name, QStringLiteral("Bob"));
    EXPECT_EQ(*RunRepository(coach.db()).count(first.athlete.id), 3);
    EXPECT_EQ(*RunRepository(coach.db()).count(second.athlete.id), demo.runs.size());
    EXPECT_EQ(SymptomRepository(coach.db()).list(second.athlete.id)->size(), demo.symptoms.size());
}

TEST(Bundle, TheAthleteOptionPicksOrNamesTheTarget)
{
    Exported fx;
    TempLog coach;
    const qint64 existing = AthleteRepository(coach.db()).add(QStringLiteral("A. Lee"))->id;
    const BundleImport picked = merged(coach.db(), fx.bundle, QStringLiteral("a. LEE"));
    EXPECT_FALSE(picked.athleteCreated);
    EXPECT_EQ(picked.athlete.id, existing);
    EXPECT_EQ(picked.bundleAthlete, QStringLiteral("Ann Lee"));
    const BundleImport renamed = merged(coach.db(), fx.bundle, QStringLiteral("  Annie  "));
    EXPECT_TRUE(renamed.athleteCreated);
    EXPECT_EQ(renamed.athlete.name, QStringLiteral("Annie"));
    EXPECT_EQ(renamed.added.runs, 3) << "another athlete: her runs are not Annie's duplicates";
    EXPECT_FALSE(AthleteRepository(coach.db()).findByName(QStringLiteral("Ann Lee"))->has_value());
}

TEST(Bundle, ChangesAreToldOnceAfterTheCommit)
{
    Exported fx;
    TempLog target;
    int athletes = 0, runs = 0, symptoms = 0;
    ChangeNotifier& n = target.db().notifier();
    QObject::connect(&n, &ChangeNotifier::athletesChanged, [&] { ++athletes; });
    QObject::connect(&n, &ChangeNotifier::runsChanged, [&](qint64) { ++runs; });
    QObject::connect(&n, &ChangeNotifier::symptomsChanged, [&](qint64) { ++symptoms; });
    merged(target.db(), fx.bundle);
    EXPECT_EQ(athletes, 1);
    EXPECT_EQ(runs, 1);
    EXPECT_EQ(symptoms, 1);
}

TEST(Bundle, UndoingAMergeRemovesWhatItAddedAndNothingElse)
{
    Exported fx;
    TempLog coach;
    AnnRecord bob;
    bob.addTo(coach.db(), QStringLiteral("Bob"));
    const auto before = test::rowCounts(coach.db());

    const BundleImport first = merged(coach.db(), fx.bundle);
    ASSERT_TRUE(first.athleteCreated);
    EXPECT_EQ(first.ids.runs.size(), 3);
    EXPECT_EQ(first.ids.shoes.size(), 2);
    ASSERT_TRUE(BundleService(coach.db()).undoMerge(first));
    EXPECT_EQ(test::rowCounts(coach.db()), before) << "Ann and all her rows gone, Bob's kept";
    EXPECT_FALSE(AthleteRepository(coach.db()).findByName(QStringLiteral("Ann Lee"))->has_value());

    // Merged into an athlete the log already had: only the added rows go, the athlete stays.
    const BundleImport intoBob = merged(coach.db(), fx.bundle, QStringLiteral("Bob"));
    EXPECT_FALSE(intoBob.athleteCreated);
    EXPECT_EQ(intoBob.added, BundleCounts{}) << "Bob's record is Ann's, row for row";
    TempLog other;
    AnnRecord carl;
    carl.addTo(other.db(), QStringLiteral("Carl"));
    EXPECT_TRUE(
        CalfTestRepository(other.db()).add({0, carl.athlete, QDate(2024, 4, 1), 30, 28, {}, {}}));
    const QString carlBundle = other.path(QStringLiteral("carl.stridewell-bundle"));
    ASSERT_TRUE(BundleService(other.db()).exportAthlete(carl.athlete, carlBundle));
    const BundleImport extra = merged(coach.db(), carlBundle, QStringLiteral("Bob"));
    EXPECT_EQ(extra.added, (BundleCounts{0, 0, 1, 0, 0}));
    ASSERT_TRUE(BundleService(coach.db()).undoMerge(extra));
    EXPECT_EQ(test::rowCounts(coach.db()), before);
}

TEST(Bundle, AClinicsClearanceTravelsSoTheCoachSeesTheHoldEnd)
{
    // The runner logs a swollen calf, is seen, and logs the clearance; the coach's copy must not
    // stay on hold for ever.
    TempLog runner;
    const qint64 bea = AthleteRepository(runner.db()).add(QStringLiteral("Bea"))->id;
    Symptom swollen;
    swollen.athleteId = bea;
    swollen.date = QDate(2024, 6, 3);
    swollen.location = BodyLocation::CalfBelly;
    swollen.pain = 4;
    swollen.redFlags = {RedFlagSign::Swelling};
    ASSERT_TRUE(SymptomRepository(runner.db()).add(swollen));
    ASSERT_TRUE(ClearanceRepository(runner.db())
                    .add(Clearance{0, bea, QDate(2024, 6, 4), QStringLiteral("GP: no clot")}));
    const QString bundle = runner.path(QStringLiteral("bea.stridewell-bundle"));
    auto exported = BundleService(runner.db()).exportAthlete(bea, bundle);
    ASSERT_TRUE(exported) << exported.message().toStdString();
    EXPECT_EQ(exported->counts.clearances, 1);

    TempLog coach;
    const BundleImport first = merged(coach.db(), bundle);
    EXPECT_EQ(first.added.clearances, 1);
    auto clearances = ClearanceRepository(coach.db()).list(first.athlete.id);
    ASSERT_EQ(clearances->size(), 1);
    EXPECT_EQ(clearances->at(0).date, QDate(2024, 6, 4));
    EXPECT_EQ(clearances->at(0).notes, QStringLiteral("GP: no clot"));
    auto symptoms = SymptomRepository(coach.db()).list(first.athlete.id);
    EXPECT_FALSE(currentHold(*symptoms, *clearances, QDate(2024, 6, 10)))
        << "cleared in the runner's log, cleared in the coach's";

    const BundleImport again = merged(coach.db(), bundle);
    EXPECT_EQ(again.added.clearances, 0);
    EXPECT_EQ(again.skipped.clearances, 1);
    ASSERT_TRUE(BundleService(coach.db()).undoMerge(first));
    EXPECT_TRUE(ClearanceRepository(coach.db()).list(first.athlete.id)->isEmpty());
}
