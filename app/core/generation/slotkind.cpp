#include "core/generation/slotkind.h"

namespace digest {

QString slotKindKey(SlotKind kind)
{
    switch (kind) {
    case SlotKind::Benefits:
        return QStringLiteral("benefits");
    case SlotKind::Ramifications:
        return QStringLiteral("ramifications");
    case SlotKind::Prediction:
        return QStringLiteral("prediction");
    }
    return {};
}

} // namespace digest
