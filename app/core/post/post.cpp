#include "core/post/post.h"

#include "core/post/frontmattereditor.h"

namespace digest {

Post Post::fromText(const QString& text)
{
    const FrontMatterSplit split = splitFrontMatter(text);
    Post post;
    post.m_format = split.format;
    post.m_unterminated = split.unterminated;
    post.m_bodyFirstLine = split.bodyFirstLine;
    const qsizetype contentEnd = split.contentOffset + split.content.size();
    post.m_opening = text.first(split.contentOffset);
    post.m_frontMatter = split.content;
    post.m_closing = text.sliced(contentEnd, split.bodyOffset - contentEnd);
    post.m_body = text.sliced(split.bodyOffset);
    return post;
}

QString Post::toText() const
{
    return m_opening + m_frontMatter + m_closing + m_body;
}

Result<FrontMatterValues> Post::frontMatter() const
{
    FrontMatterSplit split;
    split.format = m_format;
    split.content = m_frontMatter;
    return FrontMatterReader::read(split);
}

Status Post::setFrontMatterValue(const QString& path, const QVariant& value)
{
    Result<QString> edited = FrontMatterEditor::setValue(m_format, m_frontMatter, path, value);
    if (!edited)
        return Error{edited.errorMessage()};
    const int addedLines = int(edited.value().count(u'\n') - m_frontMatter.count(u'\n'));
    m_frontMatter = std::move(edited).value();
    m_bodyFirstLine += addedLines;
    return Done{};
}

} // namespace digest
