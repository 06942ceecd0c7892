#pragma once

#include "drafting/slotdrafter.h"
#include "drafting/slotplacement.h"

#include <QPointer>

namespace digest {

// What the drafter knows of one slot, across its generations.
struct SlotDrafter::SlotRecord
{
    SlotPlacement placement;
    QStringList versions;
    SlotUsage usage;
    SlotJobState state = SlotJobState::Queued;
    QString message;

    // The generation under way, if any.
    QPointer<SlotJob> job;
    PlannedSlot planned;
    int runId = 0;
    bool wrote = false;
    // The text this generation wrote last.
    QString written;
    // The slot's text before this generation's first write.
    QString before;
    // Why the text could not be written (the slot left the post); the job is stopped.
    QString placeError;
};

} // namespace digest
