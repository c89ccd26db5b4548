// Nothing lost (issue 15) through the built binary: a full disk during import and export, the
// mode of every file written whatever the umask, a log that others could read, named pipes
// given as input, a window's lock beside the log, and progress only on a terminal.
#include "cli/cli_fixture.h"
#include "support/activity_fixtures.h"
#include "support/small_disk.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLockFile>
#include <QRegularExpression>
#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using stridewell::test::ProcessResult;
using stridewell::test::runStridewell;
using stridewell::test::SmallDisk;

namespace {

const QDateTime kStart(QDate(2024, 6, 3), QTime(5, 45), Qt::UTC);

int modeOf(const QString& path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

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
    // The folder's entries, to see that nothing half-written was left in it.
    QStringList entries(const QString& folder) const
    {
        return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
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

TEST_F(ReliabilityCli, ExportOnAFullDiskFailsAndLeavesThePreviousFileAsItWas)
{
    ok({QStringLiteral("demo"), QStringLiteral("--end"), QStringLiteral("2024-06-30")});
    SmallDisk disk(1 << 20);
    const QString target = disk.mounted() ? disk.path(QStringLiteral("runs.csv"))
                                          : dir.filePath(QStringLiteral("runs.csv"));
    const QStringList exportCsv = {QStringLiteral("export"), QStringLiteral("--format"),
                                   QStringLiteral("csv"), QStringLiteral("-o"), target};
    ok(exportCsv);
    const QByteArray good = stridewell::test::readFile(target);
    ASSERT_GT(good.size(), 4096);

    // The disk is full, or (where no small disk can be mounted) the child may not write more
    // than 4 KB to any file: either way the export's write fails part-way.
    std::function<void()> limit;
    std::unique_ptr<stridewell::core::Database> keepOpen;
    if (disk.mounted()) {
        ASSERT_TRUE(disk.fill());
    } else {
        // The log's -shm file exists while this connection is open, so the child needs no
        // room for it.
        auto opened = stridewell::core::Database::open(db);
        ASSERT_TRUE(opened) << opened.message().toStdString();
        keepOpen = std::move(*opened);
        limit = [] {
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit small{4096, 4096};
            ::setrlimit(RLIMIT_FSIZE, &small);
        };
    }
    const ProcessResult r = runStridewell({QStringLiteral("--db"), db, QStringLiteral("export"),
                                           QStringLiteral("--format"), QStringLiteral("csv"),
                                           QStringLiteral("-o"), target},
                                          {}, limit, std::chrono::seconds(60));
    EXPECT_EQ(r.exitCode, 1) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QLatin1String("wrote"))) << r.out.toStdString();
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("stridewell: error: %1: ").arg(target)))
        << r.err.toStdString();
    EXPECT_EQ(stridewell::test::readFile(target), good);
    const QStringList left = entries(QFileInfo(target).absolutePath());
    for (const QString& name : left)
        EXPECT_TRUE(name == QLatin1String("runs.csv") || name == QLatin1String("filler") ||
                    name.startsWith(QLatin1String("log.sqlite")))
            << "left behind: " << name.toStdString();
}

TEST_F(ReliabilityCli, EveryFileWrittenIsPrivateWhateverTheUmask)
{
    ok({QStringLiteral("demo"), QStringLiteral("--end"), QStringLiteral("2024-06-30")});
    const QString csv = dir.filePath(QStringLiteral("runs.csv"));
    stridewell::test::writeFile(csv, "an old export\n");
    ASSERT_TRUE(QFile::setPermissions(csv, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                               QFile::ReadOther));
    const auto noUmask = [] { ::umask(0); };
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const QString bundle = dir.filePath(QStringLiteral("alex.stridewell-bundle"));
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    for (const QStringList& args :
         {QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                      QStringLiteral("-o"), csv},
          QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                      QStringLiteral("bundle"), QStringLiteral("-o"), bundle},
          QStringList{QStringLiteral("report"), QStringLiteral("--to"),
                      QStringLiteral("2024-06-30"), QStringLiteral("-o"), pdf},
          QStringList{QStringLiteral("backup"), QStringLiteral("-o"), backup}}) {
        const ProcessResult r = on(db, args, noUmask);
        EXPECT_EQ(r.exitCode, 0) << args.join(QLatin1Char(' ')).toStdString() << ": "
                                 << r.err.toStdString();
    }
    for (const QString& file : {csv, pdf, bundle, backup})
        EXPECT_EQ(modeOf(file), 0600)
            << file.toStdString() << " has mode " << std::oct << modeOf(file);
    EXPECT_NE(stridewell::test::readFile(csv), QByteArray("an old export\n"));
    // No temporary file left beside them.
    QStringList left = entries(dir.path()).filter(QRegularExpression(QStringLiteral("^(?!log)")));
    left.sort();
    EXPECT_EQ(left, (QStringList{QStringLiteral("alex.stridewell-bundle"),
                                 QStringLiteral("backup.sqlite"), QStringLiteral("report.pdf"),
                                 QStringLiteral("runs.csv")}));
}

TEST_F(ReliabilityCli, ALogReadableByOthersIsMadePrivateWithANote)
{
    ok({QStringLiteral("athlete"), QStringLiteral("add"), QStringLiteral("Robin")});
    ASSERT_TRUE(QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                              QFile::ReadOther));
    const ProcessResult r = sw({QStringLiteral("athlete"), QStringLiteral("list")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(modeOf(db), 0600);
    EXPECT_EQ(r.err, QStringLiteral("stridewell: note: %1: the log was readable by other users; it "
                                    "is now private to you (mode 0600)\n")
                         .arg(QFileInfo(db).absoluteFilePath()));
    EXPECT_TRUE(r.out.contains(QLatin1String("Robin")));
    // Once private, nothing more is said.
    EXPECT_TRUE(sw({QStringLiteral("athlete"), QStringLiteral("list")}).err.isEmpty());
}

TEST_F(ReliabilityCli, ANamedPipeIsRefusedByNameInsteadOfWaitingForeverOnIt)
{
    ok({QStringLiteral("athlete"), QStringLiteral("add"), QStringLiteral("Robin")});
    const QString fifo = dir.filePath(QStringLiteral("pipe.gpx"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QStringList& args :
         {QStringList{QStringLiteral("import"), fifo}, QStringList{QStringLiteral("inspect"), fifo},
          QStringList{QStringLiteral("import-bundle"), fifo}}) {
        const ProcessResult r = on(db, args);
        EXPECT_EQ(r.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.startsWith(QStringLiteral("stridewell: error: %1: a named pipe (FIFO), "
                                                    "not a ")
                                         .arg(fifo)))
            << r.err.toStdString();
    }
    // Inside a folder it is no activity file: the folder's real files still come in.
    QDir().mkpath(dir.filePath(QStringLiteral("in")));
    ASSERT_EQ(
        ::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("in/pipe.fit"))).constData(), 0600),
        0);
    stridewell::test::writeFile(dir.filePath(QStringLiteral("in/run.fit")),
                                stridewell::test::fitActivity(kStart));
    const ProcessResult r = on(db, {QStringLiteral("import"), dir.filePath(QStringLiteral("in"))});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.endsWith(
        QStringLiteral("1 file: 1 imported (1 run), 0 duplicate, 0 skipped, 0 rejected\n")))
        << r.out.toStdString();
}

TEST_F(ReliabilityCli, TheCommandLineWorksBesideAWindowHoldingTheLog)
{
    ok({QStringLiteral("athlete"), QStringLiteral("add"), QStringLiteral("Robin")});
    // What a window holds while it has the log open (ui/log_claim.h).
    QLockFile lock(db + QStringLiteral(".lock"));
    ASSERT_TRUE(lock.tryLock(0));
    ok({QStringLiteral("log"), QStringLiteral("run"), QStringLiteral("--date"),
        QStringLiteral("2024-06-03"), QStringLiteral("--distance"), QStringLiteral("8"),
        QStringLiteral("--duration"), QStringLiteral("0:45:00")});
    EXPECT_EQ(jsonArray({QStringLiteral("runs"), QStringLiteral("--json")}).size(), 1);
    EXPECT_TRUE(lock.isLocked());
}

TEST_F(ReliabilityCli, ImportShowsProgressOnATerminalOnly)
{
    for (int i = 0; i < 3; ++i)
        stridewell::test::writeFile(dir.filePath(QStringLiteral("in/%1.fit").arg(i)),
                                    stridewell::test::fitActivity(kStart.addDays(i)));
    ok({QStringLiteral("athlete"), QStringLiteral("add"), QStringLiteral("Robin")});
    const QString second = dir.filePath(QStringLiteral("second.sqlite"));
    ASSERT_TRUE(QFile::copy(db, second));
    const QStringList args = {QStringLiteral("import"), dir.filePath(QStringLiteral("in"))};
    // To a pipe (as here, and in scripts): the lines and the summary, nothing on stderr.
    const ProcessResult piped = sw(args);
    EXPECT_EQ(piped.exitCode, 0);
    EXPECT_TRUE(piped.err.isEmpty()) << piped.err.toStdString();

    // stderr a terminal: "importing 1 of 3: 0.fit", and so on, each line erased by the next.
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    ASSERT_GE(master, 0);
    ASSERT_EQ(::grantpt(master), 0);
    ASSERT_EQ(::unlockpt(master), 0);
    const QByteArray terminal = ::ptsname(master);
    const ProcessResult shown = runStridewell(
        QStringList{QStringLiteral("--db"), second} + args, {},
        [terminal] {
            const int fd = ::open(terminal.constData(), O_RDWR | O_NOCTTY);
            if (fd >= 0)
                ::dup2(fd, STDERR_FILENO);
        },
        std::chrono::seconds(60));
    EXPECT_EQ(shown.exitCode, 0);
    EXPECT_EQ(shown.out, piped.out);
    ::fcntl(master, F_SETFL, O_NONBLOCK);
    QByteArray seen;
    char buffer[4096];
    for (ssize_t n; (n = ::read(master, buffer, sizeof buffer)) > 0;)
        seen.append(buffer, n);
    ::close(master);
    EXPECT_TRUE(seen.contains("importing 1 of 3: 0.fit")) << seen.toStdString();
    EXPECT_TRUE(seen.endsWith("\r\033[K")) << "the last progress line is erased";
}
