#include "import/run_csv.h"

#include "import/csv_table.h"
#include "import/file_formats.h"
#include "import/strava_activities.h"
#include "model/run_validation.h"
#include "model/value_text.h"
#include "storage/private_file.h"

#include <QCryptographicHash>
#include <QHash>

namespace stridewell::core::run_csv {

namespace {

enum class DistanceUnit { Km, Mi, M };

struct Columns
{
    int date = -1;
    int distance = -1;
    DistanceUnit unit = DistanceUnit::Km;
    int duration = -1;
    int cadence = -1;
    int hr = -1;
    int rpe = -1;
    int type = -1;
    int surface = -1;
    int shoe = -1;
    int notes = -1;
};

Result<Columns> mapHeader(const QStringList& header, const QString& where)
{
    Columns c;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header[i].trimmed().toLower();
        if (name == QLatin1String("date"))
            c.date = i;
        else if (name == QLatin1String("distance_km"))
            c.distance = i, c.unit = DistanceUnit::Km;
        else if (name == QLatin1String("distance_mi"))
            c.distance = i, c.unit = DistanceUnit::Mi;
        else if (name == QLatin1String("distance_m"))
            c.distance = i, c.unit = DistanceUnit::M;
        else if (name.startsWith(QLatin1String("distance_")) || name == QLatin1String("distance"))
            return fail(QStringLiteral("%1: unknown distance unit in column \"%2\" "
                                       "(use distance_km, distance_mi or distance_m)")
                            .arg(where, header[i].trimmed()));
        else if (name == QLatin1String("duration"))
            c.duration = i;
        else if (name == QLatin1String("avg_cadence_spm"))
            c.cadence = i;
        else if (name == QLatin1String("avg_hr_bpm"))
            c.hr = i;
        else if (name == QLatin1String("rpe"))
            c.rpe = i;
        else if (name == QLatin1String("type"))
            c.type = i;
        else if (name == QLatin1String("surface"))
            c.surface = i;
        else if (name == QLatin1String("shoe"))
            c.shoe = i;
        else if (name == QLatin1String("notes"))
            c.notes = i;
    }
    QStringList missing;
    if (c.date < 0)
        missing << QStringLiteral("date");
    if (c.distance < 0)
        missing << QStringLiteral("distance_km (or distance_mi, distance_m)");
    if (c.duration < 0)
        missing << QStringLiteral("duration");
    if (!missing.isEmpty())
        return fail(
            QStringLiteral("%1: missing column %2").arg(where, missing.join(QStringLiteral(", "))));
    return c;
}

Result<ParsedActivity> readRow(const Columns& c, const CsvRow& row, const QString& fileName)
{
    const QString where = QStringLiteral("%1: line %2").arg(fileName).arg(row.line);
    auto cell = [&](int column) -> QString {
        return column >= 0 && column < row.cells.size() ? row.cells[column].trimmed() : QString();
    };
    auto bad = [&](const QString& reason) {
        return fail(QStringLiteral("%1: %2").arg(where, reason));
    };

    ParsedActivity a;
    a.origin = QStringLiteral("line %1").arg(row.line);
    a.sportStated = true;
    a.typedRow = true;
    const QString dateText = cell(c.date);
    auto start = parseDateOrDateTime(dateText);
    if (!start)
        return bad(QStringLiteral("bad date \"%1\" (use YYYY-MM-DD or an ISO 8601 date-time)")
                       .arg(dateText));
    a.start = *start;
    if (Status ok = validateRunDate(a.localDate()); !ok)
        return bad(ok.message());

    const QString distanceText = cell(c.distance);
    auto distance = parseNumber(distanceText);
    if (!distance)
        return bad(QStringLiteral("bad distance \"%1\" (a number like 10.5)").arg(distanceText));
    a.distance = c.unit == DistanceUnit::Km   ? Distance::km(*distance)
                 : c.unit == DistanceUnit::Mi ? Distance::miles(*distance)
                                              : Distance::metres(*distance);
    if (Status ok = validateDistance(a.distance); !ok)
        return bad(ok.message());

    const QString durationText = cell(c.duration);
    // Unlike a GPS track, a row typed by hand always says how long the run took.
    if (durationText.isEmpty())
        return bad(QStringLiteral("missing duration (use H:MM:SS, MM:SS or seconds)"));
    auto duration = parseDuration(durationText);
    if (!duration)
        return bad(QStringLiteral("bad duration \"%1\" (use H:MM:SS, MM:SS or seconds)")
                       .arg(durationText));
    if (Status ok = validateDuration(*duration); !ok)
        return bad(ok.message());
    a.elapsed = *duration;

    if (const QString t = cell(c.cadence); !t.isEmpty()) {
        auto v = parseNumber(t);
        if (!v)
            return bad(QStringLiteral("bad cadence \"%1\"").arg(t));
        if (Status ok = validateCadence(*v); !ok)
            return bad(ok.message());
        a.avgCadenceSpm = v;
    }
    if (const QString t = cell(c.hr); !t.isEmpty()) {
        auto v = parseNumber(t);
        if (!v)
            return bad(QStringLiteral("bad heart rate \"%1\"").arg(t));
        if (Status ok = validateHeartRate(*v); !ok)
            return bad(ok.message());
        a.avgHrBpm = v;
    }
    if (const QString t = cell(c.rpe); !t.isEmpty()) {
        auto v = parseInteger(t);
        if (!v)
            return bad(QStringLiteral("bad RPE \"%1\" (a whole number 0-10)").arg(t));
        if (Status ok = validateRpe(*v); !ok)
            return bad(ok.message());
        a.rpe = v;
    }
    a.type = uncsvText(cell(c.type));
    a.surface = uncsvText(cell(c.surface));
    a.shoeName = uncsvText(cell(c.shoe));
    a.notes =
        c.notes >= 0 && c.notes < row.cells.size() ? uncsvText(row.cells[c.notes]) : QString();
    for (auto [what, text] : {std::pair{QStringLiteral("type"), a.type},
                              std::pair{QStringLiteral("surface"), a.surface}})
        if (Status ok = validateLabel(what, text); !ok)
            return bad(ok.message());
    if (a.notes.size() > RunLimits::kMaxNotesLength)
        return bad(QStringLiteral("notes: at most %1 characters").arg(RunLimits::kMaxNotesLength));

    const double speed = a.distance.inMetres() / duration->inSeconds();
    if (speed > RunLimits::kMaxSpeedMps)
        return bad(QStringLiteral("pace: %1 km in %2 is faster than anyone runs")
                       .arg(a.distance.inKm(), 0, 'f', 2)
                       .arg(formatDuration(*duration)));

    a.fingerprint =
        QCryptographicHash::hash(row.cells.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256);
    return a;
}

} // namespace

Result<ParsedFile> read(const QByteArray& data, const QString& fileName)
{
    auto rows = parseCsv(data, fileName, FileLimits::kMaxCsvRows);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return fail(
            QStringLiteral("%1: empty file (expected a header row and runs)").arg(fileName));
    const CsvRow& header = rows->front();
    if (strava::isActivitiesHeader(header.cells))
        return strava::readActivities(*rows, fileName);

    auto columns =
        mapHeader(header.cells, QStringLiteral("%1: line %2").arg(fileName).arg(header.line));
    if (!columns)
        return columns.error();
    ParsedFile file;
    file.format = QStringLiteral("csv");
    for (std::size_t i = 1; i < rows->size(); ++i) {
        auto activity = readRow(*columns, (*rows)[i], fileName);
        if (!activity)
            return activity.error();
        file.activities.push_back(std::move(*activity));
    }
    if (file.activities.empty())
        return fail(QStringLiteral("%1: no runs below the header").arg(fileName));
    return file;
}

QByteArray write(const QList<Run>& runs)
{
    QString out = QStringLiteral(
        "date,distance_km,duration,avg_cadence_spm,avg_hr_bpm,rpe,type,surface,shoe,notes\n");
    auto number = [](const std::optional<double>& v, int decimals) {
        return v ? QString::number(*v, 'f', decimals) : QString();
    };
    for (const Run& run : runs) {
        const QStringList cells = {
            formatIsoWithOffset(run.startUtc, run.utcOffsetS),
            QString::number(run.distance.inKm(), 'f', 3),
            // A track without times has no duration: the cell stays empty (not recorded).
            run.loadDuration() ? formatDuration(*run.loadDuration()) : QString(),
            number(run.avgCadenceSpm, 1),
            number(run.avgHrBpm, 0),
            run.rpe ? QString::number(*run.rpe) : QString(),
            csvCell(run.type),
            csvCell(run.surface),
            csvCell(run.shoeName),
            csvCell(run.notes),
        };
        out += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

Status save(const QList<Run>& runs, const QString& path)
{
    return writePrivateFile(path, write(runs));
}

} // namespace stridewell::core::run_csv
