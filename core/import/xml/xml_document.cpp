#include "import/xml/xml_document.h"

#include <QStringDecoder>
#include <charconv>
#include <cmath>
#include <cstring>

namespace stridewell::core::xml {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Days from 1970-01-01 to the civil date (H. Hinnant's algorithm, proleptic Gregorian).
std::int64_t daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return std::int64_t(era) * 146097 + std::int64_t(doe) - 719468;
}

bool digits(std::string_view s, std::size_t pos, std::size_t n, int& out)
{
    if (pos + n > s.size())
        return false;
    int v = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}

// UTF-16 text (Windows tools write GPX and TCX so, with a byte-order mark or without): the
// byte order it is in, if it looks like UTF-16 XML.
std::optional<QStringConverter::Encoding> utf16Order(const QByteArray& data)
{
    if (data.startsWith("\xFF\xFE"))
        return QStringConverter::Utf16LE;
    if (data.startsWith("\xFE\xFF"))
        return QStringConverter::Utf16BE;
    if (data.size() >= 2 && data[0] == '<' && data[1] == '\0')
        return QStringConverter::Utf16LE;
    if (data.size() >= 2 && data[0] == '\0' && data[1] == '<')
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

} // namespace

Result<std::unique_ptr<Document>> Document::parse(QByteArray data, const QString& fileName)
{
    auto doc = std::unique_ptr<Document>(new Document);
    // UTF-16 is read as the UTF-8 it stands for, before anything below looks at the bytes
    // (the DTD check among them).
    const auto order = utf16Order(data);
    if (order) {
        QStringDecoder decode(*order); // drops the byte-order mark
        const QString text = decode(data);
        if (decode.hasError())
            return fail(QStringLiteral("%1: not valid UTF-16 text (it starts like UTF-16 XML)")
                            .arg(fileName));
        // Its declaration may still say UTF-16: pugixml goes by the bytes (UTF-8 now).
        data = text.toUtf8();
    }
    // Skip a UTF-8 byte-order mark and blanks: they are not XML but files have them.
    qsizetype start = 0;
    if (data.startsWith("\xEF\xBB\xBF"))
        start = 3;
    while (start < data.size() && isBlank(data[start]))
        ++start;
    if (start == data.size())
        return fail(QStringLiteral("%1: no XML in the file (only blanks)").arg(fileName));
    const std::string_view text(data.constData() + start, std::size_t(data.size() - start));
    if (text.front() != '<')
        return fail(QStringLiteral("%1: byte %2: not XML (it does not start with '<')")
                        .arg(fileName)
                        .arg(start));
    // Activity files have no DTD; one is an attack (entity expansion, external entities).
    if (const auto dtd = text.find("<!DOCTYPE"); dtd != std::string_view::npos)
        return fail(QStringLiteral("%1: byte %2: refused: the file declares a DTD (<!DOCTYPE), "
                                   "which activity files never do")
                        .arg(fileName)
                        .arg(qsizetype(dtd) + start));
    if (const auto entity = text.find("<!ENTITY"); entity != std::string_view::npos)
        return fail(QStringLiteral("%1: byte %2: refused: the file declares an entity")
                        .arg(fileName)
                        .arg(qsizetype(entity) + start));
    if (start > 0)
        data.remove(0, start);
    doc->m_buffer = std::move(data);
    doc->m_buffer.detach(); // parsed in place: pugixml writes into the buffer
    const pugi::xml_parse_result result =
        doc->m_doc.load_buffer_inplace(doc->m_buffer.data(), std::size_t(doc->m_buffer.size()),
                                       pugi::parse_default & ~pugi::parse_wconv_attribute,
                                       order ? pugi::encoding_utf8 : pugi::encoding_auto);
    if (!result)
        return fail(QStringLiteral("%1: byte %2: not well-formed XML: %3")
                        .arg(fileName)
                        .arg(qint64(result.offset) + start)
                        .arg(QString::fromLatin1(result.description())));
    if (!doc->root())
        return fail(QStringLiteral("%1: no XML element in the file").arg(fileName));
    return doc;
}

std::string_view localName(const pugi::xml_node& node)
{
    const std::string_view name = node.name();
    const auto colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child(const pugi::xml_node& node, std::string_view name)
{
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling())
        if (c.type() == pugi::node_element && localName(c) == name)
            return c;
    return {};
}

std::optional<double> number(const char* text)
{
    if (!text)
        return std::nullopt;
    while (isBlank(*text))
        ++text;
    const char* end = text + std::strlen(text);
    while (end > text && isBlank(end[-1]))
        --end;
    if (text < end && *text == '+')
        ++text;
    double v = 0;
    const auto [ptr, ec] = std::from_chars(text, end, v);
    if (ec != std::errc() || ptr != end || text == end || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::optional<double> number(const pugi::xml_node& node)
{
    return node ? number(node.child_value()) : std::nullopt;
}

std::optional<Instant> parseInstant(std::string_view s)
{
    while (!s.empty() && isBlank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isBlank(s.back()))
        s.remove_suffix(1);
    int y, mo, d, h, mi, sec;
    if (!digits(s, 0, 4, y) || s.size() < 19 || s[4] != '-' || !digits(s, 5, 2, mo) ||
        s[7] != '-' || !digits(s, 8, 2, d) || (s[10] != 'T' && s[10] != ' ') ||
        !digits(s, 11, 2, h) || s[13] != ':' || !digits(s, 14, 2, mi) || s[16] != ':' ||
        !digits(s, 17, 2, sec))
        return std::nullopt;
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || sec > 60)
        return std::nullopt;
    std::size_t pos = 19;
    double fraction = 0;
    if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
        double scale = 0.1;
        ++pos;
        const std::size_t first = pos;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            fraction += (s[pos] - '0') * scale;
            scale /= 10;
            ++pos;
        }
        if (pos == first)
            return std::nullopt;
    }
    Instant t;
    if (pos < s.size()) {
        if (s[pos] == 'Z' && pos + 1 == s.size()) {
            t.offsetS = 0;
        } else if (s[pos] == '+' || s[pos] == '-') {
            int oh = 0, om = 0;
            if (!digits(s, pos + 1, 2, oh))
                return std::nullopt;
            std::size_t next = pos + 3;
            if (next < s.size() && s[next] == ':')
                ++next;
            if (next < s.size() && !digits(s, next, 2, om))
                return std::nullopt;
            if (next < s.size() && next + 2 != s.size())
                return std::nullopt;
            if (oh > 14 || om > 59)
                return std::nullopt;
            t.offsetS = (s[pos] == '-' ? -1 : 1) * (oh * 3600 + om * 60);
        } else {
            return std::nullopt;
        }
    }
    t.epochS =
        double(daysFromCivil(y, unsigned(mo), unsigned(d)) * 86400 + h * 3600 + mi * 60 + sec) +
        fraction - t.offsetS.value_or(0);
    return t;
}

} // namespace stridewell::core::xml
