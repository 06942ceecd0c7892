#include "core/post/pathpattern.h"

#include <QDir>
#include <QRegularExpression>
#include <QStringList>

namespace digest {
namespace {

// A run of placeholders that is a whole word: no letter right before or after it.
const QRegularExpression& placeholderWord()
{
    thread_local const QRegularExpression word(
        QStringLiteral("(?<!\\p{L})(?:YYYY|MM|DD)+(?!\\p{L})"));
    return word;
}

} // namespace

QString PathPattern::defaultPattern()
{
    return QStringLiteral("content/posts/YYYY-MM-DD-ai-auto-summary.md");
}

QString PathPattern::expanded(const QString& pattern, QDate day)
{
    const QString year = day.toString(QStringLiteral("yyyy"));
    const QString month = day.toString(QStringLiteral("MM"));
    const QString dayOfMonth = day.toString(QStringLiteral("dd"));
    QString out;
    qsizetype copied = 0;
    QRegularExpressionMatchIterator words = placeholderWord().globalMatch(pattern);
    while (words.hasNext()) {
        const QRegularExpressionMatch word = words.next();
        out += QStringView(pattern).sliced(copied, word.capturedStart() - copied);
        // The word is made of the placeholders only, so it splits into them from the left.
        for (QStringView rest = word.capturedView(); !rest.isEmpty();) {
            const bool isYear = rest.startsWith(u"YYYY");
            out += isYear ? year : rest.startsWith(u"MM") ? month : dayOfMonth;
            rest = rest.sliced(isYear ? 4 : 2);
        }
        copied = word.capturedEnd();
    }
    out += QStringView(pattern).sliced(copied);
    return out;
}

bool PathPattern::hasPlaceholder(const QString& text)
{
    return placeholderWord().match(text).hasMatch();
}

QString PathPattern::fixedFolder(const QString& pattern)
{
    QStringList folders = QDir::cleanPath(QDir::fromNativeSeparators(pattern)).split(u'/');
    folders.removeLast(); // the file name
    QStringList fixed;
    for (const QString& folder : std::as_const(folders)) {
        if (hasPlaceholder(folder))
            break;
        fixed.append(folder);
    }
    const QString joined = fixed.join(u'/');
    return joined == u"." ? QString() : joined;
}

} // namespace digest
