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
