#pragma once

#include "core/topics/coverage.h"
#include "core/topics/topic.h"

#include <QDate>
#include <QList>

namespace digest {

// At most this many titles a topic's title is compared with when merging. Real titles share few
// rare words, so a handful of comparisons find the same topic; titles made of a few words
// repeated over thousands of entries would otherwise make merging quadratic again. Past it a
// duplicate may stay in the list twice, which is all it costs.
inline constexpr int kMaxTitleComparisons = 1000;

struct MergeOptions
{
    // Posts of this day and later are not "earlier posts" (the one being written is among them):
    // the post's day, postDay() in the site's time zone.
    QDate today;
    // At most this many topics per section; zero for all.
    int perSectionLimit = 0;

    bool operator==(const MergeOptions&) const = default;
};

// Puts the topics of all sources (in source order) into one list: stickied and NSFW threads
// left out; the same thread from two sources kept once (same discussion or link, or titles
// alike), the other source noted in alsoIn; the consequences first, then the trending topics,
// each by score (topics without one keep their order after the others); topics an earlier post
// of the site used marked as covered.
QList<Topic> mergeTopics(const QList<QList<Topic>>& bySource, const CoverageIndex& coverage,
                         const MergeOptions& options);

} // namespace digest
