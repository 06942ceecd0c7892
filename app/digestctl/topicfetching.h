#pragma once

#include "core/topics/topicfetch.h"
#include "core/topics/topicsource.h"
#include "core/util/result.h"

#include <QList>
#include <QStringList>

// What `topics` and `new --generate` share: sources from the command line, one fetch.
namespace digest::cli {

// The sources of "[SECTION=]URL" specs; the first wrong one is the error.
Result<QList<TopicSource>> sourcesOf(const QStringList& specs);

// Runs the fetch to its end on a local event loop.
TopicFetchResult fetchTopics(const TopicFetchConfig& config);

// Prints each source that failed on stderr, as "digestctl: <message>".
void reportSourceFailures(const TopicFetchResult& result);

} // namespace digest::cli
