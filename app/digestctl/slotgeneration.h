#pragma once

#include "core/generation/chatendpoint.h"
#include "core/generation/slotjob.h"
#include "core/generation/slotkind.h"

#include <QHash>
#include <QList>
#include <QString>

namespace digest::cli {

// One slot's request: its id ("consequence-2/benefits"), kind, a prediction's event.
struct SlotTask
{
    QString id;
    SlotKind kind = SlotKind::Benefits;
    QString event;
    QList<ChatMessage> messages;
};

// Runs every task through a GenerationQueue, at most `jobs` at a time, until all have
// finished; says on stderr when each starts and how each ended (its state and tokens). The
// outcomes by slot id.
QHash<QString, SlotOutcome> generateSlots(const QList<SlotTask>& tasks,
                                          const ChatEndpoint& endpoint, int jobs);

// "done, 120 + 45 tokens", "failed: <message>", with "(estimated)" when the server sent no
// counts.
QString outcomeSummary(const SlotOutcome& outcome);

} // namespace digest::cli
