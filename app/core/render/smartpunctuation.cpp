#include "core/render/smartpunctuation.h"

#include "core/render/typographer.h"
#include "core/render/utf8.h"

#include <QByteArray>
#include <QHash>

#include <cmark-gfm.h>

#include <algorithm>
#include <optional>
#include <vector>

namespace digest {
namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isAsciiPunctuation(char c)
{
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
           (c >= '{' && c <= '~');
}

bool isAsciiAlphanumeric(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The length of what could be an entity at the start of `text` ("&amp;", "&#39;", "&#x2014;");
// 0 if it cannot be one. cmark has the last word on whether it is.
qsizetype entityLength(QByteArrayView text)
{
    const qsizetype limit = std::min<qsizetype>(text.size(), 40);
    qsizetype at = 1;
    if (at < limit && text[at] == '#')
        ++at;
    const qsizetype nameStart = at;
    while (at < limit && isAsciiAlphanumeric(text[at]))
        ++at;
    return at > nameStart && at < limit && text[at] == ';' ? at + 1 : 0;
}

// Byte offsets of the source's lines, to turn cmark's line and column into an offset.
class SourceLines final
{
public:
    explicit SourceLines(QByteArrayView source)
        : m_size(source.size())
    {
        m_starts.push_back(0);
        for (qsizetype at = source.indexOf('\n'); at >= 0; at = source.indexOf('\n', at + 1))
            m_starts.push_back(at + 1);
    }

    // The offset of cmark's 1-based line and byte column; -1 if that is not in the line.
    qsizetype offset(int line, int column) const
    {
        if (line < 1 || qsizetype(line) > qsizetype(m_starts.size()) || column < 1)
            return -1;
        const qsizetype at = m_starts[size_t(line - 1)] + column - 1;
        return at < lineEnd(line) ? at : -1;
    }

    qsizetype lineStart(int line) const
    {
        return line >= 1 && qsizetype(line) <= qsizetype(m_starts.size())
                   ? m_starts[size_t(line - 1)]
                   : -1;
    }

    // Where a line ends: after its line break, or at the end of the source.
    qsizetype lineEnd(int line) const
    {
        return qsizetype(line) < qsizetype(m_starts.size()) ? m_starts[size_t(line)] : m_size;
    }

private:
    std::vector<qsizetype> m_starts;
    qsizetype m_size = 0;
};

// A block's text as Goldmark reads it: the first character has '\n' before it, and the last
// line stops at the block's last character (no line break, no trailing blanks, no closing #s
// of a heading); the other lines keep their line break.
struct BlockExtent
{
    qsizetype contentStart = -1;
    int lastLine = 0;
    qsizetype contentEnd = -1;
};

BlockExtent extentOf(cmark_node* block, const SourceLines& lines, QByteArrayView source)
{
    BlockExtent extent;
    qsizetype start =
        lines.offset(cmark_node_get_start_line(block), cmark_node_get_start_column(block));
    if (start < 0)
        return extent;
    while (start < source.size() && (source[start] == ' ' || source[start] == '\t'))
        ++start; // a table cell's padding
    extent.contentStart = start;
    extent.lastLine = cmark_node_get_end_line(block);
    const qsizetype end =
        lines.offset(extent.lastLine, cmark_node_get_end_column(block)); // its last character
    qsizetype contentEnd = end < 0 ? lines.lineEnd(extent.lastLine) : end + 1;
    const bool setextHeading = cmark_node_get_type(block) == CMARK_NODE_HEADING &&
                               start < source.size() && source[start] != '#';
    if (setextHeading) { // cmark counts the underline in; the text ends on the line before
        cmark_node* last = cmark_node_last_child(block);
        extent.lastLine = last ? cmark_node_get_end_line(last) : 0;
        contentEnd = lines.lineEnd(extent.lastLine);
    }
    while (contentEnd > start && isBlank(source[contentEnd - 1]))
        --contentEnd;
    extent.contentEnd = contentEnd;
    return extent;
}

// Typesets the text nodes of one document, in document order, with one Typographer: its
// count of open quotes runs across the page as Hugo's does.
class TextTypesetter final
{
public:
    explicit TextTypesetter(QByteArrayView source)
        : m_source(source)
        , m_lines(source)
    {}

    void typeset(cmark_node* text);
    bool isAutolink(cmark_node* link);

private:
    // How one character of a text node's literal came from the source.
    struct Step
    {
        bool plain = true; // typed as is: not a backslash escape, not an entity
        qsizetype literalLength = 1;
        qsizetype sourceLength = 1;
    };

    qsizetype locate(QByteArrayView literal, int line, int column);
    bool isWrittenAt(QByteArrayView literal, qsizetype at);
    std::optional<Step> stepAt(QByteArrayView literal, qsizetype i, qsizetype at);
    QByteArray decodedEntity(QByteArrayView entity);
    void enterBlockOf(cmark_node* text);
    QByteArrayView restOfLine(int line, qsizetype at) const;
    char32_t precedingAt(qsizetype at) const;
    bool typesetAligned(QByteArrayView literal, int line, qsizetype at, QByteArray& typeset,
                        bool inImageDescription);
    bool typesetUnaligned(QByteArrayView literal, QByteArray& typeset, bool inImageDescription);

    QByteArrayView m_source;
    SourceLines m_lines;
    Typographer m_typographer;
    cmark_node* m_block = nullptr;
    BlockExtent m_extent;
    QHash<QByteArray, QByteArray> m_entities;
};

// Whether the text is part of an image's description (its alt text).
bool isInImage(cmark_node* text)
{
    for (cmark_node* node = cmark_node_parent(text); node; node = cmark_node_parent(node)) {
        const int type = cmark_node_get_type(node);
        if (type == CMARK_NODE_IMAGE)
            return true;
        if ((type & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK)
            return false;
    }
    return false;
}

// Goldmark 1.5.4 writes an image's description into its alt attribute with the typographer's
// entities escaped once more, so the published alt text reads "It&rsquo;s". The preview says
// the same rather than hide it.
QByteArrayView spelling(Typographer::Mark mark, bool inImageDescription)
{
    return inImageDescription ? Typographer::entity(mark) : Typographer::character(mark);
}

void TextTypesetter::typeset(cmark_node* text)
{
    const QByteArrayView literal(cmark_node_get_literal(text));
    if (Typographer::nextCandidate(literal, 0) == literal.size())
        return; // most text nodes: nothing to look at
    enterBlockOf(text);
    const bool inImageDescription = isInImage(text);
    const int line = cmark_node_get_start_line(text);
    const qsizetype at = locate(literal, line, cmark_node_get_start_column(text));
    QByteArray typeset;
    const bool changed = at < 0 ? typesetUnaligned(literal, typeset, inImageDescription)
                                : typesetAligned(literal, line, at, typeset, inImageDescription);
    if (changed)
        cmark_node_set_literal(text, typeset.constData());
}

// Where the literal is written in the source. cmark's column is exact almost everywhere, but
// it can be a few columns off: on a lazy line, on a block quote's line without a space after
// '>', after a run of emphasis characters that only partly closed. The nearest place on the
// line where the literal is written is taken, a few dozen columns away at most so that a long
// line cannot make this quadratic. -1 if there is none.
qsizetype TextTypesetter::locate(QByteArrayView literal, int line, int column)
{
    constexpr qsizetype kFarthest = 64;
    const qsizetype lineStart = m_lines.lineStart(line);
    if (lineStart < 0 || column < 1)
        return -1;
    const qsizetype lineEnd = m_lines.lineEnd(line);
    const qsizetype claimed = std::min(lineStart + column - 1, lineEnd - 1);
    for (qsizetype distance = 0; distance <= kFarthest; ++distance) {
        if (claimed - distance >= lineStart && isWrittenAt(literal, claimed - distance))
            return claimed - distance;
        if (distance > 0 && claimed + distance < lineEnd &&
            isWrittenAt(literal, claimed + distance))
            return claimed + distance;
    }
    return -1;
}

bool TextTypesetter::isWrittenAt(QByteArrayView literal, qsizetype at)
{
    // A punctuation mark after a backslash belongs to the escape, which starts one earlier.
    qsizetype backslashes = 0;
    while (at - backslashes > 0 && m_source[at - backslashes - 1] == '\\')
        ++backslashes;
    if (backslashes % 2 == 1 && isAsciiPunctuation(m_source[at]))
        return false;
    if (m_source.sliced(at).startsWith(literal))
        return true; // no escapes, no entities: the usual case
    for (qsizetype i = 0; i < literal.size();) {
        const std::optional<Step> step = stepAt(literal, i, at);
        if (!step)
            return false;
        i += step->literalLength;
        at += step->sourceLength;
    }
    return true;
}

// Appends the typeset literal to `typeset`, only if something was replaced.
bool TextTypesetter::typesetAligned(QByteArrayView literal, int line, qsizetype at,
                                    QByteArray& typeset, bool inImageDescription)
{
    const bool verbatim = m_source.sliced(at).startsWith(literal); // no escapes, no entities
    qsizetype copied = 0; // the literal up to here is in `typeset`
    for (qsizetype i = 0; i < literal.size();) {
        if (verbatim && !Typographer::isCandidate(literal[i])) {
            const qsizetype next = Typographer::nextCandidate(literal, i);
            at += next - i; // straight to the next mark, in the usual case of a plain text
            i = next;
            continue;
        }
        const Step step = verbatim ? Step{} : stepAt(literal, i, at).value_or(Step{});
        if (step.plain && Typographer::isCandidate(literal[i])) {
            const Typographer::Replacement replacement =
                m_typographer.replacementAt(restOfLine(line, at), precedingAt(at));
            if (replacement &&
                literal.sliced(i).startsWith(m_source.sliced(at, replacement.length))) {
                typeset.append(literal.sliced(copied, i - copied))
                    .append(spelling(replacement.mark, inImageDescription));
                i += replacement.length;
                at += replacement.length;
                copied = i;
                continue;
            }
        }
        i += step.literalLength;
        at += step.sourceLength;
    }
    if (copied == 0)
        return false;
    typeset.append(literal.sliced(copied));
    return true;
}

// Follows the literal back into the source one character at a time. No step where they part
// (cmark's position was not exact).
std::optional<TextTypesetter::Step> TextTypesetter::stepAt(QByteArrayView literal, qsizetype i,
                                                           qsizetype at)
{
    if (at >= m_source.size())
        return std::nullopt;
    const char c = m_source[at];
    if (c == '\\' && at + 1 < m_source.size() && isAsciiPunctuation(m_source[at + 1]) &&
        literal[i] == m_source[at + 1])
        return Step{false, 1, 2};
    if (c == '&') {
        if (const qsizetype length = entityLength(m_source.sliced(at)); length > 0) {
            const QByteArray decoded = decodedEntity(m_source.sliced(at, length));
            if (decoded != m_source.sliced(at, length) && literal.sliced(i).startsWith(decoded))
                return Step{false, decoded.size(), length};
        }
    }
    if (literal[i] == c)
        return Step{};
    return std::nullopt;
}

// What cmark made of an entity; cmark knows the 2,000 names, so it is asked rather than
// keeping a second table here.
QByteArray TextTypesetter::decodedEntity(QByteArrayView entity)
{
    const QByteArray key = entity.toByteArray();
    if (const auto found = m_entities.constFind(key); found != m_entities.cend())
        return *found;
    QByteArray decoded = key;
    cmark_node* document = cmark_parse_document(key.constData(), size_t(key.size()), 0);
    cmark_node* paragraph = cmark_node_first_child(document);
    cmark_node* text = paragraph ? cmark_node_first_child(paragraph) : nullptr;
    if (text && cmark_node_get_type(text) == CMARK_NODE_TEXT)
        decoded = cmark_node_get_literal(text);
    cmark_node_free(document);
    m_entities.insert(key, decoded);
    return decoded;
}

void TextTypesetter::enterBlockOf(cmark_node* text)
{
    cmark_node* block = cmark_node_parent(text);
    while (block && (cmark_node_get_type(block) & CMARK_NODE_TYPE_MASK) != CMARK_NODE_TYPE_BLOCK)
        block = cmark_node_parent(block);
    if (block == m_block)
        return;
    m_block = block;
    m_extent = block ? extentOf(block, m_lines, m_source) : BlockExtent{};
}

QByteArrayView TextTypesetter::restOfLine(int line, qsizetype at) const
{
    const qsizetype end = line == m_extent.lastLine ? m_extent.contentEnd : m_lines.lineEnd(line);
    return m_source.sliced(at, std::clamp(end, at + 1, m_source.size()) - at);
}

char32_t TextTypesetter::precedingAt(qsizetype at) const
{
    return at == 0 || at == m_extent.contentStart ? U'\n' : utf8::codePointBefore(m_source, at);
}

// Where the literal is not found in the source (the text after an address the autolink
// extension linked can be), the text stands in for its source.
bool TextTypesetter::typesetUnaligned(QByteArrayView literal, QByteArray& typeset,
                                      bool inImageDescription)
{
    qsizetype copied = 0;
    for (qsizetype i = 0; i < literal.size(); ++i) {
        if (!Typographer::isCandidate(literal[i]))
            continue;
        const char32_t preceding = i == 0 ? U' ' : utf8::codePointBefore(literal, i);
        const Typographer::Replacement replacement =
            m_typographer.replacementAt(literal.sliced(i), preceding);
        if (replacement) {
            typeset.append(literal.sliced(copied, i - copied))
                .append(spelling(replacement.mark, inImageDescription));
            copied = i + replacement.length;
            i = copied - 1;
        }
    }
    if (copied == 0)
        return false;
    typeset.append(literal.sliced(copied));
    return true;
}

// Goldmark typesets neither a bare address it links nor an <autolink>: links whose text is
// their address. An explicit [https://…](https://…) is typeset; its text follows a '['. (The
// link's own position cannot tell: cmark has none for some autolinks and an inexact one on
// lazy lines.)
bool TextTypesetter::isAutolink(cmark_node* link)
{
    cmark_node* text = cmark_node_first_child(link);
    if (!text || cmark_node_next(text) || cmark_node_get_type(text) != CMARK_NODE_TEXT)
        return false;
    const QByteArrayView url(cmark_node_get_url(link));
    const QByteArrayView address(cmark_node_get_literal(text));
    const bool isAddress =
        url == address || (url.endsWith(address) && (url.size() - address.size() == 7) &&
                           (url.startsWith("http://") || url.startsWith("mailto:")));
    if (!isAddress)
        return false;
    const qsizetype at =
        locate(address, cmark_node_get_start_line(text), cmark_node_get_start_column(text));
    return at <= 0 || m_source[at - 1] != '[';
}

// The node after `node` in document order, without going into its children unless `descend`;
// nullptr after the last node of `root`.
cmark_node* nextInDocument(cmark_node* root, cmark_node* node, bool descend)
{
    if (cmark_node* child = descend ? cmark_node_first_child(node) : nullptr)
        return child;
    for (; node && node != root; node = cmark_node_parent(node)) {
        if (cmark_node* next = cmark_node_next(node))
            return next;
    }
    return nullptr;
}

} // namespace

void SmartPunctuation::apply(cmark_node* root, QByteArrayView source)
{
    TextTypesetter typesetter(source);
    for (cmark_node* node = root; node;) {
        const cmark_node_type type = cmark_node_get_type(node);
        if (type == CMARK_NODE_TEXT)
            typesetter.typeset(node);
        // An autolink's text is its address.
        const bool descend =
            type != CMARK_NODE_TEXT && !(type == CMARK_NODE_LINK && typesetter.isAutolink(node));
        node = nextInDocument(root, node, descend);
    }
}

} // namespace digest
