#pragma once

#include "core/outline/outline.h"

#include <QJsonObject>

namespace digest {

// The outline as JSON, as `digestctl outline --json` prints it:
// {"sections": [{kind, heading, range}],
//  "consequences": [{title, titleRange, benefits: {text, present, range, labelRange},
//                    ramifications: {...}, range}],
//  "trending": [{title, range}],
//  "predictions": [{event, eventRange, when, text, textRange, range}]}
// with every range as {startLine, startColumn, endLine, endColumn} (null when there is none).
QJsonObject outlineToJson(const Outline& outline);

} // namespace digest
