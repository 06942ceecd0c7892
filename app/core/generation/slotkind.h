#pragma once

#include <QString>

namespace digest {

// What a generated slot of the post holds: a consequence's Benefits or Ramifications
// paragraph, or a prediction's reasoning.
enum class SlotKind { Benefits, Ramifications, Prediction };

// "benefits", "ramifications", "prediction": the kind in slot ids and settings keys.
QString slotKindKey(SlotKind kind);

} // namespace digest
