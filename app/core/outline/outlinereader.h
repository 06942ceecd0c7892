#pragma once

// The pieces parseOutline() is made of. Internal to the outline: callers use outline.h.

#include "core/outline/outline.h"

#include <QByteArray>
#include <QList>
#include <QString>

struct cmark_node;

namespace digest::outline {

// Maps cmark's positions in the body (1-based lines, byte columns) to SourceRange positions
// in the whole file (lines after the front matter, UTF-16 columns).
class SourceMap final
{
public:
    SourceMap(QByteArray bodyUtf8, int bodyFirstLine);

    // From the start of `first` to the end of `last` (or of `first` when `last` is null).
    // Lists and items end where their last child ends, not after their trailing blank lines.
    SourceRange range(cmark_node* first, cmark_node* last = nullptr) const;
    // The range moved to start where `text` starts on its first line, if it is there: a text
    // cut out of its node ("*Benefits*: text", "(2035): text") starts after its node does.
    SourceRange startingAt(SourceRange range, const QString& text) const;
    // The rest of the node's first line, from where the node starts.
    QString lineFrom(cmark_node* node) const;

private:
    qsizetype lineStart(int line) const;
    qsizetype lineEnd(int line) const;
    int column(int line, int byteColumn, bool inclusiveEnd) const;
    int startColumn(cmark_node* node) const;

    QByteArray m_utf8;
    QList<qsizetype> m_lineStarts;
    int m_bodyFirstLine = 0;
};

// The plain text of a node and everything in it: the text of its inlines without Markdown
// markers, breaks and block boundaries as one space, runs of blanks collapsed, trimmed.
QString plainText(cmark_node* node);
// The plain text of `first` and its following siblings, up to `stop` (excluded) or the end.
QString plainText(cmark_node* first, cmark_node* stop);
// Collapses runs of ASCII blanks into one space and trims them; other spaces (no-break
// space, thin space) are content and stay.
QString collapsed(const QString& text);
// Joins two pieces of text with one space, leaving out empty pieces.
QString joined(const QString& left, const QString& right);

int nodeType(cmark_node* node);
bool isBreak(cmark_node* node);
// The first node from `node` on (following siblings) that holds something other than blanks
// and line breaks; null if there is none.
cmark_node* skipBlank(cmark_node* node);
// The first soft or hard line break among the paragraph's own children; null if none.
cmark_node* firstBreak(cmark_node* paragraph);
// The paragraph that opens a list item, or null.
cmark_node* leadingParagraph(cmark_node* item);

void readConsequences(const SourceMap& map, const QList<cmark_node*>& blocks,
                      QList<ConsequenceItem>& items);
void readPredictions(const SourceMap& map, const QList<cmark_node*>& blocks,
                     QList<Prediction>& predictions);

} // namespace digest::outline
