#pragma once

#include <QByteArrayView>

// Reading single code points out of UTF-8 text, where a QString conversion of the whole text
// would cost more than the look the typographer takes around one punctuation mark.
namespace digest::utf8 {

constexpr char32_t kReplacementCharacter = 0xfffd;

inline bool isContinuationByte(char c)
{
    return (uchar(c) & 0xc0) == 0x80;
}

// The code point whose first byte is at `at`; U+FFFD where the bytes are not UTF-8.
inline char32_t codePointAt(QByteArrayView text, qsizetype at)
{
    const uchar lead = uchar(text[at]);
    if (lead < 0x80)
        return lead;
    const qsizetype length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 0;
    if (length == 0 || at + length > text.size())
        return kReplacementCharacter;
    char32_t codePoint = lead & (0x7f >> length);
    for (qsizetype i = at + 1; i < at + length; ++i) {
        if (!isContinuationByte(text[i]))
            return kReplacementCharacter;
        codePoint = (codePoint << 6) | (uchar(text[i]) & 0x3f);
    }
    return codePoint;
}

// The code point that ends just before `at` (at > 0).
inline char32_t codePointBefore(QByteArrayView text, qsizetype at)
{
    qsizetype start = at - 1;
    while (start > 0 && at - start < 4 && isContinuationByte(text[start]))
        --start;
    return codePointAt(text, start);
}

} // namespace digest::utf8
