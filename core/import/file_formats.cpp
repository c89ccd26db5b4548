#include "import/file_formats.h"

#include "import/fit_reader.h"
#include "import/run_csv.h"

namespace stridewell::core {

namespace {

Result<ParsedFile> readCsv(const QByteArray& data, const QString& fileName, const ReadOptions&)
{
    return run_csv::read(data, fileName);
}

} // namespace

std::span<const FileFormat> fileFormats()
{
    static const FileFormat formats[] = {
        {"csv", "csv", &readCsv},
        {"fit", "fit", &fit::read},
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
