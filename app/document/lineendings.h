#pragma once

#include <QString>
#include <QStringList>

class QTextDocument;

namespace digest {

// Every line of a post keeps the line ending it had on disk: a file with some LF and some CRLF
// lines (or an old Mac CR) is written back with each line's own ending, edited or not.
//
// The text document holds lines as blocks, without their endings. When a post's lines all end
// alike, one ending serves them all. When they are mixed, each block remembers the line break
// before it, so that deleting a line break takes that break's ending away and leaves the one
// that remains. A block that has none of its own (the user pressed Enter) takes the ending of
// the line it was split from: the next block's, else the one before.
namespace lineendings {

// The endings of `text`'s lines in order, as QTextDocument splits them into blocks: "\r\n",
// "\n", "\r" and U+2029. The last line has none, so there is one fewer than blocks.
QStringList split(const QString& text);

// Whether every ending in `endings` is the same (or there are none).
bool uniform(const QStringList& endings);

// The ending a new document uses where it has nothing else to go by: the first ending of
// `text`, else "\n".
QString dominant(const QString& text);

// Puts `endings` on the line breaks of `document`, in order.
void attach(QTextDocument& document, const QStringList& endings);

// The ending of each of the document's line breaks, in order (one fewer than blocks).
QStringList resolve(const QTextDocument& document, const QString& fallbackEnding);

// The document's text as it is to be written: blocks joined by `endings` (as resolve() gives
// them). Unlike QTextDocument::toPlainText() it keeps no-break spaces as they are.
QString join(const QTextDocument& document, const QStringList& endings);
// The same when every line ends with `ending`.
QString join(const QTextDocument& document, const QString& ending);

} // namespace lineendings
} // namespace digest
