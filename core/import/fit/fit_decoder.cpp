#include "import/fit/fit_decoder.h"

#include "import/fit/fit_crc.h"
#include "import/fit/fit_profile.h"

#include <cstring>

namespace stridewell::core::fit {

namespace {

std::uint16_t le16(const unsigned char* p)
{
    return std::uint16_t(p[0] | (p[1] << 8));
}

std::uint32_t le32(const unsigned char* p)
{
    return std::uint32_t(p[0]) | (std::uint32_t(p[1]) << 8) | (std::uint32_t(p[2]) << 16) |
           (std::uint32_t(p[3]) << 24);
}

QString hex(std::uint16_t v)
{
    return QStringLiteral("0x%1").arg(v, 4, 16, QLatin1Char('0'));
}

} // namespace

Decoder::Decoder(const QByteArray& data, QString fileName, bool salvage)
    : m_data(data), m_bytes(reinterpret_cast<const unsigned char*>(data.constData())),
      m_fileName(std::move(fileName)), m_salvage(salvage)
{}

Error Decoder::error(std::size_t offset, const QString& reason) const
{
    return fail(QStringLiteral("%1: byte %2: %3").arg(m_fileName).arg(offset).arg(reason));
}

// Damage to the file as a whole: an error, or with salvage the end of the readable part.
Status Decoder::damagedAt(std::size_t offset, const QString& reason)
{
    if (!m_salvage)
        return error(offset, reason);
    if (m_damage.isEmpty())
        m_damage = QStringLiteral("byte %1: %2").arg(offset).arg(reason);
    return Ok{};
}

Status Decoder::run(MessageSink& sink)
{
    const std::size_t size = std::size_t(m_data.size());
    std::size_t pos = 0;
    if (size < 12)
        return error(0, QStringLiteral("too short to be a FIT file (%1 bytes)").arg(size));
    for (int index = 0; pos < size && !m_stop; ++index) {
        const std::size_t remaining = size - pos;
        const unsigned char* h = m_bytes + pos;
        const bool looksLikeHeader =
            remaining >= 12 && (h[0] == 12 || h[0] == 14) && std::memcmp(h + 8, ".FIT", 4) == 0;
        if (index > 0 && !looksLikeHeader) {
            // Some devices pad the file or append their own data after the last CRC.
            m_notes << QStringLiteral("ignored %1 bytes after the FIT data (from byte %2)")
                           .arg(remaining)
                           .arg(pos);
            break;
        }
        if (remaining < 12)
            return error(pos,
                         QStringLiteral("too short to be a FIT file (%1 bytes)").arg(remaining));
        if (h[0] != 12 && h[0] != 14)
            return error(pos, QStringLiteral("not a FIT file (header size %1)").arg(h[0]));
        if (std::memcmp(h + 8, ".FIT", 4) != 0)
            return error(pos, QStringLiteral("not a FIT file (no \".FIT\" signature)"));
        const std::size_t headerSize = h[0];
        if (remaining < headerSize)
            return error(pos, QStringLiteral("truncated FIT header"));
        if (headerSize == 14) {
            const std::uint16_t stored = le16(h + 12);
            const std::uint16_t computed = crc16(h, 12);
            if (stored != 0 && stored != computed)
                return error(pos + 12,
                             QStringLiteral("header CRC mismatch (stored %1, computed %2)")
                                 .arg(hex(stored), hex(computed)));
        }
        const std::size_t dataSize = le32(h + 4);
        const std::size_t dataStart = pos + headerSize;
        const std::size_t available = size - dataStart;
        std::size_t dataEnd = dataStart + dataSize;
        const bool truncated = dataSize > available || available - dataSize < 2;
        const QString part =
            index > 0 ? QStringLiteral(" (FIT file %1 of a chain)").arg(index + 1) : QString();
        if (truncated) {
            const QString reason =
                QStringLiteral("truncated%1: the header declares %2 bytes of records and a CRC, "
                               "only %3 bytes follow")
                    .arg(part)
                    .arg(dataSize)
                    .arg(available);
            if (Status ok = damagedAt(pos + 4, reason); !ok)
                return ok;
            dataEnd = size;
        } else {
            const std::uint16_t stored = le16(m_bytes + dataEnd);
            const std::uint16_t computed = crc16(h, headerSize + dataSize);
            if (stored != computed)
                if (Status ok = damagedAt(dataEnd, QStringLiteral("file CRC mismatch%1 (stored "
                                                                  "%2, computed %3)")
                                                       .arg(part, hex(stored), hex(computed)));
                    !ok)
                    return ok;
        }
        for (Definition& d : m_definitions)
            d = Definition{};
        m_haveTimestamp = false;
        m_lastTimestamp = 0;
        sink.onFileStart(index);
        if (Status ok = decodeFile(dataStart, dataEnd, sink); !ok)
            return ok;
        if (truncated)
            break;
        pos = dataEnd + 2;
    }
    return Ok{};
}

Status Decoder::decodeFile(std::size_t start, std::size_t end, MessageSink& sink)
{
    std::size_t pos = start;
    while (pos < end && !m_stop) {
        const std::size_t recordStart = pos;
        const std::uint8_t header = m_bytes[pos++];
        Status ok = Ok{};
        if (header & 0x80) {
            // Compressed timestamp: 5 bits of seconds relative to the last full timestamp.
            const int local = (header >> 5) & 0x3;
            const std::uint32_t offset = header & 0x1F;
            std::uint32_t t = (m_lastTimestamp & ~0x1Fu) + offset;
            if (offset < (m_lastTimestamp & 0x1Fu))
                t += 0x20;
            m_lastTimestamp = t;
            const Definition& def = m_definitions[local];
            if (!def.defined)
                ok = error(recordStart,
                           QStringLiteral("data message of undefined local type %1").arg(local));
            else
                ok = readData(pos, end, def, m_haveTimestamp ? std::optional(t) : std::nullopt,
                              sink);
        } else if (header & 0x40) {
            ok = readDefinition(pos, end, header);
        } else {
            const int local = header & 0x0F;
            const Definition& def = m_definitions[local];
            if (!def.defined)
                ok = error(recordStart,
                           QStringLiteral("data message of undefined local type %1").arg(local));
            else
                ok = readData(pos, end, def, std::nullopt, sink);
        }
        if (!ok) {
            if (!m_salvage)
                return ok;
            // Salvage: keep what came before the first unreadable record.
            if (m_damage.isEmpty())
                m_damage = ok.message().mid(m_fileName.size() + 2);
            m_stop = true;
        }
    }
    return Ok{};
}

Status Decoder::readDefinition(std::size_t& pos, std::size_t end, std::uint8_t header)
{
    const std::size_t start = pos - 1;
    if (end - pos < 5)
        return error(start, QStringLiteral("truncated definition message"));
    const unsigned char* p = m_bytes + pos;
    Definition def;
    def.defined = true;
    // Architecture 0 is little-endian, 1 big-endian; anything else is taken as little-endian,
    // which is what devices that write garbage there actually use.
    def.bigEndian = p[1] == 1;
    def.global = def.bigEndian ? std::uint16_t((p[2] << 8) | p[3]) : le16(p + 2);
    const int count = p[4];
    pos += 5;
    if (end - pos < std::size_t(count) * 3)
        return error(start, QStringLiteral("truncated definition message"));
    def.fields.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i, pos += 3) {
        const unsigned char* f = m_bytes + pos;
        def.fields.push_back({f[0], f[1], std::uint8_t(f[2] & 0x1F)});
    }
    if (header & 0x20) { // developer fields follow: skipped by size
        if (end - pos < 1)
            return error(start, QStringLiteral("truncated definition message"));
        const int devCount = m_bytes[pos++];
        if (end - pos < std::size_t(devCount) * 3)
            return error(start, QStringLiteral("truncated definition message"));
        for (int i = 0; i < devCount; ++i, pos += 3)
            def.developerBytes += m_bytes[pos + 1];
    }
    m_definitions[header & 0x0F] = std::move(def);
    return Ok{};
}

Status Decoder::readData(std::size_t& pos, std::size_t end, const Definition& def,
                         std::optional<std::uint32_t> compressedTime, MessageSink& sink)
{
    const std::size_t start = pos - 1;
    std::size_t size = std::size_t(def.developerBytes);
    for (const Definition::Field& f : def.fields)
        size += f.size;
    if (end - pos < size)
        return error(start, QStringLiteral("truncated data message (global %1, %2 bytes)")
                                .arg(def.global)
                                .arg(size));
    Message& m = m_message;
    m.global = def.global;
    m.timestamp = compressedTime;
    for (int i = 0; i < m.fieldCount; ++i)
        m.slot[m.fields[std::size_t(i)].number] = 0;
    m.fieldCount = 0;
    for (const Definition::Field& f : def.fields) {
        // A field listed twice keeps its first place; a size of 0 holds no value.
        if (f.size > 0 && m.slot[f.number] == 0) {
            m.fields[std::size_t(m.fieldCount)] = {f.number, f.size, f.baseType, def.bigEndian,
                                                   m_bytes + pos};
            m.slot[f.number] = std::uint8_t(++m.fieldCount);
        }
        pos += f.size;
    }
    pos += std::size_t(def.developerBytes);
    if (!compressedTime) {
        if (const FieldRef* t = m.field(kTimestampField)) {
            if (auto v = readInteger(*t); v && t->size == 4) {
                m_lastTimestamp = std::uint32_t(*v);
                m_haveTimestamp = true;
                m.timestamp = m_lastTimestamp;
            }
        }
    }
    sink.onMessage(m);
    return Ok{};
}

} // namespace stridewell::core::fit
