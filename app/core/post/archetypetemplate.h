#pragma once

#include "core/util/result.h"

#include <QCoreApplication>
#include <QString>

namespace digest {

// What a new post's archetype can ask about the post, as Hugo names it.
struct ArchetypeFields
{
    QString date;    // {{ .Date }}: RFC 3339 with an explicit zone
    QString name;    // {{ .Name }}, {{ .File.ContentBaseName }}: the file name without ".md"
    QString title;   // {{ .Title }}
    QString section; // {{ .Section }}, {{ .Type }}: "posts"

    bool operator==(const ArchetypeFields&) const = default;
};

// Fills the Go template actions that Hugo archetypes commonly use, the way `hugo new` does:
//   {{ .Date }} {{ .Name }} {{ .Title }} {{ .Section }} {{ .Type }} {{ .File.ContentBaseName }}
//   string literals ("…" and `…`), pipes, and the functions replace, title, humanize, lower,
//   upper, e.g. {{ replace .Name "-" " " | title }};
//   comments {{/* … */}} and the whitespace trims {{- and -}}.
// Anything else (now, .Site, if/with/range, variables, parentheses) is not guessed at: the
// fill fails with an error naming the archetype file and the line.
//
// `title` follows Hugo's default "AP" title case closely but not exactly: every word gets a
// capital first letter except short articles, conjunctions and prepositions in the middle.
class ArchetypeTemplate final
{
    Q_DECLARE_TR_FUNCTIONS(ArchetypeTemplate)

public:
    // `origin` names the archetype in messages (its path, or "built-in archetype").
    static Result<QString> fill(const QString& text, const QString& origin,
                                const ArchetypeFields& fields);
};

} // namespace digest
