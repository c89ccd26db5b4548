// Nothing lost (issue 15) through the built binary: a full disk during import.
#include "cli/cli_fixture.h"
#include "support/activity_fixtures.h"
#include "support/small_disk.h"
#include "support/test_support.h"

#include <QJsonArray>
#include <QRegularExpression>

using stridewell::test::ProcessResult;
using stridewell::test::runStridewell;
using stridewell::test::SmallDisk;

namespace {

const QDateTime kStart(QDate(2024, 6, 3), QTime(5, 45), Qt::UTC);

class ReliabilityCli : public stridewell::test::CliFixture
{
protected:
    ProcessResult on(const QString& log, QStringList args,
                     const std::function<void()>& childSetup = {})
    {
        args.prepend(log);
        args.prepend(QStringLiteral("--db"));
        return runStridewell(args, {}, childSetup, std::chrono::seconds(60));
    }
};

} // namespace

TEST_F(ReliabilityCli, AFullDiskStopsImportAtOnceWithOneMessageAndAConsistentLog)
{
    SmallDisk disk(2 << 20);
    if (!disk.mounted())
        GTEST_SKIP() << "no size-limited file system can be mounted here (needs root); "
                        "FullLog.ImportStopsAtTheFirstFileThatDoesNotFit covers the same through "
                        "SQLite's max_page_count";
    const QString log = disk.path(QStringLiteral("log.sqlite"));
    ASSERT_EQ(on(log, {QStringLiteral("athlete"), QStringLiteral("add"), QStringLiteral("Robin")})
                  .exitCode,
              0);
    constexpr int kFiles = 30;
    for (int i = 0; i < kFiles; ++i)
        stridewell::test::writeFile(
            dir.filePath(QStringLiteral("in/%1.gpx").arg(i, 2, 10, QLatin1Char('0'))),
            stridewell::test::gpxActivity(kStart.addDays(i), 1800));
    ASSERT_TRUE(disk.fill(96 * 1024));

    const ProcessResult r = on(log, {QStringLiteral("import"), dir.filePath(QStringLiteral("in"))});
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    const QRegularExpressionMatch stop =
        QRegularExpression(QStringLiteral("^stridewell: error: \\Q%1\\E: the disk is full: "
                                          "(\\d+) files? imported, (\\d+) not tried")
                               .arg(log))
            .match(r.err);
    ASSERT_TRUE(stop.hasMatch()) << r.err.toStdString();
    const int imported = stop.captured(1).toInt();
    const int notTried = stop.captured(2).toInt();
    EXPECT_EQ(imported + 1 + notTried, kFiles) << r.err.toStdString();
    EXPECT_GT(notTried, 0);
    // One message, not one per file left, and no words of Qt's driver.
    EXPECT_EQ(r.err.count(QLatin1String("stridewell: error:")), 1) << r.err.toStdString();
    EXPECT_EQ(r.out.count(QLatin1String("rejected  ")), 1) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QLatin1String("Unable to"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("database or disk is full"))) << r.out.toStdString();

    // With room again: the log is sound, holds exactly the files imported, and the rest follow.
    disk.empty();
    EXPECT_EQ(on(log, {QStringLiteral("check")}).exitCode, 0);
    ProcessResult runs = on(log, {QStringLiteral("runs"), QStringLiteral("--json")});
    EXPECT_EQ(QJsonDocument::fromJson(runs.out.toUtf8()).array().size(), imported);
    const ProcessResult again =
        on(log, {QStringLiteral("import"), dir.filePath(QStringLiteral("in"))});
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("%1 files: %2 imported (%2 runs), %3 duplicate")
                                       .arg(kFiles)
                                       .arg(kFiles - imported)
                                       .arg(imported)))
        << again.out.toStdString();
}
