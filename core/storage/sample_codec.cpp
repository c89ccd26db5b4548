#include "storage/sample_codec.h"

#include <QDataStream>
#include <QIODevice>
#include <cmath>
#include <cstdint>
#include <limits>

namespace stridewell::core::sample_codec {

namespace {

constexpr quint32 kMagic = 0x53575331; // "SWS1"
constexpr qint32 kNoCoordinate = std::numeric_limits<qint32>::min();
constexpr double kCoordinateScale = 1e7; // 1e-7 degrees is about 1 cm

// Channel order in the blob; a bit per channel says whether it is present.
enum Channel : quint8 { Time, DistanceCh, Lat, Lon, Altitude, Hr, Cadence, Speed, ChannelCount };

double Sample::*const kFields[ChannelCount] = {
    &Sample::timeS,     &Sample::distanceM, &Sample::lat,        &Sample::lon,
    &Sample::altitudeM, &Sample::hrBpm,     &Sample::cadenceSpm, &Sample::speedMps};

bool isCoordinate(int channel)
{
    return channel == Lat || channel == Lon;
}

} // namespace

QByteArray encode(const SampleList& samples)
{
    quint8 mask = 0;
    for (int c = 0; c < ChannelCount; ++c)
        for (const Sample& s : samples)
            if (Sample::has(s.*kFields[c])) {
                mask |= quint8(1u << c);
                break;
            }

    QByteArray raw;
    QDataStream out(&raw, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    out << kMagic << quint32(samples.size()) << mask;
    for (int c = 0; c < ChannelCount; ++c) {
        if (!(mask & (1u << c)))
            continue;
        for (const Sample& s : samples) {
            const double v = s.*kFields[c];
            if (isCoordinate(c))
                out << (Sample::has(v) ? qint32(std::lround(v * kCoordinateScale)) : kNoCoordinate);
            else
                out << float(v);
        }
    }
    return qCompress(raw, 6);
}

Result<SampleList> decode(const QByteArray& blob)
{
    const QByteArray raw = qUncompress(blob);
    QDataStream in(raw);
    in.setByteOrder(QDataStream::LittleEndian);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    quint32 magic = 0, count = 0;
    quint8 mask = 0;
    in >> magic >> count >> mask;
    if (in.status() != QDataStream::Ok || magic != kMagic)
        return fail(QStringLiteral("stored samples are damaged (bad header)"));
    int channels = 0;
    for (int c = 0; c < ChannelCount; ++c)
        channels += (mask >> c) & 1;
    if (qsizetype(count) * channels * 4 > raw.size())
        return fail(QStringLiteral("stored samples are damaged (truncated)"));

    SampleList samples(count);
    for (int c = 0; c < ChannelCount; ++c) {
        if (!(mask & (1u << c)))
            continue;
        for (Sample& s : samples) {
            if (isCoordinate(c)) {
                qint32 v = 0;
                in >> v;
                s.*kFields[c] = v == kNoCoordinate ? Sample::kNone : v / kCoordinateScale;
            } else {
                float v = 0;
                in >> v;
                s.*kFields[c] = v;
            }
        }
    }
    if (in.status() != QDataStream::Ok)
        return fail(QStringLiteral("stored samples are damaged (truncated)"));
    return samples;
}

} // namespace stridewell::core::sample_codec
