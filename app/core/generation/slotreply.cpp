#include "core/generation/slotreply.h"

#include "core/generation/replycleanup.h"

#include <QStringList>

namespace digest {

SlotReplyText::SlotReplyText(SlotKind kind, QString event)
    : m_kind(kind)
    , m_event(std::move(event))
{}

bool SlotReplyText::append(QStringView piece)
{
    m_raw += piece;
    // Cleaning reads the whole reply: after each piece of a long one, that is quadratic (a
    // runaway stream of 200,000 one-letter pieces took minutes). Past a few thousand
    // characters, far more than a slot's text, the shown text follows every eighth of growth;
    // finish() cleans the whole reply anyway.
    constexpr qsizetype kEveryPieceUpTo = 4096;
    if (m_raw.size() > kEveryPieceUpTo && m_raw.size() < m_cleanedAt + m_cleanedAt / 8)
        return false;
    m_cleanedAt = m_raw.size();
    return update(false);
}

bool SlotReplyText::finish(const QString& reply, bool modelFinished)
{
    if (!reply.isEmpty())
        m_raw = reply;
    return update(modelFinished);
}

bool SlotReplyText::update(bool whole)
{
    if (!whole && mayBecomeLabel(replyPlainText(m_raw, m_kind, m_event)))
        return false;
    QString text;
    QString date;
    if (m_kind == SlotKind::Prediction) {
        PredictionReply prediction = cleanPredictionReply(m_raw, m_event);
        text = std::move(prediction.text);
        date = std::move(prediction.date);
    } else {
        text = cleanSlotReply(m_raw, m_kind, m_event);
    }
    m_date = std::move(date);
    if (text == m_text)
        return false;
    m_text = std::move(text);
    return true;
}

bool SlotReplyText::mayBecomeLabel(QStringView plain) const
{
    // What the cleaner's labels may open with: list and quote markers, emphasis, a number.
    qsizetype start = 0;
    while (start < plain.size() && (plain.at(start).isSpace() || plain.at(start).isDigit() ||
                                    QStringView(u"*_#>-+.)`~\"'").contains(plain.at(start))))
        ++start;
    const QString rest = plain.mid(start).toString().toLower();
    if (rest.isEmpty())
        return false;
    // The names replycleanup.cpp drops as a leading label, whole words of them included.
    static const QStringList names{
        QStringLiteral("benefits"),      QStringLiteral("potential benefits"),
        QStringLiteral("ramifications"), QStringLiteral("possible ramifications"),
        QStringLiteral("predictions"),   QStringLiteral("reasoning")};
    for (const QString& name : names) {
        if (name.startsWith(rest))
            return true;
    }
    return !m_event.isEmpty() && m_event.toLower().startsWith(rest);
}

} // namespace digest
