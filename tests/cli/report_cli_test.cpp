// report end to end through the built binary (design.md section 3): the PDF it writes read back
// with poppler, the paper sizes, the default period, and the usage errors that write nothing.
#include "cli/cli_fixture.h"
#include "support/poppler.h"

#include <QDir>
#include <QFileInfo>

namespace {

class ReportCli : public stridewell::test::CliFixture
{
protected:
    QString pdf = dir.filePath(QStringLiteral("report.pdf"));

    void SetUp() override
    {
        ok({QStringLiteral("demo"), QStringLiteral("--end"), QStringLiteral("2024-06-30")});
    }

    QStringList report(const QStringList& more) const
    {
        return QStringList{QStringLiteral("report")} + more;
    }

    // A usage error: exit 2, the message on stderr, nothing on stdout and no file written.
    void expectRefused(const QStringList& args, const char* expected)
    {
        expectUsageError(report(args), expected);
        EXPECT_FALSE(QFileInfo::exists(pdf)) << "a refused report wrote " << pdf.toStdString();
        EXPECT_EQ(QDir(dir.path()).entryList({QStringLiteral("*.pdf")}).size(), 0);
    }
};

const QString kAlex = QStringLiteral("Alex (demo)");

} // namespace

TEST_F(ReportCli, WritesTheDemoReportWithoutADisplay)
{
    QProcessEnvironment noDisplay;
    noDisplay.insert(QStringLiteral("DISPLAY"), QString());
    noDisplay.insert(QStringLiteral("WAYLAND_DISPLAY"), QString());
    noDisplay.insert(QStringLiteral("QT_QPA_PLATFORM"), QString());
    stridewell::test::ProcessResult r = stridewell::test::runStridewell(
        {QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--athlete"), kAlex,
         QStringLiteral("--to"), QStringLiteral("2024-06-30"), QStringLiteral("-o"), pdf},
        noDisplay);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    // The default period: the 12 calendar weeks up to 30 June, from Monday 8 April.
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("wrote the clinician report of Alex (demo), "
                                                "2024-04-08 to 2024-06-30, ")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("(A4), to ") + pdf)) << r.out.toStdString();
    EXPECT_EQ(stridewell::test::pdfPageSize(pdf), QStringLiteral("595 x 842 pts (A4)"));

    const QString words = stridewell::test::pdfWords(pdf);
    EXPECT_TRUE(words.contains(QStringLiteral("8 Apr 2024 – 30 Jun 2024 (12 weeks)")));
    EXPECT_TRUE(words.contains(QStringLiteral("Distance 242.4 km")));
    EXPECT_TRUE(words.contains(QStringLiteral("week of 2024-05-06: 56.1 km after 31.0 km")));
    EXPECT_TRUE(words.contains(QStringLiteral("2024-05-14 Left Inner lower calf 5/10 Ache")));
    const int pages = stridewell::test::pdfPageCount(pdf);
    EXPECT_EQ(stridewell::test::renderPages(pdf, dir.filePath(QStringLiteral("p"))).size(), pages);
    EXPECT_TRUE(r.out.contains(QStringLiteral(", %1 pages (A4)").arg(pages)));
}

TEST_F(ReportCli, LetterPaperMilesAndAChosenPeriod)
{
    stridewell::test::ProcessResult r =
        ok({QStringLiteral("--units"), QStringLiteral("mi"), QStringLiteral("report"),
            QStringLiteral("--from"), QStringLiteral("2024-05-06"), QStringLiteral("--to"),
            QStringLiteral("2024-05-12"), QStringLiteral("--page"), QStringLiteral("letter"),
            QStringLiteral("-o"), pdf});
    EXPECT_TRUE(r.out.contains(QStringLiteral("2024-05-06 to 2024-05-12")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("(US Letter)")));
    EXPECT_EQ(stridewell::test::pdfPageSize(pdf), QStringLiteral("612 x 792 pts (letter)"));
    const QString words = stridewell::test::pdfWords(pdf);
    // The half-marathon week alone: 9 + 7 + 10 + 5 + 4 + 21.1 = 56.1 km = 34.9 mi in 6 runs.
    EXPECT_TRUE(words.contains(QStringLiteral("6 May 2024 – 12 May 2024 (1 week)")));
    EXPECT_TRUE(words.contains(QStringLiteral("Runs 6 Distance 34.9 mi")));
    EXPECT_TRUE(words.contains(QStringLiteral("No calf symptoms were logged in this period.")));
}

TEST_F(ReportCli, ReplacesAnOldReport)
{
    stridewell::test::writeFile(pdf, "old");
    ok(report({QStringLiteral("--to"), QStringLiteral("2024-06-30"), QStringLiteral("-o"), pdf}));
    EXPECT_TRUE(stridewell::test::readFile(pdf).startsWith("%PDF-"));
}

TEST_F(ReportCli, UsageErrorsExitTwoAndWriteNothing)
{
    expectRefused({QStringLiteral("--to"), QStringLiteral("2024-06-30")},
                  "-o: the output FILE.pdf is required");
    expectRefused(
        {QStringLiteral("--from"), QStringLiteral("2024-13-01"), QStringLiteral("-o"), pdf},
        "--from: \"2024-13-01\" is not a date (use YYYY-MM-DD)");
    expectRefused({QStringLiteral("--to"), QStringLiteral("30/06/2024"), QStringLiteral("-o"), pdf},
                  "--to: \"30/06/2024\" is not a date");
    expectRefused({QStringLiteral("--from"), QStringLiteral("2024-06-30"), QStringLiteral("--to"),
                   QStringLiteral("2024-06-01"), QStringLiteral("-o"), pdf},
                  "--from: 2024-06-30 is after --to 2024-06-01");
    expectRefused(
        {QStringLiteral("--from"), QStringLiteral("2999-01-01"), QStringLiteral("-o"), pdf},
        "--from: 2999-01-01 is after today");
    expectRefused({QStringLiteral("--page"), QStringLiteral("a5"), QStringLiteral("-o"), pdf},
                  "--page: \"a5\" is not a4 or letter");
    expectRefused({QStringLiteral("-o"), dir.path()}, "is a folder");
    expectRefused({QStringLiteral("--colour"), QStringLiteral("-o"), pdf},
                  "Unknown option 'colour'");
    expectRefused({QStringLiteral("-o")}, "Missing value after '-o'");
}

TEST_F(ReportCli, FailuresExitOneAndWriteNothing)
{
    stridewell::test::ProcessResult r = sw(
        report({QStringLiteral("--athlete"), QStringLiteral("Nobody"), QStringLiteral("-o"), pdf}));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("stridewell: error: --athlete: no athlete named "
                                                "\"Nobody\"")))
        << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(pdf));

    const QString unwritable = dir.filePath(QStringLiteral("no/such/folder/report.pdf"));
    r = sw(report({QStringLiteral("-o"), unwritable}));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("stridewell: error: ") + unwritable +
                                 QStringLiteral(": cannot write")))
        << r.err.toStdString();

    // A log that is not there is not created by a report.
    const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
    r = stridewell::test::runStridewell(
        {QStringLiteral("--db"), missing, QStringLiteral("report"), QStringLiteral("-o"), pdf});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_FALSE(QFileInfo::exists(missing));
    EXPECT_FALSE(QFileInfo::exists(pdf));
}

TEST_F(ReportCli, HelpDescribesTheCommand)
{
    stridewell::test::ProcessResult r = ok({QStringLiteral("report"), QStringLiteral("--help")});
    EXPECT_TRUE(r.out.startsWith(QStringLiteral(
        "Usage: stridewell report --athlete A [--from D] [--to D] [--page a4|letter] -o FILE.pdf")))
        << r.out.toStdString();
    EXPECT_TRUE(
        ok({QStringLiteral("--help")}).out.contains(QStringLiteral("  report --athlete A")));
}
