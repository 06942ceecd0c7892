#pragma once

#include "core/generation/slotkind.h"

#include <QString>
#include <QStringView>

// A model's finished reply turned into what goes into a slot of the post. The reply is
// untrusted: whatever it holds, the result is one line of inline Markdown that can neither
// change the structure around the slot nor end the front matter.
namespace digest {

// The reply as plain text of one paragraph: whitespace trimmed; a leading heading line, a
// leading label repeating the slot's ("Benefits:", "**Benefits:**", "- *Ramifications:*", the
// prediction's event), quotes or a code fence around the whole reply dropped; lines joined,
// list and quote markers at their starts and emphasis markers dropped. Empty when nothing but
// such decoration was written: the caller marks the slot empty.
QString replyPlainText(QStringView reply, SlotKind kind, QStringView event = {});

// replyPlainText() escaped as inline Markdown (escape::inlineMarkdown), ready to be written
// after a slot's label or as a prediction's text.
QString cleanSlotReply(QStringView reply, SlotKind kind, QStringView event = {});

struct PredictionReply
{
    // "March 2031" when the reply names a month and year; empty when it names none, and the
    // caller keeps the date the post has (or writes the event without one).
    QString date;
    // The reasoning, escaped as cleanSlotReply() does, without the leading date.
    QString text;

    bool operator==(const PredictionReply&) const = default;
};

PredictionReply cleanPredictionReply(QStringView reply, QStringView event = {});

} // namespace digest
