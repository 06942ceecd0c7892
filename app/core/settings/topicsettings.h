#pragma once

#include "core/topics/topicfetch.h"
#include "core/topics/topicsource.h"
#include "core/util/result.h"

#include <QList>

namespace digest {

class Settings;

// The topic fetch the settings describe. It lives with the settings, not with the topics, so
// that the topics take plain values and never include the settings.

// The environment variable that replaces the sources of the settings: specs separated by
// white space. Tests and scripts point the application at other servers with it.
inline constexpr char kTopicSourcesVariable[] = "DIGEST_TOPIC_SOURCES";

// The sources to fetch: $DIGEST_TOPIC_SOURCES when set, else the settings. An invalid spec in
// the environment is an error, not silently skipped.
Result<QList<TopicSource>> configuredTopicSources(const Settings& settings);

// The fetch the settings describe: the sources ($DIGEST_TOPIC_SOURCES, else the settings), the
// network timeouts, the site's posts for the covered marks, today's date.
Result<TopicFetchConfig> topicFetchConfig(const Settings& settings);

} // namespace digest
