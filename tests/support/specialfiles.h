#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

namespace digest::test {

// Nodes that are not regular files, made where a test wants them. Each returns an empty string
// on success, else why it could not be made (a test skips with that reason).
inline QString makeFifo(const QString& path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0644) == 0
               ? QString()
               : QString::fromLocal8Bit(std::strerror(errno));
}

// A twin of /dev/null (character device 1,3) in a test's folder: the real /dev/null must never
// be at stake in a test of code that might replace it. Needs root (CAP_MKNOD).
inline QString makeNullDevice(const QString& path)
{
    return ::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0666, makedev(1, 3)) == 0
               ? QString()
               : QString::fromLocal8Bit(std::strerror(errno));
}

// A Unix socket bound at `path`; the descriptor is closed, the node stays.
inline QString makeSocket(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    sockaddr_un address{};
    if (size_t(name.size()) >= sizeof(address.sun_path))
        return QStringLiteral("path too long for a socket");
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    const bool bound =
        fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0;
    const QString reason = bound ? QString() : QString::fromLocal8Bit(std::strerror(errno));
    if (fd >= 0)
        ::close(fd);
    return reason;
}

// The node's type bits (S_IFIFO, S_IFCHR, ...) as lstat() sees them; 0 when there is none.
inline mode_t nodeType(const QString& path)
{
    struct stat info
    {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? (info.st_mode & S_IFMT) : 0;
}

// A small tmpfs of its own (64 KiB), for a disk that is really full. Mounting needs root (and a
// container that allows it); reason() says why there is none.
class SmallTmpfs final
{
public:
    SmallTmpfs()
    {
        QProcess mount;
        mount.start(QStringLiteral("mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                     QStringLiteral("size=64k"), QStringLiteral("tmpfs"), m_dir.path()});
        if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit ||
            mount.exitCode() != 0) {
            m_reason = QStringLiteral("mount -t tmpfs refused: %1")
                           .arg(QString::fromLocal8Bit(mount.readAllStandardError()).trimmed() +
                                mount.errorString());
            return;
        }
        m_mounted = true;
    }
    ~SmallTmpfs()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_dir.path()});
    }
    Q_DISABLE_COPY_MOVE(SmallTmpfs)

    bool isMounted() const { return m_mounted; }
    QString reason() const { return m_reason; }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

    // Fills what is left with one file, until the system says the disk is full.
    bool fill() const
    {
        const int fd =
            ::open(QFile::encodeName(m_dir.filePath(QStringLiteral("filler"))).constData(),
                   O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (fd < 0)
            return false;
        const QByteArray block(4096, 'x');
        int error = 0;
        while (error == 0) {
            if (::write(fd, block.constData(), size_t(block.size())) < 0)
                error = errno;
        }
        // One byte at a time for the last partial block.
        while (::write(fd, "x", 1) == 1) {
        }
        ::close(fd);
        return error == ENOSPC;
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_reason;
};

} // namespace digest::test
