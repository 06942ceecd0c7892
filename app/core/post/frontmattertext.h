#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

// Helpers shared by the per-format front matter editors: lines with their offsets, the span of
// a value in the text, and the formatting of scalars.
namespace digest::frontmattertext {

struct Line
{
    qsizetype start = 0; // offset of the first character
    qsizetype end = 0;   // offset after the last character, before "\r\n" or "\n"
    qsizetype next = 0;  // offset of the following line
    int indent = 0;      // leading spaces
    bool blank = false;  // empty or whitespace only
};

QList<Line> splitLines(const QString& text);

// Where a value's text sits, as offsets into the front matter text.
struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
};

// The end of a bracketed value ([...] or {...}) that starts at `start`, quotes respected; -1
// when it does not close.
qsizetype matchingBracket(const QString& text, qsizetype start);

// Where a value that runs to the end of the line stops: before a " #" comment outside quotes
// and before trailing blanks.
qsizetype endOfInlineValue(const QString& text, qsizetype start, qsizetype lineEnd);

// A string in double quotes with backslash escapes (valid in YAML, TOML and JSON).
QString doubleQuoted(const QString& text);

// A flow list of double-quoted strings, ["a", "b"], as YAML, TOML and JSON all read it.
QString doubleQuotedList(const QStringList& items);

// RFC 3339 with an explicit zone: "Z" for UTC, "+01:00" otherwise.
QString rfc3339(const QDateTime& dateTime);

// Numbers, booleans and dates as all three formats write them; nullopt for strings and lists.
std::optional<QString> bareScalar(const QVariant& value);

} // namespace digest::frontmattertext
