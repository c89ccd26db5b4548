#include "import/tcx_reader.h"

#include "import/activity_summary.h"
#include "import/xml/track_builder.h"
#include "import/xml/xml_document.h"

#include <cmath>

namespace stridewell::core::tcx {

namespace {

using xml::child;
using xml::localName;

struct Totals
{
    double lapTimeS = 0, lapDistanceM = 0;
    bool hasLapTime = false, hasLapDistance = false;
    int laps = 0, emptyLaps = 0;
    std::optional<double> firstLapStart;
};

class ActivityReader
{
public:
    ActivityReader(const QString& fileName, QStringList& notes) : m_file(fileName), m_notes(notes)
    {}

    Status readTrackpoint(const pugi::xml_node& tp)
    {
        Sample s;
        std::optional<double> time, pedalRpm;
        for (pugi::xml_node c = tp.first_child(); c; c = c.next_sibling()) {
            const std::string_view name = localName(c);
            if (name == "Time") {
                if (auto t = xml::parseInstant(c.child_value()))
                    time = t->epochS;
                else
                    m_track.badValue();
            } else if (name == "Position") {
                const auto lat = xml::number(child(c, "LatitudeDegrees"));
                const auto lon = xml::number(child(c, "LongitudeDegrees"));
                // 0,0 is what some exporters write for "no fix" (in the Gulf of Guinea).
                if (lat && lon && std::abs(*lat) <= 90 && std::abs(*lon) <= 180 &&
                    !(*lat == 0 && *lon == 0)) {
                    s.lat = *lat;
                    s.lon = *lon;
                } else {
                    m_track.ignoredPosition();
                }
            } else if (name == "AltitudeMeters") {
                if (auto v = xml::number(c); v && std::abs(*v) < 12000)
                    s.altitudeM = *v;
                else
                    m_track.badValue();
            } else if (name == "DistanceMeters") {
                if (auto v = xml::number(c); v && *v >= 0)
                    s.distanceM = *v;
                else
                    m_track.badValue();
            } else if (name == "HeartRateBpm") {
                if (auto v = xml::number(child(c, "Value")); v && *v > 0)
                    s.hrBpm = *v;
            } else if (name == "Cadence") {
                if (auto v = xml::number(c); v && *v >= 0)
                    pedalRpm = *v; // a cycling cadence, or a running one from some exporters
            } else if (name == "Extensions") {
                for (pugi::xml_node tpx = c.first_child(); tpx; tpx = tpx.next_sibling()) {
                    if (auto v = xml::number(child(tpx, "RunCadence")); v && *v >= 0)
                        s.cadenceSpm = *v;
                    if (auto v = xml::number(child(tpx, "Speed")); v && *v >= 0)
                        s.speedMps = *v;
                }
            }
        }
        if (!Sample::has(s.cadenceSpm) && pedalRpm)
            s.cadenceSpm = *pedalRpm;
        if (!m_track.add(s, time))
            return fail(QStringLiteral("%1: more than %2 trackpoints; not one activity")
                            .arg(m_file)
                            .arg(xml::TrackBuilder::kMaxPoints));
        return Ok{};
    }

    Status readTracks(const pugi::xml_node& parent)
    {
        for (pugi::xml_node track = parent.first_child(); track; track = track.next_sibling()) {
            if (localName(track) != "Track")
                continue;
            m_track.breakSegment();
            for (pugi::xml_node tp = track.first_child(); tp; tp = tp.next_sibling())
                if (localName(tp) == "Trackpoint")
                    if (Status ok = readTrackpoint(tp); !ok)
                        return ok;
        }
        return Ok{};
    }

    Result<std::optional<ParsedActivity>> read(const pugi::xml_node& activity, int index, int count)
    {
        ParsedActivity a;
        a.sport = xml::sportFromText(activity.attribute("Sport").value());
        a.sportStated = !QByteArray(activity.attribute("Sport").value()).trimmed().isEmpty();
        if (count > 1)
            a.origin = QStringLiteral("activity %1").arg(index);
        const QString where = a.origin.isEmpty() ? QString() : a.origin + QStringLiteral(": ");
        Totals totals;
        for (pugi::xml_node c = activity.first_child(); c; c = c.next_sibling()) {
            if (localName(c) != "Lap")
                continue;
            ++totals.laps;
            if (auto start = xml::parseInstant(c.attribute("StartTime").value());
                start && !totals.firstLapStart)
                totals.firstLapStart = start->epochS;
            if (auto t = xml::number(child(c, "TotalTimeSeconds")); t && *t >= 0) {
                totals.lapTimeS += *t;
                totals.hasLapTime = true;
            }
            if (auto d = xml::number(child(c, "DistanceMeters")); d && *d >= 0) {
                totals.lapDistanceM += *d;
                totals.hasLapDistance = true;
            }
            const std::size_t before = m_track.size();
            if (Status ok = readTracks(c); !ok)
                return ok.error();
            if (m_track.size() == before && !child(c, "TotalTimeSeconds"))
                ++totals.emptyLaps;
        }
        // Lap-less files keep their tracks directly in the activity.
        if (Status ok = readTracks(activity); !ok)
            return ok.error();

        if (m_track.empty() && !totals.hasLapTime)
            return std::optional<ParsedActivity>();
        const auto first = totals.firstLapStart ? totals.firstLapStart : m_track.firstTime();
        const auto idTime = xml::parseInstant(child(activity, "Id").child_value());
        const auto start = idTime ? std::optional(idTime->epochS) : first;
        if (start)
            a.start = QDateTime::fromMSecsSinceEpoch(qint64(std::llround(*start * 1000)), Qt::UTC);
        if (idTime && idTime->offsetS && *idTime->offsetS != 0)
            a.start = a.start.toOffsetFromUtc(*idTime->offsetS);
        if (start && m_track.lastTime())
            a.elapsed = Duration::seconds(std::max(0.0, *m_track.lastTime() - *start));
        if (totals.hasLapTime) {
            a.timer = Duration::seconds(totals.lapTimeS);
            if (!a.elapsed || a.elapsed->inSeconds() < totals.lapTimeS)
                a.elapsed = Duration::seconds(totals.lapTimeS);
        }
        if (totals.hasLapDistance)
            a.distance = Distance::metres(totals.lapDistanceM);
        a.laps = totals.laps;
        if (totals.emptyLaps)
            m_notes << QStringLiteral("%1skipped %2 empty laps").arg(where).arg(totals.emptyLaps);
        m_track.addNotes(where, m_notes);
        a.samples = m_track.take(true);
        // Sample times count from the activity's start, not from its first point.
        if (start && m_track.firstTime())
            for (Sample& s : a.samples)
                if (Sample::has(s.timeS))
                    s.timeS += *m_track.firstTime() - *start;
        if (!isRunning(a.sport) && a.sport != Sport::Walking && a.sport != Sport::Hiking)
            for (Sample& s : a.samples)
                s.cadenceSpm = Sample::kNone; // pedal revolutions are not steps
        if (!totals.hasLapDistance) {
            double last = 0;
            for (const Sample& s : a.samples)
                if (Sample::has(s.distanceM))
                    last = s.distanceM;
            a.distance = Distance::metres(last);
        }
        activity::complete(a, m_notes);
        return std::optional(std::move(a));
    }

private:
    QString m_file;
    QStringList& m_notes;
    xml::TrackBuilder m_track;
};

} // namespace

Result<ParsedFile> read(const QByteArray& data, const QString& fileName, const ReadOptions&)
{
    auto doc = xml::Document::parse(data, fileName);
    if (!doc)
        return doc.error();
    const pugi::xml_node root = (*doc)->root();
    if (localName(root) != "TrainingCenterDatabase")
        return fail(QStringLiteral("%1: not a TCX file (the root element is <%2>)")
                        .arg(fileName, QString::fromUtf8(root.name())));
    ParsedFile file;
    file.format = QStringLiteral("tcx");
    std::vector<pugi::xml_node> activities;
    for (pugi::xml_node group = root.first_child(); group; group = group.next_sibling()) {
        if (localName(group) != "Activities")
            continue;
        for (pugi::xml_node a = group.first_child(); a; a = a.next_sibling()) {
            if (localName(a) == "Activity") {
                activities.push_back(a);
            } else if (localName(a) == "MultiSportSession") {
                // First/Next sports each hold one Activity.
                for (pugi::xml_node leg = a.first_child(); leg; leg = leg.next_sibling())
                    if (pugi::xml_node act = child(leg, "Activity"))
                        activities.push_back(act);
            }
        }
    }
    if (activities.size() > std::size_t(FileLimits::kMaxActivities))
        return fail(FileLimits::tooMany(fileName, qsizetype(activities.size()), "activities",
                                        FileLimits::kMaxActivities));
    if (activities.empty()) {
        if (child(root, "Courses")) {
            file.notes << QStringLiteral("a course (a planned route), not an activity");
            return file;
        }
        return fail(QStringLiteral("%1: no activity in the file").arg(fileName));
    }
    int index = 0;
    for (const pugi::xml_node& node : activities) {
        ActivityReader reader(fileName, file.notes);
        auto a = reader.read(node, ++index, int(activities.size()));
        if (!a)
            return a.error();
        if (*a)
            file.activities.push_back(std::move(**a));
        else
            file.notes << QStringLiteral("skipped an empty activity (no laps or points)");
    }
    if (file.activities.empty())
        return fail(QStringLiteral("%1: no usable trackpoints or laps").arg(fileName));
    return file;
}

} // namespace stridewell::core::tcx
