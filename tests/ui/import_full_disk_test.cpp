// A full disk during an import from the window (issue 15): the dialog stops at once and says
// how many files came in and how many were not tried; the log holds every file before.
#include "dialogs/import_dialog.h"
#include "import/import_service.h"
#include "storage/athlete_repository.h"
#include "storage/run_repository.h"
#include "support/activity_fixtures.h"
#include "support/small_disk.h"
#include "support/test_support.h"
#include "support/wait_until.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace stridewell;
using namespace stridewell::ui;
using namespace std::chrono_literals;

TEST(ImportFullDisk, TheDialogStopsAtOnceAndSaysWhatCameIn)
{
    test::SmallDisk disk(2 << 20);
    if (!disk.mounted())
        GTEST_SKIP() << "no size-limited file system can be mounted here (needs root); "
                        "FullLog.ImportStopsAtTheFirstFileThatDoesNotFit covers the stop";
    const QString log = disk.path(QStringLiteral("log.sqlite"));
    core::ImportOptions options;
    {
        auto db = core::Database::open(log);
        ASSERT_TRUE(db);
        options.athleteId = core::AthleteRepository(**db).add(QStringLiteral("Robin"))->id;
    }
    QTemporaryDir files;
    constexpr int kFiles = 20;
    const QDateTime start(QDate(2024, 6, 3), QTime(5, 45), Qt::UTC);
    for (int i = 0; i < kFiles; ++i)
        test::writeFile(files.filePath(QStringLiteral("%1.gpx").arg(i, 2, 10, QLatin1Char('0'))),
                        test::gpxActivity(start.addDays(i), 1800));
    ASSERT_TRUE(disk.fill(96 * 1024));

    ImportDialog dialog(log, {files.path()}, options);
    dialog.show();
    dialog.start();
    ASSERT_TRUE(test::waitUntil([&] { return dialog.isFinished(); }, 60s)) << "the import ends";
    const QRegularExpressionMatch stop =
        QRegularExpression(QStringLiteral("^Import stopped: the disk is full: (\\d+) files? "
                                          "imported, (\\d+) not tried\\."))
            .match(dialog.statusText());
    ASSERT_TRUE(stop.hasMatch()) << dialog.statusText().toStdString();
    const int imported = stop.captured(1).toInt();
    EXPECT_EQ(int(dialog.outcomes().size()), imported + 1);
    EXPECT_EQ(imported + 1 + stop.captured(2).toInt(), kFiles);
    disk.empty();
    auto db = core::Database::open(log);
    ASSERT_TRUE(db);
    EXPECT_EQ(*core::RunRepository(**db).count(options.athleteId), imported);
    EXPECT_TRUE((*db)->check()->isEmpty());
}
