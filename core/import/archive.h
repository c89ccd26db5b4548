#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QIODevice>
#include <QString>
#include <memory>
#include <vector>

namespace stridewell::core {

// gzip through zlib: the whole stream (all members), at most maxBytes of output so a small
// file cannot expand into gigabytes. The error names the file and the reason.
Result<QByteArray> gunzip(const QByteArray& data, const QString& name, qint64 maxBytes);
bool looksGzipped(const QByteArray& data);

// A .zip archive read through minizip, from any seekable device (a file in place, or an
// archive held in memory when it sits inside another one).
class ZipArchive
{
public:
    struct Entry
    {
        QString name; // path inside the archive, '/' separated
        qint64 size = 0;
        qint64 compressedSize = 0;
        std::uint64_t offset = 0; // minizip's position of the entry
        std::uint64_t number = 0;
        QDateTime modified; // Qt::LocalTime: zip stores the wall-clock time without a zone
    };

    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    static Result<std::unique_ptr<ZipArchive>> open(std::unique_ptr<QIODevice> device,
                                                    const QString& name);
    const std::vector<Entry>& entries() const { return m_entries; }
    // One entry's content, at most maxBytes (also when the archive lies about the size).
    Result<QByteArray> read(const Entry& entry, qint64 maxBytes);

private:
    ZipArchive(std::unique_ptr<QIODevice> device, QString name);

    std::unique_ptr<QIODevice> m_device;
    QString m_name;
    void* m_unz = nullptr;
    std::vector<Entry> m_entries;
};

} // namespace stridewell::core
