#include "core/outline/outline.h"

#include "core/markdown/cmarkdocument.h"
#include "core/outline/outlinereader.h"
#include "core/post/frontmatter.h"

#include <cmark-gfm.h>

namespace digest {
namespace {

using outline::SourceMap;

Section::Kind kindOf(const QString& heading)
{
    const QString text = heading.toLower();
    if (text.contains(u"consequence"))
        return Section::Kind::Consequences;
    if (text.contains(u"trending"))
        return Section::Kind::Trending;
    if (text.contains(u"predict"))
        return Section::Kind::Predictions;
    return Section::Kind::Other;
}

struct SectionBlocks
{
    cmark_node* heading = nullptr;
    QList<cmark_node*> blocks;
};

// Level 1 and 2 headings start sections; a deeper heading does too when it names one of the
// post's sections, so a post written with "###" still has its outline.
QList<SectionBlocks> splitSections(cmark_node* document)
{
    QList<SectionBlocks> sections;
    for (cmark_node* node = cmark_node_first_child(document); node; node = cmark_node_next(node)) {
        if (cmark_node_get_type(node) == CMARK_NODE_HEADING &&
            (cmark_node_get_heading_level(node) <= 2 ||
             kindOf(outline::plainText(node)) != Section::Kind::Other)) {
            sections.append(SectionBlocks{node, {}});
        } else if (!sections.isEmpty()) {
            sections.last().blocks.append(node);
        }
    }
    return sections;
}

void readTrending(const SourceMap& map, const QList<cmark_node*>& blocks,
                  QList<TrendingTopic>& topics)
{
    for (cmark_node* block : blocks) {
        if (cmark_node_get_type(block) != CMARK_NODE_LIST)
            continue;
        for (cmark_node* item = cmark_node_first_child(block); item; item = cmark_node_next(item))
            topics.append({outline::plainText(item), map.range(item)});
    }
}

} // namespace

Outline parseOutline(QStringView postText)
{
    const FrontMatterSplit split = splitFrontMatter(postText);
    const CmarkDocument body(postText.sliced(split.bodyOffset).toUtf8());
    return readOutline(body, split.bodyFirstLine);
}

Outline readOutline(const CmarkDocument& body, int bodyFirstLine)
{
    const SourceMap map(body.source(), bodyFirstLine);

    Outline result;
    for (const SectionBlocks& part : splitSections(body.root())) {
        Section section;
        section.heading = outline::plainText(part.heading);
        section.kind = kindOf(section.heading);
        section.range =
            map.range(part.heading, part.blocks.isEmpty() ? part.heading : part.blocks.last());
        result.sections.append(section);
        switch (section.kind) {
        case Section::Kind::Consequences:
            outline::readConsequences(map, part.blocks, result.consequences);
            break;
        case Section::Kind::Trending:
            readTrending(map, part.blocks, result.trending);
            break;
        case Section::Kind::Predictions:
            outline::readPredictions(map, part.blocks, result.predictions);
            break;
        case Section::Kind::Other:
            break;
        }
    }
    return result;
}

QString sectionKindName(Section::Kind kind)
{
    switch (kind) {
    case Section::Kind::Consequences:
        return QStringLiteral("consequences");
    case Section::Kind::Trending:
        return QStringLiteral("trending");
    case Section::Kind::Predictions:
        return QStringLiteral("predictions");
    case Section::Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

} // namespace digest
