#pragma once

#include "core/post/frontmatter.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QVariant>

namespace digest {

// A post's date as written and as understood. Hugo reads a date without a zone in the site's
// time zone, so whether the zone is explicit matters as much as the instant.
struct PostDate
{
    QString text;
    QDateTime value; // invalid when the text is not a date
    bool hasZone = false;

    bool operator==(const PostDate&) const = default;
};

struct Cover
{
    QString image;
    QString alt;
    QString caption;
    bool hidden = false;
    bool relative = false;

    bool operator==(const Cover&) const = default;
};

// The front matter's values, typed where the site gives them a meaning, and every other key
// kept as it was read (nested maps as QVariantMap, lists as QVariantList).
struct FrontMatterValues
{
    FrontMatterSplit::Format format = FrontMatterSplit::Format::None;
    QStringList keys; // top-level keys in the order of the file
    QVariantMap values;

    QString title() const;
    PostDate date() const;
    bool draft() const;
    QString author() const;
    QStringList tags() const;
    Cover cover() const;
    // A value by its dotted path, "cover.alt"; invalid when absent.
    QVariant value(QStringView path) const;

    bool operator==(const FrontMatterValues&) const = default;
};

// Reads the values of a post's front matter with the library made for each format: yaml-cpp,
// toml++ and QJsonDocument.
class FrontMatterReader final
{
    Q_DECLARE_TR_FUNCTIONS(FrontMatterReader)

public:
    static Result<FrontMatterValues> read(const FrontMatterSplit& split);
    static PostDate parseDate(const QString& text);
};

} // namespace digest
