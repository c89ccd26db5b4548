#pragma once

// A folder on a small file system that a test can fill up: a tmpfs mounted on a temporary
// folder when this process may mount one (root, as in CI). Where it may not, mounted() is
// false and the test falls back: SQLite's PRAGMA max_page_count for the log, a file-size
// limit (RLIMIT_FSIZE) in the child process for other files.
#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#ifdef Q_OS_LINUX
#include <sys/mount.h>
#include <unistd.h>
#endif

namespace stridewell::test {

class SmallDisk
{
public:
    explicit SmallDisk(qint64 bytes)
    {
#ifdef Q_OS_LINUX
        if (::geteuid() == 0 && m_dir.isValid()) {
            const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0700";
            m_mounted = ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs",
                                MS_NOSUID | MS_NODEV, options.constData()) == 0;
        }
#else
        Q_UNUSED(bytes);
#endif
    }
    ~SmallDisk()
    {
#ifdef Q_OS_LINUX
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
#endif
    }
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;

    bool mounted() const
    {
        return m_mounted;
    }
    QString path(const QString& name) const
    {
        return m_dir.filePath(name);
    }

    // Fills the disk with a file ("filler") until a write fails, then gives back about
    // `leaveFree` bytes. False when the disk never filled up (not a small disk).
    bool fill(qint64 leaveFree = 0)
    {
        QFile filler(path(QStringLiteral("filler")));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return false;
        const QByteArray block(4096, 'x');
        qint64 written = 0;
        while (filler.write(block) == block.size()) {
            written += block.size();
            if (written > (qint64(1) << 30))
                return false;
        }
        filler.close();
        return leaveFree <= 0 || filler.resize(std::max<qint64>(0, filler.size() - leaveFree));
    }
    // Frees the disk again.
    void empty()
    {
        QFile::remove(path(QStringLiteral("filler")));
    }
    // Makes the disk read-only (as a locked SD card or a read-only share is); true on success.
    bool makeReadOnly()
    {
#ifdef Q_OS_LINUX
        return m_mounted && ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs",
                                    MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV, nullptr) == 0;
#else
        return false;
#endif
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

} // namespace stridewell::test
