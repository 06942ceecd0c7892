#include "drafting/modeltag.h"

#include "core/post/archetype.h"

namespace digest {

QStringList tagsWithModel(QStringList tags, const QString& model, const QString& previous)
{
    if (!Archetype::isModelName(model) || tags.contains(model))
        return tags;
    constexpr qsizetype kModelIndex = 2;
    if (const qsizetype at = previous.isEmpty() ? -1 : tags.indexOf(previous); at >= 0)
        tags[at] = model;
    else if (tags.size() > kModelIndex && Archetype::isModelName(tags.at(kModelIndex)))
        tags[kModelIndex] = model;
    else
        tags.insert(std::min(kModelIndex, tags.size()), model);
    return tags;
}

} // namespace digest
