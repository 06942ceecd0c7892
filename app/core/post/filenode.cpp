#include "filenode.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <climits>
#include <unistd.h>

namespace digest {
namespace {

// As many links as the kernel follows before it says ELOOP.
constexpr int kMaxLinks = 40;

} // namespace

FileNode FileNode::resolve(const QString& path)
{
    FileNode node;
    node.path = QFile::encodeName(path);
    for (int hop = 0; hop <= kMaxLinks; ++hop) {
        if (::lstat(node.path.constData(), &node.info) != 0) {
            // A link to a file not there yet names where the new file goes.
            node.error = errno == ENOENT ? 0 : errno;
            return node;
        }
        if (!S_ISLNK(node.info.st_mode)) {
            node.exists = true;
            return node;
        }
        char target[PATH_MAX];
        const ssize_t size = ::readlink(node.path.constData(), target, sizeof(target));
        if (size < 0) {
            node.error = errno;
            return node;
        }
        QByteArray next(target, size);
        if (!next.startsWith('/'))
            next = QFile::encodeName(QFileInfo(QFile::decodeName(node.path)).path()) + '/' + next;
        node.path = next;
    }
    node.error = ELOOP;
    return node;
}

QString FileNode::kindName(mode_t mode)
{
    switch (mode & S_IFMT) {
    case S_IFIFO:
        return tr("a FIFO (named pipe)");
    case S_IFCHR:
    case S_IFBLK:
        return tr("a device");
    case S_IFSOCK:
        return tr("a socket");
    case S_IFDIR:
        return tr("a folder");
    default:
        return tr("something other than a file");
    }
}

} // namespace digest
