#include "import/xml/track_builder.h"

#include "import/activity_summary.h"

#include <QString>
#include <cmath>

namespace stridewell::core::xml {

bool TrackBuilder::add(Sample s, std::optional<double> epochS)
{
    if (m_samples.size() >= kMaxPoints)
        return false;
    if (epochS) {
        if (m_last && *epochS < *m_last) {
            ++m_backwards;
            return true;
        }
        if (!m_first)
            m_first = epochS;
        m_last = epochS;
    }
    m_samples.push_back(s);
    m_times.push_back(epochS.value_or(Sample::kNone));
    m_breaks.push_back(m_segmentBreak);
    m_segmentBreak = false;
    return true;
}

SampleList TrackBuilder::take(bool fillDistance)
{
    const bool hasDistance = std::any_of(m_samples.begin(), m_samples.end(),
                                         [](const Sample& s) { return Sample::has(s.distanceM); });
    double total = 0;
    const Sample* last = nullptr;
    for (std::size_t i = 0; i < m_samples.size(); ++i) {
        Sample& s = m_samples[i];
        if (Sample::has(m_times[i]) && m_first)
            s.timeS = m_times[i] - *m_first;
        if (!fillDistance || hasDistance)
            continue;
        if (m_breaks[i])
            last = nullptr;
        if (Sample::has(s.lat) && Sample::has(s.lon)) {
            if (last)
                total += activity::greatCircleM(last->lat, last->lon, s.lat, s.lon);
            last = &s;
            s.distanceM = total;
        }
    }
    return std::move(m_samples);
}

void TrackBuilder::addNotes(const QString& where, QStringList& notes) const
{
    if (m_backwards)
        notes << QStringLiteral("%1dropped %2 points whose time went backwards")
                     .arg(where)
                     .arg(m_backwards);
    if (m_badPositions)
        notes << QStringLiteral("%1dropped %2 points without a usable position (not a number or "
                                "out of range)")
                     .arg(where)
                     .arg(m_badPositions);
    if (m_ignoredPositions)
        notes << QStringLiteral("%1ignored %2 positions that were 0,0 or out of range")
                     .arg(where)
                     .arg(m_ignoredPositions);
    if (m_badValues)
        notes << QStringLiteral("%1ignored %2 values that are not numbers")
                     .arg(where)
                     .arg(m_badValues);
}

Sport sportFromText(std::string_view text)
{
    const QString t = QString::fromUtf8(text.data(), qsizetype(text.size())).trimmed().toLower();
    if (t.isEmpty())
        return Sport::Running;
    // Strava writes its activity type numbers into GPX: 9 run, 10 walk, 4 hike, 1 ride.
    if (t == QLatin1String("9"))
        return Sport::Running;
    if (t == QLatin1String("10"))
        return Sport::Walking;
    if (t == QLatin1String("4"))
        return Sport::Hiking;
    if (t == QLatin1String("1"))
        return Sport::Cycling;
    if (t.contains(QLatin1String("trail")))
        return Sport::TrailRunning;
    if (t.contains(QLatin1String("treadmill")) || t.contains(QLatin1String("indoor_run")))
        return Sport::TreadmillRunning;
    if (t.contains(QLatin1String("run")) || t.contains(QLatin1String("jog")))
        return Sport::Running;
    if (t.contains(QLatin1String("walk")))
        return Sport::Walking;
    if (t.contains(QLatin1String("hik")))
        return Sport::Hiking;
    if (t.contains(QLatin1String("bik")) || t.contains(QLatin1String("cycl")) ||
        t.contains(QLatin1String("ride")))
        return Sport::Cycling;
    if (t.contains(QLatin1String("swim")))
        return Sport::Swimming;
    return Sport::Other;
}

} // namespace stridewell::core::xml
