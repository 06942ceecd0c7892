#pragma once

#include "core/generation/slotplan.h"
#include "core/util/result.h"

#include <QString>
#include <QTextCursor>

#include <utility>

namespace digest {

class PostDocument;

// Where one slot's text is in the open post, followed as the text changes around it: each
// end is a QTextCursor in the text document, which Qt moves with every edit elsewhere (typing
// before the slot moves it down; text typed right at its start stays outside it). Each write
// goes through PostDocument::replaceRange, so it is an undo command; writes with the same
// merge key that follow each other are one undo step, and any typing in between splits them.
class SlotPlacement final
{
public:
    SlotPlacement() = default;

    bool isPlaced() const { return !m_textStart.isNull(); }
    // The text in the slot now (its Markdown, as written).
    QString text() const;
    // Where that text starts: 1-based line and column (UTF-16 units) in the document.
    std::pair<int, int> lineAndColumn() const;

    // A generation's first write: the slot found again in the post as it is now (by id, kind
    // and subject; `wanted` is how it was planned) and written with writeSlot(), which adds a
    // missing label and a prediction's date. What it replaced is kept until the generation
    // ends, for restore() (a first write in a generation that has one starts it afresh).
    // `before` is set to the slot's text before it, for the versions.
    Status writeFirst(PostDocument& document, const PlannedSlot& wanted, const QString& text,
                      const QString& date, const QString& label, const QString& mergeKey,
                      QString* before = nullptr);
    // Later writes: only the slot's text is replaced.
    Status replaceText(PostDocument& document, const QString& text, const QString& label,
                       const QString& mergeKey);
    // Puts back what the generation's first write replaced (a label it added included), so
    // that a failed generation leaves the text as it was.
    Status restore(PostDocument& document, const QString& label, const QString& mergeKey);
    // The generation is over: what restore() would put back is forgotten.
    void endGeneration();
    bool hasGeneration() const { return !m_regionStart.isNull(); }

private:
    void placeText(PostDocument& document, int start, int length);

    QTextCursor m_textStart;
    QTextCursor m_textEnd;
    // The whole stretch the first write of the generation changed, and what was there.
    QTextCursor m_regionStart;
    QTextCursor m_regionEnd;
    QString m_regionBefore;
    // The first write replaced the slot's text alone (a filled slot): restore() puts it back
    // as the slot's text.
    bool m_regionIsText = false;
};

// The slot's text as the post has it now (its Markdown, as written), found again through the
// outline (see findSlot); empty when it has none or is gone.
QString slotTextIn(const QString& plainText, const PlannedSlot& wanted);
// Writes `text` as the slot's text in one undo step of its own: in place of the text it has,
// else laid out by writeSlot(). For choosing a version, when nothing streams: the outline
// finds the slot wherever undo and redo left it.
Status writeSlotText(PostDocument& document, const PlannedSlot& wanted, const QString& text,
                     const QString& label);

// The slot `wanted` in `plan`: the same id with the same kind and subject, else the first
// with the same kind and subject (items were added or removed above it); null when gone.
const PlannedSlot* findSlot(const QList<PlannedSlot>& plan, const PlannedSlot& wanted);

} // namespace digest
