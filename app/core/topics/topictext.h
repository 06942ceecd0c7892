#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

namespace digest {

struct TitleParts
{
    // "D" for "[D] A question"; empty when the title has no flair prefix.
    QString flair;
    QString title;

    bool operator==(const TitleParts&) const = default;
};

// Splits a flair prefix ("[D]", "[Research]") off a title, as r/MachineLearning writes them.
TitleParts splitFlair(const QString& fullTitle);

// The text of an HTML fragment, as a feed's summary holds it: tags dropped, entities decoded,
// paragraphs and line breaks kept as line breaks, other white space collapsed.
QString htmlToText(QStringView html);

// How old something is, short, for lists: "40 min", "5 h", "3 d"; empty when unknown.
QString ageText(const QDateTime& created, const QDateTime& now);

// Decodes the HTML entities in text: named ones (the common few), &#NN; and &#xNN;.
QString decodeEntities(QStringView text);

} // namespace digest
