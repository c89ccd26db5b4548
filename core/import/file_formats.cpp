#include "import/file_formats.h"

#include "import/run_csv.h"

namespace stridewell::core {

std::span<const FileFormat> fileFormats()
{
    static const FileFormat formats[] = {
        {"csv", "csv", &run_csv::read},
    };
    return formats;
}

const FileFormat* formatForFileName(const QString& fileName)
{
    QString name = fileName.toLower();
    if (name.endsWith(QLatin1String(".gz")))
        name.chop(3);
    for (const FileFormat& format : fileFormats())
        if (name.endsWith(QLatin1Char('.') + QLatin1String(format.suffix)))
            return &format;
    return nullptr;
}

} // namespace stridewell::core
