#pragma once

#include "result.h"

#include <QStringList>
#include <optional>
#include <vector>

namespace stridewell::core {

struct CsvRow
{
    int line = 0; // 1-based line where the row starts
    QStringList cells;
};

// RFC 4180 text (quoted cells, doubled quotes, line breaks inside quotes), comma or semicolon
// separated (taken from the header line), UTF-8 with or without a byte-order mark.
// Blank lines are skipped. The error names the file and line. With `maxRowsBelowHeader`, a file
// of more rows is refused as soon as the first row too many is read, before the rest is parsed.
Result<std::vector<CsvRow>> parseCsv(const QByteArray& data, const QString& fileName,
                                     std::optional<qsizetype> maxRowsBelowHeader = std::nullopt);

// One cell, quoted when needed, neutralised against spreadsheet formula injection.
QString csvCell(const QString& value);
// Reverses csvCell's neutralising prefix on text read back.
QString uncsvText(const QString& value);

} // namespace stridewell::core
