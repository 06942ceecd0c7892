#include "core/post/archetype.h"

#include "core/post/markdownescape.h"
#include "core/post/postfile.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace digest {
namespace {

// The canonical daily post (see the project's notes on the post format) with empty slots.
// The notice is the site's disclaimer and must stay word for word. @MODEL@ is replaced by
// the model's name as a YAML string before the template actions are filled.
constexpr QStringView kBuiltIn = uR"(---
title: "[Daily Automated AI Summary]"
date: {{ .Date }}
draft: false
author: "Blog Agent"
tags: ["daily ai summary", "automated content", @MODEL@]
showToc: true
tocOpen: false
showReadingTime: true
showWordCount: true
cover:
    image: "https://user-images.githubusercontent.com/35503959/230746459-e1513798-69aa-49fb-8c88-990ee42136e9.png"
    alt: "singing birds"
    hidden: true
---
> *Notice:* This post has been automatically generated and does not reflect the views of the site owner, nor does it claim to be accurate.

## Possible consequences of current developments


1. **...**

   - *Benefits:*

   - *Ramifications:*

2. **...**

   - *Benefits:*

   - *Ramifications:*

3. **...**

   - *Benefits:*

   - *Ramifications:*

4. **...**

   - *Benefits:*

   - *Ramifications:*

5. **...**

   - *Benefits:*

   - *Ramifications:*

## Currently trending topics



-
-
-

## GPT predicts future events


- **Artificial General Intelligence**

- **Technological Singularity**
)";

} // namespace

Archetype::Archetype(QString origin, QString text, bool builtIn)
    : m_origin(std::move(origin))
    , m_text(std::move(text))
    , m_builtIn(builtIn)
{}

QString Archetype::defaultModel()
{
    return QStringLiteral("gpt-4o-mini");
}

bool Archetype::isModelName(const QString& model)
{
    // Braces, quotes and blanks are kept out so that the name can neither open a template
    // action nor need quoting anywhere it is shown.
    static const QRegularExpression pattern(
        QStringLiteral("\\A[A-Za-z0-9][A-Za-z0-9._+:/@-]{0,99}\\z"));
    return pattern.match(model).hasMatch();
}

Archetype Archetype::builtIn(const QString& model)
{
    QString text = kBuiltIn.toString();
    text.replace(QStringLiteral("@MODEL@"), escape::yamlDoubleQuoted(model));
    return Archetype(tr("built-in archetype"), text, true);
}

QStringList Archetype::lookupOrder(const QString& siteFolder, const QString& section)
{
    const QDir archetypes(QDir(siteFolder).filePath(QStringLiteral("archetypes")));
    QStringList paths;
    if (!section.isEmpty())
        paths.append(archetypes.filePath(section + QStringLiteral(".md")));
    paths.append(archetypes.filePath(QStringLiteral("default.md")));
    return paths;
}

Result<Archetype> Archetype::find(const QString& siteFolder, const QString& section,
                                  const QString& model)
{
    if (siteFolder.isEmpty())
        return builtIn(model);
    for (const QString& path : lookupOrder(siteFolder, section)) {
        if (!QFileInfo(path).isFile())
            continue;
        Result<QString> text = PostFile::read(path);
        if (!text)
            return Error{text.errorMessage()};
        return Archetype(path, std::move(text).value(), false);
    }
    return builtIn(model);
}

Result<QString> Archetype::fill(const ArchetypeFields& fields) const
{
    return ArchetypeTemplate::fill(m_text, m_origin, fields);
}

} // namespace digest
