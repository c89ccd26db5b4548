#pragma once

#include "import/parsed_activity.h"
#include "result.h"

#include <QByteArray>
#include <QString>
#include <span>

namespace stridewell::core {

// Every activity file format Stridewell reads, listed in one place (file_formats.cpp): a new
// format is one reader, one entry there and one test.
struct ReadOptions
{
    // Keep the readable part of a truncated or CRC-damaged file (marked as salvaged in the
    // notes) instead of rejecting it.
    bool salvage = false;
};

// How much one file may add to a log (design.md section 7): a file beyond that is refused
// whole, with a clear error, rather than flooding the log.
struct FileLimits
{
    static constexpr int kMaxActivities = 1000; // in a FIT, GPX or TCX file
    static constexpr int kMaxCsvRows = 100000;  // below the header of a CSV
    // "holds 1001 activities, more than the 1000 one file may hold"
    static QString tooMany(const QString& fileName, qsizetype count, const char* what, int max);
};

struct FileFormat
{
    const char* id;     // "csv", as in inspect's "format"
    const char* suffix; // lower-case file suffix without the dot
    Result<ParsedFile> (*read)(const QByteArray& data, const QString& fileName,
                               const ReadOptions& options);
};

std::span<const FileFormat> fileFormats();
// The format for a file name (ignoring a trailing .gz), or nullptr.
const FileFormat* formatForFileName(const QString& fileName);

// Reads a file of any format by its name: unpacks .gz, picks the reader. `content` receives the
// unpacked bytes (what the duplicate check hashes). Errors name the file.
Result<ParsedFile> readActivityFile(const QByteArray& data, const QString& fileName,
                                    const ReadOptions& options, QByteArray* content = nullptr);

} // namespace stridewell::core
