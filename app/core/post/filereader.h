#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace digest {

// Reads a whole file that a person named, safely: only a regular file is opened for reading (a
// FIFO, a device or a socket is refused before anything opens it, and the open itself does not
// block, so no FIFO swapped in meanwhile can hang the program; fstat() after the open checks
// again); a file over the limit is refused with the limit in the message; the reasons are the
// system's (a symbolic link loop, permission denied), a missing file says it does not exist.
class FileReader final
{
    Q_DECLARE_TR_FUNCTIONS(FileReader)

public:
    static Result<QByteArray> read(const QString& path, qint64 maxBytes);
};

} // namespace digest
