// libFuzzer target: the TCX reader, strict and salvaging. Any input must end in a value or
// an error naming the file: no crash, no hang, no sanitizer report.
#include "import/tcx_reader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace stridewell::core;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString name = QStringLiteral("fuzz.tcx");
    for (bool salvage : {false, true}) {
        ReadOptions options;
        options.salvage = salvage;
        auto parsed = tcx::read(bytes, name, options);
        if (!parsed && !parsed.message().startsWith(name))
            std::abort(); // every error names the file
    }
    return 0;
}
