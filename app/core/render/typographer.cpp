#include "core/render/typographer.h"

#include "core/render/utf8.h"

#include <QChar>

#include <array>
#include <functional>

namespace digest {
namespace {

using utf8::codePointAt;
using utf8::codePointBefore;

// Goldmark judges some neighbours byte by byte (its util.IsPunct and util.IsSpace: ASCII
// punctuation, and space, tab, CR, LF) ...
bool isAsciiPunctuation(char c)
{
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
           (c >= '{' && c <= '~');
}

bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// ... others by Unicode category, as Go's unicode.IsPunct (P*) and unicode.IsSpace do ...
bool isUnicodePunctuation(char32_t c)
{
    return QChar::isPunct(c);
}

bool isUnicodeSpace(char32_t c)
{
    return QChar::isSpace(c);
}

// ... and delimiter flanking by CommonMark's classes, which add the ASCII symbols ($+<=>^`|~)
// to punctuation (util.IsPunctRune, util.IsSpaceRune).
bool isPunctuation(char32_t c)
{
    return (c < 0x80 && isAsciiPunctuation(char(c))) || QChar::isPunct(c);
}

bool isWhitespace(char32_t c)
{
    return (c < 0x80 && isAsciiSpace(char(c))) || QChar::isSpace(c);
}

bool isOneOf(char c, const char* set)
{
    for (; *set; ++set) {
        if (c == *set)
            return true;
    }
    return false;
}

// The byte at `at` ends a word: there is nothing more, or punctuation or a space.
bool endsWordAt(QByteArrayView rest, qsizetype at)
{
    return rest.size() <= at || isAsciiPunctuation(rest[at]) || isAsciiSpace(rest[at]);
}

// 's 'm 't 'd 've 'll 're: the quote starts the end of a contraction (it's, I'm, don't, you'd,
// I've, we'll, you're) even where it could only open a quotation, as after an emphasis.
bool startsContraction(QByteArrayView rest)
{
    if (rest.size() > 1 && isOneOf(rest[1], "smtd") && endsWordAt(rest, 2))
        return true;
    if (rest.size() < 3)
        return false;
    const QByteArrayView ending = rest.sliced(1, 2);
    return (ending == "ve" || ending == "ll" || ending == "re") && endsWordAt(rest, 3);
}

// 'twas, 'em, 'n', 'net, 'll: an elision at the start of a word. Only lowercase letters count.
bool startsElision(QByteArrayView rest, char32_t preceding)
{
    return rest.size() > 1 && (isUnicodePunctuation(preceding) || isUnicodeSpace(preceding)) &&
           isOneOf(rest[1], "tenl");
}

// A quote between a letter or digit and a letter is an apostrophe: it's, O'Brien, 4'th.
bool isInsideWord(QByteArrayView rest, char32_t preceding)
{
    return rest.size() > 1 && (QChar::isDigit(preceding) || QChar::isLetter(preceding)) &&
           QChar::isLetter(codePointAt(rest, 1));
}

} // namespace

// Whether a run of quotes can open or close a quotation: CommonMark's left- and
// right-flanking rules for `*`, judged on the run's neighbours.
struct Typographer::Flanking
{
    bool canOpen = false;
    bool canClose = false;

    bool opensOnly() const { return canOpen && !canClose; }
    bool closesOnly() const { return canClose && !canOpen; }

    // `run`: how many of the same quote start `rest`.
    static Flanking of(QByteArrayView rest, qsizetype run, char32_t preceding)
    {
        const char32_t after = run < rest.size() ? codePointAt(rest, run) : U' ';
        const bool beforeSpace = isWhitespace(preceding);
        const bool beforePunctuation = isPunctuation(preceding);
        const bool afterSpace = isWhitespace(after);
        const bool afterPunctuation = isPunctuation(after);
        return {!afterSpace && (!afterPunctuation || beforeSpace || beforePunctuation),
                !beforeSpace && (!beforePunctuation || afterSpace || afterPunctuation)};
    }

    // A quote that can close: one that only closes, or one between two punctuation marks
    // where the second ends the word, as after the question mark in "why?"!.
    bool closes(QByteArrayView rest) const
    {
        if (closesOnly())
            return true;
        return canOpen && canClose && rest.size() > 1 &&
               isUnicodePunctuation(codePointAt(rest, 1)) &&
               (rest.size() == 2 || isAsciiPunctuation(rest[2]) || isAsciiSpace(rest[2]));
    }
};

qsizetype Typographer::nextCandidate(QByteArrayView text, qsizetype from)
{
    static constexpr auto candidates = [] {
        std::array<bool, 256> table{};
        for (const char c : {'\'', '"', '-', '.', '<', '>'})
            table[uchar(c)] = true;
        return table;
    }();
    while (from < text.size() && !candidates[uchar(text[from])])
        ++from;
    return from;
}

Typographer::Replacement Typographer::replacementAt(QByteArrayView rest, char32_t preceding)
{
    const auto startsWith = [rest](const char* text) {
        return rest.startsWith(text);
    };
    switch (rest.isEmpty() ? '\0' : rest[0]) {
    case '-':
        if (startsWith("---"))
            return {Mark::EmDash, 3};
        return startsWith("--") ? Replacement{Mark::EnDash, 2} : Replacement{};
    case '.':
        return startsWith("...") ? Replacement{Mark::Ellipsis, 3} : Replacement{};
    case '<':
        return startsWith("<<") ? Replacement{Mark::LeftAngleQuote, 2} : Replacement{};
    case '>':
        return startsWith(">>") ? Replacement{Mark::RightAngleQuote, 2} : Replacement{};
    case '\'':
        return singleQuote(rest, preceding);
    case '"':
        return doubleQuote(rest, preceding);
    default:
        return {};
    }
}

// Every quote of a run looks at the character after the whole run (Goldmark scans the run for
// each of them); remembering where the last run ends keeps a long run of quotes linear. All
// calls for one document read the same source, so a pointer inside the last run is in it.
qsizetype Typographer::runLength(QByteArrayView rest)
{
    const char* begin = rest.data();
    const std::less<const char*> before;
    if (before(m_run.begin, begin) && before(begin, m_run.end) &&
        !before(begin + rest.size(), m_run.end) && begin[-1] == begin[0])
        return m_run.end - begin;
    qsizetype run = 1;
    while (run < rest.size() && rest[run] == rest[0])
        ++run;
    m_run = {begin, begin + run};
    return run;
}

Typographer::Replacement Typographer::singleQuote(QByteArrayView rest, char32_t preceding)
{
    const Flanking flanking = Flanking::of(rest, runLength(rest), preceding);
    // '90s, '00s: a decade, when the "s" ends the word.
    if (flanking.opensOnly() && rest.size() > 3 && isAsciiDigit(rest[1]) && isAsciiDigit(rest[2]) &&
        rest[3] == 's') {
        const char32_t after = rest.size() > 4 ? codePointAt(rest, 4) : U' ';
        if (isWhitespace(after) || isPunctuation(after))
            return {Mark::Apostrophe, 1};
    }
    if (startsElision(rest, preceding) || isInsideWord(rest, preceding))
        return {Mark::Apostrophe, 1};
    if (flanking.opensOnly()) {
        if (startsContraction(rest))
            return {Mark::RightSingleQuote, 1};
        ++m_openSingleQuotes;
        return {Mark::LeftSingleQuote, 1};
    }
    // The students' notes, rock 'n' roll: anything else with at least two more characters on
    // its line closes, unless a digit follows (CVPR'24 stays straight). It does not count as
    // closing an open quote.
    if (rest.size() > 2 && !QChar::isDigit(codePointAt(rest, 1)))
        return {Mark::RightSingleQuote, 1};
    if (m_openSingleQuotes > 0 && flanking.closes(rest)) {
        --m_openSingleQuotes;
        return {Mark::RightSingleQuote, 1};
    }
    return {};
}

Typographer::Replacement Typographer::doubleQuote(QByteArrayView rest, char32_t preceding)
{
    const Flanking flanking = Flanking::of(rest, runLength(rest), preceding);
    if (flanking.opensOnly()) {
        ++m_openDoubleQuotes;
        return {Mark::LeftDoubleQuote, 1};
    }
    if (m_openDoubleQuotes == 0 || !flanking.closes(rest))
        return {}; // an empty "" stays straight: its first quote neither opens nor closes
    // "Monitor 21"": after a digit, the first of two quotes is an inch mark.
    if (rest.size() > 1 && rest[1] == '"' && QChar::isDigit(preceding))
        return {};
    --m_openDoubleQuotes;
    return {Mark::RightDoubleQuote, 1};
}

QByteArrayView Typographer::character(Mark mark)
{
    switch (mark) {
    case Mark::None:
        return {};
    case Mark::LeftSingleQuote:
        return "\u2018";
    case Mark::RightSingleQuote:
    case Mark::Apostrophe:
        return "\u2019";
    case Mark::LeftDoubleQuote:
        return "\u201c";
    case Mark::RightDoubleQuote:
        return "\u201d";
    case Mark::EnDash:
        return "\u2013";
    case Mark::EmDash:
        return "\u2014";
    case Mark::Ellipsis:
        return "\u2026";
    case Mark::LeftAngleQuote:
        return "\u00ab";
    case Mark::RightAngleQuote:
        return "\u00bb";
    }
    return {};
}

QByteArrayView Typographer::entity(Mark mark)
{
    switch (mark) {
    case Mark::None:
        return {};
    case Mark::LeftSingleQuote:
        return "&lsquo;";
    case Mark::RightSingleQuote:
    case Mark::Apostrophe:
        return "&rsquo;";
    case Mark::LeftDoubleQuote:
        return "&ldquo;";
    case Mark::RightDoubleQuote:
        return "&rdquo;";
    case Mark::EnDash:
        return "&ndash;";
    case Mark::EmDash:
        return "&mdash;";
    case Mark::Ellipsis:
        return "&hellip;";
    case Mark::LeftAngleQuote:
        return "&laquo;";
    case Mark::RightAngleQuote:
        return "&raquo;";
    }
    return {};
}

QString Typographer::typeset(QStringView plainText)
{
    const QByteArray source = plainText.toUtf8();
    QByteArray typeset;
    typeset.reserve(source.size());
    Typographer typographer;
    qsizetype at = 0;
    while (at < source.size()) {
        if (isCandidate(source[at])) {
            const qsizetype newline = source.indexOf('\n', at);
            const qsizetype lineEnd = newline < 0 ? source.size() : newline + 1;
            const char32_t preceding = at == 0 ? U'\n' : codePointBefore(source, at);
            const Replacement replacement = typographer.replacementAt(
                QByteArrayView(source).sliced(at, lineEnd - at), preceding);
            if (replacement) {
                typeset += character(replacement.mark);
                at += replacement.length;
                continue;
            }
        }
        typeset += source[at++];
    }
    return QString::fromUtf8(typeset);
}

} // namespace digest
