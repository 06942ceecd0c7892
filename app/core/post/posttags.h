#pragma once

#include "core/util/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace digest {

// The rules a post's tags follow wherever they are edited (the front-matter panel, `digestctl
// set`): Hugo lowercases a term for its page, so "GPT" and "gpt" are one tag and the second
// would be a duplicate the site lists once.
class PostTags final
{
    Q_DECLARE_TR_FUNCTIONS(PostTags)

public:
    // Whether two tags name the same term: equal after trimming, ignoring case.
    static bool sameTag(const QString& a, const QString& b);
    // The index of the tag in `tags` that names the same term as `tag`, else -1.
    static qsizetype indexOf(const QStringList& tags, const QString& tag);
    // `tags` with `tag` (trimmed) appended. Refused when it is empty, holds a line break or
    // another control character, or names a tag that is there already (the message says which).
    static Result<QStringList> added(const QStringList& tags, const QString& tag);
    // `tags` without the tag that names the same term; refused when there is none.
    static Result<QStringList> removed(const QStringList& tags, const QString& tag);
};

} // namespace digest
