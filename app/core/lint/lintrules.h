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
