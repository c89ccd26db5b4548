#pragma once

#include "model/units.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace stridewell::core {

// One run as logged. Times are kept as the UTC start plus the local UTC offset at the start,
// so the run's calendar day is the runner's, whatever the time zone of the machine reading it.
struct Run
{
    qint64 id = 0;
    qint64 athleteId = 0;
    QDateTime startUtc; // Qt::UTC
    int utcOffsetS = 0; // local time = UTC + offset
    Distance distance;
    // Unknown for a GPS track without times (the distance is known, the duration is not).
    std::optional<Duration> elapsed;
    std::optional<Duration> timer; // moving/timer time when the source records it
    std::optional<double> avgCadenceSpm;
    std::optional<double> avgHrBpm;
    std::optional<int> rpe; // 0-10
    QString type;
    QString surface;
    std::optional<qint64> shoeId;
    QString shoeName; // filled when read, for display
    QString notes;
    QString source; // manual, csv, fit, gpx, tcx
    QByteArray contentHash;
    std::optional<double> elevationGainM;

    QDateTime localStart() const;
    QDate localDate() const;
    // The duration the load rules use: timer time when known, else elapsed time; unknown when
    // the source knows neither.
    std::optional<Duration> loadDuration() const { return timer ? timer : elapsed; }
    std::optional<double> sessionRpe() const; // minutes x RPE; null without RPE or duration
};

} // namespace stridewell::core
