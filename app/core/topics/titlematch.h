#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace digest {

// The words of a title that say what it is about, for comparing titles that were written a
// little differently: case folded, a flair prefix dropped, apostrophes and punctuation gone,
// a plural "s" dropped, common short words left out. Sorted, no repeats.
QStringList titleTokens(const QString& title);

// How alike two titles are, from 0 to 1: the Dice coefficient of their token sets.
double titleSimilarity(const QStringList& tokens, const QStringList& otherTokens);

// From here on two titles name the same topic. One word changed in eight words scores 0.875,
// one word added 0.94; two different four-word titles that share a subject stay below.
inline constexpr double kSameTopicSimilarity = 0.8;

} // namespace digest
