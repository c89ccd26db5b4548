#include "import/archive.h"

#include <minizip/unzip.h>
#include <zlib.h>

namespace stridewell::core {

namespace {

// minizip's I/O callbacks over a QIODevice.
voidpf ioOpen(voidpf opaque, const void*, int)
{
    return opaque;
}

uLong ioRead(voidpf, voidpf stream, void* buf, uLong size)
{
    const qint64 n = static_cast<QIODevice*>(stream)->read(static_cast<char*>(buf), qint64(size));
    return n < 0 ? 0 : uLong(n);
}

uLong ioWrite(voidpf, voidpf, const void*, uLong)
{
    return 0;
}

ZPOS64_T ioTell(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<QIODevice*>(stream)->pos());
}

long ioSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto* device = static_cast<QIODevice*>(stream);
    qint64 target = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET:
        target = qint64(offset);
        break;
    case ZLIB_FILEFUNC_SEEK_CUR:
        target = device->pos() + qint64(offset);
        break;
    case ZLIB_FILEFUNC_SEEK_END:
        target = device->size() + qint64(offset);
        break;
    default:
        return -1;
    }
    return target >= 0 && target <= device->size() && device->seek(target) ? 0 : -1;
}

int ioClose(voidpf, voidpf)
{
    return 0;
}

int ioError(voidpf, voidpf)
{
    return 0;
}

QString entryName(const QByteArray& raw, bool utf8Flag)
{
    // Bit 11 marks UTF-8 names; others are CP437 by the spec but in practice often UTF-8.
    const QString utf8 = QString::fromUtf8(raw);
    if (utf8Flag || !utf8.contains(QChar::ReplacementCharacter))
        return utf8;
    return QString::fromLatin1(raw);
}

} // namespace

bool looksGzipped(const QByteArray& data)
{
    return data.size() >= 2 && uchar(data[0]) == 0x1F && uchar(data[1]) == 0x8B;
}

Result<QByteArray> gunzip(const QByteArray& data, const QString& name, qint64 maxBytes)
{
    if (!looksGzipped(data))
        return fail(QStringLiteral("%1: not gzip data").arg(name));
    z_stream zs{};
    if (inflateInit2(&zs, 15 + 16) != Z_OK)
        return fail(QStringLiteral("%1: cannot start gzip decompression").arg(name));
    QByteArray out;
    out.resize(std::min<qint64>(std::max<qint64>(data.size() * 4, 1 << 16), maxBytes + 1));
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    zs.avail_in = uInt(data.size());
    qint64 produced = 0;
    int rc = Z_OK;
    while (true) {
        if (produced == out.size()) {
            if (out.size() > maxBytes)
                break;
            out.resize(std::min<qint64>(out.size() * 2, maxBytes + 1));
        }
        zs.next_out = reinterpret_cast<Bytef*>(out.data() + produced);
        zs.avail_out = uInt(out.size() - produced);
        rc = inflate(&zs, Z_NO_FLUSH);
        produced = out.size() - zs.avail_out;
        if (rc == Z_STREAM_END) {
            // Another gzip member may follow (concatenated .gz files are valid gzip).
            if (zs.avail_in > 0 && inflateReset(&zs) == Z_OK)
                continue;
            break;
        }
        if (rc == Z_BUF_ERROR && zs.avail_in == 0)
            break; // input ended before the stream did
        if (rc != Z_OK)
            break;
    }
    inflateEnd(&zs);
    if (produced > maxBytes)
        return fail(QStringLiteral("%1: unpacks to more than %2 MB; not an activity file")
                        .arg(name)
                        .arg(maxBytes >> 20));
    if (rc != Z_STREAM_END)
        return fail(QStringLiteral("%1: damaged gzip data (%2)")
                        .arg(name, rc == Z_BUF_ERROR
                                       ? QStringLiteral("truncated")
                                       : QString::fromLatin1(zs.msg ? zs.msg : "bad data")));
    out.resize(produced);
    return out;
}

ZipArchive::ZipArchive(std::unique_ptr<QIODevice> device, QString name)
    : m_device(std::move(device)), m_name(std::move(name))
{}

ZipArchive::~ZipArchive()
{
    if (m_unz)
        unzClose(m_unz);
}

Result<std::unique_ptr<ZipArchive>> ZipArchive::open(std::unique_ptr<QIODevice> device,
                                                     const QString& name)
{
    std::unique_ptr<ZipArchive> zip(new ZipArchive(std::move(device), name));
    zlib_filefunc64_def io{};
    io.zopen64_file = &ioOpen;
    io.zread_file = &ioRead;
    io.zwrite_file = &ioWrite;
    io.ztell64_file = &ioTell;
    io.zseek64_file = &ioSeek;
    io.zclose_file = &ioClose;
    io.zerror_file = &ioError;
    io.opaque = zip->m_device.get();
    zip->m_unz = unzOpen2_64(zip->m_device.get(), &io);
    if (!zip->m_unz)
        return fail(QStringLiteral("%1: not a zip archive, or a damaged one").arg(name));
    for (int rc = unzGoToFirstFile(zip->m_unz); rc == UNZ_OK; rc = unzGoToNextFile(zip->m_unz)) {
        unz_file_info64 info{};
        char raw[1024];
        if (unzGetCurrentFileInfo64(zip->m_unz, &info, raw, sizeof raw - 1, nullptr, 0, nullptr,
                                    0) != UNZ_OK)
            return fail(QStringLiteral("%1: damaged zip directory").arg(name));
        const QByteArray rawName(raw, int(std::min<uLong>(info.size_filename, sizeof raw - 1)));
        Entry e;
        e.name = entryName(rawName, info.flag & (1u << 11));
        if (e.name.endsWith(QLatin1Char('/')))
            continue; // a folder
        e.size = qint64(info.uncompressed_size);
        e.compressedSize = qint64(info.compressed_size);
        const tm_unz& t = info.tmu_date;
        e.modified = QDateTime(QDate(int(t.tm_year), int(t.tm_mon) + 1, int(t.tm_mday)),
                               QTime(int(t.tm_hour), int(t.tm_min), int(t.tm_sec)), Qt::LocalTime);
        unz64_file_pos pos{};
        unzGetFilePos64(zip->m_unz, &pos);
        e.offset = pos.pos_in_zip_directory;
        e.number = pos.num_of_file;
        zip->m_entries.push_back(std::move(e));
    }
    return zip;
}

Result<QByteArray> ZipArchive::read(const Entry& entry, qint64 maxBytes)
{
    const QString where = m_name + QLatin1Char('/') + entry.name;
    if (entry.size > maxBytes)
        return fail(QStringLiteral("%1: larger than %2 MB; not an activity file")
                        .arg(where)
                        .arg(maxBytes >> 20));
    unz64_file_pos pos{entry.offset, entry.number};
    if (unzGoToFilePos64(m_unz, &pos) != UNZ_OK || unzOpenCurrentFile(m_unz) != UNZ_OK)
        return fail(
            QStringLiteral("%1: cannot open in the archive (encrypted or damaged)").arg(where));
    QByteArray out;
    out.reserve(qsizetype(std::min<qint64>(entry.size, maxBytes)));
    char buffer[1 << 16];
    int n = 0;
    while ((n = unzReadCurrentFile(m_unz, buffer, sizeof buffer)) > 0) {
        out.append(buffer, n);
        if (out.size() > maxBytes) {
            unzCloseCurrentFile(m_unz);
            return fail(QStringLiteral("%1: unpacks to more than %2 MB; not an activity file")
                            .arg(where)
                            .arg(maxBytes >> 20));
        }
    }
    const int closed = unzCloseCurrentFile(m_unz); // checks the CRC
    if (n < 0 || closed != UNZ_OK)
        return fail(QStringLiteral("%1: damaged in the archive (%2)")
                        .arg(where, closed == UNZ_CRCERROR ? QStringLiteral("CRC mismatch")
                                                           : QStringLiteral("bad data")));
    return out;
}

} // namespace stridewell::core
