#include "ui/editor/markdownhighlighter.h"

#include <QGuiApplication>
#include <QPalette>

namespace digest::ui {
namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor pick(const QPalette& palette, const char* light, const char* dark)
{
    return QColor(QString::fromLatin1(isDark(palette) ? dark : light));
}

bool isDelimiterLine(const QString& text, QStringView delimiter)
{
    return QStringView(text).trimmed() == delimiter && text.startsWith(delimiter);
}

} // namespace

MarkdownHighlighter::MarkdownHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
    setPalette(QGuiApplication::palette());
}

void MarkdownHighlighter::setPalette(const QPalette& palette)
{
    const QColor muted = palette.color(QPalette::PlaceholderText);
    m_frontMatter.setForeground(muted);
    m_frontMatterKey.setForeground(pick(palette, "#7a3e9d", "#c792ea"));
    m_string.setForeground(pick(palette, "#2e7d32", "#a5d6a7"));
    m_heading.setForeground(pick(palette, "#0b4f9c", "#82b1ff"));
    m_heading.setFontWeight(QFont::Bold);
    m_emphasis.setFontItalic(true);
    m_strong.setFontWeight(QFont::Bold);
    m_code.setForeground(pick(palette, "#b3421b", "#ffab91"));
    m_code.setBackground(pick(palette, "#f3f1ee", "#2c2c30"));
    m_link.setForeground(pick(palette, "#0b62c4", "#7cb4ff"));
    m_link.setFontUnderline(true);
    m_marker.setForeground(pick(palette, "#8a6d00", "#ffd54f"));
    m_quote.setForeground(muted);
    m_quote.setFontItalic(true);
    m_html.setForeground(pick(palette, "#9c2b64", "#f48fb1"));
    rehighlight();
}

void MarkdownHighlighter::highlightBlock(const QString& text)
{
    if (highlightFrontMatter(text) || highlightFence(text))
        return;
    setCurrentBlockState(Body);
    highlightInline(text);
}

bool MarkdownHighlighter::highlightFrontMatter(const QString& text)
{
    const bool first = currentBlock().blockNumber() == 0;
    const bool inside = previousBlockState() == FrontMatter;
    if (first && (isDelimiterLine(text, u"---") || isDelimiterLine(text, u"+++"))) {
        setFormat(0, int(text.size()), m_marker);
        setCurrentBlockState(FrontMatter);
        return true;
    }
    if (!inside)
        return false;
    if (isDelimiterLine(text, u"---") || isDelimiterLine(text, u"+++")) {
        setFormat(0, int(text.size()), m_marker);
        setCurrentBlockState(Body);
        return true;
    }
    setCurrentBlockState(FrontMatter);
    setFormat(0, int(text.size()), m_frontMatter);
    static const QRegularExpression key(QStringLiteral(R"(^\s*(-\s+)?([\w.-]+)\s*[:=])"));
    static const QRegularExpression quoted(QStringLiteral(R"("(?:[^"\\]|\\.)*"|'[^']*')"));
    apply(text, key, m_frontMatterKey, 2);
    apply(text, quoted, m_string);
    return true;
}

bool MarkdownHighlighter::highlightFence(const QString& text)
{
    static const QRegularExpression fence(QStringLiteral(R"(^\s{0,3}(```|~~~))"));
    const bool isFence = fence.match(text).hasMatch();
    if (previousBlockState() == FencedCode) {
        setFormat(0, int(text.size()), m_code);
        setCurrentBlockState(isFence ? Body : FencedCode);
        return true;
    }
    if (!isFence)
        return false;
    setFormat(0, int(text.size()), m_code);
    setCurrentBlockState(FencedCode);
    return true;
}

void MarkdownHighlighter::highlightInline(const QString& text)
{
    static const QRegularExpression heading(QStringLiteral(R"(^\s{0,3}#{1,6}(\s.*)?$)"));
    static const QRegularExpression quote(QStringLiteral(R"(^\s{0,3}>.*$)"));
    static const QRegularExpression listMarker(QStringLiteral(R"(^\s*([-*+•]|\d+[.)])(?=\s))"));
    static const QRegularExpression strong(
        QStringLiteral(R"(\*\*[^*\s](?:[^*]*[^*\s])?\*\*|__[^_\s](?:[^_]*[^_\s])?__)"));
    static const QRegularExpression emphasis(QStringLiteral(
        R"((?<![*\w])\*[^*\s](?:[^*]*[^*\s])?\*(?!\*)|(?<![_\w])_[^_\s](?:[^_]*[^_\s])?_(?![_\w]))"));
    static const QRegularExpression code(QStringLiteral(R"(`[^`]+`)"));
    static const QRegularExpression link(
        QStringLiteral(R"(\[[^\]]*\]\([^)\s]*\)|<https?://[^>\s]+>|https?://[^\s<>)]+)"));
    static const QRegularExpression html(QStringLiteral(R"(</?[A-Za-z][^>]*>)"));

    if (heading.match(text).hasMatch()) {
        setFormat(0, int(text.size()), m_heading);
        return;
    }
    apply(text, quote, m_quote);
    apply(text, listMarker, m_marker, 1);
    apply(text, emphasis, m_emphasis);
    apply(text, strong, m_strong);
    apply(text, link, m_link);
    apply(text, html, m_html);
    apply(text, code, m_code);
}

void MarkdownHighlighter::apply(const QString& text, const QRegularExpression& pattern,
                                const QTextCharFormat& format, int group)
{
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        QTextCharFormat merged = this->format(int(match.capturedStart(group)));
        merged.merge(format);
        setFormat(int(match.capturedStart(group)), int(match.capturedLength(group)), merged);
    }
}

} // namespace digest::ui
