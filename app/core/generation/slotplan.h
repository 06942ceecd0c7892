#pragma once

#include "core/generation/slotkind.h"
#include "core/outline/outline.h"

#include <QList>
#include <QString>

namespace digest {

// One slot of a post that a request can fill, read from its outline.
struct PlannedSlot
{
    enum class State {
        // Text is written in it.
        Filled,
        // The label is there with nothing or only a placeholder ("...") after it.
        Empty,
        // The item has no such label (or the prediction no text): there is no place yet.
        Missing,
    };

    // Stable while the post's structure stays: "consequence-2/benefits", "prediction-1"
    // (1-based, in the post's order).
    QString id;
    SlotKind kind = SlotKind::Benefits;
    // 0-based index in Outline::consequences or Outline::predictions.
    int index = 0;
    // The consequence's title, or the prediction's event.
    QString subject;
    // Where the slot's text goes: what is after the label (a placeholder included), else the
    // label itself; the prediction's text. Invalid when State::Missing.
    SourceRange range;
    // The item (or prediction) the slot belongs to, for a caller that must add a label.
    SourceRange ownerRange;
    State state = State::Missing;
    // The text written now (plain), empty unless State::Filled.
    QString text;

    bool operator==(const PlannedSlot&) const = default;
};

// Every slot of the outline, in the post's order: each consequence item's Benefits and
// Ramifications, then each prediction.
QList<PlannedSlot> planSlots(const Outline& outline);

// The slots a "fill the empty ones" run asks for: those not State::Filled.
QList<PlannedSlot> unfilledSlots(const QList<PlannedSlot>& plan);

// What a cursor on a line (1-based, in the whole file) is in: `slot` is the slot whose label or
// text the line is on, else null; `consequence` is the
// consequence item the line is in (0-based), else -1. A line on an item's title is in the item
// but in neither of its slots.
struct SlotPosition
{
    const PlannedSlot* slot = nullptr;
    int consequence = -1;
};
SlotPosition slotAtLine(const QList<PlannedSlot>& plan, int line);

} // namespace digest
