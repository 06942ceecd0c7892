#include "core/post/posttags.h"

namespace digest {

bool PostTags::sameTag(const QString& a, const QString& b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

qsizetype PostTags::indexOf(const QStringList& tags, const QString& tag)
{
    for (qsizetype i = 0; i < tags.size(); ++i)
        if (sameTag(tags[i], tag))
            return i;
    return -1;
}

Result<QStringList> PostTags::added(const QStringList& tags, const QString& tag)
{
    const QString clean = tag.trimmed();
    if (clean.isEmpty())
        return Error{tr("A tag cannot be empty.")};
    for (const QChar c : clean)
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            return Error{tr("A tag cannot hold a line break or a control character.")};
    if (const qsizetype at = indexOf(tags, clean); at >= 0)
        return Error{tr("The post is already tagged “%1”.").arg(tags[at])};
    QStringList result = tags;
    result.append(clean);
    return result;
}

Result<QStringList> PostTags::removed(const QStringList& tags, const QString& tag)
{
    const qsizetype at = indexOf(tags, tag);
    if (at < 0)
        return Error{tr("The post has no tag “%1”.").arg(tag.trimmed())};
    QStringList result = tags;
    result.removeAt(at);
    return result;
}

} // namespace digest
