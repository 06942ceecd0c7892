#include "document/lineendings.h"

#include <QTextBlock>
#include <QTextBlockUserData>
#include <QTextDocument>

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
    QTextBlock block = document.firstBlock();
    for (const QString& ending : endings) {
        if (!block.isValid())
            break;
        block.setUserData(new BlockEnding(ending));
        block = block.next();
    }
}

QString join(const QTextDocument& document, const QString& fallbackEnding)
{
    // toRawText() keeps every character; its blocks are separated by U+2029.
    const QString raw = document.toRawText();
    QString text;
    text.reserve(raw.size() + document.blockCount());
    QTextBlock block = document.firstBlock();
    QString ending = fallbackEnding;
    qsizetype start = 0;
    while (true) {
        const qsizetype separator = raw.indexOf(QChar::ParagraphSeparator, start);
        if (separator < 0) {
            text.append(QStringView(raw).mid(start));
            break;
        }
        text.append(QStringView(raw).mid(start, separator - start));
        if (const auto* own = dynamic_cast<const BlockEnding*>(block.userData()))
            ending = own->ending();
        text.append(ending);
        start = separator + 1;
        block = block.next();
    }
    return text;
}

} // namespace digest::lineendings
