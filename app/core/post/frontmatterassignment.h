#pragma once

#include "core/post/frontmattervalues.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QTimeZone>
#include <QVariant>

namespace digest {

// One edit of a post's front matter asked for in text, as `digestctl set` takes them: a value
// for a key ("cover.hidden=true"), or a tag to add or remove.
struct FrontMatterEdit
{
    enum class Kind { Assign, AddTag, RemoveTag };
    Kind kind = Kind::Assign;
    QString key;  // Assign: the dotted key
    QString text; // Assign: the value as typed; AddTag, RemoveTag: the tag

    bool operator==(const FrontMatterEdit&) const = default;
};

// Turns untrusted text into the typed values FrontMatterEditor writes, by what the front matter
// holds at the key: a bool takes only true or false, a number a number, a date (date,
// publishDate, expiryDate, lastmod, or a value that reads as one) RFC 3339, a list a JSON array
// of strings; anything else is a string on one line. A key not there yet takes true/false as a
// bool, a whole number as an integer, else a string.
class FrontMatterAssignment final
{
    Q_DECLARE_TR_FUNCTIONS(FrontMatterAssignment)

public:
    // "KEY=VALUE", split at the first "="; refused when the key is not dotted words.
    static Result<FrontMatterEdit> parse(const QString& assignment);

    // The value for setValue; a date-time without a zone is taken in siteZone (UTC when it is
    // invalid). Refusals name the key and say what it takes.
    static Result<QVariant> typedValue(const FrontMatterValues& values, const QString& key,
                                       const QString& text, const QTimeZone& siteZone);

    // The post's text with every edit made, in order, each rewriting only its value's text
    // (tags through PostTags' rules). All or nothing: the first refusal is the error and no
    // text comes back.
    static Result<QString> apply(const QString& postText, const QList<FrontMatterEdit>& edits,
                                 const QTimeZone& siteZone);
};

} // namespace digest
