#include "core/generation/slotplan.h"

namespace digest {
namespace {

PlannedSlot consequenceSlot(const ConsequenceItem& item, int index, SlotKind kind)
{
    const Slot& slot = kind == SlotKind::Benefits ? item.benefits : item.ramifications;
    PlannedSlot planned;
    planned.id = QStringLiteral("consequence-%1/%2").arg(index + 1).arg(slotKindKey(kind));
    planned.kind = kind;
    planned.index = index;
    planned.subject = item.title;
    planned.ownerRange = item.range;
    if (slot.present && slot.range.isValid()) {
        planned.range = slot.range;
        planned.text = slot.text;
        planned.state =
            slot.text.isEmpty() ? PlannedSlot::State::Empty : PlannedSlot::State::Filled;
    }
    return planned;
}

} // namespace

QList<PlannedSlot> planSlots(const Outline& outline)
{
    QList<PlannedSlot> plan;
    for (int i = 0; i < outline.consequences.size(); ++i) {
        plan.append(consequenceSlot(outline.consequences.at(i), i, SlotKind::Benefits));
        plan.append(consequenceSlot(outline.consequences.at(i), i, SlotKind::Ramifications));
    }
    for (int i = 0; i < outline.predictions.size(); ++i) {
        const Prediction& prediction = outline.predictions.at(i);
        PlannedSlot planned;
        planned.id = QStringLiteral("prediction-%1").arg(i + 1);
        planned.kind = SlotKind::Prediction;
        planned.index = i;
        planned.subject = prediction.event;
        planned.ownerRange = prediction.range;
        if (prediction.textRange.isValid()) {
            planned.range = prediction.textRange;
            planned.text = prediction.text;
            planned.state =
                prediction.text.isEmpty() ? PlannedSlot::State::Empty : PlannedSlot::State::Filled;
        }
        plan.append(planned);
    }
    return plan;
}

QList<PlannedSlot> unfilledSlots(const QList<PlannedSlot>& plan)
{
    QList<PlannedSlot> result;
    for (const PlannedSlot& slot : plan) {
        if (slot.state != PlannedSlot::State::Filled)
            result.append(slot);
    }
    return result;
}

SlotPosition slotAtLine(const QList<PlannedSlot>& plan, int line)
{
    SlotPosition position;
    for (const PlannedSlot& slot : plan) {
        const SourceRange& owner = slot.ownerRange;
        if (!owner.isValid() || line < owner.startLine || line > owner.endLine)
            continue;
        if (slot.kind != SlotKind::Prediction)
            position.consequence = slot.index;
        // A slot's text is on the line after its label (or its range is the label itself, when
        // empty), so one line before the range still belongs to the slot. A later slot of the
        // same owner that starts before the line wins.
        if (slot.range.isValid() && slot.range.startLine <= line + 1)
            position.slot = &slot;
    }
    return position;
}

} // namespace digest
