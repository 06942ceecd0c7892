#pragma once

#include "core/post/frontmatter.h"
#include "core/post/frontmattervalues.h"
#include "core/util/result.h"

#include <QString>
#include <QVariant>

namespace digest {

// A Hugo post as its parts: the text before the front matter (byte order mark, opening
// delimiter), the front matter's own text, the closing delimiter line, and the body. Nothing
// is normalised, so a post written back unedited is the file it was read from, to the byte;
// an edit of one front matter value rewrites that value's text alone.
class Post final
{
public:
    Post() = default;
    static Post fromText(const QString& text);

    QString toText() const;

    FrontMatterSplit::Format format() const { return m_format; }
    // The front matter's values; an error (with the line) when it does not parse.
    Result<FrontMatterValues> frontMatter() const;
    const QString& frontMatterText() const { return m_frontMatter; }
    // The file starts like front matter that is never closed.
    bool frontMatterUnterminated() const { return m_unterminated; }

    const QString& body() const { return m_body; }
    // The body's first line in the file (0-based), to map body positions to file positions.
    int bodyFirstLine() const { return m_bodyFirstLine; }
    void setBody(const QString& body) { m_body = body; }

    Status setFrontMatterValue(const QString& path, const QVariant& value);

    bool operator==(const Post&) const = default;

private:
    FrontMatterSplit::Format m_format = FrontMatterSplit::Format::None;
    QString m_opening;
    QString m_frontMatter;
    QString m_closing;
    QString m_body;
    int m_bodyFirstLine = 0;
    bool m_unterminated = false;
};

} // namespace digest
