#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace digest {

// The one way a file of the application is written (behind PostFile::writeBytes): the bytes go
// to a temporary file beside the target, are written whole, fsync'ed and closed, each step
// checked; only then does the temporary file take the target's place (rename), and the folder
// is fsync'ed so the new name survives a crash. Any failure before the rename leaves the old
// file as it was and says why in the system's words (No space left on device, File too large,
// Permission denied). Only regular files are replaced: a FIFO, a device, a socket or a folder
// at the path is refused and left alone. A symbolic link is followed: its target is written
// and the link stays. POSIX only (the application runs on Linux).
class SafeWrite final
{
    Q_DECLARE_TR_FUNCTIONS(SafeWrite)

public:
    struct Options
    {
        // false: an existing file is never replaced, atomically (renameat2 with
        // RENAME_NOREPLACE, else link(2)); of writers racing for one new path, one wins.
        bool replace = true;
        // When not empty, the file on disk must still have this PostFile::fingerprint(), checked
        // just before the rename, else nothing is replaced ("changed on disk").
        QByteArray expectedFingerprint;
    };

    static Status write(const QString& path, const QByteArray& bytes, const Options& options);
};

} // namespace digest
