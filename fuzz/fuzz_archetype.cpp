// Fuzzes the archetype filler: the Go template actions of a site's archetype ({{ .Name }},
// pipes, replace, title, comments, trims) filled in as `hugo new` does.
#include "core/post/archetypetemplate.h"
#include "core/post/post.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const digest::ArchetypeFields fields{QStringLiteral("2026-03-01T06:00:00+01:00"),
                                         QStringLiteral("2026-03-01-ai-news-of-the-day"),
                                         QStringLiteral("2026 03 01 AI News of the Day"),
                                         QStringLiteral("posts")};
    const auto filled =
        digest::ArchetypeTemplate::fill(text, QStringLiteral("archetypes/default.md"), fields);
    if (filled.ok()) // a new post is read right after it is made
        (void)digest::Post::fromText(filled.value()).frontMatter();
    return 0;
}
