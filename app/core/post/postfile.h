#pragma once

#include "core/util/result.h"

#include <QCoreApplication>
#include <QString>

namespace digest {

// Reads and writes post files as UTF-8 text. Writes are atomic and checked: the bytes are
// written to a temporary file, synced and checked before it replaces the old file, so a failed
// save (a full disk, a size limit, permissions) leaves the old file as it was and says why.
// Only regular files are replaced (a FIFO, device, socket or folder is refused and left
// alone); a symbolic link's target is written and the link kept. writeBytes() is the one safe
// write every file of the application goes through (posts, the topic cache, the personal
// dictionary, the post saved for publishing). Reads never block on a FIFO or device and stop
// at kMaxFileBytes.
class PostFile final
{
    Q_DECLARE_TR_FUNCTIONS(PostFile)

public:
    // Whether a write may replace a file that is already there.
    enum class Existing { Keep, Replace };

    // The largest file read: posts are a few kilobytes, and any file under 1 MB must work.
    static constexpr qint64 kMaxFileBytes = 8 * 1024 * 1024;

    static Result<QString> read(const QString& path);
    // The file's bytes as they are, with read()'s checks (a regular file, at most
    // kMaxFileBytes) and messages.
    static Result<QByteArray> readBytes(const QString& path);

    // With Existing::Keep, an existing file is left alone and the write fails with a message
    // saying so ("already exists"), atomically: of writers racing for one path, one wins.
    // Callers offer the overwrite explicitly (a prompt, --force).
    static Status write(const QString& path, const QString& text,
                        Existing existing = Existing::Replace);
    static Status writeBytes(const QString& path, const QByteArray& bytes,
                             Existing existing = Existing::Replace);
    // Replaces the file only while it still has `expectedFingerprint` (fingerprint() of what
    // was read or last written), checked after the new bytes are safely on disk and just
    // before the rename; a file changed by another program is left alone ("changed on disk").
    // An empty fingerprint checks nothing.
    static Status writeIfUnchanged(const QString& path, const QString& text,
                                   const QByteArray& expectedFingerprint);

    // A fingerprint of a post's bytes, to tell whether the file on disk is still the one that
    // was read or written; empty when the file cannot be read.
    static QByteArray fingerprint(const QString& text);
    static QByteArray fingerprintOnDisk(const QString& path);
};

} // namespace digest
