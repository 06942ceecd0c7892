#include "drafting/slotplacement.h"

#include "core/generation/postlayout.h"
#include "core/outline/outline.h"
#include "document/postdocument.h"

#include <QCoreApplication>
#include <QTextBlock>
#include <QTextDocument>

namespace digest {
namespace {

QString trPlacement(const char* text)
{
    return QCoreApplication::translate("digest::SlotPlacement", text);
}

QTextCursor cursorAt(PostDocument& document, int position)
{
    QTextCursor cursor(document.textDocument());
    cursor.setPosition(position);
    return cursor;
}

bool sameSlot(const PlannedSlot& a, const PlannedSlot& b)
{
    return a.kind == b.kind && a.subject == b.subject;
}

} // namespace

namespace {

// The post as it is now, read, and where a slot is in it.
struct SlotInPost
{
    QString plain;
    Outline outline;
    QList<PlannedSlot> plan;
    const PlannedSlot* slot = nullptr;

    explicit SlotInPost(const PostDocument& document, const PlannedSlot& wanted)
        : plain(document.plainText())
        , outline(parseOutline(plain))
        , plan(planSlots(outline))
        , slot(findSlot(plan, wanted))
    {}
    Q_DISABLE_COPY_MOVE(SlotInPost)
};

} // namespace

const PlannedSlot* findSlot(const QList<PlannedSlot>& plan, const PlannedSlot& wanted)
{
    for (const PlannedSlot& slot : plan) {
        if (slot.id == wanted.id && sameSlot(slot, wanted))
            return &slot;
    }
    for (const PlannedSlot& slot : plan) {
        if (sameSlot(slot, wanted))
            return &slot;
    }
    return nullptr;
}

QString slotTextIn(const QString& plainText, const PlannedSlot& wanted)
{
    const QList<PlannedSlot> plan = planSlots(parseOutline(plainText));
    const PlannedSlot* slot = findSlot(plan, wanted);
    if (!slot || slot->state != PlannedSlot::State::Filled)
        return {};
    const auto [position, length] = spanOf(plainText, slot->range);
    return position < 0 ? QString() : plainText.mid(position, length);
}

Status writeSlotText(PostDocument& document, const PlannedSlot& wanted, const QString& text,
                     const QString& label)
{
    const SlotInPost found(document, wanted);
    const QString& plain = found.plain;
    const Outline& outline = found.outline;
    const PlannedSlot* slot = found.slot;
    if (!slot)
        return Error{trPlacement("The slot is no longer in the post.")};
    if (slot->state == PlannedSlot::State::Filled) {
        const auto [position, length] = spanOf(plain, slot->range);
        if (position < 0)
            return Error{trPlacement("The slot is no longer in the post.")};
        return document.replaceRange({position, length, text}, label);
    }
    const Result<SlotWrite> write = writeSlot(plain, outline, *slot, text);
    if (!write)
        return Error{write.errorMessage()};
    return document.replaceRange(write.value().edit, label);
}

QString SlotPlacement::text() const
{
    if (!isPlaced())
        return {};
    const QString plain = m_textStart.document()->toPlainText();
    return plain.mid(m_textStart.position(), m_textEnd.position() - m_textStart.position());
}

std::pair<int, int> SlotPlacement::lineAndColumn() const
{
    if (!isPlaced())
        return {0, 0};
    // A block of the text document is a line of the file.
    const QTextBlock block = m_textStart.block();
    return {block.blockNumber() + 1, m_textStart.position() - block.position() + 1};
}

void SlotPlacement::placeText(PostDocument& document, int start, int length)
{
    m_textStart = cursorAt(document, start);
    m_textEnd = cursorAt(document, start + length);
}

Status SlotPlacement::writeFirst(PostDocument& document, const PlannedSlot& wanted,
                                 const QString& text, const QString& date, const QString& label,
                                 const QString& mergeKey, QString* before)
{
    const SlotInPost found(document, wanted);
    const QString& plain = found.plain;
    const Outline& outline = found.outline;
    const PlannedSlot* slot = found.slot;
    if (!slot)
        return Error{trPlacement("The slot is no longer in the post.")};
    const Result<SlotWrite> write = writeSlot(plain, outline, *slot, text, date);
    if (!write)
        return Error{write.errorMessage()};
    const TextEdit& edit = write.value().edit;
    if (before) {
        const auto [position, length] = spanOf(plain, slot->range);
        *before = slot->state == PlannedSlot::State::Filled && position >= 0
                      ? plain.mid(position, length)
                      : QString();
    }
    const QString replaced = plain.mid(edit.position, edit.length);
    if (const Status done = document.replaceRange(edit, label, mergeKey); !done)
        return done;
    m_regionBefore = replaced;
    m_regionStart = cursorAt(document, edit.position);
    m_regionEnd = cursorAt(document, edit.position + int(edit.text.size()));
    m_regionIsText = write.value().textOffset == 0 && edit.text.size() == text.size();
    placeText(document, edit.position + write.value().textOffset, int(text.size()));
    return Done{};
}

Status SlotPlacement::replaceText(PostDocument& document, const QString& text, const QString& label,
                                  const QString& mergeKey)
{
    if (!isPlaced())
        return Error{trPlacement("The slot has not been written yet.")};
    const int start = m_textStart.position();
    const int length = m_textEnd.position() - start;
    if (length < 0)
        return Error{trPlacement("The slot is no longer in the post.")};
    if (text == this->text())
        return Done{}; // no empty undo step
    const bool regionEndsHere = hasGeneration() && m_regionEnd.position() == start + length;
    if (const Status done = document.replaceRange({start, length, text}, label, mergeKey); !done)
        return done;
    placeText(document, start, int(text.size()));
    if (regionEndsHere)
        m_regionEnd = cursorAt(document, start + int(text.size()));
    if (hasGeneration() && m_regionStart.position() > start)
        m_regionStart = cursorAt(document, start);
    return Done{};
}

Status SlotPlacement::restore(PostDocument& document, const QString& label, const QString& mergeKey)
{
    if (!hasGeneration())
        return Done{};
    const int start = m_regionStart.position();
    const TextEdit edit{start, m_regionEnd.position() - start, m_regionBefore};
    const Status done = document.replaceRange(edit, label, mergeKey);
    if (done && m_regionIsText) {
        placeText(document, start, int(m_regionBefore.size()));
    } else if (done) {
        // The slot is as it was before (an empty label, or none): nothing of it to follow.
        m_textStart = QTextCursor();
        m_textEnd = QTextCursor();
    }
    endGeneration();
    return done;
}

void SlotPlacement::endGeneration()
{
    m_regionStart = QTextCursor();
    m_regionEnd = QTextCursor();
    m_regionBefore.clear();
    m_regionIsText = false;
}

} // namespace digest
