#include "document/lineendings.h"

#include <QTextBlock>
#include <QTextBlockUserData>
#include <QTextDocument>

#include <algorithm>

namespace digest::lineendings {
namespace {

// QTextBlockUserData is the one per-block slot that follows a block through edits (the block
// state belongs to the highlighter).
class BlockEnding final : public QTextBlockUserData
{
public:
    explicit BlockEnding(QString ending)
        : m_ending(std::move(ending))
    {}
    const QString& ending() const { return m_ending; }

private:
    QString m_ending;
};

} // namespace

QStringList split(const QString& text)
{
    QStringList endings;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c == u'\r') {
            if (i + 1 < size && text.at(i + 1) == u'\n') {
                endings.append(QStringLiteral("\r\n"));
                ++i;
            } else {
                endings.append(QStringLiteral("\r"));
            }
        } else if (c == u'\n') {
            endings.append(QStringLiteral("\n"));
        } else if (c == QChar::ParagraphSeparator) {
            endings.append(QString(QChar::ParagraphSeparator));
        }
    }
    return endings;
}

bool uniform(const QStringList& endings)
{
    return std::all_of(endings.cbegin(), endings.cend(),
                       [&](const QString& ending) { return ending == endings.constFirst(); });
}

QString dominant(const QString& text)
{
    const qsizetype newline = text.indexOf(u'\n');
    const qsizetype carriage = text.indexOf(u'\r');
    if (carriage >= 0 && (newline < 0 || carriage < newline))
        return carriage + 1 == newline ? QStringLiteral("\r\n") : QStringLiteral("\r");
    return QStringLiteral("\n");
}

void attach(QTextDocument& document, const QStringList& endings)
{
    // Block i + 1 holds the break between line i and line i + 1.
    QTextBlock block = document.firstBlock();
    block.setUserData(nullptr);
    block = block.next();
    for (const QString& ending : endings) {
        if (!block.isValid())
            break;
        block.setUserData(new BlockEnding(ending));
        block = block.next();
    }
}

QStringList resolve(const QTextDocument& document, const QString& fallbackEnding)
{
    const int breaks = document.blockCount() - 1;
    QStringList endings(breaks);
    // Backwards first: a break without an ending takes the one of the line it split.
    QString next;
    QTextBlock block = document.lastBlock();
    for (int i = breaks - 1; i >= 0; --i, block = block.previous()) {
        if (const auto* own = dynamic_cast<const BlockEnding*>(block.userData()))
            next = own->ending();
        endings[i] = next;
    }
    // Then forwards, for new lines after the last known break.
    QString previous = fallbackEnding;
    for (QString& ending : endings) {
        if (ending.isEmpty())
            ending = previous;
        previous = ending;
    }
    return endings;
}

QString join(const QTextDocument& document, const QStringList& endings)
{
    // toRawText() keeps every character; its blocks are separated by U+2029.
    const QString raw = document.toRawText();
    QString text;
    text.reserve(raw.size() + endings.size());
    qsizetype start = 0;
    for (const QString& ending : endings) {
        const qsizetype separator = raw.indexOf(QChar::ParagraphSeparator, start);
        if (separator < 0)
            break;
        text.append(QStringView(raw).mid(start, separator - start));
        text.append(ending);
        start = separator + 1;
    }
    text.append(QStringView(raw).mid(start));
    return text;
}

QString join(const QTextDocument& document, const QString& ending)
{
    QString text = document.toRawText();
    text.replace(QChar::ParagraphSeparator, ending);
    return text;
}

} // namespace digest::lineendings
