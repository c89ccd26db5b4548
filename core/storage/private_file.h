#pragma once

#include "result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <functional>

namespace stridewell::core {

// How Stridewell writes every file it makes (a CSV or PDF export, a bundle): into a temporary
// file in the target's folder, owner-only (0600) whatever the umask, flushed and synced to
// disk, and only then renamed over the target. A failure at any step (a full disk, a write
// error, a folder that is not writable) removes the temporary file and leaves a previous file
// at `path` as it was; the error names the file and says what failed.
//
// `fill` writes the content and must check every write (QIODevice::write's count); writeAll
// does that for a block of bytes.
Status writePrivateFile(const QString& path, const std::function<Status(QIODevice&)>& fill);
Status writePrivateFile(const QString& path, const QByteArray& content);

// Writes all of `bytes` to `out`, or says why it could not ("<path>: cannot write: No space
// left on device").
Status writeAll(QIODevice& out, QByteArrayView bytes, const QString& path);

} // namespace stridewell::core
