#include "core/generation/prompts.h"

namespace digest {

// The defaults are instructions to the model, not text shown as the interface's own: they are
// not translated, since the language they are written in is the language the post comes out
// in. The settings show them for editing as they are.
PromptTemplates PromptTemplates::defaults()
{
    PromptTemplates templates;
    templates.system = QStringLiteral(
        "You write short passages for a daily digest of developments in artificial "
        "intelligence. Write in plain, measured English prose for an informed general reader. "
        "Answer with one paragraph of three or four sentences and nothing else: no heading, "
        "no title, no label such as \"Benefits:\", no list or bullet points, no Markdown "
        "formatting, no quotation marks around the answer, no preamble and no closing remark.");
    templates.benefits = QStringLiteral(
        "A topic discussed today:\n\nTitle: {title}\nLink: {link}\n\nFrom the discussion:\n"
        "{text}\n\nIn one paragraph, describe the potential benefits of this development for "
        "people and society: what could become better, cheaper, safer or possible.");
    templates.ramifications = QStringLiteral(
        "A topic discussed today:\n\nTitle: {title}\nLink: {link}\n\nFrom the discussion:\n"
        "{text}\n\nIn one paragraph, describe the possible ramifications of this development: "
        "the risks, costs, misuses or side effects it could bring, and who might bear them.");
    templates.prediction = QStringLiteral(
        "Predict when the following event will happen: {event}.\n\nStart your answer with the "
        "month and year you predict, written as \"Month YYYY\" (for example \"March 2031\"), "
        "followed by a colon. Then, in the same paragraph, give the reasoning behind the date "
        "in two or three sentences.");
    return templates;
}

const QString& PromptTemplates::forKind(SlotKind kind) const
{
    switch (kind) {
    case SlotKind::Benefits:
        return benefits;
    case SlotKind::Ramifications:
        return ramifications;
    case SlotKind::Prediction:
        return prediction;
    }
    return benefits;
}

QString boundedText(QStringView text, int limit)
{
    const QStringView trimmed = text.trimmed();
    if (limit <= 0)
        return {};
    if (trimmed.size() <= limit)
        return trimmed.toString();
    // Leave room for the ellipsis within the limit.
    qsizetype cut = limit - 1;
    // Never split a surrogate pair.
    if (cut > 0 && trimmed.at(cut - 1).isHighSurrogate())
        --cut;
    qsizetype boundary = cut;
    while (boundary > 0 && !trimmed.at(boundary).isSpace())
        --boundary;
    // One overlong word: cut inside it rather than drop everything.
    if (boundary == 0)
        boundary = cut;
    return trimmed.left(boundary).trimmed().toString() + QChar(0x2026);
}

QString expandTemplate(QStringView templ, const QList<std::pair<QString, QString>>& values)
{
    QString result;
    result.reserve(templ.size());
    qsizetype i = 0;
    while (i < templ.size()) {
        const QChar c = templ.at(i);
        if (c == u'{') {
            const qsizetype close = templ.indexOf(u'}', i + 1);
            if (close > i) {
                const QStringView name = templ.mid(i + 1, close - i - 1);
                bool found = false;
                for (const auto& [key, value] : values) {
                    if (name == key) {
                        result += value;
                        found = true;
                        break;
                    }
                }
                if (found) {
                    i = close + 1;
                    continue;
                }
            }
        }
        result += c;
        ++i;
    }
    return result;
}

QList<ChatMessage> buildSlotMessages(const PromptTemplates& templates, const SlotRequest& request)
{
    const QString text = boundedText(request.text, request.textLimit);
    const QList<std::pair<QString, QString>> values{
        {QStringLiteral("title"), request.title.trimmed()},
        {QStringLiteral("link"), request.link.trimmed()},
        {QStringLiteral("text"), text},
        {QStringLiteral("event"), request.event.trimmed()},
    };
    QList<ChatMessage> messages;
    if (!templates.system.trimmed().isEmpty())
        messages.append({QStringLiteral("system"), expandTemplate(templates.system, values)});
    messages.append(
        {QStringLiteral("user"), expandTemplate(templates.forKind(request.kind), values)});
    return messages;
}

} // namespace digest
