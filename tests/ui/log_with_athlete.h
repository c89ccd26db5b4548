#pragma once

// A log with one athlete, and files written beside it to import: the fixture of the window's
// import, bundle and run-detail tests.
#include "import/import_service.h"
#include "preferences.h"
#include "storage/athlete_repository.h"
#include "storage/run_repository.h"
#include "support/test_support.h"

#include <QDateTime>

namespace stridewell::test {

// Monday 2 September 2024, 06:15 UTC: when the fixtures' activities start.
inline const QDateTime kStart(QDate(2024, 9, 2), QTime(6, 15), Qt::UTC);

struct LogWithAthlete
{
    TempLog log;
    qint64 athlete = core::AthleteRepository(log.db()).add(QStringLiteral("Robin"))->id;

    QString write(const QString& name, const QByteArray& data) { return log.write(name, data); }
    core::ImportOptions options() const
    {
        core::ImportOptions o;
        o.athleteId = athlete;
        return o;
    }
    int runCount() { return int(*core::RunRepository(log.db()).count(athlete)); }
};

// What the window starts with when it opens this log: it is the runner's own.
inline ui::Preferences prefsFor(const TempLog& log)
{
    ui::Preferences p;
    p.defaultLogPath = log.logPath();
    return p;
}

} // namespace stridewell::test
