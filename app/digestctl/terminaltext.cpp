#include "terminaltext.h"

#include <QList>

namespace digest::cli {
namespace {

bool isUnsafe(char32_t code)
{
    // C0 and DEL, C1; the bidirectional embeddings, overrides and isolates.
    return code < 0x20 || (code >= 0x7F && code <= 0x9F) || (code >= 0x202A && code <= 0x202E) ||
           (code >= 0x2066 && code <= 0x2069);
}

} // namespace

QString terminalSafe(const QString& text)
{
    QString safe;
    safe.reserve(text.size());
    const QList<uint> codes = text.toUcs4();
    for (const uint value : codes) {
        const char32_t code = value;
        if (!isUnsafe(code))
            safe += QString::fromUcs4(&code, 1);
        else
            safe += (code < 0x100 ? QStringLiteral("\\x") : QStringLiteral("\\u")) +
                    QString::number(uint(code), 16)
                        .toUpper()
                        .rightJustified(code < 0x100 ? 2 : 4, u'0');
    }
    return safe;
}

QString echoed(const QString& input, qsizetype maxLength)
{
    const QString safe = terminalSafe(input);
    return safe.size() > maxLength ? safe.first(maxLength) + u'…' : safe;
}

} // namespace digest::cli
