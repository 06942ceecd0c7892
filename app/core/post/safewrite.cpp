#include "safewrite.h"

#include "core/post/postfile.h"
#include "filenode.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace digest {
namespace {

// The temporary file beside the target: removed again unless it took the target's place.
class TemporaryFile final
{
public:
    TemporaryFile() = default;
    ~TemporaryFile()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        if (!m_path.isEmpty())
            ::unlink(m_path.constData());
    }
    Q_DISABLE_COPY_MOVE(TemporaryFile)

    // Made with the target's permissions when it exists, else the user's default (0666 less
    // the umask), as the editor's files have always been made. Returns errno, 0 on success.
    int create(const QByteArray& target, const struct stat* existing)
    {
        const QByteArray folder = QFile::encodeName(QFileInfo(QFile::decodeName(target)).path());
        // Cut so that the temporary name stays within NAME_MAX (255 bytes) with its suffix.
        const QByteArray name =
            QFile::encodeName(QFileInfo(QFile::decodeName(target)).fileName()).left(200);
        const mode_t mode = existing ? (existing->st_mode & 07777) : 0666;
        for (int attempt = 0; attempt < 100; ++attempt) {
            const QByteArray path =
                folder + "/." + name + '.' +
                QByteArray::number(QRandomGenerator::global()->generate64(), 36) + ".tmp";
            const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
            if (fd < 0 && errno == EEXIST)
                continue;
            if (fd < 0)
                return errno;
            m_fd = fd;
            m_path = path;
            // The umask took bits the old file had; give them back (best effort, as QSaveFile).
            if (existing)
                static_cast<void>(::fchmod(fd, mode));
            return 0;
        }
        return EEXIST;
    }

    // Writes every byte, syncs them to the disk and closes: each step checked, so that a full
    // disk or a size limit shows here, before anything is replaced. Returns errno, 0 on success.
    int writeAndClose(const QByteArray& bytes)
    {
        qsizetype done = 0;
        while (done < bytes.size()) {
            const ssize_t written =
                ::write(m_fd, bytes.constData() + done, size_t(bytes.size() - done));
            if (written < 0 && errno == EINTR)
                continue;
            if (written < 0)
                return errno;
            if (written == 0)
                return ENOSPC;
            done += written;
        }
        if (::fsync(m_fd) != 0)
            return errno;
        const int fd = std::exchange(m_fd, -1);
        return ::close(fd) == 0 ? 0 : errno;
    }

    const QByteArray& path() const { return m_path; }
    // It is the target now: nothing to remove.
    void release() { m_path.clear(); }

private:
    int m_fd = -1;
    QByteArray m_path;
};

// Gives `to` the temporary file only when nothing is there, atomically: renameat2's
// RENAME_NOREPLACE, or a hard link where the file system has no such rename (link(2) fails
// with EEXIST as well). Returns errno, 0 on success.
int renameNoReplace(const QByteArray& from, const QByteArray& to)
{
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
        return errno;
    if (::link(from.constData(), to.constData()) != 0)
        return errno;
    ::unlink(from.constData());
    return 0;
}

// The new name is in the folder's entry; syncing the folder keeps it through a crash.
int syncFolderOf(const QByteArray& path)
{
    const QByteArray folder = QFile::encodeName(QFileInfo(QFile::decodeName(path)).path());
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    // Some file systems cannot sync a folder (EINVAL): nothing more can be done there.
    const int error = ::fsync(fd) == 0 || errno == EINVAL ? 0 : errno;
    ::close(fd);
    return error;
}

} // namespace

Status SafeWrite::write(const QString& path, const QByteArray& bytes, const Options& options)
{
    const QString shown = QDir::toNativeSeparators(path);
    const auto failed = [&shown](int error) {
        return Error{tr("Cannot save %1: %2.").arg(shown, qt_error_string(error))};
    };
    const auto notRegular = [&shown](mode_t mode) {
        return Error{tr("Not saved: %1 is %2, not a regular file; it was left as it is.")
                         .arg(shown, FileNode::kindName(mode))};
    };
    const auto exists = [&shown] {
        return Error{tr("Not saved: %1 already exists.").arg(shown)};
    };

    // Through symbolic links to the file they name: that file is written, the links stay.
    const FileNode target = FileNode::resolve(path);
    if (target.error != 0)
        return failed(target.error);
    if (target.exists && !S_ISREG(target.info.st_mode))
        return notRegular(target.info.st_mode);
    if (target.exists && !options.replace)
        return exists();

    TemporaryFile temporary;
    if (const int error = temporary.create(target.path, target.exists ? &target.info : nullptr))
        return failed(error);
    if (const int error = temporary.writeAndClose(bytes))
        return failed(error);

    // Just before the rename, as late as it can be: the file is still the one we knew.
    if (!options.expectedFingerprint.isEmpty() &&
        PostFile::fingerprintOnDisk(path) != options.expectedFingerprint)
        return Error{tr("Not saved: %1 was changed on disk by another program since it was "
                        "read; it was left as it is.")
                         .arg(shown)};
    if (const FileNode now = FileNode::resolve(path); now.exists && !S_ISREG(now.info.st_mode))
        return notRegular(now.info.st_mode);

    if (options.replace) {
        if (::rename(temporary.path().constData(), target.path.constData()) != 0)
            return failed(errno);
    } else if (const int error = renameNoReplace(temporary.path(), target.path)) {
        return error == EEXIST ? exists() : failed(error);
    }
    temporary.release();
    if (const int error = syncFolderOf(target.path))
        return Error{tr("%1 was saved, but its folder could not be synced to the disk: %2.")
                         .arg(shown, qt_error_string(error))};
    return Done{};
}

} // namespace digest
