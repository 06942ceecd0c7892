#pragma once

#include "core/topics/topic.h"

#include <QJsonObject>

#include <optional>

namespace digest {

// A topic as JSON, for `digestctl topics --json` and the cache: title (with or without its
// flair prefix, as keepFlair says), fullTitle, url, permalink, text, source, sources, section,
// score and comments (null when the source does not say), flair, created (RFC 3339), covered,
// coveredBy, coveredOn, cached, fetchedAt.
QJsonObject topicToJson(const Topic& topic, bool keepFlair);

// Reads what topicToJson(topic, false) wrote; nothing when it is not a topic.
std::optional<Topic> topicFromJson(const QJsonObject& object);

} // namespace digest
