#include "core/topics/titlematch.h"

#include "core/topics/topictext.h"

#include <QSet>

#include <algorithm>
#include <array>

namespace digest {
namespace {

// Words that every title has; without them two titles match on what they are about.
constexpr std::array<QStringView, 24> kCommonWords{
    u"a",   u"an", u"the", u"of",   u"in", u"on",  u"for", u"to", u"and", u"or",   u"with", u"is",
    u"are", u"by", u"at",  u"from", u"vs", u"via", u"as",  u"it", u"its", u"this", u"that", u"be",
};

bool isCommon(QStringView word)
{
    return std::find(kCommonWords.begin(), kCommonWords.end(), word) != kCommonWords.end();
}

QString stem(QString word)
{
    // "models" and "model", "LLMs" and "LLM" are the same thing; "loss" is not "los".
    if (word.size() > 3 && word.endsWith(u's') && !word.endsWith(QStringLiteral("ss")))
        word.chop(1);
    return word;
}

} // namespace

QStringList titleTokens(const QString& title)
{
    QString text = splitFlair(title).title.toCaseFolded();
    // Apostrophes join: "DeepSeek's" is one word, "deepseeks", and so is "DeepSeek’s".
    text.remove(u'\'');
    text.remove(u'’');
    QSet<QString> tokens;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty() && !isCommon(word))
            tokens.insert(stem(word));
        word.clear();
    };
    for (const QChar character : std::as_const(text)) {
        if (character.isLetterOrNumber())
            word += character;
        else
            flush();
    }
    flush();
    QStringList sorted(tokens.begin(), tokens.end());
    sorted.sort();
    return sorted;
}

double titleSimilarity(const QStringList& tokens, const QStringList& otherTokens)
{
    if (tokens.isEmpty() || otherTokens.isEmpty())
        return 0;
    // Both are sorted: count the common ones in one pass.
    qsizetype common = 0;
    auto a = tokens.cbegin();
    auto b = otherTokens.cbegin();
    while (a != tokens.cend() && b != otherTokens.cend()) {
        const int order = a->compare(*b);
        if (order == 0) {
            ++common;
            ++a;
            ++b;
        } else if (order < 0) {
            ++a;
        } else {
            ++b;
        }
    }
    return 2.0 * double(common) / double(tokens.size() + otherTokens.size());
}

} // namespace digest
