// demo, check, backup: looking after the log itself.
#include "cli/commands.h"
#include "cli/context.h"
#include "demo/demo_history.h"
#include "storage/athlete_repository.h"
#include "storage/database.h"
#include "storage/run_repository.h"

#include <QFileInfo>

namespace stridewell::cli {

using namespace stridewell::core;

namespace {

int demo(Context& ctx)
{
    const QString name = ctx.args().isSet(QStringLiteral("athlete"))
                             ? ctx.args().value(QStringLiteral("athlete")).trimmed()
                             : QStringLiteral("Alex (demo)");
    if (Status ok = AthleteRepository::validateName(name); !ok)
        return ctx.usage(QStringLiteral("--") + ok.message());
    QDate end = QDate::currentDate();
    if (ctx.args().isSet(QStringLiteral("end"))) {
        auto date = ctx.dateOption(QStringLiteral("end"), true);
        if (!date)
            return kUsage;
        end = *date;
    }
    auto db = ctx.openLog(true);
    if (!db)
        return ctx.failed(db.message());
    auto id = installDemo(**db, name, end);
    if (!id)
        return ctx.failed(id.message());
    const DemoHistory h = DemoHistory::build(end);
    ctx.out() << "added demo athlete \"" << name << "\": " << DemoHistory::kWeeks << " weeks to "
              << end.toString(Qt::ISODate) << ", " << h.runs.size() << " runs, "
              << h.symptoms.size() << " symptom entries, " << h.calfTests.size()
              << " calf-raise tests, " << h.strength.size() << " strength sessions" << Qt::endl;
    return kSuccess;
}

int check(Context& ctx)
{
    auto db = ctx.openLog(false);
    if (!db)
        return ctx.failed(db.message());
    auto problems = (*db)->check();
    if (!problems)
        return ctx.failed(problems.message());
    if (!problems->isEmpty()) {
        for (const QString& p : *problems)
            ctx.error(QStringLiteral("%1: %2").arg((*db)->path(), p));
        return kFailed;
    }
    auto athletes = AthleteRepository(**db).list();
    if (!athletes)
        return ctx.failed(athletes.message());
    qint64 runs = 0;
    for (const Athlete& a : *athletes)
        runs += RunRepository(**db).count(a.id).value();
    ctx.out() << "ok: " << (*db)->path() << " (schema " << Database::kSchemaVersion << ", "
              << athletes->size() << (athletes->size() == 1 ? " athlete, " : " athletes, ") << runs
              << (runs == 1 ? " run)" : " runs)") << Qt::endl;
    return kSuccess;
}

int backup(Context& ctx)
{
    const QString output = ctx.args().value(QStringLiteral("output"));
    if (output.isEmpty())
        return ctx.usage(QStringLiteral("-o: the backup FILE is required"));
    if (QFileInfo::exists(output))
        return ctx.usage(QStringLiteral("%1: already exists; choose a new file name").arg(output));
    auto db = ctx.openLog(false);
    if (!db)
        return ctx.failed(db.message());
    if (Status ok = (*db)->backupTo(output); !ok)
        return ctx.failed(ok.message());
    ctx.out() << "backed up " << (*db)->path() << " to " << output << Qt::endl;
    return kSuccess;
}

} // namespace

QList<Command> maintenanceCommands()
{
    return {
        {QStringLiteral("demo"),
         QStringLiteral("[--athlete NAME] [--end YYYY-MM-DD]"),
         QStringLiteral("Add a demo athlete with 20 weeks of realistic history (a spike, calf "
                        "pain, strength work, "
                        "recovery), ending today or on --end."),
         {{QStringLiteral("athlete"),
           QStringLiteral("Name of the demo athlete (default \"Alex (demo)\")."),
           QStringLiteral("NAME")},
          {QStringLiteral("end"), QStringLiteral("Last day of the history (default today)."),
           QStringLiteral("YYYY-MM-DD")}},
         {},
         &demo},
        {QStringLiteral("check"),
         QString(),
         QStringLiteral("Check the log's integrity; exit 1 when it finds a problem."),
         {},
         {},
         &check},
        {QStringLiteral("backup"),
         QStringLiteral("-o FILE"),
         QStringLiteral("Write a consistent copy of the whole log (safe while the app is open), "
                        "whole or not at all: it appears under its name only when complete."),
         {{{QStringLiteral("o"), QStringLiteral("output")},
           QStringLiteral("The new backup file (owner-only; an existing file is not replaced)."),
           QStringLiteral("FILE")}},
         {},
         &backup},
    };
}

} // namespace stridewell::cli
