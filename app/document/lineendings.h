#pragma once

#include <QString>
#include <QStringList>

class QTextDocument;

namespace digest {

// Every line of a post keeps the line ending it had on disk: a file with some LF and some CRLF
// lines (or an old Mac CR) is written back with each line's own ending, edited or not.
//
// The text document holds lines as blocks, without their endings; each block remembers the
// ending that follows it. A block the user adds (Enter) has none of its own and takes the
// ending of the block before it, which is the line it was split from.
namespace lineendings {

// The endings of `text`'s lines in order, as QTextDocument splits them into blocks: "\r\n",
// "\n", "\r" and U+2029. The last line has none, so there is one fewer than blocks.
QStringList split(const QString& text);

// The ending a new document uses where it has nothing else to go by: the first ending of
// `text`, else "\n".
QString dominant(const QString& text);

// Attaches `endings` to the blocks of `document`, in order.
void attach(QTextDocument& document, const QStringList& endings);

// The document's text as it is to be written: blocks joined by their own endings. Unlike
// QTextDocument::toPlainText() it keeps no-break spaces as they are.
QString join(const QTextDocument& document, const QString& fallbackEnding);

} // namespace lineendings
} // namespace digest
