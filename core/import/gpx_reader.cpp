#include "import/gpx_reader.h"

#include "import/activity_summary.h"
#include "import/xml/track_builder.h"
#include "import/xml/xml_document.h"

#include <cmath>

namespace stridewell::core::gpx {

namespace {

using xml::child;
using xml::localName;

// Heart rate, cadence and speed wherever the common extensions put them: Garmin's
// <gpxtpx:TrackPointExtension><gpxtpx:hr>, Cluetrust's <gpxdata:hr>, plain <heartrate>...
void readExtensions(const pugi::xml_node& node, Sample& s, int depth, xml::TrackBuilder& track)
{
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
        if (c.type() != pugi::node_element)
            continue;
        const std::string_view name = localName(c);
        double* target = nullptr;
        if (name == "hr" || name == "heartrate" || name == "heart_rate" || name == "HeartRate")
            target = &s.hrBpm;
        else if (name == "cad" || name == "cadence" || name == "RunCadence")
            target = &s.cadenceSpm;
        else if (name == "speed")
            target = &s.speedMps;
        if (target) {
            if (auto v = xml::number(c); v && *v >= 0)
                *target = *v;
            else if (c.first_child())
                track.badValue();
        } else if (depth < 3) {
            readExtensions(c, s, depth + 1, track);
        }
    }
}

} // namespace

Result<ParsedFile> read(const QByteArray& data, const QString& fileName, const ReadOptions&)
{
    auto doc = xml::Document::parse(data, fileName);
    if (!doc)
        return doc.error();
    const pugi::xml_node gpx = (*doc)->root();
    if (localName(gpx) != "gpx")
        return fail(QStringLiteral("%1: not a GPX file (the root element is <%2>)")
                        .arg(fileName, QString::fromUtf8(gpx.name())));
    std::optional<double> metadataTime;
    // GPX 1.1 keeps the file's time in <metadata>, 1.0 directly under <gpx>.
    for (pugi::xml_node t : {child(child(gpx, "metadata"), "time"), child(gpx, "time")})
        if (t && !metadataTime)
            if (auto instant = xml::parseInstant(t.child_value()))
                metadataTime = instant->epochS;

    // Counted before any point is read, so a file of a million tracks is refused at once.
    qsizetype trackCount = 0;
    for (pugi::xml_node trk = gpx.first_child(); trk; trk = trk.next_sibling())
        if (localName(trk) == "trk")
            ++trackCount;
    if (trackCount > FileLimits::kMaxActivities)
        return fail(
            FileLimits::tooMany(fileName, trackCount, "tracks", FileLimits::kMaxActivities));

    ParsedFile file;
    file.format = QStringLiteral("gpx");
    int tracks = 0, emptyTracks = 0, emptySegments = 0;
    for (pugi::xml_node trk = gpx.first_child(); trk; trk = trk.next_sibling()) {
        if (localName(trk) != "trk")
            continue;
        ++tracks;
        xml::TrackBuilder track;
        int badTimes = 0;
        for (pugi::xml_node seg = trk.first_child(); seg; seg = seg.next_sibling()) {
            if (localName(seg) != "trkseg")
                continue;
            track.breakSegment();
            bool any = false;
            for (pugi::xml_node pt = seg.first_child(); pt; pt = pt.next_sibling()) {
                if (localName(pt) != "trkpt")
                    continue;
                const auto lat = xml::number(pt.attribute("lat").value());
                const auto lon = xml::number(pt.attribute("lon").value());
                if (!lat || !lon || std::abs(*lat) > 90 || std::abs(*lon) > 180) {
                    track.badPosition();
                    continue;
                }
                Sample s;
                s.lat = *lat;
                s.lon = *lon;
                std::optional<double> time;
                for (pugi::xml_node c = pt.first_child(); c; c = c.next_sibling()) {
                    const std::string_view name = localName(c);
                    if (name == "ele") {
                        if (auto v = xml::number(c); v && std::abs(*v) < 12000)
                            s.altitudeM = *v;
                        else
                            track.badValue();
                    } else if (name == "time") {
                        if (auto t = xml::parseInstant(c.child_value()))
                            time = t->epochS;
                        else
                            ++badTimes;
                    } else if (name == "extensions") {
                        readExtensions(c, s, 0, track);
                    }
                }
                if (!track.add(s, time))
                    return fail(QStringLiteral("%1: more than %2 track points; not one activity")
                                    .arg(fileName)
                                    .arg(xml::TrackBuilder::kMaxPoints));
                any = true;
            }
            if (!any)
                ++emptySegments;
        }
        if (track.empty()) {
            ++emptyTracks;
            continue;
        }
        ParsedActivity a;
        const char* type = child(trk, "type").child_value();
        a.sport = xml::sportFromText(type);
        a.sportStated = !QByteArray(type).trimmed().isEmpty();
        if (tracks > 1 || trk.next_sibling("trk"))
            a.origin = QStringLiteral("track %1").arg(tracks);
        const QString where = a.origin.isEmpty() ? QString() : a.origin + QStringLiteral(": ");
        if (track.timesRunBackwards())
            return fail(QStringLiteral("%1: %2the times run backwards: all %3 points after the "
                                       "first are earlier than it, so neither the run's "
                                       "distance nor its duration can be measured")
                            .arg(fileName, where)
                            .arg(track.backwardsPoints()));
        const auto first = track.firstTime() ? track.firstTime() : metadataTime;
        if (first)
            a.start = QDateTime::fromMSecsSinceEpoch(qint64(std::llround(*first * 1000)), Qt::UTC);
        if (track.firstTime() && track.lastTime())
            a.elapsed = Duration::seconds(*track.lastTime() - *track.firstTime());
        else
            file.notes << QStringLiteral("%1the points have no times, so the run's duration is "
                                         "unknown")
                              .arg(where);
        if (badTimes)
            file.notes << QStringLiteral("%1ignored %2 times that are not ISO 8601")
                              .arg(where)
                              .arg(badTimes);
        track.addNotes(where, file.notes);
        a.samples = track.take(true);
        a.laps = 1;
        a.notes = QString::fromUtf8(child(trk, "name").child_value()).trimmed();
        if (!track.firstTime() && metadataTime) {
            const QString note =
                QStringLiteral("Date taken from the file's metadata time: the track has no times.");
            a.notes = a.notes.isEmpty() ? note : a.notes + QLatin1Char('\n') + note;
        }
        activity::complete(a, file.notes);
        file.activities.push_back(std::move(a));
    }
    if (emptySegments)
        file.notes << QStringLiteral("skipped %1 empty track segments").arg(emptySegments);
    if (file.activities.empty()) {
        if (tracks == 0)
            return fail(QStringLiteral("%1: no track in the file (waypoints or a route are not "
                                       "an activity)")
                            .arg(fileName));
        return fail(QStringLiteral("%1: no usable track points (%2 empty tracks)")
                        .arg(fileName)
                        .arg(emptyTracks));
    }
    if (emptyTracks)
        file.notes << QStringLiteral("skipped %1 empty tracks").arg(emptyTracks);
    return file;
}

} // namespace stridewell::core::gpx
