// libFuzzer target: the gzip and zip layer under every reader (zlib, minizip), with the caps
// that keep a small archive from unpacking into gigabytes.
#include "import/archive.h"

#include <QBuffer>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace stridewell::core;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto unpacked = gunzip(bytes, QStringLiteral("fuzz.gz"), 8 << 20);
    (void)unpacked;
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    auto zip = ZipArchive::open(std::move(buffer), QStringLiteral("fuzz.zip"));
    if (zip)
        for (const ZipArchive::Entry& e : (*zip)->entries()) {
            auto content = (*zip)->read(e, 8 << 20);
            (void)content;
        }
    return 0;
}
