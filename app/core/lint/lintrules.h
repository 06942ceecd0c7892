#pragma once

#include "core/lint/lint.h"
#include "core/post/frontmatter.h"

#include <QCoreApplication>
#include <QStringList>

namespace digest::lint {

class Tr final
{
    Q_DECLARE_TR_FUNCTIONS(Lint)
};

// The file's text with its lines, to turn offsets into 1-based lines and columns and back.
class LineIndex final
{
public:
    explicit LineIndex(const QString& text);
    int lineOf(qsizetype offset) const;
    int columnOf(qsizetype offset) const;
    qsizetype offsetOf(int line, int column) const;
    QString lineText(int line) const;
    int lineCount() const { return int(m_starts.size()); }

private:
    const QString& m_text;
    QList<qsizetype> m_starts;
};

// One line of the file at a time as the rules walking cmark's tree read it: its text, and
// cmark's 1-based byte columns on it as UTF-16 offsets. The line is kept while the walk stays
// on it and offsets are counted on from the previous one: copying and converting the line
// for each node was quadratic on a line of thousands of links or tags.
class LineReader final
{
public:
    explicit LineReader(const LineIndex& lines)
        : m_lines(lines)
    {}
    const QString& text(int line);
    // The 0-based UTF-16 offset on `line` of cmark's 1-based byte column.
    qsizetype utf16Offset(int line, int byteColumn);

private:
    const LineIndex& m_lines;
    int m_line = -1;
    QString m_text;
    QByteArray m_utf8;
    qsizetype m_byteAt = 0;  // a byte offset on the line
    qsizetype m_utf16At = 0; // the same place in UTF-16 units
};

// What the rules share: the text, its split, its lines, and where problems go.
struct Linter
{
    const QString& text;
    const LintContext& context;
    FrontMatterSplit split;
    LineIndex lines;
    QList<Problem> problems;

    Problem& add(int line, int column, Problem::Severity severity, const QString& rule,
                 const QString& message);
    // The same, its range the rest of the line from `column` (a date line, a tags line).
    Problem& addToLineEnd(int line, int column, Problem::Severity severity, const QString& rule,
                          const QString& message);
    // The file line (1-based) of a top-level front matter key, or of the front matter's first
    // line when the key is not found.
    int keyLine(const QString& key) const;
};

// The smallest edit that turns `before` into `after`.
TextEdit editBetween(const QString& before, const QString& after);

// Text a model or a person writes while the real text is still to come ("...", "None").
bool isPlaceholder(const QString& text);

void checkFrontMatter(Linter& linter);
void checkBody(Linter& linter);
// Generated text: slots left unfinished, text that stops mid-sentence, topics covered before.
void checkGeneratedText(Linter& linter);
// The prose's misspellings, when the context has a word checker (spellingrule.cpp).
void checkSpelling(Linter& linter);

} // namespace digest::lint
