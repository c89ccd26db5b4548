#include "import/fit/fit_activity_builder.h"

#include "import/activity_summary.h"
#include "import/file_formats.h"
#include "import/fit/fit_profile.h"

#include <algorithm>
#include <cmath>

namespace stridewell::core::fit {

namespace {

constexpr double kDegreesPerSemicircle = 180.0 / 2147483648.0;

QDateTime toDateTime(std::uint32_t fitTime, std::optional<int> offsetS)
{
    QDateTime utc = QDateTime::fromSecsSinceEpoch(qint64(fitTime) + kFitEpochOffset, Qt::UTC);
    if (offsetS)
        return utc.toOffsetFromUtc(*offsetS);
    return utc;
}

// A local wall-clock time without a zone (a FIT local_date_time read as such).
QDateTime toWallClock(std::uint32_t fitLocalTime)
{
    const QDateTime t =
        QDateTime::fromSecsSinceEpoch(qint64(fitLocalTime) + kFitEpochOffset, Qt::UTC);
    return QDateTime(t.date(), t.time(), Qt::LocalTime);
}

bool isRelative(std::uint32_t t)
{
    return t < kFirstAbsoluteTime;
}

// Sports whose FIT cadence counts strides (one foot) per minute.
bool countsStrides(Sport sport)
{
    return isRunning(sport) || sport == Sport::Walking || sport == Sport::Hiking;
}

} // namespace

void ActivityBuilder::onFileStart(int index)
{
    (void)index;
    m_skipFile = false;
    m_lastCompressedDistance.reset();
}

void ActivityBuilder::onMessage(const Message& m)
{
    if (m.global == mesg::kFileId) {
        // A chain may hold a settings or course file beside the activity: only activity data
        // (or a file that does not say) is read.
        const auto type = m.integer(file_id::kType);
        m_skipFile = type && *type != file_id::kActivityFile;
        if (m_skipFile)
            m_otherFileType = int(*type);
        return;
    }
    if (m_skipFile)
        return;
    if (m.timestamp)
        noteTime(*m.timestamp);
    switch (m.global) {
    case mesg::kRecord:
        addRecord(m);
        break;
    case mesg::kSession:
        addSession(m);
        break;
    case mesg::kLap: {
        const auto start = m.integer(lap::kStartTime);
        if (!start && !m.timestamp)
            break;
        Lap lap;
        lap.start = start ? std::uint32_t(*start) : *m.timestamp;
        if (m.timestamp)
            lap.end = *m.timestamp; // a lap message is written when the lap ends
        else if (auto elapsed = m.scaled(lap::kTotalElapsedTime, 1000))
            lap.end = lap.start + std::uint32_t(std::max(0.0, *elapsed));
        else
            lap.end = lap.start;
        m_laps.push_back(lap);
        break;
    }
    case mesg::kEvent:
        if (m.timestamp && m.integer(event::kEvent) == event::kTimer) {
            const auto type = m.integer(event::kEventType);
            if (type == 0)
                m_timer.push_back({*m.timestamp, true});
            else if (type == 1 || type == 4 || type == 8 || type == 9)
                m_timer.push_back({*m.timestamp, false});
        }
        break;
    case mesg::kSport:
        if (auto s = m.integer(sport_mesg::kSport))
            m_sport = int(*s);
        if (auto s = m.integer(sport_mesg::kSubSport))
            m_subSport = int(*s);
        break;
    case mesg::kActivity:
        if (auto local = m.integer(activity::kLocalTimestamp); local && m.timestamp) {
            const qint64 offset = *local - qint64(*m.timestamp);
            if (std::abs(offset) <= 14 * 3600)
                m_localOffsetS = int(offset);
            m_activityTime = *m.timestamp;
            m_activityLocalTime = std::uint32_t(*local);
        }
        break;
    case mesg::kTimestampCorrelation:
        if (auto system = m.integer(timestamp_correlation::kSystemTimestamp);
            system && m.timestamp && !isRelative(*m.timestamp) &&
            isRelative(std::uint32_t(*system)))
            m_correlation = qint64(*m.timestamp) - *system;
        break;
    default:
        break; // messages Stridewell has no use for, or does not know
    }
}

void ActivityBuilder::noteTime(std::uint32_t t)
{
    if (!isRelative(t)) {
        if (!m_firstAbsolute)
            m_firstAbsolute = t;
        return;
    }
    m_anyRelative = true;
    if (m_firstAbsolute)
        return;
    if (m_lastRelative && t > *m_lastRelative)
        m_relativeStep = t - *m_lastRelative; // the device's recording interval, as it goes
    if (!m_lastRelative || t > *m_lastRelative)
        m_lastRelative = t;
}

void ActivityBuilder::placeRelativeTimes(QStringList& notes)
{
    if (!m_anyRelative)
        return;
    // What ties the device's own clock to real time, best first: a timestamp_correlation
    // message; the first absolute time, which follows the last relative one by the device's
    // recording interval; the activity's local end time (local time only, zone unknown).
    std::optional<qint64> shift;
    QString by;
    if (m_correlation) {
        shift = *m_correlation;
        by = QStringLiteral("the file's timestamp correlation");
    } else if (m_firstAbsolute && m_lastRelative) {
        const std::uint32_t step = std::clamp<std::uint32_t>(m_relativeStep.value_or(1), 1, 60);
        shift = qint64(*m_firstAbsolute) - *m_lastRelative - step;
        by = QStringLiteral("its first absolute time");
    } else if (m_activityTime && isRelative(*m_activityTime) && m_activityLocalTime &&
               !isRelative(*m_activityLocalTime)) {
        shift = qint64(*m_activityLocalTime) - *m_activityTime;
        m_wallClock = true;
        by = QStringLiteral("the local time the activity ended (time zone unknown)");
    }
    if (!shift || *shift + m_lastRelative.value_or(0) < qint64(kFirstAbsoluteTime)) {
        m_unplaced = true;
        m_wallClock = false;
        notes << QStringLiteral("the file's times count from when the device was switched on and "
                                "nothing in it says when that was, so its date is unknown");
        return;
    }
    auto place = [&](std::uint32_t& t) {
        if (isRelative(t))
            t = std::uint32_t(qint64(t) + *shift);
    };
    for (Record& r : m_records)
        place(r.time);
    std::stable_sort(m_records.begin(), m_records.end(),
                     [](const Record& a, const Record& b) { return a.time < b.time; });
    for (Session& session : m_sessions) {
        place(session.start);
        if (session.end)
            place(*session.end);
    }
    for (Lap& lap : m_laps) {
        place(lap.start);
        place(lap.end);
    }
    for (auto& event : m_timer)
        place(event.first);
    if (m_activityTime && m_activityLocalTime && !m_wallClock) {
        std::uint32_t end = *m_activityTime;
        place(end);
        const qint64 offset = qint64(*m_activityLocalTime) - end;
        if (std::abs(offset) <= 14 * 3600)
            m_localOffsetS = int(offset);
    }
    notes << QStringLiteral("times counted from when the device was switched on were placed by %1")
                 .arg(by);
}

void ActivityBuilder::addRecord(const Message& m)
{
    if (!m.timestamp)
        return;
    if (!m_records.empty() && *m.timestamp < m_records.back().time) {
        ++m_backwards;
        return;
    }
    Record r{*m.timestamp, Sample{}};
    Sample& s = r.sample;
    const auto lat = m.integer(record::kPositionLat);
    const auto lon = m.integer(record::kPositionLong);
    if (lat && lon) {
        const double la = double(*lat) * kDegreesPerSemicircle;
        const double lo = double(*lon) * kDegreesPerSemicircle;
        if (std::abs(la) <= 90 && std::abs(lo) <= 180 && !(*lat == 0 && *lon == 0)) {
            s.lat = la;
            s.lon = lo;
        } else {
            ++m_badPositions;
        }
    }
    if (auto alt = m.scaled(record::kEnhancedAltitude, 5, 500))
        s.altitudeM = *alt;
    else if (auto alt16 = m.scaled(record::kAltitude, 5, 500))
        s.altitudeM = *alt16;
    if (auto hr = m.integer(record::kHeartRate); hr && *hr > 0)
        s.hrBpm = double(*hr);
    if (auto cad = m.integer(record::kCadence)) {
        r.cadenceRpm = double(*cad);
        if (auto frac = m.scaled(record::kFractionalCadence, 128))
            r.cadenceRpm += *frac;
    }
    if (auto d = m.scaled(record::kDistance, 100))
        s.distanceM = *d;
    if (auto v = m.scaled(record::kEnhancedSpeed, 1000))
        s.speedMps = *v;
    else if (auto v16 = m.scaled(record::kSpeed, 1000))
        s.speedMps = *v16;
    if (const FieldRef* c = m.field(record::kCompressedSpeedDistance); c && c->size >= 3) {
        const unsigned char* b = c->bytes;
        const std::uint32_t speed = b[0] | ((b[1] & 0x0Fu) << 8);
        const std::uint32_t dist = (b[1] >> 4) | (std::uint32_t(b[2]) << 4);
        if (!Sample::has(s.speedMps) && speed != 0xFFF)
            s.speedMps = speed / 100.0;
        if (m_lastCompressedDistance)
            m_compressedDistanceM += double((dist - *m_lastCompressedDistance) & 0xFFFu) / 16.0;
        m_lastCompressedDistance = dist;
        if (!Sample::has(s.distanceM))
            s.distanceM = m_compressedDistanceM;
    }
    m_records.push_back(r);
}

void ActivityBuilder::addSession(const Message& m)
{
    Session s;
    if (auto start = m.integer(session::kStartTime))
        s.start = std::uint32_t(*start);
    else if (m.timestamp)
        s.start = *m.timestamp;
    else
        return;
    s.end = m.timestamp;
    s.elapsed = m.scaled(session::kTotalElapsedTime, 1000);
    s.timer = m.scaled(session::kTotalTimerTime, 1000);
    s.distance = m.scaled(session::kTotalDistance, 100);
    if (auto hr = m.integer(session::kAvgHeartRate); hr && *hr > 0)
        s.avgHr = double(*hr);
    if (auto cad = m.integer(session::kAvgCadence); cad && *cad > 0)
        s.avgCadence = double(*cad) + m.scaled(session::kAvgFractionalCadence, 128).value_or(0);
    if (auto ascent = m.integer(session::kTotalAscent))
        s.ascent = double(*ascent);
    if (auto laps = m.integer(session::kNumLaps))
        s.laps = int(*laps);
    s.sport = int(m.integer(session::kSport).value_or(m_sport.value_or(0)));
    s.subSport = int(m.integer(session::kSubSport).value_or(m_subSport.value_or(0)));
    m_sessions.push_back(s);
}

ParsedActivity ActivityBuilder::toActivity(const Session& s, std::size_t index, std::size_t count,
                                           std::optional<std::uint32_t> nextStart,
                                           QStringList& notes) const
{
    ParsedActivity a;
    a.sport = sportOf(s.sport, s.subSport);
    a.sportStated = s.sport != 0; // 0 is "generic"
    // "Generic" says nothing: alone it is taken as a run, but a leg of a multisport file that
    // does not say what it was is not assumed to be the running leg.
    if (s.sport == 0 && count > 1)
        a.sport = Sport::Other;
    if (m_wallClock)
        a.start = toWallClock(s.start);
    else if (!(m_unplaced && isRelative(s.start)))
        a.start = toDateTime(s.start, m_localOffsetS);
    if (count > 1)
        a.origin = QStringLiteral("session %1 (%2)").arg(index + 1).arg(toId(a.sport));

    // The session's records: those from its start to its end (start + elapsed time).
    const double summaryEnd =
        s.elapsed ? double(s.start) + *s.elapsed
                  : double(s.end.value_or(m_records.empty() ? s.start : m_records.back().time));
    double end = summaryEnd;
    // A watch that never wrote its last lap: a session without a total distance ends where its
    // laps do, but the records go on (up to the next session). Then the records are the
    // activity: its distance is their last cumulative distance, its time runs to the last.
    std::optional<double> lapsEnd;
    for (const Lap& lap : m_laps)
        if (lap.start >= s.start && double(lap.start) <= summaryEnd)
            lapsEnd = std::max(lapsEnd.value_or(0.0), double(lap.end));
    if (!s.distance && lapsEnd) {
        for (auto it = m_records.rbegin(); it != m_records.rend(); ++it) {
            if (nextStart && it->time >= *nextStart)
                continue;
            if (double(it->time) > std::max(summaryEnd, *lapsEnd))
                end = double(it->time);
            break;
        }
    }
    auto first = std::lower_bound(m_records.begin(), m_records.end(), s.start,
                                  [](const Record& r, std::uint32_t t) { return r.time < t; });
    const bool strides = countsStrides(a.sport);
    for (auto it = first; it != m_records.end() && double(it->time) <= end; ++it) {
        Sample sample = it->sample;
        sample.timeS = double(it->time) - double(s.start);
        if (Sample::has(it->cadenceRpm) && strides && it->cadenceRpm > 0)
            sample.cadenceSpm = 2 * it->cadenceRpm;
        a.samples.push_back(sample);
    }
    // Distance in the samples counts from the session's start.
    double base = Sample::kNone;
    for (Sample& sample : a.samples)
        if (Sample::has(sample.distanceM)) {
            if (!Sample::has(base))
                base = sample.distanceM;
            sample.distanceM -= base;
        }

    const double beyondLaps = end - summaryEnd;
    a.elapsed = Duration::seconds(s.elapsed.value_or(summaryEnd - double(s.start)) + beyondLaps);
    if (s.timer)
        a.timer = Duration::seconds(*s.timer + beyondLaps);
    if (beyondLaps > 0) {
        double atLapsEnd = 0.0, last = 0.0;
        for (const Sample& sample : a.samples)
            if (Sample::has(sample.distanceM)) {
                last = sample.distanceM;
                if (sample.timeS <= summaryEnd - double(s.start))
                    atLapsEnd = sample.distanceM;
            }
        notes << QStringLiteral("%1the laps end at %2 km but the records go on to %3 km: "
                                "distance and time taken from the records")
                     .arg(a.origin.isEmpty() ? QString() : a.origin + QStringLiteral(": "))
                     .arg(atLapsEnd / 1000.0, 0, 'f', 2)
                     .arg(last / 1000.0, 0, 'f', 2);
    }
    if (s.distance)
        a.distance = Distance::metres(*s.distance);
    a.avgHrBpm = s.avgHr;
    if (s.avgCadence && strides)
        a.avgCadenceSpm = 2 * *s.avgCadence;
    a.elevationGainM = s.ascent;
    if (s.laps && *s.laps > 0) {
        a.laps = *s.laps;
    } else {
        a.laps = int(std::count_if(m_laps.begin(), m_laps.end(), [&](const Lap& lap) {
            return lap.start >= s.start && double(lap.start) <= end;
        }));
    }
    core::activity::complete(a, notes);
    return a;
}

Result<std::vector<ParsedActivity>> ActivityBuilder::finish(const QString& fileName,
                                                            QStringList& notes)
{
    if (m_backwards > 0)
        notes << QStringLiteral("dropped %1 points whose time went backwards").arg(m_backwards);
    if (m_badPositions > 0)
        notes << QStringLiteral("dropped %1 out-of-range positions").arg(m_badPositions);
    placeRelativeTimes(notes);

    if (m_sessions.size() > std::size_t(FileLimits::kMaxActivities))
        return fail(FileLimits::tooMany(fileName, qsizetype(m_sessions.size()), "activities",
                                        FileLimits::kMaxActivities));
    std::vector<Session> sessions = m_sessions;
    std::sort(sessions.begin(), sessions.end(),
              [](const Session& a, const Session& b) { return a.start < b.start; });
    if (sessions.empty()) {
        if (m_records.empty()) {
            if (m_otherFileType) {
                // Settings, courses, monitoring...: not damage, just not an activity (a
                // Garmin export holds many such files).
                notes << QStringLiteral("not an activity: FIT file type %1%2")
                             .arg(*m_otherFileType)
                             .arg(*m_otherFileType == 6 ? QStringLiteral(" (a course)")
                                                        : QString());
                return std::vector<ParsedActivity>{};
            }
            return fail(QStringLiteral("%1: no activity in the file (no sessions, no points)")
                            .arg(fileName));
        }
        // The watch stopped before it wrote its summary: the records are the activity.
        Session s;
        s.start = m_records.front().time;
        s.end = m_records.back().time;
        s.elapsed = double(m_records.back().time - m_records.front().time);
        s.sport = m_sport.value_or(0);
        s.subSport = m_subSport.value_or(0);
        if (!m_timer.empty()) {
            double running = 0;
            bool timing = false;
            std::uint32_t since = 0;
            for (const auto& [t, on] : m_timer) {
                if (on && !timing) {
                    since = t;
                    timing = true;
                } else if (!on && timing) {
                    running += double(t - std::min(since, t));
                    timing = false;
                }
            }
            if (timing)
                running += double(m_records.back().time - std::min(since, m_records.back().time));
            if (running > 0)
                s.timer = running;
        }
        sessions.push_back(s);
        notes << QStringLiteral("no session summary in the file; totals computed from the "
                                "points");
    }
    std::vector<ParsedActivity> out;
    out.reserve(sessions.size());
    for (std::size_t i = 0; i < sessions.size(); ++i)
        out.push_back(toActivity(
            sessions[i], i, sessions.size(),
            i + 1 < sessions.size() ? std::optional(sessions[i + 1].start) : std::nullopt, notes));
    return out;
}

} // namespace stridewell::core::fit
