#pragma once

#include "core/util/result.h"

#include <QCoreApplication>
#include <QString>

namespace digest {

// Reads and writes post files as UTF-8 text. Writes are atomic: a failed save leaves the old
// file as it was, never a truncated one.
class PostFile final
{
    Q_DECLARE_TR_FUNCTIONS(PostFile)

public:
    static Result<QString> read(const QString& path);
    static Status write(const QString& path, const QString& text);
};

} // namespace digest
