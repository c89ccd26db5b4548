#include "storage/private_file.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace stridewell::core {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

Status writeAll(QIODevice& out, QByteArrayView bytes, const QString& path)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        // A short count is retried: the next write says why (ENOSPC) where the first did not.
        const qint64 n = out.write(bytes.data() + done, bytes.size() - done);
        if (n <= 0)
            return fail(QStringLiteral("%1: cannot write: %2").arg(path, out.errorString()));
        done += qsizetype(n);
    }
    return Ok{};
}

Status writePrivateFile(const QString& path, const std::function<Status(QIODevice&)>& fill)
{
    if (path.trimmed().isEmpty())
        return fail(QStringLiteral("no file name given"));
    const QFileInfo target(path);
    if (target.isDir())
        return fail(QStringLiteral("%1: is a folder; give a file name").arg(path));
    if (!target.absoluteDir().exists())
        return fail(QStringLiteral("%1: cannot write: the folder %2 does not exist")
                        .arg(path, target.absolutePath()));
    QSaveFile file(path);
    // Unbuffered: a write that does not fit fails at once. A buffered one would fail only in
    // the flush at commit(), which Qt does not count as a failed write, and the cut file would
    // be renamed over the good one.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(QStringLiteral("%1: cannot write a file in its folder: %2")
                        .arg(path, file.errorString()));
    // QSaveFile gives a new file the umask's mode and an existing one its old mode.
    if (!file.setPermissions(kOwnerOnly)) {
        file.cancelWriting();
        return fail(QStringLiteral("%1: cannot make it private to its owner: %2")
                        .arg(path, file.errorString()));
    }
    if (Status ok = fill(file); !ok) {
        file.cancelWriting();
        return ok;
    }
    if (!file.commit())
        return fail(QStringLiteral("%1: cannot finish writing: %2").arg(path, file.errorString()));
    return Ok{};
}

Status writePrivateFile(const QString& path, const QByteArray& content)
{
    return writePrivateFile(path, [&](QIODevice& out) { return writeAll(out, content, path); });
}

} // namespace stridewell::core
