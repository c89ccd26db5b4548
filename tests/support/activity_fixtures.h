#pragma once

// Small, exact activity files for the import, command-line and window tests.
#include "support/fit_encoder.h"

#include <QByteArray>
#include <QDateTime>

namespace stridewell::test {

// A FIT activity: one session of `seconds` at `speed` m/s, one record a second, HR 150,
// cadence 85.5 strides/min (171 steps/min). sport: FIT sport number (1 running, 2 cycling).
inline QByteArray fitActivity(const QDateTime& startUtc, int seconds = 1800, double speed = 3.0,
                              int sport = 1)
{
    FitEncoder e;
    const std::uint32_t t0 = FitEncoder::fitTime(startUtc);
    e.define(0, 0, {{0, 1, FitEncoder::kEnum}, {4, 4, FitEncoder::kUint32}});
    e.data(0, {4, t0});
    e.define(1, 20,
             {{253, 4, FitEncoder::kUint32},
              {0, 4, FitEncoder::kSint32},
              {1, 4, FitEncoder::kSint32},
              {2, 2, FitEncoder::kUint16},
              {3, 1, FitEncoder::kUint8},
              {4, 1, FitEncoder::kUint8},
              {5, 4, FitEncoder::kUint32},
              {53, 1, FitEncoder::kUint8}});
    for (int i = 0; i <= seconds; ++i) {
        const double d = speed * i;
        e.data(1, {t0 + std::uint32_t(i), FitEncoder::semicircles(47.0 + d / 111195.0),
                   FitEncoder::semicircles(8.0), std::lround((400 + (i % 600) / 10.0 + 500) * 5),
                   140 + (i % 20), 85, std::lround(d * 100), 64});
    }
    e.define(2, 18,
             {{253, 4, FitEncoder::kUint32},
              {2, 4, FitEncoder::kUint32},
              {5, 1, FitEncoder::kEnum},
              {7, 4, FitEncoder::kUint32},
              {8, 4, FitEncoder::kUint32},
              {9, 4, FitEncoder::kUint32},
              {16, 1, FitEncoder::kUint8},
              {18, 1, FitEncoder::kUint8},
              {26, 2, FitEncoder::kUint16},
              {92, 1, FitEncoder::kUint8}});
    e.data(2, {t0 + std::uint32_t(seconds), t0, sport, seconds * 1000, seconds * 1000,
               std::lround(speed * seconds * 100), 150, 85, 1, 64});
    return e.file();
}

// A GPX 1.1 track heading north at `speed` m/s, one point a second, with Garmin
// TrackPointExtension hr (and a <type>).
inline QByteArray gpxActivity(const QDateTime& startUtc, int points = 600,
                              const QByteArray& type = {}, const QByteArray& name = "Easy run",
                              double speed = 3.0)
{
    QByteArray out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"1.1\" "
                     "creator=\"test\" xmlns=\"http://www.topografix.com/GPX/1/1\" "
                     "xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\">"
                     "<trk><name>" +
                     name + "</name>" +
                     (type.isEmpty() ? QByteArray() : "<type>" + type + "</type>") + "<trkseg>\n";
    for (int i = 0; i < points; ++i)
        out += "<trkpt lat=\"" + QByteArray::number(46.0 + speed * i / 111195.0, 'f', 8) +
               "\" lon=\"7.0\"><ele>" + QByteArray::number(500 + i / 20) + "</ele><time>" +
               startUtc.addSecs(i).toString(Qt::ISODate).toLatin1() +
               "</time><extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>" +
               QByteArray::number(130 + i % 30) +
               "</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions></trkpt>\n";
    return out + "</trkseg></trk></gpx>\n";
}

} // namespace stridewell::test
