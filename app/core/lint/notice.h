#pragma once

#include "core/util/textedit.h"

#include <QString>

#include <optional>

namespace digest {

// The notice a post carries: the quote line that tells the reader the post was generated.
struct PostNotice
{
    int line = 0; // 1-based line in the file, 0: none
    QString text;

    bool operator==(const PostNotice&) const = default;
};

// The body's notice, as the notice rule reads it: the first line of the body that is
// `siteNotice` word for word, else the first quote line that mentions a notice (an altered
// copy); none when neither is there or the front matter is not complete. Without `siteNotice`,
// the built-in archetype's notice is looked for.
PostNotice noticeOfPost(const QString& postText, const QString& siteNotice = QString());

// The one edit that makes the post carry `siteNotice`: replacing an altered notice (a quote that
// mentions a notice), or adding it at the top of the body as the archetype places it; nullopt
// when the body carries it already, `siteNotice` is empty or the post has no complete front
// matter.
std::optional<TextEdit> restoreNoticeEdit(const QString& postText, const QString& siteNotice);

} // namespace digest
