#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace stridewell::test {

TempLog::TempLog()
{
    reopen();
}

void TempLog::reopen()
{
    m_db.reset();
    auto db = core::Database::open(logPath());
    if (!db)
        ADD_FAILURE() << db.message().toStdString();
    else
        m_db = std::move(*db);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        ADD_FAILURE() << "cannot write " << path.toStdString();
    file.write(data);
}

QString TempLog::write(const QString& name, const QByteArray& data) const
{
    const QString file = path(name);
    writeFile(file, data);
    return file;
}

ProcessResult runStridewell(const QStringList& args, const QProcessEnvironment& extra)
{
    return runStridewell(args, extra, {});
}

ProcessResult runStridewell(const QStringList& args, const QProcessEnvironment& extra,
                            const std::function<void()>& childSetup,
                            std::chrono::milliseconds timeout)
{
#ifdef STRIDEWELL_BINARY
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("STRIDEWELL_DB"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const QString& key : extra.keys())
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
#ifdef Q_OS_UNIX
    if (childSetup)
        process.setChildProcessModifier(childSetup);
#endif
    process.start(QStringLiteral(STRIDEWELL_BINARY), args);
    if (!process.waitForFinished(int(timeout.count()))) {
        ADD_FAILURE() << "stridewell did not finish: " << args.join(QLatin1Char(' ')).toStdString();
        process.kill();
        process.waitForFinished();
        return {};
    }
    ProcessResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
#else
    Q_UNUSED(args);
    Q_UNUSED(extra);
    Q_UNUSED(childSetup);
    Q_UNUSED(timeout);
    ADD_FAILURE() << "runStridewell is only available in the CLI tests";
    return {};
#endif
}

} // namespace stridewell::test
