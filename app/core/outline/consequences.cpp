// Reads "Possible consequences of current developments": numbered titles, each with a
// Benefits and a Ramifications slot, in every shape the published posts take.

#include "core/outline/outlinereader.h"

#include <cmark-gfm.h>

namespace digest::outline {
namespace {

enum class Label { None, Benefits, Ramifications };

struct LabelFound
{
    Label label = Label::None;
    cmark_node* node = nullptr; // the emphasis that holds the label
};

// "*Benefits:*", "**Ramifications**:" and the like at the start of a paragraph.
LabelFound findLabel(cmark_node* paragraph)
{
    if (nodeType(paragraph) != CMARK_NODE_PARAGRAPH)
        return {};
    cmark_node* first = skipBlank(cmark_node_first_child(paragraph));
    const int type = nodeType(first);
    if (type != CMARK_NODE_EMPH && type != CMARK_NODE_STRONG)
        return {};
    QString name = plainText(first).toLower();
    while (name.endsWith(u':') || name.endsWith(u' '))
        name.chop(1);
    if (name == u"benefits" || name == u"benefit")
        return {Label::Benefits, first};
    if (name == u"ramifications" || name == u"ramification")
        return {Label::Ramifications, first};
    return {};
}

bool startsWithStrong(cmark_node* paragraph)
{
    return nodeType(paragraph) == CMARK_NODE_PARAGRAPH &&
           nodeType(skipBlank(cmark_node_first_child(paragraph))) == CMARK_NODE_STRONG;
}

bool isPlaceholder(const QString& text)
{
    return text == u"..." || text == u"…" || text == u"[...]" || text == u"(...)";
}

// Removes the backslashes of Markdown escapes ("\*" → "*").
QString unescaped(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\\' && i + 1 < text.size() && text.at(i + 1).isPunct() &&
            text.at(i + 1).unicode() < 128)
            ++i;
        out += text.at(i);
    }
    return out;
}

// A title is bold text. "**A* venue paper**" does not parse as bold (the "*" after "A"
// closes an emphasis), so the tree gives "A venue paper*"; the line itself is then the better
// source: its text between the outer "**".
QString titleOf(const SourceMap& map, cmark_node* paragraph)
{
    const QString text = plainText(paragraph);
    if (nodeType(skipBlank(cmark_node_first_child(paragraph))) != CMARK_NODE_EMPH ||
        firstBreak(paragraph))
        return text;
    QString line = map.lineFrom(paragraph).trimmed();
    if (line.endsWith(u'\\'))
        line.chop(1);
    if (!line.startsWith(u"**"))
        return text;
    line.remove(0, 2);
    const qsizetype close = line.lastIndexOf(u"**");
    if (close >= 0)
        line.remove(close, 2);
    return collapsed(unescaped(line));
}

struct SlotState
{
    Slot slot;
    QString text;
    cmark_node* first = nullptr;
    cmark_node* last = nullptr;
};

class ConsequenceReader final
{
public:
    ConsequenceReader(const SourceMap& map, QList<ConsequenceItem>& items)
        : m_map(map)
        , m_items(items)
    {}

    void readTopLevel(cmark_node* block);
    void finish();

private:
    void startItem(cmark_node* start, cmark_node* titleParagraph);
    void readItemChildren(cmark_node* item);
    void readList(cmark_node* list, bool insideItem);
    void readParagraph(cmark_node* paragraph, bool insideItem);
    void openSlot(const LabelFound& label, cmark_node* container);
    void addText(cmark_node* first, cmark_node* last, const QString& text);
    bool openSlotIsEmpty() const { return m_open && m_open->text.isEmpty(); }
    Slot finished(const SlotState& state) const;

    const SourceMap& m_map;
    QList<ConsequenceItem>& m_items;
    bool m_hasItem = false;
    ConsequenceItem m_item;
    cmark_node* m_itemStart = nullptr;
    cmark_node* m_itemLast = nullptr;
    SlotState m_benefits;
    SlotState m_ramifications;
    SlotState* m_open = nullptr;
};

void ConsequenceReader::readTopLevel(cmark_node* block)
{
    switch (nodeType(block)) {
    case CMARK_NODE_LIST:
        if (cmark_node_get_list_type(block) == CMARK_ORDERED_LIST) {
            for (cmark_node* item = cmark_node_first_child(block); item;
                 item = cmark_node_next(item)) {
                startItem(item, leadingParagraph(item));
                readItemChildren(item);
            }
        } else {
            // Labels at column 0 close the numbered list: they still belong to the item above.
            readList(block, false);
        }
        break;
    case CMARK_NODE_PARAGRAPH:
        readParagraph(block, false);
        break;
    default:
        break;
    }
}

void ConsequenceReader::startItem(cmark_node* start, cmark_node* titleParagraph)
{
    finish();
    m_hasItem = true;
    m_itemStart = start;
    m_itemLast = start;
    if (titleParagraph) {
        const QString title = titleOf(m_map, titleParagraph);
        // A new post's empty item is "**...**": an empty title, like an empty slot.
        m_item.title = isPlaceholder(title) ? QString() : title;
        m_item.titleRange = m_map.range(titleParagraph);
    }
}

void ConsequenceReader::readItemChildren(cmark_node* item)
{
    cmark_node* child = cmark_node_first_child(item);
    if (child && child == leadingParagraph(item))
        child = cmark_node_next(child); // the title
    for (; child; child = cmark_node_next(child)) {
        switch (nodeType(child)) {
        case CMARK_NODE_LIST:
            readList(child, true);
            break;
        case CMARK_NODE_PARAGRAPH:
            readParagraph(child, true);
            break;
        default:
            if (m_open)
                addText(child, child, plainText(child));
            break;
        }
    }
}

void ConsequenceReader::readList(cmark_node* list, bool insideItem)
{
    bool labelInList = false;
    for (cmark_node* item = cmark_node_first_child(list); item; item = cmark_node_next(item)) {
        cmark_node* paragraph = leadingParagraph(item);
        if (const LabelFound label = findLabel(paragraph); label.label != Label::None) {
            openSlot(label, item);
            labelInList = true;
        } else if (m_open && (insideItem || labelInList || openSlotIsEmpty())) {
            // The label's text written as bullets of their own.
            addText(item, item, plainText(item));
        } else if (!insideItem && startsWithStrong(paragraph)) {
            // A title written as a bullet instead of a number.
            startItem(item, paragraph);
            readItemChildren(item);
        }
    }
}

void ConsequenceReader::readParagraph(cmark_node* paragraph, bool insideItem)
{
    if (const LabelFound label = findLabel(paragraph); label.label != Label::None) {
        openSlot(label, paragraph);
    } else if (m_open && (insideItem || openSlotIsEmpty())) {
        // Text after the label, but not indented enough to be inside the label's item.
        addText(paragraph, paragraph, plainText(paragraph));
    } else if (!insideItem && startsWithStrong(paragraph)) {
        // A bold line without a number.
        startItem(paragraph, paragraph);
    }
    // Anything else (an intro, "(Note: ...)" after the last item) is not part of an item.
}

void ConsequenceReader::openSlot(const LabelFound& label, cmark_node* container)
{
    if (!m_hasItem)
        return; // labels before any title belong to nothing
    SlotState& state = label.label == Label::Benefits ? m_benefits : m_ramifications;
    if (!state.slot.present) {
        state.slot.present = true;
        state.slot.labelRange = m_map.range(label.node);
    }
    m_open = &state;
    m_itemLast = container;

    // Text on the label's own line, or on the next lines of its paragraph.
    cmark_node* paragraph = cmark_node_parent(label.node);
    cmark_node* rest = skipBlank(cmark_node_next(label.node));
    QString text = plainText(rest, nullptr);
    if (text.startsWith(u':'))
        text = text.mid(1).trimmed(); // "*Benefits*: text"
    addText(rest, paragraph, text);
    if (container == paragraph)
        return;
    // Paragraphs and nested lists inside the label's item.
    for (cmark_node* child = cmark_node_next(paragraph); child; child = cmark_node_next(child))
        addText(child, child, plainText(child));
}

void ConsequenceReader::addText(cmark_node* first, cmark_node* last, const QString& text)
{
    if (!m_open || text.isEmpty())
        return;
    m_open->text = joined(m_open->text, text);
    if (!m_open->first)
        m_open->first = first;
    m_open->last = last;
    m_itemLast = last;
}

Slot ConsequenceReader::finished(const SlotState& state) const
{
    Slot slot = state.slot;
    slot.text = isPlaceholder(state.text) ? QString() : state.text;
    slot.range = state.first ? m_map.startingAt(m_map.range(state.first, state.last), state.text)
                             : slot.labelRange;
    return slot;
}

void ConsequenceReader::finish()
{
    if (m_hasItem) {
        m_item.benefits = finished(m_benefits);
        m_item.ramifications = finished(m_ramifications);
        m_item.range = m_map.range(m_itemStart, m_itemLast);
        m_items.append(m_item);
    }
    m_hasItem = false;
    m_item = {};
    m_benefits = {};
    m_ramifications = {};
    m_open = nullptr;
}

} // namespace

void readConsequences(const SourceMap& map, const QList<cmark_node*>& blocks,
                      QList<ConsequenceItem>& items)
{
    ConsequenceReader reader(map, items);
    for (cmark_node* block : blocks)
        reader.readTopLevel(block);
    reader.finish();
}

} // namespace digest::outline
