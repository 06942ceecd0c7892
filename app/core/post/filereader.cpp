#include "filereader.h"

#include "filenode.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace digest {
namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'f', bytes % (1024 * 1024) ? 1 : 0);
}

// Closes the descriptor on every way out.
struct Descriptor
{
    int fd = -1;
    ~Descriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

Result<QByteArray> FileReader::read(const QString& path, qint64 maxBytes)
{
    const QString shown = QDir::toNativeSeparators(path);
    const auto failed = [&shown](int error) {
        if (error == ENOENT)
            return Error{tr("Cannot open %1: the file does not exist.").arg(shown)};
        if (error == ELOOP)
            return Error{tr("Cannot open %1: too many levels of symbolic links (a link that "
                            "leads back to itself?).")
                             .arg(shown)};
        return Error{tr("Cannot open %1: %2.").arg(shown, qt_error_string(error))};
    };
    const auto notRegular = [&shown](mode_t mode) {
        if (S_ISDIR(mode))
            return Error{tr("Cannot open %1: it is a folder, not a post file.").arg(shown)};
        return Error{tr("Cannot open %1: it is %2, not a regular file.")
                         .arg(shown, FileNode::kindName(mode))};
    };
    const auto tooBig = [&shown, maxBytes](qint64 size) {
        return Error{tr("Cannot open %1: it is %2 MB, over the %3 MB limit for a file.")
                         .arg(shown, megabytes(size), megabytes(maxBytes))};
    };

    // Looked at first, so that not even an open reaches a device or a FIFO.
    struct stat info
    {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return failed(errno);
    if (!S_ISREG(info.st_mode))
        return notRegular(info.st_mode);

    Descriptor file;
    file.fd =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (file.fd < 0)
        return failed(errno);
    // What was opened, which may not be what stat() saw a moment before.
    if (::fstat(file.fd, &info) != 0)
        return failed(errno);
    if (!S_ISREG(info.st_mode))
        return notRegular(info.st_mode);
    if (info.st_size > maxBytes)
        return tooBig(info.st_size);

    // Up to one byte over the limit: a file that grows while read is caught as well.
    QByteArray bytes(qsizetype(info.st_size) + 1, Qt::Uninitialized);
    qsizetype done = 0;
    while (true) {
        if (done == bytes.size()) {
            if (bytes.size() > maxBytes)
                return tooBig(done);
            bytes.resize(std::min<qsizetype>(bytes.size() * 2, qsizetype(maxBytes) + 1));
        }
        const ssize_t got = ::read(file.fd, bytes.data() + done, size_t(bytes.size() - done));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return Error{tr("Cannot read %1: %2.").arg(shown, qt_error_string(errno))};
        if (got == 0)
            break;
        done += got;
    }
    bytes.truncate(done);
    return bytes;
}

} // namespace digest
