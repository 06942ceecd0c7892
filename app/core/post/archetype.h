#pragma once

#include "core/post/archetypetemplate.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace digest {

// The template a new post starts from: the site's own archetype when it has one, else a
// built-in one in the canonical daily format.
//
// The site's archetype is found as Hugo finds it for `hugo new <section>/<file>.md`:
// `archetypes/<section>.md`, then `archetypes/default.md`, in the site folder. Not looked at:
// a theme's archetypes folder, directory ("bundle") archetypes such as
// `archetypes/<section>/index.md` (a folder is passed over as if absent), and `--kind`.
//
// The built-in archetype is the canonical daily post with every slot empty. Each slot is
// valid Markdown that cmark-gfm and Hugo's Goldmark render to the same tree, and that an
// outline reader sees as follows:
//   1. **...**                 a consequence item whose title is the placeholder "..." (a
//                              title cannot be empty: "****" is a rule, and a bare "1." with
//                              the labels under it nests in cmark-gfm but not in Goldmark);
//      - *Benefits:*           a label with no text under it: an empty Benefits slot;
//      - *Ramifications:*      likewise, an empty Ramifications slot;
//   -                          a trending topic with no text;
//   - **Technological Singularity**
//                              a prediction with no "(Month YYYY)" and no paragraph.
// It has 5 consequence items, 3 trending topics and the 2 predictions: the usual counts of
// the site's posts. Its third tag is the model's name.
class Archetype final
{
    Q_DECLARE_TR_FUNCTIONS(Archetype)

public:
    // The model named by the built-in archetype when none is given.
    static QString defaultModel();
    // A model's name goes into the front matter: letters, digits and . _ - + : / @ only.
    static bool isModelName(const QString& model);

    static Archetype builtIn(const QString& model = defaultModel());
    // The files Hugo would try for a section, in order (absolute paths in the site folder).
    static QStringList lookupOrder(const QString& siteFolder, const QString& section);
    // The site's archetype for the section, or the built-in one when the site has none (or
    // `siteFolder` is empty). An archetype file that cannot be read is an error, not a
    // reason to fall back.
    static Result<Archetype> find(const QString& siteFolder, const QString& section,
                                  const QString& model = defaultModel());

    // Where the archetype comes from, for messages: its file, or "built-in archetype".
    const QString& origin() const { return m_origin; }
    const QString& text() const { return m_text; }
    bool isBuiltIn() const { return m_builtIn; }

    Result<QString> fill(const ArchetypeFields& fields) const;

private:
    Archetype(QString origin, QString text, bool builtIn);

    QString m_origin;
    QString m_text;
    bool m_builtIn = false;
};

} // namespace digest
