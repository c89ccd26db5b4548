#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

class QLocalServer;

namespace stridewell::ui {

// One window per log. While a window has a log open it holds LOG.lock beside it (QLockFile:
// the holder's process id and host, freed when the process ends, however it ends) and listens
// on a local socket named after the log (QLocalServer, owner-only; no network). A second
// launch on the same log finds the lock taken and asks the holder, through that socket, to
// bring its window forward. The command line takes no part: it reads and writes the log
// beside a window, as SQLite allows.
class LogClaim : public QObject
{
    Q_OBJECT
public:
    ~LogClaim() override;

    // Claims the log for this window; nullptr when a window holds it already (then `holder`,
    // if given, says whose: "process 1234 on host"). Where no lock file can be made at all,
    // the claim holds nothing and the log opens unguarded.
    static std::unique_ptr<LogClaim> claim(const QString& logPath, QString* holder = nullptr);
    // Asks the window holding the log to come forward; true when one answered in time. Blocks:
    // for a launch, before its own window exists.
    static bool bringForward(const QString& logPath, int timeoutMs = 3000);
    // The same without blocking (the holder may be this very process): `answered` is called
    // once, in `context`'s thread, with whether the holder answered.
    static void askToComeForward(const QString& logPath, QObject* context,
                                 std::function<void(bool answered)> answered, int timeoutMs = 3000);

    // The lock file and the socket's name for a log: the same for every spelling of its path.
    static QString lockPath(const QString& logPath);
    static QString serverName(const QString& logPath);
    // This claim's lock file.
    const QString& path() const { return m_path; }

Q_SIGNALS:
    // Another launch asked for this log: the window should come forward.
    void forwardRequested();

private:
    explicit LogClaim(const QString& logPath);

    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer* m_server = nullptr;
};

} // namespace stridewell::ui
