#pragma once

#include "import/fit/fit_message.h"
#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <array>
#include <vector>

namespace stridewell::core::fit {

// Receives each data message as the decoder meets it; the message is valid only for the call.
class MessageSink
{
public:
    virtual ~MessageSink() = default;
    virtual void onMessage(const Message& message) = 0;
    // A new FIT file of a chain begins (also before the first one).
    virtual void onFileStart(int index) { (void)index; }
};

// Walks the records of a FIT file (and of the files chained after it): the 12- or 14-byte
// header, definition and data messages, local message types, compressed-timestamp headers,
// both byte orders, developer fields (skipped), header and file CRCs. Every read is bounds
// checked, and every record consumes at least its header byte, so it always ends.
class Decoder
{
public:
    Decoder(const QByteArray& data, QString fileName, bool salvage);

    // An error names the file, the byte offset and the reason. With salvage, a truncated or
    // CRC-damaged file ends cleanly after the last whole message, and damaged() says why.
    Status run(MessageSink& sink);

    bool damaged() const { return !m_damage.isEmpty(); }
    const QString& damage() const { return m_damage; }
    const QStringList& notes() const { return m_notes; }

private:
    struct Definition
    {
        bool defined = false;
        bool bigEndian = false;
        std::uint16_t global = 0;
        struct Field
        {
            std::uint8_t number, size, baseType;
        };
        std::vector<Field> fields;
        int developerBytes = 0;
    };

    Status decodeFile(std::size_t start, std::size_t dataEnd, MessageSink& sink);
    Status readDefinition(std::size_t& pos, std::size_t end, std::uint8_t header);
    Status readData(std::size_t& pos, std::size_t end, const Definition& def,
                    std::optional<std::uint32_t> compressedTime, MessageSink& sink);
    Status damagedAt(std::size_t offset, const QString& reason);
    Error error(std::size_t offset, const QString& reason) const;

    const QByteArray& m_data;
    const unsigned char* m_bytes;
    QString m_fileName;
    bool m_salvage;
    bool m_stop = false;
    QString m_damage;
    QStringList m_notes;
    std::array<Definition, 16> m_definitions;
    std::uint32_t m_lastTimestamp = 0;
    bool m_haveTimestamp = false;
    Message m_message;
};

} // namespace stridewell::core::fit
