#pragma once

#include "model/sample.h"
#include "model/units.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace stridewell::core {

enum class Sport {
    Running,
    TrailRunning,
    TreadmillRunning,
    Walking,
    Hiking,
    Cycling,
    Swimming,
    Other
};

QString toId(Sport sport);
bool isRunning(Sport sport);

// What a reader found in a file: plain values, nothing stored yet. The import service decides
// what to keep and writes it.
struct ParsedActivity
{
    Sport sport = Sport::Running;
    // The file names the sport; when it does not (most GPX, FIT "generic"), `sport` is the
    // running this app assumes, and a track beyond running is taken for cycling instead.
    bool sportStated = false;
    // A row of the run CSV: typed by a person, so it is checked as a run typed by hand is, and
    // it is a duplicate only of a run with the same date, distance and duration.
    bool typedRow = false;
    // The start. Qt::UTC when only the instant is known (the local offset is then taken from
    // this machine's time zone), Qt::OffsetFromUTC when the file says the offset, Qt::LocalTime
    // for a wall-clock time without a zone.
    QDateTime start;
    Distance distance;
    std::optional<Duration> elapsed; // unknown for a track without times
    std::optional<Duration> timer;
    std::optional<double> avgCadenceSpm;
    std::optional<double> avgHrBpm;
    std::optional<double> elevationGainM;
    std::optional<int> rpe;
    int laps = 0;
    QString type;
    QString surface;
    QString shoeName;
    QString notes;
    SampleList samples;
    // Identifies this activity's content when the file holds several (CSV rows); empty means
    // "the whole file".
    QByteArray fingerprint;
    // Where it came from, for messages ("line 7").
    QString origin;

    // The runner's calendar day of the start (an instant without a zone read in this
    // machine's zone, as the import service stores it); invalid when the start is unknown.
    QDate localDate() const;
};

struct ParsedFile
{
    QString format; // csv, fit, gpx, tcx
    std::vector<ParsedActivity> activities;
    // Things dropped or repaired inside an otherwise good file, in plain words.
    QStringList notes;
};

} // namespace stridewell::core
