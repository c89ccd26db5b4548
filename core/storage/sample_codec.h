#pragma once

#include "model/sample.h"
#include "result.h"

#include <QByteArray>

namespace stridewell::core {

// Samples are stored per run as one compressed, column-wise blob rather than a row per point:
// a year of daily one-hour runs is ~1.3 million points, which as rows would dominate the log.
namespace sample_codec {

QByteArray encode(const SampleList& samples);
Result<SampleList> decode(const QByteArray& blob);

} // namespace sample_codec

} // namespace stridewell::core
