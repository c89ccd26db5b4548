#pragma once

// A small FIT encoder for exact test fixtures: definitions in either byte order, data and
// compressed-timestamp messages, developer fields, 12- or 14-byte headers, right or wrong
// CRCs, and raw bytes for damage. Written from the protocol description, like the decoder,
// but as plainly as possible so the two do not share mistakes.
#include <QByteArray>
#include <QDateTime>
#include <cmath>
#include <cstdint>
#include <optional>
#include <vector>

namespace stridewell::test {

class FitEncoder
{
public:
    // Base types (with the endian-capable bit as the protocol lists them).
    static constexpr std::uint8_t kEnum = 0x00, kUint8 = 0x02, kSint16 = 0x83, kUint16 = 0x84,
                                  kSint32 = 0x85, kUint32 = 0x86, kString = 0x07, kByte = 0x0D;

    struct Field
    {
        std::uint8_t number, size, baseType;
    };
    struct DevField
    {
        std::uint8_t number, size, developerIndex;
    };

    static std::uint16_t crc(const QByteArray& bytes, std::uint16_t crc = 0)
    {
        static const std::uint16_t table[16] = {0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00,
                                                0x2800, 0xE401, 0xA001, 0x6C00, 0x7800, 0xB401,
                                                0x5000, 0x9C01, 0x8801, 0x4400};
        for (char ch : bytes) {
            const auto b = std::uint8_t(ch);
            std::uint16_t t = table[crc & 0xF];
            crc = ((crc >> 4) & 0x0FFF) ^ t ^ table[b & 0xF];
            t = table[crc & 0xF];
            crc = ((crc >> 4) & 0x0FFF) ^ t ^ table[(b >> 4) & 0xF];
        }
        return crc;
    }

    // Seconds since the FIT epoch, 1989-12-31T00:00:00Z.
    static std::uint32_t fitTime(const QDateTime& utc)
    {
        return std::uint32_t(utc.toSecsSinceEpoch() - 631065600);
    }
    static std::int32_t semicircles(double degrees)
    {
        return std::int32_t(std::llround(degrees * 2147483648.0 / 180.0));
    }

    void define(int local, std::uint16_t global, std::vector<Field> fields, bool bigEndian = false,
                std::vector<DevField> devFields = {})
    {
        m_body.append(char(0x40 | (devFields.empty() ? 0 : 0x20) | (local & 0x0F)));
        m_body.append(char(0));
        m_body.append(char(bigEndian ? 1 : 0));
        put(global, 2, bigEndian);
        m_body.append(char(fields.size()));
        for (const Field& f : fields) {
            m_body.append(char(f.number));
            m_body.append(char(f.size));
            m_body.append(char(f.baseType));
        }
        if (!devFields.empty()) {
            m_body.append(char(devFields.size()));
            for (const DevField& f : devFields) {
                m_body.append(char(f.number));
                m_body.append(char(f.size));
                m_body.append(char(f.developerIndex));
            }
        }
        m_defs[local & 0x0F] = {std::move(fields), bigEndian, devFields};
    }

    // One value per field, each written in the field's size (all-ones or zero are the
    // sentinels; pass them to write "invalid").
    void data(int local, const std::vector<std::int64_t>& values, const QByteArray& dev = {})
    {
        m_body.append(char(local & 0x0F));
        values_(local, values, dev);
    }
    // A compressed-timestamp header: local type 0-3 and the low 5 bits of the time.
    void compressed(int local, std::uint32_t time, const std::vector<std::int64_t>& values)
    {
        m_body.append(char(0x80 | ((local & 0x3) << 5) | (time & 0x1F)));
        values_(local, values, {});
    }
    void raw(const QByteArray& bytes) { m_body.append(bytes); }
    const QByteArray& body() const { return m_body; }

    // The whole file. declaredSize lies about the record size when given.
    QByteArray file(int headerSize = 14, std::optional<std::uint32_t> declaredSize = {},
                    bool badCrc = false) const
    {
        QByteArray out;
        out.append(char(headerSize));
        out.append(char(0x20)); // protocol 2.0
        const std::uint16_t profile = 2132;
        out.append(char(profile & 0xFF));
        out.append(char(profile >> 8));
        const std::uint32_t size = declaredSize.value_or(std::uint32_t(m_body.size()));
        for (int i = 0; i < 4; ++i)
            out.append(char((size >> (8 * i)) & 0xFF));
        out.append(".FIT");
        if (headerSize == 14) {
            const std::uint16_t h = crc(out);
            out.append(char(h & 0xFF));
            out.append(char(h >> 8));
        }
        out.append(m_body);
        std::uint16_t c = crc(out);
        if (badCrc)
            c ^= 0x1234;
        out.append(char(c & 0xFF));
        out.append(char(c >> 8));
        return out;
    }

private:
    struct Def
    {
        std::vector<Field> fields;
        bool bigEndian = false;
        std::vector<DevField> dev;
    };

    void put(std::uint64_t v, int size, bool bigEndian)
    {
        for (int i = 0; i < size; ++i) {
            const int shift = bigEndian ? 8 * (size - 1 - i) : 8 * i;
            m_body.append(char(shift < 64 ? (v >> shift) & 0xFF : 0));
        }
    }
    void values_(int local, const std::vector<std::int64_t>& values, const QByteArray& dev)
    {
        const Def& def = m_defs[local & 0x0F];
        for (std::size_t i = 0; i < def.fields.size(); ++i) {
            const Field& f = def.fields[i];
            const std::int64_t v = i < values.size() ? values[i] : -1;
            const int unit = (f.baseType & 0x1F) == 0x03 || (f.baseType & 0x1F) == 0x04   ? 2
                             : (f.baseType & 0x1F) == 0x05 || (f.baseType & 0x1F) == 0x06 ? 4
                                                                                          : 1;
            if (f.size % unit != 0 || f.size == 0) {
                for (int b = 0; b < f.size; ++b)
                    m_body.append(char(0xFF));
                continue;
            }
            put(std::uint64_t(v), unit, def.bigEndian);
            for (int extra = unit; extra < f.size; ++extra)
                m_body.append(char(0xFF)); // further array elements: invalid
        }
        int devBytes = 0;
        for (const DevField& d : def.dev)
            devBytes += d.size;
        QByteArray devData = dev.left(devBytes);
        devData.append(QByteArray(devBytes - devData.size(), char(0x42)));
        m_body.append(devData);
    }

    QByteArray m_body;
    Def m_defs[16];
};

} // namespace stridewell::test
