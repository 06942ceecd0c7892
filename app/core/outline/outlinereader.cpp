#include "core/outline/outlinereader.h"

#include <cmark-gfm.h>

#include <memory>

namespace digest::outline {
namespace {

struct IterDeleter
{
    void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};

bool isContainerBlock(cmark_node* node)
{
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_DOCUMENT:
    case CMARK_NODE_BLOCK_QUOTE:
    case CMARK_NODE_LIST:
    case CMARK_NODE_ITEM:
        return true;
    default:
        return false;
    }
}

// The node whose end is where `node`'s content ends: containers count the blank lines after
// their last child as theirs, which is not where anybody would put a cursor.
cmark_node* contentEnd(cmark_node* node)
{
    while (isContainerBlock(node) && cmark_node_last_child(node))
        node = cmark_node_last_child(node);
    return node;
}

QString literal(cmark_node* node)
{
    return QString::fromUtf8(cmark_node_get_literal(node));
}

// An empty numbered item shows nothing but its number, so the number is its text: a
// prediction's "  - 2035." is an empty item numbered 2035.
QString emptyItemNumber(cmark_node* item)
{
    cmark_node* list = cmark_node_parent(item);
    if (cmark_node_first_child(item) || cmark_node_get_list_type(list) != CMARK_ORDERED_LIST)
        return {};
    int number = cmark_node_get_list_start(list);
    for (cmark_node* node = cmark_node_previous(item); node; node = cmark_node_previous(node))
        ++number;
    return QString::number(number);
}

// Appends the text of a node's subtree. Iterative: a hostile document may nest deeply.
void appendPlain(QString& out, cmark_node* root)
{
    std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(root));
    for (cmark_event_type event = cmark_iter_next(iter.get()); event != CMARK_EVENT_DONE;
         event = cmark_iter_next(iter.get())) {
        if (event != CMARK_EVENT_ENTER)
            continue;
        cmark_node* node = cmark_iter_get_node(iter.get());
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
        case CMARK_NODE_HTML_INLINE:
            out += literal(node);
            break;
        case CMARK_NODE_CODE_BLOCK:
            out += u' ' + literal(node) + u' ';
            break;
        case CMARK_NODE_ITEM:
            out += u' ' + emptyItemNumber(node) + u' ';
            break;
        default:
            // Breaks and block boundaries (paragraphs, items, table cells) separate words.
            if (isBreak(node) ||
                (cmark_node_get_type(node) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK)
                out += u' ';
            break;
        }
    }
}

} // namespace

QString collapsed(const QString& text)
{
    const auto isBlank = [](QChar c) {
        return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
    };
    // Written in place: this runs for every piece of text of every outline, on every keystroke.
    QString out(text.size(), Qt::Uninitialized);
    QChar* const begin = out.data();
    QChar* end = begin;
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (isBlank(c)) {
            pendingSpace = end != begin;
            continue;
        }
        if (pendingSpace)
            *end++ = u' ';
        pendingSpace = false;
        *end++ = c;
    }
    out.truncate(end - begin);
    return out;
}

SourceMap::SourceMap(QByteArray bodyUtf8, int bodyFirstLine)
    : m_utf8(std::move(bodyUtf8))
    , m_bodyFirstLine(bodyFirstLine)
{
    // cmark ends lines at "\n", "\r\n" and a lone "\r".
    m_lineStarts.append(0);
    for (qsizetype i = 0; i < m_utf8.size(); ++i) {
        const char c = m_utf8.at(i);
        if (c == '\n' || (c == '\r' && (i + 1 == m_utf8.size() || m_utf8.at(i + 1) != '\n')))
            m_lineStarts.append(i + 1);
    }
}

qsizetype SourceMap::lineStart(int line) const
{
    return m_lineStarts.at(qBound(0, line - 1, int(m_lineStarts.size()) - 1));
}

qsizetype SourceMap::lineEnd(int line) const
{
    qsizetype end = line < m_lineStarts.size() ? m_lineStarts.at(line) : m_utf8.size();
    const qsizetype start = lineStart(line);
    while (end > start && (m_utf8.at(end - 1) == '\n' || m_utf8.at(end - 1) == '\r'))
        --end;
    return end;
}

int SourceMap::column(int line, int byteColumn, bool inclusiveEnd) const
{
    if (line < 1 || line > m_lineStarts.size() || byteColumn < 1)
        return qMax(byteColumn, 0);
    const qsizetype start = lineStart(line);
    const qsizetype bytes = qBound(
        qsizetype(0), qsizetype(inclusiveEnd ? byteColumn : byteColumn - 1), lineEnd(line) - start);
    // UTF-16 units of the bytes before the position: one per lead byte, two for 4-byte ones.
    int units = 0;
    for (qsizetype i = start; i < start + bytes; ++i) {
        const auto byte = static_cast<unsigned char>(m_utf8.at(i));
        if ((byte & 0xC0) != 0x80)
            units += byte >= 0xF0 ? 2 : 1;
    }
    return inclusiveEnd ? units : units + 1;
}

int SourceMap::startColumn(cmark_node* node) const
{
    if (!isBreak(cmark_node_previous(node)))
        return cmark_node_get_start_column(node);
    // cmark places an inline that opens a continuation line as if the line were indented like
    // the paragraph's first one, which a lazy or under-indented line is not. Such a line's text
    // starts at its first non-blank: the blanks before it are never part of the paragraph.
    const int line = cmark_node_get_start_line(node);
    const qsizetype start = lineStart(line);
    qsizetype at = start;
    while (at < lineEnd(line) && (m_utf8.at(at) == ' ' || m_utf8.at(at) == '\t'))
        ++at;
    return int(at - start) + 1;
}

SourceRange SourceMap::range(cmark_node* first, cmark_node* last) const
{
    if (!first)
        return {};
    cmark_node* end = contentEnd(last ? last : first);
    const int startLine = cmark_node_get_start_line(first);
    const int endLine = cmark_node_get_end_line(end);
    if (startLine < 1 || endLine < 1 || endLine > m_lineStarts.size())
        return {};
    // cmark counts a paragraph's trailing blanks (a hard break's too) into it.
    int endColumn = cmark_node_get_end_column(end);
    const qsizetype start = lineStart(endLine);
    while (endColumn > 1 && endColumn <= lineEnd(endLine) - start &&
           (m_utf8.at(start + endColumn - 1) == ' ' || m_utf8.at(start + endColumn - 1) == '\t'))
        --endColumn;
    return {startLine + m_bodyFirstLine, column(startLine, startColumn(first), false),
            endLine + m_bodyFirstLine, column(endLine, endColumn, true)};
}

SourceRange SourceMap::startingAt(SourceRange range, const QString& text) const
{
    const int line = range.startLine - m_bodyFirstLine;
    if (!range.isValid() || text.isEmpty() || line < 1 || line > m_lineStarts.size())
        return range;
    const qsizetype start = lineStart(line);
    const QString lineText = QString::fromUtf8(m_utf8.constData() + start, lineEnd(line) - start);
    const qsizetype found = lineText.indexOf(text.first(qMin(text.size(), qsizetype(12))),
                                             qMax(range.startColumn - 1, 0));
    if (found >= 0 && (range.startLine < range.endLine || found < range.endColumn))
        range.startColumn = int(found) + 1;
    return range;
}

QString SourceMap::lineFrom(cmark_node* node) const
{
    const int line = cmark_node_get_start_line(node);
    if (line < 1 || line > m_lineStarts.size())
        return {};
    const qsizetype start = lineStart(line);
    const qsizetype from =
        qMin(start + qMax(cmark_node_get_start_column(node) - 1, 0), lineEnd(line));
    return QString::fromUtf8(m_utf8.constData() + from, lineEnd(line) - from);
}

QString plainText(cmark_node* node)
{
    if (!node)
        return {};
    QString out;
    appendPlain(out, node);
    return collapsed(out);
}

QString plainText(cmark_node* first, cmark_node* stop)
{
    QString out;
    for (cmark_node* node = first; node && node != stop; node = cmark_node_next(node))
        appendPlain(out, node);
    return collapsed(out);
}

QString joined(const QString& left, const QString& right)
{
    if (left.isEmpty())
        return right;
    if (right.isEmpty())
        return left;
    return left + u' ' + right;
}

int nodeType(cmark_node* node)
{
    return node ? int(cmark_node_get_type(node)) : int(CMARK_NODE_NONE);
}

bool isBreak(cmark_node* node)
{
    const int type = nodeType(node);
    return type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK;
}

cmark_node* skipBlank(cmark_node* node)
{
    for (; node; node = cmark_node_next(node)) {
        if (isBreak(node))
            continue;
        if (nodeType(node) == CMARK_NODE_TEXT && literal(node).trimmed().isEmpty())
            continue;
        return node;
    }
    return nullptr;
}

cmark_node* firstBreak(cmark_node* paragraph)
{
    for (cmark_node* node = cmark_node_first_child(paragraph); node; node = cmark_node_next(node)) {
        if (isBreak(node))
            return node;
    }
    return nullptr;
}

cmark_node* leadingParagraph(cmark_node* item)
{
    cmark_node* first = item ? cmark_node_first_child(item) : nullptr;
    return nodeType(first) == CMARK_NODE_PARAGRAPH ? first : nullptr;
}

} // namespace digest::outline
