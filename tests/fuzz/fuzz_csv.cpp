// libFuzzer target: the run CSV reader (and the Strava activities.csv it recognises).
#include "import/run_csv.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto parsed = stridewell::core::run_csv::read(bytes, QStringLiteral("fuzz.csv"));
    (void)parsed;
    return 0;
}
