#include "core/generation/thinkfilter.h"

#include <QStringView>

namespace digest {

namespace {

const QString kOpen = QStringLiteral("<think>");
const QString kClose = QStringLiteral("</think>");

// The length of the longest end of text that is the start of tag, cut short by the end.
qsizetype partialTagAtEnd(QStringView text, const QString& tag)
{
    const qsizetype longest = std::min(text.size(), tag.size() - 1);
    for (qsizetype length = longest; length > 0; --length) {
        if (tag.startsWith(text.last(length)))
            return length;
    }
    return 0;
}

} // namespace

QString ThinkFilter::feed(const QString& content, QString* reasoning)
{
    // Only what was held back is read again, and it is shorter than a tag.
    const QString text = m_held + content;
    m_held.clear();
    QString out;
    qsizetype from = 0;
    while (from < text.size()) {
        const QString& tag = m_inThink ? kClose : kOpen;
        const qsizetype at = text.indexOf(tag, from);
        const QStringView rest = QStringView(text).sliced(from);
        QStringView taken;
        if (at >= 0) {
            taken = QStringView(text).sliced(from, at - from);
        } else {
            const qsizetype held = partialTagAtEnd(rest, tag);
            taken = rest.first(rest.size() - held);
            m_held = rest.last(held).toString();
        }
        if (m_inThink) {
            if (reasoning)
                reasoning->append(taken);
        } else {
            out.append(taken);
        }
        if (at < 0)
            break;
        m_inThink = !m_inThink;
        from = at + tag.size();
    }
    return out;
}

QString ThinkFilter::finish(QString* reasoning)
{
    QString out;
    if (m_inThink) {
        if (reasoning)
            reasoning->append(m_held);
    } else {
        out = m_held;
    }
    *this = ThinkFilter();
    return out;
}

} // namespace digest
