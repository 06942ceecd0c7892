#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace digest {

// The typographic punctuation Hugo publishes: the rules of the typographer of Goldmark 1.5.4,
// the Markdown engine inside Hugo 0.111, so that the preview shows the quotes, dashes and
// ellipses the published page will have, down to Goldmark's own special cases ('90s, 'twas,
// rock 'n' roll, CVPR'24 staying straight, an empty "" staying straight).
//
// Goldmark decides by looking at the Markdown *source* around a mark: the character before it
// is the source character (the `*` closing an emphasis, the `[` of a link), and what follows
// is the rest of the source line. The caller feeds it exactly that; see SmartPunctuation.
//
// It counts the quotes it opened and did not close yet, and only closes an ambiguous quote
// while one is open. Goldmark 1.5.4 means to reset those counts for every paragraph, but its
// reset never runs (its CloseBlock does not match the interface the parser calls; fixed in
// goldmark 1.8.5), so on a Hugo 0.111 page they run across the whole page. Use one instance
// per document.
class Typographer final
{
public:
    enum class Mark : quint8 {
        None,
        LeftSingleQuote,  // ‘
        RightSingleQuote, // ’
        LeftDoubleQuote,  // “
        RightDoubleQuote, // ”
        EnDash,           // –
        EmDash,           // —
        Ellipsis,         // …
        LeftAngleQuote,   // «
        RightAngleQuote,  // »
        Apostrophe,       // ’, as in it’s, ’90s
    };

    struct Replacement
    {
        Mark mark = Mark::None;
        int length = 0; // source bytes it replaces: 1 to 3

        explicit operator bool() const { return mark != Mark::None; }
        bool operator==(const Replacement&) const = default;
    };

    // Whether a replacement can start with this byte; every other byte is left as it is.
    static bool isCandidate(char c)
    {
        return c == '\'' || c == '"' || c == '-' || c == '.' || c == '<' || c == '>';
    }

    // The first byte from `from` on that can start a replacement; text.size() if none. It
    // runs over every character of the preview's text, so it is a table lookup per byte.
    static qsizetype nextCandidate(QByteArrayView text, qsizetype from);

    // What replaces the punctuation at the start of `rest`, the UTF-8 source from that mark to
    // the end of its line as Goldmark sees it (with the line's '\n' unless it is the last line
    // of its block). `preceding` is the source character before the mark, '\n' at the start
    // of a block. No replacement where the mark stays as typed.
    Replacement replacementAt(QByteArrayView rest, char32_t preceding);

    // The character that replaces a mark, as UTF-8, and the entity Goldmark writes for it.
    static QByteArrayView character(Mark mark);
    static QByteArrayView entity(Mark mark);

    // Plain text without markup, typeset as one document whose lines are its lines.
    static QString typeset(QStringView plainText);

private:
    struct Flanking;

    struct Run
    {
        const char* begin = nullptr;
        const char* end = nullptr;
    };

    Replacement singleQuote(QByteArrayView rest, char32_t preceding);
    Replacement doubleQuote(QByteArrayView rest, char32_t preceding);
    qsizetype runLength(QByteArrayView rest);

    int m_openSingleQuotes = 0;
    int m_openDoubleQuotes = 0;
    Run m_run; // the last run of quotes
};

} // namespace digest
