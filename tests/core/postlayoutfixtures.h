#pragma once

// What the post layout tests share: the archetype, posts in other shapes, and checks that a
// write changed its slot and nothing else.

#include "core/generation/postlayout.h"
#include "core/generation/slotplan.h"
#include "core/outline/outline.h"
#include "core/post/archetype.h"

#include <QTest>

namespace layouttest {

using digest::LayoutTopic;
using digest::Outline;
using digest::PlannedSlot;
using digest::SlotWrite;
using digest::SourceRange;
using digest::TextEdit;
using State = digest::PlannedSlot::State;

inline const QString kConsequencesHeading =
    QStringLiteral("## Possible consequences of current developments\n\n\n");
inline const QString kTrendingHeading = QStringLiteral("\n\n## Currently trending topics");

inline QString builtIn()
{
    return digest::Archetype::builtIn().text();
}

// The text with the part between `before` and `after` (both kept) replaced by `middle`.
inline QString replacedBetween(const QString& text, const QString& before, const QString& after,
                               const QString& middle)
{
    const qsizetype from = text.indexOf(before);
    const qsizetype to = text.indexOf(after, from + before.size());
    if (from < 0 || to < 0)
        return {};
    return text.left(from + before.size()) + middle + text.mid(to);
}

inline QString applied(const QString& text, const TextEdit& edit)
{
    return digest::applyEdits(text, {edit});
}

inline PlannedSlot plannedSlot(const QString& text, const QString& id)
{
    for (const PlannedSlot& slot : digest::planSlots(digest::parseOutline(text))) {
        if (slot.id == id)
            return slot;
    }
    return {};
}

// Writes `escaped` into the slot `id` of `text`; empty when that fails.
inline QString written(const QString& text, const QString& id, const QString& escaped,
                       const QString& date = {})
{
    const Outline outline = digest::parseOutline(text);
    const digest::Result<SlotWrite> write =
        digest::writeSlot(text, outline, plannedSlot(text, id), escaped, date);
    if (!write)
        return {};
    const SlotWrite& value = write.value();
    // The slot's own text is where textOffset says.
    if (value.edit.text.mid(value.textOffset, escaped.size()) != escaped)
        return QStringLiteral("text not at its offset");
    return applied(text, value.edit);
}

// Every slot but `id` reads back as it was, and `id` holds `plain`, filled.
inline void verifyOnlySlotChanged(const QString& before, const QString& after, const QString& id,
                                  const QString& plain)
{
    const QList<PlannedSlot> old = digest::planSlots(digest::parseOutline(before));
    const QList<PlannedSlot> now = digest::planSlots(digest::parseOutline(after));
    QCOMPARE(now.size(), old.size());
    for (qsizetype i = 0; i < now.size(); ++i) {
        QCOMPARE(now.at(i).id, old.at(i).id);
        if (now.at(i).id == id) {
            QCOMPARE(now.at(i).state, State::Filled);
            QCOMPARE(now.at(i).text, plain);
        } else {
            QCOMPARE(now.at(i).state, old.at(i).state);
            QCOMPARE(now.at(i).text, old.at(i).text);
            QCOMPARE(now.at(i).subject, old.at(i).subject);
        }
    }
}

// The edit changed only what it covers: the text before and after it is byte for byte the
// same.
inline void verifyOutsideUnchanged(const QString& before, const QString& after,
                                   const TextEdit& edit)
{
    QCOMPARE(after.left(edit.position), before.left(edit.position));
    const qsizetype tail = before.size() - edit.position - edit.length;
    QCOMPARE(after.right(tail), before.right(tail));
}

// Two topics laid out in the archetype, as the tests below start from.
inline QString twoTopicPost()
{
    const QString text = builtIn();
    const digest::Result<TextEdit> edit = digest::layoutConsequences(
        text, digest::parseOutline(text),
        {{QStringLiteral("First"), {}, {}}, {QStringLiteral("Second"), {}, {}}});
    return edit ? applied(text, edit.value()) : QString();
}

// A post in other shapes the corpus has: a label with text on its line, a placeholder, a
// missing label, a prediction whose text is on its head line, an intro and a note.
inline const QString kVariedPost =
    QStringLiteral("---\ntitle: \"x\"\n---\n"
                   "## Possible consequences of current developments\n\n"
                   "Today's threads:\n\n"
                   "1. **Ünïcode 😀 title**\n\n"
                   "   - *Benefits*: Written on the label's line.\n\n"
                   "   - *Ramifications:* ...\n\n"
                   "2. **Only ramifications**\n\n"
                   "   - *Ramifications:*  \n     Costs rise.\n\n"
                   "3. **Only benefits**\n\n"
                   "   - *Benefits:*  \n     Tools get faster.\n\n"
                   "(Note: generated.)\n\n"
                   "## Currently trending topics\n\n"
                   "- One\n- Two\n\n"
                   "## GPT predicts future events\n\n"
                   "- **AGI** (2035): Text on the head line.\n\n"
                   "- **Singularity** (AI) (June 2040)  \n  Two lines\n  of text.\n");

} // namespace layouttest
