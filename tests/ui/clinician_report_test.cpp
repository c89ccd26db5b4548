// The clinician PDF read back as a person would, with poppler: every section in its order, the
// key numbers of the demo story (worked out by hand from demo_history.cpp), every page rendered,
// the paper size; an athlete with no symptoms or no runs says so instead of showing empty
// charts; red flags come first.
#include "report/picture_block.h"
#include "report_fixture.h"
#include "storage/symptom_repository.h"
#include "support/poppler.h"

#include <QImage>
#include <QTemporaryDir>

using namespace stridewell;
using namespace stridewell::ui;

namespace {

// Where each text first appears in `text`, in order; -1 for one that is missing or out of order.
void expectInOrder(const QString& text, const QStringList& parts)
{
    qsizetype from = 0;
    for (const QString& part : parts) {
        const qsizetype at = text.indexOf(part, from);
        EXPECT_GE(at, 0) << "missing, or out of order: " << part.toStdString();
        if (at >= 0)
            from = at + part.size();
    }
}

QString writePdf(const ClinicianReport& report, const QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    const core::Status ok = report.writePdf(path);
    EXPECT_TRUE(ok.ok()) << (ok.ok() ? "" : ok.message().toStdString());
    return path;
}

int chartCount(const ClinicianReport& report)
{
    int n = 0;
    for (const auto& block : report.blocks())
        n += dynamic_cast<const PictureBlock*>(block.get()) != nullptr;
    return n;
}

} // namespace

TEST(ClinicianReport, DemoHasEverySectionInOrderAndTheKeyNumbers)
{
    test::TempLog log;
    const auto report = test::reportFor(log.db(), test::demoAthlete(log.db()));
    QTemporaryDir dir;
    const QString pdf = writePdf(*report, dir, QStringLiteral("demo.pdf"));
    const QString words = test::pdfWords(pdf);

    expectInOrder(words, {
                             QStringLiteral("Training summary for a clinician"),
                             QStringLiteral("Alex (demo)"),
                             QStringLiteral("8 Apr 2024 – 30 Jun 2024 (12 weeks)"),
                             QStringLiteral("Made on 1 Jul 2024"),
                             QStringLiteral("Stridewell 0.1.0"),
                             QStringLiteral("distance in kilometres (km)"),
                             QStringLiteral("Training in the period"),
                             QStringLiteral("Load, pain and cadence over time"),
                             QStringLiteral("Weekly distance"),
                             QStringLiteral("Calf pain"),
                             QStringLiteral("Cadence"),
                             QStringLiteral("Calf symptoms"),
                             QStringLiteral("Single-leg calf raise tests"),
                             QStringLiteral("Episode and return to running"),
                             QStringLiteral("Gates before the first run"),
                             QStringLiteral("Stages"),
                             QStringLiteral("Sessions"),
                             QStringLiteral("What came before"),
                             QStringLiteral("Flags in the period"),
                             QStringLiteral("Strength work"),
                             QStringLiteral("The plan on 30 Jun 2024"),
                             QStringLiteral("Shoes"),
                             QStringLiteral("Notes"),
                             QStringLiteral("About this report"),
                             QStringLiteral("not a diagnosis"),
                             QStringLiteral("References"),
                             QStringLiteral("[1] Nielsen RO"),
                         });

    // Weeks 9-20 of the demo: 25.5 + 28 + 29.5 + 31 + 56.1 + 4 + 2.5 + 8.8 + 10 + 12.1 + 17.9
    // + 17 = 242.4 km in 4 x 4 + 6 + 1 + 1 + 5 x 3 = 39 runs; 242.4 / 12 = 20.2 km a week.
    EXPECT_TRUE(words.contains(QStringLiteral("Runs 39 Distance 242.4 km")));
    EXPECT_TRUE(words.contains(QStringLiteral("20.2 km over 12 weeks")));
    EXPECT_TRUE(words.contains(QStringLiteral("Longest run 21.1 km on 2024-05-12")));
    // The spike week: 56.1 km after 31 (7.5 + 8 + 5.5 + 10), +81%; the half marathon 21.1 km
    // after a longest run of 10 km in the 30 days before it, +111%.
    EXPECT_TRUE(
        words.contains(QStringLiteral("week of 2024-05-06: 56.1 km after 31.0 km the week before "
                                      "(+81%)")));
    EXPECT_TRUE(words.contains(QStringLiteral("2024-05-12: 21.1 km, +111% on the longest run of "
                                              "the 30 days before it (10.0 km)")));
    // High: the three of 12 May, the load ratio on 9 and 11 June, +48% on 21 June; caution: the
    // shoes, 9 and 11 May, the two calf-raise tests, +14% and +21%, two spikes of June.
    EXPECT_TRUE(words.contains(QStringLiteral("6 high, 9 caution, 0 info")));

    // Every pain entry of the period, one table row each: date, side, place, pain, type.
    const qsizetype symptoms = words.indexOf(QStringLiteral("Calf symptoms"));
    ASSERT_GT(symptoms, 0);
    const QString table = words.mid(symptoms);
    for (const char* row :
         {"2024-04-21 Right Calf belly 2/10 Cramp",
          "2024-05-13 Left Inner lower calf 4/10 Tightness",
          "2024-05-14 Left Inner lower calf 5/10 Ache",
          "2024-05-16 Left Inner lower calf 3/10 Ache",
          "2024-05-19 Left Inner lower calf 2/10 Tightness",
          "2024-05-21 Left Inner lower calf 1/10 Tightness",
          "2024-06-03 Left Inner lower calf 3/10 Tightness",
          "2024-06-10 Left Inner lower calf 1/10 Tightness After a run bent knee – "
          "First continuous run in four weeks."})
        EXPECT_TRUE(table.contains(QString::fromUtf8(row))) << row;
    // The episode: its onset, the gates and the day each was met, the stages, the repeat of
    // 3 June, and the 4 weeks before the first painful entry (13 May): 28.0, 29.5, 31.0 and
    // 56.1 km (56.1 / 31.0 - 1 = +81%), the half marathon +111% on 10 km, the ratio 1.55.
    EXPECT_TRUE(words.contains(QStringLiteral("a calf episode began on 14 May 2024 (pain 5/10 "
                                              "that came on during a run)")));
    EXPECT_TRUE(words.contains(QStringLiteral("Hopping met 2024-05-22 hopping pain 1/10 on "
                                              "2024-05-22: 2/10 or less needed")));
    EXPECT_TRUE(words.contains(QStringLiteral("2024-06-21 stage 6 to normal training 2 counted "
                                              "sessions at stage 6")));
    EXPECT_TRUE(words.contains(QStringLiteral("2024-06-03 3 3.3 km 3/10 2/10 repeat the stage")));
    EXPECT_TRUE(words.contains(QStringLiteral(
        "In the 4 weeks before the first painful entry on 2024-05-13: 28.0 km, 29.5 km, 31.0 km, "
        "56.1 km a week (+81% in the last on the one before); the biggest single run, 21.1 km on "
        "2024-05-12, was 111% longer than the longest of the 30 days before it (10.0 km); the "
        "load ratio stood at 1.55")));
    EXPECT_TRUE(words.contains(QStringLiteral("2024-05-12 21.1 km")));
    // The calf-raise test of 15 May: 16 left, 25 right: 1 - 16/25 = 36%, left weaker.
    EXPECT_TRUE(words.contains(QStringLiteral("2024-05-15 16 25 36%, left weaker")));
    // The hop test of 22 May (1/10) in its own column; "–" where hopping was not tested.
    EXPECT_TRUE(words.contains(QStringLiteral("2024-05-15 16 25 36%, left weaker –")));
    EXPECT_TRUE(words.contains(QStringLiteral("2024-05-22 25 27 7%, left weaker 1/10 Ten hops")));
    // The old pair had 520 km when added; 751.0 km at the end of June.
    EXPECT_TRUE(words.contains(
        QStringLiteral("Pegasus 39 53.5 km (8 runs) 751.0 km 700 km past its limit")));

    // Every page rendered, numbered "Page n of N".
    const int pages = test::pdfPageCount(pdf);
    EXPECT_EQ(pages, report->pageCount());
    EXPECT_GE(pages, 4);
    const QStringList pngs = test::renderPages(pdf, dir.filePath(QStringLiteral("page")));
    ASSERT_EQ(pngs.size(), pages);
    for (int i = 0; i < pages; ++i) {
        const QImage image(pngs[i]);
        EXPECT_FALSE(image.isNull()) << pngs[i].toStdString();
        EXPECT_EQ(image.width(), 496) << "A4 is 8.27 in wide: 496 pixels at 60 dpi";
        EXPECT_TRUE(words.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages)));
    }
    EXPECT_EQ(chartCount(*report), 4);
}

TEST(ClinicianReport, PaperSizesA4AndLetter)
{
    test::TempLog log;
    const qint64 athlete = test::demoAthlete(log.db());
    QTemporaryDir dir;
    const auto a4 = test::reportFor(log.db(), athlete, {PageFormat::A4, DistanceUnit::Km});
    const auto letter = test::reportFor(log.db(), athlete, {PageFormat::Letter, DistanceUnit::Km});
    EXPECT_EQ(test::pdfPageSize(writePdf(*a4, dir, QStringLiteral("a4.pdf"))),
              QStringLiteral("595 x 842 pts (A4)"));
    const QString letterPdf = writePdf(*letter, dir, QStringLiteral("letter.pdf"));
    EXPECT_EQ(test::pdfPageSize(letterPdf), QStringLiteral("612 x 792 pts (letter)"));
    const QStringList pngs = test::renderPages(letterPdf, dir.filePath(QStringLiteral("letter")));
    ASSERT_EQ(pngs.size(), letter->pageCount());
    EXPECT_EQ(QImage(pngs.front()).size(), QSize(510, 660)) << "8.5 x 11 in at 60 dpi";
}

TEST(ClinicianReport, MilesWhenTheAthleteChoseThem)
{
    test::TempLog log;
    const auto report =
        test::reportFor(log.db(), test::demoAthlete(log.db()), {PageFormat::A4, DistanceUnit::Mi});
    QTemporaryDir dir;
    const QString words = test::pdfWords(writePdf(*report, dir, QStringLiteral("mi.pdf")));
    // 279.7 km / 1.609344 = 173.80 mi; 56.1 km = 34.86 mi after 31 km = 19.26 mi.
    EXPECT_TRUE(words.contains(QStringLiteral("distance in miles (mi)")));
    EXPECT_TRUE(words.contains(QStringLiteral("Distance 150.6 mi"))) << "242.4 km";
    EXPECT_TRUE(words.contains(QStringLiteral("34.9 mi after 19.3 mi the week before (+81%)")));
}

TEST(ClinicianReport, AnAthleteWithoutSymptomsSaysSo)
{
    test::TempLog log;
    const auto report = test::reportFor(log.db(), test::runsOnlyAthlete(log.db()));
    QTemporaryDir dir;
    const QString words = test::pdfWords(writePdf(*report, dir, QStringLiteral("runs.pdf")));
    EXPECT_FALSE(words.contains(QStringLiteral("Read first")));
    EXPECT_TRUE(words.contains(QStringLiteral("No red-flag signs were logged in this period")));
    EXPECT_TRUE(words.contains(QStringLiteral("Runs 11 Distance 66.0 km")));
    EXPECT_TRUE(words.contains(
        QStringLiteral("No calf symptoms were logged in this period, so there is no pain chart.")));
    EXPECT_TRUE(words.contains(QStringLiteral("No calf-raise tests were logged in this period.")));
    // Logging began on Monday 10 June, in the tenth week of the 12: 11 runs of 6 km are 66 km
    // over the 3 weeks since (22.0 a week), not over 12 (5.5).
    EXPECT_TRUE(words.contains(
        QStringLiteral("Weekly average 22.0 km over 3 weeks since logging began on 10 Jun 2024")))
        << words.toStdString();
    // The plan suggests general calf strength work to a runner without symptoms from the week
    // after the first run; none was done. The weeks before are not counted as skipped.
    EXPECT_TRUE(words.contains(QStringLiteral(
        "(daily stretching not counted), from the week of 17 Jun 2024, the first a plan "
        "suggested strength work: 0 done,")))
        << words.toStdString();
    EXPECT_TRUE(words.contains(QStringLiteral("2024-04-08 not logged")));
    EXPECT_TRUE(words.contains(QStringLiteral("2024-06-10 no plan yet 0")));
    EXPECT_TRUE(words.contains(QStringLiteral("Weeks before 10 Jun 2024, when logging began, were "
                                              "not logged.")));
    // Three weeks of runs: no load ratio yet (it needs four), so no chart of it either; the
    // report says a baseline is being built.
    EXPECT_TRUE(words.contains(QStringLiteral("Load ratio: building a baseline.")));
    EXPECT_EQ(chartCount(*report), 2) << "weekly distance and cadence; no pain or ratio chart";
    EXPECT_EQ(int(test::renderPages(writePdf(*report, dir, QStringLiteral("r.pdf")),
                                    dir.filePath(QStringLiteral("r")))
                      .size()),
              report->pageCount());
}

TEST(ClinicianReport, AnAthleteWithNothingLoggedSaysSo)
{
    test::TempLog log;
    const qint64 id = core::AthleteRepository(log.db()).add(QStringLiteral("Nobody")).value().id;
    const auto report = test::reportFor(log.db(), id);
    QTemporaryDir dir;
    const QString words = test::pdfWords(writePdf(*report, dir, QStringLiteral("none.pdf")));
    EXPECT_TRUE(words.contains(QStringLiteral("No runs were logged in this period.")));
    EXPECT_TRUE(words.contains(QStringLiteral("No runs and no calf symptoms were logged in this "
                                              "period, so there is nothing to chart.")));
    EXPECT_TRUE(words.contains(QStringLiteral("No flags were raised in this period.")));
    EXPECT_TRUE(words.contains(QStringLiteral("No shoes are tracked for this athlete.")));
    // An empty log has planned nothing a runner could be read as skipping.
    EXPECT_TRUE(words.contains(
        QStringLiteral("No strength sessions were planned or logged in this period.")));
    EXPECT_FALSE(words.contains(QStringLiteral(" planned.")));
    EXPECT_EQ(chartCount(*report), 0);
    EXPECT_LE(report->pageCount(), 2);
}

TEST(ClinicianReport, RedFlagsComeBeforeEverythingElse)
{
    test::TempLog log;
    const qint64 athlete = test::demoAthlete(log.db());
    core::Symptom s;
    s.athleteId = athlete;
    s.date = QDate(2024, 6, 20);
    s.location = core::BodyLocation::CalfBelly;
    s.side = core::Side::Right;
    s.pain = 6;
    s.redFlags = {core::RedFlagSign::Swelling, core::RedFlagSign::WarmthRedness};
    ASSERT_TRUE(core::SymptomRepository(log.db()).add(s).ok());
    const auto report = test::reportFor(log.db(), athlete);
    QTemporaryDir dir;
    const QString words = test::pdfWords(writePdf(*report, dir, QStringLiteral("flag.pdf")));
    // Swelling with warmth and no clear injury: a doctor today, before everything else.
    expectInOrder(words,
                  {QStringLiteral("Read first"), QStringLiteral("See a doctor today"),
                   QStringLiteral("2024-06-20"), QStringLiteral("Right, calf belly: pain 6/10"),
                   QStringLiteral("The calf is visibly swollen"),
                   QStringLiteral("Training in the period")});
    EXPECT_TRUE(words.contains(QStringLiteral("Running and strength work are on hold")));
}
