// Nothing lost, and every change seen (issue 15), in core: storage errors that name the log
// without Qt's words, a full log stopping an import, files written whole and owner-only, a log
// others could read made private, and one change signal whoever wrote.
#include "import/import_service.h"
#include "storage/athlete_repository.h"
#include "storage/change_notifier.h"
#include "storage/database.h"
#include "storage/log_watcher.h"
#include "storage/private_file.h"
#include "storage/run_repository.h"
#include "storage/sql_query.h"
#include "support/activity_fixtures.h"
#include "support/test_support.h"
#include "support/wait_until.h"

#include <QDir>
#include <QFile>
#include <QThread>
#include <sys/stat.h>

using namespace stridewell;
using namespace stridewell::core;
using stridewell::test::TempLog;

namespace {

const QDateTime kStart(QDate(2024, 6, 3), QTime(5, 45), Qt::UTC);

int modeOf(const QString& path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

// Sets the umask for one scope.
class Umask
{
public:
    explicit Umask(mode_t mask) : m_old(::umask(mask)) {}
    ~Umask() { ::umask(m_old); }

private:
    mode_t m_old;
};

core::Run aRun(qint64 athlete, int day)
{
    core::Run run;
    run.athleteId = athlete;
    run.startUtc = kStart.addDays(day);
    run.distance = Distance::km(8);
    run.elapsed = Duration::seconds(2700);
    return run;
}

// Caps the log's size at its present pages plus `extra` (PRAGMA max_page_count, for this
// connection): what a full disk does, without a small disk.
void capLog(Database& db, int extra)
{
    SqlQuery count(db, QStringLiteral("PRAGMA page_count"));
    ASSERT_TRUE(count.exec() && count.next());
    SqlQuery cap(db,
                 QStringLiteral("PRAGMA max_page_count = %1").arg(count.value(0).toInt() + extra));
    ASSERT_TRUE(cap.exec());
}

} // namespace

TEST(StorageErrors, NameTheLogAndGiveSqlitesReasonWithoutQtsWords)
{
    TempLog log;
    const qint64 athlete = AthleteRepository(log.db()).add(QStringLiteral("Robin"))->id;
    capLog(log.db(), 0);
    core::Run run = aRun(athlete, 0);
    run.notes = QString(20000, QLatin1Char('x')); // more than the one free page holds
    auto added = RunRepository(log.db()).add(run);
    ASSERT_FALSE(added);
    EXPECT_EQ(added.error().kind, ErrorKind::DiskFull);
    EXPECT_EQ(added.message(), log.db().path() + QStringLiteral(": cannot write: database or disk "
                                                                "is full"));

    SqlQuery bad(log.db(), QStringLiteral("SELECT nothing FROM nowhere"));
    const Status failed = bad.exec();
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error().kind, ErrorKind::Other);
    EXPECT_TRUE(failed.message().startsWith(log.db().path() + QStringLiteral(": cannot read: ")))
        << failed.message().toStdString();
    EXPECT_FALSE(failed.message().contains(QLatin1String("Unable to")))
        << failed.message().toStdString();
}

TEST(FullLog, ImportStopsAtTheFirstFileThatDoesNotFit)
{
    TempLog log;
    ImportOptions options;
    options.athleteId = AthleteRepository(log.db()).add(QStringLiteral("Robin"))->id;
    capLog(log.db(), 40);
    ImportService service(log.db());
    int imported = 0;
    FileOutcome stop;
    for (int i = 0; i < 30 && !stop.stopsImport(); ++i) {
        const FileOutcome outcome = service.importData(
            QStringLiteral("%1.gpx").arg(i), test::gpxActivity(kStart.addDays(i), 1800), options);
        if (outcome.stopsImport())
            stop = outcome;
        else
            imported += outcome.status == FileOutcome::Status::Imported ? 1 : 0;
    }
    ASSERT_TRUE(stop.stopsImport()) << "the log never filled up";
    EXPECT_GT(imported, 0);
    EXPECT_EQ(stop.errorKind, ErrorKind::DiskFull);
    EXPECT_TRUE(stop.message.contains(QLatin1String("database or disk is full")))
        << stop.message.toStdString();
    EXPECT_TRUE(stop.message.startsWith(log.db().path())) << stop.message.toStdString();
    // Every file before it whole, nothing of it.
    EXPECT_EQ(*RunRepository(log.db()).count(options.athleteId), imported);
    EXPECT_TRUE(log.db().check()->isEmpty());
    // A file's own fault does not stop an import.
    const FileOutcome bad = service.importData(QStringLiteral("bad.gpx"), "<gpx>", options);
    EXPECT_EQ(bad.status, FileOutcome::Status::Rejected);
    EXPECT_FALSE(bad.stopsImport());
}

TEST(PrivateFile, IsWrittenOwnerOnlyWhateverTheUmaskAndReplacesTheOldOneWhole)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    {
        const Umask open(0);
        ASSERT_TRUE(writePrivateFile(path, QByteArray("first\n")));
        EXPECT_EQ(modeOf(path), 0600);
        // An existing file others could read is replaced by a private one.
        ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner |
                                                    QFile::ReadGroup | QFile::ReadOther));
        ASSERT_TRUE(writePrivateFile(path, QByteArray("second\n")));
        EXPECT_EQ(modeOf(path), 0600);
    }
    EXPECT_EQ(test::readFile(path), QByteArray("second\n"));

    // A failure part-way leaves the old file as it was, and no temporary file beside it.
    const Status failed = writePrivateFile(path, [](QIODevice& out) -> Status {
        out.write("half of it");
        return fail(QStringLiteral("stopped"));
    });
    EXPECT_FALSE(failed);
    EXPECT_EQ(test::readFile(path), QByteArray("second\n"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("out.csv")});

    const Status noFolder = writePrivateFile(dir.filePath(QStringLiteral("gone/out.csv")), "x");
    EXPECT_TRUE(noFolder.message().contains(QLatin1String("does not exist")))
        << noFolder.message().toStdString();
}

TEST(Backup, IsPrivateWhateverTheUmaskAndLeavesNoHalfCopy)
{
    TempLog log;
    ASSERT_TRUE(AthleteRepository(log.db()).add(QStringLiteral("Robin")));
    const QString backup = log.path(QStringLiteral("backup.sqlite"));
    {
        const Umask open(0);
        ASSERT_TRUE(log.db().backupTo(backup));
    }
    EXPECT_EQ(modeOf(backup), 0600);
    auto copy = Database::open(backup);
    ASSERT_TRUE(copy);
    EXPECT_EQ(AthleteRepository(**copy).list()->size(), 1);

    // A backup that cannot be written leaves nothing behind.
    const QString elsewhere = log.path(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkpath(elsewhere));
    ASSERT_TRUE(QFile::setPermissions(elsewhere, QFile::ReadOwner | QFile::ExeOwner));
    if (::geteuid() != 0) { // root writes where it likes
        EXPECT_FALSE(log.db().backupTo(elsewhere + QStringLiteral("/backup.sqlite")));
        EXPECT_TRUE(
            QDir(elsewhere).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }
    QFile::setPermissions(elsewhere, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST(LogPermissions, ALogOthersCouldReadIsMadePrivateOnOpen)
{
    TempLog log;
    log.close();
    ASSERT_TRUE(QFile::setPermissions(log.logPath(), QFile::ReadOwner | QFile::WriteOwner |
                                                         QFile::ReadGroup | QFile::ReadOther));
    auto opened = Database::open(log.logPath());
    ASSERT_TRUE(opened);
    EXPECT_TRUE((*opened)->madePrivate());
    EXPECT_EQ(modeOf(log.logPath()), 0600);
    opened->reset();
    auto again = Database::open(log.logPath());
    ASSERT_TRUE(again);
    EXPECT_FALSE((*again)->madePrivate());
}

TEST(LogWatcher, AnotherConnectionsCommitArrivesAsOneLogChanged)
{
    TempLog log;
    const qint64 athlete = AthleteRepository(log.db()).add(QStringLiteral("Robin"))->id;
    int changes = 0;
    QObject::connect(&log.db().notifier(), &ChangeNotifier::logChanged, [&] { ++changes; });
    LogWatcher watcher(log.db(), std::chrono::milliseconds(20));

    // Nothing written: nothing heard.
    EXPECT_FALSE(watcher.checkNow());
    EXPECT_EQ(changes, 0);

    // Another connection of this process (what a worker thread has), then another thread.
    auto other = Database::open(log.logPath());
    ASSERT_TRUE(other);
    ASSERT_TRUE(RunRepository(**other).add(aRun(athlete, 0)));
    ASSERT_TRUE(test::waitUntil([&] { return changes == 1; })) << "changes: " << changes;
    std::unique_ptr<QThread> worker(QThread::create([path = log.logPath(), athlete] {
        auto db = Database::open(path);
        for (int day = 1; day <= 3 && db; ++day)
            (void)RunRepository(**db).add(aRun(athlete, day));
    }));
    worker->start();
    ASSERT_TRUE(test::waitUntil([&] { return worker->isFinished(); }));
    ASSERT_TRUE(test::waitUntil([&] { return changes >= 2; })) << "changes: " << changes;
    const int afterWorker = changes;
    EXPECT_FALSE(watcher.checkNow()) << "each commit is heard once";
    EXPECT_EQ(changes, afterWorker);

    // This connection's own commit: once, at once, and not again from the watcher.
    ASSERT_TRUE(RunRepository(log.db()).add(aRun(athlete, 9)));
    EXPECT_EQ(changes, afterWorker + 1);
    EXPECT_FALSE(watcher.checkNow());
    EXPECT_EQ(*RunRepository(log.db()).count(athlete), 5);
}
