#pragma once

#include "core/post/frontmatter.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QVariant>

namespace digest {

// Changes one value of a front matter by rewriting only that value's text: every other key,
// its order, quoting, comments and indentation stay exactly as they were. A key that is not
// there yet is added at the end of its table. The result is read back with the format's
// parser; an edit that would not read back as the value asked for is refused.
class FrontMatterEditor final
{
    Q_DECLARE_TR_FUNCTIONS(FrontMatterEditor)

public:
    // `path` is dotted ("title", "cover.alt"); `value` is a QString, bool, integer, double,
    // QStringList or QDateTime (written as RFC 3339 with its zone).
    static Result<QString> setValue(FrontMatterSplit::Format format, const QString& content,
                                    const QString& path, const QVariant& value);
};

} // namespace digest
