#pragma once

#include <QString>
#include <QStringView>

namespace digest {

// Turns Markdown into HTML the way the site publishes it: CommonMark with the GFM extensions
// (tables, strikethrough, autolinks, tag filter, task lists) and smart punctuation. Raw HTML
// is omitted and unsafe link schemes are dropped, so untrusted text cannot inject markup.
// Safe to call from any thread.
class MarkdownRenderer final
{
public:
    static QString toHtml(QStringView markdown);

    // The HTML of a post's body: the front matter is not body text and is left out.
    static QString postBodyToHtml(QStringView postText);
};

} // namespace digest
