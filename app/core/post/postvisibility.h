#pragma once

#include "core/post/frontmattervalues.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace digest {

// Whether Hugo, built as the site is (no --buildDrafts, --buildFuture, --buildExpired), lists a
// post at a moment; every reason it does not.
struct PostVisibility
{
    enum class Reason { Draft, FutureDate, FuturePublishDate, Expired };
    QList<Reason> reasons; // empty: listed
    QDateTime listedFrom;  // when a future date/publishDate comes (invalid otherwise)
    QDateTime expiredAt;   // expiryDate, when one is set (invalid otherwise)
    bool listed() const { return reasons.isEmpty(); }
    bool operator==(const PostVisibility&) const = default;
};

// Dates without a zone are read in siteZone, as Hugo does with the site's timeZone (UTC when
// siteZone is invalid, as Hugo does without one). Keys are read as Hugo reads them: whatever
// their case, with its aliases (pubdate/published for publishDate, unpublishdate for
// expiryDate); a date that does not parse counts as absent.
PostVisibility hugoVisibility(const FrontMatterValues& values, const QDateTime& now,
                              const QTimeZone& siteZone);

// One sentence for people: "Listed now.", "Not listed: a draft.", "Not listed until 3 June
// 2025 07:00 (Europe/Berlin): the date is in the future." …
QString describeVisibility(const PostVisibility& visibility, const QTimeZone& siteZone);

} // namespace digest
