#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace digest::ui {

// Colours the Markdown source: the front matter block (keys, strings), headings, emphasis,
// code, links, list and quote markers, raw HTML. Colours come from the palette, so the
// highlighting reads well in light and dark themes alike.
class MarkdownHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkdownHighlighter)

public:
    explicit MarkdownHighlighter(QTextDocument* document);

    // Re-derives the colours from a new palette and rehighlights.
    void setPalette(const QPalette& palette);

protected:
    void highlightBlock(const QString& text) override;

private:
    // Block states: where a line is, given the lines before it.
    enum State { Body = 0, FrontMatter = 1, FencedCode = 2 };

    bool highlightFrontMatter(const QString& text);
    bool highlightFence(const QString& text);
    void highlightInline(const QString& text);
    void apply(const QString& text, const QRegularExpression& pattern,
               const QTextCharFormat& format, int group = 0);

    QTextCharFormat m_frontMatter;
    QTextCharFormat m_frontMatterKey;
    QTextCharFormat m_string;
    QTextCharFormat m_heading;
    QTextCharFormat m_emphasis;
    QTextCharFormat m_strong;
    QTextCharFormat m_code;
    QTextCharFormat m_link;
    QTextCharFormat m_marker;
    QTextCharFormat m_quote;
    QTextCharFormat m_html;
};

} // namespace digest::ui
