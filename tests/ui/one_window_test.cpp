// One window per log (issue 15): a second window or launch on a log that a window has open
// brings that window forward instead; a holder that does not answer is named; a window lets
// go of its log when it closes it.
#include "log_claim.h"
#include "log_with_athlete.h"
#include "main_window.h"
#include "support/small_disk.h"
#include "support/wait_until.h"

#include <QLockFile>
#include <QMessageBox>
#include <QProcess>
#include <QStatusBar>
#include <QTemporaryDir>
#include <unistd.h>

using namespace stridewell;
using namespace stridewell::ui;
using namespace std::chrono_literals;

TEST(OneWindowPerLog, ASecondWindowOnTheLogBringsTheFirstForwardInstead)
{
    test::LogWithAthlete fixture;
    const QString log = fixture.log.logPath();
    MainWindow first(test::prefsFor(fixture.log));
    ASSERT_TRUE(first.openLog(log));
    int forward = 0;
    QObject::connect(&first, &MainWindow::broughtForward, [&] { ++forward; });

    MainWindow second(test::prefsFor(fixture.log));
    EXPECT_FALSE(second.openLog(log));
    EXPECT_TRUE(second.logPath().isEmpty());
    EXPECT_TRUE(second.showsWelcome());
    ASSERT_TRUE(test::waitUntil([&] { return forward == 1; })) << "the first window was not asked";
    ASSERT_TRUE(test::waitUntil([&] {
        return second.statusBar()->currentMessage().contains(QLatin1String("brought forward"));
    })) << second.statusBar()->currentMessage().toStdString();

    // Once the first window has closed the log, the second may open it.
    ASSERT_TRUE(first.openLog(fixture.log.path(QStringLiteral("another.sqlite"))));
    EXPECT_TRUE(second.openLog(log));
    EXPECT_EQ(second.logPath(), QFileInfo(log).absoluteFilePath());
}

TEST(OneWindowPerLog, AHolderThatDoesNotAnswerIsNamed)
{
    test::LogWithAthlete fixture;
    // A lock without a window behind it: another machine's, or a window that hangs.
    QLockFile lock(LogClaim::lockPath(fixture.log.logPath()));
    ASSERT_TRUE(lock.tryLock(0));
    MainWindow window(test::prefsFor(fixture.log));
    EXPECT_FALSE(window.openLog(fixture.log.logPath()));
    QMessageBox* box = nullptr;
    ASSERT_TRUE(test::waitUntil([&] {
        box = window.findChild<QMessageBox*>();
        return box && box->isVisible();
    })) << "no message";
    EXPECT_TRUE(box->text().contains(QLatin1String("is open in Stridewell elsewhere (process ")))
        << box->text().toStdString();
    box->accept();
}

TEST(OneWindowPerLog, ASecondLaunchBringsTheWindowForwardAndEnds)
{
    test::LogWithAthlete fixture;
    MainWindow window(test::prefsFor(fixture.log));
    ASSERT_TRUE(window.openLog(fixture.log.logPath()));
    int forward = 0;
    QObject::connect(&window, &MainWindow::broughtForward, [&] { ++forward; });

    QProcess launch;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("STRIDEWELL_DB"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), fixture.log.path(QStringLiteral("config")));
    launch.setProcessEnvironment(env);
    launch.start(QStringLiteral(STRIDEWELL_BINARY),
                 {QStringLiteral("--db"), fixture.log.logPath()});
    // This window answers from its event loop, which waitUntil runs.
    const bool ended = test::waitUntil([&] { return launch.state() == QProcess::NotRunning; }, 30s);
    if (!ended) {
        launch.kill();
        launch.waitForFinished();
    }
    ASSERT_TRUE(ended) << "the second launch opened a window of its own";
    EXPECT_EQ(launch.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(launch.exitCode(), 0) << launch.readAllStandardError().toStdString();
    EXPECT_EQ(forward, 1);
}

TEST(OneWindowPerLog, WhereNoLockFileCanBeMadeNoOtherWindowIsBlamed)
{
    // A folder where nothing can be created: a read-only disk, else (without root) a folder
    // without write permission.
    test::SmallDisk disk(1 << 20);
    QTemporaryDir plain;
    QString folder;
    if (disk.makeReadOnly())
        folder = disk.path(QStringLiteral("."));
    else if (::geteuid() != 0 &&
             QFile::setPermissions(plain.path(), QFile::ReadOwner | QFile::ExeOwner))
        folder = plain.path();
    else
        GTEST_SKIP() << "no read-only folder can be made here";
    QString holder;
    const auto claim = LogClaim::claim(folder + QStringLiteral("/log.sqlite"), &holder);
    EXPECT_TRUE(claim) << "claimed by " << holder.toStdString();
    EXPECT_TRUE(holder.isEmpty());
    QFile::setPermissions(plain.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}
