#pragma once

#include "core/generation/slotplan.h"
#include "core/outline/outline.h"
#include "core/util/result.h"
#include "core/util/textedit.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// Where generated and chosen text goes in a post, as edits of its plain text (every line break
// one "\n", as QTextDocument counts positions). Pure: the document applies the edits as undo
// commands, digestctl to a string. Everything written is escaped (escape::inlineMarkdown) or
// already escaped by the caller where said.
//
// The canonical layout (the built-in archetype's, and the published posts'):
//   1. **Title**
//   (blank)
//      - *Benefits:*␠␠           the label; two spaces (a hard break) once text follows
//        Paragraph.              the text, indented to the label's text
//   (blank)
//      - *Ramifications:*␠␠
//        Paragraph.
//   - headline                   a trending topic
//   - **Event** (Month YYYY)␠␠   a prediction's head
//     Paragraph.                 its text, indented to the event
namespace digest {

// A topic chosen for the post: what its item and its slots' prompts are made of.
struct LayoutTopic
{
    QString title;
    QString link;
    // The thread's own text (selftext or feed summary).
    QString text;

    bool operator==(const LayoutTopic&) const = default;
};

// The characters `range` covers in `plainText` (its end is inclusive): {position, length}.
// An invalid range, or one that does not fit the text, gives {-1, 0}.
std::pair<int, int> spanOf(const QString& plainText, const SourceRange& range);

// The consequences section's items replaced by one numbered item per topic, in order, each
// "N. **Title**" with empty Benefits and Ramifications labels, in the canonical layout (see
// the archetype). Fails when the post has no consequences section.
// What stands between the items (whole lines from the first item's to the last one's) is
// replaced; an intro or a note before or after them stays. An empty title is written as the
// archetype's placeholder "**...**". No topics: the items go, with the blank lines before
// them. A section without items gets them after its last block (two blank lines after a bare
// heading, as the archetype has).
Result<TextEdit> layoutConsequences(const QString& plainText, const Outline& outline,
                                    const QList<LayoutTopic>& topics);

// The trending section's list replaced by one "- headline" per headline. Fails when the post
// has no trending section. The same rules as layoutConsequences() (three blank lines after a
// bare heading, as the archetype has).
Result<TextEdit> layoutTrending(const QString& plainText, const Outline& outline,
                                const QStringList& headlines);

// One slot written: `edit` makes it; the slot's own text sits in edit.text at textOffset, so a
// writer that streams can later replace just that text.
struct SlotWrite
{
    TextEdit edit;
    int textOffset = 0;

    bool operator==(const SlotWrite&) const = default;
};

// Writes `escapedText` (from cleanSlotReply) as the slot's paragraph, replacing what is there
// (a placeholder included), in the canonical layout: for a Benefits/Ramifications slot, on the
// line after the label, indented to the label's text; for a Missing slot, the label is added
// to its item first (Benefits before Ramifications). For a prediction, the text after the
// event's line and, when `predictionDate` is not empty, "(Month YYYY)" after the event
// (replacing a date written there).
// A Filled slot keeps the layout it has: only its text is replaced, wherever it starts. A
// date written on the event's line (the outline's `when`) is replaced where it is, inside its
// parentheses; one that is not there is added as " (Month YYYY)" right after the event.
// `slot` comes from planSlots(outline), and `outline` is the one of `plainText`. An empty
// `escapedText` writes the layout with nothing in it, ready for text streamed in later.
Result<SlotWrite> writeSlot(const QString& plainText, const Outline& outline,
                            const PlannedSlot& slot, const QString& escapedText,
                            const QString& predictionDate = {});

// `text` with `edits` (which must not overlap) made, the last first. Edits at the same
// position land in the order listed.
QString applyEdits(QString text, QList<TextEdit> edits);

} // namespace digest
