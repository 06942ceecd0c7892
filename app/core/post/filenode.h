#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <sys/stat.h>

namespace digest {

// What is at a path, once its symbolic links are followed to the node they name: for writing
// (the link's target is written, the link stays) and for telling a regular file from a FIFO,
// a device, a socket or a folder before anything opens it.
struct FileNode
{
    Q_DECLARE_TR_FUNCTIONS(FileNode)

public:
    // The path after the links (the path itself when it is no link).
    QByteArray path;
    bool exists = false;
    // lstat() of `path` when it exists.
    struct stat info
    {};
    // errno when the path cannot be followed (ELOOP for a loop, EACCES, ENOTDIR), else 0.
    int error = 0;

    static FileNode resolve(const QString& path);
    // "a FIFO (named pipe)", "a device", "a socket", "a folder", for messages.
    static QString kindName(mode_t mode);
};

} // namespace digest
