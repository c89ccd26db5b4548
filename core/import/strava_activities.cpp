#include "import/strava_activities.h"

#include "model/run_validation.h"
#include "model/value_text.h"

#include <QCryptographicHash>
#include <QLocale>

namespace stridewell::core::strava {

namespace {

// Column positions by lower-case name. Strava repeats some names (a second "Distance" in
// metres, a second "Elapsed Time" as a decimal); the last one wins, which is the precise one.
struct Header
{
    QHash<QString, int> last;
    QHash<QString, int> count;
    int operator[](const char* name) const { return last.value(QLatin1String(name), -1); }
};

Header index(const QStringList& cells)
{
    Header h;
    for (int i = 0; i < cells.size(); ++i) {
        const QString name = cells[i].trimmed().toLower();
        h.last.insert(name, i);
        h.count[name] += 1;
    }
    return h;
}

Sport sportOf(const QString& type)
{
    const QString t = type.trimmed().toLower();
    if (t == QLatin1String("run"))
        return Sport::Running;
    if (t == QLatin1String("trail run"))
        return Sport::TrailRunning;
    if (t == QLatin1String("virtual run"))
        return Sport::TreadmillRunning;
    if (t == QLatin1String("walk"))
        return Sport::Walking;
    if (t == QLatin1String("hike"))
        return Sport::Hiking;
    if (t.contains(QLatin1String("ride")) || t.contains(QLatin1String("cycl")))
        return Sport::Cycling;
    if (t == QLatin1String("swim"))
        return Sport::Swimming;
    return Sport::Other;
}

std::optional<QDateTime> parseStravaDate(const QString& text)
{
    // English exports: "Apr 7, 2019, 3:46:27 PM" (UTC); older ones: "2019-04-07 15:46:27".
    const QString t = text.trimmed();
    QDateTime dt = QLocale::c().toDateTime(t, QStringLiteral("MMM d, yyyy, h:mm:ss AP"));
    if (!dt.isValid())
        dt = QLocale::c().toDateTime(t, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!dt.isValid())
        return std::nullopt;
    dt.setTimeSpec(Qt::UTC);
    return dt;
}

} // namespace

bool isActivitiesHeader(const QStringList& header)
{
    const Header h = index(header);
    return h["activity id"] >= 0 && h["activity date"] >= 0 && h["activity type"] >= 0;
}

Result<ParsedFile> readActivities(const std::vector<CsvRow>& rows, const QString& fileName,
                                  const QSet<QString>* filesPresent)
{
    const Header h = index(rows.front().cells);
    const int distanceColumn = h["distance"];
    // With one Distance column it is the account's unit; km is Strava's default.
    const bool distanceInMetres = h.count.value(QStringLiteral("distance")) > 1;

    ParsedFile file;
    file.format = QStringLiteral("csv");
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const CsvRow& row = rows[r];
        const QString where = QStringLiteral("%1: line %2").arg(fileName).arg(row.line);
        auto cell = [&](const char* name) {
            const int i = h[name];
            return i >= 0 && i < row.cells.size() ? row.cells[i].trimmed() : QString();
        };
        auto bad = [&](const QString& reason) {
            return fail(QStringLiteral("%1: %2").arg(where, reason));
        };

        if (filesPresent && filesPresent->contains(cell("filename").toLower()))
            continue;
        ParsedActivity a;
        a.origin = QStringLiteral("line %1").arg(row.line);
        a.sport = sportOf(cell("activity type"));
        a.sportStated = true;
        const QString title = cell("activity name");
        if (!isRunning(a.sport)) {
            file.notes << QStringLiteral("line %1: skipped a %2 (\"%3\"), not a run")
                              .arg(row.line)
                              .arg(cell("activity type").toLower(), title);
            continue;
        }
        auto start = parseStravaDate(cell("activity date"));
        if (!start)
            return bad(QStringLiteral("bad date \"%1\"").arg(cell("activity date")));
        a.start = *start;

        const QString distanceText = distanceColumn >= 0 && distanceColumn < row.cells.size()
                                         ? row.cells[distanceColumn].trimmed()
                                         : QString();
        auto distance = parseNumber(QString(distanceText).remove(QLatin1Char(',')));
        if (!distance)
            return bad(QStringLiteral("bad distance \"%1\"").arg(distanceText));
        if (*distance == 0) {
            file.notes << QStringLiteral("line %1: skipped \"%2\", no distance recorded")
                              .arg(row.line)
                              .arg(title);
            continue;
        }
        a.distance = distanceInMetres ? Distance::metres(*distance) : Distance::km(*distance);
        if (Status ok = validateDistance(a.distance); !ok)
            return bad(ok.message());

        auto elapsed = parseDuration(cell("elapsed time"));
        if (!elapsed || elapsed->inSeconds() <= 0)
            return bad(QStringLiteral("bad elapsed time \"%1\"").arg(cell("elapsed time")));
        a.elapsed = *elapsed;
        if (auto moving = parseDuration(cell("moving time")); moving && moving->inSeconds() > 0)
            a.timer = *moving;

        if (auto hr = parseNumber(cell("average heart rate")); hr && *hr > 0)
            a.avgHrBpm = *hr;
        if (auto cadence = parseNumber(cell("average cadence")); cadence && *cadence > 0) {
            // Strava keeps running cadence per leg (strides); below ~110 it is half the steps.
            if (*cadence < 110) {
                *cadence *= 2;
                a.notes = QStringLiteral(
                    "Cadence doubled on import: the file counted strides, not steps.");
            }
            if (validateCadence(*cadence))
                a.avgCadenceSpm = *cadence;
        }
        if (auto rpe = parseNumber(cell("perceived exertion")); rpe && *rpe >= 0 && *rpe <= 10)
            a.rpe = int(std::lround(*rpe));
        if (auto gain = parseNumber(cell("elevation gain")))
            a.elevationGainM = *gain;
        a.shoeName = cell("activity gear");
        a.surface = a.sport == Sport::TrailRunning       ? QStringLiteral("trail")
                    : a.sport == Sport::TreadmillRunning ? QStringLiteral("treadmill")
                                                         : QString();
        QStringList notes;
        if (!title.isEmpty())
            notes << title;
        if (const QString d = cell("activity description"); !d.isEmpty())
            notes << d;
        if (!a.notes.isEmpty())
            notes << a.notes;
        a.notes = notes.join(QStringLiteral("\n"));
        a.type = QString();
        a.fingerprint = QCryptographicHash::hash(
            (QStringLiteral("strava:") + cell("activity id")).toUtf8(), QCryptographicHash::Sha256);
        file.activities.push_back(std::move(a));
    }
    return file;
}

QHash<QString, Overlay> readOverlays(const QByteArray& csv, const QString& fileName)
{
    QHash<QString, Overlay> overlays;
    auto rows = parseCsv(csv, fileName);
    if (!rows || rows->empty() || !isActivitiesHeader(rows->front().cells))
        return overlays;
    const Header h = index(rows->front().cells);
    if (h["filename"] < 0)
        return overlays;
    for (std::size_t r = 1; r < rows->size(); ++r) {
        const CsvRow& row = (*rows)[r];
        auto cell = [&](const char* name) {
            const int i = h[name];
            return i >= 0 && i < row.cells.size() ? row.cells[i].trimmed() : QString();
        };
        const QString file = cell("filename").toLower();
        if (file.isEmpty())
            continue;
        Overlay o;
        if (const QString type = cell("activity type"); !type.isEmpty())
            o.sport = sportOf(type);
        o.name = cell("activity name");
        o.description = cell("activity description");
        if (auto rpe = parseNumber(cell("perceived exertion")); rpe && *rpe >= 0 && *rpe <= 10)
            o.rpe = int(std::lround(*rpe));
        o.gear = cell("activity gear");
        overlays.insert(file, o);
    }
    return overlays;
}

void apply(const Overlay& overlay, ParsedActivity& a)
{
    // The runner's own label wins over the device's (a "run" the watch called generic).
    if (overlay.sport && *overlay.sport != Sport::Other) {
        a.sport = *overlay.sport;
        a.sportStated = true;
    }
    QStringList notes;
    for (const QString& text : {overlay.name, overlay.description, a.notes})
        if (!text.isEmpty())
            notes << text;
    a.notes = notes.join(QLatin1Char('\n'));
    if (overlay.rpe)
        a.rpe = overlay.rpe;
    if (!overlay.gear.isEmpty())
        a.shoeName = overlay.gear;
}

} // namespace stridewell::core::strava
