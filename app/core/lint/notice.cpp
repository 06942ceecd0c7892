#include "core/lint/notice.h"

#include "core/lint/lint.h"
#include "core/post/archetype.h"
#include "core/post/frontmatter.h"

namespace digest {
namespace {

// A line of the body: where it starts in the text, its 1-based number, its text without the
// line break.
struct BodyLine
{
    qsizetype offset = 0;
    int number = 0;
    QString text;
};

// The post's notice and where it is, read once for both functions below.
struct FoundNotice
{
    bool complete = false; // the post has a complete front matter
    qsizetype bodyOffset = 0;
    BodyLine line; // number 0: none
};

FoundNotice findNotice(const QString& text, const QString& siteNotice)
{
    FoundNotice found;
    const FrontMatterSplit split = splitFrontMatter(text);
    if (split.format == FrontMatterSplit::Format::None || split.unterminated)
        return found;
    found.complete = true;
    found.bodyOffset = split.bodyOffset;
    int number = int(QStringView(text).first(split.bodyOffset).count(u'\n')) + 1;
    BodyLine altered;
    for (qsizetype start = split.bodyOffset; start <= text.size(); ++number) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        QString line = text.mid(start, end - start);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line == siteNotice) {
            found.line = {start, number, line};
            return found;
        }
        // A quote that mentions a notice is an altered copy of it.
        if (altered.number == 0 && line.startsWith(u'>') &&
            line.contains(u"notice", Qt::CaseInsensitive))
            altered = {start, number, line};
        start = end + 1;
    }
    found.line = altered;
    return found;
}

QString orBuiltIn(const QString& siteNotice)
{
    return siteNotice.isEmpty() ? noticeLineOf(Archetype::builtIn().text()) : siteNotice;
}

} // namespace

PostNotice noticeOfPost(const QString& postText, const QString& siteNotice)
{
    const FoundNotice found = findNotice(postText, orBuiltIn(siteNotice));
    return {found.line.number, found.line.text};
}

std::optional<TextEdit> restoreNoticeEdit(const QString& postText, const QString& siteNotice)
{
    if (siteNotice.isEmpty())
        return std::nullopt;
    const FoundNotice found = findNotice(postText, siteNotice);
    if (!found.complete || found.line.text == siteNotice)
        return std::nullopt;
    if (found.line.number > 0)
        return TextEdit{int(found.line.offset), int(found.line.text.size()), siteNotice};
    // Where the archetype places it: the body's first line.
    return TextEdit{int(found.bodyOffset), 0, siteNotice + u'\n'};
}

} // namespace digest
