#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QIODevice>
#include <QString>
#include <QStringList>
#include <memory>

namespace stridewell::core::file_access {

// File names are bytes on Linux, and not every byte string is UTF-8 (old cameras, Windows
// archives, Latin-1 file systems). Qt decodes such names lossily and its directory iterator
// skips them, so Stridewell keeps each byte that is not UTF-8 as U+DC80..U+DCFF (as Python's
// "surrogateescape" does) and turns it back into the same byte when opening the file.
QString decodeName(QByteArrayView bytes);
QByteArray encodeName(const QString& name);
// For messages: escaped bytes shown as \xNN.
QString printable(const QString& name);

bool exists(const QString& path);
bool isDirectory(const QString& path);
// What the path is when it is neither a regular file nor a folder: "a named pipe (FIFO)", "a
// device", "a socket"; empty for a file, a folder or a missing path. Opening one to read could
// wait forever (a FIFO without a writer) or never end (a device), so it is refused by name.
QString specialKind(const QString& path);
// Size in bytes, or -1 when it cannot be read.
qint64 fileSize(const QString& path);
// When the file was last modified (Qt::UTC), invalid when it cannot be read.
QDateTime modifiedUtc(const QString& path);
// The whole file; an error names the file and the reason (missing, unreadable, too large).
Result<QByteArray> readFile(const QString& path, qint64 maxBytes);
// An open read-only device on the file, for reading archives in place. Anything but a regular
// file is refused (see specialKind), without waiting for a FIFO's writer.
Result<std::unique_ptr<QIODevice>> openFile(const QString& path);
// Every regular file under the folder, recursively, sorted by name; hidden entries included,
// symbolic links to folders not followed (no loops).
QStringList listFiles(const QString& folder);

} // namespace stridewell::core::file_access
