#pragma once

#include "storage/database.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <chrono>
#include <functional>
#include <gtest/gtest.h>
#include <memory>

namespace stridewell::test {

// A fresh folder and a log opened in it, per test.
class TempLog
{
public:
    TempLog();
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString logPath() const { return path(QStringLiteral("log.sqlite")); }
    // Writes `data` to `name` in the folder (making its folders) and returns the path.
    QString write(const QString& name, const QByteArray& data) const;
    core::Database& db() { return *m_db; }
    void reopen();
    void close() { m_db.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::Database> m_db;
};

QByteArray readFile(const QString& path);
// Writes the file, making the folders it goes in.
void writeFile(const QString& path, const QByteArray& data);

// Why a test that reads ../shared/samples skips without it. The MIT-licensed fitparse__* samples
// are committed in tests/data/samples; the others (GPL, BSD, Apache) may not be shipped and
// stay beside the clone (../shared/samples/MANIFEST.txt).
inline constexpr char kNeedsSharedSamples[] =
    "needs ../shared/samples (real files whose licences keep them out of the repository; "
    "see tests/data/samples/README.md)";

// Result of running the built stridewell binary.
struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the stridewell binary (STRIDEWELL_BINARY) with a clean, deterministic environment.
ProcessResult runStridewell(const QStringList& args, const QProcessEnvironment& extra = {});
// The same, with `childSetup` run in the child just before it starts stridewell (a umask, a
// file-size limit, a terminal as stderr), and failing the test when it runs past `timeout`.
ProcessResult runStridewell(const QStringList& args, const QProcessEnvironment& extra,
                            const std::function<void()>& childSetup,
                            std::chrono::milliseconds timeout = std::chrono::minutes(2));

} // namespace stridewell::test

// gtest printing for Qt strings.
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}
QT_END_NAMESPACE
