#include "import/csv_table.h"

#include <QStringDecoder>

namespace stridewell::core {

namespace {

bool startsLikeFormula(const QString& v)
{
    if (v.isEmpty())
        return false;
    const QChar c = v.front();
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QChar(0) ||
           c == QLatin1Char('\r');
}

} // namespace

Result<std::vector<CsvRow>> parseCsv(const QByteArray& data, const QString& fileName,
                                     std::optional<qsizetype> maxRowsBelowHeader)
{
    QStringDecoder decode(QStringDecoder::Utf8);
    QString text = decode(data);
    if (decode.hasError())
        return fail(QStringLiteral("%1: not UTF-8 text").arg(fileName));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    // NUL is no character of any text a runner writes; stored, it would cut the cell short in
    // C tools and spreadsheets. It goes wherever it is.
    text.remove(QChar(0));

    const qsizetype firstBreak = text.indexOf(QLatin1Char('\n'));
    const QStringView header = QStringView(text).left(firstBreak < 0 ? text.size() : firstBreak);
    const QChar sep = header.count(QLatin1Char(';')) > header.count(QLatin1Char(','))
                          ? QLatin1Char(';')
                          : QLatin1Char(',');

    std::vector<CsvRow> rows;
    CsvRow row;
    QString cell;
    int line = 1;
    row.line = 1;
    bool quoted = false;
    bool cellWasQuoted = false;
    int quoteStartLine = 0;

    auto endCell = [&] {
        row.cells << cell;
        cell.clear();
        cellWasQuoted = false;
    };
    auto endRow = [&] {
        endCell();
        const bool blank = row.cells.size() == 1 && row.cells.front().trimmed().isEmpty();
        if (!blank)
            rows.push_back(std::move(row));
        row = CsvRow{};
        row.line = line;
    };

    auto tooMany = [&] {
        return maxRowsBelowHeader && qsizetype(rows.size()) > *maxRowsBelowHeader + 1;
    };
    auto tooManyMessage = [&] {
        return QStringLiteral("%1: line %2: more than the %3 rows below the header one file may "
                              "hold; nothing was imported")
            .arg(fileName)
            .arg(rows.back().line)
            .arg(*maxRowsBelowHeader);
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (tooMany())
            return fail(tooManyMessage());
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!cell.trimmed().isEmpty() || cellWasQuoted)
                return fail(QStringLiteral("%1: line %2: a quote in the middle of a cell")
                                .arg(fileName)
                                .arg(line));
            cell.clear();
            quoted = true;
            cellWasQuoted = true;
            quoteStartLine = line;
        } else if (c == sep) {
            endCell();
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRow();
        } else if (c == QLatin1Char('\r')) {
            // CRLF line ends; a lone CR is ignored too
        } else {
            cell += c;
        }
    }
    if (quoted)
        return fail(QStringLiteral("%1: line %2: a quoted cell is never closed")
                        .arg(fileName)
                        .arg(quoteStartLine));
    if (!cell.isEmpty() || !row.cells.isEmpty())
        endRow();
    if (tooMany())
        return fail(tooManyMessage());
    return rows;
}

QString csvCell(const QString& value)
{
    QString v = value;
    if (startsLikeFormula(v))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) ||
        v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r')) ||
        v.contains(QLatin1Char(';'))) {
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

QString uncsvText(const QString& value)
{
    if (value.size() >= 2 && value.front() == QLatin1Char('\'') && startsLikeFormula(value.mid(1)))
        return value.mid(1);
    return value;
}

} // namespace stridewell::core
