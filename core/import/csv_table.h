#pragma once

#include "result.h"

#include <QStringList>
#include <vector>

namespace stridewell::core {

struct CsvRow
{
    int line = 0; // 1-based line where the row starts
    QStringList cells;
};

// RFC 4180 text (quoted cells, doubled quotes, line breaks inside quotes), comma or semicolon
// separated (taken from the header line), UTF-8 with or without a byte-order mark.
// Blank lines are skipped. The error names the file and line.
Result<std::vector<CsvRow>> parseCsv(const QByteArray& data, const QString& fileName);

// One cell, quoted when needed, neutralised against spreadsheet formula injection.
QString csvCell(const QString& value);
// Reverses csvCell's neutralising prefix on text read back.
QString uncsvText(const QString& value);

} // namespace stridewell::core
