#include "import/file_formats.h"

#include "import/archive.h"
#include "import/fit_reader.h"
#include "import/gpx_reader.h"
#include "import/run_csv.h"
#include "import/tcx_reader.h"

namespace stridewell::core {

namespace {

constexpr qint64 kMaxUnpackedBytes = 512LL * 1024 * 1024;

Result<ParsedFile> readCsv(const QByteArray& data, const QString& fileName, const ReadOptions&)
{
    return run_csv::read(data, fileName);
}

} // namespace

QString FileLimits::tooMany(const QString& fileName, qsizetype count, const char* what, int max)
{
    return QStringLiteral("%1: %2 %3, more than the %4 one file may hold; nothing was imported")
        .arg(fileName)
        .arg(count)
        .arg(QLatin1String(what))
        .arg(max);
}

std::span<const FileFormat> fileFormats()
{
    static const FileFormat formats[] = {
        {"csv", "csv", &readCsv},
        {"fit", "fit", &fit::read},
        {"gpx", "gpx", &gpx::read},
        {"tcx", "tcx", &tcx::read},
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

Result<ParsedFile> readActivityFile(const QByteArray& data, const QString& fileName,
                                    const ReadOptions& options, QByteArray* content)
{
    const FileFormat* format = formatForFileName(fileName);
    if (!format) {
        QStringList suffixes;
        for (const FileFormat& f : fileFormats())
            suffixes << QLatin1Char('.') + QLatin1String(f.suffix);
        return fail(QStringLiteral("%1: not a file type Stridewell reads (%2, their .gz, .zip)")
                        .arg(fileName, suffixes.join(QStringLiteral(" "))));
    }
    if (data.isEmpty())
        return fail(QStringLiteral("%1: empty file (0 bytes)").arg(fileName));
    QByteArray unpacked;
    const bool packed = fileName.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive);
    if (packed) {
        auto inflated = gunzip(data, fileName, kMaxUnpackedBytes);
        if (!inflated)
            return inflated.error();
        if (inflated->isEmpty())
            return fail(QStringLiteral("%1: empty file (0 bytes inside the .gz)").arg(fileName));
        unpacked = std::move(*inflated);
    }
    const QByteArray& bytes = packed ? unpacked : data;
    if (content)
        *content = bytes;
    return format->read(bytes, fileName, options);
}

} // namespace stridewell::core
