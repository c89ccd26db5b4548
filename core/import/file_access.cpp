#include "import/file_access.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace stridewell::core::file_access {

namespace {

constexpr char16_t kEscapeBase = 0xDC00;

// Length of the valid UTF-8 sequence at p (1..4), or 0 when it is not valid UTF-8.
int utf8Length(const unsigned char* p, qsizetype left)
{
    const unsigned c = p[0];
    int n = 0;
    unsigned min = 0;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF)
        n = 3, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4)
        n = 4, min = 0x10000;
    else
        return 0;
    if (left < n)
        return 0;
    unsigned cp = c & (0x7F >> n);
    for (int i = 1; i < n; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return n;
}

#ifdef Q_OS_UNIX
QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

QString kindOfMode(mode_t mode)
{
    if (S_ISFIFO(mode))
        return QStringLiteral("a named pipe (FIFO)");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QStringLiteral("a device");
    if (S_ISSOCK(mode))
        return QStringLiteral("a socket");
    if (!S_ISREG(mode) && !S_ISDIR(mode))
        return QStringLiteral("not a regular file");
    return {};
}
#endif

} // namespace

QString decodeName(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size());
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const int n = utf8Length(p + i, size - i);
        if (n == 0) {
            out += QChar(char16_t(kEscapeBase + p[i]));
            ++i;
            continue;
        }
        out += QString::fromUtf8(reinterpret_cast<const char*>(p + i), n);
        i += n;
    }
    return out;
}

QByteArray encodeName(const QString& name)
{
    QByteArray out;
    out.reserve(name.size());
    const qsizetype size = name.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = name[i].unicode();
        if (c >= 0xDC80 && c <= 0xDCFF && (i == 0 || !name[i - 1].isHighSurrogate())) {
            out += char(c - kEscapeBase);
            continue;
        }
        qsizetype j = i;
        while (j < size && !(name[j].unicode() >= 0xDC80 && name[j].unicode() <= 0xDCFF &&
                             (j == 0 || !name[j - 1].isHighSurrogate())))
            ++j;
        out += QStringView(name).mid(i, j - i).toUtf8();
        i = j - 1;
    }
    return out;
}

QString printable(const QString& name)
{
    QString out;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name[i].unicode();
        if (c >= 0xDC80 && c <= 0xDCFF && (i == 0 || !name[i - 1].isHighSurrogate()))
            out += QStringLiteral("\\x%1").arg(unsigned(c - kEscapeBase), 2, 16, QLatin1Char('0'));
        else
            out += name[i];
    }
    return out;
}

#ifdef Q_OS_UNIX

bool exists(const QString& path)
{
    struct stat st;
    return ::stat(encodeName(path).constData(), &st) == 0;
}

bool isDirectory(const QString& path)
{
    struct stat st;
    return ::stat(encodeName(path).constData(), &st) == 0 && S_ISDIR(st.st_mode);
}

QString specialKind(const QString& path)
{
    struct stat st;
    if (::stat(encodeName(path).constData(), &st) != 0)
        return {};
    return kindOfMode(st.st_mode);
}

qint64 fileSize(const QString& path)
{
    struct stat st;
    if (::stat(encodeName(path).constData(), &st) != 0)
        return -1;
    return qint64(st.st_size);
}

QDateTime modifiedUtc(const QString& path)
{
    struct stat st;
    if (::stat(encodeName(path).constData(), &st) != 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(st.st_mtime), Qt::UTC);
}

Result<std::unique_ptr<QIODevice>> openFile(const QString& path)
{
    // Non-blocking, so that a FIFO without a writer cannot hold the open; refused below.
    const int fd = ::open(encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return fail(QStringLiteral("%1: cannot read: %2").arg(printable(path), errnoText()));
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        QString kind = ::fstat(fd, &st) == 0 ? kindOfMode(st.st_mode) : errnoText();
        if (kind.isEmpty())
            kind = QStringLiteral("a folder");
        ::close(fd);
        return fail(QStringLiteral("%1: %2, not a file; refused").arg(printable(path), kind));
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    auto file = std::make_unique<QFile>();
    if (!file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return fail(
            QStringLiteral("%1: cannot read: %2").arg(printable(path), file->errorString()));
    }
    return std::unique_ptr<QIODevice>(std::move(file));
}

QStringList listFiles(const QString& folder)
{
    QStringList files;
    QStringList pending{folder};
    while (!pending.isEmpty()) {
        const QString dir = pending.takeLast();
        DIR* d = ::opendir(encodeName(dir).constData());
        if (!d)
            continue;
        while (const dirent* e = ::readdir(d)) {
            if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0)
                continue;
            const QString path = dir + QLatin1Char('/') + decodeName(e->d_name);
            struct stat st;
            if (::lstat(encodeName(path).constData(), &st) != 0)
                continue;
            if (S_ISLNK(st.st_mode) && ::stat(encodeName(path).constData(), &st) != 0)
                continue;
            if (S_ISDIR(st.st_mode)) {
                struct stat link;
                if (::lstat(encodeName(path).constData(), &link) == 0 && !S_ISLNK(link.st_mode))
                    pending << path;
            } else if (S_ISREG(st.st_mode)) {
                files << path;
            }
        }
        ::closedir(d);
    }
    std::sort(files.begin(), files.end());
    return files;
}

#else // other systems: Qt's own calls (file names there are Unicode already)

bool exists(const QString& path)
{
    return QFileInfo::exists(path);
}

bool isDirectory(const QString& path)
{
    return QFileInfo(path).isDir();
}

QString specialKind(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() && !info.isFile() && !info.isDir() ? QStringLiteral("not a regular file")
                                                            : QString();
}

qint64 fileSize(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : -1;
}

QDateTime modifiedUtc(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() ? info.lastModified().toUTC() : QDateTime();
}

Result<std::unique_ptr<QIODevice>> openFile(const QString& path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1: cannot read: %2").arg(path, file->errorString()));
    return std::unique_ptr<QIODevice>(std::move(file));
}

QStringList listFiles(const QString& folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    std::sort(files.begin(), files.end());
    return files;
}

#endif

Result<QByteArray> readFile(const QString& path, qint64 maxBytes)
{
    const qint64 size = fileSize(path);
    if (size < 0)
        return fail(QStringLiteral("%1: no such file").arg(printable(path)));
    if (size > maxBytes)
        return fail(QStringLiteral("%1: larger than %2 MB; not an activity file")
                        .arg(printable(path))
                        .arg(maxBytes >> 20));
    auto device = openFile(path);
    if (!device)
        return device.error();
    QByteArray data = (*device)->read(maxBytes + 1);
    if (data.size() > maxBytes)
        return fail(QStringLiteral("%1: larger than %2 MB; not an activity file")
                        .arg(printable(path))
                        .arg(maxBytes >> 20));
    return data;
}

} // namespace stridewell::core::file_access
