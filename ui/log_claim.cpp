#include "log_claim.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace stridewell::ui {

namespace {

constexpr char kRequest[] = "forward\n";
constexpr char kAnswer[] = "ok\n";

// The log's path with its folder's links resolved, so that two spellings of one file claim
// the same lock, whether the file exists yet or not.
QString canonical(const QString& logPath)
{
    const QFileInfo info(logPath);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

} // namespace

QString LogClaim::lockPath(const QString& logPath)
{
    return canonical(logPath) + QStringLiteral(".lock");
}

QString LogClaim::serverName(const QString& logPath)
{
    // Short (a Unix socket path is limited to ~100 bytes) and one per user and log.
    QByteArray key = canonical(logPath).toUtf8();
#ifdef Q_OS_UNIX
    key += '\0' + QByteArray::number(qulonglong(::getuid()));
#endif
    return QStringLiteral("stridewell-") +
           QString::fromLatin1(
               QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
}

LogClaim::LogClaim(const QString& logPath)
    : m_path(lockPath(logPath)), m_lock(std::make_unique<QLockFile>(m_path))
{
    // Never taken as stale while its holder runs, however long the window stays open.
    m_lock->setStaleLockTime(0);
}

LogClaim::~LogClaim()
{
    if (m_server)
        m_server->close();
}

std::unique_ptr<LogClaim> LogClaim::claim(const QString& logPath, QString* holder)
{
    std::unique_ptr<LogClaim> claim(new LogClaim(logPath));
    if (!claim->m_lock->tryLock(0)) {
        // No lock file can be made beside the log (read-only media, a folder of someone
        // else's): the log opens as SQLite allows, without the one-window guard.
        if (claim->m_lock->error() != QLockFile::LockFailedError)
            return claim;
        if (holder) {
            qint64 pid = 0;
            QString host, app;
            *holder = claim->m_lock->getLockInfo(&pid, &host, &app)
                          ? tr("process %1 on %2").arg(pid).arg(host)
                          : tr("another program");
        }
        return nullptr;
    }
    // The lock is ours, so a socket of that name left behind is a dead window's.
    const QString name = serverName(logPath);
    QLocalServer::removeServer(name);
    claim->m_server = new QLocalServer(claim.get());
    claim->m_server->setSocketOptions(QLocalServer::UserAccessOption);
    LogClaim* self = claim.get();
    connect(claim->m_server, &QLocalServer::newConnection, self, [self] {
        while (QLocalSocket* socket = self->m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, self, [self, socket] {
                if (!socket->canReadLine())
                    return;
                if (socket->readLine() == kRequest) {
                    socket->write(kAnswer);
                    socket->flush();
                    Q_EMIT self->forwardRequested();
                }
                socket->disconnectFromServer();
            });
        }
    });
    // Without the socket the lock still keeps a second window off the log; a second launch
    // then says the log is open elsewhere instead of bringing this window forward.
    claim->m_server->listen(name);
    return claim;
}

bool LogClaim::bringForward(const QString& logPath, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName(logPath));
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(kRequest);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine())
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    return socket.readLine() == kAnswer;
}

void LogClaim::askToComeForward(const QString& logPath, QObject* context,
                                std::function<void(bool answered)> answered, int timeoutMs)
{
    auto* socket = new QLocalSocket(context);
    auto* timer = new QTimer(socket);
    // Called once: by the answer, an error or the time running out; then all of it goes.
    auto finish = [socket, answered = std::move(answered)](bool ok) mutable {
        if (!answered)
            return;
        const auto call = std::exchange(answered, nullptr);
        socket->disconnect();
        socket->abort();
        socket->deleteLater();
        call(ok);
    };
    auto shared = std::make_shared<decltype(finish)>(std::move(finish));
    connect(socket, &QLocalSocket::connected, socket, [socket] { socket->write(kRequest); });
    connect(socket, &QLocalSocket::readyRead, socket, [socket, shared] {
        if (socket->canReadLine())
            (*shared)(socket->readLine() == kAnswer);
    });
    connect(socket, &QLocalSocket::errorOccurred, socket, [shared] { (*shared)(false); });
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, socket, [shared] { (*shared)(false); });
    timer->start(timeoutMs);
    socket->connectToServer(serverName(logPath));
}

} // namespace stridewell::ui
