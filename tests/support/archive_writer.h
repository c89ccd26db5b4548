#pragma once

// gzip and zip writers for import fixtures (zlib and minizip, as the app reads them).
#include <QByteArray>
#include <QFile>
#include <QString>
#include <minizip/zip.h>
#include <utility>
#include <vector>
#include <zlib.h>

namespace stridewell::test {

inline QByteArray gzip(const QByteArray& data)
{
    z_stream zs{};
    deflateInit2(&zs, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&zs, uLong(data.size())) + 32), Qt::Uninitialized);
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = uInt(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(int(zs.total_out));
    deflateEnd(&zs);
    return out;
}

using ZipEntries = std::vector<std::pair<QByteArray, QByteArray>>; // raw name, content

inline bool writeZip(const QString& path, const ZipEntries& entries)
{
    zipFile zf = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zf)
        return false;
    for (const auto& [name, content] : entries) {
        zip_fileinfo info{};
        if (zipOpenNewFileInZip64(zf, name.constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                  Z_DEFLATED, Z_DEFAULT_COMPRESSION, 0) != ZIP_OK)
            return false;
        zipWriteInFileInZip(zf, content.constData(), unsigned(content.size()));
        zipCloseFileInZip(zf);
    }
    return zipClose(zf, nullptr) == ZIP_OK;
}

inline QByteArray zipBytes(const QString& scratchPath, const ZipEntries& entries)
{
    writeZip(scratchPath, entries);
    QFile f(scratchPath);
    f.open(QIODevice::ReadOnly);
    QByteArray bytes = f.readAll();
    f.close();
    QFile::remove(scratchPath);
    return bytes;
}

} // namespace stridewell::test
