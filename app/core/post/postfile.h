#pragma once

#include "core/util/result.h"

#include <QCoreApplication>
#include <QString>

namespace digest {

// Reads and writes post files as UTF-8 text. Writes are atomic: a failed save leaves the old
// file as it was, never a truncated one. writeBytes() is the one safe write every file of the
// application goes through (posts, the topic cache).
class PostFile final
{
    Q_DECLARE_TR_FUNCTIONS(PostFile)

public:
    // Whether a write may replace a file that is already there.
    enum class Existing { Keep, Replace };

    static Result<QString> read(const QString& path);
    // With Existing::Keep, an existing file is left alone and the write fails with a message
    // saying so; callers offer the overwrite explicitly (a prompt, --force).
    static Status write(const QString& path, const QString& text,
                        Existing existing = Existing::Replace);
    static Status writeBytes(const QString& path, const QByteArray& bytes,
                             Existing existing = Existing::Replace);

    // A fingerprint of a post's bytes, to tell whether the file on disk is still the one that
    // was read or written; empty when the file cannot be read.
    static QByteArray fingerprint(const QString& text);
    static QByteArray fingerprintOnDisk(const QString& path);
};

} // namespace digest
